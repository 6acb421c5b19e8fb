"""The markdown view of `checklint status`, for pull-request comments and step summaries.

The snapshot lives in tests/fixtures/status/status.md; regenerate it with

    CHECKLINT_UPDATE_GOLDEN=1 pytest tests/test_status_markdown.py
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from checklint.cli import main
from checklint.loader import load
from checklint.status import build_status, render_status
from checklint.status.markdown import MAX_BLOCKERS, cell
from checklint.status.model import StatusReport

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "status" / "project"
GOLDEN = HERE / "fixtures" / "status" / "status.md"
UPDATE = os.environ.get("CHECKLINT_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def report() -> StatusReport:
    return build_status(load(FIXTURE, today=date(2026, 12, 1)))


def tables(markdown: str) -> list[list[list[str]]]:
    """Every table GFM would render: rows of cell texts, the header row first."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    found: list[list[list[str]]] = []
    for token in tokens:
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            found[-1].append([])
        elif token.type == "inline" and found and found[-1] and _in_cell(tokens, token):
            found[-1][-1].append(token.content)
    return found


def _in_cell(tokens: list[Token], inline: Token) -> bool:
    before = tokens[tokens.index(inline) - 1]
    return before.type in ("th_open", "td_open")


def test_snapshot(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKLINT_TODAY", "2026-12-01")
    monkeypatch.setenv("COLUMNS", "40")  # the markdown view does not depend on the terminal
    assert main(["--root", str(FIXTURE), "--color", "status", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    if UPDATE:
        GOLDEN.write_text(out, encoding="utf-8")
    assert out == GOLDEN.read_text(encoding="utf-8")
    assert "\x1b" not in out


def test_renders_a_score_table_with_the_overall(report: StatusReport) -> None:
    scores = tables(render_status(report, "markdown", color=False))[0]
    assert scores[0] == ["Dimension", "Weight", "Score", "Progress", "Done", "Open"]
    assert scores[1][:3] == ["Engineering", "40%", "5.0"]
    assert scores[-1][:3] == ["**Overall**", "", "**5.1**"]


def test_every_row_has_as_many_cells_as_its_header(report: StatusReport) -> None:
    for table in tables(render_status(report, "markdown", color=False)):
        assert {len(row) for row in table} == {len(table[0])}


def test_a_pipe_in_an_item_does_not_split_the_cell(report: StatusReport) -> None:
    blockers = tables(render_status(report, "markdown", color=False))[2]
    assert blockers[4][:2] == ["Off-site backup copy verified | restore timed", "Backups"]


def test_handles_ping_no_one(report: StatusReport) -> None:
    out = render_status(report, "markdown", color=False)
    outside_code = re.sub(r"`[^`]*`", "", out)
    assert not re.search(r"(?<![\w`])@\w", outside_code)
    assert "Launch date (@\u2060nasrin):" in out  # reads the same, links no one
    assert "| `@nasrin` |" in out


def test_overdue_dates_stand_out(report: StatusReport) -> None:
    out = render_status(report, "markdown", color=False)
    assert "| **2026-11-20 overdue** |" in out and "| 2026-12-15 |" in out


def test_headline_says_ready_when_ready(report: StatusReport) -> None:
    ready = replace(report, score=10.0, shown="10.0", ready=True, blockers=(), claims=())
    out = render_status(ready, "markdown", color=False)
    assert out.startswith("### checklint: ✅ READY — 10.0/10\n")
    assert "Blockers" not in out and "Claims" not in out
    assert out.endswith("|\n")


def test_long_lists_are_cut_to_fit_a_comment(report: StatusReport) -> None:
    many = tuple(replace(report.blockers[0], line=line) for line in range(1, 251))
    out = render_status(replace(report, blockers=many), "markdown", color=False)
    rows = [row for row in out.splitlines() if row.startswith("| Remove the legacy")]
    assert len(rows) == MAX_BLOCKERS
    assert f"…and {250 - MAX_BLOCKERS} more: `checklint list --open` lists them all." in out
    assert len(out) < 65536


def test_html_in_item_text_is_shown_not_obeyed() -> None:
    assert (
        cell("Fix <details> and <!-- x in `<head>`") == "Fix &lt;details> and &lt;!-- x in `<head>`"
    )
    assert cell("a < b and `a|b`") == "a < b and `a\\|b`"

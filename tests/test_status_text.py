"""The terminal view of `checklint status`: width, colour, right-to-left text, snapshot.

The snapshot lives in tests/fixtures/status/. After an intended change of the
view, regenerate it and review the diff:

    CHECKLINT_UPDATE_GOLDEN=1 pytest tests/test_status_text.py
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from rich.cells import cell_len

from checklint.cli import main
from checklint.loader import load
from checklint.status import build_status, render_status
from checklint.status.bidi import FSI, PDI, clean, isolate
from checklint.status.model import StatusReport
from checklint.status.text import fit

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "status" / "project"
GOLDEN = HERE / "fixtures" / "status" / "status-72.txt"
UPDATE = os.environ.get("CHECKLINT_UPDATE_GOLDEN") == "1"
ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
PERSIAN = "بازبینی ترجمه‌های صفحه پرداخت"
CHINESE = "检查中文界面的日期格式"


@pytest.fixture(autouse=True)
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKLINT_TODAY", "2026-12-01")
    monkeypatch.setenv("COLUMNS", "72")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


@pytest.fixture(scope="module")
def report() -> StatusReport:
    return build_status(load(FIXTURE, today=date(2026, 12, 1)))


def status(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--root", str(FIXTURE), *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("columns", [72, 100])
def test_snapshot_without_colour(
    columns: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    out = status(capsys, "--no-color", "status")
    golden = GOLDEN.with_name(f"status-{columns}.txt")
    if UPDATE:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_python_m_checklint_prints_the_same_dashboard() -> None:
    env = {**os.environ, "COLUMNS": "72", "CHECKLINT_TODAY": "2026-12-01", "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "checklint", "--root", str(FIXTURE), "status", "--strict"],
        capture_output=True, text=True, encoding="utf-8", env=env, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (1, "")
    assert done.stdout == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize("columns", [40, 56, 72, 100, 160])
def test_no_line_is_wider_than_the_terminal(
    columns: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    out = status(capsys, "--color", "status")
    lines = ESCAPE.sub("", out).splitlines()
    assert max(cell_len(line) for line in lines) <= columns
    assert any(PERSIAN in line for line in lines)
    assert any(CHINESE in line for line in lines)


def test_no_color_environment_means_no_escape_at_all(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    out = status(capsys, "status")
    assert "\x1b" not in out
    assert "NOT READY" in out and "█" in out and "░" in out


def test_no_color_flag_means_no_escape(capsys: pytest.CaptureFixture[str]) -> None:
    assert "\x1b" not in status(capsys, "--no-color", "status")


def test_color_flag_colours_a_pipe_even_under_no_color(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # an explicit --color wins over the environment
    out = status(capsys, "--color", "status")
    assert "\x1b[1;31mNOT READY\x1b[0m" in out
    assert ESCAPE.sub("", out) == GOLDEN.read_text(encoding="utf-8")  # colour changes nothing else


def test_right_to_left_text_is_isolated_and_the_rest_is_not(report: StatusReport) -> None:
    out = render_status(report, "text", color=False, width=72)
    persian = next(line for line in out.splitlines() if PERSIAN in line)
    assert persian.startswith(f"    • {FSI}") and persian.endswith(PDI)
    chinese = next(line for line in out.splitlines() if CHINESE in line)
    assert FSI not in chinese and PDI not in chinese


def test_long_text_is_cut_with_an_ellipsis_not_wrapped(report: StatusReport) -> None:
    out = render_status(report, "text", color=False, width=72)
    lines = out.splitlines()
    legacy = next(index for index, line in enumerate(lines) if "legacy session store" in line)
    assert lines[legacy].endswith("…") and cell_len(lines[legacy]) == 72
    assert (
        lines[legacy + 1].strip() == "@kaveh · due 2026-11-20 OVERDUE · docs/10_10_CHECKLIST.md:12"
    )
    chinese = next(line for line in lines if CHINESE in line)
    assert chinese.endswith("…") and cell_len(chinese) <= 72


def test_a_narrow_terminal_wraps_owner_due_and_place_between_parts(report: StatusReport) -> None:
    out = render_status(report, "text", color=False, width=50)
    assert (
        "      @mina · due 2026-11-25 OVERDUE\n      docs/runtime/OWNER_INPUT_QUEUE.md:16\n" in out
    )


def test_ready_project_shows_ready_and_no_blockers(report: StatusReport) -> None:
    ready = replace(report, score=10.0, shown="10.0", ready=True, blockers=(), claims=())
    out = render_status(ready, "text", color=False, width=72)
    assert out.startswith("Score 10.0/10  ██████████  READY\n")
    assert "Blockers  none" in out and "Claims  none found" in out


def test_control_characters_in_user_text_never_reach_the_terminal(report: StatusReport) -> None:
    hostile = replace(report.blockers[0], label="Clear \x1b[2Jthe screen\x07", owners=("@a\x1b",))
    out = render_status(replace(report, blockers=(hostile,)), "text", color=False, width=72)
    assert "\x1b" not in out and "\x07" not in out
    assert "Clear �[2Jthe screen�" in out


@pytest.mark.parametrize(
    ("text", "cells", "expected"),
    [
        ("short", 10, "short"),
        ("a long item text", 8, "a long…"),
        ("检查中文界面", 6, "检查…"),  # a wide character never half-fits
        ("检查中文界面", 7, "检查中…"),
        ("done ✅ today", 8, "done ✅…"),
        ("done ✅ today", 7, "done…"),  # the emoji needs two cells, the ellipsis one
    ],
)
def test_fit_cuts_at_cell_boundaries(text: str, cells: int, expected: str) -> None:
    assert fit(text, cells) == expected
    assert cell_len(fit(text, cells)) <= cells


def test_isolate_and_clean() -> None:
    assert isolate("Primary CTA: `درخواست پروژه`") == f"{FSI}Primary CTA: `درخواست پروژه`{PDI}"
    assert isolate("检查 English") == "检查 English"
    # A stray isolate in the text would end ours early: bidi controls are dropped.
    assert clean(f"a{PDI}b\u202ec\td") == "abc d"
    assert clean("ترجمه‌ها") == "ترجمه‌ها"  # the zero-width non-joiner is kept

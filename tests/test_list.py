"""`checklint list`: filters over task items and table rows, in text, JSON and CSV.

Runs on the status fixture project (tests/fixtures/status/project), where
@mina owns open items in the checklist (two tasks, one of them in a
subsection) and in the owner queue (a table row), `today` pinned to 2026-12-01.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from checklint.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "status" / "project"
CHECKLIST = "docs/10_10_CHECKLIST.md"
QUEUE = "docs/runtime/OWNER_INPUT_QUEUE.md"


@pytest.fixture(autouse=True)
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKLINT_TODAY", "2026-12-01")
    monkeypatch.delenv("NO_COLOR", raising=False)


def run(
    capsys: pytest.CaptureFixture[str], *args: str, colour: str | None = None
) -> tuple[int, str, str]:
    options = ["--root", str(FIXTURE)] + ([colour] if colour else [])
    code = main([*options, "list", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def items(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, *args, "--format", "json")
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["version"] == 1
    return list(document["items"])


def places(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(item["path"], item["line"]) for item in found]


def test_open_items_of_one_owner_across_checklists_and_queues(
    capsys: pytest.CaptureFixture[str],
) -> None:
    found = items(capsys, "--open", "--owner", "@mina")
    assert places(found) == [(CHECKLIST, 13), (CHECKLIST, 17), (CHECKLIST, 22), (QUEUE, 16)]
    assert {item["status"] for item in found} == {"open"}
    assert all(item["blocker"] for item in found)
    assert all(item["owners"] == ["@mina"] for item in found)
    assert [item["kind"] for item in found] == ["task", "task", "task", "row"]
    assert [item["role"] for item in found] == ["checklist"] * 3 + ["queue"]


@pytest.mark.parametrize("spelling", ["mina", "@MINA", " @Mina "])
def test_owner_is_matched_without_at_sign_or_case(
    spelling: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(items(capsys, "--open", "--owner", spelling)) == 4


def test_owners_are_alternatives(capsys: pytest.CaptureFixture[str]) -> None:
    found = items(capsys, "--owner", "@li", "--owner", "@sara")
    assert places(found) == [(CHECKLIST, 26), (CHECKLIST, 27)]


def test_done_and_na_and_their_union(capsys: pytest.CaptureFixture[str]) -> None:
    done = items(capsys, "--done")
    na = items(capsys, "--na")
    both = items(capsys, "--done", "--na")
    assert {item["status"] for item in done} == {"done"}
    assert places(na) == [(CHECKLIST, 18)]
    assert sorted(places(both)) == sorted(places(done) + places(na))
    # A chosen option and a decided table row count as done.
    assert (QUEUE, 9) in places(done) and (QUEUE, 17) in places(done)


def test_open_means_blockers_so_options_are_left_out(capsys: pytest.CaptureFixture[str]) -> None:
    open_in_queue = items(capsys, "--open", "--file", QUEUE)
    assert places(open_in_queue) == [(QUEUE, 4), (QUEUE, 16)]
    everything = items(capsys, "--file", QUEUE)
    options = [item for item in everything if item["decision"] == "option"]
    assert [(o["line"], o["status"], o["blocker"]) for o in options] == [
        (5, "open", False), (6, "open", False), (9, "done", False), (10, "open", False),
    ]  # fmt: skip


def test_section_matches_subsections_too(capsys: pytest.CaptureFixture[str]) -> None:
    found = items(capsys, "--open", "--section", "operations")
    assert places(found) == [(CHECKLIST, 17), (CHECKLIST, 22)]
    assert [item["section"] for item in found] == ["Operations", "Backups"]
    assert places(items(capsys, "--open", "--section", "BACKUP")) == [(CHECKLIST, 22)]


def test_file_globs(capsys: pytest.CaptureFixture[str]) -> None:
    assert {item["path"] for item in items(capsys, "--file", "**/runtime/*.md")} == {QUEUE}
    assert {item["path"] for item in items(capsys, "--file", "docs/")} == {CHECKLIST, QUEUE}


def test_a_plain_file_that_is_no_checklist_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--file", "docs/10_10_CHECKLST.md")
    assert (code, out) == (2, "")
    assert err.startswith("error: --file docs/10_10_CHECKLST.md: not a checklist or queue")


def test_overdue(capsys: pytest.CaptureFixture[str]) -> None:
    found = items(capsys, "--overdue")
    assert places(found) == [(CHECKLIST, 12), (CHECKLIST, 26), (QUEUE, 16)]
    assert all(item["overdue"] and item["due"] < "2026-12-01" for item in found)
    assert places(items(capsys, "--overdue", "--owner", "@mina")) == [(QUEUE, 16)]


def test_filters_that_match_nothing_print_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--owner", "@nobody") == (0, "", "")
    assert items(capsys, "--owner", "@nobody") == []


def test_text_lines_are_path_line_col_and_the_item(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--owner", "@mina", "--file", QUEUE, colour="--no-color")
    assert code == 0
    assert out == (
        "docs/runtime/OWNER_INPUT_QUEUE.md:16:1: [ ] Support hours for launch week [Inputs]"
        "  (@mina; due 2026-11-25 OVERDUE)\n"
    )
    _, options, _ = run(capsys, "--file", QUEUE, "--section", "decisions", colour="--no-color")
    assert ":5:5: ( ) 2026-12-14 [Decisions]" in options  # an option is a radio button
    assert ":9:5: (x) `قیمت‌گذاری شفاف` [Decisions]" in options


def test_text_is_coloured_only_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, coloured, _ = run(capsys, "--open", colour="--color")
    assert "\x1b[31m[ ]\x1b[0m" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    _, plain, _ = run(capsys, "--open")
    assert "\x1b" not in plain
    _, as_json, _ = run(capsys, "--open", "--format", "json", colour="--color")
    assert "\x1b" not in as_json


def test_csv_has_a_header_and_one_row_per_item(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--open", "--owner", "@mina", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert [(row["path"], row["line"]) for row in rows] == [
        (CHECKLIST, "13"), (CHECKLIST, "17"), (CHECKLIST, "22"), (QUEUE, "16"),
    ]  # fmt: skip
    row = rows[3]
    assert (row["kind"], row["status"], row["blocker"], row["owners"]) == (
        "row", "open", "true", "@mina",
    )  # fmt: skip
    assert (row["due"], row["overdue"], row["id"]) == ("2026-11-25", "true", "Q1")
    assert rows[1]["due"] == "" and rows[1]["id"] == ""
    assert rows[2]["text"] == "Off-site backup copy verified | restore timed @mina due: 2026-12-05"


def test_json_matches_the_checklist_source(capsys: pytest.CaptureFixture[str]) -> None:
    lines = (FIXTURE / CHECKLIST).read_text(encoding="utf-8").splitlines()
    for item in items(capsys, "--file", CHECKLIST):
        source = lines[item["line"] - 1]
        assert source[item["column"] - 1 :].startswith("[")  # the column of the box
        assert item["text"] in source

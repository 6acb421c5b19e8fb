"""CL501 malformed-checkbox: box look-alikes that GFM does not render as tasks."""

from __future__ import annotations

from pathlib import Path

from tests.rules.markdowncase import CHECKLIST, QUEUE, check_fixture, check_seed, where


def test_each_look_alike_is_reported_with_the_box_it_should_have(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl501/bad.md", "CL501")
    assert where(found) == [
        (CHECKLIST, 4, 3, "CL501", "warning"),
        (CHECKLIST, 5, 2, "CL501", "warning"),
        (CHECKLIST, 6, 3, "CL501", "warning"),
        (CHECKLIST, 7, 3, "CL501", "warning"),
        (CHECKLIST, 8, 4, "CL501", "warning"),
        (CHECKLIST, 9, 5, "CL501", "warning"),
    ]
    assert found[0].message == (
        '"- []" is not a task box, so it renders as plain text and is not counted; write "- [ ]"'
    )
    fixes = [finding.message.split("; write ")[1] for finding in found[1:]]
    assert fixes == ['"- [x]"', '"- [x]"', '"* [x]"', '"1. [ ]"', '"- [ ]"']


def test_real_boxes_links_escapes_tables_code_and_comments_are_fine(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl501/good.md", "CL501") == []


def test_queues_are_judged_too(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl501/bad.md", "CL501", at=QUEUE)
    assert len(found) == 6
    assert {finding.path for finding in found} == {QUEUE}


def test_plain_markdown_files_are_not_judged(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl501/bad.md", "CL501", at="docs/NOTES.md") == []


def test_seed_has_no_look_alikes(tmp_path: Path) -> None:
    for commit in ("184344e", "d98b666"):
        assert check_seed(tmp_path, commit, "CL501") == [], commit

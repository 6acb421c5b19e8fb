"""CL504 duplicate-item: the same item text twice in one section."""

from __future__ import annotations

from pathlib import Path

from checklint.catalogue import doc_sections
from checklint.engine import run
from checklint.loader import load
from checklint.rules import cl504_duplicate_item
from checklint.settings import Settings
from tests.rules.markdowncase import CHECKLIST, QUEUE, check_fixture, check_seed, lines, where


def test_repeated_items_and_rows_are_reported_at_the_second_one(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl504/bad.md", "CL504")
    assert where(found) == [
        (CHECKLIST, 6, 3, "CL504", "warning"),
        (CHECKLIST, 9, 5, "CL504", "warning"),
        (CHECKLIST, 16, 3, "CL504", "warning"),
        (CHECKLIST, 21, 1, "CL504", "warning"),
    ]
    assert found[0].message == (
        '"rotate the DEPLOY keys" repeats the item on line 4; delete one or reword it'
    )
    firsts = (4, 8, 12, 20)
    assert all(f"on line {first};" in f.message for f, first in zip(found, firsts, strict=True))


def test_siblings_of_other_parents_other_sections_and_empty_items_are_fine(
    tmp_path: Path,
) -> None:
    assert check_fixture(tmp_path, "cl504/good.md", "CL504") == []


def test_queues_are_read_and_plain_sources_are_not(tmp_path: Path) -> None:
    assert lines(check_fixture(tmp_path, "cl504/bad.md", "CL504", at=QUEUE)) == [6, 9, 16, 21]
    assert check_fixture(tmp_path / "source", "cl504/bad.md", "CL504", at="docs/notes.md") == []


def test_the_documented_example_is_true(tmp_path: Path) -> None:
    example = doc_sections(cl504_duplicate_item)["Example"]
    snippet = example.split("```markdown\n", 1)[1].split("```", 1)[0]
    (tmp_path / CHECKLIST).parent.mkdir(parents=True)
    (tmp_path / CHECKLIST).write_text(snippet, encoding="utf-8")
    (found,) = run(load(tmp_path, settings=Settings()), select=["CL504"])
    assert f"Line {found.line} repeats line 2" in example


def test_the_seed_repeats_nothing(tmp_path: Path) -> None:
    for commit in ("184344e", "a374957", "d98b666", "fb84ddd"):
        assert check_seed(tmp_path, commit, "CL504") == [], commit

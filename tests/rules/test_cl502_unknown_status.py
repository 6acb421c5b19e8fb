"""CL502 unknown-status: box characters and table words outside the configured sets."""

from __future__ import annotations

from pathlib import Path

from checklint.settings import DONE_WORDS, Settings
from tests.rules.markdowncase import CHECKLIST, check_fixture, check_seed, where


def test_unknown_boxes_and_table_words_are_reported(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl502/bad.md", "CL502")
    assert where(found) == [
        (CHECKLIST, 4, 3, "CL502", "warning"),
        (CHECKLIST, 5, 3, "CL502", "warning"),
        (CHECKLIST, 10, 1, "CL502", "warning"),
    ]
    assert found[0].message == (
        'unknown status box "[c]", read as open; known boxes are [x] [X] (done), [-] [~] (n/a) '
        "and [ ] [/] [>] [<] [!] [?] (open); fix it or add 'c' to done, na or open under "
        "`status:` in .checklint.yaml"
    )
    assert found[2].message == (
        'unknown status "shipped", read as open; known words are done, closed, decided, '
        "resolved, complete, completed, … (done), n/a, na, cancelled, canceled, dropped, "
        "skipped, … (n/a) and open, pending, todo, to do, in progress, blocked, … (open); fix it "
        "or add 'shipped' to done, na or open under `tables:` in .checklint.yaml"
    )


def test_known_boxes_and_table_words_are_fine(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl502/good.md", "CL502") == []


def test_configured_characters_and_words_are_known(tmp_path: Path) -> None:
    settings = Settings(
        done_chars="xXc",
        open_chars=" /o",
        done_words=(*DONE_WORDS, "shipped"),
        config_path="pyproject.toml",
    )
    assert check_fixture(tmp_path, "cl502/bad.md", "CL502", settings=settings) == []
    narrow = Settings(open_chars=" ", config_path="pyproject.toml")
    found = check_fixture(tmp_path, "cl502/bad.md", "CL502", settings=narrow)
    assert [finding.line for finding in found] == [4, 5, 6, 10]
    assert found[2].message.endswith("under [tool.checklint.status] in pyproject.toml")


def test_seed_uses_known_markers_only(tmp_path: Path) -> None:
    for commit in ("184344e", "d98b666"):
        assert check_seed(tmp_path, commit, "CL502") == [], commit

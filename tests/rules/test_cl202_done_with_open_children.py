"""CL202 done-with-open-children: a done item with open descendants."""

from __future__ import annotations

from pathlib import Path

from tests.rules.markdowncase import (
    CHECKLIST,
    QUEUE,
    check_fixture,
    check_seed,
    lines,
    where,
)


def test_every_done_item_above_an_open_one_is_reported(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl202/bad.md", "CL202")
    assert where(found) == [
        (CHECKLIST, 4, 3, "CL202", "error"),
        (CHECKLIST, 7, 3, "CL202", "error"),
        (CHECKLIST, 8, 5, "CL202", "error"),
    ]
    assert found[0].message == (
        '"Fill remaining governance metadata:" is checked but 1 sub-item under it is open: '
        'line 5 "GitHub org 2FA enforcement…"; finish them or uncheck this item'
    )
    # A grandchild counts, an in-progress '[/]' is open, a '[-]' is not.
    assert found[1].message == (
        '"Harden the edge:" is checked but 2 sub-items under it are open: '
        'line 9 "fail2ban jail for ssh", line 11 "Rate limits on public…"; '
        "finish them or uncheck this item"
    )


def test_complete_subtrees_plain_bullets_and_code_are_fine(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl202/good.md", "CL202") == []


def test_an_open_decision_under_a_done_item_counts_but_not_its_options(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl202/bad_queue.md", "CL202", at=QUEUE)
    assert where(found) == [(QUEUE, 4, 3, "CL202", "error")]
    assert 'line 5 "Primary CTA:"' in found[0].message
    assert "1 sub-item" in found[0].message


def test_a_decided_decisions_unchosen_options_are_fine(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl202/good_queue.md", "CL202", at=QUEUE) == []


def test_the_same_options_in_a_checklist_are_plain_children(tmp_path: Path) -> None:
    # Decisions exist only in queues: in a checklist an unticked child is open.
    found = check_fixture(tmp_path, "cl202/good_queue.md", "CL202")
    assert lines(found) == [4, 8, 15, 16]


def test_seed_has_no_done_item_over_open_ones(tmp_path: Path) -> None:
    for commit in ("184344e", "d98b666", "a374957", "fb84ddd"):
        assert check_seed(tmp_path, commit, "CL202") == [], commit

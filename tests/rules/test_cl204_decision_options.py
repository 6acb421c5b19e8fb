"""CL204 decision-options: a decided decision with the wrong number of chosen options."""

from __future__ import annotations

from pathlib import Path

from tests.rules.markdowncase import QUEUE, check_fixture, check_seed, where


def test_decided_decisions_with_too_few_or_too_many_options(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl204/bad.md", "CL204", at=QUEUE)
    assert where(found) == [
        (QUEUE, 4, 3, "CL204", "error"),
        (QUEUE, 9, 3, "CL204", "error"),
        (QUEUE, 14, 3, "CL204", "error"),
        (QUEUE, 18, 3, "CL204", "error"),
    ]
    assert [finding.message for finding in found] == [
        'decision "Primary CTA:" is checked with 2 options chosen, but it requires exactly 1; '
        "uncheck 1 option or uncheck the decision",
        'decision "Service catalog (3-6):" is checked with 2 options chosen, but it requires '
        "3 to 6; check 1 more option or uncheck the decision",
        'decision "Pricing policy:" is checked with 0 options chosen, but it requires exactly 1; '
        "check 1 more option or uncheck the decision",
        # '(2+)' means two up to every option; a '[-]' option is not chosen.
        'decision "Regions (2+):" is checked with 1 option chosen, but it requires 2 to 3; '
        "check 1 more option or uncheck the decision",
    ]


def test_decisions_with_the_right_count_or_still_open(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl204/good.md", "CL204", at=QUEUE) == []


def test_checklists_have_no_decisions(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl204/good_checklist.md", "CL204") == []


def test_seed_decisions_are_decided_correctly(tmp_path: Path) -> None:
    # d98b666 decides 'Service catalog (3-6):' with its three services chosen.
    for commit in ("184344e", "d98b666", "a374957"):
        assert check_seed(tmp_path, commit, "CL204") == [], commit

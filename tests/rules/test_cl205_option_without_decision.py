"""CL205 option-without-decision: an option chosen while its decision is open."""

from __future__ import annotations

from pathlib import Path

from tests.rules.markdowncase import QUEUE, check_fixture, check_seed, where


def test_chosen_options_under_open_decisions(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl205/bad.md", "CL205", at=QUEUE)
    assert where(found) == [
        (QUEUE, 6, 5, "CL205", "warning"),
        (QUEUE, 9, 5, "CL205", "warning"),
        (QUEUE, 15, 5, "CL205", "warning"),
    ]
    assert found[0].message == (
        'option chosen while its decision "Pricing policy:" (line 4) is open; check the '
        "decision if the choice is final, or clear the option"
    )
    assert found[1].message == (
        '3 options chosen (lines 9, 11 and 12) while their decision "Service catalog (3-6):" '
        "(line 8) is open; check the decision if the choice is final, or clear the options"
    )
    assert '"Hosting:" (line 14)' in found[2].message  # '[/]' in progress is still open


def test_decided_or_not_applicable_decisions_and_unchosen_options(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl205/good.md", "CL205", at=QUEUE) == []


def test_checklists_have_no_decisions(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl205/good_checklist.md", "CL205") == []


def test_seed_chooses_no_option_of_an_open_decision(tmp_path: Path) -> None:
    for commit in ("184344e", "d98b666", "a374957"):
        assert check_seed(tmp_path, commit, "CL205") == [], commit

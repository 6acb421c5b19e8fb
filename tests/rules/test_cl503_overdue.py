"""CL503 overdue: an open item whose due date has passed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.rules.markdowncase import QUEUE, check_fixture, check_seed, lines, where


def test_open_items_and_rows_past_their_due_date(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl503/bad.md", "CL503", at=QUEUE)
    assert where(found) == [
        (QUEUE, 4, 3, "CL503", "warning"),
        (QUEUE, 5, 3, "CL503", "warning"),
        (QUEUE, 6, 3, "CL503", "warning"),
        (QUEUE, 10, 1, "CL503", "warning"),
    ]
    assert found[0].message == (
        '"GitHub org 2FA enforcement state confirmed. due…" (owner @platform-owner) was due '
        "2026-02-20 and is 9 days overdue; close it, move the due date, or mark it not "
        "applicable"
    )
    assert "was due 2026-02-28 and is 1 day overdue" in found[1].message
    assert '"Pricing policy" (owner @owner) was due 2026-02-27' in found[3].message


def test_done_na_future_today_mentions_and_options_are_fine(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl503/good.md", "CL503", at=QUEUE) == []


def test_overdue_is_measured_against_the_projects_today(tmp_path: Path) -> None:
    early = check_fixture(tmp_path, "cl503/bad.md", "CL503", at=QUEUE, today=date(2026, 2, 21))
    assert lines(early) == [4, 6]
    late = check_fixture(tmp_path, "cl503/good.md", "CL503", at=QUEUE, today=date(2026, 5, 1))
    assert lines(late) == [5, 6, 16]


def test_seed_sets_no_due_dates(tmp_path: Path) -> None:
    for commit in ("184344e", "d98b666", "a374957"):
        assert check_seed(tmp_path, commit, "CL503") == [], commit

"""Record tables: status words, column roles and rows (checklint.tables)."""

from __future__ import annotations

from datetime import date

import pytest

from checklint.models import Status
from checklint.settings import Settings
from checklint.tables import TableLayout, layout_for, read_row, status_of

SETTINGS = Settings()


@pytest.mark.parametrize(
    ("cell", "status", "known"),
    [
        ("done", Status.DONE, True),
        ("**DONE**", Status.DONE, True),
        ("Closed", Status.DONE, True),
        ("decided", Status.DONE, True),
        ("Resolved", Status.DONE, True),
        ("complete", Status.DONE, True),
        ("Completed", Status.DONE, True),
        ("yes", Status.DONE, True),
        ("✅", Status.DONE, True),
        ("✅ Fixed", Status.DONE, True),
        ("☑", Status.DONE, True),
        ("☑️", Status.DONE, True),
        ("✔", Status.DONE, True),
        ("[x]", Status.DONE, True),
        ("[X] Approved", Status.DONE, True),
        ("Done (2026-02-24)", Status.DONE, True),
        ("🟢 Done", Status.DONE, True),
        ("![DECIDED](https://dummyimage.com/x&text=DECIDED)", Status.DONE, True),
        ("N/A", Status.NA, True),
        ("na", Status.NA, True),
        ("Cancelled", Status.NA, True),
        ("dropped", Status.NA, True),
        ("skipped", Status.NA, True),
        ("Won't do", Status.NA, True),
        ("open", Status.OPEN, True),
        ("Pending", Status.OPEN, True),
        ("TODO", Status.OPEN, True),
        ("In Progress", Status.OPEN, True),
        ("![IN PROGRESS](https://x/y?text=++IN+PROGRESS)", Status.OPEN, True),
        ("blocked", Status.OPEN, True),
        ("waiting", Status.OPEN, True),
        ("NOT STARTED", Status.OPEN, True),
        ("planned", Status.OPEN, True),
        ("⏳", Status.OPEN, True),
        ("☐", Status.OPEN, True),
        ("❌ No", Status.OPEN, True),
        ("[ ] Open", Status.OPEN, True),
        ("", Status.OPEN, True),
        ("Shipped", Status.OPEN, False),
        ("⚠️ Slow", Status.OPEN, False),
        ("not done", Status.OPEN, False),
        ("done-ish", Status.OPEN, False),
    ],
)
def test_status_words(cell: str, status: Status, known: bool) -> None:
    assert status_of(cell, SETTINGS)[1:] == (status, known)


def test_configured_words_are_case_insensitive() -> None:
    settings = Settings(done_words=("Shipped",), open_words=("WIP",), na_words=())
    assert status_of("shipped", settings)[1:] == (Status.DONE, True)
    assert status_of("wip", settings)[1:] == (Status.OPEN, True)
    assert status_of("done", settings)[1:] == (Status.OPEN, False)


@pytest.mark.parametrize(
    ("header", "status"),
    [
        (["Item", "Status"], 1),
        (["Item", "STATE"], 1),
        (["Item", "**Status**"], 1),
        (["Item", "Status (Pass/Blocker/Waiver)"], 1),
        (["项目", "状态"], 1),
        (["Item", "Status page URL"], None),
        (["Item", "Remediation Status"], None),
        (["Item", "Result"], None),
    ],
)
def test_status_column(header: list[str], status: int | None) -> None:
    layout = layout_for(header, SETTINGS)
    assert (layout.status if layout else None) == status


def test_configured_status_column() -> None:
    assert layout_for(["Item", "Result"], Settings(status_columns=("result",))) is not None


def test_layout_finds_every_role() -> None:
    layout = layout_for(["#", "Title", "Assignee", "Deadline", "Status"], SETTINGS)
    assert layout == TableLayout(
        status=4, title=1, owner=2, due=3, ident=0,
        names=("#", "title", "assignee", "deadline", "status"),
    )  # fmt: skip
    layout = layout_for(["ID", "项目", "责任人", "状态"], SETTINGS)
    assert layout is not None
    assert (layout.ident, layout.title, layout.owner) == (0, 1, 2)
    layout = layout_for(["Key", "DRI", "Due Date", "Status"], SETTINGS)
    assert layout is not None
    assert (layout.ident, layout.title, layout.owner, layout.due) == (0, None, 1, 2)


def test_row() -> None:
    layout = layout_for(["#", "Item", "Owner", "Due", "Status"], SETTINGS)
    assert layout is not None
    row = read_row(["7", "**Deploy**", "@ana, @bo", "15-02-2026", "in progress"], layout, SETTINGS)
    assert row is not None
    assert (row.text, row.marker, row.status, row.known) == ("Deploy", "in progress",
                                                             Status.OPEN, True)  # fmt: skip
    assert (row.owners, row.due, row.ident) == (("@ana", "@bo"), date(2026, 2, 15), "7")
    assert row.fields == (("#", "7"), ("item", "Deploy"), ("owner", "@ana, @bo"),
                          ("due", "15-02-2026"), ("status", "in progress"))  # fmt: skip


@pytest.mark.parametrize(
    ("owner", "due", "owners", "date_"),
    [
        ("Bob", "2026-03-01", ("Bob",), date(2026, 3, 1)),
        ("`ops`", "2026-03-01 14:00", ("ops",), date(2026, 3, 1)),
        ("TBD", "soon", (), None),
        ("-", "31-02-2026", (), None),
        ("", "", (), None),
    ],
)
def test_row_owner_and_due(
    owner: str, due: str, owners: tuple[str, ...], date_: date | None
) -> None:
    layout = layout_for(["Item", "Owner", "Due", "Status"], SETTINGS)
    assert layout is not None
    row = read_row(["x", owner, due, "open"], layout, SETTINGS)
    assert row is not None
    assert (row.owners, row.due) == (owners, date_)


def test_empty_and_short_rows() -> None:
    layout = layout_for(["Item", "Owner", "Status"], SETTINGS)
    assert layout is not None
    assert read_row(["", " ", ""], layout, SETTINGS) is None
    short = read_row(["only the item"], layout, SETTINGS)
    assert short is not None
    assert (short.text, short.status, short.known) == ("only the item", Status.OPEN, True)

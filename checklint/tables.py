"""Record tables: a GFM table with a Status/State column is a table of items."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from checklint.metadata import read_metadata
from checklint.models import Status
from checklint.settings import Settings
from checklint.text import normalise_key

_IMAGE_ALT = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_`]+|<[^>]+>")
_LEADING_SYMBOLS = re.compile(r"^[^\w\[]+")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")

_OWNER_COLUMNS = frozenset(
    {
        "owner",
        "owners",
        "assignee",
        "assignees",
        "dri",
        "responsible",
        "责任人",
        "负责人",
        "مالک",
        "担当",
    }
)
_DUE_COLUMNS = frozenset({"due", "due date", "deadline", "eta", "target date", "截止", "截止日期"})
_ID_COLUMNS = frozenset({"#", "id", "no", "no.", "key", "编号"})
_TITLE_COLUMNS = frozenset(
    {
        "item",
        "task",
        "title",
        "name",
        "description",
        "decision",
        "check",
        "criterion",
        "criteria",
        "gate",
        "requirement",
        "topic",
        "action",
    }
)


@dataclass(frozen=True, slots=True)
class TableLayout:
    """Which column holds what; built once per table from its header."""

    status: int
    title: int | None
    owner: int | None
    due: int | None
    ident: int | None
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RowRecord:
    text: str
    marker: str
    status: Status
    known: bool
    owners: tuple[str, ...]
    due: date | None
    ident: str | None
    fields: tuple[tuple[str, str], ...]


def layout_for(header: list[str], settings: Settings) -> TableLayout | None:
    """The table's layout, or None when no column is a status column."""
    keys = [_header_key(cell) for cell in header]
    wanted = {normalise_key(name) for name in settings.status_columns}
    status = next((i for i, cell in enumerate(header) if _is_status_header(cell, wanted)), None)
    if status is None:
        return None
    return TableLayout(
        status=status,
        title=_title_column(keys, status),
        owner=_find(keys, _OWNER_COLUMNS),
        due=_find(keys, _DUE_COLUMNS),
        ident=next(
            (i for i, cell in enumerate(header) if cell.strip().casefold() in _ID_COLUMNS), None
        ),
        names=tuple(cell.strip() for cell in header),
    )


def read_row(cells: list[str], layout: TableLayout, settings: Settings) -> RowRecord | None:
    """The row as an item; None for an all-empty row (a template's blank line)."""
    if not any(cell.strip() for cell in cells):
        return None
    cells = cells + [""] * (len(layout.names) - len(cells))
    marker, status, known = status_of(cells[layout.status], settings)
    text = _cell_text(cells[layout.title]) if layout.title is not None else ""
    owners = _owners(cells[layout.owner]) if layout.owner is not None else ()
    due = _date(cells[layout.due]) if layout.due is not None else None
    ident = _cell_text(cells[layout.ident]) or None if layout.ident is not None else None
    fields = tuple(
        (normalise_key(name), _cell_text(cell))
        for name, cell in zip(layout.names, cells, strict=False)
        if name
    )
    return RowRecord(text, marker, status, known, owners, due, ident, fields)


def status_of(cell: str, settings: Settings) -> tuple[str, Status, bool]:
    """(normalised word, status, whether the word is in a configured set)."""
    word = _cell_text(_IMAGE_ALT.sub(r"\1", cell)).casefold()
    for candidate in (word, word[:3], word.split(" ", 1)[0], _LEADING_SYMBOLS.sub("", word)):
        found = _lookup(candidate.strip(), settings)
        if found is not None:
            return word, found, True
    return word, Status.OPEN, False


def _lookup(word: str, settings: Settings) -> Status | None:
    if word in settings.done_words:
        return Status.DONE
    if word in settings.na_words:
        return Status.NA
    if word in settings.open_words:
        return Status.OPEN
    return None


def _header_key(cell: str) -> str:
    return normalise_key(_IMAGE_ALT.sub(r"\1", cell))


def _is_status_header(cell: str, wanted: set[str]) -> bool:
    # 'Status (Pass/Blocker/Waiver)' is a status column; 'Status page URL' is not.
    key = _header_key(cell)
    if key in wanted:
        return True
    head = _header_key(cell.split("(", 1)[0])
    return "(" in cell and head in wanted


def _find(keys: list[str], names: frozenset[str]) -> int | None:
    return next((i for i, key in enumerate(keys) if key in names), None)


def _title_column(keys: list[str], status: int) -> int | None:
    named = _find(keys, _TITLE_COLUMNS)
    if named is not None:
        return named
    others = [
        i
        for i, key in enumerate(keys)
        if i != status and key and key not in _ID_COLUMNS and key not in _OWNER_COLUMNS
    ]
    return others[0] if others else None


def _cell_text(cell: str) -> str:
    return " ".join(_MARKUP.sub("", cell).split())


def _owners(cell: str) -> tuple[str, ...]:
    text = _cell_text(cell)
    found = read_metadata(text, 0, 0).owners
    return found or ((text,) if text and text not in ("-", "—", "TBD", "tbd") else ())


def _date(cell: str) -> date | None:
    text = _cell_text(cell)
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        match = _DMY.match(text)
        if match:  # the decision-log style DD-MM-YYYY
            try:
                return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            except ValueError:
                return None
    return None

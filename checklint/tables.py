"""Record tables: a GFM table with a Status/State column is a table of items (SPEC §3).

The walker imports this module for every run, most of which meet no table: the
patterns compile on first use, and the records are NamedTuples, whose classes
cost a fraction of a dataclass's to create (and whose rows, to build).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from checklint.lazyre import lazy
from checklint.metadata import read_metadata
from checklint.models import Status
from checklint.settings import Settings
from checklint.text import normalise_key

_IMAGE_ALT = lazy(r"!\[([^\]]*)\]\([^)]*\)")
_MARKUP = lazy(r"[*_`]+|<[^>]+>")
_LEADING_SYMBOLS = lazy(r"^[^\w\[]+")
_BOX_PREFIX = lazy(r"^\[.\](?=\s|$)")
_DMY = lazy(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_TRAILING_PUNCTUATION = ":,;.!"
_NO_OWNER = frozenset({"", "-", "—", "tbd", "n/a", "none"})

_OWNER_COLUMNS = frozenset({
    "owner", "owners", "assignee", "assignees", "dri", "responsible", "责任人", "负责人", "مالک",
    "担当"
})  # fmt: skip
_DUE_COLUMNS = frozenset({"due", "due date", "deadline", "eta", "target date", "截止", "截止日期"})
_ID_COLUMNS = frozenset({"#", "id", "no", "no.", "key", "编号"})
_ROLE_COLUMNS = _OWNER_COLUMNS | _DUE_COLUMNS
_TITLE_COLUMNS = frozenset({
    "item", "task", "title", "name", "description", "decision", "check", "criterion",
    "criteria", "gate", "requirement", "topic", "action"
})  # fmt: skip


class TableLayout(NamedTuple):
    """Which column holds what; built once per table from its header."""

    status: int
    title: int | None
    owner: int | None
    due: int | None
    ident: int | None
    names: tuple[str, ...]  # the header cells as plain text, casefolded: the field names


class RowRecord(NamedTuple):
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
    names = [cell_text(cell).casefold() for cell in header]
    keys = [normalise_key(name) for name in names]
    wanted = {normalise_key(name) for name in settings.status_columns}
    status = next((i for i, name in enumerate(names) if _is_status_header(name, wanted)), None)
    if status is None:
        return None
    return TableLayout(
        status=status,
        title=_title_column(keys, names, status),
        owner=_find(keys, _OWNER_COLUMNS),
        due=_find(keys, _DUE_COLUMNS),
        ident=_find(names, _ID_COLUMNS),
        names=tuple(names),
    )


def read_row(cells: list[str], layout: TableLayout, settings: Settings) -> RowRecord | None:
    """The row as an item; None for an all-empty row (a template's blank line)."""
    if not any(cell.strip() for cell in cells):
        return None
    texts = [cell_text(cell) for cell in cells]
    texts += [""] * (len(layout.names) - len(texts))
    marker, status, known = status_of(cells[layout.status] if layout.status < len(cells) else "",
                                      settings)  # fmt: skip
    owners = _owners(texts[layout.owner]) if layout.owner is not None else ()
    due = _date(texts[layout.due]) if layout.due is not None else None
    ident = texts[layout.ident] or None if layout.ident is not None else None
    fields = tuple((name, text) for name, text in zip(layout.names, texts, strict=False) if name)
    text = texts[layout.title] if layout.title is not None else ""
    return RowRecord(text, marker, status, known, owners, due, ident, fields)


def status_of(cell: str, settings: Settings) -> tuple[str, Status, bool]:
    """(the cell as a status word, status, whether the word is in a configured set)."""
    word = cell_text(cell).casefold().replace("\ufe0f", "")
    statuses = _word_statuses(settings.done_words, settings.na_words, settings.open_words)
    for reading in _readings(word):
        found = statuses.get(reading)
        if found is not None:
            return word, found, True
    return word, Status.OPEN, False


def _readings(word: str) -> Iterator[str]:
    """The cell's readings, most literal first: 'done'; '[x]' of '[x] approved';
    'done' of 'done (2026-02-24)'; 'done' of '🟢 done'."""
    yield word
    box = _BOX_PREFIX().match(word)
    if box is not None:
        yield box.group()
    yield word.split(" ", 1)[0].rstrip(_TRAILING_PUNCTUATION)
    bare = _LEADING_SYMBOLS().sub("", word)
    if bare != word:
        yield bare
        yield bare.split(" ", 1)[0].rstrip(_TRAILING_PUNCTUATION)


@lru_cache(maxsize=8)
def _word_statuses(
    done: tuple[str, ...], na: tuple[str, ...], open_: tuple[str, ...]
) -> dict[str, Status]:
    """The configured words, casefolded like the cells, each with its status."""
    statuses: dict[str, Status] = {}
    for words, status in ((open_, Status.OPEN), (na, Status.NA), (done, Status.DONE)):
        for word in words:
            statuses[word.casefold().replace("\ufe0f", "").strip()] = status
    return statuses


def _is_status_header(name: str, wanted: set[str]) -> bool:
    # 'Status (Pass/Blocker/Waiver)' is a status column; 'Status page URL' is not.
    if normalise_key(name) in wanted:
        return True
    head, paren, _ = name.partition("(")
    return bool(paren) and normalise_key(head) in wanted


def _find(keys: list[str], names: frozenset[str]) -> int | None:
    return next((i for i, key in enumerate(keys) if key in names), None)


def _title_column(keys: list[str], names: list[str], status: int) -> int | None:
    """A column named like a title, else the first that is no status, ID, owner or due date."""
    named = _find(keys, _TITLE_COLUMNS)
    if named is not None:
        return named
    return next(
        (i for i, key in enumerate(keys)
         if i != status and key and names[i] not in _ID_COLUMNS and key not in _ROLE_COLUMNS),
        None,
    )  # fmt: skip


def cell_text(cell: str) -> str:
    """A cell's plain text: images become their alt text, emphasis and tags go."""
    if "![" in cell:
        cell = _IMAGE_ALT().sub(r"\1", cell)
    return " ".join(_MARKUP().sub("", cell).split())


def _owners(text: str) -> tuple[str, ...]:
    found = read_metadata(text).owners
    return found or ((text,) if text.casefold() not in _NO_OWNER else ())


def _date(text: str) -> date | None:
    """An ISO date, or the decision-log style DD-MM-YYYY."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = _DMY().match(text)
    if match is None:
        return None
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None

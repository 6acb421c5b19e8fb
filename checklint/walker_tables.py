"""Reading a GFM table out of the block tokens, and its rows as items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from checklint.metadata import evidence_refs
from checklint.models import Item, ItemKind
from checklint.settings import Settings
from checklint.tables import TableLayout, read_row
from checklint.walker_prose import prose_start

if TYPE_CHECKING:
    from checklint.walker import Token


class TableTokens(NamedTuple):
    header_line: int  # 0-based
    header: list[str]  # the header cells' raw text
    rows: list[tuple[int, list[str]]]  # (0-based line, raw cells) per body row
    end: int  # the index after table_close


def read_table_tokens(tokens: Sequence[Token], index: int) -> TableTokens:
    """The table that opens at `tokens[index]`."""
    opening = tokens[index].map
    header_line = opening[0] if opening else 0
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    cells: list[str] = []
    in_head = False
    row_line = header_line
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind == "table_close":
            break
        if kind == "inline":
            cells.append(token.content)
        elif kind == "tr_open":
            cells = []
            row_line = token.map[0] if token.map else row_line + 1
        elif kind == "tr_close":
            if in_head:
                header = cells
            else:
                rows.append((row_line, cells))
        elif kind in ("thead_open", "thead_close"):
            in_head = kind == "thead_open"
        index += 1
    return TableTokens(header_line, header, rows, index + 1)


def row_item(
    path: str,
    line: int,
    source: str,
    cells: list[str],
    layout: TableLayout,
    settings: Settings,
    section: int | None,
) -> Item | None:
    """A body row of a record table as an item; `line` is 0-based, `source` its text."""
    record = read_row(cells, layout, settings)
    if record is None:
        return None
    start = prose_start(source)
    return Item(
        path=path, line=line + 1, column=start + 1, kind=ItemKind.ROW, text=record.text,
        marker=record.marker, own_status=record.status, section=section, parent=None,
        depth=0, owners=record.owners, due=record.due,
        evidence=tuple(evidence_refs(source[start:], line + 1, start + 1)),
        fields=record.fields, item_id=record.ident, unknown_marker=not record.known,
    )  # fmt: skip

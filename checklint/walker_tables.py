"""Reading a GFM table's cells out of markdown-it's block tokens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token


def read_table_tokens(
    tokens: Sequence[Token], index: int
) -> tuple[list[str], list[tuple[int, list[str]]], int]:
    """(header cells, [(0-based line, cells)] of the body, index after table_close)."""
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    cells: list[str] = []
    in_head = False
    row_line = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind == "table_close":
            return header, rows, index + 1
        if kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            cells = []
            row_line = token.map[0] if token.map else row_line + 1
        elif kind == "inline":
            cells.append(token.content)
        elif kind == "tr_close":
            if in_head:
                header = cells
            else:
                rows.append((row_line, cells))
        index += 1
    return header, rows, index

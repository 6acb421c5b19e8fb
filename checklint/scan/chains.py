"""Which block starts may end an open paragraph, list or quote (markdown-it's 'alt' chains).

A silent check only reads the state, so a chain is an 'or' of checks; looking
at the line's first character first skips the checks that cannot match.
"""

from __future__ import annotations

from checklint.scan.html import starts_html
from checklint.scan.starts import (
    DIGITS,
    heading_level,
    starts_blockquote,
    starts_fence,
    starts_hr,
    starts_list,
)
from checklint.scan.state import ScanState
from checklint.scan.tablehead import table_head


def ends_paragraph(state: ScanState, line: int, end: int) -> bool:
    """table, fence, blockquote, hr, list, html_block, heading."""
    return _ends_quote(state, line, _first(state, line)) or table_head(state, line, end) is not None


def ends_blockquote(state: ScanState, line: int, end: int) -> bool:
    """fence, blockquote, hr, list, html_block, heading."""
    return _ends_quote(state, line, _first(state, line))


def ends_list(state: ScanState, line: int, end: int) -> bool:
    """fence, blockquote, hr."""
    ch = _first(state, line)
    if ch == "`" or ch == "~":
        return starts_fence(state, line)
    if ch == ">":
        return starts_blockquote(state, line)
    return (ch == "*" or ch == "-" or ch == "_") and starts_hr(state, line)


def _ends_quote(state: ScanState, line: int, ch: str) -> bool:
    if not ch:
        return False
    if ch == "`" or ch == "~":
        return starts_fence(state, line)
    if ch == ">":
        return starts_blockquote(state, line)
    if ch == "*" or ch == "-" or ch == "_" or ch == "+" or ch in DIGITS:
        return starts_hr(state, line) or starts_list(state, line)
    if ch == "<":
        return starts_html(state, line)
    if ch == "#":
        return heading_level(state, line) > 0
    return False


def _first(state: ScanState, line: int) -> str:
    pos = state.b_marks[line] + state.t_shift[line]
    return state.src[pos : pos + 1]

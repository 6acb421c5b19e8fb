"""The block loop: which rule a line starts, and the top level handed over in batches."""

from __future__ import annotations

from collections.abc import Iterator

from checklint.scan.containers import blockquote, list_block
from checklint.scan.html import html_block
from checklint.scan.leaf import code, fence, heading, hr, text_block
from checklint.scan.starts import DIGITS
from checklint.scan.state import BlockToken, ScanState
from checklint.scan.table import table


def block(state: ScanState, line: int, end: int) -> None:
    """Tokenize the block on `line`: markdown-it's rules in its order, picked by first character.

    Every rule but the table's and the paragraph's refuses a line whose first
    character cannot start it, so only the rules that can match are tried.
    """
    if state.s_count[line] - state.blk_indent >= 4:
        code(state, line, end)
        return
    if table(state, line, end):
        return
    pos = state.b_marks[line] + state.t_shift[line]
    ch = state.src[pos : pos + 1]
    if ch == "`" or ch == "~":
        if fence(state, line, end):
            return
    elif ch == ">":
        blockquote(state, line, end)
        return
    elif ch == "*" or ch == "-" or ch == "_" or ch == "+" or ch in DIGITS:
        if hr(state, line, end) or list_block(state, line, end):
            return
    elif ch == "<":
        if html_block(state, line, end):
            return
    elif ch == "#" and heading(state, line, end):
        return
    text_block(state, line, end)


def tokenize(state: ScanState, start: int, end: int) -> None:
    """markdown-it's `ParserBlock.tokenize`: blocks from `start` until `end` or an outdent."""
    line = start
    while line < end:
        state.line = line = state.skip_empty_lines(line)
        if line >= end or state.s_count[line] < state.blk_indent:
            break
        if state.level >= state.max_nesting:
            state.line = end
            break
        block(state, line, end)
        line = state.line
        if line < end and state.is_empty(line):
            line += 1
            state.line = line


def top_level_batches(state: ScanState, batch: int) -> Iterator[list[BlockToken]]:
    """`tokenize(state, 0, line_max)`, handing the tokens over between top-level blocks."""
    state.tokenize = tokenize
    line, end = 0, state.line_max
    while line < end:
        state.line = line = state.skip_empty_lines(line)
        if line >= end or state.s_count[line] < state.blk_indent:
            break
        if state.level >= state.max_nesting:
            break
        block(state, line, end)
        line = state.line
        if line < end and state.is_empty(line):
            line += 1
        if len(state.tokens) >= batch:
            yield state.tokens
            state.tokens = []
    if state.tokens:
        yield state.tokens

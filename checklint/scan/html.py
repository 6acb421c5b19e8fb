"""HTML blocks: CommonMark's seven kinds, as markdown-it-py 4 recognises them."""

from __future__ import annotations

import re

from checklint.scan.state import ScanState

_BLOCK_NAMES = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|"
    "h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|"
    "noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|"
    "thead|title|tr|track|ul"
)
_ATTRIBUTE = (
    r"""(?:\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)"""
)
_OPEN_CLOSE_TAG = (
    rf"^(?:<[A-Za-z][A-Za-z0-9\-]*{_ATTRIBUTE}*\s*\/?>|<\/[A-Za-z][A-Za-z0-9\-]*\s*>)\s*$"
)

# (start, end or None, may interrupt a paragraph); compiled on first use: most files have none.
_KINDS: list[tuple[re.Pattern[str], re.Pattern[str] | None, bool]] = []


def _kinds() -> list[tuple[re.Pattern[str], re.Pattern[str] | None, bool]]:
    if not _KINDS:
        _KINDS.extend([
            (re.compile(r"^<(?a:(script|pre|style|textarea))(?=(\s|>|$))", re.IGNORECASE),
             re.compile(r"<\/(?a:(script|pre|style|textarea))>", re.IGNORECASE), True),
            (re.compile(r"^<!--"), re.compile(r"-->"), True),
            (re.compile(r"^<\?"), re.compile(r"\?>"), True),
            (re.compile(r"^<![A-Za-z]"), re.compile(r">"), True),
            (re.compile(r"^<!\[CDATA\["), re.compile(r"\]\]>"), True),
            (re.compile(rf"^</?(?a:({_BLOCK_NAMES}))(?=(\s|/?>|$))", re.IGNORECASE), None, True),
            (re.compile(_OPEN_CLOSE_TAG), None, False),
        ])  # fmt: skip
    return _KINDS


def html_kind(state: ScanState, line: int) -> tuple[re.Pattern[str] | None, bool] | None:
    """(end pattern, interrupts a paragraph) of the HTML block starting here, or None."""
    if state.s_count[line] - state.blk_indent >= 4:
        return None
    pos = state.b_marks[line] + state.t_shift[line]
    if state.src[pos : pos + 1] != "<":
        return None
    text = state.src[pos : state.e_marks[line]]
    for start, end, interrupts in _kinds():
        if start.search(text):
            return end, interrupts
    return None


def starts_html(state: ScanState, line: int) -> bool:
    kind = html_kind(state, line)
    return kind is not None and kind[1]


def html_block(state: ScanState, start: int, end: int) -> bool:
    kind = html_kind(state, start)
    if kind is None:
        return False
    closing = kind[0]
    next_line = start + 1
    first = state.src[state.b_marks[start] + state.t_shift[start] : state.e_marks[start]]
    if closing is None or not closing.search(first):
        while next_line < end:
            if state.s_count[next_line] < state.blk_indent and (
                closing is None or not state.is_empty(next_line)
            ):
                break
            text = state.src[
                state.b_marks[next_line] + state.t_shift[next_line] : state.e_marks[next_line]
            ]
            if closing is None:
                if not text:
                    break
            elif closing.search(text):
                next_line += 1
                break
            next_line += 1
    state.line = next_line
    token = state.push("html_block", "", 0, [start, next_line])
    token.content = state.get_lines(start, next_line, state.blk_indent, True)
    return True

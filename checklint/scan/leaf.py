"""Blocks that hold no other blocks: code, fences, rules, headings and paragraphs."""

from __future__ import annotations

from checklint.scan.chains import ends_paragraph
from checklint.scan.starts import heading_level, starts_fence, starts_hr
from checklint.scan.state import TRIM_CHARS, ScanState


def code(state: ScanState, start: int, end: int) -> bool:
    """Indented code: this line and the next indented ones, blank lines between included."""
    last = next_line = start + 1
    while next_line < end:
        if state.is_empty(next_line):
            next_line += 1
        elif state.is_code(next_line):
            next_line += 1
            last = next_line
        else:
            break
    state.line = last
    token = state.push("code_block", "code", 0, [start, last])
    token.content = state.get_lines(start, last, 4 + state.blk_indent, False) + "\n"
    return True


def fence(state: ScanState, start: int, end: int) -> bool:
    if not starts_fence(state, start):
        return False
    src = state.src
    pos = state.b_marks[start] + state.t_shift[start]
    marker = src[pos]
    length = state.skip_char(pos, marker) - pos
    closed = False
    next_line = start
    while True:
        next_line += 1
        if next_line >= end:
            break
        pos = state.b_marks[next_line] + state.t_shift[next_line]
        maximum = state.e_marks[next_line]
        if pos < maximum and state.s_count[next_line] < state.blk_indent:
            break  # the container the fence is in has ended
        if src[pos : pos + 1] != marker:
            if pos >= len(src):
                break
            continue
        if state.is_code(next_line):
            continue
        run_end = state.skip_char(pos, marker)
        if run_end - pos < length or state.skip_spaces(run_end) < maximum:
            continue
        closed = True
        break
    state.line = next_line + (1 if closed else 0)
    token = state.push("fence", "code", 0, [start, state.line])
    token.content = state.get_lines(start + 1, next_line, state.s_count[start], True)
    return True


def hr(state: ScanState, start: int, end: int) -> bool:
    if not starts_hr(state, start):
        return False
    state.line = start + 1
    state.push("hr", "hr", 0, [start, start + 1])
    return True


def heading(state: ScanState, start: int, end: int) -> bool:
    level = heading_level(state, start)
    if not level:
        return False
    text = state.line_text(start)[level:].rstrip(" \t")
    stripped = text.rstrip("#")
    if len(stripped) < len(text) and stripped[-1:] in (" ", "\t"):
        text = stripped  # a closing sequence of '#' after a space goes
    state.line = start + 1
    state.leaf("heading", f"h{level}", [start, start + 1], text.strip(TRIM_CHARS))
    return True


def text_block(state: ScanState, start: int, end: int) -> None:
    """A setext heading (lines underlined with '=' or '-') or else a paragraph.

    markdown-it tries its lheading rule and then its paragraph rule, and both
    walk the same lines with the same checks; when both stop at the same place
    (the block may run to the end of the document), the walk is done once.
    """
    parent = state.parent_type
    state.parent_type = "paragraph"  # the paragraph chain asks as a paragraph would
    stop, level = _text_end(state, start, end, setext=True)
    if level:
        content = state.get_lines(start, stop, state.blk_indent, False).strip(TRIM_CHARS)
        state.line = stop + 1
        tag = f"h{level}"
        state.push("heading_open", tag, 1, [start, state.line])
        state.push("inline", "", 0, [start, state.line - 1]).content = content
        state.push("heading_close", tag, -1, None)
        state.parent_type = parent
        return
    if end != state.line_max:
        stop = _text_end(state, start, state.line_max, setext=False)[0]
    content = state.get_lines(start, stop, state.blk_indent, False).strip(TRIM_CHARS)
    state.line = stop
    state.leaf("paragraph", "p", [start, stop], content)
    # markdown-it's lheading rule leaves parent_type as 'paragraph' when it fails; so do we


def _text_end(state: ScanState, start: int, end: int, setext: bool) -> tuple[int, int]:
    """Where a paragraph starting on `start` stops, and the setext level if an underline does."""
    b_marks, t_shift, e_marks, s_count = state.b_marks, state.t_shift, state.e_marks, state.s_count
    indent = state.blk_indent
    next_line = start + 1
    while next_line < end:
        if b_marks[next_line] + t_shift[next_line] >= e_marks[next_line]:
            break  # a blank line
        count = s_count[next_line]
        if count - indent > 3:
            next_line += 1  # indented lines only continue a paragraph
            continue
        if setext and count >= indent:
            level = _underline(state, next_line)
            if level:
                return next_line, level
        if count < 0:
            next_line += 1  # a lazy line of a block quote
            continue
        if ends_paragraph(state, next_line, end):
            break
        next_line += 1
    return next_line, 0


def _underline(state: ScanState, line: int) -> int:
    pos = state.b_marks[line] + state.t_shift[line]
    maximum = state.e_marks[line]
    marker = state.src[pos : pos + 1]
    if pos >= maximum or (marker != "-" and marker != "="):
        return 0
    if state.skip_spaces(state.skip_char(pos, marker)) < maximum:
        return 0
    return 1 if marker == "=" else 2

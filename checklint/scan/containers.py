"""Blocks that hold blocks: block quotes and lists.

Both parse their content by rewriting the line table for their lines (so that
the content starts where the marker ended) and calling the tokenizer on it,
then restore the table: markdown-it-py's method, kept line for line so that
lazy continuation lines, tabs and nesting come out as markdown-it makes them.
"""

from __future__ import annotations

from checklint.scan.chains import ends_blockquote, ends_list
from checklint.scan.starts import bullet_marker_end, ordered_marker_end
from checklint.scan.state import ScanState


def _quote_line(state: ScanState, line: int, pos: int, old: list[list[int]]) -> bool:
    """Strips a '>' marker (at pos - 1) from `line`; True when nothing follows it."""
    src, maximum = state.src, state.e_marks[line]
    initial = offset = state.s_count[line] + 1
    after = src[pos : pos + 1]
    adjust_tab = False
    if after == " ":
        pos += 1
        initial += 1
        offset += 1
        space_after = True
    elif after == "\t":
        space_after = True
        if (state.bs_count[line] + offset) % 4 == 3:
            pos += 1
            initial += 1
            offset += 1
        else:
            adjust_tab = True
    else:
        space_after = False
    old[0].append(state.b_marks[line])
    state.b_marks[line] = pos
    while pos < maximum:
        ch = src[pos]
        if ch == "\t":
            offset += 4 - (offset + state.bs_count[line] + (1 if adjust_tab else 0)) % 4
        elif ch == " ":
            offset += 1
        else:
            break
        pos += 1
    old[1].append(state.bs_count[line])
    state.bs_count[line] = state.s_count[line] + 1 + (1 if space_after else 0)
    old[2].append(state.s_count[line])
    state.s_count[line] = offset - initial
    old[3].append(state.t_shift[line])
    state.t_shift[line] = pos - state.b_marks[line]
    return pos >= maximum


def _keep_line(state: ScanState, line: int, old: list[list[int]]) -> None:
    old[0].append(state.b_marks[line])
    old[1].append(state.bs_count[line])
    old[3].append(state.t_shift[line])
    old[2].append(state.s_count[line])


def blockquote(state: ScanState, start: int, end: int) -> bool:
    old_line_max = state.line_max
    old: list[list[int]] = [[], [], [], []]  # b_marks, bs_count, s_count, t_shift
    last_empty = _quote_line(state, start, state.b_marks[start] + state.t_shift[start] + 1, old)
    parent = state.parent_type
    state.parent_type = "blockquote"
    next_line = start + 1
    src = state.src
    while next_line < end:
        outdented = state.s_count[next_line] < state.blk_indent
        pos = state.b_marks[next_line] + state.t_shift[next_line]
        if pos >= state.e_marks[next_line]:
            break  # a blank line ends the quote
        if src[pos] == ">" and not outdented:
            last_empty = _quote_line(state, next_line, pos + 1, old)
            next_line += 1
            continue
        if last_empty:
            break  # no lazy continuation after a blank quoted line
        if ends_blockquote(state, next_line, end):
            state.line_max = next_line
            if state.blk_indent != 0:
                _keep_line(state, next_line, old)
                state.s_count[next_line] -= state.blk_indent
            break
        _keep_line(state, next_line, old)
        state.s_count[next_line] = -1  # a lazy line: paragraph continuation only
        next_line += 1
    old_indent = state.blk_indent
    state.blk_indent = 0
    lines = [start, 0]
    state.push("blockquote_open", "blockquote", 1, lines)
    state.tokenize(state, start, next_line)
    state.push("blockquote_close", "blockquote", -1, None)
    state.line_max = old_line_max
    state.parent_type = parent
    lines[1] = state.line
    for index, t_shift in enumerate(old[3]):
        state.b_marks[index + start] = old[0][index]
        state.t_shift[index + start] = t_shift
        state.s_count[index + start] = old[2][index]
        state.bs_count[index + start] = old[1][index]
    state.blk_indent = old_indent
    return True


def list_block(state: ScanState, start: int, end: int) -> bool:
    """A list: its items in turn, each item's content tokenized as a document."""
    s_count = state.s_count[start]
    if state.list_indent >= 0 and s_count - state.list_indent >= 4 and s_count < state.blk_indent:
        return False
    marker_end = ordered_marker_end(state, start)
    ordered = marker_end >= 0
    if not ordered:
        marker_end = bullet_marker_end(state, start)
        if marker_end < 0:
            return False
    src = state.src
    marker = src[marker_end - 1]
    open_type, close_type, tag = (
        ("ordered_list_open", "ordered_list_close", "ol")
        if ordered
        else ("bullet_list_open", "bullet_list_close", "ul")
    )
    list_lines = [start, 0]
    state.push(open_type, tag, 1, list_lines)
    next_line = start
    parent = state.parent_type
    state.parent_type = "list"
    while next_line < end:
        pos = marker_end
        maximum = state.e_marks[next_line]
        initial = offset = (
            state.s_count[next_line] + marker_end - (state.b_marks[start] + state.t_shift[start])
        )
        while pos < maximum:
            ch = src[pos]
            if ch == "\t":
                offset += 4 - (offset + state.bs_count[next_line]) % 4
            elif ch == " ":
                offset += 1
            else:
                break
            pos += 1
        content_start = pos
        after_marker = 1 if content_start >= maximum else offset - initial
        if after_marker > 4:
            after_marker = 1  # more than four spaces: indented code inside the item
        indent = initial + after_marker
        item_lines = [start, 0]
        state.push("list_item_open", "li", 1, item_lines)
        old_t_shift = state.t_shift[start]
        old_s_count = state.s_count[start]
        old_list_indent = state.list_indent
        state.list_indent = state.blk_indent
        state.blk_indent = indent
        state.t_shift[start] = content_start - state.b_marks[start]
        state.s_count[start] = offset
        if content_start >= maximum and state.is_empty(start + 1):
            state.line = min(state.line + 2, end)  # an empty item: markdown-it's quirk kept
        else:
            state.tokenize(state, start, end)
        state.blk_indent = state.list_indent
        state.list_indent = old_list_indent
        state.t_shift[start] = old_t_shift
        state.s_count[start] = old_s_count
        state.push("list_item_close", "li", -1, None)
        next_line = start = state.line
        item_lines[1] = next_line
        if next_line >= end:
            break
        if state.s_count[next_line] < state.blk_indent or state.is_code(start):
            break
        if ends_list(state, next_line, end):
            break
        if ordered:
            marker_end = ordered_marker_end(state, next_line)
        else:
            marker_end = bullet_marker_end(state, next_line)
        if marker_end < 0 or marker != src[marker_end - 1]:
            break
    state.push(close_type, tag, -1, None)
    list_lines[1] = next_line
    state.line = next_line
    state.parent_type = parent
    return True

"""Whether a block of each kind starts on a line: the rules' silent checks.

These are what markdown-it's block rules answer when called with
`silent=True`, which is how a paragraph, list or quote asks whether its next
line ends it. They only read the state.
"""

from __future__ import annotations

from checklint.scan.state import ScanState

DIGITS = "0123456789"


def starts_fence(state: ScanState, line: int) -> bool:
    if state.s_count[line] - state.blk_indent >= 4:
        return False
    pos = state.b_marks[line] + state.t_shift[line]
    maximum = state.e_marks[line]
    if pos + 3 > maximum:
        return False
    src = state.src
    marker = src[pos]
    if marker != "`" and marker != "~":
        return False
    end = state.skip_char(pos, marker)
    if end - pos < 3:
        return False
    return not (marker == "`" and "`" in src[end:maximum])


def starts_blockquote(state: ScanState, line: int) -> bool:
    if state.s_count[line] - state.blk_indent >= 4:
        return False
    pos = state.b_marks[line] + state.t_shift[line]
    return state.src[pos : pos + 1] == ">"


def starts_hr(state: ScanState, line: int) -> bool:
    """Three or more of one of '*', '-', '_', with only spaces or tabs between."""
    if state.s_count[line] - state.blk_indent >= 4:
        return False
    pos = state.b_marks[line] + state.t_shift[line]
    maximum = state.e_marks[line]
    src = state.src
    marker = src[pos : pos + 1]
    if pos >= maximum or marker not in ("*", "-", "_"):
        return False
    after = state.skip_spaces(pos + 1)
    if after >= maximum or src[after] != marker:
        return False  # '- [ ] task' and most list items end here
    text = src[pos:maximum]
    return text.count(marker) >= 3 and not text.replace(marker, "").strip(" \t")


def bullet_marker_end(state: ScanState, line: int) -> int:
    """The position after a '*', '-' or '+' marker and before its space, or -1."""
    pos = state.b_marks[line] + state.t_shift[line]
    maximum = state.e_marks[line]
    src = state.src
    if pos >= len(src) or src[pos] not in "*-+":
        return -1
    pos += 1
    if pos < maximum and src[pos] not in " \t":
        return -1
    return pos


def ordered_marker_end(state: ScanState, line: int) -> int:
    """The position after '1.' or '1)' (at most nine digits), or -1."""
    start = pos = state.b_marks[line] + state.t_shift[line]
    maximum = state.e_marks[line]
    if pos + 1 >= maximum:
        return -1
    src = state.src
    if src[pos] not in DIGITS:
        return -1
    pos += 1
    while True:
        if pos >= maximum:
            return -1
        ch = src[pos]
        pos += 1
        if ch in DIGITS:
            if pos - start >= 10:
                return -1
            continue
        if ch == ")" or ch == ".":
            break
        return -1
    if pos < maximum and src[pos] not in " \t":
        return -1
    return pos


def starts_list(state: ScanState, line: int) -> bool:
    """A list item starts here, and may interrupt what is open (markdown-it's silent list)."""
    s_count = state.s_count[line]
    if s_count - state.blk_indent >= 4:
        return False
    if state.list_indent >= 0 and s_count - state.list_indent >= 4 and s_count < state.blk_indent:
        return False
    interrupting = state.parent_type == "paragraph" and s_count >= state.blk_indent
    end = ordered_marker_end(state, line)
    if end >= 0:
        start = state.b_marks[line] + state.t_shift[line]
        if interrupting and int(state.src[start : end - 1]) != 1:
            return False
    else:
        end = bullet_marker_end(state, line)
        if end < 0:
            return False
    return not (interrupting and state.skip_spaces(end) >= state.e_marks[line])


def heading_level(state: ScanState, line: int) -> int:
    """The level of an ATX heading ('#' to '######' and a space or the line's end), or 0."""
    if state.s_count[line] - state.blk_indent >= 4:
        return 0
    pos = state.b_marks[line] + state.t_shift[line]
    maximum = state.e_marks[line]
    src = state.src
    if pos >= maximum or src[pos] != "#":
        return 0
    end = state.skip_char(pos, "#")
    level = end - pos
    if level > 6 or (end < maximum and src[end] not in " \t"):
        return 0
    return level

"""GFM tables, as markdown-it-py's table rule makes them."""

from __future__ import annotations

from checklint.scan.chains import ends_blockquote
from checklint.scan.state import TRIM_CHARS, ScanState
from checklint.scan.tablehead import table_head, trimmed_row

_MAX_AUTOCOMPLETED_CELLS = 0x10000  # markdown-it's guard against quadratic output


def table(state: ScanState, start: int, end: int) -> bool:
    head = table_head(state, start, end)
    if head is None:
        return False
    columns, _aligns = head
    count = len(columns)
    parent = state.parent_type
    state.parent_type = "table"
    table_lines = [start, 0]
    state.push("table_open", "table", 1, table_lines)
    state.push("thead_open", "thead", 1, [start, start + 1])
    _row(state, start, "th", columns, count)
    state.push("thead_close", "thead", -1, None)
    autocompleted = 0
    next_line = start + 2
    body_lines: list[int] | None = None
    while next_line < end:
        if state.s_count[next_line] < state.blk_indent or ends_blockquote(state, next_line, end):
            break
        text = state.line_text(next_line).strip(TRIM_CHARS)
        if not text or state.is_code(next_line):
            break
        cells = trimmed_row(text)
        autocompleted += count - len(cells)
        if autocompleted > _MAX_AUTOCOMPLETED_CELLS:
            break
        if next_line == start + 2:
            body_lines = [start + 2, 0]
            state.push("tbody_open", "tbody", 1, body_lines)
        _row(state, next_line, "td", cells, count)
        next_line += 1
    if body_lines is not None:
        state.push("tbody_close", "tbody", -1, None)
        body_lines[1] = next_line
    state.push("table_close", "table", -1, None)
    table_lines[1] = next_line
    state.parent_type = parent
    state.line = next_line
    return True


def _row(state: ScanState, line: int, cell_tag: str, cells: list[str], count: int) -> None:
    state.push("tr_open", "tr", 1, [line, line + 1])
    for index in range(count):
        state.push(f"{cell_tag}_open", cell_tag, 1, None)
        cell = cells[index] if index < len(cells) else ""
        state.push("inline", "", 0, [line, line + 1]).content = cell.strip(TRIM_CHARS)
        state.push(f"{cell_tag}_close", cell_tag, -1, None)
    state.push("tr_close", "tr", -1, None)

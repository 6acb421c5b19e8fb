"""Whether a GFM table starts on a line: a header row, then a delimiter row that fits it."""

from __future__ import annotations

import re

from checklint.scan.state import TRIM_CHARS, ScanState

_DELIMITER_CELL = re.compile(r"^:?-+:?$")
_DELIMITER_CHARS = frozenset("|-: \t")


def escaped_split(text: str) -> list[str]:
    """Cells split on '|' that is not escaped by a backslash (which it then loses)."""
    if "\\" not in text:
        return text.split("|")
    result: list[str] = []
    current = ""
    last = 0
    escaped = False
    for pos, ch in enumerate(text):
        if ch == "|":
            if not escaped:
                result.append(current + text[last:pos])
                current = ""
                last = pos + 1
            else:
                current += text[last : pos - 1]
                last = pos
        escaped = ch == "\\"
    result.append(current + text[last:])
    return result


def table_head(state: ScanState, line: int, end: int) -> tuple[list[str], list[str]] | None:
    """The header cells and alignments of a table starting on `line`, or None."""
    if line + 2 > end:
        return None
    below = line + 1
    if state.s_count[below] < state.blk_indent or state.s_count[below] - state.blk_indent >= 4:
        return None
    src = state.src
    pos = state.b_marks[below] + state.t_shift[below]
    delimiter = src[pos : state.e_marks[below]]
    if len(delimiter) < 2 or delimiter[0] not in "|-:":
        return None
    if delimiter[1] not in "|-: \t" or (delimiter[0] == "-" and delimiter[1] in " \t"):
        return None
    if not _DELIMITER_CHARS.issuperset(delimiter):
        return None
    aligns = _alignments(delimiter.split("|"))
    if aligns is None:
        return None
    header = state.line_text(line).strip(TRIM_CHARS)
    if "|" not in header or state.s_count[line] - state.blk_indent >= 4:
        return None
    columns = trimmed_row(header)
    if not columns or len(columns) != len(aligns):
        return None
    return columns, aligns


def trimmed_row(text: str) -> list[str]:
    """A row's cells, without the empty ones its outer pipes make."""
    columns = escaped_split(text)
    if columns and columns[0] == "":
        columns.pop(0)
    if columns and columns[-1] == "":
        columns.pop()
    return columns


def _alignments(columns: list[str]) -> list[str] | None:
    aligns: list[str] = []
    last = len(columns) - 1
    for index, column in enumerate(columns):
        cell = column.strip(TRIM_CHARS)
        if not cell:
            if index == 0 or index == last:
                continue
            return None
        if not _DELIMITER_CELL.search(cell):
            return None
        if cell.endswith(":"):
            aligns.append("center" if cell.startswith(":") else "right")
        else:
            aligns.append("left" if cell.startswith(":") else "")
    return aligns

"""Bracket text that looks like a status box but that GFM does not render as one (CL501).

Only list-item starts are looked at: '[ x]' in the middle of prose or a table
cell is a placeholder, not a mistyped box.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from checklint import regexcache
from checklint.models import Lookalike

_PREFIX = r"^[ \t>]*"  # indentation and block-quote markers
_MARKER = r"(?P<marker>[-*+]|\d{1,9}[.)])"
# Group 'box' is the look-alike box.
_PATTERNS = (
    # '- []': nothing inside the brackets ('- [](url)' is an empty link, not a box)
    regexcache.compile(_PREFIX + _MARKER + r"[ \t]*(?P<box>\[\])(?!\()", re.MULTILINE),
    # '-[ ]': no space between the list marker and the box
    regexcache.compile(_PREFIX + r"(?P<marker>[-*+])(?P<box>\[[ xX]\])", re.MULTILINE),
    # '- [ x]', '- [x ]', '- [  ]': padding inside the brackets
    regexcache.compile(
        _PREFIX + _MARKER + r"[ \t]+(?P<box>\[(?:[ \t]+[xX][ \t]*|[xX][ \t]+|[ \t]{2,})\])",
        re.MULTILINE,
    ),
)


def find_lookalikes(
    text: str, path: str, hidden: Sequence[tuple[int, int]]
) -> tuple[Lookalike, ...]:
    """Every look-alike outside the `hidden` [start, end) line ranges (code, HTML), in order."""
    if "[" not in text:
        return ()
    in_hidden = _range_test(hidden)
    found: list[Lookalike] = []
    for pattern in _PATTERNS:
        line = counted = 0  # lines before offset `counted`: matches come in order
        for match in pattern.finditer(text):
            line += text.count("\n", counted, match.start())
            counted = match.start()
            if in_hidden(line):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            marker = match.group("marker")
            found.append(Lookalike(
                path, line + 1, match.start("box") - line_start + 1,
                text[match.start("marker") : match.end()],
                f"{marker} {_fixed_box(match.group('box'))}",
            ))  # fmt: skip
    found.sort(key=lambda lookalike: (lookalike.line, lookalike.column))
    return tuple(found)


def _range_test(ranges: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """A test for 'line lies in one of these ranges' (they do not overlap: they are blocks)."""
    ordered = sorted(ranges)
    starts = [start for start, _ in ordered]

    def inside(line: int) -> bool:
        position = bisect_right(starts, line) - 1
        return position >= 0 and line < ordered[position][1]

    return inside


def _fixed_box(box: str) -> str:
    """'[ x]' -> '[x]', '[]' -> '[ ]', '[  ]' -> '[ ]'."""
    inner = box[1:-1].strip()
    return f"[{inner.lower()}]" if inner else "[ ]"

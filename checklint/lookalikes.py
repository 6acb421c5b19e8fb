"""Bracket text that looks like a status box but that GFM does not render as one (CL501)."""

from __future__ import annotations

import re
from collections.abc import Callable

from checklint.models import Lookalike

_MARKER = r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])"
_PATTERNS = (
    # '- []': no character inside the brackets
    (re.compile(_MARKER + r"[ \t]*(\[\])", re.MULTILINE), "[ ]"),
    # '-[ ]': no space between the list marker and the box
    (re.compile(r"^[ \t>]*[-*+](\[[ xX]\])", re.MULTILINE), None),
    # '- [ x]', '- [x ]', '- [  ]': padding inside the brackets
    (
        re.compile(
            _MARKER + r"[ \t]+(\[(?:[ \t]+[xX][ \t]*|[xX][ \t]+|[ \t]{2,})\])", re.MULTILINE
        ),
        None,
    ),
)


def find_lookalikes(
    text: str, path: str, in_opaque: Callable[[int], bool]
) -> tuple[Lookalike, ...]:
    """Every look-alike outside code and HTML blocks, in file order."""
    if "[" not in text:
        return ()
    found: list[Lookalike] = []
    for pattern, replacement in _PATTERNS:
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start())
            if in_opaque(line):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            fragment = match.group(0).lstrip(" \t>")
            found.append(
                Lookalike(
                    path,
                    line + 1,
                    match.start(1) - line_start + 1,
                    fragment,
                    _hint(fragment, match.group(1), replacement),
                )
            )
    found.sort(key=lambda lookalike: (lookalike.line, lookalike.column))
    return tuple(found)


def _hint(fragment: str, box: str, replacement: str | None) -> str:
    marker = fragment[: len(fragment) - len(box)].rstrip()
    inner = box[1:-1].strip()
    fixed = replacement or ("[x]" if inner.lower() == "x" else "[ ]")
    return f"{marker} {fixed}"

"""The context a lone line would have in a file, read from its shape: a test helper
shared by the invented and the real claim sets (the library gets it from the parser)."""

from __future__ import annotations

import re

from checklint.models import TextContext

_SHAPES = (
    (re.compile(r"#{1,6}(?:\s|$)"), TextContext.HEADING),
    (re.compile(r"(?:[-*+]|\d+[.)])\s+(?:\[ \]|☐)(?:\s|$)"), TextContext.TASK_OPEN),
    (re.compile(r"(?:[-*+]|\d+[.)])\s+\[[xX]\](?:\s|$)"), TextContext.TASK_DONE),
    (re.compile(r"(?:[-*+]|\d+[.)])\s+\[[-~]\](?:\s|$)"), TextContext.TASK_NA),
    (re.compile(r"\|"), TextContext.TABLE_ROW),
    (re.compile(r"(?:[-*+]|\d+[.)])(?:\s|$)"), TextContext.LIST_ITEM),
)


def context_of(body: str) -> TextContext:
    """'#' a heading, '- [ ]' an open task, '|' a table row, '- ' a list item, else prose."""
    return next((context for shape, context in _SHAPES if shape.match(body)), TextContext.PARAGRAPH)

"""The text of a block around each of its lines, for the claim detector.

A sentence wraps across the lines of a paragraph or list item, and its guards
('only when', 'Target:', a code span) may stand on another line than its claim
word. Each candidate of a block of several lines carries the block's text
before and after it (`Candidate.before` / `after`), bounded so memory stays
small: whole words, about `_AROUND` characters each side, never a piece of a
code span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

from checklint import regexcache

_WHITE = regexcache.compile(r"\s")
_CODE_SPAN = regexcache.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)", re.DOTALL)
_AROUND = 300  # characters kept each side of a line: a sentence, rarely more


class Around:
    """A block's lines, for the text around each of them (`Candidate.before` / `after`)."""

    __slots__ = ("spans", "starts", "text")

    def __init__(self, lines: Sequence[str]) -> None:
        self.text = "\n".join(lines)
        self.starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
        self.spans = [m.span() for m in _CODE_SPAN.finditer(self.text)] if "`" in self.text else []

    def of(self, index: int) -> tuple[str, str]:
        """The text before and after line `index`: whole words, ~_AROUND each side.

        A cut never falls inside a code span (its piece would leave a stray
        backtick to pair with one on the line): the span is dropped instead.
        """
        start, end = self.starts[index], self.starts[index + 1] - 1
        first = max(0, start - 1 - _AROUND)
        if first:
            space = _WHITE.search(self.text, first, start)
            first = self._outside(space.end() if space else start, forward=True)
        last = min(len(self.text), end + 1 + _AROUND)
        if last < len(self.text):
            gap = max(self.text.rfind(" ", end + 1, last), self.text.rfind("\n", end + 1, last))
            last = self._outside(max(gap, end + 1), forward=False)
        before = self.text[first : max(first, start - 1)].strip()
        return before, self.text[end + 1 : max(last, end + 1)].strip()

    def _outside(self, cut: int, *, forward: bool) -> int:
        for span_start, span_end in self.spans:
            if span_start < cut < span_end:
                return span_end if forward else span_start
        return cut

"""Quotation: a claim word that is quoted or shown, not stated.

Markdown puts claim words in quotes and code for two reasons: to show a line
or a word (a quotation, never a claim) and to set off a value (a claim). The
grammar tells them apart by what else the quotes hold:

- a word in quotes of its own ('"READY" is the word we use'), or inside a
  double-quoted stretch of its sentence ('someone writes "Estimated overall:
  10/10 (enterprise-release ready)"');
- one of several backticked words in a list ('Never write `PASS`, `READY`');
- a code span that holds more than the value: the key or subject as well
  (`` `Status: READY` ``, `` `Is the release READY?` ``), a key separator after
  the word (`` `Release-Ready: yes` ``), or a whole statement that is no key's
  value or predicate (`` `10/10 achieved ✅` ``). A value in code stays a claim:
  'Estimated overall: `10/10`', 'status: `READY`', 'Current decision: `GO for
  final publish`'. A code span may run across a wrapped line ('`Target:' /
  '10/10`'): the detector reads the line with its block around it.
"""

from __future__ import annotations

import re

from checklint.claims.context import Context
from checklint.claims.frames import Frame, value_head, words_in
from checklint.lazyre import lazy

_QUOTES = "\"'"
_LIST_GLUE = lazy(r"^(?:\s*(?:,|/|\||\bor\b|\band\b)\s*)+$", re.I)
_KEY_SEPARATOR = lazy(r"∶|:(?=\s|$)|\s[—–-]{1,2}\s")
_VALUE_LEAD = lazy(r"(?:∶|:|[—–-])$")


def quoted(ctx: Context, frame: Frame, start: int, end: int) -> bool:
    """Whether the claim word at [start, end) is quoted or shown rather than stated."""
    return (
        _in_quotes(ctx, frame, start, end)
        or _listed_code(ctx, frame, start)
        or _shown_in_code(ctx, frame, start, end)
    )


def _in_quotes(ctx: Context, frame: Frame, start: int, end: int) -> bool:
    text = ctx.line.text
    before = text[start - 1 : start] if start else ""
    if before and before in _QUOTES and text[end : end + 1] == before:
        return True
    opened = ctx.line.prose.count('"', frame.start, start) % 2 == 1
    return opened and '"' in ctx.line.prose[end : frame.end]


def _listed_code(ctx: Context, frame: Frame, start: int) -> bool:
    """A backticked word that is one of several backticked words in a list is quoted."""
    spans = [s for s in ctx.line.code if frame.start <= s[0] < frame.end]
    own = next((i for i, s in enumerate(spans) if s[0] <= start < s[1]), None)
    if own is None or len(spans) < 2:
        return False
    text = ctx.line.text
    neighbours = []
    if own > 0:
        neighbours.append(text[spans[own - 1][1] + 1 : spans[own][0] - 1])
    if own + 1 < len(spans):
        neighbours.append(text[spans[own][1] + 1 : spans[own + 1][0] - 1])
    return any(_LIST_GLUE().match(glue) for glue in neighbours)


def _shown_in_code(ctx: Context, frame: Frame, start: int, end: int) -> bool:
    """A code span holding the claim word with its key, subject or sentence is a quotation."""
    span = next(((a, b) for a, b in ctx.line.code if a <= start < b), None)
    if span is None:
        return False
    first, last = span
    text = ctx.line.text
    if value_head(ctx.line, first) < start or _KEY_SEPARATOR().search(text, end, last):
        return True  # '`## Status: READY`', '`Release-Ready: yes`'
    return len(words_in(text[first:last])) > 1 and not _is_value(ctx, frame, first)


def _is_value(ctx: Context, frame: Frame, first: int) -> bool:
    """Whether a code span starting at `first` is what something is said to be: the value
    of a key or a table cell, or a predicate ('The release is `READY TO SHIP`')."""
    lead = ctx.line.prose[frame.start : first].rstrip(" `*_")
    if frame.subject_cell is not None and not words_in(lead):
        return True
    return _VALUE_LEAD().search(lead) is not None or ctx.grammar.copula.search(lead) is not None

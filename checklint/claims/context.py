"""What every reader of the grammar is handed: the folded line and its surroundings.

A line is read inside the text of its block around it (`Candidate.before` and
`after`: the rest of a wrapped sentence), so guards see the whole sentence:
'… 10.0 appears only when' / 'nothing is open.' is a condition on both lines.
Every offset is one into that text; `span` says where the candidate's own line
lies in it, and a claim belongs to the line its anchor word stands on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import NamedTuple

from checklint.claims.fold import Folded, fold_chars, fold_line, lowered
from checklint.claims.grammar import Grammar
from checklint.claims.model import Scope
from checklint.lazyre import lazy
from checklint.models import Candidate, TextContext

Trigger = Callable[[Folded, int, int], bool]  # whether line.text[start:end] is worth reading
_CONVENTIONAL_PREFIX = lazy(r"[ ]*[a-z]+(?:\([^)]*\))?!?:[ ]+(?=\S)")
_OPEN_BOXES = frozenset(("[ ]", "☐"))


class Context(NamedTuple):
    candidate: Candidate
    line: Folded
    grammar: Grammar
    dimensions: Mapping[str, str]
    heading: str  # the nearest heading, folded
    lead_in: str  # the list's lead-in, folded ('' unless it ends with ':')
    source: str  # the text read, as written: the line with its block's text around it
    span: tuple[int, int]  # where the candidate's own line lies in `source`

    def owns(self, found: Found) -> bool:
        """Whether a claim found in the text read stands on the candidate's own line."""
        return self.span[0] <= found.at < self.span[1]

    @property
    def in_heading(self) -> bool:
        return self.candidate.context is TextContext.HEADING or self.line.heading

    @property
    def commit(self) -> bool:
        return self.candidate.context is TextContext.COMMIT_MESSAGE

    @property
    def table(self) -> bool:
        return self.candidate.context is TextContext.TABLE_ROW or (
            self.candidate.context is not TextContext.HEADING
            and self.line.text[self.line.body : self.line.body + 1] == "|"
        )


class Found(NamedTuple):
    """A claim or declared score the readers found, in folded-line offsets."""

    start: int
    end: int
    scope: Scope
    subject: str
    dimension: str | None = None
    anchor: int | None = None  # the word that makes the claim, when it is not at `start`
    phrase: str = ""  # what is claimed, when the words at [start, end) do not say it

    @property
    def at(self) -> int:
        """The offset of the claim word: its line is the claim's line."""
        return self.start if self.anchor is None else self.anchor


def make_context(
    candidate: Candidate,
    grammar: Grammar,
    dimensions: Mapping[str, str],
    trigger: Trigger | None,
) -> Context | None:
    """The reading context of a candidate, or None when its line can never claim.

    `trigger` is the cheap test for anything worth reading (a claim word, a score);
    None reads every line (a table row under a 'Score' column holds bare numbers).
    """
    source, span = _with_block(candidate)
    line = fold_line(source)
    if line.box in _OPEN_BOXES:
        return None  # an unchecked task item never claims, whatever the parser called it
    if trigger and not trigger(line, max(line.body, span[0]), span[1]):
        return None
    if candidate.context is TextContext.COMMIT_MESSAGE:
        prefix = _CONVENTIONAL_PREFIX().match(line.text, line.body)
        if prefix:  # 'docs(release): mark 10/10' reads from 'mark'
            line = _skip(line, prefix.end())
    heading, lead_in = _surroundings(candidate.heading, candidate.lead_in)
    return Context(
        candidate=candidate,
        line=line,
        grammar=grammar,
        dimensions=dimensions,
        heading=heading,
        lead_in=lead_in,
        source=source,
        span=span,
    )


@lru_cache(maxsize=1024)
def _surroundings(heading: str, lead_in: str) -> tuple[str, str]:
    """The folded heading and lead-in ('' unless it ends with ':'), cached: a list's items
    share them."""
    lead = fold_chars(lead_in).strip().rstrip("*_` ")
    return fold_chars(heading), lead if lead.endswith(":") else ""


def _with_block(candidate: Candidate) -> tuple[str, tuple[int, int]]:
    """The candidate's line inside its block's text, and where the line lies in it."""
    before = candidate.before + "\n" if candidate.before else ""
    after = "\n" + candidate.after if candidate.after else ""
    return before + candidate.text + after, (len(before), len(before) + len(candidate.text))


def _skip(line: Folded, body: int) -> Folded:
    blank = " " * (body - line.body)
    text = line.text[: line.body] + blank + line.text[body:]
    prose = line.prose[: line.body] + blank + line.prose[body:]
    return Folded(text, prose, body, line.box, line.heading, line.code, line.breaks, lowered(text))

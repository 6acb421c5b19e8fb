"""What every reader of the grammar is handed: the folded line and its surroundings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from checklint.claims.fold import Folded, fold_chars, fold_line
from checklint.claims.grammar import Grammar
from checklint.claims.model import Scope
from checklint.models import Candidate, TextContext

_CONVENTIONAL_PREFIX = re.compile(r"[ ]*[a-z]+(?:\([^)]*\))?!?:[ ]+(?=\S)")
_OPEN_BOXES = frozenset(("[ ]", "☐"))


@dataclass(frozen=True, slots=True)
class Context:
    candidate: Candidate
    line: Folded
    grammar: Grammar
    dimensions: Mapping[str, str]
    heading: str  # the nearest heading, folded
    lead_in: str  # the list's lead-in, folded ('' unless it ends with ':')

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


@dataclass(frozen=True, slots=True)
class Found:
    """A claim or declared score the readers found, in folded-line offsets."""

    start: int
    end: int
    scope: Scope
    subject: str
    dimension: str | None = None


def make_context(
    candidate: Candidate,
    grammar: Grammar,
    dimensions: Mapping[str, str],
    trigger: re.Pattern[str] | None,
) -> Context | None:
    """The reading context of a candidate, or None when its line can never claim.

    `trigger` is the cheap test for anything worth reading (a claim word, a score);
    None reads every line (a table row under a 'Score' column holds bare numbers).
    """
    line = fold_line(candidate.text)
    if line.box in _OPEN_BOXES or (trigger and not trigger.search(line.text, line.body)):
        return None  # an unchecked task item never claims, whatever the parser called it
    if candidate.context is TextContext.COMMIT_MESSAGE:
        prefix = _CONVENTIONAL_PREFIX.match(line.text, line.body)
        if prefix:  # 'docs(release): mark 10/10' reads from 'mark'
            line = _skip(line, prefix.end())
    lead = fold_chars(candidate.lead_in).strip().rstrip("*_` ")
    return Context(
        candidate=candidate,
        line=line,
        grammar=grammar,
        dimensions=dimensions,
        heading=fold_chars(candidate.heading),
        lead_in=lead if lead.endswith(":") else "",
    )


def _skip(line: Folded, body: int) -> Folded:
    blank = " " * (body - line.body)
    text = line.text[: line.body] + blank + line.text[body:]
    prose = line.prose[: line.body] + blank + line.prose[body:]
    return Folded(text, prose, body, line.box, line.heading, line.code)

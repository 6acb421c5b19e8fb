"""Full marks (10/10, 100/100, 100%) that claim, and the declared scores below them.

A `10/10` is a claim when its subject is the release or a dimension (see
`checklint.claims.place`) and nothing cancels it (`checklint.claims.guards`).
Beyond the guards every claim word shares, a score is not a claim when:

- it counts something: a word follows it that a score is not followed by
  ('10/10 tests', '10/10 key pages', '10/10 execution protocol');
- it is one of several scores and a lower one comes first ('9.8/10 | 10/10',
  'from 7.2/10 to 10/10'): a target beside the current value, unless the
  table column says it is the current one;
- it is what something should be raised *to* ('raise the score to 10/10');
- in a heading, it has no key, no verb before it and no 'achieved' after it
  ('# 10/10 Master Checklist', '## Release Gate (10/10 Ready)').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checklint.claims import guards
from checklint.claims.context import Context, Found
from checklint.claims.frames import Frame, in_key_position, words_in
from checklint.claims.model import Scope
from checklint.claims.place import Place, key_cancelled, place, subject
from checklint.claims.subjects import (
    BARE,
    DIMENSION,
    OTHER,
    RELEASE,
    Subject,
    classify,
    heading_subject,
)
from checklint.lazyre import lazy

_SCORE_COLUMN = lazy(r"score|rating|grade|نمره|评分|得分|スコア", re.IGNORECASE)
_BARE_NUMBER = lazy(r"[\s*_`~]*(?P<value>\d{1,2}(?:\.\d+)?)[\s*_`]*")
_NEXT_WORD = lazy(r"[\s*_`\"']*([^\W_][\w'/-]*)?")
_PREPOSITIONS = frozenset(("in", "on", "for", "across", "at", "with", "per"))
_RAISED_TO = lazy(r"(?<![\w-])(?:up\s+)?to\s*$", re.IGNORECASE)
_PAST_BEFORE_TO = lazy(r"(?:\w+ed|went|rose|got|came|up)\s+to\s*$", re.IGNORECASE)
_HEADING_VERB = lazy(r"(?:is|are|was|at|reached|hit|achieved|scored|scores)\s*$", re.I)
_ACHIEVING = lazy(
    r"\b(?:is|are|was|were|has|have|achieved|reached|attained|earned|hit|scored|got)\b", re.I
)
_ACHIEVED = lazy(r"[\s*_`]*(?:achieved|reached|attained|confirmed|done|complete)", re.I)


def score_claims(ctx: Context, frame: Frame) -> Iterator[Found]:
    """Every full mark in the frame that claims the release or a dimension."""
    cell = _score_cell(ctx, frame)
    if cell is not None and float(cell.group("value")) == 10:
        found = _top_score(ctx, frame, cell.start("value"), cell.end("value"), needs_subject=True)
        if found is not None:
            yield found
    for match in ctx.grammar.finditer("top_score", ctx.line, frame.start, frame.end):
        ten = match.group("scale") == "10" or match.group("words") == "10 out of 10"
        found = _top_score(ctx, frame, match.start(), match.end(), needs_subject=not ten)
        if found is not None:
            yield found


def declared_scores(ctx: Context, frame: Frame) -> Iterator[tuple[Found, float]]:
    """Every score out of 10 the frame declares for the overall score or a dimension."""
    cell = _score_cell(ctx, frame)
    matches = [cell] if cell is not None else []
    matches.extend(ctx.grammar.score.finditer(ctx.line.text, frame.start, frame.end))
    for match in matches:
        value = float(match.group("value"))
        start, end = match.span() if match is not cell else match.span("value")
        if value > 10 or in_key_position(ctx.line, frame, start):
            continue
        where = place(ctx, frame, start)
        if _declared_cancelled(ctx, frame, where, start, end):
            continue
        about = subject(ctx, where)
        if about.kind == OTHER or (ctx.in_heading and not where.key):
            continue
        name = about.name if about.kind == DIMENSION else "overall"
        yield Found(start, end, Scope.RELEASE, name, about.dimension), value


def score_column(header: str) -> bool:
    """Whether a table column holds scores ('Score', 'Rating', 'نمره')."""
    return _SCORE_COLUMN().search(header) is not None


def _score_cell(ctx: Context, frame: Frame) -> re.Match[str] | None:
    """A bare number in a table's score column: '| Overall | 10.0 |' under 'Score'."""
    if frame.subject_cell is None or not score_column(frame.header):
        return None
    return _BARE_NUMBER().fullmatch(ctx.line.text, frame.start, frame.end)


def _top_score(
    ctx: Context, frame: Frame, start: int, end: int, *, needs_subject: bool
) -> Found | None:
    if in_key_position(ctx.line, frame, start):
        return None
    where = place(ctx, frame, start)
    if ctx.in_heading and not _heading_score(ctx, frame, where, start, end):
        return None
    if (
        key_cancelled(ctx, where)
        or _counts_something(ctx, frame, end)
        or _beside_lower_score(ctx, frame, start)
        or _raised_to(ctx, where)
        or guards.cancelled(ctx, frame, start, end, key_start=where.key_start)
    ):
        return None
    about = subject(ctx, where)
    local = where.local
    if (
        about.kind == OTHER
        and _ACHIEVING().search(local)
        and ctx.grammar.slots["release"].search(local)
    ):
        about = Subject(RELEASE, "overall")  # 'The Foo platform has achieved 10/10'
    if needs_subject and about.kind == BARE:  # '100%', '5/5' say nothing without a subject
        if not where.key:
            return None
        heading = heading_subject(ctx.heading, ctx.grammar, ctx.dimensions)
        about = about if heading.kind == RELEASE else heading  # 'Overall: 100%' stays 'overall'
    return _found(about, start, end)


def _found(about: Subject, start: int, end: int) -> Found | None:
    if about.kind == DIMENSION:
        return Found(start, end, Scope.DIMENSION, about.name, about.dimension)
    if about.kind in (RELEASE, BARE):
        return Found(start, end, Scope.RELEASE, about.name or "overall")
    return None


def _declared_cancelled(ctx: Context, frame: Frame, where: Place, start: int, end: int) -> bool:
    prose = ctx.line.prose
    return (
        key_cancelled(ctx, where)
        or _counts_something(ctx, frame, end)
        or "→" in prose[frame.start : start]
        or "->" in prose[frame.start : start]
        or guards.legend(ctx, frame, start, end)
        or guards.negated_before(ctx, frame, [], start)
    )


def _counts_something(ctx: Context, frame: Frame, end: int) -> bool:
    """Whether a word follows the score that a score is not followed by ('10/10 tests')."""
    match = _NEXT_WORD().match(ctx.line.prose, end, frame.end)
    word = match.group(1) if match else None
    if not word:
        return False
    if not ctx.grammar.slots["follower"].fullmatch(word):
        return True
    if word.casefold() not in _PREPOSITIONS or match is None:
        return False
    after = words_in(ctx.line.prose[match.end() : frame.end])[:3]
    return bool(after) and classify(" ".join(after), ctx.grammar, ctx.dimensions).kind == OTHER


def _beside_lower_score(ctx: Context, frame: Frame, start: int) -> bool:
    """A lower score before this one in the sentence or row: this one is the target."""
    origin = frame.subject_cell[1] if frame.subject_cell else frame.start
    for match in ctx.grammar.any_score.finditer(ctx.line.text, origin, start):
        if float(match.group("value")) < float(match.group("scale")):
            return not ctx.grammar.slots["current_column"].search(frame.header)
    return False


def _raised_to(ctx: Context, where: Place) -> bool:
    """'raise the score to 10/10' names a target; 'improved to 10/10' a result."""
    local = where.local
    if not _RAISED_TO().search(local) or _PAST_BEFORE_TO().search(local):
        return False
    return not ctx.commit


def _heading_score(ctx: Context, frame: Frame, where: Place, start: int, end: int) -> bool:
    """A heading claims a score only as a key's value, after a verb or before 'achieved'."""
    before = ctx.line.prose[frame.start : start]
    if before.count("(") > before.count(")"):
        return False  # '## Release Gate (10/10 Ready)' names the gate
    return bool(
        where.key or _HEADING_VERB().search(where.local) or _ACHIEVED().match(ctx.line.text, end)
    )

"""The detector: one candidate line in, at most one claim (or declared score) out."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

from checklint.claims.context import Context, Found, Trigger, make_context
from checklint.claims.frames import Frame, cells, sentences, subject_cell
from checklint.claims.grammar import grammar
from checklint.claims.guards import sentence_cancelled
from checklint.claims.model import Claim, DeclaredScore
from checklint.claims.remaining import remaining_claims
from checklint.claims.scores import declared_scores, score_claims, score_column
from checklint.claims.verdicts import verdict_claims
from checklint.lazyre import lazy
from checklint.models import Candidate, TextContext
from checklint.settings import ClaimVocabulary

_SILENT = frozenset((TextContext.TASK_OPEN, TextContext.TASK_NA, TextContext.TABLE_HEADER))
_LISTED = frozenset((TextContext.LIST_ITEM, TextContext.TASK_DONE, TextContext.TABLE_ROW))
_LEAD_NEGATION = lazy(r"\b(?:not|never|no longer)\b", re.IGNORECASE)
_PHRASE_MARKUP = lazy(r"[*`]+|(?<!\w)_+|_+(?!\w)")


def detect(
    candidate: Candidate, dimensions: Mapping[str, str], vocabulary: ClaimVocabulary
) -> Claim | None:
    """The claim the candidate line makes, or None (SPEC §6; grammar in `checklint.claims`)."""
    ctx = _context(candidate, dimensions, vocabulary, declared=False)
    if ctx is None:
        return None
    for frame in _frames(ctx):
        first = _first_claim(ctx, frame)
        # The guards read the whole sentence: asked only of the few sentences with a claim.
        if first is not None and not sentence_cancelled(ctx, frame):
            return _claim(ctx, first)
    return None


def _first_claim(ctx: Context, frame: Frame) -> Found | None:
    """The frame's first claim standing on the candidate's line, sentence guards aside."""
    found = [*score_claims(ctx, frame), *verdict_claims(ctx, frame)]
    return min(_own(ctx, [*found, *remaining_claims(ctx, frame)]), key=_start, default=None)


def _own(ctx: Context, found: list[Found]) -> Iterator[Found]:
    """The claims standing on the candidate's line, but not those inside a claim of another
    line: 'All release gates' / 'are green.' is one claim, reported on its first line."""
    elsewhere = [f for f in found if not ctx.owns(f)]
    for claim in found:
        if ctx.owns(claim) and not any(o.start <= claim.start < o.end for o in elsewhere):
            yield claim


def declared_score(
    candidate: Candidate, dimensions: Mapping[str, str], vocabulary: ClaimVocabulary
) -> DeclaredScore | None:
    """The score out of 10 the line declares for the overall score or a dimension, or None."""
    if not _may_declare(candidate):
        return None
    ctx = _context(candidate, dimensions, vocabulary, declared=True)
    if ctx is None:
        return None
    for frame in _frames(ctx):
        for found, value in declared_scores(ctx, frame):
            if ctx.owns(found) and not sentence_cancelled(ctx, frame, remarks_from=found.end):
                return DeclaredScore(
                    candidate.path, candidate.line, _column(ctx, found), candidate.text,
                    value, found.subject, found.dimension,
                )  # fmt: skip
    return None


def _may_declare(candidate: Candidate) -> bool:
    """Whether the line may declare a score: every score has its slash ('8.6/10', '８/１０'
    folds to one), save a bare number in a table's score column ('| Overall | 8.6 |')."""
    text = candidate.text
    return "/" in text or "／" in text or _scored_table(candidate.table_header)


def _context(
    candidate: Candidate,
    dimensions: Mapping[str, str],
    vocabulary: ClaimVocabulary,
    *,
    declared: bool,
) -> Context | None:
    if candidate.context in _SILENT:
        return None
    rules = grammar(vocabulary)
    trigger: Trigger | None = rules.declares_score if declared else rules.triggered
    if _scored_table(candidate.table_header):
        trigger = None  # '| Overall | 10.0 |' under 'Score' has no claim word of its own
    ctx = make_context(candidate, rules, dimensions, trigger)
    if ctx is None:
        return None
    if ctx.candidate.context in _LISTED and _rules_around(vocabulary, ctx.heading, ctx.lead_in):
        return None
    return ctx


@lru_cache(maxsize=256)
def _scored_table(header: tuple[str, ...]) -> bool:
    """Whether a table has a score column (cached: every row of a table asks)."""
    return any(score_column(cell) for cell in header)


@lru_cache(maxsize=1024)
def _rules_around(vocabulary: ClaimVocabulary, heading: str, lead: str) -> bool:
    """Whether a list under 'Workers must not:' or '## Exit Criteria' holds rules, not claims
    (cached: the items of a list share their heading and lead-in)."""
    slots = grammar(vocabulary).slots
    if slots["definition_heading"].search(heading):
        return True
    return bool(lead) and (
        _LEAD_NEGATION().search(lead) is not None
        or any(
            slots[name].search(lead)
            for name in ("prohibition", "condition", "target", "definition_key", "option_lead")
        )
    )


def _frames(ctx: Context) -> Iterator[Frame]:
    line = ctx.line
    if not ctx.table:
        low, high = ctx.span
        for frame in sentences(line, line.body, len(line.text)):
            if frame.end > low and frame.start < high:  # the sentences the line is part of
                yield frame
        return
    spans = cells(line)
    subject = subject_cell(line, spans)
    header = ctx.candidate.table_header
    for index, (start, end) in enumerate(spans):
        if subject is not None and index <= subject:
            continue
        column = header[index] if index < len(header) else ""
        if _column_cancels(ctx, column):
            continue
        for frame in sentences(line, start, end):
            yield Frame(
                frame.start, frame.end, frame.question,
                spans[subject] if subject is not None else None, column,
            )  # fmt: skip


def _column_cancels(ctx: Context, column: str) -> bool:
    """A 'Target' or 'Required' column holds what should be, not what is."""
    slots = ctx.grammar.slots
    return any(slots[name].search(column) for name in ("target", "condition", "definition_key"))


def _claim(ctx: Context, found: Found) -> Claim:
    candidate = ctx.candidate
    phrase = found.phrase or _PHRASE_MARKUP().sub("", ctx.source[found.start : found.end]).strip()
    return Claim(
        candidate.path, candidate.line, _column(ctx, found), candidate.text,
        found.scope, found.subject, found.dimension, " ".join(phrase.split()),
    )  # fmt: skip


def _column(ctx: Context, found: Found) -> int:
    """The claim's 1-based column on its line: where it starts, or its word when before."""
    start = found.start if found.start >= ctx.span[0] else found.at
    return ctx.candidate.column + start - ctx.span[0]


def _start(found: Found) -> int:
    return found.start

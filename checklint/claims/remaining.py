"""Assertions that nothing remains: 'Remaining blockers: none', 'All checklist items are closed'.

- a statement: 'No open blocking item remains', 'zero open items', 'no blockers',
  'nothing left to do' (the noun is a blocker, or an item/task/issue/gap/work
  qualified as open, remaining, outstanding, pending, unresolved, blocking, left);
- a key naming what remains ('Remaining blockers', 'Open items', 'Blockers')
  whose value is none, nothing, 0 or a configured none word;
- a list item or paragraph that is only 'none' under a heading or lead-in
  naming what remains ('## Remaining Blockers' / '- none.'), its phrase
  saying what is claimed ('Remaining Blockers: none');
- the whole as done: 'All checklist items are closed', 'all gates pass',
  'Quality and governance gates are green', 'passed all release gates';
- a configured none phrase of two or more words anywhere ('无阻塞').

Each is about the release unless its subject says otherwise: 'Section E has no
open item' is a gate item about one section (CL201 judges it), not a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from checklint.claims import guards
from checklint.claims.context import Context, Found
from checklint.claims.frames import Frame, in_key_position, separators, value_head, words_in
from checklint.claims.model import Scope
from checklint.claims.place import Place, key_cancelled, place
from checklint.claims.subjects import DIMENSION, OTHER, classify
from checklint.lazyre import lazy
from checklint.models import TextContext

_FILLER = lazy(r"\b(?:there|are|is|was|were|has|have|had|with|now|currently)\b", re.I)
_BARE_NONE = lazy(r"[\s\W]*(?P<word>[^\W_][\w\s/-]*?)[\s.!\W]*", re.UNICODE)
_WORK_NOUNS = lazy(
    r"\b(?:items?|tasks?|issues?|work|gaps?|todos?|blockers?|things|questions|risks?)\b", re.I
)
_COUNTED = lazy(r"\d+\s*(?:of|/|out\s+of)\s*\d+|\d+\s+(?:[\w-]+\s+)?$")
_TITLE_MARKUP = lazy(r"[*_`~#]+")
_TITLE_LABEL = lazy(r"^(?:[a-z]|\d+|[ivx]+)[.)]\s+", re.IGNORECASE)
_ALONE_CONTEXTS = frozenset((TextContext.LIST_ITEM, TextContext.PARAGRAPH, TextContext.TASK_DONE))


def remaining_claims(ctx: Context, frame: Frame) -> Iterator[Found]:
    if ctx.grammar.may_match("statements", ctx.line, frame.start, frame.end):
        yield from _statements(ctx, frame)
    yield from _none_values(ctx, frame)
    alone = _alone(ctx, frame)
    if alone is not None:
        yield alone


def _statements(ctx: Context, frame: Frame) -> Iterator[Found]:
    """'No open blocking item remains', 'All checklist items are closed' (`STATEMENT_SHAPES`)."""
    g, line = ctx.grammar, ctx.line
    for match in g.finditer("none_statement", line, frame.start, frame.end):
        qualifiers = match.group("mods") + (match.group("tail") or "")
        if match.group("noun").casefold().startswith("blocker") or g.slots["remaining_key"].search(
            qualifiers
        ):
            yield from _statement(ctx, frame, match.start(), match.end(), whole=False)
    for shape in ("nothing_left", "all_done", "passes_all"):
        for match in g.finditer(shape, line, frame.start, frame.end):
            yield from _statement(ctx, frame, match.start(), match.end(), whole=False)
    wholes = ("gates_green", "configured_none") if g.configured_none else ("gates_green",)
    for shape in wholes:  # the phrase names the whole itself
        for match in g.finditer(shape, line, frame.start, frame.end):
            yield from _statement(ctx, frame, match.start(), match.end(), whole=True)


def _statement(ctx: Context, frame: Frame, start: int, end: int, *, whole: bool) -> Iterator[Found]:
    """A 'nothing remains' statement at [start, end), unless its subject is something else."""
    if ctx.in_heading or in_key_position(ctx.line, frame, start):
        return
    where = place(ctx, frame, start)
    if key_cancelled(ctx, where) or guards.cancelled(
        ctx, frame, start, end, key_start=where.key_start
    ):
        return
    if whole and _COUNTED().search(where.local):
        return  # '5 of 6 gates green' counts gates, it does not close them
    said_of = where.key if where.key and where.at_head else _FILLER().sub(" ", where.local)
    if whole and not (where.key and where.at_head):
        said_of = ""  # 'Quality and governance gates are green': the gates are the release's
    about = classify(said_of, ctx.grammar, ctx.dimensions) if words_in(said_of) else None
    if about is not None and about.kind == OTHER:
        return
    if about is not None and about.kind == DIMENSION:
        yield Found(start, end, Scope.DIMENSION, about.name, about.dimension)
    else:
        yield Found(start, end, Scope.RELEASE, "release")


def _none_values(ctx: Context, frame: Frame) -> Iterator[Found]:
    """'Remaining blockers: none', '| Open blockers | 0 |'."""
    slots = ctx.grammar.slots
    for key_start, key_end, value_start in _pairs(ctx, frame):
        key = ctx.line.text[key_start:key_end]
        if not slots["remaining_key"].search(key) or len(words_in(key)) > 8:
            continue
        head = value_head(ctx.line, value_start)
        none = slots["none_value"].match(ctx.line.text, head)
        if none is None or guards.key_cancelled(ctx, _without_negations(ctx, key)):
            continue
        where = Place(key, key_start, True, "")
        if not guards.cancelled(ctx, frame, head, none.end(), key_start=key_start):
            start = key_start if frame.subject_cell is None else head
            found = _about_key(ctx, where, start, none.end(), head)
            if found is not None:
                yield found


def _pairs(ctx: Context, frame: Frame) -> list[tuple[int, int, int]]:
    """Every (key start, key end, value start) of the frame, a table row's subject first."""
    pairs = [(*frame.subject_cell, frame.start)] if frame.subject_cell is not None else []
    key_start = frame.start
    for sep in separators(ctx.line, frame):
        if sep.kind == "colon":
            pairs.append((key_start, sep.start, sep.end))
        if sep.kind in ("colon", "dash", "arrow"):
            key_start = sep.end
    return pairs


def _alone(ctx: Context, frame: Frame) -> Found | None:
    """'- none.' under '## Remaining Blockers' (or a lead-in 'Open items:')."""
    if ctx.candidate.context not in _ALONE_CONTEXTS or frame.start > ctx.line.body + 1:
        return None
    named_by = _naming_remaining(ctx.grammar.slots["remaining_key"], ctx.lead_in, ctx.heading)
    if named_by is None:
        return None  # asked first: it is cached, and few lists stand under such a heading
    bare = _BARE_NONE().fullmatch(ctx.line.prose, ctx.line.body)
    if bare is None or not ctx.grammar.slots["none_value"].fullmatch(bare.group("word")):
        return None
    title = _TITLE_LABEL().sub("", _TITLE_MARKUP().sub(" ", named_by).strip(" :"))
    phrase = f"{title}: {bare.group('word')}"
    return Found(bare.start("word"), bare.end("word"), Scope.RELEASE, "release", phrase=phrase)


@lru_cache(maxsize=1024)
def _naming_remaining(remaining: re.Pattern[str], lead_in: str, heading: str) -> str | None:
    """The lead-in, else the heading, when it names what remains ('Open items:'), or None."""
    named_by = lead_in if remaining.search(lead_in) else heading
    return named_by if remaining.search(named_by) else None


def _about_key(ctx: Context, where: Place, start: int, end: int, anchor: int) -> Found | None:
    """'Remaining blockers: none' from the key on; its line is the line of the 'none'."""
    about = classify(_without_negations(ctx, where.key), ctx.grammar, ctx.dimensions)
    if about.kind == OTHER:
        return None  # 'Section E open items: 0' is one section's (CL201)
    if about.kind == DIMENSION:
        return Found(start, end, Scope.DIMENSION, about.name, about.dimension, anchor)
    return Found(start, end, Scope.RELEASE, "release", anchor=anchor)


def _without_negations(ctx: Context, key: str) -> str:
    """A remaining-work key is negative by nature ('Pending', 'Blocking'): read it without."""
    return _WORK_NOUNS().sub(" ", ctx.grammar.slots["remaining_key"].sub(" ", key))

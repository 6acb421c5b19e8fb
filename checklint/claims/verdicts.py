"""Readiness verdicts: 'Status: READY', 'Decision: GO', 'Lan is now production-ready!'.

A plain verdict word (READY, ACHIEVED, GO, DONE, COMPLETE(D), PASS, green, and
the configured verdicts) claims only where it stands in for the release:

- as the head of the value of a status key ('Status', 'Release readiness',
  'Current deploy gate result', 'Decision', 'Classification', a configured
  subject) or of a table row whose subject cell is the release; a bare key
  ('Status:') is the status of what its heading names: a dimension, the
  release, or a unit of work ('## Phase A — Foundation', never a claim); a
  check verdict (PASS, green) under a bare key needs a release heading;
- as the predicate of the release ('The release is READY', 'Everything is done');
- at the head of a sentence with no subject ('READY for deployment.', 'GO ✅');
  in a list item only under a status lead-in ('Decision:');
- a configured verdict after a release subject in the same sentence (languages
  without a copula: '发布就绪' in a paragraph).

Compound readiness ('production-ready', 'release ready') and 'ready for
production' / 'ready to deploy' claim for any subject, with the same guards.
In a heading, every verdict needs a key or a copula: '## Ready' and
'## 🎉 发布就绪' name a column or a section, they do not claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checklint.claims import guards, words
from checklint.claims.context import Context, Found
from checklint.claims.frames import Frame, in_key_position, separators, value_head, words_in
from checklint.claims.model import Scope
from checklint.claims.place import Place, key_cancelled, place
from checklint.claims.standalone import OUTSIDE_PARENS, stands_alone
from checklint.claims.subjects import (
    BARE,
    DIMENSION,
    OTHER,
    WORK,
    Subject,
    classify,
    heading_subject,
    release_heading,
)
from checklint.lazyre import lazy

COMPOUND, READY_FOR, PLAIN, GLYPH = "compound", "ready_for", "plain", "glyph"
_DATE = lazy(r"\d{4}-\d{2}-\d{2}")
_GLYPH = lazy(r"✅|✔️?|☑️?")
_CROSS = lazy(r"❌|✖|✗")
_READY_FOR_ELSE = lazy(r"\s+(?:for|to)\s+\S", re.IGNORECASE)
_ATTRIBUTIVE = lazy(
    r"[ *_`]+(?!(?:and|or|with|for|in|as|since|now|today|across|on|at|by|from|to|but|yet|"
    r"though|while|after)\b)([^\W\d_][\w-]*(?:[ ]+[^\W\d_][\w-]*){0,2})",
    re.IGNORECASE,
)
_COUNTED = lazy(r"(?:\d|%|\])\s*$")


def verdict_claims(ctx: Context, frame: Frame) -> Iterator[Found]:
    g, line = ctx.grammar, ctx.line
    taken: list[tuple[int, int]] = []
    readers = (
        (g.finditer("compound", line, frame.start, frame.end), COMPOUND),
        (g.finditer("ready_for", line, frame.start, frame.end), READY_FOR),
        (g.finditer("verdict", line, frame.start, frame.end), PLAIN),
        (_GLYPH().finditer(line.text, frame.start, frame.end), GLYPH),
    )
    for matches, kind in readers:
        for match in matches:
            start, end = match.start(), match.end()
            if any(a <= start < b for a, b in taken):
                continue
            taken.append((start, end))
            found = _verdict(ctx, frame, start, end, kind)
            if found is not None:
                yield found


def _verdict(ctx: Context, frame: Frame, start: int, end: int, kind: str) -> Found | None:
    if kind == GLYPH and not _keyed(ctx, frame, start):
        return None  # a glyph claims only as a key's value (below): spare the search for one
    word = ctx.line.text[start:end].casefold()
    if in_key_position(ctx.line, frame, start):
        return _key_says_yes(ctx, frame, start, end) if "ready" in word else None
    if kind == PLAIN and word == "ready" and _READY_FOR_ELSE().match(ctx.line.prose, end):
        return None  # 'Ready for review', 'READY FOR GO DECISION': ready for another step
    if kind == COMPOUND and (
        _COUNTED().search(ctx.line.prose, frame.start, start) or _describes_other(ctx, end)
    ):
        return None  # '9 production-ready plugins', 'a production-ready Dockerfile'
    where = place(ctx, frame, start)
    if kind == GLYPH:
        if not where.key or where.local.strip() or _says_more(ctx, frame, end):
            return None  # '✅' alone as a value: 'Release readiness: ✅'; '✅ Active' says 'Active'
        where = Place(where.key, where.key_start, True, where.local)
    about = _licence(ctx, frame, where, start, end, kind)
    if about is None or about.kind in (OTHER, WORK):
        return None
    if key_cancelled(ctx, where) or guards.cancelled(
        ctx, frame, start, end, key_start=where.key_start
    ):
        return None
    if about.kind == DIMENSION:
        return Found(start, end, Scope.DIMENSION, about.name, about.dimension)
    name = "readiness" if kind != PLAIN or about.name == "readiness" else "release"
    return Found(start, end, Scope.RELEASE, name)


def _licence(
    ctx: Context, frame: Frame, where: Place, start: int, end: int, kind: str
) -> Subject | None:
    """The subject that makes the verdict a claim, or None when its position licenses none."""
    if where.key and where.at_head:
        return _as_value(ctx, frame, where, ctx.line.text[start:end].casefold(), kind)
    copula = ctx.grammar.copula.search(where.local)
    if copula is not None:
        if kind != PLAIN:
            return Subject(BARE, "readiness")  # 'Lan is now production-ready!'
        said_of = where.local[: copula.start()]
        return classify(said_of, ctx.grammar, ctx.dimensions) if words_in(said_of) else None
    if ctx.in_heading:
        return None
    if kind == COMPOUND:
        return Subject(BARE, "readiness")  # 'PersianToolbox: 51 tools, production-ready'
    if stands_alone(ctx, frame, where, start, end, plain=kind == PLAIN):
        return Subject(BARE, "release")
    return None


def _keyed(ctx: Context, frame: Frame, start: int) -> bool:
    """Whether a key may stand before `start`: a table row's subject, a colon or a dash."""
    if frame.subject_cell is not None:
        return True
    seps = separators(ctx.line, frame)
    return any(sep.kind in ("colon", "dash") and sep.end <= start for sep in seps)


def _says_more(ctx: Context, frame: Frame, end: int) -> bool:
    rest = OUTSIDE_PARENS().sub(" ", ctx.line.prose[end : frame.end])
    return bool(words_in(_DATE().sub(" ", rest)))


def _describes_other(ctx: Context, end: int) -> bool:
    """'production-ready templates' praises templates; 'a production-ready platform' the release."""
    after = _ATTRIBUTIVE().match(ctx.line.prose, end)
    if after is None:
        return False  # predicative: 'is production-ready.', 'production-ready and live'
    slots = ctx.grammar.slots
    nouns = [n for n in words_in(after.group(1)) if not slots["generic"].fullmatch(n)]
    whole = any(
        slots["release"].fullmatch(noun) or noun.casefold() in words.ATTRIBUTIVE_HEADS
        for noun in nouns
    )
    return bool(nouns) and not whole


def _as_value(ctx: Context, frame: Frame, where: Place, word: str, kind: str) -> Subject | None:
    slots = ctx.grammar.slots
    is_status_key = slots["status_key"].search(where.key) or slots["release"].search(where.key)
    if not (kind in (COMPOUND, READY_FOR) or frame.subject_cell is not None or is_status_key):
        return None
    about = classify(where.key, ctx.grammar, ctx.dimensions)
    if kind in (COMPOUND, READY_FOR) and about.kind != DIMENSION:
        return Subject(BARE, "readiness")
    if about.kind != BARE:
        return about
    checked = kind == GLYPH or word in words.CHECK_VERDICTS
    if checked and not release_heading(ctx.heading, ctx.grammar):
        return None  # 'Status: `passed`' under '## Evidence Review' is one check's
    return heading_subject(ctx.heading, ctx.grammar, ctx.dimensions)


def _key_says_yes(ctx: Context, frame: Frame, start: int, end: int) -> Found | None:
    """'Production ready: yes' claims; 'Release-Ready: smoke tests green' defines a term."""
    colon = next(
        (s for s in separators(ctx.line, frame) if s.kind == "colon" and s.start >= end), None
    )
    if colon is None:
        return None
    head = value_head(ctx.line, colon.end)
    said_yes = _GLYPH().search(ctx.line.text, colon.end, head) or ctx.grammar.slots["yes"].match(
        ctx.line.text, head
    )
    if not said_yes or _CROSS().search(ctx.line.text, colon.end, head):
        return None
    if guards.cancelled(ctx, frame, start, end, key_start=frame.start):
        return None
    return Found(start, end, Scope.RELEASE, "readiness")

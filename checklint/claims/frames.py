"""Where a claim word stands: its sentence, its key, its table cell.

A *frame* is a stretch of prose the grammar reads as one: a sentence of a
line, or one value cell of a table row (whose key is the row's subject cell).
Inside a frame, `Key: value` and `Key — value` pairs are found by their
separators; a word before a key's separator is *in key position* (a term
being defined, as in '`Release-Ready`: smoke tests green'), a word at the
head of a value is what the key is said to be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from checklint import regexcache
from checklint.claims.fold import Folded
from checklint.lazyre import lazy

# Every sentence needs these three: compiled on import. The rest serve one branch each.
# A sentence ends at ';' or at a run of '.', '!', '?' not after 'e.g', 'etc', 'No' ...; the
# pattern opens with the class of those marks so that re skips straight to the next one.
_SENTENCE_END = regexcache.compile(
    r"[.!?;](?:(?<=;)|(?<!\be\.g[.!?])(?<!\bi\.e[.!?])(?<!\betc[.!?])(?<!\bvs[.!?])"
    r"(?<!\bNo[.!?])[.!?]*(?=[\s)\]*_\"']*(?:\s|$)))"
)
# Separators are marks or words, never both, so they are found apart: a case-insensitive
# word makes re try every alternative at every position, and few sentences hold one.
_SEPARATOR = regexcache.compile(
    r"(?P<colon>∶|:(?=\s|$|[^\x00-\x7f]))|(?P<dash>\s[—–-]{1,2}\s)|(?P<arrow>→|->|=>)|(?P<comma>,)"
    r"|(?P<paren>[()\[\]])",
    re.IGNORECASE,  # kept: it keeps 'K' (Kelvin) and 'İ' out of [^\x00-\x7f]
)
_BUT = lazy(r"\b(?:but|however|although|though|whereas)\b", re.IGNORECASE)
_BUT_GATE = lazy(r"but|however|though|whereas")  # over `Folded.lower` (`claims.gates`)
_WORD = regexcache.compile(r"[^\W_][\w'/&.-]*")
_RECORD_COLON = lazy(r"∶|:(?=\s|$)")
_CAPITAL = lazy(r"[\s*_>~]*[A-Z]")
_DANGLING = lazy(  # a word no sentence ends with: the next line goes on with it
    r"\b(?:not|no|nor|yet|and|or|but|if|when|until|unless|only|than|to|for|of|the|a|an|is|are"
    r"|be|with|without|before|after|once|never)[\s*_`]*$",
    re.IGNORECASE,
)
_COPULA_WORD = lazy(r"\b(?:is|are|was|were|be|been|being|can|will|must)\b", re.I)
_HEAD_SKIP = lazy(
    r"(?:[\s(\[\"'#]|[^\w\s/(\[])+|\d{4}-\d{2}-\d{2}(?:[ T][\d:]+Z?)?"
    r"|(?:now|currently|officially|finally|fully|still)\b",
    re.IGNORECASE,
)
_ID_CELL = lazy(  # an id, a number or a timestamp names nothing: 'P0-2', '2026-02-12 13:26'
    r"#?\s*(?:\d+[\w.-]*(?:[ T]\d{1,2}:\d{2}(?::\d{2})?\s*(?:Z|UTC)?)?"
    r"|[A-Z]{1,4}[-\d.]*\d[\w.-]*)?",
    re.IGNORECASE,
)
_MAX_KEY_WORDS = 8
_KEY_BOUNDARIES = frozenset(("colon", "dash", "arrow"))  # a key may hold '(25%)' or a comma


class Frame(NamedTuple):
    start: int
    end: int
    question: bool  # the sentence ends with '?'
    subject_cell: tuple[int, int] | None = None  # a table row's subject cell
    header: str = ""  # a table cell's column header


class Separator(NamedTuple):
    kind: str  # 'colon', 'dash', 'arrow', 'comma', 'paren', 'but'
    start: int
    end: int


@lru_cache(maxsize=4096)
def sentences(line: Folded, start: int, end: int) -> tuple[Frame, ...]:
    """The sentences of line[start:end], each with whether it asks a question.

    A sentence runs on across a line break ('… appears only when' / 'nothing
    is open.'), unless the break ends a record: the next line opens one
    ('Status: READY' / 'Decision: GO' written as one paragraph), or the line
    is one and the next starts a sentence ('Status: READY' / 'Deploy starts
    Monday.').
    """
    ends = [(m.end(), "?" in m.group()) for m in _SENTENCE_END.finditer(line.prose, start, end)]
    ends += [(at, False) for at in line.breaks if start < at < end and _ends_record(line, at)]
    frames: list[Frame] = []
    cursor = start
    for stop, question in sorted(ends):
        if stop > cursor:
            frames.append(Frame(cursor, stop, question))
            cursor = stop
    if line.prose[cursor:end].strip():
        frames.append(Frame(cursor, end, False))
    return tuple(frames)


def _ends_record(line: Folded, at: int) -> bool:
    """Whether the line break at `at` ends a record line (see `sentences`)."""
    stop = next((b for b in line.breaks if b > at), len(line.prose))
    if _record(line, at + 1, stop) is not None:
        return True
    begin = max([line.body, *(b + 1 for b in line.breaks if b < at)])
    value = _record(line, begin, at)
    if (
        value is None
        or not words_in(line.prose[value:at])
        or _DANGLING().search(line.prose, begin, at)
    ):
        return False  # 'Status: NOT' / 'READY' reads on
    return _CAPITAL().match(line.prose, at + 1, stop) is not None


def _record(line: Folded, start: int, stop: int) -> int | None:
    """Where the value starts when line[start:stop] opens with a key ('Decision: GO')."""
    colon = _RECORD_COLON().search(line.prose, start, stop)
    if colon is None or not _is_key(line.text[start : colon.start()], "colon"):
        return None
    return colon.end()


def cells(line: Folded) -> list[tuple[int, int]]:
    """The cells of a table row as (start, end), outer pipes dropped."""
    bounds = [i for i, ch in enumerate(line.prose) if ch == "|" and line.prose[i - 1 : i] != "\\"]
    spans = [(a + 1, b) for a, b in pairwise(bounds)]
    head = line.prose[: bounds[0]].strip() if bounds else line.prose.strip()
    if bounds and head:
        spans.insert(0, (0, bounds[0]))
    tail_start = bounds[-1] + 1 if bounds else 0
    if line.prose[tail_start:].strip():
        spans.append((tail_start, len(line.prose)))
    return spans


def subject_cell(line: Folded, spans: Sequence[tuple[int, int]]) -> int | None:
    """The index of a row's first cell that names something (not an id, not a glyph)."""
    for index, (start, end) in enumerate(spans):
        value = line.text[start:end].strip()
        if _WORD.search(value) and not _ID_CELL().fullmatch(value):
            return index
    return None


@lru_cache(maxsize=4096)
def separators(line: Folded, frame: Frame) -> tuple[Separator, ...]:
    """The separators of a frame, in order (cached: every claim word of the frame asks)."""
    prose, start, end = line.prose, frame.start, frame.end
    marks = _SEPARATOR.finditer(prose, start, end)
    found = [Separator(m.lastgroup or "", *m.span()) for m in marks]
    if line.lower and not _BUT_GATE().search(line.lower, start, end):
        return tuple(found)
    found += (Separator("but", *m.span()) for m in _BUT().finditer(prose, start, end))
    return tuple(sorted(found, key=_start))


def _start(separator: Separator) -> int:
    return separator.start


def key_before(line: Folded, frame: Frame, at: int) -> tuple[int, int, int] | None:
    """The (key start, key end, value start) of the pair whose value holds offset `at`."""
    seps = [s for s in separators(line, frame) if s.end <= at]
    for kind in ("colon", "dash"):
        pair = next((s for s in reversed(seps) if s.kind == kind), None)
        if pair is None:
            continue
        bounds = [s.end for s in seps if s.end <= pair.start and s.kind in _KEY_BOUNDARIES]
        key_start = max(bounds, default=frame.start)
        if _is_key(line.text[key_start : pair.start], kind):
            return key_start, pair.start, pair.end
        if kind == "colon":
            return None
    return None


def in_key_position(line: Folded, frame: Frame, at: int) -> bool:
    """Whether offset `at` lies in the key of a `Key: value` pair with a value.

    A word that already is a value ('Status: READY, Decision: GO') is not in a key.
    """
    pair = key_before(line, frame, at)
    if pair is not None and line.text[pair[2] - 1 : pair[2]] in ":∶":
        return False
    seps = separators(line, frame)
    for sep in seps:
        if sep.kind != "colon" or sep.start < at:
            continue
        bounds = [s.end for s in seps if s.end <= sep.start and s.kind in _KEY_BOUNDARIES]
        key_start = max(bounds, default=frame.start)
        value = line.text[sep.end : frame.end]
        return (
            key_start <= at
            and bool(_WORD.search(value))
            and _is_key(line.text[key_start : sep.start], "colon")
        )
    return False


def value_head(line: Folded, start: int) -> int:
    """The offset of the first word of a value starting at `start` (dates, glyphs skipped)."""
    position = start
    while match := _HEAD_SKIP().match(line.text, position):
        if match.end() == position:
            break
        position = match.end()
    return position


def words_in(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_key(text: str, kind: str) -> bool:
    tokens = words_in(text)
    limit = _MAX_KEY_WORDS if kind == "colon" else 6
    return 0 < len(tokens) <= limit and not _COPULA_WORD().search(text)

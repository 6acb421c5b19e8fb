"""Where a claim word stands in its frame: its key, whether it heads the value, its subject.

The subject of a claim word is, in order: the key it is the value of when it
heads that value ('Engineering Quality: `10/10`'), the words before it in its
stretch of the sentence ('The release is 10/10'), the key again when those
words say nothing ('Score: now at 10/10'), or nothing at all (a bare
'10/10 achieved ✅', which is about the release).
"""

from __future__ import annotations

from typing import NamedTuple

from checklint.claims import guards
from checklint.claims.context import Context
from checklint.claims.frames import Frame, key_before, separators, value_head, words_in
from checklint.claims.subjects import BARE, Subject, classify

_LOCAL_BOUNDARIES = frozenset(("colon", "dash", "arrow", "comma", "paren", "but"))


class Place(NamedTuple):
    key: str  # the key's text ('' when the word is not a value)
    key_start: int  # where the key starts, or where the word's stretch starts
    at_head: bool  # the word is the first word of the key's value
    local: str  # the words before the word in its stretch of the sentence


def place(ctx: Context, frame: Frame, start: int) -> Place:
    text = ctx.line.text  # keys and subjects keep their code spans ('`Engineering Quality`')
    seps = [s for s in separators(ctx.line, frame) if s.end <= start]
    local_from = max((s.end for s in seps if s.kind in _LOCAL_BOUNDARIES), default=frame.start)
    local = text[local_from:start]
    if frame.subject_cell is not None:
        cell_start, cell_end = frame.subject_cell
        head = value_head(ctx.line, frame.start) == start
        return Place(text[cell_start:cell_end], frame.start, head, local)
    pair = key_before(ctx.line, frame, start)
    if pair is None:
        return Place("", local_from, False, local)
    key_start, key_end, value_start = pair
    head = value_head(ctx.line, value_start) == start
    return Place(text[key_start:key_end], key_start, head, local)


def key_cancelled(ctx: Context, where: Place) -> bool:
    return bool(where.key) and guards.key_cancelled(ctx, where.key)


def subject(ctx: Context, where: Place) -> Subject:
    """The subject of a word at `where`; see the module docstring."""
    if where.at_head and where.key:
        return classify(where.key, ctx.grammar, ctx.dimensions)
    if words_in(where.local):
        local = classify(where.local, ctx.grammar, ctx.dimensions)
        if local.kind != BARE or not where.key:
            return local
    if where.key:
        return classify(where.key, ctx.grammar, ctx.dimensions)
    return Subject(BARE, "overall")

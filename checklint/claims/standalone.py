"""Verdicts that stand with no key and no copula (the rest of the grammar: `verdicts`).

- at the head of a sentence that says nothing else ('READY for deployment.',
  'GO ✅'); in a list item only under a status lead-in ('Decision:');
- in a commit message, set by the commit ('set release status to READY');
- a configured verdict closing a clause after the release, in a language
  without a copula ('项目已发布就绪。', 'انتشار آماده است.').
"""

from __future__ import annotations

import re

from checklint.claims import words
from checklint.claims.context import Context
from checklint.claims.frames import Frame, value_head, words_in
from checklint.claims.place import Place
from checklint.claims.subjects import names_release
from checklint.lazyre import lazy
from checklint.models import TextContext

OUTSIDE_PARENS = lazy(r"\([^)]*\)|\[[^\]]*\]")
_SET_TO = lazy(r"\b(?:to|as)\s*$", re.IGNORECASE)
_WORD_CHAR = lazy(r"\w")


def stands_alone(
    ctx: Context, frame: Frame, where: Place, start: int, end: int, *, plain: bool
) -> bool:
    """Whether a verdict with no key and no copula is still said of the release.

    `plain`: a plain verdict word (not a compound, not 'ready for …', not a glyph).
    """
    return (
        _heads_sentence(ctx, frame, where, start, end, plain=plain)
        or _set_by_commit(ctx, where)
        or (plain and _configured_after_subject(ctx, where, start, end))
    )


def _heads_sentence(
    ctx: Context, frame: Frame, where: Place, start: int, end: int, *, plain: bool
) -> bool:
    """'READY for deployment.', 'GO ✅': a verdict opening a sentence that says nothing else."""
    word = ctx.line.text[start:end].casefold()
    configured = ctx.grammar.configured_verdict
    if (
        plain
        and word not in words.HEAD_VERDICTS
        and not (configured and configured.fullmatch(word))
    ):
        return False
    if words_in(where.local) or value_head(ctx.line, frame.start) != start:
        return False
    rest = OUTSIDE_PARENS().sub(" ", ctx.line.prose[end : frame.end])
    if plain and words_in(rest):
        return False
    listed = ctx.candidate.context in (TextContext.LIST_ITEM, TextContext.TASK_DONE)
    return not listed or bool(ctx.grammar.slots["status_key"].search(ctx.lead_in))


def _set_by_commit(ctx: Context, where: Place) -> bool:
    """A commit message: 'set release status to READY' is what the commit does."""
    local = where.local
    return ctx.commit and bool(
        _SET_TO().search(local) and ctx.grammar.slots["release"].search(local)
    )


def _configured_after_subject(ctx: Context, where: Place, start: int, end: int) -> bool:
    """'项目发布就绪': a configured verdict closing a clause after the release needs no copula.

    Its subject is the words before it in its stretch, and every one of them
    must name the release: a release or generic word, or a word holding a
    configured subject ('runbook deploy آماده' is the runbook's, 'سرور production
    آماده' the server's: with no copula nothing else marks where the subject
    starts). It must close its clause ('就绪状态' names a status), and in the value
    of a key that is no status key it is the key's ('验收：MVP 已完成').
    """
    configured = ctx.grammar.configured_verdict
    text, slots = ctx.line.text, ctx.grammar.slots
    if configured is None or configured.fullmatch(text, start, end) is None:
        return False
    if _WORD_CHAR().match(text, end) or not slots["release"].search(where.local):
        return False
    if where.key and not slots["status_key"].search(where.key):
        return False
    return names_release(where.local, ctx.grammar)

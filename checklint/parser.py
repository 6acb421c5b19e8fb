"""Markdown to `Document`: one block-level pass over the file.

The block structure and source maps are markdown-it-py's: `checklint.scan`
makes its block tokens without importing it, and files it does not cover (link
reference definitions) go through markdown-it-py itself. Inline parsing is
never done: checklint reads an item's first paragraph and the lines the claim
prefilter picks as raw text, with a few regexes, and inline parsing is most of
markdown-it's cost. The walk over the tokens is in `checklint.walker`; this
module prepares the text, assembles the records and marks decisions.
"""

from __future__ import annotations

import gc
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from checklint import regexcache
from checklint.lookalikes import find_lookalikes
from checklint.models import DecisionRole, Document, Item, Role, Status
from checklint.settings import Settings
from checklint.walker import Walker
from checklint.walker_prose import Prose

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it import MarkdownIt

    from checklint.walker import Token

_FRONT_MATTER_END = regexcache.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_CARDINALITY = regexcache.compile(r"[(（]\s*(\d+)\s*(?:(?:-|–|—|to)\s*(\d+)|(\+))?\s*[)）]")


@lru_cache(maxsize=1)
def block_parser() -> MarkdownIt:
    """CommonMark with GFM tables, block level only."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"maxNesting": 64}).enable("table")
    md.core.ruler.disable(["inline", "text_join"])
    return md


def parse_document(text: str, path: str, role: Role, settings: Settings) -> Document:
    """Parse already-decoded markdown (see `checklint.source.decode_markdown`).

    The cyclic garbage collector is paused meanwhile: a parse makes hundreds of
    thousands of objects and no reference cycles, so its collections (some 15%
    of a large file's parse) would find nothing to free.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(text, path, role, settings)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str, path: str, role: Role, settings: Settings) -> Document:
    from checklint.claims import prefilter  # the claim vocabulary's cheap line filter

    if "\r" in text:  # decode_markdown already did this for files; callers with strings may not
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = blank_front_matter(text)
    prose = Prose(path, text.split("\n"), prefilter(settings.vocabulary))
    walker = Walker(prose, path, role, settings)
    for tokens in token_batches(text):  # tokens freed batch by batch
        walker.walk(tokens)
    items = tuple(walker.items)
    if role is Role.QUEUE:
        items = mark_decisions(items)
    children = children_of(items)
    records = role is not Role.SOURCE
    return Document(
        path=path,
        role=role,
        items=items,
        sections=walker.outline.finished(),
        scoring=tuple(walker.outline.scoring),
        candidates=tuple(prose.candidates),
        directives=tuple(prose.directives),
        lookalikes=find_lookalikes(text, path, walker.hidden) if records else (),
        children=children,
        complete=rolled_up_completeness(items, children),
    )


def token_batches(text: str) -> Iterator[Sequence[Token]]:
    """Block tokens in batches of whole top-level blocks: checklint's scanner's or markdown-it's."""
    from checklint.scan import needs_markdown_it, scan_batches

    if not needs_markdown_it(text):
        return scan_batches(text)
    from checklint.blockstream import block_batches

    return block_batches(block_parser(), text)


def blank_front_matter(text: str) -> str:
    """Front matter replaced by blank lines, so that line numbers stay true."""
    if not text.startswith("---") or text[3:4] not in ("\n", " ", "\t"):
        return text
    end = _FRONT_MATTER_END.search(text, text.find("\n") + 1)
    if end is None:
        return text
    stop = text.find("\n", end.end())
    stop = len(text) if stop == -1 else stop
    return "\n" * text.count("\n", 0, stop) + text[stop:]


def children_of(items: tuple[Item, ...]) -> tuple[tuple[int, ...], ...]:
    children: list[list[int]] = [[] for _ in items]
    for index, item in enumerate(items):
        if item.parent is not None:
            children[item.parent].append(index)
    return tuple(tuple(c) for c in children)


def rolled_up_completeness(
    items: tuple[Item, ...], children: tuple[tuple[int, ...], ...]
) -> tuple[bool, ...]:
    """Done or not applicable, and so is every descendant (a decision's options aside)."""
    complete = [False] * len(items)
    for index in range(len(items) - 1, -1, -1):  # children come after their parents
        item = items[index]
        if item.own_status is Status.OPEN:
            continue
        complete[index] = item.decision is DecisionRole.DECISION or all(
            complete[child] for child in children[index]
        )
    return tuple(complete)


def mark_decisions(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """Queue items ending in ':' whose children are all leaf task items are decisions."""
    children = children_of(items)
    marked = list(items)
    for index, item in enumerate(items):
        kids = children[index]
        if not kids or not item.text.rstrip("*_` ").endswith((":", "：")):
            continue
        if any(children[kid] for kid in kids):
            continue
        low, high = cardinality(item.text, len(kids))
        marked[index] = replace(
            item, decision=DecisionRole.DECISION, choose_min=low, choose_max=high
        )
        for kid in kids:
            marked[kid] = replace(items[kid], decision=DecisionRole.OPTION)
    return tuple(marked)


def cardinality(text: str, options: int) -> tuple[int, int]:
    """'(3-6)' -> (3, 6); '(2+)' -> (2, options); '(2)' -> (2, 2); nothing -> (1, 1)."""
    hints = _CARDINALITY.findall(text)
    if not hints:
        return 1, 1
    low_text, high, plus = hints[-1]  # the hint closest to the colon wins
    low = int(low_text)
    if high:
        return low, int(high)
    if plus:
        return low, max(low, options)
    return low, low

"""Markdown to `Document`: one block-level markdown-it pass over the file.

markdown-it-py gives the block structure and source maps; inline parsing is
switched off because checklint only reads the first line of an item's text
and the lines the claim prefilter picks, and inline parsing is most of
markdown-it's cost. The walk over the tokens is in `checklint.walker`; this
module prepares the text and assembles the records.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from checklint.models import DecisionRole, Document, Item, Role, Status
from checklint.settings import Settings

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_CARDINALITY = re.compile(r"[(（]\s*(\d+)\s*(?:(?:-|–|to)\s*(\d+)|(\+))?\s*[)）]")


@lru_cache(maxsize=1)
def block_parser() -> MarkdownIt:
    """CommonMark with GFM tables, block level only."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"maxNesting": 64}).enable("table")
    md.core.ruler.disable(["inline", "text_join"])
    return md


def parse_document(text: str, path: str, role: Role, settings: Settings) -> Document:
    """Parse already-decoded markdown (see `checklint.source.decode_markdown`)."""
    from checklint.walker import Walker

    text = blank_front_matter(text)
    walker = Walker(text, path, role, settings)
    walker.walk(block_parser().parse(text))
    items = tuple(walker.items)
    if role is Role.QUEUE:
        items = mark_decisions(items)
    children = children_of(items)
    return Document(
        path=path,
        role=role,
        items=items,
        sections=walker.finished_sections(),
        scoring=tuple(walker.scoring),
        candidates=tuple(walker.candidates),
        directives=tuple(walker.directives),
        lookalikes=walker.lookalikes() if role is not Role.SOURCE else (),
        children=children,
        complete=rolled_up_completeness(items, children),
    )


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
    match = None
    for match in _CARDINALITY.finditer(text):
        pass  # the hint closest to the colon wins
    if match is None:
        return 1, 1
    low = int(match.group(1))
    if match.group(2):
        return low, int(match.group(2))
    if match.group(3):
        return low, max(low, options)
    return low, low

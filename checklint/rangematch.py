"""Pairing the records of two versions of a project: which item became which.

An item has no identity of its own in markdown, so two versions are paired by a
ladder of keys, strictest first: the same text in the same section, then the same
text anywhere in the file (moved), then the same table ID, and last, within one
section, the most similar text (reworded, or an answer appended on closing).
Whatever is left unpaired was added or removed. Equal keys pair in document order,
so a duplicated line pairs with its own counterpart.
"""

from __future__ import annotations

import difflib
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Sequence
from typing import Generic, NamedTuple, TypeVar

Record = TypeVar("Record")
Key = Callable[[Record], Hashable | None]  # None: this pass cannot pair the record

SIMILAR_ENOUGH = 0.6  # difflib ratio above which two leftover texts are one reworded item
EXTENDED = 0.9  # the score of a text that another one starts with, whatever their lengths
_MAX_COMPARISONS = 20_000  # per group: beyond it, leftovers stay added/removed (cost bound)


class Pairing(NamedTuple, Generic[Record]):
    pairs: list[tuple[Record, Record]]  # (before, after), in the after version's order
    removed: list[Record]  # only in the before version
    added: list[Record]  # only in the after version


def pair_up(
    before: Sequence[Record],
    after: Sequence[Record],
    keys: Sequence[Key[Record]],
    *,
    group: Key[Record] | None = None,
    text: Callable[[Record], str] | None = None,
) -> Pairing[Record]:
    """Pair `before` with `after` by each key in turn, then by similar `text` within `group`."""
    left = list(range(len(before)))
    right = list(range(len(after)))
    pairs: list[tuple[int, int]] = []
    for key in keys:
        found = _pair_equal(
            left, right, [key(before[i]) for i in left], [key(after[j]) for j in right]
        )
        pairs.extend(found)
        left, right = _without(left, right, found)
    if group is not None and text is not None:
        found = _pair_similar(left, right, before, after, group, text)
        pairs.extend(found)
        left, right = _without(left, right, found)
    pairs.sort(key=lambda pair: pair[1])
    return Pairing(
        [(before[i], after[j]) for i, j in pairs],
        [before[i] for i in left],
        [after[j] for j in right],
    )


def _pair_equal(
    left: list[int],
    right: list[int],
    left_keys: list[Hashable | None],
    right_keys: list[Hashable | None],
) -> list[tuple[int, int]]:
    waiting: defaultdict[Hashable, deque[int]] = defaultdict(deque)
    for i, key in zip(left, left_keys, strict=True):
        if key is not None:
            waiting[key].append(i)
    found: list[tuple[int, int]] = []
    for j, key in zip(right, right_keys, strict=True):
        queue = waiting.get(key) if key is not None else None
        if queue:
            found.append((queue.popleft(), j))
    return found


def _pair_similar(
    left: list[int],
    right: list[int],
    before: Sequence[Record],
    after: Sequence[Record],
    group: Key[Record],
    text: Callable[[Record], str],
) -> list[tuple[int, int]]:
    """Greedy, best ratio first, among leftovers that share a group (a file's section)."""
    groups: defaultdict[Hashable, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in left:
        groups[group(before[i])][0].append(i)
    for j in right:
        groups[group(after[j])][1].append(j)
    found: list[tuple[int, int]] = []
    for olds, news in groups.values():
        if not olds or not news or len(olds) * len(news) > _MAX_COMPARISONS:
            continue
        scored = sorted(
            (-ratio, i, j)
            for i in olds
            for j in news
            if (ratio := _ratio(text(before[i]), text(after[j]))) >= SIMILAR_ENOUGH
        )
        used_old: set[int] = set()
        used_new: set[int] = set()
        for _, i, j in scored:
            if i not in used_old and j not in used_new:
                used_old.add(i)
                used_new.add(j)
                found.append((i, j))
    return found


def _ratio(old: str, new: str) -> float:
    shorter, longer = sorted((old, new), key=len)
    if shorter and longer.startswith(shorter + " "):
        return EXTENDED  # an answer or a note appended: 'Primary CTA:' -> 'Primary CTA: Book'
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR_ENOUGH or matcher.quick_ratio() < SIMILAR_ENOUGH:
        return 0.0
    return matcher.ratio()


def _without(
    left: list[int], right: list[int], found: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    paired_left = {i for i, _ in found}
    paired_right = {j for _, j in found}
    return (
        [i for i in left if i not in paired_left],
        [j for j in right if j not in paired_right],
    )

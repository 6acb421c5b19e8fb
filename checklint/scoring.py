"""Blockers, dimension scores, the overall score and readiness (SPEC §4).

Scores are computed with exact fractions: the overall is shown rounded down to
one decimal, so 10.0 must appear only when nothing is open, and a float sum of
weights (25 + 25 + 20 + 15 + 15) must never turn 10 into 9.999….
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple

from checklint.models import DecisionRole, Document, Item, Role, Section, Status
from checklint.text import normalise_key

if TYPE_CHECKING:
    from checklint.project import Project

TEN = Fraction(10)


# The records are NamedTuples: every check creates the classes on import (a dataclass
# costs five times as much) and builds a blocker per open item; nothing assigns to them.


class Blocker(NamedTuple):
    """An open item that stands between the project and 10/10."""

    path: str
    line: int
    column: int
    text: str
    section: str  # the section's name ('' above the first heading)
    owners: tuple[str, ...]
    document: int  # index into Project.documents
    item: int  # index into Document.items


class Dimension(NamedTuple):
    """A weighted section of a checklist and its computed score."""

    name: str
    key: str
    weight: float  # percent
    exact: Fraction | None  # None when nothing is countable
    done: int
    open: int
    na: int
    path: str
    line: int
    document: int
    section: int  # index into Document.sections

    @property
    def score(self) -> float | None:
        return round_down(self.exact)


class Scorecard(NamedTuple):
    exact: Fraction | None  # None when the checklists hold nothing countable
    ready: bool
    dimensions: tuple[Dimension, ...]
    blockers: tuple[Blocker, ...]  # checklist and queue blockers, in path and line order
    done: int  # over every checklist item
    open: int
    na: int

    @property
    def overall(self) -> float | None:
        """One decimal, rounded down: 10.0 only when nothing is open."""
        return round_down(self.exact)

    @property
    def shown(self) -> str:
        return "–" if self.overall is None else f"{self.overall:.1f}"


def round_down(value: Fraction | None) -> float | None:
    return None if value is None else math.floor(value * 10) / 10


def score_documents(documents: tuple[Document, ...], weights: dict[str, float]) -> Scorecard:
    """The scorecard of the checklists and queues among `documents`."""
    counts = {
        index: _status_counts(document)
        for index, document in enumerate(documents)
        if document.role is Role.CHECKLIST
    }
    dimensions = tuple(_dimensions(documents, weights, counts))
    counted = [d for d in dimensions if d.exact is not None]
    done, open_, na = _tally(pair for each in counts.values() for pair in each.items())
    exact: Fraction | None
    if dimensions:
        total = sum((Fraction(str(d.weight)) for d in counted), Fraction(0))
        exact = (
            (
                sum(
                    (Fraction(str(d.weight)) * d.exact for d in counted if d.exact is not None),
                    Fraction(0),
                )
                / total
            )
            if total
            else None
        )
    else:
        exact = Fraction(10 * done, done + open_) if done + open_ else None
    blockers = tuple(_blockers(documents))
    ready = exact == TEN and not blockers
    return Scorecard(exact, ready, dimensions, blockers, done, open_, na)


def section_items(document: Document, section: int) -> Iterator[Item]:
    """Every item in a section and its subsections, at every nesting level."""
    inside = {section}
    for index in range(section + 1, len(document.sections)):
        if document.sections[index].parent in inside:
            inside.add(index)
    return (item for item in document.items if item.section in inside)


def section_weights(document: Document, weights: dict[str, float]) -> dict[int, float]:
    """Section index -> weight: configuration first, then '(25%)', then the Scoring Model."""
    model = {entry.key: entry.weight for entry in document.scoring}
    configured = {normalise_key(name): weight for name, weight in weights.items()}
    found: dict[int, float] = {}
    for index, section in enumerate(document.sections):
        weight = configured.get(section.key, section.weight)
        if weight is None:
            weight = model.get(section.key)
        if weight is not None and not _is_scoring_model(section):
            found[index] = weight
    return found


def _dimensions(
    documents: tuple[Document, ...],
    weights: dict[str, float],
    counts: dict[int, _Counts],
) -> Iterator[Dimension]:
    for doc_index, document in enumerate(documents):
        if document.role is not Role.CHECKLIST:
            continue
        weighted = section_weights(document, weights)
        # Each item counts once, for its nearest weighted section: sum the per-section counts.
        nearest = {
            section: _nearest_weighted(document, section, weighted)
            for section in {section for section, _ in counts[doc_index]}
        }
        for index, weight in weighted.items():
            section = document.sections[index]
            done, open_, na = _tally(
                (key, number) for key, number in counts[doc_index].items()
                if nearest[key[0]] == index
            )  # fmt: skip
            exact = Fraction(10 * done, done + open_) if done + open_ else None
            yield Dimension(
                section.name,
                section.key,
                weight,
                exact,
                done,
                open_,
                na,
                document.path,
                section.line,
                doc_index,
                index,
            )


def _nearest_weighted(document: Document, section: int | None, weighted: dict[int, float]) -> int:
    # An item in a weighted subsection of a weighted section counts once, for the nearer one.
    while section is not None and section not in weighted:
        section = document.sections[section].parent
    return -1 if section is None else section


# How many items of each status each section holds, options left out (they never count).
_Counts = Counter[tuple[int | None, Status]]


def _status_counts(document: Document) -> _Counts:
    # One pass over the items, however many weighted sections: a 1 MB checklist has 15,000.
    return Counter(
        (item.section, item.own_status)
        for item in document.items
        if item.decision is not DecisionRole.OPTION
    )


def _tally(counts: Iterable[tuple[tuple[int | None, Status], int]]) -> tuple[int, int, int]:
    done = open_ = na = 0
    for (_, status), number in counts:
        if status is Status.DONE:
            done += number
        elif status is Status.NA:
            na += number
        else:
            open_ += number
    return done, open_, na


def _blockers(documents: tuple[Document, ...]) -> Iterator[Blocker]:
    for doc_index, document in enumerate(documents):
        if document.role is Role.SOURCE:
            continue
        for index, item in enumerate(document.items):
            if item.own_status is Status.OPEN and item.decision is not DecisionRole.OPTION:
                yield Blocker(
                    item.path,
                    item.line,
                    item.column,
                    item.text,
                    _section_name(document.sections, item.section),
                    item.owners,
                    doc_index,
                    index,
                )


def _section_name(sections: tuple[Section, ...], index: int | None) -> str:
    return "" if index is None else sections[index].name


def _is_scoring_model(section: Section) -> bool:
    from checklint.sections import is_scoring_model

    return is_scoring_model(section.name)


def score(project: Project) -> Scorecard:
    return score_documents(project.documents, dict(project.settings.weights))

"""The dashboard's facts, computed once and shared by every view (text, markdown, JSON).

Small frozen records: the views only arrange them. Paths are POSIX and relative
to the project root; lines and columns are 1-based, as everywhere in checklint.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

UNASSIGNED = ""  # the owner key of blockers nobody owns


@dataclass(frozen=True, slots=True)
class DimensionLine:
    """One weighted section: its weight and its score (None when nothing is countable)."""

    name: str
    weight: float  # percent
    score: float | None  # one decimal, rounded down
    done: int
    open: int
    na: int
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class BlockerLine:
    """An open item of a checklist or queue, with what an owner needs to act on it."""

    path: str
    line: int
    column: int
    text: str  # the item's text as written
    label: str  # the text without its trailing owner/due tokens, for the views
    section: str
    owners: tuple[str, ...]
    due: date | None
    overdue: bool
    role: str  # 'checklist' or 'queue'
    kind: str  # 'task' or 'row'
    decision: bool  # an open decision of the owner queue


@dataclass(frozen=True, slots=True)
class ClaimLine:
    """A claim found in a claim source, and whether the database backs it."""

    path: str
    line: int
    column: int
    text: str  # the whole line as written
    label: str  # the line without its list bullet, for the views
    scope: str  # 'release' or 'dimension'
    subject: str
    dimension: str | None
    phrase: str
    holds: bool  # no CL101/CL102 finding on its line (suppression comments aside)
    rule: str | None  # the rule that rejects it
    message: str | None
    suppressed: bool = False  # wrong, but a checklint-disable comment keeps it on purpose


@dataclass(frozen=True, slots=True)
class SectionGroup:
    name: str  # '' for items above the first heading
    blockers: tuple[BlockerLine, ...]


@dataclass(frozen=True, slots=True)
class FileGroup:
    path: str
    sections: tuple[SectionGroup, ...]

    @property
    def count(self) -> int:
        return sum(len(section.blockers) for section in self.sections)


@dataclass(frozen=True, slots=True)
class OwnerLoad:
    owner: str  # UNASSIGNED for blockers without an owner
    open: int
    overdue: int


@dataclass(frozen=True, slots=True)
class StatusReport:
    score: float | None  # the overall, one decimal rounded down; None when nothing counts
    shown: str  # the score as displayed ('7.2', or '–')
    ready: bool
    today: date  # what 'overdue' was measured against
    dimensions: tuple[DimensionLine, ...]
    blockers: tuple[BlockerLine, ...]  # in path and line order
    claims: tuple[ClaimLine, ...]  # in source order
    done: int  # over every checklist item
    open: int
    na: int
    files: tuple[str, ...]  # the checklists and queues read

    @property
    def overdue(self) -> int:
        return sum(blocker.overdue for blocker in self.blockers)

    @property
    def wrong_claims(self) -> int:
        """Claims the database contradicts and no comment keeps on purpose."""
        return sum(not claim.holds and not claim.suppressed for claim in self.claims)

    @property
    def claims_summary(self) -> str:
        """'1 of 2 claims wrong', or 'no claims' when the sources make none."""
        if not self.claims:
            return "no claims"
        return f"{self.wrong_claims} of {plural(len(self.claims), 'claim')} wrong"

    def groups(self) -> tuple[FileGroup, ...]:
        """Blockers by file, then by section, each in order of first appearance."""
        by_file: dict[str, dict[str, list[BlockerLine]]] = {}
        for blocker in self.blockers:
            by_file.setdefault(blocker.path, {}).setdefault(blocker.section, []).append(blocker)
        return tuple(
            FileGroup(
                path, tuple(SectionGroup(name, tuple(rows)) for name, rows in sections.items())
            )
            for path, sections in by_file.items()
        )

    def owner_loads(self) -> tuple[OwnerLoad, ...]:
        """Open blockers per owner, busiest first; unassigned ones last."""
        return owner_loads(self.blockers)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def owner_loads(blockers: Iterable[BlockerLine]) -> tuple[OwnerLoad, ...]:
    # '@Alice' and '@alice' are one owner, shown as first written.
    shown: dict[str, str] = {}
    counts: dict[str, list[int]] = {}
    for blocker in blockers:
        for owner in blocker.owners or (UNASSIGNED,):
            key = owner.strip().lstrip("@").casefold()
            shown.setdefault(key, owner)
            tally = counts.setdefault(key, [0, 0])
            tally[0] += 1
            tally[1] += blocker.overdue
    loads = [OwnerLoad(shown[key], open_, overdue) for key, (open_, overdue) in counts.items()]
    loads.sort(key=lambda load: (load.owner == UNASSIGNED, -load.open, load.owner.casefold()))
    return tuple(loads)

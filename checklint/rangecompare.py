"""Comparing two parsed versions of a project: items closed, reopened, added, removed,
and claims made and retracted (SPEC §8).

Items are paired across versions by `checklint.rangematch`; the caller maps files
renamed in between to their new names. The records here are what every output
format shows (`checklint.rangereport`).
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checklint.models import DecisionRole, Item, Role, Status
from checklint.rangematch import pair_up
from checklint.text import normalise_key

if TYPE_CHECKING:
    from checklint.claims import Claim
    from checklint.engine import ProjectFacts
    from checklint.project import Project

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a done date appended on closing is no new text


@dataclass(frozen=True, slots=True)
class ItemChange:
    """An item whose state the range changed; place and text from the version that has it."""

    path: str
    line: int
    text: str
    section: str
    before: Status | None  # None: the item is new in the range
    after: Status | None  # None: the range removed it


@dataclass(frozen=True, slots=True)
class ClaimChange:
    path: str
    line: int
    text: str
    phrase: str
    scope: str  # 'release' or 'dimension'


@dataclass(frozen=True, slots=True)
class Standing:
    """The database at one end of the range."""

    score: float | None
    ready: bool
    blockers: int


@dataclass(frozen=True, slots=True)
class RangeChanges:
    from_ref: str  # as given ('origin/main', a sha, the all-zeros sha for 'nothing')
    to_ref: str
    before: Standing
    after: Standing
    closed: tuple[ItemChange, ...]  # open -> done or not applicable
    reopened: tuple[ItemChange, ...]  # done or not applicable -> open
    added: tuple[ItemChange, ...]
    removed: tuple[ItemChange, ...]
    claimed: tuple[ClaimChange, ...]  # claims the TO tree makes and the FROM tree did not
    retracted: tuple[ClaimChange, ...]

    @property
    def empty(self) -> bool:
        """Whether nothing changed: no item, no claim, no score (weights may change alone)."""
        kinds = (self.closed, self.reopened, self.added, self.removed, self.claimed)
        return not any(kinds) and not self.retracted and self.before == self.after

    def as_json(self) -> dict[str, object]:
        from checklint.rangereport import range_json

        return range_json(self)

    def as_text(self, title: str | None = None) -> str:
        from checklint.rangereport import range_text

        return range_text(self, title)


@dataclass(frozen=True, slots=True)
class _Entry:
    """An item as the pairing sees it: keys in the TO version's file names."""

    path: str  # renamed files under their new name
    section_key: str
    text_key: str
    item_id: str | None
    item: Item
    section: str  # the section's name, for display

    def change(self, before: Status | None, after: Status | None) -> ItemChange:
        item = self.item
        return ItemChange(item.path, item.line, item.text, self.section, before, after)


def compare(
    before: ProjectFacts,
    after: ProjectFacts,
    from_ref: str,
    to_ref: str,
    *,
    renames: dict[str, str] | None = None,
) -> RangeChanges:
    """The changes from one parsed version of a project to another.

    `renames` maps paths of `before` to their names in `after` (files moved in between).
    """
    renamed = renames or {}
    closed, reopened, added, removed = _item_changes(before.project, after.project, renamed)
    claims = pair_up(
        [(_renamed(c.path, renamed), c) for c in before.claims],
        [(c.path, c) for c in after.claims],
        [_claim_text_key, _claim_phrase_key],
    )
    return RangeChanges(
        from_ref,
        to_ref,
        _standing(before),
        _standing(after),
        closed,
        reopened,
        added,
        removed,
        tuple(_claim_change(claim) for _, claim in claims.added),
        tuple(_claim_change(claim) for _, claim in claims.removed),
    )


_Changes = tuple[ItemChange, ...]


def _item_changes(
    before: Project, after: Project, renames: dict[str, str]
) -> tuple[_Changes, _Changes, _Changes, _Changes]:
    """(closed, reopened, added, removed)."""
    items = pair_up(
        _entries(before, renames),
        _entries(after, {}),
        [
            lambda e: (e.path, e.section_key, e.text_key),
            lambda e: (e.path, e.text_key),  # moved to another section
            lambda e: (e.path, e.item_id) if e.item_id else None,  # a table row by its ID
        ],
        group=lambda e: (e.path, e.section_key),  # reworded: similar text, same section
        text=lambda e: e.text_key,
    )
    turned = [
        new.change(old.item.own_status, new.item.own_status)
        for old, new in items.pairs
        if (old.item.own_status is Status.OPEN) != (new.item.own_status is Status.OPEN)
    ]
    return (
        tuple(change for change in turned if change.before is Status.OPEN),
        tuple(change for change in turned if change.after is Status.OPEN),
        tuple(new.change(None, new.item.own_status) for new in items.added),
        tuple(old.change(old.item.own_status, None) for old in items.removed),
    )


def _entries(project: Project, renames: dict[str, str]) -> list[_Entry]:
    """Every item that can block (checklists and queues; decision options aside)."""
    entries: list[_Entry] = []
    for document in project.documents:
        if document.role is Role.SOURCE:
            continue
        for item in document.items:
            if item.decision is DecisionRole.OPTION:
                continue
            section = "" if item.section is None else document.sections[item.section].name
            path = _renamed(item.path, renames)
            key = normalise_key(section)
            entries.append(_Entry(path, key, _text_key(item.text), item.item_id, item, section))
    return entries


def _text_key(text: str) -> str:
    return normalise_key(_ISO_DATE.sub(" ", text))


def _renamed(path: str, renames: dict[str, str]) -> str:
    return renames.get(path, path)


def _claim_text_key(pair: tuple[str, Claim]) -> Hashable:
    return (pair[0], _text_key(pair[1].text))


def _claim_phrase_key(pair: tuple[str, Claim]) -> Hashable:
    """A claim line edited around the same claim ('READY (May)' -> 'READY (June)')."""
    claim = pair[1]
    return (pair[0], claim.scope, claim.subject, claim.phrase.casefold())


def _claim_change(claim: Claim) -> ClaimChange:
    return ClaimChange(claim.path, claim.line, claim.text, claim.phrase, claim.scope.value)


def _standing(facts: ProjectFacts) -> Standing:
    scorecard = facts.scorecard
    return Standing(scorecard.overall, scorecard.ready, len(scorecard.blockers))

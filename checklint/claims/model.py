"""The records the claim detector returns (SPEC §6)."""

from __future__ import annotations

import enum

from checklint.models import record


class Scope(enum.Enum):
    """Which rule judges a claim: CL101 (the release) or CL102 (one dimension)."""

    RELEASE = "release"
    DIMENSION = "dimension"


@record
class Claim:
    """A line that asserts, present or past, that something is at the top mark or ready."""

    path: str
    line: int
    column: int  # column of the claim phrase, 1-based
    text: str  # the candidate's text (whole line)
    scope: Scope
    subject: str  # 'release', 'overall', 'readiness', or the dimension's display name
    dimension: str | None  # the dimension key (normalised) for DIMENSION scope, else None
    phrase: str  # the words that make it a claim: '10/10', 'READY', 'Remaining blockers: none'


@record
class DeclaredScore:
    """A score out of 10 declared for the overall score or a dimension ('Overall: 8.6/10')."""

    path: str
    line: int
    column: int
    text: str
    value: float  # 8.6
    subject: str  # 'overall' or the dimension's display name
    dimension: str | None  # the dimension key, None for the overall score

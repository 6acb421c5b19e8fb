"""The claims and declared scores a project's claim sources make (SPEC §6).

One loop over the parser's candidate lines, shared by the rule engine,
`checklint claims` and `checklint status`. It is pure: suppression comments
act on findings, never on claims, so `status` lists every claim as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checklint.claims import Claim, DeclaredScore
    from checklint.project import Project
    from checklint.scoring import Scorecard


def scored_dimensions(scorecard: Scorecard) -> Mapping[str, str]:
    """Normalised key -> display name of every scored dimension, as the detector wants them."""
    return {dimension.key: dimension.name for dimension in scorecard.dimensions}


def find_claims(project: Project, scorecard: Scorecard) -> tuple[Claim, ...]:
    """Every claim in the project's documents and commit message, in source order."""
    from checklint.claims import detect

    dimensions = scored_dimensions(scorecard)
    vocabulary = project.settings.vocabulary
    return tuple(
        claim
        for document in project.claim_sources()
        for candidate in document.candidates
        if (claim := detect(candidate, dimensions, vocabulary)) is not None
    )


def find_declared_scores(project: Project, scorecard: Scorecard) -> tuple[DeclaredScore, ...]:
    """Every score the project's documents declare ('Overall: 8.5/10'), in source order."""
    from checklint.claims import declared_score

    dimensions = scored_dimensions(scorecard)
    vocabulary = project.settings.vocabulary
    return tuple(
        declared
        for document in project.claim_sources()
        for candidate in document.candidates
        if (declared := declared_score(candidate, dimensions, vocabulary)) is not None
    )

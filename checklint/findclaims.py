"""The claims and declared scores a project's claim sources make (SPEC §6).

One loop over the parser's candidate lines, shared by the rule engine,
`checklint claims` and `checklint status`. It is pure: suppression comments
act on findings, never on claims, so `status` lists every claim as written.
Being pure, a document's results are cached with it (`checklint.cache.derived`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checklint.claims import Claim, DeclaredScore
    from checklint.models import Document
    from checklint.project import Project
    from checklint.scoring import Scorecard


def scored_dimensions(scorecard: Scorecard) -> Mapping[str, str]:
    """Normalised key -> display name of every scored dimension, as the detector wants them."""
    return {dimension.key: dimension.name for dimension in scorecard.dimensions}


def find_claims(project: Project, scorecard: Scorecard) -> tuple[Claim, ...]:
    """Every claim in the project's documents and commit message, in source order."""
    from checklint.cache import derived

    dimensions = scored_dimensions(scorecard)
    vocabulary = project.settings.vocabulary

    def detect_in(document: Document) -> tuple[Claim, ...]:
        from checklint.claims import detect  # not imported when every result is cached

        return tuple(
            claim
            for candidate in document.candidates
            if (claim := detect(candidate, dimensions, vocabulary)) is not None
        )

    inputs = (dimensions, vocabulary)  # with the document, all a detection depends on
    return tuple(
        claim
        for document in project.claim_sources()
        for claim in derived(document, "claims", inputs, detect_in)
    )


def find_declared_scores(project: Project, scorecard: Scorecard) -> tuple[DeclaredScore, ...]:
    """Every score the project's documents declare ('Overall: 8.5/10'), in source order."""
    from checklint.cache import derived

    dimensions = scored_dimensions(scorecard)
    vocabulary = project.settings.vocabulary

    def declared_in(document: Document) -> tuple[DeclaredScore, ...]:
        from checklint.claims import declared_score

        return tuple(
            declared
            for candidate in document.candidates
            if (declared := declared_score(candidate, dimensions, vocabulary)) is not None
        )

    inputs = (dimensions, vocabulary)
    return tuple(
        declared
        for document in project.claim_sources()
        for declared in derived(document, "declared", inputs, declared_in)
    )

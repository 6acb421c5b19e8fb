"""Turning a parsed project into the dashboard's StatusReport.

The score and blockers come from `checklint.scoring`, the claims from
`checklint.findclaims`; whether a claim holds is decided by the same rules
`checklint check` runs (CL101, CL102), so the dashboard and the hook never
disagree about a line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from checklint.models import DecisionRole, Role
from checklint.status.model import BlockerLine, ClaimLine, DimensionLine, StatusReport

if TYPE_CHECKING:
    from checklint.claims import Claim
    from checklint.engine import ProjectFacts
    from checklint.models import Directive
    from checklint.project import Project
    from checklint.rule import Finding
    from checklint.scoring import Blocker, Dimension

CLAIM_RULES = ("CL101", "CL102")

# Owner and due tokens at the end of an item's text: the views show them in their own columns.
_TRAILING_METADATA = re.compile(
    r"(?:[\s,;·—–-]*(?:@[\w.-]+|(?:due|deadline)\s*:\s*\d{4}-\d\d-\d\d|📅\s*\d{4}-\d\d-\d\d"
    r"|\[(?:owner|due|deadline)::[^\]]*\]))+\s*$",
    re.IGNORECASE,
)

_LIST_MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+")  # a claim line's own bullet


def build_status(project: Project) -> StatusReport:
    """Score, readiness, dimensions, blockers and claims of `project`."""
    from checklint.engine import ProjectFacts

    # The claim rules judge the project without its suppression comments (see
    # _claim_verdicts); comments change no score or claim, so one set of facts serves all.
    directives = {d.path: d.directives for d in project.documents if d.directives}
    bare = replace(project, documents=tuple(replace(d, directives=()) for d in project.documents))
    facts = ProjectFacts(bare)
    scorecard, claims = facts.scorecard, facts.claims
    verdicts = _claim_verdicts(facts, directives) if claims else {}
    return StatusReport(
        score=scorecard.overall,
        shown=scorecard.shown,
        ready=scorecard.ready,
        today=project.today,
        dimensions=tuple(_dimension(d) for d in scorecard.dimensions),
        blockers=tuple(_blocker(bare, b) for b in scorecard.blockers),
        claims=tuple(_claim(c, verdicts.get((c.path, c.line))) for c in claims),
        done=scorecard.done,
        open=scorecard.open,
        na=scorecard.na,
        files=tuple(d.path for d in project.documents if d.role is not Role.SOURCE),
    )


def display_label(text: str) -> str:
    """'Rotate keys — @alice, due: 2026-03-01' -> 'Rotate keys'."""
    stripped = _TRAILING_METADATA.sub("", text)
    return stripped or text


def _claim_verdicts(
    facts: ProjectFacts, directives: dict[str, tuple[Directive, ...]]
) -> dict[tuple[str, int], tuple[Finding, bool]]:
    """(path, line) -> (its CL101/CL102 finding, whether a comment suppresses it).

    A claim kept on purpose (`checklint-disable-next-line CL101 -- quoted`) is
    still not true: `check` stays quiet about it, the dashboard says both.
    """
    from checklint.engine import run
    from checklint.suppression import is_suppressed

    return {
        (f.path, f.line): (f, is_suppressed(f, directives.get(f.path, ())))
        for f in run(facts.project, select=CLAIM_RULES, facts=facts)
    }


def _dimension(dimension: Dimension) -> DimensionLine:
    return DimensionLine(
        dimension.name,
        dimension.weight,
        dimension.score,
        dimension.done,
        dimension.open,
        dimension.na,
        dimension.path,
        dimension.line,
    )


def _blocker(project: Project, blocker: Blocker) -> BlockerLine:
    document = project.documents[blocker.document]
    item = document.items[blocker.item]
    return BlockerLine(
        path=blocker.path,
        line=blocker.line,
        column=blocker.column,
        text=blocker.text,
        label=display_label(blocker.text),
        section=blocker.section,
        owners=blocker.owners,
        due=item.due,
        overdue=item.due is not None and item.due < project.today,
        role=document.role.value,
        kind=item.kind.value,
        decision=item.decision is DecisionRole.DECISION,
    )


def _claim(claim: Claim, verdict: tuple[Finding, bool] | None) -> ClaimLine:
    finding, suppressed = verdict or (None, False)
    return ClaimLine(
        path=claim.path,
        line=claim.line,
        column=claim.column,
        text=claim.text,
        label=_LIST_MARKER.sub("", claim.text),
        scope=claim.scope.value,
        subject=claim.subject,
        dimension=claim.dimension,
        phrase=claim.phrase,
        holds=finding is None,
        rule=finding.rule_id if finding else None,
        message=finding.message if finding else None,
        suppressed=suppressed,
    )

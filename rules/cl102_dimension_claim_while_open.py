"""## What it does
Finds a dimension claim (SPEC §6) — a 10/10 or a readiness verdict whose
subject names a scored dimension, such as `Security & Governance: 10/10` —
while that dimension still has open items. A dimension is a weighted section
of a checklist; its items are every task item and table row in it and in its
subsections (a weighted subsection is a dimension of its own), decision
options aside. Subjects and section names are matched by their normalised
names, so `` `Operations & Reliability` `` and `operations and reliability`
meet. When several checklists score a dimension of the same name, the claim
is wrong while any of them has an open item there.

The message names the dimension, its computed score (rounded down, as
`checklint status` shows it) and up to three open items with their place.

## Why is this bad?
A dimension declared 10/10 while its section has open items misreports
exactly the part of the release a reader is most likely to trust, and it
hides the items that still need an owner.

## Example
`docs/10_10_CHECKLIST.md`:
```markdown
## C) Security & Governance (20%)
- [x] Branch protection + CODEOWNERS enforcement active.
- [ ] Confirm secure storage process for 2FA recovery codes.
```

`docs/PLAN.md`:
```markdown
- Security & Governance: `10/10` (recovery-code process documented)
```

Line 1 of `PLAN.md` is reported: `dimension claim '10/10' for Security &
Governance while it computes 5.0 with 1 open item:
docs/10_10_CHECKLIST.md:3 'Confirm secure storage…'; retract the claim or
close the items`.

## How to fix
Close the dimension's open items, or state the computed score instead of
10/10.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checklint.rule import Finding, Rule, RuleContext
from checklint.rules.cl101_claim_while_open import claim_phrase, list_blockers

if TYPE_CHECKING:
    from checklint.project import Project
    from checklint.scoring import Blocker, Dimension, Scorecard

RULE = Rule(
    id="CL102",
    name="dimension-claim-while-open",
    severity="error",
    summary="a dimension declared 10/10 whose section still has open items",
)


def check(context: RuleContext) -> Iterator[Finding]:
    from checklint.claims import Scope

    seen: set[tuple[str, int]] = set()
    for claim in context.claims:
        if claim.scope is not Scope.DIMENSION or (claim.path, claim.line) in seen:
            continue
        dimensions = [d for d in context.scorecard.dimensions if d.key == claim.dimension]
        open_items = [
            blocker
            for dimension in dimensions
            for blocker in _open_items(context.project, context.scorecard, dimension)
        ]
        if not open_items:
            continue
        seen.add((claim.path, claim.line))
        count = f"{len(open_items)} open item{'' if len(open_items) == 1 else 's'}"
        message = (
            f"dimension claim '{claim_phrase(claim)}' for {dimensions[0].name} while it "
            f"computes {_scores(dimensions)} with {count}: {list_blockers(open_items)}; "
            "retract the claim or close the items"
        )
        yield Finding(
            claim.path, claim.line, claim.column, RULE.id, RULE.name, RULE.severity, message
        )


def _open_items(project: Project, scorecard: Scorecard, dimension: Dimension) -> Iterator[Blocker]:
    """The blockers counted in `dimension`: the scorer's own notion of its open items."""
    weighted = {d.section for d in scorecard.dimensions if d.document == dimension.document}
    document = project.documents[dimension.document]
    for blocker in scorecard.blockers:
        if blocker.document != dimension.document:
            continue
        # An item belongs to the nearest weighted section above it, as the scorer counts it.
        section = document.items[blocker.item].section
        while section is not None and section not in weighted:
            section = document.sections[section].parent
        if section == dimension.section:
            yield blocker


def _scores(dimensions: list[Dimension]) -> str:
    """'6.0', or '6.0 in a.md, 5.0 in b.md' when several checklists score the dimension."""
    shown = [("–" if d.score is None else f"{d.score:.1f}", d.path) for d in dimensions]
    if len(shown) == 1:
        return shown[0][0]
    return ", ".join(f"{score} in {path}" for score, path in shown)

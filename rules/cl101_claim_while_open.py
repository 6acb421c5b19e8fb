"""## What it does
Finds every release claim (SPEC §6) in the claim sources while any blocker
remains: an open task item or table row in a checklist or a queue, decision
options aside. A release claim is a 10/10 attributed to the release, the
overall or readiness score or to nothing at all (`10/10 achieved ✅`), a
readiness verdict (`Status: READY`, `Release: GO`, `ACHIEVED`), or an
assertion that nothing remains (`Remaining blockers: none`).

Every claim line is reported once. The message counts the blockers and names
the first three with their place, so the fix is one search away.

Negations (`not yet 10/10`), conditions (`only when`), targets (`Target:
10/10`), headings that name a programme (`# 10/10 Master Checklist`), scores
of other things (`ESLint: 10/10`) and unchecked task items are not claims.
Claims about one scored dimension (`Reliability: 10/10`) are judged by CL102.

## Why is this bad?
A claim is what readers, reviewers and coding agents act on: a plan that says
`Estimated overall: 10/10 (enterprise-release ready)` while the checklist
still has open items announces a release that has not earned it. The
checklist and the queue are the record; the claim must follow them.

## Example
`docs/10_10_CHECKLIST.md`:
```markdown
## B) Operations & Reliability (25%)
- [x] Rollback drill executed and documented.
- [ ] Add quarterly edge-header verification artifacts.
```

`docs/runtime/STATUS.md`:
```markdown
## Release Readiness
- status: `READY`
```

Line 2 of `STATUS.md` is reported: `release claim 'READY' while 1 blocker
remains: docs/10_10_CHECKLIST.md:3 'Add quarterly edge-header…'; retract
the claim or close the blockers`.

## How to fix
Close the blockers (tick the items, decide the queue entries), or retract the
claim until they are closed: `status: NOT READY`, `Estimated overall: 7.2/10`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from checklint.rule import Finding, Rule, RuleContext
from checklint.rules._records import count as count_of
from checklint.rules._records import shorten

if TYPE_CHECKING:
    from checklint.claims import Claim
    from checklint.scoring import Blocker

RULE = Rule(
    id="CL101",
    name="claim-while-open",
    severity="error",
    summary="a release claim (10/10, READY, ACHIEVED, nothing remains) while blockers remain",
)

_LISTED = 3  # blockers named in a message; the rest are counted
_SHOWN_TEXT = 30  # characters of a blocker's text quoted in a message


def check(context: RuleContext) -> Iterator[Finding]:
    from checklint.claims import Scope

    blockers = context.scorecard.blockers
    if not blockers:
        return
    seen: set[tuple[str, int]] = set()
    for claim in context.claims:
        if claim.scope is not Scope.RELEASE or (claim.path, claim.line) in seen:
            continue
        seen.add((claim.path, claim.line))
        count = count_of(len(blockers), "blocker remains", "blockers remain")
        message = (
            f"release claim '{claim_phrase(claim)}' while {count}: {list_blockers(blockers)}; "
            "retract the claim or close the blockers"
        )
        yield Finding(
            claim.path, claim.line, claim.column, RULE.id, RULE.name, RULE.severity, message
        )


def claim_phrase(claim: Claim) -> str:
    """The words that make the line a claim ('10/10', 'READY'), else the line itself."""
    return shorten(claim.phrase or claim.text, _SHOWN_TEXT)


def list_blockers(blockers: Sequence[Blocker]) -> str:
    """'path:line 'text…', … (+N more)': the first few blockers with their places."""
    shown = ", ".join(
        f"{blocker.path}:{blocker.line} '{shorten(blocker.text, _SHOWN_TEXT)}'"
        for blocker in blockers[:_LISTED]
    )
    rest = len(blockers) - _LISTED
    return f"{shown}, … (+{rest} more)" if rest > 0 else shown

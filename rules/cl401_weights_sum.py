"""## What it does
Finds a checklist whose section weights do not add up to 100% (within 0.01).
The weights are the ones scoring uses: a configured weight (`weights:` in
`.checklint.yaml`) first, then a `(25%)` in the heading, then the `Scoring
Model` entry of the same name. The finding stands on the `Scoring Model`
heading, or on the first weighted heading when there is none, and lists every
weight.

A checklist with no weights at all is scored unweighted and is not judged.

## Why is this bad?
The overall score is a weighted average, so it still comes out between 0 and
10 when the weights are off; but the weights no longer say what the authors
think they say. A section added at 20% without taking 20% from the others
quietly halves or doubles the influence of the rest.

## Example
```markdown
## Scoring Model
- `Engineering Quality` (25%)
- `Operations & Reliability` (25%)
- `Security & Governance` (20%)

## A) Engineering Quality
- [x] `pnpm run verify` passes on release branch.

## B) Operations & Reliability
- [ ] Rollback drill executed and documented.

## C) Security & Governance
- [x] Branch protection + CODEOWNERS enforcement active.
```

Line 1 is reported: the weights add up to 70%.

## How to fix
Adjust the weights so that they add up to 100%, or add the missing section
with its weight.
"""

from __future__ import annotations

from collections.abc import Iterator

from checklint.models import Document, Role
from checklint.rule import Finding, Rule, RuleContext
from checklint.sections import is_scoring_model

RULE = Rule(
    id="CL401",
    name="weights-sum",
    severity="error",
    summary="weights do not add up to 100%",
)

_TOLERANCE = 0.01  # percent: '33.33%' three times is close enough


def check(context: RuleContext) -> Iterator[Finding]:
    from checklint.scoring import section_weights  # loads fractions: not at import

    configured = dict(context.project.settings.weights)
    for _, document in context.project.by_role(Role.CHECKLIST):
        weights = section_weights(document, configured)
        total = sum(weights.values())
        if weights and abs(total - 100) > _TOLERANCE:
            yield _finding(document, weights, total)


def _finding(document: Document, weights: dict[int, float], total: float) -> Finding:
    listed = ", ".join(
        f"{document.sections[index].name} {_percent(weight)}" for index, weight in weights.items()
    )
    message = (
        f"section weights add up to {_percent(total)}, not 100% ({listed}); "
        "change them so that they add up to 100%"
    )
    anchor = next(
        (section for section in document.sections if is_scoring_model(section.name)),
        document.sections[min(weights)],
    )
    return Finding(
        document.path, anchor.line, anchor.column, RULE.id, RULE.name, RULE.severity, message
    )


def _percent(value: float) -> str:
    return f"{round(value, 2):g}%"

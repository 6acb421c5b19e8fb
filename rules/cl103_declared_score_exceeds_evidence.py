"""## What it does
Finds a declared score below 10 — `Estimated overall: 8.6/10`,
`Product & Conversion: 6.5/10` — that is higher than the score the
checklists compute by more than the tolerance (0.5 by default). An overall
score is compared with the overall score, a dimension's with the dimension
whose normalised name its subject matches. The comparison uses the exact
computed value, not the one-decimal figure `checklint status` shows, and a
declared score exactly at the tolerance passes. When several checklists score
a dimension of the same name, the highest of their scores is used, so the
rule only reports what no checklist supports.

A declared 10/10 is a claim, and CL101 and CL102 judge it alone. A declared
score lower than the computed one is not reported: modesty is not an error.

## Why is this bad?
A plan or status report that declares a better score than the checklist
earns gives readers a false picture of how close the release is; the gap
usually means items were promised as closed but never ticked, or the report
was not updated when items were reopened.

## Example
With section E of the checklist computing 0.0:
```markdown
- Product & Conversion: `6.5/10` (owner decisions pending)
```

is reported: `declared 6.5/10 for Product & Conversion, but the checklist
computes 0.0; lower the declared score or close items`.

## Options
`tolerance` (number, default `0.5`, or the configuration's score
tolerance): how far a declared score may exceed the computed one.

```yaml
rules:
  CL103:
    options:
      tolerance: 0.2
```

## How to fix
Declare the computed score (`checklint status` shows it), or close the items
that the declared score assumes are closed.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING

from checklint.errors import ChecklintError
from checklint.rule import Finding, Rule, RuleContext

if TYPE_CHECKING:
    from fractions import Fraction

    from checklint.claims import DeclaredScore
    from checklint.scoring import Scorecard

RULE = Rule(
    id="CL103",
    name="declared-score-exceeds-evidence",
    severity="warning",
    summary="a declared score below 10 that exceeds the computed one by more than the tolerance",
)


def check(context: RuleContext) -> Iterator[Finding]:
    tolerance = _tolerance(context)
    for declared in context.declared_scores:
        value = _exact(declared.value)
        if value >= 10:
            continue  # a declared 10/10 is a claim: CL101 and CL102 judge it
        computed = _computed(context.scorecard, declared)
        if computed is None or value - computed[0] <= tolerance:
            continue
        message = (
            f"declared {_number(value)}/10 for {computed[1]}, but the checklist computes "
            f"{_shown(computed[0])}; lower the declared score or close items"
        )
        yield Finding(
            declared.path, declared.line, declared.column, RULE.id, RULE.name, RULE.severity,
            message,
        )  # fmt: skip


def _computed(scorecard: Scorecard, declared: DeclaredScore) -> tuple[Fraction, str] | None:
    """The exact computed score the declaration is about and what to call it; None if unknown."""
    if declared.dimension is None:
        exact = scorecard.exact
        return None if exact is None else (exact, "the overall score")
    matching = [
        (d.exact, d.name)
        for d in scorecard.dimensions
        if d.key == declared.dimension and d.exact is not None
    ]
    return max(matching, key=lambda pair: pair[0]) if matching else None


def _tolerance(context: RuleContext) -> Fraction:
    settings = context.project.settings
    value = context.options.get("tolerance", settings.score_tolerance)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ChecklintError(
            f"{RULE.id} option 'tolerance' must be a number of at least 0, not {value!r}",
            path=settings.config_path,
        )
    return _exact(value)


def _exact(value: float) -> Fraction:
    from fractions import Fraction  # loaded with the scorecard anyway; not at import

    # Through str: the float 8.6 is 8.5999…, the declaration meant 8.6.
    return Fraction(str(value))


def _number(value: Fraction) -> str:
    return f"{float(value):g}"


def _shown(exact: Fraction) -> str:
    """One decimal rounded down, as `checklint status` shows scores."""
    return f"{math.floor(exact * 10) / 10:.1f}"

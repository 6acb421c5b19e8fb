"""## What it does
Finds an open task item or table row, in a checklist or queue, whose due date
is before today. Due dates are read from `due: 2026-03-01`, `📅 2026-03-01`,
`[due:: 2026-03-01]` in an item's text, and from a Due/Deadline column in a
record table. Other dates in the text are not due dates. A decision's options
are not judged (their decision is).

## Why is this bad?
A due date that has passed on an open item is either a missed commitment that
nobody has raised, or a stale date that makes the plan look later than it is.
Either way the checklist no longer tells the truth about the schedule.

## Example
```markdown
## Governance Inputs
- [ ] GitHub org 2FA enforcement state confirmed. due: 2026-02-20 @platform-owner
```

Checked on 2026-03-01, line 2 is reported as 9 days overdue.

## How to fix
Close the item, move its due date to the new commitment, or mark it not
applicable (`- [-]`) if it no longer matters.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from checklint.models import DecisionRole, Item, Status
from checklint.rule import Finding, Rule, RuleContext
from checklint.rules._records import count, item_finding, judged_documents, shorten

RULE = Rule(
    id="CL503",
    name="overdue",
    severity="warning",
    summary="an open item whose due date has passed",
)


def check(context: RuleContext) -> Iterator[Finding]:
    today = context.project.today
    for document in judged_documents(context.project):
        for item in document.items:
            due = item.due
            if due is not None and due < today and _is_judged(item):
                yield item_finding(RULE, item, _message(item, due, today))


def _is_judged(item: Item) -> bool:
    # An option never blocks on its own: its decision carries the date that matters.
    return item.own_status is Status.OPEN and item.decision is not DecisionRole.OPTION


def _message(item: Item, due: date, today: date) -> str:
    late = count((today - due).days, "day")
    owners = f" (owner {', '.join(item.owners)})" if item.owners else ""
    return (
        f'"{shorten(item.text)}"{owners} was due {due.isoformat()} and is {late} overdue; '
        "close it, move the due date, or mark it not applicable"
    )

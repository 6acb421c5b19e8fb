"""## What it does
Finds options chosen (checked) under a decision that is still open in an owner
queue. One finding per decision, at its first chosen option; the message names
every chosen option's line.

A decision is a queue task item whose text ends with `:` and whose children
are all leaf task items, its options (see CL204).

## Why is this bad?
An open decision is a blocker, and its options never count on their own: a
choice ticked under an unticked decision leaves the queue blocked and the
readers unsure whether the owner has decided or was only leaning one way.

## Example
```markdown
## Required Decisions
- [ ] Pricing policy:
  - [ ] Public pricing
  - [x] Private pricing (form/follow-up only)
```

Line 4 is reported: the option is chosen but the decision on line 2 is open.

## How to fix
If the choice is final, check the decision too (`- [x] Pricing policy:`);
otherwise clear the option until the owner decides.
"""

from __future__ import annotations

from collections.abc import Iterator

from checklint.models import DecisionRole, Item, Status
from checklint.rule import Finding, Rule, RuleContext
from checklint.rules._records import item_finding, judged_documents, line_list, shorten

RULE = Rule(
    id="CL205",
    name="option-without-decision",
    severity="warning",
    summary="an option chosen while its decision is open",
)


def check(context: RuleContext) -> Iterator[Finding]:
    for document in judged_documents(context.project):
        for index, decision in enumerate(document.items):
            if decision.decision is not DecisionRole.DECISION:
                continue
            if decision.own_status is not Status.OPEN:
                continue
            chosen = [
                document.items[child]
                for child in document.children[index]
                if document.items[child].decision is DecisionRole.OPTION
                and document.items[child].own_status is Status.DONE
            ]
            if chosen:
                yield item_finding(RULE, chosen[0], _message(decision, chosen))


def _message(decision: Item, chosen: list[Item]) -> str:
    quoted = f'"{shorten(decision.text)}" (line {decision.line})'
    if len(chosen) == 1:
        return (
            f"option chosen while its decision {quoted} is open; check the decision if the "
            "choice is final, or clear the option"
        )
    return (
        f"{len(chosen)} options chosen ({line_list([item.line for item in chosen])}) while "
        f"their decision {quoted} is open; check the decision if the choice is final, or clear "
        "the options"
    )

"""## What it does
Finds a decided (checked) decision in an owner queue whose number of chosen
(checked) options is outside what the decision asks for.

A decision is a queue task item whose text ends with `:` and whose children
are all leaf task items, its options. A hint in its text says how many options
must be chosen: `(3-6)` three to six, `(2+)` at least two, `(2)` exactly two;
without a hint, exactly one. Options marked not applicable (`- [-]`) are not
chosen.

## Why is this bad?
Ticking the decision tells everyone the owner has decided, and the queue stops
counting it as a blocker. If no option, or too many, are ticked, the decision
recorded is not a decision: the work that depends on it starts from a guess.

## Example
```markdown
## Required Decisions
- [x] Primary CTA:
  - [x] Request an assessment
  - [x] Book a call
  - [ ] Request a project
```

Line 2 is reported: two options are chosen where exactly one is required.

## How to fix
Tick exactly as many options as the decision asks for, or untick the decision
until the owner has chosen. If the decision really allows several answers, say
so in its text: `Primary CTA (1-2):`.
"""

from __future__ import annotations

from collections.abc import Iterator

from checklint.models import DecisionRole, Document, Item, Status
from checklint.rule import Finding, Rule, RuleContext
from checklint.rules._records import count, item_finding, judged_documents, shorten

RULE = Rule(
    id="CL204",
    name="decision-options",
    severity="error",
    summary="a decided decision with the wrong number of chosen options",
)


def check(context: RuleContext) -> Iterator[Finding]:
    for document in judged_documents(context.project):
        for index, item in enumerate(document.items):
            if item.decision is not DecisionRole.DECISION or item.own_status is not Status.DONE:
                continue
            chosen = _chosen_options(document, index)
            if not item.choose_min <= chosen <= item.choose_max:
                yield item_finding(RULE, item, _message(item, chosen))


def _chosen_options(document: Document, index: int) -> int:
    return sum(
        1
        for child in document.children[index]
        if document.items[child].decision is DecisionRole.OPTION
        and document.items[child].own_status is Status.DONE
    )


def _message(item: Item, chosen: int) -> str:
    low, high = item.choose_min, item.choose_max
    required = f"exactly {low}" if low == high else f"{low} to {high}"
    if chosen < low:
        fix = f"check {count(low - chosen, 'more option')}"
    else:
        fix = f"uncheck {count(chosen - high, 'option')}"
    return (
        f'decision "{shorten(item.text)}" is checked with {count(chosen, "option")} chosen, '
        f"but it requires {required}; {fix} or uncheck the decision"
    )

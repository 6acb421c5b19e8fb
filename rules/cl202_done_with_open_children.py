"""## What it does
Finds a done task item in a checklist or queue that still has open task items
nested under it, at any depth. The finding names the open descendants' lines.

The options of a decision are not its children in this sense: a decided
decision's unchosen options are simply "not chosen" (CL204 judges how many
were chosen). An open decision nested under a done item does count as open.

## Why is this bad?
A ticked parent says the whole piece of work is finished while its own
sub-items say it is not. Readers skimming the top level believe the tick;
checklint counts the open sub-items as blockers, so the scores and the
checklist disagree until one of them is fixed.

## Example
```markdown
## C) Security & Governance (20%)
- [x] Fill remaining governance metadata:
  - [ ] GitHub org 2FA enforcement state
  - [x] Recovery codes storage
```

Line 2 is reported: its sub-item on line 3 is open.

## How to fix
Finish and tick the open sub-items, or untick the parent until they are done.
A sub-item that no longer applies can be marked `- [-]` or struck through.
"""

from __future__ import annotations

from collections.abc import Iterator

from checklint.models import DecisionRole, Document, Item, Status
from checklint.rule import Finding, Rule, RuleContext
from checklint.rules._records import (
    count,
    item_finding,
    judged_documents,
    quoted_items,
    shorten,
)

RULE = Rule(
    id="CL202",
    name="done-with-open-children",
    severity="error",
    summary="a done item with open descendants",
)


def check(context: RuleContext) -> Iterator[Finding]:
    for document in judged_documents(context.project):
        for index, children in enumerate(document.children):  # one entry per item
            if not children:
                continue  # a leaf: most items, passed over without reading the item
            item = document.items[index]
            if item.own_status is not Status.DONE or item.decision is DecisionRole.DECISION:
                continue
            open_items = [document.items[i] for i in open_descendants(document, index)]
            if open_items:
                yield _finding(item, open_items)


def open_descendants(document: Document, index: int) -> list[int]:
    """Open items nested under `index`, in file order, never looking into a decision's options."""
    found: list[int] = []
    pending = list(document.children[index])
    while pending:
        child = pending.pop()
        item = document.items[child]
        if item.decision is DecisionRole.OPTION:
            continue
        if item.own_status is Status.OPEN:
            found.append(child)
        if item.decision is not DecisionRole.DECISION:
            pending.extend(document.children[child])
    return sorted(found)


def _finding(item: Item, open_items: list[Item]) -> Finding:
    message = (
        f'"{shorten(item.text)}" is checked but {count(len(open_items), "sub-item")} under it '
        f"{'is' if len(open_items) == 1 else 'are'} open: {quoted_items(open_items)}; "
        "finish them or uncheck this item"
    )
    return item_finding(RULE, item, message)

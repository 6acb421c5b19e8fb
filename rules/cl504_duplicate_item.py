"""## What it does
Finds an item whose text repeats an earlier sibling item in the same section of
a checklist or queue: the same parent (or both top level) under the same
heading, compared case-insensitively with runs of white space folded. The
second occurrence is reported, naming the line of the first.

A record-table row repeats another row when every cell but the status
agrees, so rows that share a title but differ in another column (`Role`,
`ID`) are different items. Items under different parents are not compared,
so two decisions in one section may both offer a `Yes` and a `No` option.
Items with no text are skipped.

## Why is this bad?
A duplicated item is counted twice: ticking one copy leaves the other open, so
the score and the blocker list stay wrong until someone notices that the two
lines mean the same thing. It is usually a merge or copy-paste accident.

## Example
```markdown
## Security (20%)
- [x] Rotate the deploy keys
- [ ] Enable 2FA for the org
- [ ] rotate the  deploy keys
```

Line 4 repeats line 2 and is reported.

## How to fix
Delete the repeated item, or reword it so that each item names one distinct
piece of work.
"""

from __future__ import annotations

from collections.abc import Iterator

from checklint.models import Document, Item, ItemKind, Role
from checklint.rule import Finding, Rule, RuleContext

RULE = Rule(
    id="CL504",
    name="duplicate-item",
    severity="warning",
    summary="the same item text twice in one section",
)

_SHOWN_TEXT = 60  # characters of the item text quoted in the message


def check(context: RuleContext) -> Iterator[Finding]:
    status_columns = frozenset(_folded(name) for name in context.project.settings.status_columns)
    for role in (Role.CHECKLIST, Role.QUEUE):
        for _, document in context.project.by_role(role):
            yield from _duplicates(document, status_columns)


def _duplicates(document: Document, status_columns: frozenset[str]) -> Iterator[Finding]:
    first_line: dict[tuple[int | None, int | None, str], int] = {}
    for item in document.items:
        identity = _identity(item, status_columns)
        if not identity:
            continue
        key = (item.section, item.parent, identity)
        if key in first_line:
            yield _finding(item, first_line[key])
        else:
            first_line[key] = item.line


def _identity(item: Item, status_columns: frozenset[str]) -> str:
    """What two items must share to be one: the text, and for a row every cell but the status."""
    text = _folded(item.text)
    if not text or item.kind is not ItemKind.ROW:
        return text
    cells = (
        f"{_folded(k)}={_folded(v)}" for k, v in item.fields if _folded(k) not in status_columns
    )
    return " | ".join((text, *cells))


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _finding(item: Item, first: int) -> Finding:
    shown = item.text if len(item.text) <= _SHOWN_TEXT else item.text[: _SHOWN_TEXT - 1] + "…"
    message = f'"{shown}" repeats the item on line {first}; delete one or reword it'
    return Finding(item.path, item.line, item.column, RULE.id, RULE.name, RULE.severity, message)

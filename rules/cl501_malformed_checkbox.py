"""## What it does
Finds bracket text at the start of a list item in a checklist or queue that
looks like a task box but that GitHub-flavoured markdown does not render as
one: an empty box `- []`, a box glued to the list marker `-[ ]`, or padding
inside the box `- [ x]`, `- [x ]`, `- [  ]`. Nothing in code blocks or HTML
is looked at.

## Why is this bad?
The line renders as plain text with literal brackets, and checklint does not
count it: an item meant to be open is silently missing from the blockers, and
one meant to be done is missing from the score.

## Example
```markdown
## Release Gate
- [] Section A has no open item.
-[x] Section B has no open item.
- [ x] Section C has no open item.
```

Each of the three lines is reported, with the box it should have:
`- [ ]`, `- [x]` and `- [x]`.

## How to fix
Write the box exactly as `- [ ]` (open) or `- [x]` (done): one space after the
list marker and a single character between the brackets. If the brackets are
meant literally, escape the first one: `- \\[ ] not a task`.
"""

from __future__ import annotations

from collections.abc import Iterator

from checklint.rule import Finding, Rule, RuleContext
from checklint.rules._records import judged_documents

RULE = Rule(
    id="CL501",
    name="malformed-checkbox",
    severity="warning",
    summary="a box look-alike that GFM does not render as a task (`- []`, `-[ ]`, `[ x]`)",
)


def check(context: RuleContext) -> Iterator[Finding]:
    for document in judged_documents(context.project):
        for lookalike in document.lookalikes:
            message = (
                f'"{lookalike.text}" is not a task box, so it renders as plain text and is not '
                f'counted; write "{lookalike.hint}"'
            )
            yield Finding(
                lookalike.path, lookalike.line, lookalike.column, RULE.id, RULE.name,
                RULE.severity, message,
            )  # fmt: skip

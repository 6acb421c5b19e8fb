"""What the rules over checklist and queue records share: which documents they judge,
and how their messages quote items and list lines.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from checklint.models import Document, Item, Role
from checklint.project import Project
from checklint.rule import Finding, Rule
from checklint.settings import Severity

_LISTED = 3  # lines named in a message; the rest are counted


def judged_documents(project: Project) -> Iterator[Document]:
    """Checklists and queues, in path order: plain claim sources hold no records to judge."""
    for document in project.documents:
        if document.role in (Role.CHECKLIST, Role.QUEUE):
            yield document


def shorten(text: str, limit: int = 50) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with '…' when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


def count(number: int, one: str, many: str | None = None) -> str:
    """'1 item', '3 items'."""
    return f"{number} {one if number == 1 else (many or one + 's')}"


def line_list(lines: Sequence[int]) -> str:
    """'line 5', 'lines 5 and 7', 'lines 5, 7, 9 (+2 more)'."""
    if len(lines) == 1:
        return f"line {lines[0]}"
    shown = [str(line) for line in lines[:_LISTED]]
    rest = len(lines) - len(shown)
    if rest:
        return f"lines {', '.join(shown)} (+{rest} more)"
    return f"lines {', '.join(shown[:-1])} and {shown[-1]}"


def quoted_items(items: Sequence[Item]) -> str:
    """'line 55 "Finalize a…", line 56 "…" (+4 more)': the first few items with their lines."""
    shown = ", ".join(f'line {item.line} "{shorten(item.text, 30)}"' for item in items[:_LISTED])
    rest = len(items) - _LISTED
    return f"{shown} (+{rest} more)" if rest > 0 else shown


def item_finding(rule: Rule, item: Item, message: str, severity: Severity | None = None) -> Finding:
    """A finding at an item's place."""
    return Finding(
        item.path, item.line, item.column, rule.id, rule.name, severity or rule.severity, message
    )

"""## What it does
Finds gate items whose tick contradicts the sections they talk about. A gate
item is a task item (or table row) that states a section is finished:

- `Section E has no open item(s)`, `Sections A-D have no open items`
- `All items in Security are closed` / `done`, `All Section B items are done`
- `Section A is complete`, `Engineering Quality is done`
- `No open items in Section C`, `Section C: no open items`

A section is named by its label (`Section E` is the heading `## E) Product &
Conversion`; `1.`, `B.` and `Section B:` labels work too) or by its name,
compared like Scoring Model names. A checked gate item whose section, with its
subsections, still has open items is an error. An unchecked gate item whose
sections have no open item is reported as a warning: it holds and can be
checked.

Only lines that resolve to sections of the same file are judged: a name or
label that matches no section, or more than one, is left alone, and so is a
gate item inside the very section it talks about.

## Why is this bad?
Gate items are what people read before a release: a ticked `Section E has no
open item.` above six open items in section E tells the reader the gate is
passed when it is not. An unticked gate that already holds makes the release
look further away than it is and hides which gates really remain.

## Example
```markdown
## E) Product & Conversion (15%)
- [ ] Finalize a single primary CTA.

## Release Gate (10/10 Ready)
- [x] Section E has no open item.
```

Line 5 is reported: section E still has an open item on line 2.

## How to fix
Close the section's open items, or uncheck the gate item until they are
closed. Check an unchecked gate item once its sections have no open item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checklint.lazyre import lazy, may_contain
from checklint.models import DecisionRole, Document, Item, Status
from checklint.rule import Finding, Rule, RuleContext
from checklint.rules._records import count, item_finding, judged_documents, quoted_items
from checklint.text import normalise_key

RULE = Rule(
    id="CL201",
    name="gate-item-mismatch",
    severity="error",
    summary="a checked gate item that is false (and, as a warning, an unchecked one that holds)",
)

_NOUN = r"(?:checklist\s+)?(?:items?|tasks?|boxes|checkboxes|entries|blockers?)"
_OPEN = r"(?:open|unchecked|unticked|unfinished|outstanding|remaining|pending|incomplete)"
_CLOSED = r"(?:closed|done|complete|completed|checked|ticked|finished|resolved)"
_NONE = r"(?:no|zero|0)"
_GATES = tuple(  # tried in order: a clause that matches an early one never compiles the rest
    lazy(pattern, re.IGNORECASE)
    for pattern in (
        rf"^(?P<x>.+?)\s+(?:has|have|contains?|shows?)\s+{_NONE}\s+(?:more\s+|remaining\s+)?"
        rf"{_OPEN}\s+{_NOUN}(?:\s+(?:left|remaining))?$",
        rf"^all\s+(?:the\s+)?{_NOUN}\s+(?:in|under|of)\s+(?P<x>.+?)\s+"
        rf"(?:are|is|were|have\s+been)\s+(?:all\s+)?{_CLOSED}$",
        rf"^all\s+(?:the\s+)?(?P<x>.+?)\s+{_NOUN}\s+(?:are|were|have\s+been)\s+{_CLOSED}$",
        rf"^(?:there\s+are\s+)?{_NONE}\s+{_OPEN}\s+{_NOUN}\s+(?:(?:remain|left)\s+)?"
        rf"(?:in|under)\s+(?P<x>.+?)(?:\s+(?:remain|left))?$",
        rf"^(?P<x>.+?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:fully\s+|all\s+|100%\s+)?"
        rf"{_CLOSED}$",
        rf"^(?P<x>sections?\s+.+?)\s*(?::|\s[—–-])\s*(?:{_NONE}\s+{_OPEN}\s+{_NOUN}|"
        rf"all\s+{_NOUN}\s+{_CLOSED}|{_CLOSED})$",
    )
)
_HINT = lazy(rf"\b(?:{_OPEN}|{_CLOSED})\b", re.IGNORECASE)  # cheap test before _GATES
# Substrings of the words of _OPEN and _CLOSED: a test before _HINT, which costs ten times more.
_HINT_WORDS = (
    "open", "checked", "ticked", "finished", "outstanding", "remaining", "pending", "complete",
    "closed", "done", "resolved",
)  # fmt: skip
_MARKUP = lazy(r"[*_`]+|<!--.*?-->")
_TAIL = lazy(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|[✅📅]\s*\d{4}-\d{2}-\d{2}|[.!;:,])$")
_SENTENCE_END = lazy(r"(?<=[.!?;])\s+")
_SUBJECT_NOISE = lazy(rf"^(?:the\s+)|\s+(?:sections?|{_NOUN})$", re.IGNORECASE)
_SECTION_WORD = lazy(r"^sections?\s+", re.IGNORECASE)
_PARENTHETICAL = lazy(r"\s*\(([^()]*)\)")
_HEADING_LABEL = lazy(  # 'A) …', '1. …', 'Section B: …', 'Part 2 — …', '2.3 …'
    r"^\s*(?:(?:section|part)\s+)?(?P<label>[a-z]|\d+(?:\.\d+)*)"
    r"(?:[.):](?:\s+|$)|\s+[—–-]\s|\s*$)|^\s*(?P<numbered>\d+(?:\.\d+)+)\s+",
    re.IGNORECASE,
)
_LABEL = r"[a-z]|\d+(?:\.\d+)*"
_LABEL_RANGE = lazy(rf"^({_LABEL})\s*(?:-|–|—|to|through)\s*({_LABEL})$", re.IGNORECASE)
_LABEL_LIST = lazy(rf"^(?:{_LABEL})(?:\s*(?:,|and|&|\+)\s*(?:{_LABEL}))*$", re.IGNORECASE)
_LABEL_SEPARATOR = lazy(r"\s*(?:,|\band\b|&|\+)\s*", re.IGNORECASE)


def check(context: RuleContext) -> Iterator[Finding]:
    for document in judged_documents(context.project):
        for item in document.items:
            if item.own_status is Status.NA or item.decision is DecisionRole.OPTION:
                continue
            if not may_contain(item.text, _HINT_WORDS):
                continue  # no word a gate needs, in any case: most items
            targets = gate_targets(document, item)
            if targets:
                yield from _judge(document, item, targets)


def gate_targets(document: Document, item: Item) -> tuple[int, ...]:
    """The sections a gate item talks about; () when it is no gate or cannot be resolved."""
    subject = _gate_subject(item.text)
    if subject is None:
        return ()
    targets = _resolve(document, subject)
    inside = _enclosing_sections(document, item.section)
    return () if inside.intersection(targets) else targets


def _gate_subject(text: str) -> str | None:
    if not _HINT().search(text):
        return None
    clause = _SENTENCE_END().split(_MARKUP().sub("", text).strip(), maxsplit=1)[0]
    while (stripped := _TAIL().sub("", clause)) != clause:
        clause = stripped
    for gate in _GATES:
        match = gate().match(clause)
        if match:
            return match.group("x").strip()
    return None


def _resolve(document: Document, subject: str) -> tuple[int, ...]:
    """Sections named by `subject`; every reading of it (outside and inside a parenthetical)
    that resolves must agree."""
    readings = [_PARENTHETICAL().sub("", subject), *_PARENTHETICAL().findall(subject)]
    found = {targets for reading in readings if (targets := _resolve_one(document, reading))}
    return found.pop() if len(found) == 1 else ()


def _resolve_one(document: Document, subject: str) -> tuple[int, ...]:
    subject = subject.strip()
    while (stripped := _SUBJECT_NOISE().sub("", subject)) != subject:
        subject = stripped
    labelled = _SECTION_WORD().sub("", subject)
    if labelled != subject:
        labels = _labels(labelled)
        if labels:
            return _by_labels(document, labels)
        subject = labelled
    matches = [
        i for i, section in enumerate(document.sections) if section.key == normalise_key(subject)
    ]
    return tuple(matches) if len(matches) == 1 else ()


def _labels(text: str) -> list[str]:
    """'A-E' -> A..E, 'A, B and C' -> [A, B, C]; [] when `text` is not a list of labels."""
    span = _LABEL_RANGE().match(text)
    if span:
        first, last = span.group(1).upper(), span.group(2).upper()
        if first.isalpha() and last.isalpha():
            return [chr(code) for code in range(ord(first), ord(last) + 1)]
        if first.isdigit() and last.isdigit():
            return [str(number) for number in range(int(first), int(last) + 1)]
        return []
    if _LABEL_LIST().match(text):
        return [label.upper() for label in _LABEL_SEPARATOR().split(text) if label]
    return []


def _by_labels(document: Document, labels: list[str]) -> tuple[int, ...]:
    labelled: dict[str, list[int]] = {}
    for index, section in enumerate(document.sections):
        match = _HEADING_LABEL().match(_MARKUP().sub("", section.title))
        if match:
            label = match.group("label") or match.group("numbered")
            labelled.setdefault(label.upper(), []).append(index)
    if not labels or any(len(labelled.get(label, ())) != 1 for label in labels):
        return ()  # a label that names no section, or several, cannot be judged
    return tuple(labelled[label][0] for label in labels)


def _enclosing_sections(document: Document, section: int | None) -> set[int]:
    enclosing: set[int] = set()
    while section is not None:
        enclosing.add(section)
        section = document.sections[section].parent
    return enclosing


def _judge(document: Document, gate: Item, targets: tuple[int, ...]) -> Iterator[Finding]:
    from checklint.scoring import section_items  # loads fractions: not at import

    still_open = [
        item
        for target in targets
        for item in section_items(document, target)
        if item.own_status is Status.OPEN and item.decision is not DecisionRole.OPTION
    ]
    subject = _describe(document, targets)
    has = "has" if len(targets) == 1 else "have"
    if gate.own_status is Status.DONE and still_open:
        message = (
            f"gate item is checked, but {subject} still {has} "
            f"{count(len(still_open), 'open item')}: {quoted_items(still_open)}; "
            "close them or uncheck the gate item"
        )
        yield item_finding(RULE, gate, message)
    elif gate.own_status is Status.OPEN and not still_open:
        message = f"{subject} {has} no open item, so this gate item holds; check it"
        yield item_finding(RULE, gate, message, severity="warning")


def _describe(document: Document, targets: tuple[int, ...]) -> str:
    names = ", ".join(f'"{document.sections[index].name}"' for index in targets)
    return f"section {names}" if len(targets) == 1 else f"sections {names}"

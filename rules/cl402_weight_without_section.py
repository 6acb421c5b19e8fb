"""## What it does
Finds weights that do not line up with the sections they weigh:

- a `Scoring Model` entry whose name matches no heading of its checklist
  (names are compared case-insensitively, with labels such as `A)`, trailing
  weights, markup and punctuation ignored), reported at the entry with the
  closest heading name;
- the reverse, when a checklist has a `Scoring Model`: a heading weighted by
  `(25%)` or by configuration that has no entry in it, reported at the heading;
- a configured weight (`weights:` in `.checklint.yaml`) that names no section
  of any checklist, reported in the configuration file.

## Why is this bad?
A weight that matches no section is dropped from the score without a word, so
the remaining sections count for more than the authors intended; usually a
heading was renamed and the Scoring Model was not. A weighted heading missing
from the Scoring Model means the model no longer tells readers how the score is
made.

## Example
```markdown
## Scoring Model
- `Engineering Quality` (50%)
- `Security` (50%)

## A) Engineering Quality (50%)
- [x] `pnpm run verify` passes on release branch.

## B) Security & Governance
- [ ] Branch protection enforced.
```

Line 3 is reported: `Security` matches no section (did you mean `Security &
Governance`?).

## How to fix
Rename the entry (or the heading) so that both use the same name, add the
missing section or entry, or delete the stale one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from checklint.models import Document, Role, Section
from checklint.rule import Finding, Rule, RuleContext
from checklint.sections import is_scoring_model
from checklint.settings import Settings
from checklint.text import normalise_key

RULE = Rule(
    id="CL402",
    name="weight-without-section",
    severity="error",
    summary="a scoring-model entry that matches no section, or the reverse",
)


def check(context: RuleContext) -> Iterator[Finding]:
    settings = context.project.settings
    checklists = [document for _, document in context.project.by_role(Role.CHECKLIST)]
    for document in checklists:
        yield from _entries_without_section(document)
        yield from _weighted_sections_without_entry(document, settings)
    if checklists:
        yield from _configured_without_section(checklists, settings, context.project.root)


def _entries_without_section(document: Document) -> Iterator[Finding]:
    sections = [s for s in document.sections if not is_scoring_model(s.name)]
    keys = {section.key for section in sections}
    for entry in document.scoring:
        if entry.key in keys:
            continue
        message = (
            f'Scoring Model entry "{entry.name}" ({entry.weight:g}%) matches no section'
            f"{_suggestion(entry.key, sections)}; rename it to a heading's name, add the "
            "section, or delete the entry"
        )
        yield Finding(
            entry.path, entry.line, entry.column, RULE.id, RULE.name, RULE.severity, message
        )


def _weighted_sections_without_entry(document: Document, settings: Settings) -> Iterator[Finding]:
    from checklint.scoring import section_weights  # loads fractions: not at import

    if not document.scoring:
        return  # without a Scoring Model the headings' weights stand alone
    listed = {entry.key for entry in document.scoring}
    configured = {normalise_key(name) for name in settings.weights}
    for index, weight in section_weights(document, dict(settings.weights)).items():
        section = document.sections[index]
        if section.key in listed:
            continue
        source = "configured" if section.key in configured else "in its heading"
        message = (
            f'section "{section.name}" is weighted {weight:g}% ({source}) but the Scoring Model '
            f'has no entry for it; add "{section.name} ({weight:g}%)" to the Scoring Model'
        )
        yield Finding(
            section.path, section.line, section.column, RULE.id, RULE.name, RULE.severity,
            message,
        )  # fmt: skip


def _configured_without_section(
    checklists: list[Document], settings: Settings, root: Path
) -> Iterator[Finding]:
    sections = [section for document in checklists for section in document.sections]
    keys = {section.key for section in sections}
    for name, weight in settings.weights.items():
        if normalise_key(name) in keys:
            continue
        path = settings.config_path or "<configuration>"
        line, column = _config_position(settings.config_path, name, root)
        message = (
            f'configured weight "{name}" ({weight:g}%) names no section of any checklist'
            f"{_suggestion(normalise_key(name), sections)}; rename it to a heading's name or "
            "delete it"
        )
        yield Finding(path, line, column, RULE.id, RULE.name, RULE.severity, message)


def _suggestion(key: str, sections: list[Section]) -> str:
    """' (did you mean "Security & Governance"?)' for a shortened or misspelt name, else ''."""
    import difflib

    names = {section.key: section.name for section in sections if section.key}
    words = set(key.split())
    # 'Security' for 'Security & Governance': one name holding the other's words.
    nested = [k for k in names if words <= set(k.split()) or set(k.split()) <= words]
    close = nested if len(nested) == 1 else difflib.get_close_matches(key, names, 1, 0.75)
    return f' (did you mean "{names[close[0]]}"?)' if close else ""


def _config_position(config_path: str | None, name: str, root: Path) -> tuple[int, int]:
    """Where `name` is given a weight in the configuration file (best effort), else 1:1."""
    import re

    if config_path is None:
        return 1, 1
    path = Path(config_path)
    try:
        text = (path if path.is_absolute() else root / path).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return 1, 1
    key = re.compile(re.escape(name) + r"[\"']?\s*[:=]")
    for number, line in enumerate(text.splitlines(), start=1):
        found = key.search(line)
        if found and not line.lstrip().startswith("#"):
            start = found.start()
            return number, (start if start and line[start - 1] in "\"'" else start + 1)
    return 1, 1

"""## What it does
Finds a task box character or a table status word, in a checklist or queue,
that is outside the configured sets. checklint reads it as open, so the item
still blocks, but the finding asks you to say what it means.

The built-in box characters are `x`/`X` (done), `-`/`~` (not applicable) and
space, `/`, `>`, `<`, `!`, `?` (open). The built-in table words are listed in
the message; they match in any case.

## Why is this bad?
An unknown marker is usually a typo (`[c]` for `[x]`) or a convention from
another tool (`[o]`, `shipped`). Read as open, a typo for done keeps a blocker
that the author thinks is closed; a silent guess either way would make the
score depend on characters nobody agreed on.

## Example
```markdown
## B) Operations & Reliability (25%)
- [c] Rollback drill executed and documented.

| Task | Status |
| --- | --- |
| Offsite backup drill | shipped |
```

Line 2 (`[c]`) and line 6 (`shipped`) are reported.

## How to fix
Fix the typo, or teach checklint the convention in `.checklint.yaml` (or
`[tool.checklint]` in `pyproject.toml`):

```yaml
status:          # task box characters
  done: "xXc"
tables:          # table status words, added to the built-in ones
  done: [shipped]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checklint.models import Item, ItemKind
from checklint.rule import Finding, Rule, RuleContext
from checklint.rules._records import item_finding, judged_documents, shorten
from checklint.settings import Settings

RULE = Rule(
    id="CL502",
    name="unknown-status",
    severity="warning",
    summary="a status character or table status word outside the configured sets",
)

_LISTED_WORDS = 6  # table words named per status in a message; the built-in lists are long


def check(context: RuleContext) -> Iterator[Finding]:
    settings = context.project.settings
    for document in judged_documents(context.project):
        for item in document.items:
            if item.unknown_marker:
                yield item_finding(RULE, item, _message(item, settings))


def _message(item: Item, settings: Settings) -> str:
    if item.kind is ItemKind.TASK:
        known = _known(
            _boxes(settings.done_chars), _boxes(settings.na_chars), _boxes(settings.open_chars)
        )
        return (
            f'unknown status box "[{item.marker}]", read as open; known boxes are {known}; fix '
            f"it or add '{item.marker}' to done, na or open under {_key(settings, 'status')}"
        )
    known = _known(
        _words(settings.done_words), _words(settings.na_words), _words(settings.open_words)
    )
    word = shorten(item.marker, 40)
    return (
        f'unknown status "{word}", read as open; known words are {known}; fix it or add '
        f"'{word}' to done, na or open under {_key(settings, 'tables')}"
    )


def _known(done: str, na: str, open_: str) -> str:
    return f"{done} (done), {na} (n/a) and {open_} (open)"


def _boxes(chars: str) -> str:
    return " ".join(f"[{char}]" for char in chars) or "none"


def _words(words: tuple[str, ...]) -> str:
    shown = [word for word in words if word]
    if not shown:
        return "none"
    more = ", …" if len(shown) > _LISTED_WORDS else ""
    return ", ".join(shown[:_LISTED_WORDS]) + more


def _key(settings: Settings, key: str) -> str:
    """Where the user configures `key`: the YAML file, or pyproject.toml's table."""
    if settings.config_path and settings.config_path.endswith("pyproject.toml"):
        return f"[tool.checklint.{key}] in {settings.config_path}"
    return f"`{key}:` in {settings.config_path or '.checklint.yaml'}"

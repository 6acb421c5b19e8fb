"""The text `checklint init` writes: a commented `.checklint.yaml`.

Every key appears with its default, taken from `Settings` so the text cannot
drift from the engine; keys left at their default are commented out.
"""

from __future__ import annotations

from collections.abc import Sequence

from checklint.settings import ClaimVocabulary, Settings


def render_init(checklists: Sequence[str], queues: Sequence[str]) -> str:
    """A commented `.checklint.yaml` for the files `checklint init` found.

    Keys left at their default are commented out as `#key: value` (nested lines as
    `#  key: value`), so deleting the `#` is all it takes to change one.
    """
    from string import Template

    default = Settings()
    values = {
        "checklists": _flow(checklists or default.checklists),
        "checklists_off": "" if checklists else "#",
        "queues": _flow(queues or default.queues),
        "queues_off": "" if queues else "#",
        "include": _flow(default.claims_include),
        "exclude": _flow(default.claims_exclude),
        "vocabulary": "".join(
            f"\n#    {name}: {_flow(words)}" for name, words in _fields(default.vocabulary)
        ),
        "done": _quoted(default.done_chars),
        "na": _quoted(default.na_chars),
        "open": _quoted(default.open_chars),
        "status_columns": _flow(default.status_columns),
        "roots": _flow(default.evidence_roots),
        "tolerance": repr(default.score_tolerance),
    }
    return Template(_INIT_TEMPLATE).substitute(values)


_INIT_TEMPLATE = """\
# checklint configuration, written by `checklint init`. Every key is optional;
# lines like `#key: value` show a default: delete the `#` to change it.
# Reference: docs/configuration.md. JSON Schema: `checklint schema`.

# Scored checklists: paths or globs relative to the project root
# ('**/' matches zero or more folders).
${checklists_off}checklists: $checklists
# Owner decision queues: open decisions block readiness but are not scored.
${queues_off}queues: $queues

# Markdown files read for claims (10/10, READY, ACHIEVED, "no blockers remain").
#claims:
#  include: $include
#  exclude: $exclude
#  # Words added to the English claim grammar, e.g. verdicts: ["آماده"].
#  vocabulary:$vocabulary

# Section weights in percent, overriding the checklist's scoring model,
# e.g. {"Engineering Quality": 25}; they must add up to 100 (rule CL401).
#weights: {}

# Task box characters: `- [x]` is done, `- [-]` is not applicable, the rest are
# open (a character in none of the sets is open too, and rule CL502 warns).
#status:
#  done: $done
#  na: $na
#  open: $open

# Status words in table columns; done/na/open add to the built-in words (any case).
#tables:
#  status_columns: $status_columns
#  done: []
#  na: []
#  open: []

# Per rule, by id or name: a severity (error, warning, info) or "off", or a mapping
# of the severity and the rule's options. For example, one rule per line:
# CL503: "off"
# CL103: {severity: warning, tolerance: 0.5}
#rules: {}

# Folders that cited evidence paths are looked up from.
#evidence:
#  roots: $roots

# How far a declared score below 10 may exceed the computed one (rule CL103).
#declared_score_tolerance: $tolerance
"""


def _fields(vocabulary: ClaimVocabulary) -> list[tuple[str, tuple[str, ...]]]:
    from dataclasses import fields

    return [(field.name, getattr(vocabulary, field.name)) for field in fields(vocabulary)]


def _quoted(value: str) -> str:
    """A double-quoted YAML string (every JSON string is one)."""
    import json

    return json.dumps(value, ensure_ascii=False)


def _flow(values: Sequence[str]) -> str:
    return "[" + ", ".join(_quoted(value) for value in values) + "]"

"""The rule documentation, rendered from the rule modules' docstrings.

`docs/rules.md` is generated: `python -m checklint.catalogue > docs/rules.md`
(a test fails while it is stale). `checklint rules` prints `rules_table()` and
`checklint explain ID` prints `rule_doc()`.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterable, Iterator

from checklint.rule import RuleModule

HOMEPAGE = "https://github.com/checklint/checklint"
RULES_DOC_URL = f"{HOMEPAGE}/blob/main/docs/rules.md"
REQUIRED_HEADINGS = ("What it does", "Why is this bad?", "Example")
REGENERATE = "python -m checklint.catalogue > docs/rules.md"

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")

_PREAMBLE = f"""\
# Rules

<!-- Generated from the docstrings in rules/ by `{REGENERATE}`. Do not edit. -->

Each rule is one module in `rules/`. Change a rule's severity or turn it off
under `rules:` in `.checklint.yaml` (`CL504: off`, `duplicate-item: error`);
`checklint explain CL504` prints one rule's documentation.

## Suppressing findings

HTML comments in the markdown silence findings; RULE is an id or a name,
several may be separated by spaces or commas, none means every rule, and an
optional `-- reason` says why:

| comment | silences |
| --- | --- |
| `<!-- checklint-disable RULE -->` | from its own line to the end of the file |
| `<!-- checklint-enable RULE -->` | nothing: it ends a `disable` (from its own line) |
| `<!-- checklint-disable-next-line RULE -->` | exactly the next line |
| `<!-- checklint-disable-file RULE -->` | the whole file, wherever it stands |

The comments work in the commit message too (git keeps HTML comments). A name
that matches no rule silences nothing.
"""


def doc_sections(module: RuleModule) -> dict[str, str]:
    """The rule docstring's `## Heading` sections, heading -> body, in order."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line, in_fence in _lines_with_fences(docstring(module)):
        heading = None if in_fence else _HEADING.match(line)
        if heading and len(heading.group(1)) == 2:
            current = sections.setdefault(heading.group(2), [])
        elif current is not None:
            current.append(line)
    return {title: "\n".join(body).strip() for title, body in sections.items()}


def rule_doc(module: RuleModule) -> str:
    """One rule's documentation as markdown, for `checklint explain`."""
    rule = module.RULE
    return (
        f"# {rule.id} {rule.name}\n\n"
        f"Default severity: {rule.severity}. {_sentence(rule.summary)}\n\n"
        f"{docstring(module)}\n"
    )


def rules_table(modules: Iterable[RuleModule] | None = None) -> str:
    """The catalogue as aligned plain-text columns, for `checklint rules`."""
    rules = [module.RULE for module in _all(modules)]
    rows = [("id", "name", "severity", "summary")]
    rows += [(rule.id, rule.name, rule.severity, rule.summary) for rule in rules]
    id_width, name_width, severity_width = (max(len(row[i]) for row in rows) for i in range(3))
    return "".join(
        f"{rule_id:<{id_width}}  {name:<{name_width}}  {severity:<{severity_width}}  {summary}\n"
        for rule_id, name, severity, summary in rows
    )


def render_rules_markdown(modules: Iterable[RuleModule] | None = None) -> str:
    """docs/rules.md: the summary table, the suppression syntax, then every rule's docstring."""
    chosen = _all(modules)
    table = ["| id | name | severity | what it finds |", "| --- | --- | --- | --- |"]
    for module in chosen:
        rule = module.RULE
        summary = rule.summary.replace("|", "\\|")
        table.append(
            f"| [{rule.id}](#{anchor(module)}) | {rule.name} | {rule.severity} | {summary} |"
        )
    parts = [_PREAMBLE, "## Catalogue\n\n" + "\n".join(table) + "\n"]
    for module in chosen:
        rule = module.RULE
        body = "\n".join(_demoted(docstring(module)))
        parts.append(
            f"## {rule.id} {rule.name}\n\nDefault severity: **{rule.severity}**.\n\n{body}\n"
        )
    return "\n".join(parts)


def anchor(module: RuleModule) -> str:
    """The fragment GitHub gives the rule's heading in docs/rules.md: 'cl504-duplicate-item'."""
    return f"{module.RULE.id} {module.RULE.name}".casefold().replace(" ", "-")


def rule_url(module: RuleModule) -> str:
    return f"{RULES_DOC_URL}#{anchor(module)}"


def _all(modules: Iterable[RuleModule] | None) -> tuple[RuleModule, ...]:
    if modules is not None:
        return tuple(modules)
    from checklint.rules import ALL_RULES

    return ALL_RULES


def docstring(module: RuleModule) -> str:
    """The rule's documentation: its module docstring, dedented."""
    return inspect.cleandoc(module.__doc__ or "")


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _lines_with_fences(text: str) -> Iterator[tuple[str, bool]]:
    """Each line and whether it is inside (or opens or closes) a fenced code block."""
    fence = ""
    for line in text.splitlines():
        marker = _FENCE.match(line)
        if fence:
            # Only a bare run of the same character, at least as long, closes a fence.
            closing = line.strip().startswith(fence) and set(line.strip()) == {fence[0]}
            yield line, True
            fence = "" if closing else fence
        elif marker:
            fence = marker.group(1)
            yield line, True
        else:
            yield line, False


def _demoted(text: str) -> Iterator[str]:
    """The docstring with every heading one level lower, leaving code blocks alone."""
    for line, in_fence in _lines_with_fences(text):
        yield line if in_fence or not _HEADING.match(line) else "#" + line


if __name__ == "__main__":
    sys.stdout.buffer.write(render_rules_markdown().encode())

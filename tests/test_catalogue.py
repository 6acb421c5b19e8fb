"""The registry in rules/__init__.py and the documentation rendered from it."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from pathlib import Path
from typing import cast

import pytest

import checklint.rules
from checklint.catalogue import (
    REGENERATE,
    REQUIRED_HEADINGS,
    anchor,
    doc_sections,
    render_rules_markdown,
    rule_doc,
    rules_table,
)
from checklint.rule import Rule, RuleModule
from checklint.rules import ALL_RULES, cl504_duplicate_item, find_rule

RULES_DIR = Path(checklint.rules.__file__).parent
RULES_DOC = Path(__file__).parents[1] / "docs" / "rules.md"


def module_name(module: RuleModule) -> str:
    return cast(types.ModuleType, module).__name__.rsplit(".", 1)[1]


def test_every_rule_module_is_listed() -> None:
    on_disk = {path.stem for path in RULES_DIR.glob("cl*.py")}
    listed = {module_name(module) for module in ALL_RULES}
    assert on_disk - listed == set(), "add these modules to ALL_RULES in rules/__init__.py"
    assert listed - on_disk == set()


def test_rules_are_listed_in_id_order_with_unique_ids_and_names() -> None:
    ids = [module.RULE.id for module in ALL_RULES]
    names = [module.RULE.name for module in ALL_RULES]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("module", ALL_RULES, ids=lambda module: module.RULE.id)
def test_rule_shape(module: RuleModule) -> None:
    rule = module.RULE
    assert re.fullmatch(r"CL\d{3}", rule.id)
    assert re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", rule.name)
    assert module_name(module) == f"{rule.id.casefold()}_{rule.name.replace('-', '_')}"
    assert rule.severity in ("error", "warning", "info")
    assert rule.summary.strip() and "\n" not in rule.summary
    assert callable(module.check)


@pytest.mark.parametrize("module", ALL_RULES, ids=lambda module: module.RULE.id)
def test_rule_docstring_has_the_required_sections(module: RuleModule) -> None:
    sections = doc_sections(module)
    missing = [heading for heading in REQUIRED_HEADINGS if not sections.get(heading)]
    assert missing == [], f"{module.RULE.id}'s docstring lacks ## {missing}"
    assert "```markdown" in sections["Example"], "the example should be a markdown snippet"


def test_docs_rules_md_is_current() -> None:
    assert RULES_DOC.read_text(encoding="utf-8") == render_rules_markdown(), (
        f"docs/rules.md is stale: run `{REGENERATE}`"
    )


def test_the_catalogue_runs_as_a_module() -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "checklint.catalogue"], capture_output=True, check=True
    )
    assert printed.stdout.decode("utf-8") == render_rules_markdown()


def test_importing_the_catalogue_loads_no_scoring() -> None:
    # `checklint rules` and `explain` import every rule and run none: scoring and the
    # fractions (and decimal) it needs load when a rule first runs.
    script = (
        "import sys, checklint.rules\n"
        "print(sorted({'checklint.scoring', 'fractions', 'decimal'} & set(sys.modules)))"
    )
    printed = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
    assert printed.stdout.decode("utf-8").strip() == "[]"


def test_find_rule_by_id_in_any_case_or_by_name() -> None:
    assert find_rule("CL504") is cl504_duplicate_item
    assert find_rule("cl504") is cl504_duplicate_item
    assert find_rule("duplicate-item") is cl504_duplicate_item
    assert find_rule("CL999") is None
    assert find_rule("duplicate") is None


# --- rendering, over a rule the test defines ----------------------------------------------------

FAKE_DOC = """## What it does
Finds `a | b`.

## Why is this bad?
Because.

## Example
```markdown
## Not a heading of the docstring
```python is content: a closing fence has no info string
# nor this
```

## How to fix
Fix it.
"""


def fake_rule() -> RuleModule:
    module = types.ModuleType("cl901_pipe_rule")
    module.__doc__ = FAKE_DOC
    module.RULE = Rule("CL901", "pipe-rule", "info", "finds a | b")  # type: ignore[attr-defined]
    return cast(RuleModule, module)


def test_doc_sections_ignore_headings_inside_code() -> None:
    sections = doc_sections(fake_rule())
    assert list(sections) == ["What it does", "Why is this bad?", "Example", "How to fix"]
    assert "## Not a heading of the docstring" in sections["Example"]


def test_rendered_markdown_demotes_headings_but_not_code() -> None:
    rendered = render_rules_markdown([fake_rule()])
    assert "\n## CL901 pipe-rule\n\nDefault severity: **info**.\n\n### What it does\n" in rendered
    assert "\n### How to fix\n" in rendered
    assert "\n## Not a heading of the docstring\n" in rendered  # inside the fence, untouched
    assert "\n# nor this\n" in rendered
    assert "| [CL901](#cl901-pipe-rule) | pipe-rule | info | finds a \\| b |" in rendered


def test_rule_doc_is_the_docstring_under_a_title() -> None:
    assert rule_doc(fake_rule()) == (
        "# CL901 pipe-rule\n\nDefault severity: info. Finds a | b.\n\n" + FAKE_DOC.strip() + "\n"
    )


def test_rules_table_aligns_its_columns() -> None:
    table = rules_table([fake_rule(), cl504_duplicate_item])
    assert table.splitlines() == [
        "id     name            severity  summary",
        "CL901  pipe-rule       info      finds a | b",
        "CL504  duplicate-item  warning   the same item text twice in one section",
    ]


def test_anchor_is_githubs_slug_of_the_heading() -> None:
    assert anchor(cl504_duplicate_item) == "cl504-duplicate-item"

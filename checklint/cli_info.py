"""`checklint rules`, `explain`, `schema` and `init`: commands that explain and set up."""

from __future__ import annotations

import json
from pathlib import Path

import click

from checklint.cli import GlobalOptions, pass_options
from checklint.errors import ChecklintError


@click.command("rules")
def rules_command() -> int:
    """The rule catalogue: id, name, default severity and summary."""
    from checklint.catalogue import rules_table

    click.echo(rules_table(), nl=False)
    return 0


@click.command("explain")
@click.argument("rule")
def explain_command(rule: str) -> int:
    """One rule's documentation (by id, e.g. CL101, or name)."""
    from checklint.catalogue import rule_doc
    from checklint.rules import ALL_RULES, find_rule

    module = find_rule(rule)
    if module is None:
        known = ", ".join(m.RULE.id for m in ALL_RULES)
        raise ChecklintError(f"no rule '{rule}'; known rules: {known}")
    click.echo(rule_doc(module), nl=False)
    return 0


@click.command("schema")
def schema_command() -> int:
    """The JSON Schema of the configuration (.checklint.yaml / [tool.checklint])."""
    from checklint.config import config_schema

    click.echo(json.dumps(config_schema(), indent=2, ensure_ascii=False))
    return 0


@click.command("init")
@pass_options
def init_command(options: GlobalOptions) -> int:
    """Write a commented .checklint.yaml for the checklists and queues found."""
    from checklint.config import render_init
    from checklint.loader import default_tree, resolve_root
    from checklint.setup import guess_roles

    root = resolve_root(options.root)
    target = root / ".checklint.yaml"
    if target.exists():
        raise ChecklintError(
            "already exists; checklint init never overwrites a configuration", path=_shown(target)
        )
    checklists, queues = guess_roles(default_tree(root))
    target.write_text(render_init(checklists, queues), encoding="utf-8")
    click.echo(f"wrote {_shown(target)}: {len(checklists)} checklist(s), {len(queues)} queue(s)")
    return 0


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


COMMANDS = (rules_command, explain_command, schema_command, init_command)

"""`checklint list`: query the items of every checklist and queue."""

from __future__ import annotations

import click

from checklint.cli import GlobalOptions, pass_options


@click.command("list")
@click.option(
    "--open",
    "states",
    flag_value="open",
    multiple=True,
    help="Open items: the blockers (combine with --done/--na for either).",
)
@click.option("--done", "states", flag_value="done", multiple=True, help="Done items.")
@click.option("--na", "states", flag_value="na", multiple=True, help="Not-applicable items.")
@click.option(
    "--owner",
    "owners",
    multiple=True,
    metavar="OWNER",
    help="Items of this owner (@handle or name; repeatable).",
)
@click.option(
    "--section",
    "sections",
    multiple=True,
    metavar="NAME",
    help="Items in a section (or a subsection of one) whose name contains NAME (repeatable).",
)
@click.option(
    "--file",
    "files",
    multiple=True,
    metavar="GLOB",
    help="Items in files matching GLOB (repeatable).",
)
@click.option("--overdue", is_flag=True, help="Open items whose due date has passed.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "csv"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@pass_options
def list_command(
    options: GlobalOptions,
    states: tuple[str, ...],
    owners: tuple[str, ...],
    sections: tuple[str, ...],
    files: tuple[str, ...],
    overdue: bool,
    output_format: str,
) -> int:
    """List items (task items and table rows) of the checklists and queues.

    Filters combine: `--open --owner @mina --overdue` lists Mina's overdue blockers.
    """
    from checklint.cli_common import load_project
    from checklint.query import ItemQuery, render_items, select_items

    project = load_project(options)
    query = ItemQuery(
        states=frozenset(states), owners=owners, sections=sections, files=files, overdue=overdue
    )
    rows = select_items(project, query)
    color = output_format == "text" and options.use_color()
    # color=: click would strip the escapes from a pipe even under --color.
    click.echo(render_items(rows, output_format, color=color), nl=False, color=color)
    return 0


COMMANDS = (list_command,)

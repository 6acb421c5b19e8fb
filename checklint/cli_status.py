"""`checklint status`: the dashboard."""

from __future__ import annotations

import click

from checklint.cli import GlobalOptions, pass_options


@click.command("status")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="text for a terminal, markdown for pull-request comments and step summaries, json.",
)
@click.option("--strict", is_flag=True, help="Exit 1 when the project is not ready.")
@click.option("--staged", is_flag=True, help="Read the git index instead of the work tree.")
@pass_options
def status_command(options: GlobalOptions, output_format: str, strict: bool, staged: bool) -> int:
    """The overall score, readiness, dimensions, blockers and claims."""
    from checklint.cli_common import load_project
    from checklint.status import build_status, render_status

    project = load_project(options, staged=staged)
    report = build_status(project)
    color = options.use_color()
    # click.echo strips escape codes when stdout is not a terminal unless told otherwise:
    # `--color` must colour a pipe too (`checklint --color status | less -R`).
    click.echo(render_status(report, output_format, color=color), nl=False, color=color)
    return 1 if strict and not report.ready else 0


COMMANDS = (status_command,)

"""The `checklint` command: click owns the arguments, the library does the work.

Each command is a thin function over the library API. `main` is the one
place that maps errors to exit codes: a `ChecklintError` or a usage error is
one `error: …` line on stderr and exit 2. Command modules import what they
need inside their functions, so `checklint check` never pays for rich,
pydantic or GitPython unless it uses them.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import click

from checklint.errors import ChecklintError


class GlobalOptions(NamedTuple):
    root: Path | None
    config: Path | None
    color: bool | None  # None: decide from the terminal and NO_COLOR

    def use_color(self, stream: object = None) -> bool:
        if self.color is not None:
            return self.color
        if os.environ.get("NO_COLOR"):
            return False
        target = stream if stream is not None else sys.stdout
        isatty = getattr(target, "isatty", None)
        return bool(isatty and isatty())


_pass_global_options = click.make_pass_decorator(GlobalOptions)


def _override(field: str) -> Callable[[click.Context, click.Parameter, object], object]:
    """A callback that lets a command's own --root/--config/--color win over the group's."""

    def remember(ctx: click.Context, param: click.Parameter, value: object) -> object:
        if value is not None:
            current = ctx.find_object(GlobalOptions) or GlobalOptions(None, None, None)
            changes: dict[str, Any] = {field: value}
            ctx.obj = current._replace(**changes)
        return value

    return remember


# Accepted before the command name and after it (`checklint --no-color status` and
# `checklint status --no-color`): one definition serves the group and every command.
_SHARED_OPTIONS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    (
        "--root",
        "root",
        {
            "type": click.Path(path_type=Path),
            "help": "Project root (default: the git work tree around the current folder).",
        },
    ),
    (
        "--config",
        "config",
        {
            "type": click.Path(path_type=Path),
            "help": "Configuration file (default: .checklint.yaml or [tool.checklint]).",
        },
    ),
    (
        "--color/--no-color",
        "color",
        {
            "help": "Force colour on or off (default: on for a terminal unless NO_COLOR is set).",
        },
    ),
)


def global_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for flags, field, settings in reversed(_SHARED_OPTIONS):
        option = click.option(
            flags, default=None, expose_value=False, callback=_override(field), **settings
        )
        command = option(command)
    return command


def pass_options(command: Callable[..., int]) -> Callable[..., int]:
    """Pass GlobalOptions to a command that also accepts the global options itself."""
    decorated: Callable[..., int] = global_options(_pass_global_options(command))
    return decorated


# Which module defines each command: a run imports only its own command's module.
COMMAND_MODULES = {
    "check": "checklint.cli_check",
    "claims": "checklint.cli_check",
    "list": "checklint.cli_list",
    "status": "checklint.cli_status",
    "rules": "checklint.cli_info",
    "explain": "checklint.cli_info",
    "schema": "checklint.cli_info",
    "init": "checklint.cli_info",
}


class LazyGroup(click.Group):
    """A group that imports a command's module when the command is used (click's own recipe)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMAND_MODULES.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(module_name)
        command: click.Command = next(c for c in module.COMMANDS if c.name == cmd_name)
        return command


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@global_options
@click.version_option(package_name="checklint", message="checklint %(version)s")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Keep release claims honest: parse markdown checklists and owner queues, score them,
    and refuse 10/10, READY or ACHIEVED claims while blockers remain."""
    if ctx.obj is None:
        ctx.obj = GlobalOptions(None, None, None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; every failure the user can fix becomes `error: …` and exit 2."""
    # A run is short and makes almost no reference cycles, so the cycle collector would only
    # rescan the parsed records again and again (~7% of a large check); it is paused here.
    collecting = gc.isenabled()
    gc.disable()
    try:
        result = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="checklint",
            standalone_mode=False,
        )
    except ChecklintError as exc:
        click.echo(f"error: {exc}", err=True)
        return 2
    except click.UsageError as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        hint = exc.ctx.command_path if exc.ctx else "checklint"
        click.echo(f"Try '{hint} --help' for help.", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        return 2
    except click.exceptions.Abort:
        click.echo("error: aborted", err=True)
        return 2
    except BrokenPipeError:
        # `checklint list | head`: the reader left; that is not our failure.
        sys.stderr.close()
        return 0
    finally:
        if collecting:
            gc.enable()
        from checklint import regexcache

        regexcache.save()  # the patterns this run compiled, for the next run
    return result if isinstance(result, int) else 0

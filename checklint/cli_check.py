"""`checklint check` and `checklint claims`: the commands the hooks run."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import click

from checklint.cli import GlobalOptions, pass_options
from checklint.errors import ChecklintError
from checklint.rule import Finding


def source_mode(
    staged: bool, from_ref: str | None, to_ref: str | None
) -> tuple[bool, str | None, str | None]:
    """(staged, from, to): the flags, or what pre-commit says through its environment.

    pre-commit exports PRE_COMMIT=1 to every hook, and for pre-push the pushed range as
    PRE_COMMIT_FROM_REF/TO_REF. A push that brings a new history (its root commit) gets
    no range, only PRE_COMMIT_LOCAL_BRANCH: all of that branch is new, so the range
    starts from nothing. Every other stage (pre-commit, pre-merge-commit, commit-msg,
    manual) checks the index: what the commit or merge will record.
    """
    if (from_ref is None) != (to_ref is None):
        raise ChecklintError("--from-ref and --to-ref go together")
    if staged and from_ref is not None:
        raise ChecklintError("--staged checks the index, --from-ref/--to-ref a commit: pick one")
    if staged or from_ref is not None:
        return staged, from_ref, to_ref
    if os.environ.get("PRE_COMMIT") != "1":
        return False, None, None
    env_from = os.environ.get("PRE_COMMIT_FROM_REF")
    env_to = os.environ.get("PRE_COMMIT_TO_REF")
    if env_from and env_to:
        return False, env_from, env_to
    local_branch = os.environ.get("PRE_COMMIT_LOCAL_BRANCH")
    if local_branch:
        from checklint.rangediff import NULL_SHA

        return False, NULL_SHA, local_branch
    return True, None, None


def only_paths(findings: list[Finding], paths: tuple[str, ...], root: Path) -> list[Finding]:
    """Findings in the named files or folders; the whole project is still read."""
    if not paths:
        return findings
    named = names_path(paths, root)
    return [finding for finding in findings if named(finding.path)]


def names_path(paths: tuple[str, ...], root: Path) -> Callable[[str], bool]:
    """Whether a project path is one of `paths` (files or folders, as typed) or inside one."""
    wanted = [_relative(path, root).rstrip("/") for path in paths]
    if "." in wanted:
        return lambda path: True
    return lambda path: any(path == w or path.startswith(w + "/") for w in wanted)


def _relative(path: str, root: Path) -> str:
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "sarif", "github"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("--staged", is_flag=True, help="Check the git index (what the next commit holds).")
@click.option("--from-ref", default=None, metavar="REF", help="Start of a range (with --to-ref).")
@click.option("--to-ref", default=None, metavar="REF", help="End of a range: the tree checked.")
@click.option(
    "--select",
    "select",
    multiple=True,
    metavar="RULE",
    help="Run only these rules (id or name; repeatable).",
)
@pass_options
def check_command(
    options: GlobalOptions,
    paths: tuple[str, ...],
    output_format: str,
    staged: bool,
    from_ref: str | None,
    to_ref: str | None,
    select: tuple[str, ...],
) -> int:
    """Run every rule; exit 1 on error-level findings.

    The whole project is always read (a claim anywhere is judged against every
    blocker); PATHS only narrow which files' findings are shown.
    """
    from checklint.checkreport import check_refusal, check_report
    from checklint.cli_common import load_project
    from checklint.engine import ProjectFacts, exit_code, run

    pushing = from_ref is None and not staged and _pre_push()
    staged, from_ref, to_ref = source_mode(staged, from_ref, to_ref)
    project = load_project(options, staged=staged, ref=to_ref)
    facts = ProjectFacts(project)  # the rules' scorecard and claims serve the report too
    findings = only_paths(run(project, select=select or None, facts=facts), paths, project.root)
    changes = None
    if from_ref is not None and to_ref is not None:
        from checklint.rangediff import describe_range

        changes = describe_range(facts, from_ref, to_ref)
    output = check_report(findings, output_format, changes, color=options.use_color())
    code = exit_code(findings)
    if output_format == "text" and code:
        output += check_refusal(findings, facts, staged=staged, to_ref=to_ref, pushing=pushing)
    if output:
        click.echo(output, nl=False)
    return code


def _pre_push() -> bool:
    """Whether pre-commit runs us for `git push` (it names the remote only then)."""
    return os.environ.get("PRE_COMMIT") == "1" and bool(os.environ.get("PRE_COMMIT_REMOTE_NAME"))


@click.command("claims")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--commit-msg",
    "commit_msg",
    type=click.Path(path_type=Path),
    default=None,
    metavar="FILE",
    help="Judge this commit message's claims (the commit-msg hook).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("--staged", is_flag=True, help="Judge against the git index.")
@pass_options
def claims_command(
    options: GlobalOptions,
    paths: tuple[str, ...],
    commit_msg: Path | None,
    output_format: str,
    staged: bool,
) -> int:
    """List every claim and whether it holds; exit 1 when one is made while blockers remain.

    With --commit-msg (the commit-msg hook) only the message's claims are judged, against
    the blockers of the index; name PATHS (or '.') to judge files' claims as well.
    """
    from checklint.claimreport import claims_report

    staged, _, to_ref = source_mode(staged, None, None)
    output, code = claims_report(
        options, paths, commit_msg, output_format, staged=staged, ref=to_ref
    )
    if output:
        click.echo(output, nl=False)
    return code


COMMANDS = (check_command, claims_command)

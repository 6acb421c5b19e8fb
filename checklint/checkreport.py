"""What `checklint check` prints: the findings in a format, a range's changes, a refusal.

The range's changes go where each format keeps extra facts: before the findings in
text, the `range` key in json, the run's property bag in sarif, a notice in github.
The refusal (text only) follows the findings when one is an error.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from checklint.errors import ChecklintError

if TYPE_CHECKING:
    from checklint.engine import ProjectFacts
    from checklint.rangecompare import RangeChanges
    from checklint.rule import Finding


def check_report(
    findings: list[Finding], output_format: str, changes: RangeChanges | None, *, color: bool
) -> str:
    """The findings in `output_format`, with the range's changes in that format's own place."""
    from checklint.output import render

    if changes is None or output_format == "json":
        extra = {"range": changes.as_json()} if changes is not None else {}
        return render(findings, output_format, color=color, extra=extra)
    output = render(findings, output_format, color=color)
    from checklint.rangereport import range_github, with_range_in_sarif

    if output_format == "sarif":
        return with_range_in_sarif(output, changes)
    if output_format == "github":
        return range_github(changes) + output
    summary = changes.as_text()
    return summary + ("\n" if summary and output else "") + output


def check_refusal(
    findings: list[Finding],
    facts: ProjectFacts,
    *,
    staged: bool,
    to_ref: str | None,
    pushing: bool,
) -> str:
    """What to do about the errors; for a commit or merge, also what it changes itself."""
    from checklint.refusal import refusal_text

    if staged:
        merging = _merging(facts)
        what, title = ("this merge", "The merge") if merging else ("this commit", "Staged changes")
        context = _staged_changes(facts, f"{title} against HEAD")
        return refusal_text(findings, facts, refused=what, context=context)
    if to_ref is None:
        return refusal_text(findings, facts)
    if pushing:  # the commits exist already
        epilogue = "Fix it in a new commit, then push again."
        return refusal_text(findings, facts, refused="the push", epilogue=epilogue)
    return refusal_text(findings, facts, refused=f"the tree at {to_ref}")


def _merging(facts: ProjectFacts) -> bool:
    """Whether git is making a merge commit.

    `git merge` runs pre-merge-commit before it writes MERGE_HEAD, but names itself in
    GIT_REFLOG_ACTION ('merge topic', 'pull'); the commit that concludes a conflicted
    merge has MERGE_HEAD.
    """
    from checklint.gitrepo import run_git

    action = os.environ.get("GIT_REFLOG_ACTION", "").split()
    if action and action[0] in ("merge", "pull") and "--rebase" not in action:
        return True
    merge_head = ("rev-parse", "--quiet", "--verify", "MERGE_HEAD")
    return run_git(facts.project.root, merge_head).returncode == 0


def _staged_changes(facts: ProjectFacts, title: str) -> str:
    """What the commit being made changes (it may have reopened an item), if HEAD reads."""
    from checklint.rangediff import describe_index

    try:
        changes = describe_index(facts)
    except ChecklintError:  # a broken file in HEAD must not hide why this commit is refused
        return ""
    return changes.as_text(title)

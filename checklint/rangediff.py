"""What a range of commits changed in the release database (SPEC §8).

`checklint check --from-ref A --to-ref B` (and pre-push) judges the TO tree; this
module says how it got there, by reading the FROM tree too and comparing the two
(`checklint.rangecompare`). The FROM tree is read with the TO tree's settings, so a
change of configuration does not show as every item leaving and coming back.
Files renamed in the range are paired under their new name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checklint.rangecompare import RangeChanges, compare

if TYPE_CHECKING:
    from checklint.engine import ProjectFacts
    from checklint.project import Project

__all__ = ["NULL_SHA", "RangeChanges", "describe_index", "describe_range", "load_base"]

NULL_SHA = "0" * 40  # git's name for 'no commit': the base of a new history


def describe_range(facts: ProjectFacts, from_ref: str, to_ref: str) -> RangeChanges:
    """What changed from `from_ref` to the project in `facts` (read from `to_ref`)."""
    from checklint.engine import ProjectFacts
    from checklint.gitrepo import diff_range, is_null_sha

    project = facts.project
    base = load_base(project, from_ref)
    renames: dict[str, str] = {}
    if not is_null_sha(from_ref):
        changes = diff_range(project.root, from_ref, to_ref)
        renames = {c.old_path: c.path for c in changes if c.status == "R" and c.old_path}
    return compare(ProjectFacts(base), facts, from_ref, to_ref, renames=renames)


def describe_index(facts: ProjectFacts) -> RangeChanges:
    """What the commit being made changes: the project in `facts` (the index) against HEAD."""
    from checklint.engine import ProjectFacts
    from checklint.gitrepo import run_git

    born = run_git(facts.project.root, ("rev-parse", "--verify", "--quiet", "HEAD^{commit}"))
    if born.returncode != 0:  # the first commit adds it all
        return compare(ProjectFacts(load_base(facts.project, NULL_SHA)), facts, NULL_SHA, "index")
    head = born.stdout.decode().strip()  # read by its sha: HEAD is not resolved twice
    return compare(ProjectFacts(load_base(facts.project, head)), facts, "HEAD", "index")


def load_base(project: Project, ref: str) -> Project:
    """The project as commit `ref` holds it, read with `project`'s settings.

    The all-zeros sha (a branch the remote does not have yet) is an empty project.
    Configured plain paths may be missing here: the range may be what added them.
    """
    from dataclasses import replace

    from checklint.cache import parse_like
    from checklint.gitrepo import is_null_sha
    from checklint.gittree import GitCommitTree
    from checklint.loader import classify

    if is_null_sha(ref):
        return replace(project, documents=(), commit_message=None)
    tree = GitCommitTree(project.root, ref, what="base commit")
    roles = classify(project.settings, tree.files())
    documents = tuple(  # through the cache the project's documents came from, if any
        parse_like(project.documents, tree, path, role, project.settings)
        for path, role in sorted(roles.items())
    )
    return replace(project, tree=tree, documents=documents, commit_message=None)

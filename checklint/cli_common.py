"""What every command shares: loading the project the options describe."""

from __future__ import annotations

import os
from datetime import date

from checklint.cli import GlobalOptions
from checklint.errors import ChecklintError
from checklint.project import Project


def today_from_env() -> date | None:
    """CHECKLINT_TODAY=YYYY-MM-DD pins 'today' (reproducible CI runs and golden tests)."""
    value = os.environ.get("CHECKLINT_TODAY")
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ChecklintError(f"CHECKLINT_TODAY={value!r} is not a YYYY-MM-DD date") from None


def load_project(
    options: GlobalOptions, *, staged: bool = False, ref: str | None = None
) -> Project:
    """The project from the work tree, the index (`staged`) or a commit (`ref`)."""
    from checklint.loader import load, resolve_root

    root = resolve_root(options.root)
    tree = None
    if staged or ref is not None:
        from checklint.gittree import GitCommitTree, GitIndexTree

        tree = GitIndexTree(root) if staged else GitCommitTree(root, ref or "HEAD")
    return load(root, config=options.config, tree=tree, today=today_from_env(), cache=True)

"""Guessing which files are checklists and queues, for `checklint init`."""

from __future__ import annotations

from checklint.globs import filter_paths
from checklint.settings import Settings
from checklint.tree import Tree

_MARKDOWN = ("**/*.md", "**/*.markdown")


def guess_roles(tree: Tree) -> tuple[list[str], list[str]]:
    """(checklists, queues): the seed layout when present, else files named like one."""
    defaults = Settings()
    files = tree.files()
    checklists = filter_paths(defaults.checklists, files)
    queues = filter_paths(defaults.queues, files)
    markdown = filter_paths(_MARKDOWN, files)
    if not checklists:
        checklists = [p for p in markdown if "checklist" in p.rsplit("/", 1)[-1].casefold()]
    if not queues:
        queues = [
            p
            for p in markdown
            if any(w in p.rsplit("/", 1)[-1].casefold() for w in ("queue", "decision"))
        ]
    return checklists, queues

"""What a git tree holds: one `git ls-files` or `git ls-tree` call, parsed into entries.

Listings run in the project root, so git limits them to it and names paths relative
to it. Using git's plumbing rather than GitPython's index parser means every index
format works (v4, split, sparse) and `GIT_INDEX_FILE` is honoured: `git commit -a` and
`git commit <paths>` hand their hooks a temporary index through it.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import NamedTuple

from checklint.gitrepo import git_output, split_nul

GITLINK = "160000"  # a submodule: a commit, not a file
SYMLINK = "120000"  # the blob holds the link's target
# -t tags each record: H tracked, R deleted from disk, S skip-worktree (sparse checkout,
# so not on disk), M unmerged, ? untracked. One call, and no stat per file on our side.
_WORK_TREE_LISTING = ("ls-files", "-z", "-t", "--stage", "-c", "-d", "-o", "--exclude-standard")
_IGNORED_LISTING = ("ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory")


class Entry(NamedTuple):
    """One file of a listing."""

    mode: str  # git's octal mode; "" for an untracked work-tree file
    sha: str  # the blob's name; "" for an untracked work-tree file
    stage: int  # 0, or 1-3 for a path left unmerged by a conflicted merge


def list_work_tree(root: Path) -> dict[str, Entry]:
    """Tracked files still on disk, plus untracked files git does not ignore."""
    entries: dict[str, Entry] = {}
    missing: set[str] = set()
    for record in split_nul(git_output(root, *_WORK_TREE_LISTING)):
        tag, _, rest = record.partition(" ")
        if tag == "?":
            if not rest.endswith("/"):  # "dir/" is a nested repository, not a file
                entries[rest] = Entry("", "", 0)
            continue
        entry, path = _parse_stage_record(rest)
        if tag in ("R", "S") or entry.mode == GITLINK:
            missing.add(path)
        else:
            entries[path] = entry
    return {path: entry for path, entry in entries.items() if path not in missing}


def list_index(root: Path) -> dict[str, Entry]:
    """The index's files; an unmerged path keeps the entry of its last (nonzero) stage."""
    entries: dict[str, Entry] = {}
    for record in split_nul(git_output(root, "ls-files", "-z", "--stage")):
        entry, path = _parse_stage_record(record)
        if entry.mode != GITLINK:
            entries[path] = entry
    return entries


def list_commit(root: Path, sha: str) -> dict[str, Entry]:
    """The files of a commit's tree (submodules left out)."""
    entries: dict[str, Entry] = {}
    for record in split_nul(git_output(root, "ls-tree", "-r", "-z", sha)):
        meta, _, path = record.partition("\t")
        mode, kind, blob = meta.split(" ")
        if kind == "blob":
            entries[path] = Entry(mode, blob, 0)
    return entries


def list_ignored(root: Path) -> frozenset[str]:
    """Untracked paths git ignores; a wholly ignored directory appears once, as itself."""
    return frozenset(path.rstrip("/") for path in split_nul(git_output(root, *_IGNORED_LISTING)))


def tree_key(path: str) -> str | None:
    """The listing key for a path as users write it ('./a//b/' is 'a/b'); None outside."""
    key = posixpath.normpath(path) if path else "."
    if key == ".." or key.startswith(("../", "/")):
        return None
    return key


def parent_dirs(paths: dict[str, Entry]) -> frozenset[str]:
    """Every directory holding at least one of `paths`."""
    dirs: set[str] = set()
    for path in paths:
        cut = path.rfind("/")
        while cut > 0 and path[:cut] not in dirs:
            dirs.add(path[:cut])
            cut = path.rfind("/", 0, cut)
    return frozenset(dirs)


def _parse_stage_record(record: str) -> tuple[Entry, str]:
    """One `ls-files --stage` record: `<mode> <sha> <stage>\\t<path>`."""
    meta, _, path = record.partition("\t")
    mode, sha, stage = meta.split(" ")
    return Entry(mode, sha, int(stage)), path

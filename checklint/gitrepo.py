"""Git without GitPython: finding the repository, running git, resolving refs and ranges.

Nothing here imports GitPython: finding the root (on every command) starts no process
and listing the work tree starts one `git`. Only the index and commit trees in
`checklint.gittree` load GitPython, to stream blobs.

Every git command runs with the project root as its working directory, so git itself
limits listings to that directory and reports paths relative to it (`--root sub/` in a
bigger repository sees `sub/` as its whole world, exactly like `FileSystemTree`).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import NamedTuple

from checklint.errors import ChecklintError

SHALLOW_HINT = "fetch more history (git fetch --deepen=N or fetch-depth: 0 in actions/checkout)"
# Hooks may export these relative to the directory git started in; we run git elsewhere.
_PATH_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
)
_HEX_NAME = re.compile(r"[0-9a-fA-F]{4,64}")


class FileChange(NamedTuple):
    """One path a range changed, as `git diff-tree --name-status -M` reports it."""

    status: str  # A added, M modified, D deleted, R renamed, T type changed (C, U, X rare)
    path: str  # the path in the to-commit; for a deletion, the path that was removed
    old_path: str | None  # the from-commit path of a rename or copy, else None


def find_git_root(start: Path) -> Path | None:
    """The nearest directory at or above `start` holding a `.git` entry, or None.

    `.git` is a directory in a plain clone and a file in worktrees and submodules.
    No subprocess and no GitPython: this runs on every command.
    """
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return None


def require_git_root(root: Path) -> Path:
    """`find_git_root(root)`, or the error to show when git mode was asked for outside git."""
    top = find_git_root(root)
    if top is None:
        raise ChecklintError(f"not a git repository (or any parent directory): {root}")
    return top


def is_null_sha(ref: str) -> bool:
    """Whether `ref` is git's all-zeros name for 'no commit' (a new or a deleted branch)."""
    return len(ref) in (40, 64) and set(ref) == {"0"}


def git_output(cwd: Path, *args: str) -> bytes:
    """The stdout of `git <args>` run in `cwd`; a failure becomes git's own first line."""
    result = run_git(cwd, args)
    if result.returncode != 0:
        raise ChecklintError(f"git {args[0]} failed: {_first_line(result.stderr)}")
    return result.stdout


def split_nul(raw: bytes) -> list[str]:
    """The records of a `-z` listing, decoded the way Python decodes file names."""
    return [os.fsdecode(record) for record in raw.split(b"\0") if record]


def resolve_commit(root: Path, ref: str, *, what: str = "commit") -> str:
    """The full sha of the commit `ref` names: a branch, tag, sha, `HEAD~1`, ...

    `what` names the role in the shallow-clone message ('base commit' for a range start).
    """
    if is_null_sha(ref):
        raise ChecklintError(
            f"'{ref}' is git's all-zeros sha (no commit): there is no tree to read"
        )
    if ref and not ref.startswith("-"):  # a leading dash would be read as an option
        result = run_git(root, ("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"))
        if result.returncode == 0:
            return result.stdout.decode().strip()
    raise ChecklintError(_unresolved_message(root, ref, what))


def diff_range(root: Path, from_ref: str, to_ref: str) -> tuple[FileChange, ...]:
    """What changed from one commit's tree to another's, with renames detected.

    The trees are compared directly (no merge base), as pre-push hands us the remote's
    old sha and the local new sha. An all-zeros `from_ref` (a new branch) means no base:
    every file of `to_ref` counts as added.
    """
    to_sha = resolve_commit(root, to_ref)
    if is_null_sha(from_ref):
        names = git_output(root, "ls-tree", "-r", "-z", "--name-only", to_sha)
        return tuple(FileChange("A", name, None) for name in split_nul(names))
    from_sha = resolve_commit(root, from_ref, what="base commit")
    raw = git_output(
        root, "diff-tree", "-r", "-z", "-M", "--relative", "--name-status", from_sha, to_sha
    )
    return _parse_name_status(split_nul(raw))


def changed_files(root: Path, from_ref: str, to_ref: str) -> tuple[str, ...]:
    """The sorted paths of `to_ref` that the range added or changed (a rename: the new path).

    Deleted paths are left out, so every path here can be read from the `to_ref` tree;
    `diff_range` has the deletions and the old names of renames.
    """
    changes = diff_range(root, from_ref, to_ref)
    return tuple(sorted(change.path for change in changes if change.status != "D"))


def _parse_name_status(records: list[str]) -> tuple[FileChange, ...]:
    changes: list[FileChange] = []
    position = 0
    while position < len(records):
        status = records[position][0]  # drop the similarity score of R100 / C075
        if status in "RC":
            old, new = records[position + 1], records[position + 2]
            changes.append(FileChange(status, new, old))
            position += 3
        else:
            changes.append(FileChange(status, records[position + 1], None))
            position += 2
    return tuple(changes)


def _unresolved_message(root: Path, ref: str, what: str) -> str:
    if not git_output(root, "rev-list", "-n", "1", "--all").strip():
        return f"unknown revision '{ref}': the repository has no commits yet"
    shallow = git_output(root, "rev-parse", "--is-shallow-repository").strip() == b"true"
    if shallow and _HEX_NAME.fullmatch(ref):
        return f"the {what} {ref} is not in this shallow clone; {SHALLOW_HINT}"
    return f"unknown revision '{ref}'"


def run_git(cwd: Path, args: tuple[str, ...]) -> subprocess.CompletedProcess[bytes]:
    """`git <args>` in `cwd`, whatever its exit status; only a missing git is an error."""
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, env=_git_environment(), capture_output=True, check=False
        )
    except FileNotFoundError:  # raised for a missing cwd as well as a missing git
        if not cwd.is_dir():
            raise ChecklintError(f"no such directory: {cwd}") from None
        raise ChecklintError("git is not installed (no `git` command on PATH)") from None


def _git_environment() -> dict[str, str]:
    env = dict(os.environ)
    for name in _PATH_VARIABLES:
        value = env.get(name)
        if value and not os.path.isabs(value):
            env[name] = os.path.abspath(value)
    return env


def _first_line(stderr: bytes) -> str:
    for line in stderr.decode("utf-8", "replace").splitlines():
        if line.strip():
            return line.strip().removeprefix("fatal: ").removeprefix("error: ")
    return "no message"

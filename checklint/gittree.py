"""Trees read from git: the work tree as git sees it, the index, and any commit.

`--staged` and the pre-commit hook must check exactly what git would commit, so the
index tree lists and reads the index, never the work tree's edits, and a commit tree
(`--from-ref/--to-ref`) reads that commit. Their content is the blobs'; a file on
disk is only used in place of a blob when it hashes to that very blob id (the same
bytes, read faster). Paths are POSIX, sorted and relative to the project root, which may be a
subdirectory of the repository: git then lists only that subdirectory.

GitPython (~50 ms to import) is loaded only by the index and commit trees, on the
first `read` of a blob the work tree does not hold as it is, to stream every blob
through one `git cat-file --batch` process rather than one process per file. The
work tree needs no GitPython at all.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checklint.cache_store import blob_id
from checklint.errors import ChecklintError
from checklint.gitlisting import (
    SYMLINK,
    Entry,
    list_commit,
    list_ignored,
    list_index,
    list_work_tree,
    parent_dirs,
    tree_key,
)
from checklint.gitrepo import require_git_root, resolve_commit

if TYPE_CHECKING:
    from git import Repo

_MAX_LINK_HOPS = 40


class _GitTree:
    """What the three trees share: a lazy listing, directory lookups and ignore lookups."""

    def __init__(self, root: Path) -> None:
        require_git_root(root)
        self.root = root
        self._entries: dict[str, Entry] | None = None
        self._sorted: list[str] | None = None
        self._dirs: frozenset[str] | None = None
        self._ignored: frozenset[str] | None = None

    @property
    def label(self) -> str:
        raise NotImplementedError

    @property
    def _place(self) -> str:
        """How an error message names this tree: 'the index', 'commit HEAD~1'."""
        return f"the {self.label}"

    def _list_entries(self) -> dict[str, Entry]:
        raise NotImplementedError

    def _entry_map(self) -> dict[str, Entry]:
        if self._entries is None:
            self._entries = self._list_entries()
        return self._entries

    def files(self) -> Sequence[str]:
        if self._sorted is None:
            self._sorted = sorted(self._entry_map())
        return self._sorted

    def exists(self, path: str) -> bool:
        key = tree_key(path)
        if key is None or key == ".":
            return key == "."
        if key in self._entry_map():
            return True
        if self._dirs is None:
            self._dirs = parent_dirs(self._entry_map())
        return key in self._dirs

    def ignored(self, path: str) -> bool:
        """On disk below the root, not in this tree, and ignored by git's rules on disk."""
        key = tree_key(path)
        if key is None or key == "." or self.exists(key):
            return False
        if not os.path.lexists(self.root / key):
            return False
        if self._ignored is None:  # one listing answers every later lookup
            self._ignored = list_ignored(self.root)
        parts = key.split("/")
        return any("/".join(parts[: depth + 1]) in self._ignored for depth in range(len(parts)))

    def _lookup(self, path: str) -> tuple[str, Entry]:
        key = tree_key(path)
        entry = None if key is None else self._entry_map().get(key)
        if key is None or entry is None:
            raise ChecklintError(f"not a file in {self._place}", path=path)
        return key, entry


class GitWorkTree(_GitTree):
    """Files on disk as git sees them: tracked ones still present, untracked unignored ones."""

    @property
    def label(self) -> str:
        return "work tree"

    def _list_entries(self) -> dict[str, Entry]:
        return list_work_tree(self.root)

    def read(self, path: str) -> bytes:
        key, _ = self._lookup(path)
        try:
            return (self.root / key).read_bytes()
        except IsADirectoryError:
            raise ChecklintError("is a directory, not a file", path=path) from None
        except OSError as exc:
            raise ChecklintError(f"cannot read: {exc.strerror}", path=path) from None


class _BlobTree(_GitTree):
    """A tree whose contents are blobs in git's object database (the index, a commit)."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self._repo: Repo | None = None

    def read(self, path: str) -> bytes:
        key, entry = self._lookup(path)
        for _ in range(_MAX_LINK_HOPS):
            if entry.stage:
                raise ChecklintError(
                    "unmerged in the index (a conflicted merge): resolve the conflict "
                    "and `git add` the file first",
                    path=path,
                )
            if entry.mode != SYMLINK:
                on_disk = self._on_disk(key, entry.sha)
                return on_disk if on_disk is not None else self._read_blob(entry.sha, path)
            data = self._read_blob(entry.sha, path)
            # A symlink's blob is its target: follow it inside the tree, as the disk would.
            target = tree_key(posixpath.join(posixpath.dirname(key), os.fsdecode(data)))
            next_entry = None if target is None else self._entry_map().get(target)
            if target is None or next_entry is None:
                message = f"symlink to '{os.fsdecode(data)}', not a file in {self._place}"
                raise ChecklintError(message, path=path)
            key, entry = target, next_entry
        raise ChecklintError("too many levels of symbolic links", path=path)

    def blob_id(self, path: str) -> str | None:
        """The blob git records for a regular file, known without reading it (a cache key);
        None for a symlink, an unmerged path or a path not in the tree: `read` decides those."""
        key = tree_key(path)
        entry = None if key is None else self._entry_map().get(key)
        if entry is None or entry.stage or entry.mode == SYMLINK:
            return None
        return entry.sha

    def _on_disk(self, key: str, sha: str) -> bytes | None:
        """The work tree's copy of the blob when it holds exactly that content, else None.

        Content that hashes to the blob's id is the blob, so a file staged as it is on
        disk (under pre-commit, every staged file: unstaged edits are stashed) is read
        without GitPython (~50 ms to import). A file that differs, or that git
        filters (line endings, LFS), hashes differently and is read from git.
        """
        try:
            data = (self.root / key).read_bytes()
        except OSError:
            return None
        return data if blob_id(data) == sha else None

    def _read_blob(self, sha: str, path: str) -> bytes:
        if self._repo is None:
            self._repo = _open_repo(self.root)
        try:
            data: bytes = self._repo.odb.stream(bytes.fromhex(sha)).read()
        except (ValueError, OSError) as exc:
            raise ChecklintError(f"cannot read blob {sha[:12]}: {exc}", path=path) from None
        return data


class GitIndexTree(_BlobTree):
    """The staging area: exactly what `git commit` would record, never the work tree.

    A path a conflicted merge left unmerged is listed (it exists), but reading it is an
    error: git has no single content to commit for it until the conflict is resolved.
    Works in a repository with no commits yet.
    """

    @property
    def label(self) -> str:
        return "index"

    def _list_entries(self) -> dict[str, Entry]:
        return list_index(self.root)


class GitCommitTree(_BlobTree):
    """The tree of one commit, named by any revision git understands (branch, tag, sha,
    `HEAD~1`); an unknown one is an error here, at construction."""

    def __init__(self, root: Path, ref: str, *, what: str = "commit") -> None:
        super().__init__(root)
        self.ref = ref
        self.sha = resolve_commit(root, ref, what=what)

    @property
    def label(self) -> str:
        return self.ref

    @property
    def _place(self) -> str:
        return f"commit {self.ref}"

    def _list_entries(self) -> dict[str, Entry]:
        return list_commit(self.root, self.sha)


def _open_repo(root: Path) -> Repo:
    """GitPython's view of the repository: imported here, and only here."""
    try:
        import git
    except ModuleNotFoundError:
        raise ChecklintError("GitPython is not installed (pip install GitPython)") from None
    except ImportError:  # GitPython refuses to import when it cannot run `git`
        raise ChecklintError("git is not installed (no `git` command on PATH)") from None
    try:
        return git.Repo(root, search_parent_directories=True)
    except git.exc.GitError as exc:
        raise ChecklintError(f"cannot open the git repository at {root}: {exc}") from None

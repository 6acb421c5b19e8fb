"""Where file contents come from: the disk, the git work tree, the index or a commit.

Every reader of project files goes through a `Tree`, so that `--staged` and
`--from-ref/--to-ref` check exactly the content git would commit, never an
unstaged edit. The git-backed trees live in `checklint.gittree`, which is the
only module that imports GitPython.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from checklint.errors import ChecklintError

# Directories no project keeps its release markdown in; walking them costs.
SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
)


class Tree(Protocol):
    """A snapshot of the project's files, paths POSIX and relative to the root."""

    @property
    def label(self) -> str:
        """How messages name it: 'work tree', 'index', or a ref."""
        ...

    def files(self) -> Sequence[str]:
        """Every file this tree records, sorted."""
        ...

    def read(self, path: str) -> bytes:
        """The file's bytes; ChecklintError when it is not in the tree."""
        ...

    def exists(self, path: str) -> bool:
        """Whether the tree records this file or a directory holding a file."""
        ...

    def ignored(self, path: str) -> bool:
        """Whether the path is on disk but git ignores it (so it is not recorded)."""
        ...


class FileSystemTree:
    """A plain directory outside git: every file below the root counts."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: list[str] | None = None
        self._dirs: set[str] | None = None

    @property
    def label(self) -> str:
        return "work tree"

    def files(self) -> Sequence[str]:
        if self._files is None:
            self._files, self._dirs = _walk(self.root)
        return self._files

    def read(self, path: str) -> bytes:
        try:
            return (self.root / path).read_bytes()
        except FileNotFoundError:
            raise ChecklintError("no such file", path=path) from None
        except IsADirectoryError:
            raise ChecklintError("is a directory, not a markdown file", path=path) from None
        except OSError as exc:
            raise ChecklintError(f"cannot read: {exc.strerror}", path=path) from None

    def exists(self, path: str) -> bool:
        path = path.rstrip("/")
        if path in ("", "."):
            return True
        return (self.root / path).exists()

    def ignored(self, path: str) -> bool:
        return False


def _walk(root: Path) -> tuple[list[str], set[str]]:
    files: list[str] = []
    dirs: set[str] = set()
    for folder, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in SKIPPED_DIRS)
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        if prefix:
            dirs.add(rel)
        files.extend(prefix + name for name in names)
    files.sort()
    return files, dirs

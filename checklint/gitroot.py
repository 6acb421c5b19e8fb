"""Finding the git work tree without importing GitPython (it costs ~0.17 s)."""

from __future__ import annotations

from pathlib import Path


def find_git_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding a `.git` folder or file."""
    for folder in (start.resolve(), *start.resolve().parents):
        if (folder / ".git").exists():
            return folder
    return None

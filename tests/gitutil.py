"""Real throwaway git repositories for tests, made with the `git` command.

Every command here runs with the user's global and system git configuration shut out
and the GIT_* variables of any enclosing hook removed, so a test behaves the same on a
laptop with `core.autocrlf=true` as in CI, and inside a pre-commit hook (which exports
GIT_INDEX_FILE). Code under test inherits `os.environ`; call `isolate_git(monkeypatch)`
(usually from an autouse fixture) so it sees the same clean setup.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest

AUTHOR_NAME = "Checklint Tests"
AUTHOR_EMAIL = "tests@checklint.invalid"
# Settings that make git deterministic and quiet whatever the machine's configuration.
_ISOLATION = {
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_TERMINAL_PROMPT": "0",
}


def clean_git_environment(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """`base` (default os.environ) without inherited GIT_* variables, config isolated."""
    source = os.environ if base is None else base
    env = {name: value for name, value in source.items() if not name.startswith("GIT_")}
    env.update(_ISOLATION)
    return env


def isolate_git(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give the test process (and code it runs) the clean environment `GitRepo` uses."""
    for name in list(os.environ):
        if name.startswith("GIT_"):
            monkeypatch.delenv(name)
    for name, value in _ISOLATION.items():
        monkeypatch.setenv(name, value)


def try_git(cwd: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`git <args>` in `cwd`, whatever its exit status (e.g. a commit a hook refuses)."""
    return subprocess.run(
        ["git", *args],
        cwd=cwd,
        env=clean_git_environment(),
        input=stdin,
        capture_output=True,
        check=False,
        text=True,
        errors="replace",
    )


def run_git(cwd: Path, *args: str, stdin: str | None = None) -> str:
    """`git <args>` in `cwd`; its stdout, or an AssertionError carrying git's stderr."""
    result = try_git(cwd, *args, stdin=stdin)
    if result.returncode != 0:
        stderr = result.stderr.strip()
        raise AssertionError(f"git {' '.join(args)} failed ({result.returncode}): {stderr}")
    return result.stdout


class GitRepo:
    """A real repository at `path`, changed only through the git command and plain files."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def init(cls, path: Path, *, branch: str = "main") -> GitRepo:
        """A new empty repository (no commits yet) with a local author configured."""
        path.mkdir(parents=True, exist_ok=True)
        run_git(path, "init", "--quiet", f"--initial-branch={branch}")
        repo = cls(path)
        repo.configure_author()
        return repo

    @classmethod
    def clone(cls, source: GitRepo, path: Path, *options: str) -> GitRepo:
        """A clone of `source` over file:// (so `--depth` works), e.g. `"--depth", "1"`."""
        run_git(path.parent, "clone", "--quiet", *options, source.path.as_uri(), str(path))
        repo = cls(path)
        repo.configure_author()
        return repo

    def configure_author(self) -> None:
        self.git("config", "user.name", AUTHOR_NAME)
        self.git("config", "user.email", AUTHOR_EMAIL)
        self.git("config", "commit.gpgsign", "false")

    def git(self, *args: str, stdin: str | None = None) -> str:
        """Run `git <args>` in the repository and return its stdout."""
        return run_git(self.path, *args, stdin=stdin)

    def try_git(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run `git <args>` in the repository without failing on a non-zero exit."""
        return try_git(self.path, *args, stdin=stdin)

    def write(self, relpath: str, content: str | bytes) -> Path:
        """Write a file (creating folders); str is UTF-8 with newlines kept as given."""
        target = self.path / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return target

    def delete(self, relpath: str) -> None:
        """Remove a file from disk only (the index keeps it until `add`)."""
        (self.path / relpath).unlink()

    def add(self, *paths: str) -> None:
        """Stage the given paths, or every change when none are given."""
        self.git("add", *(("--", *paths) if paths else ("--all",)))

    def commit(
        self,
        message: str,
        files: Mapping[str, str | bytes] | None = None,
        *,
        allow_empty: bool = False,
    ) -> str:
        """Write and stage `files` (if any), commit what is staged, return the new sha."""
        for relpath, content in (files or {}).items():
            self.write(relpath, content)
            self.add(relpath)
        empty = ("--allow-empty",) if allow_empty else ()
        self.git("commit", "--quiet", *empty, "-m", message)
        return self.rev_parse("HEAD")

    def branch(self, name: str, start: str = "HEAD") -> None:
        self.git("branch", name, start)

    def switch(self, name: str) -> None:
        self.git("switch", "--quiet", name)

    def tag(self, name: str, ref: str = "HEAD") -> None:
        self.git("tag", name, ref)

    def rev_parse(self, ref: str) -> str:
        return self.git("rev-parse", "--verify", f"{ref}^{{commit}}").strip()

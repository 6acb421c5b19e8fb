"""Finding a project's files, giving each its role, and parsing each once."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from checklint.errors import ChecklintError
from checklint.globs import compile_globs, is_glob
from checklint.models import Document, Role
from checklint.project import Project
from checklint.settings import Settings
from checklint.source import decode_markdown
from checklint.tree import FileSystemTree, Tree


def resolve_root(root: Path | None) -> Path:
    """`--root`, else the git work tree around the current folder, else the current folder."""
    if root is not None:
        if not root.is_dir():
            raise ChecklintError(f"--root {root}: no such directory")
        return root.resolve()
    from checklint.gitrepo import find_git_root

    here = Path.cwd()
    return find_git_root(here) or here


def load(
    root: Path | str | None = None,
    *,
    config: Path | None = None,
    tree: Tree | None = None,
    settings: Settings | None = None,
    today: date | None = None,
    cache: bool = False,
) -> Project:
    """The typed project at `root`: the library's front door.

    `tree` chooses where content comes from (the disk by default; see
    `checklint.gittree` for the index and commits). `cache` keeps parsed
    documents between runs (`checklint.cache`; the command line turns it on).
    """
    base = resolve_root(Path(root) if root is not None else None)
    if settings is None:
        from checklint.config import load_settings

        settings = load_settings(base, config, cache=cache)
    if tree is None:
        tree = default_tree(base)
    documents = tuple(parse_tree(tree, settings, cache=cache, root=base))
    return Project(base, settings, tree, documents, today or date.today())


def default_tree(root: Path) -> Tree:
    """The git work tree when `root` is a repository's top level, else the plain folder."""
    if (root / ".git").exists():
        from checklint.gittree import GitWorkTree

        return GitWorkTree(root)
    return FileSystemTree(root)


def classify(settings: Settings, paths: Sequence[str]) -> dict[str, Role]:
    """Each markdown path's role; paths with no role are left out."""
    checklists = compile_globs(settings.checklists)
    queues = compile_globs(settings.queues)
    include = compile_globs(settings.claims_include)
    exclude = compile_globs(settings.claims_exclude)
    roles: dict[str, Role] = {}
    for path in paths:
        if checklists.fullmatch(path):
            roles[path] = Role.CHECKLIST
        elif queues.fullmatch(path):
            roles[path] = Role.QUEUE
        elif include.fullmatch(path) and not exclude.fullmatch(path):
            roles[path] = Role.SOURCE
    return roles


def parse_tree(
    tree: Tree, settings: Settings, *, cache: bool = False, root: Path | None = None
) -> list[Document]:
    """Every document of the tree that has a role, parsed (or taken from the cache)."""
    files = tree.files()
    _require_plain_paths(settings, set(files), tree, root)
    roles = classify(settings, files)
    if cache:
        from checklint.cache import DocumentCache

        store = DocumentCache.open(settings)
        if store is not None:
            return [
                store.parse_file(tree, path, role, parse_data)
                for path, role in sorted(roles.items())
            ]
    return [parse_file(tree, path, role, settings) for path, role in sorted(roles.items())]


def parse_file(tree: Tree, path: str, role: Role, settings: Settings) -> Document:
    return parse_data(tree.read(path), path, role, settings)


def parse_data(data: bytes, path: str, role: Role, settings: Settings) -> Document:
    from checklint.parser import parse_document  # not imported when every document is cached

    return parse_document(decode_markdown(data, path), path, role, settings)


def _require_plain_paths(
    settings: Settings, files: set[str], tree: Tree, root: Path | None
) -> None:
    """A configured path that names one file (no glob) must exist: a typo is an error."""
    where = (settings.config_path or "configuration").replace(os.sep, "/")
    for key, patterns in (("checklists", settings.checklists), ("queues", settings.queues)):
        for pattern in patterns:
            plain = pattern.strip().removeprefix("./")
            if not is_glob(plain) and plain not in files:
                line, column = _position_in_config(settings, root, pattern)
                raise ChecklintError(
                    f"{key}: '{pattern}' is not a file in the {tree.label}; fix the path "
                    "or use a glob",
                    path=where,
                    line=line,
                    column=column,
                )


def _position_in_config(
    settings: Settings, root: Path | None, value: str
) -> tuple[int | None, int | None]:
    """Where the configuration file spells `value` (first occurrence), for the message."""
    if settings.config_path is None:
        return None, None
    config = Path(settings.config_path)
    if not config.is_absolute() and root is not None:
        config = root / config
    try:
        text = config.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None, None
    for number, line in enumerate(text.splitlines(), start=1):
        column = line.find(value)
        if column != -1:
            return number, column + 1
    return None, None

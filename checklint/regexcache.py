"""Compiled regexes kept between runs, as Python keeps compiled bytecode.

`re.compile` parses a pattern and generates its matcher code in pure Python:
checklint's some 120 patterns (claim grammar, rules, metadata) cost ~15 ms of
every commit's run, more than parsing the checklists. The generated code only
depends on the pattern, the flags and the interpreter, so this module keeps it
in a table on disk (`regex-<interpreter>.marshal` in checklint's cache folder)
and rebuilds a pattern from it with `_sre.compile`, the last step of
`re.compile`, in a few microseconds.

This leans on CPython's regex internals (`re._parser`, `re._compiler`,
`_sre.compile`), so every step is guarded: the table's name carries the exact
interpreter version and the regex engine's magic number; a table that cannot be
read, a pattern the engine rejects, or any internal that has moved makes this
module fall back to plain `re.compile` for the rest of the process. Only the
command line saves the table (`save`); the library just reads it.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

# (pattern, flags) -> what _sre.compile takes after the pattern
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

MAX_PATTERNS = 2000  # a table that grew past this (patterns built from config) starts over
_table: dict[tuple[str, int], _Entry] | None = None
_added = False
_broken = False  # an internal did not behave: plain re.compile from now on


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the table when the pattern is in it."""
    global _added, _broken
    if _broken:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    try:
        table = _loaded()
        entry = table.get(key)
        if entry is None:
            entry = table[key] = _generate(pattern, int(flags))
            _added = True
        return _build(pattern, entry)
    except re.error:  # a bad pattern: re.compile says so, in its own words
        return re.compile(pattern, flags)
    except Exception:  # an internal moved or the table lied: never fail a run for speed
        _broken = True
        return re.compile(pattern, flags)


def save() -> None:
    """Write the table back if this process compiled patterns it did not hold."""
    if not _added or _broken or _table is None:
        return
    path = _path(create=True)
    if path is None:
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(marshal.dumps(_table))
        os.replace(temporary, path)
    except (OSError, ValueError):  # a read-only or full disk: the next run compiles again
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _loaded() -> dict[tuple[str, int], _Entry]:
    global _table
    if _table is None:
        _table = _read(_path())
    return _table


def _read(path: Path | None) -> dict[tuple[str, int], _Entry]:
    if path is None:
        return {}
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) and len(table) <= MAX_PATTERNS else {}


def _path(*, create: bool = False) -> Path | None:
    from checklint.cache_store import cache_folder

    folder = cache_folder(create=create)
    if folder is None:
        return None
    import _sre  # type: ignore[import-not-found]  # CPython's regex engine

    interpreter = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    return folder / f"regex-{interpreter}.marshal"


def _generate(pattern: str, flags: int) -> _Entry:
    """What `re._compiler.compile` hands to `_sre.compile`, in types marshal can store."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree: Any = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]
    state = tree.state
    names: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    return int(flags | state.flags), code, state.groups - 1, dict(state.groupdict), tuple(names)


def _build(pattern: str, entry: _Entry) -> re.Pattern[str]:
    import _sre

    flags, code, groups, groupindex, indexgroup = entry
    built: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return built

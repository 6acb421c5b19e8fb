"""The files behind `checklint.cache`: where they live, their keys, and safe (un)pickling.

- Where: `$CHECKLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/checklint`, else
  `~/.cache/checklint`: never inside the project. `CHECKLINT_NO_CACHE=1` turns
  the cache off. The folder is created private (0700).
- Keys start from `code_fingerprint()`: Python's version, the path, size and
  modification time of every module of checklint, and of markdown-it-py's
  `__init__.py` (it only parses what checklint's scanner leaves to it), so that an
  upgrade, a reinstall or an edit of checklint changes every key.
- Entries are written to a temporary file and renamed into place, so a reader
  sees a whole entry or none; an unreadable, truncated or foreign entry reads as
  a miss. They are unpickled by an unpickler that only builds checklint's record
  and settings types, dates and read-only mappings, so a planted file cannot run
  code.
- Beyond MAX_ENTRIES entries, the least recently used half is removed.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sys
from pathlib import Path
from types import MappingProxyType
from typing import Any

try:  # CPython's built-in hashes: `hashlib` would load OpenSSL too, ~2 ms on every run
    from _blake2 import blake2b
    from _sha1 import sha1  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - a Python built without them
    from hashlib import blake2b, sha1

MAX_ENTRIES = 2000
SUFFIX = ".pickle"
_RECORD_MODULES = ("checklint.models", "checklint.claims.model", "checklint.settings")
_SAFE_TYPES = {("datetime", "date")}
_code_fingerprint: bytes | None = None


def cache_folder(*, create: bool = True) -> Path | None:
    """The cache folder, created private; None when the cache is off or cannot be made.

    With `create=False` the folder is only named (a reader that finds nothing there
    just has no cache), so reading never leaves a folder behind.
    """
    if os.environ.get("CHECKLINT_NO_CACHE", "") not in ("", "0"):
        return None
    configured = os.environ.get("CHECKLINT_CACHE_DIR")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not configured and base.startswith("~"):  # no home folder to put it in
        return None
    folder = Path(configured) if configured else Path(base) / "checklint"
    if not create:
        return folder
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def digest(prefix: bytes, text: str) -> str:
    key = blake2b(prefix, digest_size=20)
    key.update(b"\0" + text.encode())
    return key.hexdigest()


def blob_id(data: bytes) -> str:
    """The id git gives these bytes as a blob, so that disk and index reads share entries."""
    identity: str = sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()
    return identity


def code_fingerprint(*, fresh: bool = False) -> bytes:
    """What every key starts from; stat calls only (about a millisecond), once per process
    unless `fresh` (a long-lived caller watching for edits: the benchmark)."""
    global _code_fingerprint
    if _code_fingerprint is None or fresh:
        parts = [sys.version, str(pickle.HIGHEST_PROTOCOL)]
        for folder in _folders("checklint"):
            parts.extend(_stats(folder))
        # markdown-it-py only parses files checklint.scan leaves to it: its version is
        # enough, and an upgrade rewrites its __init__.py.
        for folder in _folders("markdown_it"):
            parts.extend(_stat(os.path.join(folder, "__init__.py")))
        _code_fingerprint = blake2b("\n".join(parts).encode()).digest()
    return _code_fingerprint


def _folders(package: str) -> list[str]:
    from importlib.util import find_spec

    spec = find_spec(package)  # finds the folder without importing the package
    return list((spec.submodule_search_locations if spec else None) or ())


def _stat(path: str) -> list[str]:
    try:
        stat = os.stat(path)
    except OSError:
        return []
    return [f"{path} {stat.st_size} {stat.st_mtime_ns}"]


def _stats(top: str) -> list[str]:
    found: list[str] = []
    # followlinks: an editable install links checklint/rules to the top-level rules/
    for folder, subfolders, names in os.walk(top, followlinks=True):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(names):
            if name.endswith(".py"):
                found.extend(_stat(os.path.join(folder, name)))
    return found


class _RecordUnpickler(pickle.Unpickler):
    """Builds only checklint's records, enums and settings: never an arbitrary callable."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == (__name__, "read_only"):
            return read_only
        if module in _RECORD_MODULES or (module, name) in _SAFE_TYPES:
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a checklint record")


def read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


class _SettingsPickler(pickle.Pickler):
    """Settings hold read-only mappings, which plain pickle refuses."""

    def reducer_override(self, obj: object) -> Any:
        if isinstance(obj, MappingProxyType):
            return read_only, (dict(obj),)
        return NotImplemented


def read(entry: Path) -> object:
    """The entry's value, or None when it is missing, unreadable or not ours."""
    try:
        data = entry.read_bytes()
        os.utime(entry)  # recently used: pruned last
        return _RecordUnpickler(io.BytesIO(data)).load()
    except Exception:  # whatever the reason, a miss
        return None


def write(entry: Path, value: object, *, mappings: bool = False) -> None:
    """Store `value` (`mappings`: it may hold read-only mappings); failures are ignored."""
    temporary = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
    try:
        if mappings:
            buffer = io.BytesIO()
            _SettingsPickler(buffer, pickle.HIGHEST_PROTOCOL).dump(value)
            data = buffer.getvalue()
        else:  # the plain pickler is much faster on large documents
            data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        temporary.write_bytes(data)
        os.replace(temporary, entry)
        _prune(entry.parent)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        with contextlib.suppress(OSError):  # a full disk, a read-only folder: just no cache
            temporary.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    entries = [e for e in os.scandir(folder) if e.name.endswith(SUFFIX)]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda e: e.stat().st_mtime_ns)
    for old in entries[: len(entries) - MAX_ENTRIES // 2]:
        with contextlib.suppress(OSError):  # another run pruned it first
            os.unlink(old.path)

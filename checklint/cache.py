"""Content-addressed caches for a hook that runs on every commit (files: `cache_store`).

Most commits leave the checklists and the configuration alone, yet each run would
parse them again, and import ruamel.yaml and pydantic to validate the
configuration. Each entry maps everything a result depends on to
the result:

- a parsed `Document`: the file's git blob id (taken from the index or commit
  listing when the tree has one, so an unchanged staged file is not even read),
  its path and role, the effective settings;
- what is computed from a document alone (`derived`), such as the claims its
  candidate lines make for a set of scored dimensions;
- the validated `Settings`: the configuration file's text and name.

Every key also holds `cache_store.code_fingerprint()` (checklint, markdown-it-py,
Python). Change any input and the key changes: nothing is invalidated, a stale
entry is simply never found again. Only the command line turns the caches on
(`load(..., cache=True)`); `CHECKLINT_NO_CACHE=1` turns them off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from checklint import cache_store
from checklint.models import Document, Role
from checklint.settings import Settings

if TYPE_CHECKING:
    from checklint.tree import Tree

DataParser = Callable[[bytes, str, Role, Settings], Document]
T = TypeVar("T")
C = TypeVar("C")


class DocumentCache:
    """One run's view of the cache folder (a plain class: a dataclass costs ~0.5 ms to define)."""

    __slots__ = ("fingerprint", "folder", "settings")

    def __init__(self, folder: Path, settings: Settings, fingerprint: bytes) -> None:
        self.folder = folder
        self.settings = settings
        self.fingerprint = fingerprint  # code + settings: the part of every key shared by one run

    @classmethod
    def open(cls, settings: Settings) -> DocumentCache | None:
        """The cache for this run, or None when it is off or has no usable folder."""
        folder = cache_store.cache_folder()
        if folder is None:
            return None
        _PRODUCED.clear()  # derived results are cached for this run's documents only
        return cls(folder, settings, cache_store.code_fingerprint() + repr(settings).encode())

    def parse_file(self, tree: Tree, path: str, role: Role, parse_data: DataParser) -> Document:
        """`parse_data(tree.read(path), ...)`, through the cache.

        A tree that names its blobs (the index, a commit) is read only on a miss,
        so a warm `--staged` run never starts GitPython to read a blob.
        """
        named = getattr(tree, "blob_id", None)
        blob = named(path) if callable(named) else None
        data = tree.read(path) if blob is None else None
        if data is not None:
            blob = cache_store.blob_id(data)

        def parse() -> Document:
            return parse_data(tree.read(path) if data is None else data, path, role, self.settings)

        return self.document(str(blob), path, role, parse)

    def document(self, blob: str, path: str, role: Role, parse: Callable[[], Document]) -> Document:
        """The cached document for this blob, path and role, or `parse()`'s, stored."""
        key = cache_store.digest(self.fingerprint, f"{role.value}\0{path}\0{blob}")
        entry = self.folder / (key + cache_store.SUFFIX)
        found = cache_store.read(entry)
        if isinstance(found, Document) and found.path == path and found.role is role:
            document = found
        else:
            document = parse()
            cache_store.write(entry, document)
        _PRODUCED[id(document)] = (document, self, key)
        if document.candidates:  # copies made with dataclasses.replace share this tuple
            _PRODUCED[id(document.candidates)] = (document.candidates, self, key)
        return document


# What the current cache produced in this process: the documents and their candidate
# tuples, by id -> (the object, the cache, the document's key).
_PRODUCED: dict[int, tuple[object, DocumentCache, str]] = {}


def derived(
    document: Document, kind: str, inputs: object, compute: Callable[[Document], tuple[T, ...]]
) -> tuple[T, ...]:
    """`compute(document)`, cached with the document's candidate lines.

    For results that depend only on the candidates and `inputs` (whose repr must
    be stable), such as the claims they make for a set of scored dimensions.
    Cached when the candidates came from the current cache (also through a copy
    of their document); otherwise (a commit message, a library `load`) computed.
    """
    produced = _PRODUCED.get(id(document.candidates))
    if produced is None or produced[0] is not document.candidates:
        return compute(document)
    _, store, document_key = produced
    key = cache_store.digest(document_key.encode(), f"{kind}\0{inputs!r}")
    entry = store.folder / (key + cache_store.SUFFIX)
    found = cache_store.read(entry)
    if isinstance(found, tuple):
        return found
    result = compute(document)
    cache_store.write(entry, result)
    return result


def parse_like(
    documents: Sequence[Document], tree: Tree, path: str, role: Role, settings: Settings
) -> Document:
    """`loader.parse_file`, through the cache `documents` came from in this run, if any.

    For a second tree read beside a cached project: the base of a range or of
    the index, whose files are mostly the very same blobs.
    """
    from checklint.loader import parse_data

    made = [found[1] for d in documents if (found := _PRODUCED.get(id(d))) and found[0] is d]
    store = made[0] if made else None
    if store is None or store.settings != settings:
        return parse_data(tree.read(path), path, role, settings)
    return store.parse_file(tree, path, role, parse_data)


def cached_settings(config: C, validate: Callable[[C], Settings]) -> Settings:
    """`validate(config)`, cached by `repr(config)`: the configuration text and its name.

    A bad configuration raises before anything is stored, so it is reported on
    every run.
    """
    folder = cache_store.cache_folder()
    if folder is None:
        return validate(config)
    key = cache_store.digest(cache_store.code_fingerprint(), f"settings\0{config!r}")
    entry = folder / (key + cache_store.SUFFIX)
    found = cache_store.read(entry)
    if isinstance(found, Settings):
        return found
    settings = validate(config)
    cache_store.write(entry, settings, mappings=True)
    return settings

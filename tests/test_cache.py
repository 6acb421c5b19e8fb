"""The document cache: a hit is the very document a parse gives, and any change is a miss.

Every test points CHECKLINT_CACHE_DIR at its own temporary folder.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

import checklint.cache_store
from checklint.cache import DocumentCache, cached_settings, derived
from checklint.cache_store import blob_id
from checklint.cli import main
from checklint.config import load_settings
from checklint.errors import ChecklintError
from checklint.loader import load, parse_data
from checklint.models import Document, Role
from checklint.settings import ClaimVocabulary, Settings
from checklint.tree import FileSystemTree

SEED = Path(__file__).parent / "fixtures" / "rules" / "seed" / "184344e"
CHECKLIST = "docs/10_10_CHECKLIST.md"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHECKLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("CHECKLINT_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(SEED, root)
    return root


class CountingParser:
    """`loader.parse_data`, counting its calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, data: bytes, path: str, role: Role, settings: Settings) -> Document:
        self.calls.append(path)
        return parse_data(data, path, role, settings)


def parse_all(root: Path, settings: Settings, parser: CountingParser) -> list[Document]:
    store = DocumentCache.open(settings)
    assert store is not None
    tree = FileSystemTree(root)
    roles = {CHECKLIST: Role.CHECKLIST, "docs/runtime/OWNER_INPUT_QUEUE.md": Role.QUEUE}
    return [store.parse_file(tree, path, role, parser) for path, role in roles.items()]


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle"))


def test_a_hit_is_the_parsed_document_without_a_parse(cache_dir: Path, project: Path) -> None:
    first, second = CountingParser(), CountingParser()
    cold = parse_all(project, Settings(), first)
    warm = parse_all(project, Settings(), second)
    assert len(first.calls) == 2 and second.calls == []
    assert warm == cold
    assert len(entries(cache_dir)) == 2
    assert os.stat(cache_dir).st_mode & 0o777 == 0o700


def test_changed_content_settings_or_role_miss(cache_dir: Path, project: Path) -> None:
    parse_all(project, Settings(), CountingParser())
    checklist = project / CHECKLIST
    checklist.write_text(checklist.read_text(encoding="utf-8") + "- [ ] new\n", encoding="utf-8")
    edited = CountingParser()
    documents = parse_all(project, Settings(), edited)
    assert edited.calls == [CHECKLIST]
    assert documents[0].items[-1].text == "new"
    other = CountingParser()
    parse_all(project, Settings(done_chars="xX✓"), other)
    assert len(other.calls) == 2  # other settings, other documents
    store = DocumentCache.open(Settings())
    assert store is not None
    as_source = store.parse_file(FileSystemTree(project), CHECKLIST, Role.SOURCE, parse_data)
    assert as_source.role is Role.SOURCE and as_source.items == ()


def test_corrupt_and_planted_entries_are_misses(cache_dir: Path, project: Path) -> None:
    parse_all(project, Settings(), CountingParser())
    first, second = entries(cache_dir)
    first.write_bytes(b"\x80\x05not a pickle")
    marker = cache_dir / "pwned"
    # A pickle that would run a command if loaded with plain pickle.loads.
    planted = pickle.dumps(_Exploit(f"touch {marker}"))
    second.write_bytes(planted)
    parser = CountingParser()
    documents = parse_all(project, Settings(), parser)
    assert len(parser.calls) == 2 and not marker.exists()
    assert documents == parse_all(project, Settings(), CountingParser())  # rewritten, now hits


class _Exploit:
    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (self.command,))


def test_switched_off_writes_nothing(
    cache_dir: Path, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKLINT_NO_CACHE", "1")
    assert DocumentCache.open(Settings()) is None
    load(project, cache=True)
    assert not cache_dir.exists()


def test_a_named_blob_is_not_read_on_a_hit(cache_dir: Path, project: Path) -> None:
    data = (project / CHECKLIST).read_bytes()
    tree = BlobTree({CHECKLIST: data})
    store = DocumentCache.open(Settings())
    assert store is not None
    cold = store.parse_file(tree, CHECKLIST, Role.CHECKLIST, parse_data)
    assert tree.reads == 1
    assert store.parse_file(tree, CHECKLIST, Role.CHECKLIST, parse_data) == cold
    assert tree.reads == 1  # the blob id answered
    disk = store.parse_file(FileSystemTree(project), CHECKLIST, Role.CHECKLIST, CountingParser())
    assert disk == cold  # the same bytes on disk hash to the same blob id


class BlobTree:
    """A tree that names its blobs the way git does, counting reads."""

    label = "index"

    def __init__(self, files: dict[str, bytes]) -> None:
        self.data = files
        self.reads = 0

    def files(self) -> Sequence[str]:
        return sorted(self.data)

    def read(self, path: str) -> bytes:
        self.reads += 1
        return self.data[path]

    def exists(self, path: str) -> bool:
        return path in self.data

    def ignored(self, path: str) -> bool:
        return False

    def blob_id(self, path: str) -> str | None:
        return blob_id(self.data[path])


def test_blob_id_is_gits() -> None:
    assert blob_id(b"hello\n") == "ce013625030ba8dba906f756967f9e9ca394464a"


def test_derived_results_are_cached_for_the_runs_documents(cache_dir: Path, project: Path) -> None:
    calls: list[str] = []

    def compute(document: Document) -> tuple[str, ...]:
        calls.append(document.path)
        return tuple(candidate.text for candidate in document.candidates)

    document = parse_all(project, Settings(), CountingParser())[0]
    inputs = ({"security": "Security"}, ClaimVocabulary())
    first = derived(document, "texts", inputs, compute)
    again = parse_all(project, Settings(), CountingParser())[0]
    assert derived(again, "texts", inputs, compute) == first and calls == [CHECKLIST]
    assert derived(again, "texts", ({}, ClaimVocabulary()), compute) == first
    assert len(calls) == 2  # other inputs: computed
    copy = dataclasses.replace(again, directives=())  # as `checklint status` does
    assert derived(copy, "texts", inputs, compute) == first and len(calls) == 2
    loose = Document(document.path, document.role, candidates=tuple(list(document.candidates)))
    derived(loose, "texts", inputs, compute)
    assert len(calls) == 3  # not from the cache: always computed


def test_old_entries_are_pruned(
    cache_dir: Path, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checklint.cache_store, "MAX_ENTRIES", 4)
    for weight in range(4):  # two entries per run
        parse_all(project, Settings(score_tolerance=weight), CountingParser())
    assert len(entries(cache_dir)) <= 4


FULL_CONFIG = Path(__file__).parent / "fixtures" / "config" / "full.checklint.yaml"


def test_validated_settings_are_cached_by_their_text(cache_dir: Path, project: Path) -> None:
    shutil.copyfile(FULL_CONFIG, project / ".checklint.yaml")
    expected = load_settings(project)
    assert expected.rules and expected != Settings()  # rule options: read-only mappings
    assert load_settings(project, cache=True) == expected  # cold: validated and stored
    calls: list[object] = []

    def validate(config: object) -> Settings:
        calls.append(config)
        return Settings()

    from checklint.config import _discover

    found = _discover(project)
    assert cached_settings(found, validate) == expected and calls == []  # warm: not validated
    edited = found._replace(text=found.text + "\n# a comment\n") if found else None
    assert cached_settings(edited, validate) == Settings() and len(calls) == 1


def test_a_bad_configuration_is_reported_on_every_run(cache_dir: Path, project: Path) -> None:
    (project / ".checklint.yaml").write_text("checklist: [docs/x.md]\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ChecklintError, match="checklist"):
            load_settings(project, cache=True)


@pytest.mark.parametrize("args", [["check", "--format", "json"], ["status", "--format", "json"]])
def test_cli_output_is_the_same_cold_and_warm(
    cache_dir: Path,
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
) -> None:
    monkeypatch.setenv("CHECKLINT_TODAY", "2026-03-01")

    def run() -> tuple[int, str]:
        code = main(["--root", str(project), *args])
        return code, capsys.readouterr().out

    monkeypatch.setenv("CHECKLINT_NO_CACHE", "1")
    uncached = run()
    monkeypatch.delenv("CHECKLINT_NO_CACHE")
    cold = run()
    assert entries(cache_dir)
    assert uncached == cold == run()
    assert uncached[1].startswith("{")

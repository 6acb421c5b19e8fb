"""`checklint.regexcache`: patterns rebuilt from the table are the patterns `re` compiles."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checklint import regexcache

SAMPLES = [
    "- [x] Release checklist: 10/10, READY for production",
    "Overall: 8.6/10 — no open blockers remain; all gates are green ✅",
    "| Security & Governance | 25% | 8.5 | done |",
    "`docs/runtime/OWNER_INPUT_QUEUE.md` due 2026-12-01 owner: @mina",
    "<!-- checklint-disable-next-line CL101 -- quoted on purpose -->",
    "آماده انتشار نیست ، 就绪 ، ﬁnal İstanbul ſtatus",
]


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty table in a temporary cache folder."""
    monkeypatch.setenv("CHECKLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CHECKLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_table", None)
    monkeypatch.setattr(regexcache, "_added", False)
    monkeypatch.setattr(regexcache, "_broken", False)
    return tmp_path


def run_checklint(project: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHECKLINT_CACHE_DIR": str(cache), "PYTHONHASHSEED": "random"}
    env.pop("CHECKLINT_NO_CACHE", None)
    command = [sys.executable, "-m", "checklint", "--root", str(project), "check"]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def test_rebuilt_patterns_match_like_compiled_ones(table: Path) -> None:
    patterns = [(p.pattern, p.flags) for p in _patterns_of_a_real_run(table)]
    assert len(patterns) > 40
    regexcache.save()
    regexcache._table = None  # read the saved table back, as the next process would
    for source, flags in patterns:
        rebuilt, compiled = regexcache.compile(source, flags), re.compile(source, flags)
        assert not regexcache._broken
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
            compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex
        )  # fmt: skip
        for text in SAMPLES:
            assert [m.span() for m in rebuilt.finditer(text)] == [
                m.span() for m in compiled.finditer(text)
            ], source


def _patterns_of_a_real_run(table: Path) -> list[re.Pattern[str]]:
    """Every claim pattern (shapes, word slots, gates, prefilter) and the parser's."""
    import checklint.walker_prose  # noqa: F401 - its module-level patterns
    from checklint.claims.grammar import grammar, prefilter
    from checklint.settings import Settings

    vocabulary = Settings().vocabulary
    grammar.cache_clear()  # patterns an earlier test compiled did not go through this table
    prefilter.cache_clear()
    compiled = grammar(vocabulary)
    for patterns in (compiled.shapes, compiled.slots, compiled.gates):
        for name in patterns.sources:
            assert patterns[name] is not None
    prefilter(vocabulary)
    return [re.compile(source, flags) for source, flags in regexcache._loaded()]


def test_the_table_is_written_once_and_reused(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parents[1] / "benchmarks" / "seed"
    project = tmp_path / "project"
    (project / "docs" / "runtime").mkdir(parents=True)
    checklist = (seed / "checklist-184344e.md").read_text(encoding="utf-8")
    (project / "docs" / "10_10_CHECKLIST.md").write_text(checklist, encoding="utf-8")
    queue = (seed / "queue-184344e.md").read_text(encoding="utf-8")
    (project / "docs" / "runtime" / "OWNER_INPUT_QUEUE.md").write_text(queue, encoding="utf-8")
    first = run_checklint(project, tmp_path)
    assert (first.returncode == 1 and "CL101" in first.stdout + first.stderr) or first.stdout
    (saved,) = tmp_path.glob("regex-*.marshal")
    stamp = saved.stat().st_mtime_ns
    second = run_checklint(project, tmp_path)  # another hash seed, the same patterns
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout)
    assert saved.stat().st_mtime_ns == stamp, "a second run found patterns the first had not"


def test_an_unreadable_table_is_no_table(table: Path) -> None:
    path = regexcache._path()
    assert path is not None
    path.write_bytes(b"\x00not marshal data")
    assert regexcache.compile(r"a+b", re.IGNORECASE).fullmatch("AAB")
    regexcache.save()
    regexcache._table = None
    assert regexcache._loaded() != {}  # rewritten as a good table


def test_a_lying_table_falls_back_to_re(table: Path) -> None:
    regexcache._loaded()[("x+", 0)] = (0, [1, 2, 3], 0, {}, (None,))  # code _sre rejects
    assert regexcache.compile("x+").fullmatch("xxx")
    assert regexcache._broken
    assert regexcache.compile("y").match("y")  # plain re.compile from now on


def test_no_cache_folder_means_no_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKLINT_NO_CACHE", "1")
    monkeypatch.setattr(regexcache, "_table", None)
    assert regexcache._path() is None
    assert regexcache.compile("z").match("z")
    regexcache.save()  # nothing to write to, no error


def test_a_bad_pattern_raises_as_re_would(table: Path) -> None:
    with pytest.raises(re.error, match="unterminated character set"):
        regexcache.compile("[a-")
    assert not regexcache._broken  # the table still serves the good ones


def test_reading_never_creates_the_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library reads the table; only the command line's save() makes the folder."""
    folder = tmp_path / "not-yet"
    monkeypatch.setenv("CHECKLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("CHECKLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_table", None)
    monkeypatch.setattr(regexcache, "_added", False)
    monkeypatch.setattr(regexcache, "_broken", False)
    assert regexcache.compile("q+").match("qq")
    assert not folder.exists()
    regexcache.save()
    assert len(list(folder.glob("regex-*.marshal"))) == 1

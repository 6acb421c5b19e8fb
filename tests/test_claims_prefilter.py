"""The claim prefilter picks exactly the lines its former single pattern picked.

`checklint.claims.patterns` spells the prefilter so that re can skip ahead to
where a match may start (two patterns, every alternative opening with a
literal); that is a speed change only. Here the former pattern, kept verbatim,
and the current filter are run over every line of the shared corpus, the
labelled real claims and a generated 1 MB checklist, and must agree on each.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_claims_real import CHINESE, PERSIAN, shared_dir

from checklint.claims import prefilter
from checklint.claims.grammar import alternation
from checklint.settings import ClaimVocabulary

REPO = Path(__file__).resolve().parents[1]
_DIGIT = "[0-9０-９۰-۹٠-٩]"
FORMER = (  # the prefilter as one pattern, before it was split for speed
    rf"{_DIGIT}\s*[/／]\s*{_DIGIT}|10\s+out\s+of\s+10|100\s*[%٪]"
    rf"|\|[\s*_~]*{_DIGIT}{{1,2}}(?:[.٫]{_DIGIT}+)?[\s*_]*(?:\||$)"
    r"|ready|achiev|approved|cleared|(?<![a-z])go(?![a-z])|pass|done|complet|green|none"
    r"|nothing|(?<![a-z])(?:no|zero|0)\s+\S|:[\s*_`]*0(?![\d.])|(?<![a-z])(?:all|every)(?![a-z])"
    r"|✅|✔|☑"
)
VOCABULARIES = (
    ClaimVocabulary(),
    PERSIAN,
    CHINESE,
    ClaimVocabulary(verdicts=("SHIPPED", "Live"), none_words=("nada", "all clear")),
)


def former(vocabulary: ClaimVocabulary) -> re.Pattern[str]:
    configured = [word.casefold() for word in (*vocabulary.verdicts, *vocabulary.none_words)]
    extra = "|" + alternation(configured) if configured else ""
    return re.compile(FORMER + extra)


def corpus_lines() -> Iterator[str]:
    shared = shared_dir()
    for path in sorted((shared / "corpus").rglob("*.md")):
        yield from path.read_text(encoding="utf-8", errors="replace").split("\n")
    with (shared / "claims" / "real-claims.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield row["line"]


def generated_lines(folder: Path) -> list[str]:
    spec = importlib.util.spec_from_file_location("generate", REPO / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    module.write_project(folder, 1_000_000)
    return (folder / "docs" / "10_10_CHECKLIST.md").read_text(encoding="utf-8").split("\n")


def disagreements(lines: list[str], vocabulary: ClaimVocabulary) -> list[str]:
    old, new = former(vocabulary), prefilter(vocabulary)
    return [
        line
        for line in lines
        if (old.search(line.casefold()) is None) != (new.search(line) is None)
    ]


@pytest.mark.parametrize("vocabulary", VOCABULARIES)
def test_the_prefilter_picks_the_corpus_lines_it_picked(vocabulary: ClaimVocabulary) -> None:
    lines = list(corpus_lines())
    assert len(lines) > 10_000
    assert disagreements(lines, vocabulary) == []


def test_the_prefilter_picks_the_generated_lines_it_picked(tmp_path: Path) -> None:
    lines = generated_lines(tmp_path)
    assert sum(1 for line in lines if prefilter(ClaimVocabulary()).search(line)) > 1000
    for vocabulary in VOCABULARIES:
        assert disagreements(lines, vocabulary) == []


@pytest.mark.parametrize(
    "line",
    ["go", "ago", "Go!", "no x", "piano x", "zero y", "0 z", "10 x", "all", "ball", "every",
     "everyone", "x|9|", "٣/۱۰", "Status: 0", "　ＧＯ"],
)  # fmt: skip
def test_the_prefilter_keeps_its_word_boundaries(line: str) -> None:
    for vocabulary in VOCABULARIES:
        assert disagreements([line], vocabulary) == []

"""The claim grammar compiled for one vocabulary: every regex built once and cached.

`grammar(vocabulary)` merges the built-in English words of
`checklint.claims.words` with the words a project configures and compiles each
slot into one case-insensitive pattern. `ClaimVocabulary` is frozen, so the
result is cached per vocabulary and no regex is compiled per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from checklint.claims import patterns, words
from checklint.claims.fold import fold_chars
from checklint.settings import ClaimVocabulary

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Grammar:
    """Every pattern the detector uses, for one vocabulary."""

    score: re.Pattern[str]  # any 'N/10' score
    any_score: re.Pattern[str]  # 'N/M' on any scale
    top_score: re.Pattern[str]  # '10/10', '10.0 / 10', '100/100', '10 out of 10', '100%'
    verdict: re.Pattern[str]  # a plain verdict word, built-in or configured
    configured_verdict: re.Pattern[str] | None  # the configured verdicts alone
    compound: re.Pattern[str]  # 'production-ready', 'release ready'
    ready_for: re.Pattern[str]  # 'ready for production', 'ready to commit and deploy'
    none_statement: re.Pattern[str]  # 'no open blocking item remains'
    nothing_left: re.Pattern[str]  # 'nothing remains', 'nothing left to do'
    all_done: re.Pattern[str]  # 'all checklist items are closed'
    gates_green: re.Pattern[str]  # 'quality gates are green'
    passes_all: re.Pattern[str]  # 'passed all gates'
    configured_none: re.Pattern[str] | None  # configured none phrases of two or more words
    copula: re.Pattern[str]  # 'is', 'are now fully' ... right before a verdict
    slots: dict[str, re.Pattern[str]]  # every word slot of `words`, by name
    trigger: re.Pattern[str]  # any claim word at all: lines without one are dismissed early


def alternation(entries: Iterable[str]) -> str:
    """Vocabulary words as one regex: folded, white space loose, bounded unless CJK.

    Words bounded on both sides share one pair of look-arounds, so the engine
    tests the boundary once per position instead of once per word.
    """
    bounded: list[str] = []
    loose: list[str] = []
    for entry in sorted({fold_chars(e).strip() for e in entries if e.strip()}, key=len)[::-1]:
        body = r"[\s\u200c]+".join(re.escape(part) for part in entry.split())
        left, right = _bounded(entry[:1]), _bounded(entry[-1:])
        if left and right:
            bounded.append(body)
        else:
            loose.append(("(?<![\\w])" if left else "") + body + ("(?![\\w])" if right else ""))
    parts = [rf"(?<![\w])(?:{'|'.join(bounded)})(?![\w])"] if bounded else []
    return "|".join(parts + loose) or r"(?!x)x"


def _bounded(char: str) -> bool:
    return char.isalnum() and not _CJK.match(char)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def _fixed() -> Grammar:
    """The patterns no vocabulary changes, with the built-in vocabulary's slots."""
    return Grammar(
        score=_compile(patterns.SCORE),
        any_score=_compile(patterns.ANY_SCORE),
        top_score=_compile(patterns.TOP_SCORE),
        verdict=_compile(patterns.VERDICT),
        configured_verdict=None,
        compound=_compile(patterns.COMPOUND),
        ready_for=_compile(patterns.READY_FOR),
        none_statement=_compile(patterns.NONE_STATEMENT),
        nothing_left=_compile(patterns.NOTHING_LEFT),
        all_done=_compile(patterns.ALL_DONE),
        gates_green=_compile(patterns.GATES_GREEN),
        passes_all=_compile(patterns.PASSES_ALL),
        configured_none=None,
        copula=_compile(patterns.COPULA),
        slots={},
        trigger=_compile(patterns.TRIGGER),
    )


@lru_cache(maxsize=16)
def grammar(vocabulary: ClaimVocabulary) -> Grammar:
    """The compiled grammar for `vocabulary` (cached: vocabularies are frozen)."""
    v = vocabulary
    configured = (*v.verdicts, *v.none_words)
    long_nones = [w for w in v.none_words if len(w.split()) > 1 or len(_CJK.findall(w)) > 2]
    fixed = _fixed()
    return replace(
        fixed,
        verdict=_compile(f"{patterns.VERDICT}|{alternation(v.verdicts)}") if v.verdicts
        else fixed.verdict,
        configured_verdict=_compile(alternation(v.verdicts)) if v.verdicts else None,
        configured_none=_compile(alternation(long_nones)) if long_nones else None,
        slots=_slots(v),
        trigger=_compile(f"{patterns.TRIGGER}|{alternation(configured)}") if configured
        else fixed.trigger,
    )  # fmt: skip


def _slots(v: ClaimVocabulary) -> dict[str, re.Pattern[str]]:
    entries: dict[str, Iterable[str]] = {
        "negation": (*words.NEGATIONS, *v.negations),
        "trailing_negation": (*words.TRAILING_NEGATIONS, *v.negations),
        "prohibition": words.PROHIBITIONS,
        "condition": (*words.CONDITIONS, *v.conditions),
        "target": (*words.TARGETS, *v.targets),
        "sentence_guard": (*words.CONDITIONS, *v.conditions, *words.TARGETS, *v.targets),
        "meta": words.META_VERBS,
        "definition_key": (*words.DEFINITION_KEYS, *v.targets, *v.conditions),
        "definition_heading": words.DEFINITION_HEADINGS,
        "option_lead": words.OPTION_LEADS,
        "legend": words.LEGEND_WORDS,
        "generic": words.GENERIC_WORDS,
        "release": (*words.RELEASE_SUBJECTS, *v.subjects),
        "configured_subject": v.subjects,
        "status_key": (*words.STATUS_KEYS, *v.subjects),
        "remaining_key": (*words.REMAINING_KEYS, *v.subjects),
        "none_value": (*words.NONE_WORDS, *v.none_words),
        "follower": (*words.SCORE_FOLLOWERS, *v.verdicts),
        "current_column": words.CURRENT_COLUMNS,
        "yes": words.YES_WORDS,
    }
    slots = {name: _compile(f"(?:{alternation(words_)})") for name, words_ in entries.items()}
    slots["work_unit_id"] = _compile(patterns.WORK_UNIT_ID)
    return slots


@dataclass(frozen=True, slots=True)
class LineFilter:
    """The prefilter, searched over casefolded text with a case-sensitive pattern.

    re.IGNORECASE makes the engine try every alternative at every position; a
    casefolded copy of the line and a lower-case pattern match the same lines
    (casefolding only ever adds matches) about 1.5x faster, on every line of
    every file.
    """

    pattern: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        """A match in the casefolded text (its positions are not the line's), or None."""
        return self.pattern.search(text.casefold())


@lru_cache(maxsize=16)
def prefilter(vocabulary: ClaimVocabulary) -> LineFilter:
    """A cheap filter every line that may hold a claim or a declared score passes.

    It errs on the side of matching: the parser turns only matching lines into
    candidates, so a line it misses can never be reported.
    """
    configured = [word.casefold() for word in (*vocabulary.verdicts, *vocabulary.none_words)]
    extra = "|" + alternation(configured) if configured else ""
    return LineFilter(re.compile(patterns.PREFILTER + extra))

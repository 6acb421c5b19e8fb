"""The claim grammar for one vocabulary: every regex compiled on first use, then cached.

`grammar(vocabulary)` merges the built-in English words of
`checklint.claims.words` with the words a project configures; each shape and
each word slot becomes one case-insensitive pattern the first time a reader
asks for it. A run reads only some of them (the seed checklist 20 of 36), and
compiling is most of a cold start's regex cost. `ClaimVocabulary` is frozen,
so the result is cached per vocabulary and no regex is compiled per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import NamedTuple

from checklint import regexcache
from checklint.claims import patterns, words
from checklint.claims.fold import Folded, fold_chars
from checklint.claims.gates import Gates, gate_sources, lowers_faithfully
from checklint.settings import ClaimVocabulary

# Hangul, kana and CJK ideographs: no word boundary around them. A range test, not a regex
# class: compiling a class this wide builds a 64K-entry charmap (2.7 ms).
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF),
               (0xF900, 0xFAFF))  # fmt: skip

Source = str | tuple[str, ...]  # a regex, or vocabulary words to join with `alternation`


class Patterns(dict[str, re.Pattern[str]]):
    """Case-insensitive patterns by name, each compiled the first time `[name]` asks for it.

    Only `[name]` compiles: `get`, `in` and iteration see what is compiled so far.
    """

    __slots__ = ("sources",)

    def __init__(self, sources: Mapping[str, Source]) -> None:
        super().__init__()
        self.sources = sources

    def __missing__(self, name: str) -> re.Pattern[str]:
        source = self.sources[name]
        if not isinstance(source, str):
            source = f"(?:{alternation(source)})"
        compiled = self[name] = _compile(source)
        return compiled


class Grammar(NamedTuple):
    """Every pattern the detector uses, for one vocabulary."""

    shapes: Patterns  # the phrase shapes below, by property name
    slots: Patterns  # every word slot of `words`, by name
    gates: Gates  # the cheap searches over lower-cased text (`checklint.claims.gates`)

    def finditer(self, shape: str, line: Folded, start: int, end: int) -> Iterator[re.Match[str]]:
        """The matches of a shape in line.text[start:end], not searched for when its gate
        shows there can be none."""
        if not self.may_match(shape, line, start, end):
            return iter(())
        return self.shapes[shape].finditer(line.text, start, end)

    def may_match(self, gate: str, line: Folded, start: int, end: int) -> bool:
        """False when the gate shows that what it guards cannot match in line.text[start:end]."""
        if not line.lower or gate not in self.gates.sources:
            return True
        return self.gates[gate].search(line.lower, start, end) is not None

    def declares_score(self, line: Folded, start: int, end: int) -> bool:
        """Whether line.text[start:end] holds a score out of 10."""
        return self.score.search(line.text, start, end) is not None

    def triggered(self, line: Folded, start: int, end: int) -> bool:
        """Whether line.text[start:end] holds a word a claim needs (`patterns.TRIGGER`)."""
        lower, gates = line.lower, self.gates
        if not lower or not gates.triggers:
            return self.trigger.search(line.text, start, end) is not None
        return any(gates[name].search(lower, start, end) is not None for name in gates.triggers)

    @property
    def score(self) -> re.Pattern[str]:
        """Any 'N/10' score."""
        return self.shapes["score"]

    @property
    def any_score(self) -> re.Pattern[str]:
        """'N/M' on any scale."""
        return self.shapes["any_score"]

    @property
    def top_score(self) -> re.Pattern[str]:
        """'10/10', '10.0 / 10', '100/100', '10 out of 10', '100%'."""
        return self.shapes["top_score"]

    @property
    def verdict(self) -> re.Pattern[str]:
        """A plain verdict word, built-in or configured."""
        return self.shapes["verdict"]

    @property
    def configured_verdict(self) -> re.Pattern[str] | None:
        """The configured verdicts alone (None when there are none)."""
        return self._configured("configured_verdict")

    @property
    def compound(self) -> re.Pattern[str]:
        """'production-ready', 'release ready'."""
        return self.shapes["compound"]

    @property
    def ready_for(self) -> re.Pattern[str]:
        """'ready for production', 'ready to commit and deploy'."""
        return self.shapes["ready_for"]

    @property
    def none_statement(self) -> re.Pattern[str]:
        """'no open blocking item remains'."""
        return self.shapes["none_statement"]

    @property
    def nothing_left(self) -> re.Pattern[str]:
        """'nothing remains', 'nothing left to do'."""
        return self.shapes["nothing_left"]

    @property
    def all_done(self) -> re.Pattern[str]:
        """'all checklist items are closed'."""
        return self.shapes["all_done"]

    @property
    def gates_green(self) -> re.Pattern[str]:
        """'quality gates are green'."""
        return self.shapes["gates_green"]

    @property
    def passes_all(self) -> re.Pattern[str]:
        """'passed all gates'."""
        return self.shapes["passes_all"]

    @property
    def configured_none(self) -> re.Pattern[str] | None:
        """Configured none phrases of two or more words (None when there are none)."""
        return self._configured("configured_none")

    @property
    def copula(self) -> re.Pattern[str]:
        """'is', 'are now fully' ... right before a verdict."""
        return self.shapes["copula"]

    @property
    def trigger(self) -> re.Pattern[str]:
        """Any claim word at all: lines without one are dismissed early."""
        return self.shapes["trigger"]

    def _configured(self, name: str) -> re.Pattern[str] | None:
        return self.shapes[name] if name in self.shapes.sources else None


def alternation(entries: Iterable[str]) -> str:
    """Vocabulary words as one regex: folded, white space loose, bounded unless CJK.

    Words bounded on both sides share one pair of look-arounds, so the engine
    tests the boundary once per position instead of once per word.
    """
    bounded: list[str] = []
    loose: list[str] = []
    words = {fold_chars(e).strip() for e in entries if e.strip()}
    # Longest first; ties in a fixed order, so that every run builds the same pattern
    # (a set's order changes with each process's string hashing).
    for entry in sorted(words, key=lambda word: (-len(word), word)):
        body = r"[\s\u200c]+".join(re.escape(part) for part in entry.split())
        left, right = _bounded(entry[:1]), _bounded(entry[-1:])
        if left and right:
            bounded.append(body)
        else:
            loose.append(("(?<![\\w])" if left else "") + body + ("(?![\\w])" if right else ""))
    parts = [rf"(?<![\w])(?:{'|'.join(bounded)})(?![\w])"] if bounded else []
    return "|".join(parts + loose) or r"(?!x)x"


def _bounded(char: str) -> bool:
    return char.isalnum() and not _is_cjk(char)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def _compile(pattern: str) -> re.Pattern[str]:
    return regexcache.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=16)
def grammar(vocabulary: ClaimVocabulary) -> Grammar:
    """The grammar for `vocabulary` (cached: vocabularies are frozen); nothing compiled yet."""
    gates = Gates(gate_sources(vocabulary, _configured_trigger(vocabulary)))
    return Grammar(Patterns(_shapes(vocabulary)), Patterns(_slots(vocabulary)), gates)


def _configured_trigger(v: ClaimVocabulary) -> str | None:
    """The configured words of the trigger for lower-cased text ('' when there are none, None
    when one would not lower-case faithfully)."""
    configured = [fold_chars(word) for word in (*v.verdicts, *v.none_words)]
    if not all(map(lowers_faithfully, configured)):
        return None
    return alternation(word.lower() for word in configured) if configured else ""


def _shapes(v: ClaimVocabulary) -> dict[str, Source]:
    configured = (*v.verdicts, *v.none_words)
    long_nones = [w for w in v.none_words if len(w.split()) > 1 or sum(map(_is_cjk, w)) > 2]
    shapes: dict[str, Source] = {
        "score": patterns.SCORE,
        "any_score": patterns.ANY_SCORE,
        "top_score": patterns.TOP_SCORE,
        "verdict": f"{patterns.VERDICT}|{alternation(v.verdicts)}" if v.verdicts
        else patterns.VERDICT,
        "compound": patterns.COMPOUND,
        "ready_for": patterns.READY_FOR,
        "none_statement": patterns.NONE_STATEMENT,
        "nothing_left": patterns.NOTHING_LEFT,
        "all_done": patterns.ALL_DONE,
        "gates_green": patterns.GATES_GREEN,
        "passes_all": patterns.PASSES_ALL,
        "copula": patterns.COPULA,
        "trigger": f"{patterns.TRIGGER}|{alternation(configured)}" if configured
        else patterns.TRIGGER,
    }  # fmt: skip
    if v.verdicts:
        shapes["configured_verdict"] = alternation(v.verdicts)
    if long_nones:
        shapes["configured_none"] = alternation(long_nones)
    return shapes


def _slots(v: ClaimVocabulary) -> dict[str, Source]:
    return {
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
        "work_unit_id": patterns.WORK_UNIT_ID,
    }


class LineFilter(NamedTuple):
    """The prefilter, searched over casefolded text with case-sensitive patterns.

    re.IGNORECASE makes the engine try every alternative at every position; a
    casefolded copy of the line and lower-case patterns match the same lines
    (casefolding only ever adds matches), on every line of every file. The
    patterns are split so that re can skip to where a match may start
    (`patterns.PREFILTER_WORDS`); configured words get one of their own.
    """

    patterns: tuple[re.Pattern[str], ...]

    def search(self, text: str) -> re.Match[str] | None:
        """A match in the casefolded text (its positions are not the line's), or None."""
        folded = text.casefold()
        for pattern in self.patterns:
            found = pattern.search(folded)
            if found is not None:
                return found
        return None


@lru_cache(maxsize=16)
def prefilter(vocabulary: ClaimVocabulary) -> LineFilter:
    """A cheap filter every line that may hold a claim or a declared score passes.

    It errs on the side of matching: the parser turns only matching lines into
    candidates, so a line it misses can never be reported.
    """
    configured = [word.casefold() for word in (*vocabulary.verdicts, *vocabulary.none_words)]
    sources = [patterns.PREFILTER_WORDS, patterns.PREFILTER_SCORE]
    if configured:
        sources.append(alternation(configured))
    return LineFilter(tuple(regexcache.compile(source) for source in sources))

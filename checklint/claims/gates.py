"""Cheap searches over the lower-cased line that spare the grammar's case-insensitive ones.

re.IGNORECASE keeps re from skipping ahead to where a match may start: it
tries every alternative at every position of the text. A case-sensitive
pattern whose alternatives open with a literal is searched several times
faster, and over a lower-cased copy of the line (`Folded.lower`) it matches
where the case-insensitive one matches in the line: lower-casing turns each
character into the one re.IGNORECASE equates it with ('İ', 'ı' and 'ſ' aside:
`fold.lowered` makes no copy of a line holding one) and keeps white space,
digits and word characters what they were. Two uses:

- gates: a shape is searched for in a stretch of the line only if the stretch
  holds one of the words every match of it holds (`patterns.NEEDLES`: 'ready'
  for 'production-ready'), and most sentences hold none;
- the trigger, spelled for lower-cased text (`patterns.TRIGGER_LOWERED`).

A configured word that lower-casing would not keep equal ('Ǆ', 'Σ') gives its
shape no gate, and the vocabulary no fast trigger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from checklint import regexcache
from checklint.claims import patterns
from checklint.claims.fold import fold_chars
from checklint.settings import ClaimVocabulary

TRIGGERS = ("trigger", "trigger_score", "trigger_configured")


class Gates(dict[str, re.Pattern[str]]):
    """Case-sensitive patterns over lower-cased text by name, compiled on first use."""

    __slots__ = ("sources", "triggers")

    def __init__(self, sources: Mapping[str, str]) -> None:
        super().__init__()
        self.sources = sources
        self.triggers = tuple(name for name in TRIGGERS if name in sources)  # () if none

    def __missing__(self, name: str) -> re.Pattern[str]:
        compiled = self[name] = regexcache.compile(self.sources[name])
        return compiled


def gate_sources(v: ClaimVocabulary, configured_trigger: str | None) -> dict[str, str]:
    """The gates of every shape that has one, and the trigger's patterns when it has them.

    `configured_trigger` matches the configured words that make a line worth
    reading, lower-cased (None when there are some it cannot match so).
    """
    needles: dict[str, tuple[str, ...] | None] = dict(patterns.NEEDLES)
    verdicts = lowered_words(v.verdicts)
    needles["verdict"] = None if verdicts is None else (*patterns.NEEDLES["verdict"], *verdicts)
    needles["configured_none"] = lowered_words(v.none_words)
    needles["statements"] = _union(needles.get(name, ()) for name in patterns.STATEMENT_SHAPES)
    sources = {name: "|".join(map(re.escape, words)) for name, words in needles.items() if words}
    if configured_trigger is None:
        return sources  # the trigger is searched case-insensitively
    sources.update(trigger=patterns.TRIGGER_LOWERED, trigger_score=patterns.TRIGGER_SCORE)
    if configured_trigger:
        sources["trigger_configured"] = configured_trigger
    return sources


def _union(gates: Iterable[tuple[str, ...] | None]) -> tuple[str, ...] | None:
    """The needles of several gates together, or None when one has none: it may match anywhere."""
    needles: list[str] = []
    for gate in gates:
        if gate is None:
            return None
        needles += gate
    return tuple(needles)


def lowered_words(words: Iterable[str]) -> tuple[str, ...] | None:
    """The longest part of each word or phrase as the grammar folds it, lower-cased; None when
    one holds a character lower-casing would not keep equal to it."""
    parts = [max(fold_chars(word).split(), key=len, default="") for word in words]
    if not all(parts) or not all(map(lowers_faithfully, parts)):
        return None  # a blank word matches anywhere
    return tuple(part.lower() for part in parts)


def lowers_faithfully(text: str) -> bool:
    """Whether `text` lower-cased matches case-sensitively what it matches case-insensitively:
    it holds ASCII and characters without case ('✅', '就绪', 'آماده') only."""
    return text.isascii() or all(ch.lower() == ch == ch.upper() for ch in text)

"""What a claim is about: the release, a scored dimension, or something else.

A subject is read word by word after `normalise_key`:

- it names a *dimension* when a dimension's key appears in it and every other
  word is generic ('Engineering Quality score' -> 'engineering quality');
- it is about *readiness* (and so the release) whenever it says 'readiness'
  ('Automated technical readiness');
- an aside that only dates the key says when, not what, and is left out
  ('Status on 2026-02-20 (re-checked 2026-02-21)' is a status);
- it is *other* when any remaining word names something else ('ESLint score',
  'Transport Security', 'Section E'); words in another script count as other
  unless an English status word or a configured subject stands beside them;
- otherwise it is the *release* (a release word such as 'release', 'gates',
  'checklist') or *bare* (only generic words: 'Status', 'Estimated overall').
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from checklint.claims.fold import fold_chars
from checklint.claims.grammar import Grammar
from checklint.lazyre import lazy
from checklint.text import normalise_key

RELEASE, DIMENSION, OTHER, BARE, WORK = "release", "dimension", "other", "bare", "work"

_LABEL = lazy(r"^(?:[a-z]|\d+|[ivx]+)\s+(?=\S)")
_WEIGHT = lazy(r"\(\s*\d+(?:\.\d+)?\s*%\s*\)")
_ASIDE = lazy(r"\([^()]*\)|\[[^\[\]]*\]")
_WHEN_WORDS = frozenset((
    "re", "checked", "rechecked", "verified", "reverified", "updated", "reviewed", "confirmed",
    "revised", "edited", "last", "as", "of", "on", "at", "since", "utc",
))  # fmt: skip
_DATE = lazy(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")
_LATIN = lazy(r"[a-z]")
_NUMBER = lazy(r"v?\d+[a-z]{0,2}")  # 2, 2nd, v2, 10x
_OVERALL = frozenset(("overall", "total", "score", "estimated", "rating", "grade"))
_STATUS_HEADING = lazy(r"summary|final|overall|verdict|decision|result|go\W*no\W*go", re.I)


class Subject(NamedTuple):
    kind: str  # RELEASE, DIMENSION, OTHER, BARE or WORK
    name: str  # 'release', 'overall', 'readiness' or the dimension's display name
    dimension: str | None = None


def classify(text: str, grammar: Grammar, dimensions: Mapping[str, str]) -> Subject:
    """The subject `text` names; see the module docstring."""
    key = normalise_key(_ASIDE().sub(_kept_aside, _WEIGHT().sub(" ", text)))
    key = _LABEL().sub("", key)
    dimension = match_dimension(key, grammar, dimensions)
    if dimension is not None:
        return Subject(DIMENSION, dimensions[dimension], dimension)
    tokens = key.split()
    if "readiness" in tokens:
        return Subject(RELEASE, "readiness")
    configured = grammar.slots["configured_subject"].search(fold_chars(text)) is not None
    kinds = [_token_kind(token, grammar) for token in tokens]
    if "other" in kinds or ("foreign" in kinds and not _latin_beside(kinds, configured)):
        return Subject(OTHER, "")
    name = "overall" if _OVERALL.intersection(tokens) else "release"
    return Subject(RELEASE if "release" in kinds or configured else BARE, name)


def match_dimension(key: str, grammar: Grammar, dimensions: Mapping[str, str]) -> str | None:
    """The dimension key `key` names, allowing generic words around it."""
    if not dimensions:
        return None
    if key in dimensions:
        return key
    tokens = key.split()
    for dimension in sorted(dimensions, key=len, reverse=True):
        wanted = dimension.split()
        for index in range(len(tokens) - len(wanted) + 1):
            if tokens[index : index + len(wanted)] != wanted:
                continue
            rest = tokens[:index] + tokens[index + len(wanted) :]
            if all(_token_kind(token, grammar) in ("generic", "number") for token in rest):
                return dimension
    return None


def heading_subject(heading: str, grammar: Grammar, dimensions: Mapping[str, str]) -> Subject:
    """Whose status a bare 'Status: Done' under `heading` gives."""
    if not heading.strip():
        return Subject(RELEASE, "release")
    key = _LABEL().sub("", normalise_key(_WEIGHT().sub(" ", heading)))
    dimension = match_dimension(key, grammar, dimensions)
    if dimension is not None:
        return Subject(DIMENSION, dimensions[dimension], dimension)
    if grammar.slots["work_unit_id"].search(fold_chars(heading)):
        return Subject(WORK, "")
    return Subject(RELEASE, "release")


def names_release(text: str, grammar: Grammar) -> bool:
    """Whether every word of `text` names the release: a release or generic word, or a word
    in another script holding a configured subject ('项目已发布'); 'سرور production' does not."""
    tokens = normalise_key(text).split()
    return bool(tokens) and all(_release_token(token, grammar) for token in tokens)


def _release_token(token: str, grammar: Grammar) -> bool:
    if _token_kind(token, grammar) in ("release", "generic"):
        return True
    return not _LATIN().search(token) and bool(grammar.slots["configured_subject"].search(token))


def release_heading(heading: str, grammar: Grammar) -> bool:
    """Whether a heading is about the release as a whole ('Release Readiness', 'Verdict')."""
    folded = fold_chars(heading)
    return bool(grammar.slots["release"].search(folded) or _STATUS_HEADING().search(folded))


def _token_kind(token: str, grammar: Grammar) -> str:
    if _NUMBER().fullmatch(token):
        return "number"
    if not _LATIN().search(token):
        return "foreign"
    if grammar.slots["release"].fullmatch(token):
        return "release"
    if grammar.slots["generic"].fullmatch(token) or grammar.slots["meta"].fullmatch(token):
        return "generic"  # a speech act names no subject ('mark release 10/10' in a commit)
    return "other"


def _kept_aside(match: re.Match[str]) -> str:
    """An aside of dates says when, not what: 'Status on 2026-02-20 (re-checked 2026-02-21)',
    'Status (UTC)'. One that names something else stays: 'Status (staging, 2026-03-02)'."""
    aside = match.group()
    rest = normalise_key(_DATE().sub(" ", aside)).split()
    return " " if all(word in _WHEN_WORDS for word in rest) else aside


def _latin_beside(kinds: list[str], configured: bool) -> bool:
    return configured or any(kind in ("generic", "release") for kind in kinds)

"""Regexes compiled on first use, and a substring test that spares running one.

Importing a module must not compile patterns that a run may never reach (a
field regex on a checklist without `::` fields, every rule's patterns for
`checklint rules`), and a case-insensitive regex search costs ten times a
substring test, on every item of every file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, partial

from checklint import regexcache


def lazy(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """An accessor compiling `source` on its first call and returning that pattern after.

    Compiling goes through `checklint.regexcache`, which rebuilds a pattern
    compiled by an earlier run instead of compiling it again; a call after the
    first costs one cache lookup.
    """
    return cache(partial(regexcache.compile, source, flags))


def may_contain(text: str, words: Iterable[str]) -> bool:
    """False only when no word of `words` (lowercase ASCII) occurs in `text` in any case.

    That is, when no `re.IGNORECASE` pattern that must match one of the words
    can match `text`; True says nothing, the pattern still has to run.
    """
    lowered = text.lower()
    for word in words:
        if word in lowered:
            return True
    # Characters that re.IGNORECASE matches to an ASCII letter where str.lower() gives
    # none in place: 'ı' and 'ſ' match 'i' and 's', and 'İ' lowers to 'i' and a dot.
    return not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text)

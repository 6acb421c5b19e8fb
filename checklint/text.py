"""Small text helpers shared by the parser, the scorer and the claim detector."""

from __future__ import annotations

from checklint import regexcache

_MARKUP = regexcache.compile(r"[`*_~]+")
_NON_WORD = regexcache.compile(r"[^\w]+")


def normalise_key(name: str) -> str:
    """The form section, scoring-model and claim subjects are matched by.

    'A) `Operations & Reliability`' and 'operations and reliability' meet at
    'operations and reliability'.
    """
    folded = _MARKUP.sub("", name).replace("&", " and ").casefold()
    return _NON_WORD.sub(" ", folded).strip()

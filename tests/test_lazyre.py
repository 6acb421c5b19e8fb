"""The shared regex helpers: compiled on first use, and a substring test that never misses."""

from __future__ import annotations

import re
import sys

import pytest

from checklint.lazyre import lazy, may_contain


def test_lazy_compiles_once_on_first_call() -> None:
    pattern = lazy(r"\bdue\b", re.IGNORECASE)
    assert pattern() is pattern()
    assert pattern().flags & re.IGNORECASE
    assert pattern().search("Due soon")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("TODO: pricing", "todo"),
        ("Section E has no OPEN items", "open"),
        ("Done ✅ 2026-01-12", "done"),
        ("Pending review", "pending"),
        ("ſtill blocked", "blocked"),  # 'blocked' found despite the long s elsewhere
        ("Reſolved", "resolved"),  # re.IGNORECASE matches 'ſ' to 's', str.lower() does not
        ("UNFİNİSHED", "finished"),  # 'İ' lowers to two characters
        ("fınished", "finished"),  # dotless i: the re module matches it to 'i'
        ("KELVIN done: \u212a", "done"),
    ],
)
def test_may_contain_is_true_wherever_an_ignorecase_regex_matches(text: str, word: str) -> None:
    assert re.search(word, text, re.IGNORECASE)
    assert may_contain(text, (word,))


@pytest.mark.parametrize(
    "text", ["T-000018 Audit SBOM export for edge proxies", "Ship ✅ 2026-01-12", "", "café"]
)
def test_may_contain_is_false_where_no_word_occurs(text: str) -> None:
    assert not may_contain(text, ("todo", "done", "pending"))


def test_only_three_characters_escape_str_lower() -> None:
    # may_contain's fallback (İ, ı, ſ): the characters whose lowercase is not one character, or that
    # re.IGNORECASE matches to an ASCII letter their lowercase is not.
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    escaping = set()
    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1 or (ascii_letter.fullmatch(char) and not lowered.isascii()):
            escaping.add(char)
    assert escaping == set("İıſ")

"""The claim readers' shortcuts read exactly what the plain forms they stand for read.

Some regexes of `checklint.claims` are spelled for re's fast scan (every
alternative opening with a literal, a boundary checked after the first
character) and some work is skipped when a cheap test shows it would change
nothing. Each shortcut is checked here against the plain form, kept verbatim,
over every line of the shared corpus (single lines and lines joined as a
wrapped block would be) and over generated strings full of the characters
that matter.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

import pytest
from test_claims_real import shared_dir

from checklint.claims import fold, frames


@cache
def corpus_texts() -> tuple[str, ...]:
    texts: list[str] = []
    for path in sorted((shared_dir() / "corpus").rglob("*.md")):
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        texts += lines
        texts += ["\n".join(lines[i : i + 3]) for i in range(0, len(lines), 2)]
    return tuple(texts)


def generated_texts(alphabet: list[str], count: int = 20_000) -> list[str]:
    chance = random.Random(7)
    return ["".join(chance.choices(alphabet, k=chance.randint(0, 24))) for _ in range(count)]


MARKUP = [*"ab _*`[]()<>#~=\\!/:hxtp\t", "http://", "<b>", "</i>", "- ", "1. ", "[x] ", "> "]
MARKUP += ["## ", "\n", "１", "۰", "’", "\u200c", "：", "✅"]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_the_corpus_is_there() -> None:
    assert len(corpus_texts()) > 10_000


@pytest.mark.parametrize("texts", [corpus_texts, lambda: generated_texts(MARKUP)])
def test_markup_is_blanked_where_it_was(texts: Callable[[], list[str]]) -> None:
    former = re.compile(
        r"<https?://[^>]*>|https?://[^\s)>\]|]+|</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>"
        r"|\\(?=[^\w\s])|\*+|~~|==|(?<=\s)#+\s*$"
    )
    for text in texts():
        assert spans(fold._BLANKED(), text) == spans(former, text), text


@pytest.mark.parametrize("texts", [corpus_texts, lambda: generated_texts(MARKUP)])
def test_characters_fold_as_the_whole_table_folds_them(texts: Callable[[], list[str]]) -> None:
    for text in texts():
        assert fold.fold_chars(text) == text.translate(fold._TRANSLATION), text


SENTENCES = [*"ab .!?;)]*_\"'\t", "e.g", "i.e", "etc", "vs", "No", "no", "x.", "\u00a0"]


@pytest.mark.parametrize("texts", [corpus_texts, lambda: generated_texts(SENTENCES)])
def test_sentences_end_where_they_ended(texts: Callable[[], list[str]]) -> None:
    former = re.compile(
        r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\bNo)[.!?]+(?=[\s)\]*_\"']*(?:\s|$))|;"
    )
    for text in texts():
        assert spans(frames._SENTENCE_END, text) == spans(former, text), text
        end = len(text) // 2  # a frame may stop mid-line: the look-ahead stops there too
        new = [m.span() for m in frames._SENTENCE_END.finditer(text, 1, end)]
        assert new == [m.span() for m in former.finditer(text, 1, end)], text

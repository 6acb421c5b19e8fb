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
import string
import sys
from collections.abc import Callable
from functools import cache
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

import pytest
from test_claims_real import CHINESE, PERSIAN, shared_dir

from checklint.claims import fold, frames, patterns, prefilter
from checklint.claims.gates import TRIGGERS
from checklint.claims.grammar import grammar
from checklint.settings import ClaimVocabulary


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


# -- lower-casing stands in for re.IGNORECASE (`checklint.claims.gates`) --------------------


@cache
def every_character() -> str:
    """Every code point but the surrogates, 'İ' (which lowers to two) made a space."""
    chars = (chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)
    return "".join(chars).replace("İ", " ")


def test_lower_casing_keeps_every_character_one_character_but_one() -> None:
    text = every_character()
    assert len(text.lower()) == len(text)
    assert len("İ".lower()) == 2 and fold.lowered("Kİ") == ""


def test_what_ignorecase_equates_with_a_letter_lowers_to_it_save_three() -> None:
    text, odd = every_character(), {"ı", "ſ"}  # and 'İ', which `lowered` turns down too
    lowering: dict[str, set[int]] = {letter: set() for letter in string.ascii_lowercase}
    for index, ch in enumerate(text.lower()):
        if ch in lowering:
            lowering[ch].add(index)
    for letter, lowered in lowering.items():
        equated = {m.start() for m in re.finditer(letter, text, re.IGNORECASE)}
        assert {i for i in equated if text[i] not in odd} == lowered, letter


def test_nothing_lowers_to_a_character_without_case_but_itself() -> None:
    text = every_character()
    for before, after in zip(text, text.lower(), strict=True):
        assert before == after or after.upper() != after, hex(ord(before))


@pytest.mark.parametrize("category", [r"\w", r"\s", r"\d", r"\b"])
def test_lower_casing_keeps_word_space_and_digit_characters(category: str) -> None:
    text = every_character()
    assert spans(re.compile(category), text) == spans(re.compile(category), text.lower())


# -- gates and the trigger over lower-cased text ---------------------------------------------

VOCABULARIES = (
    ClaimVocabulary(),
    PERSIAN,
    CHINESE,
    ClaimVocabulary(verdicts=("SHIPPED", "Live"), none_words=("nada", "All Clear")),
    ClaimVocabulary(verdicts=("ΈΤΟΙΜΟ",), none_words=("Ǆero",)),  # no lower-case stand-in
)
GATED = (VOCABULARIES[0], PERSIAN, VOCABULARIES[3])  # built-in, Persian and English words
CLAIMS = [*"ab 0/%.:|-_✅✔☑İıſK\u212a\t", "go", "no", "none", "Ready", "DONE", "10", "/10"]
CLAIMS += ["out of", "100", "blockers", "all", "every", "gates", "systems", "nothing", "SHIPPED"]
CLAIMS += ["nıl", "paſs", "İtems", "Keeps"]  # what re.IGNORECASE reads as 'nil', 'pass' ...


@cache
def candidate_texts() -> tuple[str, ...]:
    """The corpus texts the prefilter picks: only candidates are read for claims."""
    picks = prefilter(ClaimVocabulary()).search
    return tuple(text for text in corpus_texts() if picks(text))


@cache
def folded_corpus() -> tuple[fold.Folded, ...]:
    return tuple(fold.fold_line(text) for text in candidate_texts())


def stretches(line: fold.Folded) -> list[tuple[int, int]]:
    """The line's body and a stretch inside it: as sentences and cells are read."""
    size = len(line.text)
    return [(line.body, size), (size // 4, size - size // 3)]


def folded_texts(alphabet: list[str]) -> list[fold.Folded]:
    return [*folded_corpus(), *map(fold.fold_line, generated_texts(alphabet, 3_000))]


@pytest.mark.parametrize("vocabulary", VOCABULARIES)
def test_the_trigger_fires_where_it_fired(vocabulary: ClaimVocabulary) -> None:
    rules = grammar(vocabulary)
    for line in folded_texts(CLAIMS):
        for start, end in stretches(line):
            expected = rules.trigger.search(line.text, start, end) is not None
            assert rules.triggered(line, start, end) == expected, (line.text, start, end)


@pytest.mark.parametrize("vocabulary", GATED)
def test_gated_shapes_match_where_they_matched(vocabulary: ClaimVocabulary) -> None:
    rules = grammar(vocabulary)
    shapes = [name for name in rules.gates.sources if name not in TRIGGERS]
    shapes = [name for name in shapes if name in rules.shapes.sources]
    for line in folded_texts(CLAIMS):
        for start, end in stretches(line):
            for name in shapes:
                found = [m.span() for m in rules.finditer(name, line, start, end)]
                matches = rules.shapes[name].finditer(line.text, start, end)
                assert found == [m.span() for m in matches], (name, line.text, start, end)


@pytest.mark.parametrize("vocabulary", GATED)
def test_a_sentence_the_statements_gate_stops_holds_no_statement(
    vocabulary: ClaimVocabulary,
) -> None:
    rules = grammar(vocabulary)
    shapes = [
        rules.shapes[name] for name in patterns.STATEMENT_SHAPES if name in rules.shapes.sources
    ]
    assert "statements" in rules.gates.sources and len(shapes) >= 5
    for line in folded_texts(CLAIMS):
        for start, end in stretches(line):
            if not rules.may_match("statements", line, start, end):
                assert not any(shape.search(line.text, start, end) for shape in shapes), line


def covered(items: Any, needles: tuple[str, ...]) -> bool:
    """Whether every match of the parsed pattern holds one of `needles` (lower-cased): a run
    of its literals holds one, or a part every match passes through is covered."""
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(value).lower())
            continue
        if any(needle in "".join(run) for needle in needles):
            return True
        run = []
        if op is sre.SUBPATTERN and covered(value[3], needles):
            return True
        if op is sre.BRANCH and all(covered(branch, needles) for branch in value[1]):
            return True
        repeated = op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1
        if repeated and covered(value[2], needles):
            return True
    return False


@pytest.mark.parametrize("shape", sorted(patterns.NEEDLES))
def test_every_match_of_a_gated_shape_holds_one_of_its_needles(shape: str) -> None:
    source = grammar(ClaimVocabulary()).shapes.sources[shape]
    assert isinstance(source, str)
    assert covered(sre_parse.parse(source, re.IGNORECASE), patterns.NEEDLES[shape])


def test_a_word_that_does_not_lower_faithfully_leaves_its_shape_ungated() -> None:
    sources = grammar(VOCABULARIES[-1]).gates.sources
    assert "verdict" not in sources and "trigger" not in sources
    assert "configured_none" not in sources and "compound" in sources


SEPARATORS = [*"ab :∶,()[]-—–>=→\t", " - ", "but", "However", "ALTHOUGH", "though", "whereas"]
SEPARATORS += ["K\u212a", "İ", "butter", "é"]


@pytest.mark.parametrize("texts", [candidate_texts, lambda: generated_texts(SEPARATORS, 5_000)])
def test_separators_are_found_where_they_were(texts: Callable[[], list[str]]) -> None:
    former = re.compile(
        r"(?P<colon>∶|:(?=\s|$|[^\x00-\x7f]))|(?P<dash>\s[—–-]{1,2}\s)|(?P<arrow>→|->|=>)"
        r"|(?P<comma>,)|(?P<paren>[()\[\]])|(?P<but>\b(?:but|however|although|though|whereas)\b)",
        re.IGNORECASE,
    )
    for text in texts():
        line = fold.fold_line(text)
        for start, end in stretches(line):
            frame = frames.Frame(start, end, question=False)
            expected = [
                (m.lastgroup, m.start(), m.end()) for m in former.finditer(line.prose, start, end)
            ]
            assert [tuple(s) for s in frames.separators(line, frame)] == expected, text

"""Folding a candidate line into the form the grammar reads, without moving a character.

Every step keeps the line's length, so a match's offset in the folded text is
its offset in the source line and columns need no mapping back:

- characters: Persian and Arabic-Indic digits become ASCII (`۱۰/۱۰` -> `10/10`),
  the Arabic decimal separator a dot (`۱۰٫۰` -> `10.0`), full-width forms their
  ASCII twins (`１０／１０`, `：`), curly quotes straight ones, odd spaces and the
  zero-width non-joiner a space (so `چک‌لیست` and `چک لیست` read alike);
- structure: heading marks, blockquote marks, the list marker and the task box
  are skipped (`body` is where the prose starts; `box` keeps the box);
- markup: emphasis, strike-through, link targets, bare URLs, HTML tags and
  escapes become spaces; code spans keep their text and are listed in `code`,
  and `prose` is the text with their contents blanked too (rules read prose);
- line breaks: a candidate read with the lines of its block around it
  (`checklint.claims.context`) holds '\n's; each becomes a space, so a code
  span or a phrase may run across it, and is listed in `breaks`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from checklint.lazyre import lazy


def _translation() -> dict[int, str]:
    table = {0x6F0 + d: str(d) for d in range(10)}  # Persian digits
    table.update({0x660 + d: str(d) for d in range(10)})  # Arabic-Indic digits
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})  # full width
    table.update({ord(k): v for k, v in {
        "٫": ".", "٬": ",", "٪": "%", "،": ",", "؛": ";", "؟": "?", "。": ".", "、": ",",
        "\u3000": " ", "\n": " ",
        "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200c": " ", "\t": " ",
        "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "«": '"', "»": '"',
        "\u2010": "-", "\u2011": "-", "\u2212": "-", "➡": "→", "⟶": "→", "⇒": "→",
        "：": "∶",  # a full-width colon separates a key even with no space after it
    }.items()})  # fmt: skip
    return table


_TRANSLATION = _translation()
_PREFIX = lazy(
    r"[ ]*(?:>[ ]*)*(?:(?P<heading>#{1,6})(?=[ ]|$)[ ]*)?"
    r"(?:(?:[-*+]|\d{1,9}[.)])(?=[ ]|$)[ ]*(?:(?P<box>\[[^\]]\]|[☐☑☒✅])(?=[ ]|$)[ ]*)?)?"
)
_CODE = lazy(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_LINK = lazy(r"(!?\[)([^\]]*)(\]\([^)]*\))")
# Every alternative opens with a literal, so re skips ahead to where one may start:
# `\*\**` is `\*+`, and `#(?<=\s#)` a '#' after white space.
_BLANKED = lazy(
    r"<https?://[^>]*>|https?://[^\s)>\]|]+|</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>"
    r"|\\(?=[^\w\s])|\*\**|~~|==|#(?<=\s#)#*\s*$"
)
_UNDERSCORES = lazy(r"_+")
_FOLDABLE = lazy(  # what `_TRANSLATION` changes, line breaks aside
    "[" + "".join(re.escape(chr(code)) for code in sorted(_TRANSLATION) if code != 0x0A) + "]"
)


class Folded(NamedTuple):
    """A candidate line as the grammar reads it; offsets are the source line's."""

    text: str  # folded, markup blanked, code span contents kept
    prose: str  # `text` with code span contents blanked as well
    body: int  # where the prose starts (after '#', '>', the list marker and the box)
    box: str  # the task box or ballot glyph before the body ('[x]', '☐'), '' if none
    heading: bool  # the line starts with '#' marks
    code: tuple[tuple[int, int], ...]  # code span contents as (start, end)
    breaks: tuple[int, ...] = ()  # where the source had a line break (now a space)
    lower: str = ""  # `text` lower-cased for `checklint.claims.gates` ('' where it cannot be)


def fold_chars(text: str) -> str:
    """The character-level fold alone (used for vocabulary words as well)."""
    # `translate` costs some 40 ns a character even when nothing changes; most lines hold
    # nothing to fold, and a line break is cheaper to replace than to look up.
    if "\n" in text:
        text = text.replace("\n", " ")
    return text.translate(_TRANSLATION) if _FOLDABLE().search(text) else text


@lru_cache(maxsize=4096)
def fold_line(raw: str) -> Folded:
    """Fold one candidate line; see the module docstring (cached: a line is read twice)."""
    text = fold_chars(raw)
    prefix = _PREFIX().match(text)
    body = prefix.end() if prefix else 0
    box = (prefix.group("box") or "") if prefix else ""
    heading = bool(prefix and prefix.group("heading"))
    code: list[tuple[int, int]] = []
    blanks = [(0, body)]
    for match in _CODE().finditer(text, body) if text.find("`", body) >= 0 else ():
        code.append((match.start(2), match.end(2)))
        blanks += ((match.start(1), match.end(1)), (match.end(2), match.end()))
    blanks += _markup(text, body, _Outside(code))
    folded = _blanked(text, blanks)
    breaks = tuple(i for i, ch in enumerate(raw) if ch == "\n") if "\n" in raw else ()
    prose = _blanked(folded, code)
    return Folded(folded, prose, body, box, heading, tuple(code), breaks, lowered(folded))


def lowered(text: str) -> str:
    """`text` lower-cased, where every character lowers to one re.IGNORECASE equates with it.

    'İ' lowers to two characters and 'ı', 'ſ' to themselves, yet re.IGNORECASE
    matches them to 'i' and 's': a text holding one gets '' (no copy).
    """
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):
        return ""
    return text.lower()


def _markup(text: str, body: int, outside: _Outside) -> Iterator[tuple[int, int]]:
    """Emphasis, link targets, URLs, HTML tags and escapes, to become spaces (not in code).

    A link needs its "[", an underscore itself: a body without one is not searched.
    """
    for match in _LINK().finditer(text, body) if text.find("[", body) >= 0 else ():
        if outside(match.start()):
            yield match.span(1)
            yield match.span(3)
    for match in _BLANKED().finditer(text, body):
        if outside(match.start()):
            yield match.span()
    for match in _UNDERSCORES().finditer(text, body) if text.find("_", body) >= 0 else ():
        inner = _alnum(text, match.start() - 1) and _alnum(text, match.end())
        if outside(match.start()) and not inner:  # 'READY_WITH_WARNINGS' keeps its '_'
            yield match.span()


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every span turned to spaces (the spans may overlap)."""
    spans = [(start, end) for start, end in spans if start < end]
    if not spans:
        return text
    if len(spans) == 1:
        start, end = spans[0]
        return text[:start] + " " * (end - start) + text[end:]
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


class _Outside:
    """Whether an offset lies outside every code span."""

    __slots__ = ("spans",)

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans

    def __call__(self, offset: int) -> bool:
        return all(not start - 1 <= offset <= end for start, end in self.spans)


def _alnum(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()

"""Prose for the walk: positions in the source, claim candidates, directives and comments.

A block's inline text is kept twice: as markdown-it gives it (`raw`) and with
inline HTML comments blanked out by spaces (`text`). Both have the same lines
of the same length, so a position found in `text` is a position in the source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from checklint import regexcache
from checklint.metadata import evidence_refs
from checklint.models import Candidate, Directive, EvidenceRef, TextContext
from checklint.walker_around import Around

if TYPE_CHECKING:
    from checklint.claims.grammar import LineFilter

# An HTML comment, or a code span (kept: '`<!--`' in code is no comment, as in GFM).
_COMMENT_OR_CODE = regexcache.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)|<!--.*?(?:-->|$)", re.DOTALL)
_DIRECTIVE = regexcache.compile(
    r"<!--\s*checklint-(disable-next-line|disable-file|disable|enable)(?=\s|-->)(.*?)-->",
    re.DOTALL,
)
_RULE_SEPARATOR = regexcache.compile(r"[\s,]+")
_LEADING = regexcache.compile(r"[ \t>]*")
_NOT_NEWLINE = regexcache.compile(r"[^\n]")


class Text(NamedTuple):
    """A block's inline text, as written and with its HTML comments blanked."""

    raw: str
    text: str
    line: int  # 0-based line of the block's first line

    def first_raw(self) -> str:
        return self.raw.partition("\n")[0]


class Place(NamedTuple):
    """Where a candidate stands in the document."""

    section: int | None
    heading: str
    lead_in: str


class Prose:
    """One document's source lines, candidates and directives."""

    __slots__ = ("candidates", "directives", "lines", "path", "prefilter")

    def __init__(self, path: str, lines: list[str], prefilter: LineFilter) -> None:
        self.path = path
        self.lines = lines
        self.prefilter = prefilter
        self.candidates: list[Candidate] = []
        self.directives: list[Directive] = []

    def source(self, line: int) -> str:
        return self.lines[line] if line < len(self.lines) else ""

    def position(self, line: int, raw: str, offset: int) -> int:
        """The 1-based column of `raw[offset]`, where `raw` is a block's text on `line`.

        A block's line is the tail of its source line (markers and indentation
        cut off), so its last occurrence is the right one: in '- [x] x' the
        item's 'x' is not the box's.
        """
        source = self.source(line)
        head = raw.lstrip()
        found = source.rfind(head) if head else -1
        if found == -1:  # markdown-it expanded a tab: fall back to where the prose starts
            return prose_start(source) + 1
        return found - (len(raw) - len(head)) + offset + 1

    def read_inline(self, raw: str, line: int) -> Text:
        """A block's inline text with its directives read and its comments blanked."""
        if "<!--" not in raw:
            return Text(raw, raw, line)
        self.read_directives(raw, line)
        return Text(raw, _COMMENT_OR_CODE.sub(_blanked, raw), line)

    def read_directives(self, content: str, first_line: int) -> None:
        self.directives.extend(directives_in(content, first_line, self.lines))

    def refs_in(self, block: Text, skip: int) -> tuple[EvidenceRef, ...]:
        """Evidence references in a block's text (from `skip` on), each at its own position."""
        if "`" not in block.text and "](" not in block.text:
            return ()
        refs: list[EvidenceRef] = []
        raws = block.raw.split("\n")
        for offset, part in enumerate(block.text.split("\n")):
            start = skip if offset == 0 else 0
            line = block.line + offset
            refs += evidence_refs(part[start:], line + 1, self.position(line, raws[offset], start))
        return tuple(refs)

    def emit(self, block: Text, context: TextContext, place_of: Callable[[], Place]) -> None:
        """Candidates for the block's lines the prefilter picks.

        A first line is read from the source, list marker and box included; a
        continuation line is the block's own text for it. Each candidate of a
        block of several lines carries the block's text around it (`Around`).
        `place_of` is called only when there is a candidate: most blocks have none.
        """
        if self.prefilter.search(block.text) is None:
            return
        place = place_of()
        if "\n" not in block.text:  # most blocks are one line: no second search
            self.add_candidate(block.line, context, place)
            return
        raws = block.raw.split("\n")
        parts = block.text.split("\n")
        texts = [self.line_prose(block.line)[1], *(part.strip() for part in parts[1:])]
        block_text = Around(texts)
        for offset, part in enumerate(parts):
            if not self.prefilter.search(part):
                continue
            line = block.line + offset
            if offset == 0:
                self.add_candidate(line, context, place, around=block_text.of(0))
            else:
                column = self.position(line, raws[offset], len(part) - len(part.lstrip()))
                where = (column, texts[offset])
                self.add_candidate(line, context, place, where, around=block_text.of(offset))

    def table_line(self, line: int, context: TextContext, place: Place,
                   header: Sequence[str], cells: Sequence[str]) -> str:  # fmt: skip
        """A table line's directives and candidate; returns the source line."""
        source = self.source(line)
        if "<!--" in source:
            self.read_directives(source, line)
        if self.prefilter.search(source):
            self.add_candidate(line, context, place, None, header, cells)
        return source

    def add_candidate(self, line: int, context: TextContext, place: Place,
                      where: tuple[int, str] | None = None, header: Sequence[str] = (),
                      cells: Sequence[str] = (),
                      around: tuple[str, str] = ("", "")) -> None:  # fmt: skip
        """A candidate at `where` (1-based column, text), by default the line's whole prose."""
        column, text = self.line_prose(line) if where is None else where
        self.candidates.append(Candidate(
            self.path, line + 1, column, text, context, place.section, place.heading,
            place.lead_in, tuple(header), tuple(cells), *around,
        ))  # fmt: skip

    def line_prose(self, line: int) -> tuple[int, str]:
        """A source line's prose as (1-based column, text), inline comments removed."""
        source = self.source(line)
        start = prose_start(source)
        text = source[start:]
        if "<!--" in text:
            text = _COMMENT_OR_CODE.sub(_removed, text)
        return start + 1, text.rstrip()


def _blanked(match: re.Match[str]) -> str:
    """A comment as spaces (its line breaks kept); a code span as it is."""
    return match.group() if match.group(1) else _NOT_NEWLINE.sub(" ", match.group())


def _removed(match: re.Match[str]) -> str:
    return match.group() if match.group(1) else ""


def prose_start(source: str) -> int:
    """Where a source line's prose starts: after indentation and block-quote markers (0-based)."""
    found = _LEADING.match(source)
    return found.end() if found else 0


def directives_in(content: str, first_line: int, lines: Sequence[str]) -> Iterator[Directive]:
    """Each suppression comment in a block's text; `first_line` is the block's (0-based)."""
    for match in _DIRECTIVE.finditer(content):
        line_start = content.rfind("\n", 0, match.start()) + 1
        if content.count("`", line_start, match.start()) % 2:
            continue  # inside a code span: a directive shown, not one given
        line = first_line + content.count("\n", 0, match.start())
        source = lines[line] if line < len(lines) else ""
        column = source.find(match.group().split("\n", 1)[0])
        column = column if column != -1 else prose_start(source)
        body, _, reason = match.group(2).partition("--")
        rules = tuple(rule for rule in _RULE_SEPARATOR.split(body.strip()) if rule)
        yield Directive(line + 1, column + 1, match.group(1), rules, " ".join(reason.split()))

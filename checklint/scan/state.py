"""The scanner's line table and token list: markdown-it's `StateBlock`, minus what we skip.

The arrays mean what they mean in markdown-it-py (whose block rules this
package ports, MIT licence, Copyright (c) 2020 ExecutableBookProject):
`b_marks`/`e_marks` are where each line's text begins and ends in `src`,
`t_shift` its indentation in characters, `s_count` that indentation with tabs
expanded, `bs_count` the columns a container's markers took. Container rules
rewrite them in place for their lines and restore them afterwards, which is
how a list item's or a quote's content is parsed as if it were a document.
"""

from __future__ import annotations

from collections.abc import Callable

# markdown-it's mdTrim: JavaScript's String.prototype.trim set, not str.isspace's.
TRIM_CHARS = (
    "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


class BlockToken:
    """The part of a markdown-it block token that checklint reads."""

    __slots__ = ("content", "level", "map", "tag", "type")

    def __init__(
        self, type_: str, tag: str, level: int, map_: list[int] | None, content: str = ""
    ) -> None:
        self.type = type_
        self.tag = tag
        self.level = level
        self.map = map_
        self.content = content

    def __repr__(self) -> str:
        return (
            f"BlockToken({self.type!r}, {self.tag!r}, {self.level}, {self.map}, {self.content!r})"
        )


class ScanState:
    """One document's lines and the tokens made so far."""

    __slots__ = (
        "b_marks",
        "blk_indent",
        "bs_count",
        "e_marks",
        "level",
        "line",
        "line_max",
        "list_indent",
        "max_nesting",
        "parent_type",
        "s_count",
        "src",
        "t_shift",
        "tokenize",
        "tokens",
    )

    def __init__(self, src: str, max_nesting: int) -> None:
        self.src = src
        self.tokens: list[BlockToken] = []
        self.b_marks: list[int] = []
        self.e_marks: list[int] = []
        self.t_shift: list[int] = []
        self.s_count: list[int] = []
        self.bs_count: list[int] = []
        self.blk_indent = 0
        self.line = 0
        self.list_indent = -1
        self.parent_type = "root"
        self.level = 0
        self.max_nesting = max_nesting
        self.tokenize: Callable[[ScanState, int, int], None] = _unset
        self._index_lines()

    def _index_lines(self) -> None:
        src, length = self.src, len(self.src)
        b_marks, e_marks, t_shift, s_count = self.b_marks, self.e_marks, self.t_shift, self.s_count
        start = 0
        for text in src.split("\n"):
            if start >= length:
                break  # the empty piece after a final newline
            end = start + len(text)
            indent = len(text) - len(text.lstrip(" \t"))
            if indent == len(text) and end == length:
                break  # a last line of nothing but white space is no line
            b_marks.append(start)
            e_marks.append(end)
            t_shift.append(indent)
            s_count.append(_columns(text, indent) if "\t" in text[:indent] else indent)
            start = end + 1
        self.b_marks.append(length)
        self.e_marks.append(length)
        self.t_shift.append(0)
        self.s_count.append(0)
        self.bs_count = [0] * len(self.b_marks)
        self.line_max = len(self.b_marks) - 1  # the last entry is a sentinel

    def leaf(self, type_: str, tag: str, lines: list[int], content: str) -> None:
        """An opening token, an inline token with `content`, and the closing token."""
        level = self.level
        self.tokens += (
            BlockToken(f"{type_}_open", tag, level, lines),
            BlockToken("inline", "", level + 1, lines[:], content),
            BlockToken(f"{type_}_close", tag, level, None),
        )

    def push(self, type_: str, tag: str, nesting: int, map_: list[int] | None) -> BlockToken:
        if nesting < 0:
            self.level -= 1
        token = BlockToken(type_, tag, self.level, map_)
        if nesting > 0:
            self.level += 1
        self.tokens.append(token)
        return token

    def is_empty(self, line: int) -> bool:
        return self.b_marks[line] + self.t_shift[line] >= self.e_marks[line]

    def is_code(self, line: int) -> bool:
        return self.s_count[line] - self.blk_indent >= 4

    def skip_empty_lines(self, line: int) -> int:
        b_marks, t_shift, e_marks = self.b_marks, self.t_shift, self.e_marks
        while line < self.line_max and b_marks[line] + t_shift[line] >= e_marks[line]:
            line += 1
        return line

    def skip_spaces(self, pos: int) -> int:
        src, length = self.src, len(self.src)
        while pos < length and src[pos] in " \t":
            pos += 1
        return pos

    def skip_char(self, pos: int, char: str) -> int:
        src, length = self.src, len(self.src)
        while pos < length and src[pos] == char:
            pos += 1
        return pos

    def line_text(self, line: int) -> str:
        return self.src[self.b_marks[line] + self.t_shift[line] : self.e_marks[line]]

    def get_lines(self, begin: int, end: int, indent: int, keep_last_lf: bool) -> str:
        """The lines with up to `indent` columns of indentation cut (markdown-it's getLines)."""
        if begin >= end:
            return ""
        src, b_marks, e_marks, t_shift = self.src, self.b_marks, self.e_marks, self.t_shift
        parts = []
        for line in range(begin, end):
            line_indent = 0
            line_start = first = b_marks[line]
            last = e_marks[line] + 1 if line + 1 < end or keep_last_lf else e_marks[line]
            while first < last and line_indent < indent:
                ch = src[first]
                if ch == " ":
                    line_indent += 1
                elif ch == "\t":
                    line_indent += 4 - (line_indent + self.bs_count[line]) % 4
                elif first - line_start < t_shift[line]:
                    line_indent += 1  # a container's marker counts as indentation
                else:
                    break
                first += 1
            if line_indent > indent:  # a tab split across the cut
                parts.append(" " * (line_indent - indent) + src[first:last])
            else:
                parts.append(src[first:last])
        return "".join(parts)


def _columns(text: str, indent: int) -> int:
    """The width of `text[:indent]` (spaces and tabs) with tab stops every four columns."""
    offset = 0
    for ch in text[:indent]:
        offset += 4 - offset % 4 if ch == "\t" else 1
    return offset


def _unset(state: ScanState, start: int, end: int) -> None:
    raise AssertionError("ScanState.tokenize is set by checklint.scan.driver")

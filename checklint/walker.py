"""The single walk over markdown-it's block tokens that builds a document's records.

Line and column become 1-based here, and only here: markdown-it's maps are
0-based line ranges, columns are found in the source line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from checklint.lookalikes import find_lookalikes
from checklint.metadata import evidence_refs, read_metadata
from checklint.models import (
    Candidate, Directive, EvidenceRef, Item, ItemKind, Lookalike, Role, ScoringEntry, Section,
    Status, TextContext,
)  # fmt: skip
from checklint.sections import is_scoring_model, parse_scoring_entry, split_heading
from checklint.settings import Settings
from checklint.tables import layout_for, read_row
from checklint.text import normalise_key

if TYPE_CHECKING:
    from markdown_it.token import Token

_BOX = re.compile(r"\[([^\]\n])\](?=[ \t]|$)")
_GLYPH = re.compile(r"(☐|☑|☒|✅)\ufe0f?(?=[ \t]|$)")
_DONE_GLYPHS = frozenset("☑☒✅")
_STRUCK = re.compile(r"^(~~?)(?!~)(.+?)(?<!~)\1$")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_DIRECTIVE = re.compile(
    r"<!--\s*checklint-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", re.DOTALL
)
_EVIDENCE_LABEL = re.compile(r"^[*_]*evidence[*_]*\s*[:：][*_]*", re.IGNORECASE)
_LEADING = re.compile(r"^[ \t>]*")
_TASK_CONTEXT = {
    Status.OPEN: TextContext.TASK_OPEN,
    Status.DONE: TextContext.TASK_DONE,
    Status.NA: TextContext.TASK_NA,
}


@dataclass(slots=True)
class _ListItemFrame:
    level: int  # the list_item_open token's level; its children are one deeper
    first_line: int  # 0-based
    awaiting_first_block: bool = True
    task: int | None = None  # index into items when this list item is a task
    context: TextContext = TextContext.LIST_ITEM


@dataclass(slots=True)
class _ListFrame:
    lead_in: str
    evidence: bool  # the list after an 'Evidence:' paragraph
    scoring: bool  # a list in a Scoring Model section


@dataclass(slots=True)
class Walker:
    text: str
    path: str
    role: Role
    settings: Settings
    lines: list[str] = field(init=False)
    items: list[Item] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    section_evidence: dict[int, list[EvidenceRef]] = field(default_factory=dict)
    scoring: list[ScoringEntry] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    opaque: list[tuple[int, int]] = field(default_factory=list)  # code/HTML line ranges
    _items_open: list[_ListItemFrame] = field(default_factory=list)
    _lists_open: list[_ListFrame] = field(default_factory=list)
    _last_block: str = ""
    _evidence_next: bool = False
    _prefilter: re.Pattern[str] = field(init=False)
    _records: bool = field(init=False)  # items and tables are read only in checklists and queues

    def __post_init__(self) -> None:
        from checklint.claims import prefilter

        self.lines = self.text.split("\n")
        self._prefilter = prefilter(self.settings.vocabulary)
        self._records = self.role is not Role.SOURCE

    def walk(self, tokens: Sequence[Token]) -> None:
        index, count = 0, len(tokens)
        while index < count:
            token = tokens[index]
            handler = _HANDLERS.get(token.type)
            index = handler(self, tokens, index) if handler else index + 1

    # -- blocks -------------------------------------------------------------------------

    def heading(self, tokens: Sequence[Token], index: int) -> int:
        self._close_first_block(tokens[index].level)
        inline = tokens[index + 1]
        line = _first_line(tokens[index])
        title = inline.content
        name, weight = split_heading(title)
        level = int(tokens[index].tag[1])
        parent = self._section_parent(level)
        column = self._column(line, title.split("\n", 1)[0])
        self.sections.append(
            Section(
                self.path, line + 1, column, level, title, name, normalise_key(name), weight, parent
            )
        )
        self._emit_candidates(title, line, TextContext.HEADING)
        self._last_block = ""  # a heading names a section; it does not lead into a list
        self._evidence_next = False
        return index + 3

    def paragraph(self, tokens: Sequence[Token], index: int) -> int:
        token, inline = tokens[index], tokens[index + 1]
        content, line = inline.content, _first_line(token)
        frame = self._items_open[-1] if self._items_open else None
        first = frame is not None and frame.awaiting_first_block and token.level == frame.level + 1
        self._close_first_block(token.level)
        if "<!--" in content:
            self._scan_directives(content, line)
            content = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), content)
        if first and frame is not None:
            self._list_item_paragraph(frame, content, line)
        else:
            self._plain_paragraph(content, line, frame)
        return index + 3

    def _list_item_paragraph(self, frame: _ListItemFrame, content: str, line: int) -> None:
        status, marker, end = self._box(content)
        if status is None:
            self._in_special_list(content, line)
            self._emit_candidates(content, line, TextContext.LIST_ITEM)
        else:
            frame.context = _TASK_CONTEXT[status]
            if self._records:
                frame.task = self._add_task(content, line, status, marker, end)
            self._emit_candidates(content, line, frame.context)
        self._last_block = content

    def _plain_paragraph(self, content: str, line: int, frame: _ListItemFrame | None) -> None:
        context = TextContext.PARAGRAPH if frame is None else TextContext.LIST_ITEM
        if _EVIDENCE_LABEL.match(content.lstrip()):
            self._evidence_next = True
            self._attach_section_evidence(evidence_refs(content, line + 1, 1), line)
        elif frame is not None:
            self._in_special_list(content, line)
        self._emit_candidates(content, line, context)
        self._last_block = content

    def list_open(self, tokens: Sequence[Token], index: int) -> int:
        self._close_first_block(tokens[index].level)
        section = self.sections[-1] if self.sections else None
        scoring = section is not None and is_scoring_model(section.name)
        lead = self._last_block
        self._lists_open.append(_ListFrame(lead, self._evidence_next, scoring))
        self._evidence_next = False
        return index + 1

    def list_close(self, tokens: Sequence[Token], index: int) -> int:
        self._lists_open.pop()
        return index + 1

    def item_open(self, tokens: Sequence[Token], index: int) -> int:
        token = tokens[index]
        self._close_first_block(token.level)
        self._items_open.append(_ListItemFrame(token.level, _first_line(token)))
        return index + 1

    def item_close(self, tokens: Sequence[Token], index: int) -> int:
        frame = self._items_open.pop()
        if frame.awaiting_first_block:  # an empty list item: '- [ ]' alone has no paragraph
            self._bare_item(frame)
        return index + 1

    def other_block(self, tokens: Sequence[Token], index: int) -> int:
        self._close_first_block(tokens[index].level)
        return index + 1

    def opaque_block(self, tokens: Sequence[Token], index: int) -> int:
        token = tokens[index]
        self._close_first_block(token.level)
        if token.map:
            self.opaque.append((token.map[0], token.map[1]))
        if token.type == "html_block" and "checklint-" in token.content:
            self._scan_directives(token.content, _first_line(token))
        return index + 1

    def table(self, tokens: Sequence[Token], index: int) -> int:
        from checklint.walker_tables import read_table_tokens

        self._close_first_block(tokens[index].level)
        header, rows, end = read_table_tokens(tokens, index)
        self._table_records(header, rows)
        return end

    # -- records --------------------------------------------------------------------------

    def _box(self, content: str) -> tuple[Status | None, str, int]:
        """(status, marker, where the text starts); status None when there is no box."""
        match = _BOX.match(content)
        if match:
            char = match.group(1)
            return self._char_status(char), char, match.end()
        glyph = _GLYPH.match(content)
        if glyph:
            done = glyph.group(1) in _DONE_GLYPHS
            return (Status.DONE if done else Status.OPEN), glyph.group(1), -glyph.end()
        return None, "", 0

    def _char_status(self, char: str) -> Status:
        if char in self.settings.done_chars:
            return Status.DONE
        if char in self.settings.na_chars:
            return Status.NA
        return Status.OPEN

    def _add_task(self, content: str, line: int, status: Status, marker: str, end: int) -> int:
        """A task item; `end` < 0 marks a ballot glyph ending at -end."""
        glyph = end < 0
        column = self._column(line, content.split("\n", 1)[0])
        text = " ".join(content[abs(end) :].split())
        struck = bool(_STRUCK.match(text))
        meta = read_metadata(text, line + 1, column)
        parent = next((f.task for f in reversed(self._items_open[:-1]) if f.task is not None), None)
        known = glyph or marker in (
            self.settings.done_chars + self.settings.na_chars + self.settings.open_chars
        )
        self.items.append(
            Item(
                path=self.path,
                line=line + 1,
                column=column,
                kind=ItemKind.TASK,
                text=text,
                marker=marker,
                own_status=Status.NA if struck else status,
                section=self._section(),
                parent=parent,
                depth=self._task_depth(),
                owners=meta.owners,
                due=meta.due,
                done_date=meta.done_date,
                dates=meta.dates,
                evidence=meta.evidence,
                fields=meta.fields,
                struck=struck,
                glyph=glyph,
                unknown_marker=not known,
            )
        )
        return len(self.items) - 1

    def _bare_item(self, frame: _ListItemFrame) -> None:
        source = self.lines[frame.first_line] if frame.first_line < len(self.lines) else ""
        rest = re.sub(r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]*", "", source)
        if self._box(rest)[0] is not None:
            self._items_open.append(frame)  # so the task's depth and parent are right
            self._list_item_paragraph(frame, rest, frame.first_line)
            self._items_open.pop()

    def _table_records(self, header: list[str], rows: list[tuple[int, list[str]]]) -> None:
        layout = layout_for(header, self.settings) if self._records else None
        for line, cells in rows:
            source = self.lines[line]
            if self._prefilter.search(source):
                self._add_candidate(line, TextContext.TABLE_ROW, header, cells)
            if layout is None:
                continue
            record = read_row(cells, layout, self.settings)
            if record is None:
                continue
            self.items.append(
                Item(
                    path=self.path,
                    line=line + 1,
                    column=self._column(line, source.strip()),
                    kind=ItemKind.ROW,
                    text=record.text,
                    marker=record.marker,
                    own_status=record.status,
                    section=self._section(),
                    parent=None,
                    depth=0,
                    owners=record.owners,
                    due=record.due,
                    fields=record.fields,
                    item_id=record.ident,
                    unknown_marker=not record.known,
                )
            )

    def _in_special_list(self, content: str, line: int) -> None:
        frame = self._lists_open[-1] if self._lists_open else None
        if frame is None:
            return
        if frame.evidence:
            self._attach_section_evidence(evidence_refs(content, line + 1, 1), line)
        elif frame.scoring:
            entry = parse_scoring_entry(content.split("\n", 1)[0])
            if entry is not None:
                name, weight = entry
                column = self._column(line, content.split("\n", 1)[0])
                self.scoring.append(
                    ScoringEntry(self.path, line + 1, column, name, normalise_key(name), weight)
                )

    def _attach_section_evidence(self, refs: tuple[EvidenceRef, ...], line: int) -> None:
        if refs and self.sections:
            fixed = [replace(r, column=self._column(line, r.target)) for r in refs]
            self.section_evidence.setdefault(len(self.sections) - 1, []).extend(fixed)

    # -- prose ----------------------------------------------------------------------------

    def _emit_candidates(self, content: str, first_line: int, context: TextContext) -> None:
        if self._prefilter.search(content) is None:
            return
        for offset, part in enumerate(content.split("\n")):
            if self._prefilter.search(part):
                self._add_candidate(first_line + offset, context)

    def _add_candidate(
        self, line: int, context: TextContext, header: Sequence[str] = (), cells: Sequence[str] = ()
    ) -> None:
        source = self.lines[line] if line < len(self.lines) else ""
        start = _LEADING.match(source)
        column = start.end() if start else 0
        text = _COMMENT.sub("", source[column:]).rstrip()
        section = self._section()
        heading = self.sections[section].title if section is not None else ""
        lead = self._lists_open[-1].lead_in if self._lists_open else ""
        self.candidates.append(
            Candidate(
                self.path,
                line + 1,
                column + 1,
                text,
                context,
                section,
                heading,
                lead,
                tuple(header),
                tuple(cells),
            )
        )

    def _scan_directives(self, content: str, first_line: int) -> None:
        for match in _DIRECTIVE.finditer(content):
            line = first_line + content.count("\n", 0, match.start())
            body, _, reason = match.group(2).partition("--")
            rules = tuple(r for r in re.split(r"[\s,]+", body.strip()) if r)
            column = self._column(line, "<!--")
            self.directives.append(
                Directive(line + 1, column, match.group(1), rules, reason.strip())
            )

    # -- bookkeeping ------------------------------------------------------------------------

    def _close_first_block(self, level: int) -> None:
        """Any block inside a list item ends the chance of its first paragraph being a task."""
        if self._items_open:
            frame = self._items_open[-1]
            if frame.awaiting_first_block and level == frame.level + 1:
                frame.awaiting_first_block = False

    def _section(self) -> int | None:
        return len(self.sections) - 1 if self.sections else None

    def _section_parent(self, level: int) -> int | None:
        for index in range(len(self.sections) - 1, -1, -1):
            if self.sections[index].level < level:
                return index
        return None

    def _task_depth(self) -> int:
        return sum(1 for frame in self._items_open[:-1] if frame.task is not None)

    def _column(self, line: int, fragment: str) -> int:
        source = self.lines[line] if line < len(self.lines) else ""
        found = source.find(fragment) if fragment else -1
        if found == -1:
            start = _LEADING.match(source)
            return (start.end() if start else 0) + 1
        return found + 1

    def finished_sections(self) -> tuple[Section, ...]:
        return tuple(
            replace(s, evidence=tuple(self.section_evidence[i]))
            if i in self.section_evidence
            else s
            for i, s in enumerate(self.sections)
        )

    def lookalikes(self) -> tuple[Lookalike, ...]:
        starts = sorted(self.opaque)
        first_lines = [start for start, _ in starts]

        def in_opaque(line: int) -> bool:
            position = bisect_right(first_lines, line) - 1
            return position >= 0 and starts[position][0] <= line < starts[position][1]

        return find_lookalikes(self.text, self.path, in_opaque)


def _first_line(token: Token) -> int:
    return token.map[0] if token.map else 0


_HANDLERS = {
    "heading_open": Walker.heading,
    "paragraph_open": Walker.paragraph,
    "bullet_list_open": Walker.list_open,
    "ordered_list_open": Walker.list_open,
    "bullet_list_close": Walker.list_close,
    "ordered_list_close": Walker.list_close,
    "list_item_open": Walker.item_open,
    "list_item_close": Walker.item_close,
    "fence": Walker.opaque_block,
    "code_block": Walker.opaque_block,
    "html_block": Walker.opaque_block,
    "hr": Walker.other_block,
    "blockquote_open": Walker.other_block,
    "table_open": Walker.table,
}

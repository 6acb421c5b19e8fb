"""The single walk over block tokens that builds a document's records.

Line and column become 1-based here (and in `walker_prose`), and only here:
the tokens' maps are 0-based line ranges, as in markdown-it; columns are found in the source
line and count code points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from checklint import regexcache
from checklint.boxes import TaskBox, is_struck, task_box
from checklint.metadata import read_metadata
from checklint.models import Item, ItemKind, Role, Status, TextContext
from checklint.settings import Settings
from checklint.tables import layout_for
from checklint.walker_prose import Place, Prose, Text
from checklint.walker_sections import Outline
from checklint.walker_tables import read_table_tokens, row_item

if TYPE_CHECKING:  # a Protocol class costs half a millisecond to create on every run
    from typing import Protocol

    class Token(Protocol):
        """What the walk reads of a block token: markdown-it-py's or `checklint.scan`'s."""

        @property
        def type(self) -> str: ...
        @property
        def tag(self) -> str: ...
        @property
        def level(self) -> int: ...
        @property
        def map(self) -> list[int] | None: ...
        @property
        def content(self) -> str: ...


_EVIDENCE_LABEL = regexcache.compile(r"[*_]*evidence[*_]*\s*[:：]", re.IGNORECASE)
_TASK_CONTEXT = {Status.OPEN: TextContext.TASK_OPEN, Status.DONE: TextContext.TASK_DONE,
                 Status.NA: TextContext.TASK_NA}  # fmt: skip


# The walk's state is plain slotted classes: a dataclass costs half a millisecond to
# define, on every run, for generated methods these never use.
class _ItemFrame:
    __slots__ = ("awaiting_first_block", "context", "level", "task", "task_above", "tasks_above")

    def __init__(self, level: int) -> None:
        self.level = level  # the list_item_open token's level; its blocks are one deeper
        self.awaiting_first_block = True  # only the first block can open with a box
        self.task: int | None = None  # index into items when this list item is a task
        self.context = TextContext.LIST_ITEM
        self.task_above: int | None = None  # the nearest enclosing list item that is a task
        self.tasks_above = 0  # how many enclosing list items are tasks


class _ListFrame:
    __slots__ = ("evidence", "lead_in", "scoring")

    def __init__(self, lead_in: str, evidence: bool, scoring: bool) -> None:
        self.lead_in = lead_in  # the paragraph or item text just before the list
        self.evidence = evidence  # after an 'Evidence:' paragraph (or nested in such a list)
        self.scoring = scoring  # a list in a Scoring Model section


class Walker:
    __slots__ = ("_evidence_next", "_items_open", "_last_block", "_lists_open", "hidden",
                 "items", "outline", "path", "prose", "role", "settings")  # fmt: skip

    def __init__(self, prose: Prose, path: str, role: Role, settings: Settings) -> None:
        self.prose = prose
        self.path = path
        self.role = role
        self.settings = settings
        self.outline = Outline(path, prose)
        self.items: list[Item] = []
        self.hidden: list[tuple[int, int]] = []  # code/HTML line ranges
        self._items_open: list[_ItemFrame] = []
        self._lists_open: list[_ListFrame] = []
        self._last_block = ""  # the text a list opening now would have as its lead-in
        self._evidence_next = False  # an 'Evidence:' paragraph waits for its list

    def walk(self, tokens: Sequence[Token]) -> None:
        index, count = 0, len(tokens)
        while index < count:
            handler = _HANDLERS.get(tokens[index].type)
            index = handler(self, tokens, index) if handler else index + 1

    @property
    def _records(self) -> bool:
        """Items and record tables are read only in checklists and queues."""
        return self.role is not Role.SOURCE

    # -- blocks ---------------------------------------------------------------------------

    def heading(self, tokens: Sequence[Token], index: int) -> int:
        self._enter_block(tokens[index].level)
        block = self.prose.read_inline(tokens[index + 1].content, _first_line(tokens[index]))
        self.outline.add_heading(block, int(tokens[index].tag[1]))
        self.prose.emit(block, TextContext.HEADING, self._place)
        return index + 3

    def paragraph(self, tokens: Sequence[Token], index: int) -> int:
        token = tokens[index]
        frame = self._items_open[-1] if self._items_open else None
        first = frame is not None and frame.awaiting_first_block and token.level == frame.level + 1
        self._enter_block(token.level)
        block = self.prose.read_inline(tokens[index + 1].content, _first_line(token))
        if first and frame is not None:
            self._item_paragraph(frame, block)
        else:
            self._plain_paragraph(frame, block)
        self._last_block = block.text
        return index + 3

    def _item_paragraph(self, frame: _ItemFrame, block: Text) -> None:
        box = task_box(block.text, self.settings)
        if box is not None:
            text = " ".join(block.text[box.end :].split())
            struck = is_struck(text)
            frame.context = _TASK_CONTEXT[Status.NA if struck else box.status]
            if self._records:
                frame.task = self._add_task(block, box, text, struck)
        elif self._lists_open and self._lists_open[-1].scoring:
            self.outline.add_scoring_entry(block)
        self._list_evidence(block, box.end if box else 0)
        self.prose.emit(block, frame.context, self._place)

    def _plain_paragraph(self, frame: _ItemFrame | None, block: Text) -> None:
        if _EVIDENCE_LABEL.match(block.text):
            self._evidence_next = True
            self.outline.attach_evidence(self.prose.refs_in(block, 0))
        elif frame is not None:
            self._list_evidence(block, 0)
        context = TextContext.PARAGRAPH if frame is None else frame.context
        self.prose.emit(block, context, self._place)

    def list_open(self, tokens: Sequence[Token], index: int) -> int:
        self._close_first_block(tokens[index].level)
        evidence = self._evidence_next or bool(self._lists_open and self._lists_open[-1].evidence)
        lead_in = " ".join(self._last_block.split())
        self._lists_open.append(_ListFrame(lead_in, evidence, self.outline.in_scoring_model))
        self._evidence_next = False
        return index + 1

    def list_close(self, tokens: Sequence[Token], index: int) -> int:
        self._lists_open.pop()
        self._last_block = ""
        return index + 1

    def item_open(self, tokens: Sequence[Token], index: int) -> int:
        self._close_first_block(tokens[index].level)
        frame = _ItemFrame(tokens[index].level)
        if self._items_open:  # the enclosing item's first block, its box, is read by now
            outer = self._items_open[-1]
            tasked = outer.task is not None
            frame.task_above = outer.task if tasked else outer.task_above
            frame.tasks_above = outer.tasks_above + tasked
        self._items_open.append(frame)
        return index + 1

    def item_close(self, tokens: Sequence[Token], index: int) -> int:
        self._items_open.pop()
        return index + 1

    def other_block(self, tokens: Sequence[Token], index: int) -> int:
        self._enter_block(tokens[index].level)
        return index + 1

    def quote_close(self, tokens: Sequence[Token], index: int) -> int:
        self._last_block = ""  # a list after the quote is not introduced by text inside it
        return index + 1

    def hidden_block(self, tokens: Sequence[Token], index: int) -> int:
        """Code and HTML: nothing in them counts, and look-alikes in them are not reported."""
        token = tokens[index]
        if token.type == "html_block":  # a comment between 'Evidence:' and its list is fine
            self._close_first_block(token.level)
            if "checklint-" in token.content:
                self.prose.read_directives(token.content, _first_line(token))
        else:
            self._enter_block(token.level)
        if token.map:
            self.hidden.append((token.map[0], token.map[1]))
        return index + 1

    def table(self, tokens: Sequence[Token], index: int) -> int:
        self._enter_block(tokens[index].level)
        table, place = read_table_tokens(tokens, index), self._place()
        self.prose.table_line(table.header_line, TextContext.TABLE_HEADER, place, table.header, ())
        layout = layout_for(table.header, self.settings) if self._records else None
        for line, cells in table.rows:
            source = self.prose.table_line(line, TextContext.TABLE_ROW, place, table.header, cells)
            if layout is not None:
                item = row_item(self.path, line, source, cells, layout, self.settings,
                                place.section)  # fmt: skip
                self.items += [item] if item is not None else []
        return table.end

    # -- records --------------------------------------------------------------------------

    def _add_task(self, block: Text, box: TaskBox, text: str, struck: bool) -> int:
        """A task item; `text` is its first paragraph without the box, white space folded."""
        meta = read_metadata(text)
        frame = self._items_open[-1]
        self.items.append(Item(
            path=self.path, line=block.line + 1,
            column=self.prose.position(block.line, block.first_raw(), 0), kind=ItemKind.TASK,
            text=text, marker=box.marker, own_status=Status.NA if struck else box.status,
            section=self.outline.current(), parent=frame.task_above,
            depth=frame.tasks_above, owners=meta.owners, due=meta.due, done_date=meta.done_date,
            dates=meta.dates, evidence=self.prose.refs_in(block, box.end), fields=meta.fields,
            struck=struck, glyph=box.glyph, unknown_marker=not box.known,
        ))  # fmt: skip
        return len(self.items) - 1

    def _list_evidence(self, block: Text, skip: int) -> None:
        if self._lists_open and self._lists_open[-1].evidence:
            self.outline.attach_evidence(self.prose.refs_in(block, skip))

    # -- bookkeeping ----------------------------------------------------------------------

    def _enter_block(self, level: int) -> None:
        """A block other than a list or comment: it ends any wait for a first block or list."""
        self._close_first_block(level)
        self._evidence_next = False
        self._last_block = ""

    def _close_first_block(self, level: int) -> None:
        """Any block inside a list item ends the chance of its first paragraph being a task."""
        if self._items_open:
            frame = self._items_open[-1]
            if frame.awaiting_first_block and level == frame.level + 1:
                frame.awaiting_first_block = False

    def _place(self) -> Place:
        section = self.outline.current()
        lead_in = self._lists_open[-1].lead_in if self._lists_open else ""
        return Place(section, self.outline.title(section), lead_in)


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
    "fence": Walker.hidden_block,
    "code_block": Walker.hidden_block,
    "html_block": Walker.hidden_block,
    "hr": Walker.other_block,
    "blockquote_open": Walker.other_block,
    "blockquote_close": Walker.quote_close,
    "table_open": Walker.table,
}

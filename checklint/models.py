"""The typed records checklint reads out of markdown.

Records are slotted dataclasses that the type checker holds immutable (see
`record`): they are built once per item on the hot path of every commit, where
pydantic validation would cost more than the parse itself. Pydantic meets them
at the boundaries instead: `checklint.output` serialises them (and publishes
their JSON Schema) through a TypeAdapter.

Every record carries `path` (POSIX, relative to the project root), and a
1-based `line` and `column`; the walker is the one place that turns the block
tokens' 0-based maps into those.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable
from dataclasses import MISSING, Field, dataclass, field, fields
from datetime import date
from typing import Any, TypeVar, dataclass_transform

_Record = TypeVar("_Record", bound=type)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: _Record) -> _Record:
    """A slotted dataclass that mypy treats as frozen and that pickles by its field values.

    Runtime freezing is left out on purpose: a frozen dataclass sets each field
    through `object.__setattr__`, which made building an item 4x slower, and
    slotted dataclasses pickle through a Python-level `__getstate__`. On a 1 MB
    checklist the two cost some 90 ms per commit (building and caching items)
    and 55 ms per warm run (reading them back). Records are never assigned to:
    `mypy --strict` rejects it, and `dataclasses.replace` makes changed copies.

    `dataclass` does the fields and the slots; `__init__`, `__repr__`, `__eq__`
    and `__hash__`, the ones `dataclass(eq=True, unsafe_hash=True)` would make,
    come from one `exec` here instead of four there: defining the records is
    part of every run's start, and this halves it.
    """
    if not cls.__doc__:  # else dataclass writes one from inspect.signature, which costs ~3 ms
        cls.__doc__ = cls.__name__
    made: Any = dataclass(slots=True, init=False, repr=False, eq=False)(cls)
    specs = fields(made)
    for name, method in _methods(specs).items():
        method.__qualname__ = f"{made.__qualname__}.{name}"
        setattr(made, name, method)
    values: Callable[[object], tuple[object, ...]] = operator.attrgetter(
        *(spec.name for spec in specs)
    )

    def __reduce__(self: object) -> tuple[type, tuple[object, ...]]:
        return made, values(self)

    made.__reduce__ = __reduce__
    result: _Record = made
    return result


def _methods(specs: tuple[Field[Any], ...]) -> dict[str, Any]:
    """The four methods of an eq=True, unsafe_hash=True dataclass, as its own would read."""
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params, body = [], []
    for spec in specs:
        if spec.default is not MISSING:
            env[f"_default_{spec.name}"] = spec.default
            params.append(f"{spec.name}=_default_{spec.name}")
        elif spec.default_factory is not MISSING:
            env[f"_factory_{spec.name}"] = spec.default_factory
            params.append(f"{spec.name}=_FACTORY")
            body.append(f" if {spec.name} is _FACTORY: {spec.name} = _factory_{spec.name}()")
        else:
            params.append(spec.name)
        body.append(f" self.{spec.name} = {spec.name}")
    shown = ", ".join(f"{s.name}={{self.{s.name}!r}}" for s in specs if s.repr)
    compared = "".join(f"self.{s.name}," for s in specs if s.compare)
    other = "".join(f"other.{s.name}," for s in specs if s.compare)
    hashed = "".join(f"self.{s.name}," for s in specs if (s.compare if s.hash is None else s.hash))
    source = "\n".join([
        f"def __init__(self, {', '.join(params)}):", *body, " pass",
        "def __repr__(self):", f" return f'{{self.__class__.__qualname__}}({shown})'",
        "def __eq__(self, other):",
        " if other.__class__ is self.__class__:", f"  return ({compared}) == ({other})",
        " return NotImplemented",
        "def __hash__(self):", f" return hash(({hashed}))",
    ])  # fmt: skip
    exec(source, env)  # the source is built from the class's own field names only
    return {name: env[name] for name in ("__init__", "__repr__", "__eq__", "__hash__")}


_FACTORY = object()  # stands for "call the field's default_factory" in a signature


class Status(enum.Enum):
    """The state of one item."""

    OPEN = "open"
    DONE = "done"
    NA = "na"


class Role(enum.Enum):
    """What a file is to the project."""

    CHECKLIST = "checklist"  # scored
    QUEUE = "queue"  # blocks readiness, not scored
    SOURCE = "source"  # only read for claims


class ItemKind(enum.Enum):
    TASK = "task"  # a list item with a status box
    ROW = "row"  # a body row of a record table


class DecisionRole(enum.Enum):
    NONE = "none"
    DECISION = "decision"  # a queue item ending in ':' whose children are all leaf options
    OPTION = "option"  # a child of a decision: never a blocker of its own


class TextContext(enum.Enum):
    """Where a line of prose stands; the claim detector judges by it."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"  # a plain bullet or numbered item
    TASK_OPEN = "task_open"
    TASK_DONE = "task_done"
    TASK_NA = "task_na"
    TABLE_HEADER = "table_header"
    TABLE_ROW = "table_row"
    COMMIT_MESSAGE = "commit_message"


@record
class EvidenceRef:
    """A path an item or section cites as proof (a backticked path or a link target)."""

    target: str  # as written, without any '#fragment'
    line: int
    column: int
    link: bool = False  # a link target resolves from the citing file's folder, a path from a root


@record
class Item:
    """A task item or a record-table row."""

    path: str
    line: int
    column: int
    kind: ItemKind
    text: str  # the item's own first-paragraph text, box removed, whitespace folded
    marker: str  # the status box character (' ', 'x', '/', ...) or the table status word
    own_status: Status  # from the marker alone
    section: int | None  # index into Document.sections
    parent: int | None  # index into Document.items
    depth: int  # 0 for a top-level item
    owners: tuple[str, ...] = ()
    due: date | None = None
    done_date: date | None = None
    dates: tuple[date, ...] = ()  # other ISO dates mentioned
    evidence: tuple[EvidenceRef, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()  # Dataview inline fields [k:: v], table columns
    item_id: str | None = None  # a table's '#'/'ID' column
    decision: DecisionRole = DecisionRole.NONE
    choose_min: int = 1  # for decisions: how many options must be chosen
    choose_max: int = 1
    struck: bool = False  # whole text struck through (~~...~~): not applicable
    glyph: bool = False  # status came from a ballot glyph (☐ ☑ ☒ ✅), not [c]
    unknown_marker: bool = False  # marker outside the configured sets (CL502)


@record
class Section:
    """A heading and the items below it up to the next heading of its level or higher."""

    path: str
    line: int
    column: int
    level: int  # 1..6
    title: str  # heading text as written (inline markup kept)
    name: str  # title without a leading label ('A)', '1.', 'B.') or a trailing weight
    key: str  # normalised name for matching (casefolded, punctuation folded)
    weight: float | None  # percent, from '(25%)' in the heading
    parent: int | None  # index into Document.sections
    evidence: tuple[EvidenceRef, ...] = ()


@record
class ScoringEntry:
    """One 'Name (25%)' line of a Scoring Model section."""

    path: str
    line: int
    column: int
    name: str
    key: str
    weight: float


@record
class Candidate:
    """A line of prose that may carry a claim or a declared score.

    The parser emits one only for lines outside code, HTML, comments and front
    matter that match the vocabulary's cheap prefilter.
    """

    path: str
    line: int
    column: int
    text: str  # the source line's text from `column` on, inline HTML comments removed
    context: TextContext
    section: int | None  # index into Document.sections (None in a commit message)
    heading: str = ""  # the nearest heading's title
    lead_in: str = ""  # the paragraph or item text that introduces the enclosing list
    table_header: tuple[str, ...] = ()  # for table rows: the header cells
    cells: tuple[str, ...] = ()  # for table rows: the row's cells
    # The same block's text around the line ('\n' between lines, at most ~300 characters
    # each side, whole words): a sentence wrapped across lines keeps its guards.
    before: str = ""
    after: str = ""


@record
class Directive:
    """An inline `<!-- checklint-... -->` suppression comment."""

    line: int
    column: int
    action: str  # 'disable', 'enable', 'disable-next-line', 'disable-file'
    rules: tuple[str, ...]  # ids or names; empty = every rule
    reason: str


@record
class Lookalike:
    """Bracket text that looks like a status box but does not render as one."""

    path: str
    line: int
    column: int
    text: str  # the offending source fragment, e.g. '- []'
    hint: str  # what the user probably meant, e.g. '- [ ]'


@record
class Document:
    """One parsed markdown file."""

    path: str
    role: Role
    items: tuple[Item, ...] = ()
    sections: tuple[Section, ...] = ()
    scoring: tuple[ScoringEntry, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    directives: tuple[Directive, ...] = ()
    lookalikes: tuple[Lookalike, ...] = ()
    children: tuple[tuple[int, ...], ...] = field(default=(), repr=False)  # per item
    complete: tuple[bool, ...] = field(default=(), repr=False)  # per item, roll-up

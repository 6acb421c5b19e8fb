"""Selecting items for `checklint list`, and rendering them as text, JSON or CSV.

Task items and table rows of every checklist and queue are queried alike.
`--open` means *blockers*: the options of an owner decision are never open on
their own (an unchosen option is "not chosen"), so they appear only in an
unfiltered listing or, once chosen, under `--done`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from checklint.errors import ChecklintError
from checklint.globs import compile_globs, is_glob
from checklint.models import DecisionRole, Document, Item, Role, Status
from checklint.project import Project

STATES = ("open", "done", "na")


@dataclass(frozen=True, slots=True)
class ItemQuery:
    """What `list` keeps; each given filter must match (an empty one matches everything)."""

    states: frozenset[str] = frozenset()  # any of STATES; empty = all
    owners: tuple[str, ...] = ()  # any of them
    sections: tuple[str, ...] = ()  # a substring of the section's or an enclosing section's name
    files: tuple[str, ...] = ()  # globs
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class ItemRow:
    item: Item
    role: Role
    section: str  # the nearest section's name
    sections: tuple[str, ...]  # the nearest section's name and its parents', nearest first
    overdue: bool

    @property
    def blocker(self) -> bool:
        return self.item.own_status is Status.OPEN and not _is_option(self.item)


def owner_key(owner: str) -> str:
    """'@Alice', 'alice' and ' ALICE ' are one owner."""
    return owner.strip().lstrip("@").casefold()


def select_items(project: Project, query: ItemQuery) -> list[ItemRow]:
    """The items of every checklist and queue that match `query`, in path and line order."""
    _require_known_files(project, query.files)
    file_filter = compile_globs(query.files) if query.files else None
    return [
        row
        for document in project.documents
        if document.role is not Role.SOURCE
        and (file_filter is None or file_filter.fullmatch(document.path))
        for row in _rows(document, project.today)
        if _matches(row, query)
    ]


def _require_known_files(project: Project, files: tuple[str, ...]) -> None:
    """A plain path (no glob) must name a checklist or queue: a typo must not list nothing."""
    known = {document.path for document in project.documents if document.role is not Role.SOURCE}
    for pattern in files:
        plain = pattern.strip().removeprefix("./")
        if not is_glob(plain) and not plain.endswith("/") and plain not in known:
            listed = ", ".join(sorted(known)) or "none"
            raise ChecklintError(f"--file {pattern}: not a checklist or queue (they are: {listed})")


def _rows(document: Document, today: date) -> Iterator[ItemRow]:
    for item in document.items:
        names = tuple(_section_names(document, item.section))
        overdue = item.own_status is Status.OPEN and item.due is not None and item.due < today
        yield ItemRow(item, document.role, names[0] if names else "", names, overdue)


def _section_names(document: Document, index: int | None) -> Iterator[str]:
    while index is not None:
        section = document.sections[index]
        yield section.name
        index = section.parent


def _matches(row: ItemRow, query: ItemQuery) -> bool:
    if query.states and _state(row) not in query.states:
        return False
    if query.overdue and not row.overdue:
        return False
    if query.owners:
        wanted = {owner_key(owner) for owner in query.owners}
        if not wanted & {owner_key(owner) for owner in row.item.owners}:
            return False
    if query.sections:
        names = [name.casefold() for name in row.sections]
        return any(part.casefold() in name for part in query.sections for name in names)
    return True


def _state(row: ItemRow) -> str | None:
    """'open' only for blockers: an unchosen option is in no state a filter asks for."""
    status = row.item.own_status
    if status is Status.OPEN and not row.blocker:
        return None
    return status.value


def _is_option(item: Item) -> bool:
    return item.decision is DecisionRole.OPTION


def item_record(row: ItemRow) -> dict[str, object]:
    """The stable JSON shape of one item (documented in docs/index.md)."""
    item = row.item
    return {
        "path": item.path,
        "line": item.line,
        "column": item.column,
        "kind": item.kind.value,
        "role": row.role.value,
        "status": item.own_status.value,
        "blocker": row.blocker,
        "marker": item.marker,
        "text": item.text,
        "section": row.section,
        "owners": list(item.owners),
        "due": item.due.isoformat() if item.due else None,
        "overdue": row.overdue,
        "done_date": item.done_date.isoformat() if item.done_date else None,
        "id": item.item_id,
        "decision": item.decision.value,
        "depth": item.depth,
        "evidence": [ref.target for ref in item.evidence],
        "fields": dict(item.fields),
    }


def render_items(rows: Sequence[ItemRow], output_format: str, *, color: bool) -> str:
    if output_format == "json":
        document = {"version": 1, "items": [item_record(row) for row in rows]}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if output_format == "csv":
        return _csv(rows)
    if output_format == "text":
        return "".join(_text_line(row, color) + "\n" for row in rows)
    raise ValueError(f"unknown list format {output_format!r}")


# An option shows as a radio button: '( )' is "not chosen", never a blocker.
_MARKS = {Status.OPEN: "[ ]", Status.DONE: "[x]", Status.NA: "[-]"}
_OPTION_MARKS = {Status.OPEN: "( )", Status.DONE: "(x)", Status.NA: "(-)"}
_COLOURS = {Status.OPEN: "red", Status.DONE: "green", Status.NA: "bright_black"}
_CSV_FIELDS = (
    "path", "line", "column", "kind", "role", "status", "blocker", "text", "section",
    "owners", "due", "overdue", "id", "decision",
)  # fmt: skip


def _text_line(row: ItemRow, color: bool) -> str:
    """`path:line:col: [ ] text [section]  (owners; due D OVERDUE)`: grep- and editor-friendly."""
    item = row.item
    mark = (_OPTION_MARKS if _is_option(item) else _MARKS)[item.own_status]
    if color:
        import click

        mark = click.style(mark, fg=_COLOURS[item.own_status])
    extras = [" ".join(item.owners)] if item.owners else []
    if item.due:
        extras.append(f"due {item.due.isoformat()}" + (" OVERDUE" if row.overdue else ""))
    tail = f"  ({'; '.join(extras)})" if extras else ""
    section = f" [{row.section}]" if row.section else ""
    return f"{item.path}:{item.line}:{item.column}: {mark} {item.text}{section}{tail}"


def _csv(rows: Sequence[ItemRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_CSV_FIELDS)
    for row in rows:
        record = item_record(row)
        record["owners"] = ";".join(row.item.owners)  # owners may hold spaces: 'Platform Team'
        writer.writerow([_csv_value(record[name]) for name in _CSV_FIELDS])
    return buffer.getvalue()


def _csv_value(value: object) -> object:
    # JSON's spelling for booleans and null, so both outputs read the same.
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value

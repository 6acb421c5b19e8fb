"""Metadata read from an item's own text: owners, dates, evidence and inline fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from checklint.models import EvidenceRef

_HANDLE = re.compile(r"(?<![\w.@/])@([A-Za-z0-9][\w.-]*[\w])")
_OWNER_KEY = re.compile(
    r"(?i)\b(?:owner|assignee|dri)\s*[:：]\s*`?([^`,;()\[\]]+?)`?\s*(?=$|[,;()\[\]]|\s-\s)"
)
_FIELD = re.compile(r"[\[(]([\w][\w -]*?)::\s*([^\])]*?)\s*[\])]")
_ISO_DATE = r"(\d{4}-\d{2}-\d{2})"
_DATE = re.compile(r"(?<![\d-])" + _ISO_DATE + r"(?![\d-])")
_DUE = re.compile(r"(?i)(?:\bdue\s*[:：]?\s*|📅\s*|🗓️?\s*)" + _ISO_DATE)
_DONE = re.compile(r"✅\s*" + _ISO_DATE)
_BACKTICKED = re.compile(r"`([^`\s]+)`")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_PATHLIKE = re.compile(r"^(?:\.{0,2}/)?[\w.@-]+(?:/[\w.@ -]*)*$")
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)

_DUE_FIELDS = frozenset({"due", "deadline"})
_DONE_FIELDS = frozenset({"completion", "completed", "done"})
_OWNER_FIELDS = frozenset({"owner", "assignee", "dri"})


@dataclass(frozen=True, slots=True)
class ItemMetadata:
    owners: tuple[str, ...] = ()
    due: date | None = None
    done_date: date | None = None
    dates: tuple[date, ...] = ()
    evidence: tuple[EvidenceRef, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()


_EMPTY = ItemMetadata()
_HINTS = ("@", "owner", "Owner", "OWNER", "::", "`", "](", "-", "DRI", "ssignee")


def read_metadata(text: str, line: int, column: int) -> ItemMetadata:
    """Everything `text` says about its item; `line`/`column` place evidence references."""
    if not any(hint in text for hint in _HINTS):
        return _EMPTY  # most items carry no metadata: skip the regexes
    fields = tuple((k.strip().casefold(), v.strip()) for k, v in _FIELD.findall(text))
    owners = _owners(text, fields)
    due, done_date, dates = _dates(text, fields)
    return ItemMetadata(owners, due, done_date, dates, evidence_refs(text, line, column), fields)


def _owners(text: str, fields: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    found = [f"@{handle}" for handle in _HANDLE.findall(text)]
    found += [value.strip() for value in _OWNER_KEY.findall(text) if value.strip()]
    found += [value for key, value in fields if key in _OWNER_FIELDS and value]
    return tuple(dict.fromkeys(found))


def _dates(
    text: str, fields: tuple[tuple[str, str], ...]
) -> tuple[date | None, date | None, tuple[date, ...]]:
    due = _first_date(_DUE.findall(text) + [v for k, v in fields if k in _DUE_FIELDS])
    done = _first_date(_DONE.findall(text) + [v for k, v in fields if k in _DONE_FIELDS])
    mentioned = [d for d in (_parse_date(s) for s in _DATE.findall(text)) if d is not None]
    others = tuple(d for d in dict.fromkeys(mentioned) if d not in (due, done))
    return due, done, others


def _first_date(candidates: list[str]) -> date | None:
    for candidate in candidates:
        parsed = _parse_date(candidate.strip()[:10])
        if parsed is not None:
            return parsed
    return None


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def evidence_refs(text: str, line: int, column: int) -> tuple[EvidenceRef, ...]:
    """Backticked paths and relative link targets: the files this text cites as proof."""
    refs: list[EvidenceRef] = []
    for match in _BACKTICKED.finditer(text):
        if _looks_like_path(match.group(1)):
            refs.append(EvidenceRef(match.group(1), line, column + match.start(1), link=False))
    for match in _LINK.finditer(text):
        target = match.group(1).split("#", 1)[0]
        if target and not _EXTERNAL.match(match.group(1)):
            refs.append(EvidenceRef(target, line, column + match.start(1), link=True))
    return tuple(refs)


def _looks_like_path(value: str) -> bool:
    """`docs/runtime/`, `.lighthouseci/x.json`, `README.md`: yes; `curl`, `10/10`, `v1.2`: no."""
    if not _PATHLIKE.match(value) or _EXTERNAL.match(value):
        return False
    if "/" in value:
        head = value.rstrip("/").split("/")
        return not all(part.replace(".", "").isdigit() for part in head)
    stem, dot, suffix = value.rpartition(".")
    return bool(dot and stem and suffix.isalpha() and 1 <= len(suffix) <= 5 and not stem.isdigit())

"""Metadata read from an item's own text: owners, dates, evidence and inline fields.

Only an item's own first-paragraph text is read, and only when a cheap substring
test says it may carry metadata: most items carry none, and these regexes would
otherwise run on every item of every file on every commit. For the same reason
the patterns compile on first use: a project without inline fields or due dates
never needs theirs.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from checklint import regexcache
from checklint.lazyre import lazy, may_contain
from checklint.models import EvidenceRef

# '@alice', '@like': not 'a@b.c' (an e-mail) nor '@types/node' (an npm scope). The
# lookbehind follows the '@' (testing the character before it) so that a search
# scans for the literal '@' instead of trying the lookbehind at every character.
_HANDLE = lazy(r"@(?<![\w.@/]@)(\w(?:[\w.-]*\w)?)(?![\w/])")
# 'owner: Alice', 'Owner: `platform-owner`'; stops at punctuation, ' - ' or the next 'key:'.
_OWNER_KEY = lazy(
    r"(?i)\b(?:owner|assignee|dri)\s*[:：](?!:)\s*`?([^`,;()\[\]（）]+?)`?\s*"
    r"(?=$|[,;()\[\]（）]|\s-\s|\s+[\w-]+\s*[:：]|\s*[📅✅])"
)
_FIELD = lazy(r"[\[(](\w[\w -]*?)::\s*([^\])]*?)\s*[\])]")
_ISO_DATE = r"(\d{4}-\d{2}-\d{2})"
# Not after a digit or '-': the lookbehind, placed after the first digit (testing the
# character before it), lets a search skip to digits instead of trying it everywhere.
_DATE = lazy(r"(\d(?<![\d-]\d)\d{3}-\d{2}-\d{2})(?![\d-])")
_DUE = lazy(r"(?i)(?:\bdue(?:[ \t]+date)?\s*[:：]?\s*|📅\ufe0f?\s*|🗓\ufe0f?\s*)" + _ISO_DATE)
_DONE = lazy(r"✅\ufe0f?\s*" + _ISO_DATE)
_BACKTICKED = lazy(r"`([^`\s]+)`")
# '](target)', '](<target with spaces>)', '](target "title")': group 1 or 2 is the target.
_LINK = lazy(r"\]\(\s*(?:<([^>\n]+)>|([^)\s]+))(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
_PATHLIKE = lazy(r"^(?:\.{1,2}/)?[\w.@-]+(?:/[\w.@ -]*)*$")
_EXTERNAL = lazy(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)

_DUE_FIELDS = frozenset({"due", "deadline"})
_DONE_FIELDS = frozenset({"completion", "completed", "done"})
_OWNER_FIELDS = frozenset({"owner", "assignee", "dri"})
# A bare file name (no '/') is evidence only with a document or artefact suffix:
# '`README.md`' and '`report.json`' are files, '`Node.js`' and '`v1.2`' are not.
_FILE_SUFFIXES = frozenset({
    "md", "markdown", "txt", "rst", "adoc", "json", "jsonl", "ndjson", "yml", "yaml", "toml",
    "ini", "cfg", "conf", "csv", "tsv", "log", "html", "htm", "xml", "sarif", "pdf", "png",
    "jpg", "jpeg", "gif", "svg", "webp", "zip", "gz", "tgz", "lock", "sql"
})  # fmt: skip


class ItemMetadata(NamedTuple):  # not a dataclass: a fifth of the cost to create on import
    owners: tuple[str, ...] = ()
    due: date | None = None
    done_date: date | None = None
    dates: tuple[date, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()


_EMPTY = ItemMetadata()
# An owner key has its colon and (as matched so far) one of these; 'Dri:' alone is missed.
_OWNER_WORDS = ("owner", "assignee", "dri")
_NO_DATES: tuple[date | None, date | None, tuple[date, ...]] = (None, None, ())
# Every ISO date holds '-dd-'; a pattern opening with a literal is found by a fast scan.
_DATE_HINT = regexcache.compile(r"-\d\d-")


def read_metadata(text: str) -> ItemMetadata:
    """Owners, dates and inline fields `text` states (evidence: see `evidence_refs`).

    Each regex runs only when a substring it cannot match without is present:
    most items carry no metadata, and this runs on every item of every file.
    """
    fields = _fields(text) if "::" in text else ()
    # _owners finds nothing without one of these: spare the call on most items
    owners = _owners(text, fields) if fields or "@" in text or ":" in text or "：" in text else ()
    due, done_date, dates = _dates(text, fields) if fields or _DATE_HINT.search(text) else _NO_DATES
    if not (fields or owners or due or done_date or dates):
        return _EMPTY
    return ItemMetadata(owners, due, done_date, dates, fields)


def _fields(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((k.strip().casefold(), v.strip()) for k, v in _FIELD().findall(text))


def _owners(text: str, fields: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    found = [f"@{handle}" for handle in _HANDLE().findall(text)] if "@" in text else []
    if (":" in text or "：" in text) and _names_owner_key(text.casefold()):
        found += [value.strip() for value in _OWNER_KEY().findall(text) if value.strip()]
    found += [value for key, value in fields if key in _OWNER_FIELDS and value]
    return tuple(dict.fromkeys(found)) if found else ()


def _names_owner_key(folded: str) -> bool:
    return any(word in folded for word in _OWNER_WORDS)


def _dates(
    text: str, fields: tuple[tuple[str, str], ...]
) -> tuple[date | None, date | None, tuple[date, ...]]:
    due = _first_date(_due_dates(text) + [v for k, v in fields if k in _DUE_FIELDS])
    done = _first_date(_DONE().findall(text) + [v for k, v in fields if k in _DONE_FIELDS])
    mentioned = [d for d in (_parse_date(s) for s in _DATE().findall(text)) if d is not None]
    others = tuple(d for d in dict.fromkeys(mentioned) if d not in (due, done))
    return due, done, others


def _due_dates(text: str) -> list[str]:
    # _DUE is case-insensitive and opens with no literal: a slow scan, skipped when it cannot match.
    if "📅" in text or "🗓" in text or may_contain(text, ("due",)):
        return _DUE().findall(text)
    return []


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


def evidence_refs(text: str, line: int, column: int) -> list[EvidenceRef]:
    """Backticked paths and relative link targets in one line of source text.

    `line` and `column` (1-based) are where `text` starts in the file, so that
    each reference points at its own first character.
    """
    refs: list[EvidenceRef] = []
    if "`" in text:
        for match in _BACKTICKED().finditer(text):
            if _looks_like_path(match.group(1)):
                refs.append(EvidenceRef(match.group(1), line, column + match.start(1), link=False))
    if "](" in text:
        for match in _LINK().finditer(text):
            group = 1 if match.group(1) is not None else 2
            target = match.group(group).split("#", 1)[0]
            if target and not _EXTERNAL().match(match.group(group)):
                refs.append(EvidenceRef(target, line, column + match.start(group), link=True))
        refs.sort(key=lambda ref: ref.column)  # only links can come before a backticked path
    return refs


@lru_cache(maxsize=1024)  # a checklist cites the same few paths (and code words) again and again
def _looks_like_path(value: str) -> bool:
    """`docs/runtime/`, `.lighthouseci/x.json`, `README.md`: yes; `curl`, `10/10`, `v1.2`: no."""
    if not _PATHLIKE().match(value) or _EXTERNAL().match(value):
        return False
    if "/" in value:
        parts = value.rstrip("/").split("/")
        return not all(part.replace(".", "").isdigit() for part in parts)
    stem, dot, suffix = value.rpartition(".")
    return bool(dot and stem.strip(".") and suffix.casefold() in _FILE_SUFFIXES)

"""A range's changes in every output format of `checklint check` (docs/pre-commit.md).

text: a header line with the counts and the score at both ends, then one line per
change (`closed     docs/X.md:5 text (Section)`). json: the `range` key of the report.
sarif: the run's property bag (`runs[0].properties.range`, the same object as json).
github: one `::notice` whose title names the range. The text lists at most
`LISTED_PER_KIND` changes of each kind; the other formats list every one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from checklint.models import Status

if TYPE_CHECKING:
    from checklint.rangecompare import ClaimChange, ItemChange, RangeChanges, Standing

LISTED_PER_KIND = 20
_STATUS_WORDS = {Status.OPEN: "open", Status.DONE: "done", Status.NA: "n/a"}
_WIDTH = len("retracted") + 1


def range_text(changes: RangeChanges, title: str | None = None) -> str:
    """The header and one line per change; '' when the range changed nothing.

    The header starts with `title`, by default 'range FROM..TO'.
    """
    if changes.empty:
        return ""
    lines = [f"{title or _refs(changes)}: {_header(changes)}"]
    item_kinds = (
        ("closed", changes.closed),
        ("reopened", changes.reopened),
        ("added", changes.added),
        ("removed", changes.removed),
    )
    for verb, items in item_kinds:
        lines.extend(_listed(verb, [_item_line(item, verb) for item in items]))
    for verb, claims in (("claimed", changes.claimed), ("retracted", changes.retracted)):
        lines.extend(_listed(verb, [_claim_line(claim, verb) for claim in claims]))
    return "\n".join(lines) + "\n"


def range_json(changes: RangeChanges) -> dict[str, object]:
    return {
        "from": changes.from_ref,
        "to": changes.to_ref,
        "before": _standing_json(changes.before),
        "after": _standing_json(changes.after),
        "closed": [_item_json(item) for item in changes.closed],
        "reopened": [_item_json(item) for item in changes.reopened],
        "added": [_item_json(item) for item in changes.added],
        "removed": [_item_json(item) for item in changes.removed],
        "claims_added": [_claim_json(claim) for claim in changes.claimed],
        "claims_retracted": [_claim_json(claim) for claim in changes.retracted],
    }


def range_github(changes: RangeChanges) -> str:
    """One notice annotation for the whole range (GitHub allows few per step)."""
    from checklint.output.github import _DATA_ESCAPES, _PROPERTY_ESCAPES, _escape

    if changes.empty:
        return ""
    _, *details = range_text(changes).splitlines()
    title = _escape(f"checklint {_refs(changes)}", _PROPERTY_ESCAPES)
    body = _escape("\n".join([_header(changes), *details]), _DATA_ESCAPES)
    return f"::notice title={title}::{body}\n"


def with_range_in_sarif(log: str, changes: RangeChanges) -> str:
    """The SARIF log with the range in its run's property bag (any JSON is valid there)."""
    parsed = json.loads(log)
    parsed["runs"][0].setdefault("properties", {})["range"] = range_json(changes)
    return json.dumps(parsed, indent=2, ensure_ascii=False) + "\n"


def _header(changes: RangeChanges) -> str:
    counts = [
        (len(changes.closed), "closed"),
        (len(changes.reopened), "reopened"),
        (len(changes.added), "added"),
        (len(changes.removed), "removed"),
        (len(changes.claimed), "claim made" if len(changes.claimed) == 1 else "claims made"),
        (len(changes.retracted), "retracted"),
    ]
    shown = ", ".join(f"{number} {what}" for number, what in counts if number)
    shown = shown or "no item or claim changed"
    before, after = changes.before, changes.after
    standing = (
        f"score {_score(before)} → {_score(after)}, "
        f"blockers {before.blockers} → {after.blockers}"
        f"{', ready' if after.ready else ''}"
    )
    return f"{shown}; {standing}"


def _refs(changes: RangeChanges) -> str:
    return f"range {_short(changes.from_ref)}..{_short(changes.to_ref)}"


def _short(ref: str) -> str:
    from checklint.gitrepo import is_null_sha

    if is_null_sha(ref):
        return "(empty)"
    hexadecimal = len(ref) in (40, 64) and all(c in "0123456789abcdef" for c in ref.lower())
    return ref[:12] if hexadecimal else ref


def _score(standing: Standing) -> str:
    return "–" if standing.score is None else f"{standing.score:.1f}"


def _listed(verb: str, lines: Sequence[str]) -> list[str]:
    shown = list(lines[:LISTED_PER_KIND])
    rest = len(lines) - LISTED_PER_KIND
    if rest > 0:
        shown.append(f"  {'':{_WIDTH}}… and {rest} more {verb} (--format json lists them all)")
    return shown


def _item_line(item: ItemChange, verb: str) -> str:
    # New and removed items show their state, and so does an item closed as not applicable;
    # a removed item's place is in the FROM tree.
    state = {"added": item.after, "removed": item.before, "closed": item.after}.get(verb)
    shown = state is not None and (verb != "closed" or state is Status.NA)
    marker = f"[{_STATUS_WORDS[state]}] " if shown and state is not None else ""
    place = f"{item.path}:{item.line}" + (" (before)" if verb == "removed" else "")
    section = f" ({item.section})" if item.section else ""
    return f"  {verb:{_WIDTH}}{place} {marker}{item.text}{section}"


def _claim_line(claim: ClaimChange, verb: str) -> str:
    place = f"{claim.path}:{claim.line}" + (" (before)" if verb == "retracted" else "")
    return f"  {verb:{_WIDTH}}{place} {claim.scope} claim '{claim.phrase}': {claim.text}"


def _standing_json(standing: Standing) -> dict[str, object]:
    return {"score": standing.score, "ready": standing.ready, "blockers": standing.blockers}


def _item_json(item: ItemChange) -> dict[str, object]:
    return {
        "path": item.path,
        "line": item.line,
        "text": item.text,
        "section": item.section,
        "before": item.before.value if item.before else None,
        "after": item.after.value if item.after else None,
    }


def _claim_json(claim: ClaimChange) -> dict[str, object]:
    return {
        "path": claim.path,
        "line": claim.line,
        "text": claim.text,
        "phrase": claim.phrase,
        "scope": claim.scope,
    }

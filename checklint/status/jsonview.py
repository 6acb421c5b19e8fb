"""`checklint status --format json`: the dashboard for scripts (documented in docs/index.md).

Stable like `check`'s JSON: `version` changes only when a key is removed,
renamed or changes type; new keys may appear, so readers ignore unknown ones.
"""

from __future__ import annotations

import json

from checklint.status.model import BlockerLine, ClaimLine, DimensionLine, StatusReport

VERSION = 1


def render_json(report: StatusReport) -> str:
    return json.dumps(status_record(report), ensure_ascii=False, indent=2) + "\n"


def status_record(report: StatusReport) -> dict[str, object]:
    from checklint.output import tool_version

    return {
        "version": VERSION,
        "tool": {"name": "checklint", "version": tool_version()},
        "score": report.score,
        "shown": report.shown,
        "ready": report.ready,
        "today": report.today.isoformat(),
        "files": list(report.files),
        "summary": {
            "blockers": len(report.blockers),
            "overdue": report.overdue,
            "claims": len(report.claims),
            "wrong_claims": report.wrong_claims,
            "done": report.done,
            "open": report.open,
            "na": report.na,
        },
        "dimensions": [_dimension(d) for d in report.dimensions],
        "blockers": [_blocker(b) for b in report.blockers],
        "claims": [_claim(c) for c in report.claims],
    }


def _dimension(dimension: DimensionLine) -> dict[str, object]:
    return {
        "name": dimension.name,
        "weight": dimension.weight,
        "score": dimension.score,
        "done": dimension.done,
        "open": dimension.open,
        "na": dimension.na,
        "path": dimension.path,
        "line": dimension.line,
    }


def _blocker(blocker: BlockerLine) -> dict[str, object]:
    return {
        "path": blocker.path,
        "line": blocker.line,
        "column": blocker.column,
        "text": blocker.text,
        "section": blocker.section,
        "owner": blocker.owners[0] if blocker.owners else None,
        "owners": list(blocker.owners),
        "due": blocker.due.isoformat() if blocker.due else None,
        "overdue": blocker.overdue,
        "role": blocker.role,
        "kind": blocker.kind,
        "decision": blocker.decision,
    }


def _claim(claim: ClaimLine) -> dict[str, object]:
    return {
        "path": claim.path,
        "line": claim.line,
        "column": claim.column,
        "text": claim.text,
        "scope": claim.scope,
        "subject": claim.subject,
        "dimension": claim.dimension,
        "phrase": claim.phrase,
        "holds": claim.holds,
        "rule": claim.rule,
        "message": claim.message,
        "suppressed": claim.suppressed,
    }

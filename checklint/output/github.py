"""The `github` format: GitHub Actions workflow commands that annotate the diff.

`::error file=docs/X.md,line=3,col=5,title=CL101 claim-while-open::message`,
with info findings as `notice`. Values are escaped as the runner expects:
`%`, CR and LF everywhere, and `:` and `,` too inside properties.
"""

from __future__ import annotations

from collections.abc import Sequence

from checklint.rule import Finding
from checklint.settings import Severity

_COMMANDS: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "notice"}
_DATA_ESCAPES = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))
_PROPERTY_ESCAPES = (*_DATA_ESCAPES, (":", "%3A"), (",", "%2C"))


def format_github(findings: Sequence[Finding]) -> str:
    """One workflow command per finding; '' when there are none."""
    return "".join(_command(finding) + "\n" for finding in findings)


def _command(finding: Finding) -> str:
    properties = {
        "file": finding.path,
        "line": str(finding.line),
        "col": str(finding.column),
        "title": f"{finding.rule_id} {finding.rule_name}",
    }
    shown = ",".join(
        f"{key}={_escape(value, _PROPERTY_ESCAPES)}" for key, value in properties.items()
    )
    message = _escape(finding.message, _DATA_ESCAPES)
    return f"::{_COMMANDS[finding.severity]} {shown}::{message}"


def _escape(value: str, escapes: tuple[tuple[str, str], ...]) -> str:
    for raw, escaped in escapes:  # '%' first, so no escape is escaped twice
        value = value.replace(raw, escaped)
    return value

"""The `json` format: a stable, versioned report of the findings (docs/output.md).

Named `jsonfmt` so that it never shadows the standard library's `json`. The
report's shape is the `CheckReport` TypedDict below; pydantic serialises it
(and publishes its JSON Schema) and is imported only when JSON is asked for.
Additions that keep old readers working keep `version`; anything else bumps it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import TypedDict  # pydantic needs it, not typing's, before 3.12

from checklint.rule import Finding
from checklint.settings import Severity

VERSION: Literal[1] = 1


class ToolRecord(TypedDict):
    name: str
    version: str


class FindingRecord(TypedDict):
    path: str
    line: int
    column: int
    rule_id: str
    rule_name: str
    severity: Severity
    message: str


class SummaryRecord(TypedDict):
    errors: int
    warnings: int
    info: int
    files: int


class CheckReport(TypedDict):
    version: Literal[1]
    tool: ToolRecord
    summary: SummaryRecord
    findings: list[FindingRecord]


def format_json(findings: Sequence[Finding], extra: Mapping[str, object]) -> str:
    """The report as indented UTF-8 JSON; `extra` adds command-specific top-level keys."""
    from pydantic import TypeAdapter

    report = build_report(findings)
    clashes = sorted(set(report) & set(extra))
    if clashes:
        raise ValueError(f"extra keys {clashes} would replace the report's own")
    combined: dict[str, Any] = {**report, **extra}
    return TypeAdapter(dict[str, Any]).dump_json(combined, indent=2).decode() + "\n"


def build_report(findings: Sequence[Finding]) -> CheckReport:
    from checklint.output import tool_version

    return CheckReport(
        version=VERSION,
        tool=ToolRecord(name="checklint", version=tool_version()),
        summary=_summary(findings),
        findings=[_finding_record(finding) for finding in findings],
    )


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the report (without command-specific extra keys)."""
    from pydantic import TypeAdapter

    return TypeAdapter(CheckReport).json_schema()


def _finding_record(finding: Finding) -> FindingRecord:
    return FindingRecord(
        path=finding.path,
        line=finding.line,
        column=finding.column,
        rule_id=finding.rule_id,
        rule_name=finding.rule_name,
        severity=finding.severity,
        message=finding.message,
    )


def _summary(findings: Sequence[Finding]) -> SummaryRecord:
    def count(severity: Severity) -> int:
        return sum(finding.severity == severity for finding in findings)

    return SummaryRecord(
        errors=count("error"),
        warnings=count("warning"),
        info=count("info"),
        files=len({finding.path for finding in findings}),
    )

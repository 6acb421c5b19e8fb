"""The text format: `path:line:col: CL101 claim-while-open message`, then a summary.

The finding lines keep SPEC §7's exact shape, so editors and `grep` can read
them; a message's further lines follow, indented by four spaces. Severity
shows as the colour of the rule id (when colour is on) and in the closing
count. A clean run prints nothing, as a pre-commit hook should.
"""

from __future__ import annotations

from collections.abc import Sequence

from checklint.rule import Finding
from checklint.settings import Severity

_RESET = "\x1b[0m"
_COLOURS: dict[Severity, str] = {
    "error": "\x1b[1;31m",  # bold red
    "warning": "\x1b[1;33m",  # bold yellow
    "info": "\x1b[1;36m",  # bold cyan
}


def format_text(findings: Sequence[Finding], *, color: bool) -> str:
    """One line per finding and a summary line; '' when there are none."""
    if not findings:
        return ""
    lines = [_line(finding, color=color) for finding in findings]
    lines.append(summary(findings))
    return "\n".join(lines) + "\n"


def summary(findings: Sequence[Finding]) -> str:
    """'2 errors, 1 warning in 3 files': only the severities that occur."""
    counts = [
        _count(sum(finding.severity == severity for finding in findings), severity)
        for severity in _COLOURS
    ]
    files = len({finding.path for finding in findings})
    shown = ", ".join(count for count in counts if count)
    return f"{shown} in {files} file{'' if files == 1 else 's'}"


def _count(number: int, severity: Severity) -> str:
    if number == 0:
        return ""
    plural = "" if number == 1 or severity == "info" else "s"
    return f"{number} {severity}{plural}"


def _line(finding: Finding, *, color: bool) -> str:
    rule_id = finding.rule_id
    if color:
        rule_id = f"{_COLOURS[finding.severity]}{rule_id}{_RESET}"
    place = f"{finding.path}:{finding.line}:{finding.column}"
    first, *details = finding.message.splitlines() or [""]
    # Further lines of a message (CL101's list of blockers) are indented, so every
    # line that starts at the margin is a finding.
    return "\n".join([f"{place}: {rule_id} {finding.rule_name} {first}", *_indented(details)])


def _indented(lines: list[str]) -> list[str]:
    return [f"    {line}" if line else "" for line in lines]

"""What a person whose commit was just refused reads under the findings.

The finding lines say what is wrong, line by line. This block says what to do
about it in one place: which claim lines to retract, or which blockers to close
instead, each with its `path:line`; how the commit got there when it reopened an
item or added the claim; and how to keep a line on purpose, with a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from checklint.rule import Finding

if TYPE_CHECKING:
    from checklint.engine import ProjectFacts
    from checklint.scoring import Blocker

CLAIM_RULES = ("CL101", "CL102")
LISTED_BLOCKERS = 5  # the finding already names three; `checklint list --open` has all
_INDENT = "  "


def refusal_text(
    findings: Sequence[Finding],
    facts: ProjectFacts,
    *,
    refused: str | None = None,
    context: str = "",
    epilogue: str = "",
    message_path: str | None = None,
) -> str:
    """The block printed after the findings when one is an error; '' when none is.

    `refused` names what was refused ('this commit'); `context` (what the commit
    changes) follows the headline and `epilogue` closes the block. Claims in
    `message_path` (the commit message) are to be reworded, not suppressed.
    """
    errors = [finding for finding in findings if finding.severity == "error"]
    if not errors:
        return ""
    claims = [finding for finding in errors if finding.rule_id in CLAIM_RULES]
    blockers = facts.scorecard.blockers
    reason = _reason(claims, len(errors) - len(claims), len(blockers))
    headline = f"checklint refused {refused}: {reason}" if refused else f"checklint: {reason}"
    lines = ["", headline, *context.splitlines()]
    if claims:
        lines.extend(_claim_advice(claims, facts, message_path))
        lines.extend(_blocker_advice(claims, blockers))
    if len(errors) > len(claims):
        lines.append(_fix_others(len(errors) - len(claims), other=bool(claims)))
    if any(finding.path != message_path for finding in errors):
        lines.extend(_suppression_advice(errors))
    lines.extend(epilogue.splitlines())
    return "\n".join(lines) + "\n"


def _reason(claims: Sequence[Finding], others: int, blocker_count: int) -> str:
    parts = []
    count = f"{len(claims)} {'line claims' if len(claims) == 1 else 'lines claim'}"
    if any(finding.rule_id == "CL101" for finding in claims):
        remain = "blocker remains" if blocker_count == 1 else "blockers remain"
        parts.append(f"{count} 10/10 or readiness while {blocker_count} {remain}")
    elif claims:
        parts.append(f"{count} a dimension is at 10/10 while it has open items")
    if others:
        other = "other " if claims else ""
        parts.append(f"{others} {other}error{'' if others == 1 else 's'}")
    return " and ".join(parts) + "."


def _fix_others(count: int, *, other: bool) -> str:
    which = "other " if other else ""
    if count == 1:
        return f"Fix the {which}error as its finding above says."
    return f"Fix the {which}errors as their findings above say."


def _claim_advice(
    claims: Sequence[Finding], facts: ProjectFacts, message_path: str | None
) -> list[str]:
    texts = {(claim.path, claim.line): claim.text for claim in facts.claims}
    in_files = [finding for finding in claims if finding.path != message_path]
    lines: list[str] = []
    if in_files:
        unique = _one_per_line(in_files)
        claim = "the claim" if len(unique) == 1 else "the claims"
        lines.append(f"Retract {claim} (write 'NOT READY', the real score, or 'Target: 10/10'):")
        lines.extend(
            f"{_INDENT}{finding.path}:{finding.line}  {texts.get((finding.path, finding.line), '')}"
            for finding in unique
        )
    if len(in_files) < len(claims) and message_path is not None:
        lines.append(
            f"Reword the commit message; git kept it in {message_path}, so "
            f"`git commit -e -F {message_path}` starts from it."
        )
    return lines


def _blocker_advice(claims: Sequence[Finding], blockers: Sequence[Blocker]) -> list[str]:
    if not any(finding.rule_id == "CL101" for finding in claims):
        # A dimension claim (CL102) is judged by its own section: its message lists those items.
        return ["or close the open items the findings above list."]
    lines = ["or close the blockers first:"]
    for blocker in blockers[:LISTED_BLOCKERS]:
        section = f" ({blocker.section})" if blocker.section else ""
        lines.append(f"{_INDENT}{blocker.path}:{blocker.line}  {blocker.text}{section}")
    rest = len(blockers) - LISTED_BLOCKERS
    if rest > 0:
        lines.append(f"{_INDENT}… and {rest} more (`checklint list --open` lists every one)")
    return lines


def _suppression_advice(errors: Sequence[Finding]) -> list[str]:
    rule_id = errors[0].rule_id
    return [
        "To keep a line on purpose, put a comment with the rule id and your reason on the "
        "line above it:",
        f"{_INDENT}<!-- checklint-disable-next-line {rule_id} -- why this line may stay -->",
    ]


def _one_per_line(findings: Sequence[Finding]) -> list[Finding]:
    seen: set[tuple[str, int]] = set()
    unique = []
    for finding in findings:
        if (finding.path, finding.line) not in seen:
            seen.add((finding.path, finding.line))
            unique.append(finding)
    return unique

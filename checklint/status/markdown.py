"""The dashboard as GitHub-flavoured markdown, for pull-request comments and step summaries.

`checklint status --format markdown >> "$GITHUB_STEP_SUMMARY"` or post it as a
comment. Item texts stay markdown (their code spans render), with `|` escaped
so a table never breaks, HTML tags and comments escaped so that none hides
the rest of the comment, and `@handles` defused (owners show in code spans)
so that a comment refreshed on every push does not notify everyone again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checklint.status.bidi import clean, isolate
from checklint.status.model import (
    UNASSIGNED,
    BlockerLine,
    ClaimLine,
    DimensionLine,
    StatusReport,
    plural,
)

MAX_BLOCKERS = 100  # a PR comment holds at most 65,536 characters
_MENTION = re.compile(r"(?<![\w`])@(?=[\w-])")
_PIPE = re.compile(r"(?<!\\)\|")  # an unescaped pipe would end the table cell
_WORD_JOINER = "\u2060"  # after '@': the text reads the same, GitHub links no one
# A tag or '<!--' outside code spans would swallow the rest of the comment: escape its '<'.
_CODE_OR_TAG = re.compile(r"(`+).+?\1|<(?=[!/?A-Za-z])")


def render_markdown(report: StatusReport) -> str:
    return "\n".join(_document(report)).rstrip("\n") + "\n"


def cell(text: str) -> str:
    """User text made safe for one table cell; its code spans and emphasis still render."""
    text = _CODE_OR_TAG.sub(lambda m: m.group(0) if m.group(1) else "&lt;", clean(text))
    text = _MENTION.sub("@" + _WORD_JOINER, _PIPE.sub(r"\\|", text))
    return isolate(text)


def code(text: str, *, in_table: bool = True) -> str:
    """User text as a code span: shown literally, links and pings no one."""
    text = clean(text).replace("`", "'")
    if in_table:  # GFM splits cells before it reads code spans
        text = text.replace("|", "\\|")
    return "`" + isolate(text) + "`"


def bar(score: float | None) -> str:
    full = 0 if score is None else int(score)
    return f"`{'█' * full}{'░' * (10 - full)}`"


def _document(report: StatusReport) -> Iterator[str]:
    verdict = "✅ READY" if report.ready else "❌ NOT READY"
    yield f"### checklint: {verdict} — {report.shown}/10"
    yield ""
    overdue = f" ({report.overdue} overdue)" if report.overdue else ""
    yield (
        f"**{plural(len(report.blockers), 'blocker')}**{overdue} · "
        f"**{report.claims_summary}** · "
        f"as of {report.today.isoformat()}"
    )
    yield ""
    yield from _score_table(report)
    if report.blockers:
        yield from _owner_table(report)
        yield from _blocker_tables(report)
    if report.claims:
        yield from _claim_table(report.claims)


def _score_table(report: StatusReport) -> Iterator[str]:
    yield "| Dimension | Weight | Score | Progress | Done | Open |"
    yield "| :-- | --: | --: | :-- | --: | --: |"
    yield from (_dimension_row(dimension) for dimension in report.dimensions)
    yield (
        f"| **Overall** | | **{report.shown}** | {bar(report.score)} "
        f"| {report.done} | {report.open} |"
    )
    yield ""


def _dimension_row(dimension: DimensionLine) -> str:
    shown = "–" if dimension.score is None else f"{dimension.score:.1f}"
    return (
        f"| {cell(dimension.name)} | {dimension.weight:g}% | {shown} | {bar(dimension.score)} "
        f"| {dimension.done} | {dimension.open} |"
    )


def _owner_table(report: StatusReport) -> Iterator[str]:
    yield "#### Blockers by owner"
    yield ""
    yield "| Owner | Open | Overdue |"
    yield "| :-- | --: | --: |"
    for load in report.owner_loads():
        owner = "no owner" if load.owner == UNASSIGNED else code(load.owner)
        yield f"| {owner} | {load.open} | {load.overdue or ''} |"
    yield ""


def _blocker_tables(report: StatusReport) -> Iterator[str]:
    shown = 0
    for group in report.groups():
        if shown >= MAX_BLOCKERS:
            break
        yield f"#### {code(group.path, in_table=False)} — {group.count} open"
        yield ""
        yield "| Item | Section | Owner | Due | Where |"
        yield "| :-- | :-- | :-- | :-- | :-- |"
        for section in group.sections:
            for blocker in section.blockers[: MAX_BLOCKERS - shown]:
                yield _blocker_row(blocker)
                shown += 1
        yield ""
    if shown < len(report.blockers):
        yield f"…and {len(report.blockers) - shown} more: `checklint list --open` lists them all."
        yield ""


def _blocker_row(blocker: BlockerLine) -> str:
    owners = ", ".join(code(owner) for owner in blocker.owners) or "–"
    due = blocker.due.isoformat() if blocker.due else ""
    if blocker.overdue:
        due = f"**{due} overdue**"
    label = ("**Decision:** " if blocker.decision else "") + cell(blocker.label)
    return (
        f"| {label} | {cell(blocker.section)} | {owners} | {due} "
        f"| {code(f'{blocker.path}:{blocker.line}')} |"
    )


def _claim_table(claims: tuple[ClaimLine, ...]) -> Iterator[str]:
    yield "#### Claims"
    yield ""
    yield "| | Claim | Scope | Where |"
    yield "| :-: | :-- | :-- | :-- |"
    for claim in claims:
        verdict = "✅ holds" if claim.holds else f"❌ {claim.rule}"
        if claim.suppressed:
            verdict = f"⚠️ {claim.rule} (kept)"
        scope = claim.scope + (f" ({cell(claim.subject)})" if claim.dimension else "")
        where = code(f"{claim.path}:{claim.line}")
        yield f"| {verdict} | {cell(claim.label)} | {scope} | {where} |"
    yield ""

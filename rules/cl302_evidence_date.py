"""## What it does
Finds a claim (SPEC §6: a release or a dimension claim) that is dated one day
and cites evidence dated another, when none of the evidence it cites is dated
the claim's day.

- The claim's date is the one ISO date (`2026-02-19`) on the claim's own line,
  outside the cited paths. A line with two different dates is ambiguous and
  not judged. A line with no date takes the date in its file's name
  (`EXECUTION_STATUS_2026-02-19.md`); with neither, the claim is not judged.
- The cited evidence is every file path on the claim's line and in the rest
  of its section (from the heading above the claim to the next heading, fenced
  code blocks aside): relative links, and backticked paths that end in a file
  extension or a `/`. Absolute paths are not evidence.
- An evidence path's date is the last date in it, as `2026-02-27` or
  `20260227` (`go-no-go-20260227T163723Z.md`, `reports/2026-02-27/`).
  Undated paths are ignored, so a claim that cites no dated evidence is never
  reported.

The rule reports only when dated evidence is cited and none of it carries the
claim's date, and it lists up to three of the differently dated paths.

## Why is this bad?
Readiness gates commonly ask that "evidence is recorded for the same date"
as the verdict. A verdict dated the 27th that leans on a go/no-go bundle
generated on the 19th is vouched for by a run that predates the changes it
is meant to cover, or the verdict was copied forward without a new run.

## Example
```markdown
## Release Readiness
- Go/No-Go evidence: `docs/runtime/GoNoGo_Evidence/go-no-go-20260219T110218Z.md`
- Status on 2026-02-27: `READY`
```

Line 3 is reported: `claim dated 2026-02-27 cites evidence dated otherwise:
docs/runtime/GoNoGo_Evidence/go-no-go-20260219T110218Z.md (2026-02-19, line
2); record evidence for 2026-02-27 or date the claim to match it`.

## How to fix
Regenerate the evidence on the claim's day and cite the new file, or date the
claim to the day its evidence was recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from checklint.lazyre import lazy
from checklint.rule import Finding, Rule, RuleContext

if TYPE_CHECKING:
    from checklint.claims import Claim
    from checklint.models import Document
    from checklint.project import Project

RULE = Rule(
    id="CL302",
    name="evidence-date",
    severity="warning",
    summary="a readiness claim dated D whose cited evidence is dated otherwise",
)

_ISO_DATE = lazy(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_ANY_DATE = lazy(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
_CITATION = lazy(r"`[^`]*`|\]\([^)]*\)")  # backticked spans and link targets
_FENCE = lazy(r"^\s{0,3}(`{3,}|~{3,})")
_FILE_END = lazy(r"[^./]\.[A-Za-z0-9]{1,8}$")
_LISTED = 3

Evidence = tuple[str, int, date]  # path as cited, line, its date


def check(context: RuleContext) -> Iterator[Finding]:
    project = context.project
    documents = {document.path: document for document in project.documents}
    texts: dict[str, list[str]] = {}  # each cited document's lines, read once
    reported: set[tuple[str, int]] = set()
    for claim in context.claims:
        claimed = _claim_date(claim)
        if claimed is None or (claim.path, claim.line) in reported:
            continue
        lines = _section_lines(project, documents.get(claim.path), claim, texts)
        evidence = _dated_evidence(lines, claim.path)
        if not evidence or any(day == claimed[0] for _, _, day in evidence):
            continue
        reported.add((claim.path, claim.line))
        yield Finding(
            claim.path, claim.line, claim.column, RULE.id, RULE.name, RULE.severity,
            _message(claimed, [e for e in evidence if e[2] != claimed[0]]),
        )  # fmt: skip


def _message(claimed: tuple[date, str], evidence: list[Evidence]) -> str:
    day, source = claimed
    listed = ", ".join(f"{path} ({when}, line {line})" for path, line, when in evidence[:_LISTED])
    more = f", … (+{len(evidence) - _LISTED} more)" if len(evidence) > _LISTED else ""
    return (
        f"claim dated {day}{source} cites evidence dated otherwise: {listed}{more}; "
        f"record evidence for {day} or date the claim to match it"
    )


def _claim_date(claim: Claim) -> tuple[date, str] | None:
    """The claim's day and how it was found: its line's one date, else its file name's."""
    text = _CITATION().sub(" ", claim.text)
    found = {day for day in map(_valid, _ISO_DATE().finditer(text)) if day}
    if len(found) == 1:
        return found.pop(), ""
    if found:
        return None  # two dates on the line: which one the verdict means is unclear
    day = path_date(claim.path.rsplit("/", 1)[-1])
    return None if day is None else (day, " (by its file name)")


def path_date(text: str) -> date | None:
    """The last valid date in `text`, written 2026-02-27 or 20260227."""
    days = [day for day in map(_valid, _ANY_DATE().finditer(text)) if day is not None]
    return days[-1] if days else None


def _valid(match: re.Match[str]) -> date | None:
    year, month, day = (int(group) for group in match.groups())
    if not 2000 <= year <= 2099:
        return None  # an eight-digit build number is not a date
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dated_evidence(lines: Iterator[tuple[int, str]], claim_path: str) -> list[Evidence]:
    from checklint.metadata import evidence_refs

    found: list[Evidence] = []
    for number, text in lines:
        for ref in evidence_refs(text, number, 1):
            day = path_date(ref.target) if _is_evidence(ref.target, ref.link) else None
            if day is not None and ref.target != claim_path:
                found.append((ref.target, number, day))
    return found


def _is_evidence(target: str, link: bool) -> bool:
    if target.startswith("/"):
        return False
    return link or target.endswith("/") or _FILE_END().search(target) is not None


def _section_lines(
    project: Project, document: Document | None, claim: Claim, texts: dict[str, list[str]]
) -> Iterator[tuple[int, str]]:
    """(number, text) of the claim's line and of the rest of its own section, fences aside."""
    yield claim.line, claim.text
    if document is None:
        return  # the commit message: its line is all there is
    if claim.path not in texts:
        from checklint.parser import blank_front_matter
        from checklint.source import decode_markdown

        text = decode_markdown(project.tree.read(claim.path), claim.path)
        texts[claim.path] = blank_front_matter(text).split("\n")
    headings = [section.line for section in document.sections]
    start = max((line for line in headings if line <= claim.line), default=1)
    end = min((line for line in headings if line > claim.line), default=len(texts[claim.path]) + 1)
    fence = ""
    for number in range(start, end):
        text = texts[claim.path][number - 1]
        marker = _FENCE().match(text)
        if fence:  # inside a code block until a fence of the same kind, at least as long
            fence = "" if marker and marker.group(1).startswith(fence) else fence
        elif marker:
            fence = marker.group(1)
        elif number != claim.line:
            yield number, text

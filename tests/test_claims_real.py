"""The claim detector against the labelled lines from real repositories (SPEC §6).

`shared/claims/real-claims.tsv` (beside the repository; `CHECKLINT_SHARED`
points elsewhere) labels each line `claim`, `dimension-claim`, `not-claim` or
`ambiguous`. Every labelled line must come out right, ambiguous lines are not
scored, and precision and recall over the set must both reach 0.95.

A line is judged alone, as the labels were, so its context comes from its
shape (see `candidate`). What the real project would know beside the line is
kept small and explicit:

- DIMENSIONS: the scored dimensions of the repository's own checklist, where
  it has one: the seed's five Scoring Model names (corpus
  `alirezasafaei-dev__alirezasafaeisystems/184344e__10_10_CHECKLIST.md`) and
  the ten axes of persian_tools' release scorecard. Elsewhere none.
- VOCABULARIES: the words a Persian- or Chinese-speaking team would add to
  `.checklint.yaml`, for the repositories written in those languages.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import pytest
from claimshape import context_of

from checklint.claims import Scope, detect, prefilter
from checklint.models import Candidate, TextContext
from checklint.settings import ClaimVocabulary

SEED_DIMENSIONS = {
    "engineering quality": "Engineering Quality",
    "operations and reliability": "Operations & Reliability",
    "security and governance": "Security & Governance",
    "documentation and maintainability": "Documentation & Maintainability",
    "product and conversion": "Product & Conversion",
}
SCORECARD_AXES = (
    "Code Quality", "Security Baseline", "Contract & Governance", "Build Reliability",
    "Human-like Runtime Smoke", "Deployment Readiness Gates", "Release Candidate Gates",
    "Launch Smoke Gates (E2E)", "UX Cleanup Alignment", "Auditability & Traceability",
)  # fmt: skip
SCORECARD = "docs/deployment/reports/release-10-10-scorecard-2026-02-16.md"

PERSIAN = ClaimVocabulary(
    verdicts=("آماده", "تکمیل‌شده", "تکمیل شده", "انجام شد"),
    negations=("نه", "نیست", "هنوز", "نشده"),
    conditions=("فقط وقتی", "فقط با", "اگر"),
    targets=("هدف", "مسیر", "نقشه راه", "رسیدن به"),
    subjects=("انتشار", "چک‌لیست", "نمره", "وضعیت"),
    none_words=("هیچ",),
)
CHINESE = ClaimVocabulary(
    verdicts=("就绪", "已完成", "全绿", "已通过"),
    negations=("未", "不", "没有", "尚未"),
    conditions=("如果", "只有", "之后", "当所有"),
    targets=("目标", "计划"),
    subjects=("发布", "项目", "检查项"),
    none_words=("无阻塞", "清零"),
)
PERSIAN_REPOS = ("alirezasafaei-dev/", "alirezasafaeiiidev/", "alirezasafaeisystems/")
CHINESE_REPOS = ("ekil1100/lan", "hoyo0210/aigc-detector", "nikadwangorg/agents-demo")


class Labelled(NamedTuple):
    label: str
    line: str
    repo: str
    path: str
    why: str


def shared_dir() -> Path:
    return Path(
        os.environ.get("CHECKLINT_SHARED") or Path(__file__).resolve().parents[2] / "shared"
    )


def read_labelled() -> list[Labelled]:
    path = shared_dir() / "claims" / "real-claims.tsv"
    if not path.is_file():
        pytest.fail(f"labelled claims not found at {path}; set CHECKLINT_SHARED")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Labelled(r["label"], r["line"], r["repo"], r["path"], r["why"]) for r in rows]


def candidate(
    text: str, context: TextContext | None = None, heading: str = "", lead_in: str = ""
) -> Candidate:
    """A candidate as the parser would make it, its context read from the line's shape."""
    body = re.sub(r"^(?:\s*>)+\s*", "", text)
    if context is None:
        context = context_of(body)
    cells: tuple[str, ...] = ()
    if context is TextContext.TABLE_ROW:
        cells = tuple(cell.strip() for cell in body.strip().strip("|").split("|"))
    return Candidate("real.md", 1, 1, text, context, 0, heading, lead_in, (), cells)


def dimensions_for(repo: str, path: str) -> Mapping[str, str]:
    if repo == "alirezasafaei-dev/alirezasafaeisystems":
        return SEED_DIMENSIONS
    if repo == "alirezasafaeiiidev/persian_tools" and path == SCORECARD:
        from checklint.text import normalise_key

        return {normalise_key(axis): axis for axis in SCORECARD_AXES}
    return {}


def vocabulary_for(repo: str) -> ClaimVocabulary:
    if repo.startswith(PERSIAN_REPOS):
        return PERSIAN
    if repo.startswith(CHINESE_REPOS):
        return CHINESE
    return ClaimVocabulary()


LABELLED = [row for row in read_labelled() if row.label != "ambiguous"]


@pytest.mark.parametrize("row", LABELLED, ids=[f"{i + 2}" for i in range(len(LABELLED))])
def test_labelled_line(row: Labelled) -> None:
    claim = detect(
        candidate(row.line), dimensions_for(row.repo, row.path), vocabulary_for(row.repo)
    )
    if row.label == "not-claim":
        assert claim is None, f"{row.line!r} is not a claim ({row.why}); got {claim}"
    else:
        scope = Scope.DIMENSION if row.label == "dimension-claim" else Scope.RELEASE
        assert claim is not None, f"{row.line!r} is a {row.label} ({row.why})"
        assert claim.scope is scope, f"{row.line!r}: {claim}"


def test_prefilter_keeps_every_labelled_claim() -> None:
    for row in LABELLED:
        if row.label != "not-claim":
            assert prefilter(vocabulary_for(row.repo)).search(row.line), row.line


def test_precision_and_recall() -> None:
    true_pos = false_pos = false_neg = 0
    for row in LABELLED:
        claim = detect(
            candidate(row.line), dimensions_for(row.repo, row.path), vocabulary_for(row.repo)
        )
        expected = row.label != "not-claim"
        true_pos += bool(claim) and expected
        false_pos += bool(claim) and not expected
        false_neg += (claim is None) and expected
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    print(
        f"\nreal claims: precision {precision:.3f}, recall {recall:.3f} over {len(LABELLED)} lines"
    )
    assert precision >= 0.95
    assert recall >= 0.95

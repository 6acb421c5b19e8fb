"""The claim detector on invented lines and on the details of its interface (SPEC §6).

`fixtures/claims/invented-claims.tsv` holds lines written for this grammar, in
other wording and other domains than the real labelled set: claims and traps
(negations and conditions mid-sentence, legends, counts, headings, emoji,
bold, Persian and Chinese with a configured vocabulary). Columns: label,
context ('auto' = read from the line's shape), profile (dimensions and
vocabulary, see PROFILES), heading, lead-in, line, why.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import NamedTuple

import pytest
from claimshape import context_of

from checklint.claims import Scope, declared_score, detect, prefilter
from checklint.claims.grammar import grammar
from checklint.models import Candidate, TextContext
from checklint.settings import ClaimVocabulary

FIXTURE = Path(__file__).parent / "fixtures" / "claims" / "invented-claims.tsv"
SEED = {
    "engineering quality": "Engineering Quality",
    "operations and reliability": "Operations & Reliability",
    "security and governance": "Security & Governance",
    "documentation and maintainability": "Documentation & Maintainability",
    "product and conversion": "Product & Conversion",
}
APP = {
    "reliability": "Reliability",
    "accessibility": "Accessibility",
    "performance": "Performance",
    "documentation": "Documentation",
}
PERSIAN = ClaimVocabulary(
    verdicts=("آماده", "تکمیل‌شده"),
    negations=("نه", "نیست", "هنوز"),
    conditions=("فقط وقتی", "اگر"),
    targets=("هدف", "نقشه راه", "رسیدن به"),
    subjects=("انتشار", "چک‌لیست", "نمره", "وضعیت"),
    none_words=("هیچ",),
)
CHINESE = ClaimVocabulary(
    verdicts=("就绪", "已完成"),
    negations=("未", "没有"),
    conditions=("如果", "只有", "当所有"),
    targets=("目标",),
    subjects=("发布", "项目"),
    none_words=("无阻塞",),
)
PROFILES = {
    "seed": (SEED, ClaimVocabulary()),
    "app": (APP, ClaimVocabulary()),
    "fa": ({}, PERSIAN),
    "zh": ({}, CHINESE),
}


class Case(NamedTuple):
    number: int
    label: str
    context: TextContext | None
    profile: str
    heading: str
    lead_in: str
    line: str
    why: str


def candidate(
    text: str, context: TextContext | None = None, heading: str = "", lead_in: str = "",
    column: int = 1, header: tuple[str, ...] = (),
) -> Candidate:  # fmt: skip
    """A candidate as the parser would make it, its context read from the line's shape."""
    body = re.sub(r"^(?:\s*>)+\s*", "", text)
    if context is None:
        context = context_of(body)
    return Candidate("doc.md", 7, column, text, context, 0, heading, lead_in, header)


def read_cases() -> list[Case]:
    with FIXTURE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        Case(
            number,
            row["label"],
            None if row["context"] == "auto" else TextContext[row["context"]],
            row["profile"],
            row["heading"],
            row["lead_in"],
            row["line"],
            row["why"],
        )
        for number, row in enumerate(rows, start=2)
    ]


CASES = read_cases()


def run(case: Case) -> object:
    dimensions, vocabulary = PROFILES[case.profile]
    return detect(candidate(case.line, case.context, case.heading, case.lead_in), dimensions,
                  vocabulary)  # fmt: skip


def test_fixture_is_large_and_balanced() -> None:
    labels = [case.label for case in CASES]
    assert len(CASES) >= 80
    assert labels.count("not-claim") >= 30 and labels.count("claim") >= 30
    assert labels.count("dimension-claim") >= 5


@pytest.mark.parametrize("case", CASES, ids=[str(case.number) for case in CASES])
def test_invented_line(case: Case) -> None:
    claim = run(case)
    if case.label == "not-claim":
        assert claim is None, f"line {case.number} {case.line!r} ({case.why}): {claim}"
    else:
        scope = Scope.DIMENSION if case.label == "dimension-claim" else Scope.RELEASE
        assert claim is not None, f"line {case.number} {case.line!r} is a {case.label}"
        assert getattr(claim, "scope", None) is scope, f"line {case.number}: {claim}"


def test_invented_precision_and_recall() -> None:
    hits = [(case.label != "not-claim", run(case) is not None) for case in CASES]
    true_pos = sum(1 for expected, got in hits if expected and got)
    precision = true_pos / max(1, sum(1 for _, got in hits if got))
    recall = true_pos / sum(1 for expected, _ in hits if expected)
    print(f"\ninvented claims: precision {precision:.3f}, recall {recall:.3f} over {len(hits)}")
    assert precision >= 0.95
    assert recall >= 0.95


def test_claim_carries_column_phrase_subject_and_dimension() -> None:
    text = "- Engineering Quality: `10/10` (verify/test/build passing)"
    claim = detect(candidate(text, column=3), SEED, ClaimVocabulary())
    assert claim is not None
    assert claim.column == 3 + text.index("10/10")
    assert (claim.phrase, claim.subject, claim.dimension) == (
        "10/10", "Engineering Quality", "engineering quality",
    )  # fmt: skip
    assert (claim.path, claim.line, claim.text) == ("doc.md", 7, text)


@pytest.mark.parametrize(
    ("text", "subject", "phrase"),
    [
        ("Overall score: **10/10**", "overall", "10/10"),
        ("- Release publication readiness: `GO`", "readiness", "GO"),
        ("- status: `READY`", "release", "READY"),
        ("**Remaining blockers:** none", "release", "Remaining blockers: none"),
        ("- Estimated overall: `۱۰/۱۰`", "overall", "۱۰/۱۰"),
        ("🎉 Lan is now production-ready!", "readiness", "production-ready"),
    ],
)
def test_subject_and_phrase(text: str, subject: str, phrase: str) -> None:
    claim = detect(candidate(text), {}, ClaimVocabulary())
    assert claim is not None
    assert (claim.scope, claim.subject, claim.phrase) == (Scope.RELEASE, subject, phrase)


@pytest.mark.parametrize(
    ("heading", "lead_in", "line", "phrase"),
    [
        ("Remaining Blockers", "", "- none.", "Remaining Blockers: none"),
        ("3. **Open items**", "", "- Nothing", "Open items: Nothing"),
        ("Summary", "Known blockers:", "- none", "Known blockers: none"),
    ],
)
def test_a_bare_none_says_what_is_claimed(heading: str, lead_in: str, line: str,
                                          phrase: str) -> None:  # fmt: skip
    claim = detect(candidate(line, heading=heading, lead_in=lead_in), APP, ClaimVocabulary())
    assert claim is not None
    assert (claim.phrase, claim.column) == (phrase, 3)


@pytest.mark.parametrize("context", [TextContext.TASK_OPEN, TextContext.TASK_NA,
                                     TextContext.TABLE_HEADER])  # fmt: skip
def test_silent_contexts_never_claim(context: TextContext) -> None:
    assert detect(candidate("Release status: READY", context), {}, ClaimVocabulary()) is None


def test_configured_verdict_extends_the_grammar() -> None:
    line = candidate("Release status: SHIPPED")
    assert detect(line, {}, ClaimVocabulary()) is None
    claim = detect(line, {}, ClaimVocabulary(verdicts=("shipped",)))
    assert claim is not None and claim.phrase == "SHIPPED"


def test_commit_message_prefix_and_speech_acts() -> None:
    message = candidate("docs: declare the release 10/10", TextContext.COMMIT_MESSAGE)
    claim = detect(message, {}, ClaimVocabulary())
    assert claim is not None and claim.phrase == "10/10"
    prose = candidate("docs: declare the release 10/10", TextContext.PARAGRAPH)
    assert detect(prose, {}, ClaimVocabulary()) is None  # in a document it is about claims


@pytest.mark.parametrize(
    ("text", "at", "value", "subject", "dimension"),
    [
        ("Estimated overall: `8.6/10` (not yet 10/10 enterprise-release ready).", "8.6/10", 8.6,
         "overall", None),
        ("- Product & Conversion: `6.5/10` (owner decisions pending)", "6.5/10", 6.5,
         "Product & Conversion", "product and conversion"),
        ("- Engineering Quality: `۹٫۵/۱۰`", "۹٫۵/۱۰", 9.5, "Engineering Quality",
         "engineering quality"),
        ("**Score:** ~7.5 / 10 estimated", "7.5 / 10", 7.5, "overall", None),
        ("- Security & Governance: `10/10`", "10/10", 10.0, "Security & Governance",
         "security and governance"),
        # a bracketed remark after the score says what work remains; it is no condition
        ("- Operations & Reliability: `8.5/10` (runtime healthy, but deployment/runtime "
         "ownership still needs standardization)", "8.5/10", 8.5, "Operations & Reliability",
         "operations and reliability"),
        ("Documentation & Maintainability: `9.5/10` (strong runtime docs, needs final "
         "enterprise runbook lock)", "9.5/10", 9.5, "Documentation & Maintainability",
         "documentation and maintainability"),
    ],
)  # fmt: skip
def test_declared_score(
    text: str, at: str, value: float, subject: str, dimension: str | None
) -> None:
    declared = declared_score(candidate(text), SEED, ClaimVocabulary())
    assert declared is not None
    assert (declared.value, declared.subject, declared.dimension) == (value, subject, dimension)
    assert declared.column == 1 + text.index(at)


@pytest.mark.parametrize(
    "text",
    [
        "| Transport Security | 9/10 | HSTS preload |",
        "Target: 9/10 by March",
        "**Audit Score**: 9.98/10 → Target: 10/10",
        "# Release 9/10 Scorecard",
        "- ESLint score: 8/10",
        "- Reliability: 12/10",
        "Retro on 9/10/2026",
        "7/10 tests passed",
        "- Reliability (if the audit passes): 8/10",
        "- Reliability: 8/10 if the audit passes",
        "- Reliability: 8/10 (target) once the audit passes",
    ],
)
def test_not_a_declared_score(text: str) -> None:
    assert declared_score(candidate(text), APP, ClaimVocabulary()) is None


@pytest.mark.parametrize(
    ("row", "header", "scope"),
    [
        ("| Overall | **10.0** |", ("Dimension", "Score"), Scope.RELEASE),
        ("| Reliability | 10 |", ("Dimension", "Score"), Scope.DIMENSION),
        ("| Overall | 7.2/10 | 10/10 |", ("", "Before", "After"), Scope.RELEASE),
        ("| Overall | 10 |", ("Dimension", "Target score"), None),
        ("| Overall | 8.1/10 | 10/10 |", ("", "Current", "Goal"), None),
        ("| Overall | 8.1/10 | 10/10 |", ("", "Q1", "Q2"), None),
        ("| Lighthouse | 10 |", ("Tool", "Score"), None),
        ("| Unit tests | 10 |", ("Suite", "Count"), None),
    ],
)
def test_table_columns_decide(row: str, header: tuple[str, ...], scope: Scope | None) -> None:
    claim = detect(candidate(row, header=header), APP, ClaimVocabulary())
    assert (claim.scope if claim else None) is scope


def test_a_score_column_declares_bare_numbers() -> None:
    header = ("Dimension", "Current score", "Target score")
    declared = declared_score(candidate("| Reliability | 8.5 | 10 |", header=header), APP,
                              ClaimVocabulary())  # fmt: skip
    assert declared is not None
    assert (declared.value, declared.subject, declared.column) == (8.5, "Reliability", 17)


def test_prefilter_matches_every_claim_and_score_line() -> None:
    for case in CASES:
        _, vocabulary = PROFILES[case.profile]
        if case.label != "not-claim":
            assert prefilter(vocabulary).search(case.line), case.line
    for line in ("Estimated overall: `8.6/10`", "- Open items: 0", "| Overall | 10.0 |",
                 "Score: １０／１０", "نمره: ۷٫۵/۱۰"):  # fmt: skip
        assert prefilter(ClaimVocabulary()).search(line), line


def test_prefilter_skips_plain_prose() -> None:
    assert prefilter(ClaimVocabulary()).search("Update the deploy workflow docs.") is None


def test_compiled_once_per_vocabulary() -> None:
    vocabulary = ClaimVocabulary(verdicts=("SHIPPED",))
    assert prefilter(vocabulary) is prefilter(ClaimVocabulary(verdicts=("SHIPPED",)))
    assert grammar(vocabulary) is grammar(ClaimVocabulary(verdicts=("SHIPPED",)))


def test_the_parser_import_stays_light() -> None:
    """The parser imports `prefilter` on every run; the detector loads only when used."""
    import subprocess
    import sys

    script = "import sys, checklint.claims; print('checklint.claims.detector' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

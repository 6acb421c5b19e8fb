"""CL302 evidence-date: a dated claim whose cited evidence carries another date."""

from __future__ import annotations

from datetime import date

import pytest

from checklint.rules.cl302_evidence_date import path_date
from tests.rules.rulecase import FIXTURES, claim_lines, placed, run_rule

CASES = FIXTURES / "cl302"
BUNDLE = "go-no-go-20260219T110218Z.md"


def test_claims_citing_evidence_of_another_day_are_reported() -> None:
    found = run_rule(CASES / "bad", "CL302")
    assert placed(found) == [
        (
            "docs/runtime/EXECUTION_STATUS_2026-02-27.md",
            5,
            "claim dated 2026-02-27 (by its file name) cites evidence dated otherwise: "
            f"docs/runtime/GoNoGo_Evidence/{BUNDLE} (2026-02-19, line 4); "
            "record evidence for 2026-02-27 or date the claim to match it",
        ),
        (
            "docs/runtime/PLAN.md",
            4,
            "claim dated 2026-02-20 cites evidence dated otherwise: "
            f"GoNoGo_Evidence/{BUNDLE} (2026-02-19, line 4), "
            "docs/runtime/smoke/2026-02-18/ (2026-02-18, line 6), "
            "docs/runtime/smoke/2026-02-19/ (2026-02-19, line 6), … (+2 more); "
            "record evidence for 2026-02-20 or date the claim to match it",
        ),
    ]
    assert {(f.rule_id, f.severity) for f in found} == {("CL302", "warning")}


def test_same_day_undated_ambiguous_or_distant_evidence_passes() -> None:
    # STATUS:10 cites one same-day bundle among others (and older ones outside its section or
    # in code); PLAN:4 has two dates; PLAN:7 has none; PLAN:10 cites only a branch name.
    assert claim_lines(CASES / "good") == [
        ("docs/runtime/EXECUTION_STATUS_2026-02-19.md", 10),
        ("docs/runtime/PLAN.md", 4),
        ("docs/runtime/PLAN.md", 7),
        ("docs/runtime/PLAN.md", 10),
    ]
    assert run_rule(CASES / "good", "CL302") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("go-no-go-20260227T163723Z.md", date(2026, 2, 27)),
        ("smoke/2026-02-18/run-2026-02-19.log", date(2026, 2, 19)),
        ("build-12345678.log", None),
        ("report-2026-13-01.md", None),
        ("notes.md", None),
    ],
)
def test_path_date_takes_the_last_valid_date(text: str, expected: date | None) -> None:
    assert path_date(text) == expected

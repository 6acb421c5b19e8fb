"""CL102 dimension-claim-while-open: a dimension declared 10/10 while its section is open."""

from __future__ import annotations

from tests.rules.rulecase import FIXTURES, claim_lines, placed, run_rule

CASES = FIXTURES / "cl102"
PLAN = "docs/PLAN.md"
CHECKLIST = "docs/10_10_CHECKLIST.md"


def test_each_open_dimension_claimed_10_10_is_reported_with_its_items() -> None:
    found = run_rule(CASES / "bad", "CL102")
    assert placed(found) == [
        (
            PLAN,
            4,
            "dimension claim '10/10' for Operations & Reliability while it computes 5.0 with "
            f"1 open item: {CHECKLIST}:5 'Add quarterly edge-header…'; "
            "retract the claim or close the items",
        ),
        (
            PLAN,
            5,
            "dimension claim '10/10' for Monitoring while it computes 5.0 with 1 open item: "
            f"{CHECKLIST}:8 'Page the on-call owner on…'; retract the claim or close the items",
        ),
        (
            PLAN,
            6,
            "dimension claim '10/10' for Security & Governance while it computes 2.0 with "
            f"4 open items: {CHECKLIST}:13 'Fill remaining governance…', "
            f"{CHECKLIST}:14 'GitHub org 2FA enforcement…', "
            f"{CHECKLIST}:15 'Confirm secure storage…', … (+1 more); "
            "retract the claim or close the items",
        ),
    ]
    assert {(f.rule_id, f.severity) for f in found} == {("CL102", "error")}


def test_a_weighted_subsection_keeps_its_open_items_to_itself() -> None:
    # Monitoring (a weighted subsection of Operations) is still open; Operations is complete.
    assert claim_lines(CASES / "good") == [(PLAN, 4)]
    assert run_rule(CASES / "good", "CL102") == []


def test_a_dimension_scored_by_two_checklists_is_open_while_either_is() -> None:
    assert placed(run_rule(CASES / "two_checklists", "CL102")) == [
        (
            PLAN,
            3,
            "dimension claim '10/10' for Security while it computes "
            "5.0 in docs/api/10_10_CHECKLIST.md, 10.0 in docs/web/10_10_CHECKLIST.md with "
            "1 open item: docs/api/10_10_CHECKLIST.md:5 'Rate limits on every public…'; "
            "retract the claim or close the items",
        )
    ]

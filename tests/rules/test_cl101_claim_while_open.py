"""CL101 claim-while-open: release claims while checklist or queue blockers remain."""

from __future__ import annotations

from pathlib import Path

from checklint.rules.cl101_claim_while_open import shorten
from tests.rules.rulecase import FIXTURES, claim_lines, placed, run_rule

CASES = FIXTURES / "cl101"
STATUS = "docs/runtime/STATUS.md"
BLOCKERS = (
    "4 blockers remain: docs/10_10_CHECKLIST.md:11 'Add quarterly edge-header…', "
    "docs/10_10_CHECKLIST.md:15 'Confirm secure storage…', "
    "docs/10_10_CHECKLIST.md:19 'Section A has no open item.', … (+1 more); "
    "retract the claim or close the blockers"
)


def test_every_release_claim_line_is_reported_with_the_blockers() -> None:
    found = run_rule(CASES / "bad", "CL101")
    assert placed(found) == [
        (STATUS, 3, f"release claim '10/10' while {BLOCKERS}"),
        (STATUS, 8, f"release claim 'Remaining Blockers: none' while {BLOCKERS}"),
        (STATUS, 11, f"release claim 'READY' while {BLOCKERS}"),
    ]
    assert {(f.rule_id, f.rule_name, f.severity) for f in found} == {
        ("CL101", "claim-while-open", "error")
    }


def test_negations_conditions_and_targets_are_not_claims() -> None:
    assert run_rule(CASES / "good", "CL101") == []


def test_claims_are_true_once_every_blocker_is_closed() -> None:
    # The same status report as in bad/, over a closed checklist and a decided queue.
    assert claim_lines(CASES / "closed") == [(STATUS, 3), (STATUS, 8), (STATUS, 11)]
    assert run_rule(CASES / "closed", "CL101") == []


def test_one_blocker_is_singular_and_not_counted_as_more(tmp_path: Path) -> None:
    root = tmp_path
    (root / "docs").mkdir()
    (root / "docs" / "10_10_CHECKLIST.md").write_text("## Gate\n- [ ] Ship it.\n- [x] Test it.\n")
    (root / "NOTES.md").write_text("Release status: READY\n")
    assert placed(run_rule(root, "CL101")) == [
        (
            "NOTES.md",
            1,
            "release claim 'READY' while 1 blocker remains: docs/10_10_CHECKLIST.md:2 "
            "'Ship it.'; retract the claim or close the blockers",
        )
    ]


def test_shorten_cuts_at_a_word_and_marks_the_cut() -> None:
    assert shorten("Add quarterly edge-header verification artifacts", 30) == (
        "Add quarterly edge-header…"
    )
    assert shorten("  short   text ", 30) == "short text"
    assert shorten("x" * 40, 10) == "x" * 9 + "…"

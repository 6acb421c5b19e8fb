"""CL103 declared-score-exceeds-evidence: declared scores below 10 above the computed ones."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from checklint.errors import ChecklintError
from checklint.settings import RuleSettings, Settings
from tests.rules.rulecase import FIXTURES, declared_lines, placed, run_rule

CASES = FIXTURES / "cl103"
PLAN = "docs/PLAN.md"
ADVICE = "lower the declared score or close items"


def with_tolerance(value: object) -> Settings:
    options = MappingProxyType({"tolerance": value})
    return Settings(rules=MappingProxyType({"CL103": RuleSettings(options=options)}))


def test_scores_above_the_computed_ones_are_reported() -> None:
    # Reliability computes 25/3 (8.3), the overall (25/3 + 10) / 2 (9.1); Security 9.5 < 10.
    found = run_rule(CASES / "bad", "CL103")
    assert placed(found) == [
        (PLAN, 4, f"declared 9/10 for Reliability, but the checklist computes 8.3; {ADVICE}"),
        (
            PLAN,
            7,
            f"declared 9.8/10 for the overall score, but the checklist computes 9.1; {ADVICE}",
        ),
    ]
    assert {(f.rule_id, f.severity) for f in found} == {("CL103", "warning")}


def test_the_exact_score_is_compared_not_the_rounded_down_display() -> None:
    # 9.65 is 0.55 above the shown 9.1 but only 0.483 above the exact 9.1666…; 8.8 likewise.
    assert declared_lines(CASES / "good") == [(PLAN, 4, 8.8), (PLAN, 5, 10.0), (PLAN, 7, 9.65)]
    assert run_rule(CASES / "good", "CL103") == []


def test_the_tolerance_option_overrides_the_default() -> None:
    found = placed(run_rule(CASES / "good", "CL103", with_tolerance(0.25)))
    assert [(path, line) for path, line, _ in found] == [(PLAN, 4), (PLAN, 7)]


def test_the_configured_score_tolerance_is_the_fallback() -> None:
    found = placed(run_rule(CASES / "bad", "CL103", Settings(score_tolerance=1.0)))
    assert found == []


@pytest.mark.parametrize("bad", ["0.5", -1, True, None])
def test_a_bad_tolerance_is_a_clear_error(bad: object) -> None:
    with pytest.raises(ChecklintError, match="CL103 option 'tolerance' must be a number"):
        run_rule(CASES / "bad", "CL103", with_tolerance(bad))

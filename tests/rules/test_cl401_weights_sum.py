"""CL401 weights-sum: a checklist's weights do not add up to 100%."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from checklint.settings import Settings
from tests.rules.markdowncase import CHECKLIST, check_fixture, check_seed, where


def test_a_scoring_model_short_of_100_is_reported_at_its_heading(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl401/bad.md", "CL401")
    assert where(found) == [(CHECKLIST, 5, 4, "CL401", "error")]
    assert found[0].message == (
        "section weights add up to 85%, not 100% (Engineering Quality 25%, Operations & "
        "Reliability 25%, Security & Governance 20%, Documentation & Maintainability 15%); "
        "change them so that they add up to 100%"
    )


def test_without_a_scoring_model_the_first_weighted_heading_is_reported(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl401/bad_headings.md", "CL401")
    assert where(found) == [(CHECKLIST, 5, 4, "CL401", "error")]
    assert "add up to 110%, not 100%" in found[0].message


def test_weights_adding_up_to_100_within_the_tolerance(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl401/good.md", "CL401") == []


def test_an_unweighted_checklist_is_not_judged(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl401/good_unweighted.md", "CL401") == []


def test_configured_weights_are_the_ones_summed(tmp_path: Path) -> None:
    half = Settings(weights=MappingProxyType({"Engineering Quality": 50.0}))
    found = check_fixture(tmp_path, "cl401/good_unweighted.md", "CL401", settings=half)
    assert where(found) == [(CHECKLIST, 3, 4, "CL401", "error")]
    assert "add up to 50%" in found[0].message
    # Configuration overrides the markdown: 85% in the Scoring Model, made whole by config.
    whole = Settings(weights=MappingProxyType({"Documentation & Maintainability": 30.0}))
    assert check_fixture(tmp_path, "cl401/bad.md", "CL401", settings=whole) == []


def test_seed_weights_add_up(tmp_path: Path) -> None:
    for commit in ("184344e", "d98b666"):
        assert check_seed(tmp_path, commit, "CL401") == [], commit

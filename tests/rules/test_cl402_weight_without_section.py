"""CL402 weight-without-section: weights and sections that do not line up."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from checklint.settings import Settings
from tests.rules.markdowncase import CHECKLIST, check_fixture, check_seed, where


def test_entries_without_sections_and_weighted_headings_without_entries(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl402/bad.md", "CL402")
    assert where(found) == [
        (CHECKLIST, 5, 3, "CL402", "error"),
        (CHECKLIST, 6, 3, "CL402", "error"),
        (CHECKLIST, 14, 4, "CL402", "error"),
    ]
    assert found[0].message == (
        'Scoring Model entry "Security" (40%) matches no section (did you mean "Security & '
        "Governance\"?); rename it to a heading's name, add the section, or delete the entry"
    )
    assert 'entry "Product & Conversion" (10%) matches no section;' in found[1].message
    assert found[2].message == (
        'section "Documentation & Maintainability" is weighted 10% (in its heading) but the '
        'Scoring Model has no entry for it; add "Documentation & Maintainability (10%)" to the '
        "Scoring Model"
    )


def test_names_match_across_labels_markup_and_ampersands(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl402/good.md", "CL402") == []


def test_weighted_headings_need_no_scoring_model(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl402/good_headings.md", "CL402") == []


def test_a_configured_weight_naming_no_section_is_reported_in_the_config(
    tmp_path: Path,
) -> None:
    (tmp_path / ".checklint.yaml").write_text(
        "weights:\n  Engineering Quality: 80\n  Securty & Governance: 20\n", encoding="utf-8"
    )
    weights = MappingProxyType({"Engineering Quality": 80.0, "Securty & Governance": 20.0})
    settings = Settings(weights=weights, config_path=".checklint.yaml")
    found = check_fixture(tmp_path, "cl402/good_headings.md", "CL402", settings=settings)
    assert where(found) == [(".checklint.yaml", 3, 3, "CL402", "error")]
    assert found[0].message == (
        'configured weight "Securty & Governance" (20%) names no section of any checklist '
        '(did you mean "Security & Governance"?); rename it to a heading\'s name or delete it'
    )


def test_configured_weights_without_a_file_are_placed_at_line_1(tmp_path: Path) -> None:
    settings = Settings(weights=MappingProxyType({"Nowhere": 20.0}))
    found = check_fixture(tmp_path, "cl402/good_headings.md", "CL402", settings=settings)
    assert where(found) == [("<configuration>", 1, 1, "CL402", "error")]


def test_a_configured_weight_missing_from_the_scoring_model(tmp_path: Path) -> None:
    settings = Settings(weights=MappingProxyType({"Release Gate": 5.0}))
    found = check_fixture(tmp_path, "cl402/good.md", "CL402", settings=settings)
    assert where(found) == [(CHECKLIST, 25, 4, "CL402", "error")]
    assert 'section "Release Gate" is weighted 5% (configured)' in found[0].message


def test_seed_scoring_model_matches_its_sections(tmp_path: Path) -> None:
    for commit in ("184344e", "d98b666"):
        assert check_seed(tmp_path, commit, "CL402") == [], commit

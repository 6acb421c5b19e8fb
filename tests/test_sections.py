"""Section names, weights and Scoring Model entries (checklint.sections, checklint.text)."""

from __future__ import annotations

import pytest

from checklint.models import Role
from checklint.parser import parse_document
from checklint.sections import is_scoring_model, parse_scoring_entry, split_heading
from checklint.settings import Settings
from checklint.text import normalise_key


@pytest.mark.parametrize(
    ("title", "name", "weight"),
    [
        ("A) Engineering Quality (25%)", "Engineering Quality", 25.0),
        ("1. Operations & Reliability (20.5%)", "Operations & Reliability", 20.5),
        ("B. `Security & Governance` （15%）", "Security & Governance", 15.0),
        ("5) Rollout", "Rollout", None),
        ("2.3 Numbered", "Numbered", None),
        ("Release Gate (10/10 Ready)", "Release Gate (10/10 Ready)", None),
        ("E2E tests", "E2E tests", None),
        ("U.S. Release", "U.S. Release", None),
        ("**Bold name** (10 %)", "Bold name", 10.0),
        ("الف) کیفیت (۲۵٪)", "الف) کیفیت", 25.0),
        ("۱. کیفیت (۱۲٫۵٪)", "کیفیت", 12.5),
        ("A)", "A)", None),
        ("(25%)", "(25%)", None),
        ("Weight (25%) in the middle", "Weight (25%) in the middle", None),
    ],
)
def test_split_heading(title: str, name: str, weight: float | None) -> None:
    assert split_heading(title) == (name, weight)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("`Engineering Quality` (25%)", ("Engineering Quality", 25.0)),
        ("Operations & Reliability: 25%", ("Operations & Reliability", 25.0)),
        ("**Security** — 20.5%", ("Security", 20.5)),
        ("Docs = 15%.", ("Docs", 15.0)),
        ("Product（15%）", ("Product", 15.0)),
        ("کیفیت: ۲۵٪", ("کیفیت", 25.0)),
        ("Not a weight", None),
        ("(25%)", None),
    ],
)
def test_scoring_entry(text: str, entry: tuple[str, float] | None) -> None:
    assert parse_scoring_entry(text) == entry


@pytest.mark.parametrize(
    ("name", "scoring"),
    [("Scoring Model", True), ("scoring model", True), ("Weights", True), ("`Scoring`", True),
     ("Scoring Model Notes", False), ("Release", False)],
)  # fmt: skip
def test_is_scoring_model(name: str, scoring: bool) -> None:
    assert is_scoring_model(name) is scoring


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Operations & Reliability", "operations and reliability"),
        ("`Operations and Reliability`", "operations and reliability"),
        ("  Product/Conversion ", "product conversion"),
        ("Local‑First", "local first"),
        ("بررسی‌های VPS", "بررسی های vps"),
        ("发布决策", "发布决策"),
    ],
)
def test_normalise_key(name: str, key: str) -> None:
    assert normalise_key(name) == key


def test_scoring_model_entries_meet_their_sections_by_key() -> None:
    text = (
        "## Scoring Model\n- `Engineering Quality` (60%)\n- Operations and Reliability: 40%\n\n"
        "## A) Engineering quality\n- [x] a\n\n## B. `Operations & Reliability`\n- [ ] b\n"
    )
    document = parse_document(text, "docs/10_10_CHECKLIST.md", Role.CHECKLIST, Settings())
    entries = {entry.key: entry.weight for entry in document.scoring}
    assert entries == {"engineering quality": 60.0, "operations and reliability": 40.0}
    assert [section.key for section in document.sections[1:]] == list(entries)
    assert [(entry.line, entry.column) for entry in document.scoring] == [(2, 3), (3, 3)]

"""Running one rule over a project tree on disk, as `checklint check --select` would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklint.engine import run
from checklint.findclaims import find_claims, find_declared_scores
from checklint.loader import load
from checklint.rule import Finding
from checklint.scoring import score
from checklint.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"
TODAY = date(2026, 3, 1)


def run_rule(root: Path, rule_id: str, settings: Settings | None = None) -> list[Finding]:
    """Every finding of `rule_id` alone in the project at `root`, sorted by place."""
    project = load(root, settings=settings or Settings(), today=TODAY)
    return run(project, select=[rule_id])


def claim_lines(root: Path) -> list[tuple[str, int]]:
    """(path, line) of every claim the detector finds: proof a fixture exercises its rule."""
    project = load(root, settings=Settings(), today=TODAY)
    return [(claim.path, claim.line) for claim in find_claims(project, score(project))]


def declared_lines(root: Path) -> list[tuple[str, int, float]]:
    """(path, line, value) of every declared score the detector finds."""
    project = load(root, settings=Settings(), today=TODAY)
    found = find_declared_scores(project, score(project))
    return [(declared.path, declared.line, declared.value) for declared in found]


def placed(found: list[Finding]) -> list[tuple[str, int, str]]:
    """(path, line, message) of each finding: what the tests compare."""
    return [(finding.path, finding.line, finding.message) for finding in found]

"""The seed project's figures (SPEC §4, issue #3), from its real files at four points.

Each test builds a project tree in tmp_path from the corpus copies of
alirezasafaei-dev/alirezasafaeisystems, laid out as in the repository (MANIFEST.tsv's
original_path), and runs the real loader, scorer, claim detector and rules over it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from checklint.claims import Claim, DeclaredScore
from checklint.engine import exit_code, run
from checklint.loader import load
from checklint.project import Project
from checklint.rule import Finding
from checklint.rules import cl103_declared_score_exceeds_evidence
from checklint.scoring import Scorecard, score
from checklint.settings import Settings
from tests.gitutil import GitRepo, isolate_git

SHARED = Path(os.environ.get("CHECKLINT_SHARED") or Path(__file__).resolve().parents[2] / "shared")
CORPUS = SHARED / "corpus" / "alirezasafaei-dev__alirezasafaeisystems"

CHECKLIST = "docs/10_10_CHECKLIST.md"
QUEUE = "docs/runtime/OWNER_INPUT_QUEUE.md"
PLAN = "docs/runtime/ENTERPRISE_10_10_EXECUTION_PLAN_2026-02-19.md"
STATUS = "docs/runtime/EXECUTION_STATUS_2026-02-19.md"
MY_RULES = ("CL101", "CL102", "CL103", "CL301", "CL302")


@dataclass(frozen=True)
class StubContext:
    """A RuleContext over given declared scores, for a figure the detector does not reach."""

    project: Project
    scorecard: Scorecard
    declared_scores: tuple[DeclaredScore, ...]
    claims: tuple[Claim, ...] = ()
    options: Mapping[str, object] = field(default_factory=dict)


def seed_files(
    commit: str, *, plan: str | None = None, status: str | None = None, queue: str | None = None
) -> dict[str, str]:
    """Repository path -> corpus file name: the checklist of `commit` and the files asked for."""
    files = {
        CHECKLIST: f"{commit}__10_10_CHECKLIST.md",
        QUEUE: f"{queue or commit}__OWNER_INPUT_QUEUE.md",
    }
    if plan:
        files[PLAN] = f"{plan}__ENTERPRISE_10_10_EXECUTION_PLAN_2026-02-19.md"
    if status:
        files[STATUS] = f"{status}__EXECUTION_STATUS_2026-02-19.md"
    return files


def build(root: Path, files: Mapping[str, str]) -> Path:
    for path, name in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / name, target)
    return root


def load_seed(root: Path) -> Project:
    return load(root, settings=Settings())


def dimension_scores(scorecard: Scorecard) -> dict[str, float | None]:
    return {dimension.name: dimension.score for dimension in scorecard.dimensions}


def blockers_by_path(scorecard: Scorecard) -> dict[str, int]:
    counts: dict[str, int] = {}
    for blocker in scorecard.blockers:
        counts[blocker.path] = counts.get(blocker.path, 0) + 1
    return counts


def mine(findings: list[Finding]) -> list[tuple[str, str, int]]:
    """(rule, path, line) of the claim and evidence rules' findings."""
    return [(f.rule_id, f.path, f.line) for f in findings if f.rule_id in MY_RULES]


OPEN_SCORES = {
    "Engineering Quality": 10.0,
    "Operations & Reliability": 8.3,
    "Security & Governance": 6.0,
    "Documentation & Maintainability": 10.0,
    "Product & Conversion": 0.0,
}


def test_184344e_scores_7_2_with_15_checklist_and_8_queue_blockers(tmp_path: Path) -> None:
    scorecard = score(load_seed(build(tmp_path, seed_files("184344e"))))
    assert scorecard.shown == "7.2"
    assert dimension_scores(scorecard) == OPEN_SCORES
    assert blockers_by_path(scorecard) == {CHECKLIST: 15, QUEUE: 8}
    gate = [
        b for b in scorecard.blockers if b.path == CHECKLIST and b.section.startswith("Release")
    ]
    assert len(gate) == 6  # the unweighted Release Gate section
    assert not scorecard.ready


def test_a374957_declares_scores_the_checklist_does_not_support(tmp_path: Path) -> None:
    root = build(tmp_path, seed_files("184344e", queue="a374957", plan="a374957"))
    project = load_seed(root)
    scorecard = score(project)
    assert (scorecard.shown, len(scorecard.blockers)) == ("7.2", 22)
    findings = run(project)
    # 8.6 overall (computed 7.28…), Security & Governance 8.5 (6.0), Product & Conversion 6.5
    # (0.0); not Operations & Reliability 8.5 (8.33…, within the 0.5 tolerance), and the
    # plan's only 10/10 ('not yet 10/10 enterprise-release ready') is no claim.
    assert [(rule, line) for rule, path, line in mine(findings) if path == PLAN] == [
        ("CL103", 10),
        ("CL103", 12),
        ("CL103", 14),
    ]
    assert [f.message for f in findings if f.rule_id == "CL103" and f.line == 14] == [
        "declared 8.6/10 for the overall score, but the checklist computes 7.2; "
        "lower the declared score or close items"
    ]


def test_a374957_operations_8_5_is_within_the_tolerance(tmp_path: Path) -> None:
    # Judged directly: the detector does not yet read line 9 as a declared score (its
    # parenthesis says 'still needs standardization'), so the engine run above cannot show it.
    project = load_seed(build(tmp_path, seed_files("184344e", queue="a374957", plan="a374957")))
    scorecard = score(project)

    def declared(value: float) -> DeclaredScore:
        return DeclaredScore(
            PLAN, 9, 30, "", value, "Operations & Reliability", "operations and reliability"
        )

    judged = StubContext(project, scorecard, (declared(8.5), declared(8.9)))
    assert [f.message for f in cl103_declared_score_exceeds_evidence.check(judged)] == [
        "declared 8.9/10 for Operations & Reliability, but the checklist computes 8.3; "
        "lower the declared score or close items"
    ]


@pytest.fixture
def clean_git(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)


@pytest.mark.usefixtures("clean_git")
def test_d98b666_is_ready_but_its_lighthouse_evidence_is_git_ignored(tmp_path: Path) -> None:
    root = build(tmp_path / "repo", seed_files("d98b666", plan="d98b666", status="d98b666"))
    repo = GitRepo.init(root)
    repo.write(".gitignore", ".lighthouseci/\n")
    repo.write(".lighthouseci/assertion-results.json", "[]\n")  # on disk, never recorded
    repo.write("README.md", "# asdev-portfolio\n")  # cited by the checklist's section D
    repo.write("docs/README.md", "# Documentation index\n")
    repo.add()
    repo.commit("d98b666 layout")
    project = load_seed(root)
    scorecard = score(project)
    assert type(project.tree).__name__ == "GitWorkTree"
    assert (scorecard.shown, scorecard.ready, scorecard.blockers) == ("10.0", True, ())
    findings = run(project)
    assert mine(findings) == [("CL301", CHECKLIST, 23)]
    assert [f.message for f in findings if f.rule_id == "CL301"] == [
        ".lighthouseci/assertion-results.json is on disk but git-ignored, so it is not recorded "
        "in the repository; commit it (force-add) or cite recorded evidence"
    ]


def test_d98b666_claims_over_the_open_184344e_checklist_fail(tmp_path: Path) -> None:
    root = build(tmp_path, seed_files("184344e", plan="d98b666", status="d98b666"))
    findings = run(load_seed(root))
    assert exit_code(findings) == 1
    assert [(rule, path, line) for rule, path, line in mine(findings) if rule < "CL2"] == [
        ("CL102", PLAN, 9),  # Operations & Reliability: `10/10`, 1 open item
        ("CL102", PLAN, 10),  # Security & Governance: `10/10`, 2 open items
        ("CL102", PLAN, 12),  # Product & Conversion: `10/10`, 6 open items
        ("CL101", PLAN, 14),  # Estimated overall: `10/10` (enterprise-release ready).
        ("CL101", PLAN, 38),  # '## Remaining Work Before Final Enterprise Release' / '- none.'
        ("CL101", PLAN, 54),  # Status on 2026-02-19: `ACHIEVED`.
        ("CL101", STATUS, 13),  # '## Remaining Blockers' / '- none.'
        ("CL101", STATUS, 16),  # status: `READY`
    ]
    release = [f.message for f in findings if f.rule_id == "CL101"]
    assert release[0] == (
        "release claim '10/10' while 23 blockers remain: "
        "docs/10_10_CHECKLIST.md:30 'Add quarterly edge-header…', "
        "docs/10_10_CHECKLIST.md:40 'Fill remaining governance…', "
        "docs/10_10_CHECKLIST.md:42 'Confirm secure storage…', … (+20 more); "
        "retract the claim or close the blockers"
    )

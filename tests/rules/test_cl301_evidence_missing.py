"""CL301 evidence-missing: cited evidence the checked tree does not record."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checklint.loader import load
from checklint.settings import Settings
from tests.gitutil import GitRepo, isolate_git
from tests.rules.rulecase import FIXTURES, TODAY, placed, run_rule

CASES = FIXTURES / "cl301"
CHECKLIST = "docs/10_10_CHECKLIST.md"
QUEUE = "docs/runtime/OWNER_INPUT_QUEUE.md"
FIX = "record it or fix the path"


def test_missing_evidence_of_done_items_and_sections_is_reported() -> None:
    found = run_rule(CASES / "bad", "CL301")
    assert placed(found) == [
        (CHECKLIST, 5, f"evidence file 'reports/coverage.json' is not in the work tree; {FIX}"),
        (
            CHECKLIST,
            8,
            "evidence link '../../outside/audit.md' points outside the repository; "
            "cite a file inside it",
        ),
        (
            CHECKLIST,
            9,
            "evidence file 'runtime/incidents/2026-02.md' is not in the work tree "
            f"(looked for docs/runtime/incidents/2026-02.md); {FIX}",
        ),
        (CHECKLIST, 14, f"evidence folder 'artifacts/' is not in the work tree; {FIX}"),
        (
            QUEUE,
            4,
            f"evidence file 'docs/runtime/2fa-confirmation.md' is not in the work tree; {FIX}",
        ),
    ]
    assert {(f.rule_id, f.severity) for f in found} == {("CL301", "error")}
    assert [f.column for f in found][:2] == [34, 33]  # the reference itself


def test_recorded_evidence_links_and_non_paths_pass() -> None:
    # Open items' evidence, `Next.js`, a branch name and `/api/ready` are not judged.
    assert run_rule(CASES / "good", "CL301") == []


def test_paths_resolve_against_each_evidence_root(tmp_path: Path) -> None:
    write(tmp_path, "evidence/smoke.log", "ok\n")
    write(tmp_path, "docs/10_10_CHECKLIST.md", "## Gate\n- [x] Smoke run `smoke.log`.\n")
    assert len(run_rule(tmp_path, "CL301")) == 1
    assert run_rule(tmp_path, "CL301", Settings(evidence_roots=(".", "evidence"))) == []


def test_a_folder_reference_needs_a_folder(tmp_path: Path) -> None:
    write(tmp_path, "report.md", "# report\n")
    write(tmp_path, "docs/10_10_CHECKLIST.md", "## Gate\n- [x] Report in `report.md/`.\n")
    assert placed(run_rule(tmp_path, "CL301")) == [
        (CHECKLIST, 2, f"evidence folder 'report.md/' is not in the work tree; {FIX}")
    ]


@pytest.fixture
def clean_git(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)


@pytest.mark.usefixtures("clean_git")
def test_ignored_evidence_on_disk_is_not_recorded(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(CASES / "good", root)
    repo = GitRepo.init(root)
    repo.write(".gitignore", ".lighthouseci/\n")
    repo.write(".lighthouseci/assertion-results.json", "[]\n")
    repo.add()
    repo.commit("seed")
    repo.write(
        CHECKLIST, (root / CHECKLIST).read_text() + "- `.lighthouseci/assertion-results.json`\n"
    )
    repo.add(CHECKLIST)
    project = load(root, settings=Settings(), today=TODAY)
    assert type(project.tree).__name__ == "GitWorkTree"
    from checklint.engine import run

    assert placed(run(project, select=["CL301"])) == [
        (
            CHECKLIST,
            14,
            ".lighthouseci/assertion-results.json is on disk but git-ignored, so it is not "
            "recorded in the repository; commit it (force-add) or cite recorded evidence",
        )
    ]


def write(root: Path, relpath: str, text: str) -> None:
    target = root / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def test_a_path_that_climbs_out_of_every_root_is_outside(tmp_path: Path) -> None:
    write(tmp_path, "docs/10_10_CHECKLIST.md", "## Gate\n- [x] Audit in `../audit/report.md`.\n")
    assert placed(run_rule(tmp_path, "CL301")) == [
        (
            CHECKLIST,
            2,
            "evidence path '../audit/report.md' points outside the repository; "
            "cite a file inside it",
        )
    ]

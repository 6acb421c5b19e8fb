"""One markdown fixture file as a project's checklist or queue, checked by one rule.

The good/bad example files of a rule live in `tests/fixtures/rules/clNNN/`; each
test copies one into a temporary project at the seed layout's path and runs the
rule through the engine, as `checklint check` would. `seed/` holds the seed
project's checklist and queue at several commits, at their real paths.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from checklint.engine import run
from checklint.loader import load
from checklint.rule import Finding
from checklint.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"
SEED = FIXTURES / "seed"
TODAY = date(2026, 3, 1)
CHECKLIST = "docs/10_10_CHECKLIST.md"
QUEUE = "docs/runtime/OWNER_INPUT_QUEUE.md"
MY_RULES = (
    "CL201", "CL202", "CL203", "CL204", "CL205", "CL401", "CL402", "CL501", "CL502", "CL503",
)  # fmt: skip


def check_fixture(
    tmp_path: Path,
    fixture: str,
    rule_id: str,
    *,
    at: str = CHECKLIST,
    settings: Settings | None = None,
    today: date = TODAY,
) -> list[Finding]:
    """The findings of `rule_id` when `fixture` ('cl202/bad.md') is the file at `at`."""
    target = tmp_path / at
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / fixture, target)
    project = load(tmp_path, settings=settings or Settings(), today=today)
    return run(project, select=[rule_id])


def check_seed(tmp_path: Path, commit: str, *rule_ids: str) -> list[Finding]:
    """The findings of `rule_ids` (default: every rule of this suite) over a seed commit."""
    root = tmp_path / commit
    shutil.copytree(SEED / commit, root)
    project = load(root, settings=Settings(), today=TODAY)
    return run(project, select=rule_ids or MY_RULES)


def where(found: list[Finding]) -> list[tuple[str, int, int, str, str]]:
    """(path, line, column, rule id, severity) of each finding."""
    return [(f.path, f.line, f.column, f.rule_id, f.severity) for f in found]


def lines(found: list[Finding]) -> list[int]:
    return [finding.line for finding in found]

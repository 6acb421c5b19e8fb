"""The bundled example (docs/examples/acme-release): a release caught half way.

The README's first command runs `checklint status` on it, and the docs quote
its output, so it must stay realistic: weighted sections part done, owners
and due dates with exactly one overdue item on the pinned day, evidence that
exists, an owner decision, and a status report with one honest claim and one
over-claim that `checklint check` rejects with CL101.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checklint.cli import main

EXAMPLE = Path(__file__).parents[1] / "docs" / "examples" / "acme-release"
REPORT = "docs/reports/STATUS_2026-11-30.md"


@pytest.fixture(autouse=True)
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKLINT_TODAY", "2026-12-01")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--root", str(EXAMPLE), "--no-color", *args])
    captured = capsys.readouterr()
    assert captured.err == ""
    return code, captured.out


def test_is_plain_files_not_a_repository() -> None:
    assert not (EXAMPLE / ".git").exists()
    assert (EXAMPLE / "docs" / "10_10_CHECKLIST.md").is_file()
    assert (EXAMPLE / "docs" / "runtime" / "OWNER_INPUT_QUEUE.md").is_file()


def test_status_shows_a_release_half_way(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "status", "--format", "json", "--strict")
    status = json.loads(out)
    assert code == 1
    assert 5 <= status["score"] < 9 and not status["ready"]
    assert len(status["dimensions"]) == 5
    assert sum(d["weight"] for d in status["dimensions"]) == 100
    scores = [d["score"] for d in status["dimensions"]]
    assert 10.0 in scores and any(score < 10 for score in scores)
    assert {b["role"] for b in status["blockers"]} == {"checklist", "queue"}
    assert any(b["decision"] for b in status["blockers"])
    assert [b["line"] for b in status["blockers"] if b["overdue"]] == [29]
    assert all(b["owner"] for b in status["blockers"] if b["due"])
    assert [(c["path"], c["holds"]) for c in status["claims"]] == [(REPORT, True), (REPORT, False)]


def test_check_rejects_the_over_claim_and_nothing_else_is_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = run(capsys, "check", "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == 1
    assert [(f["rule_id"], f["path"], f["line"]) for f in findings] == [
        ("CL503", "docs/10_10_CHECKLIST.md", 29),
        ("CL101", REPORT, 5),
    ]


def test_every_cited_evidence_file_exists(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "list", "--format", "json")
    cited = {path for item in json.loads(out)["items"] for path in item["evidence"]}
    checklist = (EXAMPLE / "docs" / "10_10_CHECKLIST.md").read_text(encoding="utf-8")
    cited |= {line.strip()[3:-1] for line in checklist.splitlines() if line.startswith("- `")}
    assert len(cited) >= 6
    assert all((EXAMPLE / path).exists() for path in cited), cited


def test_the_dashboard_quoted_in_the_docs_is_real(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    _, out = run(capsys, "status")
    index = (EXAMPLE.parents[1] / "index.md").read_text(encoding="utf-8")
    command = "$ checklint --root docs/examples/acme-release status\n"
    quoted = index[index.index(command) + len(command) :].split("```", 1)[0]
    shown = [line for line in quoted.splitlines() if line.strip() != "…"]
    assert len(shown) > 20
    assert [line for line in shown if line not in out.splitlines()] == []

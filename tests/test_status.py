"""`checklint status`: the report's facts, the JSON view and the exit status.

The fixture project (tests/fixtures/status/project) is a small release in the
middle of its work: four weighted sections, an unweighted gate, an owner
queue with a decision and a record table, and a status report making one
honest and one wrong claim. `today` is pinned to 2026-12-01.
"""

from __future__ import annotations

import json
import textwrap
from datetime import date
from pathlib import Path

import pytest

from checklint.cli import main
from checklint.loader import load
from checklint.status import build_status, render_status
from checklint.status.build import display_label
from checklint.status.model import UNASSIGNED, BlockerLine, StatusReport, owner_loads

FIXTURE = Path(__file__).parent / "fixtures" / "status" / "project"
TODAY = date(2026, 12, 1)
CHECKLIST = "docs/10_10_CHECKLIST.md"
QUEUE = "docs/runtime/OWNER_INPUT_QUEUE.md"


@pytest.fixture(scope="module")
def report() -> StatusReport:
    return build_status(load(FIXTURE, today=TODAY))


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_score_and_dimensions_follow_the_weights(report: StatusReport) -> None:
    # Engineering 2/4 = 5.0, Operations with its Backups subsection 2/4 = 5.0 (the n/a item
    # is left out), Localisation 1/3 = 3.33, Docs 2/2 = 10: (200 + 150 + 66.7 + 100) / 100.
    assert [(d.name, d.weight, d.score, d.done, d.open, d.na) for d in report.dimensions] == [
        ("Engineering", 40, 5.0, 2, 2, 0),
        ("Operations", 30, 5.0, 2, 2, 1),
        ("Localisation", 20, 3.3, 1, 2, 0),
        ("Docs", 10, 10.0, 2, 0, 0),
    ]
    assert report.score == 5.1
    assert report.shown == "5.1"
    assert not report.ready


def test_blockers_are_open_items_of_checklists_and_queues_but_not_options(
    report: StatusReport,
) -> None:
    places = [(b.path, b.line) for b in report.blockers]
    assert places == [
        (CHECKLIST, 12), (CHECKLIST, 13), (CHECKLIST, 17), (CHECKLIST, 22),
        (CHECKLIST, 26), (CHECKLIST, 27), (CHECKLIST, 34),
        (QUEUE, 4), (QUEUE, 16),
    ]  # fmt: skip
    decision = report.blockers[7]
    assert decision.decision and decision.role == "queue" and decision.kind == "task"
    row = report.blockers[8]
    assert (row.kind, row.owners, row.due) == ("row", ("@mina",), date(2026, 11, 25))


def test_overdue_is_measured_against_the_pinned_day(report: StatusReport) -> None:
    overdue = [(b.line, b.due) for b in report.blockers if b.overdue]
    assert overdue == [(12, date(2026, 11, 20)), (26, date(2026, 11, 28)), (16, date(2026, 11, 25))]
    assert report.overdue == 3
    later = build_status(load(FIXTURE, today=date(2026, 12, 16)))
    assert later.overdue == 5  # 2026-12-05 and 2026-12-15 have passed too


def test_claims_say_whether_they_hold(report: StatusReport) -> None:
    claims = [(c.line, c.scope, c.holds, c.rule) for c in report.claims]
    assert claims == [(3, "dimension", True, None), (4, "release", False, "CL101")]
    assert report.claims[0].subject == "Docs"
    assert report.claims[1].label == "Release status: READY"
    assert report.wrong_claims == 1


def test_blockers_group_by_file_then_section(report: StatusReport) -> None:
    groups = report.groups()
    assert [(g.path, g.count) for g in groups] == [(CHECKLIST, 7), (QUEUE, 2)]
    assert [(s.name, len(s.blockers)) for s in groups[0].sections] == [
        ("Engineering", 2), ("Operations", 1), ("Backups", 1), ("Localisation", 2),
        ("Release Gate", 1),
    ]  # fmt: skip


def test_owner_loads_count_each_owner_once_whatever_the_spelling() -> None:
    def blocker(owners: tuple[str, ...], overdue: bool) -> BlockerLine:
        return BlockerLine("a.md", 1, 1, "x", "x", "", owners, None, overdue, "checklist",
                           "task", False)  # fmt: skip

    loads = owner_loads(
        [blocker(("@Mina",), True), blocker(("@mina", "@li"), False), blocker((), True)]
        + [blocker(("@li",), False)] * 2
    )
    assert [(load.owner, load.open, load.overdue) for load in loads] == [
        ("@li", 3, 0), ("@Mina", 2, 1), (UNASSIGNED, 1, 1),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rotate keys @alice due: 2026-11-20", "Rotate keys"),
        ("Rotate keys — @alice, 📅 2026-11-20", "Rotate keys"),
        ("Backups [owner:: bob] [due:: 2026-12-01]", "Backups"),
        ("Ask @bob for the sign-off", "Ask @bob for the sign-off"),
        ("Launch date (@nasrin):", "Launch date (@nasrin):"),
        ("@alice", "@alice"),  # nothing would be left: keep the text
    ],
)
def test_display_label_drops_only_trailing_owner_and_due_tokens(text: str, label: str) -> None:
    assert display_label(text) == label


def test_json_view_has_the_documented_keys(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKLINT_TODAY", TODAY.isoformat())
    code, out, err = run(["--root", str(FIXTURE), "status", "--format", "json"], capsys)
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["version"] == 1
    assert (document["score"], document["shown"], document["ready"]) == (5.1, "5.1", False)
    assert document["today"] == "2026-12-01"
    assert document["summary"] == {
        "blockers": 9, "overdue": 3, "claims": 2, "wrong_claims": 1,
        "done": 7, "open": 7, "na": 1,
    }  # fmt: skip
    assert document["dimensions"][0] == {
        "name": "Engineering", "weight": 40.0, "score": 5.0, "done": 2, "open": 2, "na": 0,
        "path": CHECKLIST, "line": 9,
    }  # fmt: skip
    first = document["blockers"][0]
    assert {"path", "line", "text", "section", "owner"} <= first.keys()
    assert (first["owner"], first["owners"], first["due"], first["overdue"]) == (
        "@kaveh", ["@kaveh"], "2026-11-20", True,
    )  # fmt: skip
    assert document["blockers"][-2]["owner"] == "@nasrin"
    assert [b["owner"] for b in document["blockers"]].count(None) == 1
    wrong = document["claims"][1]
    assert (wrong["path"], wrong["line"], wrong["text"]) == (
        "docs/reports/STATUS.md", 4, "- Release status: READY",
    )  # fmt: skip
    assert (wrong["holds"], wrong["rule"], wrong["scope"]) == (False, "CL101", "release")


def test_json_keeps_non_ascii_text_readable(report: StatusReport) -> None:
    out = render_status(report, "json", color=False)
    assert "بازبینی ترجمه‌های" in out and "检查中文界面" in out
    assert "\\u" not in out


@pytest.mark.parametrize("output_format", ["text", "json", "markdown"])
def test_strict_exits_1_when_not_ready(
    output_format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--root", str(FIXTURE), "status", "--format", output_format]
    assert run(args, capsys)[0] == 0
    assert run([*args, "--strict"], capsys)[0] == 1


def test_a_finished_project_is_ready_and_strict_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, {
        CHECKLIST: """\
            # Checklist
            ## Build (60%)
            - [x] CI green
            ## Docs (40%)
            - [x] Guide written
            - [-] Video (dropped)
            """,
        QUEUE: "# Queue\n- [x] Launch date:\n  - [x] Monday\n  - [ ] Friday\n",
        "docs/STATUS.md": "# Status\n\n- Release status: READY\n",
    })  # fmt: skip
    code, out, _ = run(["--root", str(tmp_path), "status", "--format", "json", "--strict"], capsys)
    document = json.loads(out)
    assert code == 0
    assert (document["score"], document["ready"], document["blockers"]) == (10.0, True, [])
    assert [claim["holds"] for claim in document["claims"]] == [True]


def test_one_open_item_keeps_the_score_below_10(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    done = "".join(f"- [x] Task {n}\n" for n in range(999))
    write(tmp_path, {CHECKLIST: f"# Checklist\n{done}- [ ] The last one\n"})
    code, out, _ = run(["--root", str(tmp_path), "status", "--format", "json"], capsys)
    document = json.loads(out)
    assert code == 0
    assert (document["score"], document["shown"], document["ready"]) == (9.9, "9.9", False)


def test_a_project_without_checklists_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, {"README.md": "# Nothing to see\n"})
    code, out, err = run(["--root", str(tmp_path), "--no-color", "status"], capsys)
    assert (code, err) == (0, "")
    assert "Score –/10" in out and "NOT READY" in out
    assert "No checklist or owner queue found" in out and "no claims" in out


def test_bad_input_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / CHECKLIST).write_bytes(b"# Checklist\n- [ ] caf\xe9\n")
    code, out, err = run(["--root", str(tmp_path), "status"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--root", str(FIXTURE), "status", "--format", "sarif"], capsys)
    assert code == 2 and err.startswith("error: ")
    with pytest.raises(ValueError, match="unknown status format"):
        render_status(build_status(load(FIXTURE, today=TODAY)), "html", color=False)


def test_a_claim_kept_by_a_comment_is_wrong_but_not_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, {
        CHECKLIST: "# Checklist\n- [x] CI green\n- [ ] Load test\n",
        "docs/LOG.md": """\
            # Decision log

            <!-- checklint-disable-next-line CL101 -- quoted from the February report -->
            - Release status: READY

            - Verdict: GO
            """,
    })  # fmt: skip
    code, out, _ = run(["--root", str(tmp_path), "status", "--format", "json"], capsys)
    claims = json.loads(out)["claims"]
    assert code == 0
    assert [(c["line"], c["holds"], c["rule"], c["suppressed"]) for c in claims] == [
        (4, False, "CL101", True), (6, False, "CL101", False),
    ]  # fmt: skip
    assert json.loads(out)["summary"]["wrong_claims"] == 1
    _, text, _ = run(["--root", str(tmp_path), "--no-color", "status"], capsys)
    assert (
        "  ~ Release status: READY\n      wrong: CL101, kept by a comment · release claim" in text
    )
    assert "  ✗ Verdict: GO\n" in text and "Claims  1 of 2 wrong" in text


def test_staged_reads_the_index_not_the_work_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.gitutil import GitRepo, isolate_git

    isolate_git(monkeypatch)
    repo = GitRepo.init(tmp_path / "repo")
    repo.commit("open", {CHECKLIST: "# Checklist\n- [x] CI green\n- [ ] Load test\n"})
    repo.write(CHECKLIST, "# Checklist\n- [x] CI green\n- [x] Load test\n")
    repo.add(CHECKLIST)
    repo.write(CHECKLIST, "# Checklist\n- [ ] CI green\n- [ ] Load test\n")  # not staged
    args = ["--root", str(repo.path), "status", "--format", "json"]
    staged = json.loads(run([*args, "--staged"], capsys)[1])
    work_tree = json.loads(run(args, capsys)[1])
    assert (staged["score"], staged["ready"]) == (10.0, True)
    assert (work_tree["score"], work_tree["ready"]) == (0.0, False)

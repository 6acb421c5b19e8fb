"""`checklint check` and `checklint claims` end to end, in real temporary git repositories.

Each test runs the CLI in-process through `checklint.cli.main` and reads what it
printed; the pre-commit tool itself is driven in tests/test_precommit.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from gitutil import GitRepo, isolate_git

from checklint.cli import main
from checklint.cli_check import source_mode
from checklint.errors import ChecklintError
from checklint.rangediff import NULL_SHA

CHECKLIST = "docs/10_10_CHECKLIST.md"
OPEN_CHECKLIST = """\
# Checklist

## A) Security (50%)
- [x] Rotate the signing keys
- [ ] Enable MFA for every admin account

## B) Operations (50%)
- [x] Rollback drill executed
"""
DONE_CHECKLIST = OPEN_CHECKLIST.replace("- [ ] Enable", "- [x] Enable")
READY = "# Status\n\n- status: READY\n"
HONEST = "# Status\n\n- status: NOT READY\n"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)
    for name in list(os.environ):
        if name.startswith("PRE_COMMIT"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    repo.commit("start", {CHECKLIST: OPEN_CHECKLIST, "docs/STATUS.md": HONEST})
    return repo


def checklint(
    capsys: pytest.CaptureFixture[str], repo: GitRepo, *args: str
) -> tuple[int, str, str]:
    code = main(["--root", str(repo.path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- where content comes from -----------------------------------------------------------------


def test_flags_decide_the_source() -> None:
    assert source_mode(False, None, None) == (False, None, None)
    assert source_mode(True, None, None) == (True, None, None)
    assert source_mode(False, "a", "b") == (False, "a", "b")


@pytest.mark.parametrize(
    ("staged", "from_ref", "to_ref", "message"),
    [
        (False, "a", None, "go together"),
        (False, None, "b", "go together"),
        (True, "a", "b", "pick one"),
    ],
)
def test_flags_that_do_not_fit_together(
    staged: bool, from_ref: str | None, to_ref: str | None, message: str
) -> None:
    with pytest.raises(ChecklintError, match=message):
        source_mode(staged, from_ref, to_ref)


def test_under_pre_commit_the_index_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert source_mode(False, None, None) == (True, None, None)


def test_under_pre_push_the_range_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRE_COMMIT", "1")
    monkeypatch.setenv("PRE_COMMIT_FROM_REF", "abc")
    monkeypatch.setenv("PRE_COMMIT_TO_REF", "def")
    monkeypatch.setenv("PRE_COMMIT_LOCAL_BRANCH", "refs/heads/main")
    assert source_mode(False, None, None) == (False, "abc", "def")


def test_pushing_a_new_history_checks_the_branch_from_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PRE_COMMIT", "1")
    monkeypatch.setenv("PRE_COMMIT_LOCAL_BRANCH", "refs/heads/main")
    assert source_mode(False, None, None) == (False, NULL_SHA, "refs/heads/main")


def test_flags_win_over_pre_commits_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRE_COMMIT", "1")
    monkeypatch.setenv("PRE_COMMIT_FROM_REF", "abc")
    monkeypatch.setenv("PRE_COMMIT_TO_REF", "def")
    assert source_mode(False, "x", "y") == (False, "x", "y")


def test_staged_ignores_an_unstaged_claim(
    capsys: pytest.CaptureFixture[str], repo: GitRepo
) -> None:
    repo.write("docs/STATUS.md", READY)
    assert checklint(capsys, repo, "check", "--staged") == (0, "", "")
    code, out, _ = checklint(capsys, repo, "check")
    assert code == 1 and "docs/STATUS.md:3:" in out


def test_pre_commit_environment_reads_the_index(
    capsys: pytest.CaptureFixture[str], repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write("docs/NEW.md", "# New\n\nOverall score: 10/10 achieved\n")  # untracked
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert checklint(capsys, repo, "check") == (0, "", "")
    repo.add("docs/NEW.md")
    code, out, _ = checklint(capsys, repo, "check")
    assert code == 1 and "docs/NEW.md:3:" in out


# --- the refusal ------------------------------------------------------------------------------


def test_the_refusal_says_what_to_retract_close_or_suppress(
    capsys: pytest.CaptureFixture[str], repo: GitRepo
) -> None:
    repo.write("docs/STATUS.md", READY)
    repo.add()
    code, out, err = checklint(capsys, repo, "check", "--staged")
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0].startswith("docs/STATUS.md:3:11: CL101 claim-while-open release claim")
    refusal = out[out.index("\n\n") + 2 :].splitlines()
    assert refusal == [
        "checklint refused this commit: 1 line claims 10/10 or readiness while 1 blocker remains.",
        "Staged changes against HEAD: 1 claim made; score 7.5 → 7.5, blockers 1 → 1",
        "  claimed   docs/STATUS.md:3 release claim 'READY': - status: READY",
        "Retract the claim (write 'NOT READY', the real score, or 'Target: 10/10'):",
        "  docs/STATUS.md:3  - status: READY",
        "or close the blockers first:",
        f"  {CHECKLIST}:5  Enable MFA for every admin account (Security)",
        "To keep a line on purpose, put a comment with the rule id and your reason on the "
        "line above it:",
        "  <!-- checklint-disable-next-line CL101 -- why this line may stay -->",
    ]


def test_a_dimension_claim_is_refused_with_its_own_advice(
    capsys: pytest.CaptureFixture[str], repo: GitRepo
) -> None:
    repo.write("docs/STATUS.md", "# Status\n\n- Security: 10/10\n")
    code, out, _ = checklint(capsys, repo, "check")
    assert code == 1 and out.startswith("docs/STATUS.md:3:13: CL102 dimension-claim-while-open")
    refusal = out[out.index("\n\n") + 2 :].splitlines()
    assert refusal[:4] == [
        "checklint: 1 line claims a dimension is at 10/10 while it has open items.",
        "Retract the claim (write 'NOT READY', the real score, or 'Target: 10/10'):",
        "  docs/STATUS.md:3  - Security: 10/10",
        "or close the open items the findings above list.",
    ]
    assert "checklint-disable-next-line CL102 -- why" in refusal[-1]


def test_evidence_is_looked_up_in_the_index(
    capsys: pytest.CaptureFixture[str], repo: GitRepo
) -> None:
    cited = OPEN_CHECKLIST.replace("drill executed", "drill executed, see `docs/drill.md`")
    repo.commit("cite", {CHECKLIST: cited})
    repo.write("docs/drill.md", "# Drill\n")  # on disk, not recorded
    code, out, _ = checklint(capsys, repo, "check", "--staged")
    assert code == 1
    assert "CL301 evidence-missing evidence file 'docs/drill.md' is not in the index" in out
    assert (
        "checklint refused this commit: 1 error.\nFix the error as its finding above says." in out
    )
    assert "  <!-- checklint-disable-next-line CL301 -- why this line may stay -->" in out
    repo.add("docs/drill.md")
    assert checklint(capsys, repo, "check", "--staged") == (0, "", "")


def test_a_suppressed_claim_passes(capsys: pytest.CaptureFixture[str], repo: GitRepo) -> None:
    suppressed = READY.replace(
        "- status", "<!-- checklint-disable-next-line CL101 -- quoted from the plan -->\n- status"
    )
    repo.write("docs/STATUS.md", suppressed)
    assert checklint(capsys, repo, "check") == (0, "", "")


def test_reopening_an_item_under_a_claim_is_explained(
    capsys: pytest.CaptureFixture[str], repo: GitRepo
) -> None:
    repo.commit("finish", {CHECKLIST: DONE_CHECKLIST, "docs/STATUS.md": READY})
    repo.write(CHECKLIST, OPEN_CHECKLIST)
    repo.add()
    code, out, _ = checklint(capsys, repo, "check", "--staged")
    assert code == 1
    assert "Staged changes against HEAD: 1 reopened; score 10.0 → 7.5, blockers 0 → 1\n" in out
    assert f"  reopened  {CHECKLIST}:5 Enable MFA for every admin account (Security)" in out
    assert "  docs/STATUS.md:3  - status: READY" in out


def test_concluding_a_conflicted_merge_is_refused_as_a_merge(
    capsys: pytest.CaptureFixture[str], repo: GitRepo
) -> None:
    repo.git("switch", "--quiet", "--create", "topic")
    repo.commit("claim", {"docs/STATUS.md": READY})
    repo.switch("main")
    repo.commit("reword", {"docs/STATUS.md": HONEST.replace("READY", "READY (waiting)")})
    assert repo.try_git("merge", "topic").returncode != 0  # a conflict in STATUS.md
    repo.write("docs/STATUS.md", READY)
    repo.add()
    code, out, _ = checklint(capsys, repo, "check", "--staged")
    assert code == 1
    assert "checklint refused this merge: 1 line claims 10/10 or readiness" in out
    assert "The merge against HEAD: 1 claim made;" in out


def test_a_clean_check_prints_nothing(capsys: pytest.CaptureFixture[str], repo: GitRepo) -> None:
    assert checklint(capsys, repo, "check", "--staged") == (0, "", "")


# --- ranges -----------------------------------------------------------------------------------


@pytest.fixture
def ranged(repo: GitRepo) -> tuple[GitRepo, str, str]:
    start = repo.rev_parse("HEAD")
    end = repo.commit("finish", {CHECKLIST: DONE_CHECKLIST, "docs/STATUS.md": READY})
    return repo, start, end


def test_range_text_comes_before_the_findings(
    capsys: pytest.CaptureFixture[str], ranged: tuple[GitRepo, str, str]
) -> None:
    repo, start, end = ranged
    code, out, _ = checklint(capsys, repo, "check", "--from-ref", start, "--to-ref", end)
    assert code == 0
    assert (
        out.splitlines()
        == [  # 'NOT READY' is no claim, so none was retracted
            f"range {start[:12]}..{end[:12]}: 1 closed, 1 claim made; "
            "score 7.5 → 10.0, blockers 1 → 0, ready",
            f"  closed    {CHECKLIST}:5 Enable MFA for every admin account (Security)",
            "  claimed   docs/STATUS.md:3 release claim 'READY': - status: READY",
        ]
    )


@pytest.mark.parametrize("output_format", ["json", "sarif", "github"])
def test_every_format_carries_the_range(
    capsys: pytest.CaptureFixture[str], ranged: tuple[GitRepo, str, str], output_format: str
) -> None:
    repo, start, end = ranged
    args = ("check", "--format", output_format, "--from-ref", start, "--to-ref", end)
    code, out, _ = checklint(capsys, repo, *args)
    assert code == 0
    if output_format == "github":
        assert out.startswith(f"::notice title=checklint range {start[:12]}..{end[:12]}::1 closed")
        return
    document = json.loads(out)
    summary = (
        document["range"] if output_format == "json" else document["runs"][0]["properties"]["range"]
    )
    assert (summary["from"], summary["to"]) == (start, end)
    assert [item["text"] for item in summary["closed"]] == ["Enable MFA for every admin account"]


def test_the_range_to_tree_is_checked(capsys: pytest.CaptureFixture[str], repo: GitRepo) -> None:
    start = repo.rev_parse("HEAD")
    end = repo.commit("claim", {"docs/STATUS.md": READY})
    repo.commit("retract", {"docs/STATUS.md": HONEST})  # HEAD is clean; the range end is not
    code, out, _ = checklint(capsys, repo, "check", "--from-ref", start, "--to-ref", end)
    assert code == 1
    assert "1 claim made" in out and "docs/STATUS.md:3:11: CL101" in out
    assert f"checklint refused the tree at {end}: 1 line claims" in out


@pytest.mark.parametrize(
    ("remote", "refused"), [("origin", "the push"), (None, "the tree at {end}")]
)
def test_under_pre_commit_a_range_is_a_push_only_when_a_remote_is_named(
    capsys: pytest.CaptureFixture[str],
    repo: GitRepo,
    monkeypatch: pytest.MonkeyPatch,
    remote: str | None,
    refused: str,
) -> None:
    start = repo.rev_parse("HEAD")
    end = repo.commit("claim", {"docs/STATUS.md": READY})
    monkeypatch.setenv("PRE_COMMIT", "1")
    monkeypatch.setenv("PRE_COMMIT_FROM_REF", start)
    monkeypatch.setenv("PRE_COMMIT_TO_REF", end)
    if remote:  # `git push` (pre-push); without it, `pre-commit run --from-ref --to-ref`
        monkeypatch.setenv("PRE_COMMIT_REMOTE_NAME", remote)
    code, out, _ = checklint(capsys, repo, "check")
    assert code == 1
    assert f"checklint refused {refused.format(end=end)}: 1 line claims" in out
    assert out.endswith("Fix it in a new commit, then push again.\n") == bool(remote)


def test_an_unknown_ref_is_exit_2(capsys: pytest.CaptureFixture[str], repo: GitRepo) -> None:
    code, out, err = checklint(capsys, repo, "check", "--from-ref", "HEAD", "--to-ref", "nope")
    assert (code, out) == (2, "")
    assert err == "error: unknown revision 'nope'\n"


# --- claims and the commit message ------------------------------------------------------------


def write_message(repo: GitRepo, text: str) -> Path:
    return repo.write(".git/COMMIT_EDITMSG", text)


def test_a_commit_message_claim_is_judged_against_the_index(
    capsys: pytest.CaptureFixture[str], repo: GitRepo
) -> None:
    message = write_message(repo, "Release checklist: 10/10 achieved\n\n# a git comment\n")
    code, out, _ = checklint(capsys, repo, "claims", "--staged", "--commit-msg", str(message))
    assert code == 1
    first, *rest = out.splitlines()
    assert first.startswith(f"{message.as_posix()}:1:")
    assert "CL101 claim-while-open" in first
    assert any(line.startswith("Reword the commit message") for line in rest)
    assert f"  {CHECKLIST}:5  Enable MFA for every admin account (Security)" in rest
    assert not any("checklint-disable" in line for line in rest)  # a message is reworded
    repo.write(CHECKLIST, DONE_CHECKLIST)
    repo.add()
    code, out, _ = checklint(capsys, repo, "claims", "--staged", "--commit-msg", str(message))
    assert code == 0 and out.endswith("release claim '10/10' holds\n")


def test_the_message_hook_leaves_the_files_claims_to_the_check_hook(
    capsys: pytest.CaptureFixture[str], repo: GitRepo
) -> None:
    repo.commit("claim", {"docs/STATUS.md": READY})
    message = write_message(repo, "Update the status page\n")
    assert checklint(capsys, repo, "claims", "--commit-msg", str(message)) == (0, "", "")
    code, out, _ = checklint(capsys, repo, "claims", "--commit-msg", str(message), ".")
    assert code == 1 and out.startswith("docs/STATUS.md:3:11: CL101")


def test_claims_json_lists_each_claim_with_its_verdict(
    capsys: pytest.CaptureFixture[str], repo: GitRepo
) -> None:
    repo.write("docs/STATUS.md", READY)
    code, out, _ = checklint(capsys, repo, "claims", "--format", "json")
    assert code == 1
    document = json.loads(out)
    (claim,) = document["claims"]
    assert (claim["path"], claim["line"], claim["holds"], claim["rule"]) == (
        "docs/STATUS.md",
        3,
        False,
        "CL101",
    )
    assert document["ready"] is False


# --- cost -------------------------------------------------------------------------------------


def test_checking_the_work_tree_never_imports_gitpython(repo: GitRepo) -> None:
    probe = (
        "import sys\nfrom checklint.cli import main\n"
        f"code = main(['--root', {str(repo.path)!r}, 'check'])\n"
        "print(code, 'git' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "0 False"


def test_global_options_are_accepted_after_the_command_too(tmp_path: Path) -> None:
    from checklint.cli import main

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "10_10_CHECKLIST.md").write_text("- [x] done\n", encoding="utf-8")
    # Ready only when the root is read: the folder pytest runs in is not ready.
    before = main(["--root", str(tmp_path), "--no-color", "status", "--strict"])
    after = main(["status", "--strict", "--no-color", "--root", str(tmp_path)])
    assert before == after == 0


def test_every_command_module_lists_its_commands() -> None:
    """The lazy group's table and the command modules agree, both ways."""
    import importlib

    from checklint.cli import COMMAND_MODULES

    modules = {importlib.import_module(name) for name in COMMAND_MODULES.values()}
    defined = {command.name: module.__name__ for module in modules for command in module.COMMANDS}
    assert defined == COMMAND_MODULES


def test_the_command_exits_at_once_with_all_its_output(tmp_path: Path) -> None:
    """`entry.run` ends the process with os._exit: output flushed, exit code kept."""
    docs = tmp_path / "docs"
    docs.mkdir()
    lines = "".join(f"- [x] Item {n} `docs/missing-{n}.md`\n" for n in range(400))
    (docs / "10_10_CHECKLIST.md").write_text("# Release\n\n" + lines, encoding="utf-8")
    env = {**os.environ, "CHECKLINT_NO_CACHE": "1"}
    command = [sys.executable, "-m", "checklint", "--root", str(tmp_path), "check"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 1
    assert done.stdout.count(" CL301 evidence-missing ") == 400  # nothing lost in the buffer
    assert done.stdout.rstrip().endswith("-- why this line may stay -->")
    assert done.stderr == ""


def test_a_reader_that_leaves_early_is_no_error(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    lines = "".join(f"- [ ] Item {n}\n" for n in range(20000))
    (docs / "10_10_CHECKLIST.md").write_text(lines, encoding="utf-8")
    env = {**os.environ, "CHECKLINT_NO_CACHE": "1"}
    command = f"{sys.executable} -m checklint --root {tmp_path} list | head -n 1"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, env=env
    )
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert done.returncode == 0


def test_a_profiled_run_exits_normally(tmp_path: Path) -> None:
    """`python -m cProfile -o F` writes F at exit: the quick exit must not skip that."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "10_10_CHECKLIST.md").write_text("- [ ] a\n", encoding="utf-8")
    stats = tmp_path / "run.prof"
    env = {**os.environ, "CHECKLINT_NO_CACHE": "1"}
    command = [sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "checklint",
               "--root", str(tmp_path), "check"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert stats.stat().st_size > 0

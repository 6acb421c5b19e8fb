"""The hooks as users run them: the real `pre-commit`, real `git commit`, `merge` and `push`.

pre-commit installs a hook from a git repository at a rev, so the session starts by
copying this source tree (uncommitted edits included) into a temporary repository and
committing it; every scenario's `.pre-commit-config.yaml` points there. One
PRE_COMMIT_HOME serves the whole session, so the hook's virtualenv (a `pip install`
of checklint) is built once. Each scenario is its own repository with the hooks
installed for every stage checklint offers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from gitutil import GitRepo, clean_git_environment, isolate_git, run_git

SOURCE = Path(__file__).resolve().parents[1]
# Not part of the source a user would install; `checklint/rules -> ../rules` is kept.
_NOT_SOURCE = {".git", "build", "dist", ".venv", "venv", "__pycache__", ".mypy_cache",
               ".ruff_cache", ".pytest_cache", ".tox", ".nox"}  # fmt: skip


def _not_source(folder: str, names: list[str]) -> set[str]:
    skipped = {name for name in names if name in _NOT_SOURCE or name.endswith(".egg-info")}
    if Path(folder) == SOURCE / "benchmarks":
        skipped.add("out")  # generated benchmark inputs
    return skipped


MANIFEST = ".pre-commit-hooks.yaml"
HOOK_TYPES = ("pre-commit", "commit-msg", "pre-merge-commit", "pre-push")

CHECKLIST = """\
# 10/10 Master Checklist

## A) Security (50%)
- [x] Rotate the signing keys
- [ ] Enable MFA for every admin account

## B) Operations (50%)
- [x] Rollback drill executed and documented
- [ ] Add quarterly edge-header verification artifacts
"""
CHECKLIST_PATH = "docs/10_10_CHECKLIST.md"
STATUS_PATH = "docs/STATUS.md"
READY_STATUS = "# Release status\n\n- status: READY\n"
HONEST_STATUS = "# Release status\n\n- status: NOT READY\n"


def close(checklist: str, item: str) -> str:
    """The checklist with one open item ticked."""
    assert f"- [ ] {item}" in checklist
    return checklist.replace(f"- [ ] {item}", f"- [x] {item}")


@pytest.fixture(scope="session")
def hook_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This source tree committed to a temporary repository: (its path, the commit)."""
    target = tmp_path_factory.mktemp("source") / "checklint"
    shutil.copytree(SOURCE, target, symlinks=True, ignore=_not_source)
    repo = GitRepo.init(target)
    repo.add()
    repo.git("commit", "--quiet", "--no-verify", "-m", "checklint under test")
    return target, repo.rev_parse("HEAD")


@pytest.fixture(scope="session")
def pre_commit_home(
    tmp_path_factory: pytest.TempPathFactory, hook_source: tuple[Path, str]
) -> Path:
    """One pre-commit cache for the session, with the hook environment already built."""
    home = tmp_path_factory.mktemp("pre-commit-home")
    warm_up = GitRepo.init(tmp_path_factory.mktemp("warm-up") / "repo")
    warm_up.write(".pre-commit-config.yaml", config_yaml(hook_source))
    env = {**hook_environment(), "PRE_COMMIT_HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install-hooks"],
        cwd=warm_up.path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return home


def hook_environment() -> dict[str, str]:
    """The environment without git's and pre-commit's variables (SKIP would skip hooks)."""
    env = clean_git_environment()
    return {name: value for name, value in env.items() if not _from_pre_commit(name)}


def _from_pre_commit(name: str) -> bool:
    return name.startswith("PRE_COMMIT") or name == "SKIP"


def config_yaml(hook_source: tuple[Path, str], *, verbose: bool = False) -> str:
    path, sha = hook_source
    shown = "\n    verbose: true" if verbose else ""
    return (
        "repos:\n"
        f"- repo: {path.as_posix()}\n"
        f"  rev: {sha}\n"
        "  hooks:\n"
        f"  - id: checklint{shown}\n"
        "  - id: checklint-commit-msg\n"
    )


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)
    for name in list(os.environ):
        if _from_pre_commit(name):
            monkeypatch.delenv(name)


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch, pre_commit_home: Path) -> None:
    """git commands of this test run the hooks from the session's pre-commit cache."""
    monkeypatch.setenv("PRE_COMMIT_HOME", str(pre_commit_home))


def make_project(path: Path, hook_source: tuple[Path, str], *, verbose: bool = False) -> GitRepo:
    """A repository with the checklist (two items open) committed and every hook installed."""
    repo = GitRepo.init(path)
    repo.commit(
        "Start the release checklist",
        {
            ".pre-commit-config.yaml": config_yaml(hook_source, verbose=verbose),
            CHECKLIST_PATH: CHECKLIST,
            STATUS_PATH: HONEST_STATUS,
        },
    )
    hook_types = [option for hook in HOOK_TYPES for option in ("--hook-type", hook)]
    install = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install", *hook_types],
        cwd=repo.path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    return repo


@pytest.fixture
def project(tmp_path: Path, hook_source: tuple[Path, str], hooks: None) -> GitRepo:
    return make_project(tmp_path / "project", hook_source)


def attempt(repo: GitRepo, *args: str) -> tuple[int, str]:
    """Run git with its hooks; (exit status, everything it and the hooks printed)."""
    result = repo.try_git(*args)
    return result.returncode, result.stdout + result.stderr


def test_commit_adding_a_release_claim_while_items_are_open_is_refused(project: GitRepo) -> None:
    head = project.rev_parse("HEAD")
    project.write(STATUS_PATH, READY_STATUS)
    project.add(STATUS_PATH)
    code, output = attempt(project, "commit", "-m", "Update the status page")
    assert code != 0, output
    assert project.rev_parse("HEAD") == head
    assert f"{STATUS_PATH}:3:" in output and "CL101 claim-while-open" in output
    assert "checklint refused this commit: 1 line claims 10/10 or readiness" in output
    # The refusal names the line to retract, the blockers to close and the way to keep it.
    assert "Retract the claim" in output and f"  {STATUS_PATH}:3  " in output
    assert f"  {CHECKLIST_PATH}:5  Enable MFA for every admin account (Security)" in output
    assert f"  {CHECKLIST_PATH}:9  Add quarterly edge-header" in output
    assert "<!-- checklint-disable-next-line CL101 -- why this line may stay -->" in output
    assert "Staged changes against HEAD: 1 claim made" in output  # what this commit did
    documented = text_blocks("pre-commit.md")[0].splitlines()  # the refusal the docs show
    assert [line for line in documented if line not in output.splitlines()] == []


def test_commit_message_claiming_10_10_is_refused(project: GitRepo) -> None:
    head = project.rev_parse("HEAD")
    project.write("notes.txt", "not markdown: only the commit-msg hook runs\n")
    project.add("notes.txt")
    code, output = attempt(project, "commit", "-m", "Release checklist: 10/10 achieved")
    assert code != 0, output
    assert project.rev_parse("HEAD") == head
    assert ".git/COMMIT_EDITMSG:1:" in output and "CL101 claim-while-open" in output
    assert "checklint refused the commit message: 1 line claims" in output
    assert "Reword the commit message; git kept it in .git/COMMIT_EDITMSG" in output
    assert f"  {CHECKLIST_PATH}:5  Enable MFA" in output


def test_honest_staged_change_is_accepted_while_a_claim_sits_unstaged(project: GitRepo) -> None:
    project.write(CHECKLIST_PATH, close(CHECKLIST, "Enable MFA for every admin account"))
    project.add(CHECKLIST_PATH)
    project.write(STATUS_PATH, READY_STATUS)  # an unstaged edit of a tracked file
    project.write("docs/DRAFT.md", "# Draft\n\nOverall score: 10/10 achieved\n")  # untracked
    code, output = attempt(project, "commit", "-m", "Enable MFA for admins")
    assert code == 0, output
    assert project.git("show", f"HEAD:{STATUS_PATH}") == HONEST_STATUS
    assert (project.path / STATUS_PATH).read_text() == READY_STATUS  # the edit is kept
    assert (project.path / "docs/DRAFT.md").exists()


def test_merge_that_brings_a_claim_in_is_refused_by_pre_merge_commit(project: GitRepo) -> None:
    # Each branch is honest on its own; the merge result claims READY with an item open.
    project.git("switch", "--quiet", "--create", "finish-release")
    finished = close(close(CHECKLIST, "Enable MFA for every admin account"),
                     "Add quarterly edge-header verification artifacts")  # fmt: skip
    code, output = attempt_commit(
        project, "Close the last items", {CHECKLIST_PATH: finished, STATUS_PATH: READY_STATUS}
    )
    assert code == 0, output
    project.switch("main")
    queue = "# Owner input queue\n\n- [ ] Approve the launch date\n"
    code, output = attempt_commit(
        project, "Ask the owner", {"docs/runtime/OWNER_INPUT_QUEUE.md": queue}
    )
    assert code == 0, output
    head = project.rev_parse("HEAD")
    code, output = attempt(project, "merge", "--no-edit", "finish-release")
    assert code != 0, output
    assert project.rev_parse("HEAD") == head
    assert "hook id: checklint\n" in output  # not the commit-msg hook: git stopped before it
    assert f"{STATUS_PATH}:3:" in output and "CL101" in output
    assert "docs/runtime/OWNER_INPUT_QUEUE.md:3  Approve the launch date" in output
    assert "checklint refused this merge: 1 line claims" in output
    assert "The merge against HEAD: 2 closed, 1 claim made" in output


def test_closing_the_last_item_with_a_true_10_10_claim_is_accepted(project: GitRepo) -> None:
    finished = close(close(CHECKLIST, "Enable MFA for every admin account"),
                     "Add quarterly edge-header verification artifacts")  # fmt: skip
    status = "# Release status\n\n- status: READY\n- Overall: 10/10 achieved\n"
    code, output = attempt_commit(
        project,
        "Close the last two items: 10/10 achieved",
        {CHECKLIST_PATH: finished, STATUS_PATH: status},
    )
    assert code == 0, output
    assert project.git("log", "-1", "--format=%s").strip().endswith("10/10 achieved")


def test_pre_push_reports_what_the_range_changed(
    tmp_path: Path, hook_source: tuple[Path, str], hooks: None
) -> None:
    repo = make_project(tmp_path / "project", hook_source, verbose=True)
    remote = GitRepo(tmp_path / "remote.git")
    run_git(tmp_path, "init", "--quiet", "--bare", str(remote.path))
    repo.git("remote", "add", "origin", str(remote.path))
    # A new history: pre-commit gives no range, only the branch; all of it is new.
    code, output = attempt(repo, "push", "origin", "main")
    assert code == 0, output
    assert "range (empty)..refs/heads/main: 4 added; score – → 5.0, blockers 0 → 2" in output
    pushed = repo.rev_parse("HEAD")
    # Commits made without the hooks (another machine): pre-push is the last line.
    repo.write(CHECKLIST_PATH, close(CHECKLIST, "Enable MFA for every admin account"))
    repo.add()
    repo.git("commit", "--quiet", "--no-verify", "-m", "Enable MFA")
    repo.write(STATUS_PATH, READY_STATUS)
    repo.add()
    repo.git("commit", "--quiet", "--no-verify", "-m", "Declare the release ready")
    code, output = attempt(repo, "push", "origin", "main")
    assert code != 0, output
    assert remote.rev_parse("main") == pushed
    header = f"range {pushed[:12]}..{repo.rev_parse('HEAD')[:12]}: 1 closed, 1 claim made"
    assert header in output
    assert f"closed    {CHECKLIST_PATH}:5 Enable MFA for every admin account" in output
    assert f"claimed   {STATUS_PATH}:3 release claim 'READY'" in output
    assert "checklint refused the push: 1 line claims 10/10 or readiness" in output
    assert "Fix it in a new commit, then push again." in output


def attempt_commit(repo: GitRepo, message: str, files: dict[str, str]) -> tuple[int, str]:
    for path, content in files.items():
        repo.write(path, content)
        repo.add(path)
    return attempt(repo, "commit", "-m", message)


# --- the manifest and its documentation (no hook environment needed) -------------------------


def load_yaml(text: str) -> Any:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(text)


def yaml_blocks(doc: str) -> list[Any]:
    text = (SOURCE / "docs" / doc).read_text(encoding="utf-8")
    return [load_yaml(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def text_blocks(doc: str) -> list[str]:
    text = (SOURCE / "docs" / doc).read_text(encoding="utf-8")
    return re.findall(r"```text\n(.*?)```", text, re.S)


def test_the_manifest_keeps_the_contract() -> None:
    hooks = {hook["id"]: hook for hook in load_yaml((SOURCE / MANIFEST).read_text())}
    check, message = hooks["checklint"], hooks["checklint-commit-msg"]
    assert check["stages"] == ["pre-commit", "pre-merge-commit", "pre-push", "manual"]
    assert check["pass_filenames"] is False and check["require_serial"] is True
    assert message["stages"] == ["commit-msg"]
    assert message["entry"].endswith("--commit-msg")  # pre-commit appends the file
    for hook in hooks.values():
        assert tuple(map(int, hook["minimum_pre_commit_version"].split("."))) >= (3, 2, 0)
    runs_on = re.compile(check["files"])
    for path in ("README.md", "docs/a b.markdown", ".checklint.yaml", "sub/.checklint.yml",
                 "pyproject.toml"):  # fmt: skip
        assert runs_on.search(path), path
    for path in ("src/app.py", "docs/image.png", "README.md.orig", "mdfile"):
        assert not runs_on.search(path), path


def test_pre_commit_accepts_the_manifest_and_the_documented_config(tmp_path: Path) -> None:
    (config,) = [block for block in yaml_blocks("pre-commit.md") if "repos" in block]
    documented = tmp_path / "config.yaml"
    documented.write_text(json.dumps(config))  # JSON is YAML
    for command, path in (
        ("validate-manifest", SOURCE / MANIFEST),
        ("validate-config", documented),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "pre_commit", command, str(path)],
            capture_output=True, text=True, check=False, env=hook_environment(),
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
    documented_ids = {hook["id"] for repo in config["repos"] for hook in repo["hooks"]}
    assert documented_ids == {hook["id"] for hook in load_yaml((SOURCE / MANIFEST).read_text())}


def test_the_ci_doc_has_a_sarif_upload_job_and_an_annotations_job() -> None:
    workflows = yaml_blocks("ci.md")
    steps = [[step for job in w["jobs"].values() for step in job["steps"]] for w in workflows]
    runs = [" ".join(step.get("run", "") for step in job) for job in steps]
    uses = [[step.get("uses", "") for step in job] for job in steps]
    sarif = next(i for i, run in enumerate(runs) if "checklint check --format sarif" in run)
    assert any(use.startswith("github/codeql-action/upload-sarif") for use in uses[sarif])
    assert any("checklint check --format github" in run for run in runs)

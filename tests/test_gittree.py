"""The git-backed trees, against real temporary repositories."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checklint.errors import ChecklintError
from checklint.gittree import GitCommitTree, GitIndexTree, GitWorkTree
from tests.gitutil import GitRepo, isolate_git

CRLF_BYTES = b"# Title\r\n\r\n- [x] done\r\n"


@pytest.fixture(autouse=True)
def _clean_git(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    repo.commit("first", {"docs/a.md": "v1\n", "README.md": "readme\n", ".gitignore": "*.log\n"})
    return repo


def test_index_tree_ignores_unstaged_edits_and_sees_staged_ones(repo: GitRepo) -> None:
    repo.write("docs/a.md", "v2 unstaged\n")
    assert GitIndexTree(repo.path).read("docs/a.md") == b"v1\n"
    assert GitWorkTree(repo.path).read("docs/a.md") == b"v2 unstaged\n"
    repo.add("docs/a.md")
    assert GitIndexTree(repo.path).read("docs/a.md") == b"v2 unstaged\n"


@pytest.mark.parametrize("commit_args", [["-a"], ["--", "docs/a.md"]])
def test_index_tree_in_a_hook_reads_the_index_git_is_committing(
    repo: GitRepo, tmp_path: Path, commit_args: list[str]
) -> None:
    # `commit -a` and `commit <paths>` give hooks a temporary index via GIT_INDEX_FILE.
    seen = tmp_path / "seen"
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import pathlib\nfrom checklint.gittree import GitIndexTree\n"
        f"pathlib.Path({str(seen)!r}).write_bytes(GitIndexTree(pathlib.Path.cwd()).read('docs/a.md'))\n"
    )
    hook = repo.write(".git/hooks/pre-commit", f'#!/bin/sh\nexec "{sys.executable}" "{probe}"\n')
    hook.chmod(0o755)
    repo.write("docs/a.md", "committed by the hook's commit\n")
    repo.git("commit", "--quiet", "-m", "edit", *commit_args)
    assert seen.read_bytes() == b"committed by the hook's commit\n"


def test_untracked_file_is_in_the_work_tree_only(repo: GitRepo) -> None:
    repo.write("docs/new.md", "new\n")
    work, index = GitWorkTree(repo.path), GitIndexTree(repo.path)
    assert list(work.files()) == [".gitignore", "README.md", "docs/a.md", "docs/new.md"]
    assert list(index.files()) == [".gitignore", "README.md", "docs/a.md"]
    assert not index.exists("docs/new.md")
    with pytest.raises(ChecklintError) as raised:
        index.read("docs/new.md")
    assert (raised.value.path, raised.value.message) == ("docs/new.md", "not a file in the index")


def test_deleted_tracked_file_leaves_the_work_tree_but_not_the_index(repo: GitRepo) -> None:
    repo.delete("README.md")
    assert "README.md" not in GitWorkTree(repo.path).files()
    assert GitIndexTree(repo.path).read("README.md") == b"readme\n"


def test_ignored_evidence_on_disk(repo: GitRepo) -> None:
    repo.write(".gitignore", "*.log\nbuild/\n")
    repo.write("evidence/run.log", "ok\n")
    repo.write("build/report.html", "<p>\n")
    for tree in (GitWorkTree(repo.path), GitIndexTree(repo.path), GitCommitTree(repo.path, "HEAD")):
        assert tree.ignored("evidence/run.log"), tree.label
        assert not tree.exists("evidence/run.log"), tree.label
        assert tree.ignored("build/report.html") and tree.ignored("build/"), tree.label
        assert not tree.ignored("evidence/missing.log"), tree.label  # not on disk
        assert not tree.ignored("docs/a.md"), tree.label  # recorded, so not ignored


def test_force_added_file_matching_an_ignore_rule_is_not_ignored(repo: GitRepo) -> None:
    repo.write("kept.log", "kept\n")
    repo.git("add", "--force", "kept.log")
    index = GitIndexTree(repo.path)
    assert index.exists("kept.log") and not index.ignored("kept.log")
    assert GitWorkTree(repo.path).read("kept.log") == b"kept\n"


def test_exists_knows_directories_and_normalises_paths(repo: GitRepo) -> None:
    for tree in (GitWorkTree(repo.path), GitIndexTree(repo.path), GitCommitTree(repo.path, "HEAD")):
        assert tree.exists("docs") and tree.exists("docs/") and tree.exists("./docs//a.md")
        assert tree.exists(".") and tree.exists("")
        assert not tree.exists("doc") and not tree.exists("../repo/docs")


def test_commit_trees_at_two_refs(repo: GitRepo) -> None:
    first = repo.rev_parse("HEAD")
    repo.tag("v1")
    repo.commit("second", {"docs/a.md": "v2\n", "docs/b.md": "b\n"})
    for ref in ("HEAD~1", "v1", first, first[:10]):
        old = GitCommitTree(repo.path, ref)
        assert old.label == ref and old.sha == first
        assert old.read("docs/a.md") == b"v1\n" and not old.exists("docs/b.md")
    new = GitCommitTree(repo.path, "main")
    assert new.read("docs/a.md") == b"v2\n"
    assert list(new.files()) == [".gitignore", "README.md", "docs/a.md", "docs/b.md"]


def test_commit_tree_never_reads_the_work_tree_or_index(repo: GitRepo) -> None:
    repo.write("docs/a.md", "staged\n")
    repo.add("docs/a.md")
    repo.write("docs/a.md", "on disk\n")
    assert GitCommitTree(repo.path, "HEAD").read("docs/a.md") == b"v1\n"


def test_crlf_is_kept_byte_exact(repo: GitRepo) -> None:
    repo.write("docs/crlf.md", CRLF_BYTES)
    repo.add("docs/crlf.md")
    assert GitIndexTree(repo.path).read("docs/crlf.md") == CRLF_BYTES
    repo.commit("crlf")
    assert GitCommitTree(repo.path, "HEAD").read("docs/crlf.md") == CRLF_BYTES
    assert GitWorkTree(repo.path).read("docs/crlf.md") == CRLF_BYTES


def test_empty_repository_before_the_first_commit(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "fresh")
    repo.write("docs/10_10_CHECKLIST.md", "- [ ] ship\n")
    repo.write("notes.md", "untracked\n")
    repo.add("docs/10_10_CHECKLIST.md")
    index = GitIndexTree(repo.path)
    assert list(index.files()) == ["docs/10_10_CHECKLIST.md"]
    assert index.read("docs/10_10_CHECKLIST.md") == b"- [ ] ship\n"
    assert list(GitWorkTree(repo.path).files()) == ["docs/10_10_CHECKLIST.md", "notes.md"]
    with pytest.raises(ChecklintError, match="the repository has no commits yet"):
        GitCommitTree(repo.path, "HEAD")


def test_project_root_in_a_subdirectory_sees_only_that_subdirectory(repo: GitRepo) -> None:
    repo.commit("sub", {"sub/docs/c.md": "c\n", "sub/x.md": "x\n"})
    repo.write("sub/y.md", "untracked\n")
    root = repo.path / "sub"
    assert list(GitWorkTree(root).files()) == ["docs/c.md", "x.md", "y.md"]
    assert list(GitIndexTree(root).files()) == ["docs/c.md", "x.md"]
    commit = GitCommitTree(root, "HEAD")
    assert list(commit.files()) == ["docs/c.md", "x.md"]
    assert commit.read("docs/c.md") == b"c\n" and not commit.exists("../README.md")


def test_conflicted_path_is_listed_but_cannot_be_read_from_the_index(repo: GitRepo) -> None:
    repo.branch("other")
    repo.commit("ours", {"docs/a.md": "ours\n"})
    repo.switch("other")
    repo.commit("theirs", {"docs/a.md": "theirs\n"})
    assert repo.try_git("merge", "main").returncode != 0
    index = GitIndexTree(repo.path)
    assert index.exists("docs/a.md") and index.files().count("docs/a.md") == 1
    with pytest.raises(ChecklintError, match="unmerged in the index"):
        index.read("docs/a.md")
    assert index.read("README.md") == b"readme\n"


def test_symlink_in_a_commit_is_followed_inside_the_tree(repo: GitRepo) -> None:
    os.symlink("a.md", repo.path / "docs" / "link.md")
    os.symlink("../../outside.md", repo.path / "docs" / "away.md")
    repo.add("docs")
    repo.commit("links")
    tree = GitCommitTree(repo.path, "HEAD")
    assert tree.read("docs/link.md") == b"v1\n"
    with pytest.raises(ChecklintError) as raised:
        tree.read("docs/away.md")
    assert (
        str(raised.value)
        == "docs/away.md: symlink to '../../outside.md', not a file in commit HEAD"
    )


def test_not_a_repository(tmp_path: Path) -> None:
    for make_tree in (GitWorkTree, GitIndexTree):
        with pytest.raises(ChecklintError) as raised:
            make_tree(tmp_path)
        assert str(raised.value) == f"not a git repository (or any parent directory): {tmp_path}"


def test_git_not_installed(repo: GitRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))
    with pytest.raises(
        ChecklintError, match=r"^git is not installed \(no `git` command on PATH\)$"
    ):
        GitWorkTree(repo.path).files()


@pytest.mark.parametrize(
    "module", ["checklint.gittree", "checklint.gitrepo", "checklint.commitmsg"]
)
def test_importing_does_not_import_gitpython(module: str) -> None:
    probe = f"import sys, {module}; print('git' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_work_tree_listing_does_not_import_gitpython(repo: GitRepo) -> None:
    probe = (
        "import sys, pathlib\nfrom checklint.gittree import GitWorkTree\n"
        f"tree = GitWorkTree(pathlib.Path({str(repo.path)!r}))\n"
        "tree.read('docs/a.md'); tree.ignored('x.log')\nprint('git' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def _read_in_a_fresh_process(repo: GitRepo, tree: str) -> tuple[str, bool]:
    probe = (
        "import sys, pathlib\nfrom checklint.gittree import GitIndexTree, GitCommitTree\n"
        f"root = pathlib.Path({str(repo.path)!r})\n"
        f"tree = {tree}\n"
        "print(repr(tree.read('docs/a.md'))); print('git' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    data, imported = result.stdout.split("\n")[:2]
    return data, imported == "True"


def test_a_blob_the_work_tree_holds_as_it_is_is_read_from_disk(repo: GitRepo) -> None:
    """Same content, same blob id: no GitPython (the usual case under pre-commit)."""
    assert _read_in_a_fresh_process(repo, "GitIndexTree(root)") == ("b'v1\\n'", False)
    assert _read_in_a_fresh_process(repo, "GitCommitTree(root, 'HEAD')") == ("b'v1\\n'", False)


def test_a_blob_the_work_tree_changed_is_read_from_git(repo: GitRepo) -> None:
    repo.write("docs/a.md", "v2 staged\n")
    repo.add("docs/a.md")
    repo.write("docs/a.md", "v3 on disk only\n")  # partly staged: disk and index differ
    assert _read_in_a_fresh_process(repo, "GitIndexTree(root)") == ("b'v2 staged\\n'", True)
    assert _read_in_a_fresh_process(repo, "GitCommitTree(root, 'HEAD')") == ("b'v1\\n'", True)
    repo.delete("docs/a.md")  # gone from disk: still in the index
    assert _read_in_a_fresh_process(repo, "GitIndexTree(root)") == ("b'v2 staged\\n'", True)

"""Finding the repository, resolving refs and diffing ranges, against real repositories."""

from __future__ import annotations

from pathlib import Path

import pytest

from checklint.errors import ChecklintError
from checklint.gitrepo import (
    FileChange,
    changed_files,
    diff_range,
    find_git_root,
    resolve_commit,
)
from tests.gitutil import GitRepo, isolate_git

ZEROS = "0" * 40
SHALLOW_MESSAGE = (
    "the base commit {sha} is not in this shallow clone; fetch more history "
    "(git fetch --deepen=N or fetch-depth: 0 in actions/checkout)"
)


@pytest.fixture(autouse=True)
def _clean_git(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    repo.commit("first", {"docs/old.md": "old\n" * 20, "docs/keep.md": "keep\n", "x.md": "x\n"})
    return repo


def test_find_git_root_from_a_subfolder(repo: GitRepo) -> None:
    deep = repo.path / "docs" / "deeper"
    deep.mkdir()
    assert find_git_root(deep) == repo.path.resolve()
    assert find_git_root(repo.path) == repo.path.resolve()


def test_find_git_root_accepts_the_git_file_of_a_worktree(repo: GitRepo, tmp_path: Path) -> None:
    repo.git("worktree", "add", "--quiet", str(tmp_path / "wt"), "-b", "side")
    assert (tmp_path / "wt" / ".git").is_file()
    assert find_git_root(tmp_path / "wt" / "docs") == (tmp_path / "wt").resolve()


def test_find_git_root_outside_git(tmp_path: Path) -> None:
    assert find_git_root(tmp_path) is None


def test_changed_files_across_a_range_with_a_rename(repo: GitRepo) -> None:
    base = repo.rev_parse("HEAD")
    repo.git("mv", "docs/old.md", "docs/renamed.md")
    repo.delete("x.md")
    repo.commit("second", {"docs/keep.md": "changed\n", "docs/new.md": "new\n"})
    repo.git("rm", "--quiet", "x.md")
    repo.commit("third")
    assert changed_files(repo.path, base, "HEAD") == (
        "docs/keep.md",
        "docs/new.md",
        "docs/renamed.md",
    )
    assert set(diff_range(repo.path, base, "HEAD")) == {
        FileChange("M", "docs/keep.md", None),
        FileChange("A", "docs/new.md", None),
        FileChange("R", "docs/renamed.md", "docs/old.md"),
        FileChange("D", "x.md", None),
    }
    assert changed_files(repo.path, "HEAD", "HEAD") == ()


def test_all_zeros_from_ref_means_everything_in_to_ref_is_new(repo: GitRepo) -> None:
    assert changed_files(repo.path, ZEROS, "HEAD") == ("docs/keep.md", "docs/old.md", "x.md")
    assert {change.status for change in diff_range(repo.path, ZEROS, "HEAD")} == {"A"}


def test_all_zeros_to_ref_is_an_error(repo: GitRepo) -> None:
    with pytest.raises(ChecklintError, match="all-zeros sha"):
        changed_files(repo.path, "HEAD", ZEROS)


def test_changed_files_relative_to_a_subdirectory_root(repo: GitRepo) -> None:
    base = repo.rev_parse("HEAD")
    repo.commit("docs only", {"docs/keep.md": "changed\n", "x.md": "changed\n"})
    assert changed_files(repo.path / "docs", base, "HEAD") == ("keep.md",)


def test_unknown_ref(repo: GitRepo) -> None:
    for ref in ("nope", "-p", ""):
        with pytest.raises(ChecklintError) as raised:
            resolve_commit(repo.path, ref)
        assert str(raised.value) == f"unknown revision '{ref}'"


def test_ref_to_a_commit_missing_from_a_shallow_clone(repo: GitRepo, tmp_path: Path) -> None:
    base = repo.rev_parse("HEAD")
    repo.commit("second", {"x.md": "two\n"})
    clone = GitRepo.clone(repo, tmp_path / "shallow", "--depth", "1")
    with pytest.raises(ChecklintError) as raised:
        changed_files(clone.path, base, "HEAD")
    assert str(raised.value) == SHALLOW_MESSAGE.format(sha=base)
    assert resolve_commit(clone.path, "HEAD") == repo.rev_parse("HEAD")


def test_unknown_revision_in_a_repository_without_commits(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "fresh")
    with pytest.raises(ChecklintError) as raised:
        resolve_commit(repo.path, "HEAD")
    assert str(raised.value) == "unknown revision 'HEAD': the repository has no commits yet"

"""Reading the commit-msg hook's file the way git will record the message."""

from __future__ import annotations

from pathlib import Path

import pytest

from checklint.commitmsg import read_commit_message
from checklint.errors import ChecklintError
from tests.gitutil import GitRepo, isolate_git

EDITOR_FILE = """Release 10/10 READY

Body line
# Please enter the commit message for your changes.
#\tmodified:   docs/10_10_CHECKLIST.md
# ------------------------ >8 ------------------------
# Do not modify or remove the line above.
diff --git a/x b/x
+READY 10/10
"""


@pytest.fixture(autouse=True)
def _clean_git(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)


def _message_file(folder: Path, content: str | bytes) -> Path:
    path = folder / "COMMIT_EDITMSG"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_comments_and_everything_below_the_scissors_are_dropped(tmp_path: Path) -> None:
    message = read_commit_message(_message_file(tmp_path, EDITOR_FILE))
    assert message == "Release 10/10 READY\n\nBody line"


def test_comment_char_comes_from_git_config(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    repo.git("config", "core.commentChar", ";")
    scissors = "; ------------------------ >8 ------------------------"
    content = f"Title\n# not a comment here\n; a comment\n{scissors}\nx\n"
    path = _message_file(repo.path / ".git", content)
    assert read_commit_message(path) == "Title\n# not a comment here"
    assert read_commit_message(path, "#") == f"Title\n; a comment\n{scissors}\nx\n"


def test_auto_comment_char_is_read_from_the_comment_block(tmp_path: Path) -> None:
    content = "#123 fixed\n\n; Please enter the commit message\n;\n"
    assert read_commit_message(_message_file(tmp_path, content), "auto") == "#123 fixed\n\n"
    assert read_commit_message(_message_file(tmp_path, "plain\n"), "auto") == "plain\n"


def test_crlf_lines_lose_their_carriage_return(tmp_path: Path) -> None:
    path = _message_file(tmp_path, b"Title\r\n# comment\r\nBody\r\n")
    assert read_commit_message(path, "#") == "Title\nBody\n"


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    path = _message_file(tmp_path, b"Title\nbad \xff byte\n")
    with pytest.raises(ChecklintError) as raised:
        read_commit_message(path, "#")
    error = raised.value
    assert error.message == "the commit message is not valid UTF-8 (byte offset 10)"
    assert (error.path, error.line, error.column) == (str(path), 2, 5)


def test_missing_message_file(tmp_path: Path) -> None:
    with pytest.raises(ChecklintError, match="cannot read the commit message"):
        read_commit_message(tmp_path / "nope", "#")

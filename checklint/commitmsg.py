"""The commit message a commit-msg hook is given, as git will record it.

git runs the commit-msg hook before it cleans the message up, so the file still holds
the comment block git added and, with `commit --verbose`, a diff below the scissors
line. Claims are looked for only in what will really be recorded.
"""

from __future__ import annotations

from pathlib import Path

from checklint.errors import ChecklintError
from checklint.gitrepo import run_git

SCISSORS = "------------------------ >8 ------------------------"
# The characters `core.commentChar=auto` picks from, in git's order of preference.
AUTO_COMMENT_CHARS = "#;@!$%^&|:"


def read_commit_message(path: Path, comment_prefix: str | None = None) -> str:
    """The message in a commit-msg hook's file, as git will record it.

    Drops comment lines (`core.commentChar`/`commentString`, read from git config when
    `comment_prefix` is None; '#' by default) and everything from the scissors line on.
    Lines are kept otherwise, without a trailing carriage return.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ChecklintError(
            f"cannot read the commit message: {exc.strerror}", path=str(path)
        ) from None
    lines = [line.removesuffix("\r") for line in _decode_utf8(data, path).split("\n")]
    prefix = comment_prefix or configured_comment_prefix(path.parent)
    marker = _auto_comment_char(lines) if prefix == "auto" else prefix
    if marker is None:
        return "\n".join(lines)
    kept: list[str] = []
    for line in lines:
        if line == f"{marker} {SCISSORS}":
            break
        if not line.startswith(marker):
            kept.append(line)
    return "\n".join(kept)


def configured_comment_prefix(cwd: Path) -> str:
    """`core.commentChar` or `core.commentString` (the last one set wins), else '#'."""
    try:
        result = run_git(cwd, ("config", "--get-regexp", r"^core\.comment(char|string)$"))
    except ChecklintError:  # no git at all: git's default is all we can know
        return "#"
    values = [
        line.partition(" ")[2] for line in result.stdout.decode("utf-8", "replace").split("\n")
    ]
    values = [value for value in values if value]
    return values[-1] if values else "#"


def _auto_comment_char(lines: list[str]) -> str | None:
    """The character `core.commentChar=auto` chose: seen on the scissors or the last line.

    git appends its comment block after the message, so the last non-blank line starts
    with the chosen character whenever there are comments at all.
    """
    for char in AUTO_COMMENT_CHARS:
        if f"{char} {SCISSORS}" in lines:
            return char
    last = next((line for line in reversed(lines) if line.strip()), "")
    return last[0] if last and last[0] in AUTO_COMMENT_CHARS else None


def _decode_utf8(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        raise ChecklintError(
            f"the commit message is not valid UTF-8 (byte offset {exc.start})",
            path=str(path),
            line=data.count(b"\n", 0, exc.start) + 1,
            column=exc.start - line_start + 1,
        ) from None

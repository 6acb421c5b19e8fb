"""Path globs as users write them in configuration: '**/' spans any number of folders."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from checklint import regexcache

_GLOB_CHARS = frozenset("*?[")


def is_glob(pattern: str) -> bool:
    return any(char in _GLOB_CHARS for char in pattern)


@lru_cache(maxsize=256)
def compile_globs(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching a POSIX relative path against any of the patterns."""
    if not patterns:
        return regexcache.compile(r"(?!)")
    return regexcache.compile("|".join(f"(?:{_translate(p)})" for p in patterns))


def matches(patterns: tuple[str, ...], path: str) -> bool:
    return compile_globs(patterns).fullmatch(path) is not None


def filter_paths(patterns: tuple[str, ...], paths: Iterable[str]) -> list[str]:
    regex = compile_globs(patterns)
    return [path for path in paths if regex.fullmatch(path)]


def _translate(pattern: str) -> str:
    pattern = pattern.strip().removeprefix("./").lstrip("/")
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
            continue
        if pattern.startswith("**", index):
            out.append(".*")
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            close = pattern.find("]", index + 1)
            if close == -1:
                out.append(re.escape(char))
            else:
                body = pattern[index + 1 : close].replace("\\", "\\\\")
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                index = close
        else:
            out.append(re.escape(char))
        index += 1
    if pattern.endswith("/"):
        out.append(".*")  # a folder: everything below it
    return "".join(out)

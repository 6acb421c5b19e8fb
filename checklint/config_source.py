"""Reading a configuration file: text, YAML or TOML, and where each key sits in it.

A `ConfigSource` pairs the plain parsed data with a `locate` function, so that
every later error (unknown key, bad value, unknown rule) can name the file, line
and column. ruamel.yaml keeps positions; tomllib does not, so TOML positions come
from a best-effort scan of the text that never fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from checklint.errors import ChecklintError

Loc = tuple[int | str, ...]  # a path into the configuration: ('rules', 'CL503', 'severity')
KeyAt = tuple[Loc, int, int, int]  # a TOML key: full path, line, key column, value column
NOT_A_MAPPING = "the configuration must be a mapping of keys such as 'checklists:'"


@dataclass(frozen=True, slots=True)
class ConfigSource:
    """A parsed configuration file: plain data, and where each key sits in its text."""

    shown: str  # the path as messages name it
    data: dict[str, Any]
    locate: Callable[[Loc, bool], tuple[int, int]]  # (loc, at_key) -> 1-based (line, column)

    def error(self, message: str, loc: Loc = (), at_key: bool = False) -> ChecklintError:
        line, column = self.locate(loc, at_key)
        return ChecklintError(message, path=self.shown, line=line, column=column)


def read_text(path: Path, shown: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ChecklintError(f"cannot read config file: {error.strerror}", path=shown) from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        before = data[: error.start].decode("utf-8")
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        raise ChecklintError(
            f"config file is not valid UTF-8 (byte offset {error.start}); save it as UTF-8",
            path=shown,
            line=line,
            column=column,
        ) from None


def parse_yaml(text: str, shown: str) -> ConfigSource:
    """Round-trip YAML (1.2, so `off` and `yes` stay strings), which keeps key positions."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.error import YAMLError

    try:
        node = YAML(typ="rt").load(text)
    except YAMLError as error:
        raise _yaml_error(error, text, shown) from None
    if node is None:  # empty or comments only: all defaults
        node = CommentedMap()
    is_mapping = isinstance(node, CommentedMap)
    source = ConfigSource(shown, _plain(node) if is_mapping else {}, partial(_yaml_position, node))
    if not is_mapping:
        raise source.error(f"{NOT_A_MAPPING}, got {_kind(_plain(node))}")
    return source


def _kind(value: object) -> str:
    kinds = {list: "a list", str: "a string", int: "a number", float: "a number"}
    return kinds.get(type(value), f"a {type(value).__name__}")


def _yaml_error(error: Exception, text: str, shown: str) -> ChecklintError:
    mark, position = getattr(error, "problem_mark", None), getattr(error, "position", None)
    if mark is None and isinstance(position, int):  # a ReaderError: a character offset
        before = text[:position]
        mark = SimpleNamespace(line=before.count("\n"), column=len(before) - before.rfind("\n") - 1)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    context, context_mark = getattr(error, "context", None), getattr(error, "context_mark", None)
    if context and context_mark is not None:
        where = f"line {context_mark.line + 1}, column {context_mark.column + 1}"
        problem += f" ({context} at {where})"
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
    message = f"invalid YAML: {problem}; fix the syntax"
    return ChecklintError(message, path=shown, line=line, column=column)


def _plain(node: Any) -> Any:
    """ruamel's round-trip containers and scalars as plain Python values."""
    if isinstance(node, dict):
        return {_plain(key): _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if type(node).__name__ == "ScalarBoolean":  # an anchored bool; an int subclass
        return bool(node)
    for kind in (bool, str, float, int):  # ScalarFloat, ScalarInt... (bool before int)
        if isinstance(node, kind):
            return kind(node)
    return node


def _yaml_position(node: Any, loc: Loc, at_key: bool) -> tuple[int, int]:
    """The deepest position of `loc` that exists in the document (never raises)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    line = column = 0
    try:
        line, column = node.lc.line, node.lc.col
        for depth, part in enumerate(loc, 1):
            if isinstance(node, CommentedMap) and part in node:
                use_key = at_key and depth == len(loc)
                line, column = node.lc.key(part) if use_key else node.lc.value(part)
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line, column = node.lc.item(part)
            else:
                break
            node = node[part]
    except (AttributeError, KeyError, IndexError, TypeError):
        pass  # a position is a courtesy; the message still names the key
    return line + 1, column + 1


def parse_toml(text: str, shown: str, *, required: bool) -> ConfigSource | None:
    import tomllib

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _toml_error(str(error), text, shown) from None
    table = document.get("tool", {}).get("checklint") if isinstance(document, dict) else None
    if table is None and not required:
        return None
    data = table if isinstance(table, dict) else {}
    source = ConfigSource(shown, data, partial(_toml_position, text))
    if table is None:
        raise source.error("no [tool.checklint] table; add one or point --config elsewhere")
    if not isinstance(table, dict):
        raise source.error(f"{NOT_A_MAPPING}, got {_kind(table)}")
    return source


def _toml_error(message: str, text: str, shown: str) -> ChecklintError:
    found = re.search(r"\(at line (\d+), column (\d+)\)$", message)
    if found:
        line, column = int(found[1]), int(found[2])
    else:  # '(at end of document)'
        lines = text.splitlines() or [""]
        line, column = len(lines), len(lines[-1]) + 1
    problem = re.sub(r"\s*\(at [^)]*\)$", "", message)
    message = f"invalid TOML: {problem}; fix the syntax"
    return ChecklintError(message, path=shown, line=line, column=column)


_TOML_KEY = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_TOML_DOTTED = re.compile(rf"\s*({_TOML_KEY}(?:\s*\.\s*{_TOML_KEY})*)\s*=")
_TOML_HEADER = re.compile(r"\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def _toml_keys(text: str) -> Iterator[KeyAt]:
    """Every key in the text: (full key path, line, key column, value column), 1-based.

    tomllib keeps no positions, so this is a best-effort line scan: table headers,
    `a.b = ...` lines, and keys of inline tables on the same line.
    """
    table: Loc = ()
    for number, line in enumerate(text.splitlines(), 1):
        header = _TOML_HEADER.match(line)
        if header:
            table = _split_key(header[1])
            parts = [*re.finditer(_TOML_KEY, header[1])] or [header]
            yield table, number, header.start(1) + parts[-1].start() + 1, header.start(1) + 1
            continue
        key = _TOML_DOTTED.match(line)
        if key:
            path = table + _split_key(key[1])
            yield path, number, key.start(1) + 1, _value_column(line, key.end())
            yield from _inline_keys(path, line, key.end(), number)


def _value_column(line: str, after_equals: int) -> int:
    return len(line) - len(line[after_equals:].lstrip()) + 1


def _inline_keys(path: Loc, line: str, start: int, number: int) -> Iterator[KeyAt]:
    stack, last, quote, index = [path], path, "", start
    while index < len(line):
        char = line[index]
        if quote:
            quote = "" if char == quote else quote
            index += 2 if char == "\\" and quote == '"' else 1
            continue
        if char == "#":
            break
        quote = char if char in "\"'" else ""
        if char == "{":
            stack.append(last)
        elif char == "}" and len(stack) > 1:
            stack.pop()
        key = _TOML_DOTTED.match(line, index + 1) if char in "{," and len(stack) > 1 else None
        if key:
            last = stack[-1] + _split_key(key[1])
            yield last, number, key.start(1) + 1, _value_column(line, key.end())
            index = key.end()
        else:
            index += 1


def _split_key(dotted: str) -> Loc:
    return tuple(part.strip("\"'") for part in re.findall(_TOML_KEY, dotted))


def _toml_position(text: str, loc: Loc, at_key: bool) -> tuple[int, int]:
    """The line of the longest known prefix of tool.checklint + `loc`."""
    target = ("tool", "checklint", *(str(part) for part in loc))
    best, position = 1, (1, 1)
    for path, line, key_column, value_column in _toml_keys(text):
        depth = len(path)
        if depth > best and path == target[:depth]:
            exact_key = at_key and depth == len(target)
            best, position = depth, (line, key_column if exact_key else value_column)
    return position

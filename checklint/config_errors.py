"""Pydantic's validation errors as one `ChecklintError` at the file, line and column.

Each error becomes one line that names the key as the user wrote it
(`rules.CL503`, `checklists[0]`) and says what to write instead, with a
did-you-mean among the keys valid at that level. Imported only once a
configuration file exists, like pydantic itself.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from checklint.config_model import SEVERITIES, ConfigModel
from checklint.config_source import ConfigSource, Loc


def validate(source: ConfigSource) -> ConfigModel:
    """The validated model; the first problem in document order as a ChecklintError."""
    try:
        return ConfigModel.model_validate(source.data)
    except ValidationError as invalid:
        found = []
        for error in invalid.errors():
            loc, at_key, named = _where(error)
            found.append((source.locate(loc, at_key), loc, at_key, named, error))
        _, loc, at_key, named, first = min(found, key=lambda item: item[0])
        message = describe_error(first, _label(source.data, named))
        raise source.error(message, loc, at_key) from None


def _where(error: ErrorDetails) -> tuple[Loc, bool, Loc]:
    """(where to point, whether at the key rather than its value, what the message names)."""
    loc, ctx = error["loc"], error.get("ctx") or {}
    if "key" in ctx:  # an error about one key inside the mapping at loc
        return (*loc, ctx["key"]), True, loc
    if error["type"] in ("extra_forbidden", "invalid_key"):
        return loc, True, loc[:-1]
    if loc[-1:] == ("[key]",):  # pydantic's marker for a bad mapping key
        return loc[:-1], True, loc[:-1]
    return loc, False, loc


def _label(data: Any, loc: Loc) -> str:
    """`rules.CL503`, `checklists[0]`: the part of `loc` the user actually wrote."""
    label = ""
    for part in loc:
        if isinstance(data, dict) and part in data:
            shown = str(part) if str(part).strip() and "." not in str(part) else repr(part)
            label += f".{shown}" if label else shown
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            label += f"[{part}]"
        else:
            break
        data = data[part]
    return label


def valid_keys(loc: tuple[int | str, ...]) -> list[str]:
    """The keys allowed in the mapping at `loc`, for did-you-mean suggestions."""
    model: type[BaseModel] = ConfigModel
    for part in loc:
        field = model.model_fields.get(str(part))
        annotation = field.annotation if field else None
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        model = annotation
    return list(model.model_fields)


_EXPECTED = {
    "string_type": "a string",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "float_type": "a number",
    "finite_number": "a finite number",
}


def _shown(value: object) -> str:
    """A value as the user wrote it, in YAML/TOML terms."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    return "nothing" if value is None else repr(value)


def describe_error(error: ErrorDetails, label: str) -> str:
    """One line: what is wrong with the value at `label` and what to write instead."""
    kind, loc = error["type"], error["loc"]
    if kind == "extra_forbidden":
        return unknown_key(str(loc[-1]), valid_keys(loc[:-1]), label)
    if loc[:1] == ("rules",) and len(loc) == 2 and kind in ("model_type", "dict_type"):
        problem = f"expected a severity ({', '.join(SEVERITIES)}) or a mapping, got "
        problem += _shown(error["input"])
    else:
        problem = _problem(error)
    return f"{label}: {problem}" if label else problem


def _problem(error: ErrorDetails) -> str:
    kind, ctx, got = error["type"], error.get("ctx") or {}, error["input"]
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        close = difflib.get_close_matches(str(got), choices, 1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"expected one of {', '.join(choices)}, got {_shown(got)}{hint}"
    if kind == "list_type" and isinstance(got, str):
        return f"expected a list, got {got!r}; write it as [{got!r}]"
    if kind == "string_type" and isinstance(got, int | float | date):
        return f"expected a string, got {_shown(got)}; quote it"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {_shown(got)}"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = f"at least {ctx['ge']:g}" if "ge" in ctx else f"at most {ctx['le']:g}"
        return f"must be {bound}, got {_shown(got)}"
    if kind in ("too_short", "string_too_short"):
        return "must not be empty"
    if kind == "invalid_key":
        return f"keys must be strings, got {_shown(got)}; quote the key"
    return error["msg"][:1].lower() + error["msg"][1:]


def unknown_key(key: str, valid: list[str], where: str) -> str:
    """`unknown key 'checklist'; did you mean 'checklists'?`, naming the level when nested."""
    place = f" in {where!r}" if where else ""
    close = difflib.get_close_matches(key, valid, 1)
    if close:
        return f"unknown key {key!r}{place}; did you mean {close[0]!r}?"
    return f"unknown key {key!r}{place}; expected one of {', '.join(valid)}"

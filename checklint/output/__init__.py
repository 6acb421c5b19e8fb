"""How findings are printed: `text` (the default), `json`, `sarif` and `github`.

Every format is a function over the sorted findings that returns the whole
output as one string; they differ only in its shape. Each lives in its own
module, imported only when chosen, so the text path never loads pydantic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from checklint.rule import Finding

FORMATS = ("text", "json", "sarif", "github")


def render(
    findings: Sequence[Finding],
    output_format: str,
    *,
    color: bool = False,
    extra: Mapping[str, object] | None = None,
) -> str:
    """The findings in one of FORMATS; `extra` adds top-level keys to the JSON report."""
    if output_format == "text":
        from checklint.output.text import format_text

        return format_text(findings, color=color)
    if output_format == "json":
        from checklint.output.jsonfmt import format_json

        return format_json(findings, extra or {})
    if output_format == "sarif":
        from checklint.output.sarif import format_sarif

        return format_sarif(findings)
    if output_format == "github":
        from checklint.output.github import format_github

        return format_github(findings)
    raise ValueError(f"unknown output format {output_format!r}; expected one of {FORMATS}")


def tool_version() -> str:
    """checklint's installed version, for the JSON and SARIF reports."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("checklint")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"

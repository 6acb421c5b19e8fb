"""`checklint status`: the dashboard owners read every day.

`build_status` computes the facts once (score, readiness, dimensions,
blockers, claims and whether each holds); `render_status` arranges them as
terminal text (rich, imported only for that view), markdown or JSON.
"""

from __future__ import annotations

from checklint.status.build import build_status
from checklint.status.model import StatusReport

FORMATS = ("text", "json", "markdown")

__all__ = ["FORMATS", "StatusReport", "build_status", "render_status"]


def render_status(
    report: StatusReport, output_format: str, *, color: bool, width: int | None = None
) -> str:
    """The report in one of FORMATS; `width` (text only) defaults to the terminal's."""
    if output_format == "text":
        from checklint.status.text import render_text

        return render_text(report, color=color, width=width)
    if output_format == "markdown":
        from checklint.status.markdown import render_markdown

        return render_markdown(report)
    if output_format == "json":
        from checklint.status.jsonview import render_json

        return render_json(report)
    raise ValueError(f"unknown status format {output_format!r}; expected one of {FORMATS}")

"""The terminal dashboard, drawn with rich (imported here and nowhere else).

Every line is built to fit the terminal's width (rich reads COLUMNS and the
terminal size): user text is cut with '…', never wrapped, so a blocker is
its text on one line and then `owner · due · path:line`, which a narrow
terminal wraps between the parts rather than lose the line number. Fields that
hold right-to-left text are isolated (see `checklint.status.bidi`). With
colour off, rich emits no escape sequence at all.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from checklint.status.bidi import clean, isolate
from checklint.status.model import BlockerLine, ClaimLine, StatusReport, plural

MIN_WIDTH = 40
BAR_CELLS = 10
_SEP = " · "


def render_text(report: StatusReport, *, color: bool, width: int | None = None) -> str:
    """The dashboard as terminal text, `width` cells wide (default: the terminal's)."""
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,  # the user's 16 theme colours
        no_color=False,  # the caller already weighed NO_COLOR against --color
        legacy_windows=False,
    )  # markup, emoji and highlighting apply to str only: every line here is a Text
    cells = max(console.width, MIN_WIDTH)
    for line in _lines(report, cells):
        line.truncate(cells, overflow="ellipsis")
        console.print(line, no_wrap=True, overflow="ellipsis", crop=False)
    return out.getvalue()


def bar(score: float | None) -> Text:
    """Ten cells, one per point, rounded down like the score: full only at 10.0."""
    full = 0 if score is None else int(score)
    return Text.assemble(("█" * full, score_style(score)), ("░" * (BAR_CELLS - full), "dim"))


def score_style(score: float | None) -> str:
    return "dim" if score is None else "green" if score >= 10 else "yellow" if score >= 7 else "red"


def field(text: str, cells: int, style: str = "") -> Text:
    """User text cut to `cells` with '…', then isolated if it is right-to-left."""
    return Text(isolate(fit(clean(text), cells)), style)


def fit(text: str, cells: int) -> str:
    """`text` in at most `cells` cells: cut at a character boundary and ended with '…'."""
    if cell_len(text) <= cells:
        return text
    kept = ""
    for char in text[: cells * 4]:  # no cell holds more than a few code points
        # Measured as a prefix, so an emoji and its variation selector count together.
        if cell_len(kept + char) > cells - 1:
            break
        kept += char
    return kept.rstrip() + "…"


def _lines(report: StatusReport, cells: int) -> Iterator[Text]:
    yield from _headline(report, cells)
    if report.dimensions:
        yield Text()
        yield from _dimensions(report, cells)
    yield Text()
    yield from _blockers(report, cells)
    yield Text()
    yield from _claims(report, cells)


def _headline(report: StatusReport, cells: int) -> Iterator[Text]:
    verdict = Text("READY", "bold green") if report.ready else Text("NOT READY", "bold red")
    score = Text(f"{report.shown}/10", f"bold {score_style(report.score)}")
    yield Text.assemble("Score ", score, "  ", bar(report.score), "  ", verdict)
    blockers = Text(plural(len(report.blockers), "blocker"))
    if report.overdue:
        blockers.append(f" ({report.overdue} overdue)", "red")
    files = len({blocker.path for blocker in report.blockers})
    if files:
        blockers.append(f" in {plural(files, 'file')}")
    summary = [
        blockers,
        Text(report.claims_summary),
        Text(f"as of {report.today.isoformat()}", "dim"),
    ]
    yield from _flow(summary, cells, indent=0)
    if not report.files:
        yield Text("No checklist or owner queue found: name them under `checklists:` and "
                   "`queues:` in .checklint.yaml", "yellow")  # fmt: skip


def _dimensions(report: StatusReport, cells: int) -> Iterator[Text]:
    weights = [f"{d.weight:g}%" for d in report.dimensions]
    weight_cells = max(len("weight"), *(len(w) for w in weights))
    fixed = 2 + 2 + weight_cells + 2 + 5 + 2 + BAR_CELLS + 2 + 7
    longest = max(cell_len(clean(d.name)) for d in report.dimensions)
    name_cells = max(8, min(longest, cells - fixed))
    head = f"{'Dimensions':<{name_cells + 2}}  {'weight':>{weight_cells}}  {'score':>5}"
    yield Text(f"{head}  {'':<{BAR_CELLS}}  done", "bold")
    for dimension, weight in zip(report.dimensions, weights, strict=True):
        name = field(dimension.name, name_cells)
        pad = " " * (name_cells - cell_len(name.plain))
        shown = "–" if dimension.score is None else f"{dimension.score:.1f}"
        yield Text.assemble(
            "  ", name, pad, f"  {weight:>{weight_cells}}  ",
            (f"{shown:>5}", score_style(dimension.score)), "  ", bar(dimension.score),
            f"  {dimension.done}/{dimension.done + dimension.open}",
        )  # fmt: skip


def _blockers(report: StatusReport, cells: int) -> Iterator[Text]:
    if not report.blockers:
        yield Text.assemble(("Blockers", "bold"), "  none")
        return
    yield Text("Blockers", "bold")
    loads = [
        Text.assemble(field(load.owner or "no owner", 24), f" {load.open}",
                      (f" ({load.overdue} overdue)", "red") if load.overdue else "")
        for load in report.owner_loads()
    ]  # fmt: skip
    yield from _flow(loads, cells, indent=2, lead=Text("by owner: ", "dim"))
    for group in report.groups():
        yield Text.assemble(
            field(group.path, cells - 12, "bold underline"), f" · {group.count} open"
        )
        for section in group.sections:
            yield Text.assemble("  ", field(section.name or "(no section)", cells - 2, "bold"))
            for blocker in section.blockers:
                yield Text.assemble("    • ", field(blocker.label, cells - 6))
                yield from _flow(_blocker_meta(blocker), cells, indent=6, hang=0)


def _blocker_meta(blocker: BlockerLine) -> list[Text]:
    """owner · due · path:line: wrapped between parts, never cut, when the line is narrow."""
    owners = ", ".join(blocker.owners)
    parts: list[Text] = [field(owners, 30, "cyan") if owners else Text("no owner", "dim")]
    if blocker.due is not None:
        due = Text(f"due {blocker.due.isoformat()}")
        if blocker.overdue:
            due.append(" OVERDUE", "bold red")
        parts.append(due)
    if blocker.decision:
        parts.insert(0, Text("decision", "magenta"))
    parts.append(Text(f"{clean(blocker.path)}:{blocker.line}", "dim"))
    return parts


def _claims(report: StatusReport, cells: int) -> Iterator[Text]:
    if not report.claims:
        yield Text.assemble(("Claims", "bold"), "  none found")
        return
    yield Text.assemble(
        ("Claims", "bold"), f"  {report.wrong_claims} of {len(report.claims)} wrong"
    )
    for claim in report.claims:
        mark, verdict = _verdict(claim)
        scope = claim.scope + (f" claim ({claim.subject})" if claim.dimension else " claim")
        place = Text(f"{clean(claim.path)}:{claim.line}", "dim")
        yield Text.assemble("  ", mark, " ", field(claim.label, cells - 4))
        yield from _flow([verdict, field(scope, 40), place], cells, indent=6, hang=0)


def _verdict(claim: ClaimLine) -> tuple[Text, Text]:
    """The claim's mark and verdict: ✓ holds, ✗ wrong, ~ wrong but kept by a disable comment."""
    if claim.holds:
        return Text("✓", "green"), Text("holds", "green")
    if claim.suppressed:
        return Text("~", "yellow"), Text(f"wrong: {claim.rule}, kept by a comment", "yellow")
    return Text("✗", "bold red"), Text(f"wrong: {claim.rule}", "bold red")


def _flow(
    parts: Iterable[Text], cells: int, *, indent: int, hang: int = 2, lead: Text | None = None
) -> Iterator[Text]:
    """Parts joined by ' · ', wrapped between parts so that no line exceeds `cells`;
    continuation lines are indented `hang` cells further."""
    line = Text(" " * indent).append_text(lead or Text())
    empty = True
    for part in parts:
        if not empty and cell_len(line.plain) + len(_SEP) + cell_len(part.plain) > cells:
            yield line
            line, empty = Text(" " * (indent + hang)), True
        line.append(_SEP if not empty else "").append_text(part)
        empty = False
    yield line

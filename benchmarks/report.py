"""The benchmark's results and their markdown table (see run.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Side:
    """One checklint series, summarised."""

    seconds: float
    ratio: float  # median of per-round wall-time ratios to the baseline
    cpu_ratio: float  # the same with CPU time (user + system)
    peak_mb: float
    items_per_s: float
    imports: str  # which heavy libraries the run imported ('' = none)


@dataclass(frozen=True, slots=True)
class Result:
    scenario: str
    items: int
    markdown_bytes: int
    rounds: int
    baseline_s: float
    baseline_mb: float
    cold: Side
    warm: Side
    markdownlint: dict[str, float] | None = None  # markdownlint-cli2, when it ran here
    first: float | None = None  # ratio of a run with no cache at all (a fresh installation)


HEADER = (
    "| scenario | items | MB | rounds | markdown-it s | cold s | cold ratio (CPU) | "
    "warm s | warm ratio (CPU) | first run ratio | peak MB cold / warm / markdown-it | "
    "items/s cold | heavy imports cold / warm |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
)


def row(r: Result) -> str:
    c, w = r.cold, r.warm
    first = "" if r.first is None else f"{r.first:.2f}×"
    return (
        f"| {r.scenario} | {r.items:,} | {r.markdown_bytes / 1e6:.3f} | {r.rounds} | "
        f"{r.baseline_s:.3f} | {c.seconds:.3f} | **{c.ratio:.2f}×** ({c.cpu_ratio:.2f}×) | "
        f"{w.seconds:.3f} | **{w.ratio:.2f}×** ({w.cpu_ratio:.2f}×) | {first} | "
        f"{c.peak_mb:.0f} / {w.peak_mb:.0f} / {r.baseline_mb:.0f} | {c.items_per_s:,.0f} | "
        f"{c.imports or 'none'} / {w.imports or 'none'} |\n"
    )


def markdownlint_line(r: Result) -> str:
    m = r.markdownlint or {}
    return (
        f"markdownlint-cli2 on {r.scenario}: {m['seconds']:.1f} s, {m['peak_mb']:.0f} MB peak: "
        f"checklint cold is {m['slower']:.1f}× faster (CPU {m['slower_cpu']:.1f}×) and "
        f"{m['heavier']:.1f}× leaner\n"
    )

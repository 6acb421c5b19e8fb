"""Run the benchmark: `checklint check` against a whole-process markdown-it-py parse.

    python benchmarks/run.py                      # everything: 15 rounds, 3 on 7.9 MB
    python benchmarks/run.py --only seed seed-git --rounds 31
    python benchmarks/run.py --markdownlint       # also markdownlint-cli2 in the 7.9 MB rounds

For each scenario (see `scenarios.py`) four commands run alternately as child
processes of this one: checklint with an empty document cache (cold: every file
parsed, as on the commit that edits it; the compiled-regex table stays, as
compiled bytecode does), checklint with the cache filled by the warm-up run
(warm: the files unchanged, as on most commits), checklint with no cache at all
(first run: a fresh installation's very first commit), and the baseline.
The report gives median wall times, the median of the per-round ratios to the
baseline (wall and CPU), median peak memory and items per second (items
checklint parsed / its median whole-process time). Results are printed as a
markdown table and saved as JSON in the output folder (default benchmarks/out/,
git-ignored). Run it with the interpreter checklint is installed in.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import asdict
from functools import partial
from pathlib import Path

import markdownlint
import scenarios
from measure import Series, alternate, paired_ratio, run_once
from report import HEADER, Result, Side, markdownlint_line, row

ALL = ("seed", "seed-config", "seed-git", "seed-staged", "gen-1mb", "gen-7.9mb")
LARGE = "gen-7.9mb"
_HEAVY = ("git", "pydantic", "ruamel", "rich", "jsonschema", "markdown_it")
_PROBE = (
    "import sys; from checklint.cli import main; main(sys.argv[1:]); print('HEAVY=' + "
    "','.join(sorted({m.split('.')[0] for m in sys.modules} & set(" + repr(_HEAVY) + "))))"
)


def measure(
    scenario: scenarios.Scenario, out: Path, rounds: int, other: Series | None = None
) -> Result:
    """Cold, warm and baseline in alternating rounds (and `other`, a fourth command)."""
    env = scenarios.run_environment(out)
    cold_dir, warm_dir = out / "cache-cold", out / "cache-warm"
    first_dir = out / "cache-first"
    shutil.rmtree(warm_dir, ignore_errors=True)
    shutil.rmtree(cold_dir, ignore_errors=True)
    cold = Series("cold", scenario.checklint_argv(), _cache_env(env, cold_dir),
                  partial(_drop_documents, cold_dir))  # fmt: skip
    warm = Series("warm", scenario.checklint_argv(), _cache_env(env, warm_dir))
    warm.prepare = partial(_keep_warm, warm, [b""])
    first = Series("first", scenario.checklint_argv(), _cache_env(env, first_dir),
                   lambda: shutil.rmtree(first_dir, ignore_errors=True))  # fmt: skip
    base = Series("markdown-it-py", scenario.baseline_argv(), env)
    series = (cold, warm, first, base) if other is None else (cold, warm, first, base, other)
    alternate(series, rounds)
    items = count_items(scenario)
    shutil.rmtree(cold_dir, ignore_errors=True)
    cold_imports = probe(scenario, _cache_env(env, cold_dir))
    shutil.rmtree(cold_dir, ignore_errors=True)
    probe(scenario, _cache_env(env, warm_dir))  # refills entries a concurrent edit of checklint
    return Result(  # made stale: the second probe sees what a warm run imports
        scenario=scenario.name,
        items=items,
        markdown_bytes=sum(path.stat().st_size for path in scenario.markdown),
        rounds=rounds,
        baseline_s=base.median_seconds,
        baseline_mb=base.median_peak_mb,
        cold=_side(cold, base, items, cold_imports),
        warm=_side(warm, base, items, probe(scenario, _cache_env(env, warm_dir))),
        markdownlint=None if other is None else _versus(other, cold),
        first=paired_ratio(first, base),
    )


def _versus(other: Series, cold: Series) -> dict[str, float]:
    """How much slower and heavier `other` is than checklint cold (medians of rounds)."""
    return {
        "seconds": other.median_seconds,
        "peak_mb": other.median_peak_mb,
        "slower": paired_ratio(other, cold),
        "slower_cpu": paired_ratio(other, cold, cpu=True),
        "heavier": other.median_peak_mb / cold.median_peak_mb,
    }


def _keep_warm(warm: Series, last: list[bytes]) -> None:
    """Refill the warm cache (untimed) when checklint's code changed since the last run.

    Every key holds a fingerprint of checklint's files, so an edit made while the
    benchmark runs (by a developer, or a formatter) turns the next warm run into a
    cold one; refilling keeps "warm" meaning warm.
    """
    from checklint.cache_store import code_fingerprint

    now = code_fingerprint(fresh=True)
    if now != last[0]:
        run_once(warm.argv, warm.env)
        last[0] = now


def _drop_documents(folder: Path) -> None:
    """Empty the cache but for the compiled-regex table, which no edit of a file changes."""
    for entry in folder.glob("*") if folder.is_dir() else ():
        if not entry.name.startswith("regex-"):
            entry.unlink()


def _cache_env(env: dict[str, str], folder: Path) -> dict[str, str]:
    return {**env, "CHECKLINT_CACHE_DIR": str(folder)}


def _side(series: Series, base: Series, items: int, imports: str) -> Side:
    return Side(
        seconds=series.median_seconds,
        ratio=paired_ratio(series, base),
        cpu_ratio=paired_ratio(series, base, cpu=True),
        peak_mb=series.median_peak_mb,
        items_per_s=items / series.median_seconds,
        imports=imports,
    )


def count_items(scenario: scenarios.Scenario) -> int:
    """Task items and table rows checklint parsed in the scenario's project."""
    from checklint.loader import load

    project = load(scenario.root)
    return sum(len(document.items) for document in project.documents)


def probe(scenario: scenarios.Scenario, env: dict[str, str]) -> str:
    """The heavy libraries one run imports (after the runs: a warm cache stays warm)."""
    argv = [sys.executable, "-c", _PROBE, "--root", str(scenario.root), *scenario.check_args]
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    found = [line for line in result.stdout.splitlines() if line.startswith("HEAVY=")]
    return found[-1].removeprefix("HEAVY=") if found else "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--only", nargs="+", choices=ALL, default=list(ALL))
    parser.add_argument("--rounds", type=int, default=15, help="alternating rounds per scenario")
    parser.add_argument("--large-rounds", type=int, default=3, help=f"rounds for {LARGE}")
    parser.add_argument("--markdownlint", action="store_true", help=f"run it once on {LARGE}")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {"python": sys.version.split()[0], "machine": machine()}
    results: list[Result] = []
    print(HEADER, end="", flush=True)
    for scenario in scenarios.build(args.out, set(args.only)):
        large = scenario.name == LARGE
        other = markdownlint_series(args.out, scenario) if large and args.markdownlint else None
        results.append(measure(scenario, args.out, args.large_rounds if large else args.rounds,
                               other))  # fmt: skip
        print(row(results[-1]), end="", flush=True)
    for result in results:
        if result.markdownlint:
            print("\n" + markdownlint_line(result), end="")
    report["results"] = [asdict(result) for result in results]
    (args.out / "results.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def markdownlint_series(out: Path, scenario: scenarios.Scenario) -> Series | None:
    executable = markdownlint.install(out)
    if executable is None:
        print("markdownlint-cli2: npm could not install it; skipped", file=sys.stderr)
        return None
    argv = (str(executable), *(str(path) for path in scenario.markdown))
    return Series("markdownlint-cli2", argv, scenarios.run_environment(out), timeout=900)


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"


if __name__ == "__main__":
    main()

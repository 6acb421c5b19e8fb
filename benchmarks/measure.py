"""Timing whole processes: wall time, CPU time and peak memory of one child, alternately.

Each command is started by a small launcher process (`launcher.py`) and reaped
with `os.wait4`, which returns that child's own resource usage: its CPU time and
its peak resident set (`ru_maxrss`, the largest of the child and of any
descendants it waited for, such as `git`). Commands that are compared run
alternately, A B C A B C ..., so that drift in the machine's load hits all of
them alike, and every figure reported is a median.
"""

from __future__ import annotations

import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float  # wall time, from the parent's side
    cpu_seconds: float  # the child's user + system time (steadier on a busy machine)
    peak_mb: float  # the child's maximum resident set size
    exit_code: int


@dataclass(slots=True)
class Series:
    """Every run of one command."""

    name: str
    argv: tuple[str, ...]
    env: Mapping[str, str] | None = None
    prepare: Callable[[], object] | None = None  # run untimed before each run
    timeout: float | None = None  # seconds; a run that takes longer is an error
    runs: list[Run] = field(default_factory=list)

    def run(self) -> Run:
        if self.prepare is not None:
            self.prepare()
        return run_once(self.argv, self.env, self.timeout)

    @property
    def median_seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def median_cpu_seconds(self) -> float:
        return statistics.median(run.cpu_seconds for run in self.runs)

    @property
    def median_peak_mb(self) -> float:
        return statistics.median(run.peak_mb for run in self.runs)


def run_once(
    argv: Sequence[str], env: Mapping[str, str] | None = None, timeout: float | None = None
) -> Run:
    """Run `argv` to completion with output discarded; its times and peak memory."""
    with tempfile.TemporaryDirectory() as folder:  # stderr to a file: a chatty child never blocks
        errors = Path(folder) / "stderr"
        request = [list(argv), dict(os.environ if env is None else env), str(errors), timeout]
        seconds, cpu, maxrss, code = _launcher().ask(request)
        error = errors.read_text(encoding="utf-8", errors="replace") if errors.exists() else ""
    if code == -9:
        raise TimeoutError(f"{argv[0]} did not finish in {timeout} s")
    if code not in (0, 1):  # 1 is checklint's "findings"; 2 and signals are not
        raise RuntimeError(f"{argv[0]} exited {code}: {error.strip()[-500:]}")
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024
    return Run(seconds, cpu, maxrss * scale, int(code))


class _Launcher:
    """The small process that starts every measured command (see launcher.py for why)."""

    def __init__(self) -> None:
        script = Path(__file__).with_name("launcher.py")
        self.process = subprocess.Popen(
            [sys.executable, "-S", "-I", str(script)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, request: Sequence[object]) -> list[float]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer: list[float] = json.loads(self.process.stdout.readline())
        return answer


@functools.cache
def _launcher() -> _Launcher:
    return _Launcher()


def alternate(series: Sequence[Series], rounds: int) -> None:
    """One untimed warm-up of each command, then `rounds` rounds of A B ... in turn."""
    for one in series:
        one.run()
    for _ in range(rounds):
        for one in series:
            one.runs.append(one.run())


def paired_ratio(numerator: Series, denominator: Series, *, cpu: bool = False) -> float:
    """The median of the per-round ratios: robust to load that drifts between rounds."""
    pairs = zip(numerator.runs, denominator.runs, strict=True)
    if cpu:
        return statistics.median(a.cpu_seconds / b.cpu_seconds for a, b in pairs)
    return statistics.median(a.seconds / b.seconds for a, b in pairs)

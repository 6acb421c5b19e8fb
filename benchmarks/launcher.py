"""A small process that starts the measured commands, so that their peak memory is their own.

On Linux a child's `ru_maxrss` starts from the resident size of the process it
was forked from (exec keeps the old image's high-water mark), so children of a
harness that has grown would all look at least as big as the harness. This
launcher stays small (`python -S -I`, standard library only): `measure.py`
starts it once and sends it one JSON request a line, `[argv, env, stderr_path,
timeout]`; it forks, execs, reaps the child with `os.wait4` and answers
`[wall_seconds, cpu_seconds, maxrss, exit_code]` (exit code -9: timed out).
"""

from __future__ import annotations

import json
import os
import sys
import time
from resource import struct_rusage


def run(
    argv: list[str], env: dict[str, str], stderr_path: str, timeout: float | None
) -> list[float]:
    null = os.open(os.devnull, os.O_RDWR)
    errors = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: no output on the pipe to the harness
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.dup2(errors, 2)
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    os.close(null)
    os.close(errors)
    status, usage = reap(pid, timeout)
    seconds = time.perf_counter() - started
    code = -9 if status is None else os.waitstatus_to_exitcode(status)
    return [seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code]


def reap(pid: int, timeout: float | None) -> tuple[int | None, struct_rusage]:
    if timeout is None:
        _, status, usage = os.wait4(pid, 0)
        return status, usage
    deadline = time.monotonic() + timeout
    while True:
        found, status, usage = os.wait4(pid, os.WNOHANG)
        if found == pid:
            return status, usage
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            return None, os.wait4(pid, 0)[2]
        time.sleep(0.01)


for line in sys.stdin:
    sys.stdout.write(json.dumps(run(*json.loads(line))) + "\n")
    sys.stdout.flush()

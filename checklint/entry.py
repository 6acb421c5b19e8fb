"""The `checklint` console script: how the process starts and how it ends.

- The cycle collector is switched off first. A run makes almost no reference
  cycles, yet the objects that importing click and checklint creates (classes,
  functions, compiled patterns) trigger collections that cost ~4 ms of a 65 ms
  run on every commit. `checklint.cli.main` keeps it off for the command itself.
- The process ends with `os._exit` as soon as its output is flushed: tearing the
  interpreter down (every module's cleanup, then freeing each parsed record) took
  ~11 ms of a 75 ms seed run, and more on large files, with nothing left to clean
  up (caches are written, files closed). Under coverage, a profiler or a
  debugger, which write their results at exit, it exits normally.

`main()` itself stays an ordinary function for the library and the tests.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn


def run() -> NoReturn:
    gc.disable()
    from checklint.cli import main

    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: the reader has what it wanted
            pass
    if "coverage" in sys.modules or sys.gettrace() is not None or sys.getprofile() is not None:
        sys.exit(code)  # coverage, a profiler or a debugger writes its results at exit
    os._exit(code)

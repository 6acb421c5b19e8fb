"""The `checklint` console script: what runs before anything else is imported.

The cycle collector is switched off first. A run makes almost no reference
cycles, yet the objects that importing click and checklint creates (classes,
functions, compiled patterns) trigger collections that cost ~4 ms of a 65 ms
run on every commit. `checklint.cli.main` keeps it off for the command itself.
"""

from __future__ import annotations

import gc
from typing import NoReturn


def run() -> NoReturn:
    gc.disable()
    from checklint.cli import console_main

    console_main()

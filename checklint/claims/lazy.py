"""Regexes compiled on first use: importing a reader must not pay for paths a run never takes.

Compiling is most of the claim readers' import time, and most patterns serve
one branch (commit messages, tables, wrapped lines, legends ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial


def lazy(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """An accessor compiling `source` on its first call and returning that pattern after.

    The cache calls `re.compile` directly, so a profiler charges the compile to
    the module that asked for the pattern, and a call costs one cache lookup.
    """
    return cache(partial(re.compile, source, flags))

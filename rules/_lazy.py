"""Regexes compiled on first use: importing the catalogue must not compile every rule's.

`checklint rules` and `explain` import every rule and run none, and a check
reaches many patterns only on some lines (gate items, evidence dates). The same
helper as `checklint.claims.lazy`, kept here so that rules do not import the
claims package.
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

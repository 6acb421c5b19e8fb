"""checklint: keeps release claims in markdown honest.

The library works without the command line::

    import checklint

    project = checklint.load("path/to/repo")          # typed documents, items, sections
    card = checklint.score(project)                   # blockers, dimensions, overall, ready
    findings = checklint.check(project)               # every rule's findings, sorted

Names are imported lazily so that `import checklint` stays cheap on the
pre-commit hot path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["ChecklintError", "check", "load", "score"]

if TYPE_CHECKING:
    from checklint.engine import run as check
    from checklint.errors import ChecklintError
    from checklint.loader import load
    from checklint.scoring import score


def __getattr__(name: str) -> Any:
    if name == "load":
        from checklint.loader import load

        return load
    if name == "score":
        from checklint.scoring import score

        return score
    if name == "check":
        from checklint.engine import run

        return run
    if name == "ChecklintError":
        from checklint.errors import ChecklintError

        return ChecklintError
    raise AttributeError(f"module 'checklint' has no attribute {name!r}")

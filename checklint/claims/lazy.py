"""Regexes compiled on first use: importing a reader must not pay for paths a run never takes.

Compiling is most of the claim readers' import time, and most patterns serve
one branch (commit messages, tables, wrapped lines, legends ...).
"""

from __future__ import annotations

from checklint.lazyre import lazy

__all__ = ["lazy"]

"""Regexes compiled on first use: importing the catalogue must not compile every rule's.

`checklint rules` and `explain` import every rule and run none, and a check
reaches many patterns only on some lines (gate items, evidence dates). The
helpers live in `checklint.lazyre`, shared with the parser's metadata readers;
they are named here so that rules do not import the claims package's copy.
"""

from __future__ import annotations

from checklint.lazyre import lazy, may_contain

__all__ = ["lazy", "may_contain"]

"""Making user text safe to print next to other columns: controls removed, RTL runs isolated.

Item texts are written by hand, in Persian as often as in English. Two things
can go wrong when they are printed in a line with an owner and a `path:line`:

- A right-to-left run (Persian, Arabic, Hebrew) pulls the neutral characters
  around it into its direction, so in a bidi-aware terminal or browser the
  columns after it appear reordered. Each field holding RTL text is therefore
  wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069,
  Unicode TR9): inside, the text keeps its own direction; outside, the line
  stays left-to-right. Terminals without bidi support show the text in logical
  order, unchanged, and measure both marks as zero cells wide.
- Control characters (an ESC from a pasted log) and stray bidi controls in
  the text itself would either colour the terminal under NO_COLOR or break the
  isolation; they are replaced or dropped.
"""

from __future__ import annotations

import unicodedata

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_RTL_CLASSES = frozenset({"R", "AL"})


def clean(text: str) -> str:
    """`text` without bidi embedding/isolate controls; other control characters become '�'."""
    if text.isprintable():
        return text
    return "".join(_clean_char(char) for char in text)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def isolate(text: str) -> str:
    """`text` wrapped in FSI…PDI when it holds right-to-left characters, else unchanged."""
    return f"{FSI}{text}{PDI}" if has_rtl(text) else text


def _clean_char(char: str) -> str:
    if char in _BIDI_CONTROLS:
        return ""
    if char in "\t\n\r":
        return " "
    return "\ufffd" if unicodedata.category(char) == "Cc" else char

"""Section names, weights and Scoring Model entries, read from heading and list text.

The patterns compile on first use: the rules that ask `is_scoring_model` are
imported by `checklint rules` and `explain`, which read no heading.
"""

from __future__ import annotations

from checklint.lazyre import lazy
from checklint.text import normalise_key

# 'A) ', '1. ', 'B. ', '5) ', '2.3 ': a label, not part of the name.
_LABEL = lazy(r"^\s*(?:[A-Za-z]|\d+(?:\.\d+)*)[.)](?:\s+|$)|^\s*\d+(?:\.\d+)+\s+")
# '(25%)', '（15%）', '(۲۵٪)': \d and float() read any script's digits; ٪ is the Arabic percent.
_WEIGHT = lazy(r"\s*[(（]\s*(\d+(?:[.٫]\d+)?)\s*[%٪]\s*[)）]\s*$")
_ENTRY = lazy(r"^(.*?)\s*[:：=—–-]?\s*[(（]?\s*(\d+(?:[.٫]\d+)?)\s*[%٪]\s*[)）]?\s*\.?$")
_SCORING_TITLES = frozenset({"scoring model", "scoring", "weights", "weighting", "score weights"})


def split_heading(title: str) -> tuple[str, float | None]:
    """('A) Engineering Quality (25%)') -> ('Engineering Quality', 25.0)."""
    weight: float | None = None
    match = _WEIGHT().search(title)
    if match and match.start() > 0:  # a heading that is only '(25%)' names nothing to weigh
        weight = _number(match.group(1))
        title = title[: match.start()]
    name = _LABEL().sub("", title, count=1).strip() or title.strip()
    return _strip_wrapping_markup(name), weight


def is_scoring_model(name: str) -> bool:
    return normalise_key(name) in _SCORING_TITLES


def parse_scoring_entry(text: str) -> tuple[str, float] | None:
    """'`Engineering Quality` (25%)' -> ('Engineering Quality', 25.0); None if no weight."""
    match = _ENTRY().match(text.strip())
    if not match or not match.group(1).strip():
        return None
    return _strip_wrapping_markup(match.group(1).strip()), _number(match.group(2))


def _strip_wrapping_markup(name: str) -> str:
    stripped = name.strip()
    while len(stripped) > 1 and stripped[0] == stripped[-1] and stripped[0] in "`*_":
        stripped = stripped[1:-1].strip()
    return stripped


def _number(digits: str) -> float:
    return float(digits.replace("٫", "."))  # the Arabic decimal separator

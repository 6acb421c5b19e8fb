"""The fixed regex sources of the grammar: the shapes no vocabulary changes.

Kept as strings; `checklint.claims.grammar` compiles them once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checklint.claims import words


def plain(entries: Iterable[str]) -> str:
    """An alternation of literal phrases, white space loose."""
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries)


_NO_WORD_BEFORE = r"(?<![\w\-])"
_NO_WORD_AFTER = r"(?![\w\-])"
_THINGS = rf"(?:{plain(words.WHOLE_THINGS)})"
_DONE = rf"(?:{plain(words.DONE_PREDICATES)}|✅)"
_COPULAS = rf"(?:{plain(words.COPULAS)})"

# 'N/10' with N up to 10 and beyond; the detector drops what exceeds the scale.
SCORE = r"(?<![\w/.\-–])(?P<value>\d{1,2}(?:\.\d+)?)[ ]*/[ ]*(?P<scale>10(?:\.0+)?)(?![\w/]|\.\d)"
ANY_SCORE = (
    r"(?<![\w/.\-–])(?P<value>\d{1,3}(?:\.\d+)?)[ ]*/[ ]*(?P<scale>\d{1,3}(?:\.\d+)?)(?![\w/]|\.\d)"
)
# A full mark: N/N ('10/10', '10.0 / 10', '100/100', '33/33'), 'N out of N', or '100%'.
# Only 10/10 may stand without a subject ('10/10 achieved ✅'); '26/26' alone is a count.
TOP_SCORE = (
    r"(?<![\w/.\-–])(?:(?P<top>(?P<scale>[1-9]\d{0,2})(?:\.0+)?[ ]*/[ ]*(?P=scale)(?:\.0+)?"
    r"|(?P<words>10 out of 10|100 out of 100))"
    r"|(?P<percent>100(?:\.0+)?[ ]*%))(?![\w/]|\.\d)"
)
VERDICT = (
    rf"(?<![\w\-/.:#@])(?:{plain((*words.READINESS_VERDICTS, *words.CHECK_VERDICTS))})"
    r"(?![\w\-/]|:\w|\.\w)"
)
COMPOUND = (
    rf"{_NO_WORD_BEFORE}(?:{plain(words.COMPOUND_HEADS)})[\s-]ready{_NO_WORD_AFTER}"
    rf"|{_NO_WORD_BEFORE}(?:achieved|reached|attained)\s+(?:full\s+|complete\s+)?"
    rf"(?:production|release|launch)[\s-]readiness{_NO_WORD_AFTER}"
    rf"|{_NO_WORD_BEFORE}all\s+systems\s+(?:are\s+)?go{_NO_WORD_AFTER}"
)
READY_FOR = (
    r"(?<![\w\-/])(?:ready|approved|cleared)\s+"
    rf"(?:for\s+(?:[\w.'-]+\s+){{0,2}}?(?:{plain(words.RELEASE_NOUNS)})"
    rf"|to\s+(?:\w+\s+(?:and|&)\s+)?(?:{plain(words.RELEASE_VERBS)})){_NO_WORD_AFTER}"
)
NONE_STATEMENT = (
    rf"{_NO_WORD_BEFORE}(?:no|zero|0)\s+(?P<mods>(?:[\w/&-]+\s+){{0,3}}?)"
    rf"(?P<noun>blockers?|items?|tasks?|issues?|gaps?|work|todos?){_NO_WORD_AFTER}"
    r"(?P<tail>\s+(?:remains?|remaining|left|open|outstanding|pending))?"
)
NOTHING_LEFT = (
    rf"{_NO_WORD_BEFORE}nothing\s+(?:(?:is|else)\s+)?"
    rf"(?:remains?|left|outstanding|open|pending|blocking|to\s+do){_NO_WORD_AFTER}"
)
ALL_DONE = (
    rf"{_NO_WORD_BEFORE}(?:all|every|each)\s+(?:[\w/,&-]+\s+){{0,4}}?{_THINGS}{_NO_WORD_AFTER}"
    rf"(?:\s+(?:{_COPULAS}|has|have|now|already|fully|truly|all))*\s+{_DONE}{_NO_WORD_AFTER}"
    rf"|{_NO_WORD_BEFORE}everything\s+(?:{_COPULAS}\s+)?(?:now\s+)?{_DONE}{_NO_WORD_AFTER}"
)
GATES_GREEN = (
    rf"{_NO_WORD_BEFORE}gates\s+(?:{_COPULAS}|have)(?:\s+(?:all|now|fully))*\s+"
    rf"(?:green|passing|passed|closed|met){_NO_WORD_AFTER}"
)
PASSES_ALL = (
    rf"{_NO_WORD_BEFORE}(?:passed|passes|cleared|clears|met|meets)\s+(?:all|every)\s+"
    rf"(?:[\w/-]+\s+){{0,2}}?{_THINGS}{_NO_WORD_AFTER}"
)
COPULA = rf"{_NO_WORD_BEFORE}(?:{_COPULAS})(?:\s+(?:{plain(words.ADVERBS)}))*\s*$"
WORK_UNIT_ID = (
    rf"(?<![\w])(?:{plain(words.WORK_UNITS)})\s*[-#:.]?\s*"
    r"(?:\d+[\w.]*|[a-z](?![\w])|[ivx]+(?![\w]))|^\W*[a-z]{1,3}\d+"
)


# A word every claim needs: lines without one are dismissed before any other work
# (cheaper to compile and to run than the union of the readers' patterns).
_TRIGGER_PHRASES = ("out of", "ready", "readiness", "achieved", "approved", "cleared")
_TRIGGER_WORDS = (
    "go", "done", "complete", "completed", "pass", "passed", "passing", "green", "none",
    "nothing", "nil", "zero", "0", "no", "all", "every", "each", "everything", "gates",
)  # fmt: skip
TRIGGER = (
    rf"\d[ ]*/[ ]*\d|100(?:\.0+)?[ ]*%|{'|'.join(_TRIGGER_PHRASES)}"
    rf"|(?<![\w-])(?:{'|'.join(_TRIGGER_WORDS)})(?![\w-])|✅|✔|☑"
)
# TRIGGER for lower-cased text (`checklint.claims.gates`), in two patterns whose every
# alternative opens with a literal or a digit, so that re skips ahead to where one may
# start: a word's left boundary is checked after its first letter (`g(?<![\w-]g)o`).
TRIGGER_LOWERED = "|".join(
    (
        r"100(?:\.0+)?[ ]*%", *_TRIGGER_PHRASES, "✅", "✔", "☑",
        *(rf"{w[0]}(?<![\w-]{w[0]}){w[1:]}(?![\w-])" for w in _TRIGGER_WORDS),
    )
)  # fmt: skip
TRIGGER_SCORE = r"\d[ ]*/[ ]*\d"
# The shapes of a statement that nothing remains: a sentence holding none of their words is
# spared all of them at once (the `statements` gate).
STATEMENT_SHAPES = (
    "none_statement", "nothing_left", "all_done", "passes_all", "gates_green", "configured_none",
)  # fmt: skip
# For each shape, words one of which every match holds, lower-cased: a stretch of text
# without any is not searched for the shape (`checklint.claims.gates`).
NEEDLES = {
    "top_score": ("/", "%", "out"),
    "verdict": ("ready", "achieved", "go", "done", "complete", "pass", "green"),
    "compound": ("ready", "readiness", "systems"),
    "ready_for": ("ready", "approved", "cleared"),
    "none_statement": ("blocker", "item", "task", "issue", "gap", "work", "todo"),
    "nothing_left": ("nothing",),
    "all_done": ("all", "every", "each"),
    "gates_green": ("gates",),
    "passes_all": ("all", "every"),
}
_DIGIT = "[0-9０-９۰-۹٠-٩]"
# The prefilter, as two patterns over casefolded text, each opening every alternative with a
# literal or one character class: re then skips straight to a character that can start a
# match instead of trying every alternative at every position (2.3x faster). So a word's
# left boundary is checked after its first letter: `g(?<![a-z]g)o` is `(?<![a-z])go`.
PREFILTER_WORDS = (
    r"10\s+out\s+of\s+10|100\s*[%٪]"
    rf"|\|[\s*_~]*{_DIGIT}{{1,2}}(?:[.٫]{_DIGIT}+)?[\s*_]*(?:\||$)"  # a score column's cell
    r"|ready|achiev|approved|cleared|g(?<![a-z]g)o(?![a-z])|pass|done|complet|green|none"
    r"|nothing|n(?<![a-z]n)o\s+\S|z(?<![a-z]z)ero\s+\S|0(?<![a-z]0)\s+\S|:[\s*_`]*0(?![\d.])"
    r"|a(?<![a-z]a)ll(?![a-z])|e(?<![a-z]e)very(?![a-z])"
    r"|✅|✔|☑"
)
PREFILTER_SCORE = rf"{_DIGIT}\s*[/／]\s*{_DIGIT}"

"""## What it does
Finds a done task item or table row, in a checklist or queue, whose own text
says the work is not finished: TODO, TBD, WIP, pending, placeholder or blocked
(any case, whole words) used as a status of the item.

A word counts as a status where a status stands: at the start of the text
(`TODO: …`, `[WIP] …`), as the value after a separator (`Pricing: TBD`,
`Docs — pending review`), inside a parenthetical (`(owner TBD)`, `(blocked on
infra)`), at the end (`sign-off pending`), or after `still`, `currently`, `is`
(`is a placeholder`, `still blocked`). Used as an ordinary word it does not
count: `files with placeholder owners`, `pending/paid orders`, `blocked users`,
`Merges are blocked until CI passes`. Negated or acted-on words do not count
either: `with no placeholders`, `without TODOs`, `zero TBD fields`, `Resolve all
TODOs`, `placeholders removed`, `Pending: none`. Text in code spans and link
targets is ignored.

## Why is this bad?
The tick and the text disagree, and the tick wins in the score: an item closed
as `Lead notification destination: placeholder` counts as done while the
placeholder ships. Whoever reads the checklist later cannot tell which one is
true.

## Example
```markdown
## E) Product & Conversion (15%)
- [x] Finalize pricing policy: TBD
- [x] Release notes written (pending review).
- [x] Go/No-Go evidence regenerated with no placeholders.
```

Lines 2 and 3 are reported; line 4 is not (`no placeholders` is a negation).

## Options
`words`: extra words or phrases that mark pending work, for other languages
or house terms; they count in the same places as TODO.

```yaml
rules:
  CL203:
    words: ["در انتظار", "FIXME"]
```

## How to fix
Finish the work and drop the word, or uncheck the item until it is finished.
If the word describes something else, rephrase it so that it does not read as
a status, or suppress the line with `<!-- checklint-disable-next-line CL203 -->`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from checklint.errors import ChecklintError
from checklint.lazyre import lazy, may_contain
from checklint.models import Status
from checklint.rule import Finding, Rule, RuleContext
from checklint.rules._records import item_finding, judged_documents, shorten

RULE = Rule(
    id="CL203",
    name="done-but-pending",
    severity="warning",
    summary="a done item whose text says TODO, TBD, pending, WIP, placeholder, blocked",
)

_BUILT_IN = ("todos", "todo", "tbd", "wip", "pending", "placeholders", "placeholder", "blocked")
_TAGS = frozenset({"todo", "todos", "tbd", "wip"})  # status tags whatever follows them
_LOOSE = _TAGS | {"pending"}  # a status at the end of the text and anywhere in a parenthetical
_PENDING_FOR = frozenset((
    "review", "approval", "sign-off", "signoff", "confirmation", "input", "decision",
    "verification", "validation", "merge", "deploy", "deployment", "release", "feedback",
    "answer", "response", "access", "test", "tests", "testing", "qa", "owner", "legal", "on",
    "for", "until", "since", "as",
))  # fmt: skip
_BLOCKED_BY = frozenset({"on", "by", "pending", "waiting"})
_NEGATORS = frozenset((  # 'no …', and verbs whose object is the pending word: 'Resolve all TODOs'
    "no", "not", "without", "zero", "never", "none", "nothing", "non", "remove", "removed",
    "removing", "replace", "replaced", "replacing", "resolve", "resolved", "resolving", "fill",
    "filled", "filling", "clear", "cleared", "fix", "fixed", "eliminate", "eliminated", "delete",
    "deleted", "drop", "dropped", "clean", "cleaned", "close", "closed", "address", "addressed",
    "archive", "archived", "triage", "triaged", "convert", "converted", "unblock", "unblocked",
    "handle", "handled", "scan", "scanned", "detect", "detected", "lint", "flag", "flagged",
    "ban", "banned", "forbid", "forbidden", "audit", "audited", "grep",
))  # fmt: skip
_DONE_AFTER = frozenset((
    "removed", "replaced", "resolved", "cleared", "fixed", "filled", "closed", "gone",
    "eliminated", "deleted", "addressed", "handled", "cleaned", "unblocked",
))  # fmt: skip
_NOTHING = frozenset({"none", "no", "0", "zero", "nothing", "false", "n/a"})
_PREDICATE = lazy(
    r"\b(?:still|currently|remains?|left(?:\s+as)?|marked(?:\s+as)?|set\s+to|is|are|was|were)"
    r"(?:\s+(?:still|currently|a|an))*\s*$",
    re.IGNORECASE,
)
_PREDICATE_BLOCKED = lazy(r"\b(?:still|currently|remains?|marked(?:\s+as)?)\s*$", re.I)
_CODE = lazy(r"`[^`]*`|<!--.*?-->")
_LINK = lazy(r"!?\[([^\]]*)\]\([^)]*\)")  # the link text stays, the target goes
_URL = lazy(r"<[a-z]+:[^>]*>|https?://\S+", re.IGNORECASE)
_SEPARATORS = lazy(r"[(\[\]):;,|—–→=]|\s-\s|[.!?](?=\s)")
_OPENERS = "([:;,|—–→=.!?"
_TRIM = " \t*_"


def check(context: RuleContext) -> Iterator[Finding]:
    extra = _extra_words(context.options, context.project.settings.config_path)
    words = _word_pattern(extra)
    needles = _needles(extra)
    for document in judged_documents(context.project):
        for item in document.items:
            if item.own_status is not Status.DONE:
                continue
            if needles is not None and not may_contain(item.text, needles):
                continue  # no pending word in any case: most done items
            word = pending_word(item.text, words, extra)
            if word is not None:
                message = (
                    f'"{shorten(item.text)}" is checked but says "{word}"; finish the work and '
                    "drop the word, or uncheck the item"
                )
                yield item_finding(RULE, item, message)


def pending_word(
    text: str, words: re.Pattern[str] | None = None, extra: frozenset[str] = frozenset()
) -> str | None:
    """The first word of `text` that marks the item as not finished, or None."""
    text = _without_code_and_links(text)
    for match in (words or _word_pattern(frozenset())).finditer(text):
        word = match.group().casefold()
        before, after = text[: match.start()], text[match.end() :]
        tag = word in _TAGS or word in extra
        if _is_status(word, tag, before, after) and not _negated(before, after):
            return match.group()
    return None


def _without_code_and_links(text: str) -> str:
    # Each pattern needs a character that most item texts lack; the test spares a pass.
    if "`" in text or "<!--" in text:
        text = _CODE().sub(" ", text)
    if "](" in text:
        text = _LINK().sub(r" \1 ", text)
    if ":" in text:
        text = _URL().sub(" ", text)
    return text


def _needles(extra: frozenset[str]) -> tuple[str, ...] | None:
    """Substrings one of which every match of `_word_pattern(extra)` holds (lowercase ASCII);
    None when an extra word cannot be tested so: not ASCII, or with a space that removing a
    code span could bring about ('در`x`انتظار')."""
    if any(not word.isascii() or " " in word for word in extra):
        return None
    return ("todo", "tbd", "wip", "pending", "placeholder", "blocked", *extra)


def _is_status(word: str, tag: bool, before: str, after: str) -> bool:
    loose = tag or word in _LOOSE
    if _opens_clause(before):
        return tag or _ends_status(word, after)
    if loose and (_in_parenthetical(before) or not after.strip(" \t*_.!?;:,)]")):
        return True
    if word == "blocked":
        predicate = _PREDICATE_BLOCKED().search(before) is not None
        return predicate or _next_word(after) in _BLOCKED_BY - {"by"}
    return bool(_PREDICATE().search(before))


def _opens_clause(before: str) -> bool:
    stripped = before.rstrip(_TRIM)
    return not stripped or stripped[-1] in _OPENERS or stripped.endswith(" -")


def _ends_status(word: str, after: str) -> bool:
    """Whether the words after `word` leave it a status (`Pending review`), not an adjective."""
    rest = after.lstrip(_TRIM)
    if not rest or rest[0] in ":;,.!?)]|—–→" or rest.startswith("- "):
        return True
    if word == "pending":
        return _next_word(after) in _PENDING_FOR
    return word == "blocked" and _next_word(after) in _BLOCKED_BY


def _in_parenthetical(before: str) -> bool:
    depth = 0
    for char in before:
        depth += 1 if char in "([" else -1 if char in ")]" and depth else 0
    return depth > 0


def _negated(before: str, after: str) -> bool:
    """`with no placeholders`, `Resolve all TODOs`, `placeholders removed`, `Pending: none`."""
    starts = [found.end() for found in _SEPARATORS().finditer(before)]
    clause = before[starts[-1] if starts else 0 :]
    if _NEGATORS.intersection(_words(clause)):
        return True
    following = _words(_SEPARATORS().split(after.lstrip(" \t*_:—–-"), maxsplit=1)[0])
    return bool(_DONE_AFTER.intersection(following[:3])) or (
        bool(following) and set(following) <= _NOTHING
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[\w/'’-]+", text.casefold())


def _next_word(after: str) -> str:
    found = _words(after.lstrip(_TRIM)[:40])
    return found[0] if found else ""


def _word_pattern(extra: frozenset[str]) -> re.Pattern[str]:
    alternatives = sorted((*_BUILT_IN, *extra), key=len, reverse=True)
    joined = "|".join(re.escape(word) for word in alternatives)
    # '/', '.' and '-' glue words into names and paths: 'pending/paid', 'docs/TODO.md'.
    return re.compile(rf"(?<![\w/.\-])(?:{joined})(?![\w/\-]|\.\w)", re.IGNORECASE)


def _extra_words(options: Mapping[str, object], config_path: str | None) -> frozenset[str]:
    words = options.get("words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise ChecklintError(
            f"rules: CL203: 'words' must be a list of words, got {words!r}", path=config_path
        )
    return frozenset(" ".join(word.split()).casefold() for word in words)

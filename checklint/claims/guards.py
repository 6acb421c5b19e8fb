"""What takes the claim out of a claim word: negations, conditions, targets, legends.

Each guard answers 'is the word at line[start:end] cancelled?' from what
surrounds it. Scopes differ on purpose:

- negations ('not', 'no', 'pending') are read in the last six words before the
  claim word, not across a comma, colon, dash or 'but', and in the first words
  after it ('READY (pending audit)', '10/10 — not yet');
- prohibitions ('never', 'must not', 'do not') anywhere before it in its sentence;
- conditions, modals, targets and questions anywhere in its sentence;
- speech acts ('claim', 'mark', 'write') in the last four words before it,
  except in a commit message, where they are what the commit does;
- legends: the word is one option of 'A / B / C' or 'A | B' whose other
  options are status words, or follows an unchecked ballot box;
- arrows: 'PLANNED → READY', '9.8 → 10/10' are trajectories, unless the end
  is marked done ('7.2 → 10/10 ✅');
- quoting: the word in quotes, one of several backticked words in a list, or
  in a code span that shows a whole line (`checklint.claims.quotes`);
- instructions: a sentence opening with 'Verify', 'Check', 'Ensure', 'Update' …
  (outside commit messages).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checklint.claims.context import Context
from checklint.claims.frames import Frame, Separator, separators, words_in
from checklint.claims.quotes import quoted
from checklint.lazyre import lazy

_WINDOW_WORDS = 6
_META_WORDS = 4
_NEGATION_BOUNDARIES = frozenset(("colon", "dash", "arrow", "comma", "but"))
_LEAD_AFTER = lazy(r"[\s(\[—–:,-]*")
_ARROW = lazy(r"→|->|=>")
_DONE_MARK = lazy(r"✅|✔|☑|🎉|\b(?:achieved|reached|done|attained)\b", re.I)
_OPTION_SPLIT = lazy(
    r"\s/\s|(?<=[A-Za-z)])/(?=[A-Za-z(])|\||☐|☑|☒|\[[ xX]\]|\s+or\s+", re.IGNORECASE
)
_INSTRUCTION = lazy(
    r"[\W\d]*(?:verify|check|confirm|validate|ensure|review|update|make)\b(?![*_\s]*[:(])",
    re.IGNORECASE,
)
_LEGEND_STOP = lazy(r"[(\[:;]")
_OPEN_BALLOT = lazy(r"(?:☐|\[ \])[\s*_]*$")
_CHOSEN_BALLOT = lazy(r"(?:☑|☒|\[[xX]\])[\s*_]*$")
_APPROX = lazy(r"[~≈<>≤≥]\s*$")
_GO_NO_GO = lazy(r"go\s*/\s*no[\s-]*go|go-no-go", re.IGNORECASE)  # a name, not a 'no'


def cancelled(ctx: Context, frame: Frame, start: int, end: int, *, key_start: int) -> bool:
    """Whether the claim word at [start, end) is negated, conditioned, quoted or an option."""
    prose, begin = ctx.line.prose, frame.start
    if _OPEN_BALLOT().search(prose, begin, start) or _APPROX().search(prose, begin, start):
        return True
    chosen = _CHOSEN_BALLOT().search(prose, begin, start) is not None
    seps = separators(ctx.line, frame)
    return (
        quoted(ctx, frame, start, end)
        or (not chosen and legend(ctx, frame, start, end))
        or negated_before(ctx, frame, seps, start)
        or negated_after(ctx, frame, end)
        or (not ctx.commit and _meta_before(ctx, key_start, start))
        or arrow_bound(ctx, frame, start, end)
    )


def sentence_cancelled(ctx: Context, frame: Frame, remarks_from: int | None = None) -> bool:
    """Whether the whole sentence is a question, a condition, a rule or a target.

    With `remarks_from`, bracketed remarks from there on are left out: in
    'Operations: `8.5/10` (ownership still needs standardization)' the remark
    says what work remains, it does not make the declared score conditional.
    """
    text = ctx.line.prose[frame.start : frame.end]
    if remarks_from is not None:
        text = _without_remarks(text, remarks_from - frame.start)
    slots = ctx.grammar.slots
    if frame.question or "?" in text or slots["sentence_guard"].search(text) is not None:
        return True
    # 'Verify all tasks are COMPLETED': an instruction, unless a commit says what it does
    return not ctx.commit and _INSTRUCTION().match(text) is not None


def key_cancelled(ctx: Context, key: str) -> bool:
    """Whether a key makes its value a definition, a rule, a plan or a negation."""
    slots = ctx.grammar.slots
    key = _GO_NO_GO().sub(" ", key)
    return any(
        slots[name].search(key) is not None
        for name in ("definition_key", "negation", "prohibition", "target", "condition")
    )


def negated_before(ctx: Context, frame: Frame, seps: Sequence[Separator], start: int) -> bool:
    prose = ctx.line.prose
    if ctx.grammar.slots["prohibition"].search(prose, frame.start, start):
        return True
    bounds = [s.end for s in seps if s.end <= start and s.kind in _NEGATION_BOUNDARIES]
    window = _last_words(_GO_NO_GO().sub(" ", prose[max(bounds, default=frame.start) : start]),
                         _WINDOW_WORDS)  # fmt: skip
    return ctx.grammar.slots["negation"].search(window) is not None


def negated_after(ctx: Context, frame: Frame, end: int) -> bool:
    prose = ctx.line.prose
    lead = _LEAD_AFTER().match(prose, end, frame.end)
    position = lead.end() if lead else end
    found = ctx.grammar.slots["trailing_negation"].match(prose, position, frame.end)
    return found is not None


def legend(ctx: Context, frame: Frame, start: int, end: int) -> bool:
    """Whether the word is one option of a legend ('Go / Conditional Go / No-Go')."""
    prose = ctx.line.prose
    colons = [s.end for s in separators(ctx.line, frame) if s.kind == "colon" and s.end <= start]
    begin = max(colons, default=frame.start)  # a legend is a value: 'Status: A / B / C'
    stop = _LEGEND_STOP().search(prose, end, frame.end)  # '(bundle: [go/no-go](…))' is aside
    sentinel = "Q" * (end - start)  # the word itself may hold a slash ('10/10')
    text = prose[begin:start] + sentinel + prose[end : stop.start() if stop else frame.end]
    cuts = [0]
    for match in _OPTION_SPLIT().finditer(text):
        cuts.extend((match.start(), match.end()))
    cuts.append(len(text))
    parts = [text[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2)]
    own = next((p for p in parts if sentinel in p), None)
    if own is None or len(parts) < 2:
        return False
    own_words = words_in(own)
    if not own_words or sentinel not in (own_words[0], own_words[-1]):
        return False
    legend_words = ctx.grammar.slots["legend"]
    return any(legend_words.search(part) for part in parts if part is not own)


def arrow_bound(ctx: Context, frame: Frame, start: int, end: int) -> bool:
    prose = ctx.line.prose
    after = prose[end : frame.end].lstrip(" *_`")
    if _ARROW().match(after):
        return True
    if _ARROW().search(prose, frame.start, start) is None:
        return False
    return _DONE_MARK().search(ctx.line.text, end, frame.end) is None


def _meta_before(ctx: Context, key_start: int, start: int) -> bool:
    """'Do not claim 10/10', 'Claim product score 10/10': a speech act a few words before."""
    window = _last_words(ctx.line.prose[key_start:start], _META_WORDS)
    return ctx.grammar.slots["meta"].search(window) is not None


def _last_words(text: str, count: int) -> str:
    tokens = list(re.finditer(r"\S+", text))
    return text[tokens[-count].start() :] if len(tokens) > count else text


def _without_remarks(text: str, start: int) -> str:
    """`text` with every bracketed remark opening at or after `start` blanked."""
    chars, depth = list(text), 0
    for index in range(start, len(chars)):
        opens, closes = chars[index] in "([", chars[index] in ")]"
        depth += opens
        if depth:
            chars[index] = " "
        depth = max(0, depth - closes)
    return "".join(chars)

"""The claim detector reads a line inside its block: wrapped sentences and code spans.

The parser hands each candidate the text of its paragraph (or list item)
around it (`Candidate.before` / `after`), so a guard on one line of a wrapped
sentence holds on the next, while a claim is still reported on the line its
word stands on, once.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from checklint.claims import Claim, Scope, declared_score, detect
from checklint.models import Candidate, Role
from checklint.parser import parse_document
from checklint.settings import ClaimVocabulary, Settings

SEED = {"operations and reliability": "Operations & Reliability"}


def candidates(markdown: str) -> tuple[Candidate, ...]:
    return parse_document(markdown, "doc.md", Role.SOURCE, Settings()).candidates


def claims(markdown: str) -> list[Claim]:
    found = (detect(c, SEED, ClaimVocabulary()) for c in candidates(markdown))
    return [claim for claim in found if claim is not None]


@pytest.mark.parametrize(
    "markdown",
    [
        # the two lines of our own docs that were read as claims, one line at a time
        "- Scores are shown with one decimal, **rounded down**: 10.0 appears only when\n"
        "  nothing is open.\n",
        "Negations (`not yet 10/10`), conditions (`only when`), targets (`Target:\n"
        "10/10`), headings that name a programme are not claims.\n",
        "Do not mark the release as\n10/10 while blockers remain.\n",
        "Is the release\nREADY for production?\n",
        "We aim to be\nproduction-ready by June.\n",
        "A line such as `Estimated overall: 10/10 (enterprise-release\nready)` is a claim.\n",
        'Someone wrote "Overall: 10/10 (launch\nready)" in the plan.\n',
        "Close the open items, or state the computed score instead of\n10/10.\n",
    ],
)
def test_a_guard_holds_across_a_line_break(markdown: str) -> None:
    assert claims(markdown) == []


def test_each_line_alone_would_claim() -> None:
    """The same lines without their block around them are claims: the context decides."""
    markdown = (
        "- Scores are shown with one decimal, **rounded down**: 10.0 appears only when\n"
        "  nothing is open.\n\n"
        "Negations (`not yet 10/10`), targets (`Target:\n10/10`), headings.\n"
    )
    alone = [replace(c, before="", after="") for c in candidates(markdown)]
    found = [detect(c, SEED, ClaimVocabulary()) for c in alone]
    assert [(c.line, c.phrase) for c in found if c] == [(2, "nothing is open"), (5, "10/10")]


def test_a_claim_keeps_its_line_and_column() -> None:
    markdown = "After the review on Monday the release\n  is now **READY** for production.\n"
    [claim] = claims(markdown)
    assert (claim.line, claim.column, claim.phrase) == (2, 12, "READY for production")
    assert claim.text == "is now **READY** for production."


def test_a_claim_across_two_candidate_lines_is_reported_once() -> None:
    [claim] = claims("All release gates\nare green.\n")
    assert (claim.line, claim.column, claim.phrase) == (1, 1, "All release gates are green")
    assert claim.scope is Scope.RELEASE


def test_a_value_on_the_next_line_belongs_to_that_line() -> None:
    [claim] = claims("Remaining blockers:\nnone\n")
    assert (claim.line, claim.column, claim.phrase) == (2, 1, "Remaining blockers: none")


def test_record_lines_of_one_paragraph_are_read_apart() -> None:
    """'Status: READY' / 'Decision: GO': a line opening with a key starts a sentence."""
    found = claims(
        "**Release status:** READY\n**Decision:** GO\n**Next:** ship if the owner agrees\n"
    )
    assert [(c.line, c.phrase) for c in found] == [(1, "READY"), (2, "GO")]


@pytest.mark.parametrize(
    ("markdown", "phrases"),
    [
        ("**Status:** READY\nDeploy will start on Monday.\n", ["READY"]),
        ("Release status: READY ✅\nThe owner signs off if nothing breaks.\n", ["READY"]),
        ("Release status: not yet\nREADY.\n", []),
        ("Status: NOT\nREADY\n", []),
        ("Status: READY for\nproduction once the audit lands.\n", []),
    ],
)
def test_a_record_line_ends_before_a_new_sentence(markdown: str, phrases: list[str]) -> None:
    assert [claim.phrase for claim in claims(markdown)] == phrases


def test_a_declared_score_with_a_wrapped_remark() -> None:
    markdown = (
        "- Operations & Reliability: `8.5/10` (runtime healthy, but deployment/runtime\n"
        "  ownership still needs standardization)\n"
    )
    scores = [declared_score(c, SEED, ClaimVocabulary()) for c in candidates(markdown)]
    assert [(d.line, d.column, d.value) for d in scores if d] == [(1, 30, 8.5)]


def test_the_parser_hands_over_the_block_around_a_line() -> None:
    markdown = "- first line of the item\n  Status: READY\n  last line\n\nStatus: READY\n"
    item, paragraph = candidates(markdown)
    assert (item.line, item.before, item.after) == (
        2, "- first line of the item", "last line",
    )  # fmt: skip
    assert (paragraph.before, paragraph.after) == ("", "")


def test_the_text_around_a_line_is_bounded_and_cut_between_words() -> None:
    words = " ".join(f"w{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(200))
    markdown = f"{words}\nStatus: READY\n{words}\n"
    [line] = candidates(markdown)
    assert 250 < len(line.before) <= 300 and line.before[0] == "w"
    assert 250 < len(line.after) <= 300 and line.after.endswith(line.after.split()[-1])
    assert words.endswith(line.before) and words.startswith(line.after)


@pytest.mark.parametrize(
    "opening",
    [
        "`" + "x " * 200 + "`",
        "`` `Owner: ops` " + "x " * 200 + "``",  # double backticks around single ones
    ],
)
def test_a_cut_inside_a_code_span_drops_the_span(opening: str) -> None:
    """A stray backtick left by the cut would pair with one on the line."""
    markdown = f"{opening} tail\nStatus: `READY`\nDecision: ``GO`` for `v2`\n"
    status, decision = candidates(markdown)
    assert (status.before, decision.before[:4]) == ("tail", "tail")
    assert [claim.phrase for claim in claims(markdown)] == ["READY", "GO"]

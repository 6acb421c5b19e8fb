"""CL203 done-but-pending: a done item whose text says it is not finished."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from checklint.errors import ChecklintError
from checklint.rules.cl203_done_but_pending import pending_word
from checklint.settings import RuleSettings, Settings
from tests.rules.markdowncase import CHECKLIST, check_fixture, check_seed, lines, where


def test_pending_words_used_as_a_status_are_reported(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl203/bad.md", "CL203")
    assert lines(found) == [4, 5, 6, 7, 8, 9, 10, 11, 12, 17]
    assert {(f.path, f.rule_id, f.severity) for f in found} == {(CHECKLIST, "CL203", "warning")}
    assert where(found)[0] == (CHECKLIST, 4, 3, "CL203", "warning")
    assert found[0].message == (
        '"Finalize pricing policy: TBD" is checked but says "TBD"; finish the work and drop the '
        "word, or uncheck the item"
    )
    assert 'says "pending"' in found[-2].message  # the scope note after a backticked code span
    assert 'says "WIP"' in found[-1].message  # a table row whose status is done


def test_ordinary_negated_and_acted_on_words_are_not(tmp_path: Path) -> None:
    assert check_fixture(tmp_path, "cl203/good.md", "CL203") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Status: blocked", "blocked"),
        ("Lead email is a placeholder", "placeholder"),
        ("Docs done. Pending review", "Pending"),
        ("**WIP** new page", "WIP"),
        ("TODO: remove debug logs", "TODO"),  # 'remove' is the work still to do
        ("TODO: no tests yet", "TODO"),
        ("Deploy docs WIP", "WIP"),
    ],
)
def test_status_positions(text: str, word: str) -> None:
    assert pending_word(text) == word


@pytest.mark.parametrize(
    "text",
    [
        "Pending orders page shipped",
        "Blocked users cannot log in",
        "Firewall: blocked ports verified",
        "Requests from banned IPs are blocked by the firewall",
        "Force-push to main blocked",
        "Add loading placeholder",
        "Build the todo app",
        "Zero TBD fields remain",
        "TODOs resolved",
        "Remove all TODO comments",
        "Link https://example.org/todo/wip",
    ],
)
def test_ordinary_words(text: str) -> None:
    assert pending_word(text) is None


def test_configured_words_count_like_todo(tmp_path: Path) -> None:
    options = MappingProxyType({"words": ["در انتظار", "FIXME"]})
    settings = Settings(rules=MappingProxyType({"CL203": RuleSettings(options=options)}))
    found = check_fixture(tmp_path, "cl203/bad_words.md", "CL203", settings=settings)
    assert lines(found) == [4, 5]
    assert 'says "در انتظار"' in found[0].message
    assert check_fixture(tmp_path, "cl203/bad_words.md", "CL203") == []


def test_a_bad_words_option_is_a_configuration_error(tmp_path: Path) -> None:
    options = MappingProxyType({"words": "FIXME"})
    settings = Settings(
        rules=MappingProxyType({"done-but-pending": RuleSettings(options=options)}),
        config_path=".checklint.yaml",
    )
    with pytest.raises(ChecklintError, match="'words' must be a list of words") as raised:
        check_fixture(tmp_path, "cl203/bad_words.md", "CL203", settings=settings)
    assert raised.value.path == ".checklint.yaml"


def test_seed_has_no_done_item_that_is_still_pending(tmp_path: Path) -> None:
    # 'files with placeholder owners', 'governance TODO metadata', 'with no placeholders'
    # and the queue's '(owner input recorded on …)' are all done and all fine.
    for commit in ("184344e", "d98b666", "a374957", "fb84ddd"):
        assert check_seed(tmp_path, commit, "CL203") == [], commit


def test_the_substring_prefilter_holds_every_word_it_can() -> None:
    # Skipping an item that holds none of the needles must never skip a match.
    from checklint.rules.cl203_done_but_pending import _BUILT_IN, _needles, _word_pattern

    needles = _needles(frozenset({"fixme"}))
    assert needles is not None
    assert all(any(needle in word for needle in needles) for word in (*_BUILT_IN, "fixme"))
    assert _needles(frozenset({"در انتظار"})) is None  # not ASCII
    assert _needles(frozenset({"in progress"})) is None  # 'in`x`progress' reads 'in progress'
    spaced = frozenset({"in progress"})
    assert pending_word("Docs: in`x`progress", _word_pattern(spaced), spaced) == "in progress"

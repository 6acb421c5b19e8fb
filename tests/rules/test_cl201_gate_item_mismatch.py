"""CL201 gate-item-mismatch: a gate item whose tick contradicts the sections it names."""

from __future__ import annotations

import re
from pathlib import Path

from tests.rules.markdowncase import CHECKLIST, QUEUE, check_fixture, check_seed, where


def test_checked_gates_that_are_false_and_unchecked_gates_that_hold(tmp_path: Path) -> None:
    found = check_fixture(tmp_path, "cl201/bad.md", "CL201")
    assert where(found) == [
        (CHECKLIST, 18, 3, "CL201", "error"),
        (CHECKLIST, 19, 3, "CL201", "warning"),
        (CHECKLIST, 20, 3, "CL201", "error"),
        (CHECKLIST, 21, 3, "CL201", "error"),
        (CHECKLIST, 22, 3, "CL201", "error"),
    ]
    assert found[0].message == (
        'gate item is checked, but section "Product & Conversion" still has 2 open items: '
        'line 13 "Finalize pricing policy…", line 15 "Service 3 + deliverable"; '
        "close them or uncheck the gate item"
    )
    assert found[1].message == (
        'section "Engineering Quality" has no open item, so this gate item holds; check it'
    )
    assert found[4].message.startswith(
        'gate item is checked, but sections "Engineering Quality", "Product & Conversion" '
        "still have 2 open items"
    )


def test_consistent_gates_and_lines_that_cannot_be_resolved(tmp_path: Path) -> None:
    # Labels '1.', names, a colon form, a done-date tail, subsections, table rows, an n/a
    # gate, and a parenthetical naming another section than the label: nothing to report.
    assert check_fixture(tmp_path, "cl201/good.md", "CL201") == []


def test_gates_in_a_queue_are_judged_against_the_queue(tmp_path: Path) -> None:
    queue = tmp_path / QUEUE
    queue.parent.mkdir(parents=True)
    queue.write_text(
        "# Owner Input Queue\n\n## Governance Inputs\n- [ ] 2FA state confirmed.\n\n"
        "## Gate\n- [x] Governance Inputs has no open items.\n",
        encoding="utf-8",
    )
    found = check_fixture(tmp_path, "cl201/good.md", "CL201")
    assert where(found) == [(QUEUE, 7, 3, "CL201", "error")]
    assert 'line 4 "2FA state confirmed."' in found[0].message


def test_seed_before_the_release_only_the_complete_sections_are_reported(tmp_path: Path) -> None:
    found = check_seed(tmp_path, "184344e", "CL201")
    # Sections A and D are complete while their gates are unchecked; B, C and E are open.
    assert where(found) == [
        (CHECKLIST, 67, 3, "CL201", "warning"),
        (CHECKLIST, 70, 3, "CL201", "warning"),
    ]
    assert '"Documentation & Maintainability" has no open item' in found[1].message


def test_seed_at_the_release_every_gate_holds(tmp_path: Path) -> None:
    assert check_seed(tmp_path, "d98b666", "CL201") == []
    assert check_seed(tmp_path, "fb84ddd", "CL201") == []


def test_the_substring_prefilter_covers_every_open_and_closed_word() -> None:
    # An item holding none of _HINT_WORDS is skipped before any regex runs.
    from checklint.rules.cl201_gate_item_mismatch import _CLOSED, _HINT_WORDS, _OPEN

    for word in re.findall(r"\w+", _OPEN + _CLOSED):
        assert any(hint in word for hint in _HINT_WORDS), word

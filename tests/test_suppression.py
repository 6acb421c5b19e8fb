"""Inline `<!-- checklint-… -->` directives silence the findings they cover, and only those."""

from __future__ import annotations

from checklint.models import Directive
from checklint.rule import Finding
from checklint.suppression import is_suppressed, unsuppressed


def finding(line: int, rule_id: str = "CL504", name: str = "duplicate-item") -> Finding:
    return Finding("docs/a.md", line, 3, rule_id, name, "warning", "message")


def directive(line: int, action: str, *rules: str, column: int = 1) -> Directive:
    return Directive(line=line, column=column, action=action, rules=rules, reason="")


def test_no_directive_keeps_the_finding() -> None:
    assert not is_suppressed(finding(4), ())


def test_disable_covers_its_own_line_and_every_later_one() -> None:
    directives = (directive(5, "disable"),)
    assert not is_suppressed(finding(4), directives)
    assert is_suppressed(finding(5), directives)
    assert is_suppressed(finding(500), directives)


def test_enable_ends_the_range_from_its_own_line() -> None:
    directives = (directive(5, "disable"), directive(8, "enable"))
    assert is_suppressed(finding(7), directives)
    assert not is_suppressed(finding(8), directives)
    assert not is_suppressed(finding(9), directives)


def test_a_rule_may_be_named_by_id_in_any_case_or_by_name() -> None:
    for key in ("CL504", "cl504", "duplicate-item", " Duplicate-Item "):
        assert is_suppressed(finding(6), (directive(5, "disable", key),)), key


def test_a_directive_for_other_rules_keeps_the_finding() -> None:
    directives = (directive(5, "disable", "CL101", "claim-while-open"),)
    assert not is_suppressed(finding(6), directives)
    assert is_suppressed(finding(6, "CL101", "claim-while-open"), directives)


def test_enabling_one_rule_inside_a_disable_all_range() -> None:
    directives = (directive(2, "disable"), directive(4, "enable", "duplicate-item"))
    assert not is_suppressed(finding(6), directives)
    assert is_suppressed(finding(6, "CL101", "claim-while-open"), directives)


def test_disabling_by_id_and_enabling_by_name_meet() -> None:
    directives = (directive(2, "disable", "CL504"), directive(4, "enable", "duplicate-item"))
    assert is_suppressed(finding(3), directives)
    assert not is_suppressed(finding(5), directives)


def test_disable_next_line_covers_exactly_the_next_line() -> None:
    directives = (directive(10, "disable-next-line", "CL504"),)
    assert [is_suppressed(finding(line), directives) for line in (9, 10, 11, 12)] == [
        False,
        False,
        True,
        False,
    ]


def test_disable_file_covers_the_whole_file_from_anywhere() -> None:
    directives = (directive(90, "disable-file", "CL504"),)
    assert is_suppressed(finding(1), directives)
    assert is_suppressed(finding(200), directives)
    assert not is_suppressed(finding(1, "CL101", "claim-while-open"), directives)


def test_disable_file_wins_over_a_later_enable() -> None:
    directives = (directive(1, "disable-file"), directive(3, "enable"))
    assert is_suppressed(finding(10), directives)


def test_an_unknown_rule_name_silences_nothing() -> None:
    assert not is_suppressed(finding(6), (directive(5, "disable", "no-such-rule"),))


def test_directives_apply_in_source_order_whatever_order_they_arrive_in() -> None:
    directives = (directive(8, "enable"), directive(5, "disable"))
    assert is_suppressed(finding(6), directives)
    assert not is_suppressed(finding(9), directives)


def test_two_switches_on_one_line_apply_in_column_order() -> None:
    directives = (directive(5, "enable", column=30), directive(5, "disable", column=1))
    assert not is_suppressed(finding(6), directives)


def test_unsuppressed_uses_only_the_findings_own_files_directives() -> None:
    elsewhere = Finding("docs/b.md", 6, 1, "CL504", "duplicate-item", "warning", "m")
    kept = unsuppressed([finding(6), elsewhere], {"docs/a.md": (directive(5, "disable"),)})
    assert kept == [elsewhere]

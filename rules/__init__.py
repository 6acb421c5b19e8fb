"""The rule catalogue: every rule module, listed explicitly and in id order.

A rule is one module named `clNNN_kebab_name_with_underscores` with a `RULE`
constant, a docstring in ruff's headings and a `check` function (see
`checklint.rule`). Adding a rule means adding its import and its entry below;
`tests/test_catalogue.py` fails when a module is missing here or out of order.
"""

from __future__ import annotations

from checklint.rule import RuleModule
from checklint.rules import (
    cl101_claim_while_open,
    cl102_dimension_claim_while_open,
    cl103_declared_score_exceeds_evidence,
    cl201_gate_item_mismatch,
    cl202_done_with_open_children,
    cl203_done_but_pending,
    cl204_decision_options,
    cl205_option_without_decision,
    cl301_evidence_missing,
    cl302_evidence_date,
    cl401_weights_sum,
    cl402_weight_without_section,
    cl501_malformed_checkbox,
    cl502_unknown_status,
    cl503_overdue,
    cl504_duplicate_item,
)

ALL_RULES: tuple[RuleModule, ...] = (
    cl101_claim_while_open,
    cl102_dimension_claim_while_open,
    cl103_declared_score_exceeds_evidence,
    cl201_gate_item_mismatch,
    cl202_done_with_open_children,
    cl203_done_but_pending,
    cl204_decision_options,
    cl205_option_without_decision,
    cl301_evidence_missing,
    cl302_evidence_date,
    cl401_weights_sum,
    cl402_weight_without_section,
    cl501_malformed_checkbox,
    cl502_unknown_status,
    cl503_overdue,
    cl504_duplicate_item,
)


def find_rule(key: str) -> RuleModule | None:
    """The rule whose id ('CL504', any case) or name ('duplicate-item') is `key`."""
    wanted = key.strip().casefold()
    for module in ALL_RULES:
        if wanted in (module.RULE.id.casefold(), module.RULE.name.casefold()):
            return module
    return None

"""What a rule is, what it reports, and what it is given.

A rule is a module in `rules/` with a `RULE` constant, a docstring in ruff's
headings (What it does / Why is this bad? / Example) and a `check` function;
`rules/__init__.py` lists every one explicitly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple, Protocol

from checklint.settings import Severity

if TYPE_CHECKING:
    from checklint.claims import Claim, DeclaredScore
    from checklint.project import Project
    from checklint.scoring import Scorecard


class Rule(NamedTuple):
    """A NamedTuple, not a dataclass: every run imports it, and the class costs a fifth."""

    id: str  # 'CL101'
    name: str  # 'claim-while-open'
    severity: Severity  # the default
    summary: str  # one line for `checklint rules`


class Finding(NamedTuple):
    """One problem at one place; sorts by location, compares with ==."""

    path: str
    line: int
    column: int
    rule_id: str
    rule_name: str
    severity: Severity
    message: str


class RuleContext(Protocol):
    """What a rule sees: the parsed project and what the engine computed from it once."""

    @property
    def project(self) -> Project: ...
    @property
    def scorecard(self) -> Scorecard: ...
    @property
    def claims(self) -> tuple[Claim, ...]: ...
    @property
    def declared_scores(self) -> tuple[DeclaredScore, ...]: ...
    @property
    def options(self) -> Mapping[str, object]: ...


class RuleModule(Protocol):
    RULE: Rule

    def check(self, context: RuleContext) -> Iterable[Finding]: ...

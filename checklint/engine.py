"""Runs the rule catalogue over a parsed project (SPEC §5).

Every rule gets a context over one shared set of facts: the scorecard, the
claims and the declared scores are computed on the first rule's request and
never again, and not at all when no enabled rule asks (so `checklint.scoring`
and `checklint.claims` are imported only then).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal, NamedTuple

from checklint.errors import ChecklintError
from checklint.rule import Finding, Rule, RuleModule
from checklint.rules import ALL_RULES, find_rule
from checklint.settings import RuleSettings, Settings, Severity
from checklint.suppression import unsuppressed

if TYPE_CHECKING:
    from checklint.claims import Claim, DeclaredScore
    from checklint.models import Directive
    from checklint.project import Project
    from checklint.scoring import Scorecard

_DEFAULT_SETTINGS = RuleSettings()


def run(
    project: Project,
    *,
    select: Collection[str] | None = None,
    facts: ProjectFacts | None = None,
) -> list[Finding]:
    """The unsuppressed findings of every enabled rule (or of `select`), sorted by place.

    `select` holds rule ids or names; an unknown one is a ChecklintError. A rule
    configured `off` never runs, even when selected. Pass `facts` when the caller
    needs the scorecard or the claims too, so that they are computed only once.
    """
    if facts is None:
        facts = ProjectFacts(project)
    elif facts.project is not project:
        raise ValueError("facts were computed for another project")
    found: list[Finding] = []
    for module in _selected_rules(select):
        configured = rule_settings(project.settings, module.RULE)
        if configured.severity == "off":
            continue
        context = _Context(facts, configured.options)
        findings = module.check(context)
        found.extend(_with_severity(findings, configured.severity))
    return sorted(unsuppressed(found, _directives_by_path(project)))


def exit_code(findings: Iterable[Finding]) -> int:
    """1 when any finding is an error, else 0."""
    return 1 if any(finding.severity == "error" for finding in findings) else 0


def rule_settings(settings: Settings, rule: Rule) -> RuleSettings:
    """The configuration of one rule, keyed in `settings.rules` by its id or name (any case)."""
    by_key = {key.casefold(): configured for key, configured in settings.rules.items()}
    for key in (rule.id.casefold(), rule.name.casefold()):  # the id wins over the name
        if key in by_key:
            return by_key[key]
    return _DEFAULT_SETTINGS


def effective_severity(settings: Settings, rule: Rule) -> Severity | Literal["off"]:
    """The severity a rule's findings get: configured, else the rule's default."""
    return rule_settings(settings, rule).severity or rule.severity


def _selected_rules(select: Collection[str] | None) -> tuple[RuleModule, ...]:
    if select is None:
        return ALL_RULES
    chosen: set[str] = set()
    for key in select:
        module = find_rule(key)
        if module is None:
            raise ChecklintError(f"unknown rule '{key}' (`checklint rules` lists them)")
        chosen.add(module.RULE.id)
    return tuple(module for module in ALL_RULES if module.RULE.id in chosen)


def _with_severity(findings: Iterable[Finding], severity: Severity | None) -> Iterable[Finding]:
    # A rule may report at several severities (CL201); configuring one overrides them all.
    if severity is None:
        return findings
    return (finding._replace(severity=severity) for finding in findings)


def _directives_by_path(project: Project) -> dict[str, tuple[Directive, ...]]:
    return {
        document.path: document.directives
        for document in project.claim_sources()
        if document.directives
    }


class ProjectFacts:
    """What rules (and the commands around them) share, each computed once on first use."""

    def __init__(self, project: Project) -> None:
        self.project = project

    @cached_property
    def scorecard(self) -> Scorecard:
        from checklint.scoring import score

        return score(self.project)

    @cached_property
    def claims(self) -> tuple[Claim, ...]:
        from checklint.findclaims import find_claims

        return find_claims(self.project, self.scorecard)

    @cached_property
    def declared_scores(self) -> tuple[DeclaredScore, ...]:
        from checklint.findclaims import find_declared_scores

        return find_declared_scores(self.project, self.scorecard)


class _Context(NamedTuple):
    """One rule's view: the shared facts and the rule's own options (a RuleContext).

    A NamedTuple, not a dataclass: the class costs a fifth as much to create on import.
    """

    facts: ProjectFacts
    options: Mapping[str, object]

    @property
    def project(self) -> Project:
        return self.facts.project

    @property
    def scorecard(self) -> Scorecard:
        return self.facts.scorecard

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.facts.claims

    @property
    def declared_scores(self) -> tuple[DeclaredScore, ...]:
        return self.facts.declared_scores

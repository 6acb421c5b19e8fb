"""Inline suppression comments (SPEC §5), applied to findings after the rules ran.

The parser reads `<!-- checklint-ACTION RULE… -- reason -->` comments into
`Document.directives`; this module decides which findings they silence, with
markdownlint's semantics:

- `disable` / `enable` switch rules off and on from their own line to the end
  of the file or the next switch. A switch takes effect at the start of its
  line, so `disable` silences findings on its own line and `enable` does not.
- `disable-next-line` silences exactly the line after the comment (the parser
  keeps no record of blank lines, and markdownlint does the same): put the
  comment directly above the line it is for.
- `disable-file` silences the whole file, wherever the comment stands.

RULE is an id (any case) or a name; a comment without one covers every rule.
A name that matches no rule silences nothing and is not reported (a future
rule may flag unknown names and missing reasons: the directives keep both).
The commit message obeys the same comments, since git keeps HTML comments.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from checklint.models import Directive
from checklint.rule import Finding

DISABLE = "disable"
ENABLE = "enable"
DISABLE_NEXT_LINE = "disable-next-line"
DISABLE_FILE = "disable-file"


def unsuppressed(
    findings: Iterable[Finding], directives: Mapping[str, Sequence[Directive]]
) -> list[Finding]:
    """The findings no directive of their file silences; `directives` is keyed by path."""
    in_order = {path: sorted(found, key=_position) for path, found in directives.items()}
    return [
        finding for finding in findings if not _silenced(finding, in_order.get(finding.path, ()))
    ]


def is_suppressed(finding: Finding, directives: Sequence[Directive]) -> bool:
    """Whether the directives of the finding's own file silence it."""
    return _silenced(finding, sorted(directives, key=_position))


def _silenced(finding: Finding, directives: Sequence[Directive]) -> bool:
    """`is_suppressed` over directives already in source order."""
    disabled = False
    for directive in directives:
        if not _covers_rule(directive, finding):
            continue
        if directive.action == DISABLE_FILE:
            return True
        if directive.action == DISABLE_NEXT_LINE and directive.line + 1 == finding.line:
            return True
        if directive.action in (DISABLE, ENABLE) and directive.line <= finding.line:
            disabled = directive.action == DISABLE
    return disabled


def _position(directive: Directive) -> tuple[int, int]:
    return directive.line, directive.column


def _covers_rule(directive: Directive, finding: Finding) -> bool:
    if not directive.rules:
        return True
    names = (finding.rule_id.casefold(), finding.rule_name.casefold())
    return any(key.strip().casefold() in names for key in directive.rules)

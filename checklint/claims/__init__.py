"""Claims: lines that assert the release, or one of its dimensions, is at the top mark (SPEC §6).

A claim asserts, in the present or past, that something is 10/10 or ready.
The detector reads one candidate line at a time (the parser hands over only
lines outside code, HTML, comments and front matter that match `prefilter`)
and answers with at most one `Claim`; `declared_score` reads the same lines
for scores below 10 ('Estimated overall: 8.6/10'). A line is read inside the
text of its paragraph or list item around it (`Candidate.before` / `after`),
so a sentence wrapped across lines keeps its guards and a code span may run
across the break; a claim is reported on the line its word stands on
(`checklint.claims.context`), and a line that opens with a key starts a
sentence of its own (`checklint.claims.frames`).

Grammar
-------
*Claim words* (each module's docstring has the details):

- full marks: `10/10`, `10 / 10`, `10.0/10`, `۱۰/۱۰`, `１０／１０`, `10 out of 10`;
  with a subject also `100/100`, `33/33`, `100%` and a bare `10` in a table's
  Score column (`checklint.claims.scores`);
- verdicts: READY, ACHIEVED, GO, DONE, COMPLETE(D), PASS, green, a lone ✅,
  compound readiness (production-ready, release ready), 'ready for
  production', 'ready to deploy', 'all systems go', and the configured
  verdicts (`checklint.claims.verdicts`);
- nothing remains: 'Remaining blockers: none', 'No open blocking item
  remains', '## Remaining Blockers' + '- none.', 'All checklist items are
  closed', 'all gates pass' (`checklint.claims.remaining`).

*Position* licenses a claim word: the head of a key's value ('Status: READY'),
the predicate of the release ('The release is READY'), the head of a sentence
('READY for deployment.'), or anywhere for compound readiness. A word in key
position is a term being defined ('`Release-Ready`: smoke tests green').

*Scope* comes from the subject (`checklint.claims.subjects`): a subject naming
a scored dimension makes a DIMENSION claim ('- Engineering Quality: `10/10`');
the release, the overall or readiness score, the checklist or the gates as a
whole, or no subject at all ('10/10 achieved ✅') make a RELEASE claim; any
other subject ('ESLint score: 10/10', '| Transport Security | 10/10 |') makes
none.

*Guards* cancel a claim word (`checklint.claims.guards`): negations ('not yet
10/10', NOT READY, NO-GO), prohibitions ('never', 'do not'), conditions and
rules ('only when', 'until', 'if', 'must', 'would'), questions, targets and
plans ('Target:', 'goal', 'to reach', 'path to', arrows toward a score), a
lower score first ('9.8/10 | 10/10'), counts ('10/10 tests'), dates
('10/10/2026'), legends ('Go / Conditional Go / No-Go'), unchecked ballots
('☐ Go'), quoted words ('Never write `PASS`, `READY`'), lines shown in quotes or code
('`Status: READY`', `checklint.claims.quotes`), instructions ('Verify
all tasks are COMPLETED'), definition keys ('Description:', 'Target:') and the
surroundings: a lead-in such as 'Workers must not:' or 'Release can be called
10/10 only when:', headings of criteria, rules, rubrics or templates, and a
table column named 'Target' or 'Required'.

*Context*: an unchecked (TASK_OPEN) or not-applicable (TASK_NA) task item and
a table header never claim. A checked task item (TASK_DONE) is read like any
list item: checking '- [x] Release status: READY' asserts it. A heading claims
only with a key or a verb ('## Status: READY'); '# 10/10 Master Checklist',
'## Release Gate (10/10 Ready)' and '## Ready' name things. In a commit message
a conventional prefix ('docs:') is skipped and the verbs 'mark', 'declare',
'set' describe what the commit does, so they do not cancel.

Text is folded first (`checklint.claims.fold`): Persian and Arabic-Indic
digits, full-width forms and the Arabic decimal separator read as ASCII, and
markup is blanked without moving a character, so columns are the source's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from checklint.claims.model import Claim, DeclaredScore, Scope

if TYPE_CHECKING:
    from checklint.claims.grammar import LineFilter
    from checklint.models import Candidate
    from checklint.settings import ClaimVocabulary

__all__ = ["Claim", "DeclaredScore", "Scope", "declared_score", "detect", "prefilter"]


def prefilter(vocabulary: ClaimVocabulary) -> LineFilter:
    """The cheap regex a line must match to become a Candidate (compiled once per vocabulary).

    Imported on first use: a run whose documents all come from the cache never
    compiles the grammar.
    """
    from checklint.claims import grammar

    return grammar.prefilter(vocabulary)


def detect(
    candidate: Candidate, dimensions: Mapping[str, str], vocabulary: ClaimVocabulary
) -> Claim | None:
    """The claim a candidate line makes, or None.

    `dimensions` maps the normalised key of every scored dimension to its display
    name; `vocabulary` is the project's `claims: vocabulary:`.
    """
    from checklint.claims import detector  # the parser needs only `prefilter`: keep it light

    return detector.detect(candidate, dimensions, vocabulary)


def declared_score(
    candidate: Candidate, dimensions: Mapping[str, str], vocabulary: ClaimVocabulary
) -> DeclaredScore | None:
    """The score out of 10 a line declares for the overall score or a dimension, or None."""
    from checklint.claims import detector

    return detector.declared_score(candidate, dimensions, vocabulary)

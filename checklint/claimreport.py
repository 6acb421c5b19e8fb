"""`checklint claims`: every claim, whether it holds, and the commit message's too.

The commit-msg hook runs `checklint claims --commit-msg FILE`: the message's claims
are judged against the blockers of the index (what the commit will record). The
files' own claims are the `checklint` hook's business, so with `--commit-msg` they
are left out unless PATHS name them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from checklint.cli import GlobalOptions
from checklint.cli_check import names_path
from checklint.models import Document, Role
from checklint.project import Project
from checklint.refusal import CLAIM_RULES

if TYPE_CHECKING:
    from checklint.claims import Claim
    from checklint.rule import Finding

Row = dict[str, object]


def commit_message_document(path: Path, project: Project) -> Document:
    """The message as git will record it (comments and the scissors part dropped)."""
    from checklint.commitmsg import read_commit_message
    from checklint.parser import parse_document

    text = read_commit_message(path)
    return parse_document(text, path.as_posix(), Role.SOURCE, project.settings)


def claims_report(
    options: GlobalOptions,
    paths: tuple[str, ...],
    commit_msg: Path | None,
    output_format: str,
    *,
    staged: bool,
    ref: str | None = None,
) -> tuple[str, int]:
    """(output, exit status) of `checklint claims`."""
    from checklint.cli_common import load_project
    from checklint.engine import ProjectFacts, exit_code, run

    project = load_project(options, staged=staged, ref=ref)
    message = None
    if commit_msg is not None:
        message = commit_message_document(commit_msg, project)
        project = replace(project, commit_message=message)
    facts = ProjectFacts(project)
    wanted = _wanted_paths(project, paths, message)
    findings = [f for f in run(project, select=CLAIM_RULES, facts=facts) if f.path in wanted]
    claims = [claim for claim in facts.claims if claim.path in wanted]
    rows = [_row(claim, findings) for claim in claims]
    if output_format == "json":
        scorecard = facts.scorecard
        document: Row = {"version": 1, "ready": scorecard.ready, "score": scorecard.overall}
        document["claims"] = rows
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n", exit_code(findings)
    from checklint.refusal import refusal_text

    message_path = message.path if message is not None else None
    refused = "the commit message" if message_path is not None else None
    refusal = refusal_text(findings, facts, refused=refused, message_path=message_path)
    return _text(rows) + refusal, exit_code(findings)


def _wanted_paths(project: Project, paths: tuple[str, ...], message: Document | None) -> set[str]:
    """The documents whose claims are shown: PATHS, else the message, else every file."""
    documents = [document.path for document in project.documents]
    if paths:
        named = names_path(paths, project.root)
        wanted = {path for path in documents if named(path)}
    elif message is not None:
        wanted = set()
    else:
        wanted = set(documents)
    if message is not None:
        wanted.add(message.path)
    return wanted


def _row(claim: Claim, findings: list[Finding]) -> Row:
    finding = next((f for f in findings if (f.path, f.line) == (claim.path, claim.line)), None)
    return {
        "path": claim.path,
        "line": claim.line,
        "column": claim.column,
        "scope": claim.scope.value,
        "subject": claim.subject,
        "phrase": claim.phrase,
        "text": claim.text,
        "holds": finding is None,
        "rule": finding.rule_id if finding else None,
        "rule_name": finding.rule_name if finding else None,
        "message": finding.message if finding else None,
    }


def _text(rows: list[Row]) -> str:
    """A wrong claim as a finding line (SPEC §7's shape); one that holds says so."""
    lines = []
    for row in rows:
        place = f"{row['path']}:{row['line']}:{row['column']}"
        if row["holds"]:
            lines.append(f"{place}: {row['scope']} claim '{row['phrase']}' holds")
        else:
            lines.append(f"{place}: {row['rule']} {row['rule_name']} {row['message']}")
    return "\n".join(lines) + ("\n" if lines else "")

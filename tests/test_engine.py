"""The rule engine: configuration, selection, shared facts, suppression and order.

Projects are built by hand from `Document` records, so these tests need
neither the parser nor a file system; CL504 is the real rule they drive.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import types
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import cast

import pytest

import checklint.engine
import checklint.rules
import checklint.scoring
from checklint.engine import ProjectFacts, effective_severity, exit_code, rule_settings, run
from checklint.errors import ChecklintError
from checklint.findclaims import find_claims, find_declared_scores
from checklint.loader import load
from checklint.models import (
    Candidate,
    Directive,
    Document,
    Item,
    ItemKind,
    Role,
    Section,
    Status,
    TextContext,
)
from checklint.project import Project
from checklint.rule import Finding, Rule, RuleContext, RuleModule
from checklint.rules import cl504_duplicate_item
from checklint.scoring import Scorecard
from checklint.settings import RuleSettings, Settings
from checklint.tree import FileSystemTree

CHECKLIST = "docs/10_10_CHECKLIST.md"


def item(
    line: int,
    text: str,
    *,
    section: int | None = 0,
    parent: int | None = None,
    path: str = CHECKLIST,
) -> Item:
    return Item(
        path=path,
        line=line,
        column=1,
        kind=ItemKind.TASK,
        text=text,
        marker=" ",
        own_status=Status.OPEN,
        section=section,
        parent=parent,
        depth=0 if parent is None else 1,
    )


def section(line: int, name: str) -> Section:
    return Section(CHECKLIST, line, 1, 2, name, name, name.casefold(), None, None)


def checklist(*items: Item, directives: tuple[Directive, ...] = ()) -> Document:
    sections = (section(1, "Security"), section(20, "Release"))
    return Document(CHECKLIST, Role.CHECKLIST, items, sections, directives=directives)


def project(*documents: Document, settings: Settings | None = None) -> Project:
    return Project(
        root=Path("/nonexistent"),
        settings=settings or Settings(),
        tree=FileSystemTree(Path("/nonexistent")),
        documents=documents,
        today=date(2026, 3, 1),
    )


def with_rules(**rules: RuleSettings) -> Settings:
    return Settings(
        rules=MappingProxyType({key.replace("_", "-"): value for key, value in rules.items()})
    )


def run_cl504(checked: Project) -> list[Finding]:
    """CL504 alone: the other rules want a scorer and a claim detector these projects lack."""
    return run(checked, select=["CL504"])


DUPLICATED = checklist(item(2, "Rotate the deploy keys"), item(3, "rotate  the DEPLOY keys"))


# --- CL504 duplicate-item, driven through the engine -------------------------------------------


def test_cl504_reports_the_second_occurrence_with_the_line_of_the_first() -> None:
    (found,) = run_cl504(project(DUPLICATED))
    assert (found.path, found.line, found.rule_id, found.severity) == (
        CHECKLIST,
        3,
        "CL504",
        "warning",
    )
    assert "line 2" in found.message
    assert "rotate  the DEPLOY keys" in found.message


def test_cl504_quotes_long_text_shortened() -> None:
    long_text = "word " * 40
    (found,) = run_cl504(project(checklist(item(2, long_text), item(3, long_text))))
    assert "…" in found.message
    assert len(found.message) < len(long_text) + 60


# --- configuration -------------------------------------------------------------------------


def test_configured_severity_overrides_the_default() -> None:
    settings = with_rules(duplicate_item=RuleSettings(severity="error"))
    found = run_cl504(project(DUPLICATED, settings=settings))
    assert [finding.severity for finding in found] == ["error"]
    assert exit_code(found) == 1


def test_off_skips_the_rule_even_when_selected() -> None:
    settings = with_rules(CL504=RuleSettings(severity="off"))
    assert run(project(DUPLICATED, settings=settings), select=["CL504"]) == []


def test_rule_settings_are_found_by_id_or_name_in_any_case_and_the_id_wins() -> None:
    by_name = with_rules(Duplicate_Item=RuleSettings(severity="info"))
    assert effective_severity(by_name, cl504_duplicate_item.RULE) == "info"
    both = with_rules(
        cl504=RuleSettings(severity="error"), duplicate_item=RuleSettings(severity="off")
    )
    assert rule_settings(both, cl504_duplicate_item.RULE).severity == "error"
    assert effective_severity(Settings(), cl504_duplicate_item.RULE) == "warning"


def test_select_by_name_and_unknown_rules() -> None:
    assert len(run(project(DUPLICATED), select=["duplicate-item"])) == 1
    with pytest.raises(ChecklintError, match="unknown rule 'CL999'"):
        run(project(DUPLICATED), select=["CL999"])


# --- rules the test defines, to see what the engine gives them ------------------------------------


def fake_rule(rule_id: str, check: object, severity: str = "warning") -> RuleModule:
    module = types.ModuleType(f"fake_{rule_id.casefold()}")
    module.RULE = Rule(rule_id, f"fake-{rule_id.casefold()}", severity, "a test rule")  # type: ignore[attr-defined, arg-type]
    module.check = check  # type: ignore[attr-defined]
    return cast(RuleModule, module)


def install(monkeypatch: pytest.MonkeyPatch, *modules: RuleModule) -> None:
    """Make `modules` the whole catalogue for one test."""
    monkeypatch.setattr(checklint.engine, "ALL_RULES", modules)
    monkeypatch.setattr(checklint.rules, "ALL_RULES", modules)


def at(path: str, line: int, rule: str, severity: str = "warning") -> Finding:
    return Finding(path, line, 1, rule, f"fake-{rule.casefold()}", severity, "m")  # type: ignore[arg-type]


def test_findings_are_sorted_by_path_line_column_and_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    def first(context: RuleContext) -> Iterator[Finding]:
        yield at("b.md", 1, "CL900")
        yield at("a.md", 9, "CL900")

    def second(context: RuleContext) -> Iterator[Finding]:
        yield at("a.md", 9, "CL100")
        yield at("a.md", 2, "CL100")

    install(monkeypatch, fake_rule("CL900", first), fake_rule("CL100", second))
    found = run(project())
    assert [(f.path, f.line, f.rule_id) for f in found] == [
        ("a.md", 2, "CL100"),
        ("a.md", 9, "CL100"),
        ("a.md", 9, "CL900"),
        ("b.md", 1, "CL900"),
    ]


def test_each_rule_gets_its_own_options(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, dict[str, object]] = {}

    def remember(rule_id: str) -> object:
        def check(context: RuleContext) -> Iterator[Finding]:
            seen[rule_id] = dict(context.options)
            return iter(())

        return check

    install(
        monkeypatch, fake_rule("CL901", remember("CL901")), fake_rule("CL902", remember("CL902"))
    )
    options = MappingProxyType({"days": 3})
    run(project(settings=with_rules(CL901=RuleSettings(options=options))))
    assert seen == {"CL901": {"days": 3}, "CL902": {}}


def test_a_rules_own_mixed_severities_survive_unless_configured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def mixed(context: RuleContext) -> Iterator[Finding]:
        yield at("a.md", 1, "CL903", "error")
        yield at("a.md", 2, "CL903", "warning")

    install(monkeypatch, fake_rule("CL903", mixed, severity="error"))
    assert [f.severity for f in run(project())] == ["error", "warning"]
    configured = with_rules(CL903=RuleSettings(severity="info"))
    assert [f.severity for f in run(project(settings=configured))] == ["info", "info"]


def test_the_scorecard_is_computed_once_and_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[Project] = []
    stub = stub_scorecard()

    def fake_score(scored: Project) -> Scorecard:
        calls.append(scored)
        return stub

    def reads_scorecard(context: RuleContext) -> Iterator[Finding]:
        assert context.scorecard is stub
        return iter(())

    monkeypatch.setattr(checklint.scoring, "score", fake_score, raising=False)
    install(monkeypatch, fake_rule("CL904", reads_scorecard), fake_rule("CL905", reads_scorecard))
    checked = project()
    run(checked)
    assert calls == [checked]
    run(checked, select=[])
    assert calls == [checked]


def test_facts_the_caller_computed_are_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Project] = []

    def fake_score(scored: Project) -> Scorecard:
        calls.append(scored)
        return stub_scorecard()

    def reads_scorecard(context: RuleContext) -> Iterator[Finding]:
        context.scorecard  # noqa: B018 - reading it is the point
        return iter(())

    monkeypatch.setattr(checklint.scoring, "score", fake_score, raising=False)
    install(monkeypatch, fake_rule("CL904", reads_scorecard))
    checked = project()
    facts = ProjectFacts(checked)
    assert facts.scorecard is facts.scorecard
    run(checked, facts=facts)
    assert len(calls) == 1
    with pytest.raises(ValueError, match="another project"):
        run(project(), facts=facts)


def test_suppressions_apply_in_documents_and_the_commit_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def everywhere(context: RuleContext) -> Iterator[Finding]:
        for document in context.project.claim_sources():
            yield at(document.path, 3, "CL906")
            yield at(document.path, 4, "CL906")

    silence_line_3 = (Directive(2, 1, "disable-next-line", ("fake-cl906",), "quoted"),)
    message = Document("<commit message>", Role.SOURCE, directives=silence_line_3)
    checked = Project(
        root=Path("/nonexistent"),
        settings=Settings(),
        tree=FileSystemTree(Path("/nonexistent")),
        documents=(checklist(directives=silence_line_3), Document("docs/b.md", Role.SOURCE)),
        today=date(2026, 3, 1),
        commit_message=message,
    )
    install(monkeypatch, fake_rule("CL906", everywhere))
    assert [(f.path, f.line) for f in run(checked)] == [
        ("<commit message>", 4),
        (CHECKLIST, 4),
        ("docs/b.md", 3),
        ("docs/b.md", 4),
    ]


def test_exit_code() -> None:
    assert exit_code([]) == 0
    assert exit_code([at("a.md", 1, "CL1", "warning"), at("a.md", 1, "CL1", "info")]) == 0
    assert exit_code([at("a.md", 1, "CL1", "warning"), at("a.md", 2, "CL1", "error")]) == 1


def test_the_check_hot_path_imports_no_heavy_library(tmp_path: Path) -> None:
    """Zero-config `check` outside git: load, every rule, text output.

    No pydantic, rich or git, and no markdown-it: checklint's own scanner parses
    files without link reference definitions.
    """
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "10_10_CHECKLIST.md").write_text(CHECKLIST_TEXT, encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        from checklint.engine import run
        from checklint.loader import load
        from checklint.output.text import format_text
        assert format_text(run(load({str(tmp_path)!r})), color=False)
        heavy = ("pydantic", "rich", "git", "ruamel", "markdown_it")
        print(sorted(name for name in sys.modules if name.split(".")[0] in heavy))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


# --- find_claims: the loop over every candidate line -------------------------------------------


def test_find_claims_asks_the_detector_about_every_candidate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, int, dict[str, str], object]] = []

    def detect(candidate: Candidate, dimensions: dict[str, str], vocabulary: object) -> str | None:
        asked.append((candidate.path, candidate.line, dict(dimensions), vocabulary))
        return f"claim at {candidate.line}" if "10/10" in candidate.text else None

    fake_claims = types.ModuleType("checklint.claims")
    fake_claims.detect = detect  # type: ignore[attr-defined]
    fake_claims.declared_score = lambda found, *_: f"score at {found.line}"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "checklint.claims", fake_claims)
    scorecard = stub_scorecard(types.SimpleNamespace(key="security", name="Security"))
    lines = (candidate("docs/a.md", 1, "Score: 10/10"), candidate("docs/a.md", 2, "Score: 9/10"))
    message = Document(
        "<commit message>", Role.SOURCE, candidates=(candidate("<commit message>", 1, "10/10"),)
    )
    checked = Project(
        root=Path("."),
        settings=Settings(),
        tree=FileSystemTree(Path(".")),
        documents=(Document("docs/a.md", Role.SOURCE, candidates=lines),),
        today=date(2026, 1, 1),
        commit_message=message,
    )
    claims: tuple[object, ...] = find_claims(checked, scorecard)
    assert claims == ("claim at 1", "claim at 1")
    assert [(path, line) for path, line, _, _ in asked] == [
        ("docs/a.md", 1),
        ("docs/a.md", 2),
        ("<commit message>", 1),
    ]
    assert all(dims == {"security": "Security"} for _, _, dims, _ in asked)
    assert all(vocabulary is checked.settings.vocabulary for _, _, _, vocabulary in asked)
    scores: tuple[object, ...] = find_declared_scores(checked, scorecard)
    assert scores == ("score at 1", "score at 2", "score at 1")


def candidate(path: str, line: int, text: str) -> Candidate:
    return Candidate(path, line, 1, text, TextContext.PARAGRAPH, None)


def stub_scorecard(*dimensions: object) -> Scorecard:
    """Stands in for `checklint.scoring.score`'s result; these tests read only its dimensions."""
    return cast(Scorecard, types.SimpleNamespace(dimensions=dimensions))


# --- end to end: markdown on disk, the real parser, scorer and claim detector ----------------

CHECKLIST_TEXT = """\
# 10/10 Master Checklist

## A) Security (50%)
- [x] Rotate the deploy keys
- [ ] Enable 2FA for the org
- [ ] rotate the  deploy keys
<!-- checklint-disable-next-line duplicate-item -- kept on purpose until the audit -->
- [ ] Enable 2FA for the org

## B) Docs (50%)
- [x] Write the guide
"""


def loaded(tmp_path: Path, files: dict[str, str]) -> Project:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load(tmp_path, settings=Settings(), today=date(2026, 3, 1))


def test_a_suppression_read_from_markdown(tmp_path: Path) -> None:
    checked = loaded(tmp_path, {"docs/10_10_CHECKLIST.md": CHECKLIST_TEXT})
    assert [(f.path, f.line) for f in run_cl504(checked)] == [("docs/10_10_CHECKLIST.md", 6)]


def test_every_rule_runs_over_a_real_project(tmp_path: Path) -> None:
    files = {"docs/10_10_CHECKLIST.md": CHECKLIST_TEXT, "docs/STATUS.md": "Overall: 10/10 ✅\n"}
    found = run(loaded(tmp_path, files))
    assert found == sorted(found)
    assert ("docs/STATUS.md", 1, "CL101") in {(f.path, f.line, f.rule_id) for f in found}
    assert exit_code(found) == 1

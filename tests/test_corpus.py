"""The parser against every real file of the shared corpus, and golden snapshots of the seed.

The shared corpus lives in `shared/` beside the repository checkout (in CI:
`../shared`); set CHECKLINT_SHARED to point elsewhere.

Golden snapshots: tests/fixtures/golden/*.json hold the seed project's parsed
checklist and queue at two commits. After an intended change to the parser,
rewrite them with

    CHECKLINT_UPDATE_GOLDEN=1 pytest tests/test_corpus.py

and review the diff before committing it.
"""

from __future__ import annotations

import csv
import dataclasses
import enum
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

import checklint.claims
from checklint.models import Document, Role
from checklint.parser import parse_document
from checklint.settings import Settings
from checklint.source import decode_markdown

SHARED = Path(os.environ.get("CHECKLINT_SHARED") or Path(__file__).resolve().parents[2] / "shared")
CORPUS = SHARED / "corpus"
GOLDEN = Path(__file__).parent / "fixtures" / "golden"
SEED = "alirezasafaei-dev__alirezasafaeisystems"
# A line that looks like a task box, for counting boxes the parser must not see.
BOX_LINE = re.compile(r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\][ \t]")


def manifest() -> list[dict[str, str]]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as rows:
        return list(csv.DictReader(rows, delimiter="\t"))


MANIFEST = manifest()
FILES = [pytest.param(row["local_path"], id=row["local_path"]) for row in MANIFEST]


def read(local_path: str) -> str:
    return decode_markdown((CORPUS / local_path).read_bytes(), local_path)


def reference_parser() -> MarkdownIt:
    """markdown-it-py's full parse with its own task-list and front-matter plugins."""
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(tasklists_plugin)


def reference_boxes_and_hidden_ranges(text: str) -> tuple[set[int], list[tuple[int, int]]]:
    """1-based lines of the tasklists plugin's boxes; 0-based ranges of code, HTML, front matter."""
    boxes: set[int] = set()
    hidden: list[tuple[int, int]] = []
    for token in reference_parser().parse(text):
        if token.type in ("fence", "code_block", "html_block", "front_matter") and token.map:
            hidden.append((token.map[0], token.map[1]))
        children = token.children or []
        if token.type == "inline" and children and "task-list-item-checkbox" in children[0].content:
            assert token.map is not None
            boxes.add(token.map[0] + 1)
    return boxes, hidden


def hidden_box_lines(lines: list[str], hidden: list[tuple[int, int]]) -> list[int]:
    """1-based lines in code, HTML or front matter that look like task items."""
    return [n + 1 for start, end in hidden for n in range(start, end) if BOX_LINE.match(lines[n])]


def test_manifest_lists_the_corpus() -> None:
    assert len(MANIFEST) > 50
    for row in MANIFEST:
        assert (CORPUS / row["local_path"]).is_file(), row["local_path"]


@pytest.mark.parametrize("local_path", FILES)
def test_corpus_file(local_path: str) -> None:
    text = read(local_path)
    for role in (Role.QUEUE, Role.SOURCE):
        parse_document(text, local_path, role, Settings())  # parses in every role
    document = parse_document(text, local_path, Role.CHECKLIST, Settings())
    boxes, hidden = reference_boxes_and_hidden_ranges(text)
    tasks = {item.line for item in document.items if item.kind.value == "task"}
    assert boxes <= tasks, f"boxes markdown-it sees that checklint misses: {sorted(boxes - tasks)}"
    lines = text.split("\n")
    for item in document.items:
        assert not any(start < item.line <= end for start, end in hidden), item
        assert 1 <= item.column <= len(lines[item.line - 1]), item
    assert not set(hidden_box_lines(lines, hidden)) & tasks


def test_commented_kep_template_boxes_are_absent() -> None:
    local_path = "kubernetes__enhancements/NNNN-kep-template__README.md"
    text = read(local_path)
    document = parse_document(text, local_path, Role.CHECKLIST, Settings())
    _, hidden = reference_boxes_and_hidden_ranges(text)
    commented = hidden_box_lines(text.split("\n"), hidden)
    assert len(commented) == 7
    assert not {item.line for item in document.items} & set(commented)
    assert not any("Pick a hosting SIG" in item.text for item in document.items)


def test_number_placeholders_are_no_items() -> None:
    local_path = "easel__ddx-library/security-metrics__template.md"
    text = read(local_path)
    document = parse_document(text, local_path, Role.CHECKLIST, Settings())
    lines = text.split("\n")
    placeholders = [n + 1 for n, line in enumerate(lines) if "[X] hours" in line]
    assert placeholders
    assert not {item.line for item in document.items} & set(placeholders)
    assert all(item.marker == " " for item in document.items)


def test_malformed_meeting_template_boxes_are_lookalikes() -> None:
    local_path = "mazfil__lab-allocator/meeting-template.md"
    document = parse_document(read(local_path), local_path, Role.CHECKLIST, Settings())
    assert document.items == ()
    assert len(document.lookalikes) == 7
    assert {lookalike.hint for lookalike in document.lookalikes} == {"- [ ]"}


# -- golden snapshots of the seed ---------------------------------------------------------

SEED_FILES = [
    ("184344e__10_10_CHECKLIST.md", "docs/10_10_CHECKLIST.md", Role.CHECKLIST),
    ("184344e__OWNER_INPUT_QUEUE.md", "docs/runtime/OWNER_INPUT_QUEUE.md", Role.QUEUE),
    ("d98b666__10_10_CHECKLIST.md", "docs/10_10_CHECKLIST.md", Role.CHECKLIST),
    ("d98b666__OWNER_INPUT_QUEUE.md", "docs/runtime/OWNER_INPUT_QUEUE.md", Role.QUEUE),
]
# A fixed prefilter, so that the snapshots do not move with the claim vocabulary.
GOLDEN_PREFILTER = re.compile(r"(?i)10\s*/\s*10|\bready\b|\bachieved\b")


def to_json(value: object) -> object:
    """dataclasses.asdict's output made JSON: enums by value, dates in ISO form."""
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def snapshot(document: Document) -> str:
    return json.dumps(to_json(dataclasses.asdict(document)), ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize(("name", "path", "role"), SEED_FILES, ids=[f[0] for f in SEED_FILES])
def test_seed_golden(name: str, path: str, role: Role, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checklint.claims, "prefilter", lambda vocabulary: GOLDEN_PREFILTER)
    actual = snapshot(parse_document(read(f"{SEED}/{name}"), path, role, Settings()))
    golden = GOLDEN / name.replace(".md", ".json")
    if os.environ.get("CHECKLINT_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")

"""Issue #2's acceptance check, through the installed command: `checklint list --format json`
over the whole corpus with `checklists: ["**/*.md"]` finds every box markdown-it-py's own
task-list plugin finds, on the same line, and nothing from code blocks or HTML."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

SHARED = Path(os.environ.get("CHECKLINT_SHARED") or Path(__file__).resolve().parents[2] / "shared")
CORPUS = SHARED / "corpus"


def listed_items(tmp_path: Path) -> list[dict[str, object]]:
    config = tmp_path / "corpus.checklint.yaml"
    config.write_text('checklists: ["**/*.md"]\n', encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "checklint",
        "--root",
        str(CORPUS),
        "--config",
        str(config),
        "list",
        "--format",
        "json",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    items: list[dict[str, object]] = json.loads(done.stdout)["items"]
    return items


def reference_boxes() -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """(task lines, lines inside code/HTML blocks) per file, from a full markdown-it parse."""
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(tasklists_plugin)
    boxes: dict[str, set[int]] = defaultdict(set)
    hidden: dict[str, set[int]] = defaultdict(set)
    for path in CORPUS.rglob("*.md"):
        rel = path.relative_to(CORPUS).as_posix()
        text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
        for token in md.parse(text):
            if token.map is None:
                continue
            if token.type == "list_item_open" and "task-list-item" in str(token.attrs.get("class")):
                boxes[rel].add(token.map[0] + 1)
            if token.type in ("fence", "code_block", "html_block", "front_matter"):
                hidden[rel].update(range(token.map[0] + 1, token.map[1] + 1))
    return boxes, hidden


def test_list_finds_every_box_and_nothing_hidden(tmp_path: Path) -> None:
    items = listed_items(tmp_path)
    found: dict[str, set[int]] = defaultdict(set)
    for item in items:
        if item["kind"] == "task":
            found[str(item["path"])].add(int(str(item["line"])))
    boxes, hidden = reference_boxes()
    assert sum(len(lines) for lines in boxes.values()) > 2000
    missing = {
        path: sorted(lines - found[path]) for path, lines in boxes.items() if lines - found[path]
    }
    assert missing == {}
    from_hidden = {
        path: sorted(lines & hidden[path]) for path, lines in found.items() if lines & hidden[path]
    }
    assert from_hidden == {}

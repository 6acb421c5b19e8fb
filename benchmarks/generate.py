"""Generate large, realistic release checklists for the benchmark (deterministic).

The file looks like the seed's `docs/10_10_CHECKLIST.md` grown to any size: a
Scoring Model, weighted dimension sections split into `###` groups, task items
with owners, due and done dates, evidence paths and nested sub-items, plus the
shapes a parser must see through: record tables, fenced code holding
checkbox look-alikes, block quotes with items, HTML comments and paragraphs
with claim-like words. Weights add up to 100%, cited evidence exists and due
dates lie after the pinned 'today', so checklint has real work to do but a
correct file produces few findings and output never dominates the timing.

    python benchmarks/generate.py OUT_DIR --size 1000000
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CHECKLIST_PATH = "docs/10_10_CHECKLIST.md"
EVIDENCE_FILES = tuple(f"docs/evidence/{name}.md" for name in ("ci", "security", "drill", "sbom"))
TODAY = "2026-06-01"  # CHECKLINT_TODAY for the runs: every due date below is later
DIMENSIONS = (
    ("Engineering Quality", 25),
    ("Operations & Reliability", 25),
    ("Security & Governance", 20),
    ("Documentation & Maintainability", 15),
    ("Product & Conversion", 15),
)
_VERBS = ("Verify", "Document", "Automate", "Review", "Rotate", "Publish", "Audit", "Measure")
_THINGS = (
    "backup restore", "rollback drill", "alert routing", "dependency pins", "TLS renewal",
    "error budget", "runbook links", "access review", "cache headers", "release notes",
    "load test", "schema migration", "feature flags", "incident template", "SBOM export",
)  # fmt: skip
_SERVICES = (
    "the checkout API", "billing workers", "the public website", "search indexers",
    "the admin console", "mobile push", "the data warehouse", "edge proxies",
)  # fmt: skip
_OWNERS = ("@alice", "@bob", "@carol", "owner: platform", "owner: `web-team`", "@dana")


@dataclass(slots=True)
class Counter:
    """What was written: the item count is the throughput denominator."""

    items: int = 0  # task items and record-table rows
    lines: int = 0


class ChecklistWriter:
    """Writes groups of items until the file reaches the target size."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.count = Counter()
        self.serial = 0

    def document(self, target_bytes: int) -> Iterator[str]:
        yield from self._header()
        written = 0
        per_dimension = max(1, target_bytes // len(DIMENSIONS))
        for letter, (name, weight) in zip("ABCDE", DIMENSIONS, strict=True):
            yield f"## {letter}) {name} ({weight}%)\n\n"
            budget, group = per_dimension, 0
            while budget > 0:
                group += 1
                block = "".join(self._group(letter, group))
                budget -= len(block.encode())
                written += len(block.encode())
                yield block
        yield "## Notes\n\nThe release is 10/10 only when every item above is done.\n"

    def _header(self) -> Iterator[str]:
        yield "# Release 10/10 Checklist\n\n"
        yield "Target: 10/10 only when every blocker below is closed.\n\n"
        yield "## Scoring Model\n\n"
        for name, weight in DIMENSIONS:
            yield f"- {name} ({weight}%)\n"
        yield "\n"

    def _group(self, letter: str, group: int) -> Iterator[str]:
        yield f"### {letter}.{group} Workstream {group}\n\n"
        if group % 3 == 1:
            yield "Evidence:\n\n" + f"- `{self.random.choice(EVIDENCE_FILES)}`\n\n"
        for _ in range(self.random.randint(12, 24)):
            line, done = self._item(depth=0)
            yield line
            if self.random.random() < 0.25:  # a done parent's sub-items are done (no CL202)
                for _ in range(self.random.randint(1, 3)):
                    yield self._item(depth=1, done=done or None)[0]
            if self.random.random() < 0.1:
                yield "  - plain note: keep the dashboards linked\n"
        yield "\n"
        yield from self._extra_block(group)

    def _extra_block(self, group: int) -> Iterator[str]:
        """One of the shapes that must not (or must) count, every few groups."""
        shape = group % 8
        if shape == 2:
            yield from self._table()
        elif shape == 4:
            yield "```bash\n# - [ ] not an item: this is code\nmake release-check\n```\n\n"
        elif shape == 5:
            yield "> **Note**: carried over from the last review.\n>\n"
            yield "> " + self._item(depth=0)[0]
            yield "\n"
        elif shape == 6:
            yield "<!-- reviewers: keep items short; evidence lives in docs/evidence -->\n\n"
        elif shape == 7:
            yield "The readiness review checks these items before any release claim.\n\n"

    def _table(self) -> Iterator[str]:
        yield "| ID | Task | Status | Owner |\n| --- | --- | --- | --- |\n"
        for _ in range(self.random.randint(3, 6)):
            self.serial += 1
            self.count.items += 1
            status = "done" if self.random.random() < 0.7 else "in progress"
            yield f"| R-{self.serial:06d} | {self._phrase()} | {status} | @erin |\n"
        yield "\n"

    def _item(self, depth: int, done: bool | None = None) -> tuple[str, bool]:
        self.serial += 1
        self.count.items += 1
        if done is None:
            done = self.random.random() < 0.7
        box = "x" if done else self.random.choice("  /")
        text = f"T-{self.serial:06d} {self._phrase()}"
        roll = self.random.random()
        if roll < 0.15:
            text += f" {self.random.choice(_OWNERS)}"
        elif roll < 0.25:
            text += " ✅ 2026-01-12" if done else " due: 2026-09-30"
        elif roll < 0.35 and done:
            text += f" (`{self.random.choice(EVIDENCE_FILES)}`)"
        return f"{'  ' * depth}- [{box}] {text}\n", done

    def _phrase(self) -> str:
        verb, thing = self.random.choice(_VERBS), self.random.choice(_THINGS)
        return f"{verb} {thing} for {self.random.choice(_SERVICES)}"


def write_project(root: Path, target_bytes: int, seed: int = 7) -> dict[str, int]:
    """A project holding one generated checklist and its evidence; returns its counts."""
    writer = ChecklistWriter(seed)
    checklist = root / CHECKLIST_PATH
    checklist.parent.mkdir(parents=True, exist_ok=True)
    with checklist.open("w", encoding="utf-8", newline="\n") as out:
        for chunk in writer.document(target_bytes):
            out.write(chunk)
    for evidence in EVIDENCE_FILES:
        path = root / evidence
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# Evidence\n\nRecorded by the release job.\n", encoding="utf-8")
    size = checklist.stat().st_size
    return {"bytes": size, "items": writer.count.items, "lines": _count_lines(checklist)}


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("out", type=Path, help="project folder to create")
    parser.add_argument("--size", type=int, default=1_000_000, help="checklist bytes")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(write_project(args.out, args.size, args.seed)))


if __name__ == "__main__":
    main()

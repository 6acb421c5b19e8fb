"""The document's outline during the walk: sections, their evidence and the scoring model."""

from __future__ import annotations

from dataclasses import replace

from checklint.models import EvidenceRef, ScoringEntry, Section
from checklint.sections import is_scoring_model, parse_scoring_entry, split_heading
from checklint.text import normalise_key
from checklint.walker_prose import Prose, Text


class Outline:
    __slots__ = ("_evidence", "_open", "in_scoring_model", "path", "prose", "scoring", "sections")

    def __init__(self, path: str, prose: Prose) -> None:
        self.path = path
        self.prose = prose
        self.sections: list[Section] = []
        self.scoring: list[ScoringEntry] = []
        self.in_scoring_model = False  # under a 'Scoring Model' heading
        self._evidence: dict[int, list[EvidenceRef]] = {}  # per section
        self._open: list[int] = []  # the heading path down to here

    def add_heading(self, block: Text, level: int) -> None:
        title = " ".join(block.text.split())  # a blanked comment leaves no gap
        name, weight = split_heading(title)
        self.in_scoring_model = is_scoring_model(name)
        column = self.prose.position(block.line, block.first_raw(), 0)
        parent = self._parent(level)
        self._open.append(len(self.sections))
        self.sections.append(Section(self.path, block.line + 1, column, level, title, name,
                                     normalise_key(name), weight, parent))  # fmt: skip

    def _parent(self, level: int) -> int | None:
        """The nearest open section of a higher level (closing the ones this heading ends)."""
        while self._open and self.sections[self._open[-1]].level >= level:
            self._open.pop()
        return self._open[-1] if self._open else None

    def current(self) -> int | None:
        return len(self.sections) - 1 if self.sections else None

    def title(self, section: int | None) -> str:
        return self.sections[section].title if section is not None else ""

    def add_scoring_entry(self, block: Text) -> None:
        """A 'Name (25%)' list item of the Scoring Model section."""
        entry = parse_scoring_entry(block.text.split("\n", 1)[0])
        if entry is not None:
            name, weight = entry
            column = self.prose.position(block.line, block.first_raw(), 0)
            self.scoring.append(ScoringEntry(self.path, block.line + 1, column, name,
                                             normalise_key(name), weight))  # fmt: skip

    def attach_evidence(self, refs: tuple[EvidenceRef, ...]) -> None:
        """References of an 'Evidence:' paragraph or list, for the current section."""
        if refs and self.sections:
            self._evidence.setdefault(len(self.sections) - 1, []).extend(refs)

    def finished(self) -> tuple[Section, ...]:
        evidence = self._evidence
        return tuple(
            replace(section, evidence=tuple(evidence[index])) if index in evidence else section
            for index, section in enumerate(self.sections)
        )

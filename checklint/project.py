"""The parsed project: every checklist, queue and claim source, each parsed once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from checklint.models import Document, Role, record
from checklint.settings import Settings
from checklint.tree import Tree


@record
class Project:
    root: Path
    settings: Settings
    tree: Tree  # where the documents were read from; evidence is looked up in it too
    documents: tuple[Document, ...]  # sorted by path; checklists, queues and claim sources
    today: date  # what 'overdue' is measured against
    commit_message: Document | None = None  # role SOURCE, path '<commit message>' or the file

    def by_role(self, role: Role) -> Iterator[tuple[int, Document]]:
        """(index, document) pairs of one role, in path order."""
        for index, document in enumerate(self.documents):
            if document.role is role:
                yield index, document

    def claim_sources(self) -> Iterator[Document]:
        """Every document read for claims: all of them, then the commit message."""
        yield from self.documents
        if self.commit_message is not None:
            yield self.commit_message

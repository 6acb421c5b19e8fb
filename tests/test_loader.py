"""Loading a project: roles, and the error for a configured file that is not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from checklint.errors import ChecklintError
from checklint.loader import load
from checklint.models import Role


def test_roles_follow_the_default_layout(tmp_path: Path) -> None:
    (tmp_path / "docs" / "runtime").mkdir(parents=True)
    (tmp_path / "docs" / "10_10_CHECKLIST.md").write_text("- [ ] a\n", encoding="utf-8")
    (tmp_path / "docs" / "runtime" / "OWNER_INPUT_QUEUE.md").write_text("- [ ] b\n")
    (tmp_path / "STATUS.md").write_text("Status: READY\n", encoding="utf-8")
    project = load(tmp_path)
    roles = {document.path: document.role for document in project.documents}
    assert roles == {
        "STATUS.md": Role.SOURCE,
        "docs/10_10_CHECKLIST.md": Role.CHECKLIST,
        "docs/runtime/OWNER_INPUT_QUEUE.md": Role.QUEUE,
    }


def test_a_missing_configured_file_names_its_place_in_the_config(tmp_path: Path) -> None:
    (tmp_path / ".checklint.yaml").write_text(
        "queues: []\nchecklists:\n  - docs/NOPE.md\n", encoding="utf-8"
    )
    with pytest.raises(ChecklintError) as caught:
        load(tmp_path)
    assert str(caught.value) == (
        ".checklint.yaml:3:5: checklists: 'docs/NOPE.md' is not a file in the work tree; "
        "fix the path or use a glob"
    )

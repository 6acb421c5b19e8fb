"""Every claim the detector finds in the shared corpus, against a recorded list.

Each markdown file of `shared/corpus` is parsed as a checklist with the
default settings, scored on its own (so its weighted sections are the scored
dimensions), and every candidate line is run through `detect`. The result
must equal `fixtures/claims/corpus-claims.txt` (`path:line scope phrase`, one
claim a line): a change to the grammar shows its effect on real files here,
and each line the failure lists (`+` found, `-` gone) is to be read by hand
before the file is updated to match.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checklint.claims import detect
from checklint.models import Role
from checklint.parser import parse_document
from checklint.scoring import score_documents
from checklint.settings import Settings

EXPECTED = Path(__file__).parent / "fixtures" / "claims" / "corpus-claims.txt"


def corpus_dir() -> Path:
    shared = os.environ.get("CHECKLINT_SHARED") or Path(__file__).resolve().parents[2] / "shared"
    corpus = Path(shared) / "corpus"
    if not corpus.is_dir():
        pytest.fail(f"corpus not found at {corpus}; set CHECKLINT_SHARED")
    return corpus


def corpus_claims(corpus: Path) -> list[str]:
    settings = Settings()
    found: list[str] = []
    for path in sorted(p for p in corpus.rglob("*") if p.suffix.lower() in (".md", ".markdown")):
        name = path.relative_to(corpus).as_posix()
        document = parse_document(path.read_text(encoding="utf-8"), name, Role.CHECKLIST, settings)
        scorecard = score_documents((document,), dict(settings.weights))
        dimensions = {dimension.key: dimension.name for dimension in scorecard.dimensions}
        for candidate in document.candidates:
            claim = detect(candidate, dimensions, settings.vocabulary)
            if claim is not None:
                found.append(f"{name}:{claim.line} {claim.scope.value} {claim.phrase}")
    return found


def test_corpus_claims_are_the_recorded_ones() -> None:
    found = corpus_claims(corpus_dir())
    expected = EXPECTED.read_text(encoding="utf-8").splitlines()
    assert found == expected, "\n".join(
        [f"+ {line}" for line in found if line not in expected]
        + [f"- {line}" for line in expected if line not in found]
    )

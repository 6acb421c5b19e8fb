"""`checklint.scan` makes markdown-it-py's block tokens, token for token.

markdown-it-py is the oracle: every corpus file, generated checklists, the
block shapes that carry state across lines, and some thousands of random
documents built from the pieces that decide block structure (indentation, tabs,
list and quote markers, fences, HTML, table rows, setext underlines) must give
the same (type, tag, level, map, content) sequence from both. The random
documents use fixed seeds, so a failure is reproducible; the first differing
document is printed.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from test_blockstream import SHAPES, generator

from checklint.models import Role
from checklint.parser import block_parser, parse_document, token_batches
from checklint.scan import needs_markdown_it, scan_batches
from checklint.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CHECKLINT_SHARED") or REPO.parent / "shared")
CORPUS = sorted((SHARED / "corpus").rglob("*.md"))
SHAPES_WITHOUT_REFERENCES = {k: v for k, v in SHAPES.items() if not needs_markdown_it(v)}

Key = tuple[str, str, int, "list[int] | None", str]
_WITH_CONTENT = {"inline", "fence", "code_block", "html_block"}


def key(token: object) -> Key:
    kind = getattr(token, "type")  # noqa: B009 - both token classes, one accessor
    content = getattr(token, "content") if kind in _WITH_CONTENT else ""  # noqa: B009
    return (kind, getattr(token, "tag"), getattr(token, "level"), getattr(token, "map"), content)  # noqa: B009


def oracle(text: str) -> list[Key]:
    return [key(token) for token in block_parser().parse(text)]


def scanned(text: str, batch: int | None = None) -> list[Key]:
    return [key(token) for tokens in scan_batches(text, batch) for token in tokens]


def assert_same(text: str) -> None:
    expected, got = oracle(text), scanned(text)
    if got != expected:
        first = next(
            (i for i, (a, b) in enumerate(zip(got, expected, strict=False)) if a != b), None
        )
        detail = (
            f"token {first}: {got[first]} != {expected[first]}"
            if first is not None
            else (f"{len(got)} tokens != {len(expected)}")
        )
        pytest.fail(f"scanner differs from markdown-it on {text!r}: {detail}")


@pytest.mark.parametrize("name", sorted(SHAPES_WITHOUT_REFERENCES))
@pytest.mark.parametrize("batch", [1, 3, None])
def test_shapes(name: str, batch: int | None) -> None:
    text = SHAPES[name]
    assert scanned(text, batch) == oracle(text)


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_corpus(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    if needs_markdown_it(text):  # the parser hands it to markdown-it itself
        batches = list(token_batches(text))
        assert all(type(t).__module__.startswith("markdown_it") for b in batches for t in b)
        assert [key(t) for b in batches for t in b] == oracle(text)
        return
    assert_same(text)


def test_most_of_the_corpus_is_scanned() -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in CORPUS]
    assert len(texts) > 50, f"no corpus under {SHARED}; set CHECKLINT_SHARED"
    assert sum(needs_markdown_it(t) for t in texts) <= 5


def test_generated_checklist(tmp_path: Path) -> None:
    generator().write_project(tmp_path, 300_000)
    text = (tmp_path / "docs" / "10_10_CHECKLIST.md").read_text(encoding="utf-8")
    assert not needs_markdown_it(text)
    assert_same(text)
    assert len(list(scan_batches(text, 512))) > 10  # it really is cut


# Pieces of lines; a random document is lines of indentation + container markers + content.
_INDENTS = ["", "", "", " ", "  ", "   ", "    ", "      ", "        ", "\t", " \t", "  \t "]
_MARKERS = ["- ", "* ", "+ ", "1. ", "2) ", "10. ", "> ", ">", ">\t", "-\t", "1.   ", "-      ",
            "- [ ] ", "- [x] ", "* [X] "]  # fmt: skip
_CONTENT = ["text", "more words", "# head", "## h ##", "####### seven", "#", "```", "~~~",
            "``` js", "```a`b", "---", "***", "- - -", "_ _ _", "===", "--", "<!-- c", "-->",
            "<!-- c -->", "<div>", "</div>", "<p>x", "<span>", "<span> x", "<?x", "?>",
            "<!DOCTYPE", "<![CDATA[", "]]>", "<script>", "</script>", "<pre>", "| a | b |",
            "|---|---|", "|:-|-:|", "| :-: |", "a | b", "a \\| b | c", "-|-", "", "  ", "[ ] task",
            "[x] done", "1. x", "2. y", "-", "1.", "+", "\\- x"]  # fmt: skip


def random_document(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 14)):
        markers = "".join(rng.choice(_MARKERS) for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))
        lines.append(rng.choice(_INDENTS) + markers + rng.choice(_CONTENT))
    return "\n".join(lines) + rng.choice(["", "\n", "\n\n"])


@pytest.mark.parametrize("seed", range(8))
def test_random_documents(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    for _ in range(600):
        text = random_document(rng)
        if not needs_markdown_it(text):
            assert_same(text)
            checked += 1
    assert checked > 500


def test_references_are_left_to_markdown_it() -> None:
    text = "[ref]: /url\n\n- [ ] [x][ref]\n"
    assert needs_markdown_it(text)
    batches = list(token_batches(text))
    assert [key(t) for b in batches for t in b] == oracle(text)
    assert type(batches[0][0]).__module__.startswith("markdown_it")


def test_documents_are_the_same_either_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A document parsed from the scanner's tokens equals one parsed from markdown-it's."""
    from checklint import parser
    from checklint.blockstream import block_batches

    generator().write_project(tmp_path, 60_000)
    texts = [(tmp_path / "docs" / "10_10_CHECKLIST.md").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in CORPUS[:30]]
    for text in texts:
        for role in (Role.CHECKLIST, Role.QUEUE):
            scanned_doc = parse_document(text, "x.md", role, Settings())
            with monkeypatch.context() as patch:
                patch.setattr(parser, "token_batches", lambda t: block_batches(block_parser(), t))
                assert parse_document(text, "x.md", role, Settings()) == scanned_doc

"""`block_batches` yields exactly markdown-it's own block tokens, however it cuts them.

The stream replays `ParserBlock.tokenize` at the top level; these tests hold it
to `md.parse` token for token (type, map, level, content, markup, info, hidden
and the rest: Token is a dataclass) on every corpus file, on generated
checklists and on the block shapes that carry state across lines, with batch
sizes from one token up, and check that documents parsed through it are the
same whichever batch size is used.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

import checklint.blockstream
import checklint.scan
from checklint.blockstream import block_batches
from checklint.models import Role
from checklint.parser import block_parser, parse_document
from checklint.settings import Settings
from checklint.source import decode_markdown

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CHECKLINT_SHARED") or REPO.parent / "shared")
CORPUS = sorted((SHARED / "corpus").rglob("*.md"))
SHAPES = {
    "empty": "",
    "blank": "\n\n  \n",
    "crlf-and-nul": "- [ ] a\r\n- [x] b\0\r\n\r\n# h\r",
    "loose-list": "- [ ] a\n\n- [x] b\n\n\n- [ ] c\n  continued\n\n  second paragraph\n",
    "lazy": "- [ ] item\nlazy continuation\n> quote\nlazy too\n# heading\n",
    "nested": "- [ ] a\n  - [x] b\n    1. [ ] c\n\n       more\n- d\n",
    "quote": "> - [ ] quoted\n>\n> text\n\n> another\n",
    "fence": "```\n- [ ] code\n\n# not a heading\n```\n- [ ] after\n~~~\nunclosed\n\n- x\n",
    "html": "<div>\n# inside\n\n- [ ] outside\n<!--\n- [ ] comment\n\n-->\n",
    "table": "| a | Status |\n| --- | --- |\n| x | done |\n# h\n| b |\n|---|\nrow\n",
    "setext": "Title\n=====\n- [ ] a\ntext\n---\n",
    "reference": "[ref]: /url\n  'title'\n\n- [ ] [x][ref]\n",
    "indented": "    code\n\n- [ ] a\n\n        code in item\n",
    "deep": "".join("  " * n + "- x\n" for n in range(80)) + "- [ ] after\n",
}


def tokens(text: str) -> list[object]:
    return list(block_parser().parse(text))


def streamed(text: str, batch: int) -> list[object]:
    batches = list(block_batches(block_parser(), text, batch))
    assert all(batches), "no batch is empty"
    return [token for tokens_ in batches for token in tokens_]


@pytest.mark.parametrize("name", sorted(SHAPES))
@pytest.mark.parametrize("batch", [1, 2, 3, 7, 4096])
def test_shapes_stream_like_parse(name: str, batch: int) -> None:
    assert streamed(SHAPES[name], batch) == tokens(SHAPES[name])


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_corpus_streams_like_parse(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    assert streamed(text, 1) == tokens(text)
    assert streamed(text, 64) == tokens(text)


def test_corpus_is_there() -> None:
    assert len(CORPUS) > 50, f"no corpus under {SHARED}; set CHECKLINT_SHARED"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", REPO / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_generated_checklist_streams_like_parse(tmp_path: Path) -> None:
    generator().write_project(tmp_path, 200_000)
    text = (tmp_path / "docs" / "10_10_CHECKLIST.md").read_text(encoding="utf-8")
    assert streamed(text, 1) == tokens(text)
    assert len(list(block_batches(block_parser(), text, 512))) > 10  # it really is cut


def test_documents_do_not_depend_on_the_batch_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generator().write_project(tmp_path, 100_000)
    texts = [(tmp_path / "docs" / "10_10_CHECKLIST.md").read_bytes()]
    texts += [path.read_bytes() for path in CORPUS[:40]]
    for data in texts:
        text = decode_markdown(data, "x.md")
        for role in (Role.CHECKLIST, Role.QUEUE, Role.SOURCE):
            monkeypatch.setattr(checklint.blockstream, "BATCH_TOKENS", 1)
            monkeypatch.setattr(checklint.scan, "BATCH_TOKENS", 1)
            small = parse_document(text, "x.md", role, Settings())
            monkeypatch.setattr(checklint.blockstream, "BATCH_TOKENS", 10**9)
            monkeypatch.setattr(checklint.scan, "BATCH_TOKENS", 10**9)
            assert parse_document(text, "x.md", role, Settings()) == small


def test_other_core_rules_fall_back_to_one_parse() -> None:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")  # inline parsing on: not streamable
    text = "- [ ] a\n\n# b\n"
    assert list(block_batches(md, text, 1)) == [md.parse(text)]

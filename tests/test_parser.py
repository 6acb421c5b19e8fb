"""The markdown parser, driven by fixture files in tests/fixtures/parser/.

Each fixture is markdown-it's `title / . / input / . / expected / .` format. The
expected text is `dump(document)`: one line per record, every record with its
1-based `line:column`. A title containing `[queue]` or `[source]` parses the
input with that role (default: checklist). In inputs, `␍` stands for a carriage
return and a final `␄` line means "no final newline", since fixture files
themselves are plain LF text.

The claim prefilter is replaced by the word CLAIM here, so that which lines
become candidates does not depend on the claim vocabulary (tested with the
real prefilter below).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

import checklint.claims
from checklint.models import Document, Item, Role, Section
from checklint.parser import blank_front_matter, block_parser, cardinality, parse_document
from checklint.settings import Settings
from checklint.source import decode_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "parser"
CASES = [
    pytest.param(title, text, expected, id=f"{path.stem}:{line}:{title}")
    for path in sorted(FIXTURES.glob("*.md"))
    for line, title, text, expected in read_fixture_file(path)
]


@pytest.fixture(autouse=True)
def claim_word_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checklint.claims, "prefilter", lambda vocabulary: re.compile("CLAIM"))


def parse(text: str, role: Role = Role.CHECKLIST, settings: Settings | None = None) -> Document:
    return parse_document(text, "doc.md", role, settings or Settings())


def fixture_input(text: str) -> str:
    text = text.replace("␍", "\r")
    return text.removesuffix("␄\n")


def role_of(title: str) -> Role:
    for role in Role:
        if f"[{role.value}]" in title:
            return role
    return Role.CHECKLIST


@pytest.mark.parametrize(("title", "text", "expected"), CASES)
def test_fixture(title: str, text: str, expected: str) -> None:
    document = parse(fixture_input(text), role_of(title))
    assert dump(document) == expected


def dump(document: Document) -> str:
    """A compact, exhaustive text form of a document's records."""
    out: list[str] = []
    for index, section in enumerate(document.sections):
        out.append(_section_line(index, section))
        out += [f"  evidence {_ref(ref)}" for ref in section.evidence]
    for entry in document.scoring:
        out.append(f"scoring {entry.line}:{entry.column} {entry.name!r} {entry.weight:g}")
    for index, item in enumerate(document.items):
        out.append(_item_line(index, item, document.complete[index]))
        out += [f"  evidence {_ref(ref)}" for ref in item.evidence]
    for candidate in document.candidates:
        extra = [f"section={candidate.section}"] if candidate.section is not None else []
        extra += [f"lead={candidate.lead_in!r}"] if candidate.lead_in else []
        extra += [f"header={list(candidate.table_header)}"] if candidate.table_header else []
        extra += [f"cells={list(candidate.cells)}"] if candidate.cells else []
        out.append(
            " ".join(
                [
                    f"candidate {candidate.line}:{candidate.column}",
                    candidate.context.value,
                    repr(candidate.text),
                    *extra,
                ]
            )
        )
    for directive in document.directives:
        out.append(
            f"directive {directive.line}:{directive.column} {directive.action} "
            f"rules={','.join(directive.rules)} reason={directive.reason!r}"
        )
    for lookalike in document.lookalikes:
        out.append(
            f"lookalike {lookalike.line}:{lookalike.column} {lookalike.text!r} "
            f"hint={lookalike.hint!r}"
        )
    return "".join(f"{line}\n" for line in out)


def _section_line(index: int, section: Section) -> str:
    words = [
        f"section {index} {section.line}:{section.column} h{section.level}",
        repr(section.title),
        f"name={section.name!r}",
    ]
    words += [f"weight={section.weight:g}"] if section.weight is not None else []
    words += [f"parent={section.parent}"] if section.parent is not None else []
    return " ".join(words)


def _item_line(index: int, item: Item, complete: bool) -> str:
    marker = (
        f"[{item.marker}]" if item.kind.value == "task" and not item.glyph else repr(item.marker)
    )
    words = [
        f"item {index} {item.kind.value} {item.line}:{item.column} {marker}",
        item.own_status.value,
        *(["complete"] if complete else []),
        repr(item.text),
    ]
    optional: list[tuple[str, object]] = [
        ("section", item.section),
        ("parent", item.parent),
        ("depth", item.depth or None),
        ("owners", ",".join(item.owners)),
        ("due", item.due),
        ("done", item.done_date),
        ("dates", ",".join(map(str, item.dates))),
        ("id", item.item_id),
        ("fields", ";".join(f"{k}={v}" for k, v in item.fields)),
    ]
    words += [f"{name}={value}" for name, value in optional if value not in (None, "")]
    if item.decision.value != "none":
        words.append(item.decision.value)
        if item.decision.value == "decision":
            words.append(f"choose={item.choose_min}..{item.choose_max}")
    words += [flag for flag in ("struck", "glyph", "unknown_marker") if getattr(item, flag)]
    return " ".join(words)


def _ref(ref: object) -> str:
    from checklint.models import EvidenceRef

    assert isinstance(ref, EvidenceRef)
    return f"{ref.line}:{ref.column} {'link' if ref.link else 'path'} {ref.target!r}"


# -- behaviour outside the fixtures ------------------------------------------------------


def test_crlf_file_and_lf_file_parse_alike() -> None:
    lf = "# T\n\n- [x] a `docs/a.md`\n  - [ ] b\n\n| Status | Item |\n| --- | --- |\n| done | c |\n"
    crlf = decode_markdown(lf.replace("\n", "\r\n").encode(), "doc.md")
    assert dump(parse(crlf)) == dump(parse(lf))
    assert dump(parse(lf.replace("\n", "\r\n"))) == dump(parse(lf))  # a str with CRs, too


def test_front_matter_keeps_line_numbers() -> None:
    text = "---\ntitle: x\n- [ ] not an item\n---\n- [ ] item\n"
    blanked = blank_front_matter(text)
    assert blanked.count("\n") == text.count("\n")
    assert [(item.line, item.column) for item in parse(text).items] == [(5, 3)]


def test_unclosed_front_matter_is_content() -> None:
    text = "---\n- [ ] item\n"
    assert blank_front_matter(text) == text
    assert [item.line for item in parse(text).items] == [2]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        ("Primary CTA:", 3, (1, 1)),
        ("Service catalog (3-6):", 3, (3, 6)),
        ("Pick (2):", 4, (2, 2)),
        ("Pick (2+):", 4, (2, 4)),
        ("Pick (5+):", 3, (5, 5)),
        ("Pick (1 to 3):", 3, (1, 3)),
        ("Pick（2–3）:", 3, (2, 3)),
        ("Since (2020) pick (2):", 3, (2, 2)),
    ],
)
def test_cardinality(text: str, options: int, expected: tuple[int, int]) -> None:
    assert cardinality(text, options) == expected


def test_source_role_reads_prose_only() -> None:
    document = parse(
        "# S\n\n- [x] CLAIM done\n- []\n\n| Status |\n| --- |\n| done |\n", Role.SOURCE
    )
    assert document.items == ()
    assert document.lookalikes == ()
    assert [c.context.value for c in document.candidates] == ["task_done"]


def test_real_prefilter_picks_release_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the vocabulary's own prefilter
    document = parse("# Plan\n\nThe release is 10/10 READY.\n\n```\n10/10 READY\n```\n")
    assert [(c.line, c.column, c.text) for c in document.candidates] == [
        (3, 1, "The release is 10/10 READY.")
    ]


def test_block_parser_is_block_level_only() -> None:
    tokens = block_parser().parse("- [ ] *a* `b`\n")
    inline = next(token for token in tokens if token.type == "inline")
    assert inline.children in (None, [])
    assert inline.content == "[ ] *a* `b`"


def test_deep_nesting_does_not_fail() -> None:
    text = "".join("  " * depth + "- [ ] level\n" for depth in range(120))
    items = parse(text).items
    assert items and items[0].depth == 0 and max(item.depth for item in items) >= 30

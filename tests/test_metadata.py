"""Metadata read from an item's own text (checklint.metadata)."""

from __future__ import annotations

from datetime import date

import pytest

from checklint.metadata import evidence_refs, read_metadata
from checklint.models import EvidenceRef


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("ship @alice and @bob.", ("@alice", "@bob")),
        ("single-letter @x", ("@x",)),
        ("Persian @علی and Chinese @张三", ("@علی", "@张三")),
        ("mail a@b.example", ()),
        ("scope @types/node and @babel/core", ()),
        ("Owner: `platform-owner`", ("platform-owner",)),
        ("(owner: Jane Doe) later", ("Jane Doe",)),
        ("owner: Alice due: 2026-03-01", ("Alice",)),
        ("owner: Ops 📅 2026-03-01", ("Ops",)),
        ("Assignee: Kim - follow up", ("Kim",)),
        ("DRI: ops-team; more", ("ops-team",)),
        ("[owner:: Sam]", ("Sam",)),
        ("@sam [owner:: @sam]", ("@sam",)),
        ("co-ownership of the code", ()),
        ("no owner here", ()),
    ],
)
def test_owners(text: str, owners: tuple[str, ...]) -> None:
    assert read_metadata(text).owners == owners


@pytest.mark.parametrize(
    ("text", "due", "done", "dates"),
    [
        ("due: 2026-03-01 after 2026-02-01", date(2026, 3, 1), None, (date(2026, 2, 1),)),
        ("Due 2026-03-01", date(2026, 3, 1), None, ()),
        ("due date: 2026-03-01", date(2026, 3, 1), None, ()),
        ("📅 2026-03-01", date(2026, 3, 1), None, ()),
        ("📅2026-03-01", date(2026, 3, 1), None, ()),
        ("🗓️2026-03-01", date(2026, 3, 1), None, ()),
        ("[due:: 2026-03-01]", date(2026, 3, 1), None, ()),
        ("[deadline:: 2026-03-01]", date(2026, 3, 1), None, ()),
        ("✅ 2026-02-06 📅 2026-02-07", date(2026, 2, 7), date(2026, 2, 6), ()),
        ("[completion:: 2026-02-08]", None, date(2026, 2, 8), ()),
        ("➕ 2026-01-01 created", None, None, (date(2026, 1, 1),)),
        ("recorded on 2026-02-19 and 2026-02-19 again", None, None, (date(2026, 2, 19),)),
        ("not dates: 2026-13-45 12026-01-01 2026-01-011 10/10/2026", None, None, ()),
        ("due: 2026-02-30 invalid, falls to none", None, None, ()),
    ],
)
def test_dates(text: str, due: date | None, done: date | None, dates: tuple[date, ...]) -> None:
    meta = read_metadata(text)
    assert (meta.due, meta.done_date, meta.dates) == (due, done, dates)


def test_dataview_fields() -> None:
    meta = read_metadata("t [p:: 1] (priority:: high) [Some Key:: some value] [p: 2] [::x]")
    assert meta.fields == (("p", "1"), ("priority", "high"), ("some key", "some value"))


def test_text_without_hints_has_no_metadata() -> None:
    assert read_metadata("Plain text with nothing in it.") == read_metadata("")


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "`docs/runtime/` and `.lighthouseci/assertion-results.json`",
            ["docs/runtime/", ".lighthouseci/assertion-results.json"],
        ),
        ("`README.md`, `report.JSON`, `../up/x.md`", ["README.md", "report.JSON", "../up/x.md"]),
        ("`pnpm run verify` `curl` `Node.js` `v1.2` `10/10` `8.6/10` `P0-2`", []),
        ("`/etc/hosts` `~/x.md` `docs/*.md` `https://x.io/a.md`", []),
        (
            "[r](reports/a.md#top) ![i](img/a.png) [t](<docs/b c.md>)",
            ["reports/a.md", "img/a.png", "docs/b c.md"],
        ),
        ("[s](https://example.com) [m](mailto:a@b.c) [t](#top) [p](//cdn/x.js)", []),
    ],
)
def test_evidence_targets(text: str, targets: list[str]) -> None:
    assert [ref.target for ref in evidence_refs(text, 1, 1)] == targets


def test_evidence_positions_and_kinds() -> None:
    text = "see [r](a/b.md) and `c/d.md`"
    assert evidence_refs(text, 7, 10) == [
        EvidenceRef("a/b.md", 7, 10 + text.index("a/b.md"), link=True),
        EvidenceRef("c/d.md", 7, 10 + text.index("c/d.md"), link=False),
    ]


@pytest.mark.parametrize("text", ["Dri: x", "OwNer: x", "ASSIGNEE: x"])
def test_owner_keys_in_any_case(text: str) -> None:
    assert read_metadata(text).owners == ("x",)

"""The record classes of `checklint.models`."""

from __future__ import annotations


def test_records_pickle_by_value_and_hash_by_value() -> None:
    """`record` classes round-trip through pickle by their fields (the cache relies on it)."""
    import pickle

    from checklint.models import Document, EvidenceRef, Item, ItemKind, Role, Status

    ref = EvidenceRef("docs/a.md", 3, 7, link=True)
    item = Item(
        path="a.md", line=3, column=1, kind=ItemKind.TASK, text="t", marker=" ",
        own_status=Status.OPEN, section=None, parent=None, depth=0, evidence=(ref,),
    )  # fmt: skip
    document = Document(path="a.md", role=Role.CHECKLIST, items=(item,), children=((),))
    again = pickle.loads(pickle.dumps(document, pickle.HIGHEST_PROTOCOL))
    assert again == document and again.items[0].evidence == (ref,)
    assert hash(again.items[0]) == hash(item) and {ref, EvidenceRef("docs/a.md", 3, 7, True)} == {
        ref
    }
    assert type(ref).__reduce__(ref) == (EvidenceRef, ("docs/a.md", 3, 7, True))

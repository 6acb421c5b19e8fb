"""Status boxes: what makes a list item a task, and what state it is in (SPEC §3).

A box is `[c]` (one character) or a ballot glyph at the very start of a list
item's first paragraph, followed by white space or the end of the paragraph.
"""

from __future__ import annotations

from typing import NamedTuple

from checklint import regexcache
from checklint.models import Status
from checklint.settings import Settings

# GFM's white space, not Python's \s: '[ ]\u00a0x' is no task on GitHub either.
_BOX = regexcache.compile(r"\[([^\]\n])\](?=[ \t\n\v\f\r]|$)")
_GLYPH = regexcache.compile(r"([☐☑☒✅])\ufe0f?(?=[ \t\n\v\f\r]|$)")
_DONE_GLYPHS = frozenset("☑☒✅")
# The whole text between one pair of '~~' (or of single '~', GFM's other strikethrough).
_STRUCK = regexcache.compile(r"~~(?:(?!~~).)+~~|~[^~]+~")


class TaskBox(NamedTuple):
    marker: str  # the character inside the box, or the glyph
    status: Status  # from the marker alone
    end: int  # where the item's text starts in the paragraph
    glyph: bool  # a ballot glyph, not [c]
    known: bool  # the marker is in a configured set (else CL502 warns)


def task_box(content: str, settings: Settings) -> TaskBox | None:
    """The box that opens a list item's first paragraph, or None when it is no task."""
    box = _BOX.match(content)
    if box is not None:
        char = box.group(1)
        status, known = char_status(char, settings)
        return TaskBox(char, status, box.end(), glyph=False, known=known)
    glyph = _GLYPH.match(content)
    if glyph is not None:
        done = glyph.group(1) in _DONE_GLYPHS
        status = Status.DONE if done else Status.OPEN
        return TaskBox(glyph.group(1), status, glyph.end(), glyph=True, known=True)
    return None


def char_status(char: str, settings: Settings) -> tuple[Status, bool]:
    """The status a box character stands for, and whether it is a configured one."""
    if char in settings.done_chars:
        return Status.DONE, True
    if char in settings.na_chars:
        return Status.NA, True
    return Status.OPEN, char in settings.open_chars


def is_struck(text: str) -> bool:
    """'~~Drop IE11~~' (the whole text struck through): the item does not apply."""
    return text[:1] == "~" and _STRUCK.fullmatch(text) is not None

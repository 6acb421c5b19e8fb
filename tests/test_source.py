"""Bytes to markdown text, or a clear error (checklint.source)."""

from __future__ import annotations

import pytest

from checklint.errors import ChecklintError
from checklint.source import decode_markdown


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"# T\n- [ ] a\n", "# T\n- [ ] a\n"),
        (b"# T\r\n- [ ] a\r\n", "# T\n- [ ] a\n"),
        (b"# T\r- [ ] a\r", "# T\n- [ ] a\n"),
        (b"a\r\n\r\nb\rc\n", "a\n\nb\nc\n"),
        (b"\xef\xbb\xbf# T\n", "# T\n"),
        (b"no final newline", "no final newline"),
        ("## بررسی‌ها\n- [x] 发布\n".encode(), "## بررسی‌ها\n- [x] 发布\n"),
        (b"", ""),
    ],
)
def test_decodes(data: bytes, text: str) -> None:
    assert decode_markdown(data, "doc.md") == text


def test_binary_file_names_the_nul_offset() -> None:
    with pytest.raises(ChecklintError) as raised:
        decode_markdown(b"PNG\x89\x00data", "img.md")
    assert "byte offset 4" in str(raised.value)
    assert raised.value.path == "img.md"


def test_non_utf8_names_byte_line_and_column() -> None:
    data = "ok\nsecond é line\n".encode() + b"x\xff\n"
    with pytest.raises(ChecklintError) as raised:
        decode_markdown(data, "bad.md")
    message = str(raised.value)
    offset = data.index(b"\xff")
    assert f"0xff at byte offset {offset}" in message
    assert "(line 3, column 2)" in message


def test_column_of_bad_byte_counts_characters() -> None:
    data = "é€".encode() + b"\xfe"
    with pytest.raises(ChecklintError) as raised:
        decode_markdown(data, "bad.md")
    assert "(line 1, column 3)" in str(raised.value)

"""Turning a file's bytes into text, or into a clear error naming the byte that broke it."""

from __future__ import annotations

from checklint.errors import ChecklintError

_BINARY_SNIFF = 8192  # git's own heuristic looks for a NUL in the first 8000 bytes


def decode_markdown(data: bytes, path: str) -> str:
    """UTF-8 text with a BOM removed and every line ending made '\\n'.

    Line numbers survive: CRLF and lone CR both become one '\\n'.
    """
    nul = data.find(b"\0", 0, _BINARY_SNIFF)
    if nul != -1:
        raise ChecklintError(
            f"binary file (NUL byte at byte offset {nul}), not markdown", path=path
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ChecklintError(_describe_bad_byte(data, exc.start), path=path) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _describe_bad_byte(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return (
        f"not valid UTF-8: byte 0x{data[offset]:02x} at byte offset {offset} "
        f"(line {line}, column {column}); save the file as UTF-8"
    )

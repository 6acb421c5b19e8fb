"""checklint's own block scanner: markdown-it-py's block tokens, without markdown-it-py.

Every commit pays for the parse of each changed file, and for markdown-it-py's
import (a third of a small run). This package ports the block rules of
markdown-it-py 4 (CommonMark with GFM tables, as `checklint.parser.block_parser`
configures it) and keeps only what checklint reads: a token's type, tag,
level, line map and content. The algorithm is markdown-it's, line for line; the
speed comes from not trying the rules a line's first character rules out, no
debug logging, and small tokens.

Link reference definitions are the one block it does not port: a file that
contains ']:' anywhere is left to markdown-it-py (`needs_markdown_it`).
`tests/test_scan.py` holds the scanner to markdown-it-py token for token on the
corpus, on generated checklists and on random documents.
"""

from __future__ import annotations

from collections.abc import Iterator

from checklint.scan.driver import top_level_batches
from checklint.scan.state import BlockToken, ScanState

__all__ = ["BlockToken", "needs_markdown_it", "scan_batches"]

BATCH_TOKENS = 4096
MAX_NESTING = 64  # as checklint.parser.block_parser configures markdown-it


def needs_markdown_it(text: str) -> bool:
    """Whether `text` may hold a link reference definition, which only markdown-it parses."""
    return "]:" in text


def scan_batches(text: str, batch: int | None = None) -> Iterator[list[BlockToken]]:
    """The block tokens of `text`, in lists that each end with a whole top-level block.

    A list is handed over once it holds `batch` tokens (default BATCH_TOKENS), so
    the caller can walk and drop them: memory follows items, not tokens.
    """
    source = text  # markdown-it's 'normalize': files reach here with \n endings already
    if "\r" in source:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in source:
        source = source.replace("\0", "\ufffd")
    if not source:
        return iter(())
    return top_level_batches(ScanState(source, MAX_NESTING), batch or BATCH_TOKENS)

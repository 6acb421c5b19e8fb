"""markdown-it's block tokens in batches of whole top-level blocks, so memory follows items.

`MarkdownIt.parse` returns only when every token of the file exists: about six
per list item, each a dataclass holding two dicts. On an 8 MB checklist that is
some 700,000 tokens and most of the process's memory, although the walk needs
one block at a time. `block_batches` runs markdown-it's own block rules through
the loop `ParserBlock.tokenize` runs at the top level, and hands the tokens over
whenever a top-level block has ended and a batch is full; the caller walks
them and drops them before the next batch is made.

The stream is token for token what `md.parse(text)` returns for a parser whose
core chain is `normalize` and `block` (inline parsing disabled, as
`checklint.parser.block_parser` has it): the same rules, the same state, the
same loop. `tests/test_blockstream.py` checks that on the corpus and on
generated files. Any other core chain falls back to one `md.parse` batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
    from markdown_it.token import Token

BATCH_TOKENS = 4096  # large enough that the loop's overhead vanishes, small enough to be cheap
_STREAMABLE_CORE = ["normalize", "block"]
_NEWLINES = re.compile(r"\r\n?|\n")  # markdown-it's core 'normalize' rule, verbatim


def block_batches(md: MarkdownIt, text: str, batch: int | None = None) -> Iterator[list[Token]]:
    """`md.parse(text)`'s tokens, in lists that each end with a whole top-level block.

    A list is handed over once it holds `batch` tokens (default BATCH_TOKENS).
    """
    if md.core.ruler.get_active_rules() != _STREAMABLE_CORE:
        yield md.parse(text)
        return
    from markdown_it.rules_block import StateBlock

    source = _NEWLINES.sub("\n", text).replace("\0", "\ufffd")
    if not source:  # ParserBlock.parse makes no state for an empty source
        return
    state = StateBlock(source, md, {}, [])
    yield from _top_level(state, batch or BATCH_TOKENS)


def _top_level(state: StateBlock, batch: int) -> Iterator[list[Token]]:
    """`ParserBlock.tokenize(state, 0, lineMax)`, yielding between top-level blocks."""
    rules = state.md.block.ruler.getRules("")
    line, end = state.line, state.lineMax
    max_nesting = state.md.options.maxNesting
    has_empty_lines = False
    while line < end:
        state.line = line = state.skipEmptyLines(line)
        if line >= end or state.sCount[line] < state.blkIndent:
            break
        if state.level >= max_nesting:
            state.line = end
            break
        if not any(rule(state, line, end, False) for rule in rules):
            raise RuntimeError("none of the block rules matched")
        if state.line <= line:
            raise RuntimeError("block rule didn't increment state.line")
        state.tight = not has_empty_lines
        line = state.line
        if line - 1 < end and state.isEmpty(line - 1):
            has_empty_lines = True
        if line < end and state.isEmpty(line):
            has_empty_lines = True
            line += 1
            state.line = line
        if len(state.tokens) >= batch:
            yield state.tokens
            state.tokens = []  # the rules append to state.tokens; the walker keeps the old list
    if state.tokens:
        yield state.tokens

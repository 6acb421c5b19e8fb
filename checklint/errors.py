"""The one error type that reaches the user.

`checklint.cli` turns every `ChecklintError` into a one-line `error: …` on
stderr and exit status 2; nothing else is caught there, so a traceback always
means a bug in checklint rather than bad input.
"""

from __future__ import annotations


class ChecklintError(Exception):
    """Bad input, bad configuration or git trouble: reported as `error: …`, exit 2."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message

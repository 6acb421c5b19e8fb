"""`python -m checklint`."""

from checklint.entry import run

run()

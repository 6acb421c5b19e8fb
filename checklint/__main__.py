"""`python -m checklint`."""

from checklint.cli import console_main

console_main()

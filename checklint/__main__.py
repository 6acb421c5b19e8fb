"""`python -m checklint`."""

import sys

from checklint.cli import main

sys.exit(main())

"""markdownlint-cli2, the Node linter the issue measured, for the comparison on the large file.

It is installed with npm into the (git-ignored) output folder on first use, and
`run.py --markdownlint` adds it as a fourth command to the rounds of the 7.9 MB
scenario (about a minute and 2-3 GB a run, so only there).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

PACKAGE = "markdownlint-cli2"


def install(out: Path) -> Path | None:
    """The markdownlint-cli2 executable under `out/node`, installed if needed; None if npm fails."""
    prefix = out / "node"
    executable = prefix / "node_modules" / ".bin" / PACKAGE
    if executable.exists():
        return executable
    npm = shutil.which("npm")
    if npm is None:
        return None
    prefix.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", PACKAGE],
        capture_output=True,
        check=False,
        timeout=600,
    )
    return executable if result.returncode == 0 and executable.exists() else None

"""Session-wide test setup."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the parse cache of every checklint run (in-process or subprocess) out of the
    user's ~/.cache: tests must neither read stale entries nor leave thousands behind."""
    previous = os.environ.get("CHECKLINT_CACHE_DIR")
    os.environ["CHECKLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("checklint-cache"))
    yield
    if previous is None:
        os.environ.pop("CHECKLINT_CACHE_DIR", None)
    else:
        os.environ["CHECKLINT_CACHE_DIR"] = previous

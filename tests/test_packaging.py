"""The wheel must hold every subpackage: pyproject lists them by hand."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    source = REPO / "checklint"
    found = {"checklint", "checklint.rules"} | {
        "checklint." + init.parent.relative_to(source).as_posix().replace("/", ".")
        for init in source.glob("*/__init__.py")
        if not init.parent.is_symlink()
    }
    assert found == listed


def test_installed_package_has_every_subpackage() -> None:
    import importlib

    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    for name in pyproject["tool"]["setuptools"]["packages"]:
        assert importlib.import_module(name).__name__ == name


def test_rule_modules_ship_inside_the_package() -> None:
    from checklint.rules import ALL_RULES

    assert len(ALL_RULES) >= 16
    assert all(module.__name__.startswith("checklint.rules.") for module in ALL_RULES)

"""PySide6 6.12.0 on Python < 3.12 drops a reference to None on every void setter call, and the
process aborts (none_dealloc) after a few thousand; the dependency markers keep it out there.
On Python 3.12+ None is immortal (PEP 683), so a dropped reference cannot free it, and the
markers allow PySide6 up to the release CI has tested. CI runs these tests on both branches."""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import PySide6
import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
PYSIDE_DISTRIBUTIONS = ("PySide6-Essentials", "PySide6-Addons")


def promised_here(distribution: str) -> SpecifierSet:
    """The versions of `distribution` that pyproject.toml allows on this Python."""
    dependencies = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    specifiers = [
        req.specifier
        for req in map(Requirement, dependencies)
        if canonicalize_name(req.name) == canonicalize_name(distribution)
        and (req.marker is None or req.marker.evaluate())
    ]
    assert len(specifiers) == 1, f"{distribution}: {len(specifiers)} requirements apply here"
    return specifiers[0]


def test_void_setters_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(1000):
        label.setText(str(i))
        label.setEnabled(i % 2 == 0)
    after = sys.getrefcount(None)
    if sys.version_info >= (3, 12):
        # None is immortal: its count never moves, so nothing here can drive it to zero. This is
        # what makes the >= 3.12 branch safe even with a PySide6 that drops references.
        assert after == before, f"None's reference count moved on Python {sys.version}"
    else:
        # Unrelated code may move the count by a few; the broken build loses 2000 here.
        assert after - before > -50, f"PySide6 {PySide6.__version__} leaks references to None"


@pytest.mark.parametrize("distribution", PYSIDE_DISTRIBUTIONS)
def test_installed_pyside_matches_the_markers(distribution: str) -> None:
    installed = Version(version(distribution))
    promised = promised_here(distribution)
    assert installed in promised, f"{distribution} {installed} is outside {promised}"
    assert Version(PySide6.__version__) == installed, "PySide6 packages of different versions"
    if sys.version_info < (3, 12):
        # Whatever the markers say, 6.12 must never reach this Python.
        assert installed.release[:2] == (6, 11), f"{distribution} {installed}"
    else:
        # Only releases CI has tested: the markers carry an upper bound.
        bounded = any(spec.operator in {"<", "<=", "==", "~="} for spec in promised)
        assert bounded, f"{distribution} {promised} has no upper bound"

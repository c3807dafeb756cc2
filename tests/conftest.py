"""Test setup shared by every test: headless Qt, isolated settings, and the 'gui' marker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never need a screen: Qt renders offscreen unless a test starts its own X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "routines" / "hamstring_warmup.yaml"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qapp" in getattr(item, "fixturenames", ()) or "qtbot" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def bundled_path() -> Path:
    return BUNDLED

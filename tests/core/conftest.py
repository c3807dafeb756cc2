"""Fixtures for the pure-Python core tests: the bundled routine and a clock that never sleeps.

Nothing here (or in any test below this folder) imports Qt; these tests run without a display.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.loader import load_routine
from warmup_gui.core.routine import Routine

REPO_ROOT = Path(__file__).resolve().parents[2]
BUNDLED_IN_REPO = REPO_ROOT / "routines" / "hamstring_warmup.yaml"


@pytest.fixture(scope="session")
def bundled_path() -> Path:
    # The app's idea of the bundled routine is the file in this checkout.
    assert BUNDLED_ROUTINE.resolve() == BUNDLED_IN_REPO.resolve()
    return BUNDLED_IN_REPO


@pytest.fixture(scope="session")
def bundled_text(bundled_path: Path) -> str:
    return bundled_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def routine(bundled_path: Path) -> Routine:
    # Frozen dataclasses all the way down, so sharing one across tests is safe.
    return load_routine(bundled_path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)  # not 0, so nothing can pass by confusing "now" with "elapsed"

"""Every text at its documented maximum, at 1024×640, 1280×800 and 1920×1080: each label's
text fits its rectangle by the font's metrics, at 16 px or more, and nothing overlaps; a
long overview scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.qt.fit_check import misfits, overlapping, shortened
from tests.qt.helpers import show_window
from tests.qt.long_routines import long_routine
from warmup_gui.core.clock import FakeClock
from warmup_gui.qt.main_window import MainWindow

SIZES = [(1024, 640), (1280, 800), (1920, 1080)]


def window(qtbot: QtBot, tmp_path: Path, size: tuple[int, int], exercises: int = 3,
           longest: bool = True) -> tuple[MainWindow, FakeClock]:
    clock = FakeClock()
    win = show_window(qtbot, long_routine(exercises, longest), tmp_path / "long.yaml",
                      tmp_path, clock=clock, sound=False)
    win.resize(*size)
    return win, clock


def side_column(win: MainWindow) -> list:
    screen = win.workout
    return [screen.name, screen.position, screen.counter, screen.cue, screen.detail,
            screen.safety, screen.how_to]


@pytest.mark.parametrize("size", SIZES)
def test_the_overview_at_the_longest_texts(qtbot: QtBot, tmp_path: Path,
                                           size: tuple[int, int]) -> None:
    win, _ = window(qtbot, tmp_path, size)
    assert misfits(win.overview) == []
    assert win.overview.start_button.isVisible()


@pytest.mark.parametrize("size", SIZES)
def test_the_workout_at_the_longest_texts(qtbot: QtBot, tmp_path: Path,
                                          size: tuple[int, int]) -> None:
    win, clock = window(qtbot, tmp_path, size)
    win.start_workout()  # the get-ready countdown, the steps shown
    assert misfits(win.workout) == [] and overlapping(win.workout, side_column(win)) == []
    clock.advance(5.5)  # moving out in the first rep
    win.bridge.tick()
    assert misfits(win.workout) == [] and overlapping(win.workout, side_column(win)) == []
    win.bridge.toggle_how_to()  # the steps hidden: the buttons back
    win.bridge.tick()
    assert misfits(win.workout) == [] and overlapping(win.workout, side_column(win)) == []
    cut = shortened(win.workout)
    # The exercise's name and the line to follow now are read whole, however long.
    assert win.workout.name not in cut and win.workout.cue not in cut
    if size == (1920, 1080):
        assert win.workout.detail not in cut


@pytest.mark.parametrize("count", [12, 25, 100])
def test_a_long_overview_scrolls_instead_of_overlapping(qtbot: QtBot, tmp_path: Path,
                                                        count: int) -> None:
    win, _ = window(qtbot, tmp_path, (1024, 640), count, longest=False)
    overview = win.overview
    assert misfits(overview) == []
    names = [label for label in overview.listing.widget().findChildren(type(overview.title))
             if label.text().startswith("Exercise number")]
    assert len(names) == count
    assert overlapping(overview, names) == []
    assert overview.listing.verticalScrollBar().maximum() > 0
    assert overview.start_button.isVisible()

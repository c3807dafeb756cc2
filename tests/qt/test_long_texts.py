"""Every text at its documented maximum, at 1024×600 up to 1920×1080: each label's text fits
its rectangle by the font's metrics, at 16 px or more, never cut short with "…", nothing
overlaps; texts too long for their room page by themselves, every line read whole on some
page, while the count, the side and the time left stay put; a long overview scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.qt.fit_check import (
    lines_never_read,
    misfits,
    overlapping,
    paged_areas,
    settle,
    shortened,
    visible_labels,
)
from tests.qt.helpers import show_window
from tests.qt.long_routines import long_routine
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.paging import PAGE_S
from warmup_gui.core.record import replace
from warmup_gui.qt.main_window import MainWindow

SIZES = [(1024, 600), (1024, 640), (1280, 800), (1366, 768), (1920, 1080)]


def window(qtbot: QtBot, tmp_path: Path, size: tuple[int, int], exercises: int = 3,
           longest: bool = True, get_ready_s: float = 5) -> tuple[MainWindow, FakeClock]:
    clock = FakeClock()
    routine = replace(long_routine(exercises, longest), get_ready_s=get_ready_s)
    win = show_window(qtbot, routine, tmp_path / "long.yaml", tmp_path, clock=clock,
                      sound=False)
    win.resize(*size)
    return win, clock


def screen_parts(win: MainWindow) -> list[QWidget]:
    """What stands side by side or one under the other on the workout screen."""
    screen = win.workout
    return [screen.location, screen.notice, screen.clock, screen.time_left, screen.picture,
            screen.name, screen.position, screen.counter, screen.reading, screen.caption,
            screen.strip, screen.how_to, screen.controls]


def place(widget: QWidget, screen: QWidget) -> QRect:
    return QRect(widget.mapTo(screen, widget.rect().topLeft()), widget.size())


def check_workout(win: MainWindow) -> None:
    screen = win.workout
    assert misfits(screen) == []
    assert overlapping(screen, screen_parts(win)) == []
    assert shortened(screen) == []
    assert len(visible_labels(screen)) >= 10
    for area in paged_areas(screen):
        assert lines_never_read(area) == []


@pytest.mark.parametrize("size", SIZES)
def test_the_overview_at_the_longest_texts(qtbot: QtBot, tmp_path: Path,
                                           size: tuple[int, int]) -> None:
    win, _ = window(qtbot, tmp_path, size)
    assert misfits(win.overview) == []
    assert shortened(win.overview) == []
    assert win.overview.start_button.isVisible()


@pytest.mark.parametrize("size", SIZES)
def test_the_workout_at_the_longest_texts(qtbot: QtBot, tmp_path: Path,
                                          size: tuple[int, int]) -> None:
    win, clock = window(qtbot, tmp_path, size)
    win.start_workout()  # the get-ready countdown, the steps shown
    check_workout(win)
    clock.advance(5.5)  # moving out in the first rep
    win.bridge.tick()
    check_workout(win)
    win.bridge.toggle_how_to()  # the steps hidden: the buttons back...
    give_way = win.workout.give_way
    give_way.setCurrentTime(give_way.duration())  # ...and the room they leave given
    win.bridge.tick()
    check_workout(win)


@pytest.mark.parametrize("size", [(1024, 640), (1280, 800)])
def test_long_texts_page_by_themselves_and_the_count_stays(
        qtbot: QtBot, tmp_path: Path, size: tuple[int, int]) -> None:
    win, clock = window(qtbot, tmp_path, size, get_ready_s=60)  # a page turns each 8 s
    win.start_workout()
    settle()
    screen = win.workout
    steps = screen.how_to_pages
    assert steps.isVisibleTo(screen) and steps.pages() > 1  # six steps of 400 characters
    fixed = [screen.counter, screen.position, screen.time_left]
    where = [place(widget, screen) for widget in fixed]
    shown = []
    for _ in range(steps.pages()):
        shown.append(steps.page)
        assert not steps.cover.isHidden() or steps.page == steps.pages() - 1
        clock.advance(PAGE_S)
        win.bridge.tick()
        settle()
        assert [place(widget, screen) for widget in fixed] == where
        assert all(widget.isVisibleTo(screen) for widget in fixed)
    assert shown == list(range(steps.pages()))  # every page in turn, then the first again
    assert steps.page == 0
    win.bridge.toggle_how_to()
    screen.give_way.setCurrentTime(screen.give_way.duration())
    win.bridge.tick()
    settle()
    reading = screen.reading
    assert reading.pages() > 1  # the line to follow, how to set up and the rule: all read
    assert lines_never_read(reading) == []


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

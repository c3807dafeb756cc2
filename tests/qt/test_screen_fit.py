"""The workout's numbers and words fit their place from 1024×600 to 1920×1080, in English and
in German (whose words are longer): a rest's countdown, the get-ready count, the status line
and the cue caption never clip or overlap. Checked with the fonts' own metrics on the
laid-out window."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import StepKind
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.widgets.labels import TextLabel

SIZES = [(1024, 600), (1280, 800), (1366, 768), (1920, 1080)]


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _assert_fits(label: TextLabel) -> None:
    """A one-line label's text is no wider than the label."""
    if label.wordWrap() or not label.isVisible():
        return
    width = QFontMetricsF(label.font()).horizontalAdvance(label.text())
    assert width <= label.contentsRect().width() + 1, (label.text(), width, label.width())


def _check(win: MainWindow) -> None:
    QApplication.processEvents()
    screen = win.workout
    counter = screen.counter
    number_w = QFontMetricsF(counter.number_font()).horizontalAdvance(counter.number)
    assert number_w <= counter.width(), (counter.number, number_w, counter.width())
    top = [w for w in (screen.location, screen.clock, screen.time_left) if w.isVisible()]
    for label in top:
        _assert_fits(label)
    rects = [_in_window(w, win) for w in top]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b)
    # The side column's parts never run into each other (a long rule, two-line names).
    side = [w for w in (screen.name, screen.position, screen.counter, screen.cue, screen.detail,
                        screen.safety) if w.isVisible()]
    for upper, lower in itertools.pairwise(side):
        assert _in_window(upper, win).bottom() < _in_window(lower, win).top(), (upper, lower)
    aside = screen.score_aside  # a score asked beside the workout: every key's label shows
    for button in aside.buttons if aside.isVisible() else ():
        width = QFontMetricsF(button.font()).horizontalAdvance(button.text())
        assert width < button.contentsRect().width(), (button.text(), button.width())
    if aside.isVisible():
        assert not _in_window(aside, win).intersects(_in_window(screen.caption, win))
        # What is asked reads whole: two lines at most, never cut off.
        prompt = aside.prompt
        assert prompt.shown_text() == prompt.text()
        assert prompt.font().pixelSize() >= 16
    caption = screen.caption  # a line of its own, like subtitles: shrinks, then elides
    assert caption.shown_text() == caption.text() or caption.font().pixelSize() == 16


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_countdowns_and_the_status_line_fit(qtbot: QtBot, routine: Routine, bundled_path: Path,
                                            tmp_path: Path, width: int, height: int,
                                            speaking: str) -> None:
    clock = FakeClock()
    win = show_window(qtbot, routine, bundled_path, tmp_path, clock=clock, sound=False)
    win.resize(width, height)
    win.start_workout()  # a get-ready countdown, its words spoken in the caption
    _check(win)
    steps = win.bridge.session.steps
    rest = next(i for i, s in enumerate(steps) if s.kind is StepKind.REST)
    win.bridge.goto(rest)
    if win.care.symptoms.isVisible():
        win.care.symptoms.rate(None)
    clock.advance(4.2)
    win.bridge.tick()
    assert win.workout.counter.number == "0:26"
    _check(win)
    work = next(i for i, s in enumerate(steps) if s.kind is StepKind.WORK
                and s.exercise.reps.is_range)
    win.bridge.goto(work)
    for _ in range(12):
        win.bridge.count_rep()
    _check(win)

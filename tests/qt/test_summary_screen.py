"""The summary in the window: what was done per exercise and side, ratings, symptom scores
and their advice, each time the runner backed off; it fits from 1024×600 to 1920×1080, fills
in answers given while it shows, and L opens the history, Esc coming back to it."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.qt.helpers import Calendar, show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import StepKind
from warmup_gui.core.history import Rating
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.widgets.labels import TextLabel

SIZES = [(1024, 600), (1280, 800), (1366, 768), (1920, 1080)]


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key) -> None:
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None and win.isAncestorOf(focus) else win, key)


def ended_during_flossing(qtbot: QtBot, routine: Routine, path: Path,
                          tmp_path: Path) -> MainWindow:
    """A workout that scored 3 before flossing (asked beside the workout), hurt at its third
    rep and backed off (smaller and slower), ended with E at its seventh; then 6 after, and
    the ratings of the two exercises done."""
    clock = FakeClock()
    win = show_window(qtbot, routine, path, tmp_path, clock=clock, now=Calendar(),
                      sound=False)
    win.start_workout()
    while True:
        state = win.bridge.state
        if win.workout.score_aside.isVisible():
            press(qtbot, win, Qt.Key.Key_3)  # before flossing
        elif state.step.exercise.id == "nerve_flossing" and state.reps == 3 \
                and not win.journal.record.pain_flags:  # type: ignore[union-attr]
            press(qtbot, win, Qt.Key.Key_H)
            press(qtbot, win, Qt.Key.Key_2)  # smaller and slower
        elif state.step.exercise.id == "nerve_flossing" and state.reps == 7:
            break
        else:
            clock.advance(0.5)
            win.bridge.tick()
    press(qtbot, win, Qt.Key.Key_E)
    press(qtbot, win, Qt.Key.Key_Return)  # yes, end it here
    assert win.current_screen() is win.summary and win.care.symptoms.isVisible()
    press(qtbot, win, Qt.Key.Key_6)  # after flossing
    for key in (Qt.Key.Key_G, Qt.Key.Key_O):
        press(qtbot, win, key)
    assert not win.care.panel_open()
    return win


def shown_rows(win: MainWindow) -> list[list[str]]:
    return [[cell.text() for cell in row] for row in win.summary.cells]


def test_the_summary_shows_reps_sets_ratings_scores_advice_and_backing_off(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = ended_during_flossing(qtbot, routine, bundled_path, tmp_path)
    summary = win.summary
    assert summary.title.text() == "Ended early after 17 of 180 reps"
    assert summary.time.text().endswith(" · 17 reps")
    assert summary.ended_where.text().startswith("Stopped during Hamstring Nerve Flossing")
    rows = shown_rows(win)
    assert rows[0] == ["Exercise", "", "Reps", "Sets", "Rating", "Symptoms 0–10"]
    assert rows[1:] == [
        ["Toe Touch Progression", "Partly done", "10 of 20 reps", "1 of 2 sets", "Gold", ""],
        ["Hamstring Nerve Flossing", "Partly done", "7 of 120 reps", "0 of 4 sets, 1 partly",
         "Okay", "3 → 6 of 10"],
        ["Left leg", "Partly done", "7 of 60 reps", "0 of 4 sets, 1 partly"],
        ["Right leg", "Not started", "0 of 60 reps", "0 of 4 sets"],
        ["Alternate Supine Toe Touches", "Not started", "0 of 40 reps", "0 of 4 sets",
         "", ""]]
    assert summary.hurts_heading.text() == "Backing off"
    (hurt,) = summary.hurts.text().splitlines()
    assert hurt.endswith("This hurts in Hamstring Nerve Flossing (Round 1 of 2 · Set 1 of 2 · "
                         "Left leg): made smaller and slower from then on")
    advice = summary.advice.text().splitlines()
    assert advice[0].startswith("Symptoms rose from 3 to 6 of 10 during Hamstring Nerve "
                                "Flossing. Next time:")
    assert advice[-1] == routine.safety.lingering


def test_an_answer_given_while_the_summary_shows_is_on_it_at_once(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = ended_during_flossing(qtbot, routine, bundled_path, tmp_path)
    record = win.journal.record
    assert record is not None
    record.rate("toe_touch_progression", Rating.GARBAGE, "hard on the calves")
    win.journal.save()
    assert shown_rows(win)[1][4] == "Garbage · hard on the calves"


def test_l_opens_the_history_from_the_summary_and_esc_comes_back(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = ended_during_flossing(qtbot, routine, bundled_path, tmp_path)
    press(qtbot, win, Qt.Key.Key_L)
    assert win.current_screen() is win.history
    (row,) = win.history.visible_rows()
    assert row.endswith("Ended early")
    press(qtbot, win, Qt.Key.Key_Escape)
    assert win.current_screen() is win.summary
    assert win.summary.title.text() == "Ended early after 17 of 180 reps"  # still this one
    win.summary.history_button.click()
    assert win.current_screen() is win.history
    win.history.back_button.click()
    assert win.current_screen() is win.summary
    press(qtbot, win, Qt.Key.Key_Return)
    assert win.current_screen() is win.overview
    press(qtbot, win, Qt.Key.Key_L)  # from the overview, back leads to the overview
    press(qtbot, win, Qt.Key.Key_Escape)
    assert win.current_screen() is win.overview


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _assert_fits(label: TextLabel | QPushButton) -> None:
    """A one-line label's (or a button's) text is no wider than its room."""
    if isinstance(label, TextLabel) and label.wordWrap():
        return
    width = QFontMetricsF(label.font()).horizontalAdvance(label.text())
    assert width <= label.contentsRect().width() + 1, (label.text(), width, label.width())


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_summary_fits_and_scrolls_at_every_size(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        width: int, height: int) -> None:
    win = ended_during_flossing(qtbot, routine, bundled_path, tmp_path)
    win.resize(width, height)
    win.activateWindow()  # the offscreen platform lets a resized window go inactive
    qtbot.waitActive(win)
    QApplication.processEvents()  # the layout follows the fonts scaled to the new size
    summary = win.summary
    for label in summary.findChildren(TextLabel):
        if label.isVisible():
            _assert_fits(label)
    for button in summary.findChildren(QPushButton):
        _assert_fits(button)
    for row in summary.cells:  # cells side by side never run into each other
        rects = [_in_window(cell, win) for cell in row if cell.isVisible()]
        for left, right in itertools.pairwise(rects):
            assert left.right() < right.left(), (left, right, [c.text() for c in row])
    # The table, backing off and advice are all reachable: shown, or scrolled to.
    bar = summary.scroll_area.verticalScrollBar()
    advice = summary.advice
    if bar.maximum() > 0:
        press(qtbot, win, Qt.Key.Key_End)
        assert bar.value() == bar.maximum()
        press(qtbot, win, Qt.Key.Key_Home)
        assert bar.value() == 0
        press(qtbot, win, Qt.Key.Key_PageDown)
        assert bar.value() > 0
        press(qtbot, win, Qt.Key.Key_End)
    viewport = summary.scroll_area.viewport()
    seen = QRect(viewport.mapTo(win, viewport.rect().topLeft()), viewport.size())
    assert seen.contains(_in_window(advice, win)), (seen, _in_window(advice, win))


def test_summary_of_a_full_workout_says_done_with_rounds(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    clock = FakeClock()
    win = show_window(qtbot, routine, bundled_path, tmp_path, clock=clock, sound=False)
    win.start_workout()
    steps = win.bridge.session.steps
    last = max(i for i, s in enumerate(steps) if s.kind is StepKind.WORK)
    win.bridge.goto(last)
    while win.current_screen() is not win.summary:
        if win.care.panel_open():
            press(qtbot, win, Qt.Key.Key_Escape)
        else:
            clock.advance(1.0)
            win.bridge.tick()
    assert win.summary.title.text() == "Warm-up done"
    assert " · 2 rounds · 10 reps" in win.summary.time.text()
    assert shown_rows(win)[1][1] == "Skipped"  # jumped over, never begun


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_enter_puts_a_rating_off_the_note_hint_reads_whole_and_unrated_says_so(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        size: tuple[int, int]) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path, now=Calendar(), sound=False)
    win.resize(*size)
    win.start_workout()
    win.bridge.goto(next(i for i, s in enumerate(win.bridge.session.steps)
                         if s.kind is StepKind.WORK))
    press(qtbot, win, Qt.Key.Key_Space)
    press(qtbot, win, Qt.Key.Key_E)
    press(qtbot, win, Qt.Key.Key_Return)  # yes, end it here
    panel = win.care.rating
    assert panel.isVisible() and panel.later_button.text() == "Enter · Esc   Not now"
    QApplication.processEvents()
    hint = panel.note_hint
    assert hint.text() == routine.rating_hint and hint.isVisible()
    assert hint.heightForWidth(hint.width()) <= hint.height()  # every line of it shows
    assert hint.geometry().right() <= panel.card.contentsRect().right()
    press(qtbot, win, Qt.Key.Key_N)
    qtbot.keyClicks(panel.note, "calf")
    press(qtbot, win, Qt.Key.Key_Return)  # leaves the note
    assert panel.isVisible() and not panel.note.hasFocus()
    press(qtbot, win, Qt.Key.Key_Return)  # not now
    assert not win.care.panel_open() and win.current_screen() is win.summary
    assert shown_rows(win)[1][:2] == ["Toe Touch Progression", "Partly done"]
    assert shown_rows(win)[1][4] == "Not rated"
    assert shown_rows(win)[2][4] == ""  # never begun: nothing to rate

"""Hands-free from the mat: the bundled routine runs from its start to the summary with no key
pressed after the start; ending or quitting mid-workout asks first; a workout cut off is
offered to resume at the block where it stopped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.qt.helpers import Calendar, show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Status, StepKind
from warmup_gui.core.history import HistoryStore, sessions_per_week
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow


@pytest.fixture
def calendar() -> Calendar:
    return Calendar(step=timedelta(seconds=1))


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None and win.isAncestorOf(focus) else win, key,
                   modifier)


def start_by_keys(qtbot: QtBot, win: MainWindow) -> None:
    """Enter, tick the equipment, Enter: the last key the workout needs."""
    press(qtbot, win, Qt.Key.Key_Return)
    for n in range(len(win.overview.session_routine().equipment)):
        press(qtbot, win, Qt.Key(Qt.Key.Key_1 + n))
    press(qtbot, win, Qt.Key.Key_Return)
    assert win.current_screen() is win.workout


def ticks(win: MainWindow, clock: FakeClock, step_s: float = 1.0,
          limit: int = 5000) -> Iterator[None]:
    """Time going on, a step at a time, until the summary shows."""
    for _ in range(limit):
        if win.current_screen() is win.summary:
            return
        yield
        clock.advance(step_s)
        win.bridge.tick()
    raise AssertionError("the workout never reached the summary")


@pytest.mark.parametrize("rounds", [2, 3])
def test_the_bundled_routine_runs_to_the_summary_with_no_key_after_the_start(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        calendar: Calendar, rounds: int, capsys: pytest.CaptureFixture[str]) -> None:
    clock = FakeClock()
    win = show_window(qtbot, routine, bundled_path, tmp_path, clock=clock, now=calendar,
                      sound=False)
    win.overview.set_rounds(rounds)
    assert win.overview.rounds == rounds
    estimate = win.overview.plan().estimate_s()
    start_by_keys(qtbot, win)
    assert win.bridge.session.auto_count  # counting by itself is the default
    asked_beside = 0
    for _ in ticks(win, clock):
        assert not win.care.panel_open(), win.bridge.state.location  # nothing waits
        assert win.bridge.session.status is Status.RUNNING
        asked_beside += win.workout.score_aside.isVisible()
    session = win.bridge.session
    assert session.status is Status.FINISHED
    assert asked_beside > 0  # the scores were asked, beside the running workout
    measured = session.summary().elapsed_s
    assert abs(measured - estimate) <= 2.0, (measured, estimate)
    tallies = session.summary().tallies
    assert all(t.sets_done == t.sets_planned for t in tallies)
    # The questions of the end, over the summary: the score still owed, then the ratings.
    assert win.care.symptoms.isVisible()
    with capsys.disabled():
        print(f"\n{rounds} round(s): estimate {estimate / 60:.2f} min, measured on the fake "
              f"clock {measured / 60:.2f} min")


def test_e_asks_first_esc_keeps_going_and_ending_at_once_asks_no_rating(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        calendar: Calendar) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path, now=calendar)
    win.start_workout()
    press(qtbot, win, Qt.Key.Key_E)
    assert win.confirm.isVisible() and win.bridge.session.status is Status.PAUSED
    assert win.confirm.yes_button.text().startswith("Enter")
    press(qtbot, win, Qt.Key.Key_Escape)
    assert not win.confirm.isVisible() and win.bridge.session.status is Status.RUNNING
    assert win.current_screen() is win.workout
    press(qtbot, win, Qt.Key.Key_E)
    press(qtbot, win, Qt.Key.Key_Return)
    assert win.current_screen() is win.summary
    assert not win.care.panel_open()  # nothing was done: nothing to rate


def test_next_during_a_block_says_what_it_skips_and_the_next_block_shows(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        calendar: Calendar) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path, now=calendar)
    win.start_workout()
    press(qtbot, win, Qt.Key.Key_Right)  # from the get-ready to the reps
    assert win.bridge.state.step.kind is StepKind.WORK
    assert win.workout.counter.number == "1"  # the rep under way
    assert not win.workout.next_line.isVisibleTo(win.workout)  # the steps show the first time
    press(qtbot, win, Qt.Key.Key_I)
    give_way = win.workout.give_way  # the room the steps leave, given over its time
    give_way.setCurrentTime(give_way.duration())
    assert win.workout.next_line.isVisibleTo(win.workout)
    assert win.workout.next_line.text().startswith("Next: ")
    press(qtbot, win, Qt.Key.Key_Space)
    press(qtbot, win, Qt.Key.Key_Right)
    assert win.workout.caption.text() == "Skipped the 4 reps left of set 1 (Toes on the " \
        "ramp) · ← goes back"
    assert not win.care.panel_open()


def test_quitting_mid_workout_asks_and_the_next_start_resumes_at_the_block(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        calendar: Calendar) -> None:
    clock = FakeClock()
    win = show_window(qtbot, routine, bundled_path, tmp_path, clock=clock, now=calendar)
    win.start_workout()
    steps = win.bridge.session.steps
    block = next(i for i, s in enumerate(steps) if s.kind is StepKind.WORK
                 and s.exercise.id == "nerve_flossing")
    win.bridge.goto(block)
    for _ in range(6):
        press(qtbot, win, Qt.Key.Key_Space)
    left_when_stopped = win.bridge.state.remaining_s
    press(qtbot, win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert win.confirm.isVisible() and win.isVisible()
    press(qtbot, win, Qt.Key.Key_Escape)
    assert win.bridge.session.status is Status.RUNNING and win.isVisible()
    press(qtbot, win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, win, Qt.Key.Key_Return)
    assert not win.isVisible()
    (record,) = HistoryStore(tmp_path / "data").load_all().sessions
    assert not record.finished and record.place is not None
    assert sessions_per_week([record], 1, record.started.date()) == \
        [(record.started.date() - timedelta(days=record.started.weekday()), 0)]

    again = show_window(qtbot, routine, bundled_path, tmp_path, clock=FakeClock(),
                        now=calendar)
    offer = again.overview.resume_text
    assert offer.isVisible()
    assert offer.text().startswith("Stopped at Hamstring Nerve Flossing · round 1 of 2 · "
                                   "set 1 of 2 · Left leg, 6 reps done")
    assert again.overview.resume_button.text() == "R  Resume"
    assert again.overview.start_button.text() == "Start afresh  ·  Enter"
    press(qtbot, again, Qt.Key.Key_R)
    assert again.current_screen() is again.workout
    state = again.bridge.state
    assert state.step_index == block - 1 and state.step.kind is StepKind.GET_READY
    # Time left grows by the get-ready only: the reps kept are not counted again.
    assert state.remaining_s == pytest.approx(left_when_stopped + state.remaining_in_step_s)
    location = again.workout.location  # shown whole from the first frame
    assert QFontMetricsF(location.font()).horizontalAdvance(location.text()) \
        <= location.contentsRect().width() + 1
    press(qtbot, again, Qt.Key.Key_Right)
    assert again.bridge.state.reps == 6 and again.bridge.state.step_index == block
    (same,) = again.journal.load().sessions  # the same history file goes on
    assert same.id == record.id


def test_a_routine_can_make_the_score_before_a_safety_question_that_waits(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        calendar: Calendar) -> None:
    floss = next(e for e in routine.exercises if e.symptom_rule is not None)
    assert floss.symptom_rule is not None
    rule = replace(floss.symptom_rule, required=True)
    guarded = replace(routine, exercises=tuple(
        replace(e, symptom_rule=rule) if e is floss else e for e in routine.exercises))
    win = show_window(qtbot, guarded, bundled_path, tmp_path, now=calendar)
    win.start_workout()
    assert not win.care.panel_open() and not win.workout.score_aside.isVisible()
    win.bridge.goto(next(i for i, s in enumerate(win.bridge.session.steps)
                         if s.exercise.id == floss.id))
    assert win.care.symptoms.isVisible()  # asked before the exercise it guards, which waits
    assert win.bridge.session.status is Status.PAUSED
    press(qtbot, win, Qt.Key.Key_1)  # one key answers it
    assert not win.care.panel_open() and win.bridge.session.status is Status.RUNNING


def one_rep_done(qtbot: QtBot, routine: Routine, path: Path, tmp_path: Path,
                 calendar: Calendar) -> MainWindow:
    """A workout started, with one rep of its first block counted."""
    win = show_window(qtbot, routine, path, tmp_path, now=calendar)
    win.start_workout()
    press(qtbot, win, Qt.Key.Key_Right)
    press(qtbot, win, Qt.Key.Key_Space)
    return win


def test_e_and_ctrl_q_ask_first_over_an_open_question_too(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        calendar: Calendar) -> None:
    win = one_rep_done(qtbot, routine, bundled_path, tmp_path, calendar)
    press(qtbot, win, Qt.Key.Key_H)
    assert win.care.pain.isVisible() and win.bridge.session.status is Status.PAUSED
    press(qtbot, win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert win.confirm.isVisible() and win.isVisible()
    press(qtbot, win, Qt.Key.Key_Escape)  # keep going: the question is still there
    assert win.care.pain.isVisible() and win.bridge.session.status is Status.PAUSED
    press(qtbot, win, Qt.Key.Key_E)
    assert win.confirm.isVisible()
    press(qtbot, win, Qt.Key.Key_Return)  # end it here
    assert win.current_screen() is win.summary
    assert not win.care.pain.isVisible() and win.care.rating.isVisible()  # what was done
    press(qtbot, win, Qt.Key.Key_G)
    assert not win.care.panel_open()
    assert win.bridge.session.status is Status.FINISHED
    (record,) = win.journal.load().sessions
    assert record.finished and not record.pain_flags  # the question left open is let go


def test_back_to_the_overview_lets_the_questions_left_open_go(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        calendar: Calendar) -> None:
    win = one_rep_done(qtbot, routine, bundled_path, tmp_path, calendar)
    win.bridge.finish()
    assert win.care.rating.isVisible()
    win.summary.again_requested.emit()
    assert win.current_screen() is win.overview and not win.care.panel_open()

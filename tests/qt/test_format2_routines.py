"""Each format 2 test routine walked in the window from the overview to the summary on a fake
clock, without a key for counting, and printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import RepPhase, Status, StepKind
from warmup_gui.core.loader import load_routine
from warmup_gui.qt.handout import write_handout
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import AUTO_COUNT

ROUTINES = Path(__file__).resolve().parents[1] / "routines"
NAMES = ["timed_hold", "tempo_phases", "per_side_optional"]


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key) -> None:
    """A key as the user types it: to the widget with the keyboard focus."""
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None and win.isAncestorOf(focus) else win, key)


def walk_to_summary(qtbot: QtBot, win: MainWindow, clock: FakeClock) -> list[str]:
    """Through the workout a second at a time, answering the questions after it; the counter
    texts seen during timed holds."""
    held: list[str] = []
    press(qtbot, win, Qt.Key.Key_Return)
    if win.current_screen() is win.checklist:
        for key in (Qt.Key.Key_1, Qt.Key.Key_2)[:len(win.routine.equipment)]:
            press(qtbot, win, key)  # tick what is there
        press(qtbot, win, Qt.Key.Key_Return)
    for _ in range(5000):
        if win.current_screen() is win.summary:
            break
        if win._made("care") and win.care.rating.isVisible():
            press(qtbot, win, Qt.Key.Key_G)
            continue
        state = win.bridge.state
        if state.step.kind is StepKind.WORK and state.rep_phase is RepPhase.HOLD \
                and state.step.exercise.timed:
            held.append(win.workout.counter.number)
        clock.advance(1.0)
        win.bridge.tick()
    return held


@pytest.mark.parametrize("name", NAMES)
def test_walked_to_the_summary_counting_by_itself(qtbot: QtBot, tmp_path: Path,
                                                  name: str) -> None:
    path = ROUTINES / f"{name}.yaml"
    routine = load_routine(path)
    clock = FakeClock()
    win = show_window(qtbot, routine, path, tmp_path, clock=clock, sound=False)
    timed = all(ex.timed for ex in routine.exercises)
    win.settings.set(AUTO_COUNT, not timed)  # a timed hold needs no key and no auto-count
    held = walk_to_summary(qtbot, win, clock)
    assert win.current_screen() is win.summary
    session = win.bridge.session
    assert session.status is Status.FINISHED and not session.summary().ended_early
    for tally in session.summary().tallies:
        assert tally.sets_done == tally.sets_planned
    if timed:
        assert not win.workout.count_button.isEnabled()
        assert {"0:30", "0:15", "0:01"} <= set(held)


def test_the_timed_hold_shows_its_seconds_and_says_it_counts_down(qtbot: QtBot,
                                                                   tmp_path: Path) -> None:
    path = ROUTINES / "timed_hold.yaml"
    clock = FakeClock()
    win = show_window(qtbot, load_routine(path), path, tmp_path, clock=clock, sound=False)
    win.settings.set(AUTO_COUNT, False)
    win.start_workout()
    clock.advance(5.0 + 2.0 + 5.0)
    win.bridge.tick()
    assert (win.workout.counter.number, win.workout.counter.caption) == \
        ("0:25", "left in the hold")
    assert "Counts down by itself" in win.workout.notice.text()
    assert win.workout.position.text() == "Left leg"
    assert win.workout.pacer.phase_text() == "Stay full"  # 4 s in, 4 s held


@pytest.mark.parametrize("name", NAMES)
def test_printed(qapp: object, tmp_path: Path, name: str) -> None:
    path = ROUTINES / f"{name}.yaml"
    out = tmp_path / f"{name}.pdf"
    assert write_handout(load_routine(path), out, path.parent, "A4") >= 1
    assert out.stat().st_size > 1000

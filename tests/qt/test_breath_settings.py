"""The breathing pattern is chosen on the overview, used by the session and remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from warmup_gui.core.breathing import PRESETS
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.routine import Breath, Routine
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import Settings


def make_window(qtbot: QtBot, routine: Routine, path: Path, ini: Path) -> MainWindow:
    win = MainWindow(routine, path, clock=FakeClock(),
                     settings=Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    return win


def choose(win: MainWindow, name: str) -> None:
    picker = win.overview.breath
    picker.group.button(picker._names.index(name)).click()


def test_routine_pattern_is_the_default(qtbot: QtBot, routine: Routine, bundled_path: Path,
                                        tmp_path: Path) -> None:
    win = make_window(qtbot, routine, bundled_path, tmp_path / "s.ini")
    assert win.overview.breath.pattern() is None
    win.start_workout()
    assert win.bridge.session.routine.exercises[0].breath == Breath(4.0, 6.0, cycles=1)


def test_box_breathing_runs_in_the_session_and_is_remembered(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    win = make_window(qtbot, routine, bundled_path, ini)
    before = win.overview.round_buttons.checkedButton().text()
    choose(win, "box 4-4-4-4")
    # 16 s breaths instead of 10 s
    assert win.overview.round_buttons.checkedButton().text() != before
    win.start_workout()
    assert win.bridge.session.routine.exercises[0].breath == PRESETS["box 4-4-4-4"]
    again = make_window(qtbot, routine, bundled_path, ini)
    assert again.overview.breath.pattern() == PRESETS["box 4-4-4-4"]


def test_custom_seconds_are_remembered(qtbot: QtBot, routine: Routine, bundled_path: Path,
                                       tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    win = make_window(qtbot, routine, bundled_path, ini)
    choose(win, "custom")
    assert win.overview.breath.spins["inhale_s"].isVisibleTo(win.overview.breath)
    win.overview.breath.spins["inhale_s"].setValue(3)
    win.overview.breath.spins["exhale_s"].setValue(7)
    again = make_window(qtbot, routine, bundled_path, ini)
    assert again.overview.breath.pattern() == Breath(inhale_s=3.0, exhale_s=7.0)


def test_reduced_motion_is_remembered_and_reaches_the_pacer(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    win = make_window(qtbot, routine, bundled_path, ini)
    win.overview.reduced_motion.click()
    again = make_window(qtbot, routine, bundled_path, ini)
    assert again.overview.reduced_motion.isChecked()
    again.start_workout()
    assert again.workout.pacer.reduced_motion

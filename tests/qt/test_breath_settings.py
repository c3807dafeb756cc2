"""The breathing pattern is chosen on the overview, used by the session and remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.core.test_breathing import mixed_breathing
from warmup_gui.core.breathing import PRESETS
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.loader import load_routine
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Breath, Routine
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import Settings
from warmup_gui.qt.widgets.breath_picker import BreathPicker


def make_window(qtbot: QtBot, routine: Routine, path: Path, ini: Path) -> MainWindow:
    win = MainWindow(routine, path, clock=FakeClock(),
                     settings=Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    return win


def choose(win: MainWindow, name: str) -> None:
    choose_for(win.overview.breath, name)


def choose_for(picker: BreathPicker, name: str) -> None:
    picker.group.button(picker._names.index(name)).click()


def test_routine_pattern_is_the_default(qtbot: QtBot, routine: Routine, bundled_path: Path,
                                        tmp_path: Path) -> None:
    win = make_window(qtbot, routine, bundled_path, tmp_path / "s.ini")
    assert win.overview.breath.pattern() is None
    win.start_workout()
    assert win.bridge.session.routine.exercises[0].breath == routine.exercises[0].breath
    assert win.overview.breath.label.text() == "Breathing in the end position of each rep"


def test_box_breathing_runs_in_the_session_and_is_remembered(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    win = make_window(qtbot, routine, bundled_path, ini)
    before = win.overview.round_buttons.checkedButton().text()
    choose(win, "box 4-4-4-4")
    # 16 s breaths instead of 10 s
    assert win.overview.round_buttons.checkedButton().text() != before
    win.start_workout()
    breath = win.bridge.session.routine.exercises[0].breath
    assert breath is not None and breath.same_pattern(PRESETS["box 4-4-4-4"])
    again = make_window(qtbot, routine, bundled_path, ini)
    assert again.overview.breath.pattern() == PRESETS["box 4-4-4-4"]


def test_a_choice_stays_with_its_routine_and_never_drops_holds_unsaid(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    """5-5 chosen for one routine is not used for another; a routine with box breaths says
    when a choice leaves its holds out."""
    ini = tmp_path / "s.ini"
    win = make_window(qtbot, routine, bundled_path, ini)
    choose(win, "5-5")
    box_path = Path(__file__).parents[1] / "routines" / "timed_hold.yaml"
    box_routine = load_routine(box_path)
    other = make_window(qtbot, box_routine, box_path, ini)
    assert other.overview.breath.pattern() is None
    assert other.overview.breath.label.text() == "Breathing during each hold"
    choose(other, "5-5")
    assert other.overview.breath.label.text() == \
        "Breathing during each hold · without the routine's holds (4-4-4-4)"
    assert make_window(qtbot, routine, bundled_path, ini).overview.breath.pattern() == \
        PRESETS["5-5"]


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


def test_equipment_ticks_stay_with_their_routine(qtbot: QtBot, routine: Routine,
                                                 bundled_path: Path, tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    win = make_window(qtbot, routine, bundled_path, ini)
    win.show_checklist()
    assert win.checklist is not None
    win.checklist.toggle_item(1)
    first = routine.equipment[0].id
    assert win.settings.for_routine(routine.key).checked_equipment == [first]
    other = replace(routine, title="Another warm-up with the same equipment")
    assert win.settings.for_routine(other.key).checked_equipment == []
    again = make_window(qtbot, other, bundled_path, ini)
    again.show_checklist()
    assert again.checklist is not None and not again.checklist.checklist.checked


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_custom_seconds_take_a_row_of_their_own(qtbot: QtBot, routine: Routine,
                                                bundled_path: Path, tmp_path: Path,
                                                size: tuple[int, int]) -> None:
    """Choosing Custom never squeezes the choices: every button keeps its whole caption and
    the seconds, under them, are in the type of the words beside them."""
    win = make_window(qtbot, routine, bundled_path, tmp_path / "s.ini")
    win.resize(*size)
    win.show()
    choose(win, "custom")
    QApplication.processEvents()
    picker = win.overview.breath
    label = picker.label
    assert label.width() >= QFontMetrics(label.font()).horizontalAdvance(label.text())
    for button in picker.group.buttons():
        assert button.width() >= button.sizeHint().width(), button.text()
    for spin in picker.spins.values():
        assert spin.y() > picker.group.buttons()[0].geometry().bottom()
        assert spin.lineEdit().font().pixelSize() == label.font().pixelSize()


def test_where_exercises_breathe_differently_each_keeps_its_own_choice(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    """A choice for one exercise's pattern is never used for another's; leaving out a box
    pattern's holds is said; each choice is remembered for its exercise."""
    ini = tmp_path / "s.ini"
    mixed = mixed_breathing()
    path = Path(__file__).parents[1] / "routines" / "tempo_phases.yaml"
    win = make_window(qtbot, mixed, path, ini)
    bridge, sit = win.overview.breaths
    assert bridge.label.text() == "Breathing for Slow bridge before each rep"
    assert sit.label.text() == "Breathing for Quiet sit during each hold"
    choose_for(bridge, "5-5")
    win.start_workout()
    breathed = win.bridge.session.routine.exercises
    assert breathed[0].breath is not None and breathed[0].breath.same_pattern(PRESETS["5-5"])
    assert breathed[1].breath == mixed.exercises[1].breath  # the box breaths kept
    choose_for(sit, "4-6")
    assert sit.label.text() == \
        "Breathing for Quiet sit during each hold · without its holds (4-4-4-4)"
    again = make_window(qtbot, mixed, path, ini)
    assert [p.pattern() for p in again.overview.breaths] == [PRESETS["5-5"], PRESETS["4-6"]]
    stored = QSettings(str(ini), QSettings.Format.IniFormat)
    assert stored.value(f"routines/{mixed.key}/exercises/slow_bridge/breath/preset") == "5-5"
    assert stored.value(f"routines/{mixed.key}/breath/preset") is None  # no routine-wide one
    assert make_window(qtbot, routine, bundled_path, ini).overview.breath.pattern() is None

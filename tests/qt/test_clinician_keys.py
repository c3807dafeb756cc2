"""A clinician's keys wherever they are pressed, the dosage editor's fields, how a session
ended, and where the presenter opens."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import StepKind
from warmup_gui.core.routine import RepRange, Routine, Side
from warmup_gui.qt.main_window import MainWindow


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None and win.isAncestorOf(focus) else win, key,
                   modifier)


def type_into(qtbot: QtBot, spin: object, text: str) -> None:
    """Select what the field holds and type ``text`` over it, as a person does, then leave."""
    spin.setFocus()  # type: ignore[attr-defined]
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_typing_12_into_to_leaves_from_as_it_was(qtbot: QtBot, routine: Routine,
                                                bundled_path: Path, tmp_path: Path) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    press(qtbot, win, Qt.Key.Key_D)
    spins = win.dosage.spins["toe_touch_progression"]
    assert (spins["low"].value(), spins["high"].value()) == (5, 5)
    type_into(qtbot, spins["high"], "12")
    assert (spins["low"].value(), spins["high"].value()) == (5, 12)  # never 1–12
    assert win.dosage.routine().exercises[0].reps == RepRange(5, 12)
    type_into(qtbot, spins["low"], "20")  # from above to: the range is read as 12–20
    assert (spins["low"].value(), spins["high"].value()) == (20, 12)
    assert win.dosage.routine().exercises[0].reps == RepRange(12, 20)
    others = win.dosage.routine().exercises[1:]
    assert others == routine.exercises[1:]  # nothing else was touched


def test_d_ctrl_s_and_ctrl_p_work_from_the_presenter(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    asked: list[str] = []

    def ask(title: str, name: str, filter_: str) -> Path:
        asked.append(title)
        return tmp_path / name

    monkeypatch.setattr(win, "_ask_path", ask)
    press(qtbot, win, Qt.Key.Key_F5)
    assert win.current_screen() is win.presenter
    press(qtbot, win, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Export handout", "Save as routine"]
    assert (tmp_path / "warm-up handout.pdf").read_bytes().startswith(b"%PDF")
    # Saved where the Routine menu lists the user's own routines, named after the title.
    assert (tmp_path / "data" / "routines" / "tight-hamstring-warm-up-for-runners.yaml").is_file()
    assert win.current_screen() is win.presenter  # the patient's view stays
    press(qtbot, win, Qt.Key.Key_D)
    assert win.current_screen() is win.dosage
    assert not win.isFullScreen()


def test_during_a_workout_the_clinicians_keys_say_why_not(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    for key, modifier, words in (
            (Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier, "Adjusting the dosage"),
            (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "The handout"),
            (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, "Saving as a routine")):
        press(qtbot, win, key, modifier)
        assert win.current_screen() is win.workout
        assert win.workout.caption.text().startswith(words)
        assert "not during a workout" in win.workout.caption.text()


def test_a_session_ended_with_e_says_ended_early(qtbot: QtBot, routine: Routine,
                                                 bundled_path: Path, tmp_path: Path) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    press(qtbot, win, Qt.Key.Key_Space)
    press(qtbot, win, Qt.Key.Key_E)
    press(qtbot, win, Qt.Key.Key_Return)  # yes, end it here
    assert win.current_screen() is win.summary
    while win.care.panel_open():
        press(qtbot, win, Qt.Key.Key_Escape)
    assert win.summary.title.text() == "Ended before the first rep"  # Space in a countdown
    press(qtbot, win, Qt.Key.Key_Return)
    press(qtbot, win, Qt.Key.Key_L)
    (row,) = win.history.visible_rows()
    assert row.endswith("Ended early") and "Finished" not in row


def test_a_session_run_to_its_end_says_done(qtbot: QtBot, routine: Routine,
                                            bundled_path: Path, tmp_path: Path) -> None:
    clock = FakeClock()
    win = show_window(qtbot, routine, bundled_path, tmp_path, clock=clock)
    win.start_workout()
    session = win.bridge.session
    last = max(i for i, s in enumerate(session.steps) if s.kind is StepKind.WORK)
    win.bridge.goto(last)
    while win.care.panel_open():
        press(qtbot, win, Qt.Key.Key_Escape)
    for _ in range(session.steps[last].target.high):
        press(qtbot, win, Qt.Key.Key_Space)
    assert win.current_screen() is win.summary  # at once, the questions over it
    while win.care.panel_open():
        press(qtbot, win, Qt.Key.Key_Escape)
    assert win.summary.title.text() == "Warm-up done"
    assert win.journal.load().sessions[-1].status == "Finished"


def test_the_presenter_opens_on_what_the_workout_is_on(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    steps = win.bridge.session.steps
    right = next(i for i, s in enumerate(steps)
                 if s.exercise.id == "nerve_flossing" and s.side is Side.RIGHT
                 and s.kind is StepKind.WORK)
    win.bridge.goto(right)
    while win.care.panel_open():
        press(qtbot, win, Qt.Key.Key_Escape)
    press(qtbot, win, Qt.Key.Key_F5)
    block = win.presenter.blocks[win.presenter.index]
    assert (block.exercise.id, block.side) == ("nerve_flossing", Side.RIGHT)
    assert win.presenter.name.text() == "Hamstring Nerve Flossing"
    assert win.presenter.position.text() == "Right leg"


def test_pdftotext_reads_the_handout_a_clinician_exports_from_the_presenter(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    press(qtbot, win, Qt.Key.Key_F5)
    target = win.export_handout(tmp_path / "from-presenter.pdf")
    assert target is not None
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert routine.exercises[0].name in text

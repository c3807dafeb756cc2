"""Presenter view: fullscreen demo with direct jumps, optional counters, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.qt.helpers import mirror_likeness
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.demo import demo_blocks
from warmup_gui.core.engine import Status
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, routine: Routine, bundled_path: Path) -> MainWindow:
    win = MainWindow(routine, bundled_path, clock=FakeClock())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def key(qtbot: QtBot, win: MainWindow, k: Qt.Key) -> None:
    qtbot.keyClick(win, k)


def test_demo_blocks_cover_every_exercise_position_and_side(routine: Routine) -> None:
    labels = [(b.exercise.id, b.label) for b in demo_blocks(routine)]
    assert labels == [
        ("toe_touch_progression", "Toes on the ramp"),
        ("toe_touch_progression", "Heels on the ramp"),
        ("nerve_flossing", "Left leg"),
        ("nerve_flossing", "Right leg"),
        ("supine_toe_touches", "Left leg"),
        ("supine_toe_touches", "Right leg"),
    ]


def test_f5_opens_fullscreen_presenter_and_esc_leaves(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_F5)
    assert window.current_screen() is window.presenter
    assert window.isFullScreen()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.overview
    assert not window.isFullScreen()


def test_number_keys_and_arrows_jump_between_exercises(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_F5)
    presenter = window.presenter
    key(qtbot, window, Qt.Key.Key_3)
    assert presenter.name.text() == "Alternate Supine Toe Touches"
    assert presenter.position.text() == "Left leg"
    assert presenter.dosage.text() == "2 sets × 10 reps, alternating sides (5 each side)"
    key(qtbot, window, Qt.Key.Key_Right)
    assert presenter.position.text() == "Right leg"
    key(qtbot, window, Qt.Key.Key_2)
    assert presenter.name.text() == "Hamstring Nerve Flossing"
    key(qtbot, window, Qt.Key.Key_1)
    key(qtbot, window, Qt.Key.Key_Right)
    assert presenter.position.text() == "Heels on the ramp"
    assert "4-6 in the end position of each rep" in presenter.dosage.text()
    presenter.rows.button(3).click()  # the side list jumps too
    assert (presenter.name.text(), presenter.position.text()) == \
        ("Hamstring Nerve Flossing", "Right leg")


def test_demo_moves_with_the_animation_time(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter.animation.state() is presenter.animation.State.Running
    toe = window.routine.exercises[0]
    top_ms = round(toe.movement.top_s * 1000)
    presenter.animation.setCurrentTime(1000)  # arms up at the top, breathing in
    assert presenter.cue.text() == toe.movement.top
    presenter.animation.setCurrentTime(top_ms + 1500)  # halfway down the toe touch
    assert presenter.cue.text() == "Breathe out and fold down toward your toes"
    assert not presenter.pacer.isVisible()
    presenter.animation.setCurrentTime(top_ms + 5000)  # breathing at the bottom
    assert presenter.pacer.isVisible()
    assert presenter.pacer.phase_text() == "Breathe in"
    presenter.animation.setCurrentTime(top_ms + 14500)
    assert presenter.cue.text() == "Keep the squeeze and roll up slowly"
    key(qtbot, window, Qt.Key.Key_Escape)
    assert presenter.animation.state() is presenter.animation.State.Stopped


def test_counters_are_hidden_until_asked_for(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_F5)
    presenter = window.presenter
    assert not presenter.counter.isVisible()
    key(qtbot, window, Qt.Key.Key_Space)
    assert presenter.count == 0
    key(qtbot, window, Qt.Key.Key_C)
    assert presenter.counter.isVisible()
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Backspace)
    assert presenter.counter.number == "1"


def test_presenter_pauses_a_running_workout(qtbot: QtBot, window: MainWindow) -> None:
    window.start_workout()
    key(qtbot, window, Qt.Key.Key_F5)
    assert window.bridge.session.status is Status.PAUSED
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.workout


def test_presenter_shows_only_text_for_the_patient(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_F5)
    texts = {label.text() for label in window.presenter.findChildren(QLabel)
             if label.isVisible()}
    assert not any(".yaml" in t or "/" in t or "Traceback" in t for t in texts)


def test_each_row_shows_its_end_pose_the_right_side_mirrored(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_F5)
    presenter = window.presenter
    rows = presenter.rows.buttons()
    assert len(rows) == len(presenter.blocks)
    images = [row.icon().pixmap(row.iconSize()).toImage() for row in rows]
    assert all(not image.isNull() and image.width() >= 40 for image in images)
    # Rows 2 and 3 are nerve flossing's left and right leg: one the other's mirror image.
    left, right = images[2], images[3]
    assert left != right
    assert mirror_likeness(left, right) > 0.98
    # Different exercises, different pictures.
    assert len({bytes(image.constBits()) for image in images[::2]}) == 3

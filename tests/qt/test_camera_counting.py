"""Counting by camera in the window, with a recorded clip as the camera: the reps the tracker
finds in the clip reach the session as the detector sees them done, with their range of motion
in history; the live view shows the pictures and that the camera is on; nothing is written but
the history. Without the camera extra the option says how to get it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from benchmarks.camera_clip import CLIP, EXERCISE, FigureTracker, clip_take
from tests.qt.helpers import show_window
from tests.qt.test_hands_free import press, start_by_keys
from warmup_gui import pose_tracker
from warmup_gui.core.engine import StepKind
from warmup_gui.core.figure_landmarks import true_ranges
from warmup_gui.core.history import HistoryStore
from warmup_gui.core.routine import Routine, Side
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import CAMERA_COUNT


def files_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size
            for p in folder.rglob("*") if p.is_file()}


def open_window(qtbot: QtBot, routine: Routine, path: Path, tmp_path: Path,
                tracker: FigureTracker | None) -> MainWindow:
    return show_window(qtbot, routine, path, tmp_path, sound=False, camera_source=CLIP,
                       make_tracker=(lambda: tracker) if tracker is not None else None)


def to_left_leg_block(win: MainWindow) -> None:
    steps = win.bridge.session.steps
    index = next(i for i, step in enumerate(steps) if step.kind is StepKind.WORK
                 and step.exercise.id == EXERCISE and step.side is Side.LEFT)
    win.bridge.goto(index)


def test_the_clip_played_as_the_camera_counts_the_reps_it_shows(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    saved: list[str] = []
    monkeypatch.setattr(QImage, "save", lambda self, *a, **k: bool(saved.append(str(a))))
    tracker = FigureTracker()
    win = open_window(qtbot, routine, bundled_path, tmp_path, tracker)
    before = files_under(tmp_path)
    cwd_before = set(os.listdir())
    start_by_keys(qtbot, win)
    assert not win._made("camera")  # off by default
    press(qtbot, win, Qt.Key.Key_V)
    camera = win.camera
    assert camera.running and win.settings.get(CAMERA_COUNT)
    view = camera.view
    assert view.isVisible() and view.camera_on
    to_left_leg_block(win)
    assert not win.bridge.session.auto_count  # the camera counts this block, not the tempo
    assert camera.counting and "camera counts" in win.workout.notice.text()
    counted_when_seen: list[tuple[int, int]] = []
    win.bridge.rep_counted.connect(
        lambda reps: counted_when_seen.append((reps, len(camera.count.reps))))
    qtbot.waitUntil(lambda: win.bridge.state.reps >= 2, timeout=60_000)
    # Each rep reached the session only once the detector had seen it done.
    assert counted_when_seen and all(reps <= seen for reps, seen in counted_when_seen)
    assert view.pictures >= 20 and tracker.calls >= 20
    assert not view.word  # the body is in the picture
    assert win.workout.caption.text().endswith(" seen")  # each rep seen ticks, captioned
    record = win.journal.record
    assert record is not None
    rule = next(e.camera for e in routine.exercises if e.id == EXERCISE)
    assert rule is not None
    truth = true_ranges(clip_take(), rule, "left")
    ranges = record.ranges[EXERCISE]
    assert len(ranges) == win.bridge.state.reps
    assert all(abs(r - truth[0]) < 15 for r in ranges), (ranges, truth)
    press(qtbot, win, Qt.Key.Key_Backspace)  # a rep taken back takes its range with it
    assert len(ranges) == win.bridge.state.reps >= 1
    # Kept in the history file as written.
    (written,) = HistoryStore(tmp_path / "data").load_all().sessions
    assert written.ranges[EXERCISE][:2] == ranges[:2]
    win.show_summary()  # for the clinician: the ranges measured
    flossing = next(e for e in win.summary.report.exercises if e.exercise_id == EXERCISE)
    assert flossing.ranges.startswith(f"{rule.angle} ") and "mean" in flossing.ranges
    assert any(flossing.ranges == label.text() for row in win.summary.cells for label in row)
    win.close()
    assert not camera.running and not view.camera_on
    after = files_under(tmp_path)
    new = {name for name in after if name not in before}
    assert all(name.startswith("data/sessions/") and name.endswith(".json") for name in new), new
    assert set(os.listdir()) == cwd_before
    assert not saved


def test_the_camera_runs_only_on_the_workout_and_the_choice_is_kept(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path, FigureTracker())
    start_by_keys(qtbot, win)
    press(qtbot, win, Qt.Key.Key_V)
    assert win.camera.running
    win.back_to_overview()
    assert not win.camera.running and not win.camera.view.isVisible()
    win.close()
    again = open_window(qtbot, routine, bundled_path, tmp_path, FigureTracker())
    assert again.camera_action.isChecked()
    again.start_workout()  # the equipment ticked last time stays ticked
    assert again.camera.running and again.camera.view.camera_on  # remembered
    press(qtbot, again, Qt.Key.Key_V)
    assert not again.camera.running and not again.settings.get(CAMERA_COUNT)
    assert "Camera off" in again.workout.caption.text()
    again.close()


def test_without_the_extra_the_option_says_how_to_get_it(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pose_tracker, "available", lambda: False)
    monkeypatch.setattr(sys, "version_info", (3, 11, 7))  # where MediaPipe's wheel installs
    win = open_window(qtbot, routine, bundled_path, tmp_path, None)
    win._fill_counting_menu()
    assert not win.camera_action.isEnabled()
    assert win.camera_action.text().endswith("not installed")
    # The command on a line of its own, whole, to copy: this is a source checkout.
    assert win.camera_install.isVisible()
    assert win.camera_install.text() == "To install it: scripts/setup.sh --camera"
    monkeypatch.setattr(sys, "version_info", (3, 13, 1))  # no wheel: installing would not help
    win._fill_counting_menu()
    assert win.camera_install.text() == "It needs Python 3.11 or 3.12"
    start_by_keys(qtbot, win)
    press(qtbot, win, Qt.Key.Key_V)
    assert win.workout.caption.text() == \
        "Counting by camera is not installed: see the Counting menu"
    assert not win._made("camera") and not win.settings.get(CAMERA_COUNT)
    win.close()


class NobodyTracker(FigureTracker):
    """The camera sees no one."""

    def track(self, image: QImage, stamp_s: float) -> None:
        self.calls += 1


def test_with_nobody_in_the_picture_the_view_says_so_and_nothing_counts(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    tracker = NobodyTracker()
    win = open_window(qtbot, routine, bundled_path, tmp_path, tracker)
    start_by_keys(qtbot, win)
    press(qtbot, win, Qt.Key.Key_V)
    to_left_leg_block(win)
    view = win.camera.view
    qtbot.waitUntil(lambda: view.word.startswith("Out of view"), timeout=30_000)
    picture = view.grab().toImage()
    rect = view.picture_rect()  # beside the word, below the camera mark
    centre = picture.pixelColor(round(rect.left() + 4), round(rect.bottom() - 4))
    assert view.pictures > 0 and win.bridge.state.reps == 0
    assert centre.lightness() < 200  # the light picture dimmed under the word
    win.close()

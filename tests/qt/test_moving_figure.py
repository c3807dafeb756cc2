"""The workout's figure moves through every rep, the pacer breathes beside it, and the other
side is shown mirrored: read back from the window's own pixels."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.qt.helpers import mirror_likeness, show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import StepKind
from warmup_gui.core.figure_motion import Half
from warmup_gui.core.palette import DARK_PALETTE, RIM
from warmup_gui.core.routine import Routine, Side
from warmup_gui.qt.main_window import MainWindow


def _start(qtbot: QtBot, routine: Routine, path: Path, tmp_path: Path
           ) -> tuple[MainWindow, FakeClock]:
    clock = FakeClock()
    win = show_window(qtbot, routine, path, tmp_path, clock=clock, sound=False)
    win.resize(1280, 800)
    win.start_workout()
    win.bridge.set_auto_count(True)
    return win, clock


def _advance(win: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    win.bridge.tick()


def _goto(win: MainWindow, exercise_id: str, side: Side | None) -> None:
    steps = win.bridge.session.steps
    index = next(i for i, s in enumerate(steps) if s.kind is StepKind.WORK
                 and s.exercise.id == exercise_id and s.side is side)
    win.bridge.goto(index)


def _dark_pixels(image: QImage, rect: QRect) -> int:
    return sum(1 for x in range(rect.left(), rect.right(), 3)
               for y in range(rect.top(), rect.bottom(), 3)
               if image.pixelColor(x, y).lightness() < 80)


def test_frames_across_one_rep_show_many_figure_shapes(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    _goto(win, "nerve_flossing", Side.LEFT)
    win.care.symptoms.rate(None)
    out_s = routine.exercises[1].tempo_s / 2  # the way back retraces the same shapes
    frames = set()
    for _ in range(16):
        _advance(win, clock, out_s / 16)
        image = win.workout.picture.grab().toImage()
        frames.add(hashlib.sha1(bytes(image.constBits())).hexdigest())
    assert len(frames) >= 15  # a cross-fade of two pictures showed 4


def test_frames_between_states_move_the_figure_alone(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    """The timer's frames between two states carry only the rep's motion: the figure moves
    at every one, the rest of the window hears of a state about ten times a second."""
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    _goto(win, "nerve_flossing", Side.LEFT)
    win.care.symptoms.rate(None)
    states, motions = [], []
    win.bridge.state_changed.connect(states.append)
    win.bridge.moved.connect(motions.append)
    moments = []
    for _ in range(60):  # a second at 60 frames a second
        clock.advance(1 / 60)
        win.bridge.timer.timeout.emit()
        moments.append(win.workout.picture.moment)
    assert len(states) + len(motions) == 60
    assert 8 <= len(states) <= 12 and motions
    assert len(set(moments)) >= 55  # a new figure at (nearly) every frame
    shown = win.workout.picture.moment
    win.bridge.tick()  # a whole state now shows the same moment
    assert win.workout.picture.moment == shown


def test_the_held_fold_stays_in_sight_beside_the_pacer(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    toe_touch = routine.exercises[0]
    # past the countdown, the reach up at the top and the fold: 2 s into the breath
    _advance(win, clock, routine.get_ready_s + toe_touch.movement.top_s
             + toe_touch.tempo_s / 2 + 2.0)
    picture, pacer = win.workout.picture, win.workout.pacer
    assert pacer.isVisible() and pacer.phase_text() == "Breathe in"
    image = picture.grab().toImage()
    beside = QRect(0, 0, pacer.x(), picture.height())
    assert _dark_pixels(image, beside) > 300  # the folded figure, not covered
    assert pacer.width() < 0.5 * picture.width()
    r = picture.corner_radius()  # its square backdrop leaves the card's corners round
    assert QRect(picture.rect()).adjusted(int(r), int(r), -int(r), -int(r)).contains(
        pacer.geometry().adjusted(1, 1, -1, -1))
    # The floor runs on under it: the same line at the pacer's middle as under the figure.
    under = image.copy(QRect(pacer.x() + pacer.width() // 2, pacer.geometry().bottom() + 1,
                             1, picture.height() - pacer.geometry().bottom() - 1))
    floor = image.copy(QRect(pacer.x() // 2, pacer.geometry().bottom() + 1,
                             1, picture.height() - pacer.geometry().bottom() - 1))
    assert under == floor and len({under.pixel(0, y) for y in range(under.height())}) > 1
    # The back rises with the breath: the figure differs between inhale and exhale.
    _advance(win, clock, 4.0)
    assert pacer.phase_text() == "Breathe out"
    assert picture.grab(beside).toImage() != image.copy(beside)


def test_the_pacer_comes_in_beside_the_fold_instead_of_appearing_at_once(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    toe_touch = routine.exercises[0]
    _advance(win, clock, routine.get_ready_s + toe_touch.movement.top_s
             + toe_touch.tempo_s / 2 + 0.1)  # a tenth of a second into the breath
    pacer = win.workout.pacer
    assert pacer.isVisible() and 0.1 < pacer.opacity() < 0.5
    middle = pacer.rect().center()
    coming = pacer.grab().toImage().pixelColor(middle)
    _advance(win, clock, 0.5)
    assert pacer.opacity() == 1.0
    shown = pacer.grab().toImage().pixelColor(middle)
    assert coming.lightness() > shown.lightness() + 40  # the disc still faint, then whole


def test_pause_freezes_the_figure_mid_movement(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    _advance(win, clock, routine.get_ready_s + 1.0)
    moment = win.workout.picture.moment
    assert 0.1 < moment.progress < 0.9
    win.bridge.toggle_pause()
    before = win.workout.picture.grab().toImage()
    _advance(win, clock, 3.0)
    assert win.workout.picture.moment == moment
    assert win.workout.picture.grab().toImage() == before


def test_the_right_leg_is_the_left_legs_mirror_image(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    pictures = []
    for side in Side:
        _goto(win, "nerve_flossing", side)
        win.care.symptoms.rate(None)
        if win.workout.how_to.isVisible():  # the steps, shown the first time: same layout
            win.bridge.toggle_how_to()
        _advance(win, clock, 0.8)
        view = win.workout.picture
        pictures.append(view.grab(view.picture_rect().toAlignedRect()).toImage())
    left, right = pictures
    assert left != right
    assert mirror_likeness(left, right) > 0.99


def test_sides_that_alternate_rep_by_rep_keep_one_figure_facing_one_way(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    _goto(win, "supine_toe_touches", None)
    win.care.symptoms.rate(None)
    if win.workout.how_to.isVisible():
        win.bridge.toggle_how_to()
    win.workout.give_way.setCurrentTime(win.workout.give_way.duration())
    rep_s = routine.exercises[2].rep_s
    view = win.workout.picture
    shown = []
    _advance(win, clock, rep_s * 0.2)  # on the way out
    for _ in range(2):  # the same moment of two reps in a row, one for each leg
        _advance(win, clock, rep_s)
        shown.append((win.bridge.state.side, view.moment,
                      view.grab(view.picture_rect().toAlignedRect()).toImage()))
    (side_a, moment_a, image_a), (side_b, moment_b, image_b) = shown
    assert {side_a, side_b} == {Side.LEFT, Side.RIGHT} and moment_a == moment_b
    assert moment_a.progress > 0.2  # under way, not at rest
    assert image_a == image_b  # the same figure: never turned round between reps


def test_reduced_motion_shows_two_poses(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    win.workout.picture.set_reduced_motion(True)
    _goto(win, "nerve_flossing", Side.LEFT)
    win.care.symptoms.rate(None)
    win.bridge.toggle_how_to()  # the steps would give way after the first rep, and move it
    assert not win.bridge.state.how_to
    frames = set()
    moments = set()
    size = win.workout.picture.size()
    for _ in range(16):
        _advance(win, clock, routine.exercises[1].rep_s / 16)
        shown = win.workout.picture.moment  # reduced: the start pose or the end pose
        at_end = (shown.progress >= 0.5) != (shown.half is Half.BACK)
        moments.add(shown.half is Half.HOLD or at_end)
        if win.workout.picture.size() == size:  # the same pixels for the same moment
            image = win.workout.picture.grab().toImage()  # kept while its bits are read
            frames.add(hashlib.sha1(bytes(image.constBits())).hexdigest())
    assert len(moments) == 2 and len(frames) <= 2


def test_no_beat_bar_where_the_figure_shows_the_rep(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    _goto(win, "nerve_flossing", Side.LEFT)
    win.care.symptoms.rate(None)
    _advance(win, clock, 0.5)
    assert win.workout.picture.moving
    assert win.workout.counter._beat is None  # the figure itself shows where the rep is


@pytest.mark.usefixtures("dark_palette")
def test_on_a_dark_desktop_the_figure_is_light_ink_on_a_dark_card(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win, clock = _start(qtbot, routine, bundled_path, tmp_path)
    toe_touch = routine.exercises[0]
    _advance(win, clock, routine.get_ready_s + toe_touch.movement.top_s
             + toe_touch.tempo_s / 2 + 2.0)  # at the bottom, breathing beside the pacer
    picture, pacer = win.workout.picture, win.workout.pacer
    image = picture.grab().toImage()
    card = QColor(image.pixel(round(picture.picture_rect().left()) + 20, 20))
    assert card == QColor(DARK_PALETTE[RIM]) and card.lightness() < 64
    beside = QRect(0, 0, pacer.x(), picture.height())
    light = sum(1 for y in range(beside.top(), beside.bottom(), 2)
                for x in range(beside.left(), beside.right(), 2)
                if QColor(image.pixel(x, y)).lightness() > 200)
    assert light > 300  # the folded figure, in the light ink
    # The pacer beside it sits on the same card: no light box inside the dark one.
    pacer_image = pacer.grab().toImage()
    assert QColor(pacer_image.pixel(3, 3)) == card

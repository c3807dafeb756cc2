"""The main window driven by keyboard from the overview to the summary, on a fake clock."""

from __future__ import annotations

import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.qt.fit_check import settle
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Status, StepKind
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Routine, RoutineSafety
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import Settings
from warmup_gui.qt.theme import font
from warmup_gui.qt.widgets.shortcut_overlay import shortcuts


@pytest.fixture
def window(qtbot: QtBot, routine: Routine, bundled_path: Path, clock: FakeClock,
           tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(routine, bundled_path, clock=clock, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitActive(win)
    return win


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user types it: to the widget with the keyboard focus."""
    focus = QApplication.focusWidget()
    target = focus if focus is not None and win.isAncestorOf(focus) else win
    qtbot.keyClick(target, key, modifier)


def run_step(win: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    win.bridge.tick()


def test_overview_lists_every_exercise_with_its_dosage(window: MainWindow) -> None:
    texts = [label.text() for label in window.overview.findChildren(QLabel)]
    assert "Hamstring Nerve Flossing" in texts
    assert any("2 sets × 15-30 reps per leg" in t for t in texts)
    assert any("pool noodle, half foam roller or bumper plate" in t for t in texts)
    assert window.overview.round_buttons.checkedId() == 2  # the post's 2-3, two by default
    assert window.overview.round_buttons.button(1) is None  # one pass is not prescribed
    buttons = {n: window.overview.round_buttons.button(n).text() for n in (2, 3)}
    assert buttons == {2: "2 · 19 min", 3: "3 · 29 min"}


def test_digit_keys_choose_rounds_and_the_estimate_follows(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_3)
    assert window.overview.rounds == 3
    assert window.overview.round_buttons.checkedButton().text() == "3 · 29 min"
    press(qtbot, window, Qt.Key.Key_9)  # out of the routine's 2-3 range: ignored
    assert window.overview.rounds == 3
    press(qtbot, window, Qt.Key.Key_1)  # below it: ignored too
    assert window.overview.rounds == 3
    again = MainWindow(window.routine, window.routine_path, clock=FakeClock(),
                       settings=window.settings)
    qtbot.addWidget(again)
    assert again.overview.rounds == 3  # remembered for next time
    assert again.overview.round_buttons.button(3).isChecked()


def test_keyboard_alone_goes_from_overview_to_summary(qtbot: QtBot, window: MainWindow,
                                                      clock: FakeClock) -> None:
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.checklist
    for n in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        press(qtbot, window, n)  # tick every piece of equipment
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.workout
    session = window.bridge.session
    assert window.workout.counter.caption == "Get ready"
    assert window.workout.counter.number == "5"
    run_step(window, clock, 5.0)
    state = window.bridge.state
    assert state.step.kind is StepKind.WORK
    assert window.workout.location.text() == \
        "Round 1 of 2 · Exercise 1 of 3 · Set 1 of 1 · Toes on the ramp"
    assert window.workout.counter.number == "1"  # the rep under way, as a coach counts
    for expected in range(2, 5):
        press(qtbot, window, Qt.Key.Key_Space)
        assert window.workout.counter.number == str(expected)
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert window.workout.counter.number == "3"

    press(qtbot, window, Qt.Key.Key_P)
    assert session.status is Status.PAUSED
    press(qtbot, window, Qt.Key.Key_Space)  # counting is off while paused
    assert window.workout.counter.number == "3"
    press(qtbot, window, Qt.Key.Key_P)
    assert session.status is Status.RUNNING

    # Counting by itself (the default) carries the rest; Right skips countdowns and rests.
    assert window.workout.auto_button.isChecked()
    for _ in range(2000):
        if window.workout.score_aside.isVisible():
            press(qtbot, window, Qt.Key.Key_2)  # symptoms 2 of 10, before and after flossing
            continue
        if window.current_screen() is window.summary:
            break
        assert not window.care.panel_open()  # nothing stops the workout
        if window.bridge.state.step.kind is not StepKind.WORK:
            press(qtbot, window, Qt.Key.Key_Right)
        else:
            run_step(window, clock, 1.0)
    # Gold, okay or garbage for each exercise, over the summary.
    for rating in (Qt.Key.Key_G, Qt.Key.Key_O, Qt.Key.Key_X):
        assert window.care.rating.isVisible()
        press(qtbot, window, rating)
    assert window.current_screen() is window.summary and not window.care.panel_open()
    assert session.status is Status.FINISHED
    tallies = {t.exercise.id: t for t in session.summary().tallies}
    assert tallies["toe_touch_progression"].reps_done == 20  # 2 rounds × 2 positions × 5
    assert tallies["supine_toe_touches"].reps_done == 40
    assert tallies["nerve_flossing"].sets_done == 4
    record = window.journal.load().sessions[-1]
    assert record.finished
    assert record.exercises["nerve_flossing"].sets_done == 4
    assert (record.symptoms["nerve_flossing"].before,
            record.symptoms["nerve_flossing"].after) == (2, 2)
    assert [r.rating.value for r in record.ratings.values()] == ["gold", "okay", "garbage"]
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.overview
    assert not window.bridge.timer.isActive()


def test_right_and_left_move_between_steps(qtbot: QtBot, window: MainWindow) -> None:
    window.start_workout()
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.bridge.state.step.title == "Next position"
    assert window.workout.counter.caption == "Next position"
    press(qtbot, window, Qt.Key.Key_Left)
    assert window.bridge.state.step_index == 1


def test_a_range_marks_its_minimum_and_goes_on(qtbot: QtBot, window: MainWindow,
                                               clock: FakeClock) -> None:
    window.start_workout()
    flossing = next(i for i, s in enumerate(window.bridge.session.steps)
                    if s.exercise.id == "nerve_flossing" and s.kind is StepKind.WORK)
    window.bridge.goto(flossing)
    assert window.workout.score_aside.isVisible()  # symptoms asked beside, never waited for
    assert window.workout.counter.caption == "of 15 reps · ↑ for up to 30"
    press(qtbot, window, Qt.Key.Key_Up)  # go on to the top of the range this time
    assert window.workout.counter.caption == "of 15–30 reps"
    for _ in range(15):
        press(qtbot, window, Qt.Key.Key_Space)
    assert window.bridge.state.min_reached
    assert window.workout.counter.caption == "15 done · on to 30, or →"
    assert window.bridge.state.step_index == flossing
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.bridge.state.step.title == "Switch sides"
    run_step(window, clock, 5.0)
    assert window.workout.position.text() == "Right leg"


def test_rest_counts_down_and_can_be_skipped(qtbot: QtBot, window: MainWindow,
                                             clock: FakeClock) -> None:
    window.start_workout()
    rest = next(i for i, s in enumerate(window.bridge.session.steps) if s.kind is StepKind.REST)
    window.bridge.goto(rest)
    assert window.workout.counter.number == "0:30"
    run_step(window, clock, 10.5)
    assert window.workout.counter.number == "0:20"
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.bridge.state.step.kind is StepKind.GET_READY


@pytest.mark.parametrize(("size", "floor_px"), [((1024, 600), 90), ((1280, 800), 120),
                                               ((1366, 768), 120), ((1920, 1080), 120)])
def test_rep_digits_keep_their_floor_while_the_steps_show(
        window: MainWindow, clock: FakeClock, size: tuple[int, int], floor_px: int) -> None:
    """Each exercise's first block, its steps showing: the digits keep the height the README
    promises at that size, and the caption under them reads from the mat too."""
    window.resize(*size)
    window.start_workout()
    counter = window.workout.counter
    steps = window.bridge.session.steps
    firsts = [next(i for i, s in enumerate(steps) if s.kind is StepKind.WORK
                   and s.exercise.id == ex.id) for ex in window.routine.exercises]
    for index in [0, *firsts]:  # the first get-ready, then each exercise at work
        window.bridge.goto(index)
        run_step(window, clock, 0.5)
        settle()
        state = window.bridge.state
        assert state.how_to, state.location  # the steps show, the first time each comes
        digit = QFontMetrics(counter.number_font()).tightBoundingRect("8")
        assert digit.height() >= floor_px, (state.location, digit.height())
        assert counter.height() * 0.14 >= 24  # "of 5 reps"
    assert (window.width(), window.height()) == size  # nothing pushed the window larger
    if size[1] < 720:  # the steps page rather than take the counter's room
        assert window.workout.how_to_pages.pages() > 1


def _dark_outside(image: QImage, keep: QRect) -> int:
    """Dark pixels of ``image`` outside ``keep`` (sampled every third pixel)."""
    return sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if not keep.contains(x, y) and image.pixelColor(x, y).lightness() < 90)


def test_a_paused_workout_shows_it_large_over_a_dimmed_picture(
        qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.resize(1024, 600)
    window.start_workout()
    run_step(window, clock, 6.0)  # at work: the figure moves, drawn dark on its card
    settle()
    workout = window.workout
    veil = workout.paused_veil
    card = workout.picture.geometry()
    words = QRect(0, round(card.height() * 0.25), card.width(), round(card.height() * 0.5))
    assert not veil.isVisible()
    assert _dark_outside(workout.grab(card).toImage(), words) > 20  # the figure, at full ink
    press(qtbot, window, Qt.Key.Key_P)
    settle()
    assert veil.isVisible() and veil.geometry() == card
    assert veil.title == "Paused" and veil.hint == "P resumes"
    # Said there and beside the clock, not a third time: the count keeps its words.
    assert workout.clock.text().startswith("Paused")
    assert "Paused" not in workout.counter.accessibleDescription()
    title = QFontMetrics(veil.title_font())
    assert title.tightBoundingRect("P").height() >= 50  # read from the mat
    assert title.horizontalAdvance(veil.title) < 0.8 * card.width()  # well inside the card
    # Dimmed: nothing dark is left on the card but the words in its middle.
    assert _dark_outside(workout.grab(card).toImage(), words) == 0
    press(qtbot, window, Qt.Key.Key_P)
    assert not veil.isVisible()


def test_fullscreen_and_shortcut_overlay(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F)
    assert window.isFullScreen()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    press(qtbot, window, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert window.overlay.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.overlay.isVisible()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (1920, 1080)])
def test_every_key_of_the_overlay_fits_the_screen(qtbot: QtBot, window: MainWindow,
                                                  size: tuple[int, int], speaking: str) -> None:
    window.overlay.shortcuts = shortcuts()  # the keys in the language spoken
    window.resize(*size)
    press(qtbot, window, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    overlay = window.overlay
    panel, row_h, key_w, type_px = overlay.layout_rows()
    assert QRectF(overlay.rect()).contains(panel)
    assert type_px >= 14  # readable
    text_w = panel.width() - key_w - 2 * row_h
    for key, what in shortcuts():
        assert QFontMetricsF(font(type_px, QFont.Weight.DemiBold)).horizontalAdvance(key) < key_w
        assert QFontMetricsF(font(type_px)).horizontalAdvance(what) <= text_w + 0.5, what


def test_ctrl_q_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_paused_session_runs_no_timer(qtbot: QtBot, window: MainWindow) -> None:
    window.start_workout()
    assert window.bridge.timer.isActive()
    press(qtbot, window, Qt.Key.Key_P)
    assert not window.bridge.timer.isActive()


def test_counting_by_itself_is_the_default_and_a_is_remembered(
        qtbot: QtBot, window: MainWindow) -> None:
    window.start_workout()
    assert window.bridge.session.auto_count
    press(qtbot, window, Qt.Key.Key_A)  # count by key from now on
    assert not window.bridge.session.auto_count
    assert not window.workout.auto_button.isChecked()
    window.back_to_overview()
    window.start_workout()
    assert not window.bridge.session.auto_count  # the next workout counts by key too
    press(qtbot, window, Qt.Key.Key_A)
    window.back_to_overview()
    window.start_workout()
    assert window.bridge.session.auto_count


def test_up_plus_and_minus_change_the_block_and_the_rest(
        qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.start_workout()
    steps = window.bridge.session.steps
    flossing = next(i for i, s in enumerate(steps)
                    if s.kind is StepKind.WORK and s.exercise.id == "nerve_flossing")
    window.bridge.goto(flossing)
    if window.care.symptoms.isVisible():
        press(qtbot, window, Qt.Key.Key_2)
    assert window.bridge.state.goal == 15
    press(qtbot, window, Qt.Key.Key_Plus)
    assert window.bridge.state.goal == 16
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Up)
    assert window.bridge.state.goal == 30
    rest = next(i for i, s in enumerate(steps) if s.kind is StepKind.REST)
    window.bridge.goto(rest)
    before = window.bridge.state.remaining_in_step_s
    press(qtbot, window, Qt.Key.Key_Plus)
    assert window.bridge.state.remaining_in_step_s == before + 10


def test_the_overview_shows_the_routines_own_safety_texts(qtbot: QtBot, routine: Routine,
                                                          bundled_path: Path,
                                                          tmp_path: Path) -> None:
    safety = routine.safety
    own = RoutineSafety(precautions=("Check with your physio first.",),
                        red_flags=("It burns.",), red_flags_mean="Stop.")
    for shown, expected in ((routine, safety), (replace(routine, safety=own), own)):
        settings = Settings(QSettings(str(tmp_path / "o.ini"), QSettings.Format.IniFormat))
        win = MainWindow(shown, bundled_path, clock=FakeClock(), settings=settings,
                         data_folder=tmp_path / "d")
        qtbot.addWidget(win)
        text = win.overview.safety.text()
        assert " ".join(expected.precautions) in text
        assert f"Red flags: {expected.red_flags_line}" in text
    assert "sciatica" not in text  # nothing of the bundled routine's words is built in


def test_rests_show_the_red_flags_and_the_summary_what_to_do_if_symptoms_linger(
        qtbot: QtBot, window: MainWindow, routine: Routine) -> None:
    window.start_workout()
    session = window.bridge.session
    rest = next(i for i, s in enumerate(session.steps) if s.kind is StepKind.REST)
    window.bridge.goto(rest)
    if window.care.symptoms.isVisible():
        press(qtbot, window, Qt.Key.Key_Escape)
    assert window.workout.safety.text() == f"Red flags: {routine.safety.red_flags_line}"
    window.bridge.goto(rest + 2)
    assert window.workout.safety.text() == window.bridge.state.step.exercise.safety
    press(qtbot, window, Qt.Key.Key_E)
    press(qtbot, window, Qt.Key.Key_Return)  # yes, end it here
    for _ in range(6):
        if window.current_screen() is window.summary:
            break
        press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.summary
    assert routine.safety.lingering in window.summary.advice.text()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_the_steps_show_beside_not_over_the_figure_and_counter(
        qtbot: QtBot, window: MainWindow, routine: Routine, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.start_workout()
    settle()  # the heights the texts need follow their widths: a few turns of the loop
    workout = window.workout
    toe = routine.exercises[0]
    assert workout.how_to.isVisible() and not workout.controls.isVisible()
    # The way out stays in sight beside the steps; on a small screen no taller than their
    # title, so the steps keep their lines.
    hurt = workout.steps_hurt_button
    assert hurt.isVisible() and hurt.geometry().right() <= workout.how_to.width()
    if size[1] < 720:
        assert hurt.height() <= workout.how_to_title.fontMetrics().height()
    shown = workout.how_to_columns[0].text() + "\n" + workout.how_to_columns[1].text()
    assert shown.splitlines() == [f"{i}. {s}" for i, s in enumerate(toe.steps, start=1)]
    band = workout.how_to.geometry()
    places = {part: part.geometry().translated(part.parentWidget().mapTo(workout, part.pos())
                                               - part.pos())
              for part in (workout.picture, workout.counter, workout.cue, workout.safety)}
    for part, place in places.items():
        assert not band.intersects(place), part
    assert places[workout.counter].bottom() < places[workout.cue].top()
    if size[1] >= 800:  # the bundled routine's steps are read whole at once: no page to wait
        assert workout.how_to_pages.pages() == 1 and workout.reading.pages() == 1
    else:  # on a small screen they page, to leave the counter its room
        assert workout.how_to_pages.pages() > 1
    press(qtbot, window, Qt.Key.Key_I)
    assert not workout.how_to.isVisible() and workout.controls.isVisible()
    press(qtbot, window, Qt.Key.Key_I)
    assert workout.how_to.isVisible()


@pytest.mark.parametrize("reduced", [False, True])
def test_the_picture_grows_into_the_room_the_steps_leave(
        qtbot: QtBot, window: MainWindow, reduced: bool) -> None:
    window.resize(1280, 800)
    window.start_workout()
    window.bridge.goto(next(i for i, s in enumerate(window.bridge.session.steps)
                            if s.exercise.id == "nerve_flossing" and s.kind is StepKind.WORK))
    press(qtbot, window, Qt.Key.Key_0)  # no symptoms before it
    settle()
    workout = window.workout
    workout.set_reduced_motion(reduced)
    assert workout.how_to.isVisible()

    def side() -> tuple[int, int]:
        """The exercise's name's height and the counter's top: the column beside."""
        return workout.name.height(), workout.counter.mapTo(workout, QPoint()).y()

    with_steps, beside = workout.picture.height(), [side()]
    press(qtbot, window, Qt.Key.Key_I)  # the steps go
    workout.give_way.pause()  # its time driven by hand from here

    def height_at(ms: int) -> int:
        if not reduced:
            workout.give_way.setCurrentTime(ms)
        settle()  # laid out again (the animation, paused, keeps its time)
        beside.append(side())
        return workout.picture.height()

    heights = [height_at(ms) for ms in range(0, workout.give_way.duration() + 16, 16)]
    assert workout.controls.isVisible() and not workout.how_to.isVisible()
    assert heights[-1] > with_steps + 40  # the buttons take less room than the steps did
    if reduced:  # at once
        assert set(heights) == {heights[-1]}
    else:  # the figure grows into it, a little at each frame, instead of jumping...
        assert abs(heights[0] - with_steps) <= 2
        steps = [b - a for a, b in pairwise(heights)]
        assert min(steps) >= 0 and max(steps) <= (heights[-1] - with_steps) / 8
        # ...and the texts beside it follow, a few pixels a frame (the line under the cue
        # opens as the room comes)
        for (name_a, top_a), (name_b, top_b) in pairwise(beside):
            assert abs(name_b - name_a) <= 8 and abs(top_b - top_a) <= 8, beside
    assert workout.detail.isVisible() and workout.detail.height() > 10
    press(qtbot, window, Qt.Key.Key_I)  # back: the steps take their room at once
    settle()
    assert workout.picture.height() == with_steps


def test_the_window_code_brings_no_yaml_parser_to_the_first_paint() -> None:
    """A start from the routine cache parses no YAML: the window's own modules (the routine
    menu included) import the loader only when a file is opened."""
    code = ("import sys, warmup_gui.qt.app, warmup_gui.qt.main_window\n"
            "assert 'yaml' not in sys.modules, 'yaml'\n"
            "assert 'warmup_gui.core.loader' not in sys.modules, 'loader'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-400:]


def test_a_key_pressed_before_the_keys_are_made_still_acts(
        qtbot: QtBot, routine: Routine, bundled_path: Path, clock: FakeClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The keys are made once the overview has painted; one pressed in the moment before
    makes them, and acts."""
    monkeypatch.setattr(MainWindow, "_after_first_paint", lambda self: None)  # not yet
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(routine, bundled_path, clock=clock, settings=settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert "key_actions" not in vars(win)
    press(qtbot, win, Qt.Key.Key_3)
    assert win.overview.rounds == 3
    assert "key_actions" in vars(win)

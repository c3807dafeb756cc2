"""What assistive technology gets from the window: every panel in the tree, buttons on Tab
with a visible focus ring, names, roles and values, announcements, and keys as actions."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Status, StepKind
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow

Text = QAccessible.Text
Role = QAccessible.Role


def tree(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    """Every interface under ``interface`` that assistive technology can reach, itself first."""
    found = [interface]
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and not child.state().invisible:
            found += tree(child)
    return found


def reachable(win: MainWindow) -> list[QWidget]:
    interface = QAccessible.queryAccessibleInterface(win)
    assert interface is not None
    return [i.object() for i in tree(interface)]  # type: ignore[misc]


def accessible(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key) -> None:
    """A key as the user presses it: to the focused widget, else the window."""
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None and win.isAncestorOf(focus) else win, key)


def tab_walk(qtbot: QtBot, win: MainWindow, presses: int) -> list[QWidget]:
    """The widgets Tab reaches, in order."""
    reached: list[QWidget] = []
    for _ in range(presses):
        press(qtbot, win, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None
        reached.append(focus)
    return reached


@pytest.fixture
def win(qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        clock: FakeClock) -> MainWindow:
    return show_window(qtbot, routine, bundled_path, tmp_path, clock=clock)


def to_work(win: MainWindow) -> None:
    """A workout at its first block of reps."""
    win.start_workout()
    steps = win.bridge.session.steps
    win.bridge.goto(next(i for i, s in enumerate(steps) if s.kind is StepKind.WORK))
    win.care.symptoms.close_panel()


@pytest.mark.gui
def test_every_panel_over_the_workout_is_in_the_accessibility_tree(win: MainWindow) -> None:
    to_work(win)
    win.care.this_hurts()
    assert win.care.pain.isVisible()
    objects = reachable(win)
    assert win.care.pain in objects
    assert all(button in objects for button in win.care.pain.choice_buttons.values()
               if button.isVisible())
    assert accessible(win.care.pain).text(Text.Name) == win.care.pain.headline.text()
    win.care.pain.close_panel()
    win.care.symptoms.open("Before", "")
    assert win.care.symptoms in reachable(win)
    assert "How strong are your symptoms" in accessible(win.care.symptoms).text(Text.Name)
    win.care.symptoms.close_panel()
    win.care.rating.open("x", "The drill")
    assert win.care.rating.note in reachable(win)
    win.care.rating.close_panel()
    win.overlay.toggle()
    assert win.overlay in reachable(win)
    keys = accessible(win.overlay)
    assert keys.text(Text.Name) == "Keys"
    assert "Space  /  Backspace: Count a rep" in keys.text(Text.Description)
    assert QApplication.focusWidget() is win.overlay


@pytest.mark.gui
def test_tab_reaches_the_workout_buttons_left_to_right_and_space_still_counts(
        qtbot: QtBot, win: MainWindow) -> None:
    to_work(win)
    if win.workout.how_to.isVisible():
        press(qtbot, win, Qt.Key.Key_I)  # the steps give the buttons back
    w = win.workout
    order = [w.hurt_button, w.how_to_button, w.back_button, w.pause_button, w.count_button,
             w.auto_button, w.next_button]
    reached = tab_walk(qtbot, win, 12)
    buttons = [widget for widget in reached if widget in order]
    assert buttons[:len(order)] == order
    # Focus on Pause: Space counts a rep all the same, Enter presses Pause.
    while QApplication.focusWidget() is not w.pause_button:
        press(qtbot, win, Qt.Key.Key_Tab)
    reps = win.bridge.state.reps
    press(qtbot, win, Qt.Key.Key_Space)
    assert win.bridge.state.reps == reps + 1
    assert win.bridge.session.status is Status.RUNNING
    press(qtbot, win, Qt.Key.Key_Return)
    assert win.bridge.session.status is Status.PAUSED
    assert win.bridge.state.reps == reps + 1


@pytest.mark.gui
def test_a_click_leaves_no_focus_on_a_button(qtbot: QtBot, win: MainWindow) -> None:
    to_work(win)
    qtbot.mouseClick(win.workout.pause_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is not win.workout.pause_button
    press(qtbot, win, Qt.Key.Key_Return)  # Enter does nothing on the workout screen
    assert win.bridge.session.status is Status.PAUSED


@pytest.mark.gui
def test_tab_stays_in_an_open_panel_and_enter_or_space_answers(
        qtbot: QtBot, win: MainWindow) -> None:
    to_work(win)
    press(qtbot, win, Qt.Key.Key_H)
    pain = win.care.pain
    shown = [b for b in pain.choice_buttons.values() if b.isVisible()]
    reached = tab_walk(qtbot, win, len(shown) + 1)
    assert set(reached[:len(shown)]) == set(shown)
    assert reached[len(shown)] is reached[0]  # round again, never behind the panel
    focused = reached[len(shown)]
    assert isinstance(focused, QPushButton)
    chosen: list[str] = []
    pain.choice_made.connect(chosen.append)
    press(qtbot, win, Qt.Key.Key_Space)  # Space counts no rep while a question is open
    assert chosen and not pain.isVisible()


@pytest.mark.gui
def test_enter_presses_a_focused_button_on_the_overview_and_space_too(
        qtbot: QtBot, win: MainWindow) -> None:
    rounds = win.overview.round_buttons
    reached = tab_walk(qtbot, win, 6)
    chosen = rounds.checkedButton()
    # One stop for a group of choices, the chosen one, as Qt does; then Start.
    assert reached.index(win.overview.start_button) == reached.index(chosen) + 1
    while QApplication.focusWidget() is not chosen:
        press(qtbot, win, Qt.Key.Key_Tab)
    first = rounds.checkedId()
    press(qtbot, win, Qt.Key.Key_Right)  # the next choice, chosen and focused
    ids = sorted(rounds.id(button) for button in rounds.buttons())
    assert rounds.checkedId() == ids[(ids.index(first) + 1) % len(ids)]
    assert QApplication.focusWidget() is rounds.checkedButton()
    press(qtbot, win, Qt.Key.Key_Left)
    assert rounds.checkedId() == first
    press(qtbot, win, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.overview.start_button
    press(qtbot, win, Qt.Key.Key_Space)  # Space presses Start here: no rep to count
    assert win.current_screen() is not win.overview


@pytest.mark.gui
def test_a_focused_button_shows_a_ring(qtbot: QtBot, win: MainWindow) -> None:
    to_work(win)
    if win.workout.how_to.isVisible():
        press(qtbot, win, Qt.Key.Key_I)
    button = win.workout.pause_button
    plain = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert button.hasFocus()
    ringed = button.grab().toImage()
    assert plain.size() == ringed.size()
    edge = [(x, 1) for x in range(10, plain.width() - 10)]
    changed = sum(1 for x, y in edge if plain.pixelColor(x, y) != ringed.pixelColor(x, y))
    assert changed > len(edge) * 0.8  # the border is another colour and thicker


@pytest.mark.gui
def test_the_counter_strip_pacer_and_caption_say_what_they_show(
        qtbot: QtBot, win: MainWindow) -> None:
    to_work(win)
    w = win.workout
    counter = accessible(w.counter)
    assert counter.role() is Role.ProgressBar
    assert counter.text(Text.Name) == "Reps"
    press(qtbot, win, Qt.Key.Key_Space)
    press(qtbot, win, Qt.Key.Key_Space)
    values = counter.valueInterface()
    assert values is not None
    state = win.bridge.state
    assert (values.currentValue(), values.maximumValue()) == (2, state.goal)
    assert counter.text(Text.Description).startswith(f"2 of {state.goal}")
    strip = accessible(w.strip)
    assert strip.role() is Role.ProgressBar
    strip_values = strip.valueInterface()
    assert strip_values is not None
    blocks = sum(1 for s in win.bridge.session.steps if s.kind is StepKind.WORK)
    assert (strip_values.currentValue(), strip_values.maximumValue()) == (0, blocks)
    w.caption.set_text("Heels on the ramp")
    assert accessible(w.caption).text(Text.Name) == "Heels on the ramp"
    rest = next(i for i, s in enumerate(win.bridge.session.steps) if s.kind is StepKind.REST)
    win.bridge.goto(rest)
    assert strip_values.currentValue() > 0
    assert counter.text(Text.Name) == "Rest: seconds left"
    assert values.currentValue() == int(win.bridge.session.steps[rest].duration_s)


@pytest.mark.gui
def test_the_pacer_says_its_phase_and_seconds_and_each_phase_is_announced(
        qtbot: QtBot, win: MainWindow, clock: FakeClock) -> None:
    to_work(win)
    breathing = next(i for i, s in enumerate(win.bridge.session.steps)
                     if s.kind is StepKind.WORK and s.exercise.breath is not None)
    said: list[str] = []
    win.workout.announcer.announced.connect(said.append)
    win.bridge.goto(breathing)
    for _ in range(400):  # on to the first breath
        if win.bridge.state.breath is not None:
            break
        clock.advance(0.1)
        win.bridge.tick()
    point = win.bridge.state.breath
    assert point is not None
    description = accessible(win.workout.pacer).text(Text.Description)
    assert description.startswith(point.word + ", ")
    assert description.endswith(" s left")
    assert said[-1] == point.word  # each phase is announced as it begins


@pytest.mark.gui
def test_reps_phases_sides_and_rests_are_announced(
        qtbot: QtBot, win: MainWindow, clock: FakeClock) -> None:
    to_work(win)
    said: list[str] = []
    win.workout.announcer.announced.connect(said.append)
    if win.bridge.session.auto_count:
        win.bridge.set_auto_count(False)
    press(qtbot, win, Qt.Key.Key_Space)
    assert said[-1] == f"Rep 1 of {win.bridge.state.goal}"
    press(qtbot, win, Qt.Key.Key_P)
    assert said[-1] == "Paused"
    press(qtbot, win, Qt.Key.Key_P)
    assert said[-1] == "Resumed"
    steps = win.bridge.session.steps
    work = [i for i, s in enumerate(steps) if s.kind is StepKind.WORK]
    first, second = next((a, b) for a, b in pairwise(work)
                         if steps[a].side is not None and steps[b].side is not None
                         and steps[a].side != steps[b].side and steps[a].set == steps[b].set)
    win.bridge.goto(first)
    heard = len(said)
    for index in range(first + 1, second + 1):  # on through the countdown between the sides
        win.bridge.goto(index)
    assert any(text.startswith("Switch sides") for text in said[heard:])
    rest = next(i for i, s in enumerate(steps) if s.kind is StepKind.REST)
    win.bridge.goto(rest)
    assert said[-1].startswith("Rest ")


@pytest.mark.gui
def test_menu_keys_are_action_shortcuts_that_work_with_the_menu_bar_hidden(
        qtbot: QtBot, win: MainWindow) -> None:
    entries = [a for menu in win.menuBar().findChildren(type(win.menuBar().actions()[0].menu()))
               for a in menu.actions()]
    assert entries
    assert all("\t" not in a.text() for a in entries)
    by_text = {a.text(): a.shortcut() for a in entries}
    assert by_text["History"] == QKeySequence("L")
    assert by_text["Quit"] == QKeySequence("Ctrl+Q")
    assert by_text["Mute"] == QKeySequence("M")
    win.menuBar().hide()
    press(qtbot, win, Qt.Key.Key_L)
    assert win.current_screen() is win.history

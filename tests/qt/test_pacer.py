"""The breathing pacer: driven by the session's fake clock or the animation's own time."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from warmup_gui.core.breathing import PRESETS, BreathPhase, phases
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import RepPhase, StepKind
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import AUTO_COUNT
from warmup_gui.qt.widgets.pacer import PacerAnimation, PacerWidget


@pytest.fixture
def window(qtbot: QtBot, routine: Routine, bundled_path: Path, clock: FakeClock) -> MainWindow:
    win = MainWindow(routine, bundled_path, clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


# Each toe touch rep starts with a breath in at the top, arms up, before the fold.
TOP_S = 4.0


def advance(win: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    win.bridge.tick()


def test_toe_touch_rep_goes_down_breathes_and_comes_up(window: MainWindow,
                                                       clock: FakeClock) -> None:
    window.start_workout()
    advance(window, clock, 5.0)  # get ready
    pacer = window.workout.pacer
    assert window.bridge.state.step.kind is StepKind.WORK
    assert window.bridge.state.rep_phase is RepPhase.TOP
    advance(window, clock, TOP_S)
    advance(window, clock, 1.5)  # halfway down (tempo 6 s: 3 s down)
    assert window.bridge.state.rep_phase is RepPhase.OUT
    assert not pacer.isVisible()
    seen = []
    for _ in range(120):  # to 13.5 s into the rep: 1.5 s more down, 10 s breathing, 0.5 s up
        advance(window, clock, 0.1)
        if pacer.isVisible() and (not seen or seen[-1] != pacer.phase_text()):
            seen.append(pacer.phase_text())
    assert seen == ["Breathe in", "Breathe out"]
    assert window.bridge.state.rep_phase is RepPhase.BACK
    assert not pacer.isVisible()
    assert window.workout.cue.text() == "Keep the squeeze and roll up slowly"


def test_auto_count_counts_the_rep_when_the_pacer_and_the_rise_end(window: MainWindow,
                                                                   clock: FakeClock) -> None:
    window.start_workout()
    window.bridge.set_auto_count(True)
    advance(window, clock, 5.0 + TOP_S)
    advance(window, clock, 15.9)  # 3 s down + 10 s breathing + most of the 3 s up
    assert window.bridge.state.reps == 0
    advance(window, clock, 0.2)
    assert window.bridge.state.reps == 1


def test_pause_freezes_the_pacer_mid_breath(window: MainWindow, clock: FakeClock) -> None:
    window.start_workout()
    advance(window, clock, 5.0 + TOP_S + 3.0 + 2.0)  # two seconds into the inhale
    point = window.workout.pacer.point
    assert point is not None and point.phase is BreathPhase.INHALE
    window.bridge.toggle_pause()
    assert not window.bridge.timer.isActive()
    assert window.workout.pacer.paused  # its words say so
    advance(window, clock, 30.0)
    assert window.workout.pacer.point == point
    window.bridge.toggle_pause()
    assert not window.workout.pacer.paused
    advance(window, clock, 1.0)
    later = window.workout.pacer.point
    assert later is not None and later.phase is BreathPhase.INHALE
    assert later.phase_remaining_s == pytest.approx(point.phase_remaining_s - 1.0)


def test_hidden_window_sleeps_until_the_next_due_event(window: MainWindow,
                                                       clock: FakeClock) -> None:
    window.settings.set(AUTO_COUNT, False)  # counted by key
    window.start_workout()
    assert window.bridge.timer.interval() == 100  # countdown ticks while visible
    window.hide()
    assert window.bridge.timer.isActive()
    assert window.bridge.timer.interval() == 2001  # wakes for the "3" of the countdown
    advance(window, clock, 2.0)
    assert window.bridge.timer.interval() == 1001  # then once a second: 2, 1, go
    advance(window, clock, 3.0)  # manual counting: wakes as the rep's phases change
    assert window.bridge.timer.interval() == 4001  # the breath in at the top takes 4 s
    advance(window, clock, TOP_S)
    assert window.bridge.timer.interval() == 3001  # down the fold takes 3 s
    advance(window, clock, 3.0)
    assert window.bridge.timer.interval() == 4001  # breathe in 4 s
    advance(window, clock, 4.0 + 6.0 + 3.0)  # breathe out, come up: the figure goes on
    assert window.bridge.timer.interval() == 4001  # up again, however long the key waits
    window.show()
    window.bridge.count_rep()
    assert window.bridge.timer.isActive()
    assert window.bridge.timer.interval() == 16


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_animation_time_drives_each_preset(qtbot: QtBot, name: str) -> None:
    pattern = replace(PRESETS[name], cycles=2)
    pacer = PacerWidget()
    qtbot.addWidget(pacer)
    pacer.show()
    animation = PacerAnimation(pacer, pattern)
    assert animation.duration() == round(pattern.duration_s * 1000)
    t = 0.0
    for cycle in range(2):
        for phase, length in phases(pattern):
            animation.setCurrentTime(round((t + length / 2) * 1000))
            point = pacer.point
            assert point is not None
            assert (point.phase, point.cycle) == (phase, cycle)
            assert point.phase_remaining_s == pytest.approx(length / 2, abs=0.001)
            t += length


def test_animation_pauses_while_the_pacer_is_hidden(qtbot: QtBot) -> None:
    pacer = PacerWidget()
    qtbot.addWidget(pacer)
    pacer.show()
    animation = PacerAnimation(pacer, PRESETS["4-6"])
    animation.start()
    assert animation.state() is PacerAnimation.State.Running
    pacer.hide()
    assert animation.state() is PacerAnimation.State.Paused
    pacer.show()
    assert animation.state() is PacerAnimation.State.Running
    animation.stop()


def test_reduced_motion_draws_a_bar_instead_of_the_shape(qtbot: QtBot) -> None:
    pacer = PacerWidget()
    qtbot.addWidget(pacer)
    pacer.resize(400, 300)
    pacer.show()
    animation = PacerAnimation(pacer, PRESETS["4-6"])
    images = []
    for reduced in (False, True):
        pacer.set_reduced_motion(reduced)
        animation.setCurrentTime(1000)
        inhale = pacer.grab().toImage()
        animation.setCurrentTime(3000)
        images.append((inhale, pacer.grab().toImage()))
    (shape_early, shape_late), (bar_early, bar_late) = images
    assert shape_early != shape_late  # the shape grew
    assert bar_early != bar_late  # the bar filled
    assert shape_late != bar_late
    # The bar sits in a thin band: the top of the picture stays empty in reduced motion.
    top_row = [bar_late.pixelColor(x, 40) for x in range(0, 400, 10)]
    assert len({c.name() for c in top_row}) == 1
    shape_mid = {shape_late.pixelColor(x, 120).name() for x in range(0, 400, 10)}
    assert len(shape_mid) > 1

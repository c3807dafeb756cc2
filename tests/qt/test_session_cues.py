"""Cues in the window: captions for every spoken cue, mute, flashes, and the screen kept awake."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import Settings


class FakeAwake:
    """Stands in for the D-Bus screen-saver inhibitor."""

    def __init__(self) -> None:
        self.held = False
        self.calls: list[str] = []

    def hold(self, reason: str) -> None:
        self.held = True
        self.calls.append("hold")

    def release(self) -> None:
        if self.held:
            self.calls.append("release")
        self.held = False


@pytest.fixture
def window(qtbot: QtBot, routine: Routine, bundled_path: Path, clock: FakeClock,
           tmp_path: Path) -> MainWindow:
    # No audio device here; captions and flashes still work.
    return show_window(qtbot, routine, bundled_path, tmp_path, clock=clock, sound=False)


def advance(win: MainWindow, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        win.bridge.tick()


def test_spoken_cues_appear_as_captions(window: MainWindow, clock: FakeClock) -> None:
    window.start_workout()
    assert window.workout.caption.text() == "Toe Touch Progression. Toes on the ramp"
    advance(window, clock, 5.0)
    assert window.workout.caption.text() == "Go"
    advance(window, clock, 4.0 + 3.5)  # breath in at the top, the fold, breathing at the bottom
    assert window.workout.caption.text() == "Breathe in"
    advance(window, clock, 4.0)
    assert window.workout.caption.text() == "Breathe out"


def test_m_mutes_and_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.start_workout()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.cues.player.muted
    assert window.workout.caption.text() == "Muted · M"
    assert window.mute_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert not window.cues.player.muted


def test_flashes_only_when_asked_for(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.start_workout()
    advance(window, clock, 5.0)
    assert not window.workout.flasher.isVisible()
    window.cues.set_flash(True)
    with qtbot.waitSignal(window.cues.flash_requested):
        advance(window, clock, 4.0 + 3.5)  # the first breathing phase chimes
    assert window.workout.flasher.isVisible()
    window.workout.flasher.animation.setCurrentTime(400)  # past the fade: gone again
    assert not window.workout.flasher.isVisible()


def test_screen_stays_awake_only_while_running(qtbot: QtBot, window: MainWindow) -> None:
    fake = FakeAwake()
    window.cues.awake = fake  # type: ignore[assignment]
    window.start_workout()
    assert fake.held
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert not fake.held
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert fake.held
    window.close()
    assert fake.calls == ["hold", "release", "hold", "release"]


def test_cue_choices_are_remembered(window: MainWindow, tmp_path: Path) -> None:
    window.cues.set_voice(True)
    window.cues.set_flash(True)
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert (again.voice_on, again.flash_on, again.sound_on) == (True, True, False)

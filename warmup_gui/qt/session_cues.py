"""SessionCues: what the session sounds like, and keeping the screen awake while it runs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from warmup_gui.core.cues import cues_between
from warmup_gui.core.engine import SessionState, Status
from warmup_gui.core.words import Words
from warmup_gui.qt.bridge import SessionBridge
from warmup_gui.qt.cue_player import CuePlayer
from warmup_gui.qt.screen_awake import ScreenAwake
from warmup_gui.qt.settings import Settings

SessionCueWords = Words("SessionCueWords")


class SessionCues(QObject):
    """Turns each change of session state into ticks, chimes, speech and captions (through
    a CuePlayer), flashes when the setting asks for them, and holds the screen awake while
    the session runs. The sound, voice and flash choices are remembered in Settings."""

    caption_changed = Signal(str)
    flash_requested = Signal()
    problem_changed = Signal(str)  # what cannot be heard here ("" when all can)

    def __init__(self, bridge: SessionBridge, settings: Settings,
                 player: CuePlayer | None = None, awake: ScreenAwake | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.player = player or CuePlayer(self, sound_on=settings.sound_on,
                                          voice_on=settings.voice_on)
        self.awake = awake or ScreenAwake(self)
        self._last: SessionState | None = None
        self._running = False  # asked the screen to stay awake (asked once per change)
        bridge.state_changed.connect(self._on_state_changed)
        self.player.caption_changed.connect(self.caption_changed)
        self.player.flash_requested.connect(self._on_flash)
        self.player.problem_changed.connect(self.problem_changed)

    def reset(self) -> None:
        """A new session begins: nothing before it calls for a cue; what cannot be heard
        here is found out now, not at the first missed cue."""
        self._last = None
        self.problem_changed.emit(self.player.check())

    def set_sound(self, on: bool) -> None:
        self.settings.sound_on = on
        self.player.set_sound(on)

    def set_voice(self, on: bool) -> None:
        self.settings.voice_on = on
        self.player.set_voice(on)

    def set_flash(self, on: bool) -> None:
        self.settings.flash_on = on

    def toggle_mute(self) -> bool:
        return self.player.toggle_mute()

    def stop(self) -> None:
        self.player.stop_speech()
        self._running = False
        self.awake.release()

    def _on_state_changed(self, state: SessionState) -> None:
        last, self._last = self._last, state
        cues = cues_between(last, state)
        if cues:
            self.player.play(cues)
        running = state.status is Status.RUNNING
        if running != self._running:
            self._running = running
            if running:
                self.awake.hold(SessionCueWords.tr("A warm-up is running"))
            else:
                self.awake.release()

    def _on_flash(self) -> None:
        if self.settings.flash_on:
            self.flash_requested.emit()

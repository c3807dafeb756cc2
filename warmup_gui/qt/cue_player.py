"""CuePlayer: turns the cues of warmup_gui.core.cues into sounds, speech, captions and flashes.

The window feeds it what :func:`~warmup_gui.core.cues.cues_between` returns for each new
session state. Every cue's text goes out as ``caption_changed`` (also when muted, or when no
sound or speech works on this machine), ticks and chimes ask for a flash, and then, if sound
and voice are on and not muted:

* TICK and CHIME play ``assets/sounds/tick.wav`` / ``chime.wav`` through QSoundEffect;
* SPEECH goes to QTextToSpeech. A new announcement cuts off one still being spoken, so speech
  never lags behind the workout; several in one :meth:`CuePlayer.play` call are queued.

Nothing here may stop the app: QtMultimedia and QtTextToSpeech are imported only when first
needed and inside ``try`` (they need libpulse0), an engine that fails to load (speechd without
libspeechd, a bogus name) or a sound effect without an audio device just stays silent, and the
reason is kept in ``voice_error`` / ``sound_error``. Nothing waits: QSoundEffect and
QTextToSpeech both work asynchronously.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from warmup_gui.core.assets import SOUNDS_DIR
from warmup_gui.core.cues import Cue, CueKind
from warmup_gui.core.words import Words

CuePlayerWords = Words("CuePlayerWords")

SOUND_FILES = {CueKind.TICK: "tick.wav", CueKind.CHIME: "chime.wav"}
MOCK_ENGINE = "mock"  # Qt's silent test engine: never picked unless asked for by name


class CuePlayer(QObject):
    """Plays cues; owned by the window, which connects the signals and the settings.

    ``engine`` names the QTextToSpeech engine to use (tests pass "mock"); None picks the first
    real engine Qt offers. ``sound_on`` / ``voice_on`` are the user's settings (SOUND_ON,
    VOICE_ON); ``muted`` is a quick, unsaved switch over both.
    """

    caption_changed = Signal(str)  # the text of every cue, sound or speech alike
    flash_requested = Signal()  # a tick or a chime: the window flashes if flashes are on
    muted_changed = Signal(bool)
    spoken = Signal(str)  # text handed to the speech engine
    voice_failed = Signal(str)  # the speech engine could not be used; the reason
    problem_changed = Signal(str)  # what cannot be heard here, in words (see ``problem``)

    def __init__(self, parent: QObject | None = None, *, engine: str | None = None,
                 sound_on: bool = True, voice_on: bool = False,
                 sounds_dir: Path = SOUNDS_DIR, volume: float = 1.0) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._sound_on = sound_on
        self._voice_on = voice_on
        self._muted = False
        self._sounds_dir = sounds_dir
        self._volume = volume
        self._effects: dict[CueKind, Any] | None = None  # made on the first sound
        self._speech: Any = None
        self._speech_tried = False
        self.sound_error = ""
        self.voice_error = ""
        if voice_on:
            self._ensure_speech()

    # --- settings ---------------------------------------------------------------------------
    @property
    def sound_on(self) -> bool:
        return self._sound_on

    def set_sound(self, on: bool) -> None:
        self._sound_on = on
        if not on:
            self._stop_sounds()
        self.problem_changed.emit(self.problem())

    @property
    def voice_on(self) -> bool:
        return self._voice_on

    def set_voice(self, on: bool) -> None:
        self._voice_on = on
        if on:
            self._ensure_speech()
        else:
            self.stop_speech()
        self.problem_changed.emit(self.problem())

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, on: bool) -> None:
        if on == self._muted:
            return
        self._muted = on
        if on:
            self._stop_sounds()
            self.stop_speech()
        self.muted_changed.emit(on)

    def toggle_mute(self) -> bool:
        """Mute or unmute; returns whether it is muted now."""
        self.set_muted(not self._muted)
        return self._muted

    # --- what works here --------------------------------------------------------------------
    def problem(self) -> str:
        """What a runner cannot hear here, in words for the screen; "" when every cue that is
        switched on can play (muting is a choice, not a problem)."""
        sounds = self._sound_on and self.sound_error
        voice = self._voice_on and self.voice_error
        if sounds and voice:
            return CuePlayerWords.tr("No sounds or voice: captions")
        if sounds:
            return CuePlayerWords.tr("No sounds: captions")
        if voice:
            return CuePlayerWords.tr("No voice: captions")
        return ""

    def check(self) -> str:
        """Load the sounds and the voice now (a workout is starting), so a missing audio
        output or speech engine shows before the first cue is missed; the problem, if any."""
        if self._sound_on:
            self._load_effects()
            try:
                from PySide6.QtMultimedia import QMediaDevices
            except ImportError:
                pass  # said by _load_effects already
            else:
                if not QMediaDevices.audioOutputs():
                    self._fail_sound("no audio output")
        if self._voice_on:
            self._ensure_speech()
        return self.problem()

    @property
    def voice_available(self) -> bool:
        """A speech engine is loaded and not in error."""
        return self._speech is not None

    @property
    def engine(self) -> str:
        """The speech engine in use, or "" when there is none."""
        return str(self._speech.engine()) if self._speech is not None else ""

    @property
    def speech(self) -> Any:
        """The QTextToSpeech in use, or None (for diagnostics and tests)."""
        return self._speech

    @property
    def sound_effects(self) -> dict[CueKind, Any]:
        """The QSoundEffect for each sound, once the first sound asked for them."""
        return dict(self._effects or {})

    # --- playing ----------------------------------------------------------------------------
    def play(self, cues: Iterable[Cue]) -> None:
        first_speech = True
        for cue in cues:
            if cue.text:
                self.caption_changed.emit(cue.text)
            if cue.kind is CueKind.SPEECH:
                if cue.text and self._voice_on and not self._muted:
                    self._say(cue.text, interrupt=first_speech)
                    first_speech = False
            else:
                self.flash_requested.emit()
                if self._sound_on and not self._muted:
                    self._play_sound(cue.kind)

    def stop_speech(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    # --- sound ------------------------------------------------------------------------------
    def _play_sound(self, kind: CueKind) -> None:
        effect = self._load_effects().get(kind)
        if effect is None:
            return
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() in (QSoundEffect.Status.Error, QSoundEffect.Status.Null):
            return  # no audio device, or a file it cannot play: silent
        effect.play()

    def _load_effects(self) -> dict[CueKind, Any]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:  # libpulse0 missing, or a Qt without QtMultimedia
            self._fail_sound(f"no QtMultimedia: {exc}")
            return self._effects
        for kind, name in SOUND_FILES.items():
            path = self._sounds_dir / name
            if not path.is_file():
                self._fail_sound(f"missing sound file: {path}")
                continue
            effect = QSoundEffect(self)
            effect.statusChanged.connect(self._on_effect_status_changed)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume)
            self._effects[kind] = effect
        return self._effects

    def _on_effect_status_changed(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        for effect in (self._effects or {}).values():
            if effect.status() is QSoundEffect.Status.Error:
                self._fail_sound(f"cannot play {effect.source().toLocalFile()}")

    def _fail_sound(self, reason: str) -> None:
        if reason != self.sound_error:
            self.sound_error = reason
            self.problem_changed.emit(self.problem())

    def _stop_sounds(self) -> None:
        for effect in (self._effects or {}).values():
            effect.stop()

    # --- speech -----------------------------------------------------------------------------
    def _say(self, text: str, interrupt: bool) -> None:
        speech = self._ensure_speech()
        if speech is None:
            return
        if interrupt:
            speech.stop()  # cut off what is still being said: it is already out of date
            speech.say(text)
        else:
            speech.enqueue(text)
        self.spoken.emit(text)

    def _ensure_speech(self) -> Any:
        """The speech engine, made on first need; None (and voice_error) if none works."""
        if self._speech_tried:
            return self._speech
        self._speech_tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # libpulse0 missing, or a Qt without QtTextToSpeech
            self._fail_voice(f"no QtTextToSpeech: {exc}")
            return None
        if self._engine_name is not None:
            names = [self._engine_name]
        else:
            names = [n for n in QTextToSpeech.availableEngines() if n != MOCK_ENGINE]
        errors = []
        for name in names:
            speech = QTextToSpeech(name, self)
            if speech.state() is QTextToSpeech.State.Error:
                errors.append(f"{name}: {speech.errorString() or speech.errorReason().name}")
                speech.deleteLater()
                continue
            speech.stateChanged.connect(self._on_speech_state_changed)
            _speak_the_app_language(speech)
            self._speech = speech
            self.voice_error = ""
            return speech
        self._fail_voice("; ".join(errors) or "no text-to-speech engine")
        return None

    def _on_speech_state_changed(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        speech = self._speech
        if state is QTextToSpeech.State.Error and speech is not None:
            # An engine that fails after loading (its daemon went away) goes quiet for good.
            self._speech = None
            speech.deleteLater()
            self._fail_voice(f"{speech.engine()}: {speech.errorString()}")

    def _fail_voice(self, reason: str) -> None:
        self.voice_error = reason
        self.voice_failed.emit(reason)
        self.problem_changed.emit(self.problem())


def _speak_the_app_language(speech: Any) -> None:
    """A voice for the language the words are in (WARMUP_LANG may differ from the system's),
    where the engine has one."""
    from PySide6.QtCore import QLocale

    from warmup_gui.qt import language

    wanted = QLocale(language.current()).language()
    for locale in speech.availableLocales():
        if locale.language() is wanted:
            speech.setLocale(locale)
            return

"""CuePlayer: captions and flashes always; speech through Qt's 'mock' engine; silence when
there is no engine, no audio device or no sound file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from warmup_gui.core.assets import SOUNDS_DIR
from warmup_gui.core.cues import Cue, CueKind
from warmup_gui.qt.cue_player import CuePlayer

State = QTextToSpeech.State

MIXED = [
    Cue(CueKind.TICK, "3 done"),
    Cue(CueKind.CHIME, "Breathe in"),
    Cue(CueKind.SPEECH, "Breathe in"),
    Cue(CueKind.CHIME, "Go"),
]


@pytest.fixture
def player(qtbot: QtBot) -> Iterator[CuePlayer]:
    cue_player = CuePlayer(engine="mock", voice_on=True, sound_on=False)
    yield cue_player
    cue_player.stop_speech()
    cue_player.deleteLater()


def record_speech(qtbot: QtBot, player: CuePlayer) -> tuple[list[State], list[str]]:
    """The mock engine's state changes and the words it says, from now on."""
    assert player.speech is not None
    states: list[State] = []
    words: list[str] = []
    player.speech.stateChanged.connect(states.append)
    player.speech.sayingWord.connect(lambda word, *_: words.append(word))
    return states, words


def test_speech_goes_through_the_mock_engine(qtbot: QtBot, player: CuePlayer) -> None:
    assert player.voice_available and player.engine == "mock" and player.voice_error == ""
    states, words = record_speech(qtbot, player)
    with qtbot.waitSignal(player.spoken) as blocker:
        player.play([Cue(CueKind.SPEECH, "Breathe out")])
    assert blocker.args == ["Breathe out"]
    qtbot.waitUntil(lambda: State.Ready in states, timeout=5000)
    assert states == [State.Speaking, State.Ready]
    assert words == ["Breathe", "out"]


def test_a_new_announcement_cuts_off_the_one_still_speaking(qtbot: QtBot,
                                                            player: CuePlayer) -> None:
    _, words = record_speech(qtbot, player)
    player.play([Cue(CueKind.SPEECH, "Toe Touch Progression. Toes on the ramp")])
    qtbot.waitUntil(lambda: words == ["Toe"], timeout=5000)
    player.play([Cue(CueKind.SPEECH, "Breathe in")])
    qtbot.waitUntil(lambda: words[-2:] == ["Breathe", "in"], timeout=5000)
    qtbot.waitUntil(lambda: player.speech.state() is State.Ready, timeout=5000)
    assert "ramp" not in words  # the old announcement never finished
    assert words[0] == "Toe"


def test_announcements_given_together_are_all_said_in_order(qtbot: QtBot,
                                                            player: CuePlayer) -> None:
    _, words = record_speech(qtbot, player)
    player.play([Cue(CueKind.SPEECH, "Breathe in"), Cue(CueKind.SPEECH, "Hold")])
    qtbot.waitUntil(lambda: words == ["Breathe", "in", "Hold"], timeout=5000)
    qtbot.waitUntil(lambda: player.speech.state() is State.Ready, timeout=5000)
    assert words == ["Breathe", "in", "Hold"]


def test_every_cue_gives_a_caption_and_ticks_and_chimes_a_flash_even_when_muted(
        qtbot: QtBot, player: CuePlayer) -> None:
    states, _ = record_speech(qtbot, player)
    player.set_muted(True)
    captions: list[str] = []
    flashes: list[bool] = []
    player.caption_changed.connect(captions.append)
    player.flash_requested.connect(lambda: flashes.append(True))
    with qtbot.assertNotEmitted(player.spoken):
        player.play(MIXED)
    assert captions == ["3 done", "Breathe in", "Breathe in", "Go"]
    assert len(flashes) == 3
    # The mock starts speaking inside say(), so silence shows at once.
    assert states == [] and player.speech.state() is State.Ready


def test_voice_off_says_nothing_but_still_captions(qtbot: QtBot, player: CuePlayer) -> None:
    states, _ = record_speech(qtbot, player)
    player.set_voice(False)
    with qtbot.waitSignal(player.caption_changed) as blocker, \
            qtbot.assertNotEmitted(player.spoken):
        player.play([Cue(CueKind.SPEECH, "Rest 30 seconds")])
    assert blocker.args == ["Rest 30 seconds"]
    assert states == []
    player.set_voice(True)
    with qtbot.waitSignal(player.spoken):
        player.play([Cue(CueKind.SPEECH, "Rest 30 seconds")])


def test_toggle_mute(qtbot: QtBot, player: CuePlayer) -> None:
    assert not player.muted
    with qtbot.waitSignal(player.muted_changed) as blocker:
        assert player.toggle_mute() is True
    assert blocker.args == [True] and player.muted
    with qtbot.assertNotEmitted(player.spoken):
        player.play([Cue(CueKind.SPEECH, "Go")])
    with qtbot.waitSignal(player.muted_changed) as blocker:
        assert player.toggle_mute() is False
    assert blocker.args == [False] and not player.muted
    with qtbot.waitSignal(player.spoken):
        player.play([Cue(CueKind.SPEECH, "Go")])
    with qtbot.assertNotEmitted(player.muted_changed):
        player.set_muted(False)  # already unmuted: no change to tell


def test_muting_cuts_off_speech(qtbot: QtBot, player: CuePlayer) -> None:
    _, words = record_speech(qtbot, player)
    player.play([Cue(CueKind.SPEECH, "Toe Touch Progression. Toes on the ramp")])
    assert player.speech.state() is State.Speaking
    player.set_muted(True)
    assert player.speech.state() is State.Ready
    assert "ramp" not in words


def test_a_bogus_engine_stays_silent_and_raises_nothing(qtbot: QtBot) -> None:
    player = CuePlayer(engine="no-such-engine", voice_on=True, sound_on=False)
    assert not player.voice_available and player.speech is None and player.engine == ""
    assert player.voice_error.startswith("no-such-engine:")
    captions: list[str] = []
    player.caption_changed.connect(captions.append)
    with qtbot.assertNotEmitted(player.spoken):
        player.play([Cue(CueKind.SPEECH, "Warm-up done")])
    assert captions == ["Warm-up done"]
    player.set_voice(True)  # trying again is quiet too
    assert player.speech is None


def test_without_a_real_engine_the_mock_is_never_picked(qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    player = CuePlayer(voice_on=True, sound_on=False)
    assert player.speech is None and player.voice_error == "no text-to-speech engine"


def test_the_default_engine_is_a_real_one_or_none(qtbot: QtBot) -> None:
    # On this machine speechd is offered but fails to load: the player must notice and be quiet.
    failures: list[str] = []
    player = CuePlayer(sound_on=False)
    player.voice_failed.connect(failures.append)
    player.set_voice(True)
    if player.speech is not None:
        assert player.engine != "mock" and player.speech.state() is not State.Error
    else:
        assert failures == [player.voice_error] and player.voice_error
    player.play([Cue(CueKind.SPEECH, "Go")])  # raises nothing either way


def test_without_tts_libraries_it_stays_silent(qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import now fails
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    player = CuePlayer(voice_on=True, sound_on=True)
    player.play(MIXED)
    assert player.speech is None and player.voice_error.startswith("no QtTextToSpeech")
    assert player.sound_effects == {} and player.sound_error.startswith("no QtMultimedia")


def test_sound_effects_are_made_on_the_first_sound_only(qtbot: QtBot) -> None:
    player = CuePlayer(sound_on=True)
    assert player.sound_effects == {}
    player.play([Cue(CueKind.SPEECH, "Go")])  # voice is off; no sound asked for yet
    assert player.sound_effects == {}
    player.play([Cue(CueKind.TICK, "3")])
    effects = player.sound_effects
    assert set(effects) == {CueKind.TICK, CueKind.CHIME}
    assert Path(effects[CueKind.TICK].source().toLocalFile()) == SOUNDS_DIR / "tick.wav"
    assert Path(effects[CueKind.CHIME].source().toLocalFile()) == SOUNDS_DIR / "chime.wav"


def test_sound_off_makes_no_sound_effects(qtbot: QtBot) -> None:
    player = CuePlayer(sound_on=False)
    player.play(MIXED)
    assert player.sound_effects == {}
    player.set_sound(True)
    player.play(MIXED)
    assert set(player.sound_effects) == {CueKind.TICK, CueKind.CHIME}


def test_with_no_audio_device_sounds_stay_silent(qtbot: QtBot) -> None:
    if QMediaDevices.audioOutputs():
        pytest.skip("this machine has an audio output")
    player = CuePlayer(sound_on=True)
    player.play([Cue(CueKind.TICK, "1 done")])
    tick = player.sound_effects[CueKind.TICK]
    qtbot.waitUntil(lambda: tick.status() is QSoundEffect.Status.Error, timeout=5000)
    assert player.sound_error.startswith("cannot play")
    player.play([Cue(CueKind.TICK, "2 done"), Cue(CueKind.CHIME, "Go")])  # raises nothing
    assert not tick.isPlaying()


def test_missing_sound_files_stay_silent(qtbot: QtBot, tmp_path: Path) -> None:
    player = CuePlayer(sound_on=True, sounds_dir=tmp_path)
    flashes: list[bool] = []
    player.flash_requested.connect(lambda: flashes.append(True))
    player.play([Cue(CueKind.CHIME, "Go")])
    assert player.sound_effects == {} and player.sound_error.startswith("missing sound file")
    assert flashes == [True]


def test_what_cannot_be_heard_is_said_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    working = CuePlayer(engine="mock", voice_on=True, sound_on=False)
    assert working.check() == ""  # the voice works and sounds are off: nothing to say
    no_files = CuePlayer(engine="mock", voice_on=True, sound_on=True, sounds_dir=tmp_path)
    seen: list[str] = []
    no_files.problem_changed.connect(seen.append)
    assert no_files.check() == "No sounds: captions"
    assert seen and seen[-1] == no_files.problem()
    no_files.set_sound(False)  # switched off: no longer a problem to show
    assert seen[-1] == ""
    no_voice = CuePlayer(engine="no-such-engine", voice_on=True, sound_on=False)
    assert no_voice.check() == "No voice: captions"
    for p in (working, no_files, no_voice):
        p.stop_speech()
        p.deleteLater()


def test_the_workout_shows_what_cannot_be_heard(qtbot: QtBot, routine, bundled_path: Path,
                                                tmp_path: Path) -> None:
    from tests.qt.helpers import show_window

    win = show_window(qtbot, routine, bundled_path, tmp_path, sound=False)
    win.start_workout()
    win.cues.problem_changed.emit("No voice: captions")
    assert win.workout.notice.text() == "No voice: captions"
    assert win.workout.notice.isVisible()
    assert win.workout.notice.shown_text() == win.workout.notice.text()  # in full at 1280 px
    win.cues.problem_changed.emit("")
    assert win.workout.notice.shown_text() == ""

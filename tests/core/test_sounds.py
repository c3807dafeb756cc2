"""The cue sounds in assets/sounds/ (written by tools/make_sounds.py): no Qt needed."""

from __future__ import annotations

import importlib.util
import itertools
import math
import sys
import wave
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

from warmup_gui.core.assets import SOUNDS_DIR

ROOT = Path(__file__).resolve().parents[2]


def _load_make_sounds() -> ModuleType:
    name = "warmup_tools_make_sounds"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "make_sounds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_sounds = _load_make_sounds()

# name: (shortest, longest) in seconds
DURATIONS = {"tick.wav": (0.03, 0.06), "chime.wav": (0.5, 0.8)}


class Params(NamedTuple):
    nchannels: int
    sampwidth: int
    framerate: int
    nframes: int


def read(path: Path) -> tuple[Params, list[float]]:
    with wave.open(str(path), "rb") as wav:
        params = Params(wav.getnchannels(), wav.getsampwidth(), wav.getframerate(),
                        wav.getnframes())
        frames = wav.readframes(params.nframes)
    samples = [int.from_bytes(frames[i:i + 2], "little", signed=True) / 32768
               for i in range(0, len(frames), 2)]
    return params, samples


def rms(samples: list[float]) -> float:
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def test_the_app_looks_for_sounds_where_the_tool_writes_them() -> None:
    assert SOUNDS_DIR.resolve() == make_sounds.OUT_DIR.resolve()


@pytest.mark.parametrize("name", sorted(DURATIONS))
def test_each_sound_is_a_small_16_bit_mono_wav_of_the_right_length(name: str) -> None:
    path = SOUNDS_DIR / name
    assert path.is_file(), "run: python tools/make_sounds.py"
    assert path.stat().st_size < 40 * 1024
    params, samples = read(path)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 22050)
    shortest, longest = DURATIONS[name]
    assert shortest <= params.nframes / params.framerate <= longest
    assert len(samples) == params.nframes
    # Starts and ends at silence, so playing it never clicks at the edges.
    assert abs(samples[0]) < 0.01 and abs(samples[-1]) < 0.01
    assert max(abs(s) for s in samples) < 0.5  # a cue, not an alarm


@pytest.mark.parametrize("name", sorted(DURATIONS))
def test_the_files_are_what_the_tool_writes_now(name: str) -> None:
    assert (SOUNDS_DIR / name).read_bytes() == make_sounds.sounds()[name], (
        "run: python tools/make_sounds.py")


def test_the_tool_gives_the_same_bytes_every_run(tmp_path: Path) -> None:
    first = {p.name: p.read_bytes() for p in make_sounds.write_sounds(tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in make_sounds.write_sounds(tmp_path / "b")}
    assert first == second
    assert set(first) == set(DURATIONS)


def test_the_tick_is_quieter_and_much_shorter_than_the_chime() -> None:
    _, tick = read(SOUNDS_DIR / "tick.wav")
    _, chime = read(SOUNDS_DIR / "chime.wav")
    assert max(map(abs, tick)) < max(map(abs, chime))
    assert len(tick) * 10 < len(chime)


def test_the_chime_rings_and_dies_away() -> None:
    params, chime = read(SOUNDS_DIR / "chime.wav")
    tenth = params.framerate // 10
    first, last = rms(chime[:tenth]), rms(chime[-tenth:])
    assert first > 0.05  # audible
    assert last < first / 5  # an exponential decay, not a held tone
    # Louder in each successive tenth of a second: never, it only fades.
    windows = [rms(chime[i:i + tenth]) for i in range(0, len(chime) - tenth + 1, tenth)]
    assert all(b < a for a, b in itertools.pairwise(windows))

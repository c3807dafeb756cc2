"""Write the app's two cue sounds to assets/sounds/: a soft tick and a gentle chime.

    python tools/make_sounds.py

Both are synthesised here with ``math`` and written with ``wave`` (16-bit mono, 22050 Hz), so
the files are pure functions of the numbers below: running this twice gives identical bytes,
and tests/core/test_sounds.py checks that the files in the repository match.

* tick.wav, 40 ms: a short, quiet click (two high partials dying within a few milliseconds)
  for each auto-counted rep and the last seconds of a countdown.
* chime.wav, 0.6 s: a soft two-partial bell (a fundamental and an inharmonic overtone, each
  with its own exponential decay) for a countdown that ran out and each breathing phase.
"""

from __future__ import annotations

import io
import math
import sys
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "assets" / "sounds"

RATE_HZ = 22050
SAMPLE_BYTES = 2  # 16-bit
FULL_SCALE = 32767


def _envelope(t: float, length_s: float, attack_s: float, release_s: float) -> float:
    """A short linear fade in and out, so neither end of the sound clicks."""
    fade_in = min(1.0, t / attack_s)
    fade_out = min(1.0, max(0.0, (length_s - t) / release_s))
    return fade_in * fade_out


def tick_samples() -> list[float]:
    """A soft click: 40 ms, peak about 0.2 of full scale."""
    length_s = 0.040
    samples = []
    for i in range(round(length_s * RATE_HZ)):
        t = i / RATE_HZ
        body = 0.7 * math.sin(2 * math.pi * 1800.0 * t) + 0.3 * math.sin(2 * math.pi * 3100.0 * t)
        decay = math.exp(-t / 0.006)
        samples.append(0.22 * body * decay * _envelope(t, length_s, 0.001, 0.005))
    return samples


def chime_samples() -> list[float]:
    """A gentle bell: 0.6 s, an 880 Hz partial and a quieter, quicker 2.76× overtone."""
    length_s = 0.600
    f1, f2 = 880.0, 880.0 * 2.76
    samples = []
    for i in range(round(length_s * RATE_HZ)):
        t = i / RATE_HZ
        tone = (0.75 * math.exp(-t / 0.180) * math.sin(2 * math.pi * f1 * t)
                + 0.25 * math.exp(-t / 0.070) * math.sin(2 * math.pi * f2 * t))
        samples.append(0.45 * tone * _envelope(t, length_s, 0.004, 0.040))
    return samples


def wav_bytes(samples: list[float]) -> bytes:
    """16-bit mono PCM WAV of samples in -1..1 (clipped), as the bytes of a file."""
    frames = bytearray()
    for value in samples:
        level = round(max(-1.0, min(1.0, value)) * FULL_SCALE)
        frames += level.to_bytes(SAMPLE_BYTES, "little", signed=True)
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(SAMPLE_BYTES)
        wav.setframerate(RATE_HZ)
        wav.writeframes(bytes(frames))
    return out.getvalue()


def sounds() -> dict[str, bytes]:
    """File name -> the bytes that file should hold."""
    return {"tick.wav": wav_bytes(tick_samples()), "chime.wav": wav_bytes(chime_samples())}


def write_sounds(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in sounds().items():
        path = out_dir / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    for path in write_sounds():
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

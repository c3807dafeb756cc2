"""What counting by camera costs the window: the recorded flossing set played as the camera
(``--camera-source``), with the tracker on, against the same window without the camera.

    .venv/bin/python benchmarks/camera_cost.py [--seconds 20] [--tracker figure|mediapipe]

The window (1280 x 800, offscreen) runs the bundled routine's left-leg flossing block in real
time; with the camera, the reps counted are set against the reps the clip finished in the
span (each counts once its end is seen). A 16 ms timer on the GUI thread stands for the
window's frame clock: its rate and the 99th percentile of its intervals say whether the
window keeps its frame rate. CPU is the process's (all threads) over the same span. With the
camera also: pictures tracked a second and the tracker's time per picture. ``figure`` is the
stand-in tracker (the figure's own landmarks, no model); ``mediapipe`` needs the camera extra.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.camera_clip import CLIP, EXERCISE, FPS, REPS, FigureTracker, clip_take
from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.engine import StepKind
from warmup_gui.core.loader import load_routine
from warmup_gui.core.routine import Side
from warmup_gui.qt.frame_pipeline import Tracked, mediapipe_tracker
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import AUTO_COUNT, CAMERA_COUNT, Settings


def measure(seconds: float, tracker: str | None) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="camera-cost-"))
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    settings.sound_on = settings.voice_on = False
    settings.set(AUTO_COUNT, True)
    settings.set(CAMERA_COUNT, tracker is not None)
    make: dict[str, type[FigureTracker] | object] = {"figure": FigureTracker,
                                                      "mediapipe": mediapipe_tracker}
    win = MainWindow(load_routine(BUNDLED_ROUTINE), BUNDLED_ROUTINE, settings=settings,
                     data_folder=folder / "data", camera_source=CLIP,
                     make_tracker=make[tracker] if tracker else None)  # type: ignore[arg-type]
    win.resize(1280, 800)
    win.show()
    win.start_workout()
    steps = win.bridge.session.steps
    win.bridge.goto(next(i for i, s in enumerate(steps) if s.kind is StepKind.WORK
                         and s.exercise.id == EXERCISE and s.side is Side.LEFT))
    win.bridge.change_goal(1000)  # the block goes on for the whole measurement
    took: list[float] = []
    if tracker is not None:
        pipeline = win.camera._pipeline
        assert pipeline is not None
        pipeline.tracked.connect(lambda found: took.append(found.took_s)
                                 if isinstance(found, Tracked) else None)
    wait(3.0)  # the model loaded, the clip playing
    took.clear()
    reps_before = win.bridge.state.reps
    played_from = clip_position(win)
    intervals: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    last = [0]

    def tick() -> None:
        now = clock.nsecsElapsed()
        intervals.append((now - last[0]) / 1e6)
        last[0] = now

    probe.timeout.connect(tick)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    clock.start()
    probe.start(16)
    wait(seconds)
    probe.stop()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    reps = win.bridge.state.reps - reps_before
    shown = reps_ended(played_from, played_from + wall) if tracker is not None else 0
    win.close()
    intervals = sorted(intervals[1:])
    result = {"fps": len(intervals) / wall, "p99_ms": intervals[int(0.99 * len(intervals))],
              "cpu": cpu / wall, "reps": float(reps), "shown": float(shown)}
    if took:
        result |= {"tracked_fps": len(took) / wall, "median_ms": statistics.median(took) * 1e3,
                   "p90_ms": sorted(took)[int(0.9 * len(took))] * 1e3}
    return result


def clip_position(win: MainWindow) -> float:
    """Seconds into the clip (the camera's picture plays in real time)."""
    player = win.camera.source._player
    return player.position() / 1000 if player is not None else 0.0


def reps_ended(start_s: float, end_s: float) -> int:
    """Reps of the clip, played over and over, that end between two of its times: those
    the detector should count."""
    length = len(clip_take().frames) / FPS
    loops = range(int(start_s // length), int(end_s // length) + 1)
    return sum(start_s <= loop * length + end < end_s for loop in loops
               for _, end in clip_take().reps)


def wait(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--tracker", choices=("figure", "mediapipe"), default="figure")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    clip_s = len(clip_take().frames) / FPS
    print(f"{args.seconds:g} s of the window at 1280 x 800; the clip shows {REPS} reps in "
          f"{clip_s:.1f} s, played over and over; without the camera the reps count on the "
          "tempo")
    print(f"{'':<26}{'timer fps':>10}{'p99 ms':>8}{'CPU %':>7}{'reps':>6}{'/shown':>7}"
          f"{'tracked/s':>11}{'ms/picture median':>19}{'p90':>6}")
    for name, tracker in (("without the camera", None), (f"camera, {args.tracker}",
                                                          args.tracker)):
        r = measure(args.seconds, tracker)
        extra = (f"{r['tracked_fps']:>11.1f}{r['median_ms']:>19.1f}{r['p90_ms']:>6.0f}"
                 if "tracked_fps" in r else "")
        shown = f"{r['shown']:>7.0f}" if tracker else f"{'':>7}"
        print(f"{name:<26}{r['fps']:>10.1f}{r['p99_ms']:>8.1f}{r['cpu'] * 100:>7.0f}"
              f"{r['reps']:>6.0f}{shown}{extra}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

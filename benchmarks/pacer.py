"""Breathing-pacer and moving-figure frame rate and CPU against a bare QVariantAnimation
circle, in one run.

    .venv/bin/python benchmarks/pacer.py [--seconds 10] [--platform offscreen|xcb|both]
                                         [--session-seconds 60]

Each case runs in a fresh process for the given seconds, --repeat times interleaved with the
others, and the medians are reported: frames per second, the 99th-percentile interval between
paints, and CPU time as a share of wall time; the last column is CPU against the bare
baseline measured in the same run. Targets: ≥ 58 fps, p99 ≤ 25 ms, CPU ≤ 1.5×.

Cases: `bare` (a QVariantAnimation growing a circle), `pacer` (the PacerWidget driven by its
PacerAnimation), `workout` (the real workout window at the bottom of a toe touch, the figure
breathing beside the pacer, driven by the session bridge's timer on the real clock), and
`figure` and `figure_1080` (the workout window at 1280×800 and 1920×1080 with the figure
moving through nerve flossing reps, counted by itself). Measuring starts after 1 s, after a
whole breath for `workout`, and after five reps for the figure cases: the first reps draw each
frame of the rep once (a few milliseconds each) and later reps reuse them. A 60 Hz display
shows about 90 of the 121 moments of a 1.5 s half-rep, different ones each rep, so new
frames are still drawn until about the fifth rep. `session` (not in the table) is the
average CPU of the bundled routine auto-counted from its very start for --session-seconds,
first reps included.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.xvfb import XvfbServer  # noqa: E402

CASES = ("bare", "pacer", "workout", "figure", "figure_1080")
PICTURE_W, PICTURE_H = 700, 630  # about the pacer's size in a 1280×800 window
BREATH_WARM_UP_MS = 7000  # a whole breath at the bottom of a toe touch, and a little more
FIGURE_WARM_UP_MS = 15000  # five reps of nerve flossing: each frame of a rep drawn once


def bare_circle() -> tuple[Any, Any, Any]:
    """The baseline: a window with a QVariantAnimation growing a circle in a picture-sized
    widget (window, widget, animation; not started)."""
    from PySide6.QtCore import QEasingCurve, QPointF, Qt, QVariantAnimation
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QWidget

    class Circle(QWidget):
        radius = 0.0

        def paintEvent(self, event: object) -> None:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1f7a87"))
            full = min(self.width(), self.height()) * 0.44
            painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2),
                                full * self.radius, full * self.radius)
            painter.end()

    window = QWidget()
    window.resize(1280, 800)
    target = Circle(window)
    target.setGeometry(28, 60, PICTURE_W, PICTURE_H)
    animation = QVariantAnimation()
    animation.setStartValue(0.35)
    animation.setEndValue(1.0)
    animation.setDuration(4000)
    animation.setEasingCurve(QEasingCurve.Type.InOutSine)
    animation.setLoopCount(-1)

    def grow(value: float) -> None:
        target.radius = value
        target.update()

    animation.valueChanged.connect(grow)
    return window, target, animation


def _measure(case: str, seconds: float) -> dict[str, float]:
    """Runs in the child process: show the case, count paints, return the figures."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    stamps: list[float] = []

    class PaintCounter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                stamps.append(time.perf_counter())
            return False

    keep: list[object] = []
    if case == "bare":
        window, target, animation = bare_circle()
        animation.start()
        keep += [animation]
    elif case == "pacer":
        from warmup_gui.core.breathing import PRESETS
        from warmup_gui.qt.widgets.pacer import PacerAnimation, PacerWidget

        window = QWidget()
        window.resize(1280, 800)
        target = PacerWidget(window)
        target.setGeometry(28, 60, PICTURE_W, PICTURE_H)
        animation = PacerAnimation(target, PRESETS["4-6"])
        animation.setLoopCount(-1)
        animation.start()
        keep += [animation]
    else:
        from warmup_gui.core.assets import BUNDLED_ROUTINE
        from warmup_gui.core.loader import load_routine
        from warmup_gui.core.record import replace
        from warmup_gui.core.routine import Breath, RepRange
        from warmup_gui.qt.main_window import MainWindow

        routine = load_routine(BUNDLED_ROUTINE)
        if case == "workout":
            long_breath = Breath(inhale_s=4.0, exhale_s=6.0, cycles=100)  # stays at the bottom
            first = replace(routine.exercises[0], breath=long_breath, tempo_s=0.2)
            routine = replace(routine, exercises=(first, *routine.exercises[1:]),
                              get_ready_s=0.0)
        elif case == "session":  # the whole routine as it is, counted by itself
            routine = replace(routine, exercises=tuple(
                replace(ex, symptom_check=False) for ex in routine.exercises))
        elif case.startswith("figure"):  # nerve flossing first, with reps enough to keep going
            floss = replace(routine.exercises[1], reps=RepRange(1000, 1000),
                            symptom_check=False)
            routine = replace(routine, exercises=(floss,), get_ready_s=0.0)
        window = MainWindow(routine, BUNDLED_ROUTINE)
        if case == "figure_1080":
            window.resize(1920, 1080)
        window.start_workout()
        if case != "workout":
            window.bridge.set_auto_count(True)
        target = window.workout.pacer if case == "workout" else window.workout.picture
    window.show()
    counter = PaintCounter()
    target.installEventFilter(counter)
    marks: dict[str, float] = {}

    def begin() -> None:
        stamps.clear()
        marks["wall"], marks["cpu"] = time.perf_counter(), time.process_time()

    def end() -> None:
        marks["wall"] = time.perf_counter() - marks["wall"]
        marks["cpu"] = time.process_time() - marks["cpu"]
        app.quit()

    # The figure cases measure the steady state: their first reps build each frame once.
    warm_ms = {"workout": BREATH_WARM_UP_MS, "figure": FIGURE_WARM_UP_MS,
               "figure_1080": FIGURE_WARM_UP_MS}.get(case, 1000)
    QTimer.singleShot(warm_ms, begin)
    QTimer.singleShot(round(warm_ms + seconds * 1000), end)
    app.exec()
    intervals = sorted(b - a for a, b in itertools.pairwise(stamps))
    p99 = intervals[min(len(intervals) - 1, int(len(intervals) * 0.99))] if intervals else 0.0
    return {
        "fps": len(stamps) / marks["wall"],
        "p99_ms": p99 * 1000,
        "cpu_pct": 100 * marks["cpu"] / marks["wall"],
        "frames": float(len(stamps)),
        "visible": float(target.isVisible()),
    }


def run_case(case: str, seconds: float, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", case, "--seconds", str(seconds)],
        env=env, capture_output=True, text=True, timeout=seconds + 70, check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{case} failed (rc {out.returncode}): {out.stderr[-800:]}")
    return dict(json.loads(lines[-1]))


def table(platform: str, results: dict[str, dict[str, float]]) -> list[str]:
    base_cpu = results["bare"]["cpu_pct"]
    rows = [f"\n{platform} (medians of the runs):\n",
            "| case | fps | p99 interval ms | CPU % | CPU vs bare | targets |",
            "|---|---|---|---|---|---|"]
    for case, r in results.items():
        ratio = r["cpu_pct"] / base_cpu if base_cpu else float("nan")
        ok = r["fps"] >= 58 and r["p99_ms"] <= 25 and (case == "bare" or ratio <= 1.5)
        rows.append(f"| {case} | {r['fps']:.1f} | {r['p99_ms']:.1f} | {r['cpu_pct']:.1f} | "
                    f"{ratio:.2f}× | {'PASS' if ok else 'FAIL'} |")
    return rows


def _xvfb(platform: str, env: dict[str, str]) -> XvfbServer | None:
    """A private X server for xcb when there is no display; None when none is needed."""
    if platform != "xcb" or os.environ.get("DISPLAY"):
        return None
    server = XvfbServer().start()
    env["DISPLAY"] = server.display
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each case, interleaved; medians are reported")
    parser.add_argument("--platform", choices=("offscreen", "xcb", "both"), default="both")
    parser.add_argument("--session-seconds", type=float, default=60.0,
                        help="length of the auto-counted session run (0 leaves it out)")
    parser.add_argument("--cases", nargs="+", choices=CASES, default=list(CASES),
                        help="the cases to run (bare always runs: the others are measured "
                             "against it)")
    parser.add_argument("--child", choices=(*CASES, "session"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure(args.child, args.seconds)))
        return 0
    cases = ["bare", *(case for case in CASES if case in args.cases and case != "bare")]
    platforms = ["offscreen", "xcb"] if args.platform == "both" else [args.platform]
    for platform in platforms:
        env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(REPO))
        try:
            server = _xvfb(platform, env)
        except OSError as exc:
            print(f"\nxcb: skipped ({exc})")
            continue
        try:
            runs: dict[str, list[dict[str, float]]] = {case: [] for case in cases}
            for _ in range(args.repeat):  # interleaved, so load on the machine hits all alike
                for case in cases:
                    runs[case].append(run_case(case, args.seconds, env))
            results = {case: {key: statistics.median(r[key] for r in rs) for key in rs[0]}
                       for case, rs in runs.items()}
            session = (run_case("session", args.session_seconds, env)
                       if args.session_seconds > 0 else None)
        finally:
            if server is not None:
                server.stop()
        print("\n".join(table(platform, results)))
        median_fps = statistics.median(r["fps"] for r in results.values())
        print(f"median fps across cases: {median_fps:.1f}")
        if session is not None:
            print(f"bundled routine auto-counted for {args.session_seconds:.0f} s: "
                  f"{session['cpu_pct']:.1f} % CPU on average (bare circle "
                  f"{results['bare']['cpu_pct']:.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

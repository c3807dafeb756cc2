"""The body tracker on the app's own moving figure: MediaPipe finds the drawn body picture by
picture, and the rep counter counts from what it found. Needs the camera extra.

    .venv/bin/python benchmarks/tracker_on_figure.py [--reps 3] [--fps 10]

Each exercise of the bundled routine with a camera rule is drawn as it moves through a set
(the workout's figure, 640 x 480, offscreen), one picture every 1/fps seconds of the set's
time, and each picture goes through the tracker in order, as a camera's would. The table
gives the pictures in which a body was found, the reps counted against the reps done, each
counted rep's range of motion against the figure's, and the tracker's time per picture.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from warmup_gui import pose_tracker
from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.figure import figure_shapes, frame_for, moving_figure
from warmup_gui.core.figure_landmarks import RepPlan, take, timeline, true_ranges
from warmup_gui.core.figure_motion import FigureTime
from warmup_gui.core.loader import load_routine
from warmup_gui.core.palette import PALETTE
from warmup_gui.core.pose_library import movement
from warmup_gui.core.rep_detector import RepDetector
from warmup_gui.qt.widgets.shapes import paint_shapes

WIDTH, HEIGHT = 640, 480
PAPER = "#f4f1ea"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3, help="reps per exercise")
    parser.add_argument("--fps", type=float, default=10.0, help="pictures a second")
    args = parser.parse_args()
    if not pose_tracker.available():
        print(pose_tracker.how_to_get())
        return 1
    import numpy

    app = QGuiApplication.instance() or QGuiApplication([])
    plans = (RepPlan(),) * args.reps
    print(f"{args.fps:g} pictures a second, {WIDTH} x {HEIGHT}, {args.reps} reps each")
    print(f"{'exercise':<24}{'body found':>12}{'counted/done':>14}{'range / figure deg':>28}"
          f"{'s per picture: median':>23}{'p90':>6}")
    for exercise in load_routine(BUNDLED_ROUTINE).exercises:
        rule = exercise.camera
        picture = exercise.illustration_for(exercise.positions[0], None)
        found = movement(picture.start, picture.end)
        if rule is None or found is None:
            continue
        figure, frame = moving_figure(found[0]), frame_for(found[0])
        start = figure.skeleton(FigureTime.at_start())
        moments, _ = timeline(exercise, plans, args.fps)
        truth = true_ranges(take(figure, exercise, plans, "left", args.fps), rule, "left")
        detector = RepDetector(rule, side="left")
        times: list[float] = []
        seen = 0
        with pose_tracker.PoseTracker() as tracker:
            for t, moment in moments:
                image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB888)
                image.fill(QColor(PAPER))
                painter = QPainter(image)
                paint_shapes(painter, figure_shapes(found[0], figure.skeleton(moment), frame,
                                                    start), QRectF(0, 0, WIDTH, HEIGHT), PALETTE)
                painter.end()
                rgb = numpy.frombuffer(image.constBits(), numpy.uint8).reshape(
                    HEIGHT, image.bytesPerLine())[:, :WIDTH * 3].reshape(HEIGHT, WIDTH, 3)
                landmarks = tracker.track(numpy.ascontiguousarray(rgb))
                times.append(tracker.last_s)
                seen += landmarks is not None
                detector.update(t, landmarks)
        ranges = " ".join(f"{rep.range_deg:.0f}" for rep in detector.reps) or "-"
        steady = sorted(times[3:])  # the first pictures load the model
        print(f"{exercise.id:<24}{f'{seen}/{len(moments)}':>12}"
              f"{f'{len(detector.reps)}/{args.reps}':>14}"
              f"{f'{ranges} / {statistics.mean(truth):.0f}':>28}"
              f"{statistics.median(steady):>23.3f}{steady[int(0.9 * len(steady))]:>6.3f}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

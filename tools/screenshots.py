"""Render the README's screenshots into docs/ (offscreen, on a fake clock, sample history).

    .venv/bin/python tools/screenshots.py [--out docs] [--dark] [--lang de] [--size 1366x768]
                                          [--only overview,workout]

``--lang`` renders the app in another language (with that language's dates), naming the files
``*-<lang>``; the German ones in docs/ are made with
``--lang de --size 1366x768 --only overview,workout``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QLocale, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from warmup_gui.core.assets import BUNDLED_ROUTINE  # noqa: E402
from warmup_gui.core.clock import FakeClock  # noqa: E402
from warmup_gui.core.engine import StepKind  # noqa: E402
from warmup_gui.core.history import ExerciseLog, HistoryStore, Rating  # noqa: E402
from warmup_gui.core.loader import load_routine  # noqa: E402
from warmup_gui.core.routine import Routine, Side  # noqa: E402
from warmup_gui.qt.app import make_app  # noqa: E402
from warmup_gui.qt.main_window import MainWindow  # noqa: E402
from warmup_gui.qt.settings import CAMERA_COUNT, Settings  # noqa: E402


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#15191e"),
                        (QPalette.ColorRole.WindowText, "#eef2f5"),
                        (QPalette.ColorRole.Base, "#20262d"),
                        (QPalette.ColorRole.Text, "#eef2f5"),
                        (QPalette.ColorRole.Button, "#20262d"),
                        (QPalette.ColorRole.ButtonText, "#eef2f5")):
        palette.setColor(role, QColor(color))
    return palette


def sample_history(folder: Path, routine: Routine) -> None:
    """Six weeks of warm-ups with the ratings a runner might give."""
    store = HistoryStore(folder)
    start = datetime(2026, 10, 13, 7, 10)
    ratings = [("gold", "okay", "garbage"), ("gold", "gold", "okay"), ("gold", "okay", "garbage"),
               ("gold", "gold", "garbage"), ("okay", "gold", "garbage")]
    for week in range(6):
        for run in range(1 + week % 3):
            when = start + timedelta(days=7 * week + 2 * run)
            record = store.start_session(when, "Tight hamstring warm-up for runners",
                                         BUNDLED_ROUTINE, 2)
            record.duration_s = 1100 + 60 * run
            record.finished = True
            for exercise, reps in zip(routine.exercises, (20, 96, 40), strict=True):
                record.exercises[exercise.id] = ExerciseLog(exercise.name, 2 * exercise.sets,
                                                            2 * exercise.sets, reps)
            toe, floss, supine = ratings[(week + run) % len(ratings)]
            record.rate("toe_touch_progression", Rating(toe))
            record.rate("nerve_flossing", Rating(floss))
            record.rate("supine_toe_touches", Rating(supine))
            store.update(record)


def advance(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds * 4)):
        clock.advance(0.25)
        window.bridge.tick()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    parser.add_argument("--dark", action="store_true", help="dark palette, files named *-dark")
    parser.add_argument("--lang", help="the app's language, files named *-<lang>")
    parser.add_argument("--size", default="1280x800", help="the window's size, WxH")
    parser.add_argument("--only", help="names of the screenshots to write, comma-separated")
    args = parser.parse_args()
    if args.lang:
        os.environ["WARMUP_LANG"] = args.lang
        QLocale.setDefault(QLocale(args.lang))
    width, height = (int(n) for n in args.size.split("x"))
    wanted = set(args.only.split(",")) if args.only else None
    app = make_app()
    if args.dark:
        # What a desktop in dark mode hands the app (the offscreen platform has no theme).
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    suffix = ("-dark" if args.dark else "") + (f"-{args.lang}" if args.lang else "")

    def shoot(widget: QWidget, name: str) -> None:
        if wanted is None or name in wanted:
            for _ in range(5):  # texts whose heights follow their widths settle in turns
                QApplication.processEvents()
            path = args.out / f"{name}{suffix}.png"
            widget.grab().save(str(path))
            print(f"wrote {path}")

    work = Path(tempfile.mkdtemp(prefix="warmup-shots-"))
    routine = load_routine(BUNDLED_ROUTINE)
    sample_history(work / "data", routine)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.sound_on = False
    clock = FakeClock()
    window = MainWindow(routine, BUNDLED_ROUTINE, clock=clock, settings=settings,
                        data_folder=work / "data", now=lambda: datetime(2026, 11, 25, 7, 0))
    window.resize(width, height)
    window.show()
    window.show_exercise_pictures()  # as once the screens are prepared, after the first paint
    shoot(window, "overview")

    window.show_checklist()
    checklist = window.checklist
    assert checklist is not None
    for n, item in enumerate(checklist.checklist.items, start=1):
        if checklist.checklist.is_checked(item.id) == (item.id == "ramp"):
            checklist.toggle_item(n)
    checklist.request_start()  # the ramp is missing: the skip offer shows
    shoot(window, "checklist")
    checklist.cancel_offer()

    window.start_workout()
    countdowns(window, clock, shoot)
    advance(window, clock, 5.0 + 4.0 + 3.0 + 2.0)  # get ready, arms up, the fold, 2 s breathing
    shoot(window, "pacer")

    steps = window.bridge.session.steps
    flossing = next(i for i, s in enumerate(steps)
                    if s.exercise.id == "nerve_flossing" and s.kind is StepKind.WORK)
    window.bridge.goto(flossing)
    window.care.symptoms.rate(None)
    window.bridge.set_auto_count(True)
    advance(window, clock, 3 * 8 + 1.75)
    shoot(window, "workout")
    window.care.this_hurts()
    shoot(window, "pain-prompt")
    window.care.pain.choose("mistake")

    window.resize(1024, 640)
    shoot(window, "workout-1024")
    window.resize(width, height)

    window.back_to_overview()
    window.show_history()
    shoot(window, "history")

    window.back_to_overview()
    window.toggle_presenter()
    window.showNormal()  # the offscreen screen is smaller than the 1920×1080 wanted here
    QApplication.processEvents()
    window.menuBar().hide()
    window.resize(1920, 1080)
    window.presenter.jump_to_exercise(3)
    window.presenter.animation.setCurrentTime(1400)
    shoot(window, "presenter")
    window.close()
    longest_texts(work, shoot)
    camera_view(work, (width, height), shoot)
    return 0


def camera_view(work: Path, size: tuple[int, int], shoot: Callable[[QWidget, str], None]) -> None:
    """Counting by camera during a flossing set: the recorded set played as the camera, shot
    once a rep has been counted; the body as MediaPipe finds it where the camera extra is
    installed, else the figure's own landmarks."""
    from PySide6.QtCore import QEventLoop, QTimer

    from benchmarks.camera_clip import CLIP, FigureTracker
    from warmup_gui import pose_tracker

    settings = Settings(QSettings(str(work / "camera.ini"), QSettings.Format.IniFormat))
    settings.sound_on = False
    settings.set(CAMERA_COUNT, True)
    window = MainWindow(load_routine(BUNDLED_ROUTINE), BUNDLED_ROUTINE, clock=FakeClock(),
                        settings=settings, data_folder=work / "camera-data",
                        camera_source=CLIP,
                        make_tracker=None if pose_tracker.available() else FigureTracker)
    window.resize(*size)
    window.show()
    window.start_workout()
    steps = window.bridge.session.steps
    window.bridge.goto(next(i for i, s in enumerate(steps) if s.kind is StepKind.WORK
                            and s.exercise.id == "nerve_flossing" and s.side is Side.LEFT))
    loop = QEventLoop()
    window.bridge.rep_counted.connect(lambda _reps: QTimer.singleShot(1500, loop.quit))
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()  # a rep counted, and the next one under way
    shoot(window, "camera-live-view")
    window.close()


def countdowns(window: MainWindow, clock: FakeClock,
               shoot: Callable[[QWidget, str], None]) -> None:
    """The first get-ready and the first rest, 2 s in, at 1280×800 and 1366×768: the numbers
    a runner reads from the mat. Leaves the session at its start, at the size it had."""
    size = window.size()
    steps = window.bridge.session.steps
    rest = next(i for i, s in enumerate(steps) if s.kind is StepKind.REST)
    for kind, index in (("get-ready", 0), ("rest", rest)):
        for width, height in ((1280, 800), (1366, 768)):
            window.resize(width, height)
            window.bridge.goto(index)
            advance(window, clock, 2.0)
            shoot(window, f"{kind}-{width}x{height}")
    window.resize(size)
    window.bridge.goto(0)


def longest_texts(work: Path, shoot: Callable[[QWidget, str], None]) -> None:
    """A routine with every text at its documented maximum (the one the layout tests use):
    the overview and the workout's first rep, its steps paged, at 1024×640."""
    from tests.qt.long_routines import long_routine

    settings = Settings(QSettings(str(work / "long.ini"), QSettings.Format.IniFormat))
    settings.sound_on = False
    clock = FakeClock()
    window = MainWindow(long_routine(), work / "long.yaml", clock=clock, settings=settings,
                        data_folder=work / "data")
    window.resize(1024, 640)
    window.show()
    window.show_exercise_pictures()
    shoot(window, "longest-texts-overview")
    window.start_workout()
    advance(window, clock, 5.0 + 1.0)
    shoot(window, "longest-texts-workout")
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())

"""Instructions per frame, counted by callgrind: the moving figure against the bare circle.

    .venv/bin/python benchmarks/frame_instructions.py [--frames 300] [--size 1920x1080 ...]

CPU shares on a shared 2-core machine move with its load by more than a change to the
drawing does; instructions do not. Each case runs offscreen under `valgrind --tool=callgrind`
with its time driven by hand, one frame at a time: the bare circle's QVariantAnimation moved
on 1/60 s, or the workout's session clock moved on 1/60 s and its timer fired (nerve flossing,
counted by itself), then the events processed, the frame painted. Counting starts after a
warm-up (enough reps for every frame of a rep to have been drawn once) and covers --frames
frames: the frame's own work, without the event loop's waiting. Needs valgrind (Debian's
`valgrind` package).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FPS = 60
WARM_UP_FRAMES = 1200  # 20 s: six flossing reps


def _child(case: str, size: tuple[int, int], frames: int) -> None:
    """Runs under callgrind: warm up, say so, wait, run the counted frames, say so, wait."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    if case == "bare":
        from benchmarks.pacer import bare_circle

        window, _, animation = bare_circle()
        window.show()
        animation.start()
        animation.pause()
        at_ms = [0]

        def step() -> None:
            at_ms[0] += 1000 // FPS
            animation.setCurrentTime(at_ms[0] % animation.duration())
    else:
        from warmup_gui.core.assets import BUNDLED_ROUTINE
        from warmup_gui.core.clock import FakeClock
        from warmup_gui.core.loader import load_routine
        from warmup_gui.core.record import replace
        from warmup_gui.core.routine import RepRange
        from warmup_gui.qt.main_window import MainWindow
        from warmup_gui.qt.settings import Settings

        routine = load_routine(BUNDLED_ROUTINE)
        floss = replace(routine.exercises[1], reps=RepRange(1000, 1000), symptom_check=False)
        routine = replace(routine, exercises=(floss,), get_ready_s=0.0)
        folder = Path(tempfile.mkdtemp())
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        settings.sound_on = False
        clock = FakeClock()
        window = MainWindow(routine, BUNDLED_ROUTINE, clock=clock, settings=settings,
                            data_folder=folder / "data")
        window.resize(*size)
        window.show()
        app.processEvents()
        window.start_workout()
        window.bridge.set_auto_count(True)

        def step() -> None:
            clock.advance(1 / FPS)
            window.bridge.timer.timeout.emit()

    def run(count: int) -> None:
        for _ in range(count):
            step()
            app.processEvents()

    run(WARM_UP_FRAMES)
    print("ready", flush=True)
    sys.stdin.readline()
    run(frames)
    print("done", flush=True)
    sys.stdin.readline()


def count(case: str, size: tuple[int, int], frames: int) -> float:
    """Instructions per frame for one case."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
        child = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no",
             f"--callgrind-out-file={out}", sys.executable, __file__, "--child", case,
             "--size", f"{size[0]}x{size[1]}", "--frames", str(frames)],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True)
        assert child.stdin is not None and child.stdout is not None
        for line, switch in (("ready", "on"), ("done", "off")):
            while child.stdout.readline().strip() != line:
                if child.poll() is not None:
                    raise RuntimeError(f"{case} ended before saying {line!r}")
            subprocess.run(["callgrind_control", "-i", switch, str(child.pid)],
                           capture_output=True, check=True)
            child.stdin.write("\n")
            child.stdin.flush()
        child.wait(timeout=120)
        totals = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
        if totals is None:
            raise RuntimeError(f"{case}: callgrind wrote no totals")
        return int(totals.group(1)) / frames


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--size", nargs="+", default=["1280x800", "1920x1080"],
                        help="window sizes for the figure")
    parser.add_argument("--child", choices=("bare", "figure"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.size]
    if args.child:
        _child(args.child, sizes[0], args.frames)  # type: ignore[arg-type]
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt install valgrind)")
        return 1
    bare = count("bare", (1280, 800), args.frames)
    print("| case | instructions a frame | against the bare circle |")
    print("|---|---|---|")
    print(f"| bare circle (700×630) | {bare / 1e6:.2f} M | 1.00× |")
    for size in sizes:
        figure = count("figure", size, args.frames)  # type: ignore[arg-type]
        print(f"| figure moving, {size[0]}×{size[1]} | {figure / 1e6:.2f} M | "
              f"{figure / bare:.2f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Startup time and memory of warmup-gui against a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py [--runs N] [--platform offscreen|xcb]

Each sample is a fresh subprocess. The launcher notes ``time.time()`` just before starting it;
the child installs an event filter on its top-level window, and at the window's first
QEvent.Paint notes ``time.time()`` again. One event-loop turn later (QTimer.singleShot(0)),
when that first frame is done, it reads VmRSS from /proc/self/status, prints both and quits.

(a) bare: ``QApplication`` + an empty 1280×800 ``QWidget``.
(b) app:  ``warmup_gui.cli.main([])``, i.e. what ``python -m warmup_gui`` runs: load the bundled
          routine, build ``MainWindow``, show it, ``app.exec()``.

One warm-up run of each comes first (not counted), then N runs of each, alternating, so both
see the same machine load. Prints a markdown table with medians, minimums and the app/bare
ratios against the targets (start ≤ 1.5×, memory ≤ 1.3×); exits 1 if a target is missed.
With ``--platform xcb`` the children draw on a private Xvfb (benchmarks/xvfb.py).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.xvfb import XvfbError, XvfbServer  # noqa: E402

START_TARGET = 1.5
MEMORY_TARGET = 1.3
CHILD_TIMEOUT_S = 60.0

_HOOK = r'''
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

def _rss_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1

class FirstPaint(QObject):
    """Notes the first paint of the window it filters, then reports and quits."""
    def __init__(self):
        super().__init__()
        self.painted_at = None

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.time()
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        from PySide6.QtWidgets import QApplication
        print(f"FIRST_PAINT {self.painted_at!r} {_rss_kib()}", flush=True)
        QApplication.instance().quit()

HOOK = FirstPaint()
'''

CHILDREN = {
    "bare": _HOOK + r'''
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1280, 800)
window.installEventFilter(HOOK)
window.show()
sys.exit(app.exec())
''',
    "app": _HOOK + r'''
import warmup_gui.qt.main_window as main_window
_show = main_window.MainWindow.show
def show(self):
    self.installEventFilter(HOOK)
    _show(self)
main_window.MainWindow.show = show
from warmup_gui.cli import main
sys.exit(main([]))
''',
}
LABELS = {"bare": "bare PySide6 QWidget", "app": "warmup-gui MainWindow, bundled routine"}


@dataclass(frozen=True)
class Sample:
    start_ms: float  # launch -> first paint
    rss_kib: int  # after the first paint


def run_child(kind: str, env: dict[str, str]) -> Sample:
    launched = time.time()
    result = subprocess.run([sys.executable, "-c", CHILDREN[kind]], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("FIRST_PAINT ")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"{kind} run failed (rc {result.returncode}):\n{result.stdout}\n"
                         f"{result.stderr[-2000:]}")
    _, painted, rss = lines[0].split()
    return Sample((float(painted) - launched) * 1000, int(rss))


def child_env(platform_name: str, xvfb: XvfbServer | None, home: Path) -> dict[str, str]:
    env = xvfb.env() if xvfb is not None else dict(os.environ)
    if xvfb is None:
        env.pop("DISPLAY", None)
    env["QT_QPA_PLATFORM"] = platform_name
    # Whatever the app saves goes to a throwaway folder.
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"))
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def measure(runs: int, env: dict[str, str]) -> dict[str, list[Sample]]:
    for kind in CHILDREN:  # warm-up: file cache, font cache
        run_child(kind, env)
    samples: dict[str, list[Sample]] = {kind: [] for kind in CHILDREN}
    for _ in range(runs):
        for kind in CHILDREN:
            samples[kind].append(run_child(kind, env))
    return samples


def _verdict(ratio: float, target: float) -> str:
    return f"{ratio:.2f}× (target ≤ {target}×) {'PASS' if ratio <= target else 'FAIL'}"


def table(samples: dict[str, list[Sample]], platform_name: str, runs: int) -> tuple[str, bool]:
    def med_start(kind: str) -> float:
        return statistics.median(s.start_ms for s in samples[kind])

    def med_rss(kind: str) -> float:
        return statistics.median(s.rss_kib for s in samples[kind]) / 1024

    rows = [f"Startup on `{platform_name}`, {runs} runs each after 1 warm-up run "
            f"(Python {platform.python_version()}, PySide6 {_pyside_version()}, "
            f"{os.cpu_count()} CPUs)",
            "",
            "| | launch → first paint, median (min) | RSS after first paint, median (min) |",
            "|---|---|---|"]
    for kind in CHILDREN:
        starts = [s.start_ms for s in samples[kind]]
        rss = [s.rss_kib / 1024 for s in samples[kind]]
        rows.append(f"| {LABELS[kind]} | {med_start(kind):.0f} ms ({min(starts):.0f}) "
                    f"| {med_rss(kind):.1f} MiB ({min(rss):.1f}) |")
    start_ratio = med_start("app") / med_start("bare")
    rss_ratio = med_rss("app") / med_rss("bare")
    rows.append(f"| ratio app / bare | {_verdict(start_ratio, START_TARGET)} "
                f"| {_verdict(rss_ratio, MEMORY_TARGET)} |")
    ok = start_ratio <= START_TARGET and rss_ratio <= MEMORY_TARGET
    return "\n".join(rows), ok


def _pyside_version() -> str:
    result = subprocess.run([sys.executable, "-c", "import PySide6; print(PySide6.__version__)"],
                            capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
    return result.stdout.strip() or "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each (default 5)")
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen",
                        help="Qt platform plugin; xcb starts a private Xvfb (default offscreen)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    xvfb = None
    if args.platform == "xcb":
        try:
            xvfb = XvfbServer().start()
        except XvfbError as exc:
            print(f"cannot measure on xcb: {exc}", file=sys.stderr)
            return 2
    try:
        with tempfile.TemporaryDirectory(prefix="warmup-bench-") as home:
            samples = measure(args.runs, child_env(args.platform, xvfb, Path(home)))
    finally:
        if xvfb is not None:
            xvfb.stop()
    text, ok = table(samples, args.platform, args.runs)
    print(text)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

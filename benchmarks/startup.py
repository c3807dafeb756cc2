"""Start-up time and memory of warmup-gui against a bare PySide6 window, where each goes, and how
soon each later screen first shows.

    .venv/bin/python benchmarks/startup.py [--runs N] [--platform offscreen|xcb]
    .venv/bin/python benchmarks/startup.py --instructions [STEP ...]

Each sample is a fresh subprocess. The launcher notes ``time.time()`` just before starting it;
the child notes ``time.time()`` and VmRSS (/proc/self/status) at each step of its start (the
timeline below), the last two being the window's first QEvent.Paint (an event filter on the
top-level window) and, one event-loop turn later (QTimer.singleShot(0)), the end of that first
frame, where the start-up figures are read. The children compile the modules they import to
bytecode once, in the warm-up run (as pip does at install time), and read it from then on.

(a) bare:    ``QApplication`` + an empty 1280×800 ``QWidget``.
(b) app:     ``warmup_gui.cli.main([])``, what ``python -m warmup_gui`` runs, with the routine
             cache filled by the warm-up run (as on every start but the first).
(c) cold:    the same with an empty routine cache (the first start, or after an edit).
(d) history: the same as (b) with 10,000 sessions in the history folder. After the first
             frame it waits until the history has been read and the later screens prepared
             (both in worker threads) and notes the longest the event loop was kept from a
             10 ms timer meanwhile; then it presses L (history), Esc, F5 (presenter), F5,
             Enter (checklist) and Enter twice more (workout, the equipment left unticked),
             and notes for each screen the time from the key press to the end of the
             screen's first frame (the screens' stack painting it), and the GUI thread's CPU
             time in between.

One warm-up run of each comes first (not counted), then N pairs of (a) and (b), each pair in
turn the other way round, so both see the same machine load; then N runs each of (c) and (d).
Prints the medians: launch → first paint and RSS after it; the app's ratio to the bare window
run by run (each app run against the bare run of its pair, the median of those) against the
targets (start ≤ 1.4×, memory ≤ 1.25×), and the ratio of the two medians beside it; the CPU
time each spent to its first paint; the timeline of (a) and (b) step by step, and each
screen's first showing against its target (≤ 100 ms). Exits
1 if a target is missed. With ``--platform xcb`` the children draw on a private Xvfb
(benchmarks/xvfb.py).

``--instructions`` counts instead, with valgrind's callgrind tool, the instructions (a) and (b)
execute from launch to each step named (by default the first paint and the end of the first
frame), each child ending there: offscreen, after a warm-up run of each. Unlike milliseconds,
they do not move with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.xvfb import XvfbError, XvfbServer  # noqa: E402

START_TARGET = 1.4
MEMORY_TARGET = 1.25
SCREEN_TARGET_MS = 100.0
HISTORY_SESSIONS = 10_000
CHILD_TIMEOUT_S = 120.0

# Plain Python only: the app child must import its own modules before Qt, as a real start does.
_MARKS = r'''
import os, sys, time

_STOP_AT = os.environ.get("STARTUP_STOP_AT")

def _rss_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1

def mark(step):
    print(f"MARK {step}|{time.time()!r}|{_rss_kib()}|{time.process_time()!r}", flush=True)
    if step == _STOP_AT:  # counting instructions up to here
        os._exit(0)

def rollup():
    """Resident memory split by kind, from /proc/self/smaps_rollup (KiB)."""
    fields = {}
    with open("/proc/self/smaps_rollup") as smaps:
        for line in smaps:
            name, _, rest = line.partition(":")
            if rest.strip().endswith("kB"):
                fields[name] = int(rest.split()[0])
    print(f"ROLLUP {fields.get('Anonymous', 0)} {fields.get('Pss_File', 0)} "
          f"{fields.get('Shared_Clean', 0)}", flush=True)

mark("Python up")
'''

# Notes the first paint of the window it filters, then the end of that frame; ``then`` runs
# after it (by default: quit).
_FIRST_PAINT = r'''
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False
        self.then = lambda: QApplication.instance().quit()

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            mark("first paint")
            QTimer.singleShot(0, self.frame_done)
        return False

    def frame_done(self):
        mark("first frame done")
        rollup()
        self.then()

HOOK = FirstPaint()
'''

_BARE = _MARKS + r'''
from PySide6.QtWidgets import QApplication, QWidget
mark("PySide6 imported")
''' + _FIRST_PAINT + r'''
app = QApplication(sys.argv[:1])
mark("QApplication made")
window = QWidget()
window.resize(1280, 800)
window.installEventFilter(HOOK)
mark("window built")
window.show()
mark("window shown")
sys.exit(app.exec())
'''

_APP = _MARKS + r'''
import warmup_gui.cli as cli
mark("command line and core imported")
from PySide6.QtWidgets import QApplication
mark("PySide6 imported")
''' + _FIRST_PAINT + r'''
import warmup_gui.qt.app as qt_app
import warmup_gui.qt.main_window as main_window
mark("window code imported")

def _after(function, step):
    def wrapped(*args, **kwargs):
        result = function(*args, **kwargs)
        mark(step)
        return result
    return wrapped

cli.load_routine_cached = _after(cli.load_routine_cached, "routine loaded")
qt_app.make_app = _after(qt_app.make_app, "QApplication made")
main_window.MainWindow.__init__ = _after(main_window.MainWindow.__init__, "window built")
_show = main_window.MainWindow.show
def show(self):
    self.installEventFilter(HOOK)
    _show(self)
    mark("window shown")
main_window.MainWindow.show = show
'''

_RUN = r'''
sys.exit(cli.main([]))
'''

# After the first frame: wait for the history, then show each screen by its key.
_SCREENS = r'''
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

KEYS = [("history", Qt.Key.Key_L), (None, Qt.Key.Key_Escape),
        ("presenter", Qt.Key.Key_F5), (None, Qt.Key.Key_F5),
        ("checklist", Qt.Key.Key_Return), (None, Qt.Key.Key_Return),
        ("workout", Qt.Key.Key_Return)]

class Screens(QObject):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.last_tick = None
        self.longest_gap = 0.0
        self.ticker = QTimer()
        self.ticker.setInterval(10)
        self.ticker.timeout.connect(self.tick)
        self.pressed_at = None
        self.waiting_for = None
        self.keys = list(KEYS)

    def start(self):
        self.last_tick = time.perf_counter()
        self.ticker.start()
        self.noted = set()

    def tick(self):
        now = time.perf_counter()
        self.longest_gap = max(self.longest_gap, now - self.last_tick)
        self.last_tick = now
        for step, done in (("history read", self.window.history_reader.ready),
                           ("screens prepared", self.window.preparer.done)):
            if done and step not in self.noted:
                self.noted.add(step)
                mark(step)
        if len(self.noted) == 2:
            self.ticker.stop()
            print(f"STALL {self.longest_gap * 1000:.1f}", flush=True)
            self.window.activateWindow()
            # The screens' stack only: a filter on the whole application would have PySide6
            # wrap every object an event goes to (D-Bus, sockets, the style...) and build the
            # Python types and enums of each, which the app itself never does.
            self.window.stack.installEventFilter(self)
            QTimer.singleShot(100, self.next_key)

    def next_key(self):
        if not self.window.isActiveWindow():
            self.window.activateWindow()
            QTimer.singleShot(20, self.next_key)
            return
        if not self.keys:
            QApplication.instance().quit()
            return
        self.waiting_for, key = self.keys.pop(0)
        self.pressed_at = time.perf_counter()
        self.cpu_at = time.thread_time()
        QTest.keyClick(self.window, key)
        if self.waiting_for is None:
            QTimer.singleShot(100, self.next_key)

    def eventFilter(self, watched, event):
        # The stack paints its background with the screen it shows, in the same frame.
        if self.waiting_for is not None and event.type() == QEvent.Type.Paint \
                and self.window.current_screen() is not None:
            QTimer.singleShot(0, self.shown)
            self.done_name, self.waiting_for = self.waiting_for, None
        return False

    def shown(self):
        wall = (time.perf_counter() - self.pressed_at) * 1000
        cpu = (time.thread_time() - self.cpu_at) * 1000
        print(f"SCREEN {self.done_name} {wall:.1f} {cpu:.1f}", flush=True)
        QTimer.singleShot(100, self.next_key)

_init = main_window.MainWindow.__init__
def _init_with_screens(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.screens_run = Screens(self)
    HOOK.then = self.screens_run.start
main_window.MainWindow.__init__ = _init_with_screens
'''

CHILDREN = {"bare": _BARE, "app": _APP + _RUN, "cold": _APP + _RUN,
            "history": _APP + _SCREENS + _RUN}
LABELS = {"bare": "bare PySide6 QWidget", "app": "warmup-gui, bundled routine",
          "cold": "warmup-gui, first start (empty routine cache)",
          "history": f"warmup-gui, {HISTORY_SESSIONS:,} sessions in the history"}
SCREENS = ("history", "presenter", "checklist", "workout")


@dataclass
class Sample:
    marks: list[tuple[str, float, int]]  # step, seconds since launch, RSS KiB
    stall_ms: float | None = None
    rollup_kib: tuple[int, int, int] = (0, 0, 0)  # anonymous, file-backed PSS, shared clean
    screens: dict[str, tuple[float, float]] = field(default_factory=dict)  # wall, CPU ms
    cpu_s: dict[str, float] = field(default_factory=dict)  # step: the process's CPU time

    def at(self, step: str) -> tuple[float, int]:
        for name, seconds, rss in self.marks:
            if name == step:
                return seconds, rss
        raise KeyError(step)

    @property
    def start_ms(self) -> float:
        return self.at("first paint")[0] * 1000

    @property
    def cpu_ms(self) -> float:
        """CPU time (user and system, every thread) from the process's start to the first
        paint: what the start costs, apart from waiting for a processor the machine's
        other guests hold."""
        return self.cpu_s["first paint"] * 1000

    @property
    def rss_kib(self) -> int:
        return self.at("first frame done")[1]


def run_child(kind: str, env: dict[str, str]) -> Sample:
    launched = time.time()
    result = subprocess.run([sys.executable, "-c", CHILDREN[kind]], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
    sample = Sample([])
    for line in result.stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word == "MARK":
            step, seconds, rss, cpu = rest.split("|")
            sample.marks.append((step, float(seconds) - launched, int(rss)))
            sample.cpu_s[step] = float(cpu)
        elif word == "ROLLUP":
            anon, file_pss, shared = rest.split()
            sample.rollup_kib = (int(anon), int(file_pss), int(shared))
        elif word == "STALL":
            sample.stall_ms = float(rest)
        elif word == "SCREEN":
            name, wall, cpu = rest.split()
            sample.screens[name] = (float(wall), float(cpu))
    steps = {step for step, _, _ in sample.marks}
    if result.returncode != 0 or "first frame done" not in steps:
        raise SystemExit(f"{kind} run failed (rc {result.returncode}):\n{result.stdout}\n"
                         f"{result.stderr[-2000:]}")
    return sample


def child_env(platform_name: str, xvfb: XvfbServer | None, home: Path) -> dict[str, str]:
    env = xvfb.env() if xvfb is not None else dict(os.environ)
    if xvfb is None:
        env.pop("DISPLAY", None)
    env["QT_QPA_PLATFORM"] = platform_name
    # Whatever the app saves goes to a throwaway folder.
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), WARMUP_DATA_DIR=str(home / "history"))
    env.pop("WARMUP_CACHE_DIR", None)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    # As installed: the app's modules compiled to bytecode once (pip does it at install time,
    # the warm-up run here), not compiled again at every start as with
    # PYTHONDONTWRITEBYTECODE; the bytecode goes to the throwaway folder, bare and app alike.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "bytecode")
    return env


def write_history(folder: Path, count: int) -> None:
    """``count`` finished sessions of the bundled routine, one every six hours back from now."""
    from warmup_gui.core.history import HistoryStore, SessionRecord, record_to_json

    sessions = folder / "sessions"
    sessions.mkdir(parents=True, exist_ok=True)
    newest = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    for i in range(count):
        record = SessionRecord(f"b{i:07d}", newest - timedelta(hours=6 * i),
                               "Tight hamstring warm-up for runners", "/r.yaml", 2,
                               duration_s=600.0, finished=True)
        HistoryStore(folder).path_of(record).write_text(json.dumps(record_to_json(record)),
                                                         encoding="utf-8")


def count_instructions(kind: str, env: dict[str, str], stop_at: str) -> int:
    """Instructions the child ``kind`` executes from launch to the step ``stop_at``, where it
    ends (valgrind's callgrind tool; the machine's load does not move them)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
             "-c", CHILDREN[kind]], env={**env, "STARTUP_STOP_AT": stop_at}, cwd=REPO,
            capture_output=True, text=True, timeout=CHILD_TIMEOUT_S * 10, check=False)
        if f"MARK {stop_at}|" not in result.stdout:
            raise SystemExit(f"{kind} under callgrind did not reach {stop_at!r} "
                             f"(rc {result.returncode}):\n{result.stderr[-2000:]}")
        totals = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
        if totals is None:
            raise SystemExit(f"{kind}: callgrind wrote no totals")
        return int(totals.group(1))


def instruction_table(env: dict[str, str], steps: list[str]) -> list[str]:
    """Millions of instructions from launch to each step, bare and app, after a warm-up run
    of each (bytecode compiled, routine cache filled)."""
    for kind in ("bare", "app"):
        run_child(kind, env)
    rows = ["Instructions from launch to each step (callgrind, millions; the app's routine, "
            "QApplication and window steps are marked by wrapping its functions):", "",
            "| launch → | bare | app | app / bare |", "|---|---|---|---|"]
    for step in steps:
        app = count_instructions("app", env, step) / 1e6
        if f'"{step}"' not in CHILDREN["bare"]:  # a step of the app's own
            rows.append(f"| {step} | | {app:,.0f} | |")
            continue
        bare = count_instructions("bare", env, step) / 1e6
        rows.append(f"| {step} | {bare:,.0f} | {app:,.0f} | {app / bare:.2f}× |")
    return rows


def measure(runs: int, env: dict[str, str], home: Path) -> dict[str, list[Sample]]:
    history_home = home / "history-10k"
    write_history(history_home, HISTORY_SESSIONS)
    envs: dict[str, Callable[[], dict[str, str]]] = {
        "bare": lambda: env,
        "app": lambda: env,
        "cold": lambda: {**env, "XDG_CACHE_HOME": tempfile.mkdtemp(dir=home)},
        "history": lambda: {**env, "WARMUP_DATA_DIR": str(history_home)},
    }
    for kind in CHILDREN:  # warm-up: file cache, font cache, routine cache
        run_child(kind, envs[kind]())
    samples: dict[str, list[Sample]] = {kind: [] for kind in CHILDREN}
    # The bare window and the app in pairs, each pair in turn the other way round, before
    # the heavier first starts and starts with a long history, which could slow whatever
    # runs next.
    for run in range(runs):
        for kind in ("bare", "app") if run % 2 == 0 else ("app", "bare"):
            samples[kind].append(run_child(kind, envs[kind]()))
    for _ in range(runs):
        for kind in ("cold", "history"):
            samples[kind].append(run_child(kind, envs[kind]()))
    return samples


def _verdict(ratio: float, target: float) -> str:
    return f"{ratio:.2f}× (target ≤ {target}×) {'PASS' if ratio <= target else 'FAIL'}"


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _paired_ratio(samples: dict[str, list[Sample]], value: Callable[[Sample], float]) -> float:
    """Each run's app against the bare window of its pair, then the median of those ratios:
    a drift in the machine's speed between runs moves both of a pair alike."""
    return _median([value(app) / value(bare)
                    for app, bare in zip(samples["app"], samples["bare"], strict=True)])


def start_table(samples: dict[str, list[Sample]], header: str) -> tuple[list[str], bool]:
    def start(kind: str) -> float:
        return _median([s.start_ms for s in samples[kind]])

    def rss(kind: str) -> float:
        return _median([s.rss_kib for s in samples[kind]]) / 1024

    rows = [header, "",
            "| | launch → first paint, median (min) | RSS after first paint, median (min) |",
            "|---|---|---|"]
    for kind in CHILDREN:
        starts = [s.start_ms for s in samples[kind]]
        sizes = [s.rss_kib / 1024 for s in samples[kind]]
        rows.append(f"| {LABELS[kind]} | {start(kind):.0f} ms ({min(starts):.0f}) "
                    f"| {rss(kind):.1f} MiB ({min(sizes):.1f}) |")
    start_ratio = _paired_ratio(samples, lambda s: s.start_ms)
    rss_ratio = _paired_ratio(samples, lambda s: s.rss_kib)
    rows.append(f"| ratio app / bare, run by run (median) | {_verdict(start_ratio, START_TARGET)} "
                f"| {_verdict(rss_ratio, MEMORY_TARGET)} |")
    rows.append(f"| ratio of the medians above, app / bare | {start('app') / start('bare'):.2f}× "
                f"| {rss('app') / rss('bare'):.2f}× |")
    rows.append(f"| ratio first start / bare | {start('cold') / start('bare'):.2f}× "
                f"| {rss('cold') / rss('bare'):.2f}× |")
    rows.append(f"| ratio with {HISTORY_SESSIONS:,} sessions / app | "
                f"{start('history') / start('app'):.2f}× | {rss('history') / rss('app'):.2f}× |")
    cpu = {kind: _median([s.cpu_ms for s in samples[kind]]) for kind in ("bare", "app")}
    cpu_ratio = _paired_ratio(samples, lambda s: s.cpu_ms)
    rows += ["", "CPU time (user and system, every thread) from the process's start to the first "
             f"paint, medians: bare {cpu['bare']:.0f} ms, app {cpu['app']:.0f} ms; app / bare "
             f"{cpu_ratio:.2f}× run by run, {cpu['app'] / cpu['bare']:.2f}× of the medians. "
             "Unlike the time, it leaves out waiting for a processor."]
    return rows, start_ratio <= START_TARGET and rss_ratio <= MEMORY_TARGET


def timeline_table(samples: dict[str, list[Sample]]) -> list[str]:
    """Each step's median duration and RSS growth, bare and app side by side."""
    def steps(kind: str) -> list[str]:
        return [step for step, _, _ in samples[kind][0].marks
                if step not in ("history read", "screens prepared")]

    def deltas(kind: str) -> dict[str, tuple[float, float]]:
        out: dict[str, tuple[float, float]] = {}
        names = steps(kind)
        for i, step in enumerate(names):
            ms, kib = [], []
            for sample in samples[kind]:
                seconds, rss = sample.at(step)
                before = sample.at(names[i - 1]) if i else (0.0, 0)
                ms.append((seconds - before[0]) * 1000)
                kib.append((rss - before[1]) / 1024)
            out[step] = (_median(ms), _median(kib))
        return out

    bare, app = deltas("bare"), deltas("app")

    def kinds(kind: str) -> str:
        anon, file_pss, shared = (
            _median([s.rollup_kib[i] for s in samples[kind]]) / 1024 for i in range(3))
        return (f"{anon:.1f} MiB anonymous (heap), {shared:.1f} MiB shared clean (library "
                f"code and data also mapped by other processes), {file_pss:.1f} MiB "
                "file-backed PSS")
    rows = ["Where the time and memory go (median of each step; the first step is launch → "
            "the child's first line, its memory the interpreter's):", "",
            "| step | bare ms | app ms | app − bare ms | bare MiB | app MiB | app − bare MiB |",
            "|---|---|---|---|---|---|---|"]
    for step in steps("app"):
        b_ms, b_mib = bare.get(step, (0.0, 0.0))
        a_ms, a_mib = app[step]
        rows.append(f"| {step} | {b_ms:.1f} | {a_ms:.1f} | {a_ms - b_ms:+.1f} | {b_mib:.1f} "
                    f"| {a_mib:.1f} | {a_mib - b_mib:+.1f} |")
    rows += ["", f"After the first frame (smaps_rollup, medians): bare {kinds('bare')}; "
             f"app {kinds('app')}."]
    return rows


def history_table(samples: list[Sample]) -> tuple[list[str], bool]:
    def after_paint(step: str) -> float:
        return _median([(s.at(step)[0] - s.at("first paint")[0]) * 1000 for s in samples])

    stall = _median([s.stall_ms or 0.0 for s in samples])
    settled = _median([s.at("screens prepared")[1] / 1024 for s in samples])
    rows = [f"With {HISTORY_SESSIONS:,} sessions: history read {after_paint('history read'):.0f} "
            f"ms after the first paint, in its worker thread; later screens prepared after "
            f"{after_paint('screens prepared'):.0f} ms (figures solved in a worker thread, "
            f"modules imported in idle turns); the event loop's longest wait for a 10 ms timer "
            f"meanwhile {stall:.0f} ms; RSS then {settled:.1f} MiB (medians).", "",
            "| screen, first showing | key press → end of its first frame, median (max) | "
            "GUI thread CPU, median | target |", "|---|---|---|---|"]
    ok = True
    for name in SCREENS:
        times = [s.screens[name][0] for s in samples if name in s.screens]
        cpus = [s.screens[name][1] for s in samples if name in s.screens]
        if not times:
            rows.append(f"| {name} | not shown | | ≤ {SCREEN_TARGET_MS:.0f} ms FAIL |")
            ok = False
            continue
        med = _median(times)
        met = med <= SCREEN_TARGET_MS
        ok = ok and met
        rows.append(f"| {name} | {med:.0f} ms ({max(times):.0f}) | {_median(cpus):.0f} ms "
                    f"| ≤ {SCREEN_TARGET_MS:.0f} ms {'PASS' if met else 'FAIL'} |")
    return rows, ok


def _pyside_version() -> str:
    result = subprocess.run([sys.executable, "-c", "import PySide6; print(PySide6.__version__)"],
                            capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
    return result.stdout.strip() or "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each (default 5)")
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen",
                        help="Qt platform plugin; xcb starts a private Xvfb (default offscreen)")
    parser.add_argument("--instructions", nargs="*", metavar="STEP",
                        help="count instructions under callgrind instead, from launch to each "
                             "step named (default: first paint, first frame done); offscreen")
    args = parser.parse_args(argv)
    if args.instructions is not None:
        if shutil.which("valgrind") is None:
            print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
            return 2
        home = Path(tempfile.mkdtemp(prefix="warmup-bench-"))
        try:
            print("\n".join(instruction_table(child_env("offscreen", None, home),
                                              args.instructions or ["first paint",
                                                                    "first frame done"])))
        finally:
            shutil.rmtree(home, ignore_errors=True)
        return 0
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    xvfb = None
    if args.platform == "xcb":
        try:
            xvfb = XvfbServer().start()
        except XvfbError as exc:
            print(f"cannot measure on xcb: {exc}", file=sys.stderr)
            return 2
    home = Path(tempfile.mkdtemp(prefix="warmup-bench-"))
    try:
        samples = measure(args.runs, child_env(args.platform, xvfb, home), home)
    finally:
        if xvfb is not None:
            xvfb.stop()
        shutil.rmtree(home, ignore_errors=True)
    header = (f"Startup on `{args.platform}`, {args.runs} runs each after 1 warm-up run "
              f"(Python {platform.python_version()}, PySide6 {_pyside_version()}, "
              f"{os.cpu_count()} CPUs)")
    start_rows, start_ok = start_table(samples, header)
    history_rows, history_ok = history_table(samples["history"])
    print("\n".join([*start_rows, "", *timeline_table(samples), "", *history_rows]))
    return 0 if start_ok and history_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Readying the later screens while the overview is up, so each shows soon after its key.

The first showing of the workout or the presenter needs every moving figure solved (most of a
second of pure Python for the bundled poses) and the screens' modules imported. None of that
belongs before the first paint. Just after it, :meth:`ScreenPreparer.start` solves the
figures in a worker thread (the core's figure functions keep what they solve, so the screens
find them done), the overview's still pictures first: they are shown as soon as they are
solved (about half a second later). Three seconds after the first paint (so that a quick quit
never pays for it), and once the figures are solved, it imports the screens' modules (and
builds the PySide6 classes their first frames use) one per event-loop turn, so a key pressed
meanwhile waits for one import at most; the window's later screens are then made, hidden,
one per turn, and the cues' sounds loaded. A screen asked for before then does the rest
itself, as before.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from warmup_gui.qt.off_thread import run_off_thread

SOLVE_DELAY_MS = 100  # the figures are solved from just after the first paint...
START_DELAY_MS = 3000  # ...and the rest is readied from this long after it

# What the workout, the presenter and the history import when first shown, the sound and voice
# cues' Qt modules included (a Qt without them is the cue player's to report, not this).
SCREEN_MODULES = (
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "warmup_gui.qt.screens.workout",
    "warmup_gui.qt.screens.presenter",
    "warmup_gui.qt.screens.history",
    "warmup_gui.qt.screens.checklist",
    "warmup_gui.qt.screens.summary",
    "warmup_gui.qt.session_cues",
    "warmup_gui.qt.care",
    "warmup_gui.core.care",
    "warmup_gui.core.demo",
)
# PySide6 classes the later screens' first frames use that none of their modules names (a
# label painting through its QStyle): PySide6 builds a class, and all its enums, at its first
# use, which for QStyle is over ten milliseconds.
SCREEN_CLASSES = (("PySide6.QtWidgets", "QStyle"), ("PySide6.QtWidgets", "QStyleOption"))


def solve_pictures() -> None:
    """Solve what the overview's pictures show: each movement's place in the picture and its
    end pose with the motion arrow, each way round (the core keeps them)."""
    from warmup_gui.core.figure import frame_for, still_shapes
    from warmup_gui.core.pose_library import MOVEMENTS

    for movement in MOVEMENTS:
        frame_for(movement)
        for mirrored in (False, True):
            still_shapes(movement, True, mirrored)


def solve_figures() -> None:
    """Solve the rest of every moving figure: its start pose's still picture, each way
    round (the moving frames' skeletons come with the place in the picture)."""
    from warmup_gui.core.figure import still_shapes
    from warmup_gui.core.pose_library import MOVEMENTS

    for movement in MOVEMENTS:
        for mirrored in (False, True):
            still_shapes(movement, False, mirrored)


class ScreenPreparer(QObject):
    """Solves the figures off the GUI thread, showing the overview's ``pictures`` once theirs
    are; then, from ``START_DELAY_MS`` on, imports the screens' modules and runs each of
    ``builds`` (the window's screens, made hidden) in idle turns; ``done`` once all is."""

    _pictures_solved = Signal()

    def __init__(self, builds: Sequence[Callable[[], object]] = (),
                 pictures: Callable[[], object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._started = False
        self._steps: list[Callable[[], object]] = [
            *(partial(_import, name) for name in SCREEN_MODULES),
            *(partial(_build_class, module, name) for module, name in SCREEN_CLASSES), *builds]
        self._waiting = {"solved", "delay"}  # what the imports and builds wait for
        self.done = False
        if pictures is not None:
            self._pictures_solved.connect(pictures)

    def start(self, delay_ms: int = START_DELAY_MS, solve_delay_ms: int = SOLVE_DELAY_MS
              ) -> None:
        """Solve from ``solve_delay_ms`` on, import and build from ``delay_ms`` on (once;
        later calls do nothing)."""
        if not self._started:
            self._started = True
            QTimer.singleShot(solve_delay_ms, self, self._begin)
            QTimer.singleShot(delay_ms, self, partial(self._ready, "delay"))

    def _begin(self) -> None:
        self._thread = run_off_thread(self, (
            (solve_pictures, lambda _: self._pictures_solved.emit()),
            (solve_figures, lambda _: self._ready("solved"))), "figure solver")

    def _ready(self, what: str) -> None:
        self._waiting.discard(what)
        if not self._waiting:
            self._next_step()

    def _next_step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
            QTimer.singleShot(0, self, self._next_step)  # dropped if this object goes
            return
        self.done = True


def _import(name: str) -> None:
    with contextlib.suppress(ImportError):
        importlib.import_module(name)


def _build_class(module: str, name: str) -> None:
    getattr(importlib.import_module(module), name)

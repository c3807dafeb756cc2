"""Shared by the window tests: a main window set up the way each of them needs it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from warmup_gui.core.clock import FakeClock
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import Settings


class Calendar:
    """A wall clock for history stamps that moves ``step`` (a minute) at each look."""

    def __init__(self, step: timedelta = timedelta(minutes=1)) -> None:
        self.t = datetime(2026, 11, 2, 7, 0)
        self.step = step

    def __call__(self) -> datetime:
        self.t += self.step
        return self.t


REPO = Path(__file__).resolve().parents[2]


def run_as_the_app(code: str, tmp_path: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    """``code`` run by a Python of its own, offscreen and with no display to find, its data,
    settings and cache folders under ``tmp_path``: a start as a user's, measured from outside."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               WARMUP_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def show_window(qtbot: QtBot, routine: Routine, path: Path, tmp_path: Path, *,
                clock: FakeClock | None = None, now: Callable[[], datetime] = datetime.now,
                sound: bool = True, **window_args: Any) -> MainWindow:
    """A MainWindow with its settings and history under tmp_path, shown, holding the
    keyboard, with the history read for the overview (as after its first paint);
    ``window_args`` go to MainWindow as they are (a camera source, a tracker)."""
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.sound_on = sound
    win = MainWindow(routine, path, clock=clock or FakeClock(), settings=settings,
                     data_folder=tmp_path / "data", now=now, **window_args)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitActive(win)
    # History is read in a worker thread; 10,000 sessions take seconds on a busy machine.
    qtbot.waitUntil(lambda: win.personal_loaded, timeout=60_000)
    return win


def mirror_likeness(a: QImage, b: QImage) -> float:
    """The share of sampled pixels that agree (ink or not) between ``b`` and ``a`` flipped
    left to right: 1.0 for exact mirror images; antialiased edges cost a little."""
    flipped = a.flipped(Qt.Orientation.Horizontal)
    points = [(x, y) for x in range(0, a.width(), 2) for y in range(0, a.height(), 2)]
    same = sum(1 for x, y in points if (flipped.pixelColor(x, y).lightness() < 80)
               == (b.pixelColor(x, y).lightness() < 80))
    return same / len(points)

"""The history is read once, off the GUI thread, after the first paint; the window works while
it is read, and the sessions it begins join the history without reading the folder again."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.history import HistoryStore, LoadResult
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import Settings

NOW = datetime(2026, 11, 1, 7, 0)


def write_sessions(folder: Path, routine: Routine, count: int) -> None:
    store = HistoryStore(folder)
    for i in range(count):
        store.start_session(NOW - timedelta(days=i + 1), routine.title, "/r.yaml", 1)


class ReadLog:
    """Wraps HistoryStore.load_all: which threads read the folder; optionally held back."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: list[int] = []
        self.release = threading.Event()
        self.release.set()
        original = HistoryStore.load_all

        def load_all(store: HistoryStore, now: datetime | None = None) -> LoadResult:
            self.threads.append(threading.get_ident())
            self.release.wait(timeout=60)
            return original(store, now)

        monkeypatch.setattr(HistoryStore, "load_all", load_all)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> ReadLog:
    return ReadLog(monkeypatch)


def test_the_folder_is_read_once_in_a_worker_thread(qtbot: QtBot, routine: Routine,
                                                     bundled_path: Path, tmp_path: Path,
                                                     reads: ReadLog) -> None:
    write_sessions(tmp_path / "data", routine, 3)
    win = show_window(qtbot, routine, bundled_path, tmp_path, now=lambda: NOW)
    assert reads.threads and threading.get_ident() not in reads.threads
    qtbot.keyClick(win, Qt.Key.Key_L)
    assert len(win.history.sessions.lines) == 3
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    qtbot.keyClick(win, Qt.Key.Key_L)
    assert len(reads.threads) == 1  # the history screen and the overview share one reading


def test_the_window_paints_and_answers_keys_while_the_history_is_read(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        reads: ReadLog) -> None:
    write_sessions(tmp_path / "data", routine, 2)
    reads.release.clear()  # the reading stalls until released
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(routine, bundled_path, clock=FakeClock(), settings=settings,
                     data_folder=tmp_path / "data", now=lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: bool(reads.threads))  # asked for, after the first paint
    assert not win.personal_loaded
    qtbot.keyClick(win, Qt.Key.Key_L)
    assert win.current_screen() is win.history
    assert win.history.summary.text() == "Reading your history…"
    reads.release.set()
    qtbot.waitUntil(lambda: win.personal_loaded)
    assert len(win.history.sessions.lines) == 2  # filled in where it stands
    assert win.history.summary.text().startswith("2 warm-ups since")


def test_a_session_begun_here_joins_the_history_without_a_new_reading(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        reads: ReadLog) -> None:
    write_sessions(tmp_path / "data", routine, 1)
    win = show_window(qtbot, routine, bundled_path, tmp_path, now=lambda: NOW)
    win.start_workout()
    win.back_to_overview()
    qtbot.keyClick(win, Qt.Key.Key_L)
    lines = win.history.sessions.lines
    assert len(lines) == 2
    assert lines[0].record is win.journal.record  # newest first, the journal's own record
    assert len(reads.threads) == 1

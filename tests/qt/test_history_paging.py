"""Every session can be reached on the history screen, with 10,000 of them on disk."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.history import HistoryStore, SessionRecord, record_to_json
from warmup_gui.core.routine import Routine

COUNT = 10_000
NEWEST = datetime(2026, 11, 1, 7, 0)
# Loading 10,000 files takes a few seconds here; ten times that still passes under load.
LOAD_BOUND_S = 60.0


def write_sessions(folder: Path, routine: Routine) -> None:
    store = HistoryStore(folder)
    store.sessions_dir.mkdir(parents=True)
    for i in range(COUNT):
        record = SessionRecord(f"s{i:05d}", NEWEST - timedelta(hours=6 * i), routine.title,
                               "/r.yaml", 2, duration_s=600.0, finished=True)
        path = store.path_of(record)
        path.write_text(json.dumps(record_to_json(record)))  # no fsync: test set-up only


def test_every_one_of_10000_sessions_can_be_reached(qtbot: QtBot, routine: Routine,
                                                   bundled_path: Path, tmp_path: Path) -> None:
    write_sessions(tmp_path / "data", routine)
    win = show_window(qtbot, routine, bundled_path, tmp_path, now=lambda: NEWEST)
    started = time.perf_counter()
    qtbot.keyClick(win, Qt.Key.Key_L)
    assert time.perf_counter() - started < LOAD_BOUND_S
    assert win.current_screen() is win.history
    history = win.history
    first_page = history.visible_rows()
    per_page = len(first_page)
    assert per_page >= 4
    assert history.sessions.more_text() == f"and {COUNT - per_page} earlier · Page Down"
    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    second = history.visible_rows()
    assert second and second[0] != first_page[0]
    assert history.sessions.more_text().startswith(f"{per_page + 1}–{2 * per_page} of {COUNT}")
    qtbot.keyClick(win, Qt.Key.Key_End)
    last = history.visible_rows()
    assert history.sessions.first == COUNT - per_page
    assert history.sessions.more_text().endswith("Page Up newer")
    oldest = NEWEST - timedelta(hours=6 * (COUNT - 1))
    assert last[-1].startswith(f"{oldest:%a} {oldest.day} {oldest:%b}")
    qtbot.keyClick(win, Qt.Key.Key_Home)
    assert history.visible_rows() == first_page
    # Paging from the newest to the oldest shows every session.
    covered = set(range(per_page))
    while history.sessions.page(1):
        first = history.sessions.first
        covered.update(range(first, first + len(history.visible_rows())))
    assert covered == set(range(COUNT))

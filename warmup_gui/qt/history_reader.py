"""HistoryReader: the history as a window knows it, read from disk once, off the GUI thread.

Reading every session file takes about a second with 10,000 of them, so the window never reads
them on its own thread: :meth:`HistoryReader.start` (called once the window has painted) reads
the folder in a worker thread, and ``loaded`` is emitted on the GUI thread when that is done.
From then on the history lives in memory: the sessions read, plus each session this window
begins (the very record the journal keeps writing, so its reps and ratings count at once).
Another window writing to the same folder meanwhile is not seen until the next start, as the
overview says when two windows are open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QObject, Signal

from warmup_gui.core.history import (
    HistoryStore,
    LoadProblem,
    LoadResult,
    SessionRecord,
    with_sessions,
)
from warmup_gui.qt.off_thread import run_off_thread


class HistoryReader(QObject):
    """Reads ``store`` once in a worker thread; ``result()`` is what is known so far."""

    loaded = Signal()  # on the GUI thread, once the folder has been read

    def __init__(self, store: HistoryStore, now: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._now = now
        self._read: LoadResult | None = None
        self._own: dict[str, SessionRecord] = {}
        self._thread: threading.Thread | None = None

    @property
    def ready(self) -> bool:
        """Whether the folder has been read."""
        return self._read is not None

    def start(self) -> None:
        """Start reading the folder (once; later calls do nothing)."""
        if self._thread is None:
            read = partial(_read_folder, self.store, self._now())
            self._thread = run_off_thread(self, ((read, self._on_read_done),), "history reader")

    def _on_read_done(self, result: LoadResult) -> None:
        self._read = result
        self.loaded.emit()

    def keep(self, record: SessionRecord) -> None:
        """A session this window began: part of the history from now on."""
        self._own[record.file_name] = record

    def result(self) -> LoadResult:
        """Every session read and every one kept, oldest first, and what could not be read;
        only the kept ones while the folder is still being read."""
        read = self._read or LoadResult((), ())
        if not self._own:
            return read
        return LoadResult(with_sessions(read.sessions, self._own.values()), read.problems)


def _read_folder(store: HistoryStore, now: datetime) -> LoadResult:
    try:
        return store.load_all(now)
    except OSError as exc:  # the folder itself (each file's failure is load_all's)
        name = store.sessions_dir.name
        return LoadResult((), (LoadProblem(name, exc.strerror or str(exc), None),))

"""SessionJournal: keeps the history file of the session under way up to date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from warmup_gui.core.history import HistoryStore, LoadResult, SessionRecord
from warmup_gui.qt.bridge import SessionBridge


class SessionJournal(QObject):
    """Writes the session to history when it starts, at every counted rep and step, and
    at the end, so a crash loses at most the rep under way. A failed write is reported
    through ``write_failed`` once per session and never stops the workout."""

    write_failed = Signal(str)

    def __init__(self, store: HistoryStore, bridge: SessionBridge,
                 now: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.bridge = bridge
        self._now = now
        self.record: SessionRecord | None = None
        self._session: object = None  # the session the record is about
        self._failed = False
        bridge.step_changed.connect(self._on_progress)
        bridge.rep_counted.connect(self._on_progress)
        bridge.finished.connect(self._on_finished)

    def begin(self, routine_title: str, routine_path: Path | None, rounds: int,
              skipped: list[str]) -> None:
        self._failed = False
        self.record = None
        self._session = self.bridge.session
        try:
            self.record = self.store.start_session(self._now(), routine_title,
                                                   str(routine_path or ""), rounds, skipped)
        except OSError as exc:
            self._report(exc)

    def load(self) -> LoadResult:
        return self.store.load_all()

    def save(self) -> None:
        """Write the record as it is now (after a rating, a pain flag, a symptom score)."""
        if self.record is None:
            return
        try:
            self.store.update(self.record)
        except OSError as exc:
            self._report(exc)

    def _current(self) -> SessionRecord | None:
        """The record, while the bridge still runs the session it was begun for (a new,
        unstarted session must never overwrite a finished one)."""
        return self.record if self.bridge.session is self._session else None

    def _on_progress(self, _: int) -> None:
        record = self._current()
        if record is not None and not record.finished:
            record.record_summary(self.bridge.session.summary(), finished=False)
            self.save()

    def _on_finished(self) -> None:
        record = self._current()
        if record is not None:
            record.record_summary(self.bridge.session.summary(), finished=True)
            self.save()

    def _report(self, exc: OSError) -> None:
        if not self._failed:
            self._failed = True
            self.write_failed.emit(f"History could not be saved: {exc}")

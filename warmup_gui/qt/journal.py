"""SessionJournal: keeps the history file of the session under way up to date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from warmup_gui.core.engine import Status
from warmup_gui.core.history import HistoryStore, LoadResult, SessionRecord
from warmup_gui.core.saving import RecordKeeper
from warmup_gui.qt.bridge import SessionBridge

# How often a session whose file could not be written is tried again, when nothing else
# (a rep, a step, a rating) writes it sooner.
RETRY_INTERVAL_MS = 3000


class SessionJournal(QObject):
    """Writes the session to history when it starts, at every rep counted or taken back, at
    every step and at the end, so a crash loses at most the rep under way. A failed write
    never stops the workout: the record stays in memory, ``save_problem_changed`` says why it
    is not saved (and "" once it is), and the write is retried until it succeeds."""

    save_problem_changed = Signal(str)
    record_changed = Signal()  # the record was changed and written (or tried)

    def __init__(self, store: HistoryStore, bridge: SessionBridge,
                 now: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None,
                 timer_factory: Callable[[QObject], QTimer] = QTimer) -> None:
        super().__init__(parent)
        self.store = store
        self.bridge = bridge
        self._now = now
        self._keeper = RecordKeeper(store)
        self._session: object = None  # the session the record is about
        self._shown = ""
        self.retry_timer = timer_factory(self)
        self.retry_timer.setInterval(RETRY_INTERVAL_MS)
        self.retry_timer.timeout.connect(self.retry)
        bridge.step_changed.connect(self._on_progress)
        bridge.rep_counted.connect(self._on_progress)
        bridge.rep_undone.connect(self._on_progress)
        bridge.finished.connect(self._on_finished)

    @property
    def record(self) -> SessionRecord | None:
        return self._keeper.record

    @property
    def problem(self) -> str:
        """Why the session under way is not saved, or ""."""
        return self._keeper.problem

    def begin(self, routine_title: str, routine_path: Path | None, rounds: int,
              skipped: list[str]) -> None:
        self._session = self.bridge.session
        # Stored absolute: the history must name the same file whatever folder the app was
        # started from.
        path = str(routine_path.absolute()) if routine_path is not None else ""
        self._keeper.begin(self._now(), routine_title, path, rounds, skipped)
        self._follow()

    def resume(self, record: SessionRecord) -> None:
        """Go on writing ``record``, a session cut off earlier, for the bridge's session."""
        self._session = self.bridge.session
        self._keeper.resume(record)
        self._follow()

    def load(self) -> LoadResult:
        return self.store.load_all(self._now())

    def save(self) -> None:
        """Write the record as it is now (after a rating, a pain flag, a symptom score)."""
        self._keeper.save()
        self._follow()
        self.record_changed.emit()

    def retry(self) -> None:
        self._keeper.retry()
        self._follow()

    def stop(self) -> None:
        """The window is closing: the session under way is written as it stands (its active
        time too), or a failed write tried once more; then no more retries."""
        record = self._current()
        if record is not None:
            finished = self.bridge.state.status is Status.FINISHED
            record.record_summary(self.bridge.session.summary(), finished=finished)
            self.save()
        else:
            self.retry()
        self.retry_timer.stop()

    def _follow(self) -> None:
        problem = self._keeper.problem
        if problem and not self.retry_timer.isActive():
            self.retry_timer.start()
        elif not problem:
            self.retry_timer.stop()
        if problem != self._shown:
            self._shown = problem
            self.save_problem_changed.emit(problem)

    def _current(self) -> SessionRecord | None:
        """The record, while the bridge still runs the session it was begun for (a new,
        unstarted session must never overwrite a finished one)."""
        return self._keeper.record if self.bridge.session is self._session else None

    def _on_progress(self, _: int) -> None:
        record = self._current()
        if record is not None:
            # A rep taken back just after the end reopens the session: no longer finished.
            finished = self.bridge.state.status is Status.FINISHED
            record.record_summary(self.bridge.session.summary(), finished=finished)
            self.save()

    def _on_finished(self) -> None:
        record = self._current()
        if record is not None:
            record.record_summary(self.bridge.session.summary(), finished=True)
            self.save()

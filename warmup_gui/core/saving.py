"""Keeping the session under way on disk, and knowing when the disk does not have it.

:class:`RecordKeeper` owns the record of the session under way. The record lives in memory
from the start, whether or not its file could be written; every :meth:`RecordKeeper.save`
writes it whole, so the first write that works after a failure (space freed, the folder made
writable) saves everything counted so far. While the file on disk is behind, ``problem`` says
why, in words meant for the person doing the warm-up.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from warmup_gui.core.history import HistoryStore, SessionRecord
from warmup_gui.core.words import Words

SavingWords = Words("SavingWords")


def write_problem(exc: OSError) -> str:
    """A short sentence for a failed history write: what happened, not a traceback."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename:
        reason = f"{reason} ({exc.filename})"
    return SavingWords.tr("This session is not saved yet: {reason}. Your reps are kept and are "
                          "saved as soon as the history folder can be written again.").format(
                              reason=reason)


class RecordKeeper:
    """The record of one session at a time and whether its file is up to date."""

    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self.record: SessionRecord | None = None
        self.problem = ""  # why the file on disk is behind the record; "" when it is not

    @property
    def unsaved(self) -> bool:
        return bool(self.problem)

    def begin(self, started: datetime, routine_title: str, routine_path: str | Path,
              rounds: int, skipped: Iterable[str] = ()) -> SessionRecord:
        """A new record, kept in memory and written at once if it can be."""
        record = SessionRecord(
            id=uuid.uuid4().hex[:8], started=started, routine_title=routine_title,
            routine_path=str(routine_path), rounds=rounds, skipped=list(skipped))
        while self._exists(record):
            record.id = uuid.uuid4().hex[:8]
        self.record = record
        self.problem = ""
        self.save()
        return record

    def resume(self, record: SessionRecord) -> None:
        """Go on keeping a record begun earlier (a session taken up again)."""
        self.record = record
        self.problem = ""
        self.save()

    def _exists(self, record: SessionRecord) -> bool:
        try:
            return self.store.path_of(record).exists()
        except OSError:
            return False

    def save(self) -> bool:
        """Write the record as it is now; False (and ``problem`` set) when that failed."""
        if self.record is None:
            return True
        try:
            self.store.update(self.record)
        except OSError as exc:
            self.problem = write_problem(exc)
            return False
        self.problem = ""
        return True

    def retry(self) -> bool:
        """Try again to write a record whose last write failed; True once the disk has it."""
        return self.save() if self.unsaved else True

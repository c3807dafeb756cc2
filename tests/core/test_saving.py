"""A session whose file cannot be written is kept in memory and saved once writing works."""

from __future__ import annotations

import errno
import os
from datetime import datetime
from pathlib import Path

import pytest

from warmup_gui.core import history
from warmup_gui.core.history import ExerciseLog, HistoryStore
from warmup_gui.core.saving import RecordKeeper, write_problem

START = datetime(2026, 11, 2, 7, 0)


def test_a_session_begun_where_nothing_can_be_written_is_saved_once_it_can(
        tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.write_text("a file where the folder should be")
    keeper = RecordKeeper(HistoryStore(folder))
    record = keeper.begin(START, "Warm-up", "/r.yaml", 2)
    assert keeper.unsaved and "not saved yet" in keeper.problem
    record.exercises["toe"] = ExerciseLog("Toe touch", 1, 2, 7)
    assert not keeper.save()
    assert not keeper.retry()
    folder.unlink()  # the folder can be made now
    assert keeper.retry()
    assert not keeper.unsaved and keeper.problem == ""
    (loaded,) = HistoryStore(folder).load_all().sessions
    assert loaded.id == record.id and loaded.reps_done == 7


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_a_failing_write_names_its_reason_and_the_next_one_catches_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    store = HistoryStore(tmp_path)
    keeper = RecordKeeper(store)
    record = keeper.begin(START, "Warm-up", "/r.yaml", 2)
    real = history.atomic_write_json

    def failing(path: Path, data: object) -> None:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(history, "atomic_write_json", failing)
    record.exercises["toe"] = ExerciseLog("Toe touch", 1, 2, 3)
    assert not keeper.save()
    assert os.strerror(code) in keeper.problem
    assert store.load_all().sessions[0].reps_done == 0  # the last good write is intact
    monkeypatch.setattr(history, "atomic_write_json", real)
    record.exercises["toe"].reps_done = 4
    assert keeper.retry()
    assert store.load_all().sessions[0].reps_done == 4


def test_retry_does_nothing_while_saved(tmp_path: Path) -> None:
    keeper = RecordKeeper(HistoryStore(tmp_path))
    assert keeper.retry()  # nothing begun, nothing to write
    keeper.begin(START, "Warm-up", "", 1)
    assert keeper.retry() and not keeper.unsaved


def test_the_problem_is_one_plain_sentence() -> None:
    text = write_problem(OSError(errno.ENOSPC, "No space left on device", "/d/sessions/x.json"))
    assert text.startswith("This session is not saved yet: No space left on device")
    assert "/d/sessions/x.json" in text and "Errno" not in text

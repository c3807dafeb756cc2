"""Every history write of a real session failing in turn (ENOSPC, EROFS, EIO, at each stage
of the atomic write): after a restart, history holds every rep counted up to the last write
that succeeded, no earlier file changed, and the next write that works catches up."""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from warmup_gui.core import history
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Session, StepKind
from warmup_gui.core.history import HistoryStore, SessionRecord
from warmup_gui.core.loader import load_routine
from warmup_gui.core.saving import RecordKeeper

ROUTINE = load_routine(Path(__file__).resolve().parents[2] / "routines" / "hamstring_warmup.yaml")
START = datetime(2026, 11, 2, 7, 0)
NOW = START + timedelta(hours=2)
# How a write fails, and the stages of atomic_write_json where each error can arise; the
# stage goes round as the failing write moves on.
FAULTS = {errno.ENOSPC: ("mkstemp", "write"), errno.EROFS: ("mkstemp", "replace"),
          errno.EIO: ("write", "fsync")}
WRITES = 19  # atomic writes in the script


class Disk:
    """Stands in for ``os`` and ``tempfile`` inside the history module: everything is real,
    except that write number ``fail_at`` (counting from 0) fails at ``stage`` with ``code``."""

    def __init__(self, fail_at: int = -1, stage: str = "", code: int = 0) -> None:
        self.fail_at, self.stage, self.code = fail_at, stage, code
        self.writes = 0  # atomic writes begun
        self.failed = False

    def _fail(self, stage: str) -> None:
        if stage == self.stage and self.writes - 1 == self.fail_at:
            self.failed = True
            raise OSError(self.code, os.strerror(self.code))

    def mkstemp(self, **kwargs: Any) -> tuple[int, str]:
        self.writes += 1
        self._fail("mkstemp")
        return tempfile.mkstemp(**kwargs)

    def fdopen(self, fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = os.fdopen(fd, *args, **kwargs)
        disk = self

        class Half:
            """A file that writes half of what it is given, then fails (a disk filling up)."""

            def __enter__(self) -> Half:
                return self

            def __exit__(self, *exc: object) -> None:
                handle.close()

            def write(self, text: str) -> int:
                if disk.stage == "write" and disk.writes - 1 == disk.fail_at:
                    handle.write(text[: len(text) // 2])
                    handle.flush()
                    disk._fail("write")
                return handle.write(text)

            def __getattr__(self, name: str) -> Any:
                return getattr(handle, name)

        return Half()

    def fsync(self, fd: int) -> None:
        self._fail("fsync")
        os.fsync(fd)

    def replace(self, src: Any, dst: Any) -> None:
        self._fail("replace")
        os.replace(src, dst)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Disk]]:
    def install(*args: Any) -> Disk:
        fake = Disk(*args)
        monkeypatch.setattr(history, "os", fake)
        monkeypatch.setattr(history, "tempfile", fake)
        return fake

    yield install


def earlier_sessions(store: HistoryStore) -> dict[str, bytes]:
    """Two sessions from before, as their files' digests."""
    for day in (1, 2):
        record = SessionRecord(f"old{day}", START - timedelta(days=day), ROUTINE.title, "/r", 2)
        record.rate(ROUTINE.exercises[0].id, "gold")
        store.update(record)
    return digests(store)


def digests(store: HistoryStore) -> dict[str, bytes]:
    return {p.name: hashlib.sha256(p.read_bytes()).digest()
            for p in store.sessions_dir.glob("*.json")}


class Run:
    """A real session on a FakeClock, saved the way the journal saves it: at the start, at
    every rep counted or taken back, at every step, at the end."""

    def __init__(self, store: HistoryStore) -> None:
        self.clock = FakeClock()
        self.session = Session(ROUTINE, self.clock, 2)
        self.keeper = RecordKeeper(store)
        self.saved_reps: int | None = None  # reps at the last write that succeeded
        self.events: list[tuple[bool, int]] = []

    def save(self) -> None:
        record = self.keeper.record
        assert record is not None
        record.record_summary(self.session.summary(), finished=False)
        if self.keeper.save():
            self.saved_reps = record.reps_done
        self.events.append((not self.keeper.unsaved, record.reps_done))

    def script(self, after_each: Callable[[], None]) -> None:
        self.keeper.begin(START, ROUTINE.title, "/r.yaml", 2)
        self.saved_reps = 0 if not self.keeper.unsaved else None
        after_each()
        self.session.start()
        works = [i for i, s in enumerate(self.session.steps) if s.kind is StepKind.WORK]
        for index in works[:3]:
            self.session.goto(index)
            self.save()
            after_each()
            for action in ("count", "count", "count", "undo", "count"):
                self.clock.advance(1.5)
                getattr(self.session, f"{action}_rep")()
                self.save()
                after_each()


def test_the_script_writes_often_enough(tmp_path: Path, disk: Callable[..., Disk]) -> None:
    fake = disk()
    run = Run(HistoryStore(tmp_path))
    run.script(lambda: None)
    assert fake.writes == WRITES and run.saved_reps == 9


def one_run(folder: Path, install: Callable[[], Disk]) -> int:
    """The script with one write failing; the reps lost (always 0) once it is over."""
    store = HistoryStore(folder)
    before = earlier_sessions(store)
    fake = install()  # only the session's own writes count, and may fail
    run = Run(store)
    checked = []

    def after_each() -> None:
        """A restart now: what the disk holds is what the last good write saved."""
        if not fake.failed or checked:
            return
        checked.append(True)
        loaded = store.load_all(NOW)
        assert loaded.problems == ()
        mine = [s for s in loaded.sessions if not s.id.startswith("old")]
        on_disk = mine[0].reps_done if mine else None
        assert on_disk == run.saved_reps, (fake.fail_at, run.events)
        assert {k: v for k, v in digests(store).items() if k in before} == before

    run.script(after_each)
    assert fake.failed and checked
    run.keeper.retry()  # the journal's retry timer, or closing the window
    loaded = store.load_all(NOW)
    assert loaded.problems == ()
    (mine,) = [s for s in loaded.sessions if not s.id.startswith("old")]
    assert {k: v for k, v in digests(store).items() if k in before} == before
    return run.session.summary().reps_done - mine.reps_done


@pytest.mark.parametrize("code", FAULTS, ids=[errno.errorcode[c] for c in FAULTS])
def test_each_write_failing_in_turn_loses_nothing_saved(
        tmp_path: Path, disk: Callable[..., Disk], code: int) -> None:
    lost: list[int] = []
    for fail_at in range(WRITES):
        stage = FAULTS[code][fail_at % 2]
        lost.append(one_run(tmp_path / str(fail_at),
                            lambda n=fail_at, st=stage: disk(n, st, code)))
    assert lost == [0] * WRITES

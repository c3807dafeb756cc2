"""Whatever a history file holds, it is moved aside and named and every other session loads;
reading it stays within generous time and memory bounds."""

from __future__ import annotations

import json
import os
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from warmup_gui.core.history import (
    HistoryStore,
    PersonalPrefs,
    Rating,
    SessionRecord,
    gold_exercises,
    record_to_json,
    skip_suggestions,
)
from warmup_gui.core.loader import load_routine
from warmup_gui.core.routine import Routine

TOE = "toe_touch_progression"
MONDAY = datetime(2025, 11, 24, 7, 30)
NOW = datetime(2025, 12, 1, 8, 0)
# Reading one capped file (1 MiB at most) costs milliseconds and a few MiB; ten times more
# still passes on a loaded machine, while a blow-up (seconds, hundreds of MiB) fails.
TIME_BOUND_S = 5.0
MEMORY_BOUND_BYTES = 64 * 1024 * 1024


def _good(sid: str, day: int) -> dict[str, Any]:
    record = SessionRecord(sid, MONDAY + timedelta(days=day), "Warm-up", "/r.yaml", 2)
    record.rate(TOE, Rating.GARBAGE)
    return record_to_json(record)


def _with(**changes: object) -> bytes:
    data = _good("bad", 2) | changes
    return json.dumps(data).encode()


def _edit(edit: Callable[[dict[str, Any]], object]) -> bytes:
    data = _good("bad", 2)
    edit(data)
    return json.dumps(data).encode()


HOSTILE: dict[str, bytes] = {
    "float-overflow": _with().replace(b'"duration_s": 0.0', b'"duration_s": 1e400'),
    "int-400-digits": _with().replace(b'"rounds": 2', b'"rounds": ' + b"9" * 400),
    "int-5000-digits": _with().replace(b'"rounds": 2', b'"rounds": ' + b"9" * 5000),
    "nested-lists": b"[" * 200_000 + b"]" * 200_000,
    "nested-objects": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "nested-unclosed": b"[" * 200_000,
    "nested-inside": _with(skipped=json.loads("[" * 40 + "]" * 40)),
    "negative-reps": _edit(lambda d: d["exercises"].update(
        {TOE: {"name": "x", "sets_done": 1, "sets_planned": 2, "reps_done": -5}})),
    "huge-reps": _edit(lambda d: d["exercises"].update(
        {TOE: {"name": "x", "sets_done": 1, "sets_planned": 2, "reps_done": 10**14}})),
    "reps-as-text": _edit(lambda d: d["exercises"].update(
        {TOE: {"name": "x", "sets_done": 1, "sets_planned": 2, "reps_done": "12"}})),
    "reps-as-bool": _edit(lambda d: d["exercises"].update(
        {TOE: {"name": "x", "sets_done": True, "sets_planned": 2, "reps_done": 1}})),
    "exercises-a-list": _with(exercises=[1, 2]),
    "ratings-a-string": _with(ratings="gold"),
    "id-an-object": _with(id={"x": 1}),
    "duration-negative": _with(duration_s=-1.0),
    "duration-a-year": _with(duration_s=3.2e7),
    "at-s-infinite": _with().replace(b'"pain_flags": []',
                                     b'"pain_flags": [{"exercise_id": "t", "step": 1, '
                                     b'"at_s": -1e999, "choice": "skip"}]'),
    "title-1mb": _with(routine={"title": "x" * 900_000, "path": "/r.yaml"}),
    "title-escapes": _with(routine={"title": '"\\' * 150_000, "path": "/r.yaml"}),
    "over-1mib": _with(routine={"title": "x" * 1_100_000, "path": "/r.yaml"}),
    "dated-9999": _with(started="9999-12-31T23:59:59"),
    "dated-next-year": _with(started="2026-12-01T08:00:00"),
    "date-garbage": _with(started="2025-13-45T99:99"),
    "version-huge": _with(version=10**20),
    "score-11": _edit(lambda d: d["symptoms"].update({"f": {"before": 11, "after": None}})),
    "top-level-number": b"1e400",
}


@pytest.fixture(scope="module")
def routine() -> Routine:
    return load_routine(Path(__file__).resolve().parents[2] / "routines" / "hamstring_warmup.yaml")


def _measure(action: Callable[[], object]) -> tuple[object, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = action()
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, elapsed, peak


@pytest.mark.parametrize("content", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_session_file_is_moved_aside_named_and_the_rest_loads(
        tmp_path: Path, routine: Routine, content: bytes) -> None:
    store = HistoryStore(tmp_path)
    store.sessions_dir.mkdir(parents=True)
    for sid, day in (("a", 0), ("b", 1)):
        (store.sessions_dir / f"{sid}.json").write_text(json.dumps(_good(sid, day)))
    bad = store.sessions_dir / "2025-11-26T07-30-00-bad.json"
    bad.write_bytes(content)
    result, elapsed, peak = _measure(lambda: store.load_all(NOW))
    assert isinstance(result, type(store.load_all()))
    assert [r.id for r in result.sessions] == ["a", "b"]
    (problem,) = result.problems
    assert problem.file == bad.name and problem.kept_as == bad.name + ".corrupt"
    assert bad.name in str(problem)
    assert (store.sessions_dir / problem.kept_as).read_bytes() == content
    assert elapsed < TIME_BOUND_S, f"{elapsed:.1f} s"
    assert peak < MEMORY_BOUND_BYTES, f"{peak / 2**20:.0f} MiB"
    # What history teaches still works from the sessions that loaded.
    assert skip_suggestions(result.sessions, routine) == [TOE]
    assert gold_exercises(result.sessions, routine) == []


@pytest.mark.parametrize("content", [
    HOSTILE["int-5000-digits"], HOSTILE["nested-lists"], b'{"version": 1, "skipped": [], '
    b'"gold": [], "since": "' + b"9" * 5000 + b'"}', b'{"version": 1e400}',
], ids=["digits", "nested", "since-long", "version-inf"])
def test_hostile_prefs_are_moved_aside_and_named(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "prefs.json").write_bytes(content)
    prefs = PersonalPrefs(tmp_path)
    assert prefs.skipped == set() and prefs.since is None
    assert prefs.problem is not None and prefs.problem.kept_as == "prefs.json.corrupt"


def test_a_note_full_of_brackets_is_not_too_deep(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    record = SessionRecord("s", MONDAY, "Warm-up", "/r.yaml", 2)
    record.rate(TOE, Rating.GOLD, "[" * 150 + "{" * 40)
    store.update(record)
    result = store.load_all(NOW)
    assert result.problems == () and result.sessions == (record,)


def test_a_session_from_today_and_from_another_time_zone_loads(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    record = SessionRecord("s", NOW + timedelta(hours=10), "Warm-up", "/r.yaml", 2)
    store.update(record)
    assert store.load_all(NOW).sessions == (record,)


def test_stale_temp_files_are_removed_and_fresh_ones_kept(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    record = SessionRecord("s", MONDAY, "Warm-up", "/r.yaml", 2)
    store.update(record)
    stale = store.sessions_dir / f".{record.file_name}.abc.tmp"
    fresh = store.sessions_dir / f".{record.file_name}.def.tmp"
    for path in (stale, fresh):
        path.write_text('{"version": 1, "id"')
    now = datetime.now()
    two_hours_ago = (now - timedelta(hours=2)).timestamp()
    os.utime(stale, (two_hours_ago, two_hours_ago))
    result = store.load_all(now)
    assert result.sessions == (record,) and result.problems == ()
    assert not stale.exists()
    assert fresh.exists()  # perhaps another window's write under way

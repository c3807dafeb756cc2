"""The history store on disk (atomic writes, damaged files kept aside) and what it teaches:
sessions per week, ratings over time, gold and garbage, and the user's reset."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Session
from warmup_gui.core.history import (
    FILE_VERSION,
    BadFile,
    ExerciseLog,
    HistoryStore,
    PainChoice,
    PersonalPrefs,
    Rating,
    SessionRecord,
    gold_exercises,
    ratings_over_time,
    record_from_json,
    record_to_json,
    sessions_per_week,
    skip_suggestions,
    week_start,
    with_sessions,
)
from warmup_gui.core.routine import Routine

TOE, FLOSS, SUPINE = "toe_touch_progression", "nerve_flossing", "supine_toe_touches"
MONDAY = datetime(2025, 11, 24, 7, 30)  # a Monday


def start(store: HistoryStore, when: datetime, sid: str, rounds: int = 2) -> SessionRecord:
    return store.start_session(when, "Tight hamstring warm-up for runners",
                               "/routines/hamstring_warmup.yaml", rounds, session_id=sid)


def rated(when: datetime, sid: str, **ratings: str) -> SessionRecord:
    record = SessionRecord(sid, when, "Warm-up", "r.yaml", 2)
    for exercise_id, rating in ratings.items():
        record.rate(exercise_id, rating)
    return record


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "data")


def session_files(store: HistoryStore) -> list[str]:
    return sorted(p.name for p in store.sessions_dir.iterdir())


# --- files ---------------------------------------------------------------------------------------


def test_a_session_is_its_own_json_file_with_a_version(store: HistoryStore) -> None:
    record = start(store, MONDAY, "ab12cd34")
    assert session_files(store) == ["2025-11-24T07-30-00-ab12cd34.json"]
    data = json.loads(store.path_of(record).read_text(encoding="utf-8"))
    assert data["version"] == FILE_VERSION == 1
    assert data["started"] == "2025-11-24T07:30:00"
    assert data["routine"] == {"title": "Tight hamstring warm-up for runners",
                               "path": "/routines/hamstring_warmup.yaml"}
    assert data["finished"] is False


def test_every_field_round_trips(store: HistoryStore, routine: Routine, clock: FakeClock) -> None:
    record = start(store, MONDAY, "s1", rounds=3)
    session = Session(routine, clock, rounds=3)
    session.start()
    for _ in range(4):
        session.next()
    session.count_rep()
    record.record_summary(session.summary(), finished=False)
    record.rate(TOE, Rating.GOLD, "  loved the\nbreathing  ")
    record.rate(SUPINE, "garbage")
    record.flag_pain(FLOSS, step=5, at_s=93.5, choice="smaller")
    record.set_symptoms(FLOSS, before=3)
    record.set_symptoms(FLOSS, after=1)
    record.skipped.append("mat_only")
    store.update(record)

    loaded = store.load_all()
    assert loaded.problems == ()
    assert loaded.sessions == (record,)
    again = loaded.sessions[0]
    assert again.ratings[TOE].note == "loved the breathing"  # one line of plain text
    assert again.pain_flags[0].choice is PainChoice.SMALLER
    assert again.symptoms[FLOSS].before == 3 and again.symptoms[FLOSS].after == 1
    assert again.exercises[TOE].name == "Toe Touch Progression"
    assert again.rounds == 3
    assert record_from_json(record_to_json(record)) == record


def test_symptom_scores_are_0_to_10(store: HistoryStore) -> None:
    record = start(store, MONDAY, "s1")
    with pytest.raises(ValueError):
        record.set_symptoms(FLOSS, before=11)
    with pytest.raises(ValueError):
        record.rate(TOE, "meh")


def test_update_writes_a_temp_file_fsyncs_it_then_replaces_and_fsyncs_the_folder(
        store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    record = start(store, MONDAY, "s1")
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync-dir" if os.path.isdir(f"/proc/self/fd/{fd}") else "fsync-file")
        real_fsync(fd)

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls.append("replace")
        assert Path(src).parent == Path(dst).parent == store.sessions_dir  # same folder
        assert Path(src).name.endswith(".tmp")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    record.finished = True
    store.update(record)
    if os.path.isdir("/proc/self/fd"):
        assert calls == ["fsync-file", "replace", "fsync-dir"]
    else:
        assert calls[:2] == ["fsync-file", "replace"]
    assert session_files(store) == [record.file_name]  # no temp file left behind


def test_a_write_cut_off_before_the_rename_leaves_the_previous_update(
        store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    record = start(store, MONDAY, "s1")
    record.rate(TOE, "gold")
    store.update(record)
    before = store.path_of(record).read_bytes()

    def power_cut(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", power_cut)
    record.rate(TOE, "garbage")
    with pytest.raises(OSError):
        store.update(record)
    monkeypatch.undo()
    assert store.path_of(record).read_bytes() == before
    assert session_files(store) == [record.file_name]
    (loaded,) = store.load_all().sessions
    assert loaded.ratings[TOE].rating is Rating.GOLD


def test_a_session_killed_midway_keeps_every_update_written(tmp_path: Path,
                                                            routine: Routine) -> None:
    folder = tmp_path / "data"
    store = HistoryStore(folder)
    earlier = start(store, MONDAY - timedelta(days=2), "old")
    earlier.finished = True
    store.update(earlier)

    record = start(store, MONDAY, "live")
    record.set_symptoms(FLOSS, before=2)
    store.update(record)
    record.flag_pain(FLOSS, 7, 120.0, PainChoice.FEWER)
    store.update(record)
    record.rate(TOE, "gold", "easy today")
    store.update(record)
    # The process dies here, in the middle of writing the next update: a temp file is left.
    (store.sessions_dir / f".{record.file_name}.x1y2.tmp").write_text('{"version": 1, "id"')
    del store

    result = HistoryStore(folder).load_all()
    assert result.problems == ()
    assert [r.id for r in result.sessions] == ["old", "live"]
    live = result.sessions[1]
    assert live == record
    assert live.finished is False
    assert live.symptoms[FLOSS].before == 2
    assert live.pain_flags[0].choice is PainChoice.FEWER
    assert live.ratings[TOE].note == "easy today"


def _three_sessions(store: HistoryStore) -> list[SessionRecord]:
    records = []
    for i in range(3):
        record = start(store, MONDAY + timedelta(days=i), f"s{i}")
        record.rate(TOE, "gold")
        record.finished = True
        store.update(record)
        records.append(record)
    return records


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0.0, max_value=1.0, exclude_max=True))
def test_a_file_truncated_at_any_byte_is_kept_aside_and_the_others_load(cut: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = HistoryStore(Path(tmp))
        records = _three_sessions(store)
        victim = store.path_of(records[1])
        content = victim.read_bytes()
        at = int(cut * len(content.rstrip()))  # anything short of the closing brace
        victim.write_bytes(content[:at])

        result = store.load_all()
        assert [r.id for r in result.sessions] == ["s0", "s2"]
        (problem,) = result.problems
        assert problem.file == victim.name
        assert problem.kept_as == victim.name + ".corrupt"
        assert victim.name in str(problem)
        assert not victim.exists()
        assert (store.sessions_dir / problem.kept_as).read_bytes() == content[:at]  # kept
        # Loading again finds nothing new to complain about.
        assert store.load_all().problems == ()


@pytest.mark.parametrize("garbage", [
    bytes(range(256)) * 3,  # binary junk, not UTF-8
    b"\x00" * 4096,
    b"not json at all",
    b"[1, 2, 3]",
    b'{"version": 1}',
    b'{"version": 1, "id": 5}',
    b"NaN",
], ids=["binary", "zeros", "text", "list", "fields-missing", "wrong-type", "nan"])
def test_a_garbage_file_is_kept_aside_and_the_others_load(store: HistoryStore,
                                                          garbage: bytes) -> None:
    records = _three_sessions(store)
    bad = store.sessions_dir / "2025-11-20T06-00-00-junk.json"
    bad.write_bytes(garbage)
    result = store.load_all()
    assert [r.id for r in result.sessions] == [r.id for r in records]
    (problem,) = result.problems
    assert "2025-11-20T06-00-00-junk.json" in str(problem)
    assert (store.sessions_dir / "2025-11-20T06-00-00-junk.json.corrupt").read_bytes() == garbage


def test_a_wrongly_typed_field_deep_inside_is_caught(store: HistoryStore) -> None:
    record = start(store, MONDAY, "s1")
    data = record_to_json(record)
    data["pain_flags"] = [{"exercise_id": FLOSS, "step": 1, "at_s": 3.0, "choice": "scream"}]
    store.path_of(record).write_text(json.dumps(data))
    result = store.load_all()
    assert result.sessions == ()
    assert "choice" in str(result.problems[0])


def test_an_earlier_corrupt_copy_is_never_overwritten(store: HistoryStore) -> None:
    path = store.sessions_dir / "x.json"
    store.sessions_dir.mkdir(parents=True)
    (store.sessions_dir / "x.json.corrupt").write_text("first")
    path.write_text("second")
    (problem,) = store.load_all().problems
    assert problem.kept_as == "x.json.2.corrupt"
    assert (store.sessions_dir / "x.json.corrupt").read_text() == "first"
    assert (store.sessions_dir / "x.json.2.corrupt").read_text() == "second"


def test_a_file_from_a_newer_version_is_reported_but_left_alone(store: HistoryStore) -> None:
    record = start(store, MONDAY, "s1")
    data = record_to_json(record) | {"version": FILE_VERSION + 1}
    store.path_of(record).write_text(json.dumps(data))
    result = store.load_all()
    assert result.sessions == ()
    assert result.problems[0].kept_as is None
    assert store.path_of(record).exists()
    assert "newer version" in str(result.problems[0])


def test_no_folder_yet_means_no_sessions(tmp_path: Path) -> None:
    assert HistoryStore(tmp_path / "nowhere").load_all().sessions == ()


def test_starting_the_same_session_twice_is_refused(store: HistoryStore) -> None:
    start(store, MONDAY, "s1")
    with pytest.raises(FileExistsError):
        start(store, MONDAY, "s1")


def test_a_strange_session_id_cannot_leave_the_folder(store: HistoryStore) -> None:
    record = start(store, MONDAY, "../../evil")
    assert store.path_of(record).parent == store.sessions_dir
    assert "/" not in record.file_name


# --- what the history says -----------------------------------------------------------------------


def test_sessions_per_week_counts_monday_to_sunday_oldest_first() -> None:
    today = date(2025, 11, 27)  # Thursday
    sessions = [
        rated(datetime(2025, 11, 24, 6), "a"),  # this week's Monday
        rated(datetime(2025, 11, 27, 20), "b"),  # today
        rated(datetime(2025, 11, 23, 23, 59), "c"),  # last Sunday: last week
        rated(datetime(2025, 11, 10, 7), "d"),  # three weeks back
        rated(datetime(2025, 10, 1, 7), "e"),  # outside the window
    ]
    for record in sessions:
        record.finished = True
    cut_off = rated(datetime(2025, 11, 25, 7), "f")  # the app closed mid-workout: not done
    assert not cut_off.finished
    sessions.append(cut_off)
    assert sessions_per_week(sessions, 3, today) == [
        (date(2025, 11, 10), 1),
        (date(2025, 11, 17), 1),
        (date(2025, 11, 24), 2),
    ]
    weeks = sessions_per_week(sessions, 8, today)
    assert len(weeks) == 8 and weeks[0][0] == date(2025, 10, 6)
    assert all(monday.weekday() == 0 for monday, _ in weeks)
    assert sum(count for _, count in weeks) == 4
    assert sessions_per_week([], 0, today) == []


def test_ratings_over_time_are_in_start_order_and_skip_unrated_sessions() -> None:
    sessions = [
        rated(MONDAY + timedelta(days=7), "late", **{TOE: "garbage"}),
        rated(MONDAY, "early", **{TOE: "gold"}),
        rated(MONDAY + timedelta(days=3), "mid", **{FLOSS: "okay"}),
    ]
    assert ratings_over_time(sessions, TOE) == [
        (MONDAY, Rating.GOLD), (MONDAY + timedelta(days=7), Rating.GARBAGE)]
    assert ratings_over_time(sessions, SUPINE) == []


def _series(*ratings: str | None, exercise: str = SUPINE) -> list[SessionRecord]:
    return [rated(MONDAY + timedelta(days=i), f"s{i}", **({exercise: r} if r else {}))
            for i, r in enumerate(ratings)]


def test_two_garbage_ratings_in_a_row_suggest_skipping(routine: Routine) -> None:
    assert skip_suggestions(_series("gold", "garbage", "garbage"), routine) == [SUPINE]
    # The last two *rated* sessions: a session without a rating does not break the run.
    assert skip_suggestions(_series("garbage", None, "garbage"), routine) == [SUPINE]


def test_garbage_okay_garbage_suggests_nothing(routine: Routine) -> None:
    assert skip_suggestions(_series("garbage", "okay", "garbage"), routine) == []
    assert skip_suggestions(_series("garbage"), routine) == []
    assert skip_suggestions(_series("garbage", "garbage", "okay"), routine) == []


def test_gold_twice_in_a_row_is_gold(routine: Routine) -> None:
    assert gold_exercises(_series("gold", "gold", exercise=TOE), routine) == [TOE]
    assert gold_exercises(_series("gold", "okay", exercise=TOE), routine) == []


def test_suggestions_since_a_reset_ignore_older_ratings(routine: Routine) -> None:
    sessions = _series("garbage", "garbage", "garbage")
    since = MONDAY + timedelta(days=1, hours=12)  # after the first two
    assert skip_suggestions(sessions, routine, since=since) == []
    assert skip_suggestions(sessions, routine, since=MONDAY) == [SUPINE]


def test_prefs_persist_and_reset(tmp_path: Path) -> None:
    prefs = PersonalPrefs(tmp_path)
    assert prefs.skipped == set() and prefs.gold == set() and prefs.since is None
    prefs.set_skipped(SUPINE)
    prefs.set_gold(TOE)
    again = PersonalPrefs(tmp_path)
    assert again.skipped == {SUPINE} and again.gold == {TOE}
    again.set_skipped(SUPINE, False)
    assert PersonalPrefs(tmp_path).skipped == set()

    again.set_skipped(FLOSS)
    again.reset(MONDAY)
    after = PersonalPrefs(tmp_path)
    assert after.skipped == set() and after.gold == set()
    assert after.since == MONDAY
    assert after.problem is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prefs.json"]  # written atomically


def test_damaged_prefs_are_kept_aside_and_start_empty(tmp_path: Path) -> None:
    (tmp_path / "prefs.json").write_text('{"version": 1, "skipped": [1, 2]')
    prefs = PersonalPrefs(tmp_path)
    assert prefs.skipped == set()
    assert prefs.problem is not None and prefs.problem.kept_as == "prefs.json.corrupt"
    assert (tmp_path / "prefs.json.corrupt").exists()
    prefs.set_gold(TOE)
    assert PersonalPrefs(tmp_path).gold == {TOE}


def test_weeks_can_begin_on_any_day() -> None:
    wednesday = date(2026, 11, 25)
    assert week_start(wednesday) == date(2026, 11, 23)  # Monday
    assert week_start(wednesday, 6) == date(2026, 11, 22)  # Sunday
    assert week_start(date(2026, 11, 22), 6) == date(2026, 11, 22)
    assert week_start(wednesday, 5) == date(2026, 11, 21)  # Saturday


def test_sessions_begun_since_join_those_read_in_order_each_once() -> None:
    def record(day: int, rid: str, reps: int = 0) -> SessionRecord:
        r = SessionRecord(rid, datetime(2026, 11, day, 7, 0), "T", "/r.yaml", 1)
        r.exercises["x"] = ExerciseLog("x", reps_done=reps)
        return r

    read = (record(1, "a"), record(3, "c"), record(5, "e", reps=1))
    own = [record(4, "d"), record(5, "e", reps=9)]  # "e" was read too, as first written
    merged = with_sessions(read, own)
    assert [r.id for r in merged] == ["a", "c", "d", "e"]
    assert merged[-1] is own[-1]


def test_a_session_cut_off_keeps_its_place_and_is_offered_to_resume(store: HistoryStore) -> None:
    from warmup_gui.core.engine import Place
    from warmup_gui.core.history import RESUME_WITHIN, resumable

    record = start(store, MONDAY, "cut")
    record.place = Place(3, (0, 5, 0, 2))
    store.update(record)
    (loaded,) = store.load_all().sessions
    assert loaded.place == Place(3, (0, 5, 0, 2))
    path = record.routine_path
    assert resumable([loaded], path, MONDAY + RESUME_WITHIN / 2) is loaded
    assert resumable([loaded], path, MONDAY + RESUME_WITHIN * 2) is None  # too long ago
    assert resumable([loaded], "/another.yaml", MONDAY) is None
    loaded.finished = True
    assert resumable([loaded], path, MONDAY) is None


@pytest.mark.parametrize("place", [{"step": 9, "reps": [1, 2]}, {"step": 0, "reps": [-1]},
                                   {"step": 0, "reps": "12"}, {"step": True, "reps": [1]},
                                   {"step": 0}])
def test_a_place_that_is_not_ours_is_refused(place: object) -> None:
    data = record_to_json(SessionRecord("x", MONDAY, "t", "/r.yaml", 1))
    data["place"] = place
    with pytest.raises(BadFile):
        record_from_json(data)


def test_ranges_of_motion_are_kept_and_old_files_load_without_them() -> None:
    from warmup_gui.core.history import BadFile, record_from_json, record_to_json

    record = SessionRecord(id="r", started=datetime(2026, 11, 2, 7, 0), routine_title="T",
                           routine_path="/r.yaml", rounds=1)
    record.add_range("floss", 71.26)
    record.add_range("floss", 80.0)
    data = record_to_json(record)
    assert record_from_json(data).ranges == {"floss": [71.3, 80.0]}
    del data["ranges"]
    assert record_from_json(data).ranges == {}
    for bad in (["x"], [-1], [400], [True], "71"):
        data["ranges"] = {"floss": bad}
        with pytest.raises(BadFile, match="degrees"):
            record_from_json(data)
    with pytest.raises(ValueError):
        record.add_range("floss", float("nan"))

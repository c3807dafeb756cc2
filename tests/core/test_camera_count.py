"""Counting a session's reps by camera: which blocks the camera counts and on which side, and
the reps it sees reach the session only once seen done."""

from __future__ import annotations

from pathlib import Path

from warmup_gui.core.camera_count import CameraCount, Counting, counting_for, range_text
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Session, StepKind
from warmup_gui.core.figure import moving_figure
from warmup_gui.core.figure_landmarks import RepPlan, take
from warmup_gui.core.loader import load_routine
from warmup_gui.core.pose_library import movement
from warmup_gui.core.rep_detector import Tracking
from warmup_gui.core.routine import Side


def flossing_session(bundled_path: Path) -> tuple[Session, int]:
    session = Session(load_routine(bundled_path), FakeClock())
    session.start()
    index = next(i for i, s in enumerate(session.steps) if s.kind is StepKind.WORK
                 and s.exercise.camera is not None and s.side is Side.LEFT)
    session.goto(index)
    return session, index


def test_only_exercises_with_a_rule_are_counted_by_camera(bundled_path: Path) -> None:
    exercises = load_routine(bundled_path).exercises
    ruled = next(e for e in exercises if e.camera is not None)
    assert counting_for(ruled, camera=True, auto=True) is Counting.CAMERA
    assert counting_for(ruled, camera=False, auto=True) is Counting.TEMPO
    unruled = [e for e in exercises if e.camera is None]
    for exercise in unruled:
        assert counting_for(exercise, camera=True, auto=False) is Counting.KEY


def test_reps_come_only_as_the_detector_sees_them_done(bundled_path: Path) -> None:
    session, index = flossing_session(bundled_path)
    step = session.steps[index]
    picture = step.exercise.illustration_for(step.exercise.positions[0], None)
    found = movement(picture.start, picture.end)
    assert found is not None
    shot = take(moving_figure(found[0]), step.exercise, (RepPlan(),) * 2, "left", 15.0)
    count = CameraCount()
    count.follow(session.tick())
    assert count.rule is step.exercise.camera
    seen_at = []
    for t, frame in shot.frames:
        view = count.see(t, frame)
        assert view.counting and view.tracking is Tracking.SEEN
        seen_at += [t for _ in view.reps]
    assert len(seen_at) == 2
    # each rep after it was done: at or after its return to the start pose
    assert all(t >= end - 0.5 for t, (_, end) in zip(seen_at, shot.reps, strict=True))


def test_no_detector_while_paused_or_counting_by_tempo(bundled_path: Path) -> None:
    session, _ = flossing_session(bundled_path)
    count = CameraCount()
    session.pause()
    count.follow(session.tick())
    assert count.rule is None and not count.see(0.0, None).counting
    session.resume()
    session.set_auto_count(True)
    count.follow(session.tick())
    assert count.rule is None
    session.set_auto_count(False)
    count.follow(session.tick())
    assert count.rule is not None
    view = count.see(5.0, None)
    assert view.word.startswith("Out of view")


def test_a_clip_played_again_starts_the_watching_over(bundled_path: Path) -> None:
    session, _ = flossing_session(bundled_path)
    count = CameraCount()
    count.follow(session.tick())
    count.see(5.0, None)
    assert count.see(0.0, None).counting  # earlier time: a new detector, no error


def test_range_text_and_the_tick_of_a_rep_seen() -> None:
    from warmup_gui.core.camera_count import seen_tick
    from warmup_gui.core.cues import CueKind

    assert range_text("Knee angle", 77.6) == "Knee angle 78°"
    assert seen_tick(3).kind is CueKind.TICK and seen_tick(3).text == "Rep 3 seen"


def test_the_ranges_of_a_session_and_across_sessions(bundled_path: Path) -> None:
    from datetime import datetime

    from warmup_gui.core.camera_count import range_history, ranges_text
    from warmup_gui.core.history import SessionRecord

    assert ranges_text("Knee angle", [71.2, 80.4, 77.0]) == "Knee angle 71–80° · mean 76° · 3 reps"
    assert ranges_text("Knee angle", []) == ""
    routine = load_routine(bundled_path)
    ruled = next(e for e in routine.exercises if e.camera is not None)
    sessions = []
    for day, degrees in ((3, [60.0, 64.0]), (1, [50.0]), (5, [70.0, 72.0])):
        record = SessionRecord(id=str(day), started=datetime(2026, 11, day, 7), routine_title="T",
                               routine_path="", rounds=1)
        for d in degrees:
            record.add_range(ruled.id, d)
        sessions.append(record)
    (line,) = range_history(sessions, routine)
    assert line.endswith("50° → 62° → 71°")  # oldest first: progress shows
    assert ruled.name in line

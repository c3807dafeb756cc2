"""The summary of a session: reps and sets per exercise and side, how it ended, ratings,
symptom scores with their advice, each "This hurts", active and paused time."""

from __future__ import annotations

from datetime import datetime

import pytest

from warmup_gui.core.care import symptom_advice
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Session, Status, StepKind
from warmup_gui.core.history import Cause, PainChoice, Rating, SessionRecord
from warmup_gui.core.record import replace
from warmup_gui.core.report import (
    ExerciseReport,
    HurtEvent,
    Outcome,
    Tally,
    duration_text,
    session_report,
)
from warmup_gui.core.routine import Routine


def new_record(rounds: int = 1, skipped: tuple[str, ...] = ()) -> SessionRecord:
    return SessionRecord(id="s1", started=datetime(2026, 11, 2, 7), routine_title="t",
                         routine_path="p", rounds=rounds, skipped=list(skipped))


def run_to_end(session: Session, clock: FakeClock, step_s: float = 2.0) -> None:
    """Let auto-count carry the session to its end."""
    session.start()
    while session.status is not Status.FINISHED:
        clock.advance(step_s)
        session.tick()


def run_until(session: Session, clock: FakeClock, exercise_id: str, reps: int) -> None:
    """Let auto-count run until ``reps`` reps of ``exercise_id``'s first block are counted."""
    session.start()
    while True:
        state = session.tick()
        if state.step.kind is StepKind.WORK and state.step.exercise.id == exercise_id \
                and state.reps >= reps:
            return
        clock.advance(0.25)


def by_id(report_exercises: tuple[ExerciseReport, ...]) -> dict[str, ExerciseReport]:
    return {e.exercise_id: e for e in report_exercises}


@pytest.mark.parametrize(("count", "text"), [(0, "0 of 0 reps"), (1, "0 of 1 rep"),
                                             (2, "0 of 2 reps")])
def test_counts_are_singular_only_for_one(count: int, text: str) -> None:
    assert Tally("x", Outcome.PARTLY, reps_planned=count).reps_text == text


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (59.9, "0:59"), (61, "1:01"),
                                               (3725, "1:02:05")])
def test_durations_read_as_a_clock(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


def test_a_full_session_is_done_with_every_rep_and_set_per_exercise_and_side(
        routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock, 2, auto_count=True)
    run_to_end(session, clock)
    report = session_report(session, new_record(2), routine)
    assert report.headline == "Warm-up done"
    assert not report.ended_early and report.ended_where == ""
    exercises = by_id(report.exercises)
    assert list(exercises) == [ex.id for ex in routine.exercises]
    toe = exercises["toe_touch_progression"].tally
    # 2 rounds × 1 set × 2 positions × 5 reps
    assert (toe.reps_text, toe.sets_text, toe.outcome) == ("20 of 20 reps", "2 of 2 sets",
                                                           Outcome.DONE)
    floss = exercises["nerve_flossing"]
    assert floss.tally.reps_text == "120 of 120 reps"  # 2 rounds × 2 sets × 2 sides × 15
    assert [(s.label, s.reps_text, s.sets_text, s.outcome) for s in floss.sides] == [
        ("Left leg", "60 of 60 reps", "4 of 4 sets", Outcome.DONE),
        ("Right leg", "60 of 60 reps", "4 of 4 sets", Outcome.DONE)]
    assert exercises["supine_toe_touches"].sides == ()  # sides alternate within each rep
    assert report.reps_done == report.reps_planned == 20 + 120 + 40
    assert report.time_text == f"{duration_text(report.active_s)} active · 2 rounds · 180 reps"
    assert report.paused_s == 0.0
    assert report.advice == (routine.safety.lingering,)


def test_a_session_ended_early_says_so_and_where_never_done(routine: Routine,
                                                            clock: FakeClock) -> None:
    session = Session(routine, clock, 2, auto_count=True)
    run_until(session, clock, "nerve_flossing", 7)
    session.finish()
    report = session_report(session, new_record(2), routine)
    assert report.ended_early
    assert report.headline == "Ended early after 17 of 180 reps"  # 10 toe touches, 7 glides
    assert "done" not in report.headline.lower()
    assert report.ended_where == ("Stopped during Hamstring Nerve Flossing · Round 1 of 2 · "
                                  "Exercise 2 of 3 · Set 1 of 2 · Left leg")
    assert "round" not in report.time_text  # no "2 rounds" for one begun
    assert report.time_text.endswith(" · 17 reps")
    exercises = by_id(report.exercises)
    toe = exercises["toe_touch_progression"].tally
    assert (toe.outcome, toe.reps_text, toe.sets_text) == (Outcome.PARTLY, "10 of 20 reps",
                                                           "1 of 2 sets")
    floss = exercises["nerve_flossing"]
    assert (floss.tally.outcome, floss.tally.reps_text, floss.tally.sets_text) == (
        Outcome.PARTLY, "7 of 120 reps", "0 of 4 sets, 1 partly")
    left, right = floss.sides
    assert (left.outcome, left.reps_text, left.sets_text) == (Outcome.PARTLY, "7 of 60 reps",
                                                              "0 of 4 sets, 1 partly")
    assert right.outcome is Outcome.NOT_STARTED
    assert exercises["supine_toe_touches"].tally.outcome is Outcome.NOT_STARTED


def test_ending_before_the_first_rep_says_so(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock, 1)
    session.start()
    session.finish()
    report = session_report(session, None, routine)
    assert report.headline == "Ended before the first rep"
    assert report.ended_where.startswith("Stopped before Toe Touch Progression · Round 1 of 1")
    assert report.time_text == "0:00 active · 0 reps"
    assert {e.tally.outcome for e in report.exercises} == {Outcome.NOT_STARTED}


def test_a_single_rep_and_set_are_singular(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock, 1)
    session.start()
    session.next()  # past the get-ready countdown
    session.count_rep()
    session.finish()
    report = session_report(session, None, routine)
    assert report.headline == "Ended early after 1 of 90 reps"
    assert report.time_text.endswith(" · 1 rep")
    toe = by_id(report.exercises)["toe_touch_progression"].tally
    assert (toe.reps_text, toe.sets_text) == ("1 of 10 reps", "0 of 1 set, 1 partly")


def test_an_exercise_passed_over_is_skipped_and_one_left_out_before_is_left_out(
        routine: Routine, clock: FakeClock) -> None:
    kept = replace(routine, exercises=routine.exercises[:2])  # the last one left out
    session = Session(kept, clock, 1, auto_count=True)
    session.start()
    session.skip_exercise()  # the first exercise, not begun
    while session.status is not Status.FINISHED:
        clock.advance(0.5)
        session.tick()
    report = session_report(session, new_record(skipped=("supine_toe_touches",)), routine)
    assert report.headline == "Warm-up done"
    outcomes = [(e.exercise_id, e.tally.outcome) for e in report.exercises]
    assert outcomes == [("toe_touch_progression", Outcome.SKIPPED),
                        ("nerve_flossing", Outcome.DONE),
                        ("supine_toe_touches", Outcome.LEFT_OUT)]
    left_out = report.exercises[-1].tally
    assert (left_out.label, left_out.reps_text, left_out.sets_text) == (
        "Alternate Supine Toe Touches", "–", "–")


def test_fewer_reps_asked_for_with_minus_still_complete_the_set(routine: Routine,
                                                                clock: FakeClock) -> None:
    session = Session(routine, clock, 1)
    session.start()
    session.next()
    session.count_rep()
    session.change_goal(-4)  # one rep is enough for this block: it ends
    assert session.state().reps == 0  # on to the next block
    block = session.summary().blocks[0]
    assert (block.reps, block.goal, block.complete) == (1, 1, True)


def test_time_paused_is_told_apart_from_time_active(routine: Routine,
                                                    clock: FakeClock) -> None:
    session = Session(routine, clock, 1)
    session.start()
    clock.advance(4.0)
    session.pause()
    clock.advance(95.0)  # a question open, or P
    session.resume()
    clock.advance(2.0)
    session.finish()
    clock.advance(60.0)  # the end's questions: after the session, in neither
    summary = session.summary()
    assert (summary.elapsed_s, summary.paused_s) == (6.0, 95.0)
    assert session_report(session, None, routine).time_text == \
        "0:06 active · 1:35 paused · 0 reps"


def test_ratings_and_symptom_scores_show_with_their_advice(routine: Routine,
                                                          clock: FakeClock) -> None:
    session = Session(routine, clock, 1, auto_count=True)
    run_to_end(session, clock)
    record = new_record()
    report = session_report(session, record, routine)
    floss = by_id(report.exercises)["nerve_flossing"]
    assert (floss.rating, floss.symptoms) == ("Not rated", "Not scored")  # not answered (yet)
    assert by_id(report.exercises)["toe_touch_progression"].symptoms == ""  # none asked
    # The answers arrive after the summary first showed: the report made again has them.
    record.set_symptoms("nerve_flossing", before=3)
    record.set_symptoms("nerve_flossing", after=6)
    record.rate("nerve_flossing", Rating.OKAY, "too fast on the left")
    record.rate("toe_touch_progression", Rating.GOLD)
    report = session_report(session, record, routine)
    exercises = by_id(report.exercises)
    assert exercises["nerve_flossing"].symptoms == "3 → 6 of 10"
    assert exercises["nerve_flossing"].rating == "Okay · too fast on the left"
    assert exercises["toe_touch_progression"].rating == "Gold"
    flossing = next(e for e in routine.exercises if e.id == "nerve_flossing")
    assert report.advice == (symptom_advice(flossing, 3, 6), routine.safety.lingering)
    assert report.advice[0].startswith("Symptoms rose from 3 to 6 of 10")
    record.set_symptoms("nerve_flossing", before=3)
    record.symptoms["nerve_flossing"].after = None
    assert by_id(session_report(session, record, routine).exercises)[
        "nerve_flossing"].symptoms == "3 → – of 10"


def test_each_this_hurts_says_when_where_and_what_the_app_did(routine: Routine,
                                                              clock: FakeClock) -> None:
    session = Session(routine, clock, 2, auto_count=True)
    run_until(session, clock, "nerve_flossing", 3)
    state = session.state()
    record = new_record(2)
    record.flag_pain("nerve_flossing", state.step_index, 225.0, PainChoice.SMALLER)
    record.flag_pain("nerve_flossing", state.step_index, 230.0, PainChoice.MISTAKE,
                     Cause.SYMPTOMS)
    record.flag_pain("gone_exercise", 10_000, 240.0, PainChoice.SKIP)  # an unknown step
    session.smaller_and_slower()
    session.finish()
    first, second, third = session_report(session, record, routine).hurts
    assert first.text == ("3:45 · This hurts in Hamstring Nerve Flossing (Round 1 of 2 · "
                          "Set 1 of 2 · Left leg): made smaller and slower from then on")
    assert second.text.startswith("3:50 · Symptoms too high before Hamstring Nerve Flossing")
    assert second.text.endswith(": a wrong score, asked again")
    assert third.text == "4:00 · This hurts in gone_exercise: the rest of the exercise skipped"


@pytest.mark.parametrize("choice", list(PainChoice))
def test_every_way_of_backing_off_is_told(choice: PainChoice) -> None:
    for cause in Cause:
        text = HurtEvent(1.0, "An exercise", "", cause, choice).text
        assert text.startswith("0:01 · ") and len(text.split(": ", 1)[1]) > 5

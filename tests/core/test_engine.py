"""The session engine, driven by a FakeClock: no test here sleeps.

Expected numbers come from the seed and the bundled routine's own fields, worked out by hand
(see the comments), never from the engine's own estimates.
"""

from __future__ import annotations

import pytest

from warmup_gui.core.breathing import BreathPhase
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import (
    SLOWER_FACTOR,
    SMALLER_REACH,
    STATE_REFRESH_S,
    RepPhase,
    Session,
    SessionState,
    Status,
    StepKind,
    expand,
    rep_boundaries,
    rep_motion,
)
from warmup_gui.core.figure_motion import figure_time
from warmup_gui.core.record import replace
from warmup_gui.core.routine import RepRange, Routine, Side, Sides

TOE, FLOSS, SUPINE = "toe_touch_progression", "nerve_flossing", "supine_toe_touches"


@pytest.fixture(scope="module")
def routine(routine: Routine) -> Routine:
    """The bundled routine (2-3 rounds: every test here walks past a round's end by default)
    without the toe touch's breath in at the top, so a rep is out, breathe, back (the top is
    tested on its own below)."""
    assert routine.rounds == RepRange(2, 3)
    toe = routine.exercises[0]
    plain = replace(toe, movement=replace(toe.movement, top="", top_s=0.0))
    return replace(routine, exercises=(plain, *routine.exercises[1:]))
GR, WORK, REST = StepKind.GET_READY, StepKind.WORK, StepKind.REST
L, R = Side.LEFT, Side.RIGHT

# One round of the bundled routine, by hand: (kind, title, exercise, set, position, side).
ONE_ROUND = [
    (GR, "Get ready", TOE, 1, "toes_up", None),
    (WORK, "Toe Touch Progression", TOE, 1, "toes_up", None),
    (GR, "Next position", TOE, 1, "heels_up", None),
    (WORK, "Toe Touch Progression", TOE, 1, "heels_up", None),
    (GR, "Get ready", FLOSS, 1, "main", L),
    (WORK, "Hamstring Nerve Flossing", FLOSS, 1, "main", L),
    (GR, "Switch sides", FLOSS, 1, "main", R),
    (WORK, "Hamstring Nerve Flossing", FLOSS, 1, "main", R),
    (REST, "Rest", FLOSS, 2, "main", L),
    (GR, "Get ready", FLOSS, 2, "main", L),
    (WORK, "Hamstring Nerve Flossing", FLOSS, 2, "main", L),
    (GR, "Switch sides", FLOSS, 2, "main", R),
    (WORK, "Hamstring Nerve Flossing", FLOSS, 2, "main", R),
    (GR, "Get ready", SUPINE, 1, "main", None),
    (WORK, "Alternate Supine Toe Touches", SUPINE, 1, "main", None),
    (REST, "Rest", SUPINE, 2, "main", None),
    (GR, "Get ready", SUPINE, 2, "main", None),
    (WORK, "Alternate Supine Toe Touches", SUPINE, 2, "main", None),
]
ROUND_REST = (REST, "Rest before the next round", TOE, 1, "toes_up", None)
STEPS_PER_ROUND = len(ONE_ROUND)  # 18

# Step indexes in round 1 (2 rounds or more).
TOE_TOES_UP, TOE_HEELS_UP = 1, 3
FLOSS_S1_LEFT, FLOSS_S1_RIGHT, FLOSS_REST, FLOSS_S2_LEFT = 5, 7, 8, 10
SUPINE_S1, SUPINE_S2 = 14, 17

# Auto-count durations worked out by hand from the bundled routine (get ready 5 s, 15 s before
# an exercise that follows another, round rest 30 s). A rep range stops at its minimum: toe
# touch 2 blocks x (5 s + 5 reps x (6 s tempo + 4 s in + 6 s out)) = 170 s; flossing 2 sets x
# 2 legs x (5 s + 15 reps x 3 s) + 10 s more to get to the chair + 30 s rest = 240 s; supine
# 2 sets x (5 s + 10 reps x 3 s) + 10 s more to get to the mat + 30 s rest = 110 s. One
# round: 520 s.
MIN_ROUND_S = 520.0
AUTO_TOTAL_S = {1: MIN_ROUND_S, 2: 2 * MIN_ROUND_S + 30.0, 3: 3 * MIN_ROUND_S + 2 * 30.0}
# Running every range to its top (flossing 30 reps: 4 x (5 s + 90 s) + 10 s + 30 s = 420 s):
# 700 s.
TOP_ROUND_S = 700.0
TOP_TOTAL_S = {2: 2 * TOP_ROUND_S + 30.0, 3: 3 * TOP_ROUND_S + 2 * 30.0}  # 1430, 2160


def expected_steps(rounds: int) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for rnd in range(1, rounds + 1):
        out += [(*row[:2], rnd, *row[2:]) for row in ONE_ROUND]
        if rnd < rounds:
            out.append((*ROUND_REST[:2], rnd + 1, *ROUND_REST[2:]))
    return out


def describe(routine: Routine, rounds: int) -> list[tuple[object, ...]]:
    return [(s.kind, s.title, s.round, s.exercise.id, s.set, s.position.id, s.side)
            for s in expand(routine, rounds)]


def auto_duration(routine: Routine, rounds: int, to_top: bool = False) -> float:
    """Auto-count length of a session, from the routine's numbers alone."""
    one_round = 0.0
    moving_s = routine.get_ready_s if routine.between_exercises_s is None \
        else routine.between_exercises_s
    for i, ex in enumerate(routine.exercises):
        blocks = len(ex.positions) * (2 if ex.sides is Sides.EACH else 1)
        rep = ex.tempo_s + (ex.breath.duration_s if ex.breath else 0.0)
        reps = ex.reps.high if to_top else ex.reps.low
        one_round += ex.sets * blocks * (routine.get_ready_s + reps * rep)
        one_round += (ex.sets - 1) * ex.rest_s
        if i:  # the first countdown of an exercise after another: time to change place
            one_round += moving_s - routine.get_ready_s
    return rounds * one_round + (rounds - 1) * routine.round_rest_s


def started(routine: Routine, clock: FakeClock, auto: bool = False, rounds: int | None = None,
            to_top: bool = False) -> Session:
    session = Session(routine, clock, rounds=rounds, to_top=to_top)
    session.set_auto_count(auto)
    session.start()
    return session


def at_work(session: Session, index: int) -> SessionState:
    session.goto(index)
    state = session.tick()
    assert state.step.kind is WORK and state.step_index == index
    return state


def count(session: Session, n: int) -> SessionState:
    for _ in range(n):
        session.count_rep()
    return session.tick()


# --- expand ---------------------------------------------------------------------------------


@pytest.mark.parametrize("rounds", [2, 3])
def test_expand_matches_hand_written_plan(routine: Routine, rounds: int) -> None:
    assert describe(routine, rounds) == expected_steps(rounds)
    assert len(expand(routine, rounds)) == rounds * STEPS_PER_ROUND + rounds - 1


@pytest.mark.parametrize("rounds", [2, 3])
def test_expand_work_blocks_per_exercise_and_round(routine: Routine, rounds: int) -> None:
    steps = expand(routine, rounds)
    for rnd in range(1, rounds + 1):
        work = [s for s in steps if s.kind is WORK and s.round == rnd]
        by_ex = {ex_id: sum(1 for s in work if s.exercise.id == ex_id)
                 for ex_id in (TOE, FLOSS, SUPINE)}
        # toe touch: 2 positions x 1 set; flossing: 2 sets x 2 legs; supine: 2 sets
        assert by_ex == {TOE: 2, FLOSS: 4, SUPINE: 2}
        assert [s.exercise_index for s in work] == [0, 0, 1, 1, 1, 1, 2, 2]
    assert sum(1 for s in steps if s.kind is WORK) == 8 * rounds


@pytest.mark.parametrize("rounds", [2, 3])
def test_expand_countdown_before_every_block(routine: Routine, rounds: int) -> None:
    steps = expand(routine, rounds)
    for i, step in enumerate(steps):
        if step.kind is WORK:
            before = steps[i - 1]
            assert before.kind is GR
            # Longer before an exercise that follows another: time to change place.
            moving = before.title == "Get ready" and step.set == 1 and step.exercise_index > 0
            assert before.duration_s == (15.0 if moving else 5.0)
            assert (before.round, before.exercise_index, before.set, before.position,
                    before.side) == (step.round, step.exercise_index, step.set, step.position,
                                     step.side)
            assert step.duration_s == 0.0
            assert step.target == step.exercise.reps
    titles = [s.title for s in steps if s.kind is GR]
    assert titles.count("Switch sides") == 2 * rounds  # between legs, in each flossing set
    assert titles.count("Next position") == rounds  # between the two ramp positions
    assert titles.count("Get ready") == 5 * rounds


@pytest.mark.parametrize("rounds", [2, 3])
def test_expand_rests(routine: Routine, rounds: int) -> None:
    steps = expand(routine, rounds)
    rests = [(s.title, s.duration_s, s.round, s.exercise.id, s.set) for s in steps
             if s.kind is REST]
    expected = []
    for rnd in range(1, rounds + 1):
        expected += [("Rest", 30.0, rnd, FLOSS, 2), ("Rest", 30.0, rnd, SUPINE, 2)]
        if rnd < rounds:
            expected.append(("Rest before the next round", 30.0, rnd + 1, TOE, 1))
    assert rests == expected
    assert steps[-1].kind is WORK  # no rest, no countdown after the last block
    assert steps[-1].exercise.id == SUPINE and steps[-1].set == 2 and steps[-1].round == rounds
    assert steps[0].kind is GR


def test_session_rounds_default_and_bounds(routine: Routine, clock: FakeClock) -> None:
    assert Session(routine, clock).rounds == 2  # the low end of "2-3"
    assert len(Session(routine, clock).steps) == 37
    assert len(Session(routine, clock, rounds=3).steps) == 56
    with pytest.raises(ValueError):
        Session(routine, clock, rounds=0)


def no_countdowns(routine: Routine) -> Routine:
    return replace(routine, get_ready_s=0.0, round_rest_s=0.0, between_exercises_s=None,
                   exercises=tuple(replace(ex, rest_s=0.0) for ex in routine.exercises))


def test_no_countdown_or_rest_steps_when_all_zero(routine: Routine, clock: FakeClock) -> None:
    quick = no_countdowns(routine)
    session = Session(quick, clock, rounds=3)
    assert all(s.kind is WORK for s in session.steps)
    assert len(session.steps) == 3 * 8
    assert [(s.round, s.exercise.id, s.set, s.position.id, s.side) for s in session.steps[:8]] == [
        (1, TOE, 1, "toes_up", None), (1, TOE, 1, "heels_up", None),
        (1, FLOSS, 1, "main", L), (1, FLOSS, 1, "main", R),
        (1, FLOSS, 2, "main", L), (1, FLOSS, 2, "main", R),
        (1, SUPINE, 1, "main", None), (1, SUPINE, 2, "main", None)]
    # It still runs to the end, and takes only the reps: 3 x (160 + 180 + 60) s.
    session.set_auto_count(True)
    session.start()
    final = run_to_end(session, clock)
    assert final.status is Status.FINISHED
    assert final.elapsed_s == 3 * 400.0 == auto_duration(quick, 3)
    assert session.summary().reps_done == 3 * (10 + 60 + 20)


def test_get_ready_zero_keeps_rests(routine: Routine) -> None:
    steps = expand(replace(routine, get_ready_s=0.0, between_exercises_s=None), 2)
    assert [s.kind for s in steps].count(GR) == 0
    assert [s.title for s in steps if s.kind is REST] == [
        "Rest", "Rest", "Rest before the next round", "Rest", "Rest"]


# --- a whole session on auto-count ------------------------------------------------------------


def run_to_end(session: Session, clock: FakeClock, step_s: float = 1.0,
               limit_s: float = 10_000) -> SessionState:
    """Tick until the session finishes; remaining_s must never go up on the way."""
    state = session.tick()
    previous = state.remaining_s
    waited = 0.0
    while state.status is not Status.FINISHED:
        assert waited < limit_s, "the session never finished"
        clock.advance(step_s)
        waited += step_s
        state = session.tick()
        assert state.remaining_s <= previous, (state.step_index, state.remaining_s, previous)
        previous = state.remaining_s
    return state


@pytest.mark.parametrize(("rounds", "to_top"), [(1, False), (2, False), (3, False),
                                              (2, True), (3, True)])
def test_auto_count_runs_the_seed_dosage(routine: Routine, clock: FakeClock, rounds: int,
                                         to_top: bool) -> None:
    session = started(routine, clock, auto=True, rounds=rounds, to_top=to_top)
    total = (TOP_TOTAL_S if to_top else AUTO_TOTAL_S)[rounds]
    floss_reps = 30 if to_top else 15
    t0 = clock.now()
    first = session.tick()
    assert first.remaining_s == total  # the estimate is what the session takes
    assert session.estimate_s() == total
    final = run_to_end(session, clock)
    assert final.status is Status.FINISHED
    assert final.remaining_s == 0.0
    assert auto_duration(routine, rounds, to_top) == total
    assert final.elapsed_s == total
    # the 1 s ticks overshoot the end by less than a tick
    assert 0 <= (clock.now() - t0) - total < 1.0

    summary = session.summary()
    assert summary.rounds == rounds
    assert summary.elapsed_s == total
    tallies = {t.exercise.id: (t.sets_planned, t.sets_done, t.reps_done) for t in summary.tallies}
    assert tallies == {
        TOE: (rounds, rounds, 10 * rounds),  # 5 reps x 2 positions
        FLOSS: (2 * rounds, 2 * rounds, 4 * floss_reps * rounds),  # 2 sets x 2 legs
        SUPINE: (2 * rounds, 2 * rounds, 20 * rounds),  # 2 sets x 10
    }
    assert summary.reps_done == (30 + 4 * floss_reps) * rounds

    # nothing moves once finished
    clock.advance(500)
    again = session.tick()
    assert again.status is Status.FINISHED and again.elapsed_s == total


def test_auto_count_with_odd_tick_sizes_is_exact(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    final = run_to_end(session, clock, step_s=7.25)
    assert final.elapsed_s == AUTO_TOTAL_S[2]


def test_auto_count_reps_in_a_block(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    clock.advance(5)  # the get-ready
    state = session.tick()
    assert state.step_index == TOE_TOES_UP and state.reps == 0
    clock.advance(15.5)
    assert session.tick().reps == 0
    clock.advance(0.5)  # 16 s: 6 s tempo + a 4-6 breath
    assert session.tick().reps == 1
    for _ in range(3):  # one rep per tick; see test_big_jump_auto_catches_up_in_one_tick
        clock.advance(16)
        state = session.tick()
    assert (state.reps, state.step_index) == (4, TOE_TOES_UP)
    clock.advance(16)
    state = session.tick()
    assert state.step_index == TOE_TOES_UP + 1 and state.step.title == "Next position"
    assert state.remaining_in_step_s == 5.0


def test_auto_count_range_stops_at_its_minimum(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    state = at_work(session, FLOSS_S1_LEFT)
    assert state.goal == 15
    for n in range(1, 16):
        clock.advance(3)
        state = session.tick()
        if n < 15:
            assert state.step_index == FLOSS_S1_LEFT and state.reps == n
            assert not state.min_reached and not state.target_reached
    assert state.step_index == FLOSS_S1_LEFT + 1 and state.step.title == "Switch sides"
    assert session.summary().tallies[1].reps_done == 15


def test_asking_for_more_runs_a_range_to_the_top(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    at_work(session, FLOSS_S1_LEFT)
    before = session.tick().remaining_s
    session.go_to_top()
    state = session.tick()
    assert state.goal == 30
    assert state.remaining_s == before + 15 * 3.0  # time left says so at once
    for n in range(1, 31):
        clock.advance(3)
        state = session.tick()
        if n < 30:
            assert state.step_index == FLOSS_S1_LEFT and state.reps == n
            assert state.min_reached is (n >= 15) and not state.target_reached
    assert state.step_index == FLOSS_S1_LEFT + 1
    assert session.summary().tallies[1].reps_done == 30
    # Only that block: the next one stops at its minimum again.
    assert session.tick().goal == 15 or session.steps[FLOSS_S1_LEFT + 1].kind is GR


def test_one_more_or_one_fewer_rep(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    state = at_work(session, TOE_TOES_UP)
    assert state.goal == 5
    session.change_goal(+1)
    assert session.tick().goal == 6
    count(session, 5)
    session.change_goal(-1)  # 5 done, 5 wanted: the block ends
    state = session.tick()
    assert state.step_index == TOE_TOES_UP + 1
    assert session.summary().tallies[0].reps_done == 5
    at_work(session, TOE_TOES_UP)
    for _ in range(20):
        session.change_goal(+1)
    assert session.tick().goal == 10  # at most twice the top


def test_more_rest_by_ten_seconds(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    session.goto(FLOSS_REST)
    clock.advance(12)
    state = session.tick()
    assert state.remaining_in_step_s == 18.0
    session.add_time(10)
    state = session.tick()
    assert state.remaining_in_step_s == 28.0
    session.add_time(-60)  # the rest ends now, not before
    state = session.tick()
    assert state.step_index == FLOSS_REST + 1 and state.remaining_in_step_s == 5.0


# --- manual counting --------------------------------------------------------------------------


def test_count_rep_only_while_running_in_work(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock)
    session.count_rep()  # READY
    assert session.status is Status.READY
    session.start()
    state = count(session, 3)  # in the get-ready countdown
    assert state.step.kind is GR and session.summary().reps_done == 0
    clock.advance(5)
    assert session.tick().step_index == TOE_TOES_UP
    state = count(session, 2)
    assert state.reps == 2
    session.pause()
    state = count(session, 2)  # paused
    assert state.reps == 2
    session.resume()
    assert count(session, 1).reps == 3
    session.goto(FLOSS_REST)
    count(session, 4)  # in a rest
    assert session.tick().step_index == FLOSS_REST
    assert session.summary().reps_done == 3


def test_fixed_target_moves_on(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    state = at_work(session, TOE_TOES_UP)
    for n in range(1, 5):
        state = count(session, 1)
        assert (state.step_index, state.reps, state.min_reached, state.target_reached) == \
            (TOE_TOES_UP, n, False, False)
    state = count(session, 1)
    assert state.step_index == TOE_TOES_UP + 1
    assert state.step.title == "Next position"
    assert state.reps == 0
    assert session.summary().tallies[0].reps_done == 5


def test_range_min_then_target(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    state = at_work(session, FLOSS_S1_LEFT)
    assert (state.min_reached, state.target_reached) == (False, False)
    state = count(session, 14)
    assert (state.reps, state.min_reached, state.target_reached) == (14, False, False)
    session.go_to_top()  # asked for more before the minimum: the range goes on to its top
    state = count(session, 1)
    assert (state.reps, state.min_reached, state.target_reached) == (15, True, False)
    assert state.step_index == FLOSS_S1_LEFT
    state = count(session, 14)
    assert (state.step_index, state.reps, state.target_reached) == (FLOSS_S1_LEFT, 29, False)
    state = count(session, 1)
    assert state.step_index == FLOSS_S1_RIGHT - 1 and state.step.title == "Switch sides"
    assert session.summary().tallies[1].reps_done == 30


def test_counting_a_range_by_hand_stops_at_its_minimum(routine: Routine,
                                                        clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, FLOSS_S1_LEFT)
    state = count(session, 15)
    assert state.step_index == FLOSS_S1_RIGHT - 1 and state.step.title == "Switch sides"
    assert session.summary().tallies[1].reps_done == 15


def test_next_during_a_block_keeps_the_reps(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, FLOSS_S1_LEFT)
    count(session, 12)
    session.next()
    assert session.tick().step_index == FLOSS_S1_LEFT + 1
    assert session.summary().tallies[1].reps_done == 12


def test_undo_rep(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, FLOSS_S1_LEFT)
    session.undo_rep()
    assert session.tick().reps == 0  # never below 0
    count(session, 3)
    session.undo_rep()
    assert session.tick().reps == 2
    session.undo_rep()
    session.undo_rep()
    session.undo_rep()
    state = session.tick()
    assert state.reps == 0 and state.step_index == FLOSS_S1_LEFT


def test_undo_right_after_a_block_reopens_it(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, FLOSS_S1_LEFT)
    state = count(session, 15)
    assert state.step_index == FLOSS_S1_LEFT + 1 and state.step.kind is GR
    clock.advance(2)
    session.tick()
    session.undo_rep()
    state = session.tick()
    assert state.step_index == FLOSS_S1_LEFT
    assert state.status is Status.RUNNING
    assert (state.reps, state.min_reached, state.target_reached) == (14, False, False)
    state = count(session, 1)  # and counting the rep again ends the block again
    assert state.step_index == FLOSS_S1_LEFT + 1 and state.remaining_in_step_s == 5.0


def test_undo_after_the_last_block_reopens_it(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, rounds=2)
    last = len(session.steps) - 1
    at_work(session, last)
    state = count(session, 10)
    assert state.status is Status.FINISHED
    session.undo_rep()
    state = session.tick()
    assert state.status is Status.PAUSED
    assert (state.step_index, state.reps) == (last, 9)
    session.resume()
    assert count(session, 1).status is Status.FINISHED


def test_undo_does_not_reopen_a_skipped_block(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    session.goto(TOE_TOES_UP)
    session.next()  # skipped with no reps counted
    session.undo_rep()
    assert session.tick().step_index == TOE_TOES_UP + 1


def test_undo_reopens_the_block_without_countdowns(routine: Routine, clock: FakeClock) -> None:
    session = started(replace(routine, get_ready_s=0.0), clock)
    assert session.tick().step.position.id == "toes_up"
    state = count(session, 5)
    assert state.step.position.id == "heels_up" and state.reps == 0
    session.undo_rep()
    state = session.tick()
    assert (state.step_index, state.step.position.id, state.reps) == (0, "toes_up", 4)


# --- pause ------------------------------------------------------------------------------------


def test_pause_freezes_the_countdown(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    clock.advance(2)
    assert session.tick().remaining_in_step_s == 3.0
    session.pause()
    clock.advance(100)
    state = session.tick()
    assert state.status is Status.PAUSED
    assert (state.step_index, state.remaining_in_step_s, state.elapsed_s) == (0, 3.0, 2.0)
    session.resume()
    clock.advance(2.5)
    state = session.tick()
    assert (state.step_index, state.remaining_in_step_s, state.elapsed_s) == (0, 0.5, 4.5)
    clock.advance(0.5)
    state = session.tick()
    assert (state.step_index, state.elapsed_s) == (TOE_TOES_UP, 5.0)


def test_pause_freezes_the_rep_timeline(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, TOE_TOES_UP)
    clock.advance(5)  # 3 s down + 2 s into the inhale
    before = session.tick()
    assert before.rep_phase is RepPhase.BREATHE and before.breath is not None
    session.toggle_pause()
    clock.advance(1000)
    during = session.tick()
    assert during.status is Status.PAUSED
    assert (during.rep_phase, during.rep_phase_progress, during.breath,
            during.elapsed_s, during.remaining_s) == \
        (before.rep_phase, before.rep_phase_progress, before.breath,
         before.elapsed_s, before.remaining_s)
    session.toggle_pause()
    clock.advance(2)
    after = session.tick()
    assert after.status is Status.RUNNING
    assert after.breath is not None and after.breath.phase is BreathPhase.EXHALE
    assert after.breath.phase_remaining_s == 6.0


def test_pause_freezes_auto_count(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    at_work(session, FLOSS_S1_LEFT)
    for seconds in (3, 3, 1):
        clock.advance(seconds)
        session.tick()
    assert session.tick().reps == 2
    session.pause()
    clock.advance(3000)
    assert session.tick().reps == 2
    session.resume()
    clock.advance(2)
    assert session.tick().reps == 3  # the third rep had 1 s done before the pause


def test_elapsed_leaves_out_paused_time(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    t0 = clock.now()
    clock.advance(300)
    session.tick()
    session.pause()
    clock.advance(500)
    session.tick()
    session.resume()
    final = run_to_end(session, clock)
    assert final.elapsed_s == AUTO_TOTAL_S[2]
    assert AUTO_TOTAL_S[2] + 500 <= clock.now() - t0 < AUTO_TOTAL_S[2] + 501


def test_pause_resume_only_when_it_makes_sense(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock)
    session.pause()
    session.resume()
    session.toggle_pause()
    assert session.status is Status.READY
    session.start()
    session.resume()
    assert session.status is Status.RUNNING
    session.start()  # a second start changes nothing
    assert session.status is Status.RUNNING


# --- navigation -------------------------------------------------------------------------------


def test_next_previous_goto(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock)
    session.next()
    session.previous()
    assert session.status is Status.READY and session.tick().step_index == 0
    session.start()
    session.previous()
    assert session.tick().step_index == 0
    session.next()
    assert session.tick().step_index == TOE_TOES_UP
    count(session, 3)
    session.next()
    assert session.tick().step_index == TOE_TOES_UP + 1
    session.previous()
    state = session.tick()
    assert (state.step_index, state.reps) == (TOE_TOES_UP, 3)  # a block keeps its reps
    session.goto(SUPINE_S2)
    assert session.tick().step_index == SUPINE_S2
    with pytest.raises(IndexError):
        session.goto(len(session.steps))
    with pytest.raises(IndexError):
        session.goto(-1)


def test_goto_starts_a_ready_session(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock)
    session.goto(FLOSS_S2_LEFT)
    state = session.tick()
    assert state.status is Status.RUNNING and state.step_index == FLOSS_S2_LEFT


def test_previous_into_a_done_block_shows_done(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, TOE_TOES_UP)
    count(session, 5)
    session.previous()
    state = session.tick()
    assert (state.step_index, state.reps, state.target_reached) == (TOE_TOES_UP, 5, True)
    assert state.cue == "Done. Press → to go on."
    count(session, 1)  # nothing past the target
    assert session.tick().reps == 5


def test_countdown_restarts_on_revisit(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    clock.advance(4)
    session.next()
    session.previous()
    assert session.tick().remaining_in_step_s == 5.0


def test_next_off_the_end_finishes_and_previous_reopens(routine: Routine,
                                                         clock: FakeClock) -> None:
    session = started(routine, clock)
    last = len(session.steps) - 1
    session.goto(last)
    clock.advance(3)
    session.next()
    state = session.tick()
    assert state.status is Status.FINISHED and state.remaining_s == 0.0
    assert state.elapsed_s == 3.0
    clock.advance(10)
    session.previous()
    state = session.tick()
    assert state.status is Status.PAUSED and state.step_index == last
    assert state.elapsed_s == 3.0


def test_next_while_paused_stays_paused(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    session.pause()
    session.next()
    clock.advance(50)
    state = session.tick()
    assert (state.status, state.step_index, state.elapsed_s) == (Status.PAUSED, 1, 0.0)


# --- what the screen shows --------------------------------------------------------------------


def test_alternate_sides_switch_every_rep(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    state = at_work(session, SUPINE_S1)
    assert state.step.side is None
    sides = [state.side]
    locations = [state.location]
    for _ in range(9):
        state = count(session, 1)
        sides.append(state.side)
        locations.append(state.location)
    assert sides == [L, R] * 5
    assert locations[:2] == [
        "Round 1 of 2 · Exercise 3 of 3 · Set 1 of 2 · Left leg",
        "Round 1 of 2 · Exercise 3 of 3 · Set 1 of 2 · Right leg",
    ]


def test_each_side_stays_put(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    state = at_work(session, FLOSS_S1_LEFT)
    assert state.side is L
    assert count(session, 7).side is L
    assert at_work(session, FLOSS_S1_RIGHT).side is R


@pytest.mark.parametrize(("index", "location"), [
    (0, "Round 1 of 2 · Exercise 1 of 3 · Set 1 of 1 · Toes on the ramp"),
    (TOE_TOES_UP, "Round 1 of 2 · Exercise 1 of 3 · Set 1 of 1 · Toes on the ramp"),
    (TOE_HEELS_UP, "Round 1 of 2 · Exercise 1 of 3 · Set 1 of 1 · Heels on the ramp"),
    (FLOSS_S1_LEFT, "Round 1 of 2 · Exercise 2 of 3 · Set 1 of 2 · Left leg"),
    (FLOSS_S1_RIGHT, "Round 1 of 2 · Exercise 2 of 3 · Set 1 of 2 · Right leg"),
    (FLOSS_REST, "Round 1 of 2 · Exercise 2 of 3 · Set 2 of 2 · Left leg"),
    (FLOSS_S2_LEFT, "Round 1 of 2 · Exercise 2 of 3 · Set 2 of 2 · Left leg"),
    (SUPINE_S2, "Round 1 of 2 · Exercise 3 of 3 · Set 2 of 2 · Left leg"),
    (18, "Round 2 of 2 · Exercise 1 of 3 · Set 1 of 1 · Toes on the ramp"),
    (36, "Round 2 of 2 · Exercise 3 of 3 · Set 2 of 2 · Left leg"),
])
def test_location(routine: Routine, clock: FakeClock, index: int, location: str) -> None:
    session = started(routine, clock)
    session.goto(index)
    assert session.tick().location == location


@pytest.mark.parametrize(("index", "up_next"), [
    (0, "Up next: Toe Touch Progression · Set 1 of 1 · Toes on the ramp"),
    (TOE_TOES_UP, "Up next: Toe Touch Progression · Set 1 of 1 · Heels on the ramp"),
    (TOE_HEELS_UP, "Up next: Hamstring Nerve Flossing · Set 1 of 2 · Left leg"),
    (FLOSS_S1_LEFT, "Up next: Hamstring Nerve Flossing · Set 1 of 2 · Right leg"),
    (FLOSS_S1_RIGHT, "Up next: Hamstring Nerve Flossing · Set 2 of 2 · Left leg"),
    (FLOSS_REST, "Up next: Hamstring Nerve Flossing · Set 2 of 2 · Left leg"),
    (12, "Up next: Alternate Supine Toe Touches · Set 1 of 2 · Left leg"),
    (SUPINE_S2, "Up next: Toe Touch Progression · Set 1 of 1 · Toes on the ramp"),
    (18, "Up next: Toe Touch Progression · Set 1 of 1 · Toes on the ramp"),
    (36, "Up next: the summary"),
])
def test_up_next(routine: Routine, clock: FakeClock, index: int, up_next: str) -> None:
    session = started(routine, clock)
    session.goto(index)
    state = session.tick()
    assert state.up_next == up_next
    if state.step.kind is not WORK:
        assert state.cue == up_next


def test_remaining_decreases_to_zero(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    start = session.tick().remaining_s
    assert start == 2 * MIN_ROUND_S + 30.0  # 1070 s at the minimum reps
    clock.advance(2)
    assert session.tick().remaining_s == start - 2
    clock.advance(3)
    state = session.tick()
    assert state.step_index == TOE_TOES_UP and state.remaining_s == start - 5
    state = count(session, 1)  # a counted rep takes its 16 s off the estimate
    assert state.remaining_s == start - 5 - 16
    session.goto(len(session.steps) - 1)
    state = count(session, 9)
    assert state.remaining_s == 3.0  # one supine rep left
    state = count(session, 1)
    assert state.status is Status.FINISHED and state.remaining_s == 0.0


def test_toe_touch_rep_phases_manual(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, TOE_TOES_UP)
    movement = routine.exercises[0].movement
    # tempo 6 s: 3 s down, a 4-6 breath (10 s) at the bottom, 3 s up; then wait for the count
    seen = []
    for t in [0.0, 0.75, 1.5, 3.0, 5.0, 7.0, 10.0, 13.0, 13.75, 14.5, 16.0, 40.0]:
        session.goto(TOE_TOES_UP)
        clock.advance(t)
        state = session.tick()
        seen.append(state.rep_phase)
        if t < 3:
            assert state.rep_phase is RepPhase.OUT
            assert state.rep_phase_progress == pytest.approx(t / 3)
            assert state.breath is None and state.cue == movement.out
        elif t < 13:
            assert state.rep_phase is RepPhase.BREATHE
            assert state.rep_phase_progress == pytest.approx((t - 3) / 10)
            assert state.breath is not None and state.cue == "Stay down and breathe"
            assert state.breath.phase is (BreathPhase.INHALE if t - 3 < 4 else BreathPhase.EXHALE)
        elif t < 16:
            assert state.rep_phase is RepPhase.BACK
            assert state.rep_phase_progress == pytest.approx((t - 13) / 3)
            assert state.breath is None and state.cue == movement.back
        else:  # the figure goes on with the next rep; the count waits for the key
            assert state.rep_phase is (RepPhase.OUT if t % 16 < 3 else RepPhase.BREATHE)
            assert state.cue in (movement.out, "Stay down and breathe")
            assert state.reps == 0  # manual mode never counts by itself
    assert seen == [RepPhase.OUT] * 3 + [RepPhase.BREATHE] * 4 + [RepPhase.BACK] * 3 + \
        [RepPhase.OUT, RepPhase.BREATHE]


def test_breath_point_inside_the_rep(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, TOE_TOES_UP)
    clock.advance(3)
    state = session.tick()
    assert state.breath is not None
    assert (state.breath.phase, state.breath.level, state.breath.phase_remaining_s) == \
        (BreathPhase.INHALE, 0.0, 4.0)
    clock.advance(4)
    state = session.tick()
    assert state.breath is not None
    assert (state.breath.phase, state.breath.level, state.breath.phase_remaining_s) == \
        (BreathPhase.EXHALE, 1.0, 6.0)


def test_count_starts_the_next_rep(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, TOE_TOES_UP)
    clock.advance(20)
    assert session.tick().rep_phase is RepPhase.BREATHE  # 4 s into the next rep's breath
    state = count(session, 1)
    assert (state.reps, state.rep_phase, state.rep_phase_progress) == (1, RepPhase.OUT, 0.0)
    clock.advance(1.5)
    assert session.tick().rep_phase_progress == pytest.approx(0.5)


def test_flossing_rep_phases_without_breath(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, FLOSS_S1_LEFT)
    phases = []
    for _ in range(8):
        state = session.tick()
        phases.append((state.rep_phase, state.breath))
        clock.advance(0.5)
    assert phases == [(RepPhase.OUT, None)] * 3 + [(RepPhase.BACK, None)] * 3 + \
        [(RepPhase.OUT, None)] * 2  # and on, until the rep is counted


def test_countdown_state_has_no_rep_motion(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    clock.advance(2)
    state = session.tick()
    assert state.step.kind is GR
    assert (state.rep_phase, state.rep_phase_progress, state.breath) == (RepPhase.OUT, 0.0, None)
    assert (state.step_count, state.rounds, state.exercise_count) == (37, 2, 3)


# --- big clock jumps ----------------------------------------------------------------------------


def test_jump_crosses_rest_and_countdown_manual(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    at_work(session, FLOSS_S1_RIGHT)
    state = count(session, 30)
    assert state.step_index == FLOSS_REST
    elapsed = state.elapsed_s
    clock.advance(30 + 5 + 0.75)  # the rest, the get-ready and 0.75 s of the next block
    state = session.tick()
    assert state.step_index == FLOSS_S2_LEFT
    assert (state.rep_phase, state.rep_phase_progress) == (RepPhase.OUT, 0.5)
    assert state.elapsed_s == elapsed + 35.75


def test_jump_crosses_steps_auto(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    for _ in range(5 + 4 * 16):  # get ready, then 4 toe touches, 1 s at a time
        clock.advance(1)
        session.tick()
    state = session.tick()
    assert (state.step_index, state.reps) == (TOE_TOES_UP, 4)
    # one jump: the 5th rep (16 s), the 5 s "Next position" and 8 s of the heels-up block
    clock.advance(16 + 5 + 8)
    state = session.tick()
    assert (state.step_index, state.reps) == (TOE_HEELS_UP, 0)
    assert state.rep_phase is RepPhase.BREATHE and state.breath is not None
    assert (state.breath.phase, state.breath.phase_remaining_s) == (BreathPhase.EXHALE, 5.0)
    assert state.elapsed_s == 69.0 + 29.0
    assert session.summary().tallies[0].reps_done == 5


def test_big_jump_auto_catches_up_in_one_tick(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    clock.advance(100)
    # 5 s get ready, 5 reps x 16 s = 80 s, 5 s "Next position", 10 s into heels up
    state = session.tick()
    assert (state.step_index, state.reps) == (TOE_HEELS_UP, 0)
    assert state.rep_phase is RepPhase.BREATHE and state.breath is not None
    assert (state.breath.phase, state.breath.phase_remaining_s) == (BreathPhase.EXHALE, 3.0)
    assert state.elapsed_s == 100.0


def test_jump_past_the_end_finishes_in_one_tick(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True)
    clock.advance(5000)
    state = session.tick()
    assert state.status is Status.FINISHED
    assert state.elapsed_s == AUTO_TOTAL_S[2]


def test_rep_boundaries_mark_every_phase_change(routine: Routine) -> None:
    toe, floss, _ = routine.exercises
    assert rep_boundaries(toe) == [3.0, 7.0, 13.0, 16.0]  # down, breathe in, out, up
    assert rep_boundaries(floss) == [1.5, 3.0]


def test_next_event_counts_down_the_last_seconds(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock)
    session.start()
    assert session.seconds_to_next_event() == 2.0  # 5 s get-ready: wake for its "3"
    clock.advance(2.5)
    session.tick()
    assert session.seconds_to_next_event() == 0.5


def test_between_ticks_only_the_rep_moves(routine: Routine, clock: FakeClock) -> None:
    """A frame between two ticks gets the rep's motion alone, the same as a whole state
    would give, until an event is due, a tenth of a second has passed or something is done."""
    session = started(routine, clock, auto=True, rounds=1)
    at_work(session, first_work_of(session, FLOSS))  # 1.5 s out, 1.5 s back
    clock.advance(0.5)
    session.tick()
    clock.advance(0.04)
    motion = session.motion()
    state = session.state()
    assert motion is not None and motion.phase is state.rep_phase is RepPhase.OUT
    assert motion.progress == pytest.approx(state.rep_phase_progress)
    assert motion.progress == pytest.approx(0.54 / 1.5)
    clock.advance(STATE_REFRESH_S)  # the last tick is more than a tenth of a second old
    assert session.motion() is None
    session.tick()
    session.smaller_and_slower()  # done between two ticks: only a tick tells what changed
    assert session.motion() is None
    session.tick()
    assert session.motion() is not None
    clock.advance(2.25 - 0.05)  # 0.05 s before the smaller rep turns back (4.5 s a rep now)
    session.tick()
    clock.advance(0.06)  # past it: an event only a tick can tell
    assert session.motion() is None
    session.pause()
    session.tick()
    assert session.motion() is None  # nothing moves while paused


def test_time_left_goes_down_during_a_rep(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock)
    session.start()
    clock.advance(5.0)  # past the get-ready, into the first toe touch (16 s a rep)
    before = session.tick().remaining_s
    clock.advance(4.0)
    assert session.tick().remaining_s == before - 4.0


def test_undo_reopens_a_finished_block_only_just_after_it_ended(
        routine: Routine, clock: FakeClock) -> None:
    session = Session(replace(routine, get_ready_s=0.0), clock)
    session.start()
    for _ in range(5):
        session.count_rep()  # toes-up done: on to heels-up
    clock.advance(11.0)
    session.tick()
    session.undo_rep()  # long after: nothing to take back here
    assert session.state().step.position.id == "heels_up"
    assert session.summary().tallies[0].reps_done == 5


def test_step_after_exercise(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock)
    floss = next(i for i, s in enumerate(session.steps) if s.exercise.id == FLOSS)
    after = session.step_after_exercise(floss)
    assert after is not None
    assert session.steps[after].exercise.id == SUPINE
    assert session.step_after_exercise(len(session.steps) - 1) is None


# --- backing off ------------------------------------------------------------------------------


def first_work_of(session: Session, exercise_id: str) -> int:
    return next(i for i, s in enumerate(session.steps)
                if s.kind is WORK and s.exercise.id == exercise_id)


def test_smaller_and_slower_makes_each_rep_longer_for_the_rest_of_the_exercise(
        routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, auto=True, rounds=1)
    index = first_work_of(session, "nerve_flossing")
    at_work(session, index)
    clock.advance(3.0)
    assert session.tick().reps == 1  # 3 s a rep
    session.smaller_and_slower()
    clock.advance(3.0)
    state = session.tick()
    assert state.reps == 1  # the rep under way started over, now 4.5 s long
    assert state.detail == state.how_far == routine.exercises[1].smaller
    clock.advance(1.5)
    assert session.tick().reps == 2
    later = [s for s in session.steps[index:] if s.exercise.id == "nerve_flossing"]
    assert {s.exercise.tempo_s for s in later} == {3.0 * SLOWER_FACTOR}
    untouched = [s for s in session.steps if s.exercise.id != "nerve_flossing"]
    assert all(s.exercise in routine.exercises for s in untouched)
    session.smaller_and_slower()  # once is the change asked for: not slower still
    assert session.steps[index].exercise.tempo_s == 4.5
    clock.advance(2.25)  # the far end of the smaller rep: the figure goes only part of the way
    assert figure_time(session.tick()).reach == SMALLER_REACH


def test_the_how_far_cue_stays_with_the_exercise(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, rounds=1)
    at_work(session, first_work_of(session, "nerve_flossing"))
    session.smaller_and_slower()
    session.skip_exercise()
    session.next()
    state = session.tick()
    assert state.step.exercise.id == "supine_toe_touches" and state.how_far == ""
    assert state.detail == state.step.position.cue


def test_fewer_reps_ends_the_block_and_shortens_the_next_ones(
        routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, rounds=1)
    index = first_work_of(session, "nerve_flossing")
    at_work(session, index)
    count(session, 4)
    session.fewer_reps()
    state = session.tick()
    assert state.step_index == index + 1
    assert session.steps[index + 2].exercise.reps == RepRange(7, 7)  # half of 15
    assert session.summary().tallies[1].reps_done == 4


def test_skip_exercise_moves_past_it_or_ends(routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, rounds=1)
    at_work(session, first_work_of(session, "toe_touch_progression"))
    session.skip_exercise()
    assert session.tick().step.exercise.id == "nerve_flossing"
    at_work(session, len(session.steps) - 1)
    session.skip_exercise()
    assert session.status is Status.FINISHED


def test_a_rep_can_start_with_a_breath_in_at_the_top(routine: Routine, clock: FakeClock) -> None:
    toe = routine.exercises[0]
    top = replace(toe, movement=replace(toe.movement, top="Arms up, breathe in", top_s=4.0))
    assert top.rep_s == toe.rep_s + 4.0
    assert rep_motion(top, 0.0).phase is RepPhase.TOP
    assert rep_motion(top, 3.9).phase is RepPhase.TOP  # still standing tall
    assert rep_motion(top, 4.1).phase is RepPhase.OUT
    assert rep_boundaries(top)[:2] == [4.0, 7.0]
    session = started(replace(routine, exercises=(top,)), clock, auto=True)
    state = at_work(session, 1)
    assert state.cue == "Arms up, breathe in"
    clock.advance(4.5)
    assert session.tick().cue == toe.movement.out
    clock.advance(top.rep_s - 4.5)
    assert session.tick().reps == 1


# --- the how-to ---------------------------------------------------------------------------------


def test_the_steps_show_the_first_time_an_exercise_comes_and_on_request(
        routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock, rounds=2)
    steps = session.steps
    assert session.tick().how_to == routine.exercises[0].steps  # its get-ready
    first_floss = first_work_of(session, FLOSS)
    shown = [i for i in range(len(steps)) if session.how_to_shown(i)]
    firsts = [first_work_of(session, ex.id) for ex in routine.exercises]
    assert shown == sorted([*firsts, *(i - 1 for i in firsts)])  # get-ready and first block
    at_work(session, first_floss + 2)  # the right leg: no longer the first time
    assert session.tick().how_to == ()
    session.toggle_how_to()
    assert session.tick().how_to == routine.exercises[1].steps
    session.toggle_how_to()
    assert session.tick().how_to == ()
    at_work(session, first_floss)
    session.toggle_how_to()  # hidden on the first block, as asked
    assert session.tick().how_to == ()
    rest = next(i for i, s in enumerate(steps) if s.kind is REST)
    session.goto(rest)
    assert session.tick().how_to == ()


def test_ending_early_is_told_apart_from_reaching_the_end(routine: Routine,
                                                          clock: FakeClock) -> None:
    session = started(routine, clock, rounds=1)
    at_work(session, 1)
    session.finish()
    assert session.status is Status.FINISHED and session.summary().ended_early
    session.previous()  # back on from the summary: it ends anew
    assert not session.summary().ended_early
    last = max(i for i, s in enumerate(session.steps) if s.kind is WORK)
    at_work(session, last)
    session.skip_exercise()  # skipping the last exercise is an end, not ending early
    assert session.status is Status.FINISHED and not session.summary().ended_early


def test_a_session_cut_off_resumes_at_the_get_ready_of_its_block(routine: Routine) -> None:
    clock = FakeClock()
    first = Session(routine, clock, 2, auto_count=True)
    first.start()
    block = next(i for i, s in enumerate(first.steps) if s.kind is StepKind.WORK
                 and s.exercise.id == "nerve_flossing")
    first.goto(block)
    for _ in range(6):
        first.count_rep()
    clock.advance(100.0)
    summary = first.summary()
    assert summary.place is not None and summary.place.step == block
    assert summary.place.reps[block] == 6
    later = Session(routine, FakeClock(), 2, auto_count=True)
    later.resume_at(summary.place, summary.elapsed_s)
    state = later.tick()
    assert state.step_index == block - 1 and state.step.kind is StepKind.GET_READY
    assert state.elapsed_s == summary.elapsed_s
    later.next()
    assert later.state().reps == 6 and later.state().step_index == block
    assert later.summary().reps_done == summary.reps_done
    with pytest.raises(ValueError):
        Session(routine, FakeClock(), 1).resume_at(summary.place, 0.0)  # fewer steps
    first.finish()
    assert first.summary().place is None


def test_next_during_a_block_says_what_it_skips(routine: Routine) -> None:
    session = Session(routine, FakeClock(), 1)
    session.start()
    assert session.what_next_drops() == ""  # a countdown drops no reps
    session.next()
    session.count_rep()
    state = session.state()
    left = state.goal - 1
    assert session.what_next_drops() == \
        f"Skipped the {left} reps left of set 1 ({state.step.position.name}) · ← goes back"


def test_steps_shown_by_themselves_give_way_after_the_first_rep(
        routine: Routine, clock: FakeClock) -> None:
    session = started(routine, clock)
    first_floss = first_work_of(session, FLOSS)
    at_work(session, first_floss)
    assert session.tick().how_to == routine.exercises[1].steps  # the first rep: read them
    session.count_rep()
    assert session.tick().how_to == ()  # then the count has the room
    session.toggle_how_to()
    assert session.tick().how_to == routine.exercises[1].steps  # asked for: they stay
    session.count_rep()
    assert session.tick().how_to == routine.exercises[1].steps

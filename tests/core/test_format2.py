"""Format 2, feature by feature, on the small routines in tests/routines/."""

from __future__ import annotations

from pathlib import Path

import pytest

from warmup_gui.core.checklist import Checklist, skip_offer
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import RepPhase, Session, StepKind, expand
from warmup_gui.core.loader import RoutineError, load_routine, parse_routine
from warmup_gui.core.routine import BreathAt, Routine
from warmup_gui.core.writer import routine_to_yaml

ROUTINES = Path(__file__).resolve().parents[1] / "routines"


def routine(name: str) -> Routine:
    return load_routine(ROUTINES / f"{name}.yaml")


@pytest.mark.parametrize("name", ["timed_hold", "tempo_phases", "per_side_optional",
                                  "format1_hamstring"])
def test_each_test_routine_loads_and_round_trips(name: str) -> None:
    loaded = routine(name)
    assert parse_routine(routine_to_yaml(loaded), name) == loaded


def test_a_timed_hold_counts_down_by_itself_on_each_side() -> None:
    stretch = routine("timed_hold")
    ex = stretch.exercises[0]
    assert (ex.timed, ex.hold_s, ex.dosage) == (True, 30.0, "1 set × 1 hold of 30 s per leg")
    clock = FakeClock()
    session = Session(stretch, clock, 1, auto_count=False)  # counting by key: not needed
    session.start()
    assert [(s.kind, s.title, s.duration_s) for s in session.steps] == [
        (StepKind.GET_READY, "Get ready", 5.0), (StepKind.WORK, ex.name, 0.0),
        (StepKind.GET_READY, "Switch sides", 3.0), (StepKind.WORK, ex.name, 0.0)]
    clock.advance(5.0 + 2.0 + 10.0)  # 2 s into the pose, 10 s into the hold
    state = session.tick()
    assert state.rep_phase is RepPhase.HOLD and state.counts_itself
    assert state.rep_phase_progress == pytest.approx(10 / 30)
    assert state.cue == "Stay tall and breathe into the belly"
    assert state.breath is not None and state.breath.word == "Let it go"  # box: 8 s to 12 s
    clock.advance(4.0)
    assert session.tick().breath.word == "Stay full"  # type: ignore[union-attr]
    clock.advance(4.0)
    assert session.tick().breath.word == "Breathe in slowly"  # type: ignore[union-attr]
    clock.advance(12.0 + 2.0)  # the rest of the hold, and back
    state = session.tick()
    assert (state.step_index, state.step.title) == (2, "Switch sides")
    clock.advance(3.0 + 34.0)
    assert session.tick().status.value == "finished"


def test_tempo_phases_breath_at_the_top_and_a_pause_between_exercises() -> None:
    lifts = routine("tempo_phases")
    bridge, quiet = lifts.exercises
    assert (bridge.out_s, bridge.hold_s, bridge.back_s, bridge.timed) == (2.0, 1.0, 4.0, False)
    assert bridge.breath is not None and bridge.breath.at is BreathAt.TOP
    assert bridge.rep_s == 6.0 + 2.0 + 1.0 + 4.0
    clock = FakeClock()
    session = Session(lifts, clock, 1, auto_count=True)
    session.start()
    clock.advance(3.0 + 1.0)
    state = session.tick()
    assert (state.rep_phase, state.cue) == (RepPhase.TOP,
                                                        "Breathe before you lift")
    assert state.breath is not None and state.breath.word == "Breathe in"
    clock.advance(6.0)  # out
    assert session.tick().cue == "Lift the hips"
    clock.advance(1.5)
    state = session.tick()
    assert (state.rep_phase, state.cue) == (RepPhase.HOLD, "Pause at the top")
    clock.advance(1.0)
    assert session.tick().cue == "Lower slowly"
    countdowns = [(s.title, s.duration_s, s.exercise.id) for s in session.steps
                  if s.kind is StepKind.GET_READY]
    assert countdowns == [("Get ready", 3.0, "slow_bridge"), ("Get ready", 3.0, "slow_bridge"),
                          ("Get ready", 12.0, "quiet_sit")]
    assert quiet.tempo_s == 2.0 and quiet.dosage == "1 set × 1 hold of 20 s"


def test_alternating_reps_counted_per_side_and_optional_equipment() -> None:
    reaches = routine("per_side_optional")
    ex = reaches.exercises[0]
    assert ex.dosage == "1 set × 4 reps per arm, alternating sides"
    work = [s for s in expand(reaches, 1) if s.kind is StepKind.WORK]
    assert work[0].target.low == 8  # four reaches each side
    assert reaches.equipment[0].line == "Yoga block (optional)"
    checklist = Checklist(reaches)  # nothing ticked
    assert checklist.missing() == [] and skip_offer(checklist) == ("", [])


def test_switch_sides_without_a_countdown_keeps_the_get_ready() -> None:
    text = (ROUTINES / "timed_hold.yaml").read_text(encoding="utf-8")
    steps = expand(parse_routine(text.replace("switch_sides_s: 3", "switch_sides_s: 0"), "t"), 1)
    assert [s.title for s in steps if s.kind is StepKind.GET_READY] == ["Get ready"]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("format: 2", "format: 1", "exercises[0].hold_s: is a format 2 key; the file says format 1"),
    ("    hold_s: 30\n", "    hold_s: 30\n    tempo: {out: 1, hold: 2, back: 1}\n",
     "exercises[0].tempo.hold: give the hold once"),
    ("    hold_s: 30\n", "    reps: 3\n    tempo_s: 4\n",
     "exercises[0].breath.at: expected a hold to breathe"),
    ("    sides: each\n", "    sides: each\n    per_side: true\n",
     "exercises[0].per_side: expected only with sides: alternate"),
    ("      at: hold\n", "      at: middle\n",
     "exercises[0].breath.at: expected one of bottom, top, hold, got 'middle'"),
])
def test_format_2_mistakes_are_named(old: str, new: str, message: str) -> None:
    text = (ROUTINES / "timed_hold.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    with pytest.raises(RoutineError) as caught:
        parse_routine(text.replace(old, new), "t.yaml")
    assert any(message in str(p) for p in caught.value.problems), caught.value.problems


def test_format_1_still_loads_as_it_did() -> None:
    old = routine("format1_hamstring")
    assert old.exercises[1].side_name == "leg"
    assert old.exercises[1].dosage == "2 sets × 15-30 reps per leg"
    assert old.exercises[0].breath is not None
    assert old.exercises[0].breath.cue_line == "Breathe at the end position"

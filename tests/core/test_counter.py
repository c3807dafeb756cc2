"""What the workout's counter says, decided without Qt."""

from __future__ import annotations

from warmup_gui.core.clock import FakeClock
from warmup_gui.core.counter import clock_text, counter_text, mode_text
from warmup_gui.core.engine import Session, StepKind
from warmup_gui.core.routine import Routine


def test_the_counter_shows_the_rep_under_way(routine: Routine) -> None:
    clock = FakeClock()
    session = Session(routine, clock)
    session.start()
    first = next(i for i, s in enumerate(session.steps) if s.kind is StepKind.WORK)
    session.goto(first)
    goal = session.tick().goal
    assert counter_text(session.tick()) == ("1", f"of {goal} reps")
    session.count_rep()
    assert counter_text(session.tick())[0] == "2"
    for _ in range(goal - 2):
        session.count_rep()
    assert counter_text(session.tick()) == (str(goal), f"of {goal} reps")  # the last one
    assert mode_text(session.tick()) in ("Counts by itself (A)", "You count: Space (A)")


def test_a_countdown_reads_up_to_its_last_second() -> None:
    assert (clock_text(0.2), clock_text(59.0), clock_text(61.5)) == ("0:01", "0:59", "1:02")

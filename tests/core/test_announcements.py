"""Announcements from a real Session on a FakeClock: what a screen reader is told, in order."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warmup_gui.core.announcements import announcements_between, rep_words
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Session, SessionState, StepKind
from warmup_gui.core.routine import Routine


class Listener:
    """Feeds consecutive snapshots to announcements_between, as the window does."""

    def __init__(self, session: Session, clock: FakeClock) -> None:
        self.session = session
        self.clock = clock
        self.last: SessionState | None = None
        self.heard: list[str] = []

    def act(self, action: Callable[[], object] = lambda: None) -> list[str]:
        action()
        state = self.session.tick()
        ended_with = self.session.reps_in(self.last.step_index) if self.last else 0
        lines = announcements_between(self.last, state, ended_with)
        self.last = state
        self.heard += lines
        return lines

    def run_for(self, seconds: float, dt: float = 0.1) -> None:
        for _ in range(round(seconds / dt)):
            self.clock.advance(dt)
            self.act()


@pytest.fixture
def listener(routine: Routine, clock: FakeClock) -> Listener:
    return Listener(Session(routine, clock), clock)


def test_reps_by_key_are_announced_with_the_goal_and_taken_back(listener: Listener) -> None:
    session = listener.session
    # The block is named as its get-ready begins; skipping the get-ready adds nothing.
    assert listener.act(session.start) == ["Toe Touch Progression. Toes on the ramp"]
    assert listener.act(session.next) == []
    session.set_auto_count(False)
    goal = session.state().goal
    assert listener.act(session.count_rep) == [f"Rep 1 of {goal}"]
    assert listener.act(session.count_rep) == [f"Rep 2 of {goal}"]
    assert listener.act(session.undo_rep) == [f"Rep 1 of {goal}"]
    assert listener.act(session.undo_rep) == ["No reps yet"]


def test_pausing_and_resuming_are_announced_and_nothing_else_while_paused(
        listener: Listener) -> None:
    session = listener.session
    listener.act(session.start)
    assert listener.act(session.pause) == ["Paused"]
    listener.run_for(5.0)
    assert listener.act(session.resume) == ["Resumed"]


def test_auto_counted_reps_and_each_breathing_phase_are_announced(listener: Listener) -> None:
    session = listener.session
    session.set_auto_count(True)
    listener.act(session.start)
    listener.act(session.next)
    listener.heard = []
    while listener.last is not None and listener.last.reps < 1:
        listener.run_for(0.1)
    assert listener.heard == ["Breathe in", "Breathe out", f"Rep 1 of {session.state().goal}"]


def test_rests_sides_and_the_end_are_announced_but_not_countdown_seconds(
        listener: Listener, routine: Routine) -> None:
    session = listener.session
    listener.act(session.start)
    listener.run_for(10.0)  # the get-ready's countdown: its last seconds tick, unannounced
    assert listener.heard == ["Toe Touch Progression. Toes on the ramp"]
    rest = next(i for i, s in enumerate(session.steps) if s.kind is StepKind.REST)
    assert listener.act(lambda: session.goto(rest))[-1].startswith("Rest ")
    lines: list[str] = []
    for index in range(rest + 1, len(session.steps)):
        lines += listener.act(lambda index=index: session.goto(index))
    assert any(line.startswith("Switch sides") for line in lines)
    assert listener.act(session.finish)[-1] == "Warm-up done"
    assert listener.act(session.undo_rep) == []  # a finished session holds no step to count


def test_the_rep_that_ends_a_block_is_announced_before_the_next_block(
        listener: Listener) -> None:
    session = listener.session
    listener.act(session.start)
    listener.act(session.next)
    session.set_auto_count(False)
    goal = session.state().goal
    for _ in range(goal - 1):
        listener.act(session.count_rep)
    assert listener.act(session.count_rep) == [f"Rep {goal} of {goal}", "Heels on the ramp"]


def test_a_block_skipped_with_the_arrow_announces_no_rep(listener: Listener) -> None:
    session = listener.session
    listener.act(session.start)
    listener.act(session.next)
    session.set_auto_count(False)
    listener.act(session.count_rep)
    assert listener.act(session.next) == ["Heels on the ramp"]


def test_rep_words() -> None:
    assert rep_words(3, 8) == "Rep 3 of 8"
    assert rep_words(0, 8) == "No reps yet"

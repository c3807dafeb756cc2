"""Cues from a real Session on a FakeClock: consecutive snapshots fed to cues_between."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warmup_gui.core.clock import FakeClock
from warmup_gui.core.cues import Cue, CueKind, block_words, cues_between, say_duration
from warmup_gui.core.engine import RepPhase, Session, SessionState, Status, StepKind
from warmup_gui.core.routine import Routine

TICK, CHIME, SPEECH = CueKind.TICK, CueKind.CHIME, CueKind.SPEECH


def tick(text: str) -> Cue:
    return Cue(TICK, text)


def chime(text: str) -> Cue:
    return Cue(CHIME, text)


def say(text: str) -> Cue:
    return Cue(SPEECH, text)


class Drive:
    """Ticks a session like the window does and keeps every cue with the state it came with."""

    def __init__(self, session: Session, clock: FakeClock) -> None:
        self.session = session
        self.clock = clock
        self.last: SessionState = session.state()
        self.log: list[tuple[SessionState, Cue]] = []

    @property
    def cues(self) -> list[Cue]:
        return [cue for _, cue in self.log]

    def tick(self) -> list[Cue]:
        state = self.session.tick()
        cues = cues_between(self.last, state)
        self.log += [(state, cue) for cue in cues]
        self.last = state
        return cues

    def act(self, action: Callable[[], None]) -> list[Cue]:
        action()
        return self.tick()

    def run_for(self, seconds: float, dt: float = 0.1) -> None:
        for _ in range(round(seconds / dt)):
            self.clock.advance(dt)
            self.tick()

    def run_until(self, done: Callable[[SessionState], bool], dt: float = 0.1,
                  limit_s: float = 3600.0) -> SessionState:
        for _ in range(round(limit_s / dt)):
            if done(self.last):
                return self.last
            self.clock.advance(dt)
            self.tick()
        raise AssertionError("the session never got there")

    def take(self) -> list[Cue]:
        cues = self.cues
        self.log = []
        return cues


def toe_touch_reps() -> list[Cue]:
    """One auto-counted toe touch rep: breathe in, breathe out at the bottom, then the count."""
    cues: list[Cue] = []
    for n in range(1, 6):
        cues += [chime("Breathe in"), say("Breathe in"), chime("Breathe out"), say("Breathe out"),
                 tick(f"Rep {n + 1}" if n < 5 else "5 done")]
    return cues


FIRST_EXERCISE = [
    say("Toe Touch Progression. Toes on the ramp"),
    tick("3"), tick("2"), tick("1"), chime("Go"),
    *toe_touch_reps(),
    say("Heels on the ramp"),
    tick("3"), tick("2"), tick("1"), chime("Go"),
    *toe_touch_reps(),
    say("Hamstring Nerve Flossing. Left leg"),
]


@pytest.fixture
def session(routine: Routine, clock: FakeClock) -> Session:
    return Session(routine, clock, rounds=2)


@pytest.fixture
def drive(session: Session, clock: FakeClock) -> Drive:
    return Drive(session, clock)


def step_index(session: Session, kind: StepKind, exercise_index: int, set_no: int = 1) -> int:
    for i, step in enumerate(session.steps):
        if step.kind is kind and step.exercise_index == exercise_index and step.set == set_no:
            return i
    raise LookupError((kind, exercise_index, set_no))


def test_the_first_exercise_auto_counted_gives_exactly_these_cues(drive: Drive) -> None:
    drive.session.set_auto_count(True)
    drive.act(drive.session.start)
    drive.run_until(lambda s: s.step_index == 4)
    assert drive.cues == FIRST_EXERCISE
    # Each cue comes with the state that called for it.
    for state, cue in drive.log:
        if cue.text in ("Breathe in", "Breathe out"):
            assert state.rep_phase is RepPhase.BREATHE
            assert state.breath is not None and state.breath.word == cue.text
            assert state.breath.phase_progress < 0.05  # right as the phase began
        elif cue == chime("Go"):
            assert state.step.kind is StepKind.WORK and state.rep_phase_progress < 0.05
        elif cue.kind is TICK and (cue.text.startswith("Rep ") or cue.text.endswith(" done")):
            # The next rep starts (its breath in at the top, where there is one), or the
            # next block's countdown shows a still figure.
            top = state.step.kind is StepKind.WORK and state.step.exercise.movement.top
            first = RepPhase.TOP if top else RepPhase.OUT
            assert state.rep_phase is first and state.rep_phase_progress < 0.05
        elif cue.kind is TICK:  # "3", "2", "1": as the countdown shows that number
            assert state.step.kind is StepKind.GET_READY
            assert int(cue.text) - 0.15 < state.remaining_in_step_s <= int(cue.text) + 1e-6


@pytest.mark.parametrize("dt", [0.05, 0.3])
def test_the_cues_do_not_depend_on_how_often_the_window_ticks(drive: Drive, dt: float) -> None:
    drive.session.set_auto_count(True)
    drive.act(drive.session.start)
    drive.run_until(lambda s: s.step_index == 4, dt=dt)
    assert drive.cues == FIRST_EXERCISE


def test_a_jump_of_one_whole_rep_still_cues_the_count_and_the_new_breath(drive: Drive) -> None:
    drive.session.set_auto_count(True)
    drive.act(drive.session.start)
    drive.run_until(lambda s: s.breath is not None)  # rep 1, breathing in
    drive.take()
    rep_s = drive.last.step.exercise.rep_s
    drive.run_for(rep_s, dt=rep_s)  # the window slept through a whole rep
    assert drive.last.reps == 1 and drive.last.breath is not None
    assert drive.take() == [tick("Rep 2"), chime("Breathe in"), say("Breathe in")]


def test_manual_counting_gives_no_rep_tick(drive: Drive) -> None:
    drive.act(drive.session.start)
    drive.run_until(lambda s: s.step.kind is StepKind.WORK)
    drive.take()
    for _ in range(5):  # each rep counted as its back half ends
        drive.run_until(lambda s: s.rep_phase is RepPhase.BACK)
        drive.run_until(lambda s: s.rep_phase is not RepPhase.BACK)
        drive.act(drive.session.count_rep)
    assert drive.last.step.title == "Next position"
    # The breathing still gets its chimes and words; the counted reps get no tick.
    breaths = [chime("Breathe in"), say("Breathe in"), chime("Breathe out"), say("Breathe out")]
    assert drive.take() == breaths * 5 + [say("Heels on the ramp")]


def test_a_rep_counted_by_hand_while_auto_count_is_on_gives_no_tick(drive: Drive) -> None:
    drive.act(drive.session.start)
    drive.act(drive.session.next)  # skip the get-ready: no chime for a skip
    assert drive.take() == [say("Toe Touch Progression. Toes on the ramp")]
    drive.act(lambda: drive.session.set_auto_count(True))
    drive.run_for(1.0)
    assert drive.act(drive.session.count_rep) == []
    assert drive.last.reps == 1
    drive.run_until(lambda s: s.reps == 2)  # the next one auto-count counts
    assert drive.take()[-1] == tick("Rep 3")


def test_pausing_and_resuming_give_no_cues(drive: Drive) -> None:
    drive.session.set_auto_count(True)
    drive.act(drive.session.start)

    def pause_a_while() -> None:
        assert drive.act(drive.session.pause) == []
        drive.clock.advance(100.0)
        assert drive.tick() == []
        assert drive.act(drive.session.resume) == []
        assert drive.tick() == []

    drive.run_for(2.5)  # mid countdown, between the "3" and the "2"
    pause_a_while()
    drive.run_until(lambda s: s.breath is not None and s.breath.phase_progress > 0.5)
    pause_a_while()  # mid breath: the phase does not start over
    drive.run_until(lambda s: s.rep_phase is RepPhase.BACK)
    pause_a_while()
    drive.run_until(lambda s: s.step_index == 4)
    # Nothing was added, lost or repeated by the pauses.
    assert drive.cues == FIRST_EXERCISE
    assert drive.session.status is Status.RUNNING


@pytest.mark.parametrize("dt", [0.1, 0.7, 31.0])
def test_a_rest_ending_chimes_exactly_once(drive: Drive, dt: float) -> None:
    rest = step_index(drive.session, StepKind.REST, exercise_index=1, set_no=2)
    drive.act(lambda: drive.session.goto(rest))
    assert drive.take() == [say("Rest 30 seconds")]
    drive.run_for(31.0 if dt < 31.0 else dt, dt=dt)
    assert drive.last.step.kind is StepKind.GET_READY
    cues = drive.take()
    assert [c for c in cues if c.kind is CHIME] == [chime("Rest over")]
    ticks = [tick("3"), tick("2"), tick("1")] if dt < 1.0 else []  # the rest's last seconds
    assert cues[:len(ticks) + 2] == [*ticks, chime("Rest over"), say("Set 2 of 2. Left leg")]
    drive.run_for(10.0, dt=min(dt, 1.0))
    assert [c for c in drive.take() if c.kind is CHIME] == [chime("Go")]


def test_a_rest_skipped_with_the_arrow_key_does_not_chime(drive: Drive) -> None:
    rest = step_index(drive.session, StepKind.REST, exercise_index=1, set_no=2)
    drive.act(lambda: drive.session.goto(rest))
    drive.run_for(12.0)
    drive.take()
    assert drive.act(drive.session.next) == [say("Set 2 of 2. Left leg")]


def test_the_minimum_of_a_rep_range_is_announced_once(drive: Drive) -> None:
    work = step_index(drive.session, StepKind.WORK, exercise_index=1)
    drive.act(lambda: drive.session.goto(work))
    assert drive.take() == [say("Hamstring Nerve Flossing. Left leg")]
    drive.act(drive.session.go_to_top)  # asked for more: the minimum is passed on the way
    spoken = []
    for _ in range(20):
        spoken.append(drive.act(drive.session.count_rep))
    assert spoken[14] == [say("15 done. On to 30")]
    assert all(cues == [] for i, cues in enumerate(spoken) if i != 14)


def test_a_range_that_stops_at_its_minimum_goes_straight_on(drive: Drive) -> None:
    work = step_index(drive.session, StepKind.WORK, exercise_index=1)
    drive.act(lambda: drive.session.goto(work))
    drive.take()
    spoken = [drive.act(drive.session.count_rep) for _ in range(15)]
    assert all(cues == [] for cues in spoken[:14])
    assert say("Switch sides: right leg") in spoken[14]


def test_the_finish_is_announced(drive: Drive) -> None:
    last = len(drive.session.steps) - 1
    drive.act(lambda: drive.session.goto(last))
    drive.act(lambda: drive.session.set_auto_count(True))
    drive.take()
    drive.run_until(lambda s: s.status is Status.FINISHED, dt=0.5)
    assert drive.take()[-3:] == [tick("10 done"), chime("Warm-up done"), say("Warm-up done")]
    drive.run_for(5.0)
    assert drive.take() == []


def test_every_block_and_rest_is_announced_when_stepping_through(drive: Drive) -> None:
    drive.act(drive.session.start)
    while drive.session.status is not Status.FINISHED:
        drive.act(drive.session.next)
    one_round = [
        "Toe Touch Progression. Toes on the ramp", "Heels on the ramp",
        "Hamstring Nerve Flossing. Left leg", "Switch sides: right leg", "Rest 30 seconds",
        "Set 2 of 2. Left leg", "Switch sides: right leg",
        "Alternate Supine Toe Touches", "Rest 30 seconds", "Set 2 of 2",
    ]
    second_round = ["Round 2 of 2. " + one_round[0], *one_round[1:]]
    # Each get-ready announces its block, so the work step after it says nothing; keys
    # skipping countdowns never chime. Only the end chimes.
    assert drive.cues == [say(t) for t in [*one_round, "Rest 30 seconds", *second_round]] + [
        chime("Warm-up done"), say("Warm-up done")]


def test_without_get_ready_the_block_itself_is_announced(routine: Routine,
                                                         clock: FakeClock) -> None:
    from warmup_gui.core.record import replace

    drive = Drive(Session(replace(routine, get_ready_s=0.0), clock), clock)
    drive.act(drive.session.start)
    drive.act(drive.session.next)
    assert drive.cues == [say("Toe Touch Progression. Toes on the ramp"),
                          say("Heels on the ramp")]


def test_jumping_to_another_exercise_names_it(drive: Drive) -> None:
    drive.act(drive.session.start)
    right = step_index(drive.session, StepKind.WORK, exercise_index=1) + 2  # right leg, set 1
    assert drive.session.steps[right].side is not None
    assert drive.act(lambda: drive.session.goto(right)) == [
        say("Hamstring Nerve Flossing. Right leg")]


def test_before_the_start_nothing_is_cued(session: Session) -> None:
    assert cues_between(None, session.state()) == []
    session.start()
    assert cues_between(None, session.state()) == [say("Toe Touch Progression. Toes on the ramp")]


def test_block_words_for_a_step_without_history(session: Session) -> None:
    # Set 2's first block seen cold (no earlier step): the exercise and the set are both named.
    first_of_set_2 = session.steps[step_index(session, StepKind.GET_READY, 1, set_no=2)]
    assert block_words(first_of_set_2, 2) == "Hamstring Nerve Flossing. Set 2 of 2. Left leg"


@pytest.mark.parametrize(("seconds", "words"), [
    (30, "30 seconds"), (1, "1 second"), (60, "1 minute"), (90, "1 minute 30 seconds"),
    (120, "2 minutes"), (0, "0 seconds")])
def test_say_duration(seconds: float, words: str) -> None:
    assert say_duration(seconds) == words

"""The session engine: a routine expanded into steps and walked through on a clock.

A :class:`Session` owns all workout state. Widgets call its methods for user actions and
render the frozen :class:`SessionState` snapshots that :meth:`Session.tick` returns; nothing
here knows about Qt, and time only comes from the injected clock.

Steps are blocks a person can navigate between: a get-ready countdown before every block of
reps, the block itself (one exercise, round, set, position and side), and rests. Reps are
counted inside a work step, because a rep range (15-30) has no fixed number of them.
"""

from __future__ import annotations

import enum
import math

from warmup_gui.core.breathing import BreathPoint, breath_at, phases
from warmup_gui.core.clock import Clock, Stopwatch
from warmup_gui.core.record import frozen_record, replace
from warmup_gui.core.routine import (
    Breath,
    BreathAt,
    Exercise,
    Position,
    RepRange,
    Routine,
    Side,
    Sides,
)
from warmup_gui.core.schedule import Part, block_goal, schedule
from warmup_gui.core.words import Words

EngineWords = Words("EngineWords")

# A tick may cross many steps when the clock jumps (a test, a suspended laptop);
# this bounds the work one tick can do.
_MAX_TRANSITIONS_PER_TICK = 10_000


class StepKind(enum.Enum):
    GET_READY = "get_ready"
    WORK = "work"
    REST = "rest"


_KINDS: dict[Part, StepKind] = {
    "get_ready": StepKind.GET_READY, "switch_sides": StepKind.GET_READY,
    "next_position": StepKind.GET_READY, "work": StepKind.WORK, "rest": StepKind.REST,
    "round_rest": StepKind.REST}


class Status(enum.Enum):
    READY = "ready"  # not started
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class RepPhase(enum.Enum):
    TOP = "top"  # at the start pose before moving out (a breath in), where a routine has one
    OUT = "out"  # moving from the start pose to the end pose
    HOLD = "hold"  # holding the end pose (a timed hold, or a pause in the tempo)
    BREATHE = "breathe"  # breathing at the end pose
    BACK = "back"  # moving back to the start pose
    WAIT = "wait"  # the block's reps are done: the figure rests at the start pose


def block_label(exercise: Exercise, position: Position, side: Side | None) -> str:
    """E.g. 'Feet together', 'Left leg' or both; empty when there is nothing to tell."""
    parts = [position.name, exercise.side_label(side) if side is not None else ""]
    return " · ".join(p for p in parts if p)


@frozen_record
class Step:
    kind: StepKind
    round: int  # 1-based
    exercise_index: int  # 0-based; for countdowns, the exercise that comes next
    exercise: Exercise
    set: int  # 1-based
    position: Position
    side: Side | None  # None when both sides work together or alternate rep by rep
    duration_s: float  # countdowns only; a work step's length depends on the reps
    title: str  # "Get ready", "Switch sides", "Next position", "Rest", or the exercise name

    @property
    def target(self) -> RepRange:
        return self.exercise.block_reps

    def position_label(self, side: Side | None) -> str:
        return block_label(self.exercise, self.position, side)


@frozen_record
class SessionState:
    """A snapshot of the session, everything a screen needs to draw it."""

    status: Status
    step_index: int
    step_count: int
    step: Step
    rounds: int
    exercise_count: int
    location: str  # "Round 1 of 2 · Exercise 2 of 3 · Set 1 of 2 · Left leg"
    up_next: str  # what the next block of work is, or "" at the end
    remaining_in_step_s: float  # countdowns; 0 for work steps
    reps: int
    goal: int  # the reps this block aims for: a range's minimum unless asked for more
    min_reached: bool  # a rep range's minimum is reached (always True past a fixed target)
    target_reached: bool  # the block's goal is reached
    auto_count: bool
    side: Side | None  # the side working now (alternating sides change with every rep)
    rep_phase: RepPhase
    rep_phase_progress: float  # 0..1 through the rep phase
    breath: BreathPoint | None  # while breathing at the end pose
    elapsed_s: float  # active time, pauses left out
    remaining_s: float  # estimate for the rest of the session (minimum reps)
    how_far: str = ""  # after backing off: how far to move, or the easier version to do
    how_to: tuple[str, ...] = ()  # the exercise's steps, while they are shown
    reach: float = 1.0  # how far toward the end pose the movement goes (less after backing off)
    rep_left_s: float = 0.0  # seconds until the rep under way is done (counted, if counting)

    @property
    def counts_itself(self) -> bool:
        """Reps count without a key: auto-count is on, or each rep is a timed hold."""
        return self.auto_count or self.step.exercise.timed

    @property
    def cue(self) -> str:
        """The one line to read right now."""
        if self.step.kind is not StepKind.WORK:
            return self.up_next
        if self.target_reached:
            return EngineWords.tr("Done.") if self.counts_itself \
                else EngineWords.tr("Done. Press → to go on.")
        return rep_cue(self.step.exercise, self.rep_phase, self.breath is not None)

    @property
    def detail(self) -> str:
        """The line under the cue during reps: how far to move once backed off, else how to
        set up for the block (or, once the block is done, what comes next)."""
        if self.target_reached:
            return self.up_next
        return self.how_far or self.step.position.cue


def rep_cue(exercise: Exercise, phase: RepPhase, breathing: bool) -> str:
    """The routine's line for a part of a rep: the breathing's while breathing, else the
    movement's."""
    if breathing and exercise.breath is not None:
        return exercise.breath.cue_line
    movement = exercise.movement
    if phase is RepPhase.HOLD:
        return movement.hold or EngineWords.tr("Hold the position")
    if phase is RepPhase.TOP:
        return movement.top
    return movement.back if phase is RepPhase.BACK else movement.out


@frozen_record
class ExerciseTally:
    exercise: Exercise
    sets_planned: int
    sets_done: int
    reps_done: int


@frozen_record
class BlockResult:
    """One block of reps as the session left it."""

    step_index: int
    step: Step
    reps: int
    goal: int  # what the block aimed for when it ended (after any + / − or ↑)

    @property
    def complete(self) -> bool:
        """The block's minimum is done, or the fewer reps asked for with −."""
        return self.reps >= min(self.goal, self.step.target.low)


@frozen_record
class Place:
    """Where a session stands: the step under way and the reps counted in every step, enough
    to take it up again after it was cut off."""

    step: int
    reps: tuple[int, ...]


@frozen_record
class Summary:
    elapsed_s: float
    rounds: int
    tallies: tuple[ExerciseTally, ...]
    ended_early: bool = False  # ended with "end here" (E) before the last step
    blocks: tuple[BlockResult, ...] = ()  # every block of reps, in order
    paused_s: float = 0.0  # time paused (questions open included) between start and end
    ended_at: int | None = None  # the step under way when it was ended early
    place: Place | None = None  # while under way, to resume it; None once over

    @property
    def reps_done(self) -> int:
        return sum(t.reps_done for t in self.tallies)


@frozen_record
class Motion:
    """Where a rep is ``t`` seconds after it started."""

    phase: RepPhase
    progress: float  # 0..1 through the phase
    breath: BreathPoint | None


@frozen_record
class RepPart:
    """One part of a rep: its phase, when it starts and how long it lasts, and the breathing
    taken meanwhile, if any."""

    phase: RepPhase
    start_s: float
    length_s: float
    breath: Breath | None = None

    @property
    def end_s(self) -> float:
        return self.start_s + self.length_s


def _filling(breath: Breath, seconds: float) -> Breath:
    """The pattern repeated as often as a hold of ``seconds`` needs (cut at its end)."""
    return replace(breath, cycles=max(1, math.ceil(seconds / breath.cycle_s - 1e-9)))


def rep_parts(ex: Exercise) -> list[RepPart]:
    """A rep in order: a moment at the start pose, breathing there (breath at the top), out,
    the hold, breathing at the end pose (breath at the bottom), back."""
    breath = ex.breath
    at = breath.at if breath is not None else None
    lengths: list[tuple[RepPhase, float, Breath | None]] = [
        (RepPhase.TOP, ex.movement.top_s, None),
        (RepPhase.TOP, ex.breath_s if at is BreathAt.TOP else 0.0, breath),
        (RepPhase.OUT, ex.out_s, None),
        (RepPhase.HOLD, ex.hold_s, _filling(breath, ex.hold_s)
         if breath is not None and at is BreathAt.HOLD else None),
        (RepPhase.BREATHE, ex.breath_s if at is BreathAt.BOTTOM else 0.0, breath),
        (RepPhase.BACK, ex.back_s, None),
    ]
    parts, t = [], 0.0
    for phase, length, pattern in lengths:
        if length > 0:
            parts.append(RepPart(phase, t, length, pattern))
            t += length
    return parts


def rep_motion(ex: Exercise, t: float) -> Motion:
    """Where the figure is ``t`` seconds into a rep (see :func:`rep_parts`)."""
    for part in rep_parts(ex):
        if t < part.end_s:
            into = max(0.0, t - part.start_s)
            progress = into / part.length_s
            breath = breath_at(part.breath, into) if part.breath is not None else None
            if part.phase is RepPhase.TOP:
                # Breathing at the top after a moment there keeps the figure where it is.
                held = breath is not None and ex.movement.top_s > 0
                return Motion(RepPhase.TOP, 1.0 if held else progress, breath)
            if part.phase is RepPhase.OUT:
                return Motion(RepPhase.OUT, progress, None)
            if part.phase is RepPhase.BACK:
                return Motion(RepPhase.BACK, progress, None)
            return Motion(part.phase, progress, breath)
    return Motion(RepPhase.WAIT, 1.0, None)


_STILL = Motion(RepPhase.OUT, 0.0, None)
_DONE = Motion(RepPhase.WAIT, 1.0, None)
# "One more rep" goes at most this many times past the top of a block's range.
MAX_GOAL_FACTOR = 2
# Backspace reopens the block just finished only this soon after it ended.
UNDO_WINDOW_S = 10.0
# The last seconds of a countdown are ticked off one by one.
COUNTDOWN_TICKS_S = 3
# "Smaller and slower": each rep of the rest of the exercise takes this much longer, and
# goes only this far toward the end pose.
SLOWER_FACTOR = 1.5
SMALLER_REACH = 0.6
# Between two whole states a frame needs only where the rep is (Session.motion): the rest of
# a state changes at an event, or, for the clocks on screen, within this long.
STATE_REFRESH_S = 0.1


def rep_boundaries(ex: Exercise) -> list[float]:
    """Seconds into a rep at which its phase, or its breathing phase, changes; the last is
    the end of the rep."""
    marks = []
    for part in rep_parts(ex):
        if part.breath is not None:
            t = part.start_s
            for _ in range(part.breath.cycles):
                for _, length in phases(part.breath):
                    t += length
                    marks.append(min(t, part.end_s))
        marks.append(part.end_s)
    return sorted(set(marks))


def expand(routine: Routine, rounds: int) -> tuple[Step, ...]:
    """Every step of the routine done ``rounds`` times, in order (see :func:`schedule`)."""
    titles = {"get_ready": EngineWords.tr("Get ready"),
              "switch_sides": EngineWords.tr("Switch sides"),
              "next_position": EngineWords.tr("Next position"),
              "rest": EngineWords.tr("Rest"),
              "round_rest": EngineWords.tr("Rest before the next round")}
    return tuple(
        Step(kind=_KINDS[part], round=rnd, exercise_index=ex_i, exercise=ex, set=set_no,
             position=position, side=side, duration_s=seconds,
             title=ex.name if part == "work" else titles[part])
        for part, rnd, ex_i, ex, set_no, position, side, seconds in schedule(routine, rounds))


class Session:
    """One run through a routine; the only owner of the workout's state."""

    def __init__(self, routine: Routine, clock: Clock, rounds: int | None = None, *,
                 auto_count: bool = False, to_top: bool = False) -> None:
        """``auto_count`` counts reps on the routine's tempo; ``to_top`` runs every rep range
        to its maximum instead of stopping at its minimum."""
        self.routine = routine
        self.rounds = rounds if rounds is not None else routine.rounds.low
        if self.rounds < 1:
            raise ValueError("a session needs at least one round")
        self.steps = expand(routine, self.rounds)
        self._clock = clock
        self._status = Status.READY
        self._index = 0
        self._auto = auto_count
        self._to_top = to_top
        self._reps = [0] * len(self.steps)
        self._goals = [self._default_goal(step) for step in self.steps]
        self._extra_s = [0.0] * len(self.steps)  # time added to (or taken off) a countdown
        self._session_sw = Stopwatch(clock, running=False)
        self._wall_sw = Stopwatch(clock, running=False)  # from start to end, pauses included
        self._step_sw = Stopwatch(clock, running=False)
        self._rep_t0 = 0.0  # step time at which the rep under way started
        # What the last tick described, and until when only the rep's motion can change.
        self._ticked: tuple[object, ...] = ()
        self._motion_until = -math.inf
        self._up_next: dict[int, str] = {}  # texts that only depend on the step: made once
        self._locations: dict[tuple[int, Side | None], str] = {}  # the same, per step and side
        self._how_far: dict[str, str] = {}  # exercise id -> how far, once backed off
        self._smaller: set[str] = set()  # exercises made smaller: the figure moves less
        self._ended_early = False
        self._ended_at: int | None = None
        self._how_to: dict[int, bool] = {}  # step index -> steps shown or not, as asked
        self._first_work: dict[str, int] = {}  # exercise id -> its first block of reps
        for i, step in enumerate(self.steps):
            if step.kind is StepKind.WORK:
                self._first_work.setdefault(step.exercise.id, i)

    # --- user actions -------------------------------------------------------------------
    @property
    def status(self) -> Status:
        return self._status

    @property
    def auto_count(self) -> bool:
        return self._auto

    def start(self) -> None:
        if self._status is Status.READY:
            self._status = Status.RUNNING
            self._session_sw.resume()
            self._wall_sw.resume()
            self._enter(0)

    def resume_at(self, place: Place, elapsed_s: float) -> None:
        """Start where a session cut off earlier stood: its reps counted, its active time, and
        the block under way (from its get-ready countdown, to get back into position).
        ValueError when the place does not fit these steps."""
        index = place.step
        if self._status is not Status.READY or len(place.reps) != len(self.steps) \
                or not 0 <= index < len(self.steps):
            raise ValueError("the place does not fit this session")
        for i, (step, reps) in enumerate(zip(self.steps, place.reps, strict=True)):
            limit = MAX_GOAL_FACTOR * step.target.high if step.kind is StepKind.WORK else 0
            self._reps[i] = min(max(0, reps), limit)
            self._goals[i] = max(self._goals[i], self._reps[i])
        if index > 0 and self.steps[index].kind is StepKind.WORK \
                and self.steps[index - 1].kind is StepKind.GET_READY:
            index -= 1
        self._status = Status.RUNNING
        self._session_sw = Stopwatch(self._clock, offset_s=max(0.0, elapsed_s))
        self._wall_sw = Stopwatch(self._clock, offset_s=max(0.0, elapsed_s))
        self._enter(index)

    def pause(self) -> None:
        if self._status is Status.RUNNING:
            self._status = Status.PAUSED
            self._session_sw.pause()
            self._step_sw.pause()

    def resume(self) -> None:
        if self._status is Status.PAUSED:
            self._status = Status.RUNNING
            self._session_sw.resume()
            self._step_sw.resume()

    def toggle_pause(self) -> None:
        if self._status is Status.RUNNING:
            self.pause()
        else:
            self.resume()

    def set_auto_count(self, on: bool) -> None:
        """Counting on the routine's tempo; the rep under way starts over when switched."""
        self._auto = on
        self._rep_t0 = self._step_sw.elapsed()

    def _default_goal(self, step: Step) -> int:
        return block_goal(step.exercise, self._to_top)

    def go_to_top(self) -> None:
        """This block of reps goes on to the top of its range."""
        step = self._current_step()
        if step is not None and step.kind is StepKind.WORK:
            self._goals[self._index] = max(self._goals[self._index], step.target.high)

    def change_goal(self, reps: int) -> None:
        """One more (``reps`` > 0) or fewer rep in this block; fewer than are done ends it."""
        step = self._current_step()
        if self._status not in (Status.RUNNING, Status.PAUSED) or step is None \
                or step.kind is not StepKind.WORK:
            return
        goal = min(max(1, self._goals[self._index] + reps), MAX_GOAL_FACTOR * step.target.high)
        self._goals[self._index] = goal
        if self._reps[self._index] >= goal:
            self._enter(self._index + 1)

    def add_time(self, seconds: float) -> None:
        """More (or less) time in this rest or countdown; it never ends before now."""
        step = self._current_step()
        if self._status not in (Status.RUNNING, Status.PAUSED) or step is None \
                or step.kind is StepKind.WORK:
            return
        elapsed = self._step_sw.elapsed()
        self._extra_s[self._index] = max(elapsed - step.duration_s,
                                         self._extra_s[self._index] + seconds)

    def _duration_s(self, index: int) -> float:
        return self.steps[index].duration_s + self._extra_s[index]

    def next(self) -> None:
        """Go on to the next step (a block of reps keeps what was counted)."""
        if self._status in (Status.RUNNING, Status.PAUSED):
            self._enter(self._index + 1)

    def what_next_drops(self) -> str:
        """What going on now (→) leaves out of the block of reps under way, in words; ""
        when it leaves out no reps."""
        step = self._current_step()
        if self._status not in (Status.RUNNING, Status.PAUSED) or step is None \
                or step.kind is not StepKind.WORK:
            return ""
        left = self._goals[self._index] - self._reps[self._index]
        if left <= 0:
            return ""
        label = step.position_label(step.side)
        where = f"set {step.set}" + (f" ({label})" if label else "")
        return f"Skipped the {left} {'rep' if left == 1 else 'reps'} left of {where} · ← goes back"

    def previous(self) -> None:
        if self._status in (Status.RUNNING, Status.PAUSED, Status.FINISHED):
            self._reopen()
            self._enter(max(0, self._index - 1))

    def goto(self, index: int) -> None:
        """Jump straight to a step (a clinician showing one exercise)."""
        if not 0 <= index < len(self.steps):
            raise IndexError(index)
        if self._status is Status.READY:
            self.start()
        self._reopen()
        self._enter(index)

    def step_after_exercise(self, index: int) -> int | None:
        """The first step past the exercise of step ``index`` in its round; None when that
        exercise is the last thing in the session."""
        here = self.steps[index]
        for i in range(index + 1, len(self.steps)):
            if (self.steps[i].exercise_index, self.steps[i].round) != \
                    (here.exercise_index, here.round):
                return i
        return None

    def reps_in(self, index: int) -> int:
        """The reps counted in step ``index`` (0 for a countdown, a rest, or past the end)."""
        return self._reps[index] if 0 <= index < len(self._reps) else 0

    def first_time(self, index: int) -> bool:
        """Whether step ``index`` leads into or is the first block of its exercise in this
        session: its get-ready countdown or its first block of reps."""
        step = self.steps[index]
        if step.kind is StepKind.REST:
            return False
        first = self._first_work[step.exercise.id]
        return index == first or (index == first - 1 and step.kind is StepKind.GET_READY)

    def how_to_shown(self, index: int) -> bool:
        """The steps show the first time an exercise comes, through its get-ready and its
        first rep (then the count has the room), unless asked otherwise."""
        if index in self._how_to:
            return self._how_to[index]
        return self.first_time(index) and self.reps_in(index) == 0

    def toggle_how_to(self) -> None:
        """Show or hide the exercise's steps for the step under way (a key)."""
        if self._current_step() is not None and self._status is not Status.FINISHED:
            self._how_to[self._index] = not self.how_to_shown(self._index)

    def _change_rest_of_exercise(self, index: int, change: Exercise) -> None:
        """From step ``index`` on, every step of exercise ``change.id`` does ``change``."""
        exercise_id = change.id
        self.steps = tuple(replace(step, exercise=change)
                           if i >= index and step.exercise.id == exercise_id else step
                           for i, step in enumerate(self.steps))
        for i in range(max(index, self._index + 1), len(self.steps)):
            if self.steps[i].exercise.id == exercise_id:  # blocks to come aim for the change
                self._goals[i] = self._default_goal(self.steps[i])
        self._up_next.clear()
        self._locations.clear()

    def smaller_and_slower(self, index: int | None = None) -> None:
        """Backing off: for the rest of the exercise of step ``index`` (the current one by
        default) each rep is slower, and the cue says how far to move. The rep under way
        starts over at the new pace."""
        index = self._index if index is None else index
        if not 0 <= index < len(self.steps):
            return
        exercise = self.steps[index].exercise
        if exercise.id in self._how_far:
            return  # already backed off: once is the change asked for
        # The app's words where a routine has none of its own for how far to move.
        self._how_far[exercise.id] = exercise.smaller or EngineWords.tr(
            "Only as far as it stays pain-free")
        self._smaller.add(exercise.id)
        self._change_rest_of_exercise(index, replace(exercise,
                                                     tempo_s=exercise.tempo_s * SLOWER_FACTOR))
        if index == self._index:
            self._rep_t0 = self._step_sw.elapsed()

    def easier_version(self) -> None:
        """Backing off: the rest of the current exercise is done in its easier version, which
        the line under the cue describes. Nothing changes for an exercise without one."""
        step = self._current_step()
        if step is None or step.exercise.easier is None:
            return
        easier = step.exercise.easier
        self._how_far[step.exercise.id] = EngineWords.tr("{name}: {how}").format(
            name=easier.name, how=easier.how)
        self._up_next.clear()
        self._locations.clear()

    def fewer_reps(self) -> None:
        """Backing off: this block ends with the reps done, and each later block of the same
        exercise asks for half its minimum (at least one rep)."""
        step = self._current_step()
        if step is None or self._status not in (Status.RUNNING, Status.PAUSED):
            return
        exercise = step.exercise
        fewer = max(1, exercise.reps.low // 2)
        if fewer < exercise.reps.low:
            self._change_rest_of_exercise(self._index + 1,
                                          replace(exercise, reps=RepRange(fewer, fewer)))
        self._enter(self._index + 1)

    def skip_exercise(self) -> None:
        """Leave out the rest of the current exercise in this round (the end, if it is last)."""
        if self._status not in (Status.RUNNING, Status.PAUSED) or self._current_step() is None:
            return
        after = self.step_after_exercise(self._index)
        self._enter(len(self.steps) if after is None else after)

    def finish(self) -> None:
        """End the session now, keeping what was done: ended early unless it was at its end."""
        if self._status in (Status.RUNNING, Status.PAUSED):
            if self._index < len(self.steps):
                self._ended_early = True
                self._ended_at = self._index
            self._enter(len(self.steps))

    def count_rep(self) -> None:
        step = self._current_step()
        if (self._status is not Status.RUNNING or step is None or step.kind is not StepKind.WORK
                or self._reps[self._index] >= self._goals[self._index]):
            return
        self._count(self._step_sw.elapsed())

    def undo_rep(self) -> None:
        """Take back the last counted rep; just after a block ended, that reopens the block."""
        if self._status not in (Status.RUNNING, Status.PAUSED, Status.FINISHED):
            return
        index = self._index
        step = self._current_step()
        if step is None or step.kind is not StepKind.WORK or self._reps[index] == 0:
            prev = index - 1
            just_ended = step is None or self._step_sw.elapsed() < UNDO_WINDOW_S
            if (prev < 0 or self.steps[prev].kind is not StepKind.WORK
                    or self._reps[prev] == 0 or not just_ended):
                return
            self._reopen()
            self._enter(prev)
        if self._reps[self._index] > 0:
            self._reps[self._index] -= 1
            self._rep_t0 = self._step_sw.elapsed()

    # --- time ---------------------------------------------------------------------------
    def tick(self) -> SessionState:
        """Let time act (countdowns end, auto-count counts), then describe the session."""
        if self._status is Status.RUNNING:
            for _ in range(_MAX_TRANSITIONS_PER_TICK):
                if not self._advance_by_time():
                    break
        state = self.state()
        due_s = self.seconds_to_next_event()
        self._ticked = self._tick_key()
        self._motion_until = self._clock.now() + min(STATE_REFRESH_S, due_s) \
            if due_s is not None else -math.inf
        return state

    def _tick_key(self) -> tuple[object, ...]:
        """What anything done to the session changes, besides the time."""
        index = min(self._index, len(self.steps) - 1)
        step = self.steps[index]
        return (self._status, self._index, step, self._reps[index], self._goals[index],
                self._auto, self._rep_t0, step.exercise.id in self._smaller,
                self._how_to.get(index))

    def motion(self) -> Motion | None:
        """Where the rep under way is now, for a frame between two ticks: only its motion
        has changed since the last tick. None when a tick is needed to tell what else did
        (an event is due, the last tick is ``STATE_REFRESH_S`` old, or something was done
        since)."""
        if self._clock.now() >= self._motion_until or self._tick_key() != self._ticked:
            return None
        return self._motion(self.steps[self._index], self._reps[self._index],
                            self._goals[self._index], self._step_sw.elapsed())

    def _motion(self, step: Step, reps: int, goal: int, elapsed: float) -> Motion:
        """The rep's motion at step time ``elapsed`` (still outside work, done at the goal)."""
        if step.kind is not StepKind.WORK or self._status is Status.FINISHED:
            return _STILL
        if reps >= goal:
            return _DONE
        into = elapsed - self._rep_t0
        if not self._counts_itself(step):  # on until the rep is counted
            into %= step.exercise.rep_s
        return rep_motion(step.exercise, into)

    def _advance_by_time(self) -> bool:
        step = self._current_step()
        if step is None:
            return False
        elapsed = self._step_sw.elapsed()
        if step.kind is not StepKind.WORK:
            duration = self._duration_s(self._index)
            if elapsed >= duration:
                self._enter(self._index + 1, carried_s=elapsed - duration)
                return True
            return False
        rep_s = step.exercise.rep_s
        if not self._counts_itself(step) or elapsed - self._rep_t0 < rep_s:
            return False
        if self._reps[self._index] >= self._goals[self._index]:
            return False
        self._count(self._rep_t0 + rep_s)
        return True  # a rep was counted: time may owe more

    def _count(self, at_s: float) -> None:
        """Count a rep that ended at step time ``at_s``; the block's last rep moves on."""
        self._reps[self._index] += 1
        self._rep_t0 = at_s
        if self._reps[self._index] >= self._goals[self._index]:
            self._enter(self._index + 1, carried_s=self._step_sw.elapsed() - at_s)

    def _reopen(self) -> None:
        if self._status is Status.FINISHED:
            self._ended_early = False  # going back on: it ends anew
            self._ended_at = None
            self._status = Status.PAUSED
            self._wall_sw.resume()
            self._session_sw.pause()

    def _enter(self, index: int, carried_s: float = 0.0) -> None:
        running = self._status is Status.RUNNING
        if index >= len(self.steps):
            self._index = len(self.steps)
            self._status = Status.FINISHED
            self._session_sw.stop_at(self._session_sw.elapsed() - carried_s)
            self._wall_sw.stop_at(self._wall_sw.elapsed() - carried_s)
            self._step_sw = Stopwatch(self._clock, running=False)
            return
        self._index = index
        self._step_sw = Stopwatch(self._clock, offset_s=carried_s, running=running)
        self._rep_t0 = 0.0

    def seconds_to_next_event(self) -> float | None:
        """How long until time alone changes something a person notices without looking: a
        step or a count, a rep or breathing phase, a second of a countdown's last three. None
        if nothing will. Lets a hidden window sleep until then instead of ticking."""
        step = self._current_step()
        if self._status is not Status.RUNNING or step is None:
            return None
        elapsed = self._step_sw.elapsed()
        if step.kind is not StepKind.WORK:
            remaining = self._duration_s(self._index) - elapsed
            if remaining > COUNTDOWN_TICKS_S:
                return remaining - COUNTDOWN_TICKS_S
            return max(0.0, remaining - math.ceil(remaining) + 1.0) if remaining > 0 else 0.0
        if self._reps[self._index] >= self._goals[self._index]:
            return None
        t = elapsed - self._rep_t0
        if not self._counts_itself(step):  # the figure goes on rep after rep until counted
            t %= step.exercise.rep_s
        later = [b - t for b in rep_boundaries(step.exercise) if b > t]
        return later[0] if later else None

    def _current_step(self) -> Step | None:
        return self.steps[self._index] if self._index < len(self.steps) else None

    def _counts_itself(self, step: Step) -> bool:
        """Reps are counted on the clock: auto-count is on, or each rep is a timed hold."""
        return self._auto or step.exercise.timed

    # --- describing -----------------------------------------------------------------------
    def estimate_s(self, reps: str = "goal", from_index: int = 0) -> float:
        """Seconds the steps from ``from_index`` on take counted by themselves: at each block's
        goal (what the session will do), or at the ``"low"`` or ``"high"`` end of the ranges;
        reps a block already holds (a session resumed) are not counted again."""
        total = 0.0
        for i in range(from_index, len(self.steps)):
            step = self.steps[i]
            if step.kind is StepKind.WORK:
                count = {"low": step.target.low, "high": step.target.high}.get(
                    reps, self._goals[i])
                total += max(0, count - self._reps[i]) * step.exercise.rep_s
            else:
                total += self._duration_s(i)
        return total

    def _side_now(self, step: Step, reps: int) -> Side | None:
        if step.exercise.sides is Sides.ALTERNATE:
            return Side.LEFT if reps % 2 == 0 else Side.RIGHT
        return step.side

    def location(self, step: Step, side: Side | None) -> str:
        ex = step.exercise
        parts = [
            EngineWords.tr("Round {round} of {rounds}").format(round=step.round,
                                                               rounds=self.rounds),
            EngineWords.tr("Exercise {exercise} of {exercises}").format(
                exercise=step.exercise_index + 1, exercises=len(self.routine.exercises)),
            EngineWords.tr("Set {set} of {sets}").format(set=step.set, sets=ex.sets),
            step.position_label(side),
        ]
        return " · ".join(p for p in parts if p)

    def _location(self, index: int, side: Side | None) -> str:
        """``location`` of step ``index``, made once: a state is asked for at every frame."""
        key = (index, side)
        if key not in self._locations:
            self._locations[key] = self.location(self.steps[index], side)
        return self._locations[key]

    def up_next(self, after: int) -> str:
        """The next block of work after step ``after``, in words."""
        if after not in self._up_next:
            self._up_next[after] = self._describe_next(after)
        return self._up_next[after]

    def _describe_next(self, after: int) -> str:
        for step in self.steps[after + 1:]:
            if step.kind is StepKind.WORK:
                label = step.position_label(self._side_now(step, 0))
                detail = EngineWords.tr("Set {set} of {sets}").format(set=step.set,
                                                                      sets=step.exercise.sets)
                parts = [EngineWords.tr("Up next: {exercise}").format(exercise=step.exercise.name),
                         detail, label]
                return " · ".join(p for p in parts if p)
        return EngineWords.tr("Up next: the summary")

    def state(self) -> SessionState:
        finished = self._status is Status.FINISHED
        index = min(self._index, len(self.steps) - 1)
        step = self.steps[index]
        reps = 0 if finished else self._reps[index]
        elapsed = 0.0 if finished else self._step_sw.elapsed()
        side = self._side_now(step, reps)
        goal = self._goals[index]
        reach = SMALLER_REACH if step.exercise.id in self._smaller else 1.0
        into = elapsed - self._rep_t0
        if not self._counts_itself(step) and reps < goal:  # on until the rep is counted
            into %= step.exercise.rep_s
        motion = self._motion(step, reps, goal, elapsed)
        target = step.target
        work_step = step.kind is StepKind.WORK and not finished
        if step.kind is not StepKind.WORK:
            remaining_step = max(0.0, self._duration_s(index) - elapsed)
        else:  # the reps still owed, less the part of the rep under way already done
            rep_s = step.exercise.rep_s
            into_rep = min(max(0.0, into), rep_s) if reps < goal else 0.0
            remaining_step = max(0.0, (goal - reps) * rep_s - into_rep)
        return SessionState(
            status=self._status,
            step_index=self._index,
            step_count=len(self.steps),
            step=step,
            rounds=self.rounds,
            exercise_count=len(self.routine.exercises),
            location=self._location(index, side),
            up_next=self._upcoming(index),
            remaining_in_step_s=0.0 if step.kind is StepKind.WORK else remaining_step,
            reps=reps,
            goal=goal,
            min_reached=reps >= target.low,
            target_reached=reps >= goal,
            auto_count=self._auto,
            side=side,
            rep_phase=motion.phase,
            rep_phase_progress=motion.progress,
            reach=reach,
            breath=motion.breath,
            elapsed_s=self._session_sw.elapsed(),
            remaining_s=0.0 if finished else remaining_step + self.estimate_s("goal", index + 1),
            rep_left_s=max(0.0, step.exercise.rep_s - into) if work_step and reps < goal
            else 0.0,
            how_far=self._how_far.get(step.exercise.id, "") if work_step else "",
            how_to=step.exercise.steps if not finished and step.kind is not StepKind.REST
            and self.how_to_shown(index) else (),
        )

    def _upcoming(self, index: int) -> str:
        """For a work step the block after it; for a countdown the block it leads into."""
        return self.up_next(index if self.steps[index].kind is StepKind.WORK else index - 1)

    def summary(self) -> Summary:
        blocks = tuple(BlockResult(i, step, self._reps[i], self._goals[i])
                       for i, step in enumerate(self.steps) if step.kind is StepKind.WORK)
        tallies = []
        for ex_i, ex in enumerate(self.routine.exercises):
            sets: dict[tuple[int, int], bool] = {}
            reps = 0
            for block in blocks:
                if block.step.exercise_index == ex_i:
                    reps += block.reps
                    key = (block.step.round, block.step.set)
                    sets[key] = sets.get(key, True) and block.complete
            tallies.append(ExerciseTally(ex, ex.sets * self.rounds, sum(sets.values()), reps))
        ended_early = self._ended_early and self._status is Status.FINISHED
        active_s = self._session_sw.elapsed()
        place = None if self._status in (Status.READY, Status.FINISHED) else \
            Place(self._index, tuple(self._reps))
        return Summary(active_s, self.rounds, tuple(tallies), ended_early, blocks,
                       max(0.0, self._wall_sw.elapsed() - active_s),
                       self._ended_at if ended_early else None, place)

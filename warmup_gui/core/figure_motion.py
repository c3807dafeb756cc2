"""A rep as a timeline: the figure's joints at any moment of a movement.

Each joint moves from its start-pose angle to its end-pose angle with sine easing inside its
own window of the half-rep (so a roll down starts at the head and reaches the hips last), the
contacts that hold throughout are solved at every sample, and moments between samples are
interpolated. The figure's time is the session's: :func:`figure_time` reads it off a snapshot,
so a paused session holds the figure mid-movement and tests drive it by the clock.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping

from warmup_gui.core.breathing import BreathPoint, ease
from warmup_gui.core.engine import Motion, RepPhase, SessionState, StepKind
from warmup_gui.core.pose_library import Movement, Window
from warmup_gui.core.record import frozen_record, replace
from warmup_gui.core.skeleton import Point, Skeleton, forward_kinematics, solve_skeleton

SAMPLES = 24  # solved moments per half-rep
TOLERANCE = 1e-4  # body units (about 1/100 mm): far below a pixel
# Distinct frames per half-rep a painter needs: a half of 0.75 s or more at 60 frames a second
# moves no more than one step a frame. Finer than any joint a person can see move.
FRAME_STEPS = 120
# A breath lifts the back by a few pixels: steps of a fraction of a pixel look continuous, and
# the figure is repainted a few times a second instead of at every frame while it breathes.
BREATH_STEPS = 24


class Half(enum.Enum):
    TOP = "top"  # at the start pose: a reach and a breath in before moving out
    OUT = "out"  # start pose -> end pose
    HOLD = "hold"  # at the end pose, breathing
    BACK = "back"  # end pose -> start pose


@frozen_record
class FigureTime:
    """Where a rep is: which half, how far through it (0..1), and the lungs (0..1) in a hold."""

    half: Half
    progress: float
    breath: float = 0.0
    reach: float = 1.0  # a smaller movement goes only this share of the way out

    @classmethod
    def at_start(cls) -> FigureTime:
        return cls(Half.OUT, 0.0)


def moment(phase: RepPhase, progress: float, breath: BreathPoint | None) -> FigureTime:
    """The figure's moment for a phase of a rep and the progress through it."""
    if phase is RepPhase.TOP:
        return FigureTime(Half.TOP, progress)
    if phase is RepPhase.OUT:
        return FigureTime(Half.OUT, progress)
    if phase in (RepPhase.BREATHE, RepPhase.HOLD):
        return FigureTime(Half.HOLD, 1.0, breath.level if breath is not None else 0.0)
    if phase is RepPhase.BACK:
        return FigureTime(Half.BACK, progress)
    return FigureTime.at_start()


def figure_time(state: SessionState, motion: Motion | None = None) -> FigureTime:
    """The moment of the rep a session snapshot shows, or ``motion`` (where its rep has got
    to since); the start pose outside work."""
    if state.step.kind is not StepKind.WORK or state.target_reached:
        return FigureTime.at_start()
    t = moment(state.rep_phase, state.rep_phase_progress, state.breath) if motion is None \
        else moment(motion.phase, motion.progress, motion.breath)
    return replace(t, reach=state.reach) if state.reach < 1.0 else t


def quantized(t: FigureTime) -> FigureTime:
    """The moment rounded to one of ``FRAME_STEPS`` per half-rep (``BREATH_STEPS`` of the
    breath), so that the frames of a rep repeat exactly and a painter can keep them."""
    def q(v: float, steps: int) -> float:
        return round(min(1.0, max(0.0, v)) * steps) / steps

    if t.half is Half.HOLD:
        return FigureTime(Half.HOLD, 1.0, q(t.breath, BREATH_STEPS), t.reach)
    return FigureTime(t.half, q(t.progress, FRAME_STEPS), reach=t.reach)


def reduced(t: FigureTime) -> FigureTime:
    """Reduced motion: only the start and the end pose, switching halfway through a half;
    a smaller movement's end pose stays as small."""
    if t.half is Half.HOLD:
        return FigureTime(Half.HOLD, 1.0, reach=t.reach)
    if t.half is Half.BACK:  # the same two poses as the way out, drawn the same
        return FigureTime(Half.OUT, 1.0 if t.progress < 0.5 else 0.0, reach=t.reach)
    return FigureTime(t.half, 0.0 if t.progress < 0.5 else 1.0, reach=t.reach)


def _eased(p: float, window: Window) -> float:
    a, b = window
    return ease((p - a) / (b - a))


def _retraces(movement: Movement) -> bool:
    """True when every joint comes back on its way out in reverse: its window back is its
    window out, turned round in time (easing is the same both ways)."""
    names = {*movement.out, *movement.back}
    for name in names:
        a, b = movement.out.get(name, (0.0, 1.0))
        back = movement.back.get(name, (0.0, 1.0))
        if not (math.isclose(back[0], 1.0 - b) and math.isclose(back[1], 1.0 - a)):
            return False
    return True


@frozen_record
class _State:
    origin: Point
    angles: dict[str, float]


def _turn(degrees: float) -> float:
    """The same turn, within half a turn either way."""
    return (degrees + 180.0) % 360.0 - 180.0


def _mix(a: _State, b: _State, t: float) -> _State:
    origin = (a.origin[0] + (b.origin[0] - a.origin[0]) * t,
              a.origin[1] + (b.origin[1] - a.origin[1]) * t)
    return _State(origin, {k: v + (b.angles[k] - v) * t for k, v in a.angles.items()})


class MovingFigure:
    """One movement, solved at ``SAMPLES`` moments of each half, posable at any moment."""

    def __init__(self, movement: Movement) -> None:
        self.movement = movement
        self._start = movement.start.skeleton()
        self._end = movement.end.skeleton()
        # Only the angles a pose sets or solves move; a far-side angle neither pose sets
        # follows its near side at every moment, as in the poses.
        own = {name for p in (movement.start, movement.end) for name in (*p.angles, *p.solve)}
        start = {k: v for k, v in self._start.angles.items() if k in own}
        end = {k: v for k, v in self._end.angles.items() if k in own}
        self._out = self._solve_half(start, end, movement.out, (self._start, self._end))
        # A way back that retraces the way out is the way out, read backwards.
        self.retraced = _retraces(movement)
        self._back = [] if self.retraced else self._solve_half(
            end, start, movement.back, (self._end, self._start))
        full = dict(end)
        for name, delta in movement.breath.items():
            full[name] += delta
        end_state = self._out[-1]
        self._full_breath = self._solve(full, end_state.origin) if movement.breath else end_state
        self._top = self._solve_top(start) if movement.top_reach else []

    def _solve(self, angles: dict[str, float], origin: Point) -> _State:
        sk = solve_skeleton(angles, self.movement.free, self.movement.holds, origin=origin,
                            tolerance=TOLERANCE)
        return _State(sk.origin, {k: sk.angles[k] for k in angles})

    def _solve_half(self, a: dict[str, float], b: dict[str, float],
                    windows: Mapping[str, Window], ends: tuple[Skeleton, Skeleton]
                    ) -> list[_State]:
        def angles(p: float) -> dict[str, float]:
            lift = math.sin(math.pi * p)
            return {name: a[name] + (b[name] - a[name]) * _eased(p, windows.get(name, (0, 1)))
                    + self.movement.arc.get(name, 0.0) * lift for name in a}

        def hang(p: float, angles: dict[str, float], sk: Skeleton) -> None:
            """Turns each hanging arm of ``sk``, posed with ``angles``, to its even way
            through the room: a shoulder angle turns its upper arm by as much, and the
            trunk's lean is set, never solved, so the solve leaves the arm where it is."""
            for name in self.movement.hang:
                limb = name.replace("shoulder", "upper_arm")
                # Directions within half a turn of forward: the way between two of them
                # passes in front of the body, never behind it.
                first, last = (_turn(end.directions[limb]) for end in ends)
                way = _eased(p, windows.get(name, (0, 1)))
                angles[name] += _turn(first + (last - first) * way - sk.directions[limb])

        return self._solve_path(angles, hang if self.movement.hang else None)

    def _solve_top(self, start: dict[str, float]) -> list[_State]:
        """The reach at the top rises and settles again, so the fold starts from the start
        pose."""
        reach = self.movement.top_reach

        def angles(p: float) -> dict[str, float]:
            lift = math.sin(math.pi * p)
            return {name: value + reach.get(name, 0.0) * lift for name, value in start.items()}

        return self._solve_path(angles)

    def _solve_path(self, angles_at: Callable[[float], dict[str, float]],
                    turn: Callable[[float, dict[str, float], Skeleton], None] | None = None
                    ) -> list[_State]:
        """The figure solved at ``SAMPLES`` + 1 moments of a path through joint angles.
        ``turn`` sets angles that depend on the posed body before the solve, so that the
        balance counts them."""
        states: list[_State] = []
        origin = self._start.origin
        for i in range(SAMPLES + 1):
            p = i / SAMPLES
            angles = angles_at(p)
            if states:  # the previous moment's solution is the best first guess
                for name in self.movement.free:
                    angles[name] = states[-1].angles[name]
                origin = states[-1].origin
            if turn is not None:
                turn(p, angles, forward_kinematics(angles, origin))
            states.append(self._solve(angles, origin))
        return states

    def same_as(self, t: FigureTime) -> FigureTime:
        """The moment a painter keeps ``t``'s frame under: on a way back that retraces the
        way out (or a smaller movement's, which goes back along its way out), the moment of
        the way out with the same pose."""
        if t.half is Half.BACK and (self.retraced or t.reach < 1.0):
            return FigureTime(Half.OUT, 1.0 - t.progress, t.breath, t.reach)
        return t

    def skeleton(self, t: FigureTime) -> Skeleton:
        t = self.same_as(t)
        if t.reach < 1.0 and t.half is not Half.TOP:
            # A smaller movement goes only part of the way out (and back along it).
            way = 1.0 if t.half is Half.HOLD else t.progress
            t = FigureTime(Half.OUT, way * t.reach)
        if t.half is Half.TOP and not self._top:
            return forward_kinematics(self._out[0].angles, self._out[0].origin)
        if t.half is Half.HOLD:
            state = _mix(self._out[-1], self._full_breath, min(1.0, max(0.0, t.breath)))
        else:
            states = {Half.OUT: self._out, Half.BACK: self._back, Half.TOP: self._top}[t.half]
            x = min(1.0, max(0.0, t.progress)) * SAMPLES
            i = min(int(x), SAMPLES - 1)
            state = _mix(states[i], states[i + 1], x - i)
        return forward_kinematics(state.angles, state.origin)

    def path(self, point: str) -> list[Point]:
        """Where ``point`` goes on the way out (the motion arrow of a still picture)."""
        return [forward_kinematics(s.angles, s.origin)[point] for s in self._out]

"""Counting a session's reps by camera: which blocks the camera counts, which side it
watches, and what the body tracker's frames mean for the session.

The camera counts a block of reps of an exercise whose routine gives it a ``camera`` rule,
while the session runs; other blocks are counted as chosen without the camera (by key or on
the tempo). A rep reaches the session only once the detector has seen it done, so the count
never runs ahead of the pictures. Frames come with their time in seconds; a time earlier than
the last one (a clip played again from its start, a camera started afresh) starts the
watching over, since the rep under way was not seen to its end.
"""

from __future__ import annotations

import enum
import statistics
from collections.abc import Sequence

from warmup_gui.core.cues import Cue, CueKind
from warmup_gui.core.engine import SessionState, Status, StepKind
from warmup_gui.core.history import SessionRecord
from warmup_gui.core.record import frozen_record
from warmup_gui.core.rep_detector import PoseFrame, Rep, RepDetector, Tracking
from warmup_gui.core.routine import CameraRule, CameraSide, Exercise, Routine
from warmup_gui.core.words import Words

CameraWords = Words("CameraWords")


class Counting(enum.Enum):
    """How the reps of a block are counted."""

    KEY = "key"  # the runner presses Space
    TEMPO = "tempo"  # by itself, on the routine's tempo
    CAMERA = "camera"  # by the camera, as it sees them done


def counting_for(exercise: Exercise, camera: bool, auto: bool) -> Counting:
    """How an exercise's reps are counted, with counting by camera chosen (``camera``) or not
    and counting on the tempo chosen (``auto``) or not: by camera only where the routine says
    what to watch."""
    if camera and exercise.camera is not None and not exercise.timed:
        return Counting.CAMERA
    return Counting.TEMPO if auto else Counting.KEY


@frozen_record
class CameraView:
    """What the camera made of one frame, for the session and the live view."""

    counting: bool  # the block under way is counted by camera
    tracking: Tracking
    reps: tuple[Rep, ...] = ()  # reps seen done in this frame: count them now
    angle_deg: float | None = None  # the watched angle, smoothed; None while unseen

    @property
    def word(self) -> str:
        """The detector's word while it waits ("" while it sees, or counts nothing)."""
        return self.tracking.word if self.counting else ""


_IDLE = CameraView(counting=False, tracking=Tracking.SEEN)


class CameraCount:
    """Follows the session (:meth:`follow`) and reads the tracker's frames (:meth:`see`)."""

    def __init__(self) -> None:
        self._detector: RepDetector | None = None
        self._block: int | None = None  # the step index the detector watches
        self._last_t: float | None = None

    @property
    def rule(self) -> CameraRule | None:
        """The rule watched now; None while the camera counts nothing."""
        return self._detector.rule if self._detector is not None else None

    @property
    def reps(self) -> tuple[Rep, ...]:
        """The reps seen in the block under way."""
        return tuple(self._detector.reps) if self._detector is not None else ()

    def follow(self, state: SessionState) -> None:
        """The session as it stands: a new block gets a new detector; a block the camera does
        not count (a countdown, a rest, a block counted otherwise, one whose goal is reached,
        a paused or ended session) gets none."""
        step = state.step
        rule = step.exercise.camera if step.kind is StepKind.WORK else None
        if (state.status is not Status.RUNNING or rule is None or state.target_reached
                or state.counts_itself):
            self._detector = None
            return
        side = state.side.value if state.side is not None else None
        if self._detector is None or self._block != state.step_index:
            if rule.side is CameraSide.WORKING and side is None:
                return
            self._detector = RepDetector(rule, side)
            self._block = state.step_index
            self._last_t = None
        elif side is not None:
            self._detector.set_side(side)  # alternating sides: the next rep's side

    def see(self, t: float, frame: PoseFrame | None) -> CameraView:
        """A frame seen at ``t`` seconds (None: no body found), and what it means."""
        detector = self._detector
        if detector is None:
            return _IDLE
        if self._last_t is not None and t < self._last_t:
            detector = self._detector = RepDetector(detector.rule, detector.side)
        self._last_t = t
        state = detector.update(t, frame)
        return CameraView(True, state.tracking, state.new_reps, state.angle_deg)


def seen_tick(rep: int) -> Cue:
    """The tick for a rep the camera saw done (the ``rep``-th of its block): heard from the
    mat, so the runner knows it counted without looking."""
    return Cue(CueKind.TICK, CameraWords.tr("Rep {rep} seen").format(rep=rep))


def range_text(angle: str, range_deg: float) -> str:
    """A rep's range of motion, as shown: 'Knee angle 78°'."""
    return CameraWords.tr("{angle} {range}°").format(angle=angle, range=round(range_deg))


def ranges_text(angle: str, degrees: Sequence[float]) -> str:
    """One session's ranges of motion of an exercise: 'Knee angle 71–80° · mean 76° · 8 reps'."""
    if not degrees:
        return ""
    low, high = round(min(degrees)), round(max(degrees))
    span = f"{low}°" if low == high else f"{low}–{high}°"
    return CameraWords.tr("{angle} {span} · mean {mean}° · %n rep(s)", "", len(degrees)).format(
        angle=angle, span=span, mean=round(statistics.fmean(degrees)))


def range_history(sessions: Sequence[SessionRecord], routine: Routine,
                  last: int = 6) -> list[str]:
    """Per exercise measured by camera, one line: the mean range of motion of its last few
    sessions, oldest first, so progress shows."""
    ordered = sorted(sessions, key=lambda r: r.started.replace(tzinfo=None))
    lines = []
    for exercise in routine.exercises:
        if exercise.camera is None:
            continue
        means = [round(statistics.fmean(kept)) for r in ordered
                 if (kept := r.ranges.get(exercise.id))][-last:]
        if means:
            lines.append(CameraWords.tr("{exercise}, {angle} by session: {means}").format(
                exercise=exercise.name, angle=exercise.camera.angle,
                means=" → ".join(f"{m}°" for m in means)))
    return lines

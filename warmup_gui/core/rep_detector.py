"""Counting reps and measuring their range from body landmarks a camera found, frame by frame.

A frame is the landmarks of one picture (:class:`PoseFrame`), or None when no body was found.
Landmarks are named ``<side>_<joint>`` (``left_knee``) with the joints of
:data:`warmup_gui.core.camera_rules.JOINTS`; ``left`` is the person's own left side.

The detector follows the one angle an exercise's :class:`CameraRule` names. A rep counts when
the angle has left the start, reached the far end and come back to the start, all of it seen:
the count never runs ahead of the pictures. Between the two thresholds nothing changes
(hysteresis), the angle is smoothed over a few frames, and a rep quicker than
``MIN_REP_S`` is noise, not a rep. When the joints are out of the picture or the camera is
unsure of them, the detector says so and waits; a gap longer than ``MAX_GAP_S`` drops the rep
in progress, since its end was not seen.
"""

from __future__ import annotations

import enum
import math
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warmup_gui.core.record import frozen_record
from warmup_gui.core.routine import CameraRule, CameraSide
from warmup_gui.core.skeleton import _gauss_solve
from warmup_gui.core.words import Words

DetectorWords = Words("DetectorWords")

MIN_VISIBILITY = 0.5  # a landmark the camera is less sure of than this is not used
EDGE = 0.02  # a landmark this close to the picture's edge (share of it) may be cut off
SMOOTHING_S = 0.15  # time constant of the angle's smoothing
PEAK_S = 0.3  # the angle at a turn is fitted over this long either side of it
HOLD_S = 1.0  # held at least this long, the furthest angle is the mean of the hold
MAX_SAMPLES = 4096  # angles kept for one rep: two minutes at 30 frames a second
SHORT_REP = 0.3  # back at the start after this share of the way out: a rep that fell short
MIN_REP_S = 0.5  # out and back quicker than this is noise
MAX_GAP_S = 0.6  # unseen for longer than this, the rep in progress is dropped
STATUS_DELAY_S = 0.3  # a shorter dropout keeps the status: a word that flickers helps no one
UNFOLD_DEG = 30.0  # within this of straight, a joint seen bent the wrong way is past straight
SWITCH_MARGIN = 0.15  # with both sides alike, the other side must be this much surer to switch


@frozen_record
class Landmark:
    """A point of the body in a picture: x and y as shares of its width and height (y down),
    and how sure the camera is that the point is there and visible (0..1)."""

    x: float
    y: float
    visibility: float = 1.0


@frozen_record
class PoseFrame:
    """The landmarks found in one picture, by name; ``aspect`` is its width over its height."""

    landmarks: Mapping[str, Landmark]
    aspect: float = 4 / 3


class Tracking(enum.Enum):
    """Whether the detector can see what it counts."""

    SEEN = "seen"
    OUT_OF_VIEW = "out_of_view"  # no body found, or the joints are outside the picture
    UNCLEAR = "unclear"  # joints found but unsure: too little light, or hidden

    @property
    def word(self) -> str:
        """What to say while waiting, in the user's language: the headline before the colon,
        what to do after it; "" while seen."""
        if self is Tracking.OUT_OF_VIEW:
            return DetectorWords.tr("Out of view: step into the picture")
        if self is Tracking.UNCLEAR:
            return DetectorWords.tr("Can't see clearly: more light, or turn side-on to the camera")
        return ""


class Phase(enum.Enum):
    """Where the watched angle is in a rep."""

    WAITING = "waiting"  # not yet seen at the start
    AT_START = "at_start"
    OUT = "out"  # left the start, far end not reached yet
    FAR_END = "far_end"  # reached the far end, not back at the start yet


@frozen_record
class Rep:
    """One counted rep: when it left the start, reached its far end and was back, the angle
    at its start and its furthest, and the range between them (degrees)."""

    number: int
    side: str  # "left" or "right": the side measured
    left_start_s: float
    far_end_s: float
    back_s: float
    start_deg: float
    furthest_deg: float

    @property
    def range_deg(self) -> float:
        return abs(self.furthest_deg - self.start_deg)


@frozen_record
class DetectorState:
    tracking: Tracking
    phase: Phase
    reps: int
    angle_deg: float | None  # the smoothed angle, None while unseen
    side: str | None  # the side measured
    partial: int  # reps that went a good way out but came back short of the far end
    new_reps: tuple[Rep, ...] = ()  # reps counted by this frame


def bend(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    """The angle at b from b->a to b->c, -180..180 degrees: its sign says which way the joint
    bends in the picture."""
    u = (a[0] - b[0], a[1] - b[1])
    v = (c[0] - b[0], c[1] - b[1])
    return math.degrees(math.atan2(u[0] * v[1] - u[1] * v[0], u[0] * v[0] + u[1] * v[1]))


def unfolded(signed: float, bends: float) -> float:
    """The joint angle (degrees) of a signed bend, for a joint that bends the way of the sign
    of ``bends`` (0: not known): past 180 where a joint straight or nearly so is seen bent the
    other way, so that jitter around a straight leg averages to straight, not less."""
    size = abs(signed)
    return 360.0 - size if size > 180.0 - UNFOLD_DEG and bends * signed < 0 else size


def joint_angle(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    """The angle at b between b->a and b->c, 0..180 degrees."""
    return abs(bend(a, b, c))


@dataclass
class _Reading:
    tracking: Tracking
    angle_deg: float = 0.0  # signed, as bend() gives it
    visibility: float = 0.0


@dataclass
class _Rep:
    """The rep in progress."""

    left_start_s: float
    start_deg: float
    far_end_s: float = 0.0
    furthest_way: float = 0.0  # the smoothed angle's furthest progress (CameraRule.progress)


class RepDetector:
    """Feed it frames in time order with :meth:`update`; it counts reps of one rule's angle.

    ``side`` is the side working now ("left" or "right"), used when the rule follows the
    working side; :meth:`set_side` changes it between reps (alternating sides)."""

    def __init__(self, rule: CameraRule, side: str | None = None) -> None:
        fixed = {CameraSide.LEFT: "left", CameraSide.RIGHT: "right"}.get(rule.side)
        if rule.side is CameraSide.WORKING and side not in ("left", "right"):
            raise ValueError("a rule that follows the working side needs side='left' or 'right'")
        self.rule = rule
        self.side = fixed or side
        self.reps: list[Rep] = []
        self.partial = 0
        self._phase = Phase.WAITING
        self._smoothed: float | None = None
        self._last_seen_s: float | None = None
        self._last_t: float | None = None
        self._tracking = Tracking.OUT_OF_VIEW
        self._watched: str | None = None  # with both sides alike: the side being measured
        self._bends = 0.0  # +1 or -1: the way the joint bends in the picture; 0 not yet known
        self._rep: _Rep | None = None
        # (time, raw angle) since back at the start: where the start and the far end were
        self._samples: deque[tuple[float, float]] = deque(maxlen=MAX_SAMPLES)

    def set_side(self, side: str) -> None:
        """The working side changed: a rep from now on is on ``side``, seen from its start."""
        if self.rule.side is CameraSide.WORKING and side != self.side:
            self.side = side
            self._restart()

    def _restart(self) -> None:
        self._phase = Phase.WAITING
        self._smoothed = None
        self._rep = None
        self._samples.clear()

    # --- reading a frame ---------------------------------------------------------------
    def _read_side(self, frame: PoseFrame, side: str) -> _Reading:
        points = [frame.landmarks.get(f"{side}_{joint}") for joint in self.rule.joints]
        if any(p is None or not _finite(p) for p in points):
            return _Reading(Tracking.OUT_OF_VIEW)
        found = [p for p in points if p is not None]
        if any(not (EDGE <= p.x <= 1 - EDGE and EDGE <= p.y <= 1 - EDGE) for p in found):
            return _Reading(Tracking.OUT_OF_VIEW)
        visibility = min(p.visibility for p in found)
        if visibility < MIN_VISIBILITY:
            return _Reading(Tracking.UNCLEAR, visibility=visibility)
        a, b, c = ((p.x * frame.aspect, p.y) for p in found)
        return _Reading(Tracking.SEEN, bend(a, b, c), visibility)

    def _read(self, frame: PoseFrame | None) -> _Reading:
        if frame is None:
            return _Reading(Tracking.OUT_OF_VIEW)
        if self.rule.side is not CameraSide.BOTH:
            assert self.side is not None
            return self._read_side(frame, self.side)
        readings = {side: self._read_side(frame, side) for side in ("left", "right")}
        best = max(readings, key=lambda s: (readings[s].tracking is Tracking.SEEN,
                                            readings[s].visibility))
        held = self._watched
        if held is None:
            held = self._watched = best
        elif best != held and readings[best].tracking is Tracking.SEEN and (
                readings[held].tracking is not Tracking.SEEN
                or readings[best].visibility > readings[held].visibility + SWITCH_MARGIN):
            self._restart()  # the other side's angle is another signal: start it afresh
            held = self._watched = best
        return readings[held]

    # --- counting ----------------------------------------------------------------------
    def update(self, t: float, frame: PoseFrame | None) -> DetectorState:
        """Take the frame seen at ``t`` seconds (None: no body found) and say what it shows."""
        if self._last_t is not None and t < self._last_t:
            raise ValueError(f"frames must come in time order: {t} after {self._last_t}")
        reading = self._read(frame)
        new: list[Rep] = []
        if reading.tracking is Tracking.SEEN:
            if self._last_seen_s is not None and t - self._last_seen_s > MAX_GAP_S:
                self._restart()
            self._last_seen_s = t
            self._tracking = Tracking.SEEN
            rep = self._step(t, self._unfolded(reading.angle_deg))
            if rep is not None:
                new.append(rep)
        else:
            unseen_s = t - self._last_seen_s if self._last_seen_s is not None else math.inf
            if unseen_s >= STATUS_DELAY_S:
                self._tracking = reading.tracking
            if unseen_s > MAX_GAP_S:
                self._restart()
        self._last_t = t
        return DetectorState(
            tracking=self._tracking,
            phase=self._phase,
            reps=len(self.reps),
            angle_deg=self._smoothed if self._tracking is Tracking.SEEN else None,
            side=self._watched if self.rule.side is CameraSide.BOTH else self.side,
            partial=self.partial,
            new_reps=tuple(new),
        )

    def _unfolded(self, signed: float) -> float:
        """The joint angle from its signed bend, learning which way the joint bends from the
        frames in which it is clearly bent."""
        if UNFOLD_DEG < abs(signed) < 180.0 - UNFOLD_DEG:
            self._bends += (math.copysign(1.0, signed) - self._bends) * 0.1
        return unfolded(signed, self._bends)

    def _smooth(self, t: float, angle: float) -> float:
        if self._smoothed is None or self._last_t is None:
            self._smoothed = angle
        else:
            k = 1.0 - math.exp(-max(0.0, t - self._last_t) / SMOOTHING_S)
            self._smoothed += (angle - self._smoothed) * k
        return self._smoothed

    def _step(self, t: float, raw: float) -> Rep | None:
        rule = self.rule
        way = rule.progress(self._smooth(t, raw))
        self._samples.append((t, raw))
        if self._phase is Phase.WAITING:
            if way <= 0.0:
                self._phase = Phase.AT_START
                self._samples.clear()
                self._samples.append((t, raw))
            return None
        if self._phase is Phase.AT_START:
            if way > 0.0:
                self._phase = Phase.OUT
                self._rep = _Rep(t, turn(list(self._samples), -rule.direction))
            return None
        rep = self._rep
        assert rep is not None
        rep.furthest_way = max(rep.furthest_way, way)
        if self._phase is Phase.OUT and way >= 1.0:
            self._phase = Phase.FAR_END
            rep.far_end_s = t
        elif way <= 0.0:
            reached = self._phase is Phase.FAR_END
            self._phase = Phase.AT_START
            self._rep = None
            if not reached:  # the start goes on: its samples tell where it is
                if rep.furthest_way >= SHORT_REP:
                    self.partial += 1
                return None
            furthest = turn([s for s in self._samples if s[0] >= rep.left_start_s],
                            rule.direction)
            self._samples.clear()
            self._samples.append((t, raw))
            if t - rep.left_start_s < MIN_REP_S:
                return None
            done = Rep(len(self.reps) + 1, self._watched or self.side or "", rep.left_start_s,
                       rep.far_end_s, t, rep.start_deg, furthest)
            self.reps.append(done)
            return done
        return None


def turn(samples: Sequence[tuple[float, float]], direction: float) -> float:
    """The furthest angle in ``direction`` (+1 largest, -1 smallest) of (time, angle) samples
    in time order, with the jitter of single frames taken out. The mean over ``PEAK_S``
    either side finds where the turn is. Where the angle holds still there (its local means
    stay within their own jitter of the furthest for ``HOLD_S`` or longer) the turn is the mean
    of the hold; else a parabola fitted to the samples around it says how far it went."""
    times = [t for t, _ in samples]
    sums = [0.0]
    for _, a in samples:
        sums.append(sums[-1] + a)

    def window(i: int) -> tuple[int, int]:
        return bisect_left(times, times[i] - PEAK_S), bisect_right(times, times[i] + PEAK_S)

    means = []
    for i in range(len(samples)):
        lo, hi = window(i)
        means.append((sums[hi] - sums[lo]) / (hi - lo))
    best = max(range(len(samples)), key=lambda i: direction * means[i])
    lo, hi = window(best)
    jitter = math.sqrt(sum((a - m) ** 2 for (_, a), m in zip(samples, means, strict=True))
                       / len(samples))
    margin = 4.0 * jitter / math.sqrt(hi - lo)  # local means this close may all be the furthest
    first = last = best
    while first > 0 and direction * (means[best] - means[first - 1]) <= margin:
        first -= 1
    while last < len(samples) - 1 and direction * (means[best] - means[last + 1]) <= margin:
        last += 1
    if times[last] - times[first] >= HOLD_S:
        return (sums[last + 1] - sums[first]) / (last + 1 - first)
    fitted = _parabola([(t - times[best], a) for t, a in samples[lo:hi]])
    if fitted is None:
        return means[best]
    a, b, c = fitted  # a + b x + c x^2
    x = -b / (2 * c) if c * direction < 0 else math.inf  # the vertex, where it is the turn
    return a + b * x + c * x * x if abs(x) <= PEAK_S else means[best]


def _parabola(points: Sequence[tuple[float, float]]) -> tuple[float, float, float] | None:
    """The least-squares parabola through the points, None when they do not fix one."""
    if len(points) < 5:
        return None
    s = [sum(x**k for x, _ in points) for k in range(5)]
    rhs = [sum(y * x**k for x, y in points) for k in range(3)]
    try:
        a, b, c = _gauss_solve([s[0:3], s[1:4], s[2:5]], rhs)
    except ValueError:  # all the samples at one moment
        return None
    return a, b, c



def _finite(p: Landmark) -> bool:
    return all(math.isfinite(v) for v in (p.x, p.y, p.visibility))

"""The moving figure as a camera's body tracker would report it: landmarks over a set of reps,
with the tracker's jitter, missed frames and unsure joints, so that rep counting is tested and
measured without a camera.

The figure is seen side-on with its working (near) side toward the camera; the near side's
landmarks take the name of the side working (``left_knee``), the far side's the other. The
reps follow an exercise's timing (:func:`warmup_gui.core.engine.rep_motion`), each at its own
speed and reach: a rep with ``reach`` below 1 stops short of the end pose.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from warmup_gui.core.camera_rules import JOINTS
from warmup_gui.core.engine import rep_motion
from warmup_gui.core.figure_motion import FigureTime, Half, MovingFigure, moment
from warmup_gui.core.record import frozen_record, replace
from warmup_gui.core.rep_detector import Landmark, PoseFrame, bend, unfolded
from warmup_gui.core.routine import CameraRule, Exercise
from warmup_gui.core.skeleton import Point, Skeleton

ASPECT = 4 / 3
PICTURE_H_PX = 480  # jitter is given in pixels of a 640 x 480 picture
FILL = 0.75  # the whole rep takes at most this share of the picture's width and height
NEAR_VISIBILITY = 0.95
# The far limbs are partly hidden behind the body: MediaPipe gives the far knee of the app's
# own drawn figure a visibility of 0.17-0.46 while the near one has 0.8-0.95.
FAR_VISIBILITY = 0.3
UNCLEAR_VISIBILITY = 0.2
_CENTRAL = ("shoulder", "hip")  # one point in the side-on figure, on both sides of the body

Frames = list[tuple[float, PoseFrame | None]]


@frozen_record
class RepPlan:
    """One rep as performed: ``stretch`` times the routine's duration, ``reach`` of the way
    out, after ``pause_s`` at the start pose."""

    stretch: float = 1.0
    reach: float = 1.0
    pause_s: float = 0.0


@frozen_record
class Take:
    """A set as a camera saw it: the frames, and when each rep began and ended."""

    frames: Frames
    reps: tuple[tuple[float, float], ...]


# Where a body point is in the picture, as shares of its width and height (y down).
Placing = Callable[[Point], tuple[float, float]]


def _framing(figure: MovingFigure) -> Placing:
    """The whole set at most FILL of the picture, centred, facing the picture's left, as in
    the app's pictures."""
    points = [p for half in (Half.OUT, Half.BACK) for i in range(9)
              for p in figure.skeleton(FigureTime(half, i / 8)).points.values()]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    scale = FILL * min(1.0 / max(height, 1.0), ASPECT / max(width, 1.0))
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return lambda p: (0.5 - scale * (p[0] - cx) / ASPECT, 0.5 - scale * (p[1] - cy))


def _landmarks(sk: Skeleton, side: str, placing: Placing) -> dict[str, Landmark]:
    """The skeleton's joints as landmarks, the near side named ``side``."""
    other = "right" if side == "left" else "left"

    def at(p: Point, visibility: float) -> Landmark:
        x, y = placing(p)
        return Landmark(x, y, visibility)

    out = {}
    for joint in JOINTS:
        for name, near in ((side, True), (other, False)):
            point = sk[joint] if joint in _CENTRAL else sk[f"{'near' if near else 'far'}_{joint}"]
            out[f"{name}_{joint}"] = at(point, NEAR_VISIBILITY if near else FAR_VISIBILITY)
    return out


def timeline(exercise: Exercise, plans: Sequence[RepPlan], fps: float = 30.0,
             lead_s: float = 1.0) -> tuple[list[tuple[float, FigureTime]],
                                           tuple[tuple[float, float], ...]]:
    """The figure's moment at each of ``fps`` pictures a second of a set of reps at the
    exercise's timing, one per plan, with ``lead_s`` at the start pose before the first and
    after the last; and when each rep began and ended."""
    moments: list[tuple[float, FigureTime]] = []
    spans: list[tuple[float, float]] = []
    t = 0.0

    def hold_still(until: float) -> None:
        nonlocal t
        while t < until:
            moments.append((t, FigureTime.at_start()))
            t += 1.0 / fps

    hold_still(lead_s)
    start = lead_s
    for plan in plans:
        ex = replace(exercise, tempo_s=exercise.tempo_s * plan.stretch,
                     movement=replace(exercise.movement,
                                      top_s=exercise.movement.top_s * plan.stretch))
        start += plan.pause_s
        hold_still(start)
        spans.append((start, start + ex.rep_s))
        while t < start + ex.rep_s:
            m = rep_motion(ex, t - start)
            ft = moment(m.phase, m.progress, m.breath)
            moments.append((t, replace(ft, reach=plan.reach) if plan.reach < 1.0 else ft))
            t += 1.0 / fps
        start += ex.rep_s
    hold_still(start + lead_s)
    return moments, tuple(spans)


def take(figure: MovingFigure, exercise: Exercise, plans: Sequence[RepPlan], side: str,
         fps: float = 30.0, lead_s: float = 1.0, placing: Placing | None = None) -> Take:
    """A set of reps (see :func:`timeline`) as a tracker would report them, undisturbed;
    ``placing`` puts the body in a 4:3 picture (by default the set fills most of it)."""
    place = placing or _framing(figure)
    moments, spans = timeline(exercise, plans, fps, lead_s)
    return Take([(t, PoseFrame(_landmarks(figure.skeleton(ft), side, place), ASPECT))
                 for t, ft in moments], spans)


def tracked(frames: Frames, rng: random.Random, jitter_px: float = 0.0, missed: float = 0.0,
            unclear: Sequence[tuple[float, float]] = (),
            away: Sequence[tuple[float, float]] = ()) -> Frames:
    """The frames as a tracker reports them: every landmark off by Gaussian jitter (standard
    deviation in pixels of a 480-pixel-high picture), a share ``missed`` of frames with no body
    found, the joints unsure during the ``unclear`` spans of time and the body gone from the
    picture during the ``away`` spans."""
    sigma = jitter_px / PICTURE_H_PX
    out: Frames = []
    for t, frame in frames:
        if frame is None or any(a <= t < b for a, b in away) or rng.random() < missed:
            out.append((t, None))
            continue
        dim = any(a <= t < b for a, b in unclear)
        out.append((t, PoseFrame({
            name: Landmark(p.x + rng.gauss(0.0, sigma) / frame.aspect,
                           p.y + rng.gauss(0.0, sigma),
                           UNCLEAR_VISIBILITY if dim else p.visibility)
            for name, p in frame.landmarks.items()}, frame.aspect)))
    return out


def _bend(frame: PoseFrame, rule: CameraRule, side: str) -> float:
    a, b, c = ((p.x * frame.aspect, p.y) for p in
               (frame.landmarks[f"{side}_{joint}"] for joint in rule.joints))
    return bend(a, b, c)


def true_ranges(shot: Take, rule: CameraRule, side: str) -> list[float]:
    """Each rep's range of motion as the figure moved it: the rule's angle (on ``side``) from
    its start to its far end, where the joint shows which way it bends."""
    ranges = []
    for start, end in shot.reps:
        bends = [_bend(f, rule, side) for t, f in shot.frames if start <= t <= end and f]
        far = max(bends, key=lambda signed: rule.progress(abs(signed)))
        angles = [unfolded(signed, far) for signed in bends]
        ranges.append(max(angles) - min(angles))
    return ranges

"""Line-art exercise illustrations built from a small 2-D pose model.

Everything here is plain Python and produces SVG text; nothing imports Qt.

The model
---------
A side-view skeleton with fixed segment lengths (``LENGTHS``, a figure 200 units tall). A pose
is data: joint angles in degrees plus a few *contacts* ("this heel rests on the floor", "these
fingertips are at those toes"). The angles named in ``Pose.solve`` are left to a small
least-squares solver, together with the figure's position, so that every contact holds: feet
rest on the floor or the ramp, the seated figure sits on the seat and the lying figure lies on
the mat *by construction*, and equipment is placed from the solved joints.

Conventions (the "body frame"): x points the way the figure faces, y points up, the top of the
floor is y = 0. Angles are anatomical, each relative to its parent segment:

* ``trunk``: lean of the lumbar segment from vertical, forward positive (-90 = lying on the back).
* ``spine_low`` / ``spine_up``: flexion between the three trunk segments (the back rounds).
* ``neck``: flexion of the neck from the line of the upper trunk (negative = extension);
  ``head``: a further nod of the head (positive = chin down, negative = looking up).
* ``<side>_shoulder``: flexion, 0 = arm hanging along the trunk, 180 = straight overhead;
  ``_elbow`` and ``_wrist``: flexion.
* ``<side>_hip`` / ``_knee``: flexion; ``<side>_ankle``: dorsiflexion (toes up) from a foot at
  right angles to the shin, negative = pointing the foot; ``<side>_toes``: toe extension.

``<side>`` is ``near`` or ``far``. The near side is the figure's LEFT side: near limbs are drawn
in ``INK``, far limbs in the lighter ``FAR_INK``. A ``far_*`` angle a pose does not give copies
the ``near_*`` one, so symmetric poses list one side only. With the left side towards the
viewer a standing figure faces the viewer's left, and a figure lying on its back has its head to
the viewer's right.

Poses of one *scene* share one frame: the same scale (view-box units per body unit), the same
floor line and the same anchor (the heel, the hip), so the app can cross-fade a rep's start pose
into its end pose without the figure jumping or changing size. All four standing toe-touch poses
are one scene; the scale is chosen so that the scene's largest pose fills its picture (the
standing figure with arms overhead fills ``HEIGHT_FILL`` of the height). Every picture uses the
same stroke width in the 400x300 view box, so contacts are solved with the stroke width measured
in body units for that scene (``Skeleton.stroke``): lines that touch in the picture touch
exactly. The top of the floor sits at the same height (``FLOOR_Y``) in every figure picture.

Adding an illustration: write a ``Pose`` (id, alt text, scene, the angles that matter, which
angles to solve, the contacts, the equipment), or ``dataclasses.replace`` an existing one, add it
to ``POSES`` and run ``python tools/render_illustrations.py``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

# --------------------------------------------------------------------------- look

VIEW_W, VIEW_H = 400, 300
STROKE = 9.0  # the one stroke width (view-box units) of every line in every picture
INK = "#2b3440"  # near limbs, trunk, head
FAR_INK = "#8b939d"  # far limbs: a lighter tint of INK
EQUIP_STROKE = "#8aa1b1"  # equipment beside a figure: a second, muted colour
ICON_STROKE = INK  # equipment icons stand alone and are shown small: outlined in INK (>= 3:1)
EQUIP_FILL = "#c9d6df"
FLOOR_INK = "#c9d6df"
FACING = -1  # +1 draws the body frame's x to the right; -1 mirrors it (figures face left)
FILL = 0.86  # a scene's content is at most this share of the view box wide...
HEIGHT_FILL = 0.85  # ...and rises at most this share of the view box height above the floor
MAX_SCALE = 2.0  # ...but is never drawn larger than this (view-box units per body unit)
FLOOR_Y = 274.0  # the top of the floor line in every figure picture

# --------------------------------------------------------------------------- proportions

# Segment lengths in body units: standing height 200 (about 1.75 m, so 1 unit ~ 9 mm), from
# the usual anthropometric ratios: hip 0.53 H, shoulder 0.82 H, arm 0.44 H, thigh = shin 0.25 H.
LENGTHS: dict[str, float] = {
    "lumbar": 20.0,
    "thorax_low": 19.0,
    "thorax_up": 19.0,
    "neck": 9.0,
    "upper_arm": 37.0,
    "forearm": 29.0,
    "hand": 17.0,
    "thigh": 49.0,
    "shin": 49.0,
}
HEAD_R = 10.0  # end of the neck to the centre of the head
HEAD_OUTER_R = 14.0  # visible radius of the (filled) head
NOSE = 3.5  # how far the nose sticks out beyond the head's edge
# The foot in its own frame: along the sole (toward the toes) and up the shin.
ANKLE_HEIGHT = 5.5  # ankle joint above the sole line
HEEL_BACK = 7.0  # heel behind the ankle
BALL_FORWARD = 17.0  # ball of the foot in front of the ankle
TOES = 7.0  # ball to tip of the toes

# Equipment sizes (body units; outer edges of the drawn shapes).
RAMP_H = 7.0  # top of the half-round above the floor (3-5 cm, drawn a little high to read)
RAMP_HALF_W = 16.0
BLOCK_LONG, BLOCK_SHORT = 30.0, 20.0  # yoga block side view, long side across the thigh
MAT_H = 6.0  # top of the mat above the floor
SEAT_FRONT = 12.0  # the seat's front edge in front of the hip joint: sitting on the edge
SEAT_DEPTH = 46.0
BACKREST = 56.0

# Relative masses and where along each segment its centre of mass lies (Dempster-style
# figures), used to check that a standing figure balances over its feet.
_MASS: dict[str, tuple[float, float]] = {
    "lumbar": (0.14, 0.5),
    "thorax_low": (0.16, 0.5),
    "thorax_up": (0.2, 0.5),
    "head": (0.081, 1.0),
    "upper_arm": (0.028, 0.44),
    "forearm": (0.016, 0.43),
    "hand": (0.006, 0.5),
    "thigh": (0.1, 0.43),
    "shin": (0.0465, 0.43),
    "foot": (0.0145, 0.5),
}

SIDES = ("near", "far")
_SIDE_ANGLES = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle", "toes")
ANGLE_NAMES = (
    "trunk",
    "spine_low",
    "spine_up",
    "neck",
    "head",
    *(f"{side}_{name}" for side in SIDES for name in _SIDE_ANGLES),
)

Point = tuple[float, float]


def _add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def _sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def _scale(a: Point, k: float) -> Point:
    return (a[0] * k, a[1] * k)


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _dir(deg: float) -> Point:
    rad = math.radians(deg)
    return (math.cos(rad), math.sin(rad))


def _dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _cross_norm(u: Point, v: Point) -> float:
    return (u[0] * v[1] - u[1] * v[0]) / (math.hypot(*u) * math.hypot(*v))


# --------------------------------------------------------------------------- skeleton


@dataclass(frozen=True)
class Skeleton:
    """Joint positions (body frame), each segment's absolute direction, the full angle set and
    the stroke width in body units that the picture will use."""

    points: dict[str, Point]
    directions: dict[str, float]
    angles: dict[str, float]
    stroke: float = STROKE

    def __getitem__(self, name: str) -> Point:
        return self.points[name]


def full_angles(angles: Mapping[str, float]) -> dict[str, float]:
    """Fill in defaults (0) and copy near-side angles to the far-side ones not given."""
    unknown = set(angles) - set(ANGLE_NAMES)
    if unknown:
        raise KeyError(f"unknown angle names: {sorted(unknown)}")
    out = {name: float(angles.get(name, 0.0)) for name in ANGLE_NAMES}
    for name in _SIDE_ANGLES:
        if f"far_{name}" not in angles:
            out[f"far_{name}"] = out[f"near_{name}"]
    return out


def forward_kinematics(
    angles: Mapping[str, float], origin: Point = (0.0, 0.0), stroke: float = STROKE
) -> Skeleton:
    """Joint positions for fully given angles, with the hip joint at ``origin``."""
    a = full_angles(angles)
    pts: dict[str, Point] = {"hip": origin}
    dirs: dict[str, float] = {}

    def seg(parent: str, child: str, length: float, direction: float, name: str) -> None:
        pts[child] = _add(pts[parent], _scale(_dir(direction), length))
        dirs[name] = direction

    lumbar = 90.0 - a["trunk"]
    seg("hip", "waist", LENGTHS["lumbar"], lumbar, "lumbar")
    thorax_low = lumbar - a["spine_low"]
    seg("waist", "chest", LENGTHS["thorax_low"], thorax_low, "thorax_low")
    thorax_up = thorax_low - a["spine_up"]
    seg("chest", "shoulder", LENGTHS["thorax_up"], thorax_up, "thorax_up")
    neck = thorax_up - a["neck"]
    seg("shoulder", "neck", LENGTHS["neck"], neck, "neck")
    head = neck - a["head"]
    seg("neck", "head", HEAD_R, head, "head")
    # The face looks a right angle forward of the head's long axis.
    pts["nose"] = _add(pts["head"], _scale(_dir(head - 90.0), HEAD_OUTER_R + NOSE))

    for side in SIDES:
        s = f"{side}_"
        arm = thorax_up - 180.0 + a[s + "shoulder"]
        seg("shoulder", s + "elbow", LENGTHS["upper_arm"], arm, s + "upper_arm")
        forearm = arm + a[s + "elbow"]
        seg(s + "elbow", s + "wrist", LENGTHS["forearm"], forearm, s + "forearm")
        seg(s + "wrist", s + "fingertip", LENGTHS["hand"], forearm + a[s + "wrist"], s + "hand")

        thigh = lumbar - 180.0 + a[s + "hip"]
        seg("hip", s + "knee", LENGTHS["thigh"], thigh, s + "thigh")
        shin = thigh - a[s + "knee"]
        seg(s + "knee", s + "ankle", LENGTHS["shin"], shin, s + "shin")
        sole = shin + 90.0 + a[s + "ankle"]
        dirs[s + "foot"] = sole
        along, up = _dir(sole), _dir(sole + 90.0)
        under_ankle = _sub(pts[s + "ankle"], _scale(up, ANKLE_HEIGHT))
        pts[s + "heel"] = _sub(under_ankle, _scale(along, HEEL_BACK))
        pts[s + "ball"] = _add(under_ankle, _scale(along, BALL_FORWARD))
        seg(s + "ball", s + "toe", TOES, sole + a[s + "toes"], s + "toes")
    return Skeleton(points=pts, directions=dirs, angles=a, stroke=stroke)


def segment_lengths(sk: Skeleton) -> dict[str, float]:
    """Measured length of every fixed-length segment (the tests compare these across poses)."""
    p = sk.points
    out = {
        "lumbar": _dist(p["hip"], p["waist"]),
        "thorax_low": _dist(p["waist"], p["chest"]),
        "thorax_up": _dist(p["chest"], p["shoulder"]),
        "neck": _dist(p["shoulder"], p["neck"]),
        "head": _dist(p["neck"], p["head"]),
    }
    for side in SIDES:
        s = f"{side}_"
        out[s + "upper_arm"] = _dist(p["shoulder"], p[s + "elbow"])
        out[s + "forearm"] = _dist(p[s + "elbow"], p[s + "wrist"])
        out[s + "hand"] = _dist(p[s + "wrist"], p[s + "fingertip"])
        out[s + "thigh"] = _dist(p["hip"], p[s + "knee"])
        out[s + "shin"] = _dist(p[s + "knee"], p[s + "ankle"])
        out[s + "foot"] = _dist(p[s + "heel"], p[s + "ball"])
        out[s + "ankle_to_heel"] = _dist(p[s + "ankle"], p[s + "heel"])
        out[s + "toes"] = _dist(p[s + "ball"], p[s + "toe"])
    return out


def center_of_mass(sk: Skeleton) -> Point:
    p = sk.points
    parts = [
        ("lumbar", p["hip"], p["waist"]),
        ("thorax_low", p["waist"], p["chest"]),
        ("thorax_up", p["chest"], p["shoulder"]),
        ("head", p["shoulder"], p["head"]),
    ]
    for side in SIDES:
        s = f"{side}_"
        parts += [
            ("upper_arm", p["shoulder"], p[s + "elbow"]),
            ("forearm", p[s + "elbow"], p[s + "wrist"]),
            ("hand", p[s + "wrist"], p[s + "fingertip"]),
            ("thigh", p["hip"], p[s + "knee"]),
            ("shin", p[s + "knee"], p[s + "ankle"]),
            ("foot", p[s + "heel"], p[s + "toe"]),
        ]
    total = sum(_MASS[name][0] for name, _, _ in parts)
    x = sum(_MASS[n][0] * _lerp(a, b, _MASS[n][1])[0] for n, a, b in parts) / total
    y = sum(_MASS[n][0] * _lerp(a, b, _MASS[n][1])[1] for n, a, b in parts) / total
    return (x, y)


# --------------------------------------------------------------------------- contacts

# A residual: how far a skeleton is from meeting one condition (0 = met).
Residual = Callable[[Skeleton], float]


def on(point: str, surface: float) -> tuple[Residual, ...]:
    """The line at ``point`` rests on a surface whose top is at height ``surface``."""
    return (lambda sk: sk[point][1] - (surface + sk.stroke / 2),)


def head_on(surface: float) -> tuple[Residual, ...]:
    """The head rests on a surface whose top is at height ``surface``."""
    return (lambda sk: sk["head"][1] - (surface + HEAD_OUTER_R),)


def at_x(point: str, x: float) -> tuple[Residual, ...]:
    """Pin ``point`` horizontally (places the figure in its picture)."""
    return (lambda sk: sk[point][0] - x,)


def touching(point: str, target: str, dx: float = 0.0, gap: float = 1.0) -> tuple[Residual, ...]:
    """``point`` rests on top of ``target`` (``gap`` strokes above it, ``dx`` units ahead)."""
    return (
        lambda sk: sk[point][0] - (sk[target][0] + dx),
        lambda sk: sk[point][1] - (sk[target][1] + gap * sk.stroke),
    )


def on_segment(point: str, a: str, b: str, t: float) -> tuple[Residual, ...]:
    """``point`` rests on top of the segment a-b, a fraction ``t`` of the way along it."""

    def spot(sk: Skeleton) -> Point:
        d = _sub(sk[b], sk[a])
        normal = _scale((-d[1], d[0]), 1.0 / math.hypot(*d))
        if normal[1] < 0:
            normal = _scale(normal, -1.0)
        return _add(_lerp(sk[a], sk[b], t), _scale(normal, sk.stroke))

    return (lambda sk: sk[point][0] - spot(sk)[0], lambda sk: sk[point][1] - spot(sk)[1])


def aiming(base: str, tip: str, target: str) -> tuple[Residual, ...]:
    """The line base->tip points at ``target`` (a reach toward something out of range)."""
    return (lambda sk: 100.0 * _cross_norm(_sub(sk[tip], sk[base]), _sub(sk[target], sk[base])),)


def parallel(a: str, b: str, c: str, d: str) -> tuple[Residual, ...]:
    """Segment a-b runs parallel to segment c-d (a hand lying along a thigh)."""
    return (lambda sk: 100.0 * _cross_norm(_sub(sk[b], sk[a]), _sub(sk[d], sk[c])),)


def ahead(point: str, target: str, strokes: float = 0.0) -> tuple[Residual, ...]:
    """``point`` is level with ``target`` front to back, or ``strokes`` stroke widths ahead."""
    return (lambda sk: sk[point][0] - (sk[target][0] + strokes * sk.stroke),)


def plumb(top: str, bottom: str) -> tuple[Residual, ...]:
    """``bottom`` hangs straight below ``top`` (an arm hanging down)."""
    return (lambda sk: sk[top][0] - sk[bottom][0],)


def balanced(back: str, front: str, t: float = 0.5) -> tuple[Residual, ...]:
    """The centre of mass is above the point a fraction ``t`` of the way from back to front."""
    return (lambda sk: center_of_mass(sk)[0] - _lerp(sk[back], sk[front], t)[0],)


def _contacts(*groups: Iterable[Residual]) -> tuple[Residual, ...]:
    return tuple(r for g in groups for r in g)


def _gauss_solve(m: list[list[float]], rhs: list[float]) -> list[float]:
    n = len(rhs)
    a = [[*row, r] for row, r in zip(m, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        if abs(a[col][col]) < 1e-12:
            raise ValueError("singular system")
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= f * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def solve_skeleton(
    angles: Mapping[str, float],
    unknowns: Sequence[str],
    residuals: Sequence[Residual],
    stroke: float = STROKE,
    strict: bool = True,
) -> Skeleton:
    """Find the unknown angles (starting from their given values) and the figure's position so
    that every residual is zero: Levenberg-Marquardt with a numeric Jacobian."""
    given = dict(angles)
    x = [0.0, 0.0] + [float(given.get(name, 0.0)) for name in unknowns]

    def build(v: Sequence[float]) -> Skeleton:
        trial = dict(given)
        trial.update(zip(unknowns, v[2:], strict=True))
        return forward_kinematics(trial, origin=(v[0], v[1]), stroke=stroke)

    def errors(v: Sequence[float]) -> list[float]:
        sk = build(v)
        return [r(sk) for r in residuals]

    def cost(err: Sequence[float]) -> float:
        return sum(e * e for e in err)

    eps, damping = 1e-6, 1e-3
    err = errors(x)
    for _ in range(500):
        if max((abs(e) for e in err), default=0.0) < 1e-9:
            break
        cols = []
        for i in range(len(x)):
            bumped = list(x)
            bumped[i] += eps
            cols.append([(e2 - e1) / eps for e1, e2 in zip(err, errors(bumped), strict=True)])
        n = len(x)
        jtj = [
            [sum(p * q for p, q in zip(cols[i], cols[j], strict=True)) for j in range(n)]
            for i in range(n)
        ]
        jte = [-sum(p * e for p, e in zip(cols[i], err, strict=True)) for i in range(n)]
        while damping < 1e9:  # only accept steps that reduce the error
            m = [
                [v + (damping * (jtj[i][i] + 1e-9) if i == j else 0.0) for j, v in enumerate(row)]
                for i, row in enumerate(jtj)
            ]
            trial = [v + s for v, s in zip(x, _gauss_solve(m, jte), strict=True)]
            trial_err = errors(trial)
            if cost(trial_err) < cost(err):
                x, err = trial, trial_err
                damping = max(damping / 3.0, 1e-9)
                break
            damping *= 4.0
        else:
            break
    if strict and max((abs(e) for e in err), default=0.0) > 1e-3:
        raise ValueError(f"pose contacts cannot all be met (residuals {err})")
    return build(x)


# --------------------------------------------------------------------------- equipment


@dataclass(frozen=True)
class Ramp:
    """A low half-round (half foam roller, pool noodle) on the floor, under ``under``."""

    under: str


@dataclass(frozen=True)
class Block:
    """A yoga block squeezed between the knees (seen behind the near knee)."""

    knee: str = "near_knee"


@dataclass(frozen=True)
class Chair:
    """A chair whose seat carries the hip: the figure sits on its front edge."""


@dataclass(frozen=True)
class Mat:
    """An exercise mat on the floor, as long as the scene's figures need."""


Prop = Ramp | Block | Chair | Mat


# --------------------------------------------------------------------------- poses


@dataclass(frozen=True)
class Pose:
    id: str
    title: str  # alt text; becomes the SVG <title>
    scene: str  # poses of one scene share scale and placement, so their pictures line up
    angles: Mapping[str, float]
    solve: tuple[str, ...] = ()  # angles the solver finds (given values are first guesses)
    contacts: tuple[Residual, ...] = ()
    props: tuple[Prop, ...] = ()

    def skeleton(self, stroke: float = STROKE) -> Skeleton:
        return solve_skeleton(self.angles, self.solve, self.contacts, stroke=stroke)


# Toe touch progression: feet together, knees soft, a block between the knees. The hip angle
# is solved so that the figure balances over its feet.
_TT_TOP = {
    "trunk": 2.0,
    "spine_low": -2.0,
    "neck": -3.0,
    "near_shoulder": 160.0,  # the arms a little apart, so both show above the head
    "far_shoulder": 174.0,
    "near_hip": 10.0,
    "near_knee": 14.0,
}
# At the bottom the body hangs forward and down from the hips: back rounded, head hanging at
# knee height with the chin tucked, arms hanging straight down from the shoulders to the floor
# at the toes. (With fingertips only just at the toes the shoulders would stay level with the
# hips, a flat "table" back that does not read as a fold; so the hands reach the floor at the
# tips of the toes, palms down.) The solver finds the hip, the lean and the lower back so
# that the figure balances, the arms hang plumb and the hands reach the floor.
_TT_BOTTOM = {
    "trunk": 105.0,
    "spine_low": 15.0,
    "spine_up": 25.0,
    "neck": 35.0,  # the head hangs from the shoulders, chin tucked, the top of it to the floor
    "head": 15.0,
    "near_shoulder": 145.0,
    "near_wrist": 70.0,  # palms down on the floor
    "near_hip": 125.0,
    "near_knee": 12.0,  # soft, not locked
}
_TOES_UP = _contacts(at_x("near_heel", 0.0), on("near_heel", 0.0), on("near_ball", RAMP_H))
_HEELS_UP = _contacts(
    at_x("near_heel", 0.0), on("near_heel", RAMP_H), on("near_ball", 0.0), on("near_toe", 0.0)
)
_BALANCED = balanced("near_heel", "near_ball", 0.45)
_HANDS_AT_TOES = _contacts(
    on("near_fingertip", 0.0),
    ahead("near_wrist", "near_toe", 0.0),  # the heel of the hand above the tips of the toes
    plumb("shoulder", "near_wrist"),
)
_TT_BOTTOM_SOLVE = ("near_hip", "trunk", "spine_low", "near_shoulder")

TOE_TOUCH_TOES_UP_TOP = Pose(
    id="toe_touch_toes_up_top",
    title="Toe touch, toes on the ramp: standing tall, arms overhead, block between the knees",
    scene="toe_touch",
    angles=_TT_TOP,
    solve=("near_ankle", "near_hip"),
    contacts=_contacts(_TOES_UP, _BALANCED),
    props=(Ramp(under="near_ball"), Block()),
)
TOE_TOUCH_TOES_UP_BOTTOM = Pose(
    id="toe_touch_toes_up_bottom",
    title="Toe touch, toes on the ramp: folded forward from the hips, back rounded, head "
    "hanging by the knees, arms hanging down to the floor at the toes",
    scene="toe_touch",
    angles=_TT_BOTTOM,
    solve=("near_ankle", *_TT_BOTTOM_SOLVE),
    contacts=_contacts(_TOES_UP, _BALANCED, _HANDS_AT_TOES),
    props=(Ramp(under="near_ball"), Block()),
)
TOE_TOUCH_HEELS_UP_TOP = replace(
    TOE_TOUCH_TOES_UP_TOP,
    id="toe_touch_heels_up_top",
    title="Toe touch, heels on the ramp: standing tall, arms overhead, block between the knees",
    solve=("near_ankle", "near_toes", "near_hip"),
    contacts=_contacts(_HEELS_UP, _BALANCED),
    props=(Ramp(under="near_heel"), Block()),
)
TOE_TOUCH_HEELS_UP_BOTTOM = replace(
    TOE_TOUCH_TOES_UP_BOTTOM,
    id="toe_touch_heels_up_bottom",
    title="Toe touch, heels on the ramp: folded forward from the hips, back rounded, head "
    "hanging by the knees, arms hanging down to the floor at the toes",
    solve=("near_ankle", "near_toes", *_TT_BOTTOM_SOLVE),
    contacts=_contacts(_HEELS_UP, _BALANCED, _HANDS_AT_TOES),
    props=(Ramp(under="near_heel"), Block()),
)

# Hamstring nerve flossing, seated on the front edge of a chair. The far leg stays put with
# its foot flat; the near leg is the working leg. The hands rest along the thighs.
_FLOSS = {
    "trunk": 8.0,
    "spine_low": 10.0,
    "spine_up": 12.0,
    "near_shoulder": 10.0,
    "near_elbow": 70.0,
    "near_hip": 96.0,
    "far_hip": 94.0,
    "far_knee": 96.0,
    "far_ankle": 0.0,
    "far_toes": 0.0,
}
_FLOSS_SEAT = _contacts(
    at_x("hip", 0.0),
    on("far_heel", 0.0),
    on("far_ball", 0.0),
    on_segment("near_wrist", "hip", "near_knee", 0.45),
    parallel("near_wrist", "near_fingertip", "hip", "near_knee"),
)
_FLOSS_SOLVE = ("far_ankle", "near_shoulder", "near_elbow", "near_wrist")

NERVE_FLOSS_BENT = Pose(
    id="nerve_floss_bent",
    title="Nerve floss, start: seated on the chair edge, back softly rounded, "
    "knee bent with the foot back under the chair, chin to the chest",
    scene="nerve_floss",
    angles={
        **_FLOSS,
        "neck": 28.0,
        "head": 14.0,
        "near_hip": 86.0,
        "near_knee": 122.0,
        "near_ankle": 20.0,
        "near_toes": 15.0,
    },
    solve=(*_FLOSS_SOLVE, "near_ankle", "near_toes"),
    contacts=_contacts(_FLOSS_SEAT, on("near_ball", 0.0), on("near_toe", 0.0)),
    props=(Chair(),),
)
NERVE_FLOSS_STRAIGHT = Pose(
    id="nerve_floss_straight",
    title="Nerve floss, end: seated on the chair edge, knee straight with the toes pulled up, "
    "head up looking up",
    scene="nerve_floss",
    angles={**_FLOSS, "neck": -22.0, "head": -20.0, "near_knee": 6.0, "near_ankle": 15.0},
    solve=_FLOSS_SOLVE,
    contacts=_FLOSS_SEAT,
    props=(Chair(),),
)

# Alternate supine toe touches on a mat. Reaching, the shoulders curl up; the arm that does not
# reach stays overhead on the mat as at the start, clear of the trunk, so the reaching arm
# stands out. (The reaching shoulder lifts and turns across while the other one stays on the
# mat; the side view has a single shoulder point on the curled midline, so there the resting
# arm lies past the line of the upper trunk.)
_SUPINE = {"trunk": -90.0, "neck": 20.0, "near_shoulder": 175.0, "near_ankle": -25.0}
_CURL = {"spine_low": 14.0, "spine_up": 22.0, "neck": 22.0, "head": 6.0}


def _supine_reach(leg: str, arm: str) -> dict[str, float]:
    """Angles for raising the ``leg`` side's leg while the ``arm`` side's arm reaches."""
    return {
        **_SUPINE,
        **_CURL,
        f"{leg}_hip": 82.0,
        f"{leg}_knee": 4.0,
        f"{leg}_ankle": 5.0,
        f"{arm}_hip": 0.0,
        f"{arm}_knee": 0.0,
        f"{arm}_ankle": -25.0,
        f"{arm}_shoulder": 80.0,
        f"{arm}_elbow": 3.0,
        f"{leg}_shoulder": 215.0,
    }


def _supine_reach_contacts(leg: str, arm: str) -> tuple[Residual, ...]:
    return _contacts(
        at_x("hip", 0.0),
        on("hip", MAT_H),
        on(f"{arm}_heel", MAT_H),  # the other leg lies long on the mat
        on(f"{leg}_fingertip", MAT_H),  # the other arm rests overhead on the mat
        aiming("shoulder", f"{arm}_fingertip", f"{leg}_toe"),
    )


SUPINE_FLAT = Pose(
    id="supine_flat",
    title="Supine toe touches, start: lying on the back on the mat, legs long, arms overhead",
    scene="supine",
    angles=_SUPINE,
    solve=("neck", "near_hip", "near_shoulder"),
    contacts=_contacts(
        at_x("hip", 0.0),
        on("hip", MAT_H),
        head_on(MAT_H),
        on("near_heel", MAT_H),
        on("near_fingertip", MAT_H),
    ),
    props=(Mat(),),
)
SUPINE_REACH_LEFT_LEG = Pose(
    id="supine_reach_left_leg",
    title="Supine toe touches, left leg: left leg raised straight, shoulders curled up, "
    "right hand reaching toward the left foot, left arm resting overhead on the mat",
    scene="supine",
    angles=_supine_reach("near", "far"),
    solve=("far_hip", "near_shoulder", "far_shoulder"),
    contacts=_supine_reach_contacts("near", "far"),
    props=(Mat(),),
)
SUPINE_REACH_RIGHT_LEG = replace(
    SUPINE_REACH_LEFT_LEG,
    id="supine_reach_right_leg",
    title="Supine toe touches, right leg: right leg raised straight, shoulders curled up, "
    "left hand reaching toward the right foot, right arm resting overhead on the mat",
    angles=_supine_reach("far", "near"),
    solve=("near_hip", "far_shoulder", "near_shoulder"),
    contacts=_supine_reach_contacts("far", "near"),
)

POSES: tuple[Pose, ...] = (
    TOE_TOUCH_TOES_UP_TOP,
    TOE_TOUCH_TOES_UP_BOTTOM,
    TOE_TOUCH_HEELS_UP_TOP,
    TOE_TOUCH_HEELS_UP_BOTTOM,
    NERVE_FLOSS_BENT,
    NERVE_FLOSS_STRAIGHT,
    SUPINE_FLAT,
    SUPINE_REACH_LEFT_LEG,
    SUPINE_REACH_RIGHT_LEG,
)


# --------------------------------------------------------------------------- drawing

Shape = tuple[str, dict[str, str], object]  # kind ("line", "curve", "polygon", "circle"), ...

LAYERS = ("floor", "equipment", "far", "block", "body", "near")


@dataclass
class Drawing:
    """Shapes in the body frame, by layer (drawn in ``LAYERS`` order). ``stroke`` is the
    stroke width in body units."""

    stroke: float
    equip_stroke: str = EQUIP_STROKE  # outline colour of equipment
    layers: dict[str, list[Shape]] = field(default_factory=dict)

    def add(self, layer: str, kind: str, attrs: dict[str, str], geom: object) -> None:
        self.layers.setdefault(layer, []).append((kind, attrs, geom))

    def bounds(self) -> tuple[float, float, float, float]:
        """Bounding box of everything but the floor line, strokes included."""
        xs: list[float] = []
        ys: list[float] = []
        for layer, shapes in self.layers.items():
            if layer == "floor":
                continue
            for kind, _attrs, geom in shapes:
                if kind == "circle":
                    (cx, cy), r = geom  # type: ignore[misc]
                    xs += [cx - r, cx + r]
                    ys += [cy - r, cy + r]
                else:
                    for x, y in geom:  # type: ignore[attr-defined]
                        xs.append(x)
                        ys.append(y)
        h = self.stroke / 2
        return (min(xs) - h, min(ys) - h, max(xs) + h, max(ys) + h)


def _ink(color: str) -> dict[str, str]:
    return {"stroke": color}


def _equip(d: Drawing, fill: bool = True) -> dict[str, str]:
    return {"stroke": d.equip_stroke, "fill": EQUIP_FILL if fill else "none"}


def _ellipse_arc(center: Point, rx: float, ry: float, a0: float, a1: float, n: int) -> list[Point]:
    return [
        (center[0] + rx * math.cos(math.radians(a)), center[1] + ry * math.sin(math.radians(a)))
        for a in (a0 + (a1 - a0) * i / n for i in range(n + 1))
    ]


def draw_figure(d: Drawing, sk: Skeleton) -> None:
    p = sk.points
    for side, color in (("far", FAR_INK), ("near", INK)):
        s = f"{side}_"
        d.add(side, "line", _ink(color), [p["hip"], p[s + "knee"], p[s + "ankle"]])
        d.add(side, "line", _ink(color), [p[s + "heel"], p[s + "ball"], p[s + "toe"]])
        arm = [p["shoulder"], p[s + "elbow"], p[s + "wrist"], p[s + "fingertip"]]
        d.add(side, "line", _ink(color), arm)
    spine = [p["hip"], p["waist"], p["chest"], p["shoulder"], p["neck"]]
    d.add("body", "curve", _ink(INK), spine)
    d.add("body", "circle", {"stroke": INK, "fill": INK}, (p["head"], HEAD_OUTER_R - d.stroke / 2))
    # A short nose shows which way the face points (chin down or looking up).
    edge = _lerp(p["head"], p["nose"], (HEAD_OUTER_R - d.stroke / 2) / (HEAD_OUTER_R + NOSE))
    nose_tip = _lerp(
        p["head"], p["nose"], (HEAD_OUTER_R + NOSE - d.stroke / 2) / (HEAD_OUTER_R + NOSE)
    )
    d.add("body", "line", _ink(INK), [edge, nose_tip])


def draw_floor(d: Drawing, x0: float, x1: float) -> None:
    d.add("floor", "line", _ink(FLOOR_INK), [(x0, -d.stroke / 2), (x1, -d.stroke / 2)])


def draw_half_round(d: Drawing, x: float, half_w: float, height: float) -> None:
    """A half-round standing on the floor line; its top edge is ``height`` above the floor."""
    h = d.stroke / 2
    d.add("equipment", "polygon", _equip(d), _ellipse_arc((x, -h), half_w - h, height, 0, 180, 18))


def draw_wedge(d: Drawing, x0: float, length: float, height: float) -> None:
    """A wedge on the floor rising toward +x; outer edges ``length`` x ``height``."""
    h = d.stroke / 2
    pts = [(x0 + h, -h), (x0 + length - h, -h), (x0 + length - h, height - h)]
    d.add("equipment", "polygon", _equip(d), pts)


def draw_block(d: Drawing, sk: Skeleton, knee: str) -> None:
    side = knee.split("_")[0]
    thigh = sk.directions[f"{side}_thigh"]
    up_thigh, across = _dir(thigh + 180.0), _dir(thigh + 90.0)
    centre = _add(sk[knee], _scale(up_thigh, BLOCK_SHORT / 2 - 2.0))  # just above the knee
    half_along, half_across = BLOCK_SHORT / 2 - d.stroke / 2, BLOCK_LONG / 2 - d.stroke / 2
    corners = [
        _add(centre, _add(_scale(up_thigh, a * half_along), _scale(across, b * half_across)))
        for a, b in ((1, 1), (1, -1), (-1, -1), (-1, 1))
    ]
    d.add("block", "polygon", _equip(d), corners)


def draw_chair(d: Drawing, hip: Point) -> None:
    """A side-view chair whose seat top carries a body line at ``hip``."""
    w = d.stroke
    seat_y = hip[1] - w  # seat and body lines touch
    front = hip[0] + SEAT_FRONT - w / 2
    back = front - SEAT_DEPTH + w
    leg_in = 3.0
    d.add("equipment", "line", _equip(d, False), [(back, seat_y), (front, seat_y)])
    d.add(
        "equipment", "line", _equip(d, False), [(front - leg_in, seat_y), (front - leg_in, -w / 2)]
    )
    back_leg = [(back + leg_in, -w / 2), (back + leg_in, seat_y), (back - 4.0, seat_y + BACKREST)]
    d.add("equipment", "line", _equip(d, False), back_leg)


def draw_mat(d: Drawing, x0: float, x1: float) -> None:
    h = d.stroke / 2
    d.add("equipment", "polygon", _equip(d), [(x0, -h), (x1, -h), (x1, MAT_H - h), (x0, MAT_H - h)])


def pose_drawing(pose: Pose, stroke: float) -> Drawing:
    sk = pose.skeleton(stroke)
    d = Drawing(stroke)
    draw_figure(d, sk)
    for prop in pose.props:
        if isinstance(prop, Ramp):
            draw_half_round(d, sk[prop.under][0], RAMP_HALF_W, RAMP_H)
        elif isinstance(prop, Block):
            draw_block(d, sk, prop.knee)
        elif isinstance(prop, Chair):
            draw_chair(d, sk["hip"])
    return d


# --------------------------------------------------------------------------- framing and SVG


@dataclass(frozen=True)
class Frame:
    """Maps the body frame onto the 400x300 view box: uniform scale, optional mirror."""

    scale: float  # view-box units per body unit
    x0: float  # view-box x of body x = 0
    floor_y: float  # view-box y of body y = 0 (the top of the floor)

    def __call__(self, p: Point) -> Point:
        return (self.x0 + FACING * self.scale * p[0], self.floor_y - self.scale * p[1])

    def body_x(self, view_x: float) -> float:
        return (view_x - self.x0) / (FACING * self.scale)


def frame_for(
    drawings: Sequence[Drawing],
    fill: float = FILL,
    max_scale: float = MAX_SCALE,
    floor_y: float | None = FLOOR_Y,
) -> Frame:
    """Scale and centre the drawings' content; with ``floor_y`` the top of the floor sits at
    that height of the view box (the same in every picture), otherwise content is centred."""
    boxes = [d.bounds() for d in drawings]
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    y0 = min(y0, -drawings[0].stroke)  # the floor line belongs to the picture
    if floor_y is None:
        scale = min(fill * VIEW_W / (x1 - x0), fill * VIEW_H / (y1 - y0), max_scale)
        floor_y = VIEW_H / 2 + scale * (y0 + y1) / 2
    else:
        scale = min(fill * VIEW_W / (x1 - x0), HEIGHT_FILL * VIEW_H / y1, max_scale)
    return Frame(scale=scale, x0=VIEW_W / 2 - FACING * scale * (x0 + x1) / 2, floor_y=floor_y)


def framed(
    build: Callable[[float], list[Drawing]],
    fill: float = FILL,
    max_scale: float = MAX_SCALE,
    floor_y: float | None = FLOOR_Y,
) -> tuple[list[Drawing], Frame]:
    """Build drawings for a stroke width (body units) that matches the scale their own frame
    gives them: a fixed point, found by iteration."""
    scale = 1.0
    for _ in range(60):
        drawings = build(STROKE / scale)
        frame = frame_for(drawings, fill, max_scale, floor_y)
        if abs(frame.scale - scale) < 1e-9:
            break
        scale = frame.scale
    return drawings, frame


def _num(v: float) -> str:
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def _smooth_path(pts: list[Point]) -> str:
    """A Catmull-Rom curve through the points, as cubic Beziers."""
    out = [f"M{_num(pts[0][0])} {_num(pts[0][1])}"]
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        out.append("C" + " ".join(_num(v) for v in (*c1, *c2, *p2)))
    return "".join(out)


def _attrs(attrs: Mapping[str, str]) -> str:
    return "".join(f' {k}="{v}"' for k, v in attrs.items())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def drawing_svg(d: Drawing, frame: Frame, title: str) -> str:
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW_W} {VIEW_H}">',
        f"<title>{_escape(title)}</title>",
        f'<g fill="none" stroke-width="{_num(STROKE)}" stroke-linecap="round" '
        'stroke-linejoin="round">',
    ]
    for layer in LAYERS:
        for kind, attrs, geom in d.layers.get(layer, []):
            if kind == "circle":
                centre, r = geom  # type: ignore[misc]
                cx, cy = frame(centre)
                lines.append(
                    f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{_num(r * frame.scale)}"'
                    f"{_attrs(attrs)}/>"
                )
                continue
            pts = [frame(p) for p in geom]  # type: ignore[attr-defined]
            if kind == "curve":
                lines.append(f'<path d="{_smooth_path(pts)}"{_attrs(attrs)}/>')
            elif kind == "polygon":
                coords = " ".join(f"{_num(x)},{_num(y)}" for x, y in pts)
                lines.append(f'<polygon points="{coords}"{_attrs(attrs)}/>')
            else:
                path = "".join(
                    f"{'M' if i == 0 else 'L'}{_num(x)} {_num(y)}" for i, (x, y) in enumerate(pts)
                )
                lines.append(f'<path d="{path}"{_attrs(attrs)}/>')
    lines += ["</g>", "</svg>", ""]
    return "\n".join(lines)


def _scene_drawings(members: Sequence[Pose], stroke: float) -> list[Drawing]:
    drawings = [pose_drawing(p, stroke) for p in members]
    if any(isinstance(prop, Mat) for p in members for prop in p.props):
        boxes = [d.bounds() for d in drawings]
        x0, x1 = min(b[0] for b in boxes) - 6.0, max(b[2] for b in boxes) + 6.0
        for d in drawings:
            draw_mat(d, x0, x1)
    return drawings


@dataclass(frozen=True)
class Scene:
    """The poses of one scene, drawn in the one frame they share."""

    name: str
    poses: tuple[Pose, ...]
    drawings: tuple[Drawing, ...]
    frame: Frame

    @property
    def stroke(self) -> float:
        """The stroke width in body units."""
        return STROKE / self.frame.scale


def scenes() -> dict[str, Scene]:
    """Every scene, framed: one scale, floor line and placement for all of its poses."""
    out: dict[str, Scene] = {}
    for name in dict.fromkeys(p.scene for p in POSES):
        members = tuple(p for p in POSES if p.scene == name)
        drawings, frame = framed(lambda w, m=members: _scene_drawings(m, w))
        out[name] = Scene(name, members, tuple(drawings), frame)
    return out


def pose_frames() -> dict[str, Frame]:
    """Each pose id -> the frame (scale, placement) its picture uses."""
    return {p.id: sc.frame for sc in scenes().values() for p in sc.poses}


def scene_skeletons() -> dict[str, Skeleton]:
    """Each pose's skeleton, solved for the stroke width its picture uses."""
    out = {p.id: p.skeleton(sc.stroke) for sc in scenes().values() for p in sc.poses}
    return {p.id: out[p.id] for p in POSES}


def pose_svgs() -> dict[str, str]:
    out: dict[str, str] = {}
    for sc in scenes().values():
        frame = sc.frame
        floor = (frame.body_x(VIEW_W * 0.04), frame.body_x(VIEW_W * 0.96))
        for pose, d in zip(sc.poses, sc.drawings, strict=True):
            draw_floor(d, min(floor), max(floor))
            out[pose.id] = drawing_svg(d, frame, pose.title)
    return {p.id: out[p.id] for p in POSES}


# --------------------------------------------------------------------------- equipment icons


def _icon_block(d: Drawing) -> None:
    # A yoga block in a simple oblique view: front, top and side faces.
    w, h, dx, dy = 70.0, 42.0, 26.0, 16.0
    front = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]
    top = [(0.0, h), (w, h), (w + dx, h + dy), (dx, h + dy)]
    side = [(w, 0.0), (w + dx, dy), (w + dx, h + dy), (w, h)]
    for face in (front, top, side):
        d.add("equipment", "polygon", _equip(d), face)


def _icon_ramp(d: Drawing) -> None:
    draw_wedge(d, 0.0, 60.0, 22.0)
    draw_half_round(d, 100.0, 26.0, 22.0)
    draw_floor(d, -12.0, 138.0)


def _icon_chair(d: Drawing) -> None:
    draw_chair(d, (0.0, 52.0))
    draw_floor(d, -50.0, 26.0)


def _icon_mat(d: Drawing) -> None:
    # A mat partly rolled out: the flat part and the roll at one end.
    draw_mat(d, 0.0, 130.0)
    roll = (130.0, 16.0)
    d.add("equipment", "circle", _equip(d), (roll, 16.0 - d.stroke / 2))
    d.add("equipment", "circle", _equip(d, False), (roll, 5.0))
    draw_floor(d, -12.0, 160.0)


@dataclass(frozen=True)
class Icon:
    id: str
    title: str
    draw: Callable[[Drawing], None]


ICONS: tuple[Icon, ...] = (
    Icon("equipment_yoga_block", "Yoga block", _icon_block),
    Icon(
        "equipment_ramp", "Ramp: a low wedge or a half-round such as a half foam roller", _icon_ramp
    ),
    Icon("equipment_chair", "Chair or bench to sit on", _icon_chair),
    Icon("equipment_mat", "Exercise mat", _icon_mat),
)


def icon_svgs() -> dict[str, str]:
    out = {}
    for icon in ICONS:

        def build(stroke: float, icon: Icon = icon) -> list[Drawing]:
            d = Drawing(stroke, equip_stroke=ICON_STROKE)
            icon.draw(d)
            return [d]

        (d,), frame = framed(build, fill=0.8, max_scale=10.0, floor_y=None)
        out[icon.id] = drawing_svg(d, frame, icon.title)
    return out


def all_svgs() -> dict[str, str]:
    """Every illustration id -> its SVG text (what ``render_illustrations.py`` writes)."""
    return {**pose_svgs(), **icon_svgs()}


def titles() -> dict[str, str]:
    return {**{p.id: p.title for p in POSES}, **{i.id: i.title for i in ICONS}}

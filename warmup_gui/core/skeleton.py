"""A side-view human skeleton: joint angles in, joint positions out, and a solver that finds
the angles a pose leaves open so that its contacts hold.

Conventions (the "body frame"): x points the way the figure faces, y points up, the top of the
floor is y = 0, lengths are body units (a figure 200 units tall, so 1 unit is about 9 mm).
Angles are anatomical degrees, each relative to its parent segment:

* ``trunk``: lean of the lumbar segment from vertical, forward positive (-90 = lying on the back).
* ``spine_low`` / ``spine_up``: flexion between the three trunk segments (the back rounds).
* ``neck``: flexion of the neck from the line of the upper trunk (negative = extension);
  ``head``: a further nod of the head (positive = chin down, negative = looking up).
* ``<side>_shoulder``: flexion, 0 = arm hanging along the trunk, 180 = straight overhead;
  ``_elbow`` and ``_wrist``: flexion.
* ``<side>_hip`` / ``_knee``: flexion; ``<side>_ankle``: dorsiflexion (toes up) from a foot at
  right angles to the shin, negative = pointing the foot; ``<side>_toes``: toe extension.

``<side>`` is ``near`` or ``far``: the near side faces the viewer and is the working side. A
``far_*`` angle that is not given copies the ``near_*`` one, so symmetric poses list one side.

Contacts are residuals: functions of a skeleton that are 0 when the contact holds. Surfaces are
touched by the body's outline, not its bones: each joint has a radius (``RADIUS``), the
thickness of the drawn body around it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence

from warmup_gui.core.record import frozen_record

Point = tuple[float, float]

# Segment lengths: the usual anthropometric ratios of a 200-unit figure (hip 0.53 H,
# shoulder 0.82 H, arm 0.44 H, thigh = shin 0.25 H).
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
# The foot in its own frame: along the sole (toward the toes) and up the shin.
ANKLE_HEIGHT = 5.5  # ankle joint above the sole line
HEEL_BACK = 7.0  # heel behind the ankle
BALL_FORWARD = 17.0  # ball of the foot in front of the ankle
TOES = 7.0  # ball to tip of the toes

# How thick the drawn body is around each point (half its width), in body units.
RADIUS: dict[str, float] = {
    "hip": 11.0,
    "waist": 9.0,
    "chest": 11.5,
    "shoulder": 8.5,
    "neck": 4.2,
    "head": 11.5,
    "elbow": 3.4,
    "wrist": 2.5,
    "fingertip": 1.6,
    "knee": 5.0,
    "ankle": 3.0,
    "heel": 3.2,
    "ball": 2.4,
    "toe": 1.7,
}
UPPER_ARM_R = 4.3  # at the shoulder
THIGH_R = 8.0  # at the hip
CALF_R = 5.6  # the widest part of the shin, a third of the way down

# Relative masses and where along each segment its centre of mass lies (Dempster-style
# figures), used to keep a standing figure balanced over its feet.
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
SIDE_ANGLES = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle", "toes")
ANGLE_NAMES = (
    "trunk",
    "spine_low",
    "spine_up",
    "neck",
    "head",
    *(f"{side}_{name}" for side in SIDES for name in SIDE_ANGLES),
)


def radius(point: str) -> float:
    """The body's thickness around a joint (``near_heel`` -> the heel's)."""
    return RADIUS[point.split("_", 1)[1] if point.startswith(SIDES) else point]


def add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def scale(a: Point, k: float) -> Point:
    return (a[0] * k, a[1] * k)


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def direction(deg: float) -> Point:
    rad = math.radians(deg)
    return (math.cos(rad), math.sin(rad))


def dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _cross_norm(u: Point, v: Point) -> float:
    return (u[0] * v[1] - u[1] * v[0]) / (math.hypot(*u) * math.hypot(*v))


@frozen_record
class Skeleton:
    """Joint positions (body frame), each segment's absolute direction and the full angle set."""

    points: dict[str, Point]
    directions: dict[str, float]
    angles: dict[str, float]

    def __getitem__(self, name: str) -> Point:
        return self.points[name]

    @property
    def origin(self) -> Point:
        return self.points["hip"]


def full_angles(angles: Mapping[str, float]) -> dict[str, float]:
    """Fill in defaults (0) and copy near-side angles to the far-side ones not given."""
    unknown = set(angles) - set(ANGLE_NAMES)
    if unknown:
        raise KeyError(f"unknown angle names: {sorted(unknown)}")
    out = {name: float(angles.get(name, 0.0)) for name in ANGLE_NAMES}
    for name in SIDE_ANGLES:
        if f"far_{name}" not in angles:
            out[f"far_{name}"] = out[f"near_{name}"]
    return out


def forward_kinematics(angles: Mapping[str, float], origin: Point = (0.0, 0.0)) -> Skeleton:
    """Joint positions for fully given angles, with the hip joint at ``origin``."""
    a = full_angles(angles)
    pts: dict[str, Point] = {"hip": origin}
    dirs: dict[str, float] = {}

    def seg(parent: str, child: str, length: float, deg: float, name: str) -> None:
        pts[child] = add(pts[parent], scale(direction(deg), length))
        dirs[name] = deg

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
    pts["nose"] = add(pts["head"], scale(direction(head - 90.0), RADIUS["head"]))

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
        along, up = direction(sole), direction(sole + 90.0)
        under_ankle = sub(pts[s + "ankle"], scale(up, ANKLE_HEIGHT))
        pts[s + "heel"] = sub(under_ankle, scale(along, HEEL_BACK))
        pts[s + "ball"] = add(under_ankle, scale(along, BALL_FORWARD))
        seg(s + "ball", s + "toe", TOES, sole + a[s + "toes"], s + "toes")
    return Skeleton(points=pts, directions=dirs, angles=a)


def segment_lengths(sk: Skeleton) -> dict[str, float]:
    """Measured length of every fixed-length segment."""
    p = sk.points
    out = {
        "lumbar": dist(p["hip"], p["waist"]),
        "thorax_low": dist(p["waist"], p["chest"]),
        "thorax_up": dist(p["chest"], p["shoulder"]),
        "neck": dist(p["shoulder"], p["neck"]),
        "head": dist(p["neck"], p["head"]),
    }
    for side in SIDES:
        s = f"{side}_"
        out[s + "upper_arm"] = dist(p["shoulder"], p[s + "elbow"])
        out[s + "forearm"] = dist(p[s + "elbow"], p[s + "wrist"])
        out[s + "hand"] = dist(p[s + "wrist"], p[s + "fingertip"])
        out[s + "thigh"] = dist(p["hip"], p[s + "knee"])
        out[s + "shin"] = dist(p[s + "knee"], p[s + "ankle"])
        out[s + "foot"] = dist(p[s + "heel"], p[s + "ball"])
        out[s + "ankle_to_heel"] = dist(p[s + "ankle"], p[s + "heel"])
        out[s + "toes"] = dist(p[s + "ball"], p[s + "toe"])
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
    x = sum(_MASS[n][0] * lerp(a, b, _MASS[n][1])[0] for n, a, b in parts) / total
    y = sum(_MASS[n][0] * lerp(a, b, _MASS[n][1])[1] for n, a, b in parts) / total
    return (x, y)


# --------------------------------------------------------------------------- contacts

Residual = Callable[[Skeleton], float]


def on(point: str, surface: float) -> tuple[Residual, ...]:
    """The body at ``point`` rests on a surface whose top is at height ``surface``."""
    r = radius(point)
    return (lambda sk: sk[point][1] - (surface + r),)


def at_x(point: str, x: float) -> tuple[Residual, ...]:
    """Pin ``point`` horizontally (places the figure in its scene)."""
    return (lambda sk: sk[point][0] - x,)


def near_to(point: str, target: str, dx: float, dy: float) -> tuple[Residual, ...]:
    """``point`` sits ``dx`` ahead of and ``dy`` above ``target``."""
    return (
        lambda sk: sk[point][0] - (sk[target][0] + dx),
        lambda sk: sk[point][1] - (sk[target][1] + dy),
    )


def on_segment(point: str, a: str, b: str, t: float, gap: float) -> tuple[Residual, ...]:
    """``point`` lies ``gap`` above the bone a-b, a fraction ``t`` of the way along it (a hand
    resting on a thigh: the gap is the two thicknesses)."""

    def spot(sk: Skeleton) -> Point:
        d = sub(sk[b], sk[a])
        normal = scale((-d[1], d[0]), 1.0 / math.hypot(*d))
        if normal[1] < 0:
            normal = scale(normal, -1.0)
        return add(lerp(sk[a], sk[b], t), scale(normal, gap))

    return (lambda sk: sk[point][0] - spot(sk)[0], lambda sk: sk[point][1] - spot(sk)[1])


def aiming(base: str, tip: str, target: str) -> tuple[Residual, ...]:
    """The line base->tip points at ``target`` (a reach toward something out of range)."""
    return (lambda sk: 100.0 * _cross_norm(sub(sk[tip], sk[base]), sub(sk[target], sk[base])),)


def parallel(a: str, b: str, c: str, d: str) -> tuple[Residual, ...]:
    """Segment a-b runs parallel to segment c-d (a hand lying along a thigh)."""
    return (lambda sk: 100.0 * _cross_norm(sub(sk[b], sk[a]), sub(sk[d], sk[c])),)


def balanced(back: str, front: str, t: float = 0.5) -> tuple[Residual, ...]:
    """The centre of mass is above the point a fraction ``t`` of the way from back to front."""
    return (lambda sk: center_of_mass(sk)[0] - lerp(sk[back], sk[front], t)[0],)


def contacts(*groups: Iterable[Residual]) -> tuple[Residual, ...]:
    return tuple(r for g in groups for r in g)


# --------------------------------------------------------------------------- solver


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
    origin: Point = (0.0, 0.0),
    strict: bool = True,
    tolerance: float = 1e-9,
) -> Skeleton:
    """Find the unknown angles (starting from their given values) and the figure's position
    (starting from ``origin``) so that every residual is within ``tolerance`` of zero:
    Levenberg-Marquardt with a numeric Jacobian."""
    given = dict(angles)
    x = [origin[0], origin[1]] + [float(given.get(name, 0.0)) for name in unknowns]

    def build(v: Sequence[float]) -> Skeleton:
        trial = dict(given)
        trial.update(zip(unknowns, v[2:], strict=True))
        return forward_kinematics(trial, origin=(v[0], v[1]))

    def errors(v: Sequence[float]) -> list[float]:
        sk = build(v)
        return [r(sk) for r in residuals]

    def cost(err: Sequence[float]) -> float:
        return sum(e * e for e in err)

    eps, damping = 1e-6, 1e-3
    err = errors(x)
    for _ in range(500):
        if max((abs(e) for e in err), default=0.0) < tolerance:
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

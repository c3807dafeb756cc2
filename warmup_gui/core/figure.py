"""The figure as flat shapes: a body with volume, its equipment, framed in a picture.

:func:`figure_shapes` turns a solved skeleton into filled outlines (tapered limbs, a torso
that widens at the chest and hips, a head, hands and feet) and the equipment around it. The
shapes are plain data in picture coordinates (a 400 x 300 view box, y down); the window paints
them with QPainter, and :mod:`warmup_gui.core.figure_svg` writes the same shapes as SVG for the
handout and the bundled illustrations, so the figure is drawn one way only.

Every movement is framed at one body size (``body_scale``): the figure is the same size
standing, sitting or lying. The working side is near and dark; ``mirrored`` shows the other side.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from warmup_gui.core.figure_motion import FigureTime, Half, MovingFigure
from warmup_gui.core.palette import ARROW, BODY, EQUIPMENT, EQUIPMENT_EDGE, FAR, FLOOR, NEAR, RIM
from warmup_gui.core.pose_library import (
    BACKREST,
    BLOCK_ACROSS,
    BLOCK_ALONG,
    MAT_H,
    MOVEMENTS,
    RAMP_H,
    RAMP_HALF_W,
    SEAT_DEPTH,
    SEAT_FRONT,
    Block,
    Chair,
    Mat,
    Movement,
    Ramp,
)
from warmup_gui.core.record import frozen_record, replace
from warmup_gui.core.skeleton import (
    CALF_R,
    RADIUS,
    THIGH_R,
    UPPER_ARM_R,
    Point,
    Skeleton,
    add,
    direction,
    lerp,
    radius,
    scale,
    sub,
)

VIEW_W, VIEW_H = 400.0, 300.0
FLOOR_Y = 284.0  # the top of the floor in every picture
FILL = 0.92  # a movement's widest moment is at most this share of the picture wide...
HEIGHT_FILL = 0.93  # ...and rises at most this share of its height above the floor
OUTLINE = 1.3  # body units: the light rim that keeps overlapping parts apart
PACER_SHARE = 0.4

@frozen_record
class Shape:
    """A filled outline (``points``), a disc (``centre`` and ``radius``) or a stroked line
    (``points`` with ``width`` and no ``fill``), in picture coordinates."""

    fill: str = ""  # colour role, "" for none
    stroke: str = ""
    width: float = 0.0  # stroke width
    points: tuple[Point, ...] = ()
    centre: Point = (0.0, 0.0)
    radius: float = 0.0
    closed: bool = True
    arrowhead: bool = False  # a stroked line ending in an arrowhead


# --------------------------------------------------------------------------- outlines


def _arc(c: Point, r: float, a0: float, a1: float, n: int = 9) -> list[Point]:
    return [add(c, scale(direction(a0 + (a1 - a0) * i / n), r)) for i in range(n + 1)]


def _heading(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def capsule(a: Point, b: Point, ra: float, rb: float) -> list[Point]:
    """A tapered limb: round ends of radius ``ra`` at a and ``rb`` at b."""
    h = _heading(a, b)
    return _arc(b, rb, h - 90, h + 90) + _arc(a, ra, h + 90, h + 270)


def tube(points: Sequence[Point], radii: Sequence[float]) -> list[Point]:
    """A body of varying width along a polyline, with round ends (the torso)."""
    n = len(points)
    normals = []
    for i in range(n):
        a, b = points[max(0, i - 1)], points[min(n - 1, i + 1)]
        h = math.radians(_heading(a, b) + 90)
        normals.append((math.cos(h), math.sin(h)))
    left = [add(p, scale(nm, r)) for p, nm, r in zip(points, normals, radii, strict=True)]
    right = [sub(p, scale(nm, r)) for p, nm, r in zip(points, normals, radii, strict=True)]
    end_h, start_h = _heading(points[-2], points[-1]), _heading(points[0], points[1])
    return (left + _arc(points[-1], radii[-1], end_h + 90, end_h - 90)[1:-1] + right[::-1]
            + _arc(points[0], radii[0], start_h - 90, start_h - 270)[1:-1])


def _smooth(points: Sequence[Point], radii: Sequence[float], steps: int = 4
            ) -> tuple[list[Point], list[float]]:
    """Catmull-Rom through the points (and linear radii), ``steps`` pieces per segment."""
    pts: list[Point] = []
    rs: list[float] = []
    n = len(points)
    for i in range(n - 1):
        p0, p1, p2 = points[max(0, i - 1)], points[i], points[i + 1]
        p3 = points[min(n - 1, i + 2)]
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            pts.append(tuple(  # type: ignore[arg-type]
                0.5 * (2 * p1[j] + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j]
                       - p3[j]) * t2 + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3)
                for j in range(2)))
            rs.append(radii[i] + (radii[i + 1] - radii[i]) * t)
    return [*pts, points[-1]], [*rs, radii[-1]]


# --------------------------------------------------------------------------- body parts

Part = list[list[Point]]  # the outlines of one body part, painted as one colour


def _leg(sk: Skeleton, side: str, grow: float = 0.0) -> Part:
    """The leg and foot; ``grow`` thickens every part (for the rim around it)."""
    s = f"{side}_"
    p = sk.points
    r = {name: RADIUS[name] + grow for name in ("knee", "ankle", "heel", "ball", "toe")}
    calf = lerp(p[s + "knee"], p[s + "ankle"], 0.3)
    return [
        capsule(p["hip"], p[s + "knee"], THIGH_R + grow, r["knee"]),
        capsule(p[s + "knee"], calf, r["knee"], CALF_R + grow),
        capsule(calf, p[s + "ankle"], CALF_R + grow, r["ankle"]),
        capsule(p[s + "ankle"], p[s + "heel"], r["ankle"], r["heel"]),
        capsule(p[s + "heel"], p[s + "ball"], r["heel"], r["ball"]),
        capsule(p[s + "ankle"], p[s + "ball"], r["ankle"], r["ball"]),
        capsule(p[s + "ball"], p[s + "toe"], r["ball"], r["toe"]),
    ]


def _arm(sk: Skeleton, side: str, grow: float = 0.0) -> Part:
    """The arm and hand; ``grow`` thickens every part (for the rim around it)."""
    s = f"{side}_"
    p = sk.points
    r = {name: RADIUS[name] + grow for name in ("elbow", "wrist", "fingertip")}
    return [
        capsule(p["shoulder"], p[s + "elbow"], UPPER_ARM_R + grow, r["elbow"]),
        capsule(p[s + "elbow"], p[s + "wrist"], r["elbow"], r["wrist"]),
        capsule(p[s + "wrist"], p[s + "fingertip"], r["wrist"] + 0.3, r["fingertip"]),
    ]


def _trunk(sk: Skeleton) -> Part:
    names = ("hip", "waist", "chest", "shoulder")
    pts, rs = _smooth([sk[n] for n in names], [RADIUS[n] for n in names])
    head_r = RADIUS["head"]
    nose = add(sk["head"], scale(direction(_heading(sk["head"], sk["nose"])), head_r + 0.2))
    return [
        tube(pts, rs),
        capsule(sk["shoulder"], sk["neck"], RADIUS["neck"] + 1.0, RADIUS["neck"]),
        _arc(sk["head"], head_r, 0, 360, 18),
        _arc(nose, 3.4, 0, 360, 8),
    ]


# --------------------------------------------------------------------------- equipment


def _half_round(x: float) -> list[Point]:
    return [(x + RAMP_HALF_W * math.cos(math.radians(a)), RAMP_H * math.sin(math.radians(a)))
            for a in (180 * i / 16 for i in range(17))]


def _block(sk: Skeleton) -> list[Point]:
    thigh = sk.directions["near_thigh"]
    up, across = direction(thigh + 180.0), direction(thigh + 90.0)
    centre = add(sk["near_knee"], scale(up, BLOCK_ALONG / 2 + 4.0))  # between the thighs
    return [add(centre, add(scale(up, a * BLOCK_ALONG / 2), scale(across, b * BLOCK_ACROSS / 2)))
            for a, b in ((1, 1), (1, -1), (-1, -1), (-1, 1))]


def chair_outlines(hip: Point) -> list[list[Point]]:
    seat_top = hip[1] - RADIUS["hip"]
    front = hip[0] + SEAT_FRONT
    back = front - SEAT_DEPTH
    t = 4.0  # the chair's thickness
    seat = [(back, seat_top), (front, seat_top), (front, seat_top - t), (back, seat_top - t)]
    front_leg = [(front - 2 * t, seat_top - t), (front - t, seat_top - t), (front - t, 0.0),
                 (front - 2 * t, 0.0)]
    back_leg = [(back, 0.0), (back + t, 0.0), (back + t, seat_top - t), (back - 3.0, seat_top
                 + BACKREST), (back - 3.0 - t, seat_top + BACKREST), (back, seat_top - t)]
    return [seat, front_leg, back_leg]


# --------------------------------------------------------------------------- framing


@frozen_record
class Frame:
    """Maps body units onto the picture: one scale, the floor line, facing left (the body
    frame's x mirrored) or, ``mirrored``, facing right."""

    scale: float
    centre_x: float  # this body x...
    view_x: float = VIEW_W / 2  # ...is drawn at this picture x
    mirrored: bool = False

    def __call__(self, p: Point) -> Point:
        x = self.view_x - self.scale * (p[0] - self.centre_x)
        return (VIEW_W - x if self.mirrored else x, FLOOR_Y - self.scale * p[1])

    def body_x(self, view_x: float) -> float:
        """The body x drawn at a picture x (facing left)."""
        return self.centre_x - (view_x - self.view_x) / self.scale

    def mirror(self) -> Frame:
        return replace(self, mirrored=not self.mirrored)


def _outlines(sk: Skeleton) -> list[list[Point]]:
    return [*_leg(sk, "near"), *_leg(sk, "far"), *_arm(sk, "near"), *_arm(sk, "far"),
            *_trunk(sk)]


@cache
def _extent(movement: Movement) -> tuple[float, float, float]:
    """The leftmost and rightmost body x and the top over a whole rep (outlines included)."""
    fig = moving_figure(movement)
    xs: list[float] = []
    top = 0.0
    for half in (Half.OUT, Half.BACK):
        for i in range(9):
            sk = fig.skeleton(FigureTime(half, i / 8))
            for outline in _outlines(sk):
                xs += [p[0] for p in outline]
                top = max(top, *(p[1] for p in outline))
    if any(isinstance(p, Mat) for p in movement.props):
        xs += [min(xs) - 6.0, max(xs) + 6.0]
    if any(isinstance(p, Chair) for p in movement.props):
        xs.append(fig.skeleton(FigureTime.at_start())["hip"][0] + SEAT_FRONT - SEAT_DEPTH - 8)
    return min(xs), max(xs), top


@cache
def moving_figure(movement: Movement) -> MovingFigure:
    return MovingFigure(movement)


@cache
def body_scale() -> float:
    """Picture units per body unit: the largest that fits every movement's whole rep."""
    fits = []
    for m in MOVEMENTS:
        x0, x1, top = _extent(m)
        fits += [FILL * VIEW_W / (x1 - x0), HEIGHT_FILL * FLOOR_Y / top]
    return min(fits)


def pacer_share(movement: Movement) -> float:
    """How much of the picture's width the breathing pacer takes beside the figure (on the
    side the figure faces away from) in a movement that breathes at its end pose."""
    return PACER_SHARE if movement.breath else 0.0


@cache
def frame_for(movement: Movement) -> Frame:
    """The movement centred in the picture at the one body size, in the part left free by
    the breathing pacer."""
    x0, x1, _ = _extent(movement)
    return Frame(body_scale(), (x0 + x1) / 2, VIEW_W * (1 - pacer_share(movement)) / 2)


# --------------------------------------------------------------------------- shapes


def _part(outlines: Part, frame: Frame, role: str) -> list[Shape]:
    return [Shape(fill=role, points=tuple(frame(p) for p in o)) for o in outlines]


def scene_shapes(movement: Movement, frame: Frame, start: Skeleton) -> list[Shape]:
    """What stays put through a rep: the floor and the equipment placed where the rep began
    (the ramp under the feet, the chair under the seat, the mat)."""
    edge = 2.0 * frame.scale
    floor = ((frame.body_x(8.0), -0.8), (frame.body_x(VIEW_W - 8.0), -0.8))
    shapes = [Shape(stroke=FLOOR, width=2.4 * frame.scale, closed=False,
                    points=tuple(frame(p) for p in floor))]
    for prop in movement.props:
        outlines: list[list[Point]] = []
        if isinstance(prop, Ramp):
            outlines = [_half_round(start[prop.under][0])]
        elif isinstance(prop, Chair):
            outlines = chair_outlines(start["hip"])
        elif isinstance(prop, Mat):
            xa, xb, _ = _extent(movement)
            outlines = [[(xa, 0.0), (xb, 0.0), (xb, MAT_H), (xa, MAT_H)]]
        shapes += [Shape(fill=EQUIPMENT, stroke=EQUIPMENT_EDGE, width=edge,
                         points=tuple(frame(p) for p in o)) for o in outlines]
    return shapes


def body_shapes(movement: Movement, sk: Skeleton, frame: Frame) -> list[Shape]:
    """The figure and what moves with it (a block squeezed between the knees), back to front:
    the far limbs, the trunk and head, then the near (working) limbs with a light rim."""
    shapes = [] if movement.reaching_far_arm else _part(_arm(sk, "far"), frame, FAR)
    shapes += _part(_leg(sk, "far"), frame, FAR)
    if any(isinstance(p, Block) for p in movement.props):
        shapes.append(Shape(fill=EQUIPMENT, stroke=EQUIPMENT_EDGE, width=2.0 * frame.scale,
                            points=tuple(frame(p) for p in _block(sk))))
    shapes += _part(_trunk(sk), frame, BODY)
    near = [*_leg(sk, "near"), *_arm(sk, "near")]
    rim = [*_leg(sk, "near", OUTLINE), *_arm(sk, "near", OUTLINE)]
    shapes += _part(rim, frame, RIM) + _part(near, frame, NEAR)
    if movement.reaching_far_arm:
        # The reach across the body is the point: in front of everything, rimmed, in the
        # other side's light tone, so it reads as the opposite hand.
        shapes += _part(_arm(sk, "far", OUTLINE), frame, RIM) + _part(_arm(sk, "far"), frame, FAR)
    return shapes


def figure_shapes(movement: Movement, sk: Skeleton, frame: Frame,
                  start: Skeleton | None = None) -> list[Shape]:
    """The whole picture at one moment, back to front. ``start`` places what stays put (the
    chair, the mat) where the rep began."""
    return scene_shapes(movement, frame, start or sk) + body_shapes(movement, sk, frame)


def motion_arrows(movement: Movement, frame: Frame) -> list[Shape]:
    """The paths the movement's lead points take on the way out, as arrows beside them."""
    figure = moving_figure(movement)
    mid = figure.skeleton(FigureTime.at_start())["hip"]
    arrows = []
    for point in movement.arrows:
        r = (radius(point) if point != "nose" else RADIUS["head"]) + 9.0
        # Offset the path outward (away from the body's middle) so it runs beside the limb.
        points = []
        for p in figure.path(point)[2:-1]:
            away = sub(p, mid)
            n = math.hypot(*away) or 1.0
            points.append(frame(add(p, scale(away, r / n))))
        arrows.append(Shape(stroke=ARROW, width=3.2 * frame.scale, points=tuple(points),
                            closed=False, arrowhead=True))
    return arrows


def arrowhead(shape: Shape) -> list[Point]:
    """The head at the end of an arrow line, as a filled triangle."""
    (x0, y0), (x1, y1) = shape.points[-2], shape.points[-1]
    h = math.atan2(y1 - y0, x1 - x0)
    size = shape.width * 2.6
    return [(x1 + math.cos(h) * size * 0.6, y1 + math.sin(h) * size * 0.6),
            (x1 + math.cos(h + 2.4) * size, y1 + math.sin(h + 2.4) * size),
            (x1 + math.cos(h - 2.4) * size, y1 + math.sin(h - 2.4) * size)]


def shapes_extent(shapes: Sequence[Shape]) -> tuple[float, float, float, float] | None:
    """The box (x0, y0, x1, y1) the shapes' ink covers, the floor line left out (it runs the
    picture's width); None when nothing else is drawn. A thumbnail frames this."""
    xs: list[float] = []
    ys: list[float] = []
    for shape in shapes:
        if FLOOR in (shape.fill, shape.stroke):
            continue
        pad = shape.width / 2 + shape.radius
        points = [shape.centre] if shape.radius > 0 else list(shape.points)
        for x, y in points:
            xs += [x - pad, x + pad]
            ys += [y - pad, y + pad]
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def still_shapes(movement: Movement, at_end: bool, mirrored: bool = False) -> list[Shape]:
    """A still picture of a movement: its start pose, or its end pose with the motion arrow."""
    return list(_still_shapes(movement, at_end, mirrored))


@cache
def _still_shapes(movement: Movement, at_end: bool, mirrored: bool) -> tuple[Shape, ...]:
    figure = moving_figure(movement)
    frame = frame_for(movement).mirror() if mirrored else frame_for(movement)
    start = figure.skeleton(FigureTime.at_start())
    if not at_end:
        return tuple(figure_shapes(movement, start, frame, start))
    shapes = figure_shapes(movement, figure.skeleton(FigureTime(Half.HOLD, 1.0)), frame, start)
    return tuple(shapes + motion_arrows(movement, frame))

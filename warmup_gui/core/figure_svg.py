"""The figure's shapes as SVG text: the bundled illustrations and equipment icons.

Still pictures come from the same model as the moving figure: a movement's start pose, and
its end pose with an arrow along the path its lead point takes. ``python
tools/render_illustrations.py`` writes them to ``assets/illustrations/``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from warmup_gui.core.figure import (
    VIEW_H,
    VIEW_W,
    Shape,
    arrowhead,
    chair_outlines,
    still_shapes,
)
from warmup_gui.core.palette import EQUIPMENT, EQUIPMENT_EDGE, FLOOR, PALETTE
from warmup_gui.core.pose_library import ALIASES, MOVEMENTS, Movement, Pose
from warmup_gui.core.skeleton import Point


def _num(v: float) -> str:
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _element(shape: Shape) -> list[str]:
    fill = PALETTE[shape.fill] if shape.fill else "none"
    stroke = (f' stroke="{PALETTE[shape.stroke]}" stroke-width="{_num(shape.width)}"'
              if shape.stroke else "")
    if shape.radius > 0:
        cx, cy = shape.centre
        return [f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{_num(shape.radius)}" '
                f'fill="{fill}"{stroke}/>']
    coords = " ".join(f"{_num(x)},{_num(y)}" for x, y in shape.points)
    tag = "polygon" if shape.closed else "polyline"
    out = [f'<{tag} points="{coords}" fill="{fill}"{stroke}/>']
    if shape.arrowhead:
        head = " ".join(f"{_num(x)},{_num(y)}" for x, y in arrowhead(shape))
        out.append(f'<polygon points="{head}" fill="{PALETTE[shape.stroke]}"/>')
    return out


def shapes_svg(shapes: list[Shape], title: str) -> str:
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_num(VIEW_W)} {_num(VIEW_H)}">',
        f"<title>{_escape(title)}</title>",
        '<g stroke-linecap="round" stroke-linejoin="round">',
    ]
    for shape in shapes:
        lines += _element(shape)
    lines += ["</g>", "</svg>", ""]
    return "\n".join(lines)


def _still(movement: Movement, pose: Pose, mirrored: bool) -> str:
    return shapes_svg(still_shapes(movement, pose is movement.end, mirrored), pose.title)


def pose_svgs() -> dict[str, str]:
    """Every pose id (and each older id still accepted) -> its still picture."""
    out: dict[str, str] = {}
    for m in MOVEMENTS:
        for pose in (m.start, m.end):
            out.setdefault(pose.id, _still(m, pose, False))
    for alias, (pose, mirrored) in ALIASES.items():
        m = next(m for m in MOVEMENTS if m.end is pose or m.start is pose)
        out[alias] = _still(m, pose, mirrored)
    return out


# --------------------------------------------------------------------------- equipment icons


def _fit(outlines: list[list[Point]], floor: tuple[float, float] | None) -> list[Shape]:
    """Equipment outlines (body units, y up) centred in the picture, 80 % of it at most."""
    xs = [p[0] for o in outlines for p in o]
    ys = [p[1] for o in outlines for p in o]
    k = min(0.8 * VIEW_W / (max(xs) - min(xs)), 0.8 * VIEW_H / (max(ys) - min(ys)))
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2

    def view(p: Point) -> Point:
        return (VIEW_W / 2 + k * (p[0] - cx), VIEW_H / 2 - k * (p[1] - cy))

    shapes = []
    if floor is not None:
        shapes.append(Shape(stroke=FLOOR, width=6.0, closed=False,
                            points=(view((floor[0], -1.0)), view((floor[1], -1.0)))))
    return shapes + [Shape(fill=EQUIPMENT, stroke=EQUIPMENT_EDGE, width=5.0,
                           points=tuple(view(p) for p in o)) for o in outlines]


def _block() -> list[Shape]:
    w, h, dx, dy = 70.0, 42.0, 26.0, 16.0  # a yoga block seen at an angle
    front = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]
    top = [(0.0, h), (w, h), (w + dx, h + dy), (dx, h + dy)]
    side = [(w, 0.0), (w + dx, dy), (w + dx, h + dy), (w, h)]
    return _fit([front, top, side], None)


def _ramp() -> list[Shape]:
    wedge = [(0.0, 0.0), (60.0, 0.0), (60.0, 22.0)]
    half_round = [(100.0 + 26.0 * math.cos(math.radians(a)), 22.0 * math.sin(math.radians(a)))
                  for a in (180 * i / 16 for i in range(17))]
    return _fit([wedge, half_round], (-12.0, 138.0))


def _chair() -> list[Shape]:
    return _fit(chair_outlines((0.0, 52.0)), (-50.0, 26.0))


def _mat() -> list[Shape]:
    flat = [(0.0, 0.0), (130.0, 0.0), (130.0, 8.0), (0.0, 8.0)]
    roll = [(130.0 + 16.0 * math.cos(math.radians(a)), 16.0 + 16.0 * math.sin(math.radians(a)))
            for a in range(0, 360, 15)]
    return _fit([flat, roll], (-12.0, 160.0))


ICONS: dict[str, tuple[str, Callable[[], list[Shape]]]] = {
    "equipment_yoga_block": ("Yoga block", _block),
    "equipment_ramp": ("Ramp: a low wedge or a half-round such as a half foam roller", _ramp),
    "equipment_chair": ("Chair or bench to sit on", _chair),
    "equipment_mat": ("Exercise mat", _mat),
}


def icon_svgs() -> dict[str, str]:
    return {ident: shapes_svg(draw(), title) for ident, (title, draw) in ICONS.items()}


def all_svgs() -> dict[str, str]:
    """Every bundled illustration id -> its SVG text."""
    return {**pose_svgs(), **icon_svgs()}

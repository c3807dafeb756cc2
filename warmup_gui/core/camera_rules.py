"""What a camera watches in an exercise: one joint angle, where a rep starts and how far out
it must go, on which side of the body. An exercise's optional ``camera:`` block in the routine
file (docs/routine-format.md) is read here.

An angle is the one at the middle of three joints, between 0 and 180 degrees: ``[hip, knee,
ankle]`` is the knee, 180 when the leg is straight. A rep starts at ``start_deg`` or beyond it
(away from the far end), reaches ``far_end_deg`` or beyond, and comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warmup_gui.core.routine import CameraRule, CameraSide

if TYPE_CHECKING:
    from yaml.nodes import Node

    from warmup_gui.core.loader import _Reader

# Joints a camera finds on each side of the body, by the pose model's names.
JOINTS = ("shoulder", "elbow", "wrist", "fingertip", "hip", "knee", "ankle", "heel", "toe")
MIN_SPAN_DEG = 20.0  # start and far end closer than this cannot be told apart in a picture


def default_side(has_sides: bool) -> CameraSide:
    """The side a rule watches when it names none: the working side of an exercise done one
    side at a time, else both."""
    return CameraSide.WORKING if has_sides else CameraSide.BOTH


_SIDES_TEXT = ", ".join(s.value for s in CameraSide)


def read_camera(r: _Reader, node: Node, path: str, has_sides: bool) -> CameraRule:
    """An exercise's ``camera`` block; ``has_sides`` when the exercise works one side at a
    time (only then can a rule follow the working side)."""
    f = r.mapping(node, path, ("angle", "joints", "start_deg", "far_end_deg"), ("side",))
    angle = r.text(f["angle"], f"{path}.angle", 40)
    joints = _joints(r, f["joints"], f"{path}.joints")
    start = _degrees(r, f["start_deg"], f"{path}.start_deg")
    far = _degrees(r, f["far_end_deg"], f"{path}.far_end_deg")
    if abs(far - start) < MIN_SPAN_DEG:
        raise r.fail(f["far_end_deg"], f"{path}.far_end_deg",
                     f"expected at least {MIN_SPAN_DEG:g} degrees away from start_deg "
                     f"({start:g}), got {far:g}")
    side = default_side(has_sides)
    if "side" in f:
        word = r.scalar(f["side"], f"{path}.side", f"one of {_SIDES_TEXT}")
        allowed = [s.value for s in CameraSide if has_sides or s is not CameraSide.WORKING]
        if word not in allowed:
            note = "" if has_sides else " (working needs sides: each or alternate)"
            raise r.fail(f["side"], f"{path}.side",
                         f"expected one of {', '.join(allowed)}{note}, got {word!r}")
        side = CameraSide(word)
    return CameraRule(angle, joints, start, far, side)


def _joints(r: _Reader, node: Node, path: str) -> tuple[str, str, str]:
    expected = f"three of {', '.join(JOINTS)}"
    names = [r.scalar(item, sub, expected) for sub, item in r.sequence(node, path, "joints")]
    joints = [name for name in names if isinstance(name, str) and name in JOINTS]
    if len(names) != 3 or len(joints) != 3:
        raise r.fail(node, path, f"expected {expected}, got {names!r}")
    if len(set(joints)) != 3:
        raise r.fail(node, path, f"expected three different joints, got {names!r}")
    return joints[0], joints[1], joints[2]


def _degrees(r: _Reader, node: Node, path: str) -> float:
    value = r.scalar(node, path, "degrees from 0 to 180")
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 180:
        raise r.fail(node, path, f"expected degrees from 0 to 180, got {value!r}")
    return float(value)

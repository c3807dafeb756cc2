"""The bundled poses and the movements between them, as joint-angle data.

A :class:`Pose` is a keyframe: the angles that matter, the angles a solver finds so that its
contacts hold, and the equipment it uses. A :class:`Movement` is one rep between two poses: the
contacts that hold at every moment of it (feet on the ramp, seat on the chair, back on the mat)
with the angles that keep them, when each joint moves within each half of the rep (a roll down
starts at the head, a roll up at the hips), and how the trunk rises with a breath held at the
end pose. Every pose shows the working side nearest the viewer (the figure's left); the other
side is the same picture mirrored.

Routines name poses by id; ``MOVEMENTS`` is keyed by (start id, end id).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache

from warmup_gui.core.skeleton import (
    THIGH_R,
    Residual,
    Skeleton,
    aiming,
    at_x,
    balanced,
    contacts,
    near_to,
    on,
    on_segment,
    parallel,
    radius,
    solve_skeleton,
)

# Equipment sizes (body units; outer edges of the drawn shapes).
RAMP_H = 8.0  # top of the half-round above the floor (3-5 cm, drawn higher to read)
RAMP_HALF_W = 26.0
BLOCK_ACROSS, BLOCK_ALONG = 26.0, 17.0  # a yoga block seen from the side, between the knees
MAT_H = 5.0  # top of the mat above the floor
SEAT_FRONT = 12.0  # the seat's front edge in front of the hip joint: sitting on the edge
SEAT_DEPTH = 46.0
BACKREST = 56.0


@dataclass(frozen=True)
class Ramp:
    """A low half-round (half foam roller, pool noodle) on the floor, under ``under``."""

    under: str


@dataclass(frozen=True)
class Block:
    """A yoga block squeezed between the knees, seen behind the near knee."""


@dataclass(frozen=True)
class Chair:
    """A chair whose seat carries the hip: the figure sits on its front edge."""


@dataclass(frozen=True)
class Mat:
    """An exercise mat on the floor, as long as the figure needs."""


Prop = Ramp | Block | Chair | Mat


@dataclass(frozen=True, eq=False)
class Pose:
    id: str
    title: str  # alt text
    angles: Mapping[str, float]
    solve: tuple[str, ...] = ()  # angles the solver finds (given values are first guesses)
    contacts: tuple[Residual, ...] = ()
    props: tuple[Prop, ...] = ()

    def skeleton(self) -> Skeleton:
        return solve_skeleton(self.angles, self.solve, self.contacts)


Window = tuple[float, float]  # the share of a half-rep in which a joint moves


@dataclass(frozen=True, eq=False)  # compared and hashed by identity
class Movement:
    """One rep from ``start`` out to ``end`` and back, with what holds throughout."""

    start: Pose
    end: Pose
    holds: tuple[Residual, ...]  # contacts kept at every moment
    free: tuple[str, ...]  # the angles that keep them (solved at every moment)
    out: Mapping[str, Window] = field(default_factory=dict)  # joint -> window; else (0, 1)
    back: Mapping[str, Window] = field(default_factory=dict)
    breath: Mapping[str, float] = field(default_factory=dict)  # degrees added at full lungs
    arc: Mapping[str, float] = field(default_factory=dict)  # degrees added halfway, both ways
    # Shoulder angles whose upper arm turns evenly in the room from pose to pose, whatever
    # the trunk does meanwhile: arms that hang and swing in front, never through the body.
    hang: tuple[str, ...] = ()
    # A reach and breath in at the start pose before moving out, where a routine has one:
    # degrees added at its fullest, halfway through it.
    top_reach: Mapping[str, float] = field(default_factory=dict)
    arrows: tuple[str, ...] = ()  # points whose paths the still pictures draw as arrows
    reaching_far_arm: bool = False  # the far arm works: drawn dark, in front of the trunk

    @property
    def props(self) -> tuple[Prop, ...]:
        return self.start.props


def _windows(groups: Mapping[tuple[str, ...], Window]) -> dict[str, Window]:
    return {name: window for names, window in groups.items() for name in names}


_ARMS = ("near_shoulder", "far_shoulder", "near_elbow", "far_elbow", "near_wrist", "far_wrist")

# --------------------------------------------------------------------------- standing folds
# Feet together, knees soft, a block between the knees. The hip angle is solved at every moment
# so that the figure stays balanced over its feet.
_TT_TOP = {
    "trunk": 2.0,
    "spine_low": -2.0,
    "neck": -3.0,
    "near_shoulder": 160.0,  # the arms a little apart, so both show above the head
    "far_shoulder": 172.0,
    "near_wrist": 0.0,
    "near_hip": 10.0,
    "near_knee": 14.0,
}
# At the bottom the body hangs forward from the hips: back rounded, head hanging by the knees,
# chin tucked, the arms reaching down toward the toes with the fingertips a few centimetres
# short of them (aim for the toes; touching them is not the goal).
_TT_BOTTOM = {
    "trunk": 100.0,
    "spine_low": 30.0,
    "spine_up": 38.0,
    "neck": 50.0,
    "head": 20.0,
    "near_shoulder": 120.0,
    "far_shoulder": 126.0,
    "near_elbow": 4.0,
    "near_wrist": 8.0,
    "near_hip": 120.0,
    "near_knee": 20.0,  # soft, not locked
}
_TOES_UP = contacts(at_x("near_heel", 0.0), on("near_heel", 0.0), on("near_ball", RAMP_H))
_HEELS_UP = contacts(
    at_x("near_heel", 0.0), on("near_heel", RAMP_H), on("near_ball", 0.0), on("near_toe", 0.0)
)
_BALANCED = balanced("near_heel", "near_ball", 0.45)
_REACHING = near_to("near_fingertip", "near_toe", -4.0, 4.0)
_TT_BOTTOM_SOLVE = ("near_hip", "trunk", "near_shoulder")

TOE_TOUCH_TOES_UP_TOP = Pose(
    id="toe_touch_toes_up_top",
    title="Standing tall, the balls of the feet on the ramp, arms overhead, a block between "
    "the knees",
    angles=_TT_TOP,
    solve=("near_ankle", "near_hip"),
    contacts=contacts(_TOES_UP, _BALANCED),
    props=(Ramp(under="near_ball"), Block()),
)
TOE_TOUCH_TOES_UP_BOTTOM = Pose(
    id="toe_touch_toes_up_bottom",
    title="Folded forward from the hips, the balls of the feet on the ramp, back rounded, head "
    "hanging low, knees soft, fingertips reaching toward the toes",
    angles=_TT_BOTTOM,
    solve=("near_ankle", *_TT_BOTTOM_SOLVE),
    contacts=contacts(_TOES_UP, _BALANCED, _REACHING),
    props=(Ramp(under="near_ball"), Block()),
)
TOE_TOUCH_HEELS_UP_TOP = replace(
    TOE_TOUCH_TOES_UP_TOP,
    id="toe_touch_heels_up_top",
    title="Standing tall, the heels on the ramp, arms overhead, a block between the knees",
    solve=("near_ankle", "near_toes", "near_hip"),
    contacts=contacts(_HEELS_UP, _BALANCED),
    props=(Ramp(under="near_heel"), Block()),
)
TOE_TOUCH_HEELS_UP_BOTTOM = replace(
    TOE_TOUCH_TOES_UP_BOTTOM,
    id="toe_touch_heels_up_bottom",
    title="Folded forward from the hips, the heels on the ramp, back rounded, head hanging "
    "low, knees soft, fingertips reaching toward the toes",
    solve=("near_ankle", "near_toes", *_TT_BOTTOM_SOLVE),
    contacts=contacts(_HEELS_UP, _BALANCED, _REACHING),
    props=(Ramp(under="near_heel"), Block()),
)
# Rolling down starts with the chin and goes down the spine to the hips; rolling up starts at
# the hips and stacks the spine from the bottom, the head comes up last.
_ROLL_DOWN = _windows({
    ("neck", "head"): (0.0, 0.45),
    ("spine_up",): (0.1, 0.65),
    ("spine_low",): (0.2, 0.8),
    ("trunk",): (0.3, 1.0),
    _ARMS: (0.0, 0.8),
})
_ROLL_UP = _windows({
    ("trunk",): (0.0, 0.65),
    ("spine_low",): (0.15, 0.75),
    ("spine_up",): (0.3, 0.85),
    ("neck", "head"): (0.5, 1.0),
    _ARMS: (0.3, 1.0),
})
# Breathing in at the bottom, the back widens and rises a little.
_BELLY_BREATH = {"spine_up": -4.0, "spine_low": -2.5}
# Reaching up with a breath in at the top: the arms go higher, the chest lifts, eyes up.
_REACH_UP = {"near_shoulder": 14.0, "far_shoulder": 8.0, "spine_up": -4.0, "spine_low": -2.0,
             "neck": -8.0}


def _toe_touch(top: Pose, bottom: Pose, free: tuple[str, ...], feet: tuple[Residual, ...]
               ) -> Movement:
    return Movement(top, bottom, holds=contacts(feet, _BALANCED), free=free, out=_ROLL_DOWN,
                    back=_ROLL_UP, breath=_BELLY_BREATH, hang=("near_shoulder", "far_shoulder"),
                    top_reach=_REACH_UP,
                    arrows=("head",))


# --------------------------------------------------------------------------- seated on a chair
# Seated on the front edge of a chair; the near leg works, the far leg stays put with its foot
# flat, the hands rest on the thighs.
_FLOSS = {
    "trunk": 8.0,
    "spine_low": 10.0,
    "spine_up": 12.0,
    "near_shoulder": 20.0,
    "near_elbow": 50.0,
    "near_hip": 96.0,
    "far_hip": 94.0,
    "far_knee": 96.0,
    "far_ankle": 0.0,
    "far_toes": 0.0,
}
_FLOSS_SEAT = contacts(
    at_x("hip", 0.0),
    on("far_heel", 0.0),
    on("far_ball", 0.0),
    on_segment("near_wrist", "hip", "near_knee", 0.62, radius("wrist") + THIGH_R - 2.0),
    parallel("near_wrist", "near_fingertip", "hip", "near_knee"),
)
_FLOSS_SOLVE = ("far_ankle", "near_shoulder", "near_elbow", "near_wrist")

NERVE_FLOSS_BENT = Pose(
    id="nerve_floss_bent",
    title="Seated on the chair edge, back softly rounded, knee bent with the foot back under "
    "the chair, chin to the chest",
    angles={
        **_FLOSS,
        "neck": 28.0,
        "head": 14.0,
        "near_hip": 86.0,
        "near_knee": 116.0,
        "near_ankle": 20.0,
        "near_toes": 15.0,
    },
    solve=(*_FLOSS_SOLVE, "near_ankle", "near_toes"),
    contacts=contacts(_FLOSS_SEAT, on("near_ball", 0.0), on("near_toe", 0.0)),
    props=(Chair(),),
)
NERVE_FLOSS_STRAIGHT = Pose(
    id="nerve_floss_straight",
    title="Seated on the chair edge, knee straight with the toes pulled up, head up looking up",
    angles={**_FLOSS, "neck": -34.0, "head": -24.0, "near_knee": 6.0, "near_ankle": 26.0,
            "near_toes": 12.0},
    solve=_FLOSS_SOLVE,
    contacts=_FLOSS_SEAT,
    props=(Chair(),),
)

# --------------------------------------------------------------------------- supine reach
# On the back on a mat, arms by the sides. The near (working) leg rises straight while the
# shoulders curl up and the far hand reaches toward its foot; the near arm stays on the mat.
_SUPINE = {"trunk": -90.0, "neck": 20.0, "near_shoulder": 8.0, "near_ankle": -25.0}
_SUPINE_ON_MAT = contacts(at_x("hip", 0.0), on("hip", MAT_H))

SUPINE_FLAT = Pose(
    id="supine_flat",
    title="Lying on the back on the mat, legs long, arms by the sides",
    angles=_SUPINE,
    solve=("neck", "near_hip", "near_shoulder"),
    contacts=contacts(
        _SUPINE_ON_MAT,
        on("head", MAT_H),
        on("near_heel", MAT_H),
        on("near_fingertip", MAT_H),
    ),
    props=(Mat(),),
)
SUPINE_REACH = Pose(
    id="supine_reach",
    title="Lying on the back, one leg raised straight, shoulders curled up, the opposite hand "
    "reaching toward that foot, the other arm resting on the mat",
    angles={
        **_SUPINE,
        "spine_low": 14.0,
        "spine_up": 22.0,
        "neck": 22.0,
        "head": 6.0,
        "near_hip": 82.0,
        "near_knee": 4.0,
        "near_ankle": 5.0,
        "far_hip": 0.0,
        "far_knee": 0.0,
        "far_ankle": -25.0,
        "far_shoulder": 80.0,
        "far_elbow": 3.0,
        "near_shoulder": 8.0,
    },
    solve=("far_hip", "near_shoulder", "far_shoulder"),
    contacts=contacts(
        _SUPINE_ON_MAT,
        on("far_heel", MAT_H),  # the other leg lies long on the mat
        on("near_fingertip", MAT_H),  # the other arm rests on the mat
        aiming("shoulder", "far_fingertip", "near_toe"),
    ),
    props=(Mat(),),
)

POSES: tuple[Pose, ...] = (
    TOE_TOUCH_TOES_UP_TOP,
    TOE_TOUCH_TOES_UP_BOTTOM,
    TOE_TOUCH_HEELS_UP_TOP,
    TOE_TOUCH_HEELS_UP_BOTTOM,
    NERVE_FLOSS_BENT,
    NERVE_FLOSS_STRAIGHT,
    SUPINE_FLAT,
    SUPINE_REACH,
)
POSES_BY_ID: dict[str, Pose] = {p.id: p for p in POSES}
# Ids of earlier versions, still accepted in routine files: (pose, shown mirrored).
ALIASES: dict[str, tuple[Pose, bool]] = {
    "supine_reach_left_leg": (SUPINE_REACH, False),
    "supine_reach_right_leg": (SUPINE_REACH, True),
}

MOVEMENTS: tuple[Movement, ...] = (
    _toe_touch(TOE_TOUCH_TOES_UP_TOP, TOE_TOUCH_TOES_UP_BOTTOM, ("near_ankle", "near_hip"),
               _TOES_UP),
    _toe_touch(TOE_TOUCH_HEELS_UP_TOP, TOE_TOUCH_HEELS_UP_BOTTOM,
               ("near_ankle", "near_toes", "near_hip"), _HEELS_UP),
    # The knee straightens as the head lifts, and back: the nerve slides, never stretches.
    Movement(NERVE_FLOSS_BENT, NERVE_FLOSS_STRAIGHT, holds=_FLOSS_SEAT, free=_FLOSS_SOLVE,
             # The thigh lifts a little on the way, so the swinging foot clears the floor.
             arc={"near_hip": 12.0}, arrows=("near_toe", "nose")),
    # The leg leads, the shoulders curl and the hand reaches a moment later; down together.
    Movement(
        SUPINE_FLAT, SUPINE_REACH,
        holds=contacts(_SUPINE_ON_MAT, on("far_heel", MAT_H), on("near_fingertip", MAT_H)),
        free=("far_hip", "near_shoulder"),
        out=_windows({("spine_low", "spine_up", "neck", "head"): (0.15, 1.0),
                      ("far_shoulder", "far_elbow"): (0.1, 1.0)}),
        back=_windows({("spine_low", "spine_up", "neck", "head"): (0.0, 0.85),
                       ("far_shoulder", "far_elbow"): (0.0, 0.9)}),
        arrows=("near_toe", "far_fingertip"),
        reaching_far_arm=True,
    ),
)


def pose(pose_id: str) -> tuple[Pose, bool] | None:
    """The pose an id names and whether it is shown mirrored; None for an unknown id."""
    if pose_id in POSES_BY_ID:
        return POSES_BY_ID[pose_id], False
    return ALIASES.get(pose_id)


def movement(start_id: str, end_id: str) -> tuple[Movement, bool] | None:
    """The movement between two pose ids and whether it is shown mirrored, if it is one."""
    start, end = pose(start_id), pose(end_id)
    if start is None or end is None:
        return None
    for m in MOVEMENTS:
        if m.start is start[0] and m.end is end[0]:
            return m, start[1] or end[1]
    return None


@cache
def solved(pose_id: str) -> Skeleton:
    """A pose's skeleton, solved once."""
    return POSES_BY_ID[pose_id].skeleton()


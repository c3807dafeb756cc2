"""The illustration pose model (tools/poses.py): no Qt needed."""

from __future__ import annotations

import importlib.util
import math
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ILLUSTRATIONS = ROOT / "assets" / "illustrations"
SVG_NS = "{http://www.w3.org/2000/svg}"


def _load_poses():
    name = "warmup_tools_poses"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "poses.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


poses = _load_poses()
SKELETONS = poses.scene_skeletons()
FRAMES = poses.pose_frames()
SVGS = poses.all_svgs()
POSE_IDS = [p.id for p in poses.POSES]
STANDING = [p.id for p in poses.POSES if p.scene.startswith("toe_touch")]

# Ids the bundled routine refers to: they must keep existing.
REQUIRED_IDS = {
    "toe_touch_toes_up_top",
    "toe_touch_toes_up_bottom",
    "toe_touch_heels_up_top",
    "toe_touch_heels_up_bottom",
    "nerve_floss_bent",
    "nerve_floss_straight",
    "supine_flat",
    "supine_reach_left_leg",
    "supine_reach_right_leg",
    "equipment_yoga_block",
    "equipment_ramp",
    "equipment_chair",
    "equipment_mat",
}

# Joint ranges a physical therapist would accept (degrees, the model's conventions).
RANGES = {
    "spine_low": (-10, 40),
    "spine_up": (-10, 40),
    "neck": (-40, 70),
    "head": (-25, 25),
    "shoulder": (-50, 180),
    "elbow": (0, 150),
    "wrist": (-70, 70),
    # The model's hip angle is thigh to lumbar segment, so in a forward fold it includes the
    # pelvis tipping forward on the thighs as well as true hip flexion.
    "hip": (-15, 135),
    "knee": (0, 140),
    "ankle": (-50, 30),
    "toes": (-10, 60),
}
# In the supine reach the trunk turns toward the reaching arm, so the other shoulder stays on
# the mat and that arm lies overhead on it. The side view has one shoulder point, on the curled
# midline, so that resting arm shows past 180 degrees there.
RESTING_OVERHEAD = {
    ("supine_reach_left_leg", "near_shoulder"),
    ("supine_reach_right_leg", "far_shoulder"),
}
RESTING_OVERHEAD_MAX = 235

# Pictures the app cross-fades into each other, and the point that must stay put in them.
PAIRS = [
    ("toe_touch_toes_up_top", "toe_touch_toes_up_bottom", ("near_heel", "near_ball")),
    ("toe_touch_heels_up_top", "toe_touch_heels_up_bottom", ("near_heel", "near_ball", "near_toe")),
    ("nerve_floss_bent", "nerve_floss_straight", ("hip", "far_heel", "far_ball")),
    ("supine_flat", "supine_reach_left_leg", ("hip",)),
    ("supine_flat", "supine_reach_right_leg", ("hip",)),
    ("supine_reach_left_leg", "supine_reach_right_leg", ("hip",)),
]


def test_every_required_illustration_exists() -> None:
    assert set(SVGS) >= REQUIRED_IDS


def test_the_bundled_routine_finds_all_its_illustrations(routine) -> None:
    assert set(routine.illustration_ids()) <= set(SVGS)


@pytest.mark.parametrize("pose_id", POSE_IDS)
def test_segment_lengths_are_the_same_in_every_pose(pose_id: str) -> None:
    reference = poses.segment_lengths(poses.forward_kinematics({}))
    measured = poses.segment_lengths(SKELETONS[pose_id])
    assert measured.keys() == reference.keys()
    for name, length in reference.items():
        assert measured[name] == pytest.approx(length, abs=1e-6), name


@pytest.mark.parametrize("pose", poses.POSES, ids=POSE_IDS)
def test_contacts_hold(pose) -> None:
    sk = SKELETONS[pose.id]
    for residual in pose.contacts:
        assert abs(residual(sk)) < 1e-3


@pytest.mark.parametrize("pose_id", POSE_IDS)
def test_joint_angles_are_plausible(pose_id: str) -> None:
    angles = SKELETONS[pose_id].angles
    for name, value in angles.items():
        joint = name.split("_", 1)[1] if name.startswith(("near_", "far_")) else name
        if joint not in RANGES:
            continue
        low, high = RANGES[joint]
        if (pose_id, name) in RESTING_OVERHEAD:
            high = RESTING_OVERHEAD_MAX
        assert low - 1e-6 <= value <= high + 1e-6, f"{pose_id}: {name} = {value:.1f}"
    assert angles["neck"] + angles["head"] <= 85, pose_id


@pytest.mark.parametrize("pose_id", STANDING)
def test_standing_figures_balance_over_their_feet(pose_id: str) -> None:
    sk = SKELETONS[pose_id]
    com_x = poses.center_of_mass(sk)[0]
    assert sk["near_heel"][0] < com_x < sk["near_toe"][0]


@pytest.mark.parametrize("pose_id", STANDING)
def test_feet_rest_on_floor_or_ramp(pose_id: str) -> None:
    sk = SKELETONS[pose_id]
    half = sk.stroke / 2
    heights = sorted(round(sk[p][1] - half, 6) for p in ("near_heel", "near_ball"))
    assert heights == pytest.approx([0.0, poses.RAMP_H], abs=1e-4)


BOTTOM = ("toe_touch_toes_up_bottom", "toe_touch_heels_up_bottom")


@pytest.mark.parametrize("pose_id", BOTTOM)
def test_bottom_poses_hang_the_arms_to_the_floor_at_the_toes(pose_id: str) -> None:
    sk = SKELETONS[pose_id]
    half = sk.stroke / 2
    # The arms hang straight down from the shoulders...
    for side in poses.SIDES:
        assert sk.angles[f"{side}_elbow"] == 0
        assert sk["shoulder"][0] == pytest.approx(sk[f"{side}_wrist"][0], abs=1e-3)
    # ...and the hands reach the floor right at the tips of the toes.
    assert sk["near_fingertip"][1] == pytest.approx(half, abs=1e-3)
    assert sk["near_wrist"][0] == pytest.approx(sk["near_toe"][0], abs=1e-3)
    assert math.dist(sk["near_wrist"], sk["near_toe"]) < 1.5 * sk.stroke


@pytest.mark.parametrize("pose_id", BOTTOM)
def test_bottom_poses_fold_forward_with_the_head_hanging_by_the_knees(pose_id: str) -> None:
    sk = SKELETONS[pose_id]
    hip, knee, ankle, head = sk["hip"], sk["near_knee"], sk["near_ankle"], sk["head"]
    # Legs nearly vertical, knees soft, the hips over or a little behind the ankles.
    assert 5 <= sk.angles["near_knee"] <= 25
    assert -30 <= hip[0] - ankle[0] <= 5
    assert abs(math.degrees(math.atan2(knee[0] - ankle[0], knee[1] - ankle[1]))) < 15
    # The hips are the top of the figure: the back slopes down from them and does not arch up.
    for point in ("waist", "chest", "shoulder", "neck", "head"):
        assert sk[point][1] < hip[1], point
    # The head hangs well below the hips, its centre no higher than a little above the knee
    # and the top of the head below the knee, in front of the shins.
    crown = (
        head[0] + (head[0] - sk["neck"][0]) * poses.HEAD_OUTER_R / poses.HEAD_R,
        head[1] + (head[1] - sk["neck"][1]) * poses.HEAD_OUTER_R / poses.HEAD_R,
    )
    assert head[1] < hip[1] - 40
    assert head[1] < knee[1] + 5
    assert crown[1] < knee[1]
    assert head[0] > knee[0] + poses.HEAD_OUTER_R
    # The top of the head points down (toward the floor and the feet), chin tucked.
    assert sk["neck"][1] - head[1] > 0.5 * poses.HEAD_R


def test_supine_reach_rests_the_other_arm_overhead_on_the_mat() -> None:
    for pose_id, resting in (("supine_reach_left_leg", "near"), ("supine_reach_right_leg", "far")):
        sk = SKELETONS[pose_id]
        hand = sk[f"{resting}_fingertip"]
        assert hand[1] == pytest.approx(poses.MAT_H + sk.stroke / 2, abs=1e-3)
        assert hand[0] < sk["head"][0] - poses.HEAD_OUTER_R  # beyond the head


@pytest.mark.parametrize(
    ("first", "second", "anchors"), PAIRS, ids=[f"{a}-{b}" for a, b, _ in PAIRS]
)
def test_cross_faded_pictures_share_scale_and_anchor(first: str, second: str, anchors) -> None:
    """The app blends a rep's start pose into its end pose: same size, same feet (or hip)."""
    frame_a, frame_b = FRAMES[first], FRAMES[second]
    assert frame_a == frame_b
    sk_a, sk_b = SKELETONS[first], SKELETONS[second]
    for point in anchors:
        assert frame_a(sk_a[point]) == pytest.approx(frame_b(sk_b[point]), abs=0.05), point
    # Every segment is as long, in view-box units, in both pictures.
    pixels_a = {k: v * frame_a.scale for k, v in poses.segment_lengths(sk_a).items()}
    pixels_b = {k: v * frame_b.scale for k, v in poses.segment_lengths(sk_b).items()}
    assert pixels_a == pytest.approx(pixels_b, abs=1e-6)
    # The floor line and the equipment the figure stands, sits or lies on are drawn identically.
    base = _floor_and_base(SVGS[first])
    assert len(base) >= 2  # the floor line and at least one piece of equipment
    assert base == _floor_and_base(SVGS[second])


def _floor_and_base(svg: str) -> list[str]:
    """The floor line and the ramp, chair or mat (not the block, which moves with the knees)."""
    root = ET.fromstring(svg)
    out = []
    for el in root.iter():
        is_floor = el.get("stroke") == poses.FLOOR_INK
        is_chair = el.get("stroke") == poses.EQUIP_STROKE and el.tag == f"{SVG_NS}path"
        if is_floor or is_chair or _is_base(el):
            out.append(ET.tostring(el, encoding="unicode"))
    return out


def _is_base(el: ET.Element) -> bool:
    """An equipment polygon that rests on the floor (the block floats between the knees)."""
    if el.tag != f"{SVG_NS}polygon" or el.get("stroke") != poses.EQUIP_STROKE:
        return False
    ys = [float(pair.split(",")[1]) for pair in (el.get("points") or "").split()]
    return max(ys) >= poses.FLOOR_Y + poses.STROKE / 2 - 0.1


def test_all_standing_poses_share_one_frame_filled_by_the_arms_overhead() -> None:
    frames = {FRAMES[pose_id] for pose_id in STANDING}
    assert len(frames) == 1
    (frame,) = frames
    tallest = 0.0
    for pose_id in STANDING:
        sk = SKELETONS[pose_id]
        top = max(p[1] for p in sk.points.values()) + sk.stroke / 2
        tallest = max(tallest, top * frame.scale)
    assert tallest / poses.VIEW_H == pytest.approx(poses.HEIGHT_FILL, abs=0.01)
    assert frame.floor_y == poses.FLOOR_Y


def _luminance(color: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


CARD = "#f4f6f8"  # the light card the app shows pictures on


@pytest.mark.parametrize("ident", [i.id for i in poses.ICONS])
def test_equipment_icons_are_outlined_with_enough_contrast(ident: str) -> None:
    root = ET.fromstring(SVGS[ident])
    outlines = [
        el.get("stroke")
        for el in root.iter()
        if el.get("stroke") and el.get("stroke") != poses.FLOOR_INK
    ]
    assert outlines
    for stroke in outlines:
        assert _contrast(stroke, CARD) >= 3.0, stroke


def test_toes_up_and_heels_up_tilt_the_feet_opposite_ways() -> None:
    up = SKELETONS["toe_touch_toes_up_top"].directions["near_foot"]
    down = SKELETONS["toe_touch_heels_up_top"].directions["near_foot"]
    assert up > 5 and down < -5


def test_supine_reach_raises_the_named_leg() -> None:
    left = SKELETONS["supine_reach_left_leg"]
    right = SKELETONS["supine_reach_right_leg"]
    # The near leg is the LEFT leg.
    assert left["near_ankle"][1] > 80 > left["far_ankle"][1]
    assert right["far_ankle"][1] > 80 > right["near_ankle"][1]


def test_svg_files_are_up_to_date() -> None:
    """assets/illustrations holds exactly what tools/render_illustrations.py writes now."""
    on_disk = {p.stem: p for p in ILLUSTRATIONS.glob("*.svg")}
    assert set(on_disk) == set(SVGS), "run: python tools/render_illustrations.py"
    for ident, text in SVGS.items():
        assert on_disk[ident].read_bytes() == text.encode("utf-8"), (
            f"{ident}.svg is stale; run: python tools/render_illustrations.py"
        )


def test_rendering_is_deterministic() -> None:
    assert poses.all_svgs() == SVGS


ALLOWED = {"svg", "title", "g", "path", "line", "circle", "rect", "polygon"}
ALLOWED_ATTRS = {
    "viewBox",
    "d",
    "points",
    "cx",
    "cy",
    "r",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "stroke",
    "fill",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
}


@pytest.mark.parametrize("ident", sorted(SVGS))
def test_svg_is_plain_scalable_and_titled(ident: str) -> None:
    text = SVGS[ident]
    root = ET.fromstring(text)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 400 300"
    assert "width" not in root.attrib and "height" not in root.attrib
    title = root.find(f"{SVG_NS}title")
    assert title is not None and title.text and title.text.strip()
    widths = set()
    for el in root.iter():
        tag = el.tag.removeprefix(SVG_NS)
        assert tag in ALLOWED, tag
        assert set(el.attrib) <= ALLOWED_ATTRS, (tag, el.attrib)
        if tag != "title":
            assert not (el.text or "").strip()
        if "stroke-width" in el.attrib:
            widths.add(el.get("stroke-width"))
            assert el.get("stroke-linecap") == "round"
            assert el.get("stroke-linejoin") == "round"
    assert widths == {"9"}
    assert "href" not in text and "<script" not in text and "class=" not in text
    assert len(text.encode("utf-8")) < 8000

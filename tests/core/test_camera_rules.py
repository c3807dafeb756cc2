"""An exercise's camera block: read from the routine file, checked, written back, and its
thresholds in line with the pose model's start and end poses."""

from __future__ import annotations

import re

import pytest

from warmup_gui.core.camera_rules import JOINTS, default_side
from warmup_gui.core.loader import RoutineError, parse_routine
from warmup_gui.core.pose_library import solved
from warmup_gui.core.record import replace
from warmup_gui.core.rep_detector import joint_angle
from warmup_gui.core.routine import CameraRule, CameraSide, Routine, Sides
from warmup_gui.core.writer import routine_to_yaml

FLOSSING_BLOCK = """    camera:  # the knee angle: about 64° bent under the chair, 174° straight
      angle: Knee angle
      joints: [hip, knee, ankle]
      start_deg: 90
      far_end_deg: 150
"""


def test_bundled_rules(routine: Routine) -> None:
    rules = {e.id: e.camera for e in routine.exercises}
    assert rules["nerve_flossing"] == CameraRule("Knee angle", ("hip", "knee", "ankle"), 90.0,
                                                 150.0, CameraSide.WORKING)
    toe_touch = rules["toe_touch_progression"]
    assert toe_touch is not None and toe_touch.side is CameraSide.BOTH  # the default, no sides
    assert toe_touch.direction == -1.0  # the hip closes on the way down
    assert toe_touch.progress(150.0) == 0.0 and toe_touch.progress(90.0) == 1.0


def test_thresholds_lie_between_the_start_and_end_poses(routine: Routine) -> None:
    """Each pose the pictures show is past its threshold, with room to spare: a person who moves
    a little less than the figure still counts."""
    for exercise in routine.exercises:
        rule = exercise.camera
        assert rule is not None, exercise.id
        for position in exercise.positions:
            picture = exercise.illustration_for(position, None)
            for pose_id, at in ((picture.start, 0.0), (picture.end, 1.0)):
                pose_id = pose_id.replace("_left_leg", "")
                sk = solved(pose_id)
                a, b, c = (sk[j if j in ("hip", "shoulder") else f"near_{j}"]
                           for j in rule.joints)
                way = rule.progress(joint_angle(a, b, c))
                assert (way <= -0.2 if at == 0.0 else way >= 1.2), (exercise.id, pose_id, way)


def _flossing_with(block: str, bundled_text: str) -> str:
    assert bundled_text.count(FLOSSING_BLOCK) == 1
    return bundled_text.replace(FLOSSING_BLOCK, block)


def _problems(text: str) -> list[str]:
    with pytest.raises(RoutineError) as info:
        parse_routine(text, "x.yaml")
    return [str(p) for p in info.value.problems]


BAD_BLOCKS = [
    ("joints [hip, knee]", "joints", "expected three of " + ", ".join(JOINTS)
     + ", got ['hip', 'knee']"),
    ("joints [hip, knee, nose]", "joints", "expected three of " + ", ".join(JOINTS)
     + ", got ['hip', 'knee', 'nose']"),
    ("joints [knee, knee, ankle]", "joints",
     "expected three different joints, got ['knee', 'knee', 'ankle']"),
    ("joints hip", "joints", "expected a list of joints, got 'hip'"),
    ("start_deg 200", "start_deg", "expected degrees from 0 to 180, got 200"),
    ("start_deg straight", "start_deg", "expected degrees from 0 to 180, got 'straight'"),
    ("far_end_deg 100", "far_end_deg",
     "expected at least 20 degrees away from start_deg (90), got 100"),
    ("side front", "side", "expected one of working, left, right, both, got 'front'"),
    ("angle ''", "angle", "expected text, got ''"),
]


@pytest.mark.parametrize(("change", "field", "message"), BAD_BLOCKS,
                         ids=[case[0] for case in BAD_BLOCKS])
def test_a_bad_block_names_file_line_and_field(bundled_text: str, change: str, field: str,
                                               message: str) -> None:
    key, value = change.split(" ", 1)
    block = FLOSSING_BLOCK.replace("# the knee angle: about 64° bent under the chair, 174° "
                                   "straight", "")
    lines = [ln for ln in block.splitlines() if not ln.strip().startswith(f"{key}:")]
    lines.insert(1, f"      {key}: {value}")
    text = _flossing_with("\n".join(lines) + "\n", bundled_text)
    line = text[: text.index(f"      {key}: {value}")].count("\n") + 1
    assert _problems(text) == [f"x.yaml:{line}: exercises[1].camera.{field}: {message}"]


def test_a_missing_key_and_an_unknown_one_are_named(bundled_text: str) -> None:
    block = "    camera:\n      angle: Knee angle\n      joints: [hip, knee, ankle]\n" \
            "      start_deg: 90\n      far_end: 150\n"
    text = _flossing_with(block, bundled_text)
    at = text[: text.index(block)].count("\n") + 1
    assert _problems(text) == [
        f"x.yaml:{at + 4}: exercises[1].camera.far_end: unknown key; expected one of: angle, "
        "joints, start_deg, far_end_deg, side",
        f"x.yaml:{at + 1}: exercises[1].camera.far_end_deg: is missing",
    ]


def test_working_side_needs_an_exercise_done_one_side_at_a_time(bundled_text: str) -> None:
    text = bundled_text.replace("      far_end_deg: 90\n", "      far_end_deg: 90\n"
                                "      side: working\n", 1)
    line = text[: text.index("side: working")].count("\n") + 1
    assert _problems(text) == [
        f"x.yaml:{line}: exercises[0].camera.side: expected one of left, right, both "
        "(working needs sides: each or alternate), got 'working'"]


@pytest.mark.parametrize("side", list(CameraSide))
def test_rules_round_trip_through_the_writer(routine: Routine, side: CameraSide) -> None:
    exercises = []
    for exercise in routine.exercises:
        if exercise.camera is not None and (side is not CameraSide.WORKING
                                            or exercise.sides is not Sides.NONE):
            exercise = replace(
                exercise, camera=replace(exercise.camera, side=side,
                                                     start_deg=exercise.camera.start_deg + 0.5))
        exercises.append(exercise)
    changed = replace(routine, exercises=tuple(exercises))
    text = routine_to_yaml(changed)
    assert parse_routine(text, "written") == changed
    named = [e for e in exercises if e.camera is not None
             and e.camera.side is not default_side(e.sides is not Sides.NONE)]
    assert len(re.findall(r"^ +side: \w+$", text, re.M)) == len(named)


def test_an_exercise_without_a_block_has_no_rule(bundled_text: str) -> None:
    routine = parse_routine(_flossing_with("", bundled_text), "x.yaml")
    assert routine.exercises[1].camera is None
    assert "camera:" not in routine_to_yaml(routine).split("id: nerve_flossing")[1].split(
        "id: supine_toe_touches")[0]

"""The pose model in the core: poses, a rep's timeline, the figure's shapes and stills."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from warmup_gui.core import figure_svg
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Session, StepKind
from warmup_gui.core.figure import (
    VIEW_W,
    body_scale,
    figure_shapes,
    frame_for,
    moving_figure,
    shapes_extent,
    still_shapes,
)
from warmup_gui.core.figure_motion import FigureTime, Half, figure_time, reduced
from warmup_gui.core.palette import ARROW, FAR, FLOOR, NEAR, PALETTE
from warmup_gui.core.pose_library import MOVEMENTS, POSES, RAMP_H, movement
from warmup_gui.core.routine import Routine, Side
from warmup_gui.core.skeleton import (
    center_of_mass,
    forward_kinematics,
    radius,
    segment_lengths,
)

ROOT = Path(__file__).resolve().parents[2]
ILLUSTRATIONS = ROOT / "assets" / "illustrations"
IDS = [f"{m.start.id}-{m.end.id}" for m in MOVEMENTS]
SVGS = figure_svg.all_svgs()
# Within one width of the light rim around each body part (body units).
CONTACT_TOLERANCE = 1.0

# Joint ranges a physical therapist would accept (degrees, the model's conventions).
RANGES = {
    "spine_low": (-10, 40),
    "spine_up": (-10, 40),
    "neck": (-40, 70),
    "head": (-25, 25),
    "elbow": (0, 150),
    "wrist": (-70, 70),
    # Thigh to lumbar segment: in a forward fold it includes the pelvis tipping forward.
    "hip": (-15, 135),
    "knee": (0, 140),
    "ankle": (-50, 30),
    "toes": (-10, 60),
}


def _moments(count: int = 20) -> list[FigureTime]:
    """``count`` moments across a whole rep: out, the breath held at the end, back."""
    per = count // 3
    out = [FigureTime(Half.OUT, i / per) for i in range(per)]
    hold = [FigureTime(Half.HOLD, 1.0, i / (count - 2 * per)) for i in range(count - 2 * per)]
    back = [FigureTime(Half.BACK, (i + 1) / per) for i in range(per)]
    top = [FigureTime(Half.TOP, (i + 0.5) / 4) for i in range(4)]
    return top + out + hold + back


def test_every_routine_illustration_is_drawn(routine: Routine) -> None:
    assert set(routine.illustration_ids()) <= set(SVGS)
    for ex in routine.exercises:
        for position in ex.positions:
            for side in (None, *Side):
                pic = ex.illustration_for(position, side)
                assert movement(pic.start, pic.end) is not None, (ex.id, side)


@pytest.mark.parametrize("pose", POSES, ids=[p.id for p in POSES])
def test_each_pose_meets_its_contacts_with_the_same_bones(pose) -> None:
    sk = pose.skeleton()
    for residual in pose.contacts:
        assert abs(residual(sk)) < 1e-3
    reference = segment_lengths(forward_kinematics({}))
    for name, length in segment_lengths(sk).items():
        assert length == pytest.approx(reference[name], abs=1e-6), name


@pytest.mark.parametrize("m", MOVEMENTS, ids=IDS)
def test_contacts_hold_at_every_moment_of_a_rep(m) -> None:
    fig = moving_figure(m)
    for t in _moments(20):
        sk = fig.skeleton(t)
        for residual in m.holds:
            assert abs(residual(sk)) < CONTACT_TOLERANCE, (t, residual(sk))


@pytest.mark.parametrize("m", MOVEMENTS, ids=IDS)
def test_joints_stay_in_range_and_nothing_goes_through_the_floor(m) -> None:
    fig = moving_figure(m)
    for t in _moments(20):
        sk = fig.skeleton(t)
        for name, value in sk.angles.items():
            joint = name.split("_", 1)[1] if name.startswith(("near_", "far_")) else name
            if joint in RANGES:
                low, high = RANGES[joint]
                assert low - 1e-6 <= value <= high + 1e-6, (t, name, value)
        for point, (_, y) in sk.points.items():
            if point != "nose":
                assert y - radius(point) > -CONTACT_TOLERANCE, (t, point, y)


@pytest.mark.parametrize("m", MOVEMENTS, ids=IDS)
def test_no_joint_jumps_between_two_frames(m, routine: Routine) -> None:
    """At the routine's own tempo, one 16 ms frame moves no joint more than 5 degrees."""
    ex = next(e for e in routine.exercises
              if any(p.illustration.start == m.start.id for p in e.positions)
              or any(pic.start == m.start.id for _, pic in e.side_illustrations))
    half_s = ex.tempo_s / 2
    fig = moving_figure(m)
    steps = math.ceil(half_s / 0.016)
    for half in (Half.OUT, Half.BACK):
        previous = fig.skeleton(FigureTime(half, 0.0)).angles
        for i in range(1, steps + 1):
            angles = fig.skeleton(FigureTime(half, i / steps)).angles
            worst = max(abs(angles[k] - previous[k]) for k in angles)
            assert worst <= 5.0, (half, i / steps, worst)
            previous = angles


@pytest.mark.parametrize("m", MOVEMENTS, ids=IDS)
def test_the_figure_moves_through_many_shapes(m) -> None:
    fig = moving_figure(m)
    shapes = {tuple(round(v) for v in fig.skeleton(FigureTime(Half.OUT, i / 16))["head"])
              + tuple(round(v) for v in fig.skeleton(FigureTime(Half.OUT, i / 16))[m.arrows[0]])
              for i in range(17)}
    assert len(shapes) >= 12


def test_standing_figures_balance_and_stand_on_floor_and_ramp() -> None:
    for m in MOVEMENTS[:2]:
        fig = moving_figure(m)
        for t in _moments(12):
            sk = fig.skeleton(t)
            assert sk["near_heel"][0] < center_of_mass(sk)[0] < sk["near_toe"][0]
            feet = sorted(round(sk[p][1] - radius(p), 3) for p in ("near_heel", "near_ball"))
            assert feet == pytest.approx([0.0, RAMP_H], abs=CONTACT_TOLERANCE)


def test_the_fold_reaches_toward_the_toes_not_past_them() -> None:
    for m in MOVEMENTS[:2]:
        sk = moving_figure(m).skeleton(FigureTime(Half.HOLD, 1.0))
        tip, toe = sk["near_fingertip"], sk["near_toe"]
        assert tip[1] > toe[1] and math.dist(tip, toe) < 12  # a few centimetres short
        assert tip[0] <= toe[0] + 1e-6
        assert sk["head"][1] < sk["hip"][1] - 20  # folded: the head well below the hips


def test_breathing_at_the_bottom_moves_the_back() -> None:
    fig = moving_figure(MOVEMENTS[0])
    empty = fig.skeleton(FigureTime(Half.HOLD, 1.0, 0.0))
    full = fig.skeleton(FigureTime(Half.HOLD, 1.0, 1.0))
    assert full["shoulder"][1] - empty["shoulder"][1] > 1.0  # the back rises on the inhale


def test_one_body_size_for_every_movement() -> None:
    assert {frame_for(m).scale for m in MOVEMENTS} == {body_scale()}


@pytest.mark.parametrize("m", MOVEMENTS, ids=IDS)
def test_the_other_side_is_the_mirror_with_the_working_limb_dark(m) -> None:
    fig = moving_figure(m)
    start = fig.skeleton(FigureTime.at_start())
    t = FigureTime(Half.OUT, 0.6)
    left = figure_shapes(m, fig.skeleton(t), frame_for(m), start)
    right = figure_shapes(m, fig.skeleton(t), frame_for(m).mirror(), start)
    assert len(left) == len(right)
    for a, b in zip(left, right, strict=True):
        assert (a.fill, a.stroke) == (b.fill, b.stroke)
        for (xa, ya), (xb, yb) in zip(a.points, b.points, strict=True):
            assert xb == pytest.approx(VIEW_W - xa) and yb == pytest.approx(ya)
    # The working (near) leg is drawn dark, over the far one, on both sides.
    roles = [s.fill for s in left if s.fill in (NEAR, FAR)]
    assert roles.index(FAR) < len(roles) - 1 - roles[::-1].index(NEAR)


def test_a_reach_across_the_body_is_drawn_in_front_in_the_other_sides_tone() -> None:
    """The hand opposite the working leg reaches for it: painted last, over the trunk and the
    dark working side, in the light tone of its own side."""
    (m,) = [m for m in MOVEMENTS if m.reaching_far_arm]
    fig = moving_figure(m)
    t = FigureTime(Half.HOLD, 1.0)
    fills = [s.fill for s in figure_shapes(m, fig.skeleton(t), frame_for(m))]
    assert fills[-1] == FAR
    assert NEAR in fills and max(i for i, f in enumerate(fills) if f == NEAR) < len(fills) - 1


def test_reduced_motion_shows_only_the_start_and_end_poses() -> None:
    fig = moving_figure(MOVEMENTS[2])
    start = fig.skeleton(FigureTime.at_start())["near_toe"]
    end = fig.skeleton(FigureTime(Half.HOLD, 1.0))["near_toe"]
    seen = {tuple(round(v, 6) for v in fig.skeleton(reduced(t))["near_toe"])
            for t in _moments(30)}
    assert seen == {tuple(round(v, 6) for v in start), tuple(round(v, 6) for v in end)}
    # After backing off, the end pose shown is the smaller one.
    smaller = FigureTime(Half.HOLD, 1.0, reach=0.6)
    assert fig.skeleton(reduced(smaller)) == fig.skeleton(smaller)
    assert fig.skeleton(reduced(smaller))["near_toe"] != end


def test_pause_holds_the_figure_mid_movement(routine: Routine) -> None:
    clock = FakeClock()
    session = Session(routine, clock, rounds=1)
    session.start()
    session.set_auto_count(True)
    flossing = next(i for i, s in enumerate(session.steps)
                    if s.kind is StepKind.WORK and s.exercise.id == "nerve_flossing")
    session.goto(flossing)
    clock.advance(0.7)
    moving = figure_time(session.tick())
    assert moving.half is Half.OUT and 0.3 < moving.progress < 0.7
    session.pause()
    clock.advance(5.0)
    assert figure_time(session.tick()) == moving
    session.resume()
    clock.advance(0.2)
    assert figure_time(session.tick()).progress > moving.progress


def test_illustrations_on_disk_are_what_the_model_draws() -> None:
    """assets/illustrations holds exactly what tools/render_illustrations.py writes now."""
    on_disk = {p.stem: p.read_text(encoding="utf-8") for p in ILLUSTRATIONS.glob("*.svg")}
    assert set(on_disk) == set(SVGS), "run: python tools/render_illustrations.py"
    for ident, text in SVGS.items():
        assert on_disk[ident] == text, f"{ident}.svg is stale; run tools/render_illustrations.py"


def test_end_pose_stills_carry_a_motion_arrow_and_every_still_a_title() -> None:
    arrow = f'stroke="{PALETTE[ARROW]}"'
    for m in MOVEMENTS:
        assert arrow in SVGS[m.end.id] and arrow not in SVGS[m.start.id]
    for text in SVGS.values():
        assert "<title>" in text


def test_the_toe_touch_reaches_up_with_the_breath_in_at_the_top() -> None:
    fig = moving_figure(MOVEMENTS[0])
    start = fig.skeleton(FigureTime.at_start())
    mid = fig.skeleton(FigureTime(Half.TOP, 0.5))
    end = fig.skeleton(FigureTime(Half.TOP, 1.0))
    assert mid["near_fingertip"][1] > start["near_fingertip"][1] + 2  # reaching higher
    assert all(math.dist(end[p], start[p]) < 1e-3 for p in start.points)  # back for the fold


def test_a_smaller_movement_goes_only_part_of_the_way(routine: Routine) -> None:
    clock = FakeClock()
    session = Session(routine, clock, rounds=1, auto_count=True)
    session.start()
    flossing = next(i for i, s in enumerate(session.steps)
                    if s.kind is StepKind.WORK and s.exercise.id == "nerve_flossing")
    session.goto(flossing)
    session.smaller_and_slower()
    fig = moving_figure(movement("nerve_floss_bent", "nerve_floss_straight")[0])
    bent = fig.skeleton(FigureTime.at_start()).angles["near_knee"]
    straight = fig.skeleton(FigureTime(Half.HOLD, 1.0)).angles["near_knee"]
    straightest = bent
    for _ in range(40):
        clock.advance(0.1)
        t = figure_time(session.tick())
        assert t.reach < 1.0
        straightest = min(straightest, fig.skeleton(t).angles["near_knee"])
    # The knee straightens only part of the way: well short of straight.
    assert straight + 0.25 * (bent - straight) < straightest < bent - 0.3 * (bent - straight)


@pytest.mark.parametrize("m", MOVEMENTS, ids=IDS)
def test_a_way_back_that_retraces_the_way_out_is_read_off_it(m) -> None:
    fig = moving_figure(m)
    back_is_out = all(
        max(math.dist(fig.skeleton(FigureTime(Half.BACK, i / 12))[j],
                      fig.skeleton(FigureTime(Half.OUT, 1 - i / 12))[j])
            for j in fig.skeleton(FigureTime.at_start()).points) < 1e-9
        for i in range(13))
    # Flossing and the supine reach come back the way they went; a roll up is no roll down.
    assert fig.retraced == (not m.hang)
    assert back_is_out == fig.retraced
    back = FigureTime(Half.BACK, 0.25)
    assert fig.same_as(back) == (FigureTime(Half.OUT, 0.75) if fig.retraced else back)
    # A smaller movement goes back along its own way out, whatever the movement.
    small = FigureTime(Half.BACK, 0.25, reach=0.5)
    assert fig.same_as(small) == FigureTime(Half.OUT, 0.75, reach=0.5)
    assert fig.skeleton(small).points == fig.skeleton(FigureTime(Half.OUT, 0.75,
                                                                 reach=0.5)).points


@pytest.mark.parametrize("m", [m for m in MOVEMENTS if m.hang], ids=lambda m: m.start.id)
def test_hanging_arms_pass_in_front_of_the_legs(m) -> None:
    """Rolling down and up, the arms hang and swing in front of the body (+x is where the
    figure faces): no hand ever goes behind the knees."""
    fig = moving_figure(m)
    for half in (Half.OUT, Half.BACK):
        for i in range(41):
            sk = fig.skeleton(FigureTime(half, i / 40))
            knee = max(sk["near_knee"][0], sk["far_knee"][0])
            for side in ("near", "far"):
                assert sk[f"{side}_fingertip"][0] > knee, (half, i / 40, side)
                assert sk[f"{side}_wrist"][0] > knee, (half, i / 40, side)


def test_still_pictures_are_worked_out_once_and_handed_out_fresh() -> None:
    movement = MOVEMENTS[0]
    first = still_shapes(movement, True)
    first.clear()  # a caller's own list: changing it changes nothing kept
    again = still_shapes(movement, True)
    assert again and again == still_shapes(movement, True)
    assert again is not still_shapes(movement, True)


@pytest.mark.parametrize("m", MOVEMENTS, ids=IDS)
def test_a_stills_extent_is_the_figure_and_its_things_not_the_floor(m) -> None:
    shapes = still_shapes(m, True)
    box = shapes_extent(shapes)
    assert box is not None
    x0, y0, x1, y1 = box
    floor = next(s for s in shapes if s.stroke == FLOOR)
    assert x1 - x0 < max(x for x, _ in floor.points) - min(x for x, _ in floor.points)
    for shape in shapes:  # every disc and outline but the floor lies inside it
        if shape.stroke != FLOOR:
            for x, y in (shape.points or (shape.centre,)):
                assert x0 <= x <= x1 and y0 <= y <= y1

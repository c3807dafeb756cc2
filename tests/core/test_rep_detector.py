"""Rep counting and range of motion on landmark streams made from the pose model's moving
figure: clean, with jitter and missed frames, with the body gone or unclear for a while, with
reps that fall short and reps at other speeds."""

from __future__ import annotations

import math
import random
from functools import cache

import pytest

from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.figure import moving_figure
from warmup_gui.core.figure_landmarks import Frames, RepPlan, Take, take, tracked, true_ranges
from warmup_gui.core.loader import load_routine
from warmup_gui.core.pose_library import movement
from warmup_gui.core.record import replace
from warmup_gui.core.rep_detector import (
    MAX_GAP_S,
    STATUS_DELAY_S,
    DetectorState,
    Landmark,
    Phase,
    PoseFrame,
    RepDetector,
    Tracking,
    joint_angle,
    turn,
)
from warmup_gui.core.routine import CameraRule, CameraSide, Exercise, Sides

EXERCISES = ("toe_touch_progression", "nerve_flossing", "supine_toe_touches")
FPS = 15.0  # a tracker on two cores manages 10-15 pictures a second


@cache
def exercise(exercise_id: str) -> Exercise:
    return next(e for e in load_routine(BUNDLED_ROUTINE).exercises if e.id == exercise_id)


def rule(exercise_id: str) -> CameraRule:
    found = exercise(exercise_id).camera
    assert found is not None
    return found


@cache
def recorded(exercise_id: str, plans: tuple[RepPlan, ...], side: str = "left",
             fps: float = FPS) -> Take:
    ex = exercise(exercise_id)
    picture = ex.illustration_for(ex.positions[0], None)
    found = movement(picture.start, picture.end)
    assert found is not None
    return take(moving_figure(found[0]), ex, plans, side, fps)


def run(detector: RepDetector, frames: Frames) -> list[DetectorState]:
    return [detector.update(t, frame) for t, frame in frames]


def angle_in(frame: PoseFrame, which: CameraRule, side: str) -> float:
    a, b, c = ((p.x * frame.aspect, p.y) for p in
               (frame.landmarks[f"{side}_{joint}"] for joint in which.joints))
    return joint_angle(a, b, c)


SIX = (RepPlan(),) * 6


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_clean_reps_are_counted_with_their_range(exercise_id: str) -> None:
    shot = recorded(exercise_id, SIX)
    detector = RepDetector(rule(exercise_id), side="left")
    states = run(detector, shot.frames)
    assert [s.reps for s in states][-1] == 6
    truth = true_ranges(shot, rule(exercise_id), "left")
    for i, rep in enumerate(detector.reps):
        assert rep.number == i + 1 and rep.side == "left"
        start, end = shot.reps[i]
        assert start < rep.left_start_s < rep.far_end_s < rep.back_s <= end
        assert rep.range_deg == pytest.approx(truth[i], abs=2.0)
    assert detector.partial == 0


@pytest.mark.parametrize("exercise_id", EXERCISES)
@pytest.mark.parametrize(("jitter_px", "range_error_deg"), [(3.0, 4.0), (6.0, 6.0)])
def test_jitter_and_missed_frames_miss_no_rep_and_add_none(
        exercise_id: str, jitter_px: float, range_error_deg: float) -> None:
    """Landmarks off by a few pixels in a 480-pixel-high picture, 5 % of frames without a body:
    every rep is counted, none twice, and the ranges are right on average."""
    shot = recorded(exercise_id, SIX)
    truth = true_ranges(shot, rule(exercise_id), "left")
    errors = []
    for seed in range(4):
        frames = tracked(shot.frames, random.Random(seed), jitter_px=jitter_px, missed=0.05)
        detector = RepDetector(rule(exercise_id), side="left")
        assert run(detector, frames)[-1].reps == 6, seed
        errors += [rep.range_deg - true for rep, true in zip(detector.reps, truth, strict=True)]
    assert abs(sum(errors) / len(errors)) < range_error_deg
    assert max(abs(e) for e in errors) < 4 * range_error_deg


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_a_rep_that_falls_short_does_not_count(exercise_id: str) -> None:
    plans = (RepPlan(), RepPlan(reach=0.55), RepPlan(), RepPlan(reach=0.2), RepPlan())
    shot = recorded(exercise_id, plans)
    detector = RepDetector(rule(exercise_id), side="left")
    run(detector, shot.frames)
    assert len(detector.reps) == 3
    assert detector.partial == 1  # a fifth of the way out is a wobble, not an attempt
    # Each counted rep is one of the full ones.
    full = [shot.reps[i] for i in (0, 2, 4)]
    assert all(a < rep.back_s <= b for rep, (a, b) in zip(detector.reps, full, strict=True))


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_reps_at_other_speeds_and_pauses_count(exercise_id: str) -> None:
    plans = (RepPlan(stretch=0.5), RepPlan(stretch=2.0), RepPlan(stretch=0.7, pause_s=3.0),
             RepPlan(stretch=1.3))
    shot = recorded(exercise_id, plans)
    detector = RepDetector(rule(exercise_id), side="left")
    run(detector, tracked(shot.frames, random.Random(7), jitter_px=3.0))
    assert len(detector.reps) == 4


def test_a_flick_quicker_than_a_rep_is_not_one() -> None:
    shot = recorded("nerve_flossing", (RepPlan(), RepPlan(stretch=0.1), RepPlan()))
    detector = RepDetector(rule("nerve_flossing"), side="left")
    run(detector, shot.frames)
    assert [rep.left_start_s < shot.reps[1][0] or rep.left_start_s > shot.reps[1][1]
            for rep in detector.reps] == [True, True]


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_the_count_never_runs_ahead_of_the_pictures(exercise_id: str) -> None:
    """At every frame the count is at most the reps whose angle has been seen back at the
    start, in the clean pictures, a moment before."""
    shot = recorded(exercise_id, SIX)
    which = rule(exercise_id)
    frames = tracked(shot.frames, random.Random(3), jitter_px=6.0, missed=0.05)
    detector = RepDetector(which, side="left")
    back_at: list[float] = []
    for (t, clean), (_, seen) in zip(shot.frames, frames, strict=True):
        assert clean is not None
        state = detector.update(t, seen)
        rep = next((i for i, (a, b) in enumerate(shot.reps) if a <= t <= b), None)
        if rep is not None and rep == len(back_at) and t > shot.reps[rep][0] + 0.5 and \
                which.progress(angle_in(clean, which, "left")) <= 0.0:
            back_at.append(t)
        assert state.reps <= len(back_at), t


def test_out_of_view_waits_and_drops_the_rep_it_did_not_see_end() -> None:
    shot = recorded("nerve_flossing", (RepPlan(),) * 4)
    a1, a2, a3 = shot.reps[1][0], shot.reps[2][0], shot.reps[3][0]
    away = ((a1 + 0.8, a2 + 0.8),)  # gone from the middle of the second rep to the third's
    frames = tracked(shot.frames, random.Random(1), jitter_px=2.0, away=away)
    detector = RepDetector(rule("nerve_flossing"), side="left")
    states = run(detector, frames)
    gone_at = next(t for t, _ in frames if t >= away[0][0])
    last_seen = max(t for t, _ in frames if t < gone_at)
    for (t, _), state in zip(frames, states, strict=True):
        if gone_at <= t < last_seen + STATUS_DELAY_S - 1e-9:
            assert state.tracking is Tracking.SEEN  # a short dropout keeps the word
        elif last_seen + STATUS_DELAY_S < t < away[0][1]:
            assert state.tracking is Tracking.OUT_OF_VIEW and state.angle_deg is None
            assert state.tracking.word.startswith("Out of view")
            assert state.phase is (Phase.OUT if t <= last_seen + MAX_GAP_S else Phase.WAITING)
    # The first and last reps counted; the two the camera did not see through are not.
    assert len(detector.reps) == 2
    assert detector.reps[0].back_s <= a1 and detector.reps[1].left_start_s >= a3


def test_a_short_dropout_does_not_lose_the_rep() -> None:
    shot = recorded("nerve_flossing", (RepPlan(),) * 3)
    a, b = shot.reps[1]
    middle = (a + b) / 2
    gap = ((middle - MAX_GAP_S / 2, middle + MAX_GAP_S / 2 - 0.1),)
    detector = RepDetector(rule("nerve_flossing"), side="left")
    run(detector, tracked(shot.frames, random.Random(2), away=gap))
    assert len(detector.reps) == 3


def test_unclear_joints_are_not_used_and_say_so() -> None:
    shot = recorded("toe_touch_progression", (RepPlan(),) * 3)
    a, b = shot.reps[1]
    dim = ((a + 1.0, b - 1.0),)  # too dark through the second rep
    frames = tracked(shot.frames, random.Random(4), jitter_px=2.0, unclear=dim)
    detector = RepDetector(rule("toe_touch_progression"))
    states = run(detector, frames)
    words = {s.tracking for (t, _), s in zip(frames, states, strict=True)
             if dim[0][0] + STATUS_DELAY_S + 0.1 < t < dim[0][1]}
    assert words == {Tracking.UNCLEAR}
    assert Tracking.UNCLEAR.word.startswith("Can't see clearly")
    assert len(detector.reps) == 2
    assert states[-1].tracking is Tracking.SEEN


def test_alternating_sides_follow_the_working_side() -> None:
    """Supine reaches alternate legs: each rep is measured on the side the workout names,
    which changes when a rep is counted."""
    assert exercise("supine_toe_touches").sides is Sides.ALTERNATE
    which = rule("supine_toe_touches")
    plans = (RepPlan(),)
    shots = [recorded("supine_toe_touches", plans, side) for side in ("left", "right") * 2]
    detector = RepDetector(which, side="left")
    offset = 0.0
    for shot in shots:
        for t, frame in shot.frames:
            state = detector.update(offset + t, frame)
            if state.new_reps:
                detector.set_side("right" if detector.side == "left" else "left")
        offset += shot.frames[-1][0] + 1.0 / FPS
    assert [rep.side for rep in detector.reps] == ["left", "right", "left", "right"]


def test_the_other_leg_moving_is_not_a_rep() -> None:
    """Even with both legs seen clearly, the resting leg is the one measured."""
    shot = recorded("supine_toe_touches", (RepPlan(),) * 3, "left")
    clear = [(t, PoseFrame({name: replace(p, visibility=0.9)
                            for name, p in frame.landmarks.items()}, frame.aspect))
             for t, frame in shot.frames if frame is not None]
    detector = RepDetector(rule("supine_toe_touches"), side="right")
    states = run(detector, clear)
    assert {s.tracking for s in states} == {Tracking.SEEN}
    assert detector.reps == [] and detector.partial == 0


def test_both_sides_alike_are_measured_on_the_side_the_camera_sees() -> None:
    which = rule("toe_touch_progression")
    assert which.side is CameraSide.BOTH
    for near in ("left", "right"):
        shot = recorded("toe_touch_progression", (RepPlan(),) * 2, near)
        detector = RepDetector(which)
        states = run(detector, shot.frames)
        assert states[-1].side == near and len(detector.reps) == 2


def test_a_fixed_side_rule_ignores_the_working_side() -> None:
    which = replace(rule("nerve_flossing"), side=CameraSide.RIGHT)
    detector = RepDetector(which, side="left")
    assert detector.side == "right"
    with pytest.raises(ValueError, match="working side"):
        RepDetector(rule("nerve_flossing"))


def test_first_seen_at_the_far_end_waits_for_the_start() -> None:
    shot = recorded("nerve_flossing", (RepPlan(),) * 2)
    first_back = shot.reps[0][0] + exercise("nerve_flossing").tempo_s * 0.55
    frames = [(t, f) for t, f in shot.frames if t >= first_back]  # in view mid-rep, knee out
    detector = RepDetector(rule("nerve_flossing"), side="left")
    states = run(detector, frames)
    assert states[0].phase is Phase.WAITING
    assert len(detector.reps) == 1


def test_a_change_of_side_starts_afresh() -> None:
    shot = recorded("nerve_flossing", (RepPlan(),) * 2)
    detector = RepDetector(rule("nerve_flossing"), side="left")
    half = [(t, f) for t, f in shot.frames if t < shot.reps[0][0] + 1.0]
    state = run(detector, half)[-1]
    assert state.phase is Phase.OUT
    detector.set_side("left")  # no change: the rep goes on
    assert detector.update(half[-1][0] + 0.05, half[-1][1]).phase is Phase.OUT
    detector.set_side("right")  # the other leg, resting: the rep under way is dropped
    state = detector.update(half[-1][0] + 0.1, half[-1][1])
    assert state.phase is Phase.WAITING and state.side == "right" and detector.reps == []


def _frame(points: dict[str, tuple[float, float, float]]) -> PoseFrame:
    return PoseFrame({name: Landmark(*p) for name, p in points.items()})


def test_hostile_frames_are_unseen_not_errors() -> None:
    detector = RepDetector(rule("nerve_flossing"), side="left")
    good = {"left_hip": (0.5, 0.5, 0.9), "left_knee": (0.6, 0.5, 0.9),
            "left_ankle": (0.6, 0.7, 0.9)}
    cases = [
        {},
        {**good, "left_knee": (math.nan, 0.5, 0.9)},
        {**good, "left_ankle": (0.6, math.inf, 0.9)},
        {**good, "left_hip": (1e300, -1e300, 0.9)},
        {**good, "left_hip": (0.5, 0.5, math.nan)},
        {**good, "left_knee": (0.5, 0.5, 0.9), "left_hip": (0.5, 0.5, 0.9)},  # one point
    ]
    t = 0.0
    for points in cases:
        t += 1.0
        state = detector.update(t, _frame(points))
        assert state.tracking is not Tracking.SEEN or state.angle_deg is not None
        assert state.reps == 0
    assert detector.update(t + 1.0, _frame(good)).angle_deg == pytest.approx(90.0)
    with pytest.raises(ValueError, match="time order"):
        detector.update(t, _frame(good))


def test_turn_fits_the_peak_between_samples() -> None:
    """A peak between frames is found from the samples around it, and one wild frame does
    not make a peak."""
    samples = [(i / 10, 100.0 - 40.0 * (i / 10 - 1.03) ** 2) for i in range(21)]
    assert turn(samples, +1.0) == pytest.approx(100.0, abs=0.01)
    valley = [(t, 200.0 - a) for t, a in samples]
    assert turn(valley, -1.0) == pytest.approx(100.0, abs=0.01)
    wild = [(t, a + (60.0 if i == 5 else 0.0)) for i, (t, a) in enumerate(samples)]
    assert turn(wild, +1.0) < 110.0
    assert turn([(0.0, 50.0)], +1.0) == 50.0


def test_a_jittery_hold_is_measured_at_its_level_not_its_wildest_frame() -> None:
    rng = random.Random(5)
    ramp = [(i / 15, 170.0 - 110.0 * i / 15) for i in range(16)]  # down to 60 in a second
    hold = [(1.0 + i / 15, 60.0 + rng.gauss(0.0, 6.0)) for i in range(1, 150)]
    assert turn(ramp + hold, -1.0) == pytest.approx(60.0, abs=2.0)
    assert min(a for _, a in hold) < 50.0  # what taking the smallest frame would have said


def test_jitter_around_a_straight_joint_averages_to_straight() -> None:
    """A straight leg seen with jitter looks bent either way; once the detector has seen which
    way the joint bends, a bend the other way near straight is read as past straight."""
    detector = RepDetector(rule("nerve_flossing"), side="left")
    rng = random.Random(6)

    def leg(knee_deg: float) -> PoseFrame:
        shin = math.radians(180.0 - knee_deg)
        knee = (0.4, 0.5)
        ankle = (knee[0] + 0.2 * math.cos(shin) / (4 / 3), knee[1] + 0.2 * math.sin(shin))
        return _frame({"left_hip": (0.2, 0.5, 0.9), "left_knee": (*knee, 0.9),
                       "left_ankle": (*ankle, 0.9)})

    t = 0.0
    for knee in [70.0] * 10 + [178.0 + rng.gauss(0.0, 6.0) for _ in range(300)] + [60.0] * 15:
        t += 1 / 15
        detector.update(t, leg(knee))
    assert len(detector.reps) == 1
    assert detector.reps[0].furthest_deg == pytest.approx(178.0, abs=1.0)
    folded = [180.0 - abs(2.0 - rng.gauss(0.0, 6.0)) for _ in range(3000)]
    assert sum(folded) / len(folded) < 176.0  # what reading 0..180 only would have said

"""How well the camera's rep counter counts, and how close its range of motion is, on sets made
from the pose model's moving figure.

    .venv/bin/python benchmarks/rep_counting.py [--seeds 5] [--fps 15]

Each exercise of the bundled routine with a camera rule does a set of ten reps: six at the
routine's pace, two quicker (0.6 x the time), one slower (1.5 x, after a pause) and one that
stops a little over halfway (reach 0.55, which must not count), so nine count. The tracker's
landmarks are off by Gaussian jitter (pixels of a 480-pixel-high picture) and 5 % of the frames
find no body. The table gives the reps counted against the reps done over all seeds, the
extra and missed ones, and the error of the range of motion of the counted reps (degrees).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.figure import moving_figure
from warmup_gui.core.figure_landmarks import RepPlan, Take, take, tracked, true_ranges
from warmup_gui.core.loader import load_routine
from warmup_gui.core.pose_library import movement
from warmup_gui.core.rep_detector import RepDetector
from warmup_gui.core.routine import CameraRule

PLANS = (*(RepPlan(),) * 3, RepPlan(reach=0.55), *(RepPlan(),) * 3,
         RepPlan(stretch=0.6), RepPlan(stretch=0.6), RepPlan(stretch=1.5, pause_s=1.0))
JITTER_PX = (0.0, 3.0, 6.0, 10.0)
MISSED = 0.05


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5, help="sets per exercise and jitter")
    parser.add_argument("--fps", type=float, default=15.0, help="pictures a second")
    args = parser.parse_args()
    routine = load_routine(BUNDLED_ROUTINE)
    print(f"{args.fps:g} pictures a second, {MISSED:.0%} of them with no body found, "
          f"{args.seeds} sets of {len(PLANS)} reps each ({sum(p.reach == 1 for p in PLANS)} "
          "that count)")
    print(f"{'exercise':<24}{'jitter px':>10}{'counted/true':>14}{'extra':>7}{'missed':>8}"
          f"{'ROM error mean':>16}{'mean |err|':>12}{'max |err|':>11}")
    for exercise in routine.exercises:
        rule = exercise.camera
        if rule is None:
            continue
        picture = exercise.illustration_for(exercise.positions[0], None)
        found = movement(picture.start, picture.end)
        if found is None:
            continue
        shot = take(moving_figure(found[0]), exercise, PLANS, "left", args.fps)
        truth = [(a, b, rom) for (a, b), plan, rom in
                 zip(shot.reps, PLANS, true_ranges(shot, rule, "left"), strict=True)
                 if plan.reach == 1.0]  # (start, end, range) of each rep that counts
        for jitter in JITTER_PX:
            print(row(exercise.id, rule, shot, truth, jitter, args.seeds))
    return 0


def row(name: str, rule: CameraRule, shot: Take, truth: list[tuple[float, float, float]],
        jitter: float, seeds: int) -> str:
    """One line of the table: ``seeds`` runs of the set with this much jitter."""
    counted = extra = missed = 0
    errors: list[float] = []
    for seed in range(seeds):
        frames = tracked(shot.frames, random.Random(seed), jitter_px=jitter, missed=MISSED)
        detector = RepDetector(rule, side="left")
        for t, frame in frames:
            detector.update(t, frame)
        counted += len(detector.reps)
        matched = set()
        for rep in detector.reps:  # each counted rep belongs to the rep done when it ended
            hit = next((i for i, (a, b, _) in enumerate(truth)
                        if a <= rep.back_s <= b and i not in matched), None)
            if hit is None:
                extra += 1
            else:
                matched.add(hit)
                errors.append(rep.range_deg - truth[hit][2])
        missed += len(truth) - len(matched)
    absolute = [abs(e) for e in errors]
    return (f"{name:<24}{jitter:>10g}{f'{counted}/{len(truth) * seeds}':>14}{extra:>7}"
            f"{missed:>8}{statistics.mean(errors):>+16.1f}{statistics.mean(absolute):>12.1f}"
            f"{max(absolute):>11.1f}")


if __name__ == "__main__":
    raise SystemExit(main())

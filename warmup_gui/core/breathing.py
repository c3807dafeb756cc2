"""Breathing-pacer math: where in a breath pattern a moment falls, as pure functions."""

from __future__ import annotations

import enum
import math

from warmup_gui.core.record import frozen_record, replace
from warmup_gui.core.routine import Breath, Routine


class BreathPhase(enum.Enum):
    INHALE = "inhale"
    HOLD_IN = "hold_in"  # hold with full lungs
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"  # hold with empty lungs

    def word_in(self, pattern: Breath) -> str:
        """The phase as the pacer shows it, in the pattern's own words."""
        breathe_in, hold, breathe_out = pattern.phase_words
        return {"inhale": breathe_in, "exhale": breathe_out}.get(self.value, hold)


PRESETS: dict[str, Breath] = {
    "4-6": Breath(inhale_s=4.0, exhale_s=6.0),
    "5-5": Breath(inhale_s=5.0, exhale_s=5.0),
    "box 4-4-4-4": Breath(inhale_s=4.0, hold_in_s=4.0, exhale_s=4.0, hold_out_s=4.0),
}


@frozen_record
class BreathPoint:
    phase: BreathPhase
    level: float  # 0 = empty, 1 = full lungs; eased, drives the pacer's size
    phase_remaining_s: float
    phase_progress: float  # 0..1 through the current phase
    cycle: int  # 0-based
    done: bool  # the pattern has run all its cycles
    word: str = ""  # the phase as the pacer shows it


def ease(p: float) -> float:
    """Sine ease-in-out on 0..1: starts and ends gently, never overshoots."""
    p = min(1.0, max(0.0, p))
    return 0.5 - 0.5 * math.cos(math.pi * p)


def phases(pattern: Breath) -> list[tuple[BreathPhase, float]]:
    """The phases of one cycle with their lengths, zero-length holds left out."""
    all_phases = [
        (BreathPhase.INHALE, pattern.inhale_s),
        (BreathPhase.HOLD_IN, pattern.hold_in_s),
        (BreathPhase.EXHALE, pattern.exhale_s),
        (BreathPhase.HOLD_OUT, pattern.hold_out_s),
    ]
    return [(phase, length) for phase, length in all_phases if length > 0]


def breath_at(pattern: Breath, t: float) -> BreathPoint:
    """Where the pattern is ``t`` seconds after it started."""
    cycle_s = pattern.cycle_s
    last = phases(pattern)[-1][0]
    if t >= pattern.duration_s:
        return BreathPoint(last, 0.0, 0.0, 1.0, pattern.cycles - 1, True, last.word_in(pattern))
    t = max(0.0, t)
    cycle = int(t // cycle_s)
    within = t - cycle * cycle_s
    for phase, length in phases(pattern):
        if within < length:
            progress = within / length
            level = {
                BreathPhase.INHALE: ease(progress),
                BreathPhase.HOLD_IN: 1.0,
                BreathPhase.EXHALE: 1.0 - ease(progress),
                BreathPhase.HOLD_OUT: 0.0,
            }[phase]
            return BreathPoint(phase, level, length - within, progress, cycle, False,
                               phase.word_in(pattern))
        within -= length
    # Floating-point edge at the very end of a cycle.
    return BreathPoint(last, 0.0, 0.0, 1.0, cycle, False, last.word_in(pattern))


@frozen_record
class BreathGroup:
    """Exercises of a routine that breathe the same pattern (the same seconds for each phase),
    so one choice of breathing serves them all. ``key`` names where that choice is kept: ""
    when the whole routine breathes this one pattern (the choice is the routine's), else the
    id of the group's first exercise (a choice per exercise)."""

    key: str
    pattern: Breath  # the routine's own
    exercise_ids: tuple[str, ...]
    names: tuple[str, ...]


def breath_groups(routine: Routine) -> tuple[BreathGroup, ...]:
    """The routine's breathing patterns, in the order its exercises first use them: one group
    when every exercise that breathes breathes alike, one per pattern where they differ."""
    found: list[tuple[Breath, list[str], list[str]]] = []
    for exercise in routine.exercises:
        if exercise.breath is None:
            continue
        group = next((g for g in found if g[0].same_pattern(exercise.breath)), None)
        if group is None:
            found.append((exercise.breath, [exercise.id], [exercise.name]))
        else:
            group[1].append(exercise.id)
            group[2].append(exercise.name)
    return tuple(BreathGroup("" if len(found) == 1 else ids[0], pattern, tuple(ids), tuple(names))
                 for pattern, ids, names in found)


def drops_holds(own: Breath, chosen: Breath | None) -> bool:
    """Whether breathing ``chosen`` instead of ``own`` leaves out holds that ``own`` has
    (the user is told; None keeps ``own``)."""
    return own.has_holds and chosen is not None and not chosen.has_holds


def chosen_breaths(groups: tuple[BreathGroup, ...], chosen: dict[str, Breath | None]
                   ) -> tuple[tuple[str, Breath], ...]:
    """The breathing each exercise takes from the choices per group key (None or a key left
    out: the exercise keeps its own), as (exercise id, pattern) pairs."""
    return tuple((exercise_id, pattern) for group in groups
                 if (pattern := chosen.get(group.key)) is not None
                 for exercise_id in group.exercise_ids)


def with_breath(routine: Routine, breaths: tuple[tuple[str, Breath], ...]) -> Routine:
    """The routine with each named exercise breathing the seconds of its pattern in
    ``breaths`` (exercise id, pattern); each keeps its own cycles, its place in the rep and
    the pacer's words. An exercise not named keeps its own pattern."""
    chosen = dict(breaths)
    exercises = tuple(
        replace(ex, breath=replace(ex.breath, inhale_s=pattern.inhale_s,
                                   hold_in_s=pattern.hold_in_s, exhale_s=pattern.exhale_s,
                                   hold_out_s=pattern.hold_out_s))
        if ex.breath and (pattern := chosen.get(ex.id)) is not None else ex
        for ex in routine.exercises)
    return replace(routine, exercises=exercises)

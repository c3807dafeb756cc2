"""Breathing-pacer math: breath_at and ease, for every preset; which exercises one choice of
breathing is for."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from warmup_gui.core.breathing import (
    PRESETS,
    BreathPhase,
    BreathPoint,
    breath_at,
    breath_groups,
    chosen_breaths,
    drops_holds,
    ease,
    phases,
    with_breath,
)
from warmup_gui.core.loader import parse_routine
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Breath, Routine

PRESET_PARAMS = [pytest.param(pattern, id=name) for name, pattern in PRESETS.items()]


def expected_phases(pattern: Breath) -> list[tuple[BreathPhase, float]]:
    """The phases of one cycle, worked out from the pattern's fields."""
    out = [(BreathPhase.INHALE, pattern.inhale_s)]
    if pattern.hold_in_s:
        out.append((BreathPhase.HOLD_IN, pattern.hold_in_s))
    out.append((BreathPhase.EXHALE, pattern.exhale_s))
    if pattern.hold_out_s:
        out.append((BreathPhase.HOLD_OUT, pattern.hold_out_s))
    return out


def test_the_presets() -> None:
    assert PRESETS["4-6"] == Breath(inhale_s=4, exhale_s=6)
    assert PRESETS["5-5"] == Breath(inhale_s=5, exhale_s=5)
    assert PRESETS["box 4-4-4-4"] == Breath(inhale_s=4, hold_in_s=4, exhale_s=4, hold_out_s=4)
    assert phases(PRESETS["4-6"]) == [(BreathPhase.INHALE, 4), (BreathPhase.EXHALE, 6)]
    assert phases(PRESETS["box 4-4-4-4"]) == [
        (BreathPhase.INHALE, 4), (BreathPhase.HOLD_IN, 4), (BreathPhase.EXHALE, 4),
        (BreathPhase.HOLD_OUT, 4)]
    assert [str(p) for p in PRESETS.values()] == ["4-6", "5-5", "4-4-4-4"]
    assert [p.duration_s for p in PRESETS.values()] == [10.0, 10.0, 16.0]


@pytest.mark.parametrize("pattern", PRESET_PARAMS)
def test_phase_sequence_and_durations(pattern: Breath) -> None:
    assert phases(pattern) == expected_phases(pattern)
    assert sum(length for _, length in phases(pattern)) == pattern.cycle_s == pattern.duration_s
    start = 0.0
    for phase, length in expected_phases(pattern):
        at_start = breath_at(pattern, start)
        assert (at_start.phase, at_start.phase_remaining_s, at_start.phase_progress) == \
            (phase, length, 0.0)
        middle = breath_at(pattern, start + length / 2)
        assert (middle.phase, middle.phase_remaining_s, middle.phase_progress) == \
            (phase, length / 2, 0.5)
        late = breath_at(pattern, start + length * 0.9)
        assert late.phase is phase
        assert late.phase_remaining_s == pytest.approx(length * 0.1)
        assert not (at_start.done or middle.done or late.done)
        assert at_start.cycle == middle.cycle == late.cycle == 0
        start += length


@pytest.mark.parametrize("pattern", PRESET_PARAMS)
def test_phase_remaining_counts_down(pattern: Breath) -> None:
    samples = [breath_at(pattern, i * 0.25) for i in range(int(pattern.duration_s * 4))]
    for a, b in itertools.pairwise(samples):
        if a.phase is b.phase:
            assert b.phase_remaining_s == pytest.approx(a.phase_remaining_s - 0.25)
            assert b.phase_progress > a.phase_progress
        else:
            assert a.phase_remaining_s == pytest.approx(0.25)


@pytest.mark.parametrize("pattern", PRESET_PARAMS)
def test_level(pattern: Breath) -> None:
    inhale = pattern.inhale_s
    assert breath_at(pattern, 0.0).level == 0.0
    assert breath_at(pattern, inhale).level == 1.0  # full at the end of the inhale
    assert breath_at(pattern, inhale * (1 - 1e-9)).level == pytest.approx(1.0)
    assert breath_at(pattern, inhale / 2).level == pytest.approx(0.5)
    # eased, not linear: slow at the start of the breath, slow at the top
    quarter = breath_at(pattern, inhale / 4).level
    assert 0.0 < quarter < 0.25
    assert quarter == pytest.approx(0.5 - 0.5 * 2 ** -0.5)
    assert 0.75 < breath_at(pattern, inhale * 3 / 4).level < 1.0
    exhale_start = pattern.inhale_s + pattern.hold_in_s
    if pattern.hold_in_s:
        assert breath_at(pattern, inhale + pattern.hold_in_s / 2).level == 1.0
    assert breath_at(pattern, exhale_start).level == 1.0
    assert breath_at(pattern, exhale_start + pattern.exhale_s / 4).level > 0.75  # eased out too
    assert breath_at(pattern, exhale_start + pattern.exhale_s * (1 - 1e-9)).level == \
        pytest.approx(0.0)
    if pattern.hold_out_s:
        assert breath_at(pattern, exhale_start + pattern.exhale_s + 0.1).level == 0.0


@pytest.mark.parametrize("pattern", PRESET_PARAMS)
def test_level_rises_holds_and_falls(pattern: Breath) -> None:
    points = [breath_at(pattern, i * 0.05) for i in range(int(pattern.duration_s * 20))]
    for a, b in itertools.pairwise(points):
        assert 0.0 <= b.level <= 1.0
        if a.phase is b.phase is BreathPhase.INHALE:
            assert b.level > a.level
        elif a.phase is b.phase is BreathPhase.EXHALE:
            assert b.level < a.level
        elif a.phase is b.phase:
            assert b.level == a.level
        else:
            assert abs(b.level - a.level) < 0.01  # no jump between phases


@pytest.mark.parametrize("pattern", PRESET_PARAMS)
def test_cycles(pattern: Breath) -> None:
    three = replace(pattern, cycles=3)
    assert three.duration_s == 3 * pattern.cycle_s
    for cycle in range(3):
        t = cycle * three.cycle_s
        point = breath_at(three, t + 0.5)
        assert (point.cycle, point.phase, point.done) == (cycle, BreathPhase.INHALE, False)
        assert breath_at(three, t).level == 0.0
        last = breath_at(three, t + three.cycle_s - 0.01)
        assert (last.cycle, last.phase) == (cycle, expected_phases(pattern)[-1][0])
    assert breath_at(three, three.duration_s - 1e-6).done is False
    assert str(three).endswith(" × 3")


@pytest.mark.parametrize("pattern", PRESET_PARAMS)
@pytest.mark.parametrize("cycles", [1, 2])
def test_done_after_duration(pattern: Breath, cycles: int) -> None:
    pattern = replace(pattern, cycles=cycles)
    last_phase = expected_phases(pattern)[-1][0]
    for t in [pattern.duration_s, pattern.duration_s + 0.001, pattern.duration_s + 1000]:
        assert breath_at(pattern, t) == BreathPoint(
            phase=last_phase, level=0.0, phase_remaining_s=0.0, phase_progress=1.0,
            cycle=cycles - 1, done=True, word=last_phase.word_in(pattern))


@pytest.mark.parametrize("pattern", PRESET_PARAMS)
def test_before_the_start_is_the_start(pattern: Breath) -> None:
    assert breath_at(pattern, -3.0) == breath_at(pattern, 0.0)


def test_phase_words() -> None:
    plain = Breath(inhale_s=4.0, exhale_s=4.0)
    assert [p.word_in(plain) for p in BreathPhase] == ["Breathe in", "Hold", "Breathe out",
                                                       "Hold"]
    own = Breath(inhale_s=4.0, exhale_s=4.0, words=("Sniff in", "Stay full", "Sigh out"))
    assert [p.word_in(own) for p in BreathPhase] == ["Sniff in", "Stay full", "Sigh out",
                                                     "Stay full"]


def test_ease_bounds_and_shape() -> None:
    assert ease(0.0) == 0.0
    assert ease(1.0) == 1.0
    assert ease(0.5) == pytest.approx(0.5)
    assert ease(-5.0) == 0.0 and ease(7.0) == 1.0
    samples = [i / 1000 for i in range(-100, 1101)]
    values = [ease(p) for p in samples]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert all(b >= a for a, b in itertools.pairwise(values))
    inside = [ease(i / 1000) for i in range(1001)]
    assert all(b > a for a, b in itertools.pairwise(inside))  # strictly on 0..1
    for i in range(1001):
        p = i / 1000
        assert ease(p) + ease(1 - p) == pytest.approx(1.0)  # symmetric ease-in-out
    assert ease(0.1) < 0.1 and ease(0.9) > 0.9


def mixed_breathing() -> Routine:
    """Slow lifts breathing 3-3 before each rep, then a quiet sit breathing box breaths."""
    text = (Path(__file__).parents[1] / "routines" / "tempo_phases.yaml").read_text("utf-8")
    box = ("    breath: {inhale_s: 4, hold_in_s: 4, exhale_s: 4, hold_out_s: 4, at: hold}\n"
           "    movement: {out: Settle in, back: Sit up}\n")
    return parse_routine(text.replace("    movement: {out: Settle in, back: Sit up}\n", box))


def test_exercises_that_breathe_differently_are_chosen_for_apart() -> None:
    routine = mixed_breathing()
    groups = breath_groups(routine)
    assert [(g.key, str(g.pattern), g.exercise_ids, g.names) for g in groups] == [
        ("slow_bridge", "3-3", ("slow_bridge",), ("Slow bridge",)),
        ("quiet_sit", "4-4-4-4", ("quiet_sit",), ("Quiet sit",))]
    five = PRESETS["5-5"]
    chosen = chosen_breaths(groups, {"slow_bridge": five, "quiet_sit": None})
    assert chosen == (("slow_bridge", five),)
    bridge, sit = with_breath(routine, chosen).exercises
    assert bridge.breath is not None and bridge.breath.same_pattern(five)
    assert sit.breath == routine.exercises[1].breath  # its holds never replaced unasked
    assert drops_holds(groups[1].pattern, five) and not drops_holds(groups[0].pattern, five)
    assert not drops_holds(groups[1].pattern, None)
    assert not drops_holds(groups[1].pattern, PRESETS["box 4-4-4-4"])


def test_a_routine_that_breathes_one_pattern_is_chosen_for_as_a_whole(
        routine: Routine) -> None:
    groups = breath_groups(routine)
    assert len(groups) == 1 and groups[0].key == ""
    assert {e.id for e in routine.exercises if e.breath} == set(groups[0].exercise_ids)
    box = PRESETS["box 4-4-4-4"]
    breathed = with_breath(routine, chosen_breaths(groups, {"": box}))
    assert all(e.breath.same_pattern(box) for e in breathed.exercises if e.breath)
    assert with_breath(routine, chosen_breaths(groups, {"": None})) == routine

"""The routine loader: the bundled routine matches the seed, and every bad file is a RoutineError
naming file, line and field.

Broken routines are the bundled routine with one line changed, so they stay realistic; line
numbers are found in the mutated text (never hard-coded), then asserted exactly.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from warmup_gui.core import routine as routine_module
from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.loader import (
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    Problem,
    RoutineError,
    load_routine,
    parse_routine,
)
from warmup_gui.core.record import field_names, is_record
from warmup_gui.core.routine import (
    Breath,
    CameraRule,
    Equipment,
    Exercise,
    Illustration,
    Movement,
    Position,
    RepRange,
    Routine,
    RoutineSafety,
    Side,
    Sides,
    SymptomRule,
    Variant,
)

SRC = "x.yaml"
REPS_EXPECTED = "expected a whole number ≥ 1 or a range like 15-30 (at most 200)"
EXERCISE_KEYS = ("id, name, summary, sets, movement, steps, safety, reps, tempo_s, rest_s, "
                 "sides, equipment, breath, cue, illustration, positions, side_illustrations, "
                 "symptom_check, smaller, easier, harder, why, camera, tempo, hold_s, per_side, "
                 "side_name")
ROUTINE_KEYS = ("format, title, rounds, exercises, description, source, language, "
                "get_ready_s, round_rest_s, equipment, safety, switch_sides_s, next_position_s, "
                "between_exercises_s, rating_hint")


def mutate(text: str, old: str, new: str) -> str:
    """The text with ``old`` (which must occur exactly once) replaced by ``new``."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the routine"
    return text.replace(old, new)


def line_of(text: str, needle: str) -> int:
    """1-based line number of the single occurrence of ``needle``."""
    assert text.count(needle) == 1, f"{needle!r} occurs {text.count(needle)} times"
    return text[: text.index(needle)].count("\n") + 1


def problems(text: str, source: str = SRC) -> list[str]:
    with pytest.raises(RoutineError) as info:
        parse_routine(text, source)
    found = [str(p) for p in info.value.problems]
    assert str(info.value) == "\n".join(found)
    assert all(isinstance(p, Problem) for p in info.value.problems)
    return found


# --- the bundled routine is the seed's dosage -------------------------------------------------


def test_bundled_routine_header(routine: Routine) -> None:
    assert routine.title == "Tight hamstring warm-up for runners"
    # "Circuit: 2-3 sets each": two or three passes of the circuit, as the post prescribes.
    assert routine.rounds == RepRange(2, 3)
    assert routine.rounds.is_range
    assert str(routine.rounds) == "2-3"
    assert routine.get_ready_s == 5.0
    assert routine.round_rest_s == 30.0
    # Time to go from the ramp and block to a chair, and from the chair to the mat.
    assert routine.between_exercises_s == 15.0
    assert "Marie Whitt" in routine.source
    assert [e.id for e in routine.exercises] == [
        "toe_touch_progression", "nerve_flossing", "supine_toe_touches"]
    assert [e.name for e in routine.exercises] == [
        "Toe Touch Progression", "Hamstring Nerve Flossing", "Alternate Supine Toe Touches"]


def test_bundled_equipment_alternatives(routine: Routine) -> None:
    assert [e.id for e in routine.equipment] == ["yoga_block", "ramp", "chair", "mat"]
    ramp = routine.equipment_by_id("ramp")
    assert ramp.any_of == ("pool noodle", "half foam roller", "bumper plate")
    assert ramp.line == "A low ramp: pool noodle, half foam roller or bumper plate"
    block = routine.equipment_by_id("yoga_block")
    assert block.any_of == ()
    assert block.line == "Yoga block"
    with pytest.raises(KeyError):
        routine.equipment_by_id("kettlebell")


def test_bundled_toe_touch_progression(routine: Routine) -> None:
    ex = routine.exercises[0]
    # "5 reps each position X 1 set (need: a yoga block + pool noodle or half foam roller or
    # bumper plate)"; two ramp positions; one full breath at the bottom.
    assert ex.sets == 1
    assert ex.reps == RepRange(5, 5)
    assert not ex.reps.is_range
    assert ex.sides is Sides.NONE
    assert [p.id for p in ex.positions] == ["toes_up", "heels_up"]
    assert [p.name for p in ex.positions] == ["Toes on the ramp", "Heels on the ramp"]
    assert ex.equipment == ("yoga_block", "ramp")
    assert ex.breath == Breath(inhale_s=4.0, exhale_s=6.0, cycles=1,
                               cue="Stay down and breathe")
    assert str(ex.breath) == "4-6"
    assert ex.tempo_s == 6.0
    assert ex.rep_s == 20.0  # a 4 s breath in at the top, 6 s of movement + a 4-6 breath
    assert ex.movement.top.startswith("Reach both arms up and breathe in")
    assert ex.movement.top_s == 4.0
    assert ex.dosage == "1 set × 5 reps each position"
    assert ex.positions[0].illustration == Illustration("toe_touch_toes_up_top",
                                                        "toe_touch_toes_up_bottom")
    assert ex.positions[1].illustration == Illustration("toe_touch_heels_up_top",
                                                        "toe_touch_heels_up_bottom")


def test_bundled_nerve_flossing(routine: Routine) -> None:
    ex = routine.exercises[1]
    assert ex.sets == 2
    assert ex.reps == RepRange(15, 30)
    assert ex.reps.is_range
    assert str(ex.reps) == "15-30"
    assert ex.sides is Sides.EACH
    assert ex.breath is None
    assert ex.equipment == ("chair",)
    assert ex.rep_s == 3.0
    assert len(ex.positions) == 1
    assert ex.positions[0].id == "main"
    assert ex.positions[0].name == ""
    assert ex.positions[0].illustration == Illustration("nerve_floss_bent", "nerve_floss_straight")
    assert ex.dosage == "2 sets × 15-30 reps per leg"


def test_bundled_supine_toe_touches(routine: Routine) -> None:
    ex = routine.exercises[2]
    assert ex.sets == 2
    assert ex.reps == RepRange(10, 10)
    assert ex.sides is Sides.ALTERNATE
    assert ex.breath is None
    assert ex.equipment == ("mat",)
    assert ex.dosage == "2 sets × 10 reps, alternating sides (5 each side)"
    position = ex.positions[0]
    assert ex.illustration_for(position, Side.LEFT) == Illustration("supine_flat",
                                                                    "supine_reach_left_leg")
    assert ex.illustration_for(position, Side.RIGHT) == Illustration("supine_flat",
                                                                     "supine_reach_right_leg")


def test_bundled_illustration_ids(routine: Routine) -> None:
    assert routine.illustration_ids() == [
        "toe_touch_toes_up_top", "toe_touch_toes_up_bottom",
        "toe_touch_heels_up_top", "toe_touch_heels_up_bottom",
        "nerve_floss_bent", "nerve_floss_straight",
        "supine_flat", "supine_reach_left_leg", "supine_reach_right_leg",
    ]


def test_parse_and_load_agree(bundled_text: str, routine: Routine) -> None:
    assert parse_routine(bundled_text, SRC) == routine


def _walk(value: object, where: str = "routine") -> list[tuple[str, object]]:
    out = [(where, value)]
    if is_record(value) and not isinstance(value, type):
        for name in field_names(value):
            out += _walk(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            out += _walk(item, f"{where}[{i}]")
    return out


def test_parse_routine_returns_frozen_records_only(bundled_text: str) -> None:
    result = parse_routine(bundled_text, SRC)
    assert type(result) is Routine
    allowed = (Routine, Exercise, Equipment, Position, Illustration, Breath, Movement, RepRange,
               SymptomRule, Variant, RoutineSafety, CameraRule, tuple, str, int, float, enum.Enum,
               type(None))
    seen_types = set()
    for where, value in _walk(result):
        assert not isinstance(value, dict | list | set), f"{where} is a raw {type(value).__name__}"
        assert isinstance(value, allowed), f"{where} is a {type(value).__name__}"
        if is_record(value):
            seen_types.add(type(value))
            assert type(value).__module__ == routine_module.__name__
    assert seen_types == {Routine, Exercise, Equipment, Position, Illustration, Breath, Movement,
                          RepRange, SymptomRule, Variant, RoutineSafety, CameraRule}
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.exercises[0].sets = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.title = "changed"  # type: ignore[misc]


def test_optional_defaults(bundled_text: str) -> None:
    text = mutate(bundled_text, "get_ready_s: 5\nround_rest_s: 30\n", "")
    text = mutate(text, "    sides: each\n", "")
    result = parse_routine(text, SRC)
    assert result.get_ready_s == 5.0
    assert result.round_rest_s == 0.0
    assert result.exercises[1].sides is Sides.NONE


@pytest.mark.parametrize(("written", "expected"), [
    ("15-30", RepRange(15, 30)),
    ("15 - 30", RepRange(15, 30)),
    ("15–30", RepRange(15, 30)),  # en dash
    ("15 to 30", RepRange(15, 30)),
    ("12", RepRange(12, 12)),
    ("200", RepRange(200, 200)),
])
def test_rep_range_spellings(bundled_text: str, written: str, expected: RepRange) -> None:
    text = mutate(bundled_text, "    reps: 15-30\n", f"    reps: {written}\n")
    assert parse_routine(text, SRC).exercises[1].reps == expected


# --- one problem, reported exactly ------------------------------------------------------------

TOE_REST = "    rest_s: 0  # one set: no rest between sets\n"

# (case id, old line(s), new line(s), text marking the reported line, field, message)
SINGLE_PROBLEMS = [
    ("reps-not-a-number", "    reps: 5\n", "    reps: lots\n", "reps: lots",
     "exercises[0].reps", f"{REPS_EXPECTED}, got 'lots'"),
    ("range-reversed", "    reps: 15-30\n", "    reps: 30-15\n", "reps: 30-15",
     "exercises[1].reps",
     "expected the smaller number first, got the range '30-15' reversed: write 15-30"),
    ("range-empty", "    reps: 15-30\n", "    reps: 15-15\n", "reps: 15-15",
     "exercises[1].reps", "expected two different numbers in a range, got '15-15': write 15"),
    ("reps-zero", "    reps: 10\n", "    reps: 0\n", "reps: 0",
     "exercises[2].reps", f"{REPS_EXPECTED}, got 0"),
    ("reps-too-many", "    reps: 10\n", "    reps: 201\n", "reps: 201",
     "exercises[2].reps", f"{REPS_EXPECTED}, got 201"),
    ("rounds-zero", "rounds: 2-3\n", "rounds: 0\n", "rounds: 0",
     "rounds", "expected a whole number ≥ 1 or a range like 15-30 (at most 10), got 0"),
    ("rounds-too-many", "rounds: 2-3\n", "rounds: 2-11\n", "rounds: 2-11",
     "rounds", "expected a whole number ≥ 1 or a range like 15-30 (at most 10), got '2-11'"),
    ("tempo-zero", "    tempo_s: 6\n", "    tempo_s: 0\n", "tempo_s: 0",
     "exercises[0].tempo_s", "expected more than 0 seconds per rep, got 0"),
    ("rest-negative", TOE_REST, "    rest_s: -5\n", "rest_s: -5",
     "exercises[0].rest_s", "expected seconds from 0 to 600, got -5"),
    ("sets-bool", "    sets: 1\n", "    sets: true\n", "sets: true",
     "exercises[0].sets", "expected a whole number from 1 to 20, got True"),
    ("sets-fraction", "    sets: 1\n", "    sets: 1.5\n", "sets: 1.5",
     "exercises[0].sets", "expected a whole number from 1 to 20, got 1.5"),
    ("sets-too-many", "    sets: 1\n", "    sets: 21\n", "sets: 21",
     "exercises[0].sets", "expected a whole number from 1 to 20, got 21"),
    ("format-version", "format: 2\n", "format: 3\n", "format: 3",
     "format", f"this app reads routine formats 1 to {FORMAT_VERSION}, the file is format 3"),
    ("format-word", "format: 2\n", "format: one\n", "format: one",
     "format", "expected a whole number from 1 to 1000, got 'one'"),
    ("sides-unknown", "    sides: each\n", "    sides: both\n", "sides: both",
     "exercises[1].sides", "expected one of none, each, alternate, got 'both'"),
    ("get-ready-word", "get_ready_s: 5\n", "get_ready_s: five\n", "get_ready_s: five",
     "get_ready_s", "expected seconds from 0 to 60, got 'five'"),
    # wrong types: a list where text is expected, text where a mapping or list is expected
    ("name-is-a-list", "    name: Toe Touch Progression\n", "    name: [Toe, Touch]\n",
     "name: [Toe, Touch]", "exercises[0].name", "expected text, got a list"),
    ("title-is-a-list", "title: Tight hamstring warm-up for runners\n", "title: [a, b]\n",
     "title: [a, b]", "title", "expected text, got a list"),
    ("breath-is-text",
     "    breath: {inhale_s: 4, exhale_s: 6, cycles: 1, cue: Stay down and breathe}\n",
     "    breath: slow\n", "breath: slow", "exercises[0].breath",
     "expected a mapping with inhale_s, exhale_s, got 'slow'"),
    ("movement-is-text",
     "    movement:\n      out: Straighten the knee, toes up, look up\n"
     "      back: Bend the knee, chin to chest\n",
     "    movement: glide\n", "movement: glide",
     "exercises[1].movement", "expected a mapping with out, back, got 'glide'"),
    ("rest-is-a-list", TOE_REST, "    rest_s: [20]\n", "rest_s: [20]",
     "exercises[0].rest_s", "expected seconds from 0 to 600, got a list"),
    ("sides-is-a-mapping", "    sides: alternate\n", "    sides: {a: 1}\n", "sides: {a: 1}",
     "exercises[2].sides", "expected none, each or alternate, got a mapping"),
    ("empty-text",
     "    safety: No pain, tingling or numbness. If it hurts, make the movement smaller or "
     "stop.\n", "    safety: ''\n", "safety: ''", "exercises[1].safety", "expected text, got ''"),
    ("null-text", "    summary: Standing toe touch with a block between the knees or thighs and "
     "the feet on a ramp.\n", "    summary:\n", "    summary:\n", "exercises[0].summary",
     "expected text, got nothing"),
    ("name-too-long", "    name: Toe Touch Progression\n", "    name: " + "x" * 81 + "\n",
     "x" * 81, "exercises[0].name", "expected at most 80 characters, got 81"),
    ("bad-illustration-id", "{start: nerve_floss_bent,", "{start: Nerve-Floss,",
     "Nerve-Floss", "exercises[1].illustration.start",
     "expected an id of lowercase letters, digits and _ starting with a letter, got 'Nerve-Floss'"),
    ("breath-zero", "{inhale_s: 4, exhale_s: 6, cycles: 1, cue: Stay down and breathe}",
     "{inhale_s: 0, exhale_s: 6, cycles: 1}", "inhale_s: 0", "exercises[0].breath",
     "inhale_s and exhale_s must be longer than 0 seconds"),
    ("custom-tag", "    sets: 1\n", "    sets: !big 1\n", "sets: !big",
     "exercises[0].sets", "expected a whole number from 1 to 20, got a value tagged '!big'"),
    # what a symptom score means
    ("symptom-threshold", "      threshold: 4\n", "      threshold: 11\n", "threshold: 11",
     "exercises[1].symptom_check.threshold", "expected a whole number from 1 to 10, got 11"),
    ("symptom-threshold-word", "      threshold: 4\n", "      threshold: four\n",
     "threshold: four", "exercises[1].symptom_check.threshold",
     "expected a whole number from 1 to 10, got 'four'"),
    # a breath in at the top
    ("top-without-seconds", "      top_s: 4\n", "", "top: Reach both arms up",
     "exercises[0].movement.top_s", "is missing (top and top_s come together)"),
    ("top-zero-seconds", "      top_s: 4\n", "      top_s: 0\n", "top_s: 0",
     "exercises[0].movement.top_s", "expected more than 0 seconds, got 0"),
    # easier and harder versions
    ("variant-no-how", "      name: Split stance\n", "      name: Split stance\n      hwo: x\n",
     "hwo: x", "exercises[0].harder.hwo", "unknown key; expected one of: name, how"),
    ("variant-empty-name", "      name: Knee only\n", "      name: ''\n", "name: ''",
     "exercises[1].easier.name", "expected text, got ''"),
    # unknown keys are reported, not ignored, at every level
    ("unknown-exercise-key", "    sets: 1\n", "    sets: 1\n    setz: 2\n", "setz: 2",
     "exercises[0].setz", f"unknown key; expected one of: {EXERCISE_KEYS}"),
    ("unknown-routine-key", "rounds: 2-3\n", "rounds: 2-3\nround: 3\n", "round: 3",
     "round", f"unknown key; expected one of: {ROUTINE_KEYS}"),
    ("unknown-breath-key", "{inhale_s: 4, exhale_s: 6, cycles: 1, cue: Stay down and breathe}",
     "{inhale_s: 4, exhale_s: 6, cycles: 1, hold: 2}", "hold: 2", "exercises[0].breath.hold",
     "unknown key; expected one of: inhale_s, exhale_s, hold_in_s, hold_out_s, cycles, at, "
     "cue, words"),
    ("unknown-equipment-key", "    name: Chair or bench\n",
     "    name: Chair or bench\n    size: 3\n", "size: 3", "equipment[2].size",
     "unknown key; expected one of: id, name, use, any_of, optional"),
    ("key-twice", "    sets: 1\n", "    sets: 1\n    sets:  2\n", "sets:  2",
     "exercises[0].sets", "appears twice"),
    ("cue-beside-positions", "    sets: 1\n", "    sets: 1\n    cue: Fold\n", "cue: Fold",
     "exercises[0].cue", "give it inside each of the positions instead"),
    # unknown equipment id
    ("unknown-equipment", "    equipment: [chair]\n", "    equipment: [stool]\n",
     "equipment: [stool]", "exercises[1].equipment[0]",
     "unknown equipment 'stool'; the routine's equipment list has: chair, mat, ramp, yoga_block"),
]


@pytest.mark.parametrize(("old", "new", "marker", "field", "message"),
                         [pytest.param(*case[1:], id=case[0]) for case in SINGLE_PROBLEMS])
def test_single_problem(bundled_text: str, old: str, new: str, marker: str, field: str,
                        message: str) -> None:
    text = mutate(bundled_text, old, new)
    line = line_of(text, marker)
    assert problems(text) == [f"{SRC}:{line}: {field}: {message}"]


def test_reps_example_from_the_format_doc(bundled_text: str) -> None:
    text = mutate(bundled_text, "    reps: 5\n", "    reps: lots\n")
    assert problems(text) == [
        f"x.yaml:{line_of(text, 'reps: lots')}: exercises[0].reps: expected a whole number ≥ 1 "
        "or a range like 15-30 (at most 200), got 'lots'"]
    # The line really is the reps line of the first exercise.
    assert text.splitlines()[line_of(text, "reps: lots") - 1] == "    reps: lots"


def test_problem_attributes(bundled_text: str) -> None:
    text = mutate(bundled_text, "    tempo_s: 6\n", "    tempo_s: 0\n")
    with pytest.raises(RoutineError) as info:
        parse_routine(text, "some/dir/warmup.yaml")
    (problem,) = info.value.problems
    assert problem == Problem("some/dir/warmup.yaml", line_of(text, "tempo_s: 0"),
                              "exercises[0].tempo_s", "expected more than 0 seconds per rep, got 0")


# --- missing required fields --------------------------------------------------------------------


@pytest.mark.parametrize(("old", "marker", "field"), [
    pytest.param("    name: Toe Touch Progression\n", "  - id: toe_touch_progression",
                 "exercises[0].name", id="exercise-name"),
    pytest.param("    sets: 1\n", "  - id: toe_touch_progression", "exercises[0].sets",
                 id="exercise-sets"),
    pytest.param("    safety: No pain, tingling or numbness. If it hurts, make the movement "
                 "smaller or stop.\n", "  - id: nerve_flossing", "exercises[1].safety",
                 id="exercise-safety"),
    pytest.param("title: Tight hamstring warm-up for runners\n", "format: 2", "title", id="title"),
    pytest.param("format: 2\n", "title: Tight", "format", id="format"),
    pytest.param("rounds: 2-3\n", "format: 2", "rounds", id="rounds"),
])
def test_missing_required_field(bundled_text: str, old: str, marker: str, field: str) -> None:
    text = mutate(bundled_text, old, "")
    assert problems(text) == [f"{SRC}:{line_of(text, marker)}: {field}: is missing"]


def test_missing_cue_without_positions(bundled_text: str) -> None:
    text = mutate(bundled_text, "    cue: Head and knee move in opposite directions. "
                                "A mild pull at most.\n", "")
    assert problems(text) == [
        f"{SRC}:{line_of(text, 'nerve_flossing')}: exercises[1].cue: "
        "is missing (or give positions, each with its own cue)"]


def test_missing_illustration_without_side_illustrations(bundled_text: str) -> None:
    text = mutate(bundled_text,
                  "    illustration: {start: nerve_floss_bent, end: nerve_floss_straight}\n", "")
    assert problems(text) == [
        f"{SRC}:{line_of(text, 'cue: Head and knee')}: exercises[1].illustration: "
        "is missing (or give side_illustrations for left and right)"]


# Missing keys inside nested mappings must be reported like any other missing field.
NESTED_MISSING = [
    ("illustration-end", "{start: nerve_floss_bent, end: nerve_floss_straight}",
     "{start: nerve_floss_bent}", "start: nerve_floss_bent}", "exercises[1].illustration.end"),
    ("side-illustrations-right",
     "      right: {start: supine_flat, end: supine_reach_right_leg}\n", "",
     "left: {start: supine_flat", "exercises[2].side_illustrations.right"),
    ("position-cue", "        cue: Heels on the ramp, toes on the floor.\n", "",
     "- id: heels_up", "exercises[0].positions[1].cue"),
    ("position-id", "      - id: heels_up\n        name: Heels on the ramp\n",
     "      - name: Heels on the ramp\n", "- name: Heels on the ramp",
     "exercises[0].positions[1].id"),
    ("movement-back", "      back: Lower with control\n", "",
     "out: Lift the leg and reach", "exercises[2].movement.back"),
    ("breath-exhale", "{inhale_s: 4, exhale_s: 6, cycles: 1, cue: Stay down and breathe}",
     "{inhale_s: 4, cycles: 1}",
     "breath: {inhale_s: 4, cycles: 1}", "exercises[0].breath.exhale_s"),
    ("equipment-use", "    use: Lie on it for the supine toe touches\n", "",
     "  - id: mat", "equipment[3].use"),
    ("equipment-id", "  - id: mat\n    name: Mat\n", "  - name: Mat\n", "  - name: Mat",
     "equipment[3].id"),
]


@pytest.mark.parametrize(
    ("old", "new", "marker", "field"),
    [pytest.param(*case[1:], id=case[0]) for case in NESTED_MISSING])
def test_missing_nested_field(bundled_text: str, old: str, new: str, marker: str,
                              field: str) -> None:
    text = mutate(bundled_text, old, new)
    assert f"{SRC}:{line_of(text, marker)}: {field}: is missing" in problems(text)


# --- duplicates ---------------------------------------------------------------------------------


def test_duplicate_exercise_id(bundled_text: str) -> None:
    text = mutate(bundled_text, "  - id: supine_toe_touches\n", "  - id: nerve_flossing\n")
    first = line_of(text, "  - id: nerve_flossing\n    name: Hamstring")
    second = line_of(text, "  - id: nerve_flossing\n    name: Alternate")
    assert problems(text) == [
        f"{SRC}:{first}: exercises[1].id: the exercise id 'nerve_flossing' is used twice",
        f"{SRC}:{second}: exercises[2].id: the exercise id 'nerve_flossing' is used twice",
    ]


def test_duplicate_position_id(bundled_text: str) -> None:
    text = mutate(bundled_text, "      - id: heels_up\n", "      - id: toes_up\n")
    first = line_of(text, "      - id: toes_up\n        name: Toes")
    second = line_of(text, "      - id: toes_up\n        name: Heels")
    assert problems(text) == [
        f"{SRC}:{first}: exercises[0].positions[0].id: the position id 'toes_up' is used twice",
        f"{SRC}:{second}: exercises[0].positions[1].id: the position id 'toes_up' is used twice",
    ]


def test_duplicate_equipment_id(bundled_text: str) -> None:
    text = mutate(bundled_text, "  - id: mat\n", "  - id: chair\n")
    line = line_of(text, "  - id: chair\n    name: Mat")
    assert (f"{SRC}:{line}: equipment[3].id: the equipment id 'chair' is used twice"
            in problems(text))


# --- several problems, all reported -------------------------------------------------------------


def test_several_problems_all_reported_in_file_order(bundled_text: str) -> None:
    text = mutate(bundled_text, "    reps: 5\n", "    reps: lots\n")
    text = mutate(text, "    tempo_s: 3\n    rest_s: 30\n    movement:\n      out: Straighten",
                  "    tempo_s: -1\n    rest_s: 30\n    movement:\n      out: Straighten")
    text = mutate(text, "    equipment: [mat]\n", "    equipment: [matt]\n")
    text = mutate(text, "rounds: 2-3\n", "rounds: 2-3\nlaps: 3\n")
    assert problems(text) == [
        f"{SRC}:{line_of(text, 'laps: 3')}: laps: unknown key; expected one of: {ROUTINE_KEYS}",
        f"{SRC}:{line_of(text, 'reps: lots')}: exercises[0].reps: {REPS_EXPECTED}, got 'lots'",
        f"{SRC}:{line_of(text, 'tempo_s: -1')}: exercises[1].tempo_s: "
        "expected seconds from 0 to 120, got -1",
        f"{SRC}:{line_of(text, '[matt]')}: exercises[2].equipment[0]: unknown equipment 'matt'; "
        "the routine's equipment list has: chair, mat, ramp, yoga_block",
    ]


def test_two_problems_in_one_exercise(bundled_text: str) -> None:
    text = mutate(bundled_text, "    sets: 1\n    reps: 5\n", "    sets: 0\n    reps: 5-1\n")
    assert problems(text) == [
        f"{SRC}:{line_of(text, 'sets: 0')}: exercises[0].sets: "
        "expected a whole number from 1 to 20, got 0",
        f"{SRC}:{line_of(text, 'reps: 5-1')}: exercises[0].reps: expected the smaller number "
        "first, got the range '5-1' reversed: write 1-5",
    ]


# --- not a routine at all -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("- a\n- b\n",
     f"{SRC}:1: expected a mapping with format, title, rounds, exercises, got a list"),
    ("hello\n",
     f"{SRC}:1: expected a mapping with format, title, rounds, exercises, got 'hello'"),
    ("", f"{SRC}: the file is empty; expected a routine"),
    ("# only a comment\n", f"{SRC}: the file is empty; expected a routine"),
    ("format: 1\ntitle: t\nrounds: 2\nexercises: hello\n",
     f"{SRC}:4: exercises: expected a list of exercises, got 'hello'"),
])
def test_not_a_routine(text: str, expected: str) -> None:
    assert problems(text) == [expected]


def test_empty_exercise_list() -> None:
    (message,) = problems("format: 1\ntitle: t\nrounds: 2\nexercises: []\n")
    assert message == f"{SRC}:4: exercises: expected a list of exercises, got an empty list"


def test_yaml_syntax_error_names_the_line(bundled_text: str) -> None:
    text = mutate(bundled_text, "    sets: 1\n", "    sets: [1\n")
    (message,) = problems(text)
    assert message.startswith(f"{SRC}:{line_of(text, 'sets: [1') + 1}: not valid YAML: ")


def test_tab_indentation_names_the_line(bundled_text: str) -> None:
    text = mutate(bundled_text, "    sets: 1\n", "\tsets: 1\n")
    (message,) = problems(text)
    assert message.startswith(f"{SRC}:{line_of(text, chr(9) + 'sets: 1')}: not valid YAML: ")


def test_second_document_refused(bundled_text: str) -> None:
    text = bundled_text + "---\nformat: 1\n"
    (message,) = problems(text)
    assert message.startswith(f"{SRC}:{line_of(text, '---')}: not valid YAML: ")


def test_python_tag_never_constructed(bundled_text: str, tmp_path: Path) -> None:
    sentinel = tmp_path / "pwned"
    text = mutate(bundled_text, "title: Tight hamstring warm-up for runners\n",
                  f'title: !!python/object/apply:os.system "touch {sentinel}"\n')
    assert problems(text) == [
        f"{SRC}:{line_of(text, '!!python')}: title: expected text, got a value tagged "
        "'tag:yaml.org,2002:python/object/apply:os.system'"]
    assert not sentinel.exists()


# --- hostile files through load_routine -------------------------------------------------------


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _bundled_bytes() -> bytes:
    return BUNDLED_ROUTINE.read_bytes()


BILLION_LAUGHS = (
    b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + b"".join(
        b"%c: &%c [%s]\n" % (98 + i, 98 + i, b",".join([b"*%c" % (97 + i)] * 9)) for i in range(8)
    )
)

HOSTILE = {
    "alias-bomb": lambda d: _write(d / "bomb.yaml", BILLION_LAUGHS),
    "alias-in-routine": lambda d: _write(d / "alias.yaml", _bundled_bytes().replace(
        b"    sets: 1\n", b"    sets: &n 1\n").replace(b"    sets: 2\n", b"    sets: *n\n", 1)),
    "python-tag-apply": lambda d: _write(d / "tag.yaml", _bundled_bytes().replace(
        b"title: Tight hamstring warm-up for runners\n",
        b'title: !!python/object/apply:os.system ["touch ' + bytes(d / "pwned") + b'"]\n')),
    "python-tag-root": lambda d: _write(
        d / "root.yaml",
        b'!!python/object/apply:os.system ["touch ' + bytes(d / "pwned") + b'"]\n'),
    "python-tag-new": lambda d: _write(
        d / "new.yaml", b"format: !!python/object/new:os.system [echo hi]\n"),
    "not-utf8": lambda d: _write(d / "latin1.yaml", _bundled_bytes().replace(
        b"title: Tight hamstring", b"title: Tight h\xe4mstring")),
    "utf16": lambda d: _write(d / "utf16.yaml", _bundled_bytes().decode().encode("utf-16")),
    "too-big": lambda d: _write(
        d / "big.yaml", _bundled_bytes() + b"# padding\n" * (MAX_FILE_BYTES // 10)),
    "folder": lambda d: d,
    "missing": lambda d: d / "no_such_routine.yaml",
    "missing-folder": lambda d: d / "no" / "such" / "routine.yaml",
    "empty": lambda d: _write(d / "empty.yaml", b""),
    "whitespace-only": lambda d: _write(d / "blank.yaml", b"\n   \n\n"),
    "nul-bytes": lambda d: _write(d / "nul.yaml", _bundled_bytes().replace(
        b"    sets: 1\n", b"    sets: 1\x00\n")),
    "control-character": lambda d: _write(d / "bell.yaml", _bundled_bytes().replace(
        b"    sets: 1\n", b"    sets: \x07\n")),
    "escape-sequence": lambda d: _write(d / "esc.yaml", b"title: \x1b[31mred\n"),
    "many-values": lambda d: _write(d / "many.yaml", b"exercises: [" + b"1," * 6_000 + b"]\n"),
    "binary-garbage": lambda d: _write(d / "garbage.yaml", bytes(range(256)) * 4),
}

DEEP = {
    "deep-flow-lists-unclosed": lambda d: _write(d / "deep1.yaml", b"[" * 5000),
    "deep-flow-lists": lambda d: _write(d / "deep2.yaml", b"[" * 5000 + b"]" * 5000),
    "deep-flow-mappings": lambda d: _write(d / "deep3.yaml", b"{a: " * 3000 + b"1" + b"}" * 3000),
    "deep-block-mappings": lambda d: _write(
        d / "deep4.yaml", b"".join(b" " * i + b"a:\n" for i in range(600))),
}


def _assert_refused(path: Path) -> RoutineError:
    try:
        load_routine(path)
    except RoutineError as exc:
        error = exc
    else:
        pytest.fail(f"{path} was accepted")
    assert str(path) in str(error)
    assert error.problems
    assert all(p.source == str(path) for p in error.problems)
    return error


@pytest.mark.parametrize("make", [pytest.param(f, id=k) for k, f in HOSTILE.items()])
def test_hostile_file_refused(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    _assert_refused(make(tmp_path))
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("make", [pytest.param(f, id=k) for k, f in DEEP.items()])
def test_deeply_nested_file_refused(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    _assert_refused(make(tmp_path))


def test_moderately_nested_file_refused_cleanly(tmp_path: Path) -> None:
    path = _write(tmp_path / "nested.yaml", b"[" * 20 + b"]" * 20)
    error = _assert_refused(path)
    assert str(error) == f"{path}:1: expected a mapping with format, title, rounds, exercises, " \
                         "got a list"


def test_nesting_deeper_than_a_routine_needs_is_refused_by_name(tmp_path: Path) -> None:
    path = _write(tmp_path / "nested.yaml", b"[" * 100 + b"]" * 100)
    assert str(_assert_refused(path)) == f"{path}:1: lists or mappings nested more than 32 deep"


def test_path_with_nul_byte_refused(tmp_path: Path) -> None:
    _assert_refused(tmp_path / "a\x00b.yaml")


def test_alias_bomb_refused_fast(tmp_path: Path) -> None:
    path = _write(tmp_path / "bomb.yaml", BILLION_LAUGHS)
    t0 = time.perf_counter()
    error = _assert_refused(path)
    took = time.perf_counter() - t0
    assert took < 1.0
    assert str(error) == (f"{path}:1: anchors and aliases (&name, *name) are not allowed "
                          "in a routine")


def test_alias_bomb_inside_a_routine_refused_fast(tmp_path: Path) -> None:
    bundled = _bundled_bytes()
    nested = b"".join(b"  " + line + b"\n" for line in BILLION_LAUGHS.splitlines())
    path = _write(tmp_path / "bomb2.yaml", bundled + b"lols:\n" + nested)
    t0 = time.perf_counter()
    error = _assert_refused(path)
    assert time.perf_counter() - t0 < 1.0
    anchor_line = bundled.count(b"\n") + 2
    assert str(error) == (f"{path}:{anchor_line}: anchors and aliases (&name, *name) are not "
                          "allowed in a routine")


def test_python_tag_message_and_no_side_effect(tmp_path: Path) -> None:
    path = HOSTILE["python-tag-apply"](tmp_path)
    error = _assert_refused(path)
    line = line_of(path.read_text(), "!!python")
    assert str(error) == f"{path}:{line}: title: expected text, got a list"
    assert not (tmp_path / "pwned").exists()


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = HOSTILE["not-utf8"](tmp_path)
    line = path.read_bytes()[: path.read_bytes().index(b"\xe4")].count(b"\n") + 1
    assert line == line_of(path.read_bytes().decode("latin-1"), "title: Tight")
    assert str(_assert_refused(path)) == f"{path}:{line}: is not UTF-8 text"


def test_not_utf8_on_a_later_line(tmp_path: Path) -> None:
    data = _bundled_bytes().replace(b"    reps: 10\n", b"    reps: 1\xff0\n")
    path = _write(tmp_path / "late.yaml", data)
    line = data[: data.index(b"\xff")].count(b"\n") + 1
    assert line > 80
    assert str(_assert_refused(path)) == f"{path}:{line}: is not UTF-8 text"


def test_size_cap(tmp_path: Path) -> None:
    path = HOSTILE["too-big"](tmp_path)
    assert path.stat().st_size > MAX_FILE_BYTES
    assert str(_assert_refused(path)) == (
        f"{path}: is larger than {MAX_FILE_BYTES // 1024} KiB; a routine file is a few KiB")


def test_file_at_the_size_cap_is_read(tmp_path: Path) -> None:
    data = _bundled_bytes()
    data += b"#" * (MAX_FILE_BYTES - len(data) - 1) + b"\n"
    assert len(data) == MAX_FILE_BYTES
    path = _write(tmp_path / "full.yaml", data)
    assert load_routine(path) == parse_routine(_bundled_bytes().decode(), "x")


@pytest.mark.parametrize(("name", "expected"), [
    ("folder", "{path}: is a folder, not a file; expected a routine file"),
    ("missing", "{path}: no such file"),
    ("empty", "{path}: the file is empty; expected a routine"),
    ("whitespace-only", "{path}: the file is empty; expected a routine"),
])
def test_whole_file_problems(tmp_path: Path, name: str, expected: str) -> None:
    path = HOSTILE[name](tmp_path)
    assert str(_assert_refused(path)) == expected.format(path=path)


@pytest.mark.parametrize("name", ["nul-bytes", "control-character", "escape-sequence"])
def test_control_characters_refused(tmp_path: Path, name: str) -> None:
    path = HOSTILE[name](tmp_path)
    error = _assert_refused(path)
    (problem,) = error.problems
    assert problem.message.startswith("not valid YAML: ")


def test_many_values_refused(tmp_path: Path) -> None:
    path = HOSTILE["many-values"](tmp_path)
    t0 = time.perf_counter()
    error = _assert_refused(path)
    assert time.perf_counter() - t0 < 5.0
    assert "values; a routine is far smaller" in str(error)


def test_load_bundled_with_bom(tmp_path: Path, routine: Routine) -> None:
    path = _write(tmp_path / "bom.yaml", b"\xef\xbb\xbf" + _bundled_bytes())
    assert load_routine(path) == routine


def test_load_accepts_a_symlink(tmp_path: Path, bundled_path: Path, routine: Routine) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(bundled_path)
    assert load_routine(link) == routine
    dangling = tmp_path / "dangling.yaml"
    dangling.symlink_to(tmp_path / "gone.yaml")
    assert str(_assert_refused(dangling)) == f"{dangling}: no such file"


def test_sides_enum_values() -> None:
    assert {s.value for s in Sides} == {"none", "each", "alternate"}
    assert Side.LEFT.label == "Left"
    assert Side.RIGHT.label == "Right"


# --- every safety text lives in the routine ----------------------------------------------------


def test_bundled_safety_texts_follow_the_source(routine: Routine) -> None:
    safety = routine.safety
    assert any("sciatica" in p for p in safety.precautions)
    # The source's three red flags: painful, does not last, stiffer afterwards.
    flags = " ".join(safety.red_flags).lower()
    assert "hurts" in flags and "does not last" in flags and "stiffer afterwards" in flags
    assert safety.red_flags_mean and "clinician" in safety.lingering
    assert safety.red_flags_line.endswith(safety.red_flags_mean)


def test_bundled_wording_fixes(bundled_text: str, routine: Routine) -> None:
    toe, _, supine = routine.exercises
    assert "low back relaxed" not in bundled_text  # the reach is core work
    assert "knees or thighs" in toe.summary
    assert any("knees or thighs" in step for step in toe.steps)
    assert "knees or thighs" in routine.equipment_by_id("yoga_block").use
    assert "front of the thigh" in supine.why and "let go" in supine.why
    assert any("neck long" in step for step in supine.steps) and "neck" in supine.safety
    assert all(ex.why for ex in routine.exercises)


@pytest.mark.parametrize(("yaml_text", "field", "message"), [
    ("safety: [a, b]\n", "safety",
     "expected a mapping with precautions, red_flags, red_flags_mean, lingering, got a list"),
    ("safety:\n  precautions: Stop on pain.\n", "safety.precautions",
     "expected a list of sentences, got 'Stop on pain.'"),
    ("safety:\n  red_flags: [It hurts., '']\n", "safety.red_flags[1]", "expected text, got ''"),
    ("safety:\n  lingering: [x]\n", "safety.lingering", "expected text, got a list"),
    ("safety:\n  flags: [x]\n", "safety.flags",
     "unknown key; expected one of: precautions, red_flags, red_flags_mean, lingering"),
])
def test_routine_safety_problems_name_the_field(bundled_text: str, yaml_text: str, field: str,
                                                message: str) -> None:
    start = bundled_text.index("safety:\n  precautions:")
    end = bundled_text.index("equipment:\n")
    text = bundled_text[:start] + yaml_text + bundled_text[end:]
    with pytest.raises(RoutineError) as caught:
        parse_routine(text, SRC)
    (problem,) = caught.value.problems
    assert (problem.field, problem.message) == (field, message)
    assert problem.line == line_of(text, yaml_text.splitlines()[-1])


def test_a_routine_without_safety_texts_has_none(bundled_text: str) -> None:
    start = bundled_text.index("safety:\n  precautions:")
    end = bundled_text.index("equipment:\n")
    routine = parse_routine(bundled_text[:start] + bundled_text[end:], SRC)
    assert routine.safety == RoutineSafety()
    assert routine.safety.red_flags_line == ""


def test_an_absurd_dosage_is_refused_with_its_time(tmp_path: Path) -> None:
    text = _bundled_bytes().decode()
    for line in ("rounds: 2-3", "    sets: 1", "    sets: 2", "    reps: 5", "    reps: 15-30",
                 "    reps: 10"):
        assert line + "\n" in text
    text = text.replace("rounds: 2-3\n", "rounds: 10\n")
    for sets in ("1", "2"):
        text = text.replace(f"    sets: {sets}\n", "    sets: 20\n")
    for reps in ("5", "15-30", "10"):
        text = text.replace(f"    reps: {reps}\n", "    reps: 200\n")
    path = _write(tmp_path / "absurd.yaml", text.encode())
    (problem,) = _assert_refused(path).problems
    assert re.fullmatch(r"the dosage adds up to about [\d,]+ min at 10 rounds; a warm-up takes "
                        r"at most 180 min, so use fewer sets, reps or rounds", problem.message)
    assert int(problem.message.split("about ")[1].split(" min")[0].replace(",", "")) > 10_000



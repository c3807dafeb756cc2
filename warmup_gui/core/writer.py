"""Writing a routine back to YAML, and the per-patient dosage changes a clinician makes.

``routine_to_yaml(routine)`` gives text in the routine format (docs/routine-format.md) that
:func:`warmup_gui.core.loader.parse_routine` reads back to an equal routine. Optional fields at
their defaults are left out, and an exercise without named positions is written with its
exercise-level ``cue`` and ``illustration``, as a person would write it.

``apply_dosage``, ``with_rounds`` and ``allowing_rounds`` return changed copies; the routine
itself is frozen.
"""

from __future__ import annotations

from typing import Any

import yaml

from warmup_gui.core.camera_rules import default_side
from warmup_gui.core.loader import DEFAULT_HOLD_TEMPO_S, FORMAT_VERSION
from warmup_gui.core.record import replace
from warmup_gui.core.routine import (
    BREATH_WORDS,
    Breath,
    BreathAt,
    CameraRule,
    Equipment,
    Exercise,
    Illustration,
    Position,
    RepRange,
    Routine,
    Side,
    Sides,
)

DEFAULT_GET_READY_S = 5.0
DEFAULT_ROUND_REST_S = 0.0
DEFAULT_SIDE_NAME = "side"
IMPLICIT_POSITION_ID = "main"  # the loader's id for an exercise without named positions

# The loader's limits, so a changed routine is still one it reads back.
MAX_SETS = 20
MAX_REPS = 200
MAX_REST_S = 600.0
MAX_ROUNDS = 10
MAX_BREATH_PHASE_S = 60.0
MAX_BREATH_CYCLES = 20

_Data = dict[str, Any]


def _number(value: float) -> int | float:
    """6.0 is written as 6, 2.5 as 2.5."""
    return int(value) if float(value).is_integer() else value


def _count(value: RepRange) -> int | str:
    return value.low if not value.is_range else f"{value.low}-{value.high}"


def _illustration(picture: Illustration) -> _Data:
    return {"start": picture.start, "end": picture.end}


def _breath(breath: Breath) -> _Data:
    data: _Data = {"inhale_s": _number(breath.inhale_s)}
    if breath.hold_in_s:
        data["hold_in_s"] = _number(breath.hold_in_s)
    data["exhale_s"] = _number(breath.exhale_s)
    if breath.hold_out_s:
        data["hold_out_s"] = _number(breath.hold_out_s)
    if breath.cycles != 1:
        data["cycles"] = breath.cycles
    if breath.at is not BreathAt.BOTTOM:
        data["at"] = breath.at.value
    if breath.cue:
        data["cue"] = breath.cue
    if breath.words != BREATH_WORDS:
        data["words"] = {key: word for key, word, default in
                         zip(("in", "hold", "out"), breath.words, BREATH_WORDS, strict=True)
                         if word != default}
    return data


def _camera(rule: CameraRule, has_sides: bool) -> _Data:
    data: _Data = {"angle": rule.angle, "joints": list(rule.joints),
                   "start_deg": _number(rule.start_deg), "far_end_deg": _number(rule.far_end_deg)}
    if rule.side is not default_side(has_sides):
        data["side"] = rule.side.value
    return data


def _equipment(item: Equipment) -> _Data:
    data: _Data = {"id": item.id, "name": item.name}
    if item.any_of:
        data["any_of"] = list(item.any_of)
    data["use"] = item.use
    if item.optional:
        data["optional"] = True
    return data


def _position(position: Position) -> _Data:
    return {
        "id": position.id,
        "name": position.name,
        "cue": position.cue,
        "illustration": _illustration(position.illustration),
    }


def _is_implicit(positions: tuple[Position, ...]) -> bool:
    """True for the single unnamed position the loader makes from an exercise-level cue."""
    return (len(positions) == 1 and positions[0].id == IMPLICIT_POSITION_ID
            and positions[0].name == "")


def _timing(exercise: Exercise) -> _Data:
    """``tempo_s``, or ``tempo`` where out and back differ or a pause is held; ``hold_s`` for
    a timed hold."""
    data: _Data = {}
    if exercise.timed:
        data["hold_s"] = _number(exercise.hold_s)
    pause = exercise.hold_s if not exercise.timed else 0.0
    if exercise.out_share != 0.5 or pause:
        out = round(exercise.out_s, 6)
        data["tempo"] = {"out": _number(out), "back": _number(round(exercise.tempo_s - out, 6))}
        if pause:
            data["tempo"]["hold"] = _number(pause)
    elif not (exercise.timed and exercise.tempo_s == DEFAULT_HOLD_TEMPO_S):
        data["tempo_s"] = _number(exercise.tempo_s)
    return data


def _exercise(exercise: Exercise) -> _Data:
    data: _Data = {"id": exercise.id, "name": exercise.name, "summary": exercise.summary}
    if exercise.equipment:
        data["equipment"] = list(exercise.equipment)
    data["sets"] = exercise.sets
    if not (exercise.timed and exercise.reps == RepRange(1, 1)):
        data["reps"] = _count(exercise.reps)
    if exercise.sides is not Sides.NONE:
        data["sides"] = exercise.sides.value
    if exercise.per_side:
        data["per_side"] = True
    if exercise.side_name != DEFAULT_SIDE_NAME:
        data["side_name"] = exercise.side_name
    if exercise.symptom_rule is not None:
        rule = exercise.symptom_rule
        data["symptom_check"] = {"threshold": rule.threshold, "means": rule.means,
                                 "back_off": rule.back_off}
        if rule.counts:
            data["symptom_check"]["counts"] = rule.counts
        if rule.required:
            data["symptom_check"]["required"] = True
    elif exercise.symptom_check:
        data["symptom_check"] = True
    data.update(_timing(exercise))
    data["rest_s"] = _number(exercise.rest_s)
    if exercise.breath is not None:
        data["breath"] = _breath(exercise.breath)
    movement = exercise.movement
    data["movement"] = {"out": movement.out, "back": movement.back}
    if movement.top:
        data["movement"].update(top=movement.top, top_s=_number(movement.top_s))
    if movement.hold:
        data["movement"]["hold"] = movement.hold
    data["steps"] = list(exercise.steps)
    data["safety"] = exercise.safety
    if exercise.smaller:
        data["smaller"] = exercise.smaller
    if exercise.why:
        data["why"] = exercise.why
    if exercise.camera is not None:
        data["camera"] = _camera(exercise.camera, exercise.sides is not Sides.NONE)
    for key, variant in (("easier", exercise.easier), ("harder", exercise.harder)):
        if variant is not None:
            data[key] = {"name": variant.name, "how": variant.how}
    sides = dict(exercise.side_illustrations)
    if _is_implicit(exercise.positions):
        position = exercise.positions[0]
        data["cue"] = position.cue
        # Without an illustration the loader takes the left side's; write it only if different.
        if sides.get(Side.LEFT) != position.illustration:
            data["illustration"] = _illustration(position.illustration)
    else:
        data["positions"] = [_position(p) for p in exercise.positions]
    if sides:
        data["side_illustrations"] = {
            side.value: _illustration(sides[side]) for side in Side if side in sides
        }
    return data


def routine_to_data(routine: Routine) -> _Data:
    """The routine as plain dicts, lists and scalars, keys in the order people read them."""
    data: _Data = {"format": FORMAT_VERSION, "title": routine.title}
    if routine.description:
        data["description"] = routine.description
    if routine.source:
        data["source"] = routine.source
    if routine.language != "en":
        data["language"] = routine.language
    data["rounds"] = _count(routine.rounds)
    if routine.get_ready_s != DEFAULT_GET_READY_S:
        data["get_ready_s"] = _number(routine.get_ready_s)
    if routine.round_rest_s != DEFAULT_ROUND_REST_S:
        data["round_rest_s"] = _number(routine.round_rest_s)
    for key in ("switch_sides_s", "next_position_s", "between_exercises_s"):
        value = getattr(routine, key)
        if value is not None:
            data[key] = _number(value)
    safety = routine.safety
    written: _Data = {key: list(value) if isinstance(value, tuple) else value
                      for key, value in (("precautions", safety.precautions),
                                         ("red_flags", safety.red_flags),
                                         ("red_flags_mean", safety.red_flags_mean),
                                         ("lingering", safety.lingering)) if value}
    if written:
        data["safety"] = written
    if routine.rating_hint:
        data["rating_hint"] = routine.rating_hint
    if routine.equipment:
        data["equipment"] = [_equipment(e) for e in routine.equipment]
    data["exercises"] = [_exercise(e) for e in routine.exercises]
    return data


def routine_to_yaml(routine: Routine) -> str:
    """The routine in the routine format; ``parse_routine`` reads it back to an equal routine."""
    return yaml.safe_dump(
        routine_to_data(routine),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=96,
        indent=2,
    )


# --- per-patient changes --------------------------------------------------------------------


def reps_between(first: int, second: int) -> RepRange:
    """The reps two typed numbers mean, whichever is entered first: 5 and 12 or 12 and 5
    are 5-12. Neither number is changed to fit the other."""
    return RepRange(min(first, second), max(first, second))


def _rep_range(value: RepRange | int, what: str, high: int) -> RepRange:
    reps = RepRange(value, value) if isinstance(value, int) else value
    if not 1 <= reps.low <= reps.high <= high:
        raise ValueError(f"{what} must be from 1 to {high} (a range low-high with low < high), "
                         f"got {reps}")
    return reps


def _check_breath(breath: Breath) -> None:
    phases = (breath.inhale_s, breath.hold_in_s, breath.exhale_s, breath.hold_out_s)
    if not all(0 <= p <= MAX_BREATH_PHASE_S for p in phases):
        raise ValueError(f"breath phases must be from 0 to {MAX_BREATH_PHASE_S:g} s, got {breath}")
    if breath.inhale_s <= 0 or breath.exhale_s <= 0:
        raise ValueError("breath inhale_s and exhale_s must be longer than 0 seconds")
    if not 1 <= breath.cycles <= MAX_BREATH_CYCLES:
        raise ValueError(f"breath cycles must be from 1 to {MAX_BREATH_CYCLES}, "
                         f"got {breath.cycles}")


def apply_dosage(
    routine: Routine,
    exercise_id: str,
    *,
    sets: int | None = None,
    reps: RepRange | int | None = None,
    rest_s: float | None = None,
    breath: Breath | None = None,
) -> Routine:
    """A copy of the routine with one exercise's dosage changed; ``None`` keeps a field as is.

    Raises KeyError for an unknown exercise id and ValueError for a value the routine format
    does not allow (the same limits the loader checks).
    """
    changes: dict[str, Any] = {}
    if sets is not None:
        if isinstance(sets, bool) or not 1 <= sets <= MAX_SETS:
            raise ValueError(f"sets must be a whole number from 1 to {MAX_SETS}, got {sets!r}")
        changes["sets"] = sets
    if reps is not None:
        changes["reps"] = _rep_range(reps, "reps", MAX_REPS)
    if rest_s is not None:
        if not 0 <= rest_s <= MAX_REST_S:
            raise ValueError(f"rest_s must be from 0 to {MAX_REST_S:g} seconds, got {rest_s!r}")
        changes["rest_s"] = float(rest_s)
    if breath is not None:
        _check_breath(breath)
        changes["breath"] = breath
    found = False
    exercises = []
    for exercise in routine.exercises:
        if exercise.id == exercise_id:
            found = True
            exercise = replace(exercise, **changes)
        exercises.append(exercise)
    if not found:
        known = ", ".join(e.id for e in routine.exercises)
        raise KeyError(f"no exercise {exercise_id!r} in the routine; it has: {known}")
    return replace(routine, exercises=tuple(exercises))


def with_rounds(routine: Routine, rounds: RepRange | int) -> Routine:
    """A copy of the routine done ``rounds`` times (a number, or a range the user picks from)."""
    return replace(routine, rounds=_rep_range(rounds, "rounds", MAX_ROUNDS))


def allowing_rounds(routine: Routine, rounds: int, rest_s: float) -> Routine:
    """A copy of the routine that lets the circuit be done ``rounds`` times, with ``rest_s``
    between rounds: a number the routine offers keeps its range; another widens the range to
    take it in, so the routine's own choices stay on offer beside a clinician's."""
    _rep_range(rounds, "rounds", MAX_ROUNDS)
    if not 0 <= rest_s <= MAX_REST_S:
        raise ValueError(f"round_rest_s must be from 0 to {MAX_REST_S:g} seconds, "
                         f"got {rest_s!r}")
    widened = RepRange(min(routine.rounds.low, rounds), max(routine.rounds.high, rounds))
    return replace(routine, rounds=widened, round_rest_s=float(rest_s))

"""Writing routines back to YAML: what the loader reads back is the routine written, and a
per-patient change (sets, reps, rest, breathing, rounds) survives the trip."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from warmup_gui.core.assets import missing_illustrations
from warmup_gui.core.loader import parse_routine
from warmup_gui.core.record import field_names, replace
from warmup_gui.core.routine import Breath, Illustration, Position, RepRange, Routine, Side
from warmup_gui.core.writer import allowing_rounds, apply_dosage, routine_to_yaml, with_rounds

REPO_ROOT = Path(__file__).resolve().parents[2]


def round_trip(routine: Routine) -> Routine:
    return parse_routine(routine_to_yaml(routine), "written.yaml")


def test_bundled_routine_round_trips(routine: Routine) -> None:
    assert round_trip(routine) == routine


def test_top_level_keys_come_in_reading_order(routine: Routine) -> None:
    data = yaml.safe_load(routine_to_yaml(routine))
    assert list(data) == ["format", "title", "description", "source", "rounds", "round_rest_s",
                          "between_exercises_s", "safety", "rating_hint", "equipment", "exercises"]
    first = data["exercises"][0]
    assert list(first)[:3] == ["id", "name", "summary"]


def test_defaults_are_left_out(routine: Routine) -> None:
    data = yaml.safe_load(routine_to_yaml(routine))
    assert "get_ready_s" not in data  # 5 is the default
    flossing = data["exercises"][1]
    assert "breath" not in flossing and "positions" not in flossing
    toe_touch = data["exercises"][0]
    assert "sides" not in toe_touch and "cue" not in toe_touch
    # No holds, one cycle, at the bottom, the pacer's plain words.
    assert toe_touch["breath"] == {"inhale_s": 4, "exhale_s": 6, "cue": "Stay down and breathe"}


def test_implicit_position_is_written_as_exercise_cue_and_illustration(routine: Routine) -> None:
    data = yaml.safe_load(routine_to_yaml(routine))
    flossing, supine = data["exercises"][1], data["exercises"][2]
    assert flossing["cue"] == "Head and knee move in opposite directions. A mild pull at most."
    assert flossing["illustration"] == {"start": "nerve_floss_bent",
                                        "end": "nerve_floss_straight"}
    # The supine exercise's picture is its left side's, so only side_illustrations is written.
    assert "illustration" not in supine
    assert supine["side_illustrations"]["left"] == {"start": "supine_flat",
                                                    "end": "supine_reach_left_leg"}


def test_whole_seconds_are_written_as_whole_numbers(routine: Routine) -> None:
    text = routine_to_yaml(routine)
    assert "tempo_s: 6\n" in text and "round_rest_s: 30\n" in text
    assert ".0" not in text


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda r: apply_dosage(r, "toe_touch_progression", sets=3), id="sets"),
        pytest.param(lambda r: apply_dosage(r, "supine_toe_touches", reps=RepRange(8, 12)),
                     id="rep-range"),
        pytest.param(lambda r: apply_dosage(r, "nerve_flossing", reps=20), id="fixed-reps"),
        pytest.param(lambda r: apply_dosage(r, "nerve_flossing", rest_s=0), id="rest-0"),
        pytest.param(lambda r: apply_dosage(r, "toe_touch_progression", rest_s=12.5),
                     id="rest-fraction"),
        pytest.param(lambda r: apply_dosage(
            r, "toe_touch_progression",
            breath=Breath(inhale_s=4, hold_in_s=4, exhale_s=4, hold_out_s=4, cycles=2)),
            id="box-breath"),
        pytest.param(lambda r: apply_dosage(r, "nerve_flossing", breath=Breath(3, 5)),
                     id="breath-added"),
        pytest.param(lambda r: with_rounds(r, RepRange(3, 3)), id="rounds-3"),
        pytest.param(lambda r: with_rounds(r, 1), id="rounds-1"),
        pytest.param(lambda r: with_rounds(r, RepRange(1, 4)), id="rounds-range"),
        pytest.param(lambda r: allowing_rounds(r, 1, 45), id="rounds-allowed"),
    ],
)
def test_changed_copies_round_trip(routine: Routine,
                                   change: Callable[[Routine], Routine]) -> None:
    changed = change(routine)
    assert changed != routine
    assert round_trip(changed) == changed


def test_apply_dosage_changes_only_the_named_exercise(routine: Routine) -> None:
    changed = apply_dosage(routine, "nerve_flossing", sets=3, reps=RepRange(10, 20), rest_s=0)
    flossing = changed.exercises[1]
    assert (flossing.sets, flossing.reps, flossing.rest_s) == (3, RepRange(10, 20), 0.0)
    assert flossing.dosage == "3 sets × 10-20 reps per leg"
    assert changed.exercises[0] == routine.exercises[0]
    assert changed.exercises[2] == routine.exercises[2]
    assert routine.exercises[1].sets == 2  # the original is untouched


def test_box_breath_is_written_with_its_holds(routine: Routine) -> None:
    box = Breath(inhale_s=4, hold_in_s=4, exhale_s=4, hold_out_s=4, cycles=3)
    data = yaml.safe_load(routine_to_yaml(apply_dosage(routine, "supine_toe_touches",
                                                       breath=box)))
    assert data["exercises"][2]["breath"] == {"inhale_s": 4, "hold_in_s": 4, "exhale_s": 4,
                                              "hold_out_s": 4, "cycles": 3}


@pytest.mark.parametrize(
    "kwargs",
    [{"sets": 0}, {"sets": 21}, {"reps": 0}, {"reps": RepRange(30, 15)}, {"reps": 201},
     {"rest_s": -1}, {"rest_s": 601}, {"breath": Breath(0, 4)}, {"breath": Breath(4, 4, cycles=0)},
     {"breath": Breath(61, 4)}],
)
def test_apply_dosage_refuses_values_the_format_does_not_allow(
    routine: Routine, kwargs: dict[str, object]
) -> None:
    with pytest.raises(ValueError):
        apply_dosage(routine, "nerve_flossing", **kwargs)  # type: ignore[arg-type]


def test_apply_dosage_names_an_unknown_exercise(routine: Routine) -> None:
    with pytest.raises(KeyError, match="no_such_exercise"):
        apply_dosage(routine, "no_such_exercise", sets=2)


@pytest.mark.parametrize("rounds", [0, 11, RepRange(3, 2)])
def test_with_rounds_refuses_out_of_range(routine: Routine, rounds: RepRange | int) -> None:
    with pytest.raises(ValueError):
        with_rounds(routine, rounds)


def test_allowing_rounds_keeps_the_routines_choices_beside_a_clinicians(
        routine: Routine) -> None:
    assert routine.rounds == RepRange(2, 3)
    assert allowing_rounds(routine, 3, 30) == routine  # offered already: nothing changes
    widened = allowing_rounds(routine, 1, 45)
    assert (widened.rounds, widened.round_rest_s) == (RepRange(1, 3), 45.0)
    assert allowing_rounds(routine, 5, 0).rounds == RepRange(2, 5)


@pytest.mark.parametrize(("rounds", "rest_s"), [(0, 30), (11, 30), (2, -1), (2, 601)])
def test_allowing_rounds_refuses_values_the_format_does_not_allow(
        routine: Routine, rounds: int, rest_s: float) -> None:
    with pytest.raises(ValueError):
        allowing_rounds(routine, rounds, rest_s)


def test_text_that_looks_like_other_yaml_round_trips(routine: Routine) -> None:
    tricky = ["yes", "10", "null", "a: b", "# not a comment", "'quoted'", "- dash", "[x]",
              "{y}", "Ünïcode — “quotes” ×", "~", "@at", "%percent", "1e3", "0x1f"]
    first = routine.exercises[0]
    exercise = replace(first, steps=tuple(tricky), safety="no: really",
                                   summary="true")
    changed = replace(routine, title="2024-01-01", description="on",
                                  source="", exercises=(exercise, *routine.exercises[1:]))
    assert round_trip(changed) == changed


def test_named_single_position_and_side_pictures_that_differ(routine: Routine) -> None:
    supine = routine.exercises[2]
    own = Illustration("supine_flat", "supine_flat")
    single = replace(
        supine, positions=(Position("only", "Only position", "Do it.", own),))
    implicit = replace(
        supine, id="other",
        positions=(replace(supine.positions[0], illustration=own),))
    changed = replace(routine, get_ready_s=0, round_rest_s=0, equipment=(),
                                  exercises=(replace(single, equipment=()),
                                             replace(implicit, equipment=())))
    back = round_trip(changed)
    assert back == changed
    data = yaml.safe_load(routine_to_yaml(changed))
    assert data["get_ready_s"] == 0 and "round_rest_s" not in data and "equipment" not in data
    assert data["exercises"][0]["positions"][0]["id"] == "only"
    assert data["exercises"][1]["illustration"] == {"start": "supine_flat", "end": "supine_flat"}
    assert back.exercises[1].illustration_for(back.exercises[1].positions[0], Side.LEFT) == \
        Illustration("supine_flat", "supine_reach_left_leg")


def test_written_file_passes_validate(routine: Routine, tmp_path: Path) -> None:
    changed = apply_dosage(with_rounds(routine, 3), "nerve_flossing", sets=3,
                           reps=RepRange(10, 20), rest_s=0)
    path = tmp_path / "patient.yaml"
    path.write_text(routine_to_yaml(changed), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "warmup_gui", "--validate", str(path)],
        capture_output=True, text=True, timeout=60, cwd=REPO_ROOT, check=False,
    )
    assert f"{path}: Tight hamstring warm-up for runners (3 rounds)" in result.stdout
    assert "  Toe Touch Progression: 1 set × 5 reps each position" in result.stdout
    assert "  Hamstring Nerve Flossing: 3 sets × 10-20 reps per leg" in result.stdout
    assert "  Alternate Supine Toe Touches: 2 sets × 10 reps, alternating sides (5 each side)" \
        in result.stdout
    # --validate also wants every illustration; they come from the bundled set, which may be
    # incomplete while it is being drawn. Then only the missing pictures may be reported.
    missing = missing_illustrations(changed, tmp_path)
    if missing:
        assert result.returncode == 1
        reported = [line for line in result.stderr.splitlines() if line]
        assert len(reported) == len(missing)
        assert all("illustration" in line and "not found" in line for line in reported)
    else:
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""


def test_symptom_check_is_written_only_where_it_is_on(routine: Routine) -> None:
    flags = [e.symptom_check for e in routine.exercises]
    data = yaml.safe_load(routine_to_yaml(routine))
    assert [bool(e.get("symptom_check", False)) for e in data["exercises"]] == flags
    rule = routine.exercises[1].symptom_rule
    assert rule is not None
    assert data["exercises"][1]["symptom_check"] == {
        "threshold": rule.threshold, "means": rule.means, "back_off": rule.back_off,
        "counts": rule.counts}
    toggled = replace(routine, exercises=tuple(
        replace(e, symptom_check=not e.symptom_check, symptom_rule=None)
        for e in routine.exercises))
    assert round_trip(toggled) == toggled


def test_every_field_of_the_model_is_written(routine: Routine) -> None:
    """A field added to the model without the writer knowing it fails here, not silently."""
    written = routine_to_yaml(routine)
    for exercise in routine.exercises:
        for name in field_names(exercise):
            if name in ("positions", "side_illustrations"):
                continue  # written as cue/illustration or positions, checked above
            value = getattr(exercise, name)
            default = getattr(type(exercise), name, None)  # a field's default is its class's
            if value != default and value not in ((), None, False):
                key = {"symptom_rule": "symptom_check"}.get(name, name)
                assert f"{key}:" in written, name

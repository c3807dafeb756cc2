"""The equipment checklist: ticks, what is missing, and the routine without some exercises."""

from __future__ import annotations

import pytest

from warmup_gui.core.checklist import Checklist, skip_offer
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Session
from warmup_gui.core.routine import Routine

TOE, FLOSS, SUPINE = "toe_touch_progression", "nerve_flossing", "supine_toe_touches"
ALL = {"yoga_block", "ramp", "chair", "mat"}


def test_items_come_in_the_routine_order_with_their_lines(routine: Routine) -> None:
    checklist = Checklist(routine)
    assert [item.id for item in checklist.items] == ["yoga_block", "ramp", "chair", "mat"]
    assert checklist.items[1].line == \
        "A low ramp: pool noodle, half foam roller or bumper plate"
    assert [item.id for item in checklist.missing()] == ["yoga_block", "ramp", "chair", "mat"]


def test_unknown_ids_in_saved_ticks_are_ignored(routine: Routine) -> None:
    checklist = Checklist(routine, {"ramp", "kettlebell"})
    assert checklist.checked == frozenset({"ramp"})


def test_toggle_ticks_and_unticks(routine: Routine) -> None:
    checklist = Checklist(routine)
    assert checklist.toggle("ramp") is True
    assert checklist.is_checked("ramp")
    assert checklist.toggle("ramp") is False
    assert not checklist.is_checked("ramp")
    checklist.set_checked("mat", True)
    checklist.set_checked("mat", True)
    assert checklist.checked == frozenset({"mat"})
    with pytest.raises(KeyError):
        checklist.toggle("kettlebell")


def test_missing_lists_what_is_not_ticked(routine: Routine) -> None:
    checklist = Checklist(routine, ALL - {"ramp"})
    assert [item.name for item in checklist.missing()] == ["A low ramp"]
    assert Checklist(routine, ALL).missing() == []


def test_exercises_needing_missing_items(routine: Routine) -> None:
    checklist = Checklist(routine)
    assert [ex.id for ex in checklist.exercises_needing(["ramp"])] == [TOE]
    assert [ex.id for ex in checklist.exercises_needing(["mat", "chair"])] == [FLOSS, SUPINE]
    assert checklist.exercises_needing([]) == []


def test_routine_without_drops_the_exercises_and_the_equipment_only_they_used(
        routine: Routine, clock: FakeClock) -> None:
    shorter = Checklist(routine).routine_without([TOE])
    assert [ex.id for ex in shorter.exercises] == [FLOSS, SUPINE]
    assert [item.id for item in shorter.equipment] == ["chair", "mat"]
    assert shorter.title == routine.title and shorter.rounds == routine.rounds
    assert routine.exercises[0].id == TOE  # the original is untouched (frozen)
    session = Session(shorter, clock)  # and a session runs on it
    assert {step.exercise.id for step in session.steps} == {FLOSS, SUPINE}


def test_routine_without_nothing_is_the_routine(routine: Routine) -> None:
    assert Checklist(routine).routine_without([]) is routine


def test_routine_without_refuses_to_drop_every_exercise(routine: Routine) -> None:
    with pytest.raises(ValueError):
        Checklist(routine).routine_without([TOE, FLOSS, SUPINE])


def test_skip_offer_names_what_is_missing_and_what_could_be_skipped(routine: Routine) -> None:
    assert skip_offer(Checklist(routine, ALL - {"ramp"})) == (
        "Missing: A low ramp. Skip Toe Touch Progression, or start anyway?", [TOE])
    text, ids = skip_offer(Checklist(routine, {"yoga_block", "ramp"}))
    assert text == ("Missing: Chair or bench and Mat. Skip Hamstring Nerve Flossing and "
                    "Alternate Supine Toe Touches, or start anyway?")
    assert ids == [FLOSS, SUPINE]
    assert skip_offer(Checklist(routine, ALL)) == ("", [])


def test_skip_offer_never_offers_to_skip_everything(routine: Routine) -> None:
    text, ids = skip_offer(Checklist(routine))
    assert ids == []
    assert text.startswith("Missing: Yoga block, A low ramp, Chair or bench and Mat.")
    assert text.endswith("The exercises need them. Start anyway?")

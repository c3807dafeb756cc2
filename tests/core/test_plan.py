"""The plan for a session: what the overview's choices make of the routine."""

from __future__ import annotations

from warmup_gui.core.plan import SessionPlan, minutes_text
from warmup_gui.core.routine import Breath, RepRange, Routine


def test_the_session_routine_leaves_out_skips_and_takes_the_breathing(routine: Routine) -> None:
    box = Breath(4, 4, 4, 4)
    plan = SessionPlan(routine, 2, box, frozenset({"supine_toe_touches"}))
    session = plan.session_routine()
    assert [e.id for e in session.exercises] == ["toe_touch_progression", "nerve_flossing"]
    assert session.exercises[0].breath == box
    assert "mat" not in {e.id for e in session.equipment}  # only the skipped exercise used it


def test_skipping_everything_keeps_the_whole_routine(routine: Routine) -> None:
    plan = SessionPlan(routine, 1, skip=frozenset(e.id for e in routine.exercises))
    assert plan.session_routine() == routine


def test_the_planned_routine_fixes_the_rounds(routine: Routine) -> None:
    assert SessionPlan(routine, 3).planned_routine().rounds == RepRange(3, 3)


def test_more_rounds_take_longer(routine: Routine) -> None:
    one, two = SessionPlan(routine, 1).estimate_s(), SessionPlan(routine, 2).estimate_s()
    assert one[0] < one[1] < two[1] and one[0] < two[0]
    assert SessionPlan(routine, 1).estimate_s(2) == two


def test_minutes_text() -> None:
    assert minutes_text(8 * 60 + 10, 10 * 60 - 5) == "About 8–10 min"
    assert minutes_text(540, 560) == "About 9 min"

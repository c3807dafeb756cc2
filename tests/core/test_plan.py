"""The plan for a session: what the overview's choices make of the routine."""

from __future__ import annotations

from datetime import datetime

import pytest

from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Place, Session
from warmup_gui.core.history import SessionRecord
from warmup_gui.core.plan import SessionPlan, minutes_text, resume_words, rounds_choice
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Breath, RepRange, Routine
from warmup_gui.core.schedule import duration_s


def test_the_session_routine_leaves_out_skips_and_takes_the_breathing(routine: Routine) -> None:
    box = Breath(4, 4, 4, 4)
    plan = SessionPlan(routine, 2, ((routine.exercises[0].id, box),),
                       frozenset({"supine_toe_touches"}))
    session = plan.session_routine()
    assert [e.id for e in session.exercises] == ["toe_touch_progression", "nerve_flossing"]
    breath = session.exercises[0].breath
    assert breath is not None and breath.same_pattern(box)
    # The routine's own place in the rep and its words stay.
    assert breath.cue == "Stay down and breathe" and breath.words == box.words
    assert "mat" not in {e.id for e in session.equipment}  # only the skipped exercise used it


def test_skipping_everything_keeps_the_whole_routine(routine: Routine) -> None:
    plan = SessionPlan(routine, 1, skip=frozenset(e.id for e in routine.exercises))
    assert plan.session_routine() == routine


def test_the_planned_routine_fixes_the_rounds(routine: Routine) -> None:
    assert SessionPlan(routine, 3).planned_routine().rounds == RepRange(3, 3)


def test_more_rounds_take_longer(routine: Routine) -> None:
    one, two = SessionPlan(routine, 1).estimate_s(), SessionPlan(routine, 2).estimate_s()
    assert one < two < SessionPlan(routine, 2, to_top=True).estimate_s()
    assert SessionPlan(routine, 1).estimate_s(2) == two


def _variants(routine: Routine) -> list[Routine]:
    """The bundled routine, without countdowns and rests, with only some countdowns, and with
    its exercises' sides and sets changed."""
    no_rests = replace(routine, get_ready_s=0.0, round_rest_s=0.0, between_exercises_s=None,
                       exercises=tuple(replace(ex, rest_s=0.0) for ex in routine.exercises))
    some = replace(routine, get_ready_s=0.0, between_exercises_s=7.0, switch_sides_s=3.0)
    reordered = replace(routine, exercises=routine.exercises[::-1])
    return [routine, no_rests, some, reordered]


@pytest.mark.parametrize("rounds", [1, 2, 3])
@pytest.mark.parametrize("to_top", [False, True])
def test_a_plans_time_is_the_time_its_session_counts(routine: Routine, rounds: int,
                                                      to_top: bool) -> None:
    """The overview's times come from the schedule the engine builds its steps from, without
    making a session: they are the session's own estimate, to the last bit."""
    for variant in _variants(routine):
        session = Session(variant, FakeClock(), rounds, to_top=to_top)
        assert duration_s(variant, rounds, to_top) == session.estimate_s()
        assert SessionPlan(variant, rounds, to_top=to_top).estimate_s() == session.estimate_s()


def test_minutes_text() -> None:
    assert minutes_text(8 * 60 + 40) == "About 9 min"
    assert minutes_text(20, about=False) == "1 min"


def test_the_posts_two_rounds_are_offered_first_with_the_time_of_each(
        routine: Routine) -> None:
    assert routine.rounds == RepRange(2, 3)  # "Circuit: 2-3 sets each"
    assert rounds_choice(routine, None) == 2
    assert rounds_choice(routine, 3) == 3  # chosen last time
    assert rounds_choice(routine, 1) == 2  # a quick pass is not the routine's prescription
    assert rounds_choice(routine, 7) == 2  # no longer allowed
    options = SessionPlan(routine, 2).round_options()
    assert [n for n, _ in options] == [2, 3]
    assert options == [(2, "2 · 19 min"), (3, "3 · 29 min")]
    assert 15 * 60 <= SessionPlan(routine, 2).estimate_s() <= 20 * 60  # a pre-run warm-up


def _stopped_after(routine: Routine, seconds: float) -> tuple[Session, SessionRecord]:
    """A session stopped in its first block with two reps counted, ``seconds`` in."""
    session = SessionPlan(routine, 2).session(FakeClock())
    reps = tuple(2 if i == 1 else 0 for i in range(len(session.steps)))
    record = SessionRecord("id", datetime(2026, 12, 1, 7), routine.title, "", 2,
                           duration_s=seconds, place=Place(1, reps))
    return session, record


def test_resuming_says_seconds_under_a_minute(routine: Routine) -> None:
    session, record = _stopped_after(routine, 40)
    assert resume_words(session, record).endswith(", 2 reps done (40 s in).")
    session, record = _stopped_after(routine, 59.4)
    assert resume_words(session, record).endswith("(59 s in).")
    session, record = _stopped_after(routine, 100)
    assert resume_words(session, record).endswith("(2 min in).")

"""What scores, "This hurts" choices and ratings lead to: the care flow, without a window."""

from __future__ import annotations

from datetime import datetime

import pytest

from warmup_gui.core.care import (
    Ask,
    CareFlow,
    Question,
    When,
    back_off_choices,
    back_offs_text,
    next_time_advice,
    score_offer,
    scores_over_time,
    session_advice,
    symptom_advice,
    symptom_question,
)
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import SLOWER_FACTOR, Session, Status, StepKind
from warmup_gui.core.history import Cause, PainChoice, Rating, SessionRecord
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Exercise, Routine


def floss(routine: Routine) -> Exercise:
    return next(e for e in routine.exercises if e.id == "nerve_flossing")


def record(day: int = 1) -> SessionRecord:
    return SessionRecord(id=f"s{day}", started=datetime(2026, 11, day, 7), routine_title="t",
                         routine_path="p", rounds=1)


def flow_at(routine: Routine, exercise_id: str, clock: FakeClock | None = None,
            advice: dict[str, str] | None = None) -> tuple[CareFlow, Session]:
    """A running session at the get-ready step of ``exercise_id``, and its care flow."""
    session = Session(routine, clock or FakeClock(), 1)
    flow = CareFlow(session, advice)
    session.start()
    index = next(i for i, s in enumerate(session.steps) if s.exercise.id == exercise_id)
    session.goto(index)
    return flow, session


# --- what a score means ----------------------------------------------------------------------


@pytest.mark.parametrize(("score", "offered"), [(0, False), (3, False), (4, True), (8, True),
                                                (10, True)])
def test_a_score_at_or_over_the_threshold_offers_to_back_off(
        routine: Routine, score: int, offered: bool) -> None:
    exercise = floss(routine)
    assert exercise.symptom_rule is not None and exercise.symptom_rule.threshold == 4
    offer = score_offer(exercise, score)
    assert (offer is not None) is offered
    if offer is not None:
        assert offer.ask is Ask.BACK_OFF
        assert offer.choices == (PainChoice.EASIER, PainChoice.SMALLER, PainChoice.SKIP,
                                 PainChoice.MISTAKE)
        assert exercise.easier is not None and exercise.easier.how in offer.reason
        assert f"You scored {score} of 10" in offer.reason
        assert exercise.symptom_rule.means in offer.reason  # says why, in the routine's words
        assert exercise.symptom_rule.back_off in offer.reason


def test_an_exercise_without_a_rule_offers_nothing(routine: Routine) -> None:
    assert score_offer(replace(floss(routine), symptom_rule=None), 10) is None


@pytest.mark.parametrize(("before", "after", "advises"), [
    (2, 2, False), (3, 1, False), (None, None, False), (2, 3, True), (None, 5, True),
    (6, 5, True),  # lower than before, but still at or over the threshold
    (None, 3, False), (1, None, False)])
def test_advice_when_symptoms_rose_or_stay_strong(
        routine: Routine, before: int | None, after: int | None, advises: bool) -> None:
    exercise = floss(routine)
    text = symptom_advice(exercise, before, after)
    assert bool(text) is advises
    if advises:
        assert exercise.symptom_rule is not None
        assert text.endswith(f"Next time: {exercise.symptom_rule.back_off}")
    if before is not None and after is not None and after > before:
        assert f"rose from {before} to {after}" in text


def test_advice_is_given_for_the_summary_history_and_next_time(routine: Routine) -> None:
    exercise = floss(routine)
    calm, worse = record(1), record(2)
    calm.set_symptoms(exercise.id, before=2, after=2)
    worse.set_symptoms(exercise.id, before=2, after=5)
    assert session_advice(calm, routine) == []
    assert session_advice(worse, routine) == [symptom_advice(exercise, 2, 5)]
    entries = scores_over_time([worse, calm], exercise)
    assert [e.text for e in entries] == ["2→2", "2→5 (rose)"]
    assert next_time_advice([calm, worse], routine) == {
        exercise.id: "Last time: " + symptom_advice(exercise, 2, 5)}
    assert next_time_advice([worse, record(3)], routine) != {}  # an unscored day says nothing
    better = record(4)
    better.set_symptoms(exercise.id, before=2, after=1)
    assert next_time_advice([worse, better], routine) == {}


# --- the flow of questions ---------------------------------------------------------------------


def required(routine: Routine) -> Routine:
    """The routine with the score before flossing made required."""
    exercise = floss(routine)
    assert exercise.symptom_rule is not None
    rule = replace(exercise.symptom_rule, required=True)
    return replace(routine, exercises=tuple(
        replace(e, symptom_rule=rule) if e.id == exercise.id else e for e in routine.exercises))


def test_the_score_before_is_asked_beside_the_workout_from_the_step_leading_into_it(
        routine: Routine) -> None:
    session = Session(routine, FakeClock(), 1)
    flow = CareFlow(session, {"nerve_flossing": "Last time: x"})
    session.start()
    first = next(i for i, s in enumerate(session.steps)
                 if s.exercise.id == "nerve_flossing" and s.kind is StepKind.WORK)
    assert session.steps[first - 1].kind is StepKind.GET_READY
    for index in range(first - 1):  # the exercise before it: not yet asked
        session.goto(index)
        assert flow.on_step() is None and flow.aside is None
    session.goto(first - 1)  # its get-ready
    assert flow.on_step() is None  # nothing stops the workout
    aside = flow.aside
    assert aside is not None and (aside.ask, aside.when) == (Ask.SYMPTOMS, When.BEFORE)
    assert aside.exercise.id == "nerve_flossing" and aside.note == "Last time: x"
    assert session.status is Status.RUNNING
    log = record()
    assert flow.answer_aside(2, log) is None
    assert flow.aside is None and log.symptoms["nerve_flossing"].before == 2
    assert flow.message == "Symptoms 2 of 10 noted"  # said, so the runner knows it was heard
    assert session.status is Status.RUNNING


def test_the_score_before_the_first_exercise_is_asked_from_the_start(routine: Routine) -> None:
    toe, floss_, supine = routine.exercises
    session = Session(replace(routine, exercises=(floss_, toe, supine)), FakeClock(), 1)
    flow = CareFlow(session)
    session.start()
    assert flow.on_step() is None
    aside = flow.aside
    assert aside is not None and aside.exercise.id == "nerve_flossing"


def test_a_score_before_left_unanswered_is_let_go_after_the_first_block(
        routine: Routine) -> None:
    session = Session(routine, FakeClock(), 1)
    flow = CareFlow(session)
    session.start()
    flow.on_step()
    first = next(i for i, s in enumerate(session.steps)
                 if s.exercise.id == "nerve_flossing" and s.kind is StepKind.WORK)
    session.goto(first - 1)
    flow.on_step()
    session.goto(first)
    assert flow.on_step() is None and flow.aside is not None
    session.goto(first + 1)
    assert flow.on_step() is None and flow.aside is None
    assert session.status is Status.RUNNING


def test_a_required_score_before_waits_before_its_exercise_only(routine: Routine) -> None:
    flow, session = flow_at(required(routine), "nerve_flossing")
    question = flow.on_step()
    assert question is not None and (question.ask, question.when) == (Ask.SYMPTOMS, When.BEFORE)
    assert flow.aside is None
    assert session.status is Status.PAUSED
    assert flow.answer_score(1, record()) is None
    assert session.status is Status.RUNNING


def high_score_offer(routine: Routine, score: int = 8,
                     clock: FakeClock | None = None) -> tuple[CareFlow, Session, SessionRecord]:
    """At flossing's get-ready, its score before given beside the workout: ``score``."""
    flow, session = flow_at(routine, "nerve_flossing", clock)
    flow.on_step()
    log = record()
    offer = flow.answer_aside(score, log)
    assert (offer is not None) is (score >= 4)
    return flow, session, log


def test_a_score_of_8_before_flossing_pauses_and_offers_instead_of_starting(
        routine: Routine) -> None:
    flow, session, log = high_score_offer(routine)
    assert flow.question is not None and flow.question.ask is Ask.BACK_OFF
    assert session.status is Status.PAUSED  # flossing does not start meanwhile
    assert log.symptoms["nerve_flossing"].before == 8


def test_skipping_after_a_high_score_moves_on_and_is_logged(routine: Routine) -> None:
    flow, session, log = high_score_offer(routine)
    assert flow.answer_back_off(PainChoice.SKIP, log) is None
    assert session.status is Status.RUNNING
    assert session.state().step.exercise.id == "supine_toe_touches"
    assert flow.aside is None  # never started: there is no "after" to score
    assert [(f.choice, f.cause) for f in log.pain_flags] == [(PainChoice.SKIP, Cause.SYMPTOMS)]
    assert back_offs_text(log, {"nerve_flossing": "Flossing"}) == \
        "score 8 before Flossing: skipped"


def test_a_wrong_score_is_asked_again_beside_the_running_workout(routine: Routine) -> None:
    flow, session, log = high_score_offer(routine, 9)
    offer = flow.question
    assert offer is not None and offer.words(PainChoice.MISTAKE) == "Wrong score: ask again"
    assert flow.answer_back_off(PainChoice.MISTAKE, log) is None  # nothing waits for it
    assert flow.question is None and session.status is Status.RUNNING
    again = flow.aside
    assert again is not None and again.ask is Ask.SYMPTOMS and again.when is When.BEFORE
    assert flow.answer_aside(1, log) is None
    assert log.symptoms["nerve_flossing"].before == 1
    assert session.status is Status.RUNNING
    assert flow.aside is None


def test_a_wrong_score_asked_again_is_let_go_after_the_first_block(routine: Routine) -> None:
    flow, session, log = high_score_offer(routine, 9)
    flow.answer_back_off(PainChoice.MISTAKE, log)
    session.next()  # the reps
    assert flow.on_step() is None and flow.aside is not None
    session.next()  # past the first block, unanswered
    assert flow.on_step() is None and flow.aside is None


def test_a_wrong_required_score_is_asked_again_and_waited_for(routine: Routine) -> None:
    flow, session = flow_at(required(routine), "nerve_flossing")
    flow.on_step()
    log = record()
    offer = flow.answer_score(8, log)
    assert offer is not None and offer.ask is Ask.BACK_OFF
    again = flow.answer_back_off(PainChoice.MISTAKE, log)
    assert again is not None and (again.ask, again.when) == (Ask.SYMPTOMS, When.BEFORE)
    assert session.status is Status.PAUSED
    assert flow.answer_score(2, log) is None
    assert session.status is Status.RUNNING and log.symptoms["nerve_flossing"].before == 2


def test_smaller_and_slower_after_a_high_score_slows_the_exercise(routine: Routine) -> None:
    flow, session, log = high_score_offer(routine, 5)
    flow.answer_back_off(PainChoice.SMALLER, log)
    session.next()  # from the get-ready to the reps
    state = session.tick()
    assert state.step.exercise.tempo_s == floss(routine).tempo_s * SLOWER_FACTOR
    assert state.how_far == floss(routine).smaller


def floss_one_rep(session: Session, clock: FakeClock) -> None:
    session.goto(next(i for i, s in enumerate(session.steps)
                      if s.exercise.id == "nerve_flossing" and s.kind is StepKind.WORK))
    session.count_rep()
    session.tick()


def test_the_score_after_is_asked_beside_the_workout_once_the_exercise_is_over(
        routine: Routine) -> None:
    clock = FakeClock()
    flow, session, log = high_score_offer(routine, 2, clock)
    floss_one_rep(session, clock)
    after = session.step_after_exercise(session.state().step_index)
    assert after is not None
    session.goto(after)
    assert flow.on_step() is None
    aside = flow.aside
    assert aside is not None and aside.when is When.AFTER
    assert session.status is Status.RUNNING
    assert flow.answer_aside(6, log) is None
    assert flow.message == symptom_advice(floss(routine), 2, 6)


def test_this_hurts_offers_every_way_to_back_off_and_none_is_carry_on(
        routine: Routine) -> None:
    flow, session = flow_at(routine, "toe_touch_progression")
    question = flow.this_hurts()
    toe = routine.exercises[0]
    assert question is not None and toe.easier is not None
    assert question == Question(Ask.HURTS, toe, title=question.title, headline=toe.name,
                                reason=f"{toe.safety}\nEasier: {toe.easier.name}. "
                                       f"{toe.easier.how}", choices=question.choices)
    assert question.choices == (PainChoice.EASIER, PainChoice.SMALLER, PainChoice.FEWER,
                                PainChoice.SKIP, PainChoice.MISTAKE)
    assert question.words(PainChoice.EASIER) == f"Easier: {toe.easier.name}"
    plain = back_off_choices(replace(toe, easier=None), Cause.HURTS)
    assert PainChoice.EASIER not in plain
    assert session.status is Status.PAUSED
    log = record()
    assert flow.answer_back_off(PainChoice.MISTAKE, log) is None
    assert session.status is Status.RUNNING
    assert [f.choice for f in log.pain_flags] == [PainChoice.MISTAKE]


def test_a_choice_not_offered_changes_nothing(routine: Routine) -> None:
    flow, session, _ = high_score_offer(routine)
    offer = flow.question
    assert flow.answer_back_off(PainChoice.FEWER, None) is offer  # not offered before starting
    assert session.status is Status.PAUSED


def test_at_the_end_the_owed_score_comes_first_then_each_exercise_done_is_rated(
        routine: Routine) -> None:
    clock = FakeClock()
    flow, session, log = high_score_offer(routine, 1, clock)
    floss_one_rep(session, clock)
    session.finish()
    question = flow.rate_all()
    assert question is not None and (question.ask, question.when) == (Ask.SYMPTOMS, When.AFTER)
    asked = [flow.answer_score(1, log)]
    while asked[-1] is not None:
        assert asked[-1].ask is Ask.RATING
        asked.append(flow.answer_rating(Rating.GOLD, "", log))
    assert [q.exercise.id for q in asked[:-1]] == ["nerve_flossing"]  # the only one done
    assert flow.all_answered
    assert flow.rate_all() is None  # once per session
    assert set(log.ratings) == {"nerve_flossing"}


def test_ending_at_once_asks_nothing(routine: Routine) -> None:
    session = Session(routine, FakeClock(), 1)
    flow = CareFlow(session)
    session.start()
    flow.on_step()
    session.finish()
    assert flow.rate_all() is None and flow.all_answered


def test_no_question_opens_before_the_session_starts(routine: Routine) -> None:
    session = Session(routine, FakeClock(), 1)
    flow = CareFlow(session)
    assert flow.on_step() is None
    assert flow.this_hurts() is None
    assert flow.aside is None
    assert session.steps[0].kind is StepKind.GET_READY


def test_how_far_without_the_routines_words_is_plain(routine: Routine) -> None:
    toe = routine.exercises[0]
    assert toe.smaller == ""
    flow, session = flow_at(routine, "toe_touch_progression")
    session.next()
    flow.this_hurts()
    flow.answer_back_off(PainChoice.SMALLER, None)
    assert session.tick().how_far == "Only as far as it stays pain-free"


def test_the_easier_version_is_shown_for_the_rest_of_the_exercise(routine: Routine) -> None:
    flow, session = flow_at(routine, "toe_touch_progression")
    session.next()
    flow.this_hurts()
    log = record()
    assert flow.answer_back_off(PainChoice.EASIER, log) is None
    toe = routine.exercises[0]
    assert toe.easier is not None
    state = session.tick()
    assert state.detail == f"{toe.easier.name}: {toe.easier.how}"
    assert flow.message.startswith("The easier version")
    assert back_offs_text(log, {}) == "hurt in toe_touch_progression: easier version"


def test_the_symptom_question_says_what_counts_in_the_routines_words(routine: Routine) -> None:
    exercise = floss(routine)
    assert exercise.symptom_rule is not None and exercise.symptom_rule.counts
    question = symptom_question(exercise, When.BEFORE, "Last time: x")
    assert question.reason == f"0 = none, 10 = worst. {exercise.symptom_rule.counts}"
    assert question.note == "Last time: x"
    plain = replace(exercise, symptom_rule=None)
    assert symptom_question(plain, When.AFTER).reason == "0 = none, 10 = worst."


def test_where_symptoms_are_scored_fewer_reps_is_not_backing_off(routine: Routine) -> None:
    scored = next(ex for ex in routine.exercises if ex.symptom_rule is not None)
    plain = next(ex for ex in routine.exercises if ex.symptom_rule is None)
    assert PainChoice.FEWER not in back_off_choices(scored, Cause.HURTS)
    assert PainChoice.SMALLER in back_off_choices(scored, Cause.HURTS)
    assert PainChoice.SKIP in back_off_choices(scored, Cause.HURTS)
    assert PainChoice.FEWER in back_off_choices(plain, Cause.HURTS)


def test_a_required_score_is_read_from_the_routine_file_and_written_back(
        routine: Routine) -> None:
    from warmup_gui.core.loader import parse_routine
    from warmup_gui.core.writer import routine_to_yaml

    text = routine_to_yaml(required(routine))
    assert "required: true" in text
    rule = floss(parse_routine(text, "r.yaml")).symptom_rule
    assert rule is not None and rule.required
    assert "required" not in routine_to_yaml(routine)


def test_a_question_left_open_when_the_session_ends_is_let_go(routine: Routine) -> None:
    flow, session = flow_at(routine, "toe_touch_progression")
    session.next()
    session.count_rep()
    assert flow.this_hurts() is not None and session.status is Status.PAUSED
    session.finish()
    question = flow.rate_all()
    assert question is not None and question.ask is Ask.RATING
    assert flow.answer_rating(Rating.GOLD, "", None) is None
    assert flow.all_answered and session.status is Status.FINISHED

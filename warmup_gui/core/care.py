"""What a symptom score, a "This hurts" choice or a rating leads to, decided without Qt.

:class:`CareFlow` walks a session's questions: a symptom score before and after each exercise
that asks for one, ways to back off when "This hurts" is pressed or a score is at or over the
exercise's threshold, and a rating of each exercise at the end.

Nothing stops the workout to ask a score: a score before is asked beside the running
workout (:attr:`CareFlow.aside`) from the get-ready, rest or countdown right before its
exercise's first block of reps, and let go unanswered once that block is over; a score after is
asked beside the workout once its exercise is over, and at the end if it is still owed. A score
answered beside the workout is acknowledged in words (:attr:`CareFlow.message`). Only a routine
can make the score before an exercise required (``symptom_check.required``): then it is asked
before that exercise, which waits for it. A question the person opened ("This hurts"), or that
their own high score calls for, pauses the session while it is open (:attr:`CareFlow.question`);
a score they call wrong there is asked again beside the workout, which goes on. The ratings, and
the scores still owed, come after the last exercise, only for exercises that were done.

The flow applies each answer to the session and writes it into the session record; the window
only shows the questions and forwards the answers.

The functions below it turn symptom scores into advice: after a session (the summary), over
time (the history screen) and the next time the exercise starts.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from datetime import datetime

from warmup_gui.core.engine import Session, Status, StepKind
from warmup_gui.core.history import Cause, PainChoice, Rating, SessionRecord
from warmup_gui.core.record import frozen_record
from warmup_gui.core.routine import Exercise, Routine
from warmup_gui.core.words import Words


class When(enum.Enum):
    BEFORE = "before"
    AFTER = "after"


class Ask(enum.Enum):
    """The kinds of question a session asks."""

    SYMPTOMS = "symptoms"  # a 0–10 score, before or after an exercise
    BACK_OFF = "back_off"  # a score at or over the threshold: how to back off
    HURTS = "hurts"  # "This hurts" was pressed: how to back off
    RATING = "rating"  # gold, okay or garbage, at the end


CareWords = Words("CareWords")


def choice_words(choice: PainChoice) -> str:
    """The words for a way of backing off, the same wherever it is offered."""
    return {PainChoice.EASIER: CareWords.tr("Do the easier version"),
            PainChoice.SMALLER: CareWords.tr("Smaller and slower"),
            PainChoice.FEWER: CareWords.tr("Fewer reps"),
            PainChoice.SKIP: CareWords.tr("Skip this exercise"),
            PainChoice.MISTAKE: CareWords.tr("Pressed by mistake")}[choice]


@frozen_record
class Question:
    """One question for the person, with everything needed to show it."""

    ask: Ask
    exercise: Exercise
    when: When | None = None
    title: str = ""  # the big line of a back-off question
    headline: str = ""  # "Before" or "After" and the exercise's name
    reason: str = ""  # why backing off is offered
    note: str = ""  # what last time advises, shown with the question
    choices: tuple[PainChoice, ...] = ()

    def words(self, choice: PainChoice) -> str:
        if choice is PainChoice.MISTAKE and self.ask is Ask.BACK_OFF:
            # After a high score the mistake is the score: it is asked again.
            return CareWords.tr("Wrong score: ask again")
        if choice is PainChoice.EASIER and self.exercise.easier is not None:
            return CareWords.tr("Easier: {name}").format(name=self.exercise.easier.name)
        return choice_words(choice)


def symptom_question(exercise: Exercise, when: When, note: str = "") -> Question:
    """The 0–10 question before or after ``exercise``; its reason says what counts, in the
    routine's words where it gives them."""
    rule = exercise.symptom_rule
    scale = CareWords.tr("0 = none, 10 = worst.")
    headline = (CareWords.tr("Before {exercise}") if when is When.BEFORE
                else CareWords.tr("After {exercise}")).format(exercise=exercise.name)
    return Question(Ask.SYMPTOMS, exercise, when, headline=headline,
                    reason=f"{scale} {rule.counts}" if rule is not None and rule.counts
                    else scale, note=note)


def back_off_choices(exercise: Exercise, cause: Cause) -> tuple[PainChoice, ...]:
    """How one can back off from ``exercise``: its easier version where the routine has one,
    smaller and slower, fewer reps, skipping, or it was a mistake. Fewer reps are not offered
    before starting, nor for an exercise whose symptoms are scored: there the same painful
    range, done less often, is not backing off; moving less is."""
    choices = [PainChoice.EASIER] if exercise.easier is not None else []
    choices.append(PainChoice.SMALLER)
    if cause is Cause.HURTS and exercise.symptom_rule is None:
        choices.append(PainChoice.FEWER)
    choices += [PainChoice.SKIP, PainChoice.MISTAKE]
    return tuple(choices)


def _with_easier(reason: str, exercise: Exercise) -> str:
    """The reason, and what the easier version is, so it can be chosen knowingly."""
    easier = exercise.easier
    if easier is None:
        return reason
    return CareWords.tr("{reason}\nEasier: {name}. {how}").format(reason=reason,
                                                                  name=easier.name, how=easier.how)


def score_offer(exercise: Exercise, score: int) -> Question | None:
    """A score before ``exercise`` at or over its threshold offers ways to back off and says
    why; any other score, or an exercise without a rule, offers nothing."""
    rule = exercise.symptom_rule
    if rule is None or score < rule.threshold:
        return None
    reason = CareWords.tr("You scored {score} of 10; from {threshold} on, back off. {means} "
                          "{back_off}").format(score=score, threshold=rule.threshold,
                                               means=rule.means, back_off=rule.back_off)
    return Question(Ask.BACK_OFF, exercise, When.BEFORE,
                    title=CareWords.tr("Strong symptoms today. Back off."),
                    headline=CareWords.tr("{score} of 10 before {exercise}").format(
                        score=score, exercise=exercise.name),
                    reason=_with_easier(reason, exercise),
                    choices=back_off_choices(exercise, Cause.SYMPTOMS))


def symptom_advice(exercise: Exercise, before: int | None, after: int | None) -> str:
    """Advice for the next session when symptoms rose during ``exercise``, or ended at or over
    its threshold; "" when there is nothing to advise."""
    rule = exercise.symptom_rule
    if rule is None or after is None:
        return ""
    if before is not None and after > before:
        happened = CareWords.tr("Symptoms rose from {before} to {after} of 10 during "
                                "{exercise}.").format(before=before, after=after,
                                                      exercise=exercise.name)
    elif after >= rule.threshold:
        happened = CareWords.tr("Symptoms were {after} of 10 after {exercise}.").format(
            after=after, exercise=exercise.name)
    else:
        return ""
    return CareWords.tr("{happened} Next time: {back_off}").format(happened=happened,
                                                                   back_off=rule.back_off)


def session_advice(record: SessionRecord, routine: Routine) -> list[str]:
    """Every piece of advice one session's symptom scores give, in routine order."""
    lines = []
    for exercise in routine.exercises:
        scores = record.symptoms.get(exercise.id)
        if scores is not None:
            text = symptom_advice(exercise, scores.before, scores.after)
            if text:
                lines.append(text)
    return lines


@frozen_record
class ScoreEntry:
    """One session's scores for an exercise, and what they advised."""

    started: datetime
    before: int | None
    after: int | None
    advice: str

    @property
    def text(self) -> str:
        shown = [str(v) if v is not None else "–" for v in (self.before, self.after)]
        if self.before is not None and self.after is not None and self.after > self.before:
            return CareWords.tr("{before}→{after} (rose)").format(before=shown[0],
                                                                 after=shown[1])
        return f"{shown[0]}→{shown[1]}"


def scores_over_time(sessions: Sequence[SessionRecord],
                     exercise: Exercise) -> list[ScoreEntry]:
    """Each session's scores for ``exercise``, oldest first."""
    entries = [ScoreEntry(r.started, s.before, s.after,
                          symptom_advice(exercise, s.before, s.after))
               for r in sessions if (s := r.symptoms.get(exercise.id)) is not None
               and (s.before is not None or s.after is not None)]
    entries.sort(key=lambda e: e.started.replace(tzinfo=None))
    return entries


def symptom_history(sessions: Sequence[SessionRecord], routine: Routine,
                    last: int = 6) -> list[str]:
    """Per exercise with scores, one line: its last few scores before→after, oldest first,
    and what the latest one advises."""
    lines = []
    for exercise in routine.exercises:
        entries = scores_over_time(sessions, exercise)
        if not entries:
            continue
        shown = " · ".join(e.text for e in entries[-last:])
        line = CareWords.tr("{exercise}, symptoms before→after: {scores}").format(
            exercise=exercise.name, scores=shown)
        if entries[-1].advice:
            line += f". {entries[-1].advice}"
        lines.append(line)
    return lines


def next_time_advice(sessions: Sequence[SessionRecord], routine: Routine) -> dict[str, str]:
    """Exercise id -> what the last session that scored it advises for today (only where it
    advises something)."""
    advice = {}
    for exercise in routine.exercises:
        scored = [e for e in scores_over_time(sessions, exercise) if e.after is not None]
        if scored and scored[-1].advice:
            advice[exercise.id] = CareWords.tr("Last time: {advice}").format(
                advice=scored[-1].advice)
    return advice


def choice_text(choice: PainChoice) -> str:
    """A backing-off choice in a few words, for history."""
    return {PainChoice.SMALLER: CareWords.tr("smaller and slower"),
            PainChoice.FEWER: CareWords.tr("fewer reps"),
            PainChoice.SKIP: CareWords.tr("skipped"),
            PainChoice.EASIER: CareWords.tr("easier version"),
            PainChoice.MISTAKE: CareWords.tr("pressed by mistake"),
            PainChoice.CONTINUE: CareWords.tr("carried on")}[choice]


def back_offs_text(record: SessionRecord, names: Mapping[str, str]) -> str:
    """Each time the person backed off in one session, with its cause and the choice made,
    joined with ' · '; "" when never."""
    parts = []
    for flag in record.pain_flags:
        name = names.get(flag.exercise_id) or flag.exercise_id
        if flag.cause is Cause.SYMPTOMS:
            scores = record.symptoms.get(flag.exercise_id)
            score = scores.before if scores is not None else None
            what = (CareWords.tr("score {score} before {exercise}").format(score=score,
                                                                             exercise=name)
                    if score is not None else CareWords.tr("score, {exercise}").format(
                        exercise=name))
        else:
            what = CareWords.tr("hurt in {exercise}").format(exercise=name)
        parts.append(CareWords.tr("{what}: {choice}").format(what=what,
                                                            choice=choice_text(flag.choice)))
    return " · ".join(parts)


def _required(exercise: Exercise) -> bool:
    """Whether the score before ``exercise`` must be given before it starts."""
    rule = exercise.symptom_rule
    return rule is not None and rule.required


@frozen_record
class _Due:
    """A score before ``exercise``, asked beside the workout from step ``opens`` until its
    first block of reps, step ``first``."""

    exercise: Exercise
    opens: int
    first: int


@frozen_record
class _Aside:
    """A score asked beside the running workout, let go once the session is past step
    ``until`` (None: kept until the end, where it is asked again if still owed)."""

    question: Question
    until: int | None


class CareFlow:
    """The questions of one session and what each answer does; see the module docstring.

    Every method that takes an answer returns the next question to show, or None. The record
    may be None (history could not be written); the session still follows the answers.
    """

    def __init__(self, session: Session, advice: Mapping[str, str] | None = None) -> None:
        self.reset(session, advice)

    def reset(self, session: Session, advice: Mapping[str, str] | None = None) -> None:
        """A new session: nothing asked yet. ``advice``: exercise id -> what last time says."""
        self.session = session
        self.advice = dict(advice or {})
        self.question: Question | None = None
        self.message = ""  # what the last answer changed, in words, for the workout screen
        self._resume_after = False
        self._asked: set[tuple[str, When]] = set()
        self._scored: set[tuple[str, When]] = set()
        self._asides: list[_Aside] = []
        self._due: list[_Due] | None = None  # the scores before, once the session has begun
        self._to_rate: list[Exercise] = []
        self.rating = False  # the ratings at the end have begun

    @property
    def aside(self) -> Question | None:
        """The score to show beside the running workout now, answered or not."""
        return self._asides[0].question if self._asides and self.question is None else None

    # --- pausing around a question -------------------------------------------------------------
    def _open(self, question: Question | None) -> Question | None:
        self.question = question
        if question is not None:
            self._resume_after = self._resume_after or self.session.status is Status.RUNNING
            self.session.pause()
        elif self._resume_after:
            self._resume_after = False
            self.session.resume()
        return question

    # --- symptom scores ------------------------------------------------------------------------
    def on_step(self) -> Question | None:
        """The session moved to a new step (or started): a score after once its exercise is
        left; a score before from the step leading into its exercise's first block; a required
        score before is asked as the exercise begins."""
        session = self.session
        if session.status in (Status.READY, Status.FINISHED) or self.question is not None:
            return self.question
        index = session.state().step_index
        steps = session.steps
        step, previous = steps[index], steps[index - 1] if index > 0 else None
        if previous is not None and previous.exercise.symptom_check and \
                previous.exercise.id != step.exercise.id and \
                self._last_of(previous.exercise.id) == index - 1 and \
                self._reps_done(previous.exercise.id) > 0:
            self._aside(previous.exercise, When.AFTER, None)
        for due in self._scores_before():
            if due.opens <= index <= due.first:
                self._aside(due.exercise, When.BEFORE, due.first)
        self._asides = [a for a in self._asides if a.until is None or index <= a.until]
        if session.first_time(index) and step.exercise.symptom_check and \
                _required(step.exercise):
            return self._ask_score(step.exercise, When.BEFORE)
        return None

    def _scores_before(self) -> list[_Due]:
        """The scores before asked beside the workout: each from the step after the block of
        reps before its exercise's first one (the get-ready, rest or countdown leading in)."""
        if self._due is None:
            self._due = []
            last_work = -1
            seen: set[str] = set()
            for i, step in enumerate(self.session.steps):
                if step.kind is not StepKind.WORK:
                    continue
                exercise = step.exercise
                if exercise.id not in seen and exercise.symptom_check and \
                        not _required(exercise):
                    self._due.append(_Due(exercise, last_work + 1, i))
                seen.add(exercise.id)
                last_work = i
        return self._due

    def _aside(self, exercise: Exercise, when: When, until: int | None) -> None:
        if (exercise.id, when) in self._asked:
            return
        self._asked.add((exercise.id, when))
        note = self.advice.get(exercise.id, "") if when is When.BEFORE else ""
        self._asides.append(_Aside(symptom_question(exercise, when, note), until))

    def _last_of(self, exercise_id: str) -> int:
        return max(i for i, s in enumerate(self.session.steps) if s.exercise.id == exercise_id)

    def _reps_done(self, exercise_id: str) -> int:
        return sum(t.reps_done for t in self.session.summary().tallies
                   if t.exercise.id == exercise_id)

    def _ask_score(self, exercise: Exercise, when: When) -> Question | None:
        if (exercise.id, when) in self._asked:
            return None
        self._asked.add((exercise.id, when))
        note = self.advice.get(exercise.id, "") if when is When.BEFORE else ""
        return self._open(symptom_question(exercise, when, note))

    def _keep_score(self, question: Question, value: int | None,
                    record: SessionRecord | None) -> Question | None:
        """Write a score down and say it was (:attr:`message`: what it advises, if anything,
        else that it is noted); the back-off offer it calls for, if any (not yet opened)."""
        exercise = question.exercise
        self.message = ""
        if value is None:
            return None
        self._scored.add((exercise.id, question.when or When.BEFORE))
        if record is not None:
            if question.when is When.BEFORE:
                record.set_symptoms(exercise.id, before=value)
            else:
                record.set_symptoms(exercise.id, after=value)
        self.message = CareWords.tr("Symptoms {score} of 10 noted").format(score=value)
        if question.when is When.BEFORE:
            return score_offer(exercise, value)
        before = record.symptoms[exercise.id].before if record is not None and \
            exercise.id in record.symptoms else None
        self.message = symptom_advice(exercise, before, value) or self.message
        return None

    def answer_score(self, value: int | None, record: SessionRecord | None) -> Question | None:
        """A 0–10 score (None: skipped) for the open symptom question."""
        question = self.question
        if question is None or question.ask is not Ask.SYMPTOMS:
            return question
        self.question = None
        offer = self._keep_score(question, value, record)
        if offer is not None:
            return self._open(offer)
        return self._open(self._next_at_end())

    def answer_aside(self, value: int, record: SessionRecord | None) -> Question | None:
        """A 0–10 score for the question beside the workout. A score before that calls for
        backing off opens the offer at once: its exercise is about to begin, or under way."""
        question = self.aside
        if question is None:
            return self.question
        self._asides.pop(0)
        return self._open(self._keep_score(question, value, record))

    # --- backing off ---------------------------------------------------------------------------
    def this_hurts(self) -> Question | None:
        """ "This hurts": ways to back off from the exercise under way."""
        if self.session.status not in (Status.RUNNING, Status.PAUSED) or \
                self.question is not None:
            return self.question
        exercise = self.session.state().step.exercise
        return self._open(Question(Ask.HURTS, exercise,
                                   title=CareWords.tr("This hurts. Let's back off."),
                                   headline=exercise.name,
                                   reason=_with_easier(exercise.safety, exercise),
                                   choices=back_off_choices(exercise, Cause.HURTS)))

    def answer_back_off(self, choice: PainChoice,
                        record: SessionRecord | None) -> Question | None:
        """Apply a way of backing off to the session, and log it."""
        question = self.question
        if question is None or question.ask not in (Ask.HURTS, Ask.BACK_OFF) or \
                choice not in question.choices:
            return question
        self.question = None
        session = self.session
        state = session.state()
        cause = Cause.HURTS if question.ask is Ask.HURTS else Cause.SYMPTOMS
        if record is not None:
            record.flag_pain(question.exercise.id, state.step_index, state.elapsed_s, choice,
                             cause)
        self.message = ""
        if choice is PainChoice.EASIER:
            session.easier_version()
            self.message = CareWords.tr("The easier version for the rest of this exercise.")
        elif choice is PainChoice.SMALLER:
            session.smaller_and_slower()
            self.message = CareWords.tr("Smaller and slower for the rest of this exercise.")
        elif choice is PainChoice.FEWER:
            session.fewer_reps()
            self.message = CareWords.tr(
                "Fewer reps: this block ends here, the next ones are shorter.")
        elif choice is PainChoice.SKIP:
            session.skip_exercise()
            self.message = CareWords.tr("{exercise} skipped.").format(
                exercise=question.exercise.name)
        elif choice is PainChoice.MISTAKE and cause is Cause.SYMPTOMS:
            self._ask_again(question.exercise)
            if self.question is not None:
                return self.question
        next_question = self.on_step() if session.status is not Status.FINISHED else None
        return next_question if next_question is not None else self._open(None)

    def _ask_again(self, exercise: Exercise) -> None:
        """The score before ``exercise`` was wrong: asked again, beside the workout until its
        first block is over (a required one waits for it, as the first time)."""
        self._asked.discard((exercise.id, When.BEFORE))
        self._scored.discard((exercise.id, When.BEFORE))
        if _required(exercise):
            self._ask_score(exercise, When.BEFORE)
            return
        first = next(due.first for due in self._scores_before() if due.exercise.id == exercise.id)
        self._aside(exercise, When.BEFORE, first)
        self._asides.insert(0, self._asides.pop())  # the question now beside the workout

    # --- gold, okay or garbage -----------------------------------------------------------------
    def rate_all(self) -> Question | None:
        """At the end: a score still owed after a checked exercise, then a rating of each
        exercise done, in turn; None when all are answered. Once per session."""
        if self.rating:
            return None
        self.rating = True
        self._asides.clear()
        self._to_rate = [t.exercise for t in self.session.summary().tallies if t.reps_done > 0]
        return self._open(self._next_at_end())

    def _next_at_end(self) -> Question | None:
        if not self.rating:
            return None
        owed = [ex for ex in self._to_rate if ex.symptom_check
                and (ex.id, When.AFTER) not in self._scored]
        if owed:
            self._scored.add((owed[0].id, When.AFTER))  # asked once: skipping it is an answer
            return symptom_question(owed[0], When.AFTER)
        if not self._to_rate:
            return None
        exercise = self._to_rate.pop(0)
        return Question(Ask.RATING, exercise, headline=exercise.name)

    def answer_rating(self, rating: Rating | None, note: str,
                      record: SessionRecord | None) -> Question | None:
        """A rating of the exercise asked about (None: not now)."""
        question = self.question
        if question is None or question.ask is not Ask.RATING:
            return question
        if rating is not None and record is not None:
            record.rate(question.exercise.id, rating, note)
        self.question = None
        return self._open(self._next_at_end())

    @property
    def all_answered(self) -> bool:
        """The end's questions are all answered: time for the summary."""
        return self.rating and self.question is None

"""The summary of one session, in the words the summary screen shows.

:func:`session_report` reads what the session did (its blocks of reps, its time) and what
its record holds (ratings, symptom scores, each "This hurts"), and says it plainly: per
exercise and per side the reps and sets done of those planned, whether it was done, partly
done, skipped or never started, and how the session ended. The record fills in as answers
arrive, so the screen builds the report again whenever it changes.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence

from warmup_gui.core.camera_count import ranges_text
from warmup_gui.core.care import session_advice
from warmup_gui.core.engine import BlockResult, Session, StepKind
from warmup_gui.core.history import Cause, PainChoice, SessionRecord
from warmup_gui.core.record import frozen_record
from warmup_gui.core.routine import Exercise, Routine, Side, Sides
from warmup_gui.core.words import Words

ReportWords = Words("ReportWords")


def duration_text(seconds: float) -> str:
    """Time spent, as m:ss (h:mm:ss from an hour on); whole seconds, rounded down."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Outcome(enum.Enum):
    """How far an exercise (or one side of it) got."""

    DONE = "done"  # every block reached its goal
    PARTLY = "partly"  # some reps, not every block's
    SKIPPED = "skipped"  # passed over without a rep
    NOT_STARTED = "not_started"  # the session ended before it
    LEFT_OUT = "left_out"  # left out before the session started

    @property
    def label(self) -> str:
        """'Done', 'Partly done'…, in the user's language."""
        return {Outcome.DONE: ReportWords.tr("Done"),
                Outcome.PARTLY: ReportWords.tr("Partly done"),
                Outcome.SKIPPED: ReportWords.tr("Skipped"),
                Outcome.NOT_STARTED: ReportWords.tr("Not started"),
                Outcome.LEFT_OUT: ReportWords.tr("Left out")}[self]


@frozen_record
class Tally:
    """Reps and sets of one exercise, or of one side of it."""

    label: str  # the exercise's name, or the side ("Left leg")
    outcome: Outcome
    reps_done: int = 0
    reps_planned: int = 0
    sets_done: int = 0
    sets_partly: int = 0  # sets with some reps but not all
    sets_planned: int = 0

    @property
    def reps_text(self) -> str:
        """'7 of 30 reps'; '–' for an exercise left out."""
        if self.outcome is Outcome.LEFT_OUT:
            return "–"
        return ReportWords.tr("{done} of %n rep(s)", "", self.reps_planned).format(
            done=self.reps_done)

    @property
    def sets_text(self) -> str:
        """'1 of 2 sets', '0 of 2 sets, 1 partly'; '–' for an exercise left out."""
        if self.outcome is Outcome.LEFT_OUT:
            return "–"
        text = ReportWords.tr("{done} of %n set(s)", "", self.sets_planned).format(
            done=self.sets_done)
        if not self.sets_partly:
            return text
        return ReportWords.tr("{sets}, {partly} partly").format(sets=text,
                                                               partly=self.sets_partly)


@frozen_record
class ExerciseReport:
    """One exercise in the summary."""

    exercise_id: str
    tally: Tally
    sides: tuple[Tally, ...] = ()  # one per side, where the sides are done one after the other
    rating: str = ""  # "Gold", "Okay · too fast", "Not rated"; "" when there was nothing to rate
    symptoms: str = ""  # "3 → 6 of 10"; "" for an exercise that asks for no score
    ranges: str = ""  # the ranges of motion measured by camera; "" where none was


@frozen_record
class HurtEvent:
    """One time the person backed off: "This hurts", or a score too high to go on."""

    at_s: float  # active session time
    exercise: str  # its name
    where: str  # "Round 1 of 2 · Set 1 of 2 · Left leg"; "" when the step is unknown
    cause: Cause
    choice: PainChoice

    @property
    def text(self) -> str:
        """'4:12 · This hurts in <exercise> (Set 1 of 2 · Left leg): made smaller and slower
        from then on'."""
        what = (ReportWords.tr("This hurts in {exercise}") if self.cause is Cause.HURTS
                else ReportWords.tr("Symptoms too high before {exercise}")
                ).format(exercise=self.exercise)
        where = f" ({self.where})" if self.where else ""
        return f"{duration_text(self.at_s)} · {what}{where}: {_done(self.cause, self.choice)}"


def _done(cause: Cause, choice: PainChoice) -> str:
    """What the app did after a way of backing off, said after the fact."""
    if cause is Cause.SYMPTOMS and choice is PainChoice.MISTAKE:
        return ReportWords.tr("a wrong score, asked again")
    if cause is Cause.SYMPTOMS and choice is PainChoice.SKIP:
        return ReportWords.tr("the exercise skipped")
    return {
        PainChoice.EASIER: ReportWords.tr("the easier version from then on"),
        PainChoice.SMALLER: ReportWords.tr("made smaller and slower from then on"),
        PainChoice.FEWER: ReportWords.tr("that block ended, the next ones shorter"),
        PainChoice.SKIP: ReportWords.tr("the rest of the exercise skipped"),
        PainChoice.MISTAKE: ReportWords.tr("pressed by mistake, nothing changed"),
        PainChoice.CONTINUE: ReportWords.tr("carried on"),
    }[choice]


@frozen_record
class SessionReport:
    """Everything the summary screen shows, as text and numbers."""

    headline: str  # "Warm-up done", "Ended early after 17 of 170 reps"
    ended_where: str  # where an ended-early session stopped; "" otherwise
    time_text: str  # "17:20 active · 1:05 paused · 1 round · 170 reps"
    exercises: tuple[ExerciseReport, ...]
    hurts: tuple[HurtEvent, ...]
    # What the symptom scores advise, then the routine's word on symptoms that linger.
    advice: tuple[str, ...]
    ended_early: bool
    active_s: float
    paused_s: float
    reps_done: int
    reps_planned: int


def _sets(blocks: Sequence[BlockResult]) -> tuple[int, int, int]:
    """Sets done, partly done and planned among ``blocks`` (a set: one round's set number)."""
    by_set: dict[tuple[int, int], list[BlockResult]] = {}
    for block in blocks:
        by_set.setdefault((block.step.round, block.step.set), []).append(block)
    done = [all(b.complete for b in group) for group in by_set.values()]
    begun = [any(b.reps for b in group) for group in by_set.values()]
    partly = sum(some and not whole for some, whole in zip(begun, done, strict=True))
    return sum(done), partly, len(by_set)


def _outcome(blocks: Sequence[BlockResult], ended_at: int | None) -> Outcome:
    if all(b.complete for b in blocks):
        return Outcome.DONE
    if any(b.reps for b in blocks):
        return Outcome.PARTLY
    if ended_at is not None and min(b.step_index for b in blocks) >= ended_at:
        return Outcome.NOT_STARTED
    return Outcome.SKIPPED


def _tally(label: str, blocks: Sequence[BlockResult], ended_at: int | None) -> Tally:
    done, partly, planned = _sets(blocks)
    return Tally(label, _outcome(blocks, ended_at), sum(b.reps for b in blocks),
                 sum(b.goal for b in blocks), done, partly, planned)


def _symptoms_text(exercise: Exercise, record: SessionRecord | None) -> str:
    if not exercise.symptom_check:
        return ""
    scores = record.symptoms.get(exercise.id) if record is not None else None
    if scores is None or (scores.before is None and scores.after is None):
        return ReportWords.tr("Not scored")
    shown = [str(v) if v is not None else "–" for v in (scores.before, scores.after)]
    return ReportWords.tr("{before} → {after} of 10").format(before=shown[0], after=shown[1])


def _rating_text(exercise_id: str, record: SessionRecord | None, done: bool) -> str:
    """The rating given, "Not rated" for an exercise ``done`` without one, else ""."""
    rated = record.ratings.get(exercise_id) if record is not None else None
    if rated is None:
        return ReportWords.tr("Not rated") if done else ""
    return f"{rated.rating.label} · {rated.note}" if rated.note else rated.rating.label


def _exercise_report(exercise: Exercise, blocks: Sequence[BlockResult], ended_at: int | None,
                     record: SessionRecord | None) -> ExerciseReport:
    sides: tuple[Tally, ...] = ()
    if exercise.sides is Sides.EACH:
        sides = tuple(_tally(exercise.side_label(side), [b for b in blocks if b.step.side is side],
                             ended_at) for side in Side)
    measured = record.ranges.get(exercise.id, []) if record is not None else []
    ranges = ranges_text(exercise.camera.angle, measured) if exercise.camera else ""
    tally = _tally(exercise.name, blocks, ended_at)
    return ExerciseReport(exercise.id, tally, sides,
                          _rating_text(exercise.id, record, tally.reps_done > 0),
                          _symptoms_text(exercise, record), ranges)


def _in_order(session: Session, routine: Routine, left_out: Iterable[str]) -> list[Exercise]:
    """The session's exercises, with those left out before it started where the routine
    has them."""
    done = {ex.id: ex for ex in session.routine.exercises}
    out = set(left_out) - set(done)
    order = [ex for ex in routine.exercises if ex.id in done or ex.id in out]
    listed = {ex.id for ex in order}
    return order + [ex for ex in session.routine.exercises if ex.id not in listed]


def _hurts(session: Session, record: SessionRecord | None,
           names: dict[str, str]) -> tuple[HurtEvent, ...]:
    if record is None:
        return ()
    events = []
    for flag in record.pain_flags:
        where = ""
        if 0 <= flag.step < len(session.steps):
            step = session.steps[flag.step]
            parts = [ReportWords.tr("Round {round} of {rounds}").format(
                         round=step.round, rounds=session.rounds) if session.rounds > 1 else "",
                     ReportWords.tr("Set {set} of {sets}").format(set=step.set,
                                                                  sets=step.exercise.sets),
                     step.position_label(step.side)]
            where = " · ".join(p for p in parts if p)
        events.append(HurtEvent(flag.at_s, names.get(flag.exercise_id, flag.exercise_id),
                                where, flag.cause, flag.choice))
    return tuple(events)


def _ended_where(session: Session, ended_at: int | None) -> str:
    if ended_at is None:
        return ""
    step = session.steps[ended_at]
    stopped = (ReportWords.tr("Stopped during {exercise}") if step.kind is StepKind.WORK
               else ReportWords.tr("Stopped before {exercise}"))
    return f"{stopped.format(exercise=step.exercise.name)} · {session.location(step, step.side)}"


def session_report(session: Session, record: SessionRecord | None,
                   routine: Routine) -> SessionReport:
    """The summary of ``session``; ``record`` is its history record (None when there is
    none), ``routine`` the routine as loaded, naming the exercises left out before it."""
    summary = session.summary()
    ended_at = summary.ended_at
    left_out = record.skipped if record is not None else []
    exercises = []
    for exercise in _in_order(session, routine, left_out):
        blocks = [b for b in summary.blocks if b.step.exercise.id == exercise.id]
        if blocks:
            exercises.append(_exercise_report(exercise, blocks, ended_at, record))
        else:
            exercises.append(ExerciseReport(exercise.id, Tally(exercise.name, Outcome.LEFT_OUT),
                                            rating=_rating_text(exercise.id, record,
                                                                done=False)))
    reps_done = sum(b.reps for b in summary.blocks)
    reps_planned = sum(b.goal for b in summary.blocks)
    if not summary.ended_early:
        headline = ReportWords.tr("Warm-up done")
    elif reps_done:
        headline = ReportWords.tr("Ended early after {done} of %n rep(s)", "",
                                  reps_planned).format(done=reps_done)
    else:
        headline = ReportWords.tr("Ended before the first rep")
    times = [ReportWords.tr("{time} active").format(time=duration_text(summary.elapsed_s))]
    if summary.paused_s >= 1:
        times.append(ReportWords.tr("{time} paused").format(time=duration_text(summary.paused_s)))
    if not summary.ended_early:
        times.append(ReportWords.tr("%n round(s)", "", summary.rounds))
    times.append(ReportWords.tr("%n rep(s)", "", reps_done))
    names = {ex.id: ex.name for ex in routine.exercises}
    names.update({ex.id: ex.name for ex in session.routine.exercises})
    advice = session_advice(record, session.routine) if record is not None else []
    lingering = [routine.safety.lingering] if routine.safety.lingering else []
    return SessionReport(
        headline=headline, ended_where=_ended_where(session, ended_at),
        time_text=" · ".join(times), exercises=tuple(exercises),
        hurts=_hurts(session, record, names), advice=(*advice, *lingering),
        ended_early=summary.ended_early, active_s=summary.elapsed_s,
        paused_s=summary.paused_s, reps_done=reps_done, reps_planned=reps_planned)

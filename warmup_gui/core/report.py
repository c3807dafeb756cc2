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
from dataclasses import dataclass

from warmup_gui.core.care import session_advice
from warmup_gui.core.engine import BlockResult, Session, StepKind
from warmup_gui.core.history import Cause, PainChoice, SessionRecord
from warmup_gui.core.routine import Exercise, Routine, Side, Sides


def count_text(count: int, noun: str) -> str:
    """'1 rep', '2 reps'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def duration_text(seconds: float) -> str:
    """Time spent, as m:ss (h:mm:ss from an hour on); whole seconds, rounded down."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Outcome(enum.Enum):
    """How far an exercise (or one side of it) got."""

    DONE = "Done"  # every block reached its goal
    PARTLY = "Partly done"  # some reps, not every block's
    SKIPPED = "Skipped"  # passed over without a rep
    NOT_STARTED = "Not started"  # the session ended before it
    LEFT_OUT = "Left out"  # left out before the session started


@dataclass(frozen=True)
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
        return f"{self.reps_done} of {count_text(self.reps_planned, 'rep')}"

    @property
    def sets_text(self) -> str:
        """'1 of 2 sets', '0 of 2 sets, 1 partly'; '–' for an exercise left out."""
        if self.outcome is Outcome.LEFT_OUT:
            return "–"
        text = f"{self.sets_done} of {count_text(self.sets_planned, 'set')}"
        return f"{text}, {self.sets_partly} partly" if self.sets_partly else text


@dataclass(frozen=True)
class ExerciseReport:
    """One exercise in the summary."""

    exercise_id: str
    tally: Tally
    sides: tuple[Tally, ...] = ()  # one per side, where the sides are done one after the other
    rating: str = ""  # "Gold", "Okay · too fast"; "" before it is rated
    symptoms: str = ""  # "3 → 6 of 10"; "" for an exercise that asks for no score


@dataclass(frozen=True)
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
        what = "This hurts in" if self.cause is Cause.HURTS else "Symptoms too high before"
        where = f" ({self.where})" if self.where else ""
        done = _DONE_AFTER.get((self.cause, self.choice), _DONE[self.choice])
        return f"{duration_text(self.at_s)} · {what} {self.exercise}{where}: {done}"


# What the app did after each way of backing off, said after the fact.
_DONE: dict[PainChoice, str] = {
    PainChoice.EASIER: "the easier version from then on",
    PainChoice.SMALLER: "made smaller and slower from then on",
    PainChoice.FEWER: "that block ended, the next ones shorter",
    PainChoice.SKIP: "the rest of the exercise skipped",
    PainChoice.MISTAKE: "pressed by mistake, nothing changed",
    PainChoice.CONTINUE: "carried on",
}
_DONE_AFTER: dict[tuple[Cause, PainChoice], str] = {
    (Cause.SYMPTOMS, PainChoice.MISTAKE): "a wrong score, asked again",
    (Cause.SYMPTOMS, PainChoice.SKIP): "the exercise skipped",
}


@dataclass(frozen=True)
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
        return "Not scored"
    shown = [str(v) if v is not None else "–" for v in (scores.before, scores.after)]
    return f"{shown[0]} → {shown[1]} of 10"


def _rating_text(exercise_id: str, record: SessionRecord | None) -> str:
    rated = record.ratings.get(exercise_id) if record is not None else None
    if rated is None:
        return ""
    return f"{rated.rating.label} · {rated.note}" if rated.note else rated.rating.label


def _exercise_report(exercise: Exercise, blocks: Sequence[BlockResult], ended_at: int | None,
                     record: SessionRecord | None) -> ExerciseReport:
    sides: tuple[Tally, ...] = ()
    if exercise.sides is Sides.EACH:
        sides = tuple(_tally(exercise.side_label(side), [b for b in blocks if b.step.side is side],
                             ended_at) for side in Side)
    return ExerciseReport(exercise.id, _tally(exercise.name, blocks, ended_at), sides,
                          _rating_text(exercise.id, record), _symptoms_text(exercise, record))


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
            parts = [f"Round {step.round} of {session.rounds}" if session.rounds > 1 else "",
                     f"Set {step.set} of {step.exercise.sets}",
                     step.position_label(step.side)]
            where = " · ".join(p for p in parts if p)
        events.append(HurtEvent(flag.at_s, names.get(flag.exercise_id, flag.exercise_id),
                                where, flag.cause, flag.choice))
    return tuple(events)


def _ended_where(session: Session, ended_at: int | None) -> str:
    if ended_at is None:
        return ""
    step = session.steps[ended_at]
    when = "during" if step.kind is StepKind.WORK else "before"
    return f"Stopped {when} {step.exercise.name} · {session.location(step, step.side)}"


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
                                            rating=_rating_text(exercise.id, record)))
    reps_done = sum(b.reps for b in summary.blocks)
    reps_planned = sum(b.goal for b in summary.blocks)
    if not summary.ended_early:
        headline = "Warm-up done"
    elif reps_done:
        headline = f"Ended early after {reps_done} of {count_text(reps_planned, 'rep')}"
    else:
        headline = "Ended before the first rep"
    times = [f"{duration_text(summary.elapsed_s)} active"]
    if summary.paused_s >= 1:
        times.append(f"{duration_text(summary.paused_s)} paused")
    if not summary.ended_early:
        times.append(count_text(summary.rounds, "round"))
    times.append(count_text(reps_done, "rep"))
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

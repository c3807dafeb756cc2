"""The plan for one session: which routine, how many rounds, which breathing, what is left
out; and what follows from it (the routine the engine runs, how long it takes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warmup_gui.core.breathing import with_breath
from warmup_gui.core.checklist import routine_without
from warmup_gui.core.record import frozen_record, replace
from warmup_gui.core.routine import Breath, Routine
from warmup_gui.core.schedule import duration_s
from warmup_gui.core.words import Words

if TYPE_CHECKING:
    # Not needed to show a plan: the history's module (and its file handling), and the
    # engine's (the overview's times come from the schedule), imported when a session is made.
    from warmup_gui.core.clock import Clock
    from warmup_gui.core.engine import Session
    from warmup_gui.core.history import SessionRecord

PlanWords = Words("PlanWords")


def minutes_text(seconds: float, about: bool = True) -> str:
    """E.g. 'About 9 min', or '9 min' (never under a minute)."""
    minutes = max(1, round(seconds / 60))
    if about:
        return PlanWords.tr("About {minutes} min").format(minutes=minutes)
    return PlanWords.tr("{minutes} min").format(minutes=minutes)


def elapsed_text(seconds: float) -> str:
    """How long something has run: '40 s' under a minute, else '2 min'."""
    if round(seconds) < 60:
        return PlanWords.tr("{seconds} s", "time run so far").format(seconds=round(seconds))
    return minutes_text(seconds, about=False)


def rounds_choice(routine: Routine, remembered: int | None) -> int:
    """The rounds to offer first: the ones chosen last time if the routine still allows them,
    else the routine's lowest (two passes, for the bundled warm-up)."""
    if remembered is not None and routine.rounds.low <= remembered <= routine.rounds.high:
        return remembered
    return routine.rounds.low


@frozen_record
class SessionPlan:
    """What a person chose on the overview, on top of the routine (with any dosage a clinician
    set): ``rounds`` of the circuit, the ``breaths`` chosen as (exercise id, pattern) pairs
    (an exercise not named breathes its own) and the exercises they ``skip``; ``to_top``
    runs every rep range to its top instead of its minimum."""

    routine: Routine
    rounds: int
    breaths: tuple[tuple[str, Breath], ...] = ()
    skip: frozenset[str] = frozenset()
    to_top: bool = False

    def session_routine(self) -> Routine:
        """The routine as the session runs it: without the skipped exercises (never all of
        them), with the chosen breathing."""
        kept = [ex for ex in self.routine.exercises if ex.id not in self.skip]
        routine = routine_without(self.routine, self.skip) if kept else self.routine
        return with_breath(routine, self.breaths)

    def planned_routine(self) -> Routine:
        """The session routine with its rounds fixed: what is saved or printed for a patient."""
        from warmup_gui.core.writer import with_rounds  # the writer brings the YAML emitter

        return with_rounds(self.session_routine(), self.rounds)

    def session(self, clock: Clock, auto_count: bool = True) -> Session:
        """The session this plan runs."""
        from warmup_gui.core.engine import Session

        return Session(self.session_routine(), clock, self.rounds, auto_count=auto_count,
                       to_top=self.to_top)

    def resumed(self, record: SessionRecord, clock: Clock,
                auto_count: bool = True) -> Session | None:
        """The session ``record`` was cut off in, started again where it stood (its rounds,
        what it left out, its reps and time); None when it no longer fits this routine."""
        plan = replace(self, rounds=record.rounds, skip=frozenset(record.skipped))
        session = plan.session(clock, auto_count)
        if record.place is None:
            return None
        try:
            session.resume_at(record.place, record.duration_s)
        except ValueError:
            return None
        return session

    def estimate_s(self, rounds: int | None = None) -> float:
        """Seconds the session takes counted by itself: what the clock will say at its end."""
        return duration_s(self.session_routine(), rounds or self.rounds, self.to_top)

    def round_options(self) -> list[tuple[int, str]]:
        """Each number of rounds the routine allows, with how long it takes: (2, '2 · 17
        min')."""
        return [(n, PlanWords.tr("{rounds} · {minutes}", "rounds and how long they take").format(
                    rounds=n, minutes=minutes_text(self.estimate_s(n), about=False)))
                for n in range(self.routine.rounds.low, self.routine.rounds.high + 1)]


def resume_words(session: Session, record: SessionRecord) -> str:
    """What resuming takes up, in one line: where the session stopped, the reps of that
    block, its time."""
    place = record.place
    step = session.steps[place.step] if place is not None else session.state().step
    reps = place.reps[place.step] if place is not None else 0
    where = [step.exercise.name,
             PlanWords.tr("round {round} of {rounds}").format(round=step.round,
                                                              rounds=session.rounds)
             if session.rounds > 1 else "",
             PlanWords.tr("set {set} of {sets}").format(set=step.set, sets=step.exercise.sets),
             step.position_label(step.side)]
    elapsed = elapsed_text(record.duration_s)
    place_text = " · ".join(w for w in where if w)
    if reps:
        return PlanWords.tr("Stopped at {place}, %n rep(s) done ({elapsed} in).", "",
                            reps).format(place=place_text, elapsed=elapsed)
    return PlanWords.tr("Stopped at {place} ({elapsed} in).").format(place=place_text,
                                                                     elapsed=elapsed)

"""The plan for one session: which routine, how many rounds, which breathing, what is left
out; and what follows from it (the routine the engine runs, how long it takes)."""

from __future__ import annotations

from dataclasses import dataclass

from warmup_gui.core.breathing import with_breath
from warmup_gui.core.checklist import routine_without
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Session
from warmup_gui.core.routine import Breath, Routine
from warmup_gui.core.writer import with_rounds


def minutes_text(low_s: float, high_s: float) -> str:
    """E.g. 'About 8–10 min', or 'About 9 min' when both round to the same minute."""
    low, high = round(low_s / 60), round(high_s / 60)
    return f"About {low} min" if low == high else f"About {low}–{high} min"


@dataclass(frozen=True)
class SessionPlan:
    """What a person chose on the overview, on top of the routine (with any dosage a clinician
    set): ``rounds`` of the circuit, a breathing ``pattern`` (None: the routine's own) and the
    exercises they ``skip``."""

    routine: Routine
    rounds: int
    pattern: Breath | None = None
    skip: frozenset[str] = frozenset()

    def session_routine(self) -> Routine:
        """The routine as the session runs it: without the skipped exercises (never all of
        them), with the chosen breathing."""
        kept = [ex for ex in self.routine.exercises if ex.id not in self.skip]
        routine = routine_without(self.routine, self.skip) if kept else self.routine
        return with_breath(routine, self.pattern)

    def planned_routine(self) -> Routine:
        """The session routine with its rounds fixed: what is saved or printed for a patient."""
        return with_rounds(self.session_routine(), self.rounds)

    def estimate_s(self, rounds: int | None = None) -> tuple[float, float]:
        """Seconds the session takes at the fewest and at the most reps."""
        plan = Session(self.session_routine(), FakeClock(), rounds or self.rounds)
        return plan.estimate_s("low"), plan.estimate_s("high")

    def estimate_text(self, rounds: int | None = None) -> str:
        return minutes_text(*self.estimate_s(rounds))

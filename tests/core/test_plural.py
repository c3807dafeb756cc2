"""Counts read right: '1 rep', '2 reps', '1-2 rounds'."""

from __future__ import annotations

from warmup_gui.core.record import replace
from warmup_gui.core.routine import RepRange, Routine, plural


def test_plural() -> None:
    assert [plural(n, "rep") for n in (0, 1, 2)] == ["0 reps", "1 rep", "2 reps"]
    assert plural(RepRange(1, 1), "round") == "1 round"
    assert plural(RepRange(1, 2), "round") == "1-2 rounds"


def test_a_dosage_of_one_reads_in_the_singular(routine: Routine) -> None:
    one = replace(routine.exercises[1], sets=1, reps=RepRange(1, 1))
    assert one.dosage == "1 set × 1 rep per leg"
    assert replace(one, sets=2, reps=RepRange(1, 3)).dosage == "2 sets × 1-3 reps per leg"

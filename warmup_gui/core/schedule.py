"""A session's steps in order and how long each lasts, from the routine alone.

The engine builds its steps from :func:`schedule`, and :func:`duration_s` sums the same
schedule for the overview's round buttons: how long a session takes is known without making
one (the engine's module is not needed to show the overview). Plain tuples, no classes: this
module costs next to nothing to import.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from warmup_gui.core.routine import Exercise, Position, Routine, Side, Sides

# What a step is: a countdown before a block ("get_ready" before a set's first block or the
# next exercise, "switch_sides", "next_position"), a block of reps ("work"), the rest between
# sets ("rest") or between rounds ("round_rest").
Part = Literal["get_ready", "switch_sides", "next_position", "work", "rest", "round_rest"]
# part, round (1-based), exercise index (0-based; for countdowns and rests, the exercise that
# comes next), exercise, set (1-based), position, side (None when both sides work together or
# alternate rep by rep), seconds (countdowns and rests; a block of reps lasts as its reps do).
Scheduled = tuple[Part, int, int, Exercise, int, Position, Side | None, float]


def blocks(ex: Exercise) -> list[tuple[Position, Side | None]]:
    """The blocks of reps in one set: each position, and each side where sides are separate."""
    sides: list[Side | None] = list(Side) if ex.sides is Sides.EACH else [None]
    return [(position, side) for position in ex.positions for side in sides]


def _countdown(routine: Routine, ex_blocks: list[tuple[Position, Side | None]], block_i: int,
               new_exercise: bool) -> tuple[Part, float]:
    """The countdown before a block and its length: the other side, the next position, the
    next exercise (after another in the same round), or a set's first block."""
    def given(seconds: float | None) -> float:
        return routine.get_ready_s if seconds is None else seconds

    if block_i == 0:
        return "get_ready", given(routine.between_exercises_s) if new_exercise \
            else routine.get_ready_s
    if ex_blocks[block_i][0] is ex_blocks[block_i - 1][0]:
        return "switch_sides", given(routine.switch_sides_s)
    return "next_position", given(routine.next_position_s)


def schedule(routine: Routine, rounds: int) -> Iterator[Scheduled]:
    """Every step of the routine done ``rounds`` times, in order (a countdown of no length
    is left out, as is a rest of none)."""
    for rnd in range(1, rounds + 1):
        for ex_i, ex in enumerate(routine.exercises):
            ex_blocks = blocks(ex)
            for set_no in range(1, ex.sets + 1):
                for block_i, (position, side) in enumerate(ex_blocks):
                    part, countdown_s = _countdown(routine, ex_blocks, block_i,
                                                   new_exercise=ex_i > 0 and set_no == 1)
                    if countdown_s > 0:
                        yield part, rnd, ex_i, ex, set_no, position, side, countdown_s
                    yield "work", rnd, ex_i, ex, set_no, position, side, 0.0
                if set_no < ex.sets and ex.rest_s > 0:
                    position, side = ex_blocks[0]
                    yield "rest", rnd, ex_i, ex, set_no + 1, position, side, ex.rest_s
        if rnd < rounds and routine.round_rest_s > 0:
            first = routine.exercises[0]
            yield ("round_rest", rnd + 1, 0, first, 1, first.positions[0], blocks(first)[0][1],
                   routine.round_rest_s)


def block_goal(ex: Exercise, to_top: bool) -> int:
    """The reps a block of ``ex`` aims for at first: its range's minimum, or its top."""
    target = ex.block_reps
    return target.high if to_top else target.low


def duration_s(routine: Routine, rounds: int, to_top: bool = False) -> float:
    """Seconds a session of ``rounds`` takes counted by itself, from its start: every
    countdown and rest, and each block's goal of reps on the exercise's tempo."""
    total = 0.0
    for part, _, _, ex, _, _, _, seconds in schedule(routine, rounds):
        total += block_goal(ex, to_top) * ex.rep_s if part == "work" else seconds
    return total

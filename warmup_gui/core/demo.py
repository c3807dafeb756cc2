"""What a clinician can show: every exercise, position and side of a routine, in order."""

from __future__ import annotations

from warmup_gui.core.engine import block_label
from warmup_gui.core.record import frozen_record
from warmup_gui.core.routine import Exercise, Illustration, Position, Routine, Side, Sides


@frozen_record
class DemoBlock:
    exercise_index: int
    exercise: Exercise
    position: Position
    side: Side | None

    @property
    def label(self) -> str:
        return block_label(self.exercise, self.position, self.side)

    @property
    def illustration(self) -> Illustration:
        return self.exercise.illustration_for(self.position, self.side)

    @property
    def mirrored(self) -> bool:
        return self.exercise.mirrored_for(self.side)


def demo_blocks(routine: Routine) -> tuple[DemoBlock, ...]:
    """One block per exercise, position and side (both sides shown where they differ)."""
    blocks = []
    for index, exercise in enumerate(routine.exercises):
        sides: list[Side | None] = [None] if exercise.sides is Sides.NONE else list(Side)
        for position in exercise.positions:
            blocks += [DemoBlock(index, exercise, position, side) for side in sides]
    return tuple(blocks)


def first_block_of(blocks: tuple[DemoBlock, ...], exercise_index: int) -> int | None:
    return next((i for i, b in enumerate(blocks) if b.exercise_index == exercise_index), None)


def block_at(blocks: tuple[DemoBlock, ...], exercise_id: str, position_id: str,
             side: Side | None) -> int | None:
    """The block showing this exercise, position and side (where a workout is), or else the
    exercise's first block; None when the exercise is not shown at all."""
    same = [i for i, b in enumerate(blocks) if b.exercise.id == exercise_id]
    exact = [i for i in same if blocks[i].position.id == position_id
             and (blocks[i].side is side or side is None)]
    found = exact or same
    return found[0] if found else None

"""What a clinician can show: every exercise, position and side of a routine, in order."""

from __future__ import annotations

from dataclasses import dataclass

from warmup_gui.core.engine import block_label
from warmup_gui.core.routine import Exercise, Illustration, Position, Routine, Side, Sides


@dataclass(frozen=True)
class DemoBlock:
    exercise_index: int
    exercise: Exercise
    position: Position
    side: Side | None

    @property
    def label(self) -> str:
        return block_label(self.position, self.side)

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

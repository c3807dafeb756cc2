"""Where the presenter opens: the block a workout is on."""

from __future__ import annotations

from warmup_gui.core.demo import block_at, demo_blocks
from warmup_gui.core.routine import Routine, Side


def test_the_block_where_the_workout_is(routine: Routine) -> None:
    blocks = demo_blocks(routine)
    heels = block_at(blocks, "toe_touch_progression", "heels_up", None)
    assert heels is not None and blocks[heels].position.id == "heels_up"
    right = block_at(blocks, "nerve_flossing", "main", Side.RIGHT)
    assert right is not None and blocks[right].side is Side.RIGHT
    assert blocks[right].exercise.id == "nerve_flossing"
    supine = block_at(blocks, "supine_toe_touches", "main", None)  # alternating: first side
    assert supine is not None and blocks[supine].exercise.id == "supine_toe_touches"
    assert block_at(blocks, "not_in_the_routine", "main", None) is None
    assert block_at(blocks, "nerve_flossing", "gone", Side.LEFT) == \
        next(i for i, b in enumerate(blocks) if b.exercise.id == "nerve_flossing")

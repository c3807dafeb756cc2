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


def test_reps_that_alternate_sides_keep_one_picture_and_each_side_shows_its_own(
        routine: Routine) -> None:
    floss, supine = routine.exercises[1], routine.exercises[2]
    # A block per side: the right leg's flossing is the left's turned round...
    assert floss.shown_during_reps(floss.positions[0], Side.RIGHT) == \
        (floss.positions[0].illustration, True)
    # ...but reps that alternate keep the left's picture, never turned round between reps,
    right = supine.shown_during_reps(supine.positions[0], Side.RIGHT)
    assert right == supine.shown_during_reps(supine.positions[0], Side.LEFT)
    assert right == (supine.illustration_for(supine.positions[0], Side.LEFT), False)
    # while the presenter shows each side's own.
    blocks = [b for b in demo_blocks(routine) if b.exercise is supine]
    assert {b.illustration.end for b in blocks} == {"supine_reach_left_leg",
                                                    "supine_reach_right_leg"}

"""Pages of a text too long for its room: each page shows whole lines only, and pages turn
by themselves on the session's clock, so a runner on the mat reads all of it hands-free."""

from __future__ import annotations

import math
from collections.abc import Sequence

PAGE_S = 8.0  # long enough to read a page of a few lines from the mat


def page_starts(lines: Sequence[tuple[float, float]], room: float,
                blocks: Sequence[tuple[float, float]] = ()) -> list[float]:
    """Where each page begins, for ``lines`` given as (top, bottom) in the text, in a room
    ``room`` tall: a page ends before the first line it would cut, and the next page begins
    with that line, or with the first line of its block (a paragraph, as (top, bottom) in
    ``blocks``) when the whole block fits on a page: a rule is read whole, never its tail
    alone. [0.0] when everything fits."""
    starts = [0.0]
    for top, bottom in sorted(lines):
        if bottom - starts[-1] > room and top > starts[-1]:
            start = top
            for block_top, block_bottom in blocks:
                if starts[-1] < block_top < top < block_bottom and \
                        block_bottom - block_top <= room:
                    start = block_top
            starts.append(start)
    return starts


def page_at(elapsed_s: float, pages: int, page_s: float = PAGE_S) -> int:
    """The page (0-based) shown ``elapsed_s`` seconds in: each for ``page_s``, then the
    first again."""
    if pages <= 1 or not 0 <= elapsed_s < math.inf:  # NaN, negative or endless: the first
        return 0
    return int(elapsed_s // page_s) % pages

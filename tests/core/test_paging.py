"""Pages of a text too long for its room: whole lines only, turned on the session's clock."""

from __future__ import annotations

import math

import pytest

from warmup_gui.core.paging import PAGE_S, page_at, page_starts

LINES = [(0.0, 20.0), (20.0, 40.0), (40.0, 60.0), (70.0, 90.0), (90.0, 110.0)]


def test_everything_fits_on_one_page() -> None:
    assert page_starts(LINES, 110.0) == [0.0]
    assert page_starts([], 10.0) == [0.0]


def test_a_page_ends_before_the_first_line_it_would_cut() -> None:
    assert page_starts(LINES, 50.0) == [0.0, 40.0, 90.0]
    assert page_starts(LINES, 60.0) == [0.0, 70.0]


def test_side_by_side_columns_break_at_the_highest_cut_line() -> None:
    # Two columns whose lines do not line up: a page never shows half of either.
    left = [(0.0, 19.0), (19.0, 38.0), (38.0, 57.0)]
    right = [(0.0, 21.0), (21.0, 42.0), (42.0, 63.0)]
    assert page_starts(left + right, 45.0) == [0.0, 38.0]


def test_a_paragraph_that_fits_on_a_page_is_not_cut_in_two() -> None:
    # A cue of one line, then a rule of three (40 to 110): in a room of 80 the rule's last
    # line would be cut; its whole paragraph goes to the next page, not its tail alone.
    lines = [(0.0, 30.0), (40.0, 60.0), (60.0, 80.0), (80.0, 110.0)]
    assert page_starts(lines, 80.0) == [0.0, 80.0]
    assert page_starts(lines, 80.0, blocks=[(0.0, 30.0), (40.0, 110.0)]) == [0.0, 40.0]
    # A paragraph taller than a page pages by its lines, as before.
    assert page_starts(lines, 60.0, blocks=[(0.0, 30.0), (40.0, 110.0)]) == [0.0, 60.0]


def test_a_line_taller_than_the_room_still_moves_on() -> None:
    assert page_starts([(0.0, 10.0), (10.0, 200.0), (200.0, 210.0)], 50.0) == \
        [0.0, 10.0, 200.0]


@pytest.mark.parametrize(("elapsed_s", "pages", "page"), [
    (0.0, 3, 0), (PAGE_S - 0.01, 3, 0), (PAGE_S, 3, 1), (2 * PAGE_S + 1, 3, 2),
    (3 * PAGE_S, 3, 0), (100.0, 1, 0), (-1.0, 3, 0), (math.nan, 3, 0), (math.inf, 3, 0),
])
def test_pages_turn_in_turn_then_start_again(elapsed_s: float, pages: int, page: int) -> None:
    assert page_at(elapsed_s, pages) == page

"""`kill -9` of the real app mid-set, then a new start: the overview offers to resume, R takes
the workout up at the block where it stopped, with its reps, in the same history file."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.e2e.test_signals import FIRST, sessions, start_counting, wait_for_reps

if TYPE_CHECKING:
    from tests.e2e.conftest import AppProcess

pytestmark = pytest.mark.xvfb


def reps_within(data: Path, reps: int, seconds: float) -> bool:
    """Whether the first exercise's reps reach ``reps`` in the history within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = sessions(data)
        log = found[-1].exercises.get(FIRST) if found else None
        if log is not None and log.reps_done >= reps:
            return True
        time.sleep(0.05)
    return False


def test_a_workout_killed_mid_set_resumes_at_its_block(
        launch: Callable[..., AppProcess], tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {"WARMUP_DATA_DIR": str(data)}
    app = launch("killed", extra_env=env)
    start_counting(app, data, 2)  # two reps into the first block
    app.process.send_signal(signal.SIGKILL)
    app.process.wait(timeout=10)
    (cut_off,) = sessions(data)
    assert not cut_off.finished and cut_off.place is not None
    block = cut_off.place.step
    assert cut_off.place.reps[block] == 2

    again = launch("resumed", extra_env=env)
    again.find_window()
    again.focus()
    # R resumes once the overview offers it (the history is read just after the first paint;
    # until then R does nothing): the block's get-ready countdown, then the block, one rep.
    for _ in range(20):
        again.key("r", "Right", "space")
        if reps_within(data, 3, 3.0):
            break
    wait_for_reps(again, data, 3)  # the two reps kept, and one more
    (resumed,) = sessions(data)  # the same session, in the same file
    assert resumed.id == cut_off.id
    assert resumed.place is not None and resumed.place.step == block
    assert resumed.exercises[FIRST].reps_done == 3
    again.key("ctrl+q", "Return")  # quit, confirmed: kept for the next start again
    assert again.wait() == 0, again.describe()
    (kept,) = sessions(data)
    assert not kept.finished and kept.place is not None

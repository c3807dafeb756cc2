"""SIGINT and SIGTERM close the real app as Ctrl+Q does: the session is saved, the exit is
clean (128 + the signal's number, no traceback), and it happens within a second or so."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.history import HistoryStore, SessionRecord
from warmup_gui.core.loader import load_routine

if TYPE_CHECKING:
    from tests.e2e.conftest import AppProcess

pytestmark = pytest.mark.xvfb

ROUTINE = load_routine(BUNDLED_ROUTINE)
FIRST = ROUTINE.exercises[0].id
# The requirement is a second; the bound leaves room for a loaded 2-core machine.
EXIT_BOUND_S = 5.0


def sessions(data: Path) -> tuple[SessionRecord, ...]:
    return HistoryStore(data).load_all().sessions


def wait_for_reps(app: AppProcess, data: Path, reps: int | None,
                  timeout_s: float = 15.0) -> None:
    """Poll the history the app writes until the first exercise has ``reps`` reps (None: until
    the session has begun)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = sessions(data)
        log = found[-1].exercises.get(FIRST) if found else None
        if found and (reps is None or (log is not None and log.reps_done == reps)):
            return
        assert app.alive, app.describe()
        time.sleep(0.05)  # polling another process's files, not app time
    found = sessions(data)
    raise AssertionError(f"history never showed {reps} reps, but "
                         f"{found[-1].exercises if found else 'no session'}; {app.describe()}")


def start_counting(app: AppProcess, data: Path, reps: int) -> None:
    app.find_window()
    app.focus()
    app.key("Return")  # the equipment checklist
    app.key(*(str(n) for n in range(1, len(ROUTINE.equipment) + 1)), "Return")
    wait_for_reps(app, data, None)  # the session has begun: the get-ready countdown
    app.key("Right")  # past it, to the first block
    app.key(*(["space"] * reps))
    wait_for_reps(app, data, reps)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_closes_the_window_as_ctrl_q_does(
        launch: Callable[..., AppProcess], tmp_path: Path, signum: signal.Signals,
        capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    app = launch(signum.name, extra_env={"WARMUP_DATA_DIR": str(data)})
    start_counting(app, data, 3)
    at_last_rep = sessions(data)[-1].duration_s
    time.sleep(0.3)  # some active time passes, which only the close itself writes
    sent = time.monotonic()
    app.process.send_signal(signum)
    rc = app.wait()
    took = time.monotonic() - sent
    with capsys.disabled():
        print(f"\n{signum.name}: exit {rc} after {took:.2f} s")
    assert rc == 128 + signum, app.describe()
    assert not app.fatal_lines(), app.describe()
    assert "KeyboardInterrupt" not in app.stderr()
    assert took < EXIT_BOUND_S
    (record,) = sessions(data)
    assert record.exercises[FIRST].reps_done == 3
    assert record.duration_s > at_last_rep  # written on closing, after the last rep


def test_sigint_at_the_overview_quits_at_once(launch: Callable[..., AppProcess]) -> None:
    app = launch("overview-sigint")
    app.find_window()
    app.process.send_signal(signal.SIGINT)
    assert app.wait() == 128 + signal.SIGINT, app.describe()
    assert not app.fatal_lines(), app.describe()

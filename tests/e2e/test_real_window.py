"""The real app under a real X server (Xvfb), driven from outside with xdotool.

Each test starts ``python -m warmup_gui`` as a subprocess with DISPLAY set to a private Xvfb
and QT_QPA_PLATFORM=xcb, finds its window by name and sends keys to it. Clean exit means exit
code 0 and no fatal message (none_dealloc, "Fatal Python error", a traceback) on stderr.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from benchmarks.xvfb import XvfbServer
from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.loader import load_routine

if TYPE_CHECKING:  # conftest is pytest's to import; at runtime these come in as fixtures
    from tests.e2e.conftest import AppProcess, Screen

pytestmark = pytest.mark.xvfb

Launch = Callable[[str], "AppProcess"]
ROUTINE = load_routine(BUNDLED_ROUTINE)  # what the app shows when started without arguments
CYCLES = 50
CYCLES_BUDGET_S = 90.0
# While a session runs, its clock label changes every second; a screen that stands still
# for longer than that is paused.
PAUSED_HOLD_S = 1.2


def quit_cleanly(app: AppProcess, mid_workout: bool = False) -> None:
    """Ctrl+Q; in the middle of a workout it asks first, and Enter confirms."""
    app.key("ctrl+q", *(["Return"] if mid_workout else []))
    rc = app.wait()
    assert rc == 0, app.describe()
    assert not app.fatal_lines(), app.describe()


def test_ctrl_q_quits_with_exit_code_0(launch: Launch) -> None:
    app = launch("quit")
    app.find_window()
    app.focus()
    assert app.alive, app.describe()
    quit_cleanly(app)


def test_keyboard_walk_through_the_first_exercise(launch: Launch, screen: Screen) -> None:
    app = launch("walk")
    app.find_window()
    app.focus()

    def press(*keys: str) -> None:
        app.key(*keys)
        assert app.alive, f"after {keys}: {app.describe()}"

    overview = screen.wait_stable(app)  # the overview has nothing that moves
    press("Return")  # start: first the equipment checklist
    checklist = screen.wait_changed(overview, app)
    checklist = screen.wait_stable(app)
    press(*(str(n) for n in range(1, len(ROUTINE.equipment) + 1)))  # tick every item
    ticked = screen.wait_changed(checklist, app)
    ticked = screen.wait_stable(app)
    press("Return")  # all there: the workout screen, a get-ready countdown
    screen.wait_changed(ticked, app)
    press("Right")  # skip the get-ready: the first block of reps, toes on the ramp
    press("space", "space", "space")
    press("p")  # pause: the timer stops, so the screen stands still
    paused = screen.wait_stable(app, hold_s=PAUSED_HOLD_S)
    # Backspace takes a rep back even while paused. The screen only changes if the three
    # Spaces were counted, which needs Return and Right to have worked as well.
    press("BackSpace")
    paused = screen.wait_changed(paused, app)
    paused = screen.wait_stable(app, hold_s=PAUSED_HOLD_S)
    press("Right")  # next step, still paused: the "Next position" countdown
    paused = screen.wait_changed(paused, app)
    screen.wait_stable(app, hold_s=PAUSED_HOLD_S)
    press("Right")  # the second block: heels on the ramp
    press("p")  # resume
    press("space", "space")
    press("Right")  # on to the next exercise's get-ready
    press("space")  # ignored during a countdown
    assert app.alive, app.describe()
    quit_cleanly(app, mid_workout=True)


def test_the_figure_moves_through_many_shapes_in_a_real_window(
        launch: Launch, screen: Screen, capsys: pytest.CaptureFixture[str]) -> None:
    """Frames grabbed from the screen while the toe touch rolls down: a figure moving joint
    by joint gives a new picture nearly every grab (two cross-faded pictures gave four)."""
    app = launch("figure")
    app.find_window()
    app.focus()
    overview = screen.wait_stable(app)
    app.key("Return")
    screen.wait_changed(overview, app)
    checklist = screen.wait_stable(app)
    app.key(*(str(n) for n in range(1, len(ROUTINE.equipment) + 1)), "Return")
    screen.wait_changed(checklist, app)
    app.key("Right")  # past the countdown: the first rep starts now
    picture = (60, 140, 560, 480)  # inside the picture card of the 1280×800 window
    seen: list[bytes] = []
    toe_touch = ROUTINE.exercises[0]  # the reach up at the top, then the roll down
    end = time.monotonic() + toe_touch.movement.top_s + 0.8 * toe_touch.tempo_s / 2
    while time.monotonic() < end:
        seen.append(screen.digest(picture))
        time.sleep(0.05)  # sampling an external process's screen, not app time
    with capsys.disabled():
        print(f"\nfigure: {len(set(seen))} different pictures in {len(seen)} grabs")
    assert len(set(seen)) >= 12
    quit_cleanly(app, mid_workout=True)


def test_fifty_start_quit_cycles(launch: Launch, capsys: pytest.CaptureFixture[str]) -> None:
    times: list[float] = []
    retries = 0
    t_all = time.perf_counter()
    for cycle in range(CYCLES):
        t0 = time.perf_counter()
        app = launch(f"cycle{cycle:02d}")
        app.find_window()
        retries += app.search_retries
        app.focus()
        app.key("ctrl+q")
        rc = app.wait()
        times.append(time.perf_counter() - t0)
        assert rc == 0, f"cycle {cycle}: {app.describe()}"
        assert not app.fatal_lines(), f"cycle {cycle}: {app.describe()}"
    total = time.perf_counter() - t_all
    ordered = sorted(times)
    with capsys.disabled():
        print(f"\n{CYCLES} start/quit cycles: {total:.1f} s total, per cycle median "
              f"{ordered[len(ordered) // 2]:.2f} s, min {ordered[0]:.2f} s, "
              f"max {ordered[-1]:.2f} s; xdotool searches retried after BadWindow: {retries}")
    assert total < CYCLES_BUDGET_S, f"{CYCLES} cycles took {total:.1f} s"


def test_the_session_stays_offscreen(launch: Launch, xvfb: XvfbServer,
                                     env_before_e2e: dict[str, str | None]) -> None:
    """Starting Xvfb and an xcb app must not leak DISPLAY or xcb into this process, where the
    in-process Qt tests run offscreen (tests/conftest.py)."""
    app = launch("env")
    app.find_window()
    assert app.env["QT_QPA_PLATFORM"] == "xcb"
    assert app.env["DISPLAY"] == xvfb.display
    app.focus()
    quit_cleanly(app)
    now = {key: os.environ.get(key) for key in env_before_e2e}
    assert now == env_before_e2e
    assert os.environ.get("DISPLAY") != xvfb.display
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen" or \
        env_before_e2e["QT_QPA_PLATFORM"] != "offscreen"


def test_a_data_folder_that_cannot_be_made_still_opens_the_window(
        launch: Callable[..., AppProcess], tmp_path_factory: pytest.TempPathFactory) -> None:
    blocked = tmp_path_factory.mktemp("blocked") / "a-file"
    blocked.write_text("a file where the data folder should be")
    app = launch("no-data-folder", extra_env={"WARMUP_DATA_DIR": str(blocked / "warmup")})
    app.find_window()
    app.focus()
    quit_cleanly(app)


def test_the_server_does_not_reset_when_its_last_client_leaves(xvfb: XvfbServer) -> None:
    """An X server resets when its last client disconnects, and refuses connections while it
    does; each test ends its app just before the next xdotool or app connects. A property set
    on the root window by a client that then leaves is dropped by a reset."""
    def xprop(*args: str) -> str:
        result = subprocess.run(["xprop", "-display", xvfb.display, "-root", *args],
                                capture_output=True, text=True, timeout=10, check=True)
        return result.stdout

    xprop("-f", "WARMUP_E2E_PROBE", "8s", "-set", "WARMUP_E2E_PROBE", "kept")
    assert xprop("WARMUP_E2E_PROBE").strip() == 'WARMUP_E2E_PROBE(STRING) = "kept"'

"""The later screens are readied after the first paint: the figures solved off the GUI thread,
the screens' modules imported and the screens made in idle turns; a window closed meanwhile
stops it quietly."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.routine import Routine
from warmup_gui.qt import prepare
from warmup_gui.qt.prepare import ScreenPreparer


def test_figures_are_solved_in_a_worker_and_the_screens_modules_imported(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    solve = prepare.solve_figures
    monkeypatch.setattr(prepare, "solve_figures",
                        lambda: (threads.append(threading.get_ident()), solve()))
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    qtbot.waitUntil(lambda: win.preparer.done, timeout=60_000)
    assert threads and threading.get_ident() not in threads
    assert "warmup_gui.qt.screens.workout" in sys.modules
    assert "warmup_gui.qt.screens.presenter" in sys.modules
    # The screens a key opens are made, hidden; the overview stays where it is.
    assert all(win._made(name) for name in ("history", "workout", "presenter"))
    # The cues' sounds are loaded too (or what keeps them silent is known).
    assert win._made("cues")
    assert win.cues.player.sound_effects or win.cues.player.sound_error
    assert win.current_screen() is win.overview


def test_the_overviews_pictures_come_first_and_the_screens_wait_for_the_delay(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pictures show once their figures are solved, not after the start's delay; the
    imports and builds wait for the delay and for every figure."""
    log: list[str] = []
    monkeypatch.setattr(prepare, "solve_pictures", lambda: log.append("pictures solved"))
    monkeypatch.setattr(prepare, "solve_figures", lambda: log.append("figures solved"))
    monkeypatch.setattr(prepare, "_import", lambda name: log.append("import"))
    preparer = ScreenPreparer([lambda: log.append("built")],
                              pictures=lambda: log.append("pictures shown"))
    preparer.start(delay_ms=60_000, solve_delay_ms=0)
    qtbot.waitUntil(lambda: "pictures shown" in log and "figures solved" in log)
    qtbot.wait(50)  # time for anything else to (wrongly) happen
    # Shown as soon as solved (the worker solves the rest meanwhile); nothing else yet.
    assert sorted(log) == ["figures solved", "pictures shown", "pictures solved"]
    assert log.index("pictures solved") < log.index("pictures shown")
    assert not preparer.done
    preparer._ready("delay")  # as its timer would
    qtbot.waitUntil(lambda: preparer.done)
    assert log[3:] == ["import"] * len(prepare.SCREEN_MODULES) + ["built"]


def test_a_preparer_deleted_midway_stops_quietly(qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    monkeypatch.setattr(prepare, "solve_figures", lambda: release.wait(30))
    preparer = ScreenPreparer()
    preparer.start(delay_ms=0)
    qtbot.waitUntil(lambda: preparer._thread is not None)
    thread = preparer._thread
    preparer.deleteLater()
    qtbot.waitUntil(lambda: not _alive(preparer))
    release.set()  # the worker finishes and finds no one to tell: no error in the event loop
    assert thread is not None
    thread.join(30)
    assert not thread.is_alive()


def _alive(obj: ScreenPreparer) -> bool:
    from shiboken6 import Shiboken

    return Shiboken.isValid(obj)

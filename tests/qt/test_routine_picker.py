"""The Routine menu: the bundled routines, the user's folder and recent files; Ctrl+O opens
any file, a broken one shows its problems; "Save as routine" suggests the user's folder."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.routine import Routine

ROUTINES = Path(__file__).resolve().parents[1] / "routines"


def menu_entries(win) -> list[str]:  # type: ignore[no-untyped-def]
    menu = next(action.menu() for action in win.menuBar().actions()
                if action.text() == "&Routine")
    win.picker.fill(menu, win.key_actions["Ctrl+O"])
    return [action.text() for action in menu.actions()]


def test_the_menu_lists_bundled_own_and_recent_routines(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    saved = win.save_routine_as(win.picker.save_path(win.routine))
    assert saved == tmp_path / "data" / "routines" / "tight-hamstring-warm-up-for-runners.yaml"
    entries = menu_entries(win)
    assert entries[0] == "Open routine…"
    assert "Bundled" in entries and bundled_path.name in entries
    assert any(entry.startswith("Yours (") for entry in entries) and saved.name in entries
    assert win.picker.open(ROUTINES / "timed_hold.yaml")
    assert win.next_routine is not None and win.next_routine[0].title == "Calf and hip stretch"
    assert not win.isVisible()  # the window opens again with the routine picked
    assert win.settings.recent_routines == [(ROUTINES / "timed_hold.yaml").resolve()]


def test_a_broken_file_shows_its_problems_and_keeps_the_window(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 2\ntitle: Broken\nrounds: 3-1\nexercises: []\n",
                      encoding="utf-8")
    assert not win.picker.open(broken)
    problems = win.picker.problems
    assert problems is not None and problems.isVisible()
    qtbot.addWidget(problems)
    assert "rounds: expected the smaller number first" in problems.list.toPlainText()
    assert win.isVisible() and win.next_routine is None
    assert win.settings.recent_routines == []

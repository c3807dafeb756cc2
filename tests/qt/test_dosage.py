"""A clinician's per-patient dosage: applied to the session, saved as a routine, printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.breathing import PRESETS
from warmup_gui.core.loader import load_routine
from warmup_gui.core.routine import RepRange, Routine
from warmup_gui.qt.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent.parent


def open_window(qtbot: QtBot, routine: Routine, path: Path, tmp_path: Path) -> MainWindow:
    return show_window(qtbot, routine, path, tmp_path)


def adjust(win: MainWindow) -> None:
    spins = win.dosage.spins
    spins["nerve_flossing"]["sets"].setValue(3)
    spins["nerve_flossing"]["high"].setValue(12)  # pulls the minimum down with it
    spins["supine_toe_touches"]["rest"].setValue(0)


def test_d_opens_the_dosage_and_enter_applies_it(qtbot: QtBot, routine: Routine,
                                                 bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    qtbot.keyClick(win, Qt.Key.Key_D)
    assert win.current_screen() is win.dosage
    adjust(win)
    qtbot.keyClick(win, Qt.Key.Key_Return)
    assert win.current_screen() is win.overview
    assert win.overview.dosage_labels["nerve_flossing"].text().startswith(
        "3 sets × 12 reps per leg")
    win.start_workout()
    flossing = win.bridge.session.routine.exercises[1]
    assert (flossing.sets, flossing.reps) == (3, RepRange(12, 12))


def test_saved_routine_loads_back_identically_and_validates(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.overview.set_rounds(3)
    win.overview.breath.group.button(win.overview.breath._names.index("5-5")).click()
    win.show_dosage()
    adjust(win)
    target = win.save_routine_as(tmp_path / "patient.yaml")
    assert target is not None
    saved = load_routine(target)
    assert saved == win.planned_routine()
    assert saved.rounds == RepRange(3, 3)
    assert saved.exercises[0].breath == PRESETS["5-5"]
    assert saved.exercises[1].sets == 3
    assert saved.exercises[2].rest_s == 0
    out = subprocess.run([sys.executable, "-m", "warmup_gui", "--validate", str(target)],
                         capture_output=True, text=True, cwd=REPO, check=False)
    assert "Hamstring Nerve Flossing: 3 sets × 12 reps per leg" in out.stdout
    assert out.returncode == 0, out.stderr


def test_handout_from_the_window(qtbot: QtBot, routine: Routine, bundled_path: Path,
                                 tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    target = win.export_handout(tmp_path / "sheet.pdf")
    assert target is not None and target.stat().st_size > 5000
    assert target.read_bytes().startswith(b"%PDF")


def test_a_failed_save_leaves_the_old_file_and_says_so(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    assert win.save_routine_as(tmp_path / "missing-folder" / "x.yaml") is None
    assert "Could not save" in win.overview.offer_text.text()

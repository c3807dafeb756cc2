"""A clinician's per-patient dosage: applied to the session, saved as a routine, printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton
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
    spins["nerve_flossing"]["low"].setValue(12)
    spins["nerve_flossing"]["high"].setValue(12)
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
    breath = saved.exercises[0].breath
    assert breath is not None and breath.same_pattern(PRESETS["5-5"])
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


def pdf_words(pdf: Path) -> str:
    result = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                            check=True)
    return " ".join(result.stdout.replace("\u00a0", " ").split())


def fill_in(win: MainWindow) -> None:
    fields = win.dosage.fields
    fields["patient"].setText("Alex  Runner")
    fields["clinician"].setText("Sam Lee, PT")
    fields["clinic"].setText("Riverside Physio")
    fields["how_often"].setText("Before each run, 3 times a week")


def test_the_handout_carries_what_the_clinician_typed_and_remembers_who_they_are(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.overview.set_rounds(2)
    win.show_dosage()
    fill_in(win)
    target = win.export_handout(tmp_path / "sheet.pdf")
    assert target is not None
    text = pdf_words(target)
    for line in ("Patient: Alex Runner", "Clinician: Sam Lee, PT", "Clinic: Riverside Physio",
                 "How often: Before each run, 3 times a week"):
        assert line in text
    assert "Do the whole circuit 2 times" in text  # the rounds chosen, and nothing else
    assert "3 times" not in text.replace("3 times a week", "")
    remembered = win.settings.handout
    assert (remembered.clinician, remembered.clinic) == ("Sam Lee, PT", "Riverside Physio")
    assert remembered.patient == ""  # a patient's name is never kept for the next one


def test_the_dosage_screen_keeps_the_rounds_and_the_rest_between_them(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.overview.set_rounds(3)
    qtbot.keyClick(win, Qt.Key.Key_D)  # the rounds left as chosen: the handout keeps them
    assert win.dosage.rounds() == 3
    text = pdf_words(win.export_handout(tmp_path / "as-chosen.pdf") or Path())
    assert "Do the whole circuit 3 times, one exercise after the other." in text
    assert "Rest 30 s between rounds." in text
    # The clinician sets them: the overview follows, so do the handout and the saved routine.
    win.dosage.rounds_spin.setValue(2)
    win.dosage.round_rest_spin.setValue(45)
    text = pdf_words(win.export_handout(tmp_path / "adjusted.pdf") or Path())
    assert "Do the whole circuit 2 times, one exercise after the other." in text
    assert "Rest 45 s between rounds." in text
    saved = load_routine(win.save_routine_as(tmp_path / "patient.yaml") or Path())
    assert (saved.rounds, saved.round_rest_s) == (RepRange(2, 2), 45.0)
    qtbot.keyClick(win, Qt.Key.Key_Return)
    assert win.overview.rounds == 2
    assert win.overview.round_buttons.checkedId() == 2


def test_a_clinician_may_set_rounds_the_routine_does_not_offer(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.show_dosage()
    win.dosage.rounds_spin.setValue(1)  # a first session for a deconditioned patient
    qtbot.keyClick(win, Qt.Key.Key_Return)
    assert win.overview.rounds == 1
    # The routine's own choices stay on offer beside the clinician's.
    assert [win.overview.round_buttons.id(b) for b in win.overview.round_buttons.buttons()] \
        == [1, 2, 3]
    text = pdf_words(win.export_handout(tmp_path / "sheet.pdf") or Path())
    assert "Do the whole circuit once, one exercise after the other." in text
    win.start_workout()
    assert win.bridge.session.rounds == 1


def test_the_handout_prints_through_the_print_dialog(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.show_dosage()
    fill_in(win)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    win._printer = printer
    shown: list[QPrintDialog] = []

    def accept(dialog: QPrintDialog) -> int:
        shown.append(dialog)
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(win, "_run_dialog", accept)
    qtbot.keyClick(win, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert len(shown) == 1 and shown[0].windowTitle() == "Print handout"
    text = pdf_words(tmp_path / "printed.pdf")
    assert "Patient: Alex Runner" in text and routine.exercises[2].name in text

    monkeypatch.setattr(win, "_run_dialog", lambda dialog: 0)  # cancelled: nothing printed
    (tmp_path / "printed.pdf").unlink()
    assert win.print_handout() == 0
    assert not (tmp_path / "printed.pdf").exists()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (1920, 1080)])
def test_the_numbers_being_set_are_large_and_every_button_whole(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        size: tuple[int, int], speaking: str) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.resize(*size)
    win.show_dosage()
    screen = win.dosage
    spin = screen.spins["nerve_flossing"]["high"]
    digits = spin.lineEdit()
    QApplication.processEvents()  # the layout requests the new font made
    assert digits.fontInfo().pixelSize() >= 0.6 * 24  # never the style's small default
    assert QFontMetrics(digits.font()).height() <= digits.height() + 2
    for button in screen.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
            assert button.geometry().right() <= screen.width(), button.text()

"""Ticks and breathing saved before they were kept per routine (one global value each) are
carried over once, to the routine opened first, and the global keys removed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from warmup_gui.core.clock import FakeClock
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Breath, Routine
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import Settings

# As an older version wrote them, in the INI file QSettings keeps on Linux.
OLD_SETTINGS = """[General]
display/reduced_motion=true

[checklist]
checked=yoga_block, mat

[breath]
preset=custom
inhale_s=3
hold_in_s=0
exhale_s=7
hold_out_s=0
"""


def old_settings(tmp_path: Path) -> Path:
    ini = tmp_path / "warmup-gui.conf"
    ini.write_text(OLD_SETTINGS, encoding="utf-8")
    return ini


def open_window(qtbot: QtBot, routine: Routine, path: Path, ini: Path) -> MainWindow:
    win = MainWindow(routine, path, clock=FakeClock(), data_folder=ini.parent / "data",
                     settings=Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    return win


def test_old_global_settings_go_to_the_routine_opened_first(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    ini = old_settings(tmp_path)
    win = open_window(qtbot, routine, bundled_path, ini)
    assert win.overview.breath.pattern() == Breath(inhale_s=3.0, exhale_s=7.0)
    mine = win.settings.for_routine(routine.key)
    assert mine.checked_equipment == ["yoga_block", "mat"]
    stored = QSettings(str(ini), QSettings.Format.IniFormat)
    assert sorted(stored.allKeys()) == sorted(
        ["display/reduced_motion"] + [f"routines/{routine.key}/{name}" for name in (
            "checklist/checked", "breath/preset", "breath/inhale_s", "breath/hold_in_s",
            "breath/exhale_s", "breath/hold_out_s")])
    # Carried over once: another routine opened next starts from its own defaults.
    other = replace(routine, title="Another warm-up with the same equipment")
    again = open_window(qtbot, other, bundled_path, ini)
    assert again.overview.breath.pattern() is None
    assert again.settings.for_routine(other.key).checked_equipment == []
    assert open_window(qtbot, routine, bundled_path, ini).overview.breath.pattern() == \
        Breath(inhale_s=3.0, exhale_s=7.0)


def test_a_routine_keeps_its_own_choice_and_unreadable_values_are_dropped(
        tmp_path: Path) -> None:
    ini = old_settings(tmp_path)
    text = ini.read_text(encoding="utf-8").replace("inhale_s=3", "inhale_s=lots")
    ini.write_text(text.replace("preset=custom", "preset=box 4-4-4-4"), encoding="utf-8")
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    settings.for_routine("warm-up").breath_preset = "5-5"
    assert settings.carry_over_global("warm-up") == [
        "checklist/checked", "breath/hold_in_s", "breath/exhale_s", "breath/hold_out_s"]
    mine = settings.for_routine("warm-up")
    assert mine.breath_preset == "5-5"
    assert mine.custom_breath.inhale_s == 4.0  # the default: "lots" is no number of seconds
    assert not any(key.startswith(("breath/", "checklist/")) for key in
                   QSettings(str(ini), QSettings.Format.IniFormat).allKeys())
    assert settings.carry_over_global("another") == []

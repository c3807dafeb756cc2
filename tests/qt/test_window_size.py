"""The window opens at a size that fits the screen, and each screen keeps its own size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from warmup_gui.core.routine import Routine
from warmup_gui.qt import window_size
from warmup_gui.qt.main_window import MainWindow
from warmup_gui.qt.settings import Settings
from warmup_gui.qt.window_size import DECORATION, fitted_size, parse, place, remember, screen_key

REPO = Path(__file__).resolve().parents[2]


class FakeScreen:
    """What the window asks a QScreen: its name, resolution and the room left by panels."""

    def __init__(self, name: str, width: int, height: int, panel_px: int = 0) -> None:
        self._name, self._size = name, QSize(width, height)
        self._available = QRect(0, panel_px, width, height - panel_px)

    def name(self) -> str:
        return self._name

    def size(self) -> QSize:
        return self._size

    def availableGeometry(self) -> QRect:
        return self._available


def fits(size: QSize, available: QSize) -> bool:
    framed = size + DECORATION
    return framed.width() <= available.width() and framed.height() <= available.height()


@pytest.mark.parametrize(("available", "expected"), [
    (QSize(1920, 1050), QSize(1280, 800)),   # a large screen: the preferred size
    (QSize(1366, 740), QSize(1280, 692)),    # a 1366×768 laptop with a 28 px panel
    (QSize(1280, 770), QSize(1264, 722)),    # 1280×800 with a panel
    (QSize(1024, 576), QSize(1008, 528)),    # a 1024×600 netbook with a panel
    (QSize(1024, 600), QSize(1008, 552)),
])
def test_the_size_fits_the_available_geometry(available: QSize, expected: QSize) -> None:
    size = fitted_size(available)
    assert size == expected
    assert fits(size, available)


def test_a_remembered_size_is_kept_but_shrunk_to_a_smaller_screen() -> None:
    assert fitted_size(QSize(1920, 1050), QSize(1500, 900)) == QSize(1500, 900)
    assert fitted_size(QSize(1366, 740), QSize(1500, 900)) == QSize(1350, 692)
    assert fitted_size(QSize(1920, 1050), QSize(10, 10)) == window_size.MINIMUM


@pytest.mark.parametrize(("text", "expected"), [
    ("1200x700", (QSize(1200, 700), False)),
    ("1200x700 maximized", (QSize(1200, 700), True)),
    ("", (None, False)), ("big", (None, False)), ("-5x700", (None, False)),
])
def test_remembered_text_is_read_safely(text: str, expected: tuple[QSize | None, bool]) -> None:
    assert parse(text) == expected


def test_the_key_names_the_screen_and_its_resolution() -> None:
    assert screen_key(FakeScreen("eDP-1", 1366, 768)).name == "ui/window/eDP-1-1366x768"
    # Windows names its screens \\.\DISPLAY1; QSettings would read the backslashes as groups.
    assert screen_key(FakeScreen("\\\\.\\DISPLAY1", 1920, 1080)).name == \
        "ui/window/._DISPLAY1-1920x1080"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def new_window(qtbot: QtBot, routine: Routine, bundled_path: Path, settings: Settings,
               tmp_path: Path) -> MainWindow:
    window = MainWindow(routine, bundled_path, settings=settings, data_folder=tmp_path / "data")
    qtbot.addWidget(window)
    return window


def test_the_window_opens_fitted_and_centred_on_a_laptop(
        qtbot: QtBot, routine: Routine, bundled_path: Path, settings: Settings,
        tmp_path: Path) -> None:
    laptop = FakeScreen("eDP-1", 1366, 768, panel_px=28)
    window = new_window(qtbot, routine, bundled_path, settings, tmp_path)
    place(window, settings, laptop)  # type: ignore[arg-type]
    assert window.size() == QSize(1280, 692)
    assert window.minimumSize().height() <= 692
    framed = QRect(window.pos(), window.size() + DECORATION)
    assert laptop.availableGeometry().contains(framed)


def test_each_screen_remembers_its_own_size(qtbot: QtBot, routine: Routine, bundled_path: Path,
                                            settings: Settings, tmp_path: Path) -> None:
    laptop = FakeScreen("eDP-1", 1366, 768, panel_px=28)
    monitor = FakeScreen("HDMI-1", 2560, 1440, panel_px=32)
    window = new_window(qtbot, routine, bundled_path, settings, tmp_path)
    place(window, settings, monitor)  # type: ignore[arg-type]
    assert window.size() == QSize(1280, 800)
    window.resize(1700, 1000)
    remember(window, settings, monitor)  # type: ignore[arg-type]
    window.resize(1100, 640)
    remember(window, settings, laptop)  # type: ignore[arg-type]

    again = new_window(qtbot, routine, bundled_path, settings, tmp_path)
    place(again, settings, monitor)  # type: ignore[arg-type]
    assert again.size() == QSize(1700, 1000)
    place(again, settings, laptop)  # type: ignore[arg-type]
    assert again.size() == QSize(1100, 640)
    # The same laptop at another resolution is another screen: back to what fits.
    place(again, settings, FakeScreen("eDP-1", 1280, 720))  # type: ignore[arg-type]
    assert again.size() == QSize(1264, 672)


def test_a_maximized_window_opens_maximized_again(
        qtbot: QtBot, routine: Routine, bundled_path: Path, settings: Settings,
        tmp_path: Path) -> None:
    monitor = FakeScreen("HDMI-1", 2560, 1440)
    settings.set(screen_key(monitor), "1400x900 maximized")  # type: ignore[arg-type]
    window = new_window(qtbot, routine, bundled_path, settings, tmp_path)
    place(window, settings, monitor)  # type: ignore[arg-type]
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.size() == QSize(1400, 900)


def test_closing_remembers_the_size_but_not_fullscreen(
        qtbot: QtBot, routine: Routine, bundled_path: Path, settings: Settings,
        tmp_path: Path) -> None:
    window = new_window(qtbot, routine, bundled_path, settings, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1111, 666)
    window.close()
    assert settings.get(screen_key(window.screen())) == "1111x666"
    window = new_window(qtbot, routine, bundled_path, settings, tmp_path)
    window.showFullScreen()
    qtbot.waitExposed(window)
    window.close()
    assert settings.get(screen_key(window.screen())) == "1111x666"


RUN_WORKOUT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QPushButton
from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.engine import StepKind
from warmup_gui.core.loader import load_routine
from warmup_gui.qt.app import make_app, open_window

app = make_app()
window = open_window(load_routine(BUNDLED_ROUTINE), BUNDLED_ROUTINE)
window.start_workout()
steps = window.bridge.session.steps
window.bridge.goto(next(i for i, s in enumerate(steps)
                        if s.exercise.id == "nerve_flossing" and s.kind is StepKind.WORK))
window.care.symptoms.rate(None)
if window.workout.how_to.isVisible():  # the steps show where the buttons are the first time
    window.bridge.toggle_how_to()
app.processEvents()
screen = window.screen().availableGeometry()
frame = window.frameGeometry()
print(screen.width(), screen.height(), frame.x(), frame.y(), frame.width(), frame.height())
inside = window.rect()
for button in window.workout.findChildren(QPushButton):
    if button.isVisible():
        box = button.rect().translated(button.mapTo(window, button.rect().topLeft()))
        print("button", button.text().replace(" ", "_"), int(inside.contains(box)))
window.grab().save(sys.argv[1])
window.bridge.stop()
window.close()
"""


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1024, 600)])
def test_the_whole_workout_shows_on_a_small_screen(tmp_path: Path, width: int,
                                                   height: int) -> None:
    """The real start-up path on an offscreen screen of that size: the window and its frame
    fit, and every button of the workout lies inside the window."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "LVDS-1", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["PYTHONPATH"] = str(REPO)
    png = tmp_path / f"workout-{width}x{height}.png"
    result = subprocess.run([sys.executable, "-c", RUN_WORKOUT, str(png)], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    screen_w, screen_h, x, y, frame_w, frame_h = map(int, lines[0].split())
    assert (screen_w, screen_h) == (width, height)
    assert x >= 0 and y >= 0
    assert x + frame_w <= width and y + frame_h <= height
    buttons = dict(line.split()[1:] for line in lines[1:] if line.startswith("button"))
    assert len(buttons) >= 5, buttons
    assert all(flag == "1" for flag in buttons.values()), buttons
    assert png.stat().st_size > 0


def test_the_overview_shows_every_line_in_the_room_of_a_1024x600_screen(
        qtbot: QtBot, routine: Routine, bundled_path: Path, settings: Settings,
        tmp_path: Path) -> None:
    window = new_window(qtbot, routine, bundled_path, settings, tmp_path)
    place(window, settings, FakeScreen("LVDS-1", 1024, 600, panel_px=24))  # type: ignore[arg-type]
    assert window.size() == QSize(1008, 528)
    window.show()
    qtbot.waitExposed(window)
    labels = [label for label in window.overview.findChildren(QLabel)
              if label.isVisible() and label.wordWrap() and label.text()]
    assert len(labels) >= 6

    def cut_off() -> list[str]:  # a wrapped label shorter than its text needs loses lines
        return [label.text() for label in labels
                if label.height() < label.heightForWidth(label.width())]

    window.grab()  # lays the screen out with the style for its size
    qtbot.waitUntil(lambda: not cut_off())

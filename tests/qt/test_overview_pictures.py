"""The overview shows a still picture beside each exercise: its place kept from the first
paint, the picture given once the figures are solved after it, never on the way to it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.qt.helpers import show_window
from warmup_gui.core.pose_library import movement
from warmup_gui.core.routine import Routine
from warmup_gui.qt.theme import current_theme

FIGURE_MODULES = ("warmup_gui.core.figure", "warmup_gui.core.figure_motion",
                  "warmup_gui.core.pose_library", "warmup_gui.core.skeleton",
                  "warmup_gui.qt.widgets.illustration", "warmup_gui.qt.widgets.figure_frames")

FIRST_PAINT = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.loader import load_routine
from warmup_gui.qt.main_window import MainWindow

app = QApplication([])
window = MainWindow(load_routine(BUNDLED_ROUTINE), BUNDLED_ROUTINE,
                    data_folder=Path(sys.argv[1]))
seen = []

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.extend(name for name in {FIGURE_MODULES!r} if name in sys.modules)
            print("painted", *seen)
            QTimer.singleShot(0, app.quit)
        return False

hook = FirstPaint()
window.stack.installEventFilter(hook)
window.show()
app.exec()
"""


def test_no_figure_module_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(tmp_path / "data")],
                            capture_output=True, text=True, check=False, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-600:]
    assert "painted" in result.stdout.split(), result.stdout
    assert result.stdout.split()[-1] == "painted", result.stdout  # none of them named


def _ink(image_pixel: QColor, card: QColor) -> bool:
    return abs(image_pixel.lightness() - card.lightness()) > 80


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_each_exercise_gets_its_picture_once_prepared(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        size: tuple[int, int]) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    win.resize(*size)
    thumbnails = win.overview.thumbnails
    assert set(thumbnails) == {ex.id for ex in routine.exercises}
    kept = {i: t.size() for i, t in thumbnails.items()}
    assert all(s.width() > s.height() >= 40 for s in kept.values())
    qtbot.waitUntil(lambda: win.preparer.done, timeout=60_000)
    card = current_theme().figure_card
    for ex in routine.exercises:
        thumbnail = thumbnails[ex.id]
        assert thumbnail.shown
        assert thumbnail.size() == kept[ex.id]  # its place was kept: nothing moved
        image = thumbnail.grab().toImage()
        inked = [(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                 if _ink(image.pixelColor(x, y), card)]
        assert len(inked) > 20, ex.id  # a figure, not an empty card
        # Close up: the figure and its arrow fill the card's width or height, not a corner.
        xs, ys = [x for x, _ in inked], [y for _, y in inked]
        assert max((max(xs) - min(xs)) / image.width(),
                   (max(ys) - min(ys)) / image.height()) >= 0.75, ex.id
        start = ex.positions[0].illustration
        found = movement(start.start, start.end)
        assert found is not None
        titles = (found[0].start.title, found[0].end.title)
        assert all(title in thumbnail.accessibleName() for title in titles)


@pytest.mark.usefixtures("dark_palette")
def test_on_a_dark_desktop_the_pictures_are_light_ink_on_the_dark_card(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = show_window(qtbot, routine, bundled_path, tmp_path)
    qtbot.waitUntil(lambda: win.preparer.done, timeout=60_000)
    image = win.overview.thumbnails[routine.exercises[1].id].grab().toImage()
    card = image.pixelColor(image.width() // 2, 3)
    assert card.lightness() < 64
    light = sum(1 for x in range(image.width()) for y in range(image.height())
                if image.pixelColor(x, y).lightness() > 200)
    assert light > 20

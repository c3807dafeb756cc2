"""The running app says which desktop entry it is and carries its icon; the committed PNGs
are what tools/make_icons.py draws from the SVG."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.qt.helpers import run_as_the_app
from warmup_gui import APP_ID
from warmup_gui.desktop import ICON_SIZES, icon_png, icon_svg

REPO = Path(__file__).resolve().parents[2]


def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", REPO / "tools" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_the_svg_drawn_at_that_size(qapp: QApplication, size: int) -> None:
    drawn = make_icons().render(icon_svg(), size)
    committed = QImage(str(icon_png(size))).convertToFormat(QImage.Format.Format_ARGB32)
    assert committed.size() == drawn.size()
    # Another Qt release may antialias an edge a little differently; the picture is the same.
    differing = sum(1 for y in range(size) for x in range(size)
                    if abs(committed.pixelColor(x, y).value() - drawn.pixelColor(x, y).value())
                    > 24 or abs(committed.pixelColor(x, y).alpha()
                                - drawn.pixelColor(x, y).alpha()) > 24)
    assert differing <= size * size * 0.01, \
        "run: .venv/bin/python tools/make_icons.py (the SVG changed since the PNGs were made)"


def test_the_app_names_its_desktop_entry_and_has_its_icon_once_its_window_painted(
        tmp_path: Path) -> None:
    code = ("from warmup_gui.core.assets import BUNDLED_ROUTINE\n"
            "from warmup_gui.core.loader import load_routine\n"
            "from warmup_gui.qt.app import make_app, open_window\n"
            "app = make_app()\n"
            "print(app.desktopFileName())\n"
            "print(len(app.windowIcon().availableSizes()))\n"
            "window = open_window(load_routine(BUNDLED_ROUTINE), BUNDLED_ROUTINE)\n"
            "window.first_painted.connect(app.quit)\n"
            "app.exec()\n"
            "print(' '.join(str(s.width()) for s in app.windowIcon().availableSizes()))\n"
            "print(window.windowIcon().cacheKey() == app.windowIcon().cacheKey())\n"
            "window.close()\n")
    result = run_as_the_app(code, tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    name, before, sizes, same = result.stdout.splitlines()[:4]
    assert name == APP_ID
    assert before == "0"  # nothing decoded before the window first paints
    assert [int(s) for s in sizes.split()] == [s for s in ICON_SIZES if s <= 256]
    assert same == "True"

"""Starting and stopping the application."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from warmup_gui import APP_ID
from warmup_gui.core.routine import Routine

if TYPE_CHECKING:
    from warmup_gui.qt.main_window import MainWindow

APP_NAME = "warmup-gui"
ORG_NAME = "warmup-gui"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings and QStandardPaths use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    # Which menu entry and icon the windows belong to (Wayland's app id, and on X11
    # _GTK_APPLICATION_ID and _KDE_NET_WM_DESKTOP_FILE); without it they are "python3".
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app's icon at every drawn size up to 256 px (each file read when first needed)."""
    from warmup_gui.desktop import ICON_SIZES, icon_png

    icon = QIcon()
    for size in ICON_SIZES:
        if size <= 256:
            icon.addFile(str(icon_png(size)), QSize(size, size))
    return icon


def open_window(routine: Routine, routine_path: Path, presenter: bool = False) -> MainWindow:
    """The main window, sized for the screen it opens on, shown."""
    from warmup_gui.qt import window_size
    from warmup_gui.qt.main_window import MainWindow

    window = MainWindow(routine, routine_path)
    window_size.place(window, window.settings)
    window.show()
    if presenter:
        window.toggle_presenter()
    return window


def run(routine: Routine, routine_path: Path, presenter: bool = False) -> int:
    app = make_app()
    window = open_window(routine, routine_path, presenter)
    code = app.exec()
    window.bridge.stop()
    window.deleteLater()
    return code

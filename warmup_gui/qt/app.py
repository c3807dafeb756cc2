"""Starting and stopping the application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from warmup_gui.core.routine import Routine

APP_NAME = "warmup-gui"
ORG_NAME = "warmup-gui"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings and QStandardPaths use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyle("Fusion")
    return app


def run(routine: Routine, routine_path: Path, presenter: bool = False) -> int:
    app = make_app()
    from warmup_gui.qt.main_window import MainWindow

    window = MainWindow(routine, routine_path)
    window.show()
    if presenter:
        window.toggle_presenter()
    code = app.exec()
    window.bridge.stop()
    window.deleteLater()
    return code

"""Picking a routine: the bundled ones, the user's own folder (where "Save as routine" puts
them), any file (Ctrl+O) and the files opened lately, in the Routine menu."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.library import file_name_for, remembered, routine_files
from warmup_gui.core.routine import Routine
from warmup_gui.qt.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from warmup_gui.qt.problems_window import ProblemsWindow

FILTER = "Routines (*.yaml *.yml)"


class RoutinePicker(QObject):
    """Fills a menu with the routines to pick from; ``chosen`` gives a routine that loaded.
    A file that does not load shows its problems in a window of their own."""

    chosen = Signal(object, object)  # Routine, Path

    def __init__(self, window: QWidget, settings: Settings, data_folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.folder = data_folder / "routines"  # the user's own routines
        self.problems: ProblemsWindow | None = None

    def fill(self, menu: QMenu, open_action: QAction) -> None:
        """The menu's entries as they are now (the folder is read each time it opens), after
        ``open_action`` (the window's Ctrl+O)."""
        menu.clear()
        menu.addAction(open_action)
        sections = (("Bundled", routine_files(BUNDLED_ROUTINE.parent)),
                    (f"Yours ({self.folder})", routine_files(self.folder)),
                    ("Opened lately", self.settings.recent_routines))
        for title, paths in sections:
            if paths:
                menu.addSection(title)
            for path in paths:
                menu.addAction(path.name).triggered.connect(
                    lambda _=False, p=path: self.open(p))

    def ask(self) -> bool:
        """Ctrl+O: any routine file, starting in the user's folder."""
        from PySide6.QtWidgets import QFileDialog  # not named before the first paint

        start = self.folder if self.folder.is_dir() else BUNDLED_ROUTINE.parent
        chosen, _ = QFileDialog.getOpenFileName(self.window, "Open routine", str(start),
                                                FILTER)
        return self.open(Path(chosen)) if chosen else False

    def open(self, path: Path) -> bool:
        """Load the file: emit ``chosen`` and remember it, or show its problems."""
        # The loader (and its YAML parser) is not on the way to the first paint.
        from warmup_gui.core.loader import RoutineError, load_routine

        try:
            routine = load_routine(path)
        except RoutineError as exc:
            from warmup_gui.qt.problems_window import ProblemsWindow

            self.problems = ProblemsWindow(path, exc.problems)
            self.problems.show()
            return False
        self.settings.recent_routines = remembered(self.settings.recent_routines, path)
        self.chosen.emit(routine, path)
        return True

    def save_path(self, routine: Routine) -> Path:
        """Where "Save as routine" suggests: the user's folder, named after the title."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Path(file_name_for(routine.title))
        return self.folder / file_name_for(routine.title)

"""Where the app keeps its data (history, personal preferences)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from warmup_gui import DATA_DIR_ENV
from warmup_gui.core.words import Words

PathWords = Words("PathWords")

__all__ = ["DATA_DIR_ENV", "DataDirError", "data_dir", "move_into"]


# Where writes go when the system names no data folder at all: never creatable, so every
# history write fails and says so, and the warm-up itself still runs.
NO_FOLDER = Path(os.devnull) / "warmup-gui"


class DataDirError(RuntimeError):
    """No folder to keep the history in; ``folder`` is the one that was wanted."""

    def __init__(self, message: str, folder: Path = NO_FOLDER) -> None:
        super().__init__(message)
        self.folder = folder


def data_dir() -> Path:
    """``$WARMUP_DATA_DIR`` if set, else the platform's app data folder (on Linux
    ``~/.local/share/warmup-gui``); created if needed, and the history of earlier versions
    moved in from the doubled ``warmup-gui/warmup-gui`` folder.

    Raises :class:`DataDirError` when neither gives a folder or it cannot be created."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        folder = Path(override).expanduser()
    else:
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation)
        if not location:
            raise DataDirError(PathWords.tr("The system gives no folder for app data; set "
                                            "{variable} to a folder to keep the history in."
                                            ).format(variable=DATA_DIR_ENV))
        folder = Path(location)
        if _doubled(folder):
            folder, doubled = folder.parent, folder
            _make(folder)
            move_into(doubled, folder)
    _make(folder)
    return folder


def _make(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(PathWords.tr(
            "History cannot be kept: the data folder {folder} cannot be made ({reason}). The "
            "warm-up works; nothing is saved until that folder can be made.").format(
                folder=folder, reason=exc.strerror or exc), folder) from exc


def _doubled(location: Path) -> bool:
    """Qt's app data folder is ``<base>/<organization>/<application>``; with both names the
    same ("warmup-gui") that is a doubled ``warmup-gui/warmup-gui``, where versions up to
    0.1.0 kept the history. The app's one folder is its parent, ``<base>/warmup-gui``."""
    app = QCoreApplication.applicationName()
    return bool(app) and location.name == app and location.parent.name == app \
        and QCoreApplication.organizationName() == app


def move_into(old: Path, new: Path) -> list[Path]:
    """Move everything in ``old`` into ``new`` (folders merged), then remove ``old`` if that
    emptied it. A file that exists in both stays in ``old``, so nothing is overwritten or lost;
    the returned list names those. A folder that is not there moves nothing."""
    kept: list[Path] = []
    if not old.is_dir() or old.is_symlink():
        return kept
    for entry in sorted(old.iterdir()):
        target = new / entry.name
        if entry.is_dir() and not entry.is_symlink() and target.is_dir():
            kept += move_into(entry, target)
        elif target.exists() or target.is_symlink():
            kept.append(entry)
        else:
            try:
                entry.rename(target)
            except OSError:
                kept.append(entry)
    if not kept:
        with contextlib.suppress(OSError):  # something appeared meanwhile: it stays there
            old.rmdir()
    return kept

"""Where the app keeps its data (history, personal preferences)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

DATA_DIR_ENV = "WARMUP_DATA_DIR"


# Where writes go when the system names no data folder at all: never creatable, so every
# history write fails and says so, and the warm-up itself still runs.
NO_FOLDER = Path(os.devnull) / "warmup-gui"


class DataDirError(RuntimeError):
    """No folder to keep the history in; ``folder`` is the one that was wanted."""

    def __init__(self, message: str, folder: Path = NO_FOLDER) -> None:
        super().__init__(message)
        self.folder = folder


def data_dir() -> Path:
    """``$WARMUP_DATA_DIR`` if set, else the platform's app data folder; created if needed.

    Raises :class:`DataDirError` when neither gives a folder or it cannot be created."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        folder = Path(override).expanduser()
    else:
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation)
        if not location:
            raise DataDirError("The system gives no folder for app data; set "
                               f"{DATA_DIR_ENV} to a folder to keep the history in.")
        folder = Path(location)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(f"History cannot be kept: the data folder {folder} cannot be "
                           f"made ({exc.strerror or exc}). The warm-up works; nothing is "
                           "saved until that folder can be made.", folder) from exc
    return folder

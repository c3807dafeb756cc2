"""Where bundled files live, and finding a routine's illustrations without leaving safe folders."""

from __future__ import annotations

import re
from pathlib import Path

from warmup_gui.core.routine import Routine

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# In a source checkout the folders sit beside the package; an installed wheel maps them into
# the package as warmup_gui/assets and warmup_gui/routines (see pyproject.toml).
_ROOT = PACKAGE_DIR if (PACKAGE_DIR / "assets").is_dir() else PACKAGE_DIR.parent
ASSETS_DIR = _ROOT / "assets"
ILLUSTRATIONS_DIR = ASSETS_DIR / "illustrations"
SOUNDS_DIR = ASSETS_DIR / "sounds"
BUNDLED_ROUTINE = _ROOT / "routines" / "hamstring_warmup.yaml"

_SAFE_ID = r"[a-z][a-z0-9_]{0,63}"  # compiled when first matched, after the first paint


def routine_illustration_path(illustration_id: str, routine_dir: Path | None) -> Path | None:
    """A routine's own SVG for an id, from its ``illustrations/`` folder, if it has one."""
    if routine_dir is None or not re.fullmatch(_SAFE_ID, illustration_id):
        return None
    candidate = routine_dir / "illustrations" / f"{illustration_id}.svg"
    return candidate if candidate.is_file() else None


def illustration_path(illustration_id: str, routine_dir: Path | None = None) -> Path | None:
    """The SVG for an id: the routine's own ``illustrations/`` folder first, then the bundled
    set. Ids are plain names, so a path can never point outside those two folders."""
    if not re.fullmatch(_SAFE_ID, illustration_id):
        return None
    folders = [routine_dir / "illustrations"] if routine_dir is not None else []
    for folder in [*folders, ILLUSTRATIONS_DIR]:
        candidate = folder / f"{illustration_id}.svg"
        if candidate.exists():  # a pipe or a folder is found here, and refused by its reader
            return candidate
    return None


def missing_illustrations(routine: Routine, routine_dir: Path | None) -> list[str]:
    return [i for i in routine.illustration_ids() if illustration_path(i, routine_dir) is None]

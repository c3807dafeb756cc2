"""The routines a person can pick from: the bundled ones, their own folder, and the files
opened lately."""

from __future__ import annotations

from pathlib import Path

from warmup_gui.core.routine import slug

ROUTINE_SUFFIXES = (".yaml", ".yml")
MAX_LISTED = 50  # a folder with more shows its first files by name
KEEP_RECENT = 8


def routine_files(folder: Path) -> list[Path]:
    """The routine files directly in ``folder``, by name; none when it cannot be read."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.lower())
    except OSError:
        return []
    return [path for path in entries
            if path.suffix.lower() in ROUTINE_SUFFIXES and path.is_file()][:MAX_LISTED]


def remembered(recent: list[Path], opened: Path) -> list[Path]:
    """The recent files with ``opened`` first, each once, at most KEEP_RECENT."""
    opened = opened.resolve()
    return [opened, *(path for path in recent if path != opened)][:KEEP_RECENT]


def file_name_for(title: str) -> str:
    """A file name for a routine titled ``title``: 'Calf and hip stretch' gives
    'calf-and-hip-stretch.yaml'."""
    return f"{slug(title)}.yaml"

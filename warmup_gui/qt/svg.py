"""QSvgRenderer for illustrations, only ever given SVG that passed the core's checks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from warmup_gui.core.assets import illustration_path
from warmup_gui.core.svg_safety import MAX_SVG_BYTES, IllustrationRefused, read_svg


@dataclass
class LoadedSvg:
    """A renderer and the picture's title, or why there is none (``problem``)."""

    renderer: QSvgRenderer | None
    title: str = ""
    problem: str = ""  # "not found", or the reason it is refused, e.g. "is not a valid SVG"


def load_svg(illustration_id: str, routine_dir: Path | None,
             max_bytes: int = MAX_SVG_BYTES) -> LoadedSvg:
    """The illustration ``illustration_id`` from beside the routine or the bundled set."""
    path = illustration_path(illustration_id, routine_dir)
    if path is None:
        return LoadedSvg(None, problem="not found")
    try:
        checked = read_svg(path, max_bytes)
    except IllustrationRefused as exc:
        return LoadedSvg(None, problem=exc.reason)
    renderer = QSvgRenderer(QByteArray(checked.data))
    if not renderer.isValid() or renderer.viewBoxF().isEmpty():
        return LoadedSvg(None, problem="is not a valid SVG")
    return LoadedSvg(renderer, checked.title)

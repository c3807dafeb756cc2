"""The app on a freedesktop desktop: its menu entry, icons, AppStream metainfo and manual page.

The files live in ``assets/desktop/``, each named by :data:`warmup_gui.APP_ID`. A distribution
package installs them under ``/usr/share``; ``warmup-gui --install-desktop`` puts them under
``$XDG_DATA_HOME`` (``~/.local/share``) for one user, with the menu entry pointing at the
environment the command ran from, so an app installed in a virtual environment starts from the
menu without being on PATH. Menus watch their ``applications/`` folders, so nothing else needs
running afterwards. No Qt here: installing needs no display.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from warmup_gui import APP_ID
from warmup_gui.core.assets import ASSETS_DIR

DESKTOP_DIR = ASSETS_DIR / "desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
COMMAND = "warmup-gui"


def icon_svg() -> Path:
    return DESKTOP_DIR / f"{APP_ID}.svg"


def icon_png(size: int) -> Path:
    """The icon drawn at ``size`` pixels (made from the SVG by tools/make_icons.py)."""
    return DESKTOP_DIR / "icons" / f"{size}.png"


def desktop_entry() -> Path:
    return DESKTOP_DIR / f"{APP_ID}.desktop"


def metainfo() -> Path:
    return DESKTOP_DIR / f"{APP_ID}.metainfo.xml"


def data_home(env: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (the spec
    says a relative value is invalid and must be ignored)."""
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the menu starts this installation: the ``warmup-gui`` launcher beside the running
    Python if there is one (a venv or a user install), else ``python -m warmup_gui``."""
    python = Path(sys.executable)
    launcher = python.parent / COMMAND
    if launcher.is_file() and os.access(launcher, os.X_OK):
        return [str(launcher)]
    return [str(python), "-m", "warmup_gui"]


# Characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(arg: str) -> str:
    """One argument written for an Exec line: quoted if needed, with ``%`` doubled, and
    backslashes escaped once more because the whole value is itself an escaped string."""
    arg = arg.replace("%", "%%")
    if any(c in _RESERVED for c in arg):
        arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    return arg.replace("\\", "\\\\")


def entry_for(command: list[str]) -> str:
    """The bundled menu entry, made to start ``command`` (absolute) instead of the bare name."""
    lines = []
    for line in desktop_entry().read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(exec_argument(a) for a in command) + " %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + exec_argument(command[0])
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_paths(home: Path) -> list[Path]:
    """Every file :func:`install` writes under the data folder ``home``."""
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES),
        home / "man" / "man1" / f"{COMMAND}.1",
    ]


def install(home: Path, command: list[str], manual: str) -> list[Path]:
    """Write the menu entry (starting ``command``), the icons, the metainfo and the manual
    page ``manual`` under ``home``; returns the files written."""
    entry, meta, svg, *pngs, man = installed_paths(home)
    contents: list[tuple[Path, bytes]] = [
        (entry, entry_for(command).encode()),
        (meta, metainfo().read_bytes()),
        (svg, icon_svg().read_bytes()),
        *((png, icon_png(size).read_bytes()) for png, size in zip(pngs, ICON_SIZES, strict=True)),
        (man, manual.encode()),
    ]
    for path, data in contents:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    return [path for path, _ in contents]


def uninstall(home: Path) -> list[Path]:
    """Remove what :func:`install` wrote; returns the files that were there."""
    removed = []
    for path in installed_paths(home):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


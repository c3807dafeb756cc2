"""The window's size: one that fits the screen it opens on, remembered per screen.

A 1366×768 laptop with a panel leaves about 1366×740 for windows, title bar included, so the
app's preferred 1280×800 would push the button row off the bottom. The window therefore opens
at the preferred size shrunk to the screen's available geometry, less room for the title bar
and borders the window manager adds (unknown until the window is shown). Whatever size the
user leaves it at is kept for that screen (by name and resolution): the same laptop with and
without its external monitor gets two sizes, and a remembered size is shrunk again if the
screen has since become smaller.
"""

from __future__ import annotations

import re

from PySide6 import QtCore
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from warmup_gui.qt.settings import Key, Settings, to_text

PREFERRED = QSize(1280, 800)
MINIMUM = QSize(960, 520)
# Title bar and borders, which the window manager adds outside the window's own size.
DECORATION = QSize(16, 48)

_SIZE = re.compile(r"^(\d{2,5})x(\d{2,5})( maximized)?$")


def screen_key(screen: QScreen) -> Key[str]:
    """The settings key for the window size on this screen: its name and resolution."""
    size = screen.size()
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", screen.name()).strip("_") or "screen"
    return Key(f"ui/window/{name}-{size.width()}x{size.height()}", "", to_text)


def room_on(available: QSize, decoration: QSize = DECORATION) -> QSize:
    """The largest window that fits in ``available`` with its decoration."""
    return QSize(max(1, available.width() - decoration.width()),
                 max(1, available.height() - decoration.height()))


def fitted_size(available: QSize, remembered: QSize | None = None) -> QSize:
    """The remembered size, or the preferred one, shrunk to fit ``available``."""
    want = remembered if remembered is not None and remembered.isValid() else PREFERRED
    room = room_on(available)
    return want.boundedTo(room).expandedTo(minimum_size(available))


def minimum_size(available: QSize) -> QSize:
    """The smallest size the layout is made for, unless even that does not fit."""
    return MINIMUM.boundedTo(room_on(available))


def parse(text: str) -> tuple[QSize | None, bool]:
    """A remembered "1200x700" or "1200x700 maximized"; (None, False) if unreadable."""
    match = _SIZE.match(text.strip())
    if match is None:
        return None, False
    return QSize(int(match[1]), int(match[2])), bool(match[3])


def place(window: QWidget, settings: Settings, screen: QScreen | None = None) -> None:
    """Size the not yet shown window for ``screen`` (default: its own) and centre it there."""
    screen = screen or window.screen()
    area = screen.availableGeometry()
    remembered, maximized = parse(settings.get(screen_key(screen)))
    window.setMinimumSize(minimum_size(area.size()))
    size = fitted_size(area.size(), remembered)
    window.resize(size)
    frame = QRect(QPoint(0, 0), size + DECORATION)
    frame.moveCenter(area.center())
    window.move(max(frame.left(), area.left()), max(frame.top(), area.top()))
    if maximized:
        # QtCore.Qt looked up only here: PySide6 builds all its Qt enums at the first use.
        window.setWindowState(window.windowState() | QtCore.Qt.WindowState.WindowMaximized)


def remember(window: QWidget, settings: Settings, screen: QScreen | None = None) -> None:
    """Keep the window's normal size (and whether it is maximized) for ``screen`` (default:
    the one it is on). A fullscreen window keeps what it had: fullscreen is not a size."""
    if window.isFullScreen():
        return
    size = window.normalGeometry().size() if window.isMaximized() else window.size()
    if not size.isValid():
        return
    text = f"{size.width()}x{size.height()}" + (" maximized" if window.isMaximized() else "")
    settings.set(screen_key(screen or window.screen()), text)

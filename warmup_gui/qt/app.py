"""Starting and stopping the application."""

from __future__ import annotations

import builtins
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

from warmup_gui import APP_ID
from warmup_gui.core.routine import Routine

if TYPE_CHECKING:
    import socket

    from PySide6.QtGui import QIcon

    from warmup_gui.core.loader import Problem
    from warmup_gui.qt.main_window import MainWindow

APP_NAME = "warmup-gui"
ORG_NAME = "warmup-gui"


def drop_feature_import() -> None:
    """Take PySide6's hook off ``import``. Importing PySide6 puts a hook in front of every
    import statement, for its ``__feature__`` switches (snake_case names, true properties),
    which this app does not use: the hook reads the source of each module imported after
    PySide6 to see whether it names PySide6 (the window's 40-odd modules before the first
    paint: 1.2% of the start's instructions, and their text kept in memory), and is a Python
    call at every import after that. What the hook hands on to (``__orig_import__``) is put
    back in its place."""
    original = getattr(builtins, "__orig_import__", None)
    if original is not None:
        builtins.__import__ = original


drop_feature_import()


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
    # The same look on every desktop. Asked for on the command line Qt reads, not by setStyle,
    # whose QStyle would have PySide6 build that class's many enums before the first paint.
    app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "Fusion"])
    from warmup_gui.qt import language

    language.install(app, language.chosen())
    return app


def app_icon() -> QIcon:
    """The app's icon at every drawn size up to 256 px (each file read when first needed)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from warmup_gui.desktop import ICON_SIZES, icon_png

    icon = QIcon()
    for size in ICON_SIZES:
        if size <= 256:
            icon.addFile(str(icon_png(size)), QSize(size, size))
    return icon


def give_icon() -> None:
    """The app's windows, those open and those to come, carry its icon."""
    QApplication.setWindowIcon(app_icon())


def open_window(routine: Routine, routine_path: Path, presenter: bool = False,
                camera_source: Path | None = None) -> MainWindow:
    """The main window, sized for the screen it opens on, shown; ``camera_source`` is a clip
    played as the camera. It carries the app's icon from its first paint on: on X11 every size
    of a window's icon is decoded as the window maps, which the first paint need not wait
    for."""
    from warmup_gui.qt.main_window import MainWindow

    window = MainWindow(routine, routine_path, camera_source=camera_source, fit_to_screen=True)
    window.first_painted.connect(give_icon)
    window.show()
    if presenter:
        window.toggle_presenter()
    return window


class SignalCloser(QObject):
    """Turns SIGINT (Ctrl+C) and SIGTERM into ``on_signal(signum)`` on the Qt event loop.

    Python runs a signal handler only when it next executes bytecode, which a Qt event loop
    waiting in C++ never does; ``signal.set_wakeup_fd`` has the C-level handler write the
    signal number to a pipe (on Windows, which takes only sockets there, a socket pair) that a
    QSocketNotifier watches, so the loop wakes at once."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._sockets = _socket_pair() if sys.platform == "win32" else None
        if self._sockets is not None:
            self._read, self._write = (end.fileno() for end in self._sockets)
        else:  # a pipe spares loading the socket module (and selectors) at every start
            self._read, self._write = os.pipe()
            for fd in (self._read, self._write):
                os.set_blocking(fd, False)
        self._previous_fd = signal.set_wakeup_fd(self._write, warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, self._noted) for sig in self.SIGNALS}
        self.notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._on_activated)
        self.received: int | None = None

    @staticmethod
    def _noted(_signum: int, _frame: object) -> None:
        """The Python-level handler: nothing to do, the wakeup byte carries the signal."""

    def _on_activated(self) -> None:
        try:
            data = self._sockets[0].recv(64) if self._sockets else os.read(self._read, 64)
        except OSError:
            return
        for signum in data:
            if signum in self.SIGNALS and self.received is None:
                self.received = signum
                self._on_signal(signum)

    def restore(self) -> None:
        """Give the signals back to what handled them before."""
        self.notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
        else:
            os.close(self._read)
            os.close(self._write)


def _socket_pair() -> tuple[socket.socket, socket.socket]:
    """Two connected, non-blocking sockets (what Windows's set_wakeup_fd takes)."""
    import socket

    pair = socket.socketpair()
    for end in pair:
        end.setblocking(False)
    return pair


def run_problems(routine_path: Path, problems: list[Problem],
                 bundled: Callable[[], int]) -> int:
    """A routine file that cannot be used, shown with its problems until the window closes
    (exit code 1), or until the bundled warm-up is chosen instead: then ``bundled()``."""
    from warmup_gui.qt.problems_window import ProblemsWindow

    app = make_app()
    give_icon()
    window = ProblemsWindow(routine_path, problems)
    def close(_signum: int) -> None:
        window.close()

    closer = SignalCloser(close, app)
    try:
        window.show()
        app.exec()
    finally:
        closer.restore()
    if window.chose_bundled:
        return bundled()
    return 128 + closer.received if closer.received is not None else 1


def run(routine: Routine, routine_path: Path, presenter: bool = False,
        camera_source: Path | None = None) -> int:
    """The window until it is closed: by Ctrl+Q (exit code 0), or by SIGINT or SIGTERM, which
    close it the same way, state saved, and exit with 128 + the signal's number."""
    app = make_app()
    window: MainWindow | None = None

    def close(_signum: int) -> None:
        if window is not None:
            window.close()
        else:
            app.quit()

    closer = SignalCloser(close, app)
    try:
        code = 0
        chosen: tuple[Routine, Path] | None = (routine, routine_path)
        while chosen is not None and closer.received is None:
            window = open_window(*chosen, presenter, camera_source)
            code = app.exec()  # a signal during start-up is handled as soon as the loop runs
            window.stop_session()
            window.deleteLater()
            chosen = window.next_routine  # another routine picked in the window
    finally:
        closer.restore()
    return 128 + closer.received if closer.received is not None else code

"""ScreenAwake: keeps the screen from blanking while a workout runs.

A runner on the mat does not touch the keyboard for minutes; without this the screen saver or
display power management would blank the screen in the middle of a set.

Platforms:

* Linux and the BSDs (done): ``org.freedesktop.ScreenSaver.Inhibit(app_name, reason)`` on the
  D-Bus session bus returns a cookie, ``UnInhibit(cookie)`` ends it. KDE Plasma, GNOME (through
  gsd-screensaver-proxy), Xfce, LXQt and Cinnamon provide the service. The desktop drops an
  inhibition when the process's bus connection closes, so a crash never leaves it held.
  With no session bus, no such service, or no QtDBus, :meth:`ScreenAwake.hold` quietly does
  nothing: ``held`` stays False and ``last_error`` says why, for diagnostics.
* Windows (not implemented): ``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED)``
  through ctypes, and ``SetThreadExecutionState(ES_CONTINUOUS)`` to let go; it belongs to the
  calling thread, so it would have to be the GUI thread.
* macOS (not implemented): IOKit's ``IOPMAssertionCreateWithName`` with
  ``kIOPMAssertionTypePreventUserIdleDisplaySleep``, and ``IOPMAssertionRelease(id)``.
* A bare X11 session without a desktop (xset/DPMS) and Wayland's idle-inhibit protocol, which
  needs a surface, are not handled either.

The calls are synchronous with a short timeout (``timeout_ms``): a screen saver answers in about
a millisecond, and a missing service is reported by the bus daemon at once.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
DEFAULT_TIMEOUT_MS = 2000

_FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


class ScreenAwake(QObject):
    """Holds one screen-saver inhibition at a time; the window holds it while a session runs.

    ``bus`` is the D-Bus connection to use (a ``QDBusConnection``; default: the session bus,
    looked up on the first :meth:`hold`). Tests pass a connection to a private bus.
    """

    held_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, bus: Any = None,
                 app_name: str | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self._bus = bus
        self._app_name = app_name
        self._timeout_ms = timeout_ms
        self._iface: Any = None
        self._cookie: int | None = None
        self.last_error = ""

    @property
    def held(self) -> bool:
        return self._cookie is not None

    @property
    def cookie(self) -> int | None:
        """What the screen saver handed back for the inhibition held now."""
        return self._cookie

    def hold(self, reason: str) -> None:
        """Ask the desktop not to blank the screen; does nothing if already held."""
        if self._cookie is not None:
            return
        iface = self._interface()
        if iface is None:
            return
        reply = iface.call("Inhibit", self._name(), reason)
        if reply.errorName():
            self.last_error = f"{reply.errorName()}: {reply.errorMessage()}"
            return
        arguments = reply.arguments()
        if not arguments or not isinstance(arguments[0], int):
            self.last_error = f"Inhibit gave no cookie: {arguments!r}"
            return
        self._cookie = arguments[0]
        self.last_error = ""
        self.held_changed.emit(True)

    def release(self) -> None:
        """Let the screen blank again; does nothing if not held."""
        cookie, self._cookie = self._cookie, None
        if cookie is None:
            return
        if not self._uninhibit(cookie):
            self.last_error = f"UnInhibit({cookie}) failed: {self._iface.lastError().message()}"
        self.held_changed.emit(False)

    # --- D-Bus ----------------------------------------------------------------------------
    def _name(self) -> str:
        if self._app_name:
            return self._app_name
        return QCoreApplication.applicationName() or "warmup-gui"

    def _interface(self) -> Any:
        """The screen saver's interface, or None (and last_error) when there is none."""
        if self._iface is not None and self._iface.isValid():
            return self._iface
        if not sys.platform.startswith(_FREEDESKTOP_PLATFORMS):
            self.last_error = f"keeping the screen awake is not implemented on {sys.platform}"
            return None
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError as exc:  # a Qt build without D-Bus, or libdbus missing
            self.last_error = f"no QtDBus: {exc}"
            return None
        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            self.last_error = f"no D-Bus session bus: {bus.lastError().message()}"
            return None
        # Asked of the bus daemon, which always answers at once: a screen saver that is only
        # activatable is not started (that could take as long as D-Bus's 25 s timeout).
        registered = bus.interface().isServiceRegistered(SERVICE)
        if not (registered.isValid() and registered.value()):
            self.last_error = f"no screen saver service: {SERVICE} is not on the bus"
            return None
        iface = QDBusInterface(SERVICE, PATH, INTERFACE, bus, self)
        if not iface.isValid():
            self.last_error = f"no screen saver service: {iface.lastError().message()}"
            iface.deleteLater()
            return None
        iface.setTimeout(self._timeout_ms)
        self._iface = iface
        return iface

    def _uninhibit(self, cookie: int) -> bool:
        # WORKAROUND: a Python int always goes out as a D-Bus int32 ('i'), but UnInhibit takes
        # a uint32 ('u') and the service would not find the method. Calling the method through
        # the interface's introspected meta-object marshals the argument with its real type.
        from PySide6.QtCore import Q_ARG, QMetaObject, Qt

        iface = self._iface
        if iface is None:
            return False
        invoked = QMetaObject.invokeMethod(iface, "UnInhibit", Qt.ConnectionType.DirectConnection,
                                           Q_ARG("uint", cookie))
        return bool(invoked) and not iface.lastError().isValid()

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
* Windows (done): ``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED)`` from
  kernel32 through ctypes, and ``SetThreadExecutionState(ES_CONTINUOUS)`` to let go. The state
  belongs to the calling thread, which is the GUI thread here; Windows drops it when the thread
  ends, so a crash never leaves it held.
* macOS (done): IOKit's ``IOPMAssertionCreateWithName`` with
  ``kIOPMAssertionTypePreventUserIdleDisplaySleep`` through ctypes returns an assertion id,
  ``IOPMAssertionRelease(id)`` ends it. The system drops the assertion when the process exits.
* A bare X11 session without a desktop (xset/DPMS) and Wayland's idle-inhibit protocol, which
  needs a surface, are not handled either.

The calls are synchronous with a short timeout (``timeout_ms``): a screen saver answers in about
a millisecond, and a missing service is reported by the bus daemon at once.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
DEFAULT_TIMEOUT_MS = 2000

_FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")

# Windows: winbase.h
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002
# macOS: IOKit/pwr_mgt/IOPMLib.h and CoreFoundation/CFString.h
IOKIT_PATH = "/System/Library/Frameworks/IOKit.framework/IOKit"
CORE_FOUNDATION_PATH = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
PREVENT_DISPLAY_SLEEP = "PreventUserIdleDisplaySleep"  # kIOPMAssertionTypePreventUserIdle...
IOPM_ASSERTION_LEVEL_ON = 255
K_IO_RETURN_SUCCESS = 0
K_CF_STRING_ENCODING_UTF8 = 0x08000100


class AwakeError(Exception):
    """The platform refused to keep the screen awake, or has no way to; the text says why."""


class NativeAwake(Protocol):
    """One platform's way to keep the display on: hold gives a token that release takes."""

    def hold(self, app_name: str, reason: str) -> int: ...

    def release(self, token: int) -> None: ...


def _load_kernel32() -> Any:
    return ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]


def _load_iokit() -> tuple[Any, Any]:
    """IOKit and CoreFoundation (for the CFStrings IOKit takes)."""
    return ctypes.CDLL(IOKIT_PATH), ctypes.CDLL(CORE_FOUNDATION_PATH)


class WindowsAwake:
    """``SetThreadExecutionState``: the display and the system stay on until told otherwise."""

    HOLD_FLAGS = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED

    def __init__(self) -> None:
        try:
            kernel32 = _load_kernel32()
            self._set_state = kernel32.SetThreadExecutionState
        except (OSError, AttributeError) as exc:
            raise AwakeError(f"no SetThreadExecutionState: {exc}") from exc
        self._set_state.argtypes = [ctypes.c_uint32]
        self._set_state.restype = ctypes.c_uint32

    def hold(self, app_name: str, reason: str) -> int:
        if not self._set_state(self.HOLD_FLAGS):  # 0 is failure; else the previous state
            raise AwakeError("SetThreadExecutionState refused to keep the display on")
        return self.HOLD_FLAGS

    def release(self, token: int) -> None:
        if not self._set_state(ES_CONTINUOUS):
            raise AwakeError("SetThreadExecutionState(ES_CONTINUOUS) failed")


class MacAwake:
    """An IOKit power assertion that stops the display sleeping while the user is idle."""

    def __init__(self) -> None:
        try:
            iokit, cf = _load_iokit()
            self._create = iokit.IOPMAssertionCreateWithName
            self._release = iokit.IOPMAssertionRelease
            self._cfstring = cf.CFStringCreateWithCString
            self._cfrelease = cf.CFRelease
        except (OSError, AttributeError) as exc:
            raise AwakeError(f"no IOKit power assertions: {exc}") from exc
        self._cfstring.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        self._cfstring.restype = ctypes.c_void_p
        self._cfrelease.argtypes = [ctypes.c_void_p]
        self._cfrelease.restype = None
        self._create.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p,
                                 ctypes.POINTER(ctypes.c_uint32)]
        self._create.restype = ctypes.c_int32
        self._release.argtypes = [ctypes.c_uint32]
        self._release.restype = ctypes.c_int32

    def hold(self, app_name: str, reason: str) -> int:
        kind = self._cfstring(None, PREVENT_DISPLAY_SLEEP.encode(), K_CF_STRING_ENCODING_UTF8)
        name = self._cfstring(None, f"{app_name}: {reason}".encode(), K_CF_STRING_ENCODING_UTF8)
        if not kind or not name:
            for string in (kind, name):
                if string:
                    self._cfrelease(string)
            raise AwakeError("CFStringCreateWithCString failed")
        assertion_id = ctypes.c_uint32(0)
        try:
            result = self._create(kind, IOPM_ASSERTION_LEVEL_ON, name,
                                  ctypes.pointer(assertion_id))
        finally:
            self._cfrelease(kind)
            self._cfrelease(name)
        if result != K_IO_RETURN_SUCCESS:
            raise AwakeError(f"IOPMAssertionCreateWithName failed: {result:#x}")
        return int(assertion_id.value)

    def release(self, token: int) -> None:
        result = self._release(token)
        if result != K_IO_RETURN_SUCCESS:
            raise AwakeError(f"IOPMAssertionRelease({token}) failed: {result:#x}")


_NATIVE: dict[str, type[WindowsAwake] | type[MacAwake]] = {
    "win32": WindowsAwake, "cygwin": WindowsAwake, "darwin": MacAwake}


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
        self._native: NativeAwake | None = None
        self._cookie: int | None = None
        self.last_error = ""

    @property
    def held(self) -> bool:
        return self._cookie is not None

    @property
    def cookie(self) -> int | None:
        """What the platform handed back for the inhibition held now (the D-Bus cookie, the
        IOKit assertion id, or the execution state set on Windows)."""
        return self._cookie

    def hold(self, reason: str) -> None:
        """Ask the desktop not to blank the screen; does nothing if already held."""
        if self._cookie is not None:
            return
        if sys.platform in _NATIVE:
            self._hold_native(reason)
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
        if self._native is not None:
            try:
                self._native.release(cookie)
            except AwakeError as exc:
                self.last_error = str(exc)
        elif not self._uninhibit(cookie):
            self.last_error = f"UnInhibit({cookie}) failed: {self._iface.lastError().message()}"
        self.held_changed.emit(False)

    # --- Windows and macOS -----------------------------------------------------------------
    def _hold_native(self, reason: str) -> None:
        try:
            if self._native is None:
                self._native = _NATIVE[sys.platform]()
            cookie = self._native.hold(self._name(), reason)
        except AwakeError as exc:
            self.last_error = str(exc)
            return
        self._cookie = cookie
        self.last_error = ""
        self.held_changed.emit(True)

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

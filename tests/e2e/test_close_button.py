"""The window manager's close button (WM_DELETE_WINDOW, what the title bar's X sends): mid-workout
it asks first, as Ctrl+Q does; on the overview it closes at once."""

from __future__ import annotations

import ctypes
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.e2e.conftest import libx11
from tests.e2e.test_signals import sessions, start_counting

if TYPE_CHECKING:
    from benchmarks.xvfb import XvfbServer
    from tests.e2e.conftest import AppProcess

pytestmark = pytest.mark.xvfb

CLIENT_MESSAGE = 33  # X.h


class _ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                ("data", ctypes.c_long * 5)]


class _Event(ctypes.Union):
    _fields_ = [("client", _ClientMessage), ("pad", ctypes.c_long * 24)]


def press_close_button(display: str, window: int) -> None:
    """Send ``window`` the WM_DELETE_WINDOW message a window manager sends for its X."""
    x11 = libx11()
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                               ctypes.POINTER(_Event)]
    dpy = x11.XOpenDisplay(display.encode())
    assert dpy, f"cannot open display {display}"
    try:
        event = _Event()
        event.client.type = CLIENT_MESSAGE
        event.client.window = window
        event.client.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
        event.client.format = 32
        event.client.data[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
        assert x11.XSendEvent(dpy, window, 0, 0, ctypes.byref(event))
        x11.XFlush(dpy)
    finally:
        x11.XCloseDisplay(dpy)


def still_running_after(app: AppProcess, seconds: float) -> bool:
    try:
        app.process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return True
    return False


def test_the_close_button_mid_workout_asks_and_keeps_the_session(
        launch: Callable[..., AppProcess], xvfb: XvfbServer, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = launch("close-button", extra_env={"WARMUP_DATA_DIR": str(data)})
    start_counting(app, data, 2)
    press_close_button(xvfb.display, int(app.wid))
    assert still_running_after(app, 2.0), app.describe()  # asking, not gone
    app.key("Escape")  # keep going
    press_close_button(xvfb.display, int(app.wid))
    app.key("Return")  # quit, confirmed
    assert app.wait() == 0, app.describe()
    (kept,) = sessions(data)
    assert not kept.finished and kept.place is not None  # offered to resume next time


def test_the_close_button_on_the_overview_closes_at_once(
        launch: Callable[..., AppProcess], xvfb: XvfbServer, tmp_path: Path) -> None:
    app = launch("close-overview", extra_env={"WARMUP_DATA_DIR": str(tmp_path / "data")})
    app.find_window()
    press_close_button(xvfb.display, int(app.wid))
    assert app.wait() == 0, app.describe()

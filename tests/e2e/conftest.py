"""Fixtures for tests against a real X server: a private Xvfb, the app as a subprocess, xdotool.

Nothing here changes this process's environment: the app gets DISPLAY and QT_QPA_PLATFORM=xcb
in the environment of its own subprocess only, so in-process Qt tests stay offscreen.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.xvfb import XvfbError, XvfbServer  # noqa: E402

# What the rest of the session sees, taken before any e2e fixture runs.
ENV_AT_IMPORT = {key: os.environ.get(key) for key in ("QT_QPA_PLATFORM", "DISPLAY")}

WINDOW_NAME = "Warm-up"  # the title is "<routine title> · Warm-up"
FATAL_MARKERS = ("Fatal Python error", "none_dealloc", "bool_dealloc",
                 "Traceback (most recent call last)")
WINDOW_TIMEOUT_S = 20.0
EXIT_TIMEOUT_S = 15.0
XDOTOOL_TIMEOUT_S = 10.0


@pytest.fixture(scope="session")
def env_before_e2e() -> dict[str, str | None]:
    """QT_QPA_PLATFORM and DISPLAY as they were before any e2e fixture ran."""
    return dict(ENV_AT_IMPORT)


@pytest.fixture(scope="session")
def xvfb() -> Iterator[XvfbServer]:
    missing = XvfbServer.missing_tools()
    if shutil.which("xdotool") is None:
        missing.append("xdotool")
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian packages xvfb, x11-utils, xdotool)")
    server = XvfbServer()
    try:
        server.start()
    except XvfbError as exc:
        pytest.fail(f"Xvfb is installed but did not start: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def app_env(xvfb: XvfbServer) -> dict[str, str]:
    """The app's environment: our Xvfb and xcb (each app also gets its own XDG folders)."""
    env = xvfb.env()
    env["PYTHONFAULTHANDLER"] = "1"
    return env


class AppProcess:
    """``python -m warmup_gui`` under Xvfb, driven with xdotool."""

    def __init__(self, env: dict[str, str], log_dir: Path, name: str = "app",
                 extra_env: dict[str, str] | None = None) -> None:
        # Settings and data of its own, so nothing one run saves (equipment ticks, history)
        # changes what the next one shows.
        home = log_dir / name
        runtime = home / "runtime"
        runtime.mkdir(parents=True, mode=0o700)
        self.env = {**env, "XDG_CONFIG_HOME": str(home / "config"),
                    "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
                    "XDG_STATE_HOME": str(home / "state"), "XDG_RUNTIME_DIR": str(runtime),
                    **(extra_env or {})}
        self.stdout_path = log_dir / f"{name}.stdout"
        self.stderr_path = log_dir / f"{name}.stderr"
        with self.stdout_path.open("wb") as out, self.stderr_path.open("wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "warmup_gui"], env=self.env, cwd=REPO,
                stdin=subprocess.DEVNULL, stdout=out, stderr=err,
            )
        self.wid = ""
        self.search_retries = 0  # xdotool searches that ended on BadWindow (see find_window)

    # --- observing -----------------------------------------------------------------------
    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def fatal_lines(self) -> list[str]:
        return [line for line in self.stderr().splitlines()
                if any(marker in line for marker in FATAL_MARKERS)]

    def describe(self) -> str:
        rc = self.process.poll()
        return f"app pid {self.process.pid}, rc {rc}, stderr:\n{self.stderr()[-3000:]}"

    # --- driving -------------------------------------------------------------------------
    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                                timeout=XDOTOOL_TIMEOUT_S, check=False)
        assert result.returncode == 0, f"xdotool {' '.join(args)} failed: {result.stderr}"
        return result.stdout

    def find_window(self, timeout_s: float = WINDOW_TIMEOUT_S) -> str:
        """Wait (``xdotool search --sync``) for the app's visible window; its id.

        xdotool walks the window tree without an X error handler, so a window destroyed while
        it looks (Qt makes and drops helper windows at startup) ends it with BadWindow; then
        the search is simply started again, within the same deadline."""
        deadline = time.monotonic() + timeout_s
        while True:
            out, err, rc = self._search(deadline)
            if rc == 0 and out.split():
                self.wid = out.split()[0]
                return self.wid
            assert "BadWindow" in err, f"xdotool search failed (rc {rc}): {err}"
            self.search_retries += 1

    def _search(self, deadline: float) -> tuple[str, str, int]:
        search = subprocess.Popen(
            ["xdotool", "search", "--sync", "--onlyvisible", "--all",
             "--pid", str(self.process.pid), "--name", WINDOW_NAME],
            env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            while True:
                try:
                    out, err = search.communicate(timeout=0.2)
                    return out, err, search.returncode
                except subprocess.TimeoutExpired:
                    if not self.alive:
                        raise AssertionError("the app exited before showing its window; "
                                             + self.describe()) from None
                    if time.monotonic() > deadline:
                        raise AssertionError(f"no window named {WINDOW_NAME!r} in time; "
                                             + self.describe()) from None
        finally:
            if search.poll() is None:
                search.kill()
                search.communicate()

    def focus(self) -> None:
        # No window manager under Xvfb: windowfocus, never windowactivate.
        self.xdotool("windowfocus", "--sync", self.wid)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--clearmodifiers", *keys)

    def wait(self, timeout_s: float = EXIT_TIMEOUT_S) -> int:
        try:
            return self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"the app did not exit within {timeout_s} s; "
                                 + self.describe()) from None

    def kill(self) -> None:
        if self.alive:
            self.process.kill()
            self.process.wait(timeout=EXIT_TIMEOUT_S)


@pytest.fixture
def launch(app_env: dict[str, str], tmp_path: Path) -> Iterator[Callable[..., AppProcess]]:
    """Start app processes (``extra_env`` adds to the environment); any still running at the
    end of the test is killed."""
    started: list[AppProcess] = []

    def start(name: str = "app", extra_env: dict[str, str] | None = None) -> AppProcess:
        app = AppProcess(app_env, tmp_path, name, extra_env)
        started.append(app)
        return app

    yield start
    for app in started:
        app.kill()


# --- looking at the screen (libX11 through ctypes; no ImageMagick or xwd needed) ---------------

def libx11() -> ctypes.CDLL:
    """libX11 through ctypes, its display opened and closed with the right types; the test
    is skipped where it is missing."""
    name = ctypes.util.find_library("X11")
    if name is None:
        pytest.skip("libX11 not found")
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return x11


class _XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
                ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


class Screen:
    """Digests of the whole Xvfb screen, to tell a static screen from a changing one."""

    ALL_PLANES = (1 << 64) - 1
    Z_PIXMAP = 2

    def __init__(self, display: str) -> None:
        x11 = libx11()
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XDisplayWidth.argtypes = x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XGetImage.restype = ctypes.POINTER(_XImage)
        x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                  ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x11.XFree.argtypes = [ctypes.c_void_p]
        self._x11 = x11
        self._dpy = x11.XOpenDisplay(display.encode())
        assert self._dpy, f"cannot open display {display}"
        self._root = x11.XDefaultRootWindow(self._dpy)
        self._size = (x11.XDisplayWidth(self._dpy, 0), x11.XDisplayHeight(self._dpy, 0))

    def digest(self, region: tuple[int, int, int, int] | None = None) -> bytes:
        """A hash of every pixel on the screen right now, or of ``region`` (x, y, w, h)."""
        x, y, w, h = region or (0, 0, *self._size)
        image_p = self._x11.XGetImage(self._dpy, self._root, x, y, w, h,
                                      self.ALL_PLANES, self.Z_PIXMAP)
        assert image_p, "XGetImage failed"
        image = image_p.contents
        try:
            data = ctypes.string_at(image.data, image.bytes_per_line * image.height)
        finally:
            self._x11.XFree(image.data)
            self._x11.XFree(image_p)
        return hashlib.blake2b(data, digest_size=16).digest()

    def wait_changed(self, before: bytes, app: AppProcess, timeout_s: float = 10.0) -> bytes:
        """Poll until the screen differs from ``before`` (a key took effect); the new digest."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            now = self.digest()
            if now != before:
                return now
            assert app.alive, app.describe()
            time.sleep(0.02)  # polling an external process's screen, not app time
        raise AssertionError(f"the screen did not change within {timeout_s} s")

    def wait_stable(self, app: AppProcess, hold_s: float = 0.4, timeout_s: float = 10.0) -> bytes:
        """Poll until the screen has not changed for ``hold_s`` (nothing animates); its digest."""
        deadline = time.monotonic() + timeout_s
        last = self.digest()
        since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.03)  # polling an external process's screen, not app time
            assert app.alive, app.describe()
            now = self.digest()
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= hold_s:
                return now
        raise AssertionError(f"the screen kept changing for {timeout_s} s")

    def close(self) -> None:
        if self._dpy:
            self._x11.XCloseDisplay(self._dpy)
            self._dpy = None


@pytest.fixture
def screen(xvfb: XvfbServer) -> Iterator[Screen]:
    watcher = Screen(xvfb.display)
    yield watcher
    watcher.close()

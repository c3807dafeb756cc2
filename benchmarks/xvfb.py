"""A private Xvfb server for tests and benchmarks: free display number, bounded start, clean stop.

Shared by ``benchmarks/startup.py`` and ``tests/e2e/conftest.py``. Only the standard library is
used, so importing it never pulls in Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

SCREEN = "1280x800x24"
X11_UNIX = Path("/tmp/.X11-unix")
FIRST_DISPLAY = 90  # well above the :0-:10 a desktop or ssh forwarding uses
LAST_DISPLAY = 400


class XvfbError(RuntimeError):
    """Xvfb could not be started (or answered no queries before the deadline)."""


def _display_taken(number: int) -> bool:
    return (Path(f"/tmp/.X{number}-lock").exists()
            or (X11_UNIX / f"X{number}").exists())


def free_display(start: int = FIRST_DISPLAY) -> int:
    """The first display number from ``start`` on with neither a lock file nor a socket."""
    for number in range(start, LAST_DISPLAY):
        if not _display_taken(number):
            return number
    raise XvfbError(f"no free X display number in :{start}-:{LAST_DISPLAY - 1}")


class XvfbServer:
    """``Xvfb :N -screen 0 1280x800x24 -nolisten tcp -noreset`` on a free N; use as a context
    manager.

    ``-noreset``: by default an X server resets when its last client disconnects, and a client
    connecting during the reset is refused ("Can't open display"). Tests and benchmarks end one
    app and start the next, or the next xdotool, at exactly that moment.

    ``start()`` returns once ``xdpyinfo -display :N`` answers, within ``timeout_s``; if another
    process grabs the same number first, the next free number is tried.
    """

    def __init__(self, screen: str = SCREEN, timeout_s: float = 10.0) -> None:
        self.screen = screen
        self.timeout_s = timeout_s
        self.number: int | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self.startup_s = 0.0
        self._logs: dict[int, IO[bytes]] = {}

    @staticmethod
    def missing_tools() -> list[str]:
        """The programs this helper needs that are not on PATH (empty when all are there)."""
        return [tool for tool in ("Xvfb", "xdpyinfo") if shutil.which(tool) is None]

    @property
    def display(self) -> str:
        if self.number is None:
            raise XvfbError("Xvfb is not running")
        return f":{self.number}"

    def start(self) -> XvfbServer:
        missing = self.missing_tools()
        if missing:
            raise XvfbError(f"not installed: {', '.join(missing)}")
        t0 = time.perf_counter()
        deadline = time.monotonic() + self.timeout_s
        number = FIRST_DISPLAY
        errors: list[str] = []
        while time.monotonic() < deadline:
            number = free_display(number)
            # stderr goes to a file: Xvfb logs now and then, and a full pipe would block it.
            log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in _end, after Xvfb exits)
            process = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", self.screen, "-nolisten", "tcp",
                 "-noreset"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
            )
            self._logs[process.pid] = log
            if self._wait_ready(process, number, deadline):
                self.number, self.process = number, process
                self.startup_s = time.perf_counter() - t0
                return self
            err = self._end(process)
            errors.append(f":{number}: {err.strip()[-300:] or 'no answer'}")
            number += 1  # someone else may have taken it meanwhile; try the next one
        raise XvfbError("Xvfb did not come up before the deadline: " + " | ".join(errors))

    @staticmethod
    def _wait_ready(process: subprocess.Popen[bytes], number: int, deadline: float) -> bool:
        """Poll ``xdpyinfo`` until it answers; False if Xvfb exits or the deadline passes."""
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            try:
                probe = subprocess.run(
                    ["xdpyinfo", "-display", f":{number}"], stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=5,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                continue
            if probe.returncode == 0:
                return True
            time.sleep(0.02)  # an external server coming up; not app time
        return False

    def _end(self, process: subprocess.Popen[bytes]) -> str:
        """Stop one Xvfb process (ours, by its handle) and return what it logged."""
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        log = self._logs.pop(process.pid, None)
        if log is None:
            return ""
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
        log.close()
        return text

    def stop(self) -> None:
        if self.process is not None:
            self._end(self.process)
        self.process = None
        self.number = None

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """A copy of ``base`` (default: os.environ) that points Qt at this server."""
        env = dict(os.environ if base is None else base)
        env["DISPLAY"] = self.display
        env["QT_QPA_PLATFORM"] = "xcb"
        return env

    def __enter__(self) -> XvfbServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

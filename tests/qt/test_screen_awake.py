"""ScreenAwake against no bus at all, against a fake screen saver on a private bus, and
against faked Windows and macOS system calls."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warmup_gui.qt import screen_awake
from warmup_gui.qt.screen_awake import PATH, SERVICE, ScreenAwake

REPO_ROOT = Path(__file__).resolve().parents[2]


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class FakeScreenSaver(QObject):
    """The two methods of org.freedesktop.ScreenSaver that matter, with the spec's types."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[object, ...]] = []
        self._next_cookie = 4242

    @Slot(str, str, result="uint")
    def Inhibit(self, app_name: str, reason: str) -> int:  # D-Bus method names
        self.calls.append(("Inhibit", app_name, reason))
        self._next_cookie += 1
        return self._next_cookie - 1

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self.calls.append(("UnInhibit", cookie))


@pytest.fixture
def private_bus(qapp: QApplication) -> Iterator[QDBusConnection]:
    """A connection to a D-Bus daemon of our own, so the test never touches a real desktop."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    name = f"warmup-test-{uuid.uuid4().hex}"
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 10.0)
        assert ready, "dbus-daemon printed no address"
        address = proc.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected(), bus.lastError().message()
        yield bus
    finally:
        QDBusConnection.disconnectFromBus(name)
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.fixture
def screen_saver(private_bus: QDBusConnection) -> Iterator[FakeScreenSaver]:
    fake = FakeScreenSaver()
    assert private_bus.registerObject(PATH, fake,
                                      QDBusConnection.RegisterOption.ExportAllSlots)
    assert private_bus.registerService(SERVICE), private_bus.lastError().message()
    yield fake
    private_bus.unregisterService(SERVICE)
    private_bus.unregisterObject(PATH)


def test_without_a_session_bus_it_is_a_silent_no_op(qtbot: QtBot, tmp_path: Path) -> None:
    name = f"warmup-nobus-{uuid.uuid4().hex}"
    bus = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", name)
    try:
        assert not bus.isConnected()
        awake = ScreenAwake(bus=bus)
        with qtbot.assertNotEmitted(awake.held_changed):
            awake.hold("Warm-up running")
            assert not awake.held
            assert awake.last_error.startswith("no D-Bus session bus")
            awake.release()
            awake.release()
        assert not awake.held and awake.cookie is None
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_with_no_session_bus_in_the_environment_nothing_happens() -> None:
    # The default path (QDBusConnection.sessionBus()) in a process of its own: the session bus
    # is looked up once per process, so this cannot run in the test process.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/warmup-gui-test-bus"
    env["QT_QPA_PLATFORM"] = "offscreen"
    code = ("from PySide6.QtCore import QCoreApplication\n"
            "from warmup_gui.qt.screen_awake import ScreenAwake\n"
            "app = QCoreApplication([])\n"
            "awake = ScreenAwake()\n"
            "awake.hold('Warm-up running'); print(awake.held)\n"
            "awake.release(); print(awake.held)\n"
            "print(awake.last_error)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    held, released, error = result.stdout.splitlines()[:3]
    assert (held, released) == ("False", "False")
    assert error.startswith("no D-Bus session bus")


def test_on_other_platforms_it_says_what_is_missing(monkeypatch: pytest.MonkeyPatch,
                                                   qapp: QApplication) -> None:
    monkeypatch.setattr(screen_awake.sys, "platform", "aix")
    awake = ScreenAwake()
    awake.hold("Warm-up running")
    assert not awake.held
    assert awake.last_error == "keeping the screen awake is not implemented on aix"


def test_without_the_service_on_the_bus_nothing_is_held(private_bus: QDBusConnection) -> None:
    awake = ScreenAwake(bus=private_bus)
    awake.hold("Warm-up running")
    assert not awake.held
    assert awake.last_error.startswith("no screen saver service")
    awake.release()


def test_hold_and_release_call_the_screen_saver_with_its_cookie(
        qtbot: QtBot, private_bus: QDBusConnection, screen_saver: FakeScreenSaver) -> None:
    awake = ScreenAwake(bus=private_bus, app_name="warmup-gui")
    with qtbot.waitSignal(awake.held_changed, timeout=5000) as blocker:
        awake.hold("Warm-up running")
    assert blocker.args == [True]
    assert awake.held and awake.cookie == 4242 and awake.last_error == ""
    assert screen_saver.calls == [("Inhibit", "warmup-gui", "Warm-up running")]
    with qtbot.waitSignal(awake.held_changed, timeout=5000) as blocker:
        awake.release()
    assert blocker.args == [False]
    assert not awake.held and awake.cookie is None
    # UnInhibit went out as a uint32 with the cookie: the fake's slot only matches that.
    assert screen_saver.calls[-1] == ("UnInhibit", 4242)
    assert awake.last_error == ""


def test_hold_and_release_are_idempotent(private_bus: QDBusConnection,
                                         screen_saver: FakeScreenSaver) -> None:
    awake = ScreenAwake(bus=private_bus, app_name="warmup-gui")
    awake.hold("Warm-up running")
    awake.hold("Warm-up running")
    awake.release()
    awake.release()
    awake.hold("Round 2")  # a new hold gets a new cookie, and gives that one back
    awake.release()
    assert screen_saver.calls == [
        ("Inhibit", "warmup-gui", "Warm-up running"), ("UnInhibit", 4242),
        ("Inhibit", "warmup-gui", "Round 2"), ("UnInhibit", 4243)]


def test_the_application_name_is_the_default_app_name(private_bus: QDBusConnection,
                                                      screen_saver: FakeScreenSaver,
                                                      qapp: QApplication) -> None:
    awake = ScreenAwake(bus=private_bus)
    awake.hold("Warm-up running")
    awake.release()
    assert screen_saver.calls[0] == ("Inhibit", qapp.applicationName(), "Warm-up running")


# --- Windows and macOS, with their system calls faked ---------------------------------------
class FakeKernel32:
    """kernel32's SetThreadExecutionState: returns the previous state, or 0 when refusing."""

    def __init__(self, refuse: bool = False) -> None:
        self.calls: list[int] = []
        self.state = screen_awake.ES_CONTINUOUS
        self.refuse = refuse

        def set_thread_execution_state(flags: int) -> int:
            self.calls.append(flags)
            if self.refuse:
                return 0
            previous, self.state = self.state, flags
            return previous

        self.SetThreadExecutionState = set_thread_execution_state


class FakeMacLibraries:
    """IOKit's power assertions and the CoreFoundation strings they are named with."""

    def __init__(self, result: int = 0) -> None:
        self.calls: list[tuple[object, ...]] = []
        self.strings: dict[int, bytes] = {}
        self.live_strings: set[int] = set()
        self.result = result
        self.iokit = type("IOKit", (), {})()
        self.cf = type("CoreFoundation", (), {})()

        def cfstring(allocator: object, text: bytes, encoding: int) -> int:
            assert allocator is None and encoding == screen_awake.K_CF_STRING_ENCODING_UTF8
            handle = 1000 + len(self.strings)
            self.strings[handle] = text
            self.live_strings.add(handle)
            return handle

        def cfrelease(handle: int) -> None:
            self.live_strings.remove(handle)

        def create(kind: int, level: int, name: int, assertion_id: Any) -> int:
            self.calls.append(("create", self.strings[kind], level, self.strings[name]))
            if self.result == 0:
                assertion_id.contents.value = 77
            return self.result

        def release(assertion_id: int) -> int:
            self.calls.append(("release", assertion_id))
            return 0

        self.cf.CFStringCreateWithCString = cfstring
        self.cf.CFRelease = cfrelease
        self.iokit.IOPMAssertionCreateWithName = create
        self.iokit.IOPMAssertionRelease = release


def test_windows_keeps_the_display_on_and_lets_go(qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    kernel32 = FakeKernel32()
    monkeypatch.setattr(screen_awake.sys, "platform", "win32")
    monkeypatch.setattr(screen_awake, "_load_kernel32", lambda: kernel32)
    awake = ScreenAwake()
    with qtbot.waitSignal(awake.held_changed, timeout=1000) as blocker:
        awake.hold("Warm-up running")
    assert blocker.args == [True]
    assert awake.held and awake.last_error == ""
    awake.hold("again")  # already held: no second call
    continuous = screen_awake.ES_CONTINUOUS
    assert kernel32.calls == [continuous | screen_awake.ES_DISPLAY_REQUIRED
                              | screen_awake.ES_SYSTEM_REQUIRED]
    with qtbot.waitSignal(awake.held_changed, timeout=1000) as blocker:
        awake.release()
    assert blocker.args == [False]
    awake.release()
    assert kernel32.calls[1:] == [continuous] and kernel32.state == continuous
    assert not awake.held and awake.last_error == ""


def test_windows_refusing_leaves_nothing_held(qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_awake.sys, "platform", "win32")
    monkeypatch.setattr(screen_awake, "_load_kernel32", lambda: FakeKernel32(refuse=True))
    awake = ScreenAwake()
    with qtbot.assertNotEmitted(awake.held_changed):
        awake.hold("Warm-up running")
        awake.release()
    assert not awake.held
    assert awake.last_error == "SetThreadExecutionState refused to keep the display on"


def test_windows_without_kernel32_says_so(monkeypatch: pytest.MonkeyPatch,
                                          qapp: QApplication) -> None:
    def no_dll() -> object:
        raise OSError("kernel32 not found")

    monkeypatch.setattr(screen_awake.sys, "platform", "win32")
    monkeypatch.setattr(screen_awake, "_load_kernel32", no_dll)
    awake = ScreenAwake()
    awake.hold("Warm-up running")
    assert not awake.held
    assert awake.last_error == "no SetThreadExecutionState: kernel32 not found"


def test_macos_asserts_and_releases_display_sleep(qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    libs = FakeMacLibraries()
    monkeypatch.setattr(screen_awake.sys, "platform", "darwin")
    monkeypatch.setattr(screen_awake, "_load_iokit", lambda: (libs.iokit, libs.cf))
    awake = ScreenAwake(app_name="warmup-gui")
    with qtbot.waitSignal(awake.held_changed, timeout=1000):
        awake.hold("Warm-up running")
    assert awake.held and awake.cookie == 77 and awake.last_error == ""
    assert libs.calls == [("create", b"PreventUserIdleDisplaySleep", 255,
                           b"warmup-gui: Warm-up running")]
    assert not libs.live_strings  # the CFStrings are released once the assertion exists
    with qtbot.waitSignal(awake.held_changed, timeout=1000):
        awake.release()
    assert libs.calls[-1] == ("release", 77)
    assert not awake.held and awake.cookie is None


def test_macos_failure_is_reported_not_raised(qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    libs = FakeMacLibraries(result=-536870201)  # kIOReturnNotPermitted as a signed int
    monkeypatch.setattr(screen_awake.sys, "platform", "darwin")
    monkeypatch.setattr(screen_awake, "_load_iokit", lambda: (libs.iokit, libs.cf))
    awake = ScreenAwake()
    with qtbot.assertNotEmitted(awake.held_changed):
        awake.hold("Warm-up running")
    assert not awake.held and not libs.live_strings
    assert awake.last_error.startswith("IOPMAssertionCreateWithName failed")

"""What a screen reader gets from the real app: its AT-SPI tree and announcements, read from
outside while a set is walked by keyboard alone.

The app runs under the private Xvfb with a D-Bus session bus of its own; the accessibility
bus comes from at-spi-bus-launcher, which that bus starts on demand. The tree is read by
``atspi_reader.py`` under the system's Python (gi with Atspi: Debian's python3-gi,
gir1.2-atspi-2.0 and at-spi2-core), the way Orca reads it.
"""

from __future__ import annotations

import json
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.loader import load_routine

if TYPE_CHECKING:  # conftest is pytest's to import; at runtime these come in as fixtures
    from tests.e2e.conftest import AppProcess

pytestmark = pytest.mark.xvfb

Node = dict[str, Any]
READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
PACKAGES = "at-spi2-core, gir1.2-atspi-2.0 and python3-gi"
TIMEOUT_S = 15.0
ROUTINE = load_routine(BUNDLED_ROUTINE)


def reader_missing() -> str:
    """Why the tree cannot be read here ("" when it can)."""
    if not Path(SYSTEM_PYTHON).exists() or shutil.which("dbus-daemon") is None:
        return f"needs {SYSTEM_PYTHON} and dbus-daemon"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"
                            "; from gi.repository import Atspi"],
                           capture_output=True, text=True, timeout=30, check=False)
    return "" if probe.returncode == 0 else f"needs {PACKAGES}: {probe.stderr.strip()[-200:]}"


@pytest.fixture
def session_bus(app_env: dict[str, str], tmp_path: Path) -> Iterator[dict[str, str]]:
    """A D-Bus session bus of our own (so at-spi-bus-launcher and its accessibility bus are
    ours too); the environment that points at it."""
    why = reader_missing()
    if why:
        pytest.skip(why)
    runtime = tmp_path / "bus-runtime"
    runtime.mkdir(mode=0o700)
    env = {**app_env, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path / "bus-home")}
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                               "--print-address=1"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        ready, _, _ = select.select([daemon.stdout], [], [], 10.0)
        assert ready, "dbus-daemon printed no address"
        address = daemon.stdout.readline().strip()
        yield {**env, "DBUS_SESSION_BUS_ADDRESS": address}
    finally:
        daemon.terminate()
        daemon.wait(10)
        if daemon.stdout is not None:
            daemon.stdout.close()


class Reader:
    """Reads the app's accessible tree through AT-SPI, and hears its announcements."""

    def __init__(self, env: dict[str, str], app: AppProcess) -> None:
        self.env = env
        self.app = app
        self._listener: subprocess.Popen[str] | None = None
        self.heard: list[str] = []

    def tree(self) -> Node | None:
        result = subprocess.run([SYSTEM_PYTHON, str(READER), "tree", str(self.app.process.pid)],
                                env=self.env, capture_output=True, text=True, timeout=30,
                                check=False)
        assert result.returncode == 0, result.stderr
        tree: Node | None = json.loads(result.stdout)
        return tree

    def wait_for(self, what: str, found: Callable[[Node], bool]) -> Node:
        """Poll the tree until ``found`` says yes; the tree then."""
        deadline = time.monotonic() + TIMEOUT_S
        tree = None
        while time.monotonic() < deadline:
            assert self.app.alive, self.app.describe()
            tree = self.tree()
            if tree is not None and found(tree):
                return tree
            time.sleep(0.1)  # polling another process's tree, not app time
        raise AssertionError(f"not in the accessibility tree in {TIMEOUT_S} s: {what}\n"
                             + outline(tree))

    def listen(self) -> None:
        self._listener = subprocess.Popen([SYSTEM_PYTHON, str(READER), "listen", "600"],
                                          env=self.env, stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL, text=True)
        assert self.hear(lambda event: event["type"] == "listening")

    def hear(self, wanted: Callable[[dict[str, str]], bool]) -> bool:
        """Read events until one is ``wanted`` (True) or none came for a while (False)."""
        assert self._listener is not None and self._listener.stdout is not None
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self._listener.stdout], [], [], 0.2)
            if not ready:
                continue
            event = json.loads(self._listener.stdout.readline() or "{}")
            if event.get("type") == "object:announcement":
                self.heard.append(event["text"])
            if event and wanted(event):
                return True
        return False

    def hear_text(self, text: str) -> None:
        assert self.hear(lambda event: event.get("text") == text), \
            f"never announced: {text!r}; heard {self.heard}"

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.kill()
            self._listener.communicate()


def nodes(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from nodes(child)


def find(tree: Node, role: str, name: str = "", *, starts: bool = False) -> Node | None:
    return next((n for n in nodes(tree) if n["role"] == role
                 and (n["name"].startswith(name) if starts else not name or n["name"] == name)),
                None)


def focused(tree: Node) -> Node | None:
    return next((n for n in nodes(tree) if "focused" in n["states"]), None)


def outline(tree: Node | None, depth: int = 0) -> str:
    """The tree as indented lines: role, name, description, value."""
    if tree is None:
        return "(no application)"
    line = f"{'  ' * depth}{tree['role']} {tree['name'][:70]!r}"
    if tree["description"]:
        line += f" ({tree['description'][:60]})"
    if "value" in tree:
        line += f" value {tree['value'][0]:g} of {tree['value'][2]:g}"
    if "focused" in tree["states"]:
        line += " [focused]"
    return "\n".join([line, *(outline(child, depth + 1) for child in tree["children"])])


@pytest.fixture
def reader(launch: Callable[..., AppProcess], session_bus: dict[str, str]) -> Iterator[Reader]:
    app = launch("a11y", extra_env={"DBUS_SESSION_BUS_ADDRESS":
                                    session_bus["DBUS_SESSION_BUS_ADDRESS"],
                                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"})
    app.find_window()
    app.focus()
    watcher = Reader(session_bus, app)
    try:
        yield watcher
    finally:
        watcher.stop()


def tab_to(reader: Reader, role: str, name: str, presses: int = 12) -> list[str]:
    """Press Tab until the focus is on ``role`` ``name``; the names focused on the way."""
    on_the_way: list[str] = []
    for _ in range(presses):
        reader.app.key("Tab")
        tree = reader.wait_for("a focus after Tab", lambda t: focused(t) is not None)
        now = focused(tree)
        assert now is not None
        on_the_way.append(now["name"])
        if now["role"] == role and now["name"] == name:
            return on_the_way
    raise AssertionError(f"Tab never reached {role} {name!r}; reached {on_the_way}")


def test_a_set_walked_by_keyboard_through_the_accessibility_tree(reader: Reader) -> None:
    app = reader.app
    overview = reader.wait_for("the overview's Start button",
                               lambda t: find(t, "push button", "Start  ·  Enter") is not None)
    assert find(overview, "frame", starts=True, name=ROUTINE.title) is not None
    # The overview: Tab reaches Start; Enter presses it. The checklist: tick all, Enter.
    tab_to(reader, "push button", "Start  ·  Enter")
    reader.listen()
    app.key("Return")
    reader.wait_for("the checklist", lambda t: find(t, "filler", "Equipment checklist")
                    is not None)
    app.key(*(str(n) for n in range(1, len(ROUTINE.equipment) + 1)))
    reader.wait_for("every item ticked", lambda t: sum(
        1 for n in nodes(t) if n["role"] in ("push button", "check box", "toggle button")
        and "checked" in n["states"]) >= len(ROUTINE.equipment))
    app.key("Return")
    first = ROUTINE.exercises[0]
    reader.hear_text(f"{first.name}. {first.positions[0].name}")
    workout = reader.wait_for("the workout, counting down", lambda t: find(
        t, "progress bar", "Get ready", starts=True) is not None)
    assert find(workout, "filler", "Workout") is not None
    app.key("Right")  # skip the get-ready: the block of reps
    workout = reader.wait_for("the rep counter", lambda t: find(t, "progress bar", "Reps")
                              is not None)
    if find(workout, "push button", "I  Steps") is None:
        app.key("i")  # the exercise's steps stand where the buttons are: hide them
    # The buttons in order, left to right; A toggled with Enter: count by hand.
    passed = tab_to(reader, "check box", "A  Auto-count")
    assert passed[-5:] == ["H  This hurts", "I  Steps", "←  Back", "P  Pause",
                           "Space  Count rep", "A  Auto-count"][-5:]
    tree = reader.tree()
    assert tree is not None
    auto = find(tree, "check box", "A  Auto-count")
    assert auto is not None
    if "checked" in auto["states"]:
        app.key("Return")
        reader.wait_for("counting by hand", lambda t: "checked" not in (
            find(t, "check box", "A  Auto-count") or {"states": ["checked"]})["states"])
    # Space counts reps with the focus on a button; each rep is announced and is the value.
    goal = first.reps.low
    for rep in range(1, goal + 1):
        app.key("space")
        reader.hear_text(f"Rep {rep} of {goal}")
        if rep == 2:
            tree = reader.wait_for("2 reps as the counter's value", lambda t: (
                find(t, "progress bar", "Reps") or {}).get("value", [0])[0] == 2)
            counter = find(tree, "progress bar", "Reps")
            assert counter is not None and counter["value"] == [2.0, 0.0, float(goal)]
            assert counter["description"] == f"2 of {goal} done, rep 3 under way"
            strip = find(tree, "progress bar", "Routine progress")
            assert strip is not None and strip["value"][0] == 0
    # The set's last rep ends the block: the next position is announced, progress moves on.
    reader.hear_text(first.positions[1].name)
    tree = reader.wait_for("one block done", lambda t: (
        find(t, "progress bar", "Routine progress") or {}).get("value", [0])[0] == 1)
    # "This hurts": the panel is in the tree, holds the focus, and Tab stays in it.
    app.key("h")
    tree = reader.wait_for("the pain panel, focused", lambda t: (focused(t) or {}).get(
        "name", "").startswith("This hurts"))
    panel = focused(tree)
    assert panel is not None
    choices = [n["name"] for n in nodes(panel) if n["role"] == "push button"]
    assert any(name.startswith("Esc") for name in choices) and len(choices) >= 3
    reached = {name for name in tab_to(reader, "push button", choices[-1], len(choices) + 1)}
    assert reached <= set(choices)
    app.key("Escape")  # pressed by mistake: the panel goes, the workout goes on
    reader.wait_for("the panel closed", lambda t: not any(
        n["name"].startswith("This hurts") for n in nodes(t) if n["role"] == "filler"))
    # The key list: named, its keys in the description, holding the focus.
    app.key("shift+question")
    tree = reader.wait_for("the key list", lambda t: (focused(t) or {}).get("name") == "Keys")
    keys = focused(tree)
    assert keys is not None and "Space  /  Backspace: Count a rep" in keys["description"]
    app.key("shift+question")
    reader.wait_for("the key list closed", lambda t: find(t, "filler", "Keys") is None)
    app.key("ctrl+q")  # mid-workout it asks first: the question is named and holds the focus
    reader.wait_for("the quit question", lambda t: (focused(t) or {}).get(
        "name", "").startswith("Quit in the middle"))
    app.key("Return")
    assert app.wait() == 0, app.describe()
    assert not app.fatal_lines(), app.describe()

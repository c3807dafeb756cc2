"""Reads what a screen reader reads: the AT-SPI tree of one process, as JSON on stdout.

Run by the system's Python (Debian's python3 with gi and gir1.2-atspi-2.0), not the venv's:

    python3 atspi_reader.py tree PID       the application's accessible tree, one JSON object
    python3 atspi_reader.py listen SECONDS announcements, one JSON line each, for SECONDS

Each node: role, name, description, states (only those a test looks at), value (current,
minimum, maximum; only objects with the Value interface), children (showing ones only).
DBUS_SESSION_BUS_ADDRESS says which session bus (and so which accessibility bus) to use.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

STATES = {"focusable": Atspi.StateType.FOCUSABLE, "focused": Atspi.StateType.FOCUSED,
          "showing": Atspi.StateType.SHOWING, "checked": Atspi.StateType.CHECKED,
          "enabled": Atspi.StateType.ENABLED}
MAX_DEPTH = 40


def node(accessible: Atspi.Accessible, depth: int = 0) -> dict[str, Any]:
    states = accessible.get_state_set()
    out: dict[str, Any] = {
        "role": accessible.get_role_name(),
        "name": accessible.get_name() or "",
        "description": accessible.get_description() or "",
        "states": sorted(name for name, state in STATES.items() if states.contains(state)),
    }
    value = accessible.get_value_iface()
    if value is not None:
        out["value"] = [value.get_current_value(), value.get_minimum_value(),
                        value.get_maximum_value()]
    children = []
    if depth < MAX_DEPTH:
        for i in range(accessible.get_child_count()):
            child = accessible.get_child_at_index(i)
            if child is not None and child.get_state_set().contains(Atspi.StateType.SHOWING):
                children.append(node(child, depth + 1))
    out["children"] = children
    return out


def tree(pid: int) -> dict[str, Any] | None:
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            return node(app)
    return None


def listen(seconds: float) -> None:
    loop = GLib.MainLoop()

    def on_event(event: Atspi.Event) -> None:
        text = event.any_data if isinstance(event.any_data, str) else ""
        print(json.dumps({"type": event.type, "text": text}), flush=True)

    listener = Atspi.EventListener.new(on_event)
    listener.register("object:announcement")
    print(json.dumps({"type": "listening"}), flush=True)
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()


def main(argv: list[str]) -> int:
    Atspi.init()
    if argv[1:2] == ["tree"]:
        print(json.dumps(tree(int(argv[2]))))
        return 0
    if argv[1:2] == ["listen"]:
        listen(float(argv[2]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

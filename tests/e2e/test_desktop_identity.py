"""What the desktop sees of the real window under X: which menu entry it belongs to, its
icon, and a size that fits the screen."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from warmup_gui import APP_ID

if TYPE_CHECKING:  # conftest is pytest's to import; at runtime these come in as fixtures
    from tests.e2e.conftest import AppProcess

pytestmark = pytest.mark.xvfb

Launch = Callable[[str], "AppProcess"]


def xprop(app: AppProcess, *args: str) -> str:
    result = subprocess.run(["xprop", "-id", app.wid, *args], env=app.env, capture_output=True,
                            text=True, timeout=30, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_window_names_its_desktop_entry_and_has_an_icon(launch: Launch) -> None:
    app = launch("identity")
    app.find_window()
    names = xprop(app, "-notype", "_KDE_NET_WM_DESKTOP_FILE", "_GTK_APPLICATION_ID", "WM_CLASS")
    assert f'_KDE_NET_WM_DESKTOP_FILE = "{APP_ID}"' in names, names
    assert f'_GTK_APPLICATION_ID = "{APP_ID}"' in names, names
    assert '"warmup-gui"' in names.split("WM_CLASS", 1)[1], names  # StartupWMClass
    # The icon is given to the window once it has painted, just after it maps.
    deadline = time.monotonic() + 15.0
    sizes: list[str] = []
    while not sizes and time.monotonic() < deadline:
        sizes = re.findall(r"Icon \((\d+) x \1\)", xprop(app, "_NET_WM_ICON"))
        if not sizes:
            time.sleep(0.05)  # polling another process's window, not app time
    assert "16" in sizes and "48" in sizes, sizes
    # Xvfb's screen is 1280×800 with no panel; the window and its title bar must fit on it.
    geometry = app.xdotool("getwindowgeometry", "--shell", app.wid)
    values = dict(line.split("=", 1) for line in geometry.split())
    assert int(values["WIDTH"]) <= 1280 and int(values["HEIGHT"]) <= 800 - 48, geometry
    app.focus()
    app.key("ctrl+q")
    assert app.wait() == 0, app.describe()

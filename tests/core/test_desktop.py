"""The app's desktop identity: one id for the menu entry, icons and metainfo, all valid, and
``--install-desktop`` putting them into a user's menu; ``--help`` and the manual page."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from warmup_gui import APP_ID, desktop
from warmup_gui.cli import _parser
from warmup_gui.manpage import manpage

REPO = Path(__file__).resolve().parents[2]


def tool(name: str, package: str) -> str:
    """The validator's path; a missing one fails the test, since CI must run it."""
    exe = shutil.which(name)
    if exe is None:
        pytest.fail(f"{name} is not installed: apt-get install {package} "
                    "(scripts/setup.sh --test installs it)")
    return exe


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**env, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "warmup_gui", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          check=False)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def desktop_keys(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


# --- one id ------------------------------------------------------------------------------------
def test_the_id_is_reverse_dns() -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+\.[A-Za-z][A-Za-z0-9]*", APP_ID)


def test_every_file_carries_the_id() -> None:
    entry = desktop_keys(desktop.desktop_entry().read_text(encoding="utf-8"))
    assert desktop.desktop_entry().name == f"{APP_ID}.desktop"
    assert entry["Icon"] == APP_ID
    meta = ET.parse(desktop.metainfo()).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.findtext("icon") == APP_ID
    assert desktop.icon_svg().name == f"{APP_ID}.svg"


def test_metainfo_has_description_screenshots_rating_and_releases() -> None:
    meta = ET.parse(desktop.metainfo()).getroot()
    assert len(meta.findall("description/p")) >= 1
    images = [e.text or "" for e in meta.findall("screenshots/screenshot/image")]
    assert images and all(i.startswith("https://") for i in images)
    for image in images:  # each names a picture that is in docs/
        assert (REPO / "docs" / image.rsplit("/docs/", 1)[1]).is_file(), image
    assert meta.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    from warmup_gui import __version__
    assert meta.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_icons_exist_at_every_hicolor_size() -> None:
    assert desktop.ICON_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in desktop.ICON_SIZES:
        assert png_size(desktop.icon_png(size)) == (size, size)
    svg = ET.parse(desktop.icon_svg()).getroot()
    assert svg.get("viewBox") == "0 0 128 128"


# --- validators --------------------------------------------------------------------------------
def test_the_menu_entry_passes_desktop_file_validate() -> None:
    exe = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([exe, str(desktop.desktop_entry())], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    exe = tool("appstreamcli", "appstream")
    # --no-net: the screenshots' URLs are checked for form, not fetched, so the test does not
    # depend on the network or on the published repository.
    result = subprocess.run([exe, "validate", "--no-net", str(desktop.metainfo())],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout
    problems = [line for line in result.stdout.splitlines() if re.match(r"^[EW]:", line)]
    assert not problems, result.stdout


# --- --install-desktop -------------------------------------------------------------------------
def test_exec_arguments_are_quoted_as_the_spec_says() -> None:
    assert desktop.exec_argument("/usr/bin/warmup-gui") == "/usr/bin/warmup-gui"
    assert desktop.exec_argument("/home/a b/.venv/bin/python") == \
        '"/home/a b/.venv/bin/python"'
    assert desktop.exec_argument("/opt/$x/py") == '"/opt/\\\\$x/py"'
    assert desktop.exec_argument("/opt/100%/py") == "/opt/100%%/py"


def test_the_launch_command_is_this_installation() -> None:
    command = desktop.launch_command()
    assert Path(command[0]).is_absolute()
    assert command[0] == sys.executable or Path(command[0]).name == "warmup-gui"


def test_install_desktop_fills_the_users_menu_and_uninstall_empties_it(tmp_path: Path) -> None:
    home = tmp_path / "share"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_DATA_HOME"] = str(home)
    result = run_cli("--install-desktop", env=env)
    assert result.returncode == 0, result.stderr
    expected = desktop.installed_paths(home)
    assert all(path.is_file() for path in expected)
    assert sorted(p for p in home.rglob("*") if p.is_file()) == sorted(expected)
    assert f"wrote {expected[0]}" in result.stdout

    entry = home / "applications" / f"{APP_ID}.desktop"
    keys = desktop_keys(entry.read_text(encoding="utf-8"))
    command = desktop.launch_command()
    assert keys["Exec"] == " ".join(desktop.exec_argument(a) for a in command) + " %f"
    assert keys["TryExec"] == desktop.exec_argument(command[0])
    exe = tool("desktop-file-validate", "desktop-file-utils")
    check = subprocess.run([exe, str(entry)], capture_output=True, text=True, timeout=60,
                           check=False)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    for size in desktop.ICON_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size)
    man = home / "man" / "man1" / "warmup-gui.1"
    assert man.read_text(encoding="utf-8") == manpage(_parser())

    again = run_cli("--install-desktop", env=env)  # a second install just rewrites
    assert again.returncode == 0, again.stderr
    removed = run_cli("--uninstall-desktop", env=env)
    assert removed.returncode == 0, removed.stderr
    assert not [p for p in home.rglob("*") if p.is_file()]
    assert run_cli("--uninstall-desktop", env=env).stdout.startswith("nothing to remove")


def test_data_home_follows_the_xdg_spec(tmp_path: Path) -> None:
    assert desktop.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    default = Path.home() / ".local" / "share"
    assert desktop.data_home({}) == default
    assert desktop.data_home({"XDG_DATA_HOME": "relative/share"}) == default


# --- --help and the manual page ----------------------------------------------------------------
def test_help_and_manual_page_cover_every_flag() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    help_text = run_cli("--help", env=env).stdout
    page = manpage(_parser())
    flags = [s for a in _parser()._actions for s in a.option_strings]
    assert {"--validate", "--handout", "--page-size", "--presenter", "--install-desktop",
            "--uninstall-desktop", "--version", "--help"} <= set(flags)
    for flag in flags:
        assert flag in help_text, flag
        assert flag.replace("-", "\\-") in page, flag
    assert "WARMUP_DATA_DIR" in help_text and "WARMUP_DATA_DIR" in page
    assert "WARMUP_LANG" in help_text and "WARMUP_LANG" in page


def test_the_committed_manual_page_is_current() -> None:
    committed = (REPO / "docs" / "warmup-gui.1").read_text(encoding="utf-8")
    assert committed == manpage(_parser()), \
        "run: .venv/bin/python -m warmup_gui.manpage > docs/warmup-gui.1"


def test_the_manual_page_formats_without_warnings() -> None:
    groff = shutil.which("groff")
    if groff is None:
        pytest.skip("groff is not installed (only this formatting check needs it)")
    result = subprocess.run([groff, "-man", "-Tutf8", "-ww", "-z",
                             str(REPO / "docs" / "warmup-gui.1")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and not result.stderr, result.stderr


def test_metainfo_and_pyproject_name_the_same_repository() -> None:
    import tomllib

    urls = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    homepage = urls["Homepage"]
    meta = ET.parse(desktop.metainfo()).getroot()
    assert meta.findtext("url[@type='homepage']") == homepage
    assert meta.findtext("url[@type='bugtracker']") == urls["Issues"]
    owner_repo = homepage.removeprefix("https://github.com/")
    raw = f"https://raw.githubusercontent.com/{owner_repo}/main/docs/"
    assert all((e.text or "").startswith(raw) for e in meta.findall("screenshots/screenshot/image"))
    # The id is the repository's, as io.github.<owner> ids are.
    assert APP_ID.lower().startswith(f"io.github.{owner_repo.split('/')[0]}.")

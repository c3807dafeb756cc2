"""The core stays Qt-free: importing it never loads PySide6, and no core source imports it."""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CORE_DIR = REPO_ROOT / "warmup_gui" / "core"
KNOWN_CORE = ["routine", "loader", "engine", "clock", "breathing", "assets"]
QT_ROOTS = {"PySide6", "PySide2", "shiboken6", "shiboken2", "PyQt5", "PyQt6", "qtpy"}


def core_modules() -> list[str]:
    """Every module of warmup_gui.core, found on disk (new modules are checked too)."""
    names = sorted(p.stem for p in CORE_DIR.glob("*.py") if p.stem != "__init__")
    assert set(KNOWN_CORE) <= set(names)
    return [f"warmup_gui.core.{name}" for name in names]


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), env.get("PYTHONPATH", "")]).rstrip(
        os.pathsep)
    return subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_importing_the_core_loads_no_qt() -> None:
    modules = ["warmup_gui.core", *core_modules()]
    code = (
        f"import importlib, sys\n"
        f"for name in {modules!r}:\n"
        f"    importlib.import_module(name)\n"
        f"qt = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_ROOTS)!r})\n"
        f"assert not qt, qt\n"
        f"assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        f"assert not any(m.startswith('warmup_gui.qt') for m in sys.modules)\n"
        f"print('imported', len({modules!r}))\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"imported {len(modules)}"


def test_importing_the_command_line_loads_no_qt() -> None:
    # `warmup-gui --validate` must work on a machine with no display: the CLI module may only
    # import Qt when it opens the window.
    result = run_python(
        "import sys, warmup_gui.cli\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules)\n")
    assert result.returncode == 0, result.stderr


def test_the_import_check_can_fail() -> None:
    # The same check, after importing something that does load Qt, must notice it.
    if importlib.util.find_spec("PySide6") is None:  # looks for it without importing it
        pytest.skip("PySide6 is not installed")
    result = run_python("import sys, PySide6.QtCore\n"
                        "assert not any(m.startswith('PySide6') for m in sys.modules)\n")
    assert result.returncode != 0


def qt_imports(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names = [node.args[0].value]
        for name in names:
            if name.split(".")[0] in QT_ROOTS or name.startswith("warmup_gui.qt"):
                found.append(f"{filename}:{node.lineno}: {name}")
    return found


@pytest.mark.parametrize("path", sorted(CORE_DIR.rglob("*.py")), ids=lambda p: p.name)
def test_core_source_imports_no_qt(path: Path) -> None:
    assert qt_imports(path.read_text(encoding="utf-8"), path.name) == []


def test_the_source_check_can_fail() -> None:
    sample = ("import os\nfrom PySide6.QtCore import QTimer\nimport shiboken6\n"
              "from warmup_gui.qt import bridge\nimportlib.import_module('PySide6.QtGui')\n")
    assert qt_imports(sample, "x.py") == [
        "x.py:2: PySide6.QtCore", "x.py:3: shiboken6", "x.py:4: warmup_gui.qt",
        "x.py:5: PySide6.QtGui"]

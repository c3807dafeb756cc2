"""Qt test fixtures: settings and app data under tmp_path, and no timer left running."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from warmup_gui.core.clock import FakeClock
from warmup_gui.core.loader import load_routine
from warmup_gui.core.routine import Routine
from warmup_gui.qt import language
from warmup_gui.qt.app import APP_NAME, ORG_NAME
from warmup_gui.qt.theme import current_theme


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["warmup-gui-tests"]


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    QApplication.setApplicationName(APP_NAME + "-tests")
    QApplication.setOrganizationName(ORG_NAME)
    return QApplication


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: type[QApplication]) -> Iterator[QApplication]:
    """The one QApplication, speaking English as the app does on an English desktop (the
    English plural forms come from its translation)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else qapp_cls(qapp_args)
    language.install(app, language.SOURCE_LANGUAGE)
    yield app


@pytest.fixture(params=["en", "de"])
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The test once in English and once in German, whose words are longer."""
    language.install(qapp, request.param)
    yield request.param
    language.install(qapp, language.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Everything the app saves goes below tmp_path, never into the developer's home."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("WARMUP_DATA_DIR", str(tmp_path / "warmup-data"))
    QStandardPaths.setTestModeEnabled(True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def routine(bundled_path: Path) -> Routine:
    return load_routine(bundled_path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _c_locale() -> Iterator[None]:
    """Dates, times and paper read the same whatever the developer's locale; a test that
    wants another sets its own."""
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture(autouse=True)
def _no_timer_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """A widget test must not leave a QTimer running (it would tick into the next test)."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    app = QApplication.instance()
    if app is None:
        return
    running = [timer for widget in QApplication.topLevelWidgets()
               for timer in widget.findChildren(QTimer) if timer.isActive()]
    assert not running, f"timers still running after the test: {running}"


@pytest.fixture
def dark_palette() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QGuiApplication.palette()
    palette = QPalette(original)
    palette.setColor(QPalette.ColorRole.Window, QColor("#15191e"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eef2f5"))
    app.setPalette(palette)
    assert current_theme().dark
    yield
    app.setPalette(original)

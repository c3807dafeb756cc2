"""One data folder: ``<base>/warmup-gui``, with the history of the doubled folder moved in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from warmup_gui.core.history import HistoryStore
from warmup_gui.qt import paths
from warmup_gui.qt.app import APP_NAME, ORG_NAME


class _FakeStandardPaths:
    """Qt's answer for the app data folder: ``<base>/<organization>/<application>``."""

    StandardLocation = paths.QStandardPaths.StandardLocation
    base = Path()

    @classmethod
    def writableLocation(cls, _which: object) -> str:
        return str(cls.base / QCoreApplication.organizationName() /
                   QCoreApplication.applicationName())


@pytest.fixture
def app_names(qapp: QApplication) -> Iterator[None]:
    """The names the app itself runs with (the tests run under their own)."""
    before = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    yield
    QCoreApplication.setApplicationName(before[0])
    QCoreApplication.setOrganizationName(before[1])


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "QStandardPaths", _FakeStandardPaths)
    monkeypatch.setattr(_FakeStandardPaths, "base", tmp_path / "share")
    return tmp_path / "share"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_folder_is_not_doubled(app_names: None, share: Path) -> None:
    assert paths.data_dir() == share / "warmup-gui"
    assert not (share / "warmup-gui" / "warmup-gui").exists()


def test_the_history_in_the_doubled_folder_moves_in(app_names: None, share: Path) -> None:
    old = share / "warmup-gui" / "warmup-gui"
    write(old / "sessions" / "2026-11-20T07-00-00-a.json", "a")
    write(old / "sessions" / "2026-11-21T07-00-00-b.json", "b")
    write(old / "prefs.json", "{}")
    write(share / "warmup-gui" / "sessions" / "2026-11-30T07-00-00-c.json", "c")
    folder = paths.data_dir()
    assert folder == share / "warmup-gui"
    assert sorted(p.name for p in (folder / "sessions").iterdir()) == [
        "2026-11-20T07-00-00-a.json", "2026-11-21T07-00-00-b.json",
        "2026-11-30T07-00-00-c.json"]
    assert (folder / "prefs.json").read_text(encoding="utf-8") == "{}"
    assert not old.exists()
    assert paths.data_dir() == folder  # the second start finds nothing more to move


def test_a_real_history_survives_the_move(app_names: None, share: Path) -> None:
    from datetime import datetime

    old_store = HistoryStore(share / "warmup-gui" / "warmup-gui")
    record = old_store.start_session(datetime(2026, 11, 20, 7, 0), "Warm-up",
                                     Path("routine.yaml"), 2)
    sessions = HistoryStore(paths.data_dir()).load_all().sessions
    assert [s.id for s in sessions] == [record.id]


def test_a_file_in_both_places_is_kept_not_overwritten(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    write(old / "prefs.json", "old")
    write(old / "sessions" / "same.json", "old session")
    write(old / "sessions" / "only-old.json", "x")
    write(new / "prefs.json", "new")
    write(new / "sessions" / "same.json", "new session")
    kept = paths.move_into(old, new)
    assert sorted(p.relative_to(old).as_posix() for p in kept) == [
        "prefs.json", "sessions/same.json"]
    assert (new / "prefs.json").read_text(encoding="utf-8") == "new"
    assert (old / "prefs.json").read_text(encoding="utf-8") == "old"
    assert (new / "sessions" / "only-old.json").is_file()
    assert old.is_dir()  # what could not move is still there


def test_another_organization_name_is_left_alone(qapp: QApplication, share: Path) -> None:
    # The test app runs as "warmup-gui-tests" of "warmup-gui": nothing doubled, nothing moved.
    folder = paths.data_dir()
    assert folder == share / ORG_NAME / QCoreApplication.applicationName()

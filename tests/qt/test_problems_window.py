"""A routine file that cannot be used shows its problems in a window, and offers the
bundled warm-up instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from warmup_gui.core.loader import RoutineError, load_routine
from warmup_gui.qt.problems_window import ProblemsWindow


@pytest.fixture
def broken(tmp_path: Path, bundled_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "broken.yaml"
    text = bundled_path.read_text(encoding="utf-8")
    path.write_text(text.replace("    reps: 15-30\n", "    reps: 30-15\n")
                    .replace("end: nerve_floss_straight}", "end: no_such_pose}"),
                    encoding="utf-8")
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    return path, [str(p) for p in caught.value.problems]


def test_every_problem_is_in_the_window(qtbot: QtBot, broken: tuple[Path, list[str]]) -> None:
    path, problems = broken
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    window = ProblemsWindow(path, caught.value.problems)
    qtbot.addWidget(window)
    window.show()
    assert window.title.text() == "broken.yaml cannot be used"
    assert window.list.toPlainText().splitlines() == problems
    assert any("reversed: write 15-30" in line for line in problems)
    assert any("exercises[1].illustration.end: expected an illustration" in line
               for line in problems)
    with qtbot.waitSignal(window.open_bundled):
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.chose_bundled and not window.isVisible()


def test_the_command_line_opens_the_problems_window_where_one_is_seen(
        broken: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    from warmup_gui import cli
    from warmup_gui.qt import app

    shown: list[list[str]] = []
    monkeypatch.setattr(app, "run_problems", lambda path, problems, bundled: shown.append(
        [str(p) for p in problems]) or 1)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert cli.open_routine(broken[0]) == 1
    assert shown == [broken[1]]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # nobody would see it: stderr only
    assert cli.open_routine(broken[0]) == 1
    assert len(shown) == 1

"""A routine's hostile pictures: the window, the handout, the checklist and --validate all
refuse them the same way, at once, naming the file and the reason."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.core.test_cli_validate import run_cli
from tests.core.test_svg_safety import svg, use_bomb
from tests.qt.test_handout import DATE, pdf_text
from warmup_gui.core.assets import ILLUSTRATIONS_DIR
from warmup_gui.core.routine import Equipment, Illustration, Routine
from warmup_gui.qt.handout import write_handout
from warmup_gui.qt.screens.checklist import _icon_renderer
from warmup_gui.qt.widgets.illustration import IllustrationView

TIME_BOUND_S = 20.0  # each takes well under 2 s; the reported bomb took 19 s per render


@pytest.fixture
def hostile_dir(tmp_path: Path, bundled_path: Path) -> Path:
    """The bundled routine beside pictures that reach out or explode."""
    shutil.copy(bundled_path, tmp_path / "routine.yaml")
    folder = tmp_path / "illustrations"
    folder.mkdir()
    photo = QImage(400, 300, QImage.Format.Format_RGB32)
    photo.fill(QColor("red"))
    photo.save(str(tmp_path / "photo.png"))
    (folder / "nerve_floss_bent.svg").write_bytes(use_bomb(7, 10))
    (folder / "nerve_floss_straight.svg").write_bytes(
        svg(f'<image href="{tmp_path / "photo.png"}" width="100" height="100"/>'))
    return tmp_path


def test_the_window_shows_a_placeholder_naming_each_reason(qtbot: QtBot,
                                                          hostile_dir: Path) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.set_routine_dir(hostile_dir)
    view.resize(400, 300)
    started = time.perf_counter()
    view.set_illustration(Illustration("nerve_floss_bent", "nerve_floss_straight"))
    view.grab()
    assert time.perf_counter() - started < TIME_BOUND_S
    assert view.problem == (
        "Illustration 'nerve_floss_bent' is too complex to draw (more than 20,000 shapes once "
        "every <use> is expanded) · Illustration 'nerve_floss_straight' has <image>, which "
        "the app does not draw")


def test_the_handout_finishes_and_embeds_no_local_file(qapp: object, routine: Routine,
                                                       hostile_dir: Path) -> None:
    out = hostile_dir / "out.pdf"
    started = time.perf_counter()
    write_handout(routine, out, hostile_dir, "A4", date=DATE)
    assert time.perf_counter() - started < TIME_BOUND_S
    text = pdf_text(out)
    assert "Illustration is too complex to draw" in text
    assert "Illustration has <image>, which the app does not draw" in text
    if shutil.which("pdfimages"):
        images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True,
                                text=True, timeout=60, check=True).stdout.splitlines()
        assert len(images) <= 2, images  # the header lines only: no picture embedded


def test_a_hostile_equipment_icon_is_left_out(routine: Routine, hostile_dir: Path,
                                              qapp: object) -> None:
    (hostile_dir / "illustrations" / "equipment_towel.svg").write_bytes(use_bomb(7, 10))
    started = time.perf_counter()
    assert _icon_renderer(Equipment("towel", "Towel", "Under the head"), hostile_dir) is None
    assert time.perf_counter() - started < TIME_BOUND_S


def line_of(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


def test_the_window_validate_and_the_handout_refuse_the_same_file(
        hostile_dir: Path, routine: Routine, monkeypatch: pytest.MonkeyPatch) -> None:
    from warmup_gui import cli
    from warmup_gui.qt import app

    (hostile_dir / "illustrations" / "equipment_yoga_block.svg").write_bytes(
        svg('<use href="/etc/passwd#x"/>'))
    assert any(item.id == "yoga_block" for item in routine.equipment)
    path = hostile_dir / "routine.yaml"
    folder = hostile_dir / "illustrations"
    pictures = line_of(path, "    illustration: {start: nerve_floss_bent, end: "
                             "nerve_floss_straight}")
    expected = [
        f"{path}:{pictures}: exercises[1].illustration.start: illustration "
        f"{folder / 'nerve_floss_bent.svg'} is too complex to draw (more than 20,000 shapes "
        "once every <use> is expanded); the app would not draw it",
        f"{path}:{pictures}: exercises[1].illustration.end: illustration "
        f"{folder / 'nerve_floss_straight.svg'} has <image>, which the app does not draw; the "
        "app would not draw it",
        f"{path}:{line_of(path, '  - id: yoga_block')}: equipment[0].id: illustration "
        f"{folder / 'equipment_yoga_block.svg'} refers to '/etc/passwd#x' (<use> href); only "
        "pictures drawn within the file itself are shown; the app would not draw it"]
    validated = run_cli("--validate", str(path))
    assert (validated.returncode, validated.stderr.splitlines()) == (1, expected)
    out = hostile_dir / "h.pdf"
    printed = run_cli("--handout", str(out), str(path))
    assert (printed.returncode, printed.stderr.splitlines(), out.exists()) == (1, expected, False)
    # The window shows the same problems in its own window, from a warm routine cache too.
    shown: list[list[str]] = []
    monkeypatch.setattr(app, "run_problems", lambda _path, problems, _bundled: shown.append(
        [str(p) for p in problems]) or 1)
    monkeypatch.setattr(app, "run", lambda *_args, **_kwargs: 0)
    monkeypatch.setattr(cli, "_can_show_a_window", lambda: True)
    monkeypatch.setenv("WARMUP_CACHE_DIR", str(hostile_dir / "cache"))
    assert cli.open_routine(path) == 1
    kept = {name: (folder / name).read_bytes() for name in
            ("nerve_floss_bent.svg", "nerve_floss_straight.svg", "equipment_yoga_block.svg")}
    for name in kept:  # the pictures made harmless: the window opens, the cache is written
        shutil.copy(ILLUSTRATIONS_DIR / "nerve_floss_bent.svg", folder / name)
    assert cli.open_routine(path) == 0
    assert list((hostile_dir / "cache" / "routines").glob("*.json"))
    for name, data in kept.items():  # the routine file unchanged, its pictures hostile again
        (folder / name).write_bytes(data)
    assert cli.open_routine(path) == 1
    assert shown == [expected, expected]


def test_validate_and_handout_do_not_hang_on_a_pipe_as_a_picture(hostile_dir: Path) -> None:
    pipe = hostile_dir / "illustrations" / "supine_flat.svg"
    import os

    os.mkfifo(pipe)
    validated = run_cli("--validate", str(hostile_dir / "routine.yaml"))
    assert f"illustration {pipe} is a named pipe, not a file" in validated.stderr
    # The handout refuses what --validate refuses, saying the same, and writes nothing.
    out = hostile_dir / "h.pdf"
    result = run_cli("--handout", str(out), str(hostile_dir / "routine.yaml"))
    assert (result.returncode, result.stderr) == (1, validated.stderr)
    assert not out.exists()



"""Every illustration the bundled routine uses renders; a missing or broken one is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from warmup_gui.core.assets import illustration_path
from warmup_gui.core.loader import load_routine
from warmup_gui.core.routine import Illustration
from warmup_gui.qt.widgets.illustration import IllustrationView

BUNDLED = Path(__file__).resolve().parent.parent.parent / "routines" / "hamstring_warmup.yaml"
IDS = load_routine(BUNDLED).illustration_ids()


@pytest.mark.parametrize("illustration_id", IDS)
def test_each_illustration_renders_with_ink(qtbot: QtBot, illustration_id: str) -> None:
    path = illustration_path(illustration_id)
    assert path is not None, f"{illustration_id}.svg is missing"
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 400, 300))
    painter.end()
    dark = sum(1 for x in range(0, 400, 4) for y in range(0, 300, 4)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 150, f"{illustration_id} draws almost nothing ({dark} dark samples)"


def test_the_view_names_its_picture_for_screen_readers(qtbot: QtBot) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.set_illustration(Illustration("nerve_floss_bent", "nerve_floss_straight"))
    assert view.problem == ""
    assert view.accessibleName().startswith("Seated on the chair edge, back softly rounded")
    assert "Then: Seated on the chair edge, knee straight" in view.accessibleName()


def test_missing_and_broken_pictures_show_a_placeholder_naming_them(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "illustrations"
    folder.mkdir()
    (folder / "broken.svg").write_text("<svg><path d='M0 0 L")  # cut off mid-file
    view = IllustrationView()
    qtbot.addWidget(view)
    view.set_routine_dir(tmp_path)
    view.set_illustration(Illustration("no_such_picture", "broken"))
    assert view.problem == ("Illustration 'no_such_picture' not found · "
                            "Illustration 'broken' is not a valid SVG")
    view.resize(400, 300)
    image = view.grab().toImage()  # paints the placeholder, and does not raise
    assert image.width() == 400


def test_a_routine_picture_beside_the_routine_wins_over_the_bundled_one(tmp_path: Path) -> None:
    folder = tmp_path / "illustrations"
    folder.mkdir()
    own = folder / "supine_flat.svg"
    own.write_text("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 3'/>")
    assert illustration_path("supine_flat", tmp_path) == own
    assert illustration_path("supine_flat") != own

"""The moving figure's outlines are filled in bands (faster to fill): painted in bands, the
figure has the same pixels as painted whole, at every pixel ratio the bands are cut for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from warmup_gui.core.figure_motion import FigureTime, Half
from warmup_gui.core.palette import PALETTE
from warmup_gui.core.pose_library import MOVEMENTS
from warmup_gui.qt.widgets import figure_frames
from warmup_gui.qt.widgets.figure_frames import FigureFrames

TARGET = QRectF(8, 8, 1049, 777)  # the workout's picture at 1920x1080
CARD = QColor(PALETTE["rim"])


def _painted(movement_index: int, moment: FigureTime, ratio: float) -> QImage:
    frames = FigureFrames(MOVEMENTS[movement_index], False, PALETTE)
    image = QImage(round(1065 * ratio), round(793 * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(CARD)
    painter = QPainter(image)
    frames.paint(painter, moment, TARGET, CARD, ratio)
    painter.end()
    return image


def _largest_difference(a: QImage, b: QImage) -> tuple[int, int]:
    """The largest difference of a colour channel between two images of the same size, and
    how many pixel rows differ by more than a few levels somewhere."""
    width = a.bytesPerLine()
    bytes_a, bytes_b = bytes(a.constBits()), bytes(b.constBits())
    largest, rows = 0, 0
    for y in range(a.height()):
        row_a, row_b = bytes_a[y * width:(y + 1) * width], bytes_b[y * width:(y + 1) * width]
        row = 0 if row_a == row_b else max(abs(p - q) for p, q in zip(row_a, row_b, strict=True))
        largest = max(largest, row)
        rows += row > 8
    return largest, rows


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_bands_paint_the_figure_as_a_whole_outline_would(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ratio: float) -> None:
    moment = FigureTime(Half.OUT, 0.4)
    for index in range(len(MOVEMENTS)):
        banded = _painted(index, moment, ratio)
        with monkeypatch.context() as whole:
            whole.setattr(figure_frames, "BAND_PX", 100_000)  # one band: the whole outline
            reference = _painted(index, moment, ratio)
        assert banded != reference  # the bands are really there...
        largest, rows = _largest_difference(banded, reference)
        assert largest <= 8 and rows == 0, (index, largest, rows)  # ...and no seam shows

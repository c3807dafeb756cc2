"""The moving figure's frames are kept as strips of pixels (copied at every paint, instead of
filling the outlines again): the strips show the same pixels as the outlines filled in place,
at every usual pixel ratio, and take no more memory than their budget."""

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


def _painted(movement_index: int, moment: FigureTime, ratio: float,
             frames: FigureFrames | None = None) -> QImage:
    frames = frames or FigureFrames(MOVEMENTS[movement_index], False, PALETTE)
    image = QImage(round(1065 * ratio), round(793 * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(CARD)
    painter = QPainter(image)
    frames.paint(painter, moment, TARGET, CARD, ratio)
    painter.end()
    return image


def _largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of a colour channel between two images of the same size."""
    width = a.bytesPerLine()
    bytes_a, bytes_b = bytes(a.constBits()), bytes(b.constBits())
    largest = 0
    for y in range(a.height()):
        row_a, row_b = bytes_a[y * width:(y + 1) * width], bytes_b[y * width:(y + 1) * width]
        if row_a != row_b:
            largest = max(largest, *(abs(p - q) for p, q in zip(row_a, row_b, strict=True)))
    return largest


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0])
def test_strips_paint_the_figure_as_its_outlines_filled_in_place_would(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ratio: float) -> None:
    for index in range(len(MOVEMENTS)):
        for moment in (FigureTime(Half.OUT, 0.4), FigureTime(Half.BACK, 0.9)):
            copied = _painted(index, moment, ratio)
            with monkeypatch.context() as no_room:
                no_room.setattr(figure_frames, "STRIPS_BUDGET", 0)  # every frame filled
                filled = _painted(index, moment, ratio)
            largest = _largest_difference(copied, filled)
            assert largest <= 2, (index, moment, largest)


def test_strips_are_copied_when_they_fit_and_filled_past_the_budget(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    frames = FigureFrames(MOVEMENTS[2], False, PALETTE)
    out = [FigureTime(Half.OUT, i / 8) for i in range(9)]
    sizes = [frames._made(t, TARGET, 1.0).size for t in out]
    # A frame's strips hold its ink, less than the box around it.
    box = frames.bounds(out[4], TARGET, 1.0)
    assert 0 < sizes[4] < box.width() * box.height() * 4 * 0.8
    # Flossing comes back the way it went: the way back's frames are the way out's.
    assert frames._made(FigureTime(Half.BACK, 0.25), TARGET, 1.0) is frames._made(
        FigureTime(Half.OUT, 0.75), TARGET, 1.0)
    # Past the budget, frames keep their outlines instead; the pixels are the same.
    monkeypatch.setattr(figure_frames, "STRIPS_BUDGET", sum(sizes[:5]))
    frames.forget_placed()
    made = [frames._made(t, TARGET, 1.0) for t in out]
    assert all(m.strips and not m.layers for m in made[:5])
    assert all(m.layers and not m.strips for m in made[5:])
    assert frames._strips_size <= figure_frames.STRIPS_BUDGET
    fresh = FigureFrames(MOVEMENTS[2], False, PALETTE)
    assert _largest_difference(_painted(2, out[7], 1.0, frames),
                               _painted(2, out[7], 1.0, fresh)) <= 2

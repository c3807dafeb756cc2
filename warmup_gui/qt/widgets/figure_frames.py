"""The moving figure's frames, kept as painter paths so each is built once per rep moment.

A rep is deterministic: the same moment always gives the same figure. The core's moments are
rounded to ``FRAME_STEPS`` a half-rep (finer than a 60 Hz display shows), and each one's shapes
become a few painter paths, one per colour, the first time it is shown, placed in the
picture's own coordinates the first time it is shown at a size; every later rep paints from
them. What stays put (floor, equipment) is one cached picture per size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)

from warmup_gui.core.figure import (
    VIEW_W,
    Shape,
    body_shapes,
    frame_for,
    moving_figure,
    scene_shapes,
)
from warmup_gui.core.figure_motion import FigureTime, quantized
from warmup_gui.core.pose_library import Movement
from warmup_gui.qt.widgets.shapes import paint_shapes, view_rect

# The height of the bands a filled outline is cut into: whole device pixels at the usual
# pixel ratios (1, 1.25, 1.5, 1.75, 2). Lower bands fill faster still but each costs memory.
BAND_PX = 32


@dataclass(frozen=True)
class _Outline:
    """A run of shapes that share their colours, merged into one path in the view box: a
    filled run into a single outline, which paints several times faster than its
    overlapping parts."""

    fill: str  # colour roles, "" for none
    stroke: str
    width: float  # the stroke's, in the view box
    path: QPainterPath


def _outlines(shapes: list[Shape]) -> list[_Outline]:
    runs: list[tuple[tuple[str, str, float], QPainterPath]] = []
    for shape in shapes:
        key = (shape.fill, shape.stroke, shape.width)
        if not runs or runs[-1][0] != key:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            runs.append((key, path))
        runs[-1][1].addPolygon(QPolygonF([QPointF(x, y) for x, y in shape.points]))
        runs[-1][1].closeSubpath()
    return [_Outline(fill, stroke, width, path if stroke else path.simplified())
            for (fill, stroke, width), path in runs]


@dataclass(frozen=True)
class _Layer:
    """An outline as it is painted in the target: its path (a filled one in bands) with its
    pen and brush ready."""

    pen: QPen | Qt.PenStyle
    brush: QBrush | Qt.BrushStyle
    paths: list[QPainterPath]


def _layers(outlines: list[_Outline], colours: dict[str, QColor],
            placement: tuple[float, float, float]) -> tuple[list[_Layer], QRectF]:
    """The outlines placed in the target (``placement``: the view box's left, top and scale
    there), and the box their ink covers. Placed once, they need no transform at every
    frame."""
    left, top, k = placement
    to_target = QTransform(k, 0.0, 0.0, k, left, top)
    layers = []
    box = QRectF()
    for outline in outlines:
        path = to_target.map(outline.path)
        pen: QPen | Qt.PenStyle = Qt.PenStyle.NoPen
        if outline.stroke:
            pen = QPen(colours[outline.stroke], outline.width * k)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        brush = QBrush(colours[outline.fill]) if outline.fill else Qt.BrushStyle.NoBrush
        pad = pen.widthF() / 2 if isinstance(pen, QPen) else 0.0  # a stroke's ink past its path
        box = box.united(path.boundingRect().adjusted(-pad, -pad, pad, pad))
        layers.append(_Layer(pen, brush, [path] if outline.stroke else _bands(path)))
    return layers, box


def _bands(outline: QPainterPath) -> list[QPainterPath]:
    """An outline cut into bands ``BAND_PX`` high, at whole pixel rows. Qt's antialiased
    fill works through a large outline a few dozen rows at a time and reads all of its edges
    for each; cut, each band's fill reads only its own. A 1920x1080 frame of the figure takes
    about a quarter fewer instructions, and every pixel row gets the same coverage (the bands
    meet at pixel edges: no seam)."""
    box = outline.boundingRect()
    top = math.floor(box.top() / BAND_PX) * BAND_PX
    bands = []
    while top < box.bottom():
        band = QPainterPath()
        band.addRect(QRectF(box.left() - 1, top, box.width() + 2, BAND_PX))
        part = outline.intersected(band)
        if not part.isEmpty():
            bands.append(part)
        top += BAND_PX
    return bands


class FigureFrames:
    """One movement, facing one way, in one palette: its still scene and its frames, painted
    into a rect."""

    def __init__(self, movement: Movement, mirrored: bool, palette: dict[str, str]) -> None:
        self.movement = movement
        self._palette = palette
        figure = moving_figure(movement)
        self._figure = figure
        self._frame = frame_for(movement).mirror() if mirrored else frame_for(movement)
        self._start = figure.skeleton(FigureTime.at_start())
        self._colours = {role: QColor(value) for role, value in palette.items()}
        # Each moment's outlines in the view box (kept whatever the size), and its layers and
        # ink box at one placement (placed anew at another size).
        self._outlines: dict[FigureTime, list[_Outline]] = {}
        self._frames: dict[FigureTime, tuple[list[_Layer], QRectF]] = {}
        self._frames_placed: tuple[float, ...] = ()
        self._scene: QPixmap | None = None
        self._scene_key: tuple[object, ...] = ()
        self._place_key: tuple[float, ...] = ()
        self._place = (0.0, 0.0, 1.0)

    def _made(self, moment: FigureTime, target: QRectF) -> tuple[list[_Layer], QRectF]:
        placement = self._placed(target)
        if self._frames_placed != placement:
            self._frames_placed = placement
            self._frames.clear()
        made = self._frames.get(moment)  # a moment shown is quantized already
        if made is None:
            moment = quantized(moment)
            made = self._frames.get(moment)
        if made is None:
            outlines = self._outlines.get(moment)
            if outlines is None:
                sk = self._figure.skeleton(moment)
                outlines = self._outlines[moment] = _outlines(
                    body_shapes(self.movement, sk, self._frame))
            made = self._frames[moment] = _layers(outlines, self._colours, placement)
        return made

    def forget_placed(self) -> None:
        """Let the placed frames go (their outlines are kept): the figure is off screen."""
        self._frames.clear()
        self._frames_placed = ()

    def _placed(self, target: QRectF) -> tuple[float, float, float]:
        """The view box's left, top and scale in a target (kept: asked at every frame)."""
        key = (target.x(), target.y(), target.width(), target.height())
        if self._place_key != key:
            rect = view_rect(target)
            self._place_key = key
            self._place = (rect.left(), rect.top(), rect.width() / VIEW_W)
        return self._place

    def bounds(self, moment: FigureTime, target: QRectF) -> QRectF:
        """Where the figure is drawn at a moment, in the target's coordinates."""
        return self._made(moment, target)[1]

    def paint(self, painter: QPainter, moment: FigureTime, target: QRectF, card: QColor,
              ratio: float) -> None:
        painter.drawPixmap(target.topLeft(), self._scene_pixmap(target.size().toSize(), card,
                                                                ratio))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for layer in self._made(moment, target)[0]:
            painter.setPen(layer.pen)
            painter.setBrush(layer.brush)
            for path in layer.paths:
                painter.drawPath(path)

    def _scene_pixmap(self, size: QSize, card: QColor, ratio: float) -> QPixmap:
        key = (size, card.rgba(), ratio)
        if self._scene is None or self._scene_key != key:
            pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(card)
            painter = QPainter(pixmap)
            paint_shapes(painter, scene_shapes(self.movement, self._frame, self._start),
                         QRectF(0, 0, size.width(), size.height()), self._palette)
            painter.end()
            self._scene, self._scene_key = pixmap, key
        return self._scene

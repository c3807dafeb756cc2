"""The moving figure's frames, kept as strips of pixels so each is drawn once per rep moment.

A rep is deterministic: the same moment always gives the same figure. The core's moments are
rounded to ``FRAME_STEPS`` a half-rep (finer than a 60 Hz display shows), and each one's shapes
become a few painter paths, one per colour, the first time it is shown. At each size they are
filled once, antialiased, into strips of pixels cut to the figure's ink; every later rep copies
the strips, which costs a tenth of filling the outlines again. What stays put (floor,
equipment) is one cached picture per size.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
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
from warmup_gui.core.record import frozen_record
from warmup_gui.qt.widgets.shapes import paint_shapes, view_rect

# A frame's pixels are kept in strips this many device pixels high, each as wide as the ink
# in it: about half the memory of the frame's whole box.
STRIP_PX = 32
# The most a figure's strips may take at one size. One side of a rep at 1920x1080 takes
# 22 MiB (a seated or lying figure) to 52 MiB (a standing fold, whose way back is not its way
# out); frames past this are filled from their outlines at every paint instead (a 4K screen at
# twice the pixels).
STRIPS_BUDGET = 96 * 2**20


@frozen_record
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


@frozen_record
class _Layer:
    """An outline as it is painted in the target, with its pen and brush ready."""

    pen: QPen | Qt.PenStyle
    brush: QBrush | Qt.BrushStyle
    path: QPainterPath


def _layers(outlines: list[_Outline], colours: dict[str, QColor],
            placement: tuple[float, float, float]) -> tuple[list[_Layer], QRectF]:
    """The outlines placed in the target (``placement``: the view box's left, top and scale
    there), and the box their ink covers."""
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
        layers.append(_Layer(pen, brush, path))
    return layers, box


def _fill(painter: QPainter, layers: list[_Layer]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for layer in layers:
        painter.setPen(layer.pen)
        painter.setBrush(layer.brush)
        painter.drawPath(layer.path)


def _strips(layers: list[_Layer], box: QRectF, ratio: float) -> list[tuple[QPointF, QImage]]:
    """The layers filled once into the device pixels of their box, kept as strips
    ``STRIP_PX`` high, each cut to the columns its ink reaches, and where each goes."""
    pixels = QRectF(box.x() * ratio, box.y() * ratio, box.width() * ratio,
                    box.height() * ratio).toAlignedRect().adjusted(-1, -1, 1, 1)
    image = QImage(pixels.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-pixels.x(), -pixels.y())
    painter.scale(ratio, ratio)
    _fill(painter, layers)
    painter.end()
    # Where the ink is: each strip's rows of alpha, as numbers, OR-ed together, have their
    # lowest and highest bits set in its first and last column of ink.
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    data, line, width = bytes(alpha.constBits()), alpha.bytesPerLine(), alpha.width()
    strips = []
    for top in range(0, image.height(), STRIP_PX):
        ink = 0
        for y in range(top, min(top + STRIP_PX, image.height())):
            ink |= int.from_bytes(data[y * line:y * line + width], "little")
        if not ink:
            continue
        left, right = ((ink & -ink).bit_length() - 1) // 8, (ink.bit_length() + 7) // 8
        strip = image.copy(QRect(left, top, right - left, min(STRIP_PX, image.height() - top)))
        strip.setDevicePixelRatio(ratio)
        strips.append((QPointF((pixels.x() + left) / ratio, (pixels.y() + top) / ratio), strip))
    return strips


@frozen_record
class _Frame:
    """A moment as painted at one size: its ink box, and its strips of pixels (or, past the
    budget, its layers, filled at every paint)."""

    box: QRectF
    strips: list[tuple[QPointF, QImage]]
    layers: list[_Layer]

    @property
    def size(self) -> int:
        return sum(strip.sizeInBytes() for _, strip in self.strips)


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
        # Each moment's outlines in the view box (kept whatever the size), and its frame at one
        # placement and pixel ratio (made anew at another).
        self._outlines: dict[FigureTime, list[_Outline]] = {}
        self._frames: dict[FigureTime, _Frame] = {}
        self._frames_placed: tuple[float, ...] = ()
        self._strips_size = 0  # bytes
        self._scene: QPixmap | None = None
        self._scene_key: tuple[object, ...] = ()
        self._place_key: tuple[float, ...] = ()
        self._place = (0.0, 0.0, 1.0)

    def _made(self, moment: FigureTime, target: QRectF, ratio: float) -> _Frame:
        placement = (*self._placed(target), ratio)
        if self._frames_placed != placement:
            self.forget_placed()
            self._frames_placed = placement
        made = self._frames.get(moment)  # a moment shown is quantized already
        if made is None:
            moment = self._figure.same_as(quantized(moment))
            made = self._frames.get(moment)
        if made is None:
            outlines = self._outlines.get(moment)
            if outlines is None:
                sk = self._figure.skeleton(moment)
                outlines = self._outlines[moment] = _outlines(
                    body_shapes(self.movement, sk, self._frame))
            layers, box = _layers(outlines, self._colours, placement[:3])
            made = _Frame(box, _strips(layers, box, ratio), [])
            if self._strips_size + made.size > STRIPS_BUDGET:
                made = _Frame(box, [], layers)
            self._strips_size += made.size
            self._frames[moment] = made
        return made

    def forget_placed(self) -> None:
        """Let the frames made at a size go (their outlines are kept): the figure is off
        screen."""
        self._frames.clear()
        self._frames_placed = ()
        self._strips_size = 0

    def _placed(self, target: QRectF) -> tuple[float, float, float]:
        """The view box's left, top and scale in a target (kept: asked at every frame)."""
        key = (target.x(), target.y(), target.width(), target.height())
        if self._place_key != key:
            rect = view_rect(target)
            self._place_key = key
            self._place = (rect.left(), rect.top(), rect.width() / VIEW_W)
        return self._place

    def bounds(self, moment: FigureTime, target: QRectF, ratio: float) -> QRectF:
        """Where the figure is drawn at a moment, in the target's coordinates."""
        return self._made(moment, target, ratio).box

    def paint(self, painter: QPainter, moment: FigureTime, target: QRectF, card: QColor,
              ratio: float) -> None:
        painter.drawPixmap(target.topLeft(), self._scene_pixmap(target.size().toSize(), card,
                                                                ratio))
        frame = self._made(moment, target, ratio)
        for at, strip in frame.strips:
            painter.drawImage(at, strip)
        _fill(painter, frame.layers)

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

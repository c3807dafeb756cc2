"""Paints the core's figure shapes with QPainter, into any rectangle, on screen or in a PDF."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from warmup_gui.core.figure import VIEW_H, VIEW_W, Shape, arrowhead, shapes_extent
from warmup_gui.core.palette import PALETTE


def view_rect(target: QRectF) -> QRectF:
    """The largest picture of the view box's shape centred in ``target``."""
    k = min(target.width() / VIEW_W, target.height() / VIEW_H)
    w, h = VIEW_W * k, VIEW_H * k
    return QRectF(target.center().x() - w / 2, target.center().y() - h / 2, w, h)


def close_up(shapes: list[Shape], target: QRectF, margin: float = 0.08) -> QRectF:
    """Where to map the view box so that the shapes' ink (the floor line aside) fills
    ``target`` less a margin, centred: a small picture shows the figure, not the room."""
    box = shapes_extent(shapes)
    if box is None:
        return target
    x0, y0, x1, y1 = box
    k = min(target.width() * (1 - 2 * margin) / max(1.0, x1 - x0),
            target.height() * (1 - 2 * margin) / max(1.0, y1 - y0))
    return QRectF(target.center().x() - (x0 + x1) / 2 * k,
                  target.center().y() - (y0 + y1) / 2 * k, VIEW_W * k, VIEW_H * k)


def paint_shapes(painter: QPainter, shapes: list[Shape], target: QRectF,
                 palette: dict[str, str] = PALETTE) -> None:
    """Each shape in the view box mapped onto ``target`` (kept at the view box's shape)."""
    rect = view_rect(target)
    k = rect.width() / VIEW_W
    colours = {role: QColor(value) for role, value in palette.items()}
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(k, k)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for shape in shapes:
        if shape.stroke:
            pen = QPen(colours[shape.stroke], shape.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colours[shape.fill]) if shape.fill else Qt.BrushStyle.NoBrush)
        if shape.radius > 0:
            painter.drawEllipse(QPointF(*shape.centre), shape.radius, shape.radius)
            continue
        polygon = QPolygonF([QPointF(x, y) for x, y in shape.points])
        if shape.closed:
            painter.drawPolygon(polygon)
            continue
        path = QPainterPath()
        path.addPolygon(polygon)
        painter.drawPath(path)
        if shape.arrowhead and len(shape.points) >= 2:
            painter.setBrush(colours[shape.stroke])
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in arrowhead(shape)]))
    painter.restore()


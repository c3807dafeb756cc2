"""Whether every label's text fits the rectangle it was given, by the font's own metrics."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from warmup_gui.qt.widgets.labels import MIN_PIXEL_SIZE, FitLabel, ShrinkLabel


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _painted_fits(label: QLabel) -> bool:
    box = label.contentsRect()
    metrics = QFontMetricsF(label.font())
    if isinstance(label, ShrinkLabel):
        needed = metrics.boundingRect(QRectF(0, 0, box.width(), 1e6),
                                      int(Qt.TextFlag.TextWordWrap), label.shown_text())
        return needed.height() <= box.height() + 1 and needed.width() <= box.width() + 1
    if isinstance(label, FitLabel):
        lines = 1 if label.shown_text() == label.text() else label.lines
        return metrics.height() * min(lines, 1) <= box.height() + 1
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height() + 1
    return metrics.horizontalAdvance(label.text()) <= box.width() + 1 \
        and metrics.height() <= box.height() + 1


def visible_labels(screen: QWidget) -> list[QLabel]:
    return [label for label in screen.findChildren(QLabel)
            if label.isVisibleTo(screen) and label.text()]


def misfits(screen: QWidget) -> list[str]:
    """Each visible label of ``screen`` whose painted text is wider or taller than its
    rectangle, smaller than the smallest size, or outside the screen (unless it scrolls)."""
    QApplication.processEvents()
    found = []
    shown = QRect(0, 0, screen.width(), screen.height())
    for label in visible_labels(screen):
        place = QRect(label.mapTo(screen, label.rect().topLeft()), label.size())
        inside = _inside_scroll_area(label) or shown.contains(place)
        if not (_painted_fits(label) and inside and label.font().pixelSize() >= MIN_PIXEL_SIZE):
            found.append(f"{type(label).__name__} {place} {label.font().pixelSize()}px: "
                         f"{label.text()[:40]!r}")
    return found


def shortened(screen: QWidget) -> list[QLabel]:
    """The labels that show their text cut short with an ellipsis."""
    return [label for label in visible_labels(screen)
            if isinstance(label, FitLabel | ShrinkLabel) and label.shown_text() != label.text()]


def overlapping(screen: QWidget, widgets: list[QWidget]) -> list[tuple[str, str]]:
    """Pairs of the visible ``widgets`` whose rectangles on ``screen`` intersect."""
    placed = [(w, QRect(w.mapTo(screen, w.rect().topLeft()), w.size())) for w in widgets
              if w.isVisibleTo(screen)]
    return [(type(a).__name__, type(b).__name__) for i, (a, ra) in enumerate(placed)
            for b, rb in placed[i + 1:] if ra.intersects(rb)]

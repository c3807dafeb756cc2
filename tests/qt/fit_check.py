"""Whether every label's text fits the rectangle it was given, by the font's own metrics."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from warmup_gui.qt.widgets.labels import MIN_PIXEL_SIZE, FitLabel, ShrinkLabel
from warmup_gui.qt.widgets.paged_area import PagedArea

ELLIPSIS = "…"


def settle() -> None:
    """Let layouts that follow their texts' heights finish (a few rounds of events)."""
    for _ in range(5):
        QApplication.processEvents()


def _holder(widget: QWidget) -> QWidget | None:
    """The scroll area or paged area ``widget`` is shown in, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea | PagedArea):
            return parent
        parent = parent.parentWidget()
    return None


def _wrapped_height(label: QLabel, text: str) -> float:
    metrics = QFontMetricsF(label.font())
    return metrics.boundingRect(QRectF(0, 0, label.contentsRect().width(), 1e6),
                                int(Qt.TextFlag.TextWordWrap), text).height()


def _painted_fits(label: QLabel) -> bool:
    box = label.contentsRect()
    metrics = QFontMetricsF(label.font())
    one_line = metrics.horizontalAdvance(label.text()) <= box.width() + 1
    if isinstance(label, ShrinkLabel) or label.wordWrap() or \
            (isinstance(label, FitLabel) and not one_line):
        return _wrapped_height(label, label.text()) <= box.height() + 1 and all(
            metrics.horizontalAdvance(word) <= box.width() + 1 for word in label.text().split())
    return one_line and metrics.height() <= box.height() + 1


def visible_labels(screen: QWidget) -> list[QLabel]:
    return [label for label in screen.findChildren(QLabel)
            if label.isVisibleTo(screen) and label.text()]


def misfits(screen: QWidget) -> list[str]:
    """Each visible label of ``screen`` whose painted text is wider or taller than its
    rectangle, smaller than the smallest size, or outside the screen (unless it scrolls or
    pages: then its area must be inside the screen)."""
    settle()
    found = []
    shown = QRect(0, 0, screen.width(), screen.height())
    for label in visible_labels(screen):
        place = QRect(label.mapTo(screen, label.rect().topLeft()), label.size())
        holder = _holder(label)
        outer = holder if isinstance(holder, PagedArea) else label if holder is None else None
        inside = outer is None or shown.contains(
            QRect(outer.mapTo(screen, outer.rect().topLeft()), outer.size()))
        if not (_painted_fits(label) and inside and label.font().pixelSize() >= MIN_PIXEL_SIZE):
            found.append(f"{type(label).__name__} {place} {label.font().pixelSize()}px: "
                         f"{label.text()[:40]!r}")
    return found


def shortened(screen: QWidget) -> list[QLabel]:
    """The labels that show their text cut short: painted with an ellipsis their text does
    not have, or elided by Qt's own label (a QLabel never elides, so that is a misfit)."""
    return [label for label in visible_labels(screen)
            if isinstance(label, FitLabel | ShrinkLabel) and (
                label.shown_text() != label.text()
                or label.shown_text().count(ELLIPSIS) != label.text().count(ELLIPSIS))]


def paged_areas(screen: QWidget) -> list[PagedArea]:
    return [area for area in screen.findChildren(PagedArea) if area.isVisibleTo(screen)]


def lines_never_read(area: PagedArea) -> list[tuple[float, float]]:
    """The lines of ``area`` that no page shows whole."""
    room = area.height()
    pages = [(start, min(start + room, end)) for start, end in
             zip(area.starts, [*area.starts[1:], float("inf")], strict=True)]
    return [(top, bottom) for top, bottom in area.lines()
            if not any(start - 1 <= top and bottom <= end + 1 for start, end in pages)]


def overlapping(screen: QWidget, widgets: list[QWidget]) -> list[tuple[str, str]]:
    """Pairs of the visible ``widgets`` whose rectangles on ``screen`` intersect."""
    placed = [(w, QRect(w.mapTo(screen, w.rect().topLeft()), w.size())) for w in widgets
              if w.isVisibleTo(screen)]
    return [(type(a).__name__, type(b).__name__) for i, (a, ra) in enumerate(placed)
            for b, rb in placed[i + 1:] if ra.intersects(rb)]

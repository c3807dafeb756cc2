"""A glow around the edge of a screen that marks a beat, for rooms too loud to hear cues."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from warmup_gui.qt.theme import current_theme

FLASH_MS = 350


class FlashOverlay(QWidget):
    """Covers its parent, lets every click through, and draws only while fading out."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.strength = 0.0
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(1.0)
        self.animation.setEndValue(0.0)
        self.animation.setDuration(FLASH_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.valueChanged.connect(self._on_value)
        self.animation.finished.connect(self.hide)
        self.hide()

    def flash(self) -> None:
        self.raise_()
        self.show()
        self.animation.stop()
        self.animation.start()

    def _on_value(self, value: float) -> None:
        self.strength = float(value)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        color = QColor(current_theme().accent)
        color.setAlphaF(0.85 * self.strength)
        painter = QPainter(self)
        width = max(8.0, min(self.width(), self.height()) * 0.02)
        painter.setPen(QPen(color, width))
        painter.drawRect(QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2,
                                                      -width / 2))
        painter.end()

"""The rep counter: the biggest type on screen, readable from the mat."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QWidget

from warmup_gui.core.words import Words
from warmup_gui.qt.theme import current_theme, font

# Digit glyphs are about 0.73 of the font's pixel size (DejaVu Sans); the number's pixel
# size is this share of the widget's height.
RepCounterWords = Words("RepCounterWords")

NUMBER_SHARE = 0.68
CAPTION_SHARE = 0.14
BEAT_SHARE = 0.035


class RepCounter(QProgressBar):
    """Draws a big number (reps done, or seconds of a countdown), a caption under it and,
    while reps are timed, a beat bar that fills over each rep.

    It paints itself; being a progress bar is for assistive technology, which reads the count
    as a value out of a maximum (``set_measure``) and the caption as the description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        # It paints its own background, so a beat repaints only the bar, nothing beneath.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._number = "0"
        self._caption = ""
        self._beat: float | None = None
        self._highlight = False
        self.setTextVisible(False)
        self.setAccessibleName(RepCounterWords.tr("Reps"))

    def show_value(self, number: str, caption: str, highlight: bool = False,
                   spoken: str = "") -> None:
        """``spoken``: the same in words for assistive technology, where the number and its
        caption alone would not say it (by default they are read as they stand)."""
        if (number, caption, highlight) == (self._number, self._caption, self._highlight):
            return
        self._number, self._caption, self._highlight = number, caption, highlight
        self.setAccessibleDescription(spoken or f"{number} {caption}")
        self.update()

    def set_measure(self, name: str, value: int, maximum: int) -> None:
        """What the number counts (e.g. "Reps"), its value and the most it goes to."""
        if name != self.accessibleName():
            self.setAccessibleName(name)
        self.setRange(0, max(1, maximum))
        self.setValue(value)

    def set_beat(self, beat: float | None) -> None:
        """``beat`` is 0..1 through the rep under way, or None to hide the beat bar."""
        if beat == self._beat:
            return
        self._beat = beat
        self.update(self._beat_rect().toAlignedRect())

    def _beat_rect(self) -> QRectF:
        bar_h = max(4.0, self.height() * BEAT_SHARE)
        return QRectF(0, self.height() - bar_h, self.width() * 0.8, bar_h)

    @property
    def number(self) -> str:
        return self._number

    @property
    def caption(self) -> str:
        return self._caption

    @staticmethod
    def height_for_digits(pixels: float) -> int:
        """The height at which the counter's digits stand ``pixels`` tall (ink, not the
        font's size)."""
        probe = font(1000, QFont.Weight.DemiBold)
        ink = QFontMetricsF(probe).tightBoundingRect("8").height() / probe.pixelSize()
        return math.ceil((pixels + 1) / (NUMBER_SHARE * ink))  # +1: the size is rounded down

    def number_font(self) -> QFont:
        """The number's font: as tall as the height allows, narrower numbers (a rest's 0:30)
        shrink to fit the width rather than being cut off."""
        number_font = font(self.height() * NUMBER_SHARE, QFont.Weight.DemiBold)
        width = QFontMetricsF(number_font).horizontalAdvance(self._number)
        if width > self.width():
            number_font.setPixelSize(max(16, int(number_font.pixelSize() * self.width() / width)))
        return number_font

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.fillRect(event.rect(), theme.background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h, w = self.height(), self.width()
        number_h = h * 0.72
        if self._beat_rect().toAlignedRect().contains(event.rect()):  # a beat: only the bar
            self._paint_beat(painter)
            painter.end()
            return
        painter.setFont(self.number_font())
        painter.setPen(theme.accent if self._highlight else theme.text)
        painter.drawText(QRectF(0, 0, w, number_h), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, self._number)
        caption_font = font(h * CAPTION_SHARE)
        width = QFontMetricsF(caption_font).horizontalAdvance(self._caption)
        if width > w:  # a long caption shrinks to fit rather than being cut off
            caption_font.setPixelSize(max(12, int(caption_font.pixelSize() * w / width)))
        painter.setFont(caption_font)
        painter.setPen(theme.muted)
        caption_top = number_h
        painter.drawText(QRectF(0, caption_top, w, h * 0.2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._caption)
        self._paint_beat(painter)
        painter.end()

    def _paint_beat(self, painter: QPainter) -> None:
        if self._beat is None:
            return
        theme = current_theme()
        track = self._beat_rect()
        bar_h = track.height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.muted.lighter(150) if not theme.dark else theme.surface)
        painter.drawRoundedRect(track, bar_h / 2, bar_h / 2)
        painter.setBrush(theme.accent)
        painter.drawRoundedRect(QRectF(track.x(), track.y(), track.width() * self._beat,
                                       bar_h), bar_h / 2, bar_h / 2)

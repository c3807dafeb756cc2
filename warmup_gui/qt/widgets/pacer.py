"""The breathing pacer: a shape that grows on the inhale and shrinks on the exhale."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QHideEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from warmup_gui.core.breathing import BreathPoint, breath_at
from warmup_gui.core.routine import Breath
from warmup_gui.qt.theme import current_theme, font

# The shape never shrinks to nothing: empty lungs still show a visible disc.
MIN_RADIUS_SHARE = 0.35


def seconds_left_text(seconds: float) -> str:
    return str(int(-(-seconds // 1))) if seconds > 0 else ""


class PacerWidget(QWidget):
    """Draws one BreathPoint; whoever owns the time (the session bridge, or a PacerAnimation)
    calls ``show_point``. It has no timer of its own, so it costs nothing while nobody drives
    it. With ``reduced_motion`` it shows the phase and a progress bar instead of the shape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._point: BreathPoint | None = None
        self._reduced_motion = False
        self._backdrop = True
        self.setAccessibleName("Breathing pacer")

    @property
    def point(self) -> BreathPoint | None:
        return self._point

    def set_reduced_motion(self, on: bool) -> None:
        self._reduced_motion = on
        self.update()

    def set_backdrop(self, on: bool) -> None:
        """Whether to veil what is behind the pacer (it sits over the illustration)."""
        self._backdrop = on

    def show_point(self, point: BreathPoint) -> None:
        old = self._point
        self._point = point
        if old is None or old.phase is not point.phase:
            self.setAccessibleDescription(point.phase.word)
        self.update()

    def phase_text(self) -> str:
        if self._point is None:
            return ""
        return self._point.phase.word

    def paintEvent(self, event: QPaintEvent) -> None:
        point = self._point
        if point is None:
            return
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        if self._backdrop:
            veil = QColor(theme.picture_card)
            veil.setAlpha(225)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(veil)
            radius = min(w, h) * 0.03  # the card's own corner radius
            painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        ink = QColor("#1b2229")  # on the always-light picture card
        accent = QColor(theme.accent if not theme.dark else "#1f7a87")
        word_h = h * 0.13
        if self._reduced_motion:
            self._paint_bar(painter, point, w, h, accent)
        else:
            self._paint_shape(painter, point, w, h - word_h * 1.6, accent)
        painter.setPen(ink)
        painter.setFont(font(word_h, QFont.Weight.DemiBold))
        words = point.phase.word
        left = seconds_left_text(point.phase_remaining_s)
        text = f"{words}  {left}" if left else words
        painter.drawText(QRectF(0, h - word_h * 1.55, w, word_h * 1.4),
                         Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def _paint_shape(self, painter: QPainter, point: BreathPoint, w: float, h: float,
                     accent: QColor) -> None:
        full = min(w, h) * 0.44
        radius = full * (MIN_RADIUS_SHARE + (1 - MIN_RADIUS_SHARE) * point.level)
        centre = QPointF(w / 2, h / 2 + h * 0.03)
        ring = QColor(accent)
        ring.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ring)
        painter.drawEllipse(centre, full, full)
        painter.setBrush(accent)
        painter.drawEllipse(centre, radius, radius)

    def _paint_bar(self, painter: QPainter, point: BreathPoint, w: float, h: float,
                   accent: QColor) -> None:
        bar = QRectF(w * 0.12, h * 0.42, w * 0.76, h * 0.08)
        track = QColor(accent)
        track.setAlpha(60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
        painter.setBrush(accent)
        filled = QRectF(bar.x(), bar.y(), bar.width() * point.phase_progress, bar.height())
        painter.drawRoundedRect(filled, bar.height() / 2, bar.height() / 2)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._point = None  # a stale breath must not flash when it shows again


class PacerAnimation(QVariantAnimation):
    """Drives a PacerWidget through a pattern on Qt's animation clock, for previewing a
    breath pattern outside a session. It runs only while its pacer is visible."""

    def __init__(self, pacer: PacerWidget, pattern: Breath) -> None:
        super().__init__(pacer)
        self._pacer = pacer
        self._pattern = pattern
        self.setStartValue(0.0)
        self.setEndValue(float(pattern.duration_s))
        self.setDuration(round(pattern.duration_s * 1000))
        self.setEasingCurve(QEasingCurve.Type.Linear)  # easing is in the breath math
        self.valueChanged.connect(self._on_value_changed)
        pacer.installEventFilter(self)

    def set_pattern(self, pattern: Breath) -> None:
        running = self.state() is QVariantAnimation.State.Running
        self.stop()
        self._pattern = pattern
        self.setEndValue(float(pattern.duration_s))
        self.setDuration(round(pattern.duration_s * 1000))
        if running:
            self.start()

    def _on_value_changed(self, value: float) -> None:
        self._pacer.show_point(breath_at(self._pattern, float(value)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pacer:
            if event.type() == QEvent.Type.Hide and self.state() is self.State.Running:
                self.pause()
            elif event.type() == QEvent.Type.Show and self.state() is self.State.Paused:
                self.resume()
        return False

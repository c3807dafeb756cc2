"""The breathing pacer: a shape that grows on the inhale and shrinks on the exhale."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from warmup_gui.core.breathing import BreathPoint, breath_at
from warmup_gui.core.routine import Breath
from warmup_gui.core.words import Words
from warmup_gui.qt.theme import Theme, current_theme, font

# The shape never shrinks to nothing: empty lungs still show a visible disc.
PacerWords = Words("PacerWords")

MIN_RADIUS_SHARE = 0.35
# Beside a figure, the pacer comes in over the first moments of its breath, not in one frame.
FADE_IN_S = 0.35


def _mix(a: QColor, b: QColor, share_a: float) -> QColor:
    """An opaque colour ``share_a`` of the way from b to a."""
    return QColor.fromRgbF(*(x * share_a + y * (1 - share_a) for x, y in
                             ((a.redF(), b.redF()), (a.greenF(), b.greenF()),
                              (a.blueF(), b.blueF()))))


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
        self._paused = False
        self._arrived: tuple[int, object] = (0, None)  # the cycle and phase it showed in
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._backdrop_pixmap: QPixmap | None = None
        self._backdrop_key: tuple[object, ...] = ()
        self.setAccessibleName(PacerWords.tr("Breathing pacer"))

    @property
    def point(self) -> BreathPoint | None:
        return self._point

    @property
    def paused(self) -> bool:
        return self._paused

    def set_paused(self, paused: bool) -> None:
        """While paused the shape stays put and the words say so."""
        if paused != self._paused:
            self._paused = paused
            self.update()

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def set_reduced_motion(self, on: bool) -> None:
        self._reduced_motion = on
        self.update()

    def show_point(self, point: BreathPoint) -> None:
        old = self._point
        self._point = point
        if old is None:
            self._arrived = (point.cycle, point.phase)
        if old is None or self._label(old) != self._label(point):
            left = seconds_left_text(point.phase_remaining_s)
            self.setAccessibleDescription(PacerWords.tr("{phase}, {seconds} s left").format(
                phase=point.word, seconds=left) if left else point.word)
        if old is None or self._label(old) != self._label(point) or self._reduced_motion \
                or self.opacity() < 1.0:
            self.update()
        else:
            # Only the shape moves between whole seconds: repaint just its square.
            self.update(self._shape_rect().toAlignedRect().adjusted(-2, -2, 2, 2))

    def opacity(self) -> float:
        """How far the pacer has come in: beside a figure, over the first ``FADE_IN_S`` of
        the phase it showed in."""
        point = self._point
        if point is None or not self._beside_figure() or \
                (point.cycle, point.phase) != self._arrived or point.phase_progress >= 1.0:
            return 1.0
        elapsed = point.phase_remaining_s * point.phase_progress / (1.0 - point.phase_progress)
        return min(1.0, elapsed / FADE_IN_S)

    def _beside_figure(self) -> bool:
        parent = self.parentWidget()
        return parent is not None and self.geometry() != parent.rect()

    def phase_text(self) -> str:
        if self._point is None:
            return ""
        return self._point.word

    @staticmethod
    def _label(point: BreathPoint) -> str:
        left = seconds_left_text(point.phase_remaining_s)
        return f"{point.word}  {left}" if left else point.word

    def _word_height(self) -> float:
        return self.height() * 0.13

    def _shape_rect(self) -> QRectF:
        """The square the shape can fill, above the phase word."""
        w, h = float(self.width()), self.height() - self._word_height() * 1.6
        full = min(w, h) * 0.44
        centre = QPointF(w / 2, h / 2 + h * 0.03)
        return QRectF(centre.x() - full, centre.y() - full, 2 * full, 2 * full)

    def paintEvent(self, event: QPaintEvent) -> None:
        point = self._point
        theme = current_theme()
        painter = QPainter(self)
        w, h = float(self.width()), float(self.height())
        # Opaque, so nothing beneath is repainted at every frame; the still parts come
        # from one cached picture (drawn even with no breath yet: no stale pixels show).
        opacity = self.opacity()
        if opacity < 1.0:  # coming in over the card beside the figure
            painter.fillRect(self.rect(), theme.figure_card)
            painter.setOpacity(opacity)
        painter.drawPixmap(0, 0, self._backdrop(theme))
        if point is None:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        if self._reduced_motion:
            self._paint_bar(painter, point, w, h, theme.accent)
        else:
            square = self._shape_rect()
            full = square.width() / 2
            radius = full * (MIN_RADIUS_SHARE + (1 - MIN_RADIUS_SHARE) * point.level)
            painter.setBrush(theme.accent)
            painter.drawEllipse(square.center(), radius, radius)
        word_h = self._word_height()
        words = QRectF(0, h - word_h * 1.55, w, word_h * 1.4)
        if event.rect().intersects(words.toAlignedRect()):
            painter.setPen(theme.text)  # the card follows the theme, like the words beside it
            text = PacerWords.tr("Paused · P resumes") if self._paused else self._label(point)
            word_font = font(word_h, QFont.Weight.DemiBold)
            width = QFontMetricsF(word_font).horizontalAdvance(text)
            if width > w * 0.92:  # long words shrink to fit rather than being cut off
                word_font.setPixelSize(max(16, int(word_font.pixelSize() * w * 0.92 / width)))
            painter.setFont(word_font)
            painter.drawText(words, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def _backdrop(self, theme: Theme) -> QPixmap:
        key = (self.geometry(), theme.dark, self._reduced_motion, self.devicePixelRatioF())
        if self._backdrop_key != key or self._backdrop_pixmap is None:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            if self._beside_figure():
                pixmap.fill(theme.figure_card)  # inside the figure's card
            else:  # the whole card, with its rounded corners
                pixmap.fill(theme.background)
                painter.setBrush(theme.figure_card)
                radius = min(self.width(), self.height()) * 0.03
                painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
            if not self._reduced_motion:
                square = self._shape_rect()
                painter.setBrush(_mix(theme.accent, theme.figure_card, 0.27))
                painter.drawEllipse(square)
            painter.end()
            self._backdrop_pixmap, self._backdrop_key = pixmap, key
        return self._backdrop_pixmap

    def _paint_bar(self, painter: QPainter, point: BreathPoint, w: float, h: float,
                   accent: QColor) -> None:
        bar = QRectF(w * 0.12, h * 0.42, w * 0.76, h * 0.08)
        track = QColor(accent)
        track.setAlpha(60)
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

    def _on_value_changed(self, value: float) -> None:
        self._pacer.show_point(breath_at(self._pattern, float(value)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The pacer is the parent: asked of Qt, not of a Python attribute, which is gone
        # while the wrapper is torn down and the pacer still hides.
        if watched is self.parent():
            if event.type() == QEvent.Type.Hide and self.state() is self.State.Running:
                self.pause()
            elif event.type() == QEvent.Type.Show and self.state() is self.State.Paused:
                self.resume()
        return False

"""LiveView: what the camera sees while it counts, small beside the workout's figure.

It shows the newest picture the tracker looked at with the body's outline as tracked drawn
over it (the watched angle's joints marked), a red "Camera on" mark for as long as the camera
runs, the detector's word while it waits ("Out of view", "Can't see clearly"), big enough to
read from the mat, and the range of motion of the last rep counted. The picture is only
painted: it is never kept beyond the next one, never copied out, never written.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from warmup_gui.core.rep_detector import PoseFrame
from warmup_gui.qt.theme import current_theme, font, scale_for

# The body's outline: joints joined, on each side, by the pose model's names.
BONES = (("shoulder", "elbow"), ("elbow", "wrist"), ("wrist", "fingertip"), ("shoulder", "hip"),
         ("hip", "knee"), ("knee", "ankle"), ("ankle", "heel"), ("heel", "toe"),
         ("ankle", "toe"))
ON_RED = QColor("#d93025")
NEAR = QColor("#4fe3c1")  # bright on any picture, light or dark
FAR = QColor(255, 255, 255, 150)
ASPECT = 4 / 3  # before the first picture
SHARE = 0.34  # of the width of the picture it sits in
RANGE_PX = 20  # the last rep's range, at 1280 x 800


class LiveView(QWidget):
    """Renders what it is given; the camera controller gives it everything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(self.tr("Camera"))
        self._image = QImage()
        self._pose: PoseFrame | None = None
        self._joints: tuple[str, ...] = ()
        self._side = ""
        self._word = ""
        self._range = ""
        self._on = False
        self._scale = 1.0
        self._target: QWidget | None = None
        self.pictures = 0  # pictures shown since the camera went on

    def follow(self, target: QWidget) -> None:
        """Sit in ``target``'s top corner (a sibling's or a child's), wherever it moves."""
        self._target = target
        target.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (QEvent.Type.Resize, QEvent.Type.Move,
                                                         QEvent.Type.Show):
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        target = self._target
        parent = self.parentWidget()
        if target is None or parent is None:
            return
        self._scale = scale_for(parent.width(), parent.height())
        margin = round(min(target.width(), target.height()) * 0.03)
        width = round(target.width() * SHARE)
        corner = target.mapTo(parent, target.rect().topLeft())
        self.setGeometry(QRect(corner.x() + margin, corner.y() + margin, width,
                               round(width / ASPECT + self._band_height())))

    def _band_height(self) -> float:
        """The line under the picture for the last rep's range."""
        return RANGE_PX * 1.6 * self._scale

    @property
    def word(self) -> str:
        return self._word

    @property
    def camera_on(self) -> bool:
        return self._on

    def set_camera_on(self, on: bool) -> None:
        """The camera runs (or no longer does): the mark shows it; off, the picture goes."""
        self._on = on
        if not on:
            self._image = QImage()
            self._pose = None
            self.pictures = 0
        self.setAccessibleDescription(self.tr("Camera on") if on else "")
        self.update()

    def show_picture(self, image: QImage, pose: PoseFrame | None) -> None:
        self._image = image
        self._pose = pose
        self.pictures += 1
        self.update()

    def set_watched(self, joints: tuple[str, ...], side: str | None) -> None:
        """The joints whose angle is counted, on ``side`` (None: either)."""
        self._joints = joints
        self._side = side or ""
        self.update()

    def set_word(self, word: str) -> None:
        if word != self._word:
            self._word = word
            self.update()

    def set_range(self, text: str) -> None:
        self._range = text
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture goes: as big as fits, its own shape kept."""
        aspect = self._image.width() / self._image.height() if not self._image.isNull() \
            else ASPECT
        w, h = float(self.width()), float(self.height()) - self._band_height()
        pw, ph = (h * aspect, h) if w / max(h, 1.0) > aspect else (w, w / aspect)
        return QRectF((w - pw) / 2, 0.0, pw, ph)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.picture_rect()
        radius = 8 * self._scale
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1b2229"))
        painter.drawRoundedRect(rect, radius, radius)
        if not self._image.isNull():
            painter.drawImage(rect, self._image)
            if self._pose is not None:
                self._paint_outline(painter, rect)
        if self._word:
            self._paint_word(painter, rect)
        if self._range:
            self._paint_range(painter, rect, theme.accent)
        if self._on:  # over everything, never dimmed
            self._paint_on_mark(painter, rect)
        painter.end()

    def _paint_outline(self, painter: QPainter, rect: QRectF) -> None:
        pose = self._pose
        assert pose is not None
        points = pose.landmarks

        def at(name: str) -> QPointF | None:
            p = points.get(name)
            if p is None or p.visibility < 0.5:
                return None
            return QPointF(rect.left() + p.x * rect.width(), rect.top() + p.y * rect.height())

        for side in ("left", "right"):
            near = not self._side or side == self._side
            pen = QPen(NEAR if near else FAR, max(2.0, 3 * self._scale))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            for a, b in BONES:
                pa, pb = at(f"{side}_{a}"), at(f"{side}_{b}")
                if pa is not None and pb is not None:
                    painter.drawLine(pa, pb)
            if near:
                painter.setPen(QPen(QColor("white"), max(1.5, 2 * self._scale)))
                painter.setBrush(ON_RED)
                for joint in self._joints:
                    p = at(f"{side}_{joint}")
                    if p is not None:
                        r = 5 * self._scale
                        painter.drawEllipse(p, r, r)

    def _paint_on_mark(self, painter: QPainter, rect: QRectF) -> None:
        text = self.tr("Camera on")
        painter.setFont(font(15 * self._scale, QFont.Weight.DemiBold))
        pad = 6 * self._scale
        dot = 10 * self._scale
        width = painter.fontMetrics().horizontalAdvance(text) + dot + 3 * pad
        height = painter.fontMetrics().height() + pad
        box = QRectF(rect.left() + pad, rect.top() + pad, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setBrush(ON_RED)
        painter.drawEllipse(QPointF(box.left() + pad + dot / 2, box.center().y()), dot / 2,
                            dot / 2)
        painter.setPen(QColor("white"))
        painter.drawText(box.adjusted(2 * pad + dot, 0, 0, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _paint_word(self, painter: QPainter, rect: QRectF) -> None:
        """The headline (before the colon) big across the picture, what to do under it."""
        head, _, rest = self._word.partition(":")
        painter.fillRect(rect, QColor(0, 0, 0, 120))
        size = 30 * self._scale
        painter.setFont(font(size, QFont.Weight.Bold))
        while size > 12 and painter.fontMetrics().horizontalAdvance(head) > rect.width() * 0.92:
            size -= 1
            painter.setFont(font(size, QFont.Weight.Bold))
        painter.setPen(QColor("white"))
        head_h = painter.fontMetrics().height()
        middle = rect.center().y()
        painter.drawText(QRectF(rect.left(), middle - head_h, rect.width(), head_h),
                         Qt.AlignmentFlag.AlignCenter, head)
        if rest.strip():
            painter.setFont(font(max(12.0, 15 * self._scale)))
            painter.drawText(rect.adjusted(8, middle - rect.top() + 4, -8, -4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, rest.strip())

    def _paint_range(self, painter: QPainter, rect: QRectF, color: QColor) -> None:
        """The last rep's range of motion, under the picture, clear of the body."""
        painter.setFont(font(RANGE_PX * self._scale, QFont.Weight.DemiBold))
        band = QRectF(rect.left(), rect.bottom(), rect.width(), self._band_height())
        painter.setPen(color)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, self._range)

"""A veil over the picture while the workout is paused: the card dims and one large word says
why, so a runner on the mat sees from 2 m that nothing moves on by itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from warmup_gui.qt.theme import current_theme, font

VEIL_ALPHA = 0.72  # how far the card fades towards the window's background
TITLE_SHARE = 0.24  # the word's pixel size, as a share of the picture's height
TITLE_WIDTH_SHARE = 0.14  # and at most this share of its width, to stay well inside it
HINT_SHARE = 0.45  # the line under it, as a share of the word's size
MIN_TITLE_PX = 32.0


class PausedVeil(QWidget):
    """Lies over ``target`` (a sibling under the same parent, kept in step as it moves or
    resizes while veiled), lets every click through, and draws ``title`` large with ``hint``
    under it. Hidden, it watches nothing: the target repaints at every frame of a rep."""

    def __init__(self, target: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.target = target
        self.title = ""
        self.hint = ""
        self.hide()

    def show_text(self, title: str, hint: str) -> None:
        """Veil the target with these words; "" for the title lifts the veil."""
        self.title, self.hint = title, hint
        if title:
            self.target.installEventFilter(self)  # once, however often it is called
            self._follow()
            self.raise_()
            self.show()
            self.update()
        else:
            self.target.removeEventFilter(self)
            self.hide()

    def title_font(self) -> QFont:
        size = min(self.height() * TITLE_SHARE, self.width() * TITLE_WIDTH_SHARE)
        return font(max(MIN_TITLE_PX, size), QFont.Weight.DemiBold)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._follow()
        return super().eventFilter(watched, event)

    def _follow(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            top_left = self.target.mapTo(parent, self.target.rect().topLeft())
            self.setGeometry(top_left.x(), top_left.y(), self.target.width(),
                             self.target.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        veil = QColor(theme.background)
        veil.setAlphaF(VEIL_ALPHA)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(veil)
        radius = min(self.width(), self.height()) * 0.03  # the card's own corners
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        title = self.title_font()
        hint = font(title.pixelSize() * HINT_SHARE)
        middle = self.height() / 2
        painter.setFont(title)
        painter.setPen(theme.text)
        painter.drawText(QRectF(0, 0, self.width(), middle + title.pixelSize() * 0.35),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.title)
        painter.setFont(hint)
        painter.drawText(QRectF(0, middle + title.pixelSize() * 0.5, self.width(),
                                self.height() / 2),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.hint)
        painter.end()

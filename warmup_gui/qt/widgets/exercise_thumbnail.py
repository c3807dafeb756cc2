"""A small still picture of an exercise beside its name on the overview.

The picture comes from the pose model, which is solved off the GUI thread after the first
paint; until then the thumbnail keeps its place (an empty card of its final size), so nothing
moves when the picture arrives. This module imports nothing of the figure: whoever has the
picture ready hands over a function that paints it (:meth:`ExerciseThumbnail.show_picture`).

The card is painted without naming PySide6's ``Qt`` namespace, so the overview's first frame
does not have PySide6 build it (1.2 MiB and tens of milliseconds): every fill a QPainter offers
(``fillRect``, ``setBrush``, a ``QBrush`` of a colour) resolves overloads that take Qt's
colours and brush styles. Erasing to a background brush does not, and paints the same pixels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from warmup_gui.qt.theme import current_theme

# Makes the picture at a size and device pixel ratio; None when there is nothing to show.
PictureMaker = Callable[[QSize, float], "QPixmap | None"]

# The height at the reference window (1280×800); the width follows the pictures' 4:3.
BASE_HEIGHT = 72
ASPECT = 4 / 3


def solid_brush(colour: QColor) -> QBrush:
    """A solid brush of ``colour``, taken from a palette: ``QBrush(colour)`` has PySide6 build
    the ``Qt`` namespace to choose among its constructors."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, colour)
    return palette.window()


class ExerciseThumbnail(QWidget):
    """An exercise's still picture on a card with rounded corners, made again at each new
    size or palette; an empty card of the same size until the picture is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make: PictureMaker | None = None
        self._pixmap: QPixmap | None = None
        self.set_scale(1.0)

    @property
    def shown(self) -> bool:
        """True once a picture was given (it is painted when the thumbnail is)."""
        return self._make is not None

    def set_scale(self, scale: float) -> None:
        height = round(BASE_HEIGHT * scale)
        size = QSize(round(height * ASPECT), height)
        if size != self.size():
            self.setFixedSize(size)
            self._pixmap = None

    def show_picture(self, make: PictureMaker, alt: str) -> None:
        """The picture, and what it shows in words for assistive technology."""
        self._make = make
        self._pixmap = None
        self.setAccessibleName(alt)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._pixmap = None  # a dark desktop gets the dark card and light ink
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        if self._make is not None and self._pixmap is None:
            self._pixmap = self._make(self.size(), ratio)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QPainterPath()
        radius = self.height() * 0.1
        card.addRoundedRect(QRectF(self.rect()), radius, radius)
        painter.setClipPath(card)
        painter.setBackground(solid_brush(current_theme().figure_card))
        painter.eraseRect(self.rect())
        if self._pixmap is not None:
            painter.drawPixmap(0, 0, self._pixmap)
        painter.end()

"""Labels for routine text: always plain text, so a cue can never become markup."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from warmup_gui.qt.enum_properties import set_enum_property

# Nothing a person reads is smaller than this, however small the window (visual guide).
MIN_PIXEL_SIZE = 16
# ``QtCore.Qt`` and ``QtWidgets.QStyle`` are looked up when a label is painted or sized, never
# when one is made: the first screen's labels come up without PySide6 building their many enums
# (see enum_properties).


# What changes the height a wrapped text takes at a width, besides the text.
_LAYOUT_CHANGES = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange,
                             QEvent.Type.ContentsRectChange, QEvent.Type.LayoutDirectionChange})


class TextLabel(QLabel):
    """A plain-text label with a scalable pixel size and an optional palette role."""

    def __init__(self, parent: QWidget | None = None, *, wrap: bool = True,
                 object_name: str = "") -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}  # the text's height at each width asked for
        set_enum_property(self, "textFormat", "PlainText")
        self.setWordWrap(wrap)
        if object_name:
            self.setObjectName(object_name)

    def set_text(self, text: str) -> None:
        """Set the text only when it changed (widgets re-render the state many times a second).
        An empty label hides, so it takes no room in its layout."""
        if text != self.text():
            self.setText(text)
            self._follow_text()

    def _follow_text(self) -> None:
        # Showing a label that has no parent yet would open it as a window of its own.
        if self.parentWidget() is not None:
            self.setVisible(bool(self.text()))
        elif not self.text():
            self.hide()

    def changeEvent(self, event: QEvent) -> None:
        # Not event(): every event a label gets would pass through Python, change or not.
        kind = event.type()
        if kind in _LAYOUT_CHANGES:
            self._heights = {}
        elif kind == QEvent.Type.ParentChange:
            self._follow_text()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        """The height of the text wrapped at ``width``. Qt's label lays its text out again at
        every call, and layouts ask for the same widths over and over (the overview's, 534
        times for 165 widths before its first paint): each width's height is kept until the
        text, the font, the style, the margins, the wrapping, the indent or the alignment
        change (see ``event`` and the setters below; a property set by name, as
        enum_properties does, is set before the label is laid out)."""
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:
        self._heights = {}
        super().setText(text)

    def clear(self) -> None:
        self._heights = {}
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self._heights = {}
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:
        self._heights = {}
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:
        self._heights = {}
        super().setIndent(indent)

    def setAlignment(self, alignment: QtCore.Qt.AlignmentFlag) -> None:
        self._heights = {}  # an indent goes on the side the text is aligned to
        super().setAlignment(alignment)

    def set_pixel_size(self, pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> None:
        f = self.font()
        size = max(MIN_PIXEL_SIZE, round(pixel_size))
        if f.pixelSize() != size or f.weight() != weight:
            f.setPixelSize(size)
            f.setWeight(weight)
            self.setFont(f)


class FitLabel(TextLabel):
    """A line that always fits its width: a long text's font shrinks (never under
    MIN_PIXEL_SIZE), then wraps onto more lines; it is never cut short. Its height is one
    full-size line, or ``lines`` small ones if taller, so nothing around it moves when the
    text changes; only a text that needs more lines than that at the smallest size makes it
    taller."""

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "",
                 lines: int = 1) -> None:
        super().__init__(parent, wrap=False, object_name=object_name)
        self.lines = lines
        self._base_px = MIN_PIXEL_SIZE
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        set_enum_property(self, "alignment", "AlignRight|AlignVCenter")

    def set_pixel_size(self, pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> None:
        self._base_px = max(MIN_PIXEL_SIZE, round(pixel_size))
        super().set_pixel_size(self._base_px, weight)
        self._fit()

    def set_text(self, text: str) -> None:
        super().set_text(text)
        self._fit()

    def _follow_text(self) -> None:
        pass  # always there: an empty line keeps its place

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _one_line(self) -> bool:
        width = QFontMetricsF(self.font()).horizontalAdvance(self.text())
        return width <= self.contentsRect().width()

    def shown_text(self) -> str:
        """The text as painted: all of it, always."""
        return self.text()

    def _fit(self) -> None:
        f = self.font()
        f.setPixelSize(self._base_px)
        width = QFontMetricsF(f).horizontalAdvance(self.text())
        room = max(1, self.contentsRect().width())
        if width > room:
            f.setPixelSize(max(MIN_PIXEL_SIZE, int(self._base_px * room / width)))
        if f.pixelSize() != self.font().pixelSize():
            self.setFont(f)
        full = QFont(f)
        full.setPixelSize(self._base_px)
        small = QFont(f)
        small.setPixelSize(MIN_PIXEL_SIZE)
        wrapped = QFontMetricsF(small).boundingRect(
            QRectF(0, 0, room, 1e6), int(QtCore.Qt.TextFlag.TextWordWrap), self.text()).height()
        height = max(QFontMetricsF(full).height(),
                     self.lines * QFontMetricsF(small).lineSpacing(),
                     wrapped if width > room else 0.0)
        if self.height() != round(height) + 4 or self.minimumHeight() != round(height) + 4:
            self.setFixedHeight(round(height) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(self.alignment())
        if not self._one_line():
            flags |= int(QtCore.Qt.TextFlag.TextWordWrap)
        painter.drawText(self.contentsRect(), flags, self.text())
        painter.end()


class ScaledTexts:
    """A screen's labels with their pixel sizes at 1280×800; ``rescale`` follows the window."""

    def __init__(self) -> None:
        self._items: list[tuple[TextLabel, float, QFont.Weight]] = []

    def add(self, text: str, size: float, weight: QFont.Weight = QFont.Weight.Normal,
            object_name: str = "") -> TextLabel:
        label = TextLabel(object_name=object_name)
        label.set_text(text)
        return self.track(label, size, weight)

    def track(self, label: TextLabel, size: float,
              weight: QFont.Weight = QFont.Weight.Normal) -> TextLabel:
        self._items.append((label, size, weight))
        return label

    def __len__(self) -> int:
        return len(self._items)

    def keep_first(self, count: int) -> None:
        """Forget the labels after the first ``count`` (a screen rebuilt its rows)."""
        del self._items[count:]

    def rescale(self, scale: float) -> None:
        for label, size, weight in self._items:
            label.set_pixel_size(size * scale, weight)


class ShrinkLabel(TextLabel):
    """A wrapped text that fits the rectangle its layout gives it. It asks for room for all
    of its text at its own size, and when the layout has less to give, its font shrinks
    (never under MIN_PIXEL_SIZE) until the text fits. It is never cut short: its minimum
    height holds all of its text at the smallest size, so a layout short of room scrolls or
    pages it (see PagedArea) rather than hide any of it."""

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "") -> None:
        super().__init__(parent, wrap=True, object_name=object_name)
        self._base_px = MIN_PIXEL_SIZE
        self._laid_out_width = -1
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_pixel_size(self, pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> None:
        self._base_px = max(MIN_PIXEL_SIZE, round(pixel_size))
        f = self.font()
        f.setPixelSize(self._base_px)
        f.setWeight(weight)
        self.setFont(f)
        self.updateGeometry()
        self._fit()

    def set_text(self, text: str) -> None:
        changed = text != self.text()
        super().set_text(text)
        if changed:
            self.updateGeometry()
            self._fit()

    def hasHeightForWidth(self) -> bool:
        return False  # the height asked for follows the width it has (see sizeHint)

    def _text_height(self, font: QFont, width: float) -> float:
        flags = int(QtCore.Qt.TextFlag.TextWordWrap)
        return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags,
                                                self.text()).height()

    def _margins(self) -> tuple[int, int]:
        box = self.contentsRect()
        return self.width() - box.width(), self.height() - box.height()

    def _height_at(self, pixel_size: int) -> int:
        """The label's height holding all of its text at ``pixel_size``, at its width."""
        f = QFont(self.font())
        f.setPixelSize(pixel_size)
        extra_w, extra_h = self._margins()
        return round(self._text_height(f, max(1, self.width() - extra_w))) + extra_h + 1

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_at(self._base_px))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height_at(MIN_PIXEL_SIZE))

    def shown_text(self) -> str:
        """The text as painted: all of it, always."""
        return self.text()

    def text_height(self) -> float:
        """The height its text takes, wrapped at its width in its font as now."""
        return self._text_height(self.font(), max(1, self.contentsRect().width()))

    def _fit(self) -> None:
        box = self.contentsRect()
        width, height = max(1, box.width()), box.height() + 1
        f = QFont(self.font())
        low, high = MIN_PIXEL_SIZE, self._base_px  # the largest size whose text fits
        while low < high:
            middle = (low + high + 1) // 2
            f.setPixelSize(middle)
            if self._text_height(f, width) <= height:
                low = middle
            else:
                high = middle - 1
        if low != self.font().pixelSize():
            super().set_pixel_size(low, self.font().weight())
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._laid_out_width:
            self._laid_out_width = event.size().width()
            self.updateGeometry()  # the height it asks for follows the width
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QtWidgets.QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QtWidgets.QStyle.PrimitiveElement.PE_Widget, option, painter,
                                   self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(self.alignment()) | int(QtCore.Qt.TextFlag.TextWordWrap)
        painter.drawText(self.contentsRect(), flags, self.text())
        painter.end()

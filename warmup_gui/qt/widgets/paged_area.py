"""A column of texts that pages by itself when it is taller than its room."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from warmup_gui.core.paging import page_at, page_starts
from warmup_gui.qt.widgets.labels import MIN_PIXEL_SIZE, ShrinkLabel


class PagedArea(QWidget):
    """Holds ``content`` (a widget with a layout of ShrinkLabels and others). It asks for
    the content's room and gives way down to ``min_lines`` lines of the smallest type (None:
    to all of the content at its smallest, where a maximum height set above caps it); when
    the content, its texts at their smallest, is taller than the room, one page of whole lines
    shows at a time (``show_page_at`` turns them on the session's clock) and what is below
    the page's last whole line is covered until its own page comes."""

    def __init__(self, content: QWidget, min_lines: int | None = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        content.setParent(self)
        content.installEventFilter(self)
        self.cover = QWidget(self)  # over the lines the page would cut
        self.cover.setObjectName("screen")
        self.cover.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.cover.hide()
        self.min_lines = min_lines
        self.starts = [0.0]
        self.page = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    @staticmethod
    def column(*widgets: QWidget, spacing: int = 6) -> QWidget:
        """A content widget holding ``widgets`` one under the other."""
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(spacing)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return content

    def sizeHint(self) -> QSize:
        return self.content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        if self.min_lines is None:
            return QSize(0, self.content.minimumSizeHint().height())
        small = QFont(self.font())
        small.setPixelSize(MIN_PIXEL_SIZE)
        return QSize(0, round(QFontMetricsF(small).lineSpacing() * self.min_lines))

    def pages(self) -> int:
        return len(self.starts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the texts changed: the room asked for follows
            self._lay_out()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def show_page_at(self, elapsed_s: float) -> None:
        """The page to read ``elapsed_s`` seconds into what is shown (the first when all of
        it fits)."""
        self._lay_out()
        page = page_at(elapsed_s, self.pages())
        if page != self.page:
            self.page = page
            self._place()

    def lines(self) -> list[tuple[float, float]]:
        """Each line of text in the content as (top, bottom); any other widget is one line."""
        spans = []
        for widget in self._widgets():
            if widget.isHidden():
                continue
            if not isinstance(widget, ShrinkLabel):
                spans.append((float(widget.y()), float(widget.y() + widget.height())))
                continue
            box = widget.contentsRect()
            top = widget.y() + box.top()
            count = max(1, round(widget.text_height() / QFontMetricsF(widget.font()).height()))
            step = widget.text_height() / count
            edges = [top + n * step for n in range(count + 1)]
            # The first and last lines take the label's padding (and any box drawn there).
            edges[0], edges[-1] = widget.y(), max(edges[-1], widget.y() + widget.height())
            spans += list(pairwise(edges))
        return spans

    def blocks(self) -> list[tuple[float, float]]:
        """Each text's paragraph in the content as (top, bottom)."""
        return [(float(widget.y()), float(widget.y() + widget.height()))
                for widget in self._widgets()
                if not widget.isHidden() and isinstance(widget, ShrinkLabel)]

    def _widgets(self) -> list[QWidget]:
        layout = self.content.layout()
        items = [layout.itemAt(i) for i in range(layout.count())] if layout is not None else []
        return [widget for item in items if item is not None
                and (widget := item.widget()) is not None]

    def _lay_out(self) -> None:
        width, room = self.width(), self.height()
        # The widths first: the height each text needs follows its width.
        self.content.resize(width, max(room, self.content.height()))
        layout = self.content.layout()
        if layout is not None:
            layout.activate()
        need = self.content.minimumSizeHint().height()
        self.content.resize(width, max(room, need))
        if layout is not None:
            layout.activate()
        self.starts = page_starts(self.lines(), room, self.blocks()) if need > room else [0.0]
        self.page = min(self.page, len(self.starts) - 1)
        self._place()

    def _place(self) -> None:
        start = self.starts[self.page]
        self.content.move(0, -round(start))
        ends = self.starts[self.page + 1] - start if self.page + 1 < len(self.starts) else None
        self.cover.setVisible(ends is not None)
        if ends is not None:
            self.cover.setGeometry(0, round(ends), self.width(), self.height() - round(ends))
            self.cover.raise_()

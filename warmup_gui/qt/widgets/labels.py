"""Labels for routine text: always plain text, so a cue can never become markup."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

# Nothing a person reads is smaller than this, however small the window (visual guide).
MIN_PIXEL_SIZE = 16


class TextLabel(QLabel):
    """A plain-text label with a scalable pixel size and an optional palette role."""

    def __init__(self, parent: QWidget | None = None, *, wrap: bool = True,
                 object_name: str = "") -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
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

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self._follow_text()
        return super().event(event)

    def set_pixel_size(self, pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> None:
        f = self.font()
        size = max(MIN_PIXEL_SIZE, round(pixel_size))
        if f.pixelSize() != size or f.weight() != weight:
            f.setPixelSize(size)
            f.setWeight(weight)
            self.setFont(f)


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

    def keep_first(self, count: int) -> None:
        """Forget the labels after the first ``count`` (a screen rebuilt its rows)."""
        del self._items[count:]

    def rescale(self, scale: float) -> None:
        for label, size, weight in self._items:
            label.set_pixel_size(size * scale, weight)

"""A routine file that cannot be used, opened in the window: every problem with it, said
there (not only on the terminal), and a way on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from warmup_gui.core.loader import Problem
from warmup_gui.qt.style import style_sheet
from warmup_gui.qt.theme import current_theme
from warmup_gui.qt.widgets.labels import TextLabel


class ProblemsWindow(QWidget):
    """The file's problems, one a line as ``file:line: field: what``, in a box that scrolls
    and can be copied from. Enter opens the bundled warm-up instead; Esc or Ctrl+Q closes."""

    open_bundled = Signal()

    def __init__(self, source: Path, problems: list[Problem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setWindowTitle(f"{source.name} cannot be used · warmup-gui")
        self.setStyleSheet(style_sheet(current_theme(), 1.0))
        self.title = TextLabel()
        self.title.set_text(f"{source.name} cannot be used")
        self.title.set_pixel_size(34, QFont.Weight.DemiBold)
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        self.intro = TextLabel(object_name="muted")
        self.intro.set_text(f"{count} in {source}. Fix them in the file and open it again; "
                            "docs/routine-format.md describes every key.")
        self.intro.set_pixel_size(19)
        self.list = QPlainTextEdit()
        self.list.setReadOnly(True)
        self.list.setPlainText("\n".join(str(p) for p in problems))
        self.list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.list.setAccessibleName("Problems with the routine file")
        list_font = self.list.font()
        list_font.setPixelSize(18)
        self.list.setFont(list_font)
        self.bundled_button = QPushButton("Enter  Open the bundled warm-up")
        self.bundled_button.setObjectName("primary")
        self.bundled_button.clicked.connect(self._open_bundled)
        self.close_button = QPushButton("Esc  Close")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.bundled_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(36, 28, 36, 24)
        root.setSpacing(14)
        root.addWidget(self.title)
        root.addWidget(self.intro)
        root.addWidget(self.list, 1)
        root.addLayout(buttons)
        self.chose_bundled = False
        self.resize(1024, 640)

    def _open_bundled(self) -> None:
        self.chose_bundled = True
        self.open_bundled.emit()
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        quit_keys = (key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Q
                     and event.modifiers() & Qt.KeyboardModifier.ControlModifier))
        if quit_keys:
            self.close()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_bundled()
        else:
            super().keyPressEvent(event)

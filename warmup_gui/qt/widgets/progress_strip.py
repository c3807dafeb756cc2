"""A slim strip showing the whole routine: one segment per block of work, the current one lit."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QWidget

from warmup_gui.core.engine import Step, StepKind
from warmup_gui.core.words import Words
from warmup_gui.qt.theme import current_theme

ProgressWords = Words("ProgressWords")


class ProgressStrip(QProgressBar):
    """It paints its own segments; as a progress bar it tells assistive technology how many
    blocks of work are done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(10)
        self._work: list[int] = []  # step indexes of the work blocks
        self._current = 0
        self.setTextVisible(False)
        self.setAccessibleName(ProgressWords.tr("Routine progress"))

    def set_steps(self, steps: tuple[Step, ...]) -> None:
        self._work = [i for i, s in enumerate(steps) if s.kind is StepKind.WORK]
        self.setRange(0, max(1, len(self._work)))
        self._show_done()
        self.update()

    def set_current(self, step_index: int) -> None:
        if step_index != self._current:
            self._current = step_index
            self._show_done()
            self.update()

    def _show_done(self) -> None:
        done = sum(1 for i in self._work if i < self._current)
        self.setValue(done)
        self.setAccessibleDescription(ProgressWords.tr("{done} of {blocks} blocks done").format(
            done=done, blocks=len(self._work)))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._work:
            return
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 3.0
        n = len(self._work)
        seg_w = (self.width() - gap * (n - 1)) / n
        h = float(self.height())
        # Upcoming segments: about 3:1 against the window, visible without competing.
        track = theme.muted.darker(180) if theme.dark else theme.muted.lighter(170)
        for k, index in enumerate(self._work):
            if index < self._current:
                color = theme.accent
            elif index == self._current:
                color = theme.text
            else:
                color = track
            painter.fillRect(QRectF(k * (seg_w + gap), 0, seg_w, h), color)
        painter.end()

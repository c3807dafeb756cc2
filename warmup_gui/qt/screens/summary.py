"""The summary: how long it took and what was done, per exercise."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from warmup_gui.core.engine import Summary
from warmup_gui.core.routine import plural
from warmup_gui.qt.screens.workout import clock_text
from warmup_gui.qt.theme import scale_for
from warmup_gui.qt.widgets.labels import ScaledTexts, TextLabel


class SummaryScreen(QWidget):
    again_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAccessibleName("Summary")
        self.title = TextLabel()
        self.title.set_text("Warm-up done")
        self.time = TextLabel(object_name="accentText")
        self.advice = TextLabel(object_name="safety")  # what symptom scores advise
        self.advice.hide()
        self.save_note = TextLabel(object_name="safety")  # whether history has this session
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(36)
        self.rows.setVerticalSpacing(12)
        self._labels = ScaledTexts()
        self._labels.track(self.title, 44, QFont.Weight.DemiBold)
        self._labels.track(self.time, 28, QFont.Weight.DemiBold)
        self._labels.track(self.advice, 22)
        self._labels.track(self.save_note, 20, QFont.Weight.DemiBold)
        again = QPushButton("Enter  ·  Back to the overview")
        again.setObjectName("primary")
        quit_ = QPushButton("Ctrl+Q  ·  Quit")
        for button in (again, quit_):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        again.clicked.connect(self.again_requested)
        quit_.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_)
        buttons.addWidget(again)
        root = QVBoxLayout(self)
        root.setContentsMargins(48, 40, 48, 32)
        root.setSpacing(18)
        root.addWidget(self.title)
        root.addWidget(self.time)
        root.addWidget(self.save_note)
        root.addSpacing(16)
        root.addLayout(self.rows)
        root.addSpacing(8)
        root.addWidget(self.advice)
        root.addStretch(1)
        root.addLayout(buttons)

    def show_summary(self, summary: Summary, advice: list[str] | None = None,
                     lingering: str = "") -> None:
        """What was done; ``advice``: what this session's symptom scores advise for next time;
        ``lingering``: the routine's word on symptoms that outlast the warm-up."""
        self.title.set_text("Warm-up ended early" if summary.ended_early else "Warm-up done")
        lines = [*(advice or []), lingering]
        self.advice.set_text("\n".join(line for line in lines if line))
        self.advice.setVisible(bool(self.advice.text()))
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._labels.keep_first(3)
        self.time.set_text(f"{clock_text(summary.elapsed_s)} · "
                           f"{plural(summary.rounds, 'round')} · "
                           f"{plural(summary.reps_done, 'rep')}")
        for col, head in enumerate(("Exercise", "Sets", "Reps")):
            self._cell(head, 0, col, 18, QFont.Weight.DemiBold, "muted")
        for row, tally in enumerate(summary.tallies, start=1):
            self._cell(tally.exercise.name, row, 0, 26, QFont.Weight.DemiBold)
            self._cell(f"{tally.sets_done} of {tally.sets_planned}", row, 1, 26)
            self._cell(str(tally.reps_done), row, 2, 26)
        self._rescale()

    def set_save_problem(self, problem: str, was_unsaved: bool = False) -> None:
        """Why this session is not in the history yet, or "" once it is (then, if it had not
        been, a word that it is saved now)."""
        if problem:
            self.save_note.set_text(problem)
        elif was_unsaved and self.save_note.text():
            self.save_note.set_text("Saved now: this session is in the history.")
        else:
            self.save_note.set_text("")

    def _cell(self, text: str, row: int, col: int, size: float,
              weight: QFont.Weight = QFont.Weight.Normal, object_name: str = "") -> None:
        self.rows.addWidget(self._labels.add(text, size, weight, object_name), row, col)

    def _rescale(self) -> None:
        s = scale_for(self.width(), self.height())
        self._labels.rescale(s)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

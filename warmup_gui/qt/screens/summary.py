"""The summary: how the session ended, how long it took, and per exercise (and side) the
reps and sets done, its rating and symptom scores; each "This hurts"; what to do next time.

API for the window:
    show_report(report)          render a SessionReport (again, whenever it changes)
    set_save_problem(problem, was_unsaved=False)
    again_requested()            Enter or "Back to the overview"
    history_requested()          L or the History button
    quit_requested()             the Quit button
    handle_key(key) -> bool      Page Down / Page Up, Home / End scroll; True when used
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from warmup_gui.core.report import Outcome, SessionReport, Tally
from warmup_gui.core.words import Words
from warmup_gui.qt.theme import scale_for
from warmup_gui.qt.widgets.labels import ScaledTexts, TextLabel

# Each outcome's colour role in the style sheet.
_OUTCOME_STYLE = {Outcome.DONE: "accentText", Outcome.PARTLY: "notice",
                  Outcome.SKIPPED: "notice", Outcome.NOT_STARTED: "muted",
                  Outcome.LEFT_OUT: "muted"}
SummaryWords = Words("SummaryWords")


def headings() -> tuple[str, ...]:
    return (SummaryWords.tr("Exercise"), "", SummaryWords.tr("Reps"), SummaryWords.tr("Sets"),
            SummaryWords.tr("Rating"), SummaryWords.tr("Symptoms 0–10"))
NAME_PX, CELL_PX, SIDE_PX, HEAD_PX = 25, 22, 20, 18  # at 1280×800


class SummaryScreen(QWidget):
    """Renders a :class:`SessionReport`; see the module docstring."""

    again_requested = Signal()
    history_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAccessibleName(SummaryWords.tr("Summary"))
        self.report: SessionReport | None = None
        self._labels = ScaledTexts()
        self.title = self._labels.track(TextLabel(), 42, QFont.Weight.DemiBold)
        self.time = self._labels.track(TextLabel(object_name="accentText"), 26,
                                       QFont.Weight.DemiBold)
        self.ended_where = self._labels.track(TextLabel(object_name="muted"), 20)
        self.save_note = self._labels.track(TextLabel(object_name="safety"), 20,
                                            QFont.Weight.DemiBold)
        self.hurts_heading = self._labels.track(TextLabel(object_name="notice"), 20,
                                                QFont.Weight.DemiBold)
        self.hurts = self._labels.track(TextLabel(object_name="notice"), 20)
        self.advice = self._labels.track(TextLabel(object_name="safety"), 20)
        self._fixed_labels = len(self._labels)  # the table's labels come after these
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(28)
        self.rows.setVerticalSpacing(8)
        self.rows.setColumnStretch(0, 1)
        self.cells: list[list[TextLabel]] = []  # the table as shown, a list per row
        self.scroll_area = self._scroll_area()
        self.history_button = QPushButton(SummaryWords.tr("L  ·  History"))
        again = QPushButton(SummaryWords.tr("Enter  ·  Back to the overview"))
        again.setObjectName("primary")
        quit_ = QPushButton(SummaryWords.tr("Ctrl+Q  ·  Quit"))
        for button in (self.history_button, again, quit_):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.history_button.clicked.connect(self.history_requested)
        again.clicked.connect(self.again_requested)
        quit_.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(quit_)
        buttons.addWidget(again)
        root = QVBoxLayout(self)
        root.setContentsMargins(48, 32, 48, 28)
        root.setSpacing(10)
        for label in (self.title, self.time, self.ended_where, self.save_note):
            root.addWidget(label)
        root.addWidget(self.scroll_area, 1)
        root.addLayout(buttons)

    def _scroll_area(self) -> QScrollArea:
        """The table, the "This hurts" lines and the advice, scrolled when they are long."""
        body = QWidget()
        body.setObjectName("screen")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.setSpacing(16)
        layout.addLayout(self.rows)
        hurts = QVBoxLayout()
        hurts.setSpacing(2)
        hurts.addWidget(self.hurts_heading)
        hurts.addWidget(self.hurts)
        layout.addLayout(hurts)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return scroll

    def show_report(self, report: SessionReport) -> None:
        """Render ``report``, in place of what was shown (the scroll position is kept)."""
        self.report = report
        self.title.set_text(report.headline)
        self.time.set_text(report.time_text)
        self.ended_where.set_text(report.ended_where)
        self.hurts_heading.set_text(SummaryWords.tr("Backing off") if report.hurts else "")
        self.hurts.set_text("\n".join(event.text for event in report.hurts))
        self.advice.set_text("\n".join(report.advice))
        self._clear_rows()
        self._row([(head, HEAD_PX, QFont.Weight.DemiBold, "muted") for head in headings()])
        for exercise in report.exercises:
            self._row([*self._tally_cells(exercise.tally, NAME_PX, QFont.Weight.DemiBold),
                       (exercise.rating, CELL_PX, QFont.Weight.Normal, ""),
                       (exercise.symptoms, CELL_PX, QFont.Weight.Normal, "")])
            for side in exercise.sides:
                self._row(self._tally_cells(side, SIDE_PX, QFont.Weight.Normal), indent=True)
            if exercise.ranges:  # measured by camera, for the clinician
                self._row([(exercise.ranges, SIDE_PX, QFont.Weight.Normal, "muted")],
                          indent=True, whole_row=True)
        self._rescale()

    @staticmethod
    def _tally_cells(tally: Tally, name_px: float,
                     weight: QFont.Weight) -> list[tuple[str, float, QFont.Weight, str]]:
        return [(tally.label, name_px, weight, ""),
                (tally.outcome.label, CELL_PX, QFont.Weight.DemiBold,
                 _OUTCOME_STYLE[tally.outcome]),
                (tally.reps_text, CELL_PX, QFont.Weight.Normal, ""),
                (tally.sets_text, CELL_PX, QFont.Weight.Normal, "")]

    def _row(self, cells: list[tuple[str, float, QFont.Weight, str]],
             indent: bool = False, whole_row: bool = False) -> None:
        row = len(self.cells)
        labels = []
        for col, (text, size, weight, style) in enumerate(cells):
            label = self._labels.track(TextLabel(wrap=col in (0, 4), object_name=style),
                                       size, weight)
            # In its place first: a text shown on a label without a parent would open it as a
            # window of its own (the summary is re-rendered while it shows).
            self.rows.addWidget(label, row, col, 1, -1 if whole_row else 1,
                                Qt.AlignmentFlag.AlignTop)
            label.set_text(text)
            if col == 0 and indent:
                label.setIndent(24)
            labels.append(label)
        self.cells.append(labels)

    def _clear_rows(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, though deleted only when the loop next turns
                widget.deleteLater()
        self._labels.keep_first(self._fixed_labels)
        self.cells = []

    def set_save_problem(self, problem: str, was_unsaved: bool = False) -> None:
        """Why this session is not in the history yet, or "" once it is (then, if it had not
        been, a word that it is saved now)."""
        if problem:
            self.save_note.set_text(problem)
        elif was_unsaved and self.save_note.text():
            self.save_note.set_text(SummaryWords.tr("Saved now: this session is in the history."))
        else:
            self.save_note.set_text("")

    def handle_key(self, key: int) -> bool:
        bar = self.scroll_area.verticalScrollBar()
        moves = {Qt.Key.Key_PageDown: bar.value() + bar.pageStep(),
                 Qt.Key.Key_PageUp: bar.value() - bar.pageStep(),
                 Qt.Key.Key_Home: bar.minimum(), Qt.Key.Key_End: bar.maximum()}
        if key not in moves:
            return False
        bar.setValue(moves[Qt.Key(key)])
        return True

    def _rescale(self) -> None:
        s = scale_for(self.width(), self.height())
        self._labels.rescale(s)
        self.rows.setHorizontalSpacing(round(28 * s))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

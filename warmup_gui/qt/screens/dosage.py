"""Adjusting the dosage for one patient: sets, reps and rest per exercise, and the rounds of
the circuit with the rest between them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from warmup_gui.core.handout_details import HandoutDetails
from warmup_gui.core.routine import Routine
from warmup_gui.core.words import Words
from warmup_gui.core.writer import (
    MAX_REST_S,
    MAX_ROUNDS,
    allowing_rounds,
    apply_dosage,
    reps_between,
)
from warmup_gui.qt.theme import current_theme, scale_for
from warmup_gui.qt.widgets.labels import ScaledTexts, TextLabel

DosageWords = Words("DosageWords")


class DosageScreen(QWidget):
    """Spin boxes for each exercise and for the rounds; ``routine()`` is the routine with the
    changes applied, ``rounds()`` the rounds for this patient (the overview's choice when the
    screen opens: see ``show_rounds``). The breathing pattern is chosen on the overview."""

    done = Signal()
    save_requested = Signal()
    handout_requested = Signal()
    print_requested = Signal()

    def __init__(self, routine: Routine, details: HandoutDetails | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAccessibleName(DosageWords.tr("Adjust for this patient"))
        self.base = routine
        self._texts = ScaledTexts()
        self.spins: dict[str, dict[str, QSpinBox]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(14)
        heads = (DosageWords.tr("Exercise"), DosageWords.tr("Sets"), DosageWords.tr("Reps from"),
                 DosageWords.tr("to", "reps from … to"), DosageWords.tr("Rest after a set"))
        for col, head in enumerate(heads):
            grid.addWidget(self._text(head, 18, QFont.Weight.DemiBold, "muted"), 0, col)
        seconds = DosageWords.tr(" s", "seconds after a number")
        for row, ex in enumerate(routine.exercises, start=1):
            grid.addWidget(self._text(ex.name, 24, QFont.Weight.DemiBold), row, 0)
            spins = {
                "sets": self._spin(1, 20, ex.sets),
                "low": self._spin(1, 200, ex.reps.low),
                "high": self._spin(1, 200, ex.reps.high),
                "rest": self._spin(0, round(MAX_REST_S), round(ex.rest_s), step=5,
                                   suffix=seconds),
            }
            for col, spin in enumerate(spins.values(), start=1):
                grid.addWidget(spin, row, col)
            self.spins[ex.id] = spins
        # The whole circuit: how many times, and the rest between rounds, under the sets and
        # the rest after a set.
        row = len(routine.exercises) + 1
        self.rounds_spin = self._spin(1, MAX_ROUNDS, routine.rounds.low)
        self.round_rest_spin = self._spin(0, round(MAX_REST_S), round(routine.round_rest_s),
                                          step=5, suffix=seconds)
        grid.addWidget(self._text(DosageWords.tr("Rounds of the circuit"), 24,
                                  QFont.Weight.DemiBold), row, 0)
        grid.addWidget(self.rounds_spin, row, 1)
        rest_label = self._text(DosageWords.tr("Rest between rounds"), 18, object_name="muted")
        rest_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(rest_label, row, 2, 1, 2)
        grid.addWidget(self.round_rest_spin, row, 4)
        grid.setColumnStretch(0, 1)
        self.fields: dict[str, QLineEdit] = {}
        handout = QGridLayout()
        handout.setHorizontalSpacing(16)
        handout.setVerticalSpacing(10)
        known = details or HandoutDetails()
        for i, (key, label, value, placeholder) in enumerate((
                ("patient", DosageWords.tr("Patient"), known.patient,
                 DosageWords.tr("name on the handout")),
                ("clinician", DosageWords.tr("Clinician"), known.clinician,
                 DosageWords.tr("you (remembered)")),
                ("clinic", DosageWords.tr("Clinic"), known.clinic, DosageWords.tr("remembered")),
                ("how_often", DosageWords.tr("How often"), known.how_often,
                 DosageWords.tr("e.g. before each run")))):
            edit = QLineEdit(value)
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(80)
            self.fields[key] = edit
            handout.addWidget(self._text(label, 20, object_name="muted"), i // 2, (i % 2) * 2)
            handout.addWidget(edit, i // 2, (i % 2) * 2 + 1)
        handout.setColumnStretch(1, 1)
        handout.setColumnStretch(3, 1)
        self.large_print = QCheckBox(DosageWords.tr("Large print"))
        self.large_print.setChecked(known.large_print)
        self.large_print.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        handout.addWidget(self.large_print, 2, 1)
        title = self._text(DosageWords.tr("Adjust for this patient"), 40, QFont.Weight.DemiBold)
        hint = self._text(DosageWords.tr(
            "Changes apply to this session; save them as a routine to keep them."),
            20, object_name="muted")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for text, signal, primary in (
                (DosageWords.tr("Ctrl+S  ·  Save as routine…"), self.save_requested, False),
                (DosageWords.tr("Ctrl+P  ·  Handout PDF…"), self.handout_requested, False),
                (DosageWords.tr("Ctrl+Shift+P  ·  Print…"), self.print_requested, False),
                (DosageWords.tr("Enter  ·  Done"), self.done, True)):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if primary:
                button.setObjectName("primary")
            button.clicked.connect(signal)
            buttons.addWidget(button)
        root = QVBoxLayout(self)
        root.setContentsMargins(48, 36, 48, 32)
        root.setSpacing(18)
        root.addWidget(title)
        root.addWidget(hint)
        root.addSpacing(12)
        root.addLayout(grid)
        root.addSpacing(12)
        root.addWidget(self._text(DosageWords.tr("On the handout"), 22, QFont.Weight.DemiBold))
        root.addLayout(handout)
        root.addStretch(1)
        root.addLayout(buttons)

    def _text(self, text: str, size: float, weight: QFont.Weight = QFont.Weight.Normal,
              object_name: str = "") -> TextLabel:
        return self._texts.add(text, size, weight, object_name)

    @staticmethod
    def _spin(low: int, high: int, value: int, step: int = 1, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setValue(value)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        # A value counts once typed in full: "12" is never taken as 1 on its way.
        spin.setKeyboardTracking(False)
        return spin

    def show_rounds(self, rounds: int) -> None:
        """Start from the rounds chosen on the overview."""
        self.rounds_spin.setValue(rounds)

    def rounds(self) -> int:
        return self.rounds_spin.value()

    def routine(self) -> Routine:
        """The routine with this patient's dosage; it allows the rounds set here."""
        routine = allowing_rounds(self.base, self.rounds(), float(self.round_rest_spin.value()))
        for exercise_id, spins in self.spins.items():
            routine = apply_dosage(
                routine, exercise_id, sets=spins["sets"].value(),
                reps=reps_between(spins["low"].value(), spins["high"].value()),
                rest_s=float(spins["rest"].value()))
        return routine

    def details(self) -> HandoutDetails:
        """What goes on the handout besides the routine, as typed here."""
        values = {key: " ".join(edit.text().split()) for key, edit in self.fields.items()}
        return HandoutDetails(large_print=self.large_print.isChecked(), **values)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.done.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        s = scale_for(self.width(), self.height())
        self._texts.rescale(s)
        for spins in (*self.spins.values(), {"rounds": self.rounds_spin,
                                             "rest": self.round_rest_spin}):
            for spin in spins.values():
                f = spin.font()
                f.setPixelSize(round(24 * s))  # the numbers being set: as large as the names
                spin.setFont(f)
                spin.lineEdit().setFont(f)  # the style sheet keeps it from inheriting
                spin.setMinimumWidth(round(130 * s))
        theme = current_theme()
        for widget in (*self.fields.values(), self.large_print):
            f = widget.font()
            f.setPixelSize(max(16, round(20 * s)))
            widget.setFont(f)
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.PlaceholderText, theme.muted)
            widget.setPalette(palette)


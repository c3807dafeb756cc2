"""Choosing the breathing pattern held at an exercise's end pose: presets or custom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warmup_gui.core.breathing import PRESETS, drops_holds
from warmup_gui.core.routine import Breath
from warmup_gui.core.words import Words
from warmup_gui.qt.enum_properties import set_enum_property
from warmup_gui.qt.settings import CustomBreath, Settings
from warmup_gui.qt.widgets.labels import TextLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDoubleSpinBox

ROUTINE = "routine"
CUSTOM = "custom"
BreathPickerWords = Words("BreathPickerWords")


class BreathPicker(QWidget):
    """A row of choices, and under it the seconds of each phase while Custom is chosen; the
    choice and the custom seconds are remembered in Settings. ``pattern()`` is the chosen
    Breath, or None for the routine's own pattern."""

    changed = Signal()

    def __init__(self, settings: Settings, routine_pattern: Breath | None,
                 exercises: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        """``exercises``: the names of the exercises this choice is for, where a routine's
        exercises breathe differently (none: the choice is for the whole routine)."""
        super().__init__(parent)
        self.settings = settings
        self.routine_pattern = routine_pattern
        self.exercises = exercises
        self.label = TextLabel()  # wraps where a long name leaves no room beside the choices
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        column.addLayout(row)
        row.addWidget(self.label, 1)
        own = (BreathPickerWords.tr("Routine {pattern}").format(pattern=routine_pattern)
               if routine_pattern else BreathPickerWords.tr("Routine"))
        # A preset that is the routine's own pattern would be the same choice twice.
        presets = [name for name, breath in PRESETS.items() if routine_pattern is None
                   or not breath.same_pattern(routine_pattern)]
        self._names = [ROUTINE, *presets, CUSTOM]
        captions = [own, *(name.replace("box ", BreathPickerWords.tr("Box ")) for name in presets),
                    BreathPickerWords.tr("Custom")]
        for i, caption in enumerate(captions):
            button = QPushButton(caption)
            button.setCheckable(True)
            set_enum_property(button, "focusPolicy", "TabFocus")
            self.group.addButton(button, i)
            row.addWidget(button)
        self.spins: dict[str, QDoubleSpinBox] = {}  # made when Custom is first chosen
        self._spin_row = QHBoxLayout()
        self._spin_row.setSpacing(10)
        self._spin_row.addStretch(1)
        column.addLayout(self._spin_row)
        chosen = settings.breath_preset
        index = self._names.index(chosen) if chosen in self._names else 0
        self.group.button(index).setChecked(True)
        self.group.idClicked.connect(self._on_chosen)
        self._show_spins()

    def label_text(self) -> str:
        """'Breathing in the end position of each rep' (for the exercises it is chosen for,
        if not the whole routine); said when the choice leaves out the pattern's holds, so a
        box pattern is never replaced without a word."""
        own = self.routine_pattern
        if own is None:
            return BreathPickerWords.tr("Breathing")
        if self.exercises:
            text = BreathPickerWords.tr("Breathing for {exercises} {where}").format(
                exercises=BreathPickerWords.tr(", ").join(self.exercises), where=own.where)
        else:
            text = BreathPickerWords.tr("Breathing {where}").format(where=own.where)
        if drops_holds(own, self.pattern()):
            text += (BreathPickerWords.tr(" · without its holds ({pattern})") if self.exercises
                     else BreathPickerWords.tr(" · without the routine's holds ({pattern})")
                     ).format(pattern=own)
        return text

    def choice(self) -> str:
        return self._names[max(0, self.group.checkedId())]

    def pattern(self) -> Breath | None:
        name = self.choice()
        if name == ROUTINE:
            return None
        if name == CUSTOM:
            seconds = {field: spin.value() for field, spin in self.spins.items()}
            return Breath(inhale_s=seconds["inhale_s"], exhale_s=seconds["exhale_s"],
                          hold_in_s=seconds["hold_in_s"], hold_out_s=seconds["hold_out_s"])
        return PRESETS[name]

    def _on_chosen(self, index: int) -> None:
        self.settings.breath_preset = self._names[index]
        self._show_spins()
        self.changed.emit()

    def _on_custom_changed(self) -> None:
        self.settings.custom_breath = CustomBreath(
            **{field: spin.value() for field, spin in self.spins.items()})
        self.label.set_text(self.label_text())
        self.changed.emit()

    def _show_spins(self) -> None:
        if self.choice() == CUSTOM and not self.spins:
            self._make_spins()
        for spin in self.spins.values():
            spin.setVisible(self.choice() == CUSTOM)
        self.label.set_text(self.label_text())

    def _make_spins(self) -> None:
        from PySide6.QtWidgets import QDoubleSpinBox  # its class is built when Custom is chosen

        custom = self.settings.custom_breath
        phases = (("inhale_s", BreathPickerWords.tr("In", "breathing in")),
                  ("hold_in_s", BreathPickerWords.tr("Hold", "holding the breath")),
                  ("exhale_s", BreathPickerWords.tr("Out", "breathing out")),
                  ("hold_out_s", BreathPickerWords.tr("Hold", "holding the breath")))
        for field, caption in phases:
            spin = QDoubleSpinBox()
            spin.setRange(0.0 if "hold" in field else 1.0, 20.0)
            spin.setDecimals(0)
            spin.setSuffix(" s")
            spin.setPrefix(f"{caption} ")
            spin.setValue(getattr(custom, field))
            spin.valueChanged.connect(self._on_custom_changed)
            self.spins[field] = spin
            self._spin_row.insertWidget(self._spin_row.count() - 1, spin)  # before the stretch
        self._size_spins()

    def _size_spins(self) -> None:
        """The seconds in the type of the words beside them (the style sheet keeps a spin
        box's text from inheriting it)."""
        font = self.label.font()
        for spin in self.spins.values():
            spin.setFont(font)
            spin.lineEdit().setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_spins()

"""The overview: what the warm-up holds, what it needs, how long it takes; then start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from warmup_gui.core.breathing import breath_groups, chosen_breaths
from warmup_gui.core.plan import SessionPlan, rounds_choice
from warmup_gui.core.routine import Routine
from warmup_gui.core.words import Words
from warmup_gui.qt.enum_properties import set_enum_property
from warmup_gui.qt.settings import RANGES_TO_TOP, Settings
from warmup_gui.qt.theme import scale_for
from warmup_gui.qt.widgets.breath_picker import BreathPicker
from warmup_gui.qt.widgets.exercise_thumbnail import ExerciseThumbnail
from warmup_gui.qt.widgets.labels import ScaledTexts, TextLabel

OverviewWords = Words("OverviewWords")


def safety_text(routine: Routine) -> str:
    """The routine's precautions and red flags, a line each (symptoms that linger are for
    the summary and the handout, after the warm-up)."""
    safety = routine.safety
    lines = [" ".join(safety.precautions),
             OverviewWords.tr("Red flags: {flags}").format(flags=safety.red_flags_line)
             if safety.red_flags_line else ""]
    return "\n".join(line for line in lines if line)


class OverviewScreen(QWidget):
    """Shows the routine and lets the user pick the number of rounds; emits ``start_requested``."""

    start_requested = Signal()
    skip_changed = Signal(list, bool)  # exercise ids, skip (True) or bring back (False)
    resume_requested = Signal()

    def __init__(self, routine: Routine, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAccessibleName(OverviewWords.tr("Overview"))
        self.routine = routine
        self.settings = settings
        self.rounds = rounds_choice(routine, settings.rounds)
        # One choice of breathing for the routine, or one for each pattern where its
        # exercises breathe differently: a pattern is never replaced by another's choice.
        self.breath_groups = breath_groups(routine)
        several = len(self.breath_groups) > 1
        self.breaths = tuple(
            BreathPicker(settings.for_exercise(group.key), group.pattern,
                         group.names if several else ())
            for group in self.breath_groups) or (BreathPicker(settings, None),)
        self.breath = self.breaths[0]  # the routine's only one, unless they differ
        for picker in self.breaths:
            picker.changed.connect(self._on_breath_changed)
        self.reduced_motion = QPushButton(OverviewWords.tr("Reduced motion"))
        self.reduced_motion.setCheckable(True)
        set_enum_property(self.reduced_motion, "focusPolicy", "TabFocus")
        self.reduced_motion.setChecked(settings.reduced_motion)
        self.reduced_motion.toggled.connect(self._on_reduced_motion_toggled)
        self.title = TextLabel()
        self.title.set_text(routine.title)
        self.description = TextLabel(object_name="muted")
        self.description.set_text(routine.description)
        self._texts = ScaledTexts()
        self.marks: dict[str, TextLabel] = {}
        self.dosage_labels: dict[str, TextLabel] = {}
        # Each exercise's still picture: its place kept now, the picture given after the
        # first paint, once the figures are solved (MainWindow.show_exercise_pictures).
        self.thumbnails: dict[str, ExerciseThumbnail] = {}
        self.skipped: set[str] = set()
        self.suggested: list[str] = []
        self.offer_text = self._text("", 19, object_name="safety")
        self.note = self._text("", 18, object_name="muted")  # e.g. a history file kept aside
        self.offer_button = QPushButton(OverviewWords.tr("K  Skip"))
        set_enum_property(self.offer_button, "focusPolicy", "TabFocus")
        self.offer_button.clicked.connect(self.toggle_offer)
        self.offer_button.hide()
        # A workout cut off mid-way (the app closed or killed): what and where, and R.
        self.resume_text = self._text("", 19, QFont.Weight.DemiBold, "accentText")
        self.resume_button = QPushButton("R  Resume")
        set_enum_property(self.resume_button, "focusPolicy", "NoFocus")
        self.resume_button.clicked.connect(self.resume_requested)
        self.resume_button.hide()
        self.resume_text.hide()
        self.round_buttons = QButtonGroup(self)
        self.start_button = QPushButton(OverviewWords.tr("Start  ·  Enter"))
        self.start_button.setObjectName("primary")
        set_enum_property(self.start_button, "focusPolicy", "TabFocus")
        self.start_button.clicked.connect(self.start_requested)
        self._build()
        self.set_rounds(self.rounds)

    def _text(self, text: str, size: float, weight: QFont.Weight = QFont.Weight.Normal,
              object_name: str = "") -> TextLabel:
        return self._texts.add(text, size, weight, object_name)

    def _build(self) -> None:
        routine = self.routine
        self._texts.track(self.title, 40, QFont.Weight.DemiBold)
        self._texts.track(self.description, 20)
        exercises = QGridLayout()
        exercises.setHorizontalSpacing(24)
        exercises.setVerticalSpacing(10)
        for row, ex in enumerate(routine.exercises):
            number = self._text(f"{row + 1}", 26, QFont.Weight.DemiBold, "accentText")
            set_enum_property(number, "alignment", "AlignLeft|AlignTop")  # beside the name
            exercises.addWidget(number, row, 0)
            block = QVBoxLayout()
            block.setSpacing(2)
            block.addWidget(self._text(ex.name, 26, QFont.Weight.DemiBold))
            self.dosage_labels[ex.id] = self._text(f"{ex.dosage} · {ex.summary}", 18,
                                                   object_name="muted")
            block.addWidget(self.dosage_labels[ex.id])
            mark = self._text("", 18, QFont.Weight.DemiBold, "accentText")
            mark.hide()
            self.marks[ex.id] = mark
            block.addWidget(mark)
            self.thumbnails[ex.id] = ExerciseThumbnail()
            picture = QVBoxLayout()  # at the top of its row, beside the name
            picture.addWidget(self.thumbnails[ex.id])
            picture.addStretch(1)
            exercises.addLayout(picture, row, 1)
            exercises.addLayout(block, row, 2)
        exercises.setColumnStretch(2, 1)

        equipment = QVBoxLayout()
        equipment.setSpacing(6)
        equipment.addWidget(self._text(OverviewWords.tr("You need"), 22, QFont.Weight.DemiBold))
        for item in routine.equipment:
            equipment.addWidget(self._text(f"• {item.line}", 18))

        rounds_row = QHBoxLayout()
        rounds_row.setSpacing(10)
        rounds_label = self._text(OverviewWords.tr("Rounds of the circuit"), 20)
        rounds_label.setWordWrap(False)
        rounds_row.addWidget(rounds_label)
        self._rounds_row = rounds_row
        self._add_round_buttons()
        self.round_buttons.idClicked.connect(self.set_rounds)
        rounds_row.addStretch(1)
        rounds_row.addWidget(self.start_button)

        equipment.addStretch(1)
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(48)
        columns.addLayout(exercises, 62)
        columns.addLayout(equipment, 38)
        # A long routine scrolls: the title above and the choices below stay in place.
        listing = QWidget()
        listing.setObjectName("screen")
        # Given to the scroll area empty: with its texts in it, the scroll area would measure
        # them all at their unscaled size (see MainWindow._style_ahead).
        self.listing = QScrollArea()
        self.listing.setWidgetResizable(True)
        self.listing.setWidget(listing)
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        column.addWidget(self.description)
        column.addLayout(columns)
        # The routine's own safety texts: before starting, and the signs it is not working.
        self.safety = self._text(safety_text(routine), 18, object_name="safety")
        column.addWidget(self.safety)
        column.addStretch(1)
        self._listing_column = column
        self.listing.setFrameShape(QScrollArea.Shape.NoFrame)
        set_enum_property(self.listing, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum_property(self.listing, "focusPolicy", "NoFocus")

        root = QVBoxLayout(self)
        self._root = root
        root.setContentsMargins(48, 36, 48, 32)
        root.setSpacing(18)
        root.addWidget(self.title)
        root.addWidget(self.listing, 1)
        root.addWidget(self.note)
        offer = QHBoxLayout()
        offer.addWidget(self.offer_text, 1)
        offer.addWidget(self.offer_button)
        offer.addWidget(self.resume_text, 1)  # a row of its own would crowd a small screen
        offer.addWidget(self.resume_button)
        root.addLayout(offer)
        if self.breath_groups:
            breath_row = QHBoxLayout()
            pickers = QVBoxLayout()
            for picker in self.breaths:
                pickers.addWidget(picker)
                self._texts.track(picker.label, 20, QFont.Weight.Normal)
            breath_row.addLayout(pickers, 1)
            motion = QVBoxLayout()  # the switch at the top of the row, however many pickers
            motion.addWidget(self.reduced_motion)
            motion.addStretch(1)
            breath_row.addLayout(motion)
            root.addLayout(breath_row)
        root.addLayout(rounds_row)

    def set_rounds(self, rounds: int) -> None:
        """Choose the rounds of the circuit (remembered for next time)."""
        if not self.routine.rounds.low <= rounds <= self.routine.rounds.high:
            return
        if rounds != self.rounds:
            self.settings.rounds = rounds
        self.rounds = rounds
        button = self.round_buttons.button(rounds)
        if button is not None:
            button.setChecked(True)  # each button's time is the same whichever is chosen

    def _add_round_buttons(self) -> None:
        """A button for each number of rounds the routine allows, after the row's label."""
        for i, (n, text) in enumerate(self.plan().round_options(), start=1):
            button = QPushButton(text)
            button.setCheckable(True)
            set_enum_property(button, "focusPolicy", "TabFocus")
            button.setToolTip(OverviewWords.tr("Press {key}").format(key=n))
            self.round_buttons.addButton(button, n)
            self._rounds_row.insertWidget(i, button)

    def set_routine(self, routine: Routine) -> None:
        """The same exercises with a clinician's dosage for this patient (the rounds it
        allows may differ: their buttons follow)."""
        offered = self.routine.rounds
        self.routine = routine
        for ex in routine.exercises:
            self.dosage_labels[ex.id].set_text(f"{ex.dosage} · {ex.summary}")
        if routine.rounds != offered:
            for button in self.round_buttons.buttons():
                self.round_buttons.removeButton(button)
                button.deleteLater()
            self._add_round_buttons()
            self.set_rounds(min(max(self.rounds, routine.rounds.low), routine.rounds.high))
        self._update_estimate()

    def plan(self) -> SessionPlan:
        """What is chosen here, as the core's plan for the session."""
        chosen = {group.key: picker.pattern()
                  for group, picker in zip(self.breath_groups, self.breaths, strict=False)}
        return SessionPlan(self.routine, self.rounds, chosen_breaths(self.breath_groups, chosen),
                           frozenset(self.skipped), self.settings.get(RANGES_TO_TOP))

    def session_routine(self) -> Routine:
        return self.plan().session_routine()

    def set_personal(self, gold: set[str], suggested: list[str], skipped: set[str]) -> None:
        """What history says about this person: gold exercises are marked; exercises rated
        garbage twice in a row are offered to skip (K), and skipped ones can come back (K)."""
        names = {ex.id: ex.name for ex in self.routine.exercises}
        kept = [i for i in names if i not in skipped]
        self.skipped = set(skipped) if kept else set()
        self.suggested = [i for i in suggested if i not in self.skipped and i in names]
        for exercise_id, mark in self.marks.items():
            text = OverviewWords.tr("Skipped for you") if exercise_id in self.skipped else \
                OverviewWords.tr("Gold for you") if exercise_id in gold else ""
            mark.set_text(text)
        if self.suggested:
            listed = OverviewWords.tr(" and ").join(names[i] for i in self.suggested)
            self.offer_text.set_text(OverviewWords.tr(
                "You rated {exercises} garbage twice in a row. Skip it from now on?").format(
                    exercises=listed))
            self.offer_button.setText(OverviewWords.tr("K  Skip it"))
        elif self.skipped:
            listed = OverviewWords.tr(" and ").join(names[i] for i in names if i in self.skipped)
            self.offer_text.set_text(OverviewWords.tr("Skipping {exercises}, as you chose.").format(
                exercises=listed))
            self.offer_button.setText(OverviewWords.tr("K  Bring it back"))
        else:
            self.offer_text.set_text("")
        self.offer_button.setVisible(bool(self.suggested or self.skipped))
        self._update_estimate()

    def set_resume(self, text: str) -> None:
        """Offer to resume a workout cut off mid-way (``text`` says what and where), or not
        ("")."""
        self.resume_text.set_text(text)
        self.resume_text.setVisible(bool(text))
        self.resume_button.setVisible(bool(text))
        # Enter starts a new workout either way; with R on offer, it says so.
        self.start_button.setText(OverviewWords.tr("Start afresh  ·  Enter") if text
                                  else OverviewWords.tr("Start  ·  Enter"))

    def toggle_offer(self) -> None:
        """K: accept the skip offer, or bring skipped exercises back."""
        if self.suggested:
            self.skip_changed.emit(self.suggested, True)
        elif self.skipped:
            self.skip_changed.emit(sorted(self.skipped), False)

    def _update_estimate(self) -> None:
        """Each round button says how long that many rounds take, with this plan."""
        for n, text in self.plan().round_options():
            button = self.round_buttons.button(n)
            if button is not None:
                button.setText(text)

    def _on_breath_changed(self) -> None:
        self._update_estimate()

    def _on_reduced_motion_toggled(self, on: bool) -> None:
        self.settings.reduced_motion = on

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scale_to(self.width(), self.height())

    def scale_to(self, width: int, height: int) -> None:
        """Type, pictures, margins and gaps for a screen of ``width`` × ``height``."""
        s = scale_for(width, height)
        self._texts.rescale(s)
        for thumbnail in self.thumbnails.values():
            thumbnail.set_scale(s)
        # Margins and gaps shrink with the type, so a small window keeps room for the text.
        self._root.setContentsMargins(round(48 * s), round(28 * s), round(48 * s), round(24 * s))
        self._root.setSpacing(round(12 * s))
        self._listing_column.setSpacing(round(12 * s))

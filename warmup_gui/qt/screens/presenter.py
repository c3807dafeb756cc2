"""Presenter view: a clinician shows each exercise to a patient, big and moving, on demand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QFont, QIcon, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from warmup_gui.core.demo import DemoBlock, demo_blocks, first_block_of
from warmup_gui.core.engine import rep_cue, rep_motion
from warmup_gui.core.figure_motion import moment
from warmup_gui.core.routine import Routine
from warmup_gui.core.words import Words
from warmup_gui.qt.theme import scale_for
from warmup_gui.qt.widgets.illustration import IllustrationView, still_pixmap
from warmup_gui.qt.widgets.labels import TextLabel
from warmup_gui.qt.widgets.pacer import PacerWidget
from warmup_gui.qt.widgets.rep_counter import RepCounter

PresenterWords = Words("PresenterWords")


class DemoAnimation(QVariantAnimation):
    """Loops one rep of the shown exercise on Qt's animation clock: seconds into the rep."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setStartValue(0.0)
        self.setLoopCount(-1)

    def set_rep_seconds(self, seconds: float) -> None:
        self.setEndValue(float(seconds))
        self.setDuration(max(1, round(seconds * 1000)))


class PresenterScreen(QWidget):
    """Shows one demo block at a time; number keys jump to an exercise, arrows step through
    positions and sides. Counters are hidden unless the clinician wants them."""

    leave_requested = Signal()

    def __init__(self, routine: Routine, routine_dir: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAccessibleName(PresenterWords.tr("Presenter view"))
        self.blocks: tuple[DemoBlock, ...] = ()
        self.index = 0
        self.count = 0
        self.routine_dir = routine_dir
        self.picture = IllustrationView()
        self.picture.set_routine_dir(routine_dir)
        self.pacer = PacerWidget(self.picture)
        self.pacer.hide()
        self.name = TextLabel()
        self.position = TextLabel(object_name="accentText")
        self.cue = TextLabel()
        self.dosage = TextLabel(object_name="muted")
        self.safety = TextLabel(object_name="safety")
        self.counter = RepCounter()
        self.counter.hide()
        self.list_panel = QWidget()
        self.list_panel.setObjectName("screen")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.rows = QButtonGroup(self)
        self.rows.idClicked.connect(self.show_block)
        self._list_labels: list[TextLabel] = []
        self.animation = DemoAnimation(self)
        self.animation.valueChanged.connect(self._on_time)
        self._build()
        self.set_routine(routine)

    def _build(self) -> None:
        text = QVBoxLayout()
        text.setSpacing(6)
        for label in (self.name, self.position, self.cue, self.dosage):
            text.addWidget(label)
        bottom = QHBoxLayout()
        bottom.addLayout(text, 1)
        bottom.addWidget(self.counter)
        stage = QVBoxLayout()
        stage.setSpacing(14)
        stage.addWidget(self.picture, 1)
        stage.addLayout(bottom)
        stage.addWidget(self.safety)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        root = QHBoxLayout(self)
        root.setContentsMargins(28, 24, 28, 24)
        root.setSpacing(28)
        root.addWidget(self.list_panel, 22)
        root.addLayout(stage, 78)

    def set_routine(self, routine: Routine) -> None:
        """Show this routine's blocks (a clinician may have changed the dosage)."""
        blocks = demo_blocks(routine)
        if blocks == self.blocks:
            return
        self.blocks = blocks
        for button in self.rows.buttons():
            self.rows.removeButton(button)
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._list_labels = []
        last_exercise = -1
        for i, block in enumerate(self.blocks):
            if block.exercise_index != last_exercise:
                last_exercise = block.exercise_index
                header = TextLabel()
                header.set_text(f"{block.exercise_index + 1}  {block.exercise.name}")
                self._list_labels.append(header)
                self.list_layout.addSpacing(8)
                self.list_layout.addWidget(header)
            row = QPushButton(block.label or PresenterWords.tr("Show"))
            row.setCheckable(True)
            row.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.setObjectName("listRow")
            self.rows.addButton(row, i)
            self.list_layout.addWidget(row)
        self.list_layout.addStretch(1)
        self.show_block(min(self.index, len(self.blocks) - 1))
        self._rescale()

    # --- what the keys do --------------------------------------------------------------------
    def show_block(self, index: int) -> None:
        if not 0 <= index < len(self.blocks):
            return
        self.index = index
        self.count = 0
        block = self.blocks[index]
        button = self.rows.button(index)
        if button is not None:
            button.setChecked(True)
        exercise = block.exercise
        self.name.set_text(exercise.name)
        self.position.set_text(block.label)
        if exercise.breath:
            self.dosage.set_text(PresenterWords.tr("{dosage} · breathe {breath} {where}").format(
                dosage=exercise.dosage, breath=exercise.breath, where=exercise.breath.where))
        else:
            self.dosage.set_text(exercise.dosage)
        self.safety.set_text(exercise.safety)
        self.picture.set_illustration(block.illustration, block.mirrored)
        self._show_count()
        running = self.animation.state() is QVariantAnimation.State.Running
        self.animation.stop()
        self.animation.set_rep_seconds(exercise.rep_s)
        self._on_time(0.0)
        if running or self.isVisible():
            self.animation.start()

    def jump_to_exercise(self, number: int) -> None:
        """Number keys: 1 is the first exercise."""
        index = first_block_of(self.blocks, number - 1)
        if index is not None:
            self.show_block(index)

    def next_block(self) -> None:
        self.show_block(self.index + 1)

    def previous_block(self) -> None:
        self.show_block(self.index - 1)

    def toggle_counters(self) -> None:
        self.counter.setVisible(not self.counter.isVisible())

    def count_rep(self) -> None:
        if self.counter.isVisible():
            self.count += 1
            self._show_count()

    def undo_rep(self) -> None:
        if self.counter.isVisible() and self.count > 0:
            self.count -= 1
            self._show_count()

    def _show_count(self) -> None:
        self.counter.show_value(str(self.count),
                                PresenterWords.tr("rep(s)", "under the rep count", self.count))

    # --- motion -------------------------------------------------------------------------------
    def _on_time(self, seconds: float) -> None:
        block = self.blocks[self.index]
        motion = rep_motion(block.exercise, float(seconds))
        self.picture.show_moment(moment(motion.phase, motion.progress, motion.breath))
        if motion.breath is not None:
            self.pacer.show_point(motion.breath)
            self.pacer.show()
        else:
            self.pacer.hide()
        self.cue.set_text(rep_cue(block.exercise, motion.phase, motion.breath is not None))

    def event(self, event: QEvent) -> bool:
        # The demo moves only while it can be seen.
        if event.type() == QEvent.Type.Show:
            self.animation.start()
        elif event.type() == QEvent.Type.Hide:
            self.animation.stop()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _set_thumbnails(self, size: QSize) -> None:
        """Each row shows its exercise's end pose with the motion arrow, at ``size``."""
        ratio = self.devicePixelRatioF()
        for row in self.rows.buttons():
            if row.iconSize() == size and not row.icon().isNull():
                continue
            block = self.blocks[self.rows.id(row)]
            pixmap = still_pixmap(block.illustration, block.mirrored, self.routine_dir, size,
                                  ratio)
            row.setIcon(QIcon(pixmap) if pixmap is not None else QIcon())
            row.setIconSize(size)

    def _rescale(self) -> None:
        s = scale_for(self.width(), self.height())
        self.name.set_pixel_size(46 * s, QFont.Weight.DemiBold)
        self.position.set_pixel_size(34 * s, QFont.Weight.DemiBold)
        self.cue.set_pixel_size(34 * s)
        self.dosage.set_pixel_size(24 * s)
        self.safety.set_pixel_size(20 * s)
        for label in self._list_labels:
            label.set_pixel_size(21 * s, QFont.Weight.DemiBold)
        self._set_thumbnails(QSize(round(72 * s), round(54 * s)))
        self.counter.setFixedWidth(round(260 * s))
        self.counter.setFixedHeight(round(200 * s))

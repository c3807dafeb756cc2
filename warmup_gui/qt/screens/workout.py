"""The workout screen: picture, where you are, the rep counter and the cue, one glance each."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEasingCurve, Qt, QVariantAnimation
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from warmup_gui.core.care import Question
from warmup_gui.core.counter import (
    WorkoutWords,
    clock_text,
    counter_measure,
    counter_text,
    mode_text,
)
from warmup_gui.core.engine import Motion, RepPhase, SessionState, Status, StepKind
from warmup_gui.core.figure_motion import figure_time
from warmup_gui.qt.bridge import SessionBridge
from warmup_gui.qt.screens.pain import ScoreAside
from warmup_gui.qt.session_announcer import SessionAnnouncer
from warmup_gui.qt.theme import scale_for
from warmup_gui.qt.widgets.flash import FlashOverlay
from warmup_gui.qt.widgets.illustration import IllustrationView
from warmup_gui.qt.widgets.labels import MIN_PIXEL_SIZE, FitLabel, ShrinkLabel, TextLabel
from warmup_gui.qt.widgets.pacer import PacerWidget
from warmup_gui.qt.widgets.paged_area import PagedArea
from warmup_gui.qt.widgets.paused_veil import PausedVeil
from warmup_gui.qt.widgets.progress_strip import ProgressStrip
from warmup_gui.qt.widgets.rep_counter import RepCounter

# Below this height the side column keeps its room for what is under way, not what is next.
NEXT_LINE_MIN_HEIGHT = 700
# The rep counter's digits, in pixels of ink, at the least: read from the mat 2 m away. A
# screen under SMALL_HEIGHT (1024×600) keeps the smaller floor; the steps page to leave room.
DIGITS_PX = 120
SMALL_DIGITS_PX = 90
SMALL_HEIGHT = 720
TOP_SPACING = 14  # between the texts of the status line
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size
# When the steps go, the room they leave goes to the picture over this long, so the figure
# grows into it instead of jumping to its new size.
GIVE_WAY_MS = 450


def _key_button(text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    # Reached with Tab, never by a click: a key pressed after clicking acts as before.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if primary:
        button.setObjectName("primary")
    return button


class WorkoutScreen(QWidget):
    """Renders the bridge's state; every button forwards to the bridge."""

    def __init__(self, bridge: SessionBridge, routine_dir: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAccessibleName(WorkoutWords.tr("Workout"))
        self.bridge = bridge
        self.picture = IllustrationView()
        self.picture.set_routine_dir(routine_dir)
        self.pacer = PacerWidget(self.picture)
        self.pacer.hide()
        self.location = TextLabel(object_name="muted", wrap=False)
        self.clock = TextLabel(object_name="muted", wrap=False)
        # Time left, big enough to read from the mat.
        self.time_left = TextLabel(object_name="accentText", wrap=False)
        self.time_left.setAccessibleName(WorkoutWords.tr("Time left"))
        # How reps are counted, or what cannot be heard here: a word in the status line.
        self.notice = FitLabel(object_name="notice")
        self.notice_below = False  # on a line under where you are, for want of room beside it
        self._problem = ""
        self._mode = ""
        self._by_camera = False  # the camera counts the block under way
        # The side column's texts shrink to the room they get, so none runs into the next.
        self.name = ShrinkLabel()
        self.position = TextLabel(object_name="accentText")
        self.counter = RepCounter()
        self.cue = ShrinkLabel()
        self.detail = ShrinkLabel(object_name="muted")
        self.safety = ShrinkLabel(object_name="safety")
        self.score_aside = ScoreAside()  # a score asked beside the workout, never stopping it
        self.next_line = ShrinkLabel(object_name="muted")  # during reps: what comes next
        self.next_line.setAccessibleName("Next")
        self.caption = FitLabel(object_name="muted")  # every spoken cue, in words, like subtitles
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # named by what it says
        self.caption.setAccessibleDescription(WorkoutWords.tr("Cue caption"))
        # While the session cannot be saved, said here until it is; captions never replace it.
        self.save_warning = TextLabel(object_name="safety")
        self.save_warning.setAccessibleName(WorkoutWords.tr("History not saved"))
        self.flasher = FlashOverlay(self)
        self.paused_veil = PausedVeil(self.picture, self)  # the card dims while paused
        self.strip = ProgressStrip()
        self.back_button = _key_button(WorkoutWords.tr("←  Back"))
        self.pause_button = _key_button(WorkoutWords.tr("P  Pause"))
        self.count_button = _key_button(WorkoutWords.tr("Space  Count rep"), primary=True)
        self.auto_button = _key_button(WorkoutWords.tr("A  Auto-count"))
        self.auto_button.setCheckable(True)
        self.next_button = _key_button(WorkoutWords.tr("Next  →"))
        self.how_to_button = _key_button(WorkoutWords.tr("I  Steps"))
        self.hurt_button = _key_button(WorkoutWords.tr("H  This hurts"))
        self.hurt_button.setObjectName("hurt")
        # Beside the steps, which take the buttons' place: the way out stays in sight.
        self.steps_hurt_button = _key_button(WorkoutWords.tr("H  This hurts"))
        self.steps_hurt_button.setObjectName("hurt")
        # The exercise's steps, in two columns where the buttons are (the keys still work);
        # never over the figure or the counter.
        self.how_to = QWidget()
        self.how_to.setObjectName("howTo")
        self.how_to_title = TextLabel(object_name="accentText")
        self.how_to_columns = (ShrinkLabel(), ShrinkLabel())
        self.how_to_steps: tuple[str, ...] = ()
        # The room the steps leave, above the buttons, handed to the picture a little at a time.
        self.give_way = QVariantAnimation(self)
        self.give_way.setDuration(GIVE_WAY_MS)
        self.give_way.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.give_way.valueChanged.connect(self._keep_room)
        self._reduced_motion = False
        self._room = 0  # the room the steps left, in pixels, when they last went
        self._kept = 0.0  # the share of it still kept above the buttons
        self._rendered_key: tuple[object, ...] = ()
        self._shown_since_s = 0.0  # when the texts paged through were last set
        self._build()
        self._connect()
        self.strip.set_steps(bridge.session.steps)
        self.announcer = SessionAnnouncer(bridge, self)

    def _build(self) -> None:
        # The notice stands beside where you are, or under it when it would not fit there.
        top = self.top = QGridLayout()
        top.setHorizontalSpacing(TOP_SPACING)
        top.setVerticalSpacing(0)
        top.addWidget(self.location, 0, 0)
        top.addWidget(self.notice, 0, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        top.addWidget(self.clock, 0, 2, 2, 1, right)
        top.addWidget(self.time_left, 0, 3, 2, 1, right)

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.name)
        side.addWidget(self.position)
        side.addWidget(self.counter, 1)
        # What to follow and the rules under the counter: all of each, paged when too long.
        self.reading = PagedArea(PagedArea.column(self.cue, self.detail, self.safety,
                                                  self.next_line))
        side.addWidget(self.reading)

        middle = QHBoxLayout()
        middle.setSpacing(28)
        middle.addWidget(self.picture, 58)
        middle.addLayout(side, 42)

        self.controls = QWidget()
        controls = self.controls_row = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(12)
        buttons = (self.hurt_button, self.how_to_button, self.back_button, self.pause_button,
                   self.count_button, self.auto_button, self.next_button)
        for button in buttons:
            controls.addWidget(button)
        for before, after in pairwise(buttons):  # Tab goes left to right, as they stand
            QWidget.setTabOrder(before, after)
        how_to = QVBoxLayout(self.how_to)
        how_to.setContentsMargins(0, 0, 0, 0)
        how_to.setSpacing(4)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.how_to_title, 1)
        title_row.addWidget(self.steps_hurt_button)
        how_to.addLayout(title_row)
        steps = QWidget()
        columns = QHBoxLayout(steps)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(28)
        for column in self.how_to_columns:
            columns.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)
        self.how_to_pages = PagedArea(steps, min_lines=None)  # long steps page by themselves
        how_to.addWidget(self.how_to_pages, 1)
        self.how_to.hide()

        root = self.root = QVBoxLayout(self)
        root.setContentsMargins(28, 18, 28, 18)
        root.setSpacing(14)
        root.addLayout(top)
        root.addWidget(self.save_warning)
        root.addLayout(middle, 1)
        beneath = QHBoxLayout()  # the spoken cues in words, and a score asked meanwhile
        beneath.setSpacing(16)
        beneath.addWidget(self.caption, 1)
        beneath.addWidget(self.score_aside, 0)
        root.addLayout(beneath)
        root.addWidget(self.strip)
        root.addWidget(self.how_to)
        root.addWidget(self.controls)

    def _connect(self) -> None:
        self.bridge.state_changed.connect(self._on_state_changed)
        self.bridge.moved.connect(self._on_moved)
        self.bridge.step_changed.connect(self._on_step_changed)
        self.bridge.skipped.connect(self.caption.set_text)  # a brief word, never a dialog
        self.back_button.clicked.connect(self.bridge.previous)
        self.pause_button.clicked.connect(self.bridge.toggle_pause)
        self.steps_hurt_button.clicked.connect(self.hurt_button.clicked)
        self.count_button.clicked.connect(self.bridge.count_rep)
        self.auto_button.toggled.connect(self.bridge.set_auto_count)
        self.next_button.clicked.connect(self.bridge.next)
        self.how_to_button.clicked.connect(self.bridge.toggle_how_to)

    def set_counted_by_camera(self, on: bool) -> None:
        """The camera counts the block under way (or no longer does): said in the status line."""
        self._by_camera = on
        self._rendered_key = ()
        self._on_state_changed(self.bridge.state)

    def show_problem(self, text: str) -> None:
        """What cannot be heard here ("" when all can): shown after the counting mode."""
        self._problem = text
        self._show_notice()

    def _show_notice(self) -> None:
        self.notice.set_text(" · ".join(text for text in (self._mode, self._problem) if text))
        self._place_notice()

    def _place_notice(self) -> None:
        """Beside where you are while it fits there on one line, else on a line under it."""
        small = QFont(self.notice.font())
        small.setPixelSize(MIN_PIXEL_SIZE)
        needed = QFontMetricsF(small).horizontalAdvance(self.notice.text())
        margins = self.root.contentsMargins()
        beside = self.width() - margins.left() - margins.right() - 3 * TOP_SPACING - sum(
            label.sizeHint().width() for label in (self.location, self.clock, self.time_left))
        below = needed > beside
        if below != self.notice_below:
            self.notice_below = below
            self.top.removeWidget(self.notice)
            self.top.addWidget(self.notice, *((1, 0) if below else (0, 1)))
            self.notice.setAlignment((Qt.AlignmentFlag.AlignLeft if below else
                                      Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter)

    def flash(self) -> None:
        """A brief glow around the screen on a beat or a phase change (for noisy rooms)."""
        self.flasher.flash()

    def set_session_steps(self) -> None:
        self.strip.set_steps(self.bridge.session.steps)

    def _on_step_changed(self, step_index: int) -> None:
        self.strip.set_current(step_index)

    def _on_moved(self, motion: Motion) -> None:
        self.counter.set_beat(self._show_motion(self.bridge.state, motion))

    def _show_motion(self, state: SessionState, motion: Motion | None = None) -> float | None:
        """The rep's movement on the figure and the pacer, and the counter's beat to show
        (None for none); ``motion`` is where the rep of ``state`` has got to since, if it has
        moved on."""
        work = state.step.kind is StepKind.WORK
        breath = (state.breath if motion is None else motion.breath) if work else None
        if breath is not None:
            self.pacer.show_point(breath)
        self.picture.show_moment(figure_time(state, motion))
        phase, progress = (state.rep_phase, state.rep_phase_progress) if motion is None \
            else (motion.phase, motion.progress)
        beat = None  # a rep's progress as a bar, where no moving figure shows it already
        if work and state.auto_count and phase not in (RepPhase.BREATHE, RepPhase.HOLD) \
                and not self.picture.moving:
            beat = progress
        return beat

    def _on_state_changed(self, state: SessionState) -> None:
        beat = self._show_motion(state)
        breath = state.breath if state.step.kind is StepKind.WORK else None
        # Everything else changes at most once a second: skip it between those moments.
        key = (state.step_index, state.status, state.reps, state.goal, state.side, state.rep_phase,
               state.auto_count, breath.phase if breath else None, int(state.elapsed_s),
               int(state.remaining_in_step_s), beat is None, bool(state.how_to))
        if key != self._rendered_key:
            if self._rendered_key[:1] != (state.step_index,):
                self._shown_since_s = state.elapsed_s  # a new step's texts: from page one
            self._rendered_key = key
            self._render_texts(state, breath is not None)
            for area in (self.reading, self.how_to_pages):
                area.show_page_at(state.elapsed_s - self._shown_since_s)
        self.counter.set_beat(beat)

    def _render_texts(self, state: SessionState, breathing: bool) -> None:
        step = state.step
        work = step.kind is StepKind.WORK
        paused = state.status is Status.PAUSED
        self.pacer.setVisible(breathing)
        self.pacer.set_paused(paused)
        self.location.set_text(state.location)
        self._keep_location_whole()
        done = WorkoutWords.tr("{time} done").format(time=clock_text(state.elapsed_s))
        self.clock.set_text(WorkoutWords.tr("Paused · {clock}").format(clock=done) if paused
                            else done)
        self.time_left.set_text(WorkoutWords.tr("about {time} left").format(
            time=clock_text(state.remaining_s)))
        self._mode = mode_text(state, self._by_camera) if work else ""
        self._show_notice()
        self.name.set_text(step.exercise.name)
        self.position.set_text(step.position_label(state.side) or
                               (WorkoutWords.tr("Both sides") if work else ""))
        self.picture.set_illustration(*step.exercise.shown_during_reps(step.position, state.side))
        number, caption = counter_text(state)
        # The number is the rep under way; a screen reader hears what is done as well.
        under_way = work and not state.target_reached
        spoken = WorkoutWords.tr("{done} of {goal} done, rep {rep} under way").format(
            done=state.reps, goal=state.goal, rep=state.reps + 1) if under_way else ""
        # Paused is said large over the picture and beside the clock; the count keeps its own
        # words.
        self.counter.show_value(number, caption, highlight=work and state.min_reached,
                                spoken=spoken)
        self.counter.set_measure(*counter_measure(state))
        if work:
            self.cue.set_text(state.cue)
            self.detail.set_text(state.detail)
            self.next_line.set_text("" if state.target_reached
                                    else state.up_next.replace("Up next:", "Next:", 1))
        else:
            self.cue.set_text(step.position.cue if step.kind is StepKind.GET_READY
                              else state.up_next)
            self.detail.set_text("")  # a get-ready's block is named above it already
            self.next_line.set_text("")
        # Between sets and rounds: the routine's red flags; otherwise the exercise's own rule.
        red_flags = self.bridge.session.routine.safety.red_flags_line
        self.safety.set_text(WorkoutWords.tr("Red flags: {flags}").format(flags=red_flags)
                             if step.kind is StepKind.REST
                             and red_flags else step.exercise.safety)
        self._render_how_to(state.how_to, step.exercise.name)
        self.pause_button.setText(WorkoutWords.tr("P  Resume") if paused
                                  else WorkoutWords.tr("P  Pause"))
        self.paused_veil.show_text(WorkoutWords.tr("Paused", "large, over the picture")
                                   if paused else "", WorkoutWords.tr("P resumes"))
        self.count_button.setEnabled(work and not state.target_reached
                                     and not step.exercise.timed)
        if self.auto_button.isChecked() != state.auto_count:
            self.auto_button.setChecked(state.auto_count)

    def _size_counter(self) -> None:
        """The counter takes a share of the height, never less than its digits' floor: the
        texts beside it and the steps give way (they shrink, then page)."""
        small = self.height() < SMALL_HEIGHT
        # With the steps a fifth of the height, without them three tenths; in between while
        # the room they leave goes to the picture.
        share = 0.18 if small else (0.20 if self.how_to_steps else 0.30 - 0.10 * self._kept)
        floor = self.counter.height_for_digits(SMALL_DIGITS_PX if small else DIGITS_PX)
        self.counter.setMinimumHeight(max(floor, round(self.height() * share)))

    def set_reduced_motion(self, on: bool) -> None:
        """Reduced motion: the figure shows its start and end poses, the pacer holds still,
        and the picture takes the room the steps leave at once."""
        self._reduced_motion = on
        self.pacer.set_reduced_motion(on)
        self.picture.set_reduced_motion(on)

    def _render_how_to(self, steps: tuple[str, ...], name: str) -> None:
        """The steps, numbered, half in each column, instead of the buttons; or the buttons."""
        if self.how_to.isVisible() and not steps:
            self._give_way(self.how_to.height() - self.controls.sizeHint().height())
        elif steps:
            self._give_way(0)
        if steps != self.how_to_steps:
            self.how_to_steps = steps
            numbered = [f"{i}. {text}" for i, text in enumerate(steps, start=1)]
            half = (len(numbered) + 1) // 2
            self.how_to_title.set_text(WorkoutWords.tr("How to do {exercise}  ·  I hides the steps"
                                                       ).format(exercise=name))
            self.how_to_columns[0].set_text("\n".join(numbered[:half]))
            self.how_to_columns[1].set_text("\n".join(numbered[half:]))
        self.how_to.setVisible(bool(steps))
        self.controls.setVisible(not steps)
        self._arrange_side()

    def _give_way(self, room: int) -> None:
        """The steps' room past the buttons' stays, then goes to the picture over
        ``GIVE_WAY_MS`` (at once under reduced motion)."""
        self.give_way.stop()
        if room <= 0 or self._reduced_motion:
            self._keep_room(0)
            return
        self._room = room
        self.give_way.setStartValue(room)
        self.give_way.setEndValue(0)
        self._keep_room(room)
        self.give_way.start()

    def _keep_room(self, room: int) -> None:
        """Room kept above the buttons, in pixels; the side column follows the picture's
        height as it grows."""
        self.controls_row.setContentsMargins(0, room, 0, 0)
        self._kept = room / self._room if room > 0 else 0.0
        self._arrange_side()

    def ask_score(self, question: Question | None) -> None:
        """A score asked beside the workout (None: no longer asked); what last time advises
        comes with it, in the caption."""
        self.score_aside.ask(question)
        if question is not None and question.note:
            self.caption.set_text(question.note)
        self._place_aside()
        self.root.activate()  # the row it takes or gives back, laid out at once

    def _place_aside(self) -> None:
        self.score_aside.setFixedWidth(round(self.width() * 0.7))

    def _arrange_side(self) -> None:
        """The line under the cue and the next block, under the rest, give way to the steps,
        and open as the room they leave comes back, the gap above them included (nothing
        beside the picture jumps); the next block, on a small screen, gives way to the lines
        above it (the same words come with each get-ready)."""
        layout = self.reading.content.layout()
        gap = layout.spacing() if layout is not None else 0
        room = self.height() >= NEXT_LINE_MIN_HEIGHT
        for line, wanted in ((self.detail, True), (self.next_line, room)):
            opening = (line.sizeHint().height() + gap) * (1.0 - self._kept)
            line.setMaximumHeight(max(0, round(opening) - gap) if self._kept
                                  else QWIDGETSIZE_MAX)
            line.setVisible(bool(line.text()) and wanted and not self.how_to_steps
                            and (not self._kept or opening > gap))
        self._size_counter()

    def _keep_location_whole(self) -> None:
        """Where you are is never cut short, at any type size; a notice beside it gives way
        instead."""
        self.location.setMinimumWidth(self.location.sizeHint().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        s = scale_for(self.width(), self.height())
        self.location.set_pixel_size(18 * s)
        self._keep_location_whole()
        # A long caption (advice after backing off) may take two lines where there is room.
        self.caption.lines = 2 if self.height() >= 700 else 1
        self.caption.set_pixel_size(20 * s, QFont.Weight.DemiBold)
        self.save_warning.set_pixel_size(18 * s, QFont.Weight.DemiBold)
        self.flasher.setGeometry(self.rect())
        self.clock.set_pixel_size(18 * s)
        self.time_left.set_pixel_size(30 * s, QFont.Weight.DemiBold)
        self.score_aside.set_scale(s)
        self._place_aside()
        self._arrange_side()
        self.next_line.set_pixel_size(17 * s)
        self.notice.set_pixel_size(18 * s, QFont.Weight.DemiBold)
        self.name.set_pixel_size(38 * s, QFont.Weight.DemiBold)
        self.position.set_pixel_size(28 * s, QFont.Weight.DemiBold)
        self.cue.set_pixel_size(27 * s)
        self.detail.set_pixel_size(19 * s)
        self.safety.set_pixel_size(18 * s)
        self.how_to_title.set_pixel_size(18 * s, QFont.Weight.DemiBold)
        for column in self.how_to_columns:
            column.set_pixel_size(18 * s)
        # On a small screen the steps need the button's height: it shrinks to their title's.
        low = self.height() < SMALL_HEIGHT
        self.steps_hurt_button.setStyleSheet(
            f"padding: 0px {round(12 * s)}px; min-height: 0px; font-size: {round(18 * s)}px;"
            if low else "")
        self.steps_hurt_button.setMaximumHeight(
            self.how_to_title.fontMetrics().height() if low else QWIDGETSIZE_MAX)
        self._size_counter()
        # Long steps take at most 28 % of the screen, 17 % on a small one: the counter keeps
        # its digits' floor beside the longest texts; the steps shrink, then page.
        share = 0.17 if low else 0.28
        self.how_to.setMaximumHeight(round(self.height() * share))
        self.strip.setFixedHeight(max(6, round(10 * s)))
        small = min(1.0, s)  # a small screen gives the side column the room
        self.root.setContentsMargins(round(28 * small), round(18 * small), round(28 * small),
                                     round(18 * small))
        self.root.setSpacing(round(14 * small))
        self._place_notice()

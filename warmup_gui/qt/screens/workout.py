"""The workout screen: picture, where you are, the rep counter and the cue, one glance each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from warmup_gui.core.engine import RepPhase, SessionState, Status, StepKind
from warmup_gui.core.figure_motion import figure_time
from warmup_gui.qt.bridge import SessionBridge
from warmup_gui.qt.theme import scale_for
from warmup_gui.qt.widgets.flash import FlashOverlay
from warmup_gui.qt.widgets.illustration import IllustrationView
from warmup_gui.qt.widgets.labels import TextLabel
from warmup_gui.qt.widgets.pacer import PacerWidget
from warmup_gui.qt.widgets.progress_strip import ProgressStrip
from warmup_gui.qt.widgets.rep_counter import RepCounter


def clock_text(seconds: float) -> str:
    """Seconds as m:ss, rounded up so a countdown shows 0:01 until it really ends."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


def counter_text(state: SessionState) -> tuple[str, str]:
    """The big number and the caption under it."""
    step = state.step
    if step.kind is StepKind.GET_READY:
        return str(int(-(-state.remaining_in_step_s // 1))), step.title
    if step.kind is StepKind.REST:
        return clock_text(state.remaining_in_step_s), f"{step.title} · → skips"
    target = step.target
    if not target.is_range:
        return str(state.reps), f"of {target.high} reps"
    if state.target_reached:
        return str(state.reps), f"of {target.low}–{target.high} · all done"
    if state.min_reached:
        return str(state.reps), f"{target.low} reached · go on to {target.high}, or →"
    return str(state.reps), f"of {target.low}–{target.high} reps"


def _key_button(text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys act on the window, never on a button
    if primary:
        button.setObjectName("primary")
    return button


class WorkoutScreen(QWidget):
    """Renders the bridge's state; every button forwards to the bridge."""

    def __init__(self, bridge: SessionBridge, routine_dir: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.bridge = bridge
        self.picture = IllustrationView()
        self.picture.set_routine_dir(routine_dir)
        self.pacer = PacerWidget(self.picture)
        self.pacer.hide()
        self.location = TextLabel(object_name="muted", wrap=False)
        self.clock = TextLabel(object_name="muted", wrap=False)
        self.name = TextLabel()
        self.position = TextLabel(object_name="accentText")
        self.counter = RepCounter()
        self.cue = TextLabel()
        self.detail = TextLabel(object_name="muted")
        self.safety = TextLabel(object_name="safety")
        self.caption = TextLabel(object_name="muted", wrap=False)  # every spoken cue, in words
        self.caption.setAccessibleName("Cue caption")
        # While the session cannot be saved, said here until it is; captions never replace it.
        self.save_warning = TextLabel(object_name="safety")
        self.save_warning.setAccessibleName("History not saved")
        self.flasher = FlashOverlay(self)
        self.strip = ProgressStrip()
        self.back_button = _key_button("←  Back")
        self.pause_button = _key_button("P  Pause")
        self.count_button = _key_button("Space  Count rep", primary=True)
        self.auto_button = _key_button("A  Auto-count")
        self.auto_button.setCheckable(True)
        self.next_button = _key_button("Next  →")
        self.hurt_button = _key_button("H  This hurts")
        self.hurt_button.setObjectName("hurt")
        self._rendered_key: tuple[object, ...] = ()
        self._build()
        self._connect()
        self.strip.set_steps(bridge.session.steps)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.location, 1)
        top.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignRight)
        top.addSpacing(24)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignRight)

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.name)
        side.addWidget(self.position)
        side.addWidget(self.counter, 1)
        side.addWidget(self.cue)
        side.addWidget(self.detail)
        side.addSpacing(8)
        side.addWidget(self.safety)

        middle = QHBoxLayout()
        middle.setSpacing(28)
        middle.addWidget(self.picture, 58)
        middle.addLayout(side, 42)

        controls = QHBoxLayout()
        controls.setSpacing(12)
        for button in (self.hurt_button, self.back_button, self.pause_button, self.count_button,
                       self.auto_button, self.next_button):
            controls.addWidget(button)

        root = QVBoxLayout(self)
        root.setContentsMargins(28, 18, 28, 18)
        root.setSpacing(14)
        root.addLayout(top)
        root.addWidget(self.save_warning)
        root.addLayout(middle, 1)
        root.addWidget(self.strip)
        root.addLayout(controls)

    def _connect(self) -> None:
        self.bridge.state_changed.connect(self._on_state_changed)
        self.bridge.step_changed.connect(self._on_step_changed)
        self.back_button.clicked.connect(self.bridge.previous)
        self.pause_button.clicked.connect(self.bridge.toggle_pause)
        self.count_button.clicked.connect(self.bridge.count_rep)
        self.auto_button.toggled.connect(self.bridge.set_auto_count)
        self.next_button.clicked.connect(self.bridge.next)

    def flash(self) -> None:
        """A brief glow around the screen on a beat or a phase change (for noisy rooms)."""
        self.flasher.flash()

    def set_session_steps(self) -> None:
        self.strip.set_steps(self.bridge.session.steps)

    def _on_step_changed(self, step_index: int) -> None:
        self.strip.set_current(step_index)

    def _on_state_changed(self, state: SessionState) -> None:
        work = state.step.kind is StepKind.WORK
        breath = state.breath if work else None
        if breath is not None:
            self.pacer.show_point(breath)
        self.picture.show_moment(figure_time(state))
        beat = None
        if work and state.auto_count and state.rep_phase is not RepPhase.BREATHE:
            beat = state.rep_phase_progress
        # Everything else changes at most once a second: skip it between those moments.
        key = (state.step_index, state.status, state.reps, state.side, state.rep_phase,
               state.auto_count, breath.phase if breath else None, int(state.elapsed_s),
               int(state.remaining_in_step_s), beat is None)
        if key != self._rendered_key:
            self._rendered_key = key
            self._render_texts(state, breath is not None)
        self.counter.set_beat(beat)

    def _render_texts(self, state: SessionState, breathing: bool) -> None:
        step = state.step
        work = step.kind is StepKind.WORK
        paused = state.status is Status.PAUSED
        self.pacer.setVisible(breathing)
        self.pacer.set_paused(paused)
        self.location.set_text(state.location)
        # Where you are is never cut short; a long caption beside it gives way instead.
        self.location.setMinimumWidth(self.location.sizeHint().width())
        self.clock.set_text(f"{clock_text(state.elapsed_s)} done · about "
                            f"{clock_text(state.remaining_s)} left")
        self.name.set_text(step.exercise.name)
        self.position.set_text(step.position_label(state.side) or
                               ("Both sides" if work else ""))
        self.picture.set_illustration(step.exercise.illustration_for(step.position, state.side),
                                      step.exercise.mirrored_for(state.side))
        number, caption = counter_text(state)
        self.counter.show_value(number, "Paused · P resumes" if paused else caption,
                                highlight=work and state.min_reached)
        if work:
            self.cue.set_text(state.cue)
            self.detail.set_text(step.position.cue if not state.target_reached else state.up_next)
        else:
            self.cue.set_text(step.position.cue if step.kind is StepKind.GET_READY
                              else state.up_next)
            self.detail.set_text(state.up_next if step.kind is StepKind.GET_READY else "")
        self.safety.set_text(step.exercise.safety)
        self.pause_button.setText("P  Resume" if paused else "P  Pause")
        self.count_button.setEnabled(work and not state.target_reached)
        if self.auto_button.isChecked() != state.auto_count:
            self.auto_button.setChecked(state.auto_count)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        s = scale_for(self.width(), self.height())
        self.location.set_pixel_size(18 * s)
        self.caption.set_pixel_size(20 * s, QFont.Weight.DemiBold)
        self.save_warning.set_pixel_size(18 * s, QFont.Weight.DemiBold)
        self.flasher.setGeometry(self.rect())
        self.clock.set_pixel_size(18 * s)
        self.name.set_pixel_size(38 * s, QFont.Weight.DemiBold)
        self.position.set_pixel_size(28 * s, QFont.Weight.DemiBold)
        self.cue.set_pixel_size(27 * s)
        self.detail.set_pixel_size(19 * s)
        self.safety.set_pixel_size(18 * s)
        # The counter's digits must be at least 120 px tall at 1280×800 (15 % of the height).
        self.counter.setMinimumHeight(round(self.height() * 0.30))
        self.strip.setFixedHeight(max(6, round(10 * s)))

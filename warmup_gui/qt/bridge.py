"""SessionBridge: the one adapter between the pure session engine and the widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from warmup_gui.core.engine import RepPhase, Session, SessionState, Status, StepKind
from warmup_gui.qt.enum_properties import set_enum_property

# Frames per second while a rep moves on screen; countdowns only need to change each second,
# but a few ticks a second keep the number from lagging behind the clock.
MOTION_INTERVAL_MS = 16
COUNTDOWN_INTERVAL_MS = 100


class SessionBridge(QObject):
    """Owns the timer that lets time act on a Session and tells widgets what changed.

    Widgets render ``state_changed`` and forward user input to the methods here; they never
    read the clock or keep their own copy of the state. The timer runs only while the session
    runs, so a paused or finished session costs no wake-ups. While a rep moves on screen, most
    frames fall between two states (which come at each event, and ten times a second): they
    carry only the rep's ``moved`` motion, since nothing else can have changed, and nothing
    else is asked or told.
    """

    state_changed = Signal(object)  # SessionState
    moved = Signal(object)  # Motion: the rep under way, between two states
    step_changed = Signal(int)
    rep_counted = Signal(int)  # reps in the block now
    rep_undone = Signal(int)  # reps in the block now, after one was taken back
    finished = Signal()
    skipped = Signal(str)  # what going on left out of a block of reps, in words

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        timer_factory: Callable[[QObject], QTimer] = QTimer,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = timer_factory(self)
        self.timer.timeout.connect(self._on_timer)
        self._last: SessionState | None = None
        self._animating = True
        set_enum_property(self.timer, "timerType", "PreciseTimer")

    @property
    def state(self) -> SessionState:
        return self._last if self._last is not None else self.session.state()

    def replace_session(self, session: Session) -> None:
        self.session = session
        self._last = None
        self.tick()

    # --- user input, forwarded to the engine -------------------------------------------------
    def start(self) -> None:
        self._act(self.session.start)

    def toggle_pause(self) -> None:
        self._act(self.session.toggle_pause)

    def pause(self) -> None:
        self._act(self.session.pause)

    def next(self) -> None:
        dropped = self.session.what_next_drops()
        self._act(self.session.next)
        if dropped:
            self.skipped.emit(dropped)

    def previous(self) -> None:
        self._act(self.session.previous)

    def goto(self, index: int) -> None:
        self._act(lambda: self.session.goto(index))

    def finish(self) -> None:
        self._act(self.session.finish)

    def count_rep(self) -> None:
        self._act(self.session.count_rep)

    def undo_rep(self) -> None:
        self._act(self.session.undo_rep)

    def toggle_how_to(self) -> None:
        self._act(self.session.toggle_how_to)

    def set_auto_count(self, on: bool) -> None:
        self._act(lambda: self.session.set_auto_count(on))

    def go_to_top(self) -> None:
        self._act(self.session.go_to_top)

    def change_goal(self, reps: int) -> None:
        self._act(lambda: self.session.change_goal(reps))

    def add_time(self, seconds: float) -> None:
        self._act(lambda: self.session.add_time(seconds))

    def _act(self, action: Callable[[], None]) -> None:
        action()
        self.tick()

    # --- time ---------------------------------------------------------------------------
    def _on_timer(self) -> None:
        motion = self.session.motion() if self._animating else None
        if motion is None:
            self.tick()
        else:
            self.moved.emit(motion)

    def tick(self) -> None:
        state = self.session.tick()
        last = self._last
        self._last = state
        self._schedule(state)
        if last is not None and state == last:
            return
        self.state_changed.emit(state)
        if last is None or state.step_index != last.step_index:
            self.step_changed.emit(state.step_index)
        elif state.reps > last.reps:
            self.rep_counted.emit(state.reps)
        elif state.reps < last.reps:
            self.rep_undone.emit(state.reps)
        if state.status is Status.FINISHED and (last is None or last.status is not Status.FINISHED):
            self.finished.emit()

    def set_animating(self, on: bool) -> None:
        """Whether anything on screen moves: off while the window is hidden or minimised, so
        the timer wakes only when something is due (a step, a rep, a breathing phase, one
        of a countdown's last seconds), in time for its cue."""
        if on != self._animating:
            self._animating = on
            self._schedule(self.state)

    def _schedule(self, state: SessionState) -> None:
        if state.status is not Status.RUNNING:
            self.timer.stop()
            return
        if not self._animating:
            due_s = self.session.seconds_to_next_event()
            if due_s is None:
                self.timer.stop()
            else:
                self.timer.start(max(1, round(due_s * 1000) + 1))
            return
        if state.step.kind is StepKind.WORK:
            if state.target_reached or state.rep_phase is RepPhase.WAIT:
                self.timer.stop()  # nothing moves until the user counts or moves on
                return
            interval = MOTION_INTERVAL_MS
        else:
            interval = COUNTDOWN_INTERVAL_MS
        if self.timer.interval() != interval or not self.timer.isActive():
            self.timer.start(interval)

    def stop(self) -> None:
        self.timer.stop()

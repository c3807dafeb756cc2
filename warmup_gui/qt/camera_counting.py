"""CameraCounting: counts the workout's reps by camera, while the runner has chosen it.

It joins the parts: the pictures (:mod:`warmup_gui.qt.video_source`) go through the tracker
(:mod:`warmup_gui.qt.frame_pipeline`); what it found goes to the core's
:class:`~warmup_gui.core.camera_count.CameraCount`, which decides what is a rep; each rep it
sees done is counted in the session through the bridge, and its range of motion is kept in
the session's history record. The live view shows the picture, the outline, the waiting word
and that the camera is on. The camera runs only while counting by camera is chosen and the
workout is on screen; pictures never leave the process.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from warmup_gui.core.camera_count import CameraCount, CameraWords, range_text
from warmup_gui.core.engine import SessionState, StepKind
from warmup_gui.core.history import SessionRecord
from warmup_gui.core.routine import CameraSide
from warmup_gui.qt.bridge import SessionBridge
from warmup_gui.qt.frame_pipeline import FramePipeline, Tracked, Tracker
from warmup_gui.qt.video_source import VideoSource
from warmup_gui.qt.widgets.live_view import LiveView


class CameraCounting(QObject):
    """Counting by camera for one window's workouts."""

    problem = Signal(str)  # why the camera stopped, in words for the caption
    counting_changed = Signal(bool)  # the block under way is (or is no longer) counted by camera
    rep_seen = Signal(int)  # the camera counted the block's n-th rep

    def __init__(self, bridge: SessionBridge, view: LiveView,
                 make_tracker: Callable[[], Tracker], clip: Path | None = None,
                 record: Callable[[], SessionRecord | None] = lambda: None,
                 save: Callable[[], None] = lambda: None,
                 restore_auto: Callable[[], bool] = lambda: True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.view = view
        self.count = CameraCount()
        self._make_tracker = make_tracker
        self._record = record  # the session's history record, for the ranges
        self._save = save  # writes the record
        self._restore_auto = restore_auto  # counting on the tempo, as chosen without the camera
        self.source = VideoSource(clip, self)
        self.source.problem.connect(self._on_problem)
        self._pipeline: FramePipeline | None = None
        self.chosen = False
        self._active = False  # the workout is on screen
        self._counting = False
        self._seen: tuple[int, int] = (-1, 0)  # (step index, reps the camera counted in it)
        bridge.state_changed.connect(self._on_state)
        bridge.step_changed.connect(self._on_step)
        bridge.rep_undone.connect(self._on_undone)

    @property
    def running(self) -> bool:
        """The camera is on."""
        return self._pipeline is not None

    @property
    def counting(self) -> bool:
        """The block under way is counted by camera."""
        return self._counting

    def set_chosen(self, on: bool) -> None:
        """Counting by camera chosen (or not): from the next block of reps on, and the one
        under way if it has not begun counting otherwise."""
        self.chosen = on
        self._on_step(self.bridge.state.step_index)
        self._update_camera()

    def set_active(self, on: bool) -> None:
        """The workout is (or is no longer) on screen: the camera runs only then."""
        self._active = on
        self._update_camera()

    def _update_camera(self) -> None:
        want = self.chosen and self._active
        if want and self._pipeline is None:
            self._pipeline = FramePipeline(self.source.sink, self._make_tracker, parent=self)
            self._pipeline.tracked.connect(self._on_tracked)
            self._pipeline.failed.connect(self._on_problem)
            self.source.start()
            self.view.set_camera_on(True)
            self.view.show()
            self.view.raise_()
        elif not want and self._pipeline is not None:
            self.stop()

    def stop(self) -> None:
        """The camera off, and the tracker's thread ended."""
        pipeline, self._pipeline = self._pipeline, None
        self.source.stop()
        if pipeline is not None:
            pipeline.stop()
            pipeline.join(2.0)
            pipeline.deleteLater()
        self.view.set_camera_on(False)
        self.view.hide()
        self._set_counting(False)

    def _on_problem(self, text: str) -> None:
        self.chosen = False
        self.stop()
        self._on_step(self.bridge.state.step_index)
        self.problem.emit(CameraWords.tr("Camera counting stopped: {reason}").format(reason=text))

    def _on_step(self, _index: int) -> None:
        """A new step: a block the camera counts is not counted on the tempo meanwhile."""
        state = self.bridge.state
        step = state.step
        if step.kind is not StepKind.WORK or step.exercise.timed:
            return
        camera = self.chosen and step.exercise.camera is not None
        auto = False if camera else self._restore_auto()
        if state.auto_count != auto and state.reps == 0:
            self.bridge.set_auto_count(auto)

    def _on_state(self, state: SessionState) -> None:
        self.count.follow(state)
        rule = self.count.rule if self.running else None
        if rule is not None:
            side = None if rule.side is CameraSide.BOTH else \
                state.side.value if state.side is not None else None
            self.view.set_watched(rule.joints, side)
        self._set_counting(rule is not None)

    def _set_counting(self, on: bool) -> None:
        if on != self._counting:
            self._counting = on
            if not on:
                self.view.set_word("")
            self.counting_changed.emit(on)

    def _on_undone(self, reps: int) -> None:
        """A rep taken back (Backspace): one the camera counted takes its range with it."""
        state = self.bridge.state
        step, seen = self._seen
        record = self._record()
        kept = record.ranges.get(state.step.exercise.id) if record is not None else None
        if step == state.step_index and seen > reps and kept:
            kept.pop()
            self._seen = (step, seen - 1)
            self._save()

    def _on_tracked(self, found: Tracked) -> None:
        if self._pipeline is None:
            return
        self.view.show_picture(found.image, found.pose)
        seen = self.count.see(found.stamp_s, found.pose)
        self.view.set_word(seen.word)
        rule = self.count.rule
        exercise_id = self.bridge.state.step.exercise.id
        for rep in seen.reps:
            state = self.bridge.state
            counted = state.reps + 1
            step, seen_before = self._seen
            self._seen = (state.step_index, seen_before + 1 if step == state.step_index else 1)
            record = self._record()
            if record is not None:
                record.add_range(exercise_id, rep.range_deg)
            if rule is not None:
                self.view.set_range(range_text(rule.angle, rep.range_deg))
            self.bridge.count_rep()  # written to history with its range
            self.rep_seen.emit(counted)

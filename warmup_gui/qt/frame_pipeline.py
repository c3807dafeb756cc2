"""FramePipeline: pictures from a video sink to the body tracker, on a worker thread, at a
bounded rate.

A camera or a clip delivers pictures to a ``QVideoSink`` as fast as it makes them. The
pipeline keeps only the newest: at most one picture is with the tracker at a time, at most
``max_rate`` a second; a picture that arrives while the tracker is busy replaces the one
waiting, and the rest are dropped. The tracker runs on a worker thread, so the window keeps
its frame rate however long a picture takes; what it found is handed back on the GUI thread
(``tracked``). Pictures stay in memory: nothing here writes them anywhere.

The tracker is anything with ``track(image, stamp_s)``; the app's is MediaPipe's pose model
(:func:`mediapipe_tracker`), made on the worker thread, since loading it takes seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from warmup_gui.core.record import frozen_record
from warmup_gui.core.rep_detector import PoseFrame

MAX_RATE = 10.0  # pictures a second to the tracker, at most


class Tracker(Protocol):
    def track(self, image: QImage, stamp_s: float) -> PoseFrame | None:
        """The body in one picture taken at ``stamp_s`` seconds; None if none was found."""


@frozen_record
class Tracked:
    """A picture and what the tracker found in it."""

    image: QImage
    stamp_s: float  # when it was taken: the clip's time, or the camera's
    pose: PoseFrame | None
    took_s: float  # how long the tracker took


class FramePipeline(QObject):
    """Reads ``sink``'s pictures and hands the newest to a tracker made by
    ``make_tracker`` on a worker thread. Call :meth:`stop` before letting it go."""

    tracked = Signal(object)  # Tracked, on the GUI thread
    failed = Signal(str)  # the tracker could not be made or failed: why, in words
    _done = Signal(object)  # Tracked or an error text, from the worker

    def __init__(self, sink: QVideoSink, make_tracker: Callable[[], Tracker],
                 max_rate: float = MAX_RATE, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink = sink
        self._make_tracker = make_tracker
        self._interval_s = 1.0 / max_rate if max_rate > 0 else 0.0
        self._clock = clock
        self._pending: QVideoFrame | None = None
        self._busy = False
        self._last_sent = -float("inf")
        self._job: tuple[QVideoFrame, float] | None = None
        self._wake = threading.Condition()
        self._stopping = False
        self.received = 0  # pictures the sink delivered
        self.dropped = 0  # pictures replaced by a newer one before the tracker saw them
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._send)
        self._done.connect(self._on_done)
        sink.videoFrameChanged.connect(self._on_frame)
        self._thread = threading.Thread(target=self._work, name="body tracker", daemon=True)
        self._thread.start()

    # --- GUI thread ------------------------------------------------------------------------
    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        self.received += 1
        if self._pending is not None:
            self.dropped += 1
        self._pending = QVideoFrame(frame)
        self._send()

    def _send(self) -> None:
        if self._busy or self._pending is None or self._stopping:
            return
        wait_s = self._last_sent + self._interval_s - self._clock()
        if wait_s > 0:
            if not self._later.isActive():
                self._later.start(max(1, round(wait_s * 1000)))
            return
        frame, self._pending = self._pending, None
        start = frame.startTime()
        stamp = start / 1e6 if start >= 0 else self._clock()
        self._busy = True
        self._last_sent = self._clock()
        with self._wake:
            self._job = (frame, stamp)
            self._wake.notify()

    def _on_done(self, result: object) -> None:
        self._busy = False
        if isinstance(result, Tracked):
            self.tracked.emit(result)
        else:
            self.failed.emit(str(result))
        self._send()

    def stop(self) -> None:
        """No more pictures: the sink is let go and the worker ends once its picture is done."""
        if self._stopping:
            return
        self._stopping = True
        self._later.stop()
        self._pending = None
        self._sink.videoFrameChanged.disconnect(self._on_frame)
        with self._wake:
            self._wake.notify()

    def join(self, timeout_s: float = 5.0) -> bool:
        """Wait for the worker to end (after :meth:`stop`); whether it did."""
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    # --- worker thread ----------------------------------------------------------------------
    def _work(self) -> None:
        tracker: Tracker | None = None
        while True:
            with self._wake:
                while self._job is None and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                frame, stamp = self._job  # type: ignore[misc]
                self._job = None
            try:
                if tracker is None:
                    tracker = self._make_tracker()
                image = frame.toImage()
                started = time.perf_counter()
                pose = tracker.track(image, stamp)
                result: object = Tracked(image, stamp, pose, time.perf_counter() - started)
            except Exception as exc:  # any failure is said, never a crash
                result = f"{type(exc).__name__}: {exc}"
            if self._stopping:
                return
            self._done.emit(result)


class _MediaPipeTracker:
    """MediaPipe's pose model on a picture of the pipeline."""

    def __init__(self) -> None:
        from warmup_gui.pose_tracker import PoseTracker

        self._tracker = PoseTracker()

    def track(self, image: QImage, stamp_s: float) -> PoseFrame | None:
        import numpy

        rgb = image.convertToFormat(QImage.Format.Format_RGB888)
        width, height = rgb.width(), rgb.height()
        pixels = numpy.frombuffer(rgb.constBits(), numpy.uint8).reshape(
            height, rgb.bytesPerLine())[:, :width * 3].reshape(height, width, 3)
        return self._tracker.track(numpy.ascontiguousarray(pixels))


def mediapipe_tracker() -> Tracker:
    """The app's tracker; raises ``TrackerMissing`` without the camera extra."""
    return _MediaPipeTracker()

"""The frame pipeline: pictures from a video sink reach the tracker on a worker thread, the
newest wins while it is busy, never more than its rate, and a failing tracker is said."""

from __future__ import annotations

import threading

from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from pytestqt.qtbot import QtBot

from warmup_gui.core.rep_detector import Landmark, PoseFrame
from warmup_gui.qt.frame_pipeline import FramePipeline, Tracked


def picture(stamp_s: float, shade: int = 128) -> QVideoFrame:
    image = QImage(64, 48, QImage.Format.Format_RGBA8888)
    image.fill(QColor(shade, shade, shade))
    frame = QVideoFrame(image)
    frame.setStartTime(round(stamp_s * 1e6))
    return frame


class HeldTracker:
    """Finds a body in every picture, once let go; records where it ran and when."""

    def __init__(self) -> None:
        self.go = threading.Event()
        self.started = threading.Event()
        self.seen: list[float] = []
        self.threads: set[int] = set()

    def track(self, image: QImage, stamp_s: float) -> PoseFrame | None:
        self.started.set()
        self.go.wait(10)
        self.threads.add(threading.get_ident())
        self.seen.append(stamp_s)
        return PoseFrame({"left_knee": Landmark(0.5, 0.5)}, image.width() / image.height())


def test_the_newest_picture_wins_while_the_tracker_is_busy(qtbot: QtBot) -> None:
    sink = QVideoSink()
    tracker = HeldTracker()
    pipeline = FramePipeline(sink, lambda: tracker, max_rate=0)
    found: list[Tracked] = []
    pipeline.tracked.connect(found.append)
    sink.setVideoFrame(picture(0.0))
    assert tracker.started.wait(10)
    for stamp in (0.1, 0.2, 0.3):  # while the first is with the tracker
        sink.setVideoFrame(picture(stamp))
    tracker.go.set()
    qtbot.waitUntil(lambda: len(found) == 2)
    assert [t.stamp_s for t in found] == [0.0, 0.3]
    assert pipeline.received == 4 and pipeline.dropped == 2
    assert tracker.threads and threading.get_ident() not in tracker.threads  # off the GUI thread
    assert found[0].pose is not None and found[0].pose.aspect == 64 / 48
    assert found[0].image.width() == 64  # the picture comes back for the live view
    pipeline.stop()
    assert pipeline.join()


def test_no_more_pictures_a_second_than_the_rate(qtbot: QtBot) -> None:
    now = [0.0]
    sink = QVideoSink()
    tracker = HeldTracker()
    tracker.go.set()
    pipeline = FramePipeline(sink, lambda: tracker, max_rate=10, clock=lambda: now[0])
    found: list[Tracked] = []
    pipeline.tracked.connect(found.append)
    sink.setVideoFrame(picture(0.0))
    qtbot.waitUntil(lambda: len(found) == 1)
    now[0] = 0.05  # half the interval later: kept for later, the newest of those
    sink.setVideoFrame(picture(0.05))
    sink.setVideoFrame(picture(0.06))
    assert len(found) == 1 and tracker.seen == [0.0]
    now[0] = 0.1
    qtbot.waitUntil(lambda: len(found) == 2)
    assert tracker.seen == [0.0, 0.06]
    pipeline.stop()
    assert pipeline.join()


def test_a_tracker_that_cannot_be_made_is_said(qtbot: QtBot) -> None:
    def missing() -> HeldTracker:
        raise RuntimeError("Counting by camera needs MediaPipe")

    sink = QVideoSink()
    pipeline = FramePipeline(sink, missing, max_rate=0)
    with qtbot.waitSignal(pipeline.failed) as said:
        sink.setVideoFrame(picture(0.0))
    assert "needs MediaPipe" in said.args[0]
    pipeline.stop()
    assert pipeline.join()

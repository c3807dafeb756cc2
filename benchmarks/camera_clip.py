"""A recorded set for counting by camera without a camera: the pose model's moving figure doing
a set of an exercise, drawn picture by picture and encoded as a video clip with QtMultimedia
(``QVideoFrameInput`` into ``QMediaRecorder``, FFmpeg's MPEG-4 encoder bundled with
PySide6-Addons), and a stand-in tracker that reports, for a picture of the clip, the landmarks
the figure had at that moment.

    .venv/bin/python tools/make_camera_clip.py [OUT.mp4]

makes ``tests/clips/flossing-left.mp4``, the clip the tests and ``benchmarks/camera_cost.py``
play as the camera.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QRectF, QSize, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import (
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameInput,
)

from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.figure import VIEW_H, VIEW_W, figure_shapes, frame_for, moving_figure
from warmup_gui.core.figure_landmarks import RepPlan, Take, take, timeline
from warmup_gui.core.figure_motion import FigureTime, MovingFigure
from warmup_gui.core.loader import load_routine
from warmup_gui.core.palette import PALETTE
from warmup_gui.core.pose_library import Movement, movement
from warmup_gui.core.rep_detector import PoseFrame
from warmup_gui.core.routine import Exercise
from warmup_gui.core.skeleton import Point
from warmup_gui.qt.widgets.shapes import paint_shapes

CLIP = Path(__file__).resolve().parents[1] / "tests" / "clips" / "flossing-left.mp4"
EXERCISE = "nerve_flossing"
SIDE = "left"
REPS = 3
FPS = 15.0
WIDTH, HEIGHT = 640, 480
PAPER = "#f4f1ea"


@dataclass(frozen=True)
class Figure:
    """An exercise's moving figure, as drawn in the workout."""

    exercise: Exercise
    figure: MovingFigure
    movement: Movement

    def place(self, p: Point) -> tuple[float, float]:
        """Where a body point is drawn in the picture, as shares of its width and height."""
        x, y = frame_for(self.movement)(p)
        return x / VIEW_W, y / VIEW_H

    def paint(self, moment: FigureTime, width: int = WIDTH, height: int = HEIGHT) -> QImage:
        """The figure at ``moment`` on paper, as a camera would see it."""
        found = self.movement
        image = QImage(width, height, QImage.Format.Format_RGBA8888)
        image.fill(QColor(PAPER))
        painter = QPainter(image)
        start = self.figure.skeleton(FigureTime.at_start())
        paint_shapes(painter, figure_shapes(found, self.figure.skeleton(moment), frame_for(found),
                                            start), QRectF(0, 0, width, height), PALETTE)
        painter.end()
        return image


def figure_of(exercise: Exercise) -> Figure | None:
    """The exercise's moving figure; None for an exercise the pose model does not draw."""
    picture = exercise.illustration_for(exercise.positions[0], None)
    found = movement(picture.start, picture.end)
    if found is None:
        return None
    return Figure(exercise, moving_figure(found[0]), found[0])


@cache
def clip_figure() -> Figure:
    exercise = next(e for e in load_routine(BUNDLED_ROUTINE).exercises if e.id == EXERCISE)
    figure = figure_of(exercise)
    assert figure is not None
    return figure


def clip_plans() -> tuple[RepPlan, ...]:
    return (RepPlan(),) * REPS


@cache
def clip_take() -> Take:
    """The clip's set as the figure moved it: its landmarks at each picture, and its reps."""
    figure = clip_figure()
    return take(figure.figure, figure.exercise, clip_plans(), SIDE, FPS, placing=figure.place)


class FigureTracker:
    """Stands in for the body tracker on the clip: the figure's landmarks where the clip
    draws them, at a picture's time (the clip's frames are 1/FPS apart from 0), None past the
    clip's end."""

    def __init__(self) -> None:
        self.frames = clip_take().frames
        self.calls = 0

    def track(self, image: QImage, stamp_s: float) -> PoseFrame | None:
        self.calls += 1
        index = round(stamp_s * FPS)
        return self.frames[index][1] if 0 <= index < len(self.frames) else None


def write_clip(path: Path = CLIP, timeout_s: float = 120.0) -> int:
    """Encode the clip to ``path``; the pictures written. Needs a QGuiApplication."""
    figure = clip_figure()
    moments, _ = timeline(figure.exercise, clip_plans(), FPS)
    path.parent.mkdir(parents=True, exist_ok=True)
    session = QMediaCaptureSession()
    frames_in = QVideoFrameInput()
    session.setVideoFrameInput(frames_in)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    media.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    recorder.setMediaFormat(media)
    recorder.setVideoFrameRate(FPS)
    recorder.setVideoResolution(QSize(WIDTH, HEIGHT))
    recorder.setEncodingMode(QMediaRecorder.EncodingMode.ConstantQualityEncoding)
    recorder.setQuality(QMediaRecorder.Quality.VeryLowQuality)  # a flat drawing: still sharp
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path.absolute())))
    loop = QEventLoop()
    sent = 0
    errors: list[str] = []

    def send() -> None:
        nonlocal sent
        while sent < len(moments):
            picture = QVideoFrame(figure.paint(moments[sent][1]))
            picture.setStartTime(round(sent / FPS * 1e6))
            picture.setEndTime(round((sent + 1) / FPS * 1e6))
            if not frames_in.sendVideoFrame(picture):
                return  # readyToSendVideoFrame says when to go on
            sent += 1
        if recorder.recorderState() is QMediaRecorder.RecorderState.RecordingState:
            recorder.stop()

    def on_state(state: QMediaRecorder.RecorderState) -> None:
        if state is QMediaRecorder.RecorderState.StoppedState:
            loop.quit()

    frames_in.readyToSendVideoFrame.connect(send)
    recorder.recorderStateChanged.connect(on_state)
    recorder.errorOccurred.connect(lambda _e, text: (errors.append(text), loop.quit()))
    recorder.record()
    send()
    QTimer.singleShot(round(timeout_s * 1000), loop.quit)
    loop.exec()
    if errors or sent < len(moments):
        raise RuntimeError(f"could not write {path}: {errors or 'timed out'}")
    assert QCoreApplication.instance() is not None
    return sent

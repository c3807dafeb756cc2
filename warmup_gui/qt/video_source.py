"""Where the camera's pictures come from: the computer's camera, or a recorded clip played as
if it were the camera (``--camera-source FILE``), over and over, without sound. Either way
the pictures reach a ``QVideoSink`` and nothing else: no recorder, no still capture, nothing
written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import (
    QCamera,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoSink,
)

from warmup_gui.core.words import Words

SourceWords = Words("SourceWords")


class VideoSource(QObject):
    """Pictures into :attr:`sink` between :meth:`start` and :meth:`stop`; ``problem`` says
    why there are none (no camera, a clip that cannot be played)."""

    problem = Signal(str)

    def __init__(self, clip: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sink = QVideoSink(self)
        self.clip = clip
        self._player: QMediaPlayer | None = None
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None

    @property
    def running(self) -> bool:
        if self._player is not None:
            return self._player.playbackState() is QMediaPlayer.PlaybackState.PlayingState
        return self._camera is not None and self._camera.isActive()

    def start(self) -> None:
        if self.running:
            return
        if self.clip is not None:
            self._play_clip(self.clip)
        else:
            self._open_camera()

    def _play_clip(self, clip: Path) -> None:
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._player.setVideoOutput(self.sink)
            self._player.setLoops(QMediaPlayer.Loops.Infinite)
            self._player.errorOccurred.connect(
                lambda _error, text: self.problem.emit(SourceWords.tr(
                    "Cannot play {file}: {reason}").format(file=clip.name, reason=text)))
            self._player.setSource(QUrl.fromLocalFile(str(clip.absolute())))
        self._player.play()

    def _open_camera(self) -> None:
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.problem.emit(SourceWords.tr("No camera found"))
            return
        if self._camera is None:
            self._camera = QCamera(device, self)
            self._camera.errorOccurred.connect(
                lambda _error, text: self.problem.emit(SourceWords.tr(
                    "The camera failed: {reason}").format(reason=text)))
            self._session = QMediaCaptureSession(self)
            self._session.setCamera(self._camera)
            self._session.setVideoSink(self.sink)
        self._camera.start()

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()
        if self._camera is not None:
            self._camera.stop()

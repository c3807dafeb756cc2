"""The optional body tracker: MediaPipe's pose model, which finds 33 points of a body in a
picture, offline, mapped onto the joint names the rep detector reads.

It comes with the ``camera`` extra (``pip install "warmup-gui[camera]"``). MediaPipe 0.10.14
carries its pose models inside its wheel, so nothing is downloaded when it runs; later
releases fetch models from the network and are not used. :func:`available` says whether it is
installed without importing it (an import takes seconds); without it everything else works.

Pictures stay in the process: the tracker is handed RGB pixels and returns landmarks.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from warmup_gui.core.rep_detector import Landmark, PoseFrame

INSTALL_HINT = 'pip install "warmup-gui[camera]"'
SETUP_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "setup.sh"
SETUP_HINT = "scripts/setup.sh --camera"
# MediaPipe's pose landmark numbers by the pose model's joint names (index finger: fingertip,
# foot index: toe). Eyes, ears, mouth, pinky and thumb are not used.
MEDIAPIPE_LANDMARKS: dict[str, int] = {
    "nose": 0,
    "left_shoulder": 11, "right_shoulder": 12,
    "left_elbow": 13, "right_elbow": 14,
    "left_wrist": 15, "right_wrist": 16,
    "left_fingertip": 19, "right_fingertip": 20,
    "left_hip": 23, "right_hip": 24,
    "left_knee": 25, "right_knee": 26,
    "left_ankle": 27, "right_ankle": 28,
    "left_heel": 29, "right_heel": 30,
    "left_toe": 31, "right_toe": 32,
}
MEDIAPIPE_POINTS = 33
_FULL_MODEL = 1  # the model complexity whose model ships in the wheel (0 and 2 are downloaded)


class TrackerMissing(RuntimeError):
    """The camera extra is not installed."""


class _Point(Protocol):
    x: float
    y: float
    visibility: float


def available() -> bool:
    """Whether the tracker can run here (MediaPipe is installed)."""
    return importlib.util.find_spec("mediapipe") is not None


def install_command() -> str:
    """The one command that adds the camera extra to this installation: the setup script
    in a source checkout (it installs into the checkout's own environment), else pip; empty
    where no MediaPipe with its models runs (Python 3.13 and later)."""
    if sys.version_info >= (3, 13):
        return ""
    return SETUP_HINT if SETUP_SCRIPT.is_file() else INSTALL_HINT


def how_to_get() -> str:
    """What it takes to count by camera, for when :func:`available` says no."""
    command = install_command()
    if not command:
        return "Counting by camera needs MediaPipe 0.10.14, which runs on Python 3.11 and 3.12."
    return f"Counting by camera needs MediaPipe: {command}"


def to_frame(points: Sequence[_Point], width: int, height: int) -> PoseFrame | None:
    """MediaPipe's 33 landmarks of one picture as a frame of named joints; None for anything
    but 33 of them."""
    if len(points) != MEDIAPIPE_POINTS or width <= 0 or height <= 0:
        return None
    return PoseFrame({name: Landmark(float(points[i].x), float(points[i].y),
                                     float(points[i].visibility))
                      for name, i in MEDIAPIPE_LANDMARKS.items()}, width / height)


class PoseTracker:
    """Finds the body in pictures of a video, one after the other (the model follows the body
    from one picture to the next). Raises :class:`TrackerMissing` without the camera extra."""

    def __init__(self) -> None:
        if not available():
            raise TrackerMissing(how_to_get())
        from mediapipe.python.solutions import pose

        self._pose: Any = pose.Pose(static_image_mode=False, model_complexity=_FULL_MODEL,
                                    smooth_landmarks=True)
        self.last_s = 0.0  # seconds the last picture took

    def track(self, rgb: Any) -> PoseFrame | None:
        """The body in one RGB picture (a height x width x 3 array of bytes), None if none."""
        started = time.perf_counter()
        height, width = rgb.shape[:2]
        found = self._pose.process(rgb)
        self.last_s = time.perf_counter() - started
        if found.pose_landmarks is None:
            return None
        return to_frame(found.pose_landmarks.landmark, width, height)

    def close(self) -> None:
        self._pose.close()

    def __enter__(self) -> PoseTracker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

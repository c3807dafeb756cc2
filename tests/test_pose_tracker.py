"""The optional body tracker: MediaPipe's 33 landmarks under the pose model's joint names, a clear
word without the camera extra, and, where the extra is installed, a body found in a still
picture a package ships."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from warmup_gui import pose_tracker
from warmup_gui.core.camera_rules import JOINTS
from warmup_gui.core.rep_detector import RepDetector, Tracking
from warmup_gui.core.routine import CameraRule, CameraSide
from warmup_gui.pose_tracker import (
    MEDIAPIPE_LANDMARKS,
    PoseTracker,
    TrackerMissing,
    how_to_get,
    to_frame,
)


@dataclass
class FakePoint:
    x: float
    y: float
    visibility: float


def test_every_joint_the_rules_name_has_a_landmark_on_each_side() -> None:
    names = {f"{side}_{joint}" for side in ("left", "right") for joint in JOINTS}
    assert names <= set(MEDIAPIPE_LANDMARKS)
    assert len(set(MEDIAPIPE_LANDMARKS.values())) == len(MEDIAPIPE_LANDMARKS)


def test_landmarks_are_mapped_by_mediapipe_numbering() -> None:
    points = [FakePoint(i / 100, 1 - i / 100, i / 32) for i in range(33)]
    frame = to_frame(points, 640, 480)
    assert frame is not None and frame.aspect == pytest.approx(4 / 3)
    knee = frame.landmarks["left_knee"]  # MediaPipe's LEFT_KNEE is 25
    assert (knee.x, knee.y, knee.visibility) == pytest.approx((0.25, 0.75, 25 / 32))
    assert frame.landmarks["right_toe"].x == pytest.approx(0.32)  # RIGHT_FOOT_INDEX
    assert frame.landmarks["left_fingertip"].x == pytest.approx(0.19)  # LEFT_INDEX


@pytest.mark.parametrize(("count", "width", "height"), [(0, 640, 480), (32, 640, 480),
                                                         (34, 640, 480), (33, 0, 480)])
def test_anything_but_33_points_of_a_real_picture_is_no_body(count: int, width: int,
                                                              height: int) -> None:
    assert to_frame([FakePoint(0.5, 0.5, 1.0)] * count, width, height) is None


def test_without_the_extra_the_tracker_says_how_to_get_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pose_tracker, "available", lambda: False)
    with pytest.raises(TrackerMissing, match="MediaPipe"):
        PoseTracker()
    monkeypatch.setattr(sys, "version_info", (3, 11, 7))
    assert how_to_get().endswith("scripts/setup.sh --camera")  # in this source checkout
    monkeypatch.setattr(pose_tracker, "SETUP_SCRIPT", Path("/nonexistent/setup.sh"))
    assert how_to_get().endswith('pip install "warmup-gui[camera]"')  # installed from a wheel
    monkeypatch.setattr(sys, "version_info", (3, 13, 1))
    assert "Python 3.11 and 3.12" in how_to_get()  # no wheel there: installing would not help


def test_importing_the_adapter_does_not_load_mediapipe() -> None:
    code = ("import sys, warmup_gui.pose_tracker as t; t.available(); "
            "print('mediapipe' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "False"


# SymbolDatabase.GetPrototype is deprecated: MediaPipe 0.10.14 calls it with newer protobuf.
@pytest.mark.filterwarnings("ignore:SymbolDatabase.GetPrototype:UserWarning")
def test_a_body_is_found_in_a_still_picture_a_package_ships() -> None:
    """A head-and-shoulders portrait (matplotlib ships it; MediaPipe needs matplotlib): the face
    and shoulders are found; the knees are not in the picture, so a knee rule waits."""
    pytest.importorskip("mediapipe", reason="the camera extra is not installed")
    matplotlib = pytest.importorskip("matplotlib")
    image = pytest.importorskip("matplotlib.image")
    numpy = pytest.importorskip("numpy")

    picture = Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg"
    rgb = numpy.ascontiguousarray(image.imread(picture))
    with PoseTracker() as tracker:
        frames = [tracker.track(rgb) for _ in range(3)]
        assert tracker.last_s < 2.0
    frame = frames[-1]
    assert frame is not None and frame.aspect == pytest.approx(rgb.shape[1] / rgb.shape[0])
    for name in ("left_shoulder", "right_shoulder"):
        point = frame.landmarks[name]
        assert 0.0 < point.x < 1.0 and 0.0 < point.y < 1.0 and point.visibility > 0.9
    # The person's left shoulder is on the picture's right: she faces the camera.
    assert frame.landmarks["left_shoulder"].x > frame.landmarks["right_shoulder"].x
    knee_rule = CameraRule("Knee angle", ("hip", "knee", "ankle"), 90.0, 150.0, CameraSide.BOTH)
    detector = RepDetector(knee_rule)
    states = [detector.update(t * 0.1, f) for t, f in enumerate(frames * 4)]
    assert states[-1].tracking is not Tracking.SEEN


def test_a_clip_given_as_the_camera_without_the_extra_is_said_not_played(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    from warmup_gui import cli

    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\0")
    opened: list[Path | None] = []
    monkeypatch.setattr(pose_tracker, "available", lambda: False)
    monkeypatch.setattr(cli, "open_routine", lambda _path, _presenter, source: opened.append(
        source) or 0)
    assert cli.main(["--camera-source", str(clip)]) == 0
    assert opened == [clip]  # the window opens all the same
    assert capsys.readouterr().err.startswith(f"{clip}: not played")

"""Make the clip played as the camera in the tests and benchmarks: the pose model's moving
figure doing a set of nerve flossing, 640 x 480, 15 pictures a second (benchmarks/camera_clip.py).

    .venv/bin/python tools/make_camera_clip.py [OUT.mp4]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from benchmarks.camera_clip import CLIP, write_clip


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else CLIP
    app = QGuiApplication.instance() or QGuiApplication([])
    pictures = write_clip(out)
    print(f"wrote {out}: {pictures} pictures, {out.stat().st_size // 1024} KiB")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

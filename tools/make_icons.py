"""Render the app icon (assets/desktop/<app id>.svg) to PNGs at the hicolor sizes.

    .venv/bin/python tools/make_icons.py [--out assets/desktop/icons] [--sheet icons.png]

The PNGs are committed, so a desktop without an SVG loader still shows the icon; run this
again after changing the SVG. ``--sheet`` also writes every size side by side, to look at.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from warmup_gui import APP_ID  # noqa: E402
from warmup_gui.desktop import ICON_SIZES, icon_png, icon_svg  # noqa: E402


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for <size>.png (default: next to the SVG, in icons/)")
    parser.add_argument("--sheet", type=Path, default=None,
                        help="also write all sizes side by side to this PNG")
    args = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    svg = icon_svg()
    images = {}
    for size in ICON_SIZES:
        out = (args.out / f"{size}.png") if args.out else icon_png(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        images[size] = render(svg, size)
        if not images[size].save(str(out)):
            raise SystemExit(f"could not write {out}")
        print(f"{APP_ID}: {size}×{size} -> {out}")
    if args.sheet:
        gap = 16
        sheet = QImage(sum(ICON_SIZES) + gap * (len(ICON_SIZES) + 1), max(ICON_SIZES) + 2 * gap,
                       QImage.Format.Format_ARGB32)
        sheet.fill(Qt.GlobalColor.white)
        painter = QPainter(sheet)
        x = gap
        for size in ICON_SIZES:
            painter.drawImage(x, gap, images[size])
            x += size + gap
        painter.end()
        sheet.save(str(args.sheet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

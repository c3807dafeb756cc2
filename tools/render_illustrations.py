"""Write every illustration from tools/poses.py to assets/illustrations/<id>.svg.

    python tools/render_illustrations.py [--contact-sheet docs/illustrations.png]
                                         [--png-dir DIR --png-width 1000]

The SVGs are pure functions of the pose data, so running this twice gives identical files.
``--contact-sheet`` also draws all of them (with Qt's SVG renderer) onto one PNG with each id
and its alt text under the picture; ``--png-dir`` renders each SVG to its own PNG for review.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
OUT_DIR = ROOT / "assets" / "illustrations"
sys.path.insert(0, str(TOOLS))

import poses  # noqa: E402

CARD = "#f4f6f8"  # the light card the app shows illustrations on
TEXT = "#2b3440"
MUTED_TEXT = "#4a5563"


def write_svgs(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    svgs = poses.all_svgs()
    for ident, text in svgs.items():
        path = out_dir / f"{ident}.svg"
        data = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        written.append(path)
    stale = sorted(p.name for p in out_dir.glob("*.svg") if p.stem not in svgs)
    if stale:
        print(f"note: SVGs not produced by the pose model: {', '.join(stale)}", file=sys.stderr)
    return written


def _qt():
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    return app, QtCore, QtGui, QtSvg


def render_pngs(paths: list[Path], out_dir: Path, width: int) -> None:
    _app, QtCore, QtGui, QtSvg = _qt()
    out_dir.mkdir(parents=True, exist_ok=True)
    height = round(width * poses.VIEW_H / poses.VIEW_W)
    for path in paths:
        image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32)
        image.fill(QtGui.QColor(CARD))
        painter = QtGui.QPainter(image)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        QtSvg.QSvgRenderer(str(path)).render(painter, QtCore.QRectF(0, 0, width, height))
        painter.end()
        image.save(str(out_dir / f"{path.stem}_{width}.png"))


def contact_sheet(paths: list[Path], out: Path, columns: int = 4) -> None:
    _app, QtCore, QtGui, QtSvg = _qt()
    titles = poses.titles()
    pic_w, pic_h, text_h, gap = 400, 300, 92, 16
    cell_w, cell_h = pic_w, pic_h + text_h
    rows = -(-len(paths) // columns)
    width = columns * cell_w + (columns + 1) * gap
    height = rows * cell_h + (rows + 1) * gap
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("#dfe5ea"))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
    id_font = QtGui.QFont("DejaVu Sans")
    id_font.setPixelSize(15)
    id_font.setBold(True)
    alt_font = QtGui.QFont("DejaVu Sans")
    alt_font.setPixelSize(13)
    for i, path in enumerate(paths):
        x = gap + (i % columns) * (cell_w + gap)
        y = gap + (i // columns) * (cell_h + gap)
        painter.fillRect(QtCore.QRectF(x, y, cell_w, cell_h), QtGui.QColor(CARD))
        QtSvg.QSvgRenderer(str(path)).render(painter, QtCore.QRectF(x, y, pic_w, pic_h))
        painter.setPen(QtGui.QColor(TEXT))
        painter.setFont(id_font)
        painter.drawText(
            QtCore.QRectF(x + 10, y + pic_h, cell_w - 20, 22),
            int(QtCore.Qt.AlignmentFlag.AlignLeft),
            path.stem,
        )
        painter.setPen(QtGui.QColor(MUTED_TEXT))
        painter.setFont(alt_font)
        painter.drawText(
            QtCore.QRectF(x + 10, y + pic_h + 24, cell_w - 20, text_h - 28),
            int(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.TextFlag.TextWordWrap),
            titles[path.stem],
        )
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--contact-sheet",
        type=Path,
        metavar="PATH",
        help="also render every SVG onto one PNG at PATH",
    )
    parser.add_argument(
        "--png-dir", type=Path, metavar="DIR", help="also render each SVG to DIR/<id>_<width>.png"
    )
    parser.add_argument(
        "--png-width", type=int, action="append", help="width(s) for --png-dir (default 1000)"
    )
    args = parser.parse_args(argv)
    paths = write_svgs()
    print(f"wrote {len(paths)} SVGs to {OUT_DIR.relative_to(ROOT)}")
    if args.contact_sheet:
        contact_sheet(paths, args.contact_sheet)
        print(f"wrote {args.contact_sheet}")
    if args.png_dir:
        for width in args.png_width or [1000]:
            render_pngs(paths, args.png_dir, width)
        print(f"wrote PNGs to {args.png_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

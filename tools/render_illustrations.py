"""Write every illustration of the pose model (warmup_gui/core) to assets/illustrations/<id>.svg.

    python tools/render_illustrations.py [--contact-sheet docs/illustrations.png] [--strips docs]
                                         [--png-dir DIR --png-width 1000]

The SVGs are pure functions of the pose data, so running this twice gives identical files.
``--contact-sheet`` also draws all of them (with Qt's SVG renderer) onto one PNG with each id
and its alt text under the picture; ``--png-dir`` renders each SVG to its own PNG for review.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
OUT_DIR = ROOT / "assets" / "illustrations"
sys.path.insert(0, str(ROOT))

from warmup_gui.core import figure_svg  # noqa: E402
from warmup_gui.core.figure import VIEW_H, VIEW_W  # noqa: E402
from warmup_gui.core.figure_motion import FigureTime, Half  # noqa: E402

CARD = "#f4f6f8"  # the light card the app shows illustrations on
TEXT = "#2b3440"
MUTED_TEXT = "#4a5563"


def write_svgs(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    svgs = figure_svg.all_svgs()
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
    height = round(width * VIEW_H / VIEW_W)
    for path in paths:
        image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32)
        image.fill(QtGui.QColor(CARD))
        painter = QtGui.QPainter(image)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        QtSvg.QSvgRenderer(str(path)).render(painter, QtCore.QRectF(0, 0, width, height))
        painter.end()
        image.save(str(out_dir / f"{path.stem}_{width}.png"))


def _title(path: Path) -> str:
    found = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"))
    return found.group(1) if found else ""


STRIP_MOMENTS = (  # eight frames across one rep: out, the hold at the end pose, back
    FigureTime(Half.OUT, 0.0), FigureTime(Half.OUT, 0.35), FigureTime(Half.OUT, 0.7),
    FigureTime(Half.HOLD, 1.0, 0.0), FigureTime(Half.HOLD, 1.0, 1.0),
    FigureTime(Half.BACK, 0.3), FigureTime(Half.BACK, 0.6), FigureTime(Half.BACK, 0.85),
)


def strips(out_dir: Path, frame_w: int = 360) -> list[Path]:
    """One PNG per exercise, position and side of the bundled routine: eight moments of a
    rep drawn by the app's own figure painter, with what each moment is under it."""
    _app, QtCore, QtGui, _QtSvg = _qt()
    from warmup_gui.core.demo import demo_blocks
    from warmup_gui.core.figure import figure_shapes, frame_for, moving_figure
    from warmup_gui.core.loader import load_routine
    from warmup_gui.core.pose_library import movement
    from warmup_gui.qt.widgets.shapes import paint_shapes

    frame_h, text_h = frame_w * 3 // 4, 26
    written = []
    for block in demo_blocks(load_routine(ROOT / "routines" / "hamstring_warmup.yaml")):
        found = movement(block.illustration.start, block.illustration.end)
        if found is None:
            continue
        m, alias_mirror = found
        frame = frame_for(m).mirror() if block.mirrored != alias_mirror else frame_for(m)
        fig = moving_figure(m)
        start = fig.skeleton(FigureTime.at_start())
        image = QtGui.QImage(frame_w * len(STRIP_MOMENTS), frame_h + text_h,
                             QtGui.QImage.Format.Format_RGB32)
        image.fill(QtGui.QColor(CARD))
        painter = QtGui.QPainter(image)
        font = QtGui.QFont("DejaVu Sans")
        font.setPixelSize(15)
        painter.setFont(font)
        for i, t in enumerate(STRIP_MOMENTS):
            cell = QtCore.QRectF(i * frame_w, 0, frame_w, frame_h)
            paint_shapes(painter, figure_shapes(m, fig.skeleton(t), frame, start), cell)
            label = f"{t.half.value} {t.progress:.0%}" if t.half is not Half.HOLD else \
                f"hold, lungs {t.breath:.0%}"
            painter.setPen(QtGui.QColor(MUTED_TEXT))
            painter.drawText(QtCore.QRectF(i * frame_w, frame_h, frame_w, text_h),
                             int(QtCore.Qt.AlignmentFlag.AlignCenter), label)
        painter.end()
        name = "-".join(part for part in (block.exercise.id, block.position.id if len(
            block.exercise.positions) > 1 else "", block.side.value if block.side else "")
            if part)
        path = out_dir / f"strip-{name}.png"
        image.save(str(path))
        written.append(path)
    return written


def contact_sheet(paths: list[Path], out: Path, columns: int = 4) -> None:
    _app, QtCore, QtGui, QtSvg = _qt()
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
            _title(path),
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
        "--strips", type=Path, metavar="DIR",
        help="also draw eight moments of a rep per exercise, position and side to DIR")
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
    if args.strips:
        for path in strips(args.strips):
            print(f"wrote {path}")
    if args.png_dir:
        for width in args.png_width or [1000]:
            render_pngs(paths, args.png_dir, width)
        print(f"wrote PNGs to {args.png_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

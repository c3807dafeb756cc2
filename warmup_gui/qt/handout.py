"""The printed handout: a routine on paper, for a clinician to give to a patient.

``write_handout(routine, out, routine_dir)`` writes a PDF with QPdfWriter and QPainter: the
title, date, description and rounds; the equipment checklist; then every exercise with its
dosage, the start and end pose of each position side by side (drawn from the SVGs as vectors),
numbered steps, the breathing pattern, the safety note in an amber box and a ruled box for the
clinician's notes.

Everything is laid out with real text measurement (QTextLayout on the PDF device), in two
passes: blocks are measured and placed on pages first, then painted, so the footer can say
"page 1 of 4" and the last notes box on a page can grow into the room left. An exercise that
does not fit on the rest of a page moves whole to the next one; only one taller than a whole
page (which the picture size is first reduced to avoid) is split, between its parts.

Routine text is always plain text: QTextLayout never interprets markup.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from warmup_gui.core.handout_details import HandoutDetails
from warmup_gui.core.routine import Breath, BreathAt, Exercise, Illustration, Routine, Side
from warmup_gui.core.words import Words
from warmup_gui.qt.conventions import day_pattern
from warmup_gui.qt.language import SOURCE_LANGUAGE, of_routine, speaking
from warmup_gui.qt.svg import load_svg

HandoutWords = Words("HandoutWords")

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
RESOLUTION = 1200  # device units per inch; all drawing is vector, this only sets precision

# Print colours: always dark ink on white paper, whatever the screen theme.
INK = QColor("#1b2229")
MUTED = QColor("#56616d")
ACCENT = QColor("#1f7a87")
ON_ACCENT = QColor("#ffffff")
PLAN_BG = QColor("#e3f1f3")
RULE = QColor("#b9c3cc")
CARD = QColor("#f4f6f8")
CARD_EDGE = QColor("#d5dde4")
WRITING_LINE = QColor("#c9d1d8")
SAFETY_BG = QColor("#fff3d6")
SAFETY_EDGE = QColor("#e0a526")
SAFETY_TEXT = QColor("#5c3d00")
MISSING = QColor("#b3261e")
MISSING_BG = QColor("#fdf1f0")

# Layout, in millimetres (lengths) and points (type).
MARGIN_X_MM = 15.5
MARGIN_TOP_MM = 15.5
MARGIN_BOTTOM_MM = 12.5
FOOTER_MM = 8.5  # footer band at the bottom of the content area
COLUMNS = 3  # the picture grid: a text cell and two poses, or three poses
COLUMN_GAP_MM = 7.0
PICTURE_ASPECT = 3 / 4  # height / width of a picture card
# Tried in turn so an exercise fits its share of a page; the smallest keeps a picture card
# about 33 mm wide on A4, as wide as in a row of four: a figure a patient can read.
PICTURE_SCALES = (0.7, 0.6)
EXERCISE_SHARE = 0.6  # of a page, at most, where the pictures can shrink
LARGE_PRINT = 1.4  # every type size, in large print
NOTE_LINE_MM = 8.0  # handwriting line spacing
NOTE_LINES_MIN = 2
NOTE_LINES_MAX = 12

TITLE_PT = 22.0
EXERCISE_PT = 17.0
DOSAGE_PT = 13.0
HEADING_PT = 13.0
BODY_PT = 11.0
SMALL_PT = 10.0
FOOTER_PT = 9.0
LINE_FACTOR = 1.25  # line spacing as a multiple of the type size

def format_date(date: datetime.date, language: str = SOURCE_LANGUAGE) -> str:
    """'7 March 2025' ('7. März 2025' in German): unambiguous in every country, and
    independent of the C locale."""
    locale = QLocale(language)
    return locale.toString(QDate(date.year, date.month, date.day),
                           f"{day_pattern(locale)} MMMM yyyy")


def _seconds(value: float) -> str:
    # a no-break space: "30 s" never breaks between the lines
    return HandoutWords.tr("{seconds}\u00a0s").format(seconds=f"{value:g}")


def breath_text(breath: Breath) -> str:
    """'breathe in for 4 s, hold for 4 s, breathe out for 6 s', with the number of breaths."""
    inhale = HandoutWords.tr("breathe in for {seconds}")
    hold = HandoutWords.tr("hold for {seconds}")
    exhale = HandoutWords.tr("breathe out for {seconds}")
    parts = [inhale.format(seconds=_seconds(breath.inhale_s))]
    if breath.hold_in_s:
        parts.append(hold.format(seconds=_seconds(breath.hold_in_s)))
    parts.append(exhale.format(seconds=_seconds(breath.exhale_s)))
    if breath.hold_out_s:
        parts.append(hold.format(seconds=_seconds(breath.hold_out_s)))
    steps = ", ".join(parts)
    if breath.at is BreathAt.HOLD:
        return HandoutWords.tr("All through each hold, slow breaths: {steps}.").format(
            steps=steps)
    where = breath.where[0].upper() + breath.where[1:]
    return HandoutWords.tr("{where}, %n slow breath(s): {steps}.", "", breath.cycles).format(
        where=where, steps=steps)


def rounds_text(routine: Routine) -> str:
    rounds = routine.rounds
    if rounds.is_range and rounds.low == 1:
        text = HandoutWords.tr("Do the whole circuit once, or up to %n times for a longer "
                               "session, one exercise after the other.", "", rounds.high)
    elif rounds.high == 1:
        text = HandoutWords.tr("Do the whole circuit once, one exercise after the other.")
    else:
        text = HandoutWords.tr("Do the whole circuit {rounds} times, one exercise after the "
                               "other.").format(rounds=rounds)
    if routine.rounds.high > 1 and routine.round_rest_s > 0:
        text += " " + HandoutWords.tr("Rest {seconds} between rounds.").format(
            seconds=_seconds(routine.round_rest_s))
    return text


def symptom_check_text(exercise: Exercise) -> str:
    """The symptom score the app asks for, as a patient does it on paper; "" for none."""
    rule = exercise.symptom_rule
    if not exercise.symptom_check or rule is None:
        return ""
    text = HandoutWords.tr("before you start and after you finish, score them from 0 (none) "
                           "to 10.")
    if rule.counts:
        text += f" {rule.counts}"
    return text + " " + HandoutWords.tr("At {threshold} or more before you start: {back_off}"
                                        ).format(threshold=rule.threshold,
                                                 back_off=rule.back_off)


def exercise_details(exercise: Exercise) -> str:
    """The line under the dosage: rest between sets and the pace."""
    details = []
    if exercise.sets > 1:
        details.append(HandoutWords.tr("Rest {seconds} between sets").format(
            seconds=_seconds(exercise.rest_s)) if exercise.rest_s
            else HandoutWords.tr("No rest between sets"))
    pace = _seconds(round(exercise.rep_s))
    if exercise.timed:
        each = (HandoutWords.tr("about {seconds} per hold, breathing included")
                if exercise.breath_s else HandoutWords.tr("about {seconds} per hold"))
    else:
        each = (HandoutWords.tr("about {seconds} per rep, breathing included")
                if exercise.breath_s else HandoutWords.tr("about {seconds} per rep"))
    details.append(each.format(seconds=pace))
    text = " · ".join(details)
    return text[:1].upper() + text[1:]


# --- the drawing context ---------------------------------------------------------------------


class _Device:
    """Units and fonts for one PDF: millimetres and points to device units."""

    def __init__(self, writer: QPagedPaintDevice, type_scale: float = 1.0) -> None:
        self.writer = writer
        self.res = float(writer.logicalDpiY())
        self.type_scale = type_scale  # large print sets every type size larger
        probe = QFont()
        probe.setStyleHint(QFont.StyleHint.SansSerif)
        self.family = QFontInfo(probe).family()

    def mm(self, value: float) -> float:
        return value * self.res / 25.4

    def pt(self, value: float) -> float:
        return value * self.res / 72.0

    def font(self, size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont(self.family)
        f.setStyleHint(QFont.StyleHint.SansSerif)
        f.setPointSizeF(size_pt * self.type_scale)
        f.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        f.setItalic(italic)
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # No "fi"/"fl" ligatures: the PDF's text stays searchable and reads aloud as written.
        f.setFeature(QFont.Tag("liga"), 0)
        return f


class _Text:
    """A plain-text paragraph wrapped to a width; ``bold_prefix`` characters are set bold."""

    def __init__(self, dev: _Device, text: str, font: QFont, width: float,
                 color: QColor = INK, bold_prefix: int = 0,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        self.color = color
        # A line break in the routine text is a line break on paper, never markup.
        self.layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font,
                                  dev.writer)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        if bold_prefix:
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            emphasis = QTextLayout.FormatRange()
            emphasis.start, emphasis.length, emphasis.format = 0, bold_prefix, bold
            self.layout.setFormats([emphasis])
        spacing = font.pointSizeF() * LINE_FACTOR * dev.res / 72.0
        self.layout.beginLayout()
        lines = 0
        self.natural_width = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            slack = spacing - (line.ascent() + line.descent())
            line.setPosition(QPointF(0.0, lines * spacing + slack / 2))
            self.natural_width = max(self.natural_width, line.naturalTextWidth())
            lines += 1
        self.layout.endLayout()
        self.lines = lines
        self.height = lines * spacing

    def paint(self, p: QPainter, x: float, y: float) -> None:
        p.setPen(self.color)
        self.layout.draw(p, QPointF(x, y))


# --- illustrations ---------------------------------------------------------------------------


class _Pictures:
    """The SVG renderers of a handout, loaded once per id; None where one cannot be shown."""

    def __init__(self, routine_dir: Path | None) -> None:
        self.routine_dir = routine_dir
        self._loaded: dict[str, tuple[QSvgRenderer | None, str]] = {}

    def get(self, illustration_id: str) -> tuple[QSvgRenderer | None, str]:
        if illustration_id not in self._loaded:
            self._loaded[illustration_id] = self._load(illustration_id)
        return self._loaded[illustration_id]

    def _load(self, illustration_id: str) -> tuple[QSvgRenderer | None, str]:
        loaded = load_svg(illustration_id, self.routine_dir)
        if loaded.renderer is None:
            if loaded.problem == "not found":
                return None, HandoutWords.tr("Illustration missing")
            return None, HandoutWords.tr("Illustration {problem}").format(
                problem=loaded.problem)
        return loaded.renderer, ""


def _paint_picture(p: QPainter, dev: _Device, pictures: _Pictures, illustration_id: str,
                   card: QRectF) -> None:
    """One pose on a light card, or a clear box naming the id that cannot be shown."""
    radius = dev.mm(2.0)
    renderer, problem = pictures.get(illustration_id)
    if renderer is None:
        pen = QPen(MISSING, dev.pt(1.0), Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(MISSING_BG)
        p.drawRoundedRect(card, radius, radius)
        pad = dev.mm(1.5)  # small cards: the id must still fit on one line
        text_w = card.width() - 2 * pad
        what = _Text(dev, problem, dev.font(SMALL_PT, bold=True), text_w, MISSING,
                     align=Qt.AlignmentFlag.AlignHCenter)
        name = _Text(dev, illustration_id, dev.font(SMALL_PT - 1.5), text_w, MISSING,
                     align=Qt.AlignmentFlag.AlignHCenter)
        top = card.center().y() - (what.height + name.height) / 2
        what.paint(p, card.left() + pad, top)
        name.paint(p, card.left() + pad, top + what.height)
        return
    p.setPen(QPen(CARD_EDGE, dev.pt(0.6)))
    p.setBrush(CARD)
    p.drawRoundedRect(card, radius, radius)
    p.save()
    p.setClipRect(card)
    _paint_svg(p, renderer, card.adjusted(dev.mm(1.5), dev.mm(1.5), -dev.mm(1.5), -dev.mm(1.5)))
    p.restore()


def _paint_svg(p: QPainter, renderer: QSvgRenderer, rect: QRectF) -> None:
    """The SVG centred in ``rect`` at its own aspect ratio, as vector paths in the PDF."""
    box = renderer.viewBoxF()
    scale = min(rect.width() / box.width(), rect.height() / box.height())
    w, h = box.width() * scale, box.height() * scale
    renderer.render(p, QRectF(rect.center().x() - w / 2, rect.center().y() - h / 2, w, h))


def _paint_arrow(p: QPainter, dev: _Device, x0: float, x1: float, y: float) -> None:
    pad = (x1 - x0) * 0.22
    head = dev.mm(1.6)
    a, b = x0 + pad, x1 - pad
    p.setPen(QPen(ACCENT, dev.pt(1.6), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(QPointF(a, y), QPointF(b, y))
    path = QPainterPath(QPointF(b - head, y - head))
    path.lineTo(QPointF(b, y))
    path.lineTo(QPointF(b - head, y + head))
    p.drawPath(path)


# --- blocks: measured pieces of a page -------------------------------------------------------


class _Block:
    height = 0.0
    keep_with_next = False  # a heading: never the last thing on a page

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        raise NotImplementedError


@dataclass
class _PageInfo:
    number: int
    count: int


class _Space(_Block):
    """Vertical space; dropped at the top of a page."""

    def __init__(self, height: float) -> None:
        self.height = height

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        pass


class _Paragraph(_Block):
    def __init__(self, text: _Text, indent: float = 0.0, keep_with_next: bool = False) -> None:
        self.text = text
        self.indent = indent
        self.height = text.height
        self.keep_with_next = keep_with_next

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        self.text.paint(p, x + self.indent, y)


class _Rule(_Block):
    keep_with_next = True  # it opens what follows

    def __init__(self, dev: _Device, width: float, color: QColor = RULE, weight_pt: float = 0.8,
                 space_mm: float = 2.5) -> None:
        self.dev, self.width, self.color, self.weight = dev, width, color, dev.pt(weight_pt)
        self.space = dev.mm(space_mm)
        self.height = 2 * self.space

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        p.setPen(QPen(self.color, self.weight))
        p.drawLine(QPointF(x, y + self.space), QPointF(x + self.width, y + self.space))


class _TitleBlock(_Block):
    """The routine title, then the patient, clinician, clinic, date and how often: filled in,
    or a line to write on."""

    def __init__(self, dev: _Device, routine: Routine, day: str, width: float,
                 details: HandoutDetails) -> None:
        self.dev, self.width = dev, width
        self.title = _Text(dev, routine.title, dev.font(TITLE_PT, bold=True), width, INK)
        fields = [*details.lines()[:3], (HandoutWords.tr("Date"), day),
                  details.lines()[3]]
        self.col_w = (width - dev.mm(8.0)) / 2
        self.fields = [(_Text(dev, HandoutWords.tr("{label}: ").format(label=label),
                              dev.font(BODY_PT, bold=True), self.col_w, MUTED),
                        _Text(dev, value, dev.font(BODY_PT), self.col_w, INK), value)
                       for label, value in fields]
        self.gap = dev.mm(2.0)
        self.row_h = max(max(lab.height, val.height) for lab, val, _ in self.fields) + dev.mm(1.8)
        rows = (len(self.fields) + 1) // 2
        self.height = self.title.height + self.gap + rows * self.row_h

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        self.title.paint(p, x, y)
        top = y + self.title.height + self.gap
        for i, (label, value, filled) in enumerate(self.fields):
            left = x + (i % 2) * (self.col_w + self.dev.mm(8.0))
            row = top + (i // 2) * self.row_h
            label.paint(p, left, row)
            start = left + label.natural_width + self.dev.mm(1.0)
            if filled:
                value.paint(p, start, row)
            else:  # a line to write on
                line_y = row + label.height - self.dev.mm(1.0)
                p.setPen(QPen(MUTED, self.dev.pt(0.6)))
                p.drawLine(QPointF(start, line_y), QPointF(left + self.col_w, line_y))


class _PlanBox(_Block):
    """The rounds, in a tinted box: the first thing a patient needs to know."""

    def __init__(self, dev: _Device, text: str, width: float) -> None:
        self.dev, self.width = dev, width
        self.pad = dev.mm(2.5)
        self.text = _Text(dev, text, dev.font(12.0, bold=True), width - 2 * self.pad - dev.mm(1.5),
                          INK)
        self.height = self.text.height + 2 * self.pad

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        rect = QRectF(x, y, self.width, self.height)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(PLAN_BG)
        p.drawRoundedRect(rect, self.dev.mm(1.5), self.dev.mm(1.5))
        p.setBrush(ACCENT)
        p.drawRect(QRectF(x, y, self.dev.mm(1.5), self.height))
        self.text.paint(p, x + self.dev.mm(1.5) + self.pad, y + self.pad)


class _Heading(_Block):
    def __init__(self, dev: _Device, text: str, width: float, size_pt: float = HEADING_PT) -> None:
        self.text = _Text(dev, text, dev.font(size_pt, bold=True), width, ACCENT)
        self.height = self.text.height
        self.keep_with_next = True

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        self.text.paint(p, x, y)


class _Checkbox(_Block):
    """One equipment item: an empty box to tick, its picture if there is one, the item (or its
    alternatives), and its use."""

    ICON_W_MM = 11.0

    def __init__(self, dev: _Device, line: str, use: str, width: float,
                 icon: QSvgRenderer | None, icon_column: bool) -> None:
        self.dev, self.icon = dev, icon
        self.box = dev.mm(4.0)
        self.icon_x = dev.mm(7.0)
        self.icon_w = dev.mm(self.ICON_W_MM) if icon_column else 0.0
        self.icon_h = self.icon_w * PICTURE_ASPECT
        self.indent = self.icon_x + (self.icon_w + dev.mm(3.0) if icon_column else dev.mm(1.0))
        self.line = _Text(dev, line, dev.font(BODY_PT, bold=True), width - self.indent, INK)
        self.use = _Text(dev, use, dev.font(SMALL_PT + 0.5), width - self.indent, MUTED)
        self.text_h = self.line.height + self.use.height
        self.height = max(self.text_h, self.icon_h) + dev.mm(1.0)

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        row_h = max(self.text_h, self.icon_h)
        text_top = y + (row_h - self.text_h) / 2
        first = self.line.layout.lineAt(0)
        mid = text_top + first.y() + (first.ascent() + first.descent()) / 2
        p.setPen(QPen(INK, self.dev.pt(0.9)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(x, mid - self.box / 2, self.box, self.box), self.dev.mm(0.6),
                          self.dev.mm(0.6))
        if self.icon is not None:
            card = QRectF(x + self.icon_x, y + (row_h - self.icon_h) / 2, self.icon_w,
                          self.icon_h)
            _paint_svg(p, self.icon, card)
        self.line.paint(p, x + self.indent, text_top)
        self.use.paint(p, x + self.indent, text_top + self.line.height)


class _Numbered(_Block):
    """A numbered row: the number in the gutter, then wrapped text (steps, circuit overview)."""

    def __init__(self, dev: _Device, number: str, text: _Text, gutter: float,
                 extra: _Text | None = None, space_mm: float = 1.6) -> None:
        self.number = _Text(dev, number, dev.font(BODY_PT, bold=True), gutter, ACCENT)
        self.text, self.extra, self.gutter = text, extra, gutter
        self.height = text.height + (extra.height if extra else 0.0) + dev.mm(space_mm)

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        self.number.paint(p, x, y)
        self.text.paint(p, x + self.gutter, y)
        if self.extra is not None:
            self.extra.paint(p, x + self.gutter, y + self.text.height)


class _ExerciseHeader(_Block):
    """Number badge, exercise name, dosage in the accent colour, and rest and pace."""

    def __init__(self, dev: _Device, number: int, exercise: Exercise, width: float) -> None:
        self.dev = dev
        self.badge = dev.mm(9.0)
        self.indent = self.badge + dev.mm(3.5)
        text_w = width - self.indent
        self.number = _Text(dev, str(number), dev.font(14.0, bold=True), self.badge, ON_ACCENT,
                            align=Qt.AlignmentFlag.AlignHCenter)
        self.name = _Text(dev, exercise.name, dev.font(EXERCISE_PT, bold=True), text_w, INK)
        self.dosage = _Text(dev, exercise.dosage, dev.font(DOSAGE_PT, bold=True), text_w, ACCENT)
        self.details = _Text(dev, exercise_details(exercise), dev.font(SMALL_PT + 0.5), text_w,
                             MUTED)
        self.top = dev.mm(1.0)
        self.height = (self.top + self.name.height + self.dosage.height + self.details.height)
        self.keep_with_next = True

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        first = self.name.layout.lineAt(0)
        mid = y + self.top + first.y() + (first.ascent() + first.descent()) / 2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ACCENT)
        p.drawEllipse(QPointF(x + self.badge / 2, mid), self.badge / 2, self.badge / 2)
        self.number.paint(p, x, mid - self.number.height / 2)
        row = y + self.top
        self.name.paint(p, x + self.indent, row)
        row += self.name.height
        self.dosage.paint(p, x + self.indent, row)
        self.details.paint(p, x + self.indent, row + self.dosage.height)


@dataclass
class _Cell:
    """One column of a picture row: a pose with its caption, or text."""

    caption: str = ""
    picture: str = ""  # illustration id
    arrow: bool = False  # an arrow from the previous cell's pose to this one
    texts: list[_Text] = field(default_factory=list)


class _PictureRow(_Block):
    """Up to three columns: a text cell and the start and end poses, or three poses."""

    def __init__(self, dev: _Device, pictures: _Pictures, cells: Sequence[_Cell], width: float,
                 scale: float, columns: int = COLUMNS) -> None:
        self.dev, self.pictures, self.cells = dev, pictures, list(cells)
        gap = dev.mm(COLUMN_GAP_MM)
        full = (width - (columns - 1) * gap) / columns
        self.cell_w = full * scale
        self.gap = gap
        # Centre the row when the pictures are scaled down.
        used = len(self.cells) * self.cell_w + (len(self.cells) - 1) * gap
        self.offset = max(0.0, (width - used) / 2) if scale < 1.0 else 0.0
        self.caption_font = dev.font(SMALL_PT, bold=True)
        self.captions = [_Text(dev, c.caption, self.caption_font, self.cell_w, MUTED)
                         for c in self.cells]
        self.caption_h = max((t.height for t in self.captions if t.lines), default=0.0)
        self.picture_h = self.cell_w * PICTURE_ASPECT
        text_h = max((sum(t.height for t in c.texts) for c in self.cells), default=0.0)
        self.height = max(self.caption_h + self.picture_h, text_h) + dev.mm(3.0)

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        x += self.offset
        for i, cell in enumerate(self.cells):
            left = x + i * (self.cell_w + self.gap)
            if cell.picture:
                self.captions[i].paint(p, left, y)
                card = QRectF(left, y + self.caption_h, self.cell_w, self.picture_h)
                _paint_picture(p, self.dev, self.pictures, cell.picture, card)
                if cell.arrow:
                    _paint_arrow(p, self.dev, left - self.gap, left, card.center().y())
            else:
                row = y + self.caption_h
                for text in cell.texts:
                    text.paint(p, left, row)
                    row += text.height


class _SafetyBox(_Block):
    """An amber box of paragraphs, each with a bold lead: ("Safety: ", text), ..."""

    def __init__(self, dev: _Device, paragraphs: Sequence[tuple[str, str]], width: float) -> None:
        self.dev, self.width = dev, width
        self.pad = dev.mm(2.4)
        self.bar = dev.mm(1.6)
        self.gap = dev.mm(1.0)
        self.texts = [_Text(dev, lead + text, dev.font(BODY_PT),
                            width - 2 * self.pad - self.bar, SAFETY_TEXT, bold_prefix=len(lead))
                      for lead, text in paragraphs if text]
        self.height = sum(t.height for t in self.texts) + 2 * self.pad + \
            self.gap * max(0, len(self.texts) - 1)

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        rect = QRectF(x, y, self.width, self.height)
        p.setPen(QPen(SAFETY_EDGE, self.dev.pt(0.8)))
        p.setBrush(SAFETY_BG)
        p.drawRoundedRect(rect, self.dev.mm(1.5), self.dev.mm(1.5))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SAFETY_EDGE)
        p.drawRect(QRectF(x, y, self.bar, self.height))
        top = y + self.pad
        for text in self.texts:
            text.paint(p, x + self.bar + self.pad, top)
            top += text.height + self.gap


class _SignOff(_Block):
    """Where the clinician signs and dates the handout."""

    def __init__(self, dev: _Device, width: float) -> None:
        self.dev, self.width = dev, width
        self.labels = [_Text(dev, text, dev.font(SMALL_PT), width / 2, MUTED)
                       for text in (HandoutWords.tr("Clinician's signature"),
                                    HandoutWords.tr("Date"))]
        self.line_room = dev.mm(9.0)
        self.height = self.line_room + self.labels[0].height

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        p.setPen(QPen(INK, self.dev.pt(0.6)))
        spans = ((x, x + self.width * 0.6), (x + self.width * 0.68, x + self.width))
        for (left, right), label in zip(spans, self.labels, strict=True):
            p.drawLine(QPointF(left, y + self.line_room), QPointF(right, y + self.line_room))
            label.paint(p, left, y + self.line_room + self.dev.mm(0.8))


class _NotesBox(_Block):
    """A ruled box for the clinician's handwriting; it may grow into room left on its page."""

    def __init__(self, dev: _Device, width: float, title: str) -> None:
        self.dev, self.width = dev, width
        self.label = _Text(dev, title, dev.font(SMALL_PT, bold=True), width, MUTED)
        self.pad = dev.mm(2.5)
        self.line_gap = dev.mm(NOTE_LINE_MM)
        self.lines = NOTE_LINES_MIN
        self._measure()

    def _measure(self) -> None:
        self.height = self.pad + self.label.height + self.lines * self.line_gap + 1.6 * self.pad

    def grow(self, room: float) -> None:
        extra = int(room // self.line_gap)
        self.lines = min(NOTE_LINES_MAX, self.lines + max(0, extra))
        self._measure()

    def paint(self, p: QPainter, x: float, y: float, page: _PageInfo) -> None:
        rect = QRectF(x, y, self.width, self.height)
        p.setPen(QPen(RULE, self.dev.pt(0.9)))
        p.setBrush(QBrush(QColor("#ffffff")))
        p.drawRoundedRect(rect, self.dev.mm(1.5), self.dev.mm(1.5))
        self.label.paint(p, x + self.pad, y + self.pad)
        p.setPen(QPen(WRITING_LINE, self.dev.pt(0.6)))
        top = y + self.pad + self.label.height
        for i in range(1, self.lines + 1):
            line_y = top + i * self.line_gap
            p.drawLine(QPointF(x + self.pad, line_y), QPointF(x + self.width - self.pad, line_y))


# --- building the content --------------------------------------------------------------------


@dataclass
class _Group:
    """Blocks kept together on one page whenever they fit on one."""

    blocks: list[_Block]


def _picture_rows(dev: _Device, pictures: _Pictures, exercise: Exercise, width: float,
                  scale: float) -> list[_Block]:
    """The poses: the start and end of each named position, two positions to a row of four
    full-width columns; for an exercise without named positions its start and end large (or
    start and each side's end); then each position's cue."""
    gap = dev.mm(COLUMN_GAP_MM)
    name_font, cue_font = dev.font(12.0, bold=True), dev.font(BODY_PT)
    implicit = len(exercise.positions) == 1 and not exercise.positions[0].name
    sides = dict(exercise.side_illustrations)
    blocks: list[_Block] = []

    def row(cells: list[_Cell], columns: int = COLUMNS) -> _PictureRow:
        return _PictureRow(dev, pictures, cells, width, scale, columns)

    def pair(picture: Illustration) -> list[_Cell]:
        return [_Cell(HandoutWords.tr("Start"), picture.start),
                _Cell(HandoutWords.tr("End"), picture.end, arrow=True)]

    cell_w = (width - (COLUMNS - 1) * gap) / COLUMNS * scale

    if sides:
        pics = [sides[s] for s in Side if s in sides]
        if len(pics) == 2 and pics[0].start == pics[1].start:
            cells = [_Cell(HandoutWords.tr("Start"), pics[0].start)]
            cells += [_Cell(HandoutWords.tr("End, {side}").format(
                                side=exercise.side_in_sentence(s)), sides[s].end,
                            arrow=i == 0)
                      for i, s in enumerate(Side)]
            blocks.append(row(cells))
        else:
            for side in Side:
                if side in sides:
                    label = _Cell(texts=[_Text(dev, exercise.side_label(side), name_font,
                                               cell_w, INK)])
                    blocks.append(row([label, *pair(sides[side])]))
    elif implicit:
        blocks.append(row(pair(exercise.positions[0].illustration), columns=2))
    else:  # four columns are as narrow as a picture may get: they are never scaled down
        cells = []
        for position in exercise.positions:
            cells += [_Cell(position.name, position.illustration.start),
                      _Cell(HandoutWords.tr("End"), position.illustration.end, arrow=True)]
        for first in range(0, len(cells), 4):
            chunk = cells[first:first + 4]
            blocks.append(_PictureRow(dev, pictures, chunk, width, 1.0, 4))
    for position in exercise.positions:
        lead = HandoutWords.tr("Key point: ") if implicit else HandoutWords.tr(
            "{label}: ").format(label=position.name)
        blocks.append(_Paragraph(_Text(dev, lead + position.cue, cue_font, width, INK,
                                       bold_prefix=len(lead))))
        blocks.append(_Space(dev.mm(1.5)))
    return blocks


def _exercise_group(dev: _Device, pictures: _Pictures, number: int, exercise: Exercise,
                    routine: Routine, width: float, scale: float) -> _Group:
    """One exercise: header, what it is and why it works, the poses, the steps, breathing,
    the easier and harder versions and its safety rule. The head stays with the poses."""
    body, small = dev.font(BODY_PT), dev.font(SMALL_PT + 0.5)
    blocks: list[_Block] = [
        _Rule(dev, width, ACCENT, 1.4, 1.5),
        _ExerciseHeader(dev, number, exercise, width),
        _Space(dev.mm(1.0)),
        _Paragraph(_Text(dev, exercise.summary, dev.font(BODY_PT, italic=True), width, INK),
                   keep_with_next=True),
    ]
    if exercise.why:
        lead = HandoutWords.tr("Why it works: ")
        blocks.append(_Paragraph(_Text(dev, lead + exercise.why, small, width, INK,
                                       bold_prefix=len(lead)), keep_with_next=True))
    blocks.append(_Space(dev.mm(2.0)))
    blocks += _picture_rows(dev, pictures, exercise, width, scale)
    blocks.append(_Heading(dev, HandoutWords.tr("How to do it"), width))
    blocks.append(_Space(dev.mm(1.0)))
    gutter = _gutter(dev, len(exercise.steps))
    for i, step in enumerate(exercise.steps, start=1):
        numbered = _Numbered(dev, f"{i}.", _Text(dev, step, body, width - gutter, INK), gutter,
                             space_mm=0.8)
        numbered.keep_with_next = i < len(exercise.steps)  # the steps are read on one page
        blocks.append(numbered)
    if exercise.breath is not None:
        lead = HandoutWords.tr("Breathing: ")
        blocks.append(_Space(dev.mm(1.0)))
        blocks.append(_Paragraph(_Text(dev, lead + breath_text(exercise.breath), body, width,
                                       INK, bold_prefix=len(lead))))
    for word, variant in ((HandoutWords.tr("Easier: {name}. "), exercise.easier),
                          (HandoutWords.tr("Harder: {name}. "), exercise.harder)):
        if variant is not None:
            lead = word.format(name=variant.name)
            blocks.append(_Space(dev.mm(1.0)))
            blocks.append(_Paragraph(_Text(dev, lead + variant.how, small, width, INK,
                                           bold_prefix=len(lead))))
    blocks.append(_Space(dev.mm(2.0)))
    blocks.append(_SafetyBox(dev, [(HandoutWords.tr("Safety: "), exercise.safety),
                                   (HandoutWords.tr("Check your symptoms: "),
                                    symptom_check_text(exercise))], width))
    blocks.append(_Space(dev.mm(5.0)))
    return _Group(blocks)


def _intro_groups(dev: _Device, pictures: _Pictures, routine: Routine, day: str,
                  width: float, details: HandoutDetails) -> list[_Group]:
    body = dev.font(BODY_PT)
    head: list[_Block] = [
        _TitleBlock(dev, routine, day, width, details),
        _Rule(dev, width, ACCENT, 1.4, 2.0),
        _Space(dev.mm(1.0)),
        _PlanBox(dev, rounds_text(routine), width),
        _Space(dev.mm(3.5)),
    ]
    if routine.description:
        head.append(_Paragraph(_Text(dev, routine.description, body, width, INK)))
        head.append(_Space(dev.mm(2.0)))
    if routine.source:
        lead = HandoutWords.tr("Source: ")
        head.append(_Paragraph(_Text(dev, lead + routine.source, dev.font(SMALL_PT), width,
                                     MUTED, bold_prefix=len(lead))))
    head.append(_Space(dev.mm(3.0)))
    safety = routine.safety
    paragraphs = [(HandoutWords.tr("Before you start: "), " ".join(safety.precautions)),
                  (HandoutWords.tr("Red flags: "), safety.red_flags_line),
                  (HandoutWords.tr("If symptoms linger: "), safety.lingering)]
    if any(text for _, text in paragraphs):
        head.append(_SafetyBox(dev, paragraphs, width))
    head.append(_Space(dev.mm(5.0)))
    groups = [_Group(head)]
    if routine.equipment:
        items: list[_Block] = [_Heading(dev, HandoutWords.tr("You will need"), width),
                               _Space(dev.mm(2.0))]
        # An item's picture is optional (``equipment_<id>.svg``): no placeholder without one.
        icons = [pictures.get(f"equipment_{item.id}")[0] for item in routine.equipment]
        column = any(icon is not None for icon in icons)
        items += [_Checkbox(dev, item.line, item.use, width, icon, column)
                  for item, icon in zip(routine.equipment, icons, strict=True)]
        items.append(_Space(dev.mm(4.0)))
        groups.append(_Group(items))
    return groups


def _closing_group(dev: _Device, width: float) -> _Group:
    """The clinician's notes for this patient and the signature, after the exercises."""
    return _Group([_NotesBox(dev, width, HandoutWords.tr("Clinician's notes")),
                   _Space(dev.mm(5.0)),
                   _SignOff(dev, width)])


def _gutter(dev: _Device, count: int) -> float:
    """Room for the widest number of a numbered list ("12.") and a space after it."""
    widest = _Text(dev, f"{count}.", dev.font(BODY_PT, bold=True), dev.mm(50))
    return max(dev.mm(7.0), widest.natural_width + dev.mm(2.5))


# --- pages ---------------------------------------------------------------------------------


@dataclass
class _Page:
    placed: list[tuple[_Block, float]] = field(default_factory=list)


class _Paginator:
    def __init__(self, top: float, bottom: float) -> None:
        self.top, self.bottom = top, bottom
        self.pages: list[_Page] = [_Page()]
        self.y = top

    @property
    def empty(self) -> bool:
        return not any(not isinstance(b, _Space) for b, _ in self.pages[-1].placed)

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.top

    def place(self, block: _Block) -> None:
        if isinstance(block, _Space) and self.empty:
            return  # no space at the top of a page
        self.pages[-1].placed.append((block, self.y))
        self.y += block.height

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom + 0.5

    def add(self, group: _Group, continued: _Block | None, flow: bool = False) -> None:
        """Place a group: whole on this page, else whole on the next; a ``flow`` group (or
        one taller than a page) goes on here and breaks between its blocks, keeping each
        heading with what follows and marking the rest as ``continued``."""
        if not self.fits(_trimmed_height(group.blocks)) and not self.empty and not flow:
            self.new_page()
        if self.fits(_trimmed_height(group.blocks)):
            for block in group.blocks:
                self.place(block)
            return
        # Taller than a whole page: break between blocks, keeping headings with what follows.
        blocks = group.blocks
        started = False  # "continued" only once a part of the group is on an earlier page
        for i, block in enumerate(blocks):
            need = block.height
            j = i
            while (blocks[j].keep_with_next or (isinstance(blocks[j], _Space) and j > i)) \
                    and j + 1 < len(blocks):
                j += 1
                need += blocks[j].height
            if not isinstance(block, _Space) and not self.fits(need) and not self.empty:
                self.new_page()
                if continued is not None and started:
                    self.place(continued)
            self.place(block)
            started = started or not isinstance(block, _Space)


def _trimmed_height(blocks: Sequence[_Block]) -> float:
    """A group's height without trailing space, which may run into the bottom margin."""
    end = len(blocks)
    while end and isinstance(blocks[end - 1], _Space):
        end -= 1
    return sum(b.height for b in blocks[:end])


def _grow_last_notes(pages: Iterable[_Page], bottom: float) -> None:
    """Give the last notes box on each page the lines that fit in the room below it."""
    for page in pages:
        content = [(b, y) for b, y in page.placed if not isinstance(b, _Space)]
        if content and isinstance(content[-1][0], _NotesBox):
            box, y = content[-1]
            assert isinstance(box, _NotesBox)
            box.grow(bottom - (y + box.height) - box.line_gap / 2)  # keep air above the footer


def _paint_footer(p: QPainter, dev: _Device, routine: Routine, day: str,
                  x: float, y: float, width: float, page: _PageInfo) -> None:
    font = dev.font(FOOTER_PT)
    metrics = QFontMetricsF(font, dev.writer)
    number = HandoutWords.tr("Page {page} of {pages}").format(page=page.number, pages=page.count)
    number_w = metrics.horizontalAdvance(number) + dev.mm(1.0)
    right = _Text(dev, number, font, number_w, MUTED, align=Qt.AlignmentFlag.AlignRight)
    # One line: the title and date take what the page number leaves; only a title too long
    # for that is shortened with an ellipsis, and the date is always shown.
    room = width - number_w - dev.mm(6.0)
    when = f" · {day}"
    title = metrics.elidedText(routine.title, Qt.TextElideMode.ElideRight,
                               room - metrics.horizontalAdvance(when))
    left = _Text(dev, title + when, font, room, MUTED)
    p.setPen(QPen(RULE, dev.pt(0.6)))
    p.drawLine(QPointF(x, y), QPointF(x + width, y))
    row = y + dev.mm(2.0)
    left.paint(p, x, row)
    right.paint(p, x + width - number_w, row)


def write_handout(routine: Routine, out: Path, routine_dir: Path | None,
                  page_size: PageSize = "A4", date: datetime.date | None = None,
                  details: HandoutDetails | None = None, language: str | None = None) -> int:
    """Write the routine's printed handout to ``out`` (PDF); return the number of pages.

    Needs a QGuiApplication. Illustrations are looked up beside the routine (``routine_dir``)
    and in the bundled set; one that is missing or broken is a box naming its id.
    Raises OSError when the file cannot be written.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_handout needs a QGuiApplication (fonts and SVGs come from Qt)")
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, got {page_size!r}")
    out = Path(out)
    if not out.parent.is_dir():
        raise FileNotFoundError(f"cannot write {out}: no such folder {out.parent}")
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(routine.title)
    writer.setCreator("warmup-gui")
    pages = paint_handout(writer, routine, routine_dir, date, details, language)
    if pages == 0:
        raise OSError(f"cannot write {out}")
    return pages


def paint_handout(device: QPagedPaintDevice, routine: Routine, routine_dir: Path | None,
                  date: datetime.date | None = None,
                  details: HandoutDetails | None = None, language: str | None = None) -> int:
    """Lay out and paint the handout on a PDF writer or a printer set up by the caller (paper
    size, full-page margins); return the number of pages, 0 if it could not be painted.

    The handout speaks ``language``, by default the routine's (its texts are written in it),
    whatever the window speaks: a page never mixes two languages."""
    language = language or of_routine(routine)
    with speaking(language):
        return _paint_handout(device, routine, routine_dir,
                              format_date(date or datetime.date.today(), language),
                              details or HandoutDetails())


def _paint_handout(device: QPagedPaintDevice, routine: Routine, routine_dir: Path | None,
                   day: str, details: HandoutDetails) -> int:
    dev = _Device(device, LARGE_PRINT if details.large_print else 1.0)
    full = device.pageLayout().fullRectPixels(round(dev.res))
    x, width = dev.mm(MARGIN_X_MM), full.width() - 2 * dev.mm(MARGIN_X_MM)
    top = dev.mm(MARGIN_TOP_MM)
    footer_top = full.height() - dev.mm(MARGIN_BOTTOM_MM) - dev.mm(FOOTER_MM)
    bottom = footer_top - dev.mm(2.0)
    pictures = _Pictures(routine_dir)

    paginator = _Paginator(top, bottom)
    for intro in _intro_groups(dev, pictures, routine, day, width, details):
        paginator.add(intro, None)
    for number, exercise in enumerate(routine.exercises, start=1):
        # The largest pictures with which the exercise takes at most its share of a page, or
        # else the pictures with which it is shortest.
        groups = [_exercise_group(dev, pictures, number, exercise, routine, width, scale)
                  for scale in PICTURE_SCALES]
        fitting = [g for g in groups
                   if _trimmed_height(g.blocks) <= (bottom - top) * EXERCISE_SHARE]
        group = fitting[0] if fitting else min(groups, key=lambda g: _trimmed_height(g.blocks))
        continued = _Paragraph(_Text(dev, HandoutWords.tr("{exercise} (continued)").format(
                                     exercise=exercise.name),
                                     dev.font(HEADING_PT, bold=True), width, MUTED))
        paginator.add(group, continued, flow=True)
    paginator.add(_closing_group(dev, width), None)
    pages = [page for page in paginator.pages if page.placed]
    _grow_last_notes(pages, bottom)

    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for index, page in enumerate(pages):
            if index:
                device.newPage()
            info = _PageInfo(index + 1, len(pages))
            for block, y in page.placed:
                block.paint(painter, x, y, info)
            _paint_footer(painter, dev, routine, day, x, footer_top, width, info)
    finally:
        painter.end()
    return len(pages)

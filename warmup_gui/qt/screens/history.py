"""History: past warm-ups, sessions per week, and how each exercise felt over time.

API for the window:
    show_history(result, routine=None, today=None, since=None)
        ``result`` is a LoadResult; ``routine`` orders the exercise rows (others rated in the
        past follow); ``today`` defaults to the system date; ``since`` (PersonalPrefs.since)
        limits which ratings count for "gold for you" and "skip it?".
    back_requested()             Esc, Backspace or the Back button
    reset_requested()            R or the "Start afresh" button (forget suggestions)
    handle_key(key) -> bool      the keys above; True when used
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import attrgetter
from typing import overload

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from warmup_gui.core.camera_count import range_history
from warmup_gui.core.care import choice_text, symptom_history
from warmup_gui.core.history import (
    LoadResult,
    Rating,
    SessionRecord,
    problems_text,
    ratings_over_time,
    sessions_per_week,
)
from warmup_gui.core.record import frozen_record
from warmup_gui.core.routine import Routine
from warmup_gui.core.words import Words
from warmup_gui.qt.conventions import day_and_time, day_month, day_month_year, first_weekday
from warmup_gui.qt.theme import Theme, current_theme, font, scale_for
from warmup_gui.qt.widgets.labels import ScaledTexts, TextLabel

HistoryScreenWords = Words("HistoryScreenWords")

WEEKS = 8
MAX_DOTS = 12
SESSION_ROW_HEIGHT = 62  # at 1280×800
ROW_H = 72  # one exercise's ratings in the chart, at 1280×800

_LIGHT = {Rating.GOLD: "#a87b00", Rating.OKAY: "#6f8296", Rating.GARBAGE: "#6d4c8a"}
_DARK = {Rating.GOLD: "#f2c744", Rating.OKAY: "#9fb1c3", Rating.GARBAGE: "#c4a7e0"}


def rating_colour(theme: Theme, rating: Rating) -> QColor:
    """Gold, a calm grey-blue for okay, muted violet for garbage: never amber or red, which
    mean safety and "This hurts"."""
    return QColor((_DARK if theme.dark else _LIGHT)[rating])


def rating_text_colour(theme: Theme, rating: Rating) -> QColor:
    """The rating's colour dark (or light) enough for small text: 4.5:1 on the surface."""
    colour = rating_colour(theme, rating)
    return colour if theme.dark else colour.darker(130)


def draw_rating_mark(painter: QPainter, center: QPointF, radius: float, rating: Rating,
                     theme: Theme) -> None:
    """Gold: a filled dot. Okay: a ring. Garbage: a dot with a cross. Shapes differ, so the
    marks read without colour too."""
    colour = rating_colour(theme, rating)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if rating is Rating.OKAY:
        width = radius * 0.42
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, radius - width / 2, radius - width / 2)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(center, radius, radius)
        if rating is Rating.GARBAGE:
            arm = radius * 0.42
            pen = QPen(theme.surface, radius * 0.28)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(center.x() - arm, center.y() - arm),
                             QPointF(center.x() + arm, center.y() + arm))
            painter.drawLine(QPointF(center.x() - arm, center.y() + arm),
                             QPointF(center.x() + arm, center.y() - arm))
    painter.restore()


# --- words ----------------------------------------------------------------------------------------


def duration_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 1:
        return HistoryScreenWords.tr("under 1 min")
    return HistoryScreenWords.tr("{minutes} min").format(minutes=minutes)


def session_detail(record: SessionRecord) -> str:
    parts = [duration_text(record.duration_s),
             HistoryScreenWords.tr("%n round(s)", "", record.rounds),
             HistoryScreenWords.tr("%n rep(s)", "", record.reps_done)]
    if record.skipped:
        parts.append(HistoryScreenWords.tr("%n skipped", "exercises", len(record.skipped)))
    choices = [choice_text(f.choice) for f in record.pain_flags if f.choice.backs_off]
    if choices:
        parts.append(HistoryScreenWords.tr("backed off: {choices}").format(
            choices=", ".join(choices)))
    return " · ".join(parts)




def _start_key(sessions: Sequence[SessionRecord]) -> Callable[[SessionRecord], datetime]:
    """Sessions sort by start; naive and aware times only compare as naive local times, and
    working that out for each of 10,000 sessions is most of the sort, so only when needed."""
    if any(record.started.tzinfo is not None for record in sessions):
        return lambda record: record.started.replace(tzinfo=None)
    return attrgetter("started")


@frozen_record
class ExerciseRow:
    """One exercise in the chart: its ratings oldest first, and what they add up to."""

    exercise_id: str
    name: str
    ratings: tuple[Rating, ...]
    verdict: str
    verdict_rating: Rating | None  # GOLD or GARBAGE when the last two agree


def exercise_rows(sessions: Sequence[SessionRecord], routine: Routine | None,
                  since: datetime | None = None) -> list[ExerciseRow]:
    names: dict[str, str] = {}
    if routine is not None:
        names.update((ex.id, ex.name) for ex in routine.exercises)
    for record in sessions:
        for ex_id in record.ratings:
            if ex_id not in names:
                log = record.exercises.get(ex_id)
                names[ex_id] = log.name if log is not None else ex_id
    rows = []
    for ex_id, name in names.items():
        timed = ratings_over_time(sessions, ex_id)
        counted = [r for t, r in timed if since is None
                   or t.replace(tzinfo=None) >= since.replace(tzinfo=None)]
        last_two = counted[-2:]
        verdict, verdict_rating = "", None
        if not timed:
            verdict = HistoryScreenWords.tr("Not rated yet")
        elif last_two == [Rating.GOLD, Rating.GOLD]:
            verdict, verdict_rating = HistoryScreenWords.tr("Gold for you"), Rating.GOLD
        elif last_two == [Rating.GARBAGE, Rating.GARBAGE]:
            verdict = HistoryScreenWords.tr("Garbage twice · skip it?")
            verdict_rating = Rating.GARBAGE
        rows.append(ExerciseRow(ex_id, name, tuple(r for _, r in timed), verdict,
                                verdict_rating))
    return rows


# --- widgets --------------------------------------------------------------------------------------


@frozen_record
class SessionLine:
    """One past session in words: when, how long and how much, finished or not."""

    record: SessionRecord
    when: str
    detail: str
    status: str

    @classmethod
    def of(cls, record: SessionRecord) -> SessionLine:
        return cls(record, day_and_time(record.started), session_detail(record),
                   record.status)

    def text(self) -> str:
        return f"{self.when} · {self.detail} · {self.status}"


class SessionLines(Sequence[SessionLine]):
    """Sessions in words, each worded when first asked for: a page of 10,000 sessions costs
    what the page shows."""

    def __init__(self, records: Sequence[SessionRecord] = ()) -> None:
        self._records = records
        self._worded: dict[int, SessionLine] = {}

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> SessionLine: ...

    @overload
    def __getitem__(self, index: slice) -> list[SessionLine]: ...

    def __getitem__(self, index: int | slice) -> SessionLine | list[SessionLine]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        line = self._worded.get(index)
        if line is None:
            line = self._worded[index] = SessionLine.of(self._records[index])
        return line


class SessionList(QWidget):
    """Past sessions, newest first, as many as fit (no scrollbar); "and N earlier" below.
    Page Down and Page Up (Home, End) page through the rest, so every session can be seen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 120)
        self.lines = SessionLines()
        self.first = 0  # index of the newest session shown

    def set_sessions(self, newest_first: Sequence[SessionRecord]) -> None:
        self.lines = SessionLines(newest_first)
        self.first = 0
        self.setAccessibleDescription("; ".join(line.text() for line in self.lines[:20]))
        self.update()

    def page(self, pages: int) -> bool:
        """Move by whole pages (negative: newer); True if anything moved."""
        per_page = max(1, self.visible_count())
        last_first = max(0, len(self.lines) - per_page)
        first = min(max(0, self.first + pages * per_page), last_first)
        if first == self.first:
            return False
        self.first = first
        self.update()
        return True

    def _metrics(self) -> tuple[float, float, float]:
        s = scale_for(self.window().width(), self.window().height())
        return SESSION_ROW_HEIGHT * s, 8 * s, 30 * s  # row, gap, "and N earlier"

    def visible_count(self) -> int:
        """How many sessions the list shows at its current height."""
        row_h, gap, more_h = self._metrics()
        fits = int((self.height() + gap) // (row_h + gap))
        if fits >= len(self.lines):
            return len(self.lines)
        return max(0, int((self.height() - more_h + gap) // (row_h + gap)))

    def visible_lines(self) -> list[SessionLine]:
        return self.lines[self.first: self.first + self.visible_count()]

    def more_text(self) -> str:
        """The line under the list: how many are not shown, and how to reach them."""
        shown = len(self.visible_lines())
        earlier = len(self.lines) - self.first - shown
        if not self.first:
            return HistoryScreenWords.tr("and {earlier} earlier · Page Down").format(
                earlier=earlier) if earlier else ""
        where = HistoryScreenWords.tr("{first}–{last} of {count}").format(
            first=self.first + 1, last=self.first + shown, count=len(self.lines))
        if earlier:
            return HistoryScreenWords.tr("{where} · Page Up newer · Page Down earlier").format(
                where=where)
        return HistoryScreenWords.tr("{where} · Page Up newer").format(where=where)

    def sizeHint(self) -> QSize:
        return QSize(480, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row_h, gap, more_h = self._metrics()
        shown = self.visible_lines()
        for i, line in enumerate(shown):
            self._paint_row(painter, theme, QRectF(0, i * (row_h + gap), self.width(), row_h),
                            line)
        more = self.more_text()
        if more:
            painter.setPen(theme.muted)
            painter.setFont(font(more_h * 0.62))
            top = len(shown) * (row_h + gap)
            painter.drawText(QRectF(row_h * 0.28, top, self.width(), more_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, more)
        painter.end()

    def _paint_row(self, painter: QPainter, theme: Theme, rect: QRectF,
                   line: SessionLine) -> None:
        x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.surface)
        painter.drawRoundedRect(rect, h * 0.18, h * 0.18)
        pad = h * 0.28
        status_w = w * 0.34
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(theme.text)
        painter.setFont(font(h * 0.33, QFont.Weight.DemiBold))
        painter.drawText(QRectF(x + pad, y + h * 0.08, w - status_w - pad, h * 0.48), left,
                         line.when)
        painter.setPen(theme.muted)
        room = round(w - 2 * pad)
        size = h * 0.27  # shrinks by up to a fifth to fit before it is cut short
        painter.setFont(font(size))
        wide = painter.fontMetrics().horizontalAdvance(line.detail)
        if wide > room:
            painter.setFont(font(max(size * 0.8, size * room / wide)))
        detail = painter.fontMetrics().elidedText(line.detail, Qt.TextElideMode.ElideRight,
                                                  room)
        painter.drawText(QRectF(x + pad, y + h * 0.52, w - 2 * pad, h * 0.42), left, detail)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        finished = line.record.finished
        painter.setFont(font(h * 0.29, QFont.Weight.DemiBold))
        painter.setPen(theme.accent if finished else theme.muted)
        painter.drawText(QRectF(x + w - status_w - pad, y + h * 0.08, status_w, h * 0.48),
                         right, ("✓ " if finished else "") + line.status)


class HistoryChart(QWidget):
    """Sessions per week as bars, then a row of rating marks per exercise, with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 300)
        self.weeks: list[tuple[date, int]] = []
        self.rows: list[ExerciseRow] = []

    def set_data(self, weeks: list[tuple[date, int]], rows: list[ExerciseRow]) -> None:
        self.weeks, self.rows = weeks, rows
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        s = scale_for(self.window().width(), self.window().height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.surface)
        painter.drawRoundedRect(QRectF(0, 0, w, h), 14 * s, 14 * s)
        pad = 24 * s
        inner = QRectF(pad, pad * 0.8, w - 2 * pad, h - 1.6 * pad)
        rows_h = max(1, len(self.rows)) * ROW_H * s + 44 * s
        bars_h = max(inner.height() - rows_h - 24 * s, inner.height() * 0.4)
        self._paint_bars(painter, theme, s, QRectF(inner.x(), inner.y(), inner.width(), bars_h))
        top = inner.y() + bars_h + 24 * s
        self._paint_ratings(painter, theme, s, QRectF(inner.x(), top, inner.width(),
                                                      inner.bottom() - top))
        painter.end()

    def _heading(self, painter: QPainter, theme: Theme, s: float, rect: QRectF,
                 text: str) -> None:
        painter.setPen(theme.text)
        painter.setFont(font(22 * s, QFont.Weight.DemiBold))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_bars(self, painter: QPainter, theme: Theme, s: float, area: QRectF) -> None:
        head_h = 34 * s
        self._heading(painter, theme, s, QRectF(area.x(), area.y(), area.width(), head_h),
                      HistoryScreenWords.tr("Warm-ups per week"))
        if not self.weeks:
            return
        label_h = 26 * s
        count_h = 26 * s
        plot = QRectF(area.x(), area.y() + head_h + count_h, area.width(),
                      area.height() - head_h - count_h - label_h)
        top = max(3, max(count for _, count in self.weeks))
        slot = plot.width() / len(self.weeks)
        bar_w = slot * 0.56
        baseline = plot.bottom()
        painter.setPen(QPen(theme.muted, max(1.0, 1.5 * s)))
        painter.drawLine(QPointF(plot.left(), baseline), QPointF(plot.right(), baseline))
        for i, (week, count) in enumerate(self.weeks):
            x = plot.x() + slot * i + (slot - bar_w) / 2
            bar_h = plot.height() * count / top
            this_week = i == len(self.weeks) - 1
            if count:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.accent)
                radius = min(8 * s, bar_w / 2)
                painter.drawRoundedRect(QRectF(x, baseline - bar_h, bar_w, bar_h + radius),
                                        radius, radius)
                # square off the bottom: the rounded part below the baseline is covered
                painter.setBrush(theme.surface)
                painter.drawRect(QRectF(x - 1, baseline + max(1.0, 1.5 * s) / 2 + 0.5,
                                        bar_w + 2, radius + 1))
            painter.setPen(theme.text)
            painter.setFont(font(20 * s, QFont.Weight.DemiBold))
            painter.drawText(QRectF(x - slot * 0.2, baseline - bar_h - count_h, bar_w + slot * 0.4,
                                    count_h), Qt.AlignmentFlag.AlignHCenter
                             | Qt.AlignmentFlag.AlignBottom, str(count))
            painter.setPen(theme.text if this_week else theme.muted)
            painter.setFont(font(16 * s, QFont.Weight.DemiBold if this_week
                                 else QFont.Weight.Normal))
            label = day_month(week)
            if this_week:
                label = HistoryScreenWords.tr("This week")
                # wider, it would touch last week's date
                if painter.fontMetrics().horizontalAdvance(label) > slot * 1.15:
                    label = HistoryScreenWords.tr("Now")
            painter.drawText(QRectF(plot.x() + slot * (i - 0.15), baseline + 2 * s, slot * 1.3,
                                    label_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             label)

    def _paint_ratings(self, painter: QPainter, theme: Theme, s: float, area: QRectF) -> None:
        head_h = 34 * s
        self._heading(painter, theme, s, QRectF(area.x(), area.y(), area.width(), head_h),
                      HistoryScreenWords.tr("How each exercise felt"))
        self._paint_legend(painter, theme, s, QRectF(area.x(), area.y(), area.width(), head_h))
        if not self.rows:
            painter.setPen(theme.muted)
            painter.setFont(font(18 * s))
            painter.drawText(QRectF(area.x(), area.y() + head_h, area.width(), 40 * s),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             HistoryScreenWords.tr(
                                 "Rate an exercise after a warm-up to see it here."))
            return
        row_h = min(ROW_H * s, (area.height() - head_h - 8 * s) / len(self.rows))
        radius = min(12 * s, row_h * 0.17)
        step = radius * 2.8
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, row in enumerate(self.rows):
            y = area.y() + head_h + 8 * s + row_h * i
            if i:
                painter.setPen(QPen(_faint(theme), max(1.0, s)))
                painter.drawLine(QPointF(area.x(), y), QPointF(area.right(), y))
            painter.setPen(theme.text)
            painter.setFont(font(19 * s, QFont.Weight.DemiBold))
            name = painter.fontMetrics().elidedText(row.name, Qt.TextElideMode.ElideRight,
                                                    round(area.width()))
            painter.drawText(QRectF(area.x(), y + row_h * 0.04, area.width(), row_h * 0.46),
                             left, name)
            marks = QRectF(area.x(), y + row_h * 0.5, area.width(), row_h * 0.44)
            verdict_w = 0.0
            if row.verdict:
                colour = (rating_text_colour(theme, row.verdict_rating) if row.verdict_rating
                          else theme.muted)
                painter.setPen(colour)
                painter.setFont(font(17 * s, QFont.Weight.DemiBold if row.verdict_rating
                                     else QFont.Weight.Normal))
                verdict_w = painter.fontMetrics().horizontalAdvance(row.verdict) + 20 * s
                painter.drawText(marks, right if row.ratings else left, row.verdict)
            room = max(1, int((marks.width() - verdict_w + step - 2 * radius) // step))
            shown = row.ratings[-min(MAX_DOTS, room):]
            for j, rating in enumerate(shown):
                draw_rating_mark(painter, QPointF(area.x() + radius + j * step,
                                                  marks.center().y()), radius, rating, theme)

    def _paint_legend(self, painter: QPainter, theme: Theme, s: float, rect: QRectF) -> None:
        painter.setFont(font(17 * s))
        metrics = painter.fontMetrics()
        radius = 9 * s
        gap = 22 * s
        items = [(r, r.label) for r in (Rating.GOLD, Rating.OKAY, Rating.GARBAGE)]
        widths = [radius * 2 + 8 * s + metrics.horizontalAdvance(label) for _, label in items]
        x = rect.right() - sum(widths) - gap * (len(items) - 1)
        for (rating, label), width in zip(items, widths, strict=True):
            draw_rating_mark(painter, QPointF(x + radius, rect.center().y()), radius, rating,
                             theme)
            painter.setPen(theme.muted)
            painter.drawText(QRectF(x + radius * 2 + 8 * s, rect.y(), width, rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += width + gap


def _faint(theme: Theme) -> QColor:
    c = QColor(theme.muted)
    c.setAlphaF(0.25)
    return c


class HistoryScreen(QWidget):
    """Past sessions on the left, the chart on the right; see the module docstring."""

    back_requested = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAccessibleName(HistoryScreenWords.tr("History"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._texts = ScaledTexts()
        self.title = self._text(HistoryScreenWords.tr("Your warm-ups"), 40, QFont.Weight.DemiBold)
        self.summary = self._text("", 22, object_name="muted")
        self.note = self._text("", 19)
        self.note.setObjectName("historyNote")
        self.symptoms = self._text("", 19, object_name="safety")  # scores and their advice
        self.symptoms.hide()
        self.ranges = self._text("", 19)  # ranges of motion measured by camera, by session
        self.ranges.hide()
        self.empty = self._text(
            HistoryScreenWords.tr("No warm-ups yet. Each one you do will show up here."), 24,
            object_name="muted")
        self.sessions = SessionList()
        self.chart = HistoryChart()
        self.back_button = QPushButton(HistoryScreenWords.tr("Esc  ·  Back"))
        self.back_button.setObjectName("primary")
        self.reset_button = QPushButton(HistoryScreenWords.tr("R  ·  Start afresh"))
        self.reset_button.setToolTip(
            HistoryScreenWords.tr("Forget which exercises were gold or garbage so far"))
        for button in (self.back_button, self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.clicked.connect(self.back_requested)
        self.reset_button.clicked.connect(self.reset_requested)
        self._build()
        self.show_history(LoadResult((), ()))

    def _text(self, text: str, size: float, weight: QFont.Weight = QFont.Weight.Normal,
              object_name: str = "") -> TextLabel:
        return self._texts.add(text, size, weight, object_name)

    def _build(self) -> None:
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.empty)
        left.addWidget(self.sessions, 1)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 42)
        columns.addWidget(self.chart, 58)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.back_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(48, 32, 48, 28)
        root.setSpacing(12)
        root.addWidget(self.title)
        root.addWidget(self.summary)
        root.addWidget(self.note)
        root.addWidget(self.symptoms)
        root.addWidget(self.ranges)
        root.addSpacing(6)
        root.addLayout(columns, 1)
        root.addLayout(buttons)

    def show_history(self, result: LoadResult, routine: Routine | None = None,
                     today: date | None = None, since: datetime | None = None) -> None:
        today = today or date.today()
        sessions = list(result.sessions)
        newest_first = sorted(sessions, key=_start_key(sessions), reverse=True)
        self.sessions.set_sessions(newest_first)
        self.empty.setVisible(not sessions)

        weeks = sessions_per_week(sessions, WEEKS, today, first_weekday())
        this_week = weeks[-1][1]
        if sessions:
            first = newest_first[-1].started
            since_first = HistoryScreenWords.tr("%n warm-up(s) since {day}", "", len(sessions))
            week = HistoryScreenWords.tr("%n this week", "warm-ups", this_week)
            self.summary.set_text(f"{since_first.format(day=day_month_year(first.date()))}"
                                  f" · {week}")
        else:
            self.summary.set_text(HistoryScreenWords.tr("Nothing here yet."))
        self.note.set_text(problems_text(result.problems))
        self.note.setVisible(bool(result.problems))
        lines = symptom_history(sessions, routine) if routine is not None else []
        measured = range_history(sessions, routine) if routine is not None else []
        self.ranges.set_text("\n".join(measured))
        self.ranges.setVisible(bool(measured))
        self.symptoms.set_text("\n".join(lines))
        self.symptoms.setVisible(bool(lines))
        rows = exercise_rows(sessions, routine, since)
        self.chart.set_data(weeks, rows)
        self.reset_button.setVisible(any(row.ratings for row in rows))
        self._rescale()

    def visible_rows(self) -> list[str]:
        """The sessions shown, newest first, in words."""
        return [line.text() for line in self.sessions.visible_lines()]

    def handle_key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.back_requested.emit()
            return True
        if key == Qt.Key.Key_R and not self.reset_button.isHidden():
            self.reset_requested.emit()
            return True
        every = len(self.sessions.lines)
        pages = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1, Qt.Key.Key_End: every,
                 Qt.Key.Key_Home: -every}
        if key in pages:
            self.sessions.page(pages[Qt.Key(key)])
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def _rescale(self) -> None:
        theme = current_theme()
        s = scale_for(self.width(), self.height())
        self._texts.rescale(s)
        self.note.setStyleSheet(
            f"#historyNote {{ background: {theme.surface.name()}; color: {theme.text.name()};"
            f" border-radius: {max(2, round(10 * s))}px;"
            f" padding: {round(10 * s)}px {round(14 * s)}px; }}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

"""The equipment checklist, shown before the first exercise.

Each item is a big row ticked by a click or its number key. "Start" with something unticked
does not open a dialog: an amber panel on the screen itself names what is missing and offers
to skip the exercises that need it (S) or to start anyway (Enter).

API for the window:
    start_requested(list[str])   emitted with the ids of exercises to skip ([] = all of them)
    toggle_item(n) -> bool       tick/untick item n (1-based), False if there is no item n
    request_start()              what Enter does
    skip_missing()               what S does while the amber panel shows
    handle_key(key) -> bool      all of the above by Qt key; True when the key was used
    checklist                    the core Checklist (``routine_without(ids)`` for the session)
Ticks are saved through :class:`warmup_gui.qt.settings.Settings` at every change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from warmup_gui.core.checklist import Checklist, skip_offer
from warmup_gui.core.routine import Equipment, Routine
from warmup_gui.core.svg_safety import MAX_ICON_BYTES
from warmup_gui.core.words import Words
from warmup_gui.qt.settings import Settings
from warmup_gui.qt.svg import load_svg
from warmup_gui.qt.theme import Theme, current_theme, font, scale_for
from warmup_gui.qt.widgets.labels import ScaledTexts, TextLabel

ChecklistScreenWords = Words("ChecklistScreenWords")

ROW_HEIGHT = 92  # at 1280×800


def _icon_renderer(item: Equipment, routine_dir: Path | None) -> QSvgRenderer | None:
    """``equipment_<id>.svg`` beside the routine or in the bundled set, if there is one."""
    return load_svg(f"equipment_{item.id}", routine_dir, MAX_ICON_BYTES).renderer


class EquipmentRow(QAbstractButton):
    """One checklist item: number, tick box, optional icon, the item and what it is for."""

    def __init__(self, number: int, item: Equipment, routine_dir: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.item = item
        self.icon_renderer = _icon_renderer(item, routine_dir)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys act on the screen
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(ROW_HEIGHT)
        self.flagged = False  # amber border: missing, while the skip offer shows
        self.setText(f"{number}  {item.line} — {item.use}")
        self.setAccessibleName(self.text())

    def set_flagged(self, flagged: bool) -> None:
        if flagged != self.flagged:
            self.flagged = flagged
            self.update()

    @property
    def has_icon(self) -> bool:
        return self.icon_renderer is not None

    def sizeHint(self) -> QSize:
        return QSize(800, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h, w = float(self.height()), float(self.width())
        checked = self.isChecked()
        card = QRectF(2, 2, w - 4, h - 4)
        border = theme.accent if checked else _line(theme)
        if self.flagged and not checked:
            border = theme.safety_text
        width = 3.5 if self.flagged and not checked else 2.5
        if self.hasFocus():  # reached with Tab: the same ring as a focused button
            border, width = theme.text, 4.0
        painter.setPen(QPen(border, width))
        painter.setBrush(theme.surface)
        painter.drawRoundedRect(card, h * 0.16, h * 0.16)

        pad = h * 0.24
        x = pad
        painter.setPen(theme.accent)
        painter.setFont(font(h * 0.40, QFont.Weight.DemiBold))
        painter.drawText(QRectF(x, 0, h * 0.45, h), Qt.AlignmentFlag.AlignVCenter
                         | Qt.AlignmentFlag.AlignLeft, str(self.number))
        x += h * 0.50

        box = h * 0.44
        box_rect = QRectF(x, (h - box) / 2, box, box)
        _draw_tick_box(painter, box_rect, checked, theme)
        x += box + pad * 0.9

        if self.icon_renderer is not None:
            view = self.icon_renderer.viewBoxF()
            aspect = view.width() / view.height() if view.height() > 0 else 1.0
            icon_h = h * 0.76
            icon_w = icon_h * min(2.0, max(0.5, aspect))
            icon_rect = QRectF(x, (h - icon_h) / 2, icon_w, icon_h)
            painter.setPen(Qt.PenStyle.NoPen)
            # Pictures are drawn dark on light: a light card, a shade off the row's surface.
            painter.setBrush(theme.picture_card if theme.dark else theme.background)
            painter.drawRoundedRect(icon_rect, icon_h * 0.14, icon_h * 0.14)
            self.icon_renderer.render(painter, icon_rect)
            x += icon_w + pad * 0.9

        text_w = w - x - pad
        title_h, use_h = h * 0.30, h * 0.23
        top = (h - title_h * 1.3 - use_h * 1.3) / 2
        painter.setPen(theme.text)
        painter.setFont(font(title_h, QFont.Weight.DemiBold))
        wide = painter.fontMetrics().horizontalAdvance(self.item.line)
        if wide > text_w:  # a long line of alternatives: a little smaller before eliding
            painter.setFont(font(max(title_h * 0.8, title_h * text_w / wide),
                                 QFont.Weight.DemiBold))
        elide = painter.fontMetrics().elidedText
        painter.drawText(QRectF(x, top, text_w, title_h * 1.3),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         elide(self.item.line, Qt.TextElideMode.ElideRight, round(text_w)))
        painter.setPen(theme.muted)
        painter.setFont(font(use_h))
        elide = painter.fontMetrics().elidedText
        painter.drawText(QRectF(x, top + title_h * 1.3, text_w, use_h * 1.3),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         elide(self.item.use, Qt.TextElideMode.ElideRight, round(text_w)))
        painter.end()


def _line(theme: Theme) -> QColor:
    """A quiet border: between the surface and the muted text colour."""
    c = QColor(theme.muted)
    c.setAlphaF(0.45)
    return c


def _draw_tick_box(painter: QPainter, rect: QRectF, checked: bool, theme: Theme) -> None:
    radius = rect.width() * 0.2
    if checked:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.accent)
        painter.drawRoundedRect(rect, radius, radius)
        tick = QPainterPath(QPointF(rect.left() + rect.width() * 0.24, rect.center().y()))
        tick.lineTo(rect.left() + rect.width() * 0.43, rect.top() + rect.height() * 0.70)
        tick.lineTo(rect.left() + rect.width() * 0.77, rect.top() + rect.height() * 0.30)
        pen = QPen(theme.on_accent, rect.width() * 0.12)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    else:
        painter.setPen(QPen(theme.muted, max(2.0, rect.width() * 0.07)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)


class ChecklistScreen(QWidget):
    """Tick what you have, then start; see the module docstring for the API."""

    start_requested = Signal(list)  # ids of exercises to skip

    def __init__(self, routine: Routine, settings: Settings, routine_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAccessibleName(ChecklistScreenWords.tr("Equipment checklist"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.settings = settings
        self.checklist = Checklist(routine, settings.checked_equipment)
        self._skip_ids: list[str] = []
        self._texts = ScaledTexts()

        self.title = self._text(ChecklistScreenWords.tr("Before you start"), 40,
                                QFont.Weight.DemiBold)
        count = len(routine.equipment)
        keys = "1" if count == 1 else f"1–{count}"
        self.hint = self._text(ChecklistScreenWords.tr(
            "Tick what you have at hand: click a row or press {keys}.").format(keys=keys), 22,
            object_name="muted")
        if not count:
            self.hint.set_text(ChecklistScreenWords.tr("This warm-up needs no equipment."))
        self.rows = [EquipmentRow(n, item, routine_dir)
                     for n, item in enumerate(routine.equipment, start=1)]
        for row in self.rows:
            row.setChecked(self.checklist.is_checked(row.item.id))
            row.clicked.connect(lambda _=False, r=row: self.toggle_item(r.number))

        self.start_button = QPushButton(ChecklistScreenWords.tr("Start  ·  Enter"))
        self.start_button.setObjectName("primary")
        self.status = self._text("", 22, object_name="muted")

        self.missing_panel = QFrame()
        self.missing_panel.setObjectName("missingPanel")
        self.missing_text = self._text("", 26, QFont.Weight.DemiBold)
        self.missing_text.setObjectName("missingText")
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("missingSkip")
        self.anyway_button = QPushButton(ChecklistScreenWords.tr("Enter  ·  Start anyway"))
        self.anyway_button.setObjectName("missingStart")
        for button in (self.start_button, self.skip_button, self.anyway_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.start_button.clicked.connect(self.request_start)
        self.skip_button.clicked.connect(self.skip_missing)
        self.anyway_button.clicked.connect(self.start_anyway)
        self._build()
        self.missing_panel.hide()
        self._update_status()

    def _text(self, text: str, size: float, weight: QFont.Weight = QFont.Weight.Normal,
              object_name: str = "") -> TextLabel:
        return self._texts.add(text, size, weight, object_name)

    def _build(self) -> None:
        panel = self._panel_layout = QVBoxLayout(self.missing_panel)
        panel.setContentsMargins(28, 22, 28, 22)
        panel.setSpacing(18)
        panel.addWidget(self.missing_text)
        panel_buttons = QHBoxLayout()
        panel_buttons.setSpacing(16)
        panel_buttons.addWidget(self.skip_button, 1)
        panel_buttons.addWidget(self.anyway_button, 1)
        panel.addLayout(panel_buttons)

        self.bottom = QWidget()
        bottom = QHBoxLayout(self.bottom)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.start_button)

        rows = self._rows_layout = QVBoxLayout()
        rows.setSpacing(12)
        for row in self.rows:
            rows.addWidget(row)

        root = self._root_layout = QVBoxLayout(self)
        root.setContentsMargins(48, 36, 48, 32)
        root.setSpacing(14)
        root.addWidget(self.title)
        root.addWidget(self.hint)
        root.addSpacing(8)
        root.addLayout(rows)
        root.addStretch(1)
        root.addWidget(self.missing_panel)
        root.addWidget(self.bottom)

    # --- actions -------------------------------------------------------------------------------
    def toggle_item(self, n: int) -> bool:
        """Tick or untick item ``n`` (1-based) and save the ticks; False if there is none."""
        if not 1 <= n <= len(self.rows):
            return False
        row = self.rows[n - 1]
        row.setChecked(self.checklist.toggle(row.item.id))
        self.settings.checked_equipment = sorted(self.checklist.checked)
        self._update_status()
        if self.missing_panel.isVisible():
            self._offer_skip()
        return True

    def request_start(self) -> None:
        """Enter: start if all is ticked; otherwise offer to skip, and on a second Enter start
        anyway."""
        if not self.checklist.missing():
            self._start([])
        elif self.missing_panel.isVisible():
            self.start_anyway()
        else:
            self._offer_skip()

    def start_anyway(self) -> None:
        self._start([])

    def skip_missing(self) -> None:
        """S: start without the exercises that need the missing items (if that is offered)."""
        if self.missing_panel.isVisible() and self._skip_ids:
            self._start(list(self._skip_ids))

    def cancel_offer(self) -> None:
        self.missing_panel.hide()
        self.bottom.show()
        for row in self.rows:
            row.set_flagged(False)

    @property
    def offer_visible(self) -> bool:
        return not self.missing_panel.isHidden()

    @property
    def offered_skip_ids(self) -> list[str]:
        return list(self._skip_ids) if self.offer_visible else []

    def handle_key(self, key: int) -> bool:
        """Number keys tick, Enter starts, S skips, Esc closes the offer. True if used."""
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            return self.toggle_item(key - Qt.Key.Key_0)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.request_start()
            return True
        if key == Qt.Key.Key_S and self.offer_visible and self._skip_ids:
            self.skip_missing()
            return True
        if key == Qt.Key.Key_Escape and self.offer_visible:
            self.cancel_offer()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    # --- internals -----------------------------------------------------------------------------
    def _start(self, skip_ids: list[str]) -> None:
        self.cancel_offer()
        self.start_requested.emit(skip_ids)

    def _offer_skip(self) -> None:
        text, skip_ids = skip_offer(self.checklist)
        if not text:
            self.cancel_offer()
            return
        self._skip_ids = skip_ids
        self.missing_text.set_text(text)
        needing = [ex.name for ex in self.checklist.routine.exercises if ex.id in skip_ids]
        if len(needing) == 1:
            self.skip_button.setText(ChecklistScreenWords.tr("S  ·  Skip {exercise}").format(
                exercise=needing[0]))
        else:
            self.skip_button.setText(ChecklistScreenWords.tr("S  ·  Skip %n exercise(s)", "",
                                                             len(needing)))
        self.skip_button.setVisible(bool(skip_ids))
        self.anyway_button.setText(ChecklistScreenWords.tr("Enter  ·  Start anyway") if skip_ids
                                   else ChecklistScreenWords.tr("Enter  ·  Start"))
        self._restyle_panel()
        self.bottom.hide()
        self.missing_panel.show()
        missing = {item.id for item in self.checklist.missing()}
        for row in self.rows:
            row.set_flagged(row.item.id in missing)

    def _update_status(self) -> None:
        missing = len(self.checklist.missing())
        total = len(self.rows)
        if not total:
            self.status.set_text("")
        elif missing == 0:
            self.status.set_text(ChecklistScreenWords.tr("All set."))
        else:
            self.status.set_text(ChecklistScreenWords.tr("{ticked} of {total} ticked").format(
                ticked=total - missing, total=total))

    def _restyle_panel(self) -> None:
        """Amber, from the current theme (the panel is for safety: what is missing)."""
        t = current_theme()
        s = scale_for(self.width(), self.height())

        def px(v: float) -> str:
            return f"{max(1, round(v * s))}px"

        self.missing_panel.setStyleSheet(f"""
            #missingPanel {{ background: {t.safety_bg.name()};
                border: 2px solid {t.safety_text.name()}; border-radius: {px(14)}; }}
            #missingText {{ color: {t.safety_text.name()}; background: transparent; }}
            QPushButton {{ background: {t.surface.name()}; color: {t.text.name()};
                border: 2px solid {t.safety_text.name()}; border-radius: {px(12)};
                padding: {px(12)} {px(20)}; font-size: {px(24)}; font-weight: 600;
                min-height: {px(40)}; }}
            QPushButton:focus {{ border: {px(4)} solid {t.text.name()}; }}
        """)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.offer_visible:
            self._restyle_panel()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        s = scale_for(self.width(), self.height())
        self._texts.rescale(s)
        for row in self.rows:
            row.setFixedHeight(round(ROW_HEIGHT * s))
        self._root_layout.setContentsMargins(round(48 * s), round(36 * s), round(48 * s),
                                             round(32 * s))
        self._root_layout.setSpacing(round(14 * s))
        self._rows_layout.setSpacing(round(12 * s))
        self._panel_layout.setContentsMargins(round(28 * s), round(22 * s), round(28 * s),
                                              round(22 * s))
        self._panel_layout.setSpacing(round(18 * s))
        if self.offer_visible:
            self._restyle_panel()

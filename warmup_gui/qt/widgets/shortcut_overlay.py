"""The '?' overlay: every key the app answers to, over a dimmed window."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from warmup_gui.core.words import Words
from warmup_gui.qt.accessibility import FocusReturn
from warmup_gui.qt.theme import current_theme, font

OverlayWords = Words("OverlayWords")


def shortcuts() -> tuple[tuple[str, str], ...]:
    """Each key (as the keyboard labels it) and what it does, in the user's language."""
    return (
        (OverlayWords.tr("Enter"), OverlayWords.tr("Start (overview, checklist)")),
        (OverlayWords.tr("Space  /  Backspace"), OverlayWords.tr("Count a rep  /  take it back")),
        ("A  ·  V", OverlayWords.tr("Count by itself, or by key · by camera (kept)")),
        ("↑  ·  +  /  −",
         OverlayWords.tr("Go on to the top of a range · one more / fewer rep (±10 s in a rest)")),
        ("→  /  ←", OverlayWords.tr("Next / previous step (skips a rest)")),
        ("P", OverlayWords.tr("Pause or resume")),
        (OverlayWords.tr("H  ·  0–9, T"),
         OverlayWords.tr("This hurts: back off · a symptom score asked (T = 10)")),
        (OverlayWords.tr("1–4  ·  G / O / X  ·  N"),
         OverlayWords.tr("Back off this way · rate gold / okay / garbage · a note (Esc: not now)")),
        ("I", OverlayWords.tr("Show or hide the steps of the exercise")),
        ("E", OverlayWords.tr("End the workout here (Enter confirms, Esc keeps going)")),
        ("M", OverlayWords.tr("Mute cues")),
        (OverlayWords.tr("F  /  Esc"), OverlayWords.tr("Fullscreen / leave fullscreen")),
        ("F5", OverlayWords.tr("Presenter view (1–9, arrows, C)")),
        ("D  ·  L  ·  K  ·  R", OverlayWords.tr("Dosage · history · skip offer · resume")),
        (OverlayWords.tr("Ctrl+O  ·  Ctrl+S  ·  Ctrl+P"),
         OverlayWords.tr("Open routine · save routine · handout PDF")),
        (OverlayWords.tr("Ctrl+Shift+P"), OverlayWords.tr("Print the handout")),
        (OverlayWords.tr("?  ·  Ctrl+Q"), OverlayWords.tr("These keys · quit")),
    )


class ShortcutOverlay(QWidget):
    """Covers its parent; hidden until toggled."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        # Painted, not made of labels: assistive technology reads the list from here.
        self.setAccessibleName(OverlayWords.tr("Keys"))
        self.shortcuts = shortcuts()
        self.setAccessibleDescription("; ".join(f"{key}: {what}" for key, what in self.shortcuts))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._focus = FocusReturn()
        self.hide()

    def toggle(self) -> None:
        """Show over the parent, holding the keyboard focus (a screen reader reads the keys);
        or hide, giving the focus back."""
        if self.isVisible():
            self.hide()
            self._focus.give_back()
        else:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
            self.raise_()
            self.show()
            self._focus.take(self)

    def layout_rows(self) -> tuple[QRectF, float, float, float]:
        """The panel, the row height, the key column's width and the type size.

        Rows are as tall as the window allows, up to 5.5 % of it, so every key fits on the
        screen; one type size serves every row, and the panel widens for the longest line up
        to nearly the window's width before the type shrinks."""
        rows = len(self.shortcuts) + 2
        row_h = min(max(34.0, self.height() * 0.055), self.height() * 0.96 / rows)
        size = row_h * 0.5
        key_w = max(QFontMetricsF(font(size, QFont.Weight.DemiBold)).horizontalAdvance(key)
                    for key, _ in self.shortcuts) + row_h
        longest = max((what for _, what in self.shortcuts),
                      key=lambda what: QFontMetricsF(font(size)).horizontalAdvance(what))
        widest = QFontMetricsF(font(size)).horizontalAdvance(longest)
        panel_w = min(self.width() * 0.94, max(row_h * 20, key_w + widest + row_h * 2.2))
        text_w = panel_w - key_w - row_h * 2
        # Type comes in whole pixels, and hinting does not scale in proportion: shrink until
        # the longest line fits.
        while size > 1 and QFontMetricsF(font(size)).horizontalAdvance(longest) > text_w:
            size = min(size * text_w / widest, round(size) - 1)
        panel_h = row_h * rows
        panel = QRectF((self.width() - panel_w) / 2, (self.height() - panel_h) / 2, panel_w,
                       panel_h)
        return panel, row_h, key_w, size

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        panel, row_h, key_w, size = self.layout_rows()
        text_w = panel.width() - key_w - row_h * 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.surface)
        painter.drawRoundedRect(panel, 16, 16)
        painter.setPen(theme.text)
        painter.setFont(font(row_h * 0.6, QFont.Weight.DemiBold))
        painter.drawText(QRectF(panel.x(), panel.y() + row_h * 0.2, panel.width(), row_h),
                         Qt.AlignmentFlag.AlignCenter, OverlayWords.tr("Keys"))
        for i, (key, what) in enumerate(self.shortcuts):
            y = panel.y() + row_h * (i + 1.4)
            painter.setFont(font(size, QFont.Weight.DemiBold))
            painter.setPen(theme.accent)
            painter.drawText(QRectF(panel.x() + row_h, y, key_w, row_h),
                             Qt.AlignmentFlag.AlignVCenter, key)
            painter.setFont(font(size))
            painter.setPen(theme.text)
            painter.drawText(QRectF(panel.x() + row_h + key_w, y, text_w, row_h),
                             Qt.AlignmentFlag.AlignVCenter, what)
        painter.end()

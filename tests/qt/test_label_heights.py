"""A wrapped label keeps the height its text takes at each width, and gives the height Qt's own
label would give after anything that changes it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from warmup_gui.qt.widgets.labels import TextLabel

TEXT = "Keep the knee soft and the back long; ease off if the stretch turns to pain."
WIDTHS = (60, 90, 140, 220, 400)


def _plain_twin(label: TextLabel) -> QLabel:
    """A Qt label as ``label`` is now: the same text, font, style, margins and settings."""
    twin = QLabel(label.text(), label.parentWidget())
    twin.setObjectName(label.objectName())
    twin.setWordWrap(label.wordWrap())
    twin.setFont(label.font())
    twin.setMargin(label.margin())
    twin.setIndent(label.indent())
    twin.setAlignment(label.alignment())
    twin.ensurePolished()
    twin.setContentsMargins(label.contentsMargins())
    return twin


CHANGES: dict[str, Callable[[TextLabel], None]] = {
    "text": lambda label: label.set_text(TEXT + " Then the other side."),
    "text set directly": lambda label: label.setText("Short."),
    "cleared": lambda label: label.clear(),
    "font": lambda label: label.set_pixel_size(31),
    "style": lambda label: label.parentWidget().setStyleSheet(
        "QLabel { padding: 9px 17px; font-size: 23px; }"),
    "margins": lambda label: label.setContentsMargins(5, 7, 11, 3),
    "wrapping": lambda label: label.setWordWrap(False),
    "margin": lambda label: label.setMargin(6),
    "indent": lambda label: label.setIndent(12),
    "alignment": lambda label: (label.setIndent(12), label.heightForWidth(90),
                                label.setAlignment(Qt.AlignmentFlag.AlignTop)),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_heights_follow_what_changes_them(qtbot: QtBot, change: str) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = TextLabel()
    QVBoxLayout(holder).addWidget(label)
    label.set_text(TEXT)
    label.set_pixel_size(20)
    holder.ensurePolished()
    label.ensurePolished()
    before = [label.heightForWidth(w) for w in WIDTHS]
    assert before == [label.heightForWidth(w) for w in WIDTHS]  # asked again: the same
    assert before == [_plain_twin(label).heightForWidth(w) for w in WIDTHS]
    CHANGES[change](label)
    label.ensurePolished()
    after = [label.heightForWidth(w) for w in WIDTHS]
    assert after == [_plain_twin(label).heightForWidth(w) for w in WIDTHS]
    if change not in ("wrapping",):
        assert after != before, "the change should change the heights"

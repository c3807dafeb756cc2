"""Colours and type sizes, derived from the system palette and the window's size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from warmup_gui.core.palette import DARK_PALETTE, PALETTE, RIM
from warmup_gui.core.record import frozen_record

# Reference window for the type scale in the visual guide.
REFERENCE_W, REFERENCE_H = 1280, 800


@frozen_record
class Theme:
    dark: bool
    background: QColor
    surface: QColor  # cards and the strip behind controls
    picture_card: QColor  # behind a routine's own pictures: always light, they are drawn dark
    figure_card: QColor  # behind the pose model's figure and the breathing pacer
    figure_palette: dict[str, str]  # the figure's colours
    text: QColor
    muted: QColor
    accent: QColor  # pacer, progress, the count button
    on_accent: QColor
    safety_bg: QColor
    safety_text: QColor
    hurt: QColor


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


DARK = Theme(
    dark=True,
    background=QColor("#15191e"),
    surface=QColor("#20262d"),
    picture_card=QColor("#dfe6ec"),
    figure_card=QColor(DARK_PALETTE[RIM]),
    figure_palette=DARK_PALETTE,
    text=QColor("#eef2f5"),
    muted=QColor("#a9b4bf"),
    accent=QColor("#4fc1cf"),
    on_accent=QColor("#0b1a1d"),
    safety_bg=QColor("#3b301b"),
    safety_text=QColor("#ffd27a"),
    hurt=QColor("#ff8a80"),
)
LIGHT = Theme(
    dark=False,
    background=QColor("#f4f6f8"),
    surface=QColor("#ffffff"),
    picture_card=QColor("#ffffff"),
    figure_card=QColor("#ffffff"),
    figure_palette=PALETTE,
    text=QColor("#1b2229"),
    muted=QColor("#56616d"),
    accent=QColor("#1f7a87"),
    on_accent=QColor("#ffffff"),
    safety_bg=QColor("#fff3d6"),
    safety_text=QColor("#6b4700"),
    hurt=QColor("#b3261e"),
)


def theme_for(palette: QPalette) -> Theme:
    return DARK if is_dark(palette) else LIGHT


def current_theme() -> Theme:
    return theme_for(QGuiApplication.palette())


def scale_for(width: int, height: int) -> float:
    """How much bigger than the reference window type should be (never below 0.6, which
    keeps the workout whole in the 1008×520 a 1024×600 screen leaves for a window)."""
    return max(0.6, min(width / REFERENCE_W, height / REFERENCE_H))


def font(pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(pixel_size)))
    f.setWeight(weight)
    return f

"""The application's style sheet, built from the theme."""

from __future__ import annotations

from warmup_gui.qt.theme import Theme


def style_sheet(theme: Theme, scale: float) -> str:
    def px(size: float) -> str:
        return f"{max(1, round(size * scale))}px"

    accent = theme.accent
    tint = f"rgba({accent.red()}, {accent.green()}, {accent.blue()}, 0.16)"  # chosen buttons
    return f"""
    QMainWindow, QStackedWidget, #screen {{ background: {theme.background.name()}; }}
    QLabel {{ color: {theme.text.name()}; }}
    #muted {{ color: {theme.muted.name()}; }}
    #accentText {{ color: {theme.accent.name()}; }}
    #safety {{
        background: {theme.safety_bg.name()}; color: {theme.safety_text.name()};
        border-radius: {px(10)}; padding: {px(10)} {px(14)};
    }}
    #notice {{ color: {theme.safety_text.name()}; }}
    #card {{ background: {theme.surface.name()}; border-radius: {px(14)}; }}
    QPushButton {{
        background: {theme.surface.name()}; color: {theme.text.name()};
        border: 2px solid {theme.muted.name()}; border-radius: {px(12)};
        padding: {px(10)} {px(18)}; font-size: {px(19)}; min-height: {px(34)};
    }}
    QPushButton:checked {{
        border-color: {theme.accent.name()}; color: {theme.accent.name()};
        background: {tint};
    }}
    QPushButton#primary {{
        background: {theme.accent.name()}; color: {theme.on_accent.name()};
        border-color: {theme.accent.name()}; font-weight: 600;
    }}
    QPushButton#hurt {{ border-color: {theme.hurt.name()}; color: {theme.hurt.name()}; }}
    QPushButton#listRow {{
        text-align: left; border: none; background: transparent; color: {theme.muted.name()};
        padding: {px(8)} {px(14)}; font-size: {px(20)};
    }}
    QPushButton#listRow:checked {{
        background: {theme.surface.name()}; color: {theme.accent.name()};
    }}
    QCheckBox {{ color: {theme.text.name()}; spacing: {px(10)}; }}
    QCheckBox::indicator {{
        width: {px(22)}; height: {px(22)}; border: 2px solid {theme.muted.name()};
        border-radius: {px(5)}; background: {theme.surface.name()};
    }}
    QCheckBox::indicator:checked {{
        background: {theme.accent.name()}; border-color: {theme.accent.name()};
    }}
    QCheckBox:focus {{ outline: none; }}
    QCheckBox::indicator:focus {{ border: {px(4)} solid {theme.text.name()}; }}
    QPushButton:focus, QPushButton#primary:focus, QPushButton#hurt:focus,
    QPushButton#listRow:focus {{
        outline: none; border: {px(4)} solid {theme.text.name()};
    }}
    """

"""What the first frame of a real start goes without: PySide6's ``Qt`` namespace and ``QStyle``
class (each built whole, with all its enums, at its first use), the history's module, the
session engine and its bridge, the handout's details, the socket module, the app's icon, and
the keys' actions (with the classes of actions and key sequences), which also fill the menus;
all of them come after it. No widget is made, laid out or painted naming ``Qt`` (the
exercises' empty cards included), and PySide6's import hook reads none of the window's
modules as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.qt.helpers import run_as_the_app

# Starts as ``python -m warmup_gui`` does; notes what is loaded at the first paint, then quits.
START = r'''
import linecache
import sys
from PySide6 import QtCore, QtGui, QtWidgets
import warmup_gui.cli as cli
import warmup_gui.qt.app  # as the command line does, before the window's modules
import warmup_gui.qt.main_window as main_window

_show = main_window.MainWindow.show
def show(window):
    print("Qt enums built before showing:", "Qt" in vars(QtCore))
    _show(window)

def at_first_paint(window):
    app = QtWidgets.QApplication.instance()
    print("Qt enums built by the end of the first frame:", "Qt" in vars(QtCore))
    print("QStyle enums built:", "QStyle" in vars(QtWidgets))
    print("modules:", *sorted(name for name in sys.modules if name in (
        "warmup_gui.core.history", "warmup_gui.core.engine", "warmup_gui.qt.bridge",
        "warmup_gui.core.handout_details", "socket", "warmup_gui.desktop")))
    print("icon sizes:", len(app.windowIcon().availableSizes()))
    print("keys made:", "key_actions" in vars(window), "QAction" in vars(QtGui),
          "QKeySequence" in vars(QtGui), [m.isEmpty() for m in window.menus.values()])
    print("window modules read as text:", *sorted(
        path.rsplit("/", 1)[-1] for path in linecache.cache if "warmup_gui/qt" in path))
    window.close()

main_window.MainWindow.show = show
main_window.MainWindow._after_first_paint = at_first_paint
sys.exit(cli.main([]))
'''


def test_the_overview_paints_before_what_it_does_not_show_is_loaded(tmp_path: Path) -> None:
    result = run_as_the_app(START, tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Qt enums built before showing: False",
                                          "Qt enums built by the end of the first frame: False",
                                          "QStyle enums built: False", "modules:",
                                          "icon sizes: 0",
                                          "keys made: False False False [True, True, True, True]",
                                          "window modules read as text:"
                                          ], result.stdout


def test_enum_properties_set_by_name_take_their_values(qapp: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from warmup_gui.qt.enum_properties import set_enum_property

    label = QLabel()
    set_enum_property(label, "focusPolicy", "TabFocus")
    set_enum_property(label, "alignment", "AlignLeft|AlignTop")
    assert label.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def test_a_name_the_property_does_not_take_is_refused(qapp: object) -> None:
    from PySide6.QtWidgets import QLabel

    from warmup_gui.qt.enum_properties import set_enum_property

    with pytest.raises(ValueError, match="focusPolicy"):
        set_enum_property(QLabel(), "focusPolicy", "NoSuchFocus")


# Notes the font each wrapped text is measured at (QLabel keeps its measure until its font or
# style changes) up to the first paint.
MEASURES = r'''
import sys
import warmup_gui.cli as cli
import warmup_gui.qt.app
import warmup_gui.qt.main_window as main_window
from PySide6.QtWidgets import QLabel
from warmup_gui.qt.widgets.labels import TextLabel

fonts = {}
def minimum_size_hint(label):
    fonts.setdefault(id(label), set()).add((label.font().pixelSize(), label.styleSheet(),
                                            label.contentsMargins().top()))
    return QLabel.minimumSizeHint(label)
TextLabel.minimumSizeHint = minimum_size_hint

def at_first_paint(window):
    print("texts measured:", len(fonts))
    print("measured again at another size:", sum(len(seen) > 1 for seen in fonts.values()))
    window.close()

main_window.MainWindow._after_first_paint = at_first_paint
sys.exit(cli.main([]))
'''


def test_the_overview_measures_its_texts_once_at_their_scaled_size(tmp_path: Path) -> None:
    """The overview is scaled and styled for the window's size before its texts are first
    measured; measured at their unscaled size first, every one was measured again as the
    window showed."""
    result = run_as_the_app(MEASURES, tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "measured again at another size: 0", result.stdout
    assert int(lines[0].split(": ")[1]) >= 10, result.stdout

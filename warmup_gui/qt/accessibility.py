"""What a screen reader needs beyond names: announcements, and keys that press a focused button.

* :func:`announce` hands a line to the screen reader (a QAccessibleAnnouncementEvent, which
  AT-SPI passes on as ``object:announcement``); nothing happens while no assistive technology
  listens.
* :class:`FocusReturn` gives the keyboard focus back when an overlay that took it closes.
* :func:`focused_button_key`: Enter presses the button that has the keyboard focus (reached
  with Tab) on every screen. Space does too, and the arrows move among a group of choices
  (Tab reaches only the chosen one, as Qt does for a button group), except where Space and
  the arrows drive the session (the workout and the presenter view): there they always do,
  whatever has the focus, so a runner's key never changes its meaning because a button was
  tabbed to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from shiboken6 import Shiboken

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


def announce(source: QWidget, text: str, assertive: bool = False) -> None:
    """Ask the screen reader to say ``text`` (``assertive``: at once, cutting off speech)."""
    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class FocusReturn:
    """Where the keyboard focus was when an overlay took it, to give it back as it closes."""

    def __init__(self) -> None:
        self._before: QWidget | None = None

    def take(self, overlay: QWidget) -> None:
        focus = QApplication.focusWidget()
        if focus is None or (focus is not overlay and not overlay.isAncestorOf(focus)):
            self._before = focus  # (the overlay holding it already: opened again)
        overlay.setFocus()

    def give_back(self) -> None:
        before, self._before = self._before, None
        if before is not None and Shiboken.isValid(before) and before.isVisible():
            before.setFocus()


def focused_button_key(window: QWidget, key: int, session_keys: bool) -> bool:
    """Let the focused button in ``window`` answer ``key``: Enter presses it, and unless
    ``session_keys`` (Space and the arrows drive a session here) Space presses it and an
    arrow chooses the next or previous button of its group. True when the key was used."""
    focused = QApplication.focusWidget()
    if not isinstance(focused, QAbstractButton) or not window.isAncestorOf(focused) \
            or not focused.isVisible() or not focused.isEnabled():
        return False
    if key in ENTER_KEYS or (key == Qt.Key.Key_Space and not session_keys):
        focused.click()
        return True
    group = focused.group()
    if key not in ARROWS or session_keys or group is None:
        return False
    choices = [b for b in group.buttons() if b.isVisible() and b.isEnabled()]
    chosen = choices[(choices.index(focused) + ARROWS[Qt.Key(key)]) % len(choices)]
    chosen.setFocus(Qt.FocusReason.TabFocusReason)
    chosen.click()
    return True

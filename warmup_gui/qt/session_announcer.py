"""SessionAnnouncer: tells a screen reader what changes in a running session.

What to say is decided by ``announcements_between`` (:mod:`warmup_gui.core.announcements`):
reps, breathing phases, new blocks, switching sides, rests, pausing. Each line goes out through
:func:`warmup_gui.qt.accessibility.announce` while the workout screen shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from warmup_gui.core.announcements import announcements_between
from warmup_gui.core.engine import Session, SessionState
from warmup_gui.qt.accessibility import announce
from warmup_gui.qt.bridge import SessionBridge


class SessionAnnouncer(QObject):
    """Announces the session's changes through ``source`` (the workout screen) while it shows."""

    announced = Signal(str)

    def __init__(self, bridge: SessionBridge, source: QWidget) -> None:
        super().__init__(source)
        self._source = source
        self._bridge = bridge
        self._session: Session | None = None
        self._last: SessionState | None = None
        bridge.state_changed.connect(self._on_state_changed)

    def _on_state_changed(self, state: SessionState) -> None:
        if self._bridge.session is not self._session:  # a new session: nothing seen of it
            self._session, self._last = self._bridge.session, None
        last, self._last = self._last, state
        if not self._source.isVisible():
            return
        ended_with = self._bridge.session.reps_in(last.step_index) if last is not None else 0
        for text in announcements_between(last, state, ended_with):
            announce(self._source, text)
            self.announced.emit(text)

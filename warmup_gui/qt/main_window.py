"""The main window: overview → workout → summary, all driven from the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from warmup_gui.core.clock import Clock, MonotonicClock
from warmup_gui.core.engine import Session
from warmup_gui.core.routine import Routine
from warmup_gui.qt.bridge import SessionBridge
from warmup_gui.qt.screens.overview import OverviewScreen
from warmup_gui.qt.screens.presenter import PresenterScreen
from warmup_gui.qt.screens.summary import SummaryScreen
from warmup_gui.qt.screens.workout import WorkoutScreen
from warmup_gui.qt.settings import Settings
from warmup_gui.qt.style import style_sheet
from warmup_gui.qt.theme import current_theme, scale_for
from warmup_gui.qt.widgets.shortcut_overlay import ShortcutOverlay

WINDOW_TITLE = "Warm-up"


class MainWindow(QMainWindow):
    """Holds the three screens and the one session bridge; maps keys to bridge actions."""

    def __init__(self, routine: Routine, routine_path: Path | None = None,
                 clock: Clock | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(f"{routine.title} · {WINDOW_TITLE}")
        self.routine = routine
        self.clock = clock or MonotonicClock()
        self.settings = settings or Settings(QSettings())
        self.overview = OverviewScreen(routine, self.settings)
        self.bridge = SessionBridge(self._new_session(), self)
        routine_dir = routine_path.parent if routine_path else None
        self.workout = WorkoutScreen(self.bridge, routine_dir)
        self.summary = SummaryScreen()
        self.presenter = PresenterScreen(routine, routine_dir)
        self._before_presenter: QWidget | None = None
        self._was_fullscreen = False
        self.stack = QStackedWidget()
        for screen in (self.overview, self.workout, self.summary, self.presenter):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        self.overlay = ShortcutOverlay(self.stack)
        self.stack.installEventFilter(self)
        self._style_scale = 0.0
        self._connect()
        self._shortcuts()
        self.resize(1280, 800)
        self.setMinimumSize(1024, 640)

    def _connect(self) -> None:
        self.overview.start_requested.connect(self.start_workout)
        self.bridge.finished.connect(self._on_finished)
        self.summary.again_requested.connect(self.back_to_overview)
        self.summary.quit_requested.connect(self.close)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    def _shortcuts(self) -> None:
        keys: list[tuple[str, Callable[[], object]]] = [
            ("Space", self._count),
            ("Backspace", self._undo),
            ("Right", self._next),
            ("Left", self._previous),
            ("P", self._pause),
            ("A", self._toggle_auto),
            ("F", self.toggle_fullscreen),
            ("Escape", self._escape),
            ("?", self.overlay.toggle),
            ("Shift+?", self.overlay.toggle),  # how some platforms report the same key
            ("Return", self._enter),
            ("Enter", self._enter),
            ("Ctrl+Q", self.close),
            ("F5", self.toggle_presenter),
            ("C", self._toggle_counters),
        ]
        keys += [(str(n), partial(self._digit, n)) for n in range(1, 10)]
        for key, action in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)

    # --- screens ---------------------------------------------------------------------------
    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _new_session(self) -> Session:
        return Session(self.overview.session_routine(), self.clock, self.overview.rounds)

    def start_workout(self) -> None:
        self.bridge.replace_session(self._new_session())
        self.workout.set_session_steps()
        self.workout.pacer.set_reduced_motion(self.settings.reduced_motion)
        self.stack.setCurrentWidget(self.workout)
        self.bridge.start()

    def back_to_overview(self) -> None:
        self.bridge.stop()
        self.bridge.replace_session(self._new_session())
        self.stack.setCurrentWidget(self.overview)

    def _on_finished(self) -> None:
        self.summary.show_summary(self.bridge.session.summary())
        self.stack.setCurrentWidget(self.summary)

    # --- keys --------------------------------------------------------------------------------
    def _in_workout(self) -> bool:
        return self.current_screen() is self.workout and not self.overlay.isVisible()

    def _in_presenter(self) -> bool:
        return self.current_screen() is self.presenter and not self.overlay.isVisible()

    def _count(self) -> None:
        if self._in_workout():
            self.bridge.count_rep()
        elif self._in_presenter():
            self.presenter.count_rep()

    def _undo(self) -> None:
        if self._in_workout():
            self.bridge.undo_rep()
        elif self._in_presenter():
            self.presenter.undo_rep()

    def _next(self) -> None:
        if self._in_workout():
            self.bridge.next()
        elif self._in_presenter():
            self.presenter.next_block()

    def _previous(self) -> None:
        if self._in_workout():
            self.bridge.previous()
        elif self._in_presenter():
            self.presenter.previous_block()
        elif self.current_screen() is self.summary:
            self.stack.setCurrentWidget(self.workout)
            self.bridge.previous()

    def _pause(self) -> None:
        if self._in_workout():
            self.bridge.toggle_pause()

    def _toggle_auto(self) -> None:
        if self._in_workout():
            self.bridge.set_auto_count(not self.bridge.session.auto_count)

    def _toggle_counters(self) -> None:
        if self._in_presenter():
            self.presenter.toggle_counters()

    def _digit(self, n: int) -> None:
        if self.current_screen() is self.overview:
            self.overview.set_rounds(n)
        elif self._in_presenter():
            self.presenter.jump_to_exercise(n)

    def _enter(self) -> None:
        if self.current_screen() is self.overview:
            self.start_workout()
        elif self.current_screen() is self.summary:
            self.back_to_overview()

    def _escape(self) -> None:
        if self.overlay.isVisible():
            self.overlay.toggle()
        elif self.current_screen() is self.presenter:
            self.toggle_presenter()
        elif self.isFullScreen():
            self.showNormal()

    def toggle_presenter(self) -> None:
        """Enter or leave the presenter view; a workout under way is paused meanwhile."""
        if self.current_screen() is self.presenter:
            self.stack.setCurrentWidget(self._before_presenter or self.overview)
            if not self._was_fullscreen:
                self.showNormal()
            return
        self._before_presenter = self.current_screen()
        self._was_fullscreen = self.isFullScreen()
        self.bridge.pause()
        self.presenter.set_routine(self.overview.session_routine())
        self.stack.setCurrentWidget(self.presenter)
        self.showFullScreen()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # --- look --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.stack and event.type() == QEvent.Type.Resize:
            self.overlay.setGeometry(self.stack.rect())
            self._restyle()
        return super().eventFilter(watched, event)

    def _on_color_scheme_changed(self) -> None:
        self._restyle(force=True)
        self.update()

    def _restyle(self, force: bool = False) -> None:
        scale = round(scale_for(self.stack.width(), self.stack.height()), 2)
        if force or scale != self._style_scale:
            self._style_scale = scale
            self.setStyleSheet(style_sheet(current_theme(), scale))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._update_animating()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_animating()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_animating()

    def _update_animating(self) -> None:
        self.bridge.set_animating(self.isVisible() and not self.isMinimized())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.bridge.pause()  # a paused session schedules no timer, even as the window hides
        self.bridge.stop()
        super().closeEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.quit()

"""The main window: overview → workout → summary, all driven from the keyboard."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from warmup_gui.core.clock import Clock, FakeClock, MonotonicClock
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Routine
from warmup_gui.core.words import Words
from warmup_gui.qt import language, window_size
from warmup_gui.qt.paths import DataDirError, data_dir
from warmup_gui.qt.routine_picker import RoutinePicker
from warmup_gui.qt.screens.overview import OverviewScreen
from warmup_gui.qt.settings import AUTO_COUNT, CAMERA_COUNT, Settings
from warmup_gui.qt.style import style_sheet
from warmup_gui.qt.theme import current_theme, scale_for

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtCore import QLockFile, Qt
    from PySide6.QtGui import QAction, QKeyEvent
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from warmup_gui.core.engine import Session
    from warmup_gui.core.handout_details import HandoutDetails
    from warmup_gui.core.history import LoadProblem, LoadResult, PersonalPrefs, SessionRecord
    from warmup_gui.qt.bridge import SessionBridge
    from warmup_gui.qt.camera_counting import CameraCounting
    from warmup_gui.qt.care import CareController
    from warmup_gui.qt.frame_pipeline import Tracker
    from warmup_gui.qt.history_reader import HistoryReader
    from warmup_gui.qt.journal import SessionJournal
    from warmup_gui.qt.prepare import ScreenPreparer
    from warmup_gui.qt.screens.checklist import ChecklistScreen
    from warmup_gui.qt.screens.dosage import DosageScreen
    from warmup_gui.qt.screens.history import HistoryScreen
    from warmup_gui.qt.screens.pain import ConfirmPanel
    from warmup_gui.qt.screens.presenter import PresenterScreen
    from warmup_gui.qt.screens.summary import SummaryScreen
    from warmup_gui.qt.screens.workout import WorkoutScreen
    from warmup_gui.qt.session_cues import SessionCues
    from warmup_gui.qt.widgets.shortcut_overlay import ShortcutOverlay

MainWindowWords = Words("MainWindowWords")


def _local_now() -> datetime:
    """The wall-clock time here (the datetime module is first needed after the first paint,
    when the history is read)."""
    from datetime import datetime

    return datetime.now()


def _nothing() -> None:
    """A key only some screen answers."""


class MainWindow(QMainWindow):
    """Holds the screens and the one session bridge; maps keys to bridge actions."""

    first_painted = Signal()  # the overview has shown: what can wait until then may start

    def __init__(self, routine: Routine, routine_path: Path | None = None,
                 clock: Clock | None = None, settings: Settings | None = None,
                 data_folder: Path | None = None,
                 now: Callable[[], datetime] | None = None,
                 camera_source: Path | None = None,
                 make_tracker: Callable[[], Tracker] | None = None,
                 fit_to_screen: bool = False) -> None:
        """``camera_source``: a clip played as the camera; ``make_tracker``: the body
        tracker counting by camera uses (MediaPipe's, where the camera extra is installed);
        ``fit_to_screen``: sized for its screen (window_size.place), else the preferred size."""
        super().__init__()
        self.setWindowTitle(MainWindowWords.tr("{routine} · Warm-up").format(routine=routine.title))
        self.routine = routine
        language.speak_routine_phrases(routine)  # before any step is named
        self.routine_path = routine_path
        self.routine_dir = routine_path.parent if routine_path else None
        self.clock = clock or MonotonicClock()
        self.camera_source = camera_source
        self._make_tracker = make_tracker
        self._now = now or _local_now
        self.settings = settings or Settings(QSettings())
        self.settings.carry_over_global(routine.key)  # settings from before they were per routine
        self.folder_problem = ""  # why history cannot be kept, from the start
        if data_folder is None:
            try:
                data_folder = data_dir()
            except DataDirError as exc:
                self.folder_problem = str(exc)
                data_folder = exc.folder
        self.folder = data_folder
        # Claimed once the overview has painted (writing a lock file takes milliseconds).
        self.instance_note = ""
        self._folder_lock: QLockFile | None = None
        # Another routine picked here: the window closes and opens again with it.
        self.next_routine: tuple[Routine, Path] | None = None
        self.picker = RoutinePicker(self, self.settings, data_folder)
        self.picker.chosen.connect(self._switch_routine)
        self._history_problems: list[LoadProblem] = []
        self.overview = OverviewScreen(routine, self.settings.for_routine(routine.key))
        self.checklist: ChecklistScreen | None = None
        self._before_presenter: QWidget | None = None
        self._before_history: QWidget | None = None
        self._printer: QPrinter | None = None
        self._was_fullscreen = False
        self._confirming = ""  # what the open confirmation is about: "end" or "quit"
        self._resumable: SessionRecord | None = None  # a workout cut off, offered to resume
        self._resume_after_confirm = False
        self.stack = QStackedWidget()
        # The panels over the screens are the stack's siblings, not its children: a stacked
        # widget shows assistive technology its current page and nothing else.
        self.screens = QWidget()
        layout = QVBoxLayout(self.screens)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setCentralWidget(self.screens)
        self.stack.installEventFilter(self)
        self._style_scale = 0.0
        self._menu_titles()
        self.resize(window_size.PREFERRED)
        self.setMinimumSize(window_size.MINIMUM)
        if fit_to_screen:
            window_size.place(self, self.settings)
        # Styled and scaled for that size before the overview joins the stack, which measures
        # its texts: otherwise they are measured at their unscaled size, then again as the
        # window first shows and its stack, resized, restyles and rescales them.
        self._style_ahead()
        self.stack.addWidget(self.overview)
        self._connect()
        # The overview is painted first; what history says about this person follows.
        self._personal_pending = True
        self.personal_loaded = False  # history has been read for the overview

    def _claim_folder(self) -> str:
        """Hold a lock on the data folder while the window is open; if another window of the
        app holds it, both save history side by side (each session to its own file), and
        the overview says so."""
        from PySide6.QtCore import QLockFile

        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
        lock = self._folder_lock = QLockFile(str(self.folder / "instance.lock"))
        if lock.tryLock(0):
            return ""
        if lock.error() is QLockFile.LockError.LockFailedError:
            return MainWindowWords.tr("Another window of this app is open on the same history; "
                                      "each saves its own sessions, and each shows what it "
                                      "read when it opened.")
        return ""

    # --- parts made when first needed, so the window shows sooner --------------------------
    def _made(self, name: str) -> bool:
        return name in self.__dict__

    def _showing(self, name: str) -> bool:
        """Whether the screen called ``name`` exists and is the one shown (without making it)."""
        screen = self.__dict__.get(name)
        return screen is not None and self.stack.currentWidget() is screen

    @cached_property
    def overlay(self) -> ShortcutOverlay:
        """The list of keys ("?"), over the screens."""
        from warmup_gui.qt.widgets.shortcut_overlay import ShortcutOverlay

        overlay = ShortcutOverlay(self.screens)
        overlay.setGeometry(self.stack.rect())
        return overlay

    def _toggle_keys(self) -> None:
        self.overlay.toggle()

    def _keys_shown(self) -> bool:
        return self._made("overlay") and self.overlay.isVisible()

    @cached_property
    def bridge(self) -> SessionBridge:
        """The one session bridge, made when a workout or anything about one first needs it:
        the overview shows without the session engine (its times come from the schedule)."""
        from warmup_gui.qt.bridge import SessionBridge

        bridge = SessionBridge(self._new_session(), self)
        bridge.finished.connect(self._on_finished)
        bridge.set_animating(self._animating())
        return bridge

    @cached_property
    def workout(self) -> WorkoutScreen:
        from warmup_gui.qt.screens.workout import WorkoutScreen

        screen = WorkoutScreen(self.bridge, self.routine_dir)
        screen.hurt_button.clicked.connect(self._hurts)
        screen.score_aside.rated.connect(lambda value: self.care.answer_aside(value))
        self.stack.addWidget(screen)
        return screen

    @cached_property
    def summary(self) -> SummaryScreen:
        from warmup_gui.qt.screens.summary import SummaryScreen

        screen = SummaryScreen()
        screen.again_requested.connect(self.back_to_overview)
        screen.history_requested.connect(self.show_history)
        screen.quit_requested.connect(self.close)
        self.stack.addWidget(screen)
        return screen

    @cached_property
    def presenter(self) -> PresenterScreen:
        from warmup_gui.qt.screens.presenter import PresenterScreen

        screen = PresenterScreen(self.routine, self.routine_dir)
        self.stack.addWidget(screen)
        return screen

    @cached_property
    def history(self) -> HistoryScreen:
        from warmup_gui.qt.screens.history import HistoryScreen

        screen = HistoryScreen()
        screen.back_requested.connect(self._leave_history)
        screen.reset_requested.connect(self._on_reset_personal)
        self.stack.addWidget(screen)
        return screen

    @cached_property
    def dosage(self) -> DosageScreen:
        from warmup_gui.qt.screens.dosage import DosageScreen

        screen = DosageScreen(self.routine, self.settings.handout)
        screen.done.connect(self.finish_dosage)
        screen.save_requested.connect(self.save_routine_as)
        screen.handout_requested.connect(self.export_handout)
        screen.print_requested.connect(self.print_handout)
        self.stack.addWidget(screen)
        return screen

    @cached_property
    def prefs(self) -> PersonalPrefs:
        from warmup_gui.core.history import PersonalPrefs

        return PersonalPrefs(self.folder)

    @cached_property
    def journal(self) -> SessionJournal:
        from warmup_gui.core.history import HistoryStore
        from warmup_gui.qt.journal import SessionJournal

        journal = SessionJournal(HistoryStore(self.folder), self.bridge, self._now, self)
        journal.save_problem_changed.connect(self._on_save_problem_changed)
        journal.record_changed.connect(self._on_record_changed)
        return journal

    @cached_property
    def history_reader(self) -> HistoryReader:
        from warmup_gui.core.history import HistoryStore
        from warmup_gui.qt.history_reader import HistoryReader

        reader = HistoryReader(HistoryStore(self.folder), self._now, self)
        reader.loaded.connect(self._on_history_read)
        return reader

    @cached_property
    def preparer(self) -> ScreenPreparer:
        from warmup_gui.qt.prepare import ScreenPreparer

        # The screens a key opens from the overview (the checklist is made afresh each time),
        # and the cues' sounds and voice, which the first workout would otherwise load.
        builds = (lambda: self.history, lambda: self.workout, lambda: self.presenter,
                  lambda: self.cues.player.check())
        return ScreenPreparer(builds, self.show_exercise_pictures, self)

    def show_exercise_pictures(self) -> None:
        """The overview's still picture of each exercise, from the figures solved by now."""
        from warmup_gui.qt.widgets.illustration import still_picture

        for ex in self.overview.routine.exercises:
            illustration = ex.illustration_for(ex.positions[0], None)
            self.overview.thumbnails[ex.id].show_picture(
                *still_picture(illustration, ex.mirrored_for(None), self.routine_dir))

    def _on_save_problem_changed(self, problem: str) -> None:
        """Shown beside the workout and on the summary for as long as it lasts; the cue
        captions never take its place."""
        self.workout.save_warning.set_text(problem)
        if problem:
            self.overview.note.set_text(problem)
        elif self.personal_loaded:
            self._refresh_personal()
        if self._made("summary"):
            self.summary.set_save_problem(problem, was_unsaved=True)

    @cached_property
    def care(self) -> CareController:
        from warmup_gui.qt.care import CareController

        care = CareController(self.screens, self.bridge, self.journal, self)
        care.rating.set_note_hint(self.routine.rating_hint)
        care.ratings_done.connect(self._on_ratings_done)
        care.advice_given.connect(lambda text: self.workout.caption.set_text(text))
        care.aside_changed.connect(self.workout.ask_score)
        return care

    @cached_property
    def camera(self) -> CameraCounting:
        from warmup_gui.core.camera_count import seen_tick
        from warmup_gui.qt.camera_counting import CameraCounting
        from warmup_gui.qt.frame_pipeline import mediapipe_tracker
        from warmup_gui.qt.widgets.live_view import LiveView

        view = LiveView(self.workout)
        view.follow(self.workout.picture)
        view.hide()
        camera = CameraCounting(self.bridge, view, self._make_tracker or mediapipe_tracker,
                                self.camera_source, record=lambda: self.journal.record,
                                save=lambda: self.journal.save(),
                                restore_auto=lambda: self.settings.get(AUTO_COUNT), parent=self)
        camera.problem.connect(lambda text: self.workout.caption.set_text(text))
        camera.counting_changed.connect(self.workout.set_counted_by_camera)
        camera.rep_seen.connect(lambda rep: self.cues.player.play([seen_tick(rep)]))
        return camera

    def camera_available(self) -> bool:
        """Whether reps can be counted by camera here (the camera extra is installed)."""
        from warmup_gui import pose_tracker

        return self._make_tracker is not None or pose_tracker.available()

    def camera_install_text(self) -> str:
        """How to add counting by camera here, one command on its own line to copy."""
        from warmup_gui import pose_tracker

        command = pose_tracker.install_command()
        return MainWindowWords.tr("To install it: {command}").format(command=command) \
            if command else MainWindowWords.tr("It needs Python 3.11 or 3.12")

    @cached_property
    def confirm(self) -> ConfirmPanel:
        from warmup_gui.qt.screens.pain import ConfirmPanel

        panel = ConfirmPanel(self.screens)
        panel.answered.connect(self._on_confirmed)
        return panel

    @cached_property
    def cues(self) -> SessionCues:
        from warmup_gui.qt.session_cues import SessionCues

        cues = SessionCues(self.bridge, self.settings, parent=self)
        cues.caption_changed.connect(self.workout.caption.set_text)
        cues.problem_changed.connect(self.workout.show_problem)
        cues.flash_requested.connect(self.workout.flash)
        return cues

    def _connect(self) -> None:
        self.overview.start_requested.connect(self.show_checklist)
        self.overview.skip_changed.connect(self._on_skip_changed)
        self.overview.resume_requested.connect(self.resume_workout)
        self.stack.currentChanged.connect(self._focus_screen)
        self._focus_screen()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    def _keys(self) -> list[tuple[str, Callable[[], object]]]:
        """Each key the window answers, and what it does."""
        keys: list[tuple[str, Callable[[], object]]] = [
            ("Space", self._count),
            ("Backspace", self._undo),
            ("Right", self._next),
            ("Left", self._previous),
            ("P", self._pause),
            ("A", self._toggle_auto),
            ("V", self._toggle_camera),
            ("Up", self._go_on),
            ("+", partial(self._more, 1)),
            ("=", partial(self._more, 1)),  # the + key without Shift
            ("-", partial(self._more, -1)),
            ("F", self.toggle_fullscreen),
            ("Escape", self._escape),
            ("?", self._toggle_keys),
            ("Shift+?", self._toggle_keys),  # how some platforms report the same key
            ("Return", self._enter),
            ("Enter", self._enter),
            ("Ctrl+Q", self.quit_asked),
            ("F5", self.toggle_presenter),
            ("C", self._toggle_counters),
            ("H", self._hurts),
            ("I", self._how_to),
            ("L", self.show_history),
            ("K", self._skip_offer),
            ("R", self.resume_workout),
            ("D", self.show_dosage),
            ("Ctrl+S", self.save_routine_as),
            ("Ctrl+O", self.picker.ask),
            ("Ctrl+P", self.export_handout),
            ("Ctrl+Shift+P", self.print_handout),
            ("M", self._toggle_mute),
            ("E", self.end_workout),
            # Paging the history list; the history screen answers these, elsewhere they do nothing.
            *((page_key, _nothing) for page_key in ("PgDown", "PgUp", "Home", "End")),
        ]
        keys += [(str(n), partial(self._digit, n)) for n in range(1, 10)]
        keys += [("0", _nothing), ("T", _nothing)]  # scores beside the workout: 0 and ten
        return keys

    def _menu_titles(self) -> None:
        """The menu bar as the first frame shows it: the menus' titles. What they hold is
        made with the keys (``key_actions``)."""
        bar = self.menuBar()
        self.menus = {name: bar.addMenu(title) for name, title in (
            ("warm-up", MainWindowWords.tr("&Warm-up")),
            ("routine", MainWindowWords.tr("&Routine")),
            ("cues", MainWindowWords.tr("&Cues")),
            ("counting", MainWindowWords.tr("C&ounting")))}

    @cached_property
    def key_actions(self) -> dict[str, QAction]:
        """The keys, each an action of the window, and what the menus hold: made once the
        overview has painted (or when first asked for), as nothing of them shows before a
        menu opens or a key is pressed.

        Each key is an action of the window itself (an action's shortcut is the window's by
        default), so it works with the menu bar hidden (fullscreen); the menus show some of
        the same actions, with their keys. Nothing here names a Qt.Key, which would have
        PySide6 build its Qt enums (see enum_properties): the key is named when pressed, and
        setShortcuts is called, whose overloads take no Qt.Key."""
        from PySide6.QtGui import QAction, QKeySequence

        actions: dict[str, QAction] = {}
        for key, action in self._keys():
            sequence = QKeySequence(key)
            key_action = QAction(self)
            key_action.setShortcuts([sequence])
            key_action.triggered.connect(lambda _=False, s=sequence, a=action:
                                         self._on_key(s[0].key(), a))
            self.addAction(key_action)
            actions[key] = key_action
        self._fill_menus(actions)
        return actions

    def _make_keys(self) -> None:
        self.key_actions  # noqa: B018  (a cached property: made at its first reading)

    @property
    def mute_action(self) -> QAction:
        return self.key_actions["M"]

    def _fill_menus(self, actions: dict[str, QAction]) -> None:
        """The same actions as the keys, for the mouse and for assistive technology."""
        menu = self.menus["warm-up"]
        for text, key in ((MainWindowWords.tr("Adjust for this patient…"), "D"),
                          (MainWindowWords.tr("Save as routine…"), "Ctrl+S"),
                          (MainWindowWords.tr("Export handout PDF…"), "Ctrl+P"),
                          (MainWindowWords.tr("Print handout…"), "Ctrl+Shift+P"),
                          (MainWindowWords.tr("History"), "L"),
                          (MainWindowWords.tr("Presenter view"), "F5"),
                          (MainWindowWords.tr("Keys"), "?"),
                          (MainWindowWords.tr("Quit"), "Ctrl+Q")):
            actions[key].setText(text)
            menu.addAction(actions[key])
        routines = self.menus["routine"]
        open_routine = actions["Ctrl+O"]
        open_routine.setText(MainWindowWords.tr("Open routine…"))
        routines.addAction(open_routine)  # the rest is read when the menu opens
        routines.aboutToShow.connect(lambda: self.picker.fill(routines, open_routine))
        cues = self.menus["cues"]
        for text, on, setter in (
                (MainWindowWords.tr("Sounds"), self.settings.sound_on, "set_sound"),
                (MainWindowWords.tr("Voice"), self.settings.voice_on, "set_voice"),
                (MainWindowWords.tr("Screen flash on beats"), self.settings.flash_on, "set_flash")):
            choice = cues.addAction(text)
            choice.setCheckable(True)
            choice.setChecked(on)
            choice.toggled.connect(lambda checked, name=setter: getattr(self.cues, name)(checked))
        mute = actions["M"]
        mute.setText(MainWindowWords.tr("Mute"))
        mute.setCheckable(True)
        # Checked as the cues are, also when the key found a question open and did nothing.
        mute.triggered.connect(lambda _=False: mute.setChecked(
            self._made("cues") and self.cues.player.muted))
        cues.addAction(mute)
        counting = self.menus["counting"]
        self.camera_action = counting.addAction(MainWindowWords.tr("Count by camera (V)"))
        self.camera_action.setCheckable(True)
        self.camera_action.setChecked(self.settings.get(CAMERA_COUNT))
        self.camera_action.triggered.connect(self._choose_camera)
        self.camera_install = counting.addAction("")  # how to get it, where it is missing
        self.camera_install.setEnabled(False)
        self.camera_install.setVisible(False)
        counting.aboutToShow.connect(self._fill_counting_menu)

    def _fill_counting_menu(self) -> None:
        """Counting by camera is offered where it can work, else said how to get it."""
        available = self.camera_available()
        self.camera_action.setEnabled(available)
        self.camera_action.setText(MainWindowWords.tr("Count by camera (V)") if available
                                   else MainWindowWords.tr("Count by camera (V): not installed"))
        self.camera_install.setVisible(not available)
        if not available:
            self.camera_install.setText(self.camera_install_text())

    def _on_key(self, key: Qt.Key, action: Callable[[], object]) -> None:
        """A confirmation, an open question, a score asked beside the workout, the checklist
        and the history screen answer keys first; while a question is open, only ending the
        workout, quitting (each asking first), fullscreen and the key list still act. A button
        reached with Tab answers Enter, and Space and the arrows where no session takes them."""
        from warmup_gui.qt.accessibility import focused_button_key

        if self._made("confirm") and self.confirm.isVisible():
            if not focused_button_key(self.confirm, int(key), False):
                self.confirm.handle_key(int(key))
            return
        panel_open = self._made("care") and self.care.panel_open()
        session_keys = not panel_open and (self._in_workout() or self._in_presenter())
        if focused_button_key(self, int(key), session_keys):
            return
        if panel_open:
            if not self.care.handle_key(int(key)) and action in (
                    self.end_workout, self.quit_asked, self.toggle_fullscreen,
                    self._toggle_keys):
                action()
            return
        if self._in_workout():
            from warmup_gui.qt.screens.pain import score_key

            score = score_key(int(key))
            if score is not None and self.care.answer_aside(score):
                return
        screen = self.current_screen()
        answers_keys = screen is not None and screen in (
            self.checklist, self.__dict__.get("history"), self.__dict__.get("summary"))
        if answers_keys and screen.handle_key(int(key)):  # type: ignore[union-attr]
            return
        action()

    # --- screens ---------------------------------------------------------------------------
    def _focus_screen(self, _index: int = 0) -> None:
        """A screen that shows takes the keyboard focus itself, unless a panel over it holds
        it: Tab goes on to the screen's first button, and no button that Qt passed the focus
        to answers an Enter meant for the screen."""
        if self._made("camera"):
            self.camera.set_active(self._showing("workout"))
        screen = self.stack.currentWidget()
        focus = QApplication.focusWidget()
        over = focus is not None and self.screens.isAncestorOf(focus) \
            and not self.stack.isAncestorOf(focus)
        if screen is not None and not over:
            screen.setFocus()

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _new_session(self, leave_out: list[str] | None = None) -> Session:
        plan = self.overview.plan()
        plan = replace(plan, skip=plan.skip | frozenset(leave_out or []))
        return plan.session(self.clock, auto_count=self.settings.get(AUTO_COUNT))

    def show_checklist(self) -> None:
        """Before the first exercise: tick the equipment (skipped when none is needed)."""
        routine = self.overview.session_routine()
        if not routine.equipment:
            self.start_workout()
            return
        from warmup_gui.qt.screens.checklist import ChecklistScreen

        if self.checklist is not None:
            self.stack.removeWidget(self.checklist)
            self.checklist.deleteLater()
        self.checklist = ChecklistScreen(routine, self.settings.for_routine(routine.key),
                                         self.routine_dir)
        self.checklist.start_requested.connect(self.start_workout)
        self.stack.addWidget(self.checklist)
        self.stack.setCurrentWidget(self.checklist)

    def start_workout(self, leave_out: list[str] | None = None) -> None:
        """Start a session; ``leave_out`` are exercises skipped for missing equipment."""
        from warmup_gui.core.care import next_time_advice

        session = self._new_session(leave_out)
        advice = next_time_advice(self.history_reader.result().sessions, self.routine)
        self._show_workout(session, advice)
        skipped = sorted(set(leave_out or []) | self.overview.skipped)
        self.journal.begin(self.routine.title, self.routine_path, session.rounds, skipped)
        if self.journal.record is not None:
            self.history_reader.keep(self.journal.record)
        self.bridge.start()
        self.care.session_started()

    def resume_workout(self) -> None:
        """R on the overview: take up the workout cut off mid-way at the block it stopped in,
        in the same history file."""
        from warmup_gui.core.care import next_time_advice

        record = self._resumable
        if not self._showing("overview") or record is None:
            return
        session = self.overview.plan().resumed(record, self.clock,
                                               auto_count=self.settings.get(AUTO_COUNT))
        if session is None:
            self.overview.set_resume("")
            self.overview.offer_text.set_text(MainWindowWords.tr(
                "The workout cut off last time no longer fits this routine; Enter starts "
                "afresh."))
            return
        self._resumable = None
        self._show_workout(session, next_time_advice(self.history_reader.result().sessions,
                                                     self.routine))
        self.journal.resume(record)
        self.history_reader.keep(record)
        self.bridge.tick()
        self.care.session_started()

    def _show_workout(self, session: Session, advice: dict[str, str]) -> None:
        self.cues.reset()
        self.bridge.replace_session(session)
        self.care.reset(advice)
        self.workout.set_session_steps()
        self.workout.set_reduced_motion(self.settings.reduced_motion)
        self.stack.setCurrentWidget(self.workout)
        if self.settings.get(CAMERA_COUNT) and self.camera_available():
            self.camera.set_chosen(True)
            self.camera.set_active(True)

    def end_workout(self) -> None:
        """E: stop here, once confirmed; what was done is kept, rated and summed up."""
        if self._in_workout() and self._under_way():
            self._ask_first("end", MainWindowWords.tr("End the workout here?"),
                            MainWindowWords.tr("What you did is kept; the rest is left out."),
                            MainWindowWords.tr("End it"), MainWindowWords.tr("Keep going"))

    def quit_asked(self) -> None:
        """Ctrl+Q: quit, asking first while a workout is under way (it can be resumed)."""
        if self._showing("workout") and self._under_way():
            self._ask_first("quit", MainWindowWords.tr("Quit in the middle of the workout?"),
                            MainWindowWords.tr("It is kept: the next start offers to resume it "
                                               "where it stopped."),
                            MainWindowWords.tr("Quit"), MainWindowWords.tr("Keep going"))
        else:
            self.close()

    def _under_way(self) -> bool:
        from warmup_gui.core.engine import Status

        return self._made("bridge") and self.bridge.session.status in (Status.RUNNING,
                                                                       Status.PAUSED)

    def _ask_first(self, what: str, title: str, detail: str, yes: str, no: str) -> None:
        """Pause while asking; "no" takes up the workout again as it was."""
        from warmup_gui.core.engine import Status

        self._confirming = what
        self._resume_after_confirm = self.bridge.session.status is Status.RUNNING
        self.bridge.pause()
        self.confirm.open(title, detail, yes, no)

    def _on_confirmed(self, yes: bool) -> None:
        if yes and self._confirming == "end":
            self.bridge.finish()
        elif yes:
            self.close()
        elif self._resume_after_confirm:
            self.bridge.toggle_pause()

    def back_to_overview(self) -> None:
        """The overview, a fresh session waiting; questions left open are let go."""
        if self._made("bridge"):
            self.bridge.stop()
        if self._made("cues"):
            self.cues.reset()
        if self._made("care"):
            self.care.reset()
        if self._made("bridge"):
            self.bridge.replace_session(self._new_session())
        self.stack.setCurrentWidget(self.overview)

    def _on_finished(self) -> None:
        """The summary at once; the scores still owed and the ratings over it."""
        self._to_summary()
        self.care.rate_all()

    def _on_ratings_done(self) -> None:
        self._to_summary()

    def _to_summary(self) -> None:
        self.show_summary()
        self.summary.set_save_problem(self.journal.problem)
        self.stack.setCurrentWidget(self.summary)
        self._refresh_personal()

    def show_summary(self) -> None:
        """Render the session's summary from the session and its record as they are now."""
        from warmup_gui.core.report import session_report

        self.summary.show_report(session_report(self.bridge.session, self.journal.record,
                                                self.routine))

    def _on_record_changed(self) -> None:
        """A rating or score given while the summary shows is on it at once."""
        if self._showing("summary"):
            self.show_summary()

    # --- what history teaches -----------------------------------------------------------------
    def _load_history(self) -> LoadResult:
        """The sessions read once the window painted and those begun since, with every file
        kept aside: a file is moved aside when read, and stays named on the overview and the
        history."""
        from warmup_gui.core.history import LoadResult

        loaded = self.history_reader.result()
        extra = [self.prefs.problem] if self.prefs.problem else []
        for problem in [*loaded.problems, *extra]:
            if problem not in self._history_problems:
                self._history_problems.append(problem)
        return LoadResult(loaded.sessions, tuple(self._history_problems))

    def _after_first_paint(self) -> None:
        """What history says about this person, and what the later screens need, are made
        ready off the GUI thread once the overview shows; the data folder is claimed first."""
        self.instance_note = self._claim_folder()
        self.history_reader.start()
        self.preparer.start()
        self._make_keys()
        self.first_painted.emit()

    def _on_history_read(self) -> None:
        self._refresh_personal()
        if self._showing("history"):
            self._fill_history()

    def _refresh_personal(self) -> None:
        from warmup_gui.core.history import gold_exercises, problems_text, skip_suggestions

        if not self.history_reader.ready:
            return  # the overview is filled in once the history has been read
        loaded = self._load_history()
        unsaved = self.journal.problem or self.folder_problem
        notes = (unsaved or problems_text(loaded.problems), self.instance_note)
        self.overview.note.set_text(" ".join(note for note in notes if note))
        sessions = loaded.sessions
        since = self.prefs.since
        gold = set(gold_exercises(sessions, self.routine, since)) | self.prefs.gold
        suggested = skip_suggestions(sessions, self.routine, since)
        self.overview.set_personal(gold, suggested, self.prefs.skipped)
        self._offer_resume(sessions)
        self.personal_loaded = True

    def _offer_resume(self, sessions: tuple[SessionRecord, ...]) -> None:
        from warmup_gui.core.history import resumable
        from warmup_gui.core.plan import resume_words

        path = str(self.routine_path.absolute()) if self.routine_path is not None else ""
        record = resumable(sessions, path, self._now())
        session = self.overview.plan().resumed(record, FakeClock()) if record else None
        self._resumable = record if session is not None else None
        self.overview.set_resume(resume_words(session, record)
                                 if session is not None and record is not None else "")

    def _on_skip_changed(self, exercise_ids: list[str], skip: bool) -> None:
        try:
            for exercise_id in exercise_ids:
                self.prefs.set_skipped(exercise_id, skip)
        except OSError as exc:
            self.overview.offer_text.set_text(MainWindowWords.tr(
                "Could not save this choice: {reason}").format(reason=exc.strerror or exc))
        self._refresh_personal()

    def _on_reset_personal(self) -> None:
        try:
            self.prefs.reset(self._now())
        except OSError as exc:
            self.overview.offer_text.set_text(MainWindowWords.tr(
                "Could not save the reset: {reason}").format(reason=exc.strerror or exc))
        self._refresh_personal()
        self.show_history()

    def show_history(self) -> None:
        """L: the history, from the overview or the summary (Back returns there); on the
        history itself, shown afresh."""
        if not (self._showing("overview") or self._showing("summary")
                or self._showing("history")):
            return
        if not self._showing("history"):
            self._before_history = self.current_screen()
        self._fill_history()
        self.stack.setCurrentWidget(self.history)

    def _fill_history(self) -> None:
        self.history.show_history(self._load_history(), self.routine, self._now().date(),
                                  self.prefs.since)
        if not self.history_reader.ready:
            self.history.summary.set_text("Reading your history…")

    def _leave_history(self) -> None:
        if self._made("summary") and self._before_history is self.summary:
            self.stack.setCurrentWidget(self.summary)
        else:
            self.back_to_overview()

    # --- a clinician's adjustments ----------------------------------------------------------
    def _clinician_screen(self, what: str) -> bool:
        """Whether a clinician's action (dosage, save, handout) can act here: on the overview,
        the dosage screen and the presenter; during a workout the workout screen says why not
        (the session's plan is fixed once started)."""
        if self._showing("overview") or self._showing("dosage") or self._showing("presenter"):
            return True
        if self._showing("workout"):
            self.workout.caption.set_text(MainWindowWords.tr(
                "{what}: from the overview or the presenter view (F5), not during a workout"
            ).format(what=what))
        return False

    def show_dosage(self) -> None:
        if self._showing("presenter"):
            self.toggle_presenter()  # the dosage screen, out of the patient's view
        if (self._clinician_screen(MainWindowWords.tr("Adjusting the dosage"))
                and not self._showing("dosage")):
            self.dosage.show_rounds(self.overview.rounds)
            self.stack.setCurrentWidget(self.dosage)

    def _take_dosage(self) -> None:
        """The dosage screen's routine and rounds, onto the overview."""
        self.overview.set_routine(self.dosage.routine())
        self.overview.set_rounds(self.dosage.rounds())

    def finish_dosage(self) -> None:
        self._take_dosage()
        self.stack.setCurrentWidget(self.overview)

    def planned_routine(self) -> Routine:
        """What this patient is to do: the dosage, breathing and rounds as now chosen."""
        if self._showing("dosage"):
            self._take_dosage()
        return self.overview.plan().planned_routine()

    def save_routine_as(self, path: Path | None = None) -> Path | None:
        """Write the planned routine as YAML (asks where, unless told); None if not saved."""
        from PySide6.QtCore import QIODevice, QSaveFile

        from warmup_gui.core.writer import routine_to_yaml

        if not self._clinician_screen(MainWindowWords.tr("Saving as a routine")):
            return None
        target = path or self._ask_path(MainWindowWords.tr("Save as routine"),
                                        str(self.picker.save_path(self.routine)),
                                        MainWindowWords.tr("Routines (*.yaml *.yml)"))
        if target is None:
            return None
        file = QSaveFile(str(target))
        data = routine_to_yaml(self.planned_routine()).encode("utf-8")
        if not file.open(QIODevice.OpenModeFlag.WriteOnly) or file.write(data) != len(data) \
                or not file.commit():
            self.overview.offer_text.set_text(MainWindowWords.tr(
                "Could not save {file}: {reason}").format(file=target, reason=file.errorString()))
            return None
        return target

    def handout_details(self) -> HandoutDetails:
        """What the clinician typed for the handout (the patient only on the dosage screen);
        the clinician, clinic, how often and print size are remembered."""
        details = self.dosage.details() if self._made("dosage") else self.settings.handout
        self.settings.handout = details
        return details

    def export_handout(self, path: Path | None = None) -> Path | None:
        """Write the printable handout for the planned routine (asks where, unless told)."""
        from warmup_gui.qt.conventions import paper_size
        from warmup_gui.qt.handout import write_handout

        if not self._clinician_screen(MainWindowWords.tr("The handout")):
            return None
        target = path or self._ask_path(MainWindowWords.tr("Export handout"),
                                        MainWindowWords.tr("warm-up handout.pdf"), "PDF (*.pdf)")
        if target is None:
            return None
        try:
            write_handout(self.planned_routine(), target, self.routine_dir, paper_size(),
                          details=self.handout_details())
        except OSError as exc:
            self.overview.offer_text.set_text(MainWindowWords.tr(
                "Could not write {file}: {reason}").format(file=target, reason=exc))
            return None
        return target

    def print_handout(self) -> int:
        """Print the handout through the system's print dialog; the number of pages printed
        (0 when cancelled or the printer failed)."""
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from warmup_gui.qt.handout import paint_handout

        if not self._clinician_screen(MainWindowWords.tr("Printing the handout")):
            return 0
        printer = self._printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer = printer
        printer.setDocName(self.routine.title)
        printer.setFullPage(True)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(MainWindowWords.tr("Print handout"))
        if self._run_dialog(dialog) != QPrintDialog.DialogCode.Accepted:
            return 0
        pages = paint_handout(printer, self.planned_routine(), self.routine_dir,
                              details=self.handout_details())
        if pages == 0:
            self.overview.offer_text.set_text(MainWindowWords.tr("Could not print the handout."))
        return pages

    def _run_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    def _ask_path(self, title: str, name: str, filter_: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(self, title, name, filter_)
        return Path(chosen) if chosen else None

    def _skip_offer(self) -> None:
        if self._showing("overview"):
            self.overview.toggle_offer()

    def _toggle_mute(self) -> None:
        muted = self.cues.toggle_mute()
        self.mute_action.setChecked(muted)
        self.workout.caption.set_text(MainWindowWords.tr("Muted · M") if muted
                                      else MainWindowWords.tr("Sound on · M"))

    def _hurts(self) -> None:
        if self._in_workout():
            self.care.this_hurts()

    # --- keys --------------------------------------------------------------------------------
    def _in_workout(self) -> bool:
        return self._showing("workout") and not self._keys_shown()

    def _in_presenter(self) -> bool:
        return self._showing("presenter") and not self._keys_shown()

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
        elif self._showing("summary"):
            self.stack.setCurrentWidget(self.workout)
            self.bridge.previous()

    def _how_to(self) -> None:
        if self._in_workout():
            self.bridge.toggle_how_to()

    def _pause(self) -> None:
        if self._in_workout():
            self.bridge.toggle_pause()

    def _toggle_auto(self) -> None:
        """A: count by itself or by key; the choice is kept for the next workout."""
        if self._in_workout():
            on = not self.bridge.session.auto_count
            self.bridge.set_auto_count(on)
            self.settings.set(AUTO_COUNT, on)

    def _toggle_camera(self) -> None:
        """V: count by camera or not, where the routine says what to watch; kept for the
        next workout. Without the camera extra, says how to get it."""
        self._choose_camera(not self.settings.get(CAMERA_COUNT))

    def _choose_camera(self, on: bool) -> None:
        if on and not self.camera_available():
            self.camera_action.setChecked(False)
            if self._showing("workout"):
                self.workout.caption.set_text(MainWindowWords.tr(
                    "Counting by camera is not installed: see the Counting menu"))
            return
        self.settings.set(CAMERA_COUNT, on)
        self.camera_action.setChecked(on)
        if self._made("camera") or (on and self._showing("workout")):
            self.camera.set_chosen(on)
            self.camera.set_active(self._showing("workout"))
        if self._showing("workout"):
            self.workout.caption.set_text(MainWindowWords.tr("Counting by camera · V") if on
                                          else MainWindowWords.tr("Camera off · V"))

    def _go_on(self) -> None:
        """↑: this block of reps goes on to the top of its range."""
        if self._in_workout():
            self.bridge.go_to_top()

    def _more(self, sign: int) -> None:
        """+ / −: one more or one fewer rep, or 10 s more or less of a rest or countdown."""
        if not self._in_workout():
            return
        from warmup_gui.core.engine import StepKind

        if self.bridge.state.step.kind is StepKind.WORK:
            self.bridge.change_goal(sign)
        else:
            self.bridge.add_time(10.0 * sign)

    def _toggle_counters(self) -> None:
        if self._in_presenter():
            self.presenter.toggle_counters()

    def _digit(self, n: int) -> None:
        if self._showing("overview"):
            self.overview.set_rounds(n)
        elif self._in_presenter():
            self.presenter.jump_to_exercise(n)

    def _enter(self) -> None:
        if self._showing("dosage"):
            self.finish_dosage()
        elif self._showing("overview"):
            self.show_checklist()
        elif self._showing("summary"):
            self.back_to_overview()

    def _escape(self) -> None:
        if self._keys_shown():
            self.overlay.toggle()
        elif self._showing("presenter"):
            self.toggle_presenter()
        elif self._showing("dosage"):
            self.finish_dosage()
        elif self.isFullScreen():
            self.showNormal()

    def toggle_presenter(self) -> None:
        """Enter or leave the presenter view; a workout under way is paused meanwhile."""
        if self._showing("presenter"):
            self.stack.setCurrentWidget(self._before_presenter or self.overview)
            if not self._was_fullscreen:
                self.showNormal()
            return
        from warmup_gui.core.demo import block_at

        self._before_presenter = self.current_screen()
        self._was_fullscreen = self.isFullScreen()
        if self._made("bridge"):
            self.bridge.pause()
        self.presenter.set_routine(self.overview.session_routine())
        if self._showing("workout"):  # open where the workout is
            state = self.bridge.state
            index = block_at(self.presenter.blocks, state.step.exercise.id,
                             state.step.position.id, state.side)
            if index is not None:
                self.presenter.show_block(index)
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
            if self._made("overlay"):
                self.overlay.setGeometry(self.stack.rect())
            self._restyle()
        elif watched is self.stack and event.type() == QEvent.Type.Paint \
                and self._personal_pending:
            self._personal_pending = False
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _on_color_scheme_changed(self) -> None:
        self._restyle(force=True)
        self.update()

    def _style_ahead(self) -> None:
        """Style and scale the overview for the size the stack will have: the window's, but
        the menu bar. Should the stack come out otherwise (a window manager's size), its
        resize restyles as ever."""
        menu = self.menuBar()
        width = self.width()
        height = self.height() - (0 if menu.isHidden() else menu.sizeHint().height())
        self.overview.scale_to(width, height)
        self._restyle(size=(width, height))

    def _restyle(self, force: bool = False, size: tuple[int, int] | None = None) -> None:
        width, height = size or (self.stack.width(), self.stack.height())
        scale = round(scale_for(width, height), 2)
        if force or scale != self._style_scale:
            self._style_scale = scale
            self.setStyleSheet(style_sheet(current_theme(), scale))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._update_animating()
            # Fullscreen is for the mat and for patients: nothing but the screen itself.
            self.menuBar().setVisible(not self.isFullScreen())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key pressed before the keys were made (in the moment after the first paint) makes
        them, and is pressed again for them."""
        if self._made("key_actions"):
            super().keyPressEvent(event)
            return
        from PySide6.QtGui import QKeyEvent

        self._make_keys()
        again = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                          event.isAutoRepeat(), event.count())
        QApplication.sendEvent(QApplication.focusWidget() or self, again)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_animating()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_animating()

    def stop_session(self) -> None:
        """The session's timer stopped, if a session was ever made (the loop has ended)."""
        if self._made("bridge"):
            self.bridge.stop()

    def _animating(self) -> bool:
        return self.isVisible() and not self.isMinimized()

    def _update_animating(self) -> None:
        if self._made("bridge"):
            self.bridge.set_animating(self._animating())

    def _switch_routine(self, routine: Routine, path: Path) -> None:
        self.next_routine = (routine, path)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and self._showing("workout") and self._under_way():
            # The window's close button mid-workout asks as Ctrl+Q does; a close the app
            # asks for itself (Ctrl+Q confirmed, a signal, another routine) goes ahead.
            event.ignore()
            if not (self._made("confirm") and self.confirm.isVisible()):
                self.quit_asked()
            return
        window_size.remember(self, self.settings)
        if self._made("bridge"):
            self.bridge.pause()  # a paused session schedules no timer, even as it hides
            self.bridge.stop()
        if self._made("cues"):
            self.cues.stop()
        if self._made("camera"):
            self.camera.stop()
        if self._made("journal"):
            self.journal.stop()
        if self._folder_lock is not None:
            self._folder_lock.unlock()
        super().closeEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.quit()

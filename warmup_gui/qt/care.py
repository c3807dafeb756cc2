"""CareController: "This hurts", symptom scores and gold-or-garbage ratings during a workout.

It owns the three overlay panels, decides when each appears, pauses the session while one is
open, records the answers through the journal and applies what the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from warmup_gui.core.engine import Status, Step
from warmup_gui.core.history import PainChoice, Rating
from warmup_gui.core.routine import Exercise
from warmup_gui.qt.bridge import SessionBridge
from warmup_gui.qt.journal import SessionJournal
from warmup_gui.qt.screens.pain import OverlayPanel, PainPanel, RatingPanel, SymptomPrompt


class CareController(QObject):
    ratings_done = Signal()
    advice_given = Signal(str)  # a line to show on the workout screen

    def __init__(self, host: QWidget, bridge: SessionBridge, journal: SessionJournal,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.journal = journal
        self.pain = PainPanel(host)
        self.symptoms = SymptomPrompt(host)
        self.rating = RatingPanel(host)
        self._resume_after = False
        self._symptom_for: tuple[Exercise, str] | None = None  # exercise, "before"/"after"
        self._asked: set[tuple[str, str]] = set()
        self._to_rate: list[Exercise] = []
        self._rated = False
        self.pain.choice_made.connect(self._on_pain_choice)
        self.symptoms.rated.connect(self._on_symptoms_rated)
        self.rating.rated.connect(self._on_rated)
        self.rating.dismissed.connect(self._on_rating_dismissed)
        bridge.step_changed.connect(self._on_step_changed)

    def reset(self) -> None:
        """A new session: nothing asked yet."""
        self._asked.clear()
        self._to_rate = []
        self._rated = False
        self._resume_after = False
        for panel in self.panels():
            panel.close_panel()

    def session_started(self) -> None:
        """Ask what the first step calls for (a symptom score before the first exercise)."""
        self._on_step_changed(self.bridge.state.step_index)

    def panels(self) -> tuple[OverlayPanel, ...]:
        return (self.pain, self.symptoms, self.rating)

    def panel_open(self) -> bool:
        return any(panel.isVisible() for panel in self.panels())

    def handle_key(self, key: int) -> bool:
        return any(panel.handle_key(key) for panel in self.panels())

    # --- pausing around a question -------------------------------------------------------------
    def _hold(self) -> None:
        self._resume_after = self._resume_after or \
            self.bridge.session.status is Status.RUNNING
        self.bridge.pause()

    def _release(self) -> None:
        if self._resume_after and not self.panel_open():
            self._resume_after = False
            self.bridge.toggle_pause()

    # --- "This hurts" --------------------------------------------------------------------------
    def this_hurts(self) -> None:
        if self.bridge.session.status not in (Status.RUNNING, Status.PAUSED) or \
                self.panel_open():
            return
        self._hold()
        self.pain.open(self.bridge.state.step.exercise)

    def _on_pain_choice(self, choice: str) -> None:
        state = self.bridge.state
        record = self.journal.record
        if record is not None:
            record.flag_pain(state.step.exercise.id, state.step_index, state.elapsed_s, choice)
            self.journal.save()
        if choice == PainChoice.SMALLER.value:
            self.advice_given.emit("Smaller and slower: only as far as feels easy, no pain")
        elif choice == PainChoice.FEWER.value:
            self.bridge.next()  # this block ends with the reps done so far
        elif choice == PainChoice.SKIP.value:
            after = self.bridge.session.step_after_exercise(state.step_index)
            if after is None:
                self.bridge.finish()  # it was the last exercise: the warm-up is done
            else:
                self.bridge.goto(after)
        self._release()

    # --- symptom scores before and after --------------------------------------------------------
    def _on_step_changed(self, index: int) -> None:
        session = self.bridge.session
        if session.status in (Status.READY, Status.FINISHED) or self.panel_open():
            return
        steps = session.steps
        step = steps[index]
        previous = steps[index - 1] if index > 0 else None
        if previous is not None and previous.exercise.symptom_check and \
                previous.exercise is not step.exercise and \
                self._last_of(previous.exercise) == index - 1:
            self._ask(previous.exercise, "after")
        elif step.exercise.symptom_check:
            self._ask(step.exercise, "before")

    def _last_of(self, exercise: Exercise) -> int:
        steps: tuple[Step, ...] = self.bridge.session.steps
        return max(i for i, s in enumerate(steps) if s.exercise is exercise)

    def _ask(self, exercise: Exercise, when: str) -> None:
        if (exercise.id, when) in self._asked:
            return
        self._asked.add((exercise.id, when))
        self._symptom_for = (exercise, when)
        self._hold()
        self.symptoms.open(f"{when.capitalize()} {exercise.name}")

    def _on_symptoms_rated(self, value: int | None) -> None:
        record = self.journal.record
        if self._symptom_for is not None and value is not None and record is not None:
            exercise, when = self._symptom_for
            if when == "before":
                record.set_symptoms(exercise.id, before=value)
            else:
                record.set_symptoms(exercise.id, after=value)
            self.journal.save()
        self._symptom_for = None
        self._release()
        if self._rated and not self.panel_open():
            self._rate_next()  # the questions at the end go on

    # --- gold, okay or garbage ----------------------------------------------------------------
    def rate_all(self, exercises: list[Exercise]) -> None:
        """At the end: the symptom score still owed after a checked exercise, then a rating of
        each exercise in turn; ``ratings_done`` when all are answered. Once per session."""
        if self._rated:
            self.ratings_done.emit()
            return
        self._rated = True
        self._to_rate = list(exercises)
        self._rate_next()

    def _rate_next(self) -> None:
        owed = [ex for ex in self._to_rate if ex.symptom_check
                and (ex.id, "before") in self._asked and (ex.id, "after") not in self._asked]
        if owed:
            self._ask(owed[0], "after")
            return
        if not self._to_rate:
            self.ratings_done.emit()
            return
        exercise = self._to_rate.pop(0)
        self.rating.open(exercise.id, exercise.name, "Did it work for your body today?")

    def _on_rated(self, exercise_id: str, rating: str, note: str) -> None:
        record = self.journal.record
        if record is not None:
            record.rate(exercise_id, Rating(rating), note)
            self.journal.save()
        self._rate_next()

    def _on_rating_dismissed(self, _: str) -> None:
        self._rate_next()

"""CareController: shows the care flow's questions (over the workout, or beside it) and
forwards the answers.

What each question is and what an answer does is decided in :mod:`warmup_gui.core.care`;
this class opens the matching panel, passes the answer on, saves the record and lets the
bridge tell the screens what changed.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from warmup_gui.core.care import Ask, CareFlow, Question
from warmup_gui.core.history import PainChoice, Rating
from warmup_gui.core.words import Words
from warmup_gui.qt.bridge import SessionBridge
from warmup_gui.qt.journal import SessionJournal
from warmup_gui.qt.screens.pain import OverlayPanel, PainPanel, RatingPanel, SymptomPrompt

CareScreenWords = Words("CareScreenWords")


class CareController(QObject):
    ratings_done = Signal()
    advice_given = Signal(str)  # a line to show on the workout screen
    aside_changed = Signal(object)  # the Question asked beside the workout, or None

    def __init__(self, host: QWidget, bridge: SessionBridge, journal: SessionJournal,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.journal = journal
        self.flow = CareFlow(bridge.session)
        self.pain = PainPanel(host)
        self.symptoms = SymptomPrompt(host)
        self.rating = RatingPanel(host)
        self.pain.choice_made.connect(self._on_pain_choice)
        self.symptoms.rated.connect(self._on_symptoms_rated)
        self.rating.rated.connect(self._on_rated)
        self.rating.dismissed.connect(self._on_rating_dismissed)
        bridge.step_changed.connect(self._on_step_changed)

    def reset(self, advice: Mapping[str, str] | None = None) -> None:
        """A new session: nothing asked yet. ``advice``: what last time says, per exercise."""
        self.flow.reset(self.bridge.session, advice)
        for panel in self.panels():
            panel.close_panel()
        self.aside_changed.emit(None)

    def session_started(self) -> None:
        """Ask what the first step calls for (a symptom score before the first exercise)."""
        self._show(self.flow.on_step())

    def panels(self) -> tuple[OverlayPanel, ...]:
        return (self.pain, self.symptoms, self.rating)

    def panel_open(self) -> bool:
        return any(panel.isVisible() for panel in self.panels())

    def handle_key(self, key: int) -> bool:
        return any(panel.handle_key(key) for panel in self.panels())

    def answer_aside(self, value: int) -> bool:
        """A score for the question beside the workout; False when none is asked."""
        if self.flow.aside is None:
            return False
        question = self.flow.answer_aside(value, self.journal.record)
        self.journal.save()
        self._show(question)
        return True

    def this_hurts(self) -> None:
        self._show(self.flow.this_hurts())

    def rate_all(self) -> None:
        """At the end: the questions still owed, then ``ratings_done``. Once per session."""
        self._show(self.flow.rate_all(), answer=True)

    # --- showing the flow's question -----------------------------------------------------------
    def _show(self, question: Question | None, answer: bool = False) -> None:
        """Open the panel for ``question``; after an answer (``answer``), None may also mean
        the questions at the end are all answered."""
        self.bridge.tick()  # the flow may have paused, moved or slowed the session
        self.aside_changed.emit(self.flow.aside)
        for panel in self.panels():  # one question at a time, also when one was left open
            panel.close_panel()
        if question is None:
            if self.flow.message:
                self.advice_given.emit(self.flow.message)
                self.flow.message = ""
            if answer and self.flow.all_answered:
                self.ratings_done.emit()
            return
        if question.ask in (Ask.HURTS, Ask.BACK_OFF):
            self.pain.open(question)
        elif question.ask is Ask.SYMPTOMS:
            self.symptoms.open(question.headline, question.note, question.reason)
        else:
            self.rating.open(question.exercise.id, question.exercise.name,
                             CareScreenWords.tr("Did it work for your body today?"))

    def _answered(self, question: Question | None) -> None:
        self.journal.save()
        self._show(question, answer=True)

    def _on_step_changed(self, _: int) -> None:
        if self.flow.session is self.bridge.session and self.flow.question is None:
            self._show(self.flow.on_step())

    def _on_pain_choice(self, choice: str) -> None:
        self._answered(self.flow.answer_back_off(PainChoice(choice), self.journal.record))

    def _on_symptoms_rated(self, value: int | None) -> None:
        self._answered(self.flow.answer_score(value, self.journal.record))

    def _on_rated(self, _exercise_id: str, rating: str, note: str) -> None:
        self._answered(self.flow.answer_rating(Rating(rating), note, self.journal.record))

    def _on_rating_dismissed(self, _: str) -> None:
        self._answered(self.flow.answer_rating(None, "", self.journal.record))

"""Panels over the workout: "This hurts", a symptom score, rating an exercise, and a
question asked beside the running workout that never stops it.

Each panel dims whatever it covers and shows one card with a few big buttons, each with its
key printed on it; nothing here is a dialog. Open one with ``open(...)`` (it covers its parent
widget, or itself when it has none); it closes itself when answered.

The window's own shortcuts (digits, Enter, Esc) fire before a panel sees the key, so while a
panel is open the window should pass keys to ``panel.handle_key(key)``, which returns True
when it used the key. A focused panel also handles keys itself.

API:
    PainPanel.open(question)        choice_made(str): a PainChoice value among question.choices
    SymptomPrompt.open(context, note) rated(object): 0..10, or None when skipped (Esc)
    RatingPanel.open(id, name, hint) rated(str, str, str): exercise id, "gold"/"okay"/"garbage",
                                    note (plain one-line text, may be ""); dismissed(str): id
                                    (Enter or Esc: not now)
    ScoreAside.ask(question)         rated(int): 0..10; a widget in a layout, no dimming
    ConfirmPanel.open(title, detail, yes, no)  answered(bool): Enter yes, Esc no
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from warmup_gui.core.care import Question
from warmup_gui.core.history import MAX_NOTE_CHARS, PainChoice, Rating
from warmup_gui.core.words import Words
from warmup_gui.qt.accessibility import FocusReturn, announce
from warmup_gui.qt.screens.history import draw_rating_mark
from warmup_gui.qt.theme import Theme, current_theme, scale_for
from warmup_gui.qt.widgets.labels import FitLabel, ScaledTexts, TextLabel

RATING_KEYS: tuple[tuple[Rating, int, str], ...] = (
    (Rating.GOLD, Qt.Key.Key_G, "G"),
    (Rating.OKAY, Qt.Key.Key_O, "O"),
    (Rating.GARBAGE, Qt.Key.Key_X, "X"),
)
# Ways of backing off are numbered 1, 2, 3... in the order offered; "by mistake" is Esc.
_NUMBER_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)
PainWords = Words("PainWords")


class OverlayPanel(QWidget):
    """Dims what it covers and holds a centred card; subclasses fill ``self.card_layout``."""

    CARD_WIDTH = 960  # at 1280×800

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.card = QFrame(self)
        self.card.setObjectName("panelCard")
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(40, 32, 40, 32)
        self.card_layout.setSpacing(16)
        self._texts = ScaledTexts()
        self._buttons: list[QPushButton] = []
        self._focus = FocusReturn()
        if parent is not None:
            parent.installEventFilter(self)
            self.hide()

    # --- building blocks -----------------------------------------------------------------------
    def _text(self, text: str, size: float, weight: QFont.Weight = QFont.Weight.Normal,
              object_name: str = "") -> TextLabel:
        return self._texts.add(text, size, weight, object_name)

    def _button(self, text: str, object_name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys act on the panel; Tab reaches it
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if object_name:
            button.setObjectName(object_name)
        self._buttons.append(button)
        return button

    def accent(self, theme: Theme) -> QColor:
        return theme.accent

    # --- showing -------------------------------------------------------------------------------
    def _show_over_parent(self, title: str) -> None:
        """Show, named ``title`` for assistive technology, which is told it opened."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._restyle()
        self.setAccessibleName(title)
        self.show()
        self.raise_()
        self._focus.take(self)
        announce(self, title, assertive=True)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab stays in the open panel: its buttons and fields in turn, as they stand."""
        stops = sorted((w for w in self.card.findChildren(QWidget)
                        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
                        and w.isEnabled()),
                       key=lambda w: (w.mapTo(self, QPoint()).y(), w.mapTo(self, QPoint()).x()))
        if not stops:
            return super().focusNextPrevChild(next)
        focused = QApplication.focusWidget()
        at = stops.index(focused) if focused in stops else (-1 if next else len(stops))
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        stops[(at + (1 if next else -1)) % len(stops)].setFocus(reason)
        return True

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
            self._focus.give_back()

    def handle_key(self, key: int) -> bool:
        """Answer a key while open; True when it was used. A closed panel uses no keys."""
        return self.isVisible() and self._key(int(key))

    def _key(self, key: int) -> bool:  # pragma: no cover - every panel overrides it
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize \
                and self.isVisible():
            self.setGeometry(parent.rect())
        return super().eventFilter(watched, event)

    # --- look ----------------------------------------------------------------------------------
    def _scale(self) -> float:
        return scale_for(self.width(), self.height())

    def _restyle(self) -> None:
        t = current_theme()
        s = self._scale()

        def px(v: float) -> str:
            return f"{max(1, round(v * s))}px"

        accent = self.accent(t).name()
        self.setStyleSheet(f"""
            #panelCard {{ background: transparent; }}
            QLabel {{ color: {t.text.name()}; background: transparent; }}
            #muted {{ color: {t.muted.name()}; }}
            #safety {{ background: {t.safety_bg.name()}; color: {t.safety_text.name()};
                border-radius: {px(10)}; padding: {px(12)} {px(16)}; }}
            #headline {{ color: {accent}; }}
            QPushButton {{ background: {t.surface.name()}; color: {t.text.name()};
                border: 2px solid {t.muted.name()}; border-radius: {px(12)};
                padding: {px(10)} {px(20)}; font-size: {px(24)}; font-weight: 600;
                min-height: {px(46)}; text-align: left; }}
            QPushButton#strong {{ border: 3px solid {accent}; }}
            QPushButton#center {{ text-align: center; }}
            QPushButton:focus, QPushButton#strong:focus, QPushButton#center:focus {{
                border: {px(4)} solid {t.text.name()}; }}
            QLineEdit {{ background: {t.background.name()}; color: {t.text.name()};
                border: 2px solid {t.muted.name()}; border-radius: {px(10)};
                padding: {px(8)} {px(12)}; font-size: {px(22)}; }}
            QLineEdit:focus {{ border-color: {t.accent.name()}; }}
        """)
        self._texts.rescale(s)
        self._place_card()

    def _place_card(self) -> None:
        s = self._scale()
        margin = round(24 * s)
        width = min(self.width() - 2 * margin, round(self.CARD_WIDTH * s))
        self.card.setFixedWidth(max(100, width))
        layout = self.card.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else 200
        height = min(max(height, self.card.minimumSizeHint().height()), self.height() - margin)
        self.card.setFixedHeight(max(100, height))
        self.card.move((self.width() - self.card.width()) // 2,
                       (self.height() - self.card.height()) // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._restyle()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.parentWidget() is not None:
            painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        else:
            painter.fillRect(self.rect(), theme.background)
        s = self._scale()
        card = QRectF(self.card.geometry())
        radius = 18 * s
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.surface)
        painter.drawRoundedRect(card, radius, radius)
        # The panel's accent: a bar down the left edge of the card.
        painter.setBrush(self.accent(theme))
        painter.setClipRect(QRectF(card.x(), card.y(), 10 * s, card.height()))
        painter.drawRoundedRect(card, radius, radius)
        painter.end()


class PainPanel(OverlayPanel):
    """Backing off ("This hurts", or a high symptom score): why, and the ways offered, each
    with its key. Red accent."""

    choice_made = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise_id = ""
        self.headline = self._text("", 40, QFont.Weight.DemiBold, "headline")
        self.exercise_name = self._text("", 24, QFont.Weight.DemiBold, "muted")
        self.safety = self._text("", 22, object_name="safety")
        self.advice = self._text(
            PainWords.tr("Pain means back off, not push through. What now?"), 22)
        self.choices: list[PainChoice] = []
        self._keys: dict[int, PainChoice] = {}
        self.choice_buttons: dict[PainChoice, QPushButton] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(14)
        for choice in PainChoice:
            button = self._button("", "strong" if choice is not PainChoice.MISTAKE else "")
            button.clicked.connect(lambda _=False, c=choice: self.choose(c.value))
            button.hide()
            self.choice_buttons[choice] = button
        self.card_layout.addWidget(self.headline)
        self.card_layout.addWidget(self.exercise_name)
        self.card_layout.addWidget(self.safety)
        self.card_layout.addSpacing(4)
        self.card_layout.addWidget(self.advice)
        self.card_layout.addLayout(self._grid)

    def accent(self, theme: Theme) -> QColor:
        return theme.hurt

    def open(self, question: Question) -> None:
        self.exercise_id = question.exercise.id
        self.headline.set_text(question.title)
        self.exercise_name.set_text(question.headline)
        self.safety.set_text(question.reason)
        self.choices = list(question.choices)
        self._keys = {}
        for button in self.choice_buttons.values():
            self._grid.removeWidget(button)
            button.hide()
        numbered = [c for c in self.choices if c is not PainChoice.MISTAKE]
        # The easier version names itself, so it gets a row of its own; the rest pair up.
        cells = []
        row, col = 0, 0
        for choice in self.choices:
            if choice is PainChoice.EASIER:
                cells.append((row, 0, 2))
                row += 1
                continue
            cells.append((row, col, 1))
            row, col = (row, 1) if col == 0 else (row + 1, 0)
        for (r, c, span), choice in zip(cells, self.choices, strict=True):
            if choice is PainChoice.MISTAKE:
                key, name = Qt.Key.Key_Escape, "Esc"
            else:
                n = numbered.index(choice)
                key, name = _NUMBER_KEYS[n], str(n + 1)
            self._keys[int(key)] = choice
            button = self.choice_buttons[choice]
            button.setText(f"{name}   {question.words(choice)}")
            self._grid.addWidget(button, r, c, 1, span)  # in the panel before it shows: never
            button.show()  # a window of its own, which would take the keys from this one
        self._show_over_parent(question.title)

    def choose(self, choice: str) -> None:
        """Close and emit ``choice_made`` with the value of one of the offered choices."""
        value = PainChoice(choice)
        if value not in self.choices:
            return
        self.close_panel()
        self.choice_made.emit(value.value)

    def _key(self, key: int) -> bool:
        choice = self._keys.get(key)
        if choice is None:
            return False
        self.choose(choice.value)
        return True


class SymptomPrompt(OverlayPanel):
    """A 0–10 symptom score before and after an exercise that asks for one. Keys 0–9, T for 10,
    Esc skip."""

    rated = Signal(object)  # int 0..10, or None

    CARD_WIDTH = 1080

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = self._text("", 22, QFont.Weight.DemiBold, "headline")
        self.question = self._text(PainWords.tr("How strong are your symptoms right now?"), 36,
                                   QFont.Weight.DemiBold)
        self.scale_hint = self._text(PainWords.tr("0 = none, 10 = worst."), 22,
                                     object_name="muted")
        self.score_buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(8)
        for n in range(11):
            button = self._button(str(n), "center")
            button.setToolTip(PainWords.tr("Press {key}").format(key=n) if n < 10
                              else PainWords.tr("Press T (ten)"))
            button.clicked.connect(lambda _=False, v=n: self.rate(v))
            self.score_buttons.append(button)
            row.addWidget(button)
        ends = QHBoxLayout()
        ends.addWidget(self._text(PainWords.tr("none", "no symptoms"), 18, object_name="muted"))
        ends.addStretch(1)
        ends.addWidget(self._text(PainWords.tr("worst", "the worst symptoms"), 18,
                                  object_name="muted"))
        bottom = QHBoxLayout()
        bottom.addWidget(self._text(PainWords.tr("Press 0–9, or T for 10."), 20,
                                    object_name="muted"), 1)
        self.skip_button = self._button(PainWords.tr("Esc   Skip"), "center")
        self.skip_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.skip_button.clicked.connect(lambda: self.rate(None))
        bottom.addWidget(self.skip_button)
        self.last_time = self._text("", 22, object_name="safety")
        self.last_time.hide()
        for widget in (self.context, self.last_time, self.question, self.scale_hint):
            self.card_layout.addWidget(widget)
        self.card_layout.addSpacing(6)
        self.card_layout.addLayout(row)
        self.card_layout.addLayout(ends)
        self.card_layout.addLayout(bottom)

    def open(self, context: str = "", note: str = "", scale: str = "") -> None:
        """``context`` says when: e.g. "Before" and the exercise's name; ``note`` what the
        last session advises (hidden when empty); ``scale`` what the numbers mean and what
        counts (the routine's words)."""
        self.context.set_text(context)
        if scale:
            self.scale_hint.set_text(scale)
        self.last_time.set_text(note)
        self.last_time.setVisible(bool(note))
        self._show_over_parent(" ".join(t for t in (context, self.question.text()) if t))

    def rate(self, value: int | None) -> None:
        if value is not None and not 0 <= value <= 10:
            raise ValueError(value)
        self.close_panel()
        self.rated.emit(value)

    def _restyle(self) -> None:
        super()._restyle()
        width = round(self.skip_button.fontMetrics().horizontalAdvance(self.skip_button.text())
                      * 1.6)
        self.skip_button.setFixedWidth(max(width, 120))

    def _key(self, key: int) -> bool:
        value = score_key(key)
        if value is not None:
            self.rate(value)
            return True
        if key == Qt.Key.Key_Escape:
            self.rate(None)
            return True
        return False


def _mark_icon(rating: Rating, size: int) -> QIcon:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_rating_mark(painter, QRectF(0, 0, size, size).center(), size * 0.42, rating,
                     current_theme())
    painter.end()
    return QIcon(pixmap)


class RatingPanel(OverlayPanel):
    """Gold, okay or garbage for one exercise (G, O, X), with an optional one-line note (N);
    Enter or Esc: not now. The routine's hint for the note is shown whole, under it."""

    rated = Signal(str, str, str)  # exercise id, rating, note
    dismissed = Signal(str)  # exercise id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise_id = ""
        self.question = self._text("", 36, QFont.Weight.DemiBold)
        self.hint = self._text("", 22, object_name="muted")
        self.rating_buttons: dict[Rating, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(14)
        for rating, _key, letter in RATING_KEYS:
            button = self._button(f"{letter}   {rating.label}")
            button.clicked.connect(lambda _=False, r=rating: self.rate(r.value))
            self.rating_buttons[rating] = button
            row.addWidget(button)
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE_CHARS)
        self.note.setClearButtonEnabled(False)
        self.note_hint = self._text("", 18, object_name="muted")
        self.set_note_hint("")
        note_row = QHBoxLayout()
        note_row.setSpacing(14)
        note_row.addWidget(self._text(PainWords.tr("N   Note (optional)"), 22,
                                      QFont.Weight.DemiBold), 0)
        note_row.addWidget(self.note, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._text(PainWords.tr("Your ratings decide what to suggest next time."),
                                    20, object_name="muted"), 1)
        self.later_button = self._button(PainWords.tr("Enter · Esc   Not now"), "center")
        self.later_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.later_button.clicked.connect(self.dismiss)
        bottom.addWidget(self.later_button)
        self.card_layout.addWidget(self.question)
        self.card_layout.addWidget(self.hint)
        self.card_layout.addSpacing(6)
        self.card_layout.addLayout(row)
        self.card_layout.addLayout(note_row)
        self.card_layout.addWidget(self.note_hint)
        self.card_layout.addLayout(bottom)

    def set_note_hint(self, hint: str) -> None:
        """The routine's hint for the note ("" for the plain one), wrapped under the note."""
        text = hint or PainWords.tr("e.g. where you felt it, what changed")
        self.note_hint.set_text(text)
        self.note.setAccessibleDescription(text)

    def open(self, exercise_id: str, exercise_name: str, hint: str = "") -> None:
        """``hint``: a line of context, e.g. "Last time: garbage"."""
        self.exercise_id = exercise_id
        self.question.set_text(PainWords.tr("How was {exercise} for you?").format(
            exercise=exercise_name))
        self.hint.set_text(hint or PainWords.tr("Gold, okay, or garbage: only you can tell."))
        self.note.clear()
        self._show_over_parent(self.question.text())

    def note_text(self) -> str:
        """The note as one line of plain text."""
        return " ".join(self.note.text().split())[:MAX_NOTE_CHARS]

    def rate(self, rating: str) -> None:
        value = Rating(rating).value
        self.close_panel()
        self.rated.emit(self.exercise_id, value, self.note_text())

    def dismiss(self) -> None:
        self.close_panel()
        self.dismissed.emit(self.exercise_id)

    def _key(self, key: int) -> bool:
        if self.note.hasFocus():
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.setFocus()  # leave the note, keep the text
                return True
            return False
        for rating, rating_key, _ in RATING_KEYS:
            if key == rating_key:
                self.rate(rating.value)
                return True
        if key == Qt.Key.Key_N:
            self.note.setFocus()
            return True
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dismiss()
            return True
        return False

    def _restyle(self) -> None:
        super()._restyle()
        size = max(16, round(30 * self._scale()))
        for rating, button in self.rating_buttons.items():
            button.setIcon(_mark_icon(rating, size))
            button.setIconSize(QSize(size, size))
        width = round(self.later_button.fontMetrics().horizontalAdvance(self.later_button.text())
                      * 1.4)
        self.later_button.setFixedWidth(max(width, 160))


def score_key(key: int) -> int | None:
    """The score a key gives: 0–9, T for ten; None for any other key."""
    if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
        return key - Qt.Key.Key_0
    return 10 if key == Qt.Key.Key_T else None


class ScoreAside(QFrame):
    """A 0–10 symptom score asked beside the running workout: what is asked, in at most two
    lines, and a row of small numbered buttons. The workout goes on; a key (0–9, T) or a
    click answers, and the window takes it away when the question is let go."""

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreAside")
        self.setAccessibleName("Symptom score, asked beside the workout")
        self.prompt = FitLabel(object_name="accentText", lines=2)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.prompt, 1)
        for n in range(11):
            button = QPushButton(str(n) if n < 10 else "T·10")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys act on the window
            button.setAccessibleName(PainWords.tr("Symptoms {score} of 10").format(score=n))
            button.clicked.connect(lambda _=False, v=n: self.rated.emit(v))
            self.buttons.append(button)
            row.addWidget(button)
        self.hide()

    def ask(self, question: Question | None) -> None:
        """Show ``question`` (a symptom score), or hide when there is none."""
        if question is None:
            self.hide()
            return
        when = question.headline[:1].lower() + question.headline[1:]
        self.prompt.set_text(PainWords.tr("Symptoms {when}? 0 none … 10 worst").format(when=when))
        self.show()

    def set_scale(self, scale: float) -> None:
        self.prompt.set_pixel_size(21 * scale, QFont.Weight.DemiBold)
        size = max(24, round(34 * scale))
        self.setStyleSheet(f"QPushButton {{ padding: 0px; min-height: 0px; "
                           f"font-size: {max(12, round(18 * scale))}px; "
                           f"border-radius: {max(3, round(6 * scale))}px; }}")
        for button in self.buttons:
            button.setFixedSize(size if button is not self.buttons[-1] else round(size * 1.6),
                                size)


class ConfirmPanel(OverlayPanel):
    """A yes-or-no question before something that cannot be taken back: Enter says yes,
    Esc no, each printed on its button."""

    answered = Signal(bool)

    CARD_WIDTH = 760

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self._text("", 36, QFont.Weight.DemiBold, "headline")
        self.detail = self._text("", 22, object_name="muted")
        row = QHBoxLayout()
        row.setSpacing(14)
        self.yes_button = self._button("", "strong")
        self.no_button = self._button("")
        self.yes_button.clicked.connect(lambda: self.answer(True))
        self.no_button.clicked.connect(lambda: self.answer(False))
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.detail)
        self.card_layout.addLayout(row)

    def open(self, title: str, detail: str, yes: str, no: str) -> None:
        self.title.set_text(title)
        self.detail.set_text(detail)
        self.yes_button.setText(f"Enter   {yes}")
        self.no_button.setText(f"Esc   {no}")
        self._show_over_parent(title)

    def answer(self, yes: bool) -> None:
        self.close_panel()
        self.answered.emit(yes)

    def _key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.answer(True)
            return True
        if key == Qt.Key.Key_Escape:
            self.answer(False)
            return True
        return False

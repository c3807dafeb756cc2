"""The checklist, "This hurts", symptom and rating panels, and the history screen, driven by
keys and clicks; plus the data folder and the typed settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from warmup_gui.core.care import Ask, Question, back_off_choices
from warmup_gui.core.history import (
    Cause,
    ExerciseLog,
    HistoryStore,
    LoadResult,
    PainChoice,
    SessionRecord,
    problems_text,
)
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Equipment, Exercise, Routine
from warmup_gui.qt import paths
from warmup_gui.qt.screens.checklist import ChecklistScreen
from warmup_gui.qt.screens.history import HistoryScreen
from warmup_gui.qt.screens.pain import PainPanel, RatingPanel, SymptomPrompt
from warmup_gui.qt.settings import (
    ALL_KEYS,
    BREATH_INHALE_S,
    CHECKED_EQUIPMENT,
    CustomBreath,
    Settings,
)
from warmup_gui.qt.style import style_sheet
from warmup_gui.qt.theme import current_theme

TOE, FLOSS, SUPINE = "toe_touch_progression", "nerve_flossing", "supine_toe_touches"
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">'
       '<rect x="5" y="5" width="30" height="20" fill="#345"/></svg>')


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def settings_on(ini: Path) -> Settings:
    return Settings(QSettings(str(ini), QSettings.Format.IniFormat))


_HOSTS: list[QStackedWidget] = []  # pytest-qt holds widgets weakly; these live for one test


@pytest.fixture(autouse=True)
def _release_hosts() -> Iterator[None]:
    yield
    _HOSTS.clear()


def hosted(qtbot: QtBot, widget: QWidget, size: tuple[int, int] = (1280, 800)) -> QStackedWidget:
    """The screen in a host styled like the main window, shown at ``size``."""
    host = QStackedWidget()
    _HOSTS.append(host)
    host.setStyleSheet(style_sheet(current_theme(), 1.0))
    host.addWidget(widget)
    qtbot.addWidget(host)
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    return host


def distinct_colours(widget: QWidget) -> int:
    image = widget.grab().toImage()
    seen = set()
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


# --- data folder and settings --------------------------------------------------------------------


def test_data_dir_comes_from_the_environment_and_is_created(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "mine" / "warmup"))
    assert paths.data_dir() == tmp_path / "mine" / "warmup"
    assert (tmp_path / "mine" / "warmup").is_dir()


class _FakeStandardPaths:
    StandardLocation = paths.QStandardPaths.StandardLocation
    location = ""

    @classmethod
    def writableLocation(cls, _which: object) -> str:
        return cls.location


def test_data_dir_falls_back_to_app_data_and_explains_an_empty_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "QStandardPaths", _FakeStandardPaths)
    monkeypatch.setattr(_FakeStandardPaths, "location", str(tmp_path / "appdata"))
    assert paths.data_dir() == tmp_path / "appdata"
    assert (tmp_path / "appdata").is_dir()
    monkeypatch.setattr(_FakeStandardPaths, "location", "")
    with pytest.raises(paths.DataDirError, match=paths.DATA_DIR_ENV):
        paths.data_dir()


def test_settings_round_trip_through_an_ini_file(ini: Path) -> None:
    first = settings_on(ini)
    assert first.checked_equipment == [] and first.reduced_motion is False
    assert first.sound_on is True and first.breath_preset == "routine"
    first.checked_equipment = ["ramp", "mat"]
    first.breath_preset = "custom"
    first.custom_breath = CustomBreath(3.5, 1.0, 5.0, 0.0)
    first.reduced_motion = True
    first.sound_on, first.voice_on, first.flash_on = False, True, True
    second = settings_on(ini)
    assert second.checked_equipment == ["mat", "ramp"]
    assert second.breath_preset == "custom"
    assert second.custom_breath == CustomBreath(3.5, 1.0, 5.0, 0.0)
    assert (second.reduced_motion, second.sound_on, second.voice_on, second.flash_on) == \
        (True, False, True, True)
    second.checked_equipment = []
    assert settings_on(ini).checked_equipment == []


def test_settings_keys_are_declared_once() -> None:
    names = [key.name for key in ALL_KEYS]
    assert len(names) == len(set(names))


def test_damaged_settings_fall_back_to_defaults(ini: Path) -> None:
    ini.write_text("[display]\nreduced_motion=perhaps\n[breath]\ninhale_s=-3\nexhale_s=abc\n"
                   "hold_in_s=nan\n[cues]\nsound=0\n[checklist]\nchecked=ramp\n")
    settings = settings_on(ini)
    assert settings.reduced_motion is False
    assert settings.custom_breath == CustomBreath(4.0, 0.0, 6.0, 0.0)
    assert settings.sound_on is False  # "0" is a fine no
    assert settings.checked_equipment == ["ramp"]  # one item comes back as a plain string
    assert settings.get(CHECKED_EQUIPMENT) == ["ramp"]
    with pytest.raises(ValueError):
        settings.set(BREATH_INHALE_S, 99.0)


# --- checklist -----------------------------------------------------------------------------------


@pytest.fixture
def checklist(qtbot: QtBot, routine: Routine, ini: Path) -> ChecklistScreen:
    screen = ChecklistScreen(routine, settings_on(ini))
    hosted(qtbot, screen)
    return screen


def tick_all_but(qtbot: QtBot, screen: ChecklistScreen, *left_out: int) -> None:
    for n in range(1, len(screen.rows) + 1):
        if n not in left_out and not screen.rows[n - 1].isChecked():
            qtbot.keyClick(screen, str(n))


def test_rows_read_number_item_and_use(checklist: ChecklistScreen) -> None:
    texts = [row.text() for row in checklist.rows]
    assert texts[0] == ("1  Yoga block — Squeeze it gently between your knees or thighs during "
                        "the toe touch")
    assert texts[1].startswith("2  A low ramp: pool noodle, half foam roller or bumper plate — ")
    assert checklist.rows[0].height() >= 80  # big rows at 1280×800


def test_number_keys_tick_and_the_ticks_persist(qtbot: QtBot, checklist: ChecklistScreen,
                                                routine: Routine, ini: Path) -> None:
    qtbot.keyClick(checklist, Qt.Key.Key_1)
    qtbot.keyClick(checklist, Qt.Key.Key_3)
    assert [row.isChecked() for row in checklist.rows] == [True, False, True, False]
    qtbot.keyClick(checklist, Qt.Key.Key_3)  # again: off
    qtbot.keyClick(checklist, Qt.Key.Key_4)
    assert settings_on(ini).checked_equipment == ["mat", "yoga_block"]
    again = ChecklistScreen(routine, settings_on(ini))
    qtbot.addWidget(again)
    assert [row.isChecked() for row in again.rows] == [True, False, False, True]
    assert checklist.toggle_item(9) is False
    assert checklist.handle_key(Qt.Key.Key_9) is False


def test_a_click_ticks_a_row(qtbot: QtBot, checklist: ChecklistScreen, ini: Path) -> None:
    qtbot.mouseClick(checklist.rows[1], Qt.MouseButton.LeftButton)
    assert checklist.rows[1].isChecked()
    assert settings_on(ini).checked_equipment == ["ramp"]


def test_all_ticked_enter_starts_with_nothing_skipped(qtbot: QtBot,
                                                      checklist: ChecklistScreen) -> None:
    tick_all_but(qtbot, checklist)
    with qtbot.waitSignal(checklist.start_requested) as signal:
        qtbot.keyClick(checklist, Qt.Key.Key_Return)
    assert signal.args == [[]]
    assert not checklist.offer_visible


def test_something_missing_offers_to_skip_the_exercises_needing_it(
        qtbot: QtBot, checklist: ChecklistScreen) -> None:
    tick_all_but(qtbot, checklist, 2)
    starts: list[list[str]] = []
    checklist.start_requested.connect(starts.append)
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    assert starts == []  # not yet: first the offer, on the screen itself
    assert checklist.offer_visible and checklist.missing_panel.isVisible()
    assert QApplication.activeModalWidget() is None  # no message box
    assert checklist.missing_text.text() == \
        "Missing: A low ramp. Skip Toe Touch Progression, or start anyway?"
    assert checklist.offered_skip_ids == [TOE]
    assert "Skip Toe Touch Progression" in checklist.skip_button.text()
    assert checklist.rows[1].flagged and not checklist.rows[0].flagged
    assert checklist.missing_panel.height() >= 120

    qtbot.keyClick(checklist, Qt.Key.Key_S)
    assert starts == [[TOE]]
    assert not checklist.offer_visible


def test_enter_twice_starts_anyway_and_esc_goes_back(qtbot: QtBot,
                                                    checklist: ChecklistScreen) -> None:
    tick_all_but(qtbot, checklist, 4)
    starts: list[list[str]] = []
    checklist.start_requested.connect(starts.append)
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    assert checklist.offered_skip_ids == [SUPINE]
    qtbot.keyClick(checklist, Qt.Key.Key_Escape)
    assert not checklist.offer_visible and starts == []
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    assert starts == [[]]


def test_ticking_the_missing_item_closes_the_offer(qtbot: QtBot,
                                                  checklist: ChecklistScreen) -> None:
    tick_all_but(qtbot, checklist, 2)
    checklist.request_start()
    assert checklist.offer_visible
    qtbot.keyClick(checklist, Qt.Key.Key_2)
    assert not checklist.offer_visible


def test_nothing_ticked_cannot_skip_everything(qtbot: QtBot,
                                               checklist: ChecklistScreen) -> None:
    checklist.request_start()
    assert checklist.offered_skip_ids == []
    assert checklist.skip_button.isHidden()
    assert checklist.handle_key(Qt.Key.Key_S) is False
    with qtbot.waitSignal(checklist.start_requested) as signal:
        checklist.handle_key(Qt.Key.Key_Enter)
    assert signal.args == [[]]


def test_an_equipment_icon_shows_only_when_its_svg_exists(qtbot: QtBot, routine: Routine,
                                                          tmp_path: Path, ini: Path) -> None:
    extra = (Equipment("foam_wedge", "Foam wedge", "Under the heels"),
             Equipment("towel", "Towel", "Under the head"))
    custom = replace(routine, equipment=extra)
    (tmp_path / "illustrations").mkdir()
    (tmp_path / "illustrations" / "equipment_foam_wedge.svg").write_text(SVG)
    screen = ChecklistScreen(custom, settings_on(ini), routine_dir=tmp_path)
    hosted(qtbot, screen)
    assert [row.has_icon for row in screen.rows] == [True, False]
    assert distinct_colours(screen) > 5


# --- panels --------------------------------------------------------------------------------------


@pytest.fixture
def base(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.setObjectName("screen")
    hosted(qtbot, widget)
    return widget


def hurts(exercise: Exercise) -> Question:
    return Question(Ask.HURTS, exercise, title="This hurts", headline=exercise.name,
                    reason=exercise.safety, choices=back_off_choices(exercise, Cause.HURTS))


@pytest.mark.parametrize(("key", "choice"), [
    (Qt.Key.Key_1, "easier"), (Qt.Key.Key_2, "smaller"), (Qt.Key.Key_3, "skip"),
    (Qt.Key.Key_Escape, "mistake"),
])
def test_pain_panel_keys_make_the_choices(qtbot: QtBot, base: QWidget, routine: Routine,
                                          key: Qt.Key, choice: str) -> None:
    panel = PainPanel(base)
    panel.open(hurts(routine.exercises[1]))
    assert panel.isVisible() and panel.geometry() == base.rect()
    assert panel.safety.text().startswith(routine.exercises[1].safety)
    assert panel.exercise_name.text() == "Hamstring Nerve Flossing"
    with qtbot.waitSignal(panel.choice_made) as signal:
        qtbot.keyClick(panel, key)
    assert signal.args == [choice]
    assert not panel.isVisible()


def test_pain_panel_buttons_are_big_and_name_their_keys(qtbot: QtBot, base: QWidget,
                                                        routine: Routine) -> None:
    panel = PainPanel(base)
    panel.open(hurts(routine.exercises[0]))
    shown = [b for b in panel.choice_buttons.values() if b.isVisibleTo(panel)]
    assert sorted(b.text() for b in shown) == [
        "1   Easier: Feet flat, no ramp", "2   Smaller and slower", "3   Fewer reps",
        "4   Skip this exercise", "Esc   Pressed by mistake"]
    assert min(b.height() for b in shown) >= 56
    assert panel.handle_key(Qt.Key.Key_5) is False  # not offered
    assert panel.handle_key(Qt.Key.Key_Space) is False
    with qtbot.waitSignal(panel.choice_made) as signal:
        qtbot.mouseClick(panel.choice_buttons[PainChoice.SMALLER], Qt.MouseButton.LeftButton)
    assert signal.args == ["smaller"]


def test_symptom_prompt_takes_0_to_10_or_a_skip(qtbot: QtBot, base: QWidget) -> None:
    prompt = SymptomPrompt(base)
    results: list[int | None] = []
    prompt.rated.connect(results.append)
    prompt.open("Before Hamstring Nerve Flossing")
    assert prompt.question.text() == "How strong are your symptoms right now?"
    assert "0 = none, 10 = worst" in prompt.scale_hint.text()
    qtbot.keyClick(prompt, Qt.Key.Key_7)
    assert not prompt.isVisible()
    prompt.open("After")
    qtbot.keyClick(prompt, Qt.Key.Key_0)
    prompt.open("After")
    qtbot.mouseClick(prompt.score_buttons[10], Qt.MouseButton.LeftButton)
    prompt.open("After")
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert results == [7, 0, 10, None]
    assert [b.text() for b in prompt.score_buttons] == [str(n) for n in range(11)]


def test_rating_panel_keys_rate_and_a_note_rides_along(qtbot: QtBot, base: QWidget) -> None:
    panel = RatingPanel(base)
    got: list[tuple[str, str, str]] = []
    panel.rated.connect(lambda *args: got.append(args))
    panel.open(TOE, "Toe Touch Progression")
    assert panel.question.text() == "How was Toe Touch Progression for you?"
    qtbot.keyClick(panel, Qt.Key.Key_G)
    assert got == [(TOE, "gold", "")]
    assert not panel.isVisible()

    panel.open(SUPINE, "Alternate Supine Toe Touches", "Last time: garbage")
    assert panel.hint.text() == "Last time: garbage"
    base.window().activateWindow()
    qtbot.keyClick(panel, Qt.Key.Key_N)
    qtbot.waitUntil(panel.note.hasFocus)
    qtbot.keyClicks(panel.note, "<b>neck</b> x")  # letters typed here do not rate
    assert got == [(TOE, "gold", "")]
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.note.hasFocus())
    qtbot.keyClick(panel, Qt.Key.Key_X)
    assert got[-1] == (SUPINE, "garbage", "<b>neck</b> x")  # plain text, kept as typed

    panel.open(FLOSS, "Hamstring Nerve Flossing")
    assert panel.note.text() == ""  # a fresh note each time
    qtbot.mouseClick(panel.rating_buttons[next(iter(panel.rating_buttons))],
                     Qt.MouseButton.LeftButton)
    assert got[-1] == (FLOSS, "gold", "")


def test_rating_panel_can_be_put_off(qtbot: QtBot, base: QWidget) -> None:
    panel = RatingPanel(base)
    panel.open(FLOSS, "Hamstring Nerve Flossing")
    with qtbot.waitSignal(panel.dismissed) as signal:
        qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert signal.args == [FLOSS]
    assert panel.handle_key(Qt.Key.Key_O) is False  # a closed panel uses no keys
    panel.open(FLOSS, "Hamstring Nerve Flossing")
    with qtbot.waitSignal(panel.rated) as signal:
        assert panel.handle_key(Qt.Key.Key_O) is True  # as the window would pass it on
    assert signal.args == [FLOSS, "okay", ""]


# --- history -------------------------------------------------------------------------------------

TODAY = date(2025, 11, 27)


def sample_sessions(routine: Routine, count: int) -> list[SessionRecord]:
    records = []
    cycle = ["gold", "okay", "garbage"]
    for i in range(count):
        started = datetime(2025, 11, 26, 7, 30) - timedelta(days=4 * i)
        record = SessionRecord(f"s{i}", started, routine.title, "r.yaml", 2 + i % 2,
                               duration_s=600 + 60 * i, finished=i % 3 != 1)
        for ex in routine.exercises:
            record.exercises[ex.id] = ExerciseLog(ex.name, ex.sets, ex.sets, 10 + i)
        record.rate(TOE, cycle[i % 3])
        record.rate(SUPINE, "garbage" if i < 2 else "okay")
        records.append(record)
    return records


@pytest.fixture
def history(qtbot: QtBot) -> HistoryScreen:
    screen = HistoryScreen()
    hosted(qtbot, screen)
    return screen


def test_history_shows_a_row_per_session_newest_first(history: HistoryScreen,
                                                      routine: Routine) -> None:
    sessions = sample_sessions(routine, 5)
    history.show_history(LoadResult(tuple(reversed(sessions)), ()), routine, TODAY)
    rows = history.visible_rows()
    assert len(rows) == 5
    assert rows[0] == "Wed 26 Nov · 07:30 · 10 min · 2 rounds · 30 reps · Finished"
    assert rows[1].endswith("Stopped early")
    assert not history.note.isVisible()
    assert history.summary.text() == "5 warm-ups since 10 Nov 2025 · 1 this week"
    weeks = history.chart.weeks
    assert len(weeks) == 8 and weeks[-1] == (date(2025, 11, 24), 1)
    by_id = {row.exercise_id: row for row in history.chart.rows}
    assert [row.exercise_id for row in history.chart.rows] == [TOE, FLOSS, SUPINE]
    assert by_id[SUPINE].verdict.startswith("Garbage twice")
    assert by_id[FLOSS].verdict == "Not rated yet"
    assert len(by_id[TOE].ratings) == 5


def test_many_sessions_show_as_many_as_fit_without_a_scrollbar(history: HistoryScreen,
                                                               routine: Routine) -> None:
    history.show_history(LoadResult(tuple(sample_sessions(routine, 30)), ()), routine, TODAY)
    shown = len(history.visible_rows())
    assert 4 <= shown < 30
    assert history.sessions.visible_count() == shown


def test_unreadable_files_are_mentioned_calmly(history: HistoryScreen, routine: Routine,
                                               tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    record = store.start_session(datetime(2025, 11, 26, 7), routine.title, "r.yaml", 2)
    (store.sessions_dir / "2025-11-01T07-00-00-bad.json").write_text('{"version": 1, "id"')
    result = store.load_all()
    history.show_history(result, routine, TODAY)
    assert history.note.isVisible()
    assert history.note.text() == (
        "One history file could not be read and was kept aside as "
        "2025-11-01T07-00-00-bad.json.corrupt. Everything else is here.")
    assert len(history.visible_rows()) == 1 and record.id in store.path_of(record).name
    two = problems_text(result.problems * 2)
    assert two.startswith("2 history files could not be read and were kept aside: ")


def test_empty_history_says_so(history: HistoryScreen) -> None:
    history.show_history(LoadResult((), ()), None, TODAY)
    assert history.visible_rows() == []
    assert history.empty.isVisible()
    assert history.reset_button.isHidden()
    assert distinct_colours(history) > 3


def test_history_keys(qtbot: QtBot, history: HistoryScreen, routine: Routine) -> None:
    history.show_history(LoadResult(tuple(sample_sessions(routine, 3)), ()), routine, TODAY)
    with qtbot.waitSignal(history.reset_requested):
        qtbot.keyClick(history, Qt.Key.Key_R)
    with qtbot.waitSignal(history.back_requested):
        qtbot.keyClick(history, Qt.Key.Key_Escape)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_history_paints_at_1280x800(qtbot: QtBot, routine: Routine, scheme: str,
                                    request: pytest.FixtureRequest) -> None:
    if scheme == "dark":
        request.getfixturevalue("dark_palette")
    screen = HistoryScreen()
    host = hosted(qtbot, screen)
    screen.show_history(LoadResult(tuple(sample_sessions(routine, 12)), ()), routine, TODAY)
    assert host.grab().size().width() == 1280 and host.grab().size().height() == 800
    image = screen.chart.grab().toImage()
    assert not image.isNull()
    assert distinct_colours(screen.chart) > 8  # bars, marks, text: not a uniform fill
    assert distinct_colours(screen.sessions) > 4
    background = QColor(host.grab().toImage().pixel(5, 5))
    assert (background.lightness() < 128) == (scheme == "dark")


def test_symptom_prompt_takes_ten_from_the_keyboard(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1280, 800)
    host.show()
    prompt = SymptomPrompt(host)
    prompt.open("After Hamstring Nerve Flossing")
    with qtbot.waitSignal(prompt.rated) as blocker:
        assert prompt.handle_key(Qt.Key.Key_T)
    assert blocker.args == [10]


def test_history_shows_symptom_scores_per_exercise_and_each_back_off(
        history: HistoryScreen, routine: Routine) -> None:
    sessions = sample_sessions(routine, 3)
    sessions[2].set_symptoms(FLOSS, before=2, after=2)
    sessions[1].set_symptoms(FLOSS, before=2, after=5)
    sessions[1].flag_pain(FLOSS, 4, 80.0, "smaller")
    sessions[1].flag_pain(TOE, 1, 10.0, "skip")
    history.show_history(LoadResult(tuple(sessions), ()), routine, TODAY)
    rule = routine.exercises[1].symptom_rule
    assert rule is not None
    assert history.symptoms.text() == (
        "Hamstring Nerve Flossing, symptoms before→after: 2→2 · 2→5 (rose). Symptoms rose from "
        f"2 to 5 of 10 during Hamstring Nerve Flossing. Next time: {rule.back_off}")
    assert not history.symptoms.isHidden()
    assert "backed off: smaller and slower, skipped" in history.visible_rows()[1]


@pytest.mark.parametrize("size", [(1024, 640), (1280, 800)])
def test_every_back_off_choice_fits_its_button(qtbot: QtBot, routine: Routine,
                                               size: tuple[int, int]) -> None:
    widget = QWidget()
    widget.setObjectName("screen")
    hosted(qtbot, widget, size)
    panel = PainPanel(widget)
    for exercise in routine.exercises:
        panel.open(hurts(exercise))
        QApplication.processEvents()
        for button in panel.choice_buttons.values():
            if button.isVisibleTo(panel):
                text_px = button.fontMetrics().horizontalAdvance(button.text())
                assert text_px + 40 <= button.width(), (exercise.id, button.text())
        assert panel.card.geometry().bottom() <= widget.height()


def test_a_press_by_mistake_is_not_called_backing_off(history: HistoryScreen,
                                                      routine: Routine) -> None:
    sessions = sample_sessions(routine, 2)
    sessions[1].flag_pain(FLOSS, 4, 80.0, "mistake")
    history.show_history(LoadResult(tuple(sessions), ()), routine, TODAY)
    assert "backed off" not in history.visible_rows()[1]

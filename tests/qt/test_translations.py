"""Every text is translated, the compiled translations match their sources, and the app
speaks the language it is asked to, Qt's own words included."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warmup_gui.core import words
from warmup_gui.core.history import LoadResult, SessionRecord
from warmup_gui.core.plan import minutes_text
from warmup_gui.core.record import replace
from warmup_gui.core.routine import ROUTINE_PHRASES, Routine, Side, Sides
from warmup_gui.qt import language
from warmup_gui.qt.handout import write_handout
from warmup_gui.qt.screens.history import HistoryScreen

REPO = Path(__file__).resolve().parents[2]
TOOLS = REPO / "tools"


def _translations_tool():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations", TOOLS / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> the <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "de")
    yield
    language.install(qapp, language.SOURCE_LANGUAGE)


@pytest.mark.parametrize("name", ["warmup_de.ts", "warmup_en.ts"])
def test_every_message_is_translated(name: str) -> None:
    messages = _messages(language.TRANSLATIONS_DIR / name)
    assert messages, name
    assert all(context for context, _, _ in messages), "a tr() without its context"
    unfinished = []
    for key, message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            unfinished.append(key)
    assert not unfinished, f"{len(unfinished)} not translated in {name}: {unfinished[:10]}"


def test_the_translations_hold_every_text_the_code_has(tmp_path: Path) -> None:
    tool = _translations_tool()
    copies = tmp_path / "translations"
    shutil.copytree(language.TRANSLATIONS_DIR, copies)
    tool.FOLDER = copies
    tool.update()
    for ts in copies.glob("*.ts"):
        assert set(_messages(ts)) == set(_messages(language.TRANSLATIONS_DIR / ts.name)), (
            f"{ts.name} is behind the code: run tools/translations.py update")


def test_the_compiled_translations_are_those_of_the_sources(tmp_path: Path) -> None:
    tool = _translations_tool()
    for qm in tool.release(tmp_path):
        assert qm.read_bytes() == (language.TRANSLATIONS_DIR / qm.name).read_bytes(), (
            f"{qm.name} is stale: run tools/translations.py release")


def test_the_language_follows_the_system_unless_warmup_lang_names_one() -> None:
    assert "de" in language.available() and "en" in language.available()
    QLocale.setDefault(QLocale("de_AT"))
    assert language.chosen({}) == "de"
    QLocale.setDefault(QLocale("fr_FR"))
    assert language.chosen({}) == "en"  # no French translation: the source language
    assert language.chosen({"WARMUP_LANG": "de_DE"}) == "de"
    QLocale.setDefault(QLocale("de_DE"))
    assert language.chosen({"WARMUP_LANG": "en"}) == "en"
    assert language.chosen({"WARMUP_LANG": "xx"}) == "en"


@pytest.mark.usefixtures("german")
def test_german_changes_the_core_words_and_qt_own() -> None:
    assert minutes_text(9 * 60) == "Etwa 9 Min."
    assert QKeySequence(Qt.Key.Key_Space).toString(
        QKeySequence.SequenceFormat.NativeText) == "Leertaste"


@pytest.mark.usefixtures("german")
def test_a_german_screen_shows_german_words_and_dates(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    screen = HistoryScreen()
    qtbot.addWidget(screen)
    assert screen.title.text() == "Ihr Aufwärmen bisher"
    assert screen.back_button.text() == "Esc  ·  Zurück"
    started = datetime(2026, 11, 25, 7, 40)
    sessions = tuple(SessionRecord(f"s{rounds}", started, "Warm-up", "r.yaml", rounds,
                                   duration_s=600, finished=True) for rounds in (1, 2))
    screen.show_history(LoadResult(sessions, ()), None, started.date())
    assert screen.summary.text() == "2 Einheiten seit 25. Nov. 2026 · 2 diese Woche"
    rows = screen.visible_rows()
    assert "Mi. 25. Nov. · 07:40 · 10 Min. · 1 Runde · 0 Wiederholungen · Geschafft" in rows
    assert "Mi. 25. Nov. · 07:40 · 10 Min. · 2 Runden · 0 Wiederholungen · Geschafft" in rows


def test_english_plurals_come_from_the_english_translation(qtbot: QtBot) -> None:
    screen = HistoryScreen()
    qtbot.addWidget(screen)
    started = datetime(2026, 11, 25, 7, 40)
    one = SessionRecord("s0", started, "Warm-up", "r.yaml", 1, duration_s=600, finished=True)
    screen.show_history(LoadResult((one,), ()), None, started.date())
    assert screen.summary.text() == "1 warm-up since 25 Nov 2026 · 1 this week"
    assert "1 round · 0 reps" in screen.visible_rows()[0]


def _handout_text(routine: Routine, tmp_path: Path) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / "handout.pdf"
    write_handout(routine, out, None, date=date(2026, 11, 25))
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return " ".join(text.replace("\u00a0", " ").split())


def test_a_german_routine_prints_a_german_handout_on_an_english_screen(
        qapp: QApplication, routine: Routine, tmp_path: Path) -> None:
    text = _handout_text(replace(routine, language="de"), tmp_path)
    assert "So geht es" in text and "Seite 1 von" in text and "25. November 2026" in text
    assert "How to do it" not in text
    assert minutes_text(60) == "About 1 min"  # the window's words are English still


@pytest.mark.usefixtures("german")
def test_an_english_routine_prints_an_english_handout_on_a_german_screen(
        routine: Routine, tmp_path: Path) -> None:
    text = _handout_text(routine, tmp_path)
    assert "How to do it" in text and "Page 1 of" in text and "25 November 2026" in text
    assert "So geht es" not in text
    assert minutes_text(60) == "Etwa 1 Min."


@pytest.mark.usefixtures("german")
def test_phrases_around_a_routines_own_words_speak_the_routines_language(
        routine: Routine) -> None:
    exercise = next(ex for ex in routine.exercises if ex.sides is Sides.EACH)
    try:
        language.speak_routine_phrases(routine)  # English: 'Left leg', not 'leg links'
        assert exercise.side_label(Side.LEFT) == f"Left {exercise.side_name}"
        # The dose and the equipment's alternatives read in one language, the routine's.
        assert exercise.dosage == f"2 sets × 15-30 reps per {exercise.side_name}"
        choices = next(item for item in routine.equipment if len(item.any_of) > 1)
        assert " or " in choices.line and " oder " not in choices.line
        language.speak_routine_phrases(replace(routine, language="de"))
        assert exercise.side_label(Side.RIGHT) == f"{exercise.side_name} rechts"
        assert exercise.dosage == f"2 Sätze × 15-30 Wdh. pro {exercise.side_name}"
    finally:
        words.set_context_lookup(ROUTINE_PHRASES, None)

"""The language the app speaks: the first of the system's UI languages it has a translation
for (English otherwise), or the one ``WARMUP_LANG`` names. Installing it loads the app's
translation and Qt's own (the words in Qt's dialogs and key names), and routes the core's
words (warmup_gui/core/words.py) through them."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from warmup_gui import LANG_ENV
from warmup_gui.core import words
from warmup_gui.core.assets import ASSETS_DIR
from warmup_gui.core.routine import ROUTINE_PHRASES, Routine

SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = ASSETS_DIR / "translations"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def available() -> list[str]:
    """The languages the app has a translation for, English among them."""
    return sorted({SOURCE_LANGUAGE} | {qm.stem.removeprefix("warmup_")
                                       for qm in TRANSLATIONS_DIR.glob("warmup_*.qm")})


def _language_of(tag: str) -> str:
    """'de' for 'de-DE', 'de_AT' or 'DE'."""
    return tag.replace("-", "_").split("_")[0].lower()


def chosen(env: Mapping[str, str] = os.environ) -> str:
    """``WARMUP_LANG`` if the app speaks it, else the first of the system's UI languages it
    speaks, else English."""
    have = available()
    override = env.get(LANG_ENV, "").strip()
    if override:
        language = _language_of(override)
        return language if language in have else SOURCE_LANGUAGE
    for tag in QLocale().uiLanguages():
        if _language_of(tag) in have:
            return _language_of(tag)
    return SOURCE_LANGUAGE


def _lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install(app: QCoreApplication, language: str) -> None:
    """Speak ``language`` from now on: widgets made after this show its words."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Qt's own first: the app's words win where both have one.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase_" + language, qt_dir), ("warmup_" + language, str(TRANSLATIONS_DIR))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    words.set_lookup(_lookup)
    _current = language


def current() -> str:
    """The language installed last (English before any is)."""
    return _current


def _translation(language: str) -> words.Lookup:
    """A lookup in the app's translation for ``language`` (the source text where it has
    none), apart from the one the window speaks."""
    translator = QTranslator()
    translator.load("warmup_" + language, str(TRANSLATIONS_DIR))

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n)
        if not found:
            return words.english(context, text, disambiguation, n)
        return found.replace("%n", str(n)) if n >= 0 else found

    return lookup


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The core's words in ``language`` for a while, whatever the window speaks (a handout
    in its routine's language)."""
    before = words.lookup()
    words.set_lookup(_translation(language))
    try:
        yield
    finally:
        words.set_lookup(before)


def speak_routine_phrases(routine: Routine) -> None:
    """Phrases built around the routine's own words ('Left leg' around its 'leg') in the
    routine's language, so they never mix two."""
    words.set_context_lookup(ROUTINE_PHRASES, _translation(of_routine(routine)))


def of_routine(routine: Routine) -> str:
    """The language a routine's handout speaks: the routine's own where the app has a
    translation for it, else English."""
    wanted = _language_of(routine.language)
    return wanted if wanted in available() else SOURCE_LANGUAGE

"""The user's regional conventions, from the system locale: the first day of the week, the
12- or 24-hour clock, day-month order and paper size. Weekday and month names are in the
app's language (warmup_gui/qt/language.py), so an English screen on a German desktop says
"Tue 25 Nov · 07:40", one on an American desktop "Tue Nov 25 · 7:40 AM", and a German screen
"Di. 25. Nov. · 07:40"."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from PySide6.QtCore import QDate, QLocale, QTime

from warmup_gui.qt import language

# Where Letter paper is the norm: the US customary system, and its neighbours that print on it.
_LETTER_TERRITORIES = frozenset({QLocale.Country.Canada, QLocale.Country.Mexico,
                                 QLocale.Country.Philippines, QLocale.Country.Chile,
                                 QLocale.Country.Colombia, QLocale.Country.Venezuela})


def _locale() -> QLocale:
    """The app's language with the system's territory and its conventions; the C locale (no
    territory) gets the ISO-like ones: Monday first, 24 hours, day before month, A4."""
    words = QLocale(language.current()).language()
    system = QLocale()
    if system.language() is QLocale.Language.C or system.territory() is QLocale.Country.AnyCountry:
        if words is QLocale.Language.English:
            return QLocale(words, QLocale.Country.UnitedKingdom)
        return QLocale(words)
    return QLocale(words, system.territory())


def first_weekday() -> int:
    """The first day of the week, as Python numbers them (Monday 0 … Sunday 6)."""
    return _locale().firstDayOfWeek().value - 1


def _month_first(locale: QLocale) -> bool:
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern.find("M") < pattern.find("d")


def day_pattern(locale: QLocale) -> str:
    """The day of the month, with a full stop where it is written so ('25. Nov.')."""
    return "d." if "d." in locale.dateFormat(QLocale.FormatType.ShortFormat) else "d"


def day_month(day: date) -> str:
    """'25 Nov', 'Nov 25' where the month comes first, '25. Nov.' in German."""
    locale = _locale()
    return locale.toString(QDate(day.year, day.month, day.day),
                           "MMM d" if _month_first(locale) else f"{day_pattern(locale)} MMM")


def day_and_time(moment: datetime) -> str:
    """'Tue 25 Nov · 07:40', or 'Tue Nov 25 · 7:40 AM' on a 12-hour clock."""
    locale = _locale()
    time = locale.toString(QTime(moment.hour, moment.minute),
                           locale.timeFormat(QLocale.FormatType.ShortFormat))
    weekday = locale.toString(QDate(moment.year, moment.month, moment.day), "ddd")
    return f"{weekday} {day_month(moment.date())} · {time}"


def day_month_year(day: date) -> str:
    """'13 Oct 2026', 'Oct 13, 2026' where the month comes first, '13. Okt. 2026' in German."""
    locale = _locale()
    return locale.toString(QDate(day.year, day.month, day.day),
                           "MMM d, yyyy" if _month_first(locale)
                           else f"{day_pattern(locale)} MMM yyyy")


def paper_size() -> Literal["A4", "Letter"]:
    """The paper a printer here most likely holds."""
    locale = _locale()
    if (locale.measurementSystem() is QLocale.MeasurementSystem.ImperialUSSystem
            or locale.territory() in _LETTER_TERRITORIES):
        return "Letter"
    return "A4"

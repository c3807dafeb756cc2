"""Dates, times, the first day of the week and the paper follow the system's region."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from warmup_gui.core.history import LoadResult, SessionRecord
from warmup_gui.qt import conventions
from warmup_gui.qt.screens.history import HistoryScreen

MOMENT = datetime(2026, 11, 25, 7, 40)  # a Wednesday


@pytest.mark.parametrize(("locale", "shown", "since", "first", "paper"), [
    ("C", "Wed 25 Nov · 07:40", "13 Oct 2026", 0, "A4"),
    ("en_GB", "Wed 25 Nov · 07:40", "13 Oct 2026", 0, "A4"),
    ("de_DE", "Wed 25 Nov · 07:40", "13 Oct 2026", 0, "A4"),
    ("en_US", "Wed Nov 25 · 7:40 AM", "Oct 13, 2026", 6, "Letter"),
    ("fr_CA", "Wed Nov 25 · 7:40 a.m.", "Oct 13, 2026", 6, "Letter"),
])
def test_each_region_gets_its_own_conventions_in_english_words(
        locale: str, shown: str, since: str, first: int, paper: str) -> None:
    QLocale.setDefault(QLocale(locale))
    # Qt's data may put a narrow or no-break space before "AM"
    plain = conventions.day_and_time(MOMENT).replace("\u202f", " ").replace("\xa0", " ")
    assert plain == shown
    assert conventions.day_month_year(date(2026, 10, 13)) == since
    assert conventions.first_weekday() == first
    assert conventions.paper_size() == paper



def test_an_american_history_counts_weeks_from_sunday(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("en_US"))
    screen = HistoryScreen()
    qtbot.addWidget(screen)
    saturday, sunday = datetime(2026, 11, 28, 18, 5), datetime(2026, 11, 29, 7, 40)
    sessions = tuple(SessionRecord(f"s{i}", when, "Warm-up", "r.yaml", 1, duration_s=600,
                                   finished=True) for i, when in enumerate((saturday, sunday)))
    screen.show_history(LoadResult(sessions, ()), None, sunday.date())
    weeks = screen.chart.weeks
    assert all(start.weekday() == 6 for start, _ in weeks)  # Sundays
    assert weeks[-2:] == [(date(2026, 11, 22), 1), (date(2026, 11, 29), 1)]
    assert screen.visible_rows()[0].startswith("Sun Nov 29 · 7:40")

"""The core's words: English source texts until the app installs a lookup."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from warmup_gui.core import words
from warmup_gui.core.words import Words


@pytest.fixture(autouse=True)
def _restore_lookup() -> Iterator[None]:
    before = words.lookup()
    yield
    words.set_lookup(before)


def test_without_a_lookup_the_source_text_is_the_answer_with_english_plurals() -> None:
    words.set_lookup(words.english)
    say = Words("TestWords")
    assert say.tr("Round {round} of {rounds}").format(round=1, rounds=2) == "Round 1 of 2"
    assert say.tr("%n second(s)", "", 1) == "1 second"
    assert say.tr("%n second(s)", "", 0) == "0 seconds"
    assert say.tr("%n second(s)", "", 30) == "30 seconds"


def test_an_installed_lookup_gets_context_text_disambiguation_and_count() -> None:
    asked: list[tuple[str, str, str | None, int]] = []

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, text, disambiguation, n))
        return "übersetzt"

    words.set_lookup(lookup)
    assert Words("TestWords").tr("%n rep(s)", "counted", 3) == "übersetzt"
    assert asked == [("TestWords", "%n rep(s)", "counted", 3)]

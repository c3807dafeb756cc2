"""A routine may say which language its texts are written in."""

from __future__ import annotations

import pytest

from warmup_gui.core.loader import RoutineError, parse_routine
from warmup_gui.core.writer import routine_to_yaml


def _with_language(text: str, value: str) -> str:
    return text.replace("\ntitle:", f"\nlanguage: {value}\ntitle:", 1)


def test_a_routine_is_english_unless_it_says_otherwise(bundled_text: str) -> None:
    assert parse_routine(bundled_text).language == "en"
    german = parse_routine(_with_language(bundled_text, "de"))
    assert german.language == "de"
    assert parse_routine(routine_to_yaml(german)).language == "de"  # written back as read
    assert "language:" not in routine_to_yaml(parse_routine(bundled_text))


@pytest.mark.parametrize("value", ["pt-BR", "de_AT", "gsw"])
def test_regional_codes_are_read(bundled_text: str, value: str) -> None:
    assert parse_routine(_with_language(bundled_text, value)).language == value


@pytest.mark.parametrize(("value", "said"), [("German", "language code"),
                                             ("'de de'", "language code"),
                                             ("1", "expected text"), ("[de]", "expected text")])
def test_anything_but_a_language_code_names_its_line(bundled_text: str, value: str,
                                                     said: str) -> None:
    text = _with_language(bundled_text, value)
    line = text.splitlines().index(f"language: {value}") + 1
    with pytest.raises(RoutineError) as raised:
        parse_routine(text, "r.yaml")
    problem = raised.value.problems[0]
    assert (problem.source, problem.line, problem.field) == ("r.yaml", line, "language")
    assert said in problem.message

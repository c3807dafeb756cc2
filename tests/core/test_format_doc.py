"""Every YAML example in docs/routine-format.md is one the loader accepts."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from warmup_gui.core.loader import parse_routine
from warmup_gui.core.writer import routine_to_data

DOC = Path(__file__).resolve().parents[2] / "docs" / "routine-format.md"
_BLOCK = re.compile(r"```yaml\n(.*?)```", re.S)
# Routine keys the bundled routine leaves at their defaults.
ROUTINE_ONLY_KEYS = {"switch_sides_s", "next_position_s", "between_exercises_s", "get_ready_s"}


def examples() -> list[str]:
    return _BLOCK.findall(DOC.read_text(encoding="utf-8"))


def test_the_format_doc_has_a_full_example_and_fragments() -> None:
    found = examples()
    assert sum("format:" in text for text in found) >= 1
    assert len(found) >= 2


def test_every_example_is_read_without_a_problem(bundled_text: str) -> None:
    """A whole routine is parsed as it is; a fragment is a few keys of an exercise (or of the
    routine, where the key is a routine's), put into the bundled routine in place of its own."""
    base = parse_routine(bundled_text, "bundled")
    for number, text in enumerate(examples(), start=1):
        source = f"{DOC.name} example {number}"
        if "format:" in text:
            parse_routine(text, source)
            continue
        keys = yaml.safe_load(text)
        assert isinstance(keys, dict), source
        data = routine_to_data(base)
        top_level = set(keys) & (set(data) | ROUTINE_ONLY_KEYS) - {"exercises"}
        if top_level:
            # An equipment item is shown on its own: it joins the routine's list.
            data.update({key: data[key] + value if key == "equipment" else value
                         for key, value in keys.items()})
        else:
            target = next(e for e in data["exercises"] if keys.keys() & e.keys()) \
                if any(keys.keys() & e.keys() for e in data["exercises"]) \
                else data["exercises"][0]
            if "tempo" in keys:  # tempo takes the place of tempo_s
                target.pop("tempo_s", None)
            target.update(keys)
        parsed = parse_routine(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), source)
        assert parsed != base or top_level, f"{source} changed nothing"


def test_every_key_in_the_format_is_documented() -> None:
    """Each key the loader knows appears in the doc's tables, in backticks."""
    from warmup_gui.core import loader

    doc = DOC.read_text(encoding="utf-8")
    keys = {*loader._ROUTINE_REQUIRED, *loader._ROUTINE_OPTIONAL, *loader._ROUTINE_NEWER,
            *loader._EXERCISE_REQUIRED, *loader._EXERCISE_OPTIONAL, *loader._EXERCISE_NEWER,
            "optional", "at", "cue", "words", "hold", "inhale_s", "exhale_s", "hold_in_s",
            "hold_out_s", "cycles", "top", "top_s"}
    assert [key for key in sorted(keys) if f"`{key}`" not in doc] == []


def test_the_documented_limits_are_the_loaders() -> None:
    from warmup_gui.core import loader

    doc = DOC.read_text(encoding="utf-8")
    for limit in (loader.MAX_TEXT, loader.MAX_NAME, loader.MAX_TITLE, loader.MAX_MOVEMENT,
                  loader.MAX_WORD, loader.MAX_SIDE_NAME):
        assert f"at most {limit} characters" in doc, limit

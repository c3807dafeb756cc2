"""Every YAML example in docs/routine-format.md is one the loader accepts."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from warmup_gui.core.loader import parse_routine
from warmup_gui.core.writer import routine_to_data

DOC = Path(__file__).resolve().parents[2] / "docs" / "routine-format.md"
_BLOCK = re.compile(r"```yaml\n(.*?)```", re.S)


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
        top_level = set(keys) & set(data) - {"exercises"}
        if top_level:
            data.update(keys)
        else:
            target = next(e for e in data["exercises"] if keys.keys() & e.keys()) \
                if any(keys.keys() & e.keys() for e in data["exercises"]) \
                else data["exercises"][0]
            target.update(keys)
        parsed = parse_routine(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), source)
        assert parsed != base or top_level, f"{source} changed nothing"

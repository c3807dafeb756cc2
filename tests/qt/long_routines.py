"""Routines made for layout tests: every text at its documented maximum, or many exercises."""

from __future__ import annotations

import yaml

from warmup_gui.core import loader
from warmup_gui.core.loader import parse_routine
from warmup_gui.core.routine import Routine


def text(length: int, word: str = "Stretch") -> str:
    """A sentence of real-looking words exactly ``length`` characters long, ending with '.'"""
    words = []
    while len(" ".join(words)) < length:
        words.append(word if len(words) % 3 else "gently")
    return " ".join(words)[: length - 1].rstrip().ljust(length - 1, "x") + "."


def exercise(index: int, longest: bool) -> dict[str, object]:
    if not longest:  # one of many: short, one set of two reps
        return {"id": f"exercise_{index}", "name": f"Exercise number {index + 1}",
                "summary": "A short drill.", "sets": 1, "reps": 2, "tempo_s": 2,
                "movement": {"out": "Out", "back": "Back"}, "steps": ["Move."],
                "safety": "Easy.", "cue": "Easy does it.",
                "illustration": {"start": "nerve_floss_bent", "end": "nerve_floss_straight"}}
    n = loader.MAX_NAME if longest else 24
    t = loader.MAX_TEXT if longest else 60
    m = loader.MAX_MOVEMENT if longest else 30
    return {
        "id": f"exercise_{index}", "name": text(n, "Reach"), "summary": text(t),
        "sets": 2, "reps": "5-10", "sides": "each", "side_name": "x" * loader.MAX_SIDE_NAME
        if longest else "leg", "tempo": {"out": 2, "hold": 1, "back": 2}, "rest_s": 30,
        "breath": {"inhale_s": 4, "hold_in_s": 4, "exhale_s": 4, "hold_out_s": 4,
                   "cue": text(m, "Breathe"),
                   "words": {"in": text(loader.MAX_WORD, "In"),
                             "hold": text(loader.MAX_WORD, "Hold"),
                             "out": text(loader.MAX_WORD, "Out")}},
        "movement": {"out": text(m, "Out"), "back": text(m, "Back"), "hold": text(m, "Hold")},
        "steps": [text(t, "Step") for _ in range(6)],
        "safety": text(t, "Careful"), "why": text(t, "Because"),
        "smaller": text(160, "Less"),
        "easier": {"name": text(n, "Easy"), "how": text(t, "How")},
        "cue": text(t, "Cue"),
        "illustration": {"start": "nerve_floss_bent", "end": "nerve_floss_straight"},
    }


def routine_data(exercises: int = 3, longest: bool = True) -> dict[str, object]:
    t = loader.MAX_TEXT if longest else 60
    return {
        "format": 2, "title": text(loader.MAX_TITLE if longest else 30, "Warm"),
        "description": text(1000 if longest else 80, "About"), "rounds": "1-2",
        "rating_hint": text(loader.MAX_NAME, "Hint"),
        "safety": {"precautions": [text(t, "Check")], "red_flags": [text(t, "Flag")],
                   "red_flags_mean": text(t, "Then"), "lingering": text(t, "Later")},
        "equipment": [{"id": "chair", "name": text(loader.MAX_NAME if longest else 12, "Chair"),
                       "use": text(t, "Use")}],
        "exercises": [exercise(i, longest) | {"equipment": ["chair"]}
                      for i in range(exercises)],
    }


def long_routine(exercises: int = 3, longest: bool = True) -> Routine:
    return parse_routine(yaml.safe_dump(routine_data(exercises, longest), sort_keys=False),
                         "long.yaml")

"""The equipment checklist before a warm-up: what is at hand, what is missing, and which
exercises can be left out for want of it."""

from __future__ import annotations

from collections.abc import Iterable

from warmup_gui.core.record import replace
from warmup_gui.core.routine import Equipment, Exercise, Routine
from warmup_gui.core.words import Words

ChecklistWords = Words("ChecklistWords")


class Checklist:
    """The routine's equipment with a tick each. Ids not in the routine are ignored."""

    def __init__(self, routine: Routine, checked: Iterable[str] = ()) -> None:
        self.routine = routine
        known = {item.id for item in routine.equipment}
        self._checked = {item_id for item_id in checked if item_id in known}

    @property
    def items(self) -> tuple[Equipment, ...]:
        return self.routine.equipment

    @property
    def checked(self) -> frozenset[str]:
        return frozenset(self._checked)

    def is_checked(self, item_id: str) -> bool:
        return item_id in self._checked

    def toggle(self, item_id: str) -> bool:
        """Tick or untick an item; returns whether it is ticked now."""
        self.routine.equipment_by_id(item_id)  # KeyError for an id the routine does not have
        if item_id in self._checked:
            self._checked.remove(item_id)
            return False
        self._checked.add(item_id)
        return True

    def set_checked(self, item_id: str, checked: bool) -> None:
        if self.is_checked(item_id) != checked:
            self.toggle(item_id)

    def missing(self) -> list[Equipment]:
        """Unticked items that are not optional, in the routine's order."""
        return [item for item in self.items
                if item.id not in self._checked and not item.optional]

    def exercises_needing(self, missing_ids: Iterable[str]) -> list[Exercise]:
        """Exercises that use any of these items, in the routine's order."""
        wanted = set(missing_ids)
        return [ex for ex in self.routine.exercises if wanted & set(ex.equipment)]

    def routine_without(self, exercise_ids: Iterable[str]) -> Routine:
        return routine_without(self.routine, exercise_ids)


def routine_without(routine: Routine, exercise_ids: Iterable[str]) -> Routine:
    """The routine minus these exercises, and minus equipment only they used.

    Refuses (ValueError) to drop every exercise: a warm-up needs at least one."""
    drop = set(exercise_ids)
    kept = tuple(ex for ex in routine.exercises if ex.id not in drop)
    if not kept:
        raise ValueError("cannot leave out every exercise of the routine")
    if len(kept) == len(routine.exercises):
        return routine
    used_before = {eq for ex in routine.exercises for eq in ex.equipment}
    used_after = {eq for ex in kept for eq in ex.equipment}
    equipment = tuple(item for item in routine.equipment
                      if item.id in used_after or item.id not in used_before)
    return replace(routine, exercises=kept, equipment=equipment)


def _join(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ChecklistWords.tr("{first} and {last}").format(first=", ".join(words[:-1]),
                                                          last=words[-1])


def skip_offer(checklist: Checklist) -> tuple[str, list[str]]:
    """What to say when something is unticked, and the exercises that could be skipped.

    E.g. ("Missing: Chair. Skip Seated Reach, or start anyway?", ["seated_reach"]). The
    list is empty when no exercise needs the missing items, or when every exercise does (a
    warm-up cannot skip them all). ("", []) when nothing is missing; optional items never
    count as missing."""
    missing = checklist.missing()
    if not missing:
        return "", []
    items = _join([item.name for item in missing])
    needing = checklist.exercises_needing(item.id for item in missing)
    if not needing:
        text = (ChecklistWords.tr("Missing: {items}. No exercise needs it. Start?")
                if len(missing) == 1 else
                ChecklistWords.tr("Missing: {items}. No exercise needs them. Start?"))
        return text.format(items=items), []
    if len(needing) == len(checklist.routine.exercises):
        text = (ChecklistWords.tr("Missing: {items}. Every exercise needs it. Start anyway?")
                if len(missing) == 1 else
                ChecklistWords.tr("Missing: {items}. The exercises need them. Start anyway?"))
        return text.format(items=items), []
    exercises = _join([ex.name for ex in needing])
    return ChecklistWords.tr("Missing: {items}. Skip {exercises}, or start anyway?").format(
        items=items, exercises=exercises), [ex.id for ex in needing]

"""Typed settings over QSettings: each key declared once, with its default and a converter.

QSettings hands back whatever the backend stored: an INI file gives strings ("true", "4.5"),
a one-item list may come back as a plain string, an empty list as nothing at all. Every value
read goes through its key's converter, and a value that does not convert gives the default,
so a hand-edited or damaged settings file can never crash the app.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from warmup_gui.core.record import frozen_record
from warmup_gui.core.words import Words

if TYPE_CHECKING:  # made when the handout's details are first read, after the first paint
    from warmup_gui.core.handout_details import HandoutDetails

T = TypeVar("T")
SettingsWords = Words("SettingsWords")

MAX_BREATH_S = 60.0


def to_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
    raise ValueError(f"not a yes/no value: {value!r}")


def to_str_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list | tuple):
        return [str(item) for item in value if str(item)]
    raise ValueError(f"not a list: {value!r}")


def to_text(value: object) -> str:
    if isinstance(value, str):
        return value
    raise ValueError(f"not text: {value!r}")


def to_seconds(value: object) -> float:
    """Seconds for a breath phase: a number from 0 to 60."""
    if isinstance(value, bool):
        raise ValueError(f"not seconds: {value!r}")
    seconds = float(value) if isinstance(value, int | float | str) else None
    if seconds is None or not 0.0 <= seconds <= MAX_BREATH_S:  # NaN fails this too
        raise ValueError(f"not seconds from 0 to {MAX_BREATH_S:g}: {value!r}")
    return seconds


def to_rounds(value: object) -> int:
    """Rounds of the circuit chosen last: 1 to 10, or 0 for none chosen yet."""
    if isinstance(value, bool):
        raise ValueError(f"not a number of rounds: {value!r}")
    rounds = int(value) if isinstance(value, int | str) else -1
    if not 0 <= rounds <= 10:
        raise ValueError(f"not a number of rounds from 0 to 10: {value!r}")
    return rounds


@frozen_record
class Key(Generic[T]):
    name: str
    default: T
    convert: Callable[[object], T]


CHECKED_EQUIPMENT: Key[list[str]] = Key("checklist/checked", [], to_str_list)
BREATH_PRESET: Key[str] = Key("breath/preset", "routine", to_text)
BREATH_INHALE_S: Key[float] = Key("breath/inhale_s", 4.0, to_seconds)
BREATH_HOLD_IN_S: Key[float] = Key("breath/hold_in_s", 0.0, to_seconds)
BREATH_EXHALE_S: Key[float] = Key("breath/exhale_s", 6.0, to_seconds)
BREATH_HOLD_OUT_S: Key[float] = Key("breath/hold_out_s", 0.0, to_seconds)
REDUCED_MOTION: Key[bool] = Key("display/reduced_motion", False, to_bool)
SOUND_ON: Key[bool] = Key("cues/sound", True, to_bool)
VOICE_ON: Key[bool] = Key("cues/voice", True, to_bool)
FLASH_ON: Key[bool] = Key("cues/flash", False, to_bool)
# Counting: by itself on the routine's tempo unless the runner chose to count by key; a rep
# range stops at its minimum unless the runner always wants its top.
AUTO_COUNT: Key[bool] = Key("counting/auto", True, to_bool)
RANGES_TO_TOP: Key[bool] = Key("counting/ranges_to_top", False, to_bool)
# Counting by camera, where the routine says what to watch: off until the runner turns it on.
CAMERA_COUNT: Key[bool] = Key("counting/camera", False, to_bool)
ROUNDS: Key[int] = Key("plan/rounds", 0, to_rounds)
# The clinician's own details for handouts; a patient's name is never kept.
CLINICIAN: Key[str] = Key("handout/clinician", "", to_text)
CLINIC: Key[str] = Key("handout/clinic", "", to_text)
HOW_OFTEN: Key[str] = Key("handout/how_often", "Before each run", to_text)
LARGE_PRINT: Key[bool] = Key("handout/large_print", False, to_bool)
# Routine files opened lately, newest first, one path a line.
RECENT_ROUTINES: Key[str] = Key("routines/recent", "", to_text)

# Kept for each routine on its own: ticks and breathing chosen for one never carry over.
PER_ROUTINE_KEYS: tuple[Key[Any], ...] = (
    CHECKED_EQUIPMENT, BREATH_PRESET, BREATH_INHALE_S, BREATH_HOLD_IN_S, BREATH_EXHALE_S,
    BREATH_HOLD_OUT_S)
PER_ROUTINE: frozenset[str] = frozenset(key.name for key in PER_ROUTINE_KEYS)
# Where a routine's exercises breathe differently, the breathing is chosen for each of them.
PER_EXERCISE: frozenset[str] = frozenset(key.name for key in (
    BREATH_PRESET, BREATH_INHALE_S, BREATH_HOLD_IN_S, BREATH_EXHALE_S, BREATH_HOLD_OUT_S))

ALL_KEYS: tuple[Key[Any], ...] = (
    CHECKED_EQUIPMENT, BREATH_PRESET, BREATH_INHALE_S, BREATH_HOLD_IN_S, BREATH_EXHALE_S,
    BREATH_HOLD_OUT_S, REDUCED_MOTION, SOUND_ON, VOICE_ON, FLASH_ON, AUTO_COUNT, RANGES_TO_TOP,
    CAMERA_COUNT, ROUNDS, CLINICIAN, CLINIC, HOW_OFTEN, LARGE_PRINT, RECENT_ROUTINES,
)


@frozen_record
class CustomBreath:
    inhale_s: float
    hold_in_s: float
    exhale_s: float
    hold_out_s: float


class Settings:
    """The app's settings. Pass ``QSettings()`` in the app, an INI file's QSettings in tests.

    Writes are synced at once, so another Settings on the same file sees them. The settings
    of one routine (``for_routine``) keep the PER_ROUTINE keys apart from every other's, and
    those of one of its exercises (``for_exercise``) the PER_EXERCISE keys."""

    def __init__(self, qsettings: QSettings, routine_key: str = "",
                 exercise_id: str = "") -> None:
        self.qsettings = qsettings
        self.routine_key = routine_key
        self.exercise_id = exercise_id

    def for_routine(self, routine_key: str) -> Settings:
        """The same settings, with the per-routine ones kept for this routine alone."""
        return Settings(self.qsettings, routine_key)

    def for_exercise(self, exercise_id: str) -> Settings:
        """This routine's settings, with the breathing kept for one of its exercises alone
        ("": the routine's own choice)."""
        return Settings(self.qsettings, self.routine_key, exercise_id)

    def carry_over_global(self, routine_key: str) -> list[str]:
        """Settings written before ticks and breathing were kept per routine (as one global
        value each, under the PER_ROUTINE names) go to ``routine_key``, the routine opened
        first since, unless it has its own already; the global keys are removed, so this
        happens once. Returns the names carried over."""
        mine = self.for_routine(routine_key)
        moved = []
        for key in PER_ROUTINE_KEYS:
            raw = self.qsettings.value(key.name)
            if raw is None:
                continue
            self.qsettings.remove(key.name)
            if self.qsettings.contains(mine._name(key)):
                continue
            try:
                mine.set(key, key.convert(raw))
            except (TypeError, ValueError):
                continue  # a value no version could read is dropped with its key
            moved.append(key.name)
        self.qsettings.sync()
        return moved

    def _name(self, key: Key[T]) -> str:
        if self.routine_key and self.exercise_id and key.name in PER_EXERCISE:
            return f"routines/{self.routine_key}/exercises/{self.exercise_id}/{key.name}"
        if self.routine_key and key.name in PER_ROUTINE:
            return f"routines/{self.routine_key}/{key.name}"
        return key.name

    def get(self, key: Key[T]) -> T:
        raw = self.qsettings.value(self._name(key))
        if raw is None:
            return key.default
        try:
            return key.convert(raw)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key[T], value: T) -> None:
        key.convert(value)  # refuse what could not be read back
        stored: object = ",".join(value) if isinstance(value, list) else value
        self.qsettings.setValue(self._name(key), stored)
        self.qsettings.sync()

    # --- typed accessors ------------------------------------------------------------------------
    @property
    def checked_equipment(self) -> list[str]:
        return self.get(CHECKED_EQUIPMENT)

    @checked_equipment.setter
    def checked_equipment(self, ids: list[str]) -> None:
        self.set(CHECKED_EQUIPMENT, sorted(ids))

    @property
    def breath_preset(self) -> str:
        return self.get(BREATH_PRESET)

    @breath_preset.setter
    def breath_preset(self, name: str) -> None:
        self.set(BREATH_PRESET, name)

    @property
    def custom_breath(self) -> CustomBreath:
        return CustomBreath(self.get(BREATH_INHALE_S), self.get(BREATH_HOLD_IN_S),
                            self.get(BREATH_EXHALE_S), self.get(BREATH_HOLD_OUT_S))

    @custom_breath.setter
    def custom_breath(self, breath: CustomBreath) -> None:
        self.set(BREATH_INHALE_S, breath.inhale_s)
        self.set(BREATH_HOLD_IN_S, breath.hold_in_s)
        self.set(BREATH_EXHALE_S, breath.exhale_s)
        self.set(BREATH_HOLD_OUT_S, breath.hold_out_s)

    @property
    def reduced_motion(self) -> bool:
        return self.get(REDUCED_MOTION)

    @reduced_motion.setter
    def reduced_motion(self, on: bool) -> None:
        self.set(REDUCED_MOTION, on)

    @property
    def sound_on(self) -> bool:
        return self.get(SOUND_ON)

    @sound_on.setter
    def sound_on(self, on: bool) -> None:
        self.set(SOUND_ON, on)

    @property
    def voice_on(self) -> bool:
        return self.get(VOICE_ON)

    @voice_on.setter
    def voice_on(self, on: bool) -> None:
        self.set(VOICE_ON, on)

    @property
    def flash_on(self) -> bool:
        return self.get(FLASH_ON)

    @flash_on.setter
    def flash_on(self, on: bool) -> None:
        self.set(FLASH_ON, on)

    @property
    def recent_routines(self) -> list[Path]:
        return [Path(line) for line in self.get(RECENT_ROUTINES).splitlines() if line.strip()]

    @recent_routines.setter
    def recent_routines(self, paths: list[Path]) -> None:
        self.set(RECENT_ROUTINES, "\n".join(str(path) for path in paths))

    @property
    def rounds(self) -> int | None:
        """The rounds of the circuit chosen last, or None."""
        return self.get(ROUNDS) or None

    @rounds.setter
    def rounds(self, rounds: int) -> None:
        self.set(ROUNDS, rounds)

    @property
    def handout(self) -> HandoutDetails:
        """The handout details last used, without a patient."""
        from warmup_gui.core.handout_details import HandoutDetails

        how_often = self.get(HOW_OFTEN)
        if how_often == HOW_OFTEN.default:  # the app's suggestion, in the user's language
            how_often = SettingsWords.tr("Before each run")
        return HandoutDetails(clinician=self.get(CLINICIAN), clinic=self.get(CLINIC),
                              how_often=how_often, large_print=self.get(LARGE_PRINT))

    @handout.setter
    def handout(self, details: HandoutDetails) -> None:
        for key, text in ((CLINICIAN, details.clinician), (CLINIC, details.clinic),
                          (HOW_OFTEN, details.how_often)):
            self.set(key, text)
        self.set(LARGE_PRINT, details.large_print)

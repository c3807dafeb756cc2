"""Past warm-ups on disk, and what they teach: which exercises are gold and which are garbage.

Each session is its own JSON file, ``sessions/<start>-<id>.json`` in the history folder,
rewritten atomically on every :meth:`HistoryStore.update` (temp file in the same folder,
fsync, ``os.replace``, fsync of the folder). A crash or power cut mid-session therefore loses
at most the update being written, never an earlier one and never another session. A file that
cannot be read is moved aside as ``<name>.corrupt`` (never deleted) and reported; every
readable session is still loaded.

Nothing here reads the wall clock: callers pass the ``datetime`` a session started at, and
the ``date`` that counts as today.
"""

from __future__ import annotations

import contextlib
import enum
import json
import math
import os
import re
import stat
import tempfile
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from warmup_gui.core.engine import Place, Summary
from warmup_gui.core.record import frozen_record
from warmup_gui.core.routine import Routine
from warmup_gui.core.safe_files import FileRefused, read_capped
from warmup_gui.core.words import Words

HistoryWords = Words("HistoryWords")

FILE_VERSION = 1
SESSIONS_DIR = "sessions"
PREFS_FILE = "prefs.json"
CORRUPT_SUFFIX = ".corrupt"
MAX_FILE_BYTES = 1024 * 1024  # a session file is a few KiB; anything this big is not ours
MAX_NOTE_CHARS = 200
# Bounds on what a session file may hold; anything beyond them was not written by this app.
MAX_TEXT_CHARS = 1000  # a title, a name, a path
MAX_COUNT = 100_000  # reps, sets, rounds or steps of one session
MAX_SECONDS = 7 * 24 * 3600.0  # active time of one session, or a moment in it
MAX_NUMBER_DIGITS = 15
MAX_DEGREES = 360.0  # a joint's range of motion
# A session cut off mid-workout is offered to resume for this long after it started.
RESUME_WITHIN = timedelta(hours=12)
# A session may be dated at most this far after "now" (clocks differ a little between
# machines); one dated later would sort as the newest and count as the latest rating.
FUTURE_SLACK = timedelta(days=1)
STALE_TEMP_AGE = timedelta(hours=1)
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]")


class Rating(enum.Enum):
    """How an exercise felt to the person doing it."""

    GOLD = "gold"
    OKAY = "okay"
    GARBAGE = "garbage"

    @property
    def label(self) -> str:
        """'Gold', 'Okay' or 'Garbage', in the user's language."""
        return {Rating.GOLD: HistoryWords.tr("Gold"), Rating.OKAY: HistoryWords.tr("Okay"),
                Rating.GARBAGE: HistoryWords.tr("Garbage")}[self]


class PainChoice(enum.Enum):
    """How the person backed off, after "This hurts" or a high symptom score."""

    SMALLER = "smaller"  # make the movement smaller and slower
    FEWER = "fewer"  # fewer reps
    SKIP = "skip"  # skip this exercise
    EASIER = "easier"  # the exercise's easier version
    MISTAKE = "mistake"  # pressed by mistake: nothing changes
    CONTINUE = "continue"  # "carry on", offered by earlier versions; read from old files only

    @property
    def backs_off(self) -> bool:
        """True when the choice changed the workout."""
        return self not in (PainChoice.MISTAKE, PainChoice.CONTINUE)


class Cause(enum.Enum):
    """What led to backing off."""

    HURTS = "hurts"  # "This hurts" was pressed
    SYMPTOMS = "symptoms"  # a symptom score at or over the exercise's threshold


class BadFile(ValueError):
    """A history file's content is not what this version writes."""


@dataclass
class ExerciseLog:
    """What was done of one exercise in a session."""

    name: str
    sets_done: int = 0
    sets_planned: int = 0
    reps_done: int = 0


@dataclass
class ExerciseRating:
    rating: Rating
    note: str = ""


@dataclass
class PainFlag:
    """One press of "This hurts": where in the session, and what the person chose."""

    exercise_id: str
    step: int  # index of the session step it happened in
    at_s: float  # seconds of active session time
    choice: PainChoice
    cause: Cause = Cause.HURTS


@dataclass
class SymptomScores:
    """Symptoms on a 0–10 scale before and after an exercise; None = not asked
    or skipped."""

    before: int | None = None
    after: int | None = None


@dataclass
class SessionRecord:
    """One warm-up, as saved. Mutate it, then pass it to :meth:`HistoryStore.update`."""

    id: str
    started: datetime
    routine_title: str
    routine_path: str
    rounds: int
    duration_s: float = 0.0
    exercises: dict[str, ExerciseLog] = field(default_factory=dict)
    ratings: dict[str, ExerciseRating] = field(default_factory=dict)
    pain_flags: list[PainFlag] = field(default_factory=list)
    symptoms: dict[str, SymptomScores] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # exercises left out before starting
    finished: bool = False
    ended_early: bool = False  # finished by ending it early (E), not by reaching the end
    place: Place | None = None  # where it stood while under way, to resume it; None once over
    # Counted by camera: each rep's range of motion (degrees), by exercise, in the order done.
    ranges: dict[str, list[float]] = field(default_factory=dict)

    @property
    def status(self) -> str:
        """How the session ended, in two words."""
        if self.ended_early:
            return HistoryWords.tr("Ended early")
        return HistoryWords.tr("Finished") if self.finished else HistoryWords.tr("Stopped early")

    @property
    def file_name(self) -> str:
        """``<start>-<id>.json``: ISO 8601 start with ':' as '-' (safe on every file system)."""
        stamp = self.started.strftime("%Y-%m-%dT%H-%M-%S")
        return _SAFE_NAME.sub("_", f"{stamp}-{self.id}") + ".json"

    @property
    def reps_done(self) -> int:
        return sum(log.reps_done for log in self.exercises.values())

    # --- helpers for the window -------------------------------------------------------------
    def record_summary(self, summary: Summary, finished: bool) -> None:
        """Copy the engine's tallies and active time into the record."""
        self.duration_s = summary.elapsed_s
        self.rounds = summary.rounds
        for tally in summary.tallies:
            self.exercises[tally.exercise.id] = ExerciseLog(
                name=tally.exercise.name, sets_done=tally.sets_done,
                sets_planned=tally.sets_planned, reps_done=tally.reps_done)
        self.finished = finished
        self.ended_early = finished and summary.ended_early
        self.place = None if finished else summary.place

    def add_range(self, exercise_id: str, degrees: float) -> None:
        """One rep's range of motion, as the camera measured it."""
        if not 0.0 <= degrees <= MAX_DEGREES:  # also false for NaN
            raise ValueError(f"a range of motion is 0 to {MAX_DEGREES:g} degrees, got {degrees}")
        kept = self.ranges.setdefault(exercise_id, [])
        if len(kept) < MAX_COUNT:
            kept.append(round(degrees, 1))

    def rate(self, exercise_id: str, rating: Rating | str, note: str = "") -> None:
        self.ratings[exercise_id] = ExerciseRating(Rating(rating), _clean_note(note))

    def flag_pain(self, exercise_id: str, step: int, at_s: float,
                  choice: PainChoice | str, cause: Cause = Cause.HURTS) -> None:
        self.pain_flags.append(PainFlag(exercise_id, step, at_s, PainChoice(choice), cause))

    def set_symptoms(self, exercise_id: str, *, before: int | None = None,
                     after: int | None = None) -> None:
        """Record a 0–10 score; a score left as None keeps what was there."""
        scores = self.symptoms.setdefault(exercise_id, SymptomScores())
        if before is not None:
            scores.before = _score(before)
        if after is not None:
            scores.after = _score(after)


def _clean_note(note: str) -> str:
    """One line of plain text, at most MAX_NOTE_CHARS characters."""
    return " ".join(note.split())[:MAX_NOTE_CHARS]


def _score(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(f"a symptom score is a whole number from 0 to 10, got {value!r}")
    return value


# --- JSON in and out ----------------------------------------------------------------------------


def record_to_json(record: SessionRecord) -> dict[str, Any]:
    return {
        "version": FILE_VERSION,
        "id": record.id,
        "started": record.started.isoformat(),
        "duration_s": record.duration_s,
        "routine": {"title": record.routine_title, "path": record.routine_path},
        "rounds": record.rounds,
        "exercises": {
            ex_id: {"name": log.name, "sets_done": log.sets_done,
                    "sets_planned": log.sets_planned, "reps_done": log.reps_done}
            for ex_id, log in record.exercises.items()
        },
        "ratings": {ex_id: {"rating": r.rating.value, "note": r.note}
                    for ex_id, r in record.ratings.items()},
        "pain_flags": [{"exercise_id": p.exercise_id, "step": p.step, "at_s": p.at_s,
                        "choice": p.choice.value, "cause": p.cause.value}
                       for p in record.pain_flags],
        "symptoms": {ex_id: {"before": s.before, "after": s.after}
                     for ex_id, s in record.symptoms.items()},
        "skipped": list(record.skipped),
        "finished": record.finished,
        "ended_early": record.ended_early,
        "place": None if record.place is None else {"step": record.place.step,
                                                    "reps": list(record.place.reps)},
        "ranges": {ex_id: list(degrees) for ex_id, degrees in record.ranges.items()},
    }


def _get(data: object, key: str, kind: type[Any] | tuple[type[Any], ...]) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise BadFile(f"'{key}' is missing")
    value = data[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        raise BadFile(f"'{key}' has the wrong type")
    if not isinstance(value, kinds):
        raise BadFile(f"'{key}' has the wrong type")
    return value


def _whole(data: object, key: str, low: int = 0, high: int = MAX_COUNT) -> int:
    value: int = _get(data, key, int)
    if not low <= value <= high:
        raise BadFile(f"'{key}' is not between {low} and {high}")
    return value


def _seconds(data: object, key: str) -> float:
    value = float(_get(data, key, (int, float)))
    if not 0.0 <= value <= MAX_SECONDS:  # also false for NaN
        raise BadFile(f"'{key}' is not between 0 and {MAX_SECONDS:.0f} seconds")
    return value


def _text(data: object, key: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    value: str = _get(data, key, str)
    if len(value) > max_chars:
        raise BadFile(f"'{key}' is longer than {max_chars} characters")
    return value


def _text_list(data: object, key: str) -> list[str]:
    items: list[object] = _get(data, key, list)
    if not all(isinstance(item, str) and len(item) <= MAX_TEXT_CHARS for item in items):
        raise BadFile(f"'{key}' must be a list of short texts")
    return [str(item) for item in items]


def _mapping(data: object, key: str) -> dict[str, object]:
    value: dict[str, object] = _get(data, key, dict)
    if any(len(k) > MAX_TEXT_CHARS for k in value):
        raise BadFile(f"'{key}' has a key longer than {MAX_TEXT_CHARS} characters")
    return value


def _optional_score(data: object, key: str) -> int | None:
    value = _get(data, key, (int, type(None)))
    if value is None:
        return None
    try:
        return _score(value)
    except ValueError as exc:
        raise BadFile(str(exc)) from None


def _enum(kind: type[Rating] | type[PainChoice] | type[Cause], data: object, key: str) -> Any:
    try:
        return kind(_get(data, key, str))
    except ValueError:
        raise BadFile(f"'{key}' is not one of {[k.value for k in kind]}") from None


def record_from_json(data: object) -> SessionRecord:
    """Check a parsed file strictly; :class:`BadFile` names the first thing that is wrong."""
    version = _get(data, "version", int)
    if version != FILE_VERSION:
        raise BadFile(f"unknown version {version}")
    try:
        started = datetime.fromisoformat(_text(data, "started", 64))
    except ValueError:
        raise BadFile("'started' is not an ISO date and time") from None
    routine = _get(data, "routine", dict)
    record = SessionRecord(
        id=_text(data, "id", 64),
        started=started,
        routine_title=_text(routine, "title"),
        routine_path=_text(routine, "path", 4096),
        rounds=_whole(data, "rounds", 1),
        duration_s=_seconds(data, "duration_s"),
        skipped=_text_list(data, "skipped"),
        finished=_get(data, "finished", bool),
        # Files from before "ended early" was kept only knew finished.
        ended_early=_get(data, "ended_early", bool) if isinstance(data, dict)
        and "ended_early" in data else False,
    )
    for ex_id, log in _mapping(data, "exercises").items():
        record.exercises[ex_id] = ExerciseLog(
            name=_text(log, "name"), sets_done=_whole(log, "sets_done"),
            sets_planned=_whole(log, "sets_planned"), reps_done=_whole(log, "reps_done"))
    for ex_id, rated in _mapping(data, "ratings").items():
        record.ratings[ex_id] = ExerciseRating(_enum(Rating, rated, "rating"),
                                               _clean_note(_get(rated, "note", str)))
    for flag in _get(data, "pain_flags", list):
        record.pain_flags.append(PainFlag(
            exercise_id=_text(flag, "exercise_id"), step=_whole(flag, "step"),
            at_s=_seconds(flag, "at_s"), choice=_enum(PainChoice, flag, "choice"),
            # Files from before causes were kept only knew "This hurts".
            cause=_enum(Cause, flag, "cause") if isinstance(flag, dict) and "cause" in flag
            else Cause.HURTS))
    for ex_id, scores in _mapping(data, "symptoms").items():
        record.symptoms[ex_id] = SymptomScores(_optional_score(scores, "before"),
                                               _optional_score(scores, "after"))
    # Files from before resuming was possible keep no place.
    place = data.get("place") if isinstance(data, dict) else None
    if place is not None:
        reps = _get(place, "reps", list)
        if len(reps) > MAX_COUNT or not all(
                isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_COUNT
                for n in reps):
            raise BadFile("'reps' must be a list of whole numbers")
        record.place = Place(_whole(place, "step", 0, max(0, len(reps) - 1)), tuple(reps))
    # Files from before counting by camera keep no ranges.
    if isinstance(data, dict) and "ranges" in data:
        for ex_id, degrees in _mapping(data, "ranges").items():
            record.ranges[ex_id] = _degrees_list(degrees, ex_id)
    return record


def _degrees_list(value: object, key: str) -> list[float]:
    if not isinstance(value, list) or len(value) > MAX_COUNT or not all(
            isinstance(d, int | float) and not isinstance(d, bool) and 0 <= d <= MAX_DEGREES
            for d in value):
        raise BadFile(f"'{key}' must be a list of degrees from 0 to {MAX_DEGREES:g}")
    return [float(d) for d in value]


# --- atomic files -------------------------------------------------------------------------------


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; other systems have no folder handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_json(path: Path, data: object) -> None:
    """Replace ``path`` with ``data`` as JSON so that it holds the old or the new content,
    whole, whatever happens: temp file in the same folder, flush, fsync, rename, fsync folder."""
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(path.parent)


def _no_constant(name: str) -> object:
    raise BadFile(f"{name} is not a number")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise BadFile(f"a number with {len(text.lstrip('-'))} digits")
    return int(text)


def _finite_float(text: str) -> float:
    if len(text) > 4 * MAX_NUMBER_DIGITS:
        raise BadFile(f"a number {len(text)} characters long")
    value = float(text)
    if not math.isfinite(value):
        raise BadFile(f"the number {text[:20]} is too large")
    return value


def parse_json(raw: bytes) -> object:
    """JSON as this app writes it, or :class:`BadFile`: UTF-8 text, finite numbers of a sane
    size. Deep nesting ends in the parser's RecursionError (no file of ours nests beyond
    three levels, so the checks would refuse it anyway)."""
    if not raw.strip():
        raise BadFile("empty")
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constant,
                          parse_int=_bounded_int, parse_float=_finite_float)
    except UnicodeDecodeError:
        raise BadFile("not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BadFile(f"not valid JSON ({exc.msg} at byte {exc.pos})") from None
    except RecursionError:
        raise BadFile("nested too deeply") from None
    except (ValueError, OverflowError) as exc:
        raise BadFile(f"not readable ({type(exc).__name__})") from None


def _read_json(path: Path) -> object:
    try:
        raw = read_capped(path, MAX_FILE_BYTES)
    except FileRefused as exc:
        raise BadFile(exc.reason) from None
    return parse_json(raw)


def _move_aside(path: Path) -> Path:
    """Rename ``path`` to ``<name>.corrupt`` (or ``<name>.<n>.corrupt`` if that is taken)."""
    target = path.with_name(path.name + CORRUPT_SUFFIX)
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.{n}{CORRUPT_SUFFIX}")
        n += 1
    os.replace(path, target)
    _fsync_folder(path.parent)
    return target


@frozen_record
class LoadProblem:
    """A history file that could not be read: why, and where it was kept aside."""

    file: str  # the file's name
    reason: str
    kept_as: str | None  # the new name, or None if it could not be moved (left in place)

    def __str__(self) -> str:
        if self.kept_as:
            return HistoryWords.tr("History file {file} could not be read ({reason}); it was "
                                   "kept aside as {kept_as}.").format(
                file=self.file, reason=self.reason, kept_as=self.kept_as)
        return HistoryWords.tr("History file {file} could not be read ({reason}); it was left "
                               "where it is.").format(file=self.file, reason=self.reason)


@frozen_record
class LoadResult:
    sessions: tuple[SessionRecord, ...]  # oldest first
    problems: tuple[LoadProblem, ...]


# --- the store ----------------------------------------------------------------------------------


class HistoryStore:
    """Past sessions in ``<folder>/sessions/``, one JSON file each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sessions_dir = folder / SESSIONS_DIR

    def path_of(self, record: SessionRecord) -> Path:
        return self.sessions_dir / record.file_name

    def start_session(self, started: datetime, routine_title: str, routine_path: str | Path,
                      rounds: int, skipped: Iterable[str] = (),
                      session_id: str | None = None) -> SessionRecord:
        """A new record, written to disk at once (so even a session cut off early shows)."""
        record = SessionRecord(
            id=session_id or uuid.uuid4().hex[:8], started=started,
            routine_title=routine_title, routine_path=str(routine_path), rounds=rounds,
            skipped=list(skipped))
        if self.path_of(record).exists():
            raise FileExistsError(self.path_of(record))
        self.update(record)
        return record

    def update(self, record: SessionRecord) -> None:
        """Write the record's file again, atomically."""
        self.sessions_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_json(self.path_of(record), record_to_json(record))

    def load_all(self, now: datetime | None = None) -> LoadResult:
        """Every readable session, oldest first; each unreadable file is moved aside and
        reported, and so is one dated more than a day after ``now``. Temp files of an
        interrupted write are not sessions and are ignored."""
        if not self.sessions_dir.is_dir():
            return LoadResult((), ())
        sessions: list[SessionRecord] = []
        problems: list[LoadProblem] = []
        if now is not None:
            self._remove_stale_temp_files(now)
        for path in sorted(self.sessions_dir.glob("*.json")):
            try:
                data = _read_json(path)
                if isinstance(data, dict) and isinstance(data.get("version"), int) \
                        and data["version"] > FILE_VERSION:
                    # Written by a newer app: not damaged, so it stays where it is.
                    problems.append(LoadProblem(path.name, "written by a newer version of the "
                                                "app", None))
                    continue
                record = record_from_json(data)
                if now is not None and _sort_key(record.started) > _sort_key(now) + FUTURE_SLACK:
                    raise BadFile(f"dated in the future ({record.started:%Y-%m-%d})")
                sessions.append(record)
            except Exception as exc:  # whatever a file holds, the rest loads
                reason = _reason(exc)
                try:
                    kept: str | None = _move_aside(path).name
                except OSError:
                    kept = None
                problems.append(LoadProblem(path.name, reason, kept))
        sessions.sort(key=session_order)
        return LoadResult(tuple(sessions), tuple(problems))


    def _remove_stale_temp_files(self, now: datetime) -> None:
        """Temp files of writes cut off more than STALE_TEMP_AGE ago (a crash, a full disk).
        A younger one may be another window's write under way, so it stays."""
        cutoff = now.timestamp() - STALE_TEMP_AGE.total_seconds()
        for path in self.sessions_dir.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if path.lstat().st_mtime < cutoff and stat.S_ISREG(path.lstat().st_mode):
                    path.unlink()


def _reason(exc: Exception) -> str:
    if isinstance(exc, BadFile):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return f"unexpected content ({type(exc).__name__})"


def _sort_key(moment: datetime) -> datetime:
    """Naive and aware datetimes cannot be compared; compare both as naive local times."""
    return moment.replace(tzinfo=None)


def session_order(record: SessionRecord) -> tuple[datetime, str]:
    """The order :meth:`HistoryStore.load_all` gives: oldest first."""
    return _sort_key(record.started), record.id


def with_sessions(read: Iterable[SessionRecord],
                  own: Iterable[SessionRecord]) -> tuple[SessionRecord, ...]:
    """The sessions read from disk with ``own`` (those a window began since) in their places,
    oldest first; a session in both, by its file, counts once, as ``own`` has it (newer)."""
    merged = {record.file_name: record for record in read}
    merged.update((record.file_name, record) for record in own)
    return tuple(sorted(merged.values(), key=session_order))


# --- what the history says ----------------------------------------------------------------------


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of ``day``'s week, for weeks that begin on ``first_weekday`` (Monday 0 …
    Sunday 6)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def sessions_per_week(sessions: Iterable[SessionRecord], weeks: int,
                      today: date, first_weekday: int = 0) -> list[tuple[date, int]]:
    """Warm-ups done in each of the last ``weeks`` weeks (each beginning on ``first_weekday``,
    Monday by default), oldest first; the last entry is the week holding ``today``. A session
    counts once finished (to its end, or ended early with E); one cut off mid-workout does
    not."""
    if weeks < 1:
        return []
    last = week_start(today, first_weekday)
    starts = [last - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    counts = dict.fromkeys(starts, 0)
    for record in sessions:
        day = record.started.date()
        if day >= starts[0] and record.finished:  # most of a long history is older
            start = week_start(day, first_weekday)
            if start in counts:
                counts[start] += 1
    return [(start, counts[start]) for start in starts]


def resumable(sessions: Sequence[SessionRecord], routine_path: str,
               now: datetime) -> SessionRecord | None:
    """The last session of the routine at ``routine_path``, if it was cut off mid-workout (the
    app closed or killed) less than RESUME_WITHIN ago and kept its place; else None."""
    mine = [r for r in sessions if r.routine_path == routine_path]
    if not mine:
        return None
    last = mine[-1]
    recent = timedelta(0) <= _sort_key(now) - _sort_key(last.started) <= RESUME_WITHIN
    return last if not last.finished and last.place is not None and recent else None


def ratings_over_time(sessions: Iterable[SessionRecord],
                      exercise_id: str) -> list[tuple[datetime, Rating]]:
    """Every rating of one exercise, oldest first."""
    found = [(r.started, r.ratings[exercise_id].rating) for r in sessions
             if exercise_id in r.ratings]
    found.sort(key=lambda pair: _sort_key(pair[0]))
    return found


def _last_two_ratings(sessions: Sequence[SessionRecord], exercise_id: str,
                      since: datetime | None) -> list[Rating]:
    rated = ratings_over_time(sessions, exercise_id)
    if since is not None:
        rated = [(t, r) for t, r in rated if _sort_key(t) >= _sort_key(since)]
    return [r for _, r in rated[-2:]]


def skip_suggestions(sessions: Sequence[SessionRecord], routine: Routine,
                     since: datetime | None = None) -> list[str]:
    """Ids of the routine's exercises rated garbage in the last two sessions that rated them,
    in a row (garbage, okay, garbage suggests nothing). ``since`` ignores older sessions, for
    a reset."""
    return [ex.id for ex in routine.exercises
            if _last_two_ratings(sessions, ex.id, since) == [Rating.GARBAGE, Rating.GARBAGE]]


def gold_exercises(sessions: Sequence[SessionRecord], routine: Routine,
                   since: datetime | None = None) -> list[str]:
    """Ids of the routine's exercises rated gold in the last two sessions that rated them."""
    return [ex.id for ex in routine.exercises
            if _last_two_ratings(sessions, ex.id, since) == [Rating.GOLD, Rating.GOLD]]


# --- personal preferences -----------------------------------------------------------------------


class PersonalPrefs:
    """What the person decided from the suggestions: exercises to skip, exercises marked gold.
    Stored in ``<folder>/prefs.json``, written atomically on every change. :meth:`reset`
    forgets both and makes suggestions consider only sessions from then on."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / PREFS_FILE
        self.skipped: set[str] = set()
        self.gold: set[str] = set()
        self.since: datetime | None = None
        self.problem: LoadProblem | None = None
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = _read_json(self.path)
            if _get(data, "version", int) != FILE_VERSION:
                raise BadFile("unknown version")
            skipped = _text_list(data, "skipped")
            gold = _text_list(data, "gold")
            since = _get(data, "since", (str, type(None)))
            if since is not None and len(since) > 64:
                raise BadFile("'since' is not an ISO date and time")
            self.since = datetime.fromisoformat(since) if since is not None else None
            self.skipped, self.gold = set(skipped), set(gold)
        except Exception as exc:  # a damaged file never stops the app
            reason = _reason(exc)
            try:
                kept: str | None = _move_aside(self.path).name
            except OSError:
                kept = None
            self.problem = LoadProblem(self.path.name, reason, kept)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_json(self.path, {
            "version": FILE_VERSION,
            "skipped": sorted(self.skipped),
            "gold": sorted(self.gold),
            "since": self.since.isoformat() if self.since is not None else None,
        })

    def set_skipped(self, exercise_id: str, skipped: bool = True) -> None:
        (self.skipped.add if skipped else self.skipped.discard)(exercise_id)
        self.save()

    def set_gold(self, exercise_id: str, gold: bool = True) -> None:
        (self.gold.add if gold else self.gold.discard)(exercise_id)
        self.save()

    def reset(self, now: datetime) -> None:
        """Start learning afresh: no skips, no gold, suggestions only from ``now`` on."""
        self.skipped.clear()
        self.gold.clear()
        self.since = now
        self.save()


def problems_text(problems: Sequence[LoadProblem]) -> str:
    """A calm sentence about unreadable files, or ''."""
    if not problems:
        return ""
    kept = [p for p in problems if p.kept_as]
    parts = []
    if len(kept) == 1:
        parts.append(HistoryWords.tr("One history file could not be read and was kept aside "
                                     "as {name}.").format(name=kept[0].kept_as))
    elif kept:
        names = ", ".join(str(p.kept_as) for p in kept)
        parts.append(HistoryWords.tr("%n history files could not be read and were kept "
                                     "aside: {names}.", "", len(kept)).format(names=names))
    parts += [str(p) for p in problems if not p.kept_as]
    parts.append(HistoryWords.tr("Everything else is here."))
    return " ".join(parts)

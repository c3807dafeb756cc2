"""Which sounds and words a change of session state calls for, as a pure function.

The window keeps the last :class:`SessionState` it saw and, for every new one, asks
:func:`cues_between` what to play; a player (``warmup_gui.qt.cue_player``) turns the cues into
a tick, a chime, speech and a caption. Nothing here knows about Qt or reads a clock: whether
something happened *by time* (a countdown ran out, auto-count counted) or *by a key press* is
told apart by how much active time passed between the two snapshots.

What is cued:

* a new block of reps (at its get-ready countdown, or at the block itself when there is none):
  spoken, e.g. "Seated Reach. Feet together", "Feet apart", "Switch sides: right leg",
  "Set 2 of 2. Left leg", "Round 2 of 3. Seated Reach";
* a rest: spoken "Rest 30 seconds";
* the last three seconds of a get-ready: a tick each ("3", "2", "1"), never spoken;
* a rest or get-ready that runs out: one chime ("Rest over", "Go"), not when skipped with →;
* each rep auto-count counts: a tick, captioned with the rep that starts ("Rep 4"), as the
  counter shows the rep under way; a rep counted by hand gets none;
* each breathing phase: a chime and the phase word spoken ("Breathe in", "Hold", "Breathe out");
* a rep range's minimum reached: spoken "15 done. Keep going or move on";
* the end: a chime and "Warm-up done".

Pausing and resuming change nothing else in the snapshot, so they give no cues.
"""

from __future__ import annotations

import enum
import math

from warmup_gui.core.engine import SessionState, Status, Step, StepKind
from warmup_gui.core.record import frozen_record
from warmup_gui.core.routine import Side, Sides
from warmup_gui.core.words import Words

# Float slack when comparing seconds that came from the same clock readings.
_EPS_S = 1e-6
# Get-ready seconds that tick as they start ("3", "2", "1").
_COUNTDOWN_TICKS = (3, 2, 1)


class CueKind(enum.Enum):
    TICK = "tick"  # a soft click: a rep auto-counted, the last seconds of a get-ready
    CHIME = "chime"  # a bell: a countdown ran out, a breathing phase began, the end
    SPEECH = "speech"  # words to say (and to show as a caption)


@frozen_record
class Cue:
    kind: CueKind
    text: str  # what to say for SPEECH; a short caption for TICK and CHIME


CueWords = Words("CueWords")


def cues_between(before: SessionState | None, after: SessionState) -> list[Cue]:
    """The cues for the session going from ``before`` to ``after`` (None: nothing seen yet).

    At most one SPEECH cue comes from any step change; a big jump of the clock that crosses
    several steps cues only where it lands.
    """
    if after.status is Status.READY:
        return []
    if after.status is Status.FINISHED:
        if before is None or before.status is Status.FINISHED:
            return []
        done = CueWords.tr("Warm-up done")
        return [*_last_rep_tick(before, after), Cue(CueKind.CHIME, done),
                Cue(CueKind.SPEECH, done)]
    seen = before if before is not None and before.status is not Status.READY else None
    if seen is None or seen.step_index != after.step_index or seen.status is Status.FINISHED:
        return _new_step(seen, after)
    if after.status is not Status.RUNNING:
        return []  # paused: time stands still, nothing happens by itself
    return _same_step(seen, after)


# --- a step begins ------------------------------------------------------------------------
def _new_step(before: SessionState | None, after: SessionState) -> list[Cue]:
    cues: list[Cue] = []
    if before is not None and before.status is not Status.FINISHED:
        cues += _last_rep_tick(before, after)
        if _countdown_ran_out(before, after):
            text = CueWords.tr("Go") if after.step.kind is StepKind.WORK \
                else CueWords.tr("Rest over")
            cues.append(Cue(CueKind.CHIME, text))
    step = after.step
    if step.kind is StepKind.REST:
        cues.append(Cue(CueKind.SPEECH, CueWords.tr("Rest {duration}").format(
            duration=say_duration(step.duration_s))))
        return cues
    announced = (before is not None and before.step.kind is StepKind.GET_READY
                 and before.step_index == after.step_index - 1 and step.kind is StepKind.WORK)
    if not announced:
        words = block_words(step, after.rounds, before.step if before is not None else None)
        if words:
            cues.append(Cue(CueKind.SPEECH, words))
    return cues


def _active_s(before: SessionState, after: SessionState) -> float:
    """Active session time between two snapshots (pauses left out)."""
    return after.elapsed_s - before.elapsed_s


def _countdown_ran_out(before: SessionState, after: SessionState) -> bool:
    """A rest or get-ready ended because its time was up, not because → skipped it."""
    return (before.step.kind is not StepKind.WORK and before.status is Status.RUNNING
            and after.step_index > before.step_index
            and _active_s(before, after) >= before.remaining_in_step_s - _EPS_S)


def _last_rep_tick(before: SessionState, after: SessionState) -> list[Cue]:
    """The tick for the auto-counted rep that completed a block and so moved the session on."""
    step = before.step
    if (step.kind is StepKind.WORK and before.counts_itself and before.status is Status.RUNNING
            and after.step_index > before.step_index
            and before.reps < step.target.high
            and _active_s(before, after) >= before.rep_left_s - _EPS_S):
        return [Cue(CueKind.TICK, CueWords.tr("{rep} done").format(rep=step.target.high))]
    return []


def block_words(step: Step, rounds: int, before: Step | None = None) -> str:
    """What to say when a block of reps comes up: only what changed since ``before``
    (the step seen last; None when there was none)."""
    ex = step.exercise
    block = _block_index(step)
    first_side = step.side is None or step.side is Side.LEFT
    new_exercise = (
        (block == 0 and step.set == 1)
        or before is None
        or before.exercise_index != step.exercise_index
        or before.round != step.round
    )
    new_set = new_exercise or block == 0 or before is None or before.set != step.set
    new_position = new_set or first_side
    parts: list[str] = []
    if new_exercise:
        if step.round > 1 and step.exercise_index == 0 and step.set == 1 and block == 0:
            parts.append(CueWords.tr("Round {round} of {rounds}").format(round=step.round,
                                                                          rounds=rounds))
        parts.append(ex.name)
    if new_set and ex.sets > 1 and step.set > 1:
        parts.append(CueWords.tr("Set {set} of {sets}").format(set=step.set, sets=ex.sets))
    if new_position and step.position.name:
        parts.append(step.position.name)
    if ex.sides is Sides.EACH and step.side is not None:
        parts.append(ex.side_label(step.side) if new_position
                     else CueWords.tr("Switch sides: {side}").format(
                         side=ex.side_in_sentence(step.side)))
    return ". ".join(parts)


def _block_index(step: Step) -> int:
    """0 for the first block of reps in a set, then 1, 2… (positions, and sides in each)."""
    ex = step.exercise
    position = ex.positions.index(step.position) if step.position in ex.positions else 0
    if ex.sides is Sides.EACH:
        return position * 2 + (1 if step.side is Side.RIGHT else 0)
    return position


def say_duration(seconds: float) -> str:
    """'30 seconds', '1 minute', '1 minute 30 seconds'."""
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(CueWords.tr("%n minute(s)", "", minutes))
    if secs or not minutes:
        parts.append(CueWords.tr("%n second(s)", "", secs))
    return " ".join(parts)


# --- within one step ----------------------------------------------------------------------
def _same_step(before: SessionState, after: SessionState) -> list[Cue]:
    step = after.step
    if step.kind is not StepKind.WORK:  # the last seconds of a countdown or a rest
        was, now = _whole_seconds(before.remaining_in_step_s), _whole_seconds(
            after.remaining_in_step_s)
        if now < was and now in _COUNTDOWN_TICKS:
            return [Cue(CueKind.TICK, str(now))]
        return []
    cues: list[Cue] = []
    if (after.reps > before.reps and before.counts_itself and after.counts_itself
            and before.status is Status.RUNNING
            and _active_s(before, after) >= before.rep_left_s - _EPS_S):
        cues.append(Cue(CueKind.TICK, CueWords.tr("Rep {rep}").format(rep=after.reps + 1)))
    breath = after.breath
    if breath is not None and (before.breath is None or before.reps != after.reps
                               or (before.breath.phase, before.breath.cycle)
                               != (breath.phase, breath.cycle)):
        cues += [Cue(CueKind.CHIME, breath.word), Cue(CueKind.SPEECH, breath.word)]
    if (after.min_reached and not before.min_reached and step.target.is_range
            and after.goal > step.target.low):  # asked for more than the minimum
        cues.append(Cue(CueKind.SPEECH, CueWords.tr("{low} done. On to {goal}").format(
            low=step.target.low, goal=after.goal)))
    return cues


def _whole_seconds(remaining_s: float) -> int:
    """The countdown as shown: 2.3 s left reads 3."""
    return math.ceil(remaining_s - _EPS_S)

"""What a screen reader says as a workout runs, as a pure function of two session snapshots.

A screen reader follows the keyboard focus; what changes elsewhere on the screen (the count,
the breathing phase, the next block) it only says when told. :func:`announcements_between`
says what to tell it: the spoken cues of :mod:`warmup_gui.core.cues` (a new block of reps, a
switch of sides, a rest, each breathing phase, a range's minimum, the end), and what the cues
leave to the eye: every change of the rep count, by key or by itself ("Rep 3 of 8"), the
last rep of a block too, and pausing or resuming. The countdown's last seconds are left out:
the counter's value has them.
"""

from __future__ import annotations

from warmup_gui.core.cues import CueKind, cues_between
from warmup_gui.core.engine import SessionState, Status, StepKind
from warmup_gui.core.words import Words

AnnouncementWords = Words("AnnouncementWords")


def rep_words(reps: int, goal: int) -> str:
    """The count as a sentence: "Rep 3 of 8"; "No reps yet" after the last is taken back."""
    if reps == 0:
        return AnnouncementWords.tr("No reps yet")
    return AnnouncementWords.tr("Rep {reps} of {goal}").format(reps=reps, goal=goal)


def announcements_between(before: SessionState | None, after: SessionState,
                          ended_with: int = 0) -> list[str]:
    """The lines to announce for the session going from ``before`` to ``after``;
    ``ended_with``: the reps that ``before``'s step holds now (the block's last rep, counted as
    it ended, is in no snapshot)."""
    lines: list[str] = []
    if before is not None and before.step.kind is StepKind.WORK \
            and after.step_index > before.step_index and ended_with > before.reps:
        lines.append(rep_words(ended_with, before.goal))
    same_step = (before is not None and before.step_index == after.step_index
                 and after.status in (Status.RUNNING, Status.PAUSED)
                 and before.status in (Status.RUNNING, Status.PAUSED))
    if same_step and before is not None:
        if before.status is not after.status:
            lines.append(AnnouncementWords.tr("Paused") if after.status is Status.PAUSED
                         else AnnouncementWords.tr("Resumed"))
        if after.step.kind is StepKind.WORK and after.reps != before.reps:
            lines.append(rep_words(after.reps, after.goal))
    lines += [cue.text for cue in cues_between(before, after) if cue.kind is CueKind.SPEECH]
    return lines

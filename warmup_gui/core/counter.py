"""What the workout's counter and status line say for a session state: the big number and
the caption under it, what assistive technology reads from it, and how reps are counted."""

from __future__ import annotations

from warmup_gui.core.engine import RepPhase, SessionState, StepKind
from warmup_gui.core.routine import Sides
from warmup_gui.core.words import Words

WorkoutWords = Words("WorkoutWords")


def clock_text(seconds: float) -> str:
    """Seconds as m:ss, rounded up so a countdown shows 0:01 until it really ends."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


def counter_text(state: SessionState) -> tuple[str, str]:
    """The big number and the caption under it. During reps the number is the rep under
    way, as a coach counts ("3 of 5" while the third is done), and the goal once reached."""
    step = state.step
    if step.kind is StepKind.GET_READY:
        return str(int(-(-state.remaining_in_step_s // 1))), step.title
    if step.kind is StepKind.REST:
        return clock_text(state.remaining_in_step_s), WorkoutWords.tr(
            "{rest} · → skips · + 10 s").format(rest=step.title)
    if step.exercise.timed and not state.target_reached:
        return clock_text(hold_left_s(state)), hold_caption(state)
    target, goal = step.target, state.goal
    if step.exercise.per_side and step.exercise.sides is Sides.ALTERNATE:
        return per_side_counter(state)
    reps = str(state.reps)
    if state.target_reached:
        return reps, WorkoutWords.tr("of {goal} · done").format(goal=goal)
    now = str(state.reps + 1)
    if target.is_range and goal == target.low:
        return now, WorkoutWords.tr("of %n rep(s) · ↑ for up to {top}", "", goal).format(
            top=target.high)
    if target.is_range and goal >= target.high:
        if state.min_reached:
            return now, WorkoutWords.tr("{low} done · on to {goal}, or →").format(
                low=target.low, goal=goal)
        return now, WorkoutWords.tr("of {low}–{goal} reps").format(low=target.low, goal=goal)
    return now, WorkoutWords.tr("of %n rep(s)", "", goal)


def counter_measure(state: SessionState) -> tuple[str, int, int]:
    """What the counter counts, for assistive technology: its name, value and maximum."""
    step = state.step
    if step.kind is StepKind.WORK:
        return WorkoutWords.tr("Reps"), state.reps, max(state.goal, state.reps)
    seconds = int(-(-state.remaining_in_step_s // 1))
    return (WorkoutWords.tr("{step}: seconds left").format(step=step.title), seconds,
            max(seconds, int(step.duration_s)))


def hold_left_s(state: SessionState) -> float:
    """Seconds left in the timed hold under way: all of it before, none after."""
    hold_s = state.step.exercise.hold_s
    if state.rep_phase is RepPhase.HOLD:
        return hold_s * (1.0 - state.rep_phase_progress)
    return 0.0 if state.rep_phase in (RepPhase.BACK, RepPhase.WAIT) else hold_s


def hold_caption(state: SessionState) -> str:
    """E.g. 'hold · 2 of 3' or 'left in the hold'."""
    if state.goal == 1:
        return WorkoutWords.tr("left in the hold")
    return WorkoutWords.tr("hold {hold} of {holds}").format(hold=min(state.reps + 1, state.goal),
                                                           holds=state.goal)


def per_side_counter(state: SessionState) -> tuple[str, str]:
    """Alternating sides counted per side: reaches done on each side of the goal per side."""
    exercise = state.step.exercise
    each, done = state.goal // 2, state.reps // 2
    caption = WorkoutWords.tr("of %n rep(s) per {side}", "", each).format(
        side=exercise.side_name)
    if state.target_reached:
        return str(done), WorkoutWords.tr("{caption} · done").format(caption=caption)
    if exercise.reps.is_range and each < exercise.reps.high:
        caption += WorkoutWords.tr(" · ↑ for up to {top}").format(top=exercise.reps.high)
    return str(done), caption


def mode_text(state: SessionState, by_camera: bool = False) -> str:
    """How the reps are counted, in words a runner can read from the mat; ``by_camera`` while
    the camera counts them."""
    if state.step.exercise.timed:
        return WorkoutWords.tr("Counts down by itself")
    if by_camera:
        return WorkoutWords.tr("The camera counts (V)")
    if state.auto_count:
        return WorkoutWords.tr("Counts by itself (A)")
    return WorkoutWords.tr("You count: Space (A)")

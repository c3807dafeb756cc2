"""The routine model: what a warm-up is made of, as frozen data.

A routine is read from YAML by :mod:`warmup_gui.core.loader`; nothing else builds one from
raw dicts, so the session engine and the widgets can trust every field.
"""

from __future__ import annotations

import enum
import re

from warmup_gui.core.record import frozen_record
from warmup_gui.core.words import Words

RoutineWords = Words("RoutineWords")
# Phrases around a routine's own words ('Left leg' around its 'leg'): in the routine's
# language, which the app may look up apart from the window's.
ROUTINE_PHRASES = "RoutinePhrases"
RoutinePhrases = Words(ROUTINE_PHRASES)


def slug(text: str) -> str:
    """Words joined by '-', lowercase, at most 60 characters: 'Calf and hip stretch' gives
    'calf-and-hip-stretch'; 'routine' when no word is left."""
    return re.sub(r"\W+", "-", text.lower()).strip("-")[:60].strip("-") or "routine"


def plural(count: int | RepRange, word: str, words: str = "") -> str:
    """'1 rep', '2 reps', '1-2 reps': the count with the word in the number it needs."""
    many = words or word + "s"
    one = (isinstance(count, int) and count == 1) or \
        (isinstance(count, RepRange) and not count.is_range and count.low == 1)
    return f"{count} {word if one else many}"


def _plural_count(count: int | RepRange) -> int:
    """The number whose plural form a count takes: a range's top."""
    return count if isinstance(count, int) else count.high


@frozen_record
class RepRange:
    """How many reps (or rounds): a fixed number when ``low == high``, else a range."""

    low: int
    high: int

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def __str__(self) -> str:
        return f"{self.low}-{self.high}" if self.is_range else str(self.low)


class Sides(enum.Enum):
    """How an exercise uses the two sides of the body."""

    NONE = "none"  # both sides together
    EACH = "each"  # all reps on the left, then all on the right
    ALTERNATE = "alternate"  # reps alternate left, right, left...


class Side(enum.Enum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def label(self) -> str:
        return "Left" if self is Side.LEFT else "Right"



class BreathAt(enum.Enum):
    """Where in a rep the breathing pattern is taken."""

    BOTTOM = "bottom"  # at the end pose, after moving out (and after any hold)
    TOP = "top"  # at the start pose, before moving out
    HOLD = "hold"  # during the hold at the end pose, repeated for the hold's length


@frozen_record
class Illustration:
    """Ids of the two poses a rep moves between (``assets/illustrations/<id>.svg``)."""

    start: str
    end: str


# What the pacer shows when a routine gives no words of its own.
BREATH_WORDS = ("Breathe in", "Hold", "Breathe out")


@frozen_record
class Breath:
    """A breathing pattern: seconds per phase, repeated ``cycles`` times; where in the rep
    it is taken, the line shown meanwhile (``cue``) and the pacer's words for its phases."""

    inhale_s: float
    exhale_s: float
    hold_in_s: float = 0.0
    hold_out_s: float = 0.0
    cycles: int = 1
    at: BreathAt = BreathAt.BOTTOM
    cue: str = ""  # "" = the app's plain line for where it is taken (cue_line)
    words: tuple[str, str, str] = BREATH_WORDS  # breathing in, holding, breathing out

    @property
    def cue_line(self) -> str:
        if self.cue:
            return self.cue
        return {BreathAt.BOTTOM: RoutineWords.tr("Breathe at the end position"),
                BreathAt.TOP: RoutineWords.tr("Breathe at the start position"),
                BreathAt.HOLD: RoutineWords.tr("Hold and breathe")}[self.at]

    @property
    def phase_words(self) -> tuple[str, str, str]:
        """The pacer's words: the routine's own, or the app's in the user's language."""
        if self.words != BREATH_WORDS:
            return self.words
        return (RoutineWords.tr("Breathe in"), RoutineWords.tr("Hold"),
                RoutineWords.tr("Breathe out"))

    @property
    def where(self) -> str:
        """Where in the rep, in a few words: 'in the end position of each rep' (held there,
        before moving back)."""
        return {BreathAt.BOTTOM: RoutineWords.tr("in the end position of each rep"),
                BreathAt.TOP: RoutineWords.tr("before each rep"),
                BreathAt.HOLD: RoutineWords.tr("during each hold")}[self.at]

    @property
    def has_holds(self) -> bool:
        return self.hold_in_s > 0 or self.hold_out_s > 0

    def same_pattern(self, other: Breath) -> bool:
        """The same seconds for each phase (cycles, place and words aside)."""
        return (self.inhale_s, self.hold_in_s, self.exhale_s, self.hold_out_s) == \
            (other.inhale_s, other.hold_in_s, other.exhale_s, other.hold_out_s)

    @property
    def cycle_s(self) -> float:
        return self.inhale_s + self.hold_in_s + self.exhale_s + self.hold_out_s

    @property
    def duration_s(self) -> float:
        return self.cycle_s * self.cycles

    def __str__(self) -> str:
        parts = [self.inhale_s, self.hold_in_s, self.exhale_s, self.hold_out_s]
        pattern = "-".join(f"{p:g}" for p in parts if p > 0)
        return pattern if self.cycles == 1 else f"{pattern} × {self.cycles}"


@frozen_record
class Position:
    """A named variant of an exercise done as its own block of reps (a stance, a grip)."""

    id: str
    name: str
    cue: str
    illustration: Illustration


@frozen_record
class Equipment:
    """Something the routine needs. ``any_of`` lists alternatives, any one of which will do."""

    id: str
    name: str
    use: str
    any_of: tuple[str, ...] = ()
    optional: bool = False  # nice to have: the exercises that use it can be done without

    @property
    def line(self) -> str:
        """One line for a checklist: the item, or its alternatives joined with 'or'."""
        name = RoutinePhrases.tr("{name} (optional)").format(name=self.name) if self.optional \
            else self.name
        if not self.any_of:
            return name
        options = list(self.any_of)
        choice = options[0] if len(options) == 1 else RoutinePhrases.tr(
            "{first} or {last}").format(first=", ".join(options[:-1]), last=options[-1])
        return f"{name}: {choice}"


@frozen_record
class Movement:
    """Short cues for the two halves of a rep: moving out to the end pose, and back; and
    optionally a moment at the start pose before moving out (a breath in at the top)."""

    out: str
    back: str
    top: str = ""
    top_s: float = 0.0
    hold: str = ""  # shown while the end pose is held ("" = the app's "Hold the position")


@frozen_record
class Variant:
    """An easier (regression) or harder (progression) version of an exercise."""

    name: str  # a few words naming the version
    how: str  # what changes, in a sentence or two


@frozen_record
class SymptomRule:
    """What a 0–10 symptom score means for one exercise, in the routine's own words.

    A score at or over ``threshold`` before the exercise means backing off; ``means`` says why
    and ``back_off`` what to do instead (also the advice after a session in which the score
    rose).
    """

    threshold: int
    means: str
    back_off: str
    counts: str = ""  # what counts as a symptom, shown with the question
    required: bool = False  # the score before is asked before the exercise, which waits for it


class CameraSide(enum.Enum):
    """Which side's joints the angle is measured on."""

    WORKING = "working"  # the side the workout names now (each leg in turn, or alternating)
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"  # both sides move alike: whichever side the camera sees better


@frozen_record
class CameraRule:
    """What a camera watches to count an exercise's reps and measure their range: the angle
    at the middle of three joints (0..180 degrees), past ``start_deg`` at the start of a rep
    and past ``far_end_deg`` at its far end (docs/routine-format.md)."""

    angle: str  # the angle's name, shown with its range of motion ("Knee angle")
    joints: tuple[str, str, str]  # the angle is at the middle one
    start_deg: float
    far_end_deg: float
    side: CameraSide

    @property
    def direction(self) -> float:
        """+1 when the angle opens on the way out, -1 when it closes."""
        return 1.0 if self.far_end_deg > self.start_deg else -1.0

    def progress(self, angle_deg: float) -> float:
        """Where an angle lies on the way out: 0 at the start threshold, 1 at the far end's
        (below 0 is at the start, above 1 at the far end)."""
        return (angle_deg - self.start_deg) / (self.far_end_deg - self.start_deg)


@frozen_record
class Exercise:
    id: str
    name: str
    summary: str
    sets: int
    reps: RepRange
    sides: Sides
    tempo_s: float  # seconds of movement per rep (out and back), used by auto-count
    rest_s: float  # rest after each set
    steps: tuple[str, ...]
    safety: str
    movement: Movement
    positions: tuple[Position, ...]
    equipment: tuple[str, ...] = ()
    breath: Breath | None = None  # breathing held at the end pose of every rep
    side_illustrations: tuple[tuple[Side, Illustration], ...] = ()
    symptom_check: bool = False  # ask for a 0-10 symptom rating before and after
    symptom_rule: SymptomRule | None = None  # what a score means; only with symptom_check
    smaller: str = ""  # how far to move when backing off ("" = the app's plain wording)
    easier: Variant | None = None
    harder: Variant | None = None
    why: str = ""  # why it works, in a sentence or two
    camera: CameraRule | None = None  # what a camera watches to count reps and measure range
    out_share: float = 0.5  # the share of tempo_s spent moving out; the rest is moving back
    hold_s: float = 0.0  # seconds the end pose is held in every rep
    timed: bool = False  # a timed hold: each rep counts itself when its hold is done
    per_side: bool = False  # with alternating sides, reps are counted per side
    side_name: str = "side"  # what a side is called: "Left leg", "8 per leg"

    @property
    def out_s(self) -> float:
        return self.tempo_s * self.out_share

    @property
    def back_s(self) -> float:
        return self.tempo_s - self.out_s

    @property
    def breath_s(self) -> float:
        """Seconds the breathing adds to a rep (none when it is taken during the hold)."""
        if self.breath is None or self.breath.at is BreathAt.HOLD:
            return 0.0
        return self.breath.duration_s

    @property
    def rep_s(self) -> float:
        """Seconds one auto-counted rep takes, holds and breathing included."""
        return self.movement.top_s + self.tempo_s + self.hold_s + self.breath_s

    @property
    def block_reps(self) -> RepRange:
        """Reps counted in one block: both sides' with alternating sides counted per side."""
        if self.per_side and self.sides is Sides.ALTERNATE:
            return RepRange(self.reps.low * 2, self.reps.high * 2)
        return self.reps

    def side_label(self, side: Side) -> str:
        """E.g. 'Left leg': the routine's name for a side, in a phrase of its language."""
        text = RoutinePhrases.tr("Left {side}") if side is Side.LEFT \
            else RoutinePhrases.tr("Right {side}")
        return text.format(side=self.side_name)

    def side_in_sentence(self, side: Side) -> str:
        """E.g. 'left leg', as written inside a sentence."""
        text = RoutinePhrases.tr("left {side}", "inside a sentence") if side is Side.LEFT \
            else RoutinePhrases.tr("right {side}", "inside a sentence")
        return text.format(side=self.side_name)

    @property
    def per_what(self) -> str:
        if len(self.positions) > 1:
            return RoutinePhrases.tr(" each position")
        if self.sides is Sides.EACH:
            return RoutinePhrases.tr(" per {side}").format(side=self.side_name)
        if self.sides is Sides.ALTERNATE:
            if self.per_side:
                return RoutinePhrases.tr(" per {side}, alternating sides").format(
                    side=self.side_name)
            low, high = self.reps.low // 2, self.reps.high // 2
            each = f"{low}" if low == high else f"{low}-{high}"
            if not low:
                return RoutinePhrases.tr(", alternating sides")
            return RoutinePhrases.tr(", alternating sides ({reps} each side)").format(reps=each)
        return ""

    @property
    def dosage(self) -> str:
        """E.g. '2 sets × 15-30 reps per leg', '1 set × 1 hold of 30 s per side'."""
        if self.timed:
            what = RoutinePhrases.tr("{count} hold(s) of {seconds} s", "",
                                     _plural_count(self.reps)).format(
                count=self.reps, seconds=f"{self.hold_s:g}")
        else:
            what = RoutinePhrases.tr("{count} rep(s)", "", _plural_count(self.reps)).format(
                count=self.reps)
        return RoutinePhrases.tr("{count} set(s) × {what}{per_what}", "", self.sets).format(
            count=self.sets, what=what, per_what=self.per_what)

    def mirrored_for(self, side: Side | None) -> bool:
        """Pictures show the left side working; the right side sees them mirrored, unless the
        routine gives the right side pictures of its own."""
        own = any(which is Side.RIGHT for which, _ in self.side_illustrations)
        return side is Side.RIGHT and not own

    def shown_during_reps(self, position: Position, side: Side | None
                          ) -> tuple[Illustration, bool]:
        """The picture the workout shows while the reps of ``side`` go on, and whether it is
        mirrored. Sides that alternate rep by rep keep the left side's picture: its working
        limbs are drawn dark whichever side works, and a picture turned round at every rep
        would turn the whole body round (a figure lying on its back would swap ends)."""
        if self.sides is Sides.ALTERNATE:
            side = Side.LEFT
        return self.illustration_for(position, side), self.mirrored_for(side)

    def illustration_for(self, position: Position, side: Side | None) -> Illustration:
        for which, picture in self.side_illustrations:
            if which is side:
                return picture
        return position.illustration


@frozen_record
class RoutineSafety:
    """The routine's own safety texts, shown on the overview, in the workout and on paper."""

    precautions: tuple[str, ...] = ()  # before starting: who should check with a clinician
    red_flags: tuple[str, ...] = ()  # signs the routine is not doing its job
    red_flags_mean: str = ""  # what to do about them
    lingering: str = ""  # what to do when symptoms outlast the warm-up

    @property
    def red_flags_line(self) -> str:
        """The red flags and what they mean, as one paragraph ("" without red flags)."""
        if not self.red_flags:
            return ""
        return " ".join([*self.red_flags, self.red_flags_mean]).strip()


@frozen_record
class Routine:
    title: str
    description: str
    rounds: RepRange
    get_ready_s: float
    round_rest_s: float
    equipment: tuple[Equipment, ...]
    exercises: tuple[Exercise, ...]
    source: str = ""
    safety: RoutineSafety = RoutineSafety()
    # Countdowns before the other side, the next position and the next exercise; None: as
    # long as get_ready_s.
    switch_sides_s: float | None = None
    next_position_s: float | None = None
    between_exercises_s: float | None = None
    rating_hint: str = ""  # the hint under the note box when rating an exercise ("" = plain)

    @property
    def key(self) -> str:
        """A name for remembering choices made for this routine: its title, as a slug."""
        return slug(self.title)
    language: str = "en"  # what its texts are written in: the handout speaks it too

    def equipment_by_id(self, equipment_id: str) -> Equipment:
        for item in self.equipment:
            if item.id == equipment_id:
                return item
        raise KeyError(equipment_id)

    def illustration_ids(self) -> list[str]:
        """Every illustration id the routine refers to, each once, in order of first use."""
        seen: dict[str, None] = {}
        for ex in self.exercises:
            pictures = [p.illustration for p in ex.positions]
            pictures += [pic for _, pic in ex.side_illustrations]
            for pic in pictures:
                seen.setdefault(pic.start)
                seen.setdefault(pic.end)
        return list(seen)

"""Reading routines from YAML, safely, with errors that name file, line and field.

``parse_routine(text, source)`` checks YAML text against the routine format
(docs/routine-format.md) and returns a frozen :class:`Routine`; ``load_routine(path)`` only
reads the file (size cap, UTF-8) and calls it. The YAML is *composed* with PyYAML's safe
loader, never constructed, so tags cannot build objects; aliases are refused, so an alias
bomb costs nothing; every field is read from the node tree, which keeps the line numbers.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from warmup_gui.core.assets import illustration_path
from warmup_gui.core.camera_rules import read_camera
from warmup_gui.core.record import frozen_record
from warmup_gui.core.routine import (
    BREATH_WORDS,
    Breath,
    BreathAt,
    Equipment,
    Exercise,
    Illustration,
    Movement,
    Position,
    RepRange,
    Routine,
    RoutineSafety,
    Side,
    Sides,
    SymptomRule,
    Variant,
)
from warmup_gui.core.safe_files import FileRefused, read_capped
from warmup_gui.core.schedule import duration_s

MAX_FILE_BYTES = 64 * 1024  # the bundled routine is about 5 KiB
MAX_NODES = 5_000
MAX_DEPTH = 32  # nesting of lists and mappings; a routine needs 5
MAX_SESSION_MIN = 180  # the longest session a routine may add up to; the bundled one is ~25
FORMAT_VERSION = 2  # the newest format; every older one is still read
# Limits on texts, in characters (documented in docs/routine-format.md).
MAX_TEXT = 400  # a cue, a sentence, a safety rule
MAX_NAME = 80  # names, an equipment alternative, a rating hint
MAX_TITLE = 120
MAX_MOVEMENT = 120  # the short cues for the parts of a rep, the line shown while breathing
MAX_WORD = 24  # a breathing phase word on the pacer
MAX_SIDE_NAME = 16
FORMAT_1_SIDE_NAME = "leg"  # format 1 knows only legs
_ID = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")
_RANGE = re.compile(r"\s*(\d{1,4})\s*(?:-|–|to)\s*(\d{1,4})\s*\Z")
_STD_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_STD_TAG + t for t in ("str", "int", "float", "bool", "null", "map", "seq")}

T = TypeVar("T")


@frozen_record
class Problem:
    """One thing wrong with a routine file."""

    source: str
    line: int  # 1-based; 0 when the problem is with the file as a whole
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class RoutineError(Exception):
    """A routine could not be read; ``problems`` says every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class _Invalid(Exception):
    """Internal: the field just reported cannot give a value; its parent skips it."""


class _SafeComposer(yaml.SafeLoader):
    """The safe loader's composer, refusing aliases and counting nodes."""

    def __init__(self, stream: str, source: str) -> None:
        super().__init__(stream)
        self._source = source
        self._nodes = 0
        self._depth = 0

    def fetch_more_tokens(self) -> None:
        # PyYAML's scanner slows down quadratically inside deep [ [ [ ... nesting: stop early.
        if self.flow_level > MAX_DEPTH:
            raise self._too_deep(self.line)
        super().fetch_more_tokens()

    def _too_deep(self, line: int) -> RoutineError:
        return RoutineError([Problem(self._source, line + 1, "",
                                     f"lists or mappings nested more than {MAX_DEPTH} deep")])

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise self._too_deep(self.peek_event().start_mark.line)  # type: ignore[no-untyped-call]
            return self._compose(parent, index)
        finally:
            self._depth -= 1

    def _compose(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise RoutineError(
                [Problem(self._source, event.start_mark.line + 1, "",
                         "anchors and aliases (&name, *name) are not allowed in a routine")]
            )
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise RoutineError(
                [Problem(self._source, event.start_mark.line + 1, "",
                         f"the file has more than {MAX_NODES} values; a routine is far smaller")]
            )
        return super().compose_node(parent, index)


class _Reader:
    """Walks the node tree, converting fields and collecting every problem found."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.version = FORMAT_VERSION
        self.pictures: list[tuple[str, Node, str]] = []  # illustration id, where, field
        self.icons: list[tuple[str, Node, str]] = []  # equipment icons: optional pictures

    def fail(self, node: Node | None, path: str, message: str) -> _Invalid:
        line = node.start_mark.line + 1 if node is not None else 0
        self.problems.append(Problem(self.source, line, path, message))
        return _Invalid()

    def attempt(self, read: Callable[[], T]) -> T | None:
        try:
            return read()
        except _Invalid:
            return None

    def each(self, items: list[tuple[str, Node]], read: Callable[[Node, str], T]) -> list[T | None]:
        """Read every item of a list; an item that fails is None, and reading goes on."""
        values: list[T | None] = []
        for path, node in items:
            try:
                values.append(read(node, path))
            except _Invalid:
                values.append(None)
        return values

    # --- node shapes -------------------------------------------------------------------
    def mapping(
        self, node: Node, path: str, required: tuple[str, ...], optional: tuple[str, ...] = (),
        partial: bool = False, newer: tuple[str, ...] = (),
    ) -> dict[str, Node]:
        """The mapping's fields by key. A missing required key is reported and, unless the
        caller reads what is there on its own (``partial``), makes the whole mapping invalid.
        ``newer`` keys are optional ones that format 2 brought."""
        known = required + optional + newer
        if not isinstance(node, MappingNode):
            raise self.fail(node, path, f"expected a mapping with {', '.join(required or known)}"
                                        f", got {_describe(node)}")
        fields: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            sub = f"{path}.{key}" if path else str(key)
            if not isinstance(key, str) or key not in known:
                self.fail(key_node, sub if isinstance(key, str) else path,
                          f"unknown key; expected one of: {', '.join(known)}")
            elif key in fields:
                self.fail(key_node, sub, "appears twice")
            elif key in newer and self.version < 2:
                self.fail(key_node, sub, f"is a format 2 key; the file says format {self.version}"
                                         ", so write format: 2 at its top")
            else:
                fields[key] = value_node
        missing = [key for key in required if key not in fields]
        for key in missing:
            self.fail(node, f"{path}.{key}" if path else key, "is missing")
        if missing and not partial:
            raise _Invalid()
        return fields

    def sequence(self, node: Node, path: str, what: str) -> Iterator[tuple[str, Node]]:
        if not isinstance(node, SequenceNode):
            raise self.fail(node, path, f"expected a list of {what}, got {_describe(node)}")
        if not node.value:
            raise self.fail(node, path, f"expected a list of {what}, got an empty list")
        for i, item in enumerate(node.value):
            yield f"{path}[{i}]", item

    def scalar(self, node: Node, path: str, expected: str) -> object:
        if not isinstance(node, ScalarNode):
            raise self.fail(node, path, f"expected {expected}, got {_describe(node)}")
        if node.tag not in _ALLOWED_TAGS:
            raise self.fail(node, path, f"expected {expected}, got a value tagged {node.tag!r}")
        try:
            return self._constructor.construct_object(node)
        except (yaml.YAMLError, ValueError):
            raise self.fail(node, path, f"expected {expected}, got {node.value!r}") from None

    _constructor = yaml.SafeLoader("")

    # --- field types -------------------------------------------------------------------
    def text(self, node: Node, path: str, max_len: int = MAX_TEXT) -> str:
        value = self.scalar(node, path, "text")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(node, path, f"expected text, got {_shown(value)}")
        if len(value) > max_len:
            raise self.fail(node, path, f"expected at most {max_len} characters, got {len(value)}")
        return value.strip()

    def ident(self, node: Node, path: str) -> str:
        value = self.scalar(node, path, "an id")
        if not isinstance(value, str) or not _ID.match(value):
            raise self.fail(node, path, "expected an id of lowercase letters, digits and _ "
                                        f"starting with a letter, got {_shown(value)}")
        return value

    def flag(self, node: Node, path: str) -> bool:
        value = self.scalar(node, path, "true or false")
        if not isinstance(value, bool):
            raise self.fail(node, path, f"expected true or false, got {_shown(value)}")
        return value

    def whole(self, node: Node, path: str, low: int, high: int) -> int:
        value = self.scalar(node, path, f"a whole number from {low} to {high}")
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(node, path, f"expected a whole number from {low} to {high}, "
                                        f"got {_shown(value)}")
        return value

    def seconds(self, node: Node, path: str, high: float) -> float:
        value = self.scalar(node, path, f"seconds from 0 to {high:g}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= high:
            raise self.fail(node, path, f"expected seconds from 0 to {high:g}, got {_shown(value)}")
        return float(value)

    def rep_range(self, node: Node, path: str, high: int) -> RepRange:
        expected = f"a whole number ≥ 1 or a range like 15-30 (at most {high})"
        value = self.scalar(node, path, expected)
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= high:
            return RepRange(value, value)
        written = value.strip() if isinstance(value, str) else ""
        match = _RANGE.match(written)
        if match:
            low, top = int(match.group(1)), int(match.group(2))
            if 1 <= top < low <= high:
                raise self.fail(node, path, f"expected the smaller number first, got the range "
                                            f"{written!r} reversed: write {top}-{low}")
            if 1 <= low == top <= high:
                raise self.fail(node, path, f"expected two different numbers in a range, got "
                                            f"{written!r}: write {low}")
            if 1 <= low < top <= high:
                return RepRange(low, top)
        raise self.fail(node, path, f"expected {expected}, got {_shown(value)}")


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return repr(node.value)


def _shown(value: object) -> str:
    return "nothing" if value is None else repr(value)


# --- the routine format ---------------------------------------------------------------------

_EXERCISE_REQUIRED = ("id", "name", "summary", "sets", "movement", "steps", "safety")
_EXERCISE_OPTIONAL = ("reps", "tempo_s", "rest_s", "sides", "equipment", "breath", "cue",
                      "illustration", "positions", "side_illustrations", "symptom_check",
                      "smaller", "easier", "harder", "why", "camera")
_EXERCISE_NEWER = ("tempo", "hold_s", "per_side", "side_name")
DEFAULT_HOLD_TEMPO_S = 4.0  # a timed hold without a tempo: 2 s into the pose, 2 s out of it


def _illustration(r: _Reader, node: Node, path: str) -> Illustration:
    f = r.mapping(node, path, ("start", "end"))
    start = r.attempt(lambda: r.ident(f["start"], f"{path}.start"))
    end = r.attempt(lambda: r.ident(f["end"], f"{path}.end"))
    if start is None or end is None:
        raise _Invalid()
    r.pictures += [(start, f["start"], f"{path}.start"), (end, f["end"], f"{path}.end")]
    return Illustration(start, end)


def _breath_words(r: _Reader, node: Node, path: str) -> tuple[str, str, str]:
    f = r.mapping(node, path, (), ("in", "hold", "out"))

    def word(key: str, default: str) -> str | None:
        return r.attempt(lambda: r.text(f[key], f"{path}.{key}", MAX_WORD)) if key in f \
            else default

    breathe_in, hold, breathe_out = (word(key, default) for key, default in
                                     zip(("in", "hold", "out"), BREATH_WORDS, strict=True))
    if breathe_in is None or hold is None or breathe_out is None:
        raise _Invalid()
    return breathe_in, hold, breathe_out


def _breath(r: _Reader, node: Node, path: str) -> Breath:
    f = r.mapping(node, path, ("inhale_s", "exhale_s"), ("hold_in_s", "hold_out_s", "cycles"),
                  newer=("at", "cue", "words"))
    phases = {}
    for key in ("inhale_s", "exhale_s", "hold_in_s", "hold_out_s"):
        if key in f:
            phases[key] = r.seconds(f[key], f"{path}.{key}", 60)
    cycles = r.whole(f["cycles"], f"{path}.cycles", 1, 20) if "cycles" in f else 1
    if phases["inhale_s"] <= 0 or phases["exhale_s"] <= 0:
        raise r.fail(node, path, "inhale_s and exhale_s must be longer than 0 seconds")
    at = BreathAt.BOTTOM
    if "at" in f:
        word = r.scalar(f["at"], f"{path}.at", "bottom, top or hold")
        try:
            at = BreathAt(word)
        except ValueError:
            raise r.fail(f["at"], f"{path}.at",
                         f"expected one of bottom, top, hold, got {_shown(word)}") from None
        if at is BreathAt.HOLD and "cycles" in f:
            raise r.fail(f["cycles"], f"{path}.cycles", "expected no cycles with at: hold (the "
                                                        "pattern repeats for the hold's length)")
    cue = r.text(f["cue"], f"{path}.cue", MAX_MOVEMENT) if "cue" in f else ""
    words = _breath_words(r, f["words"], f"{path}.words") if "words" in f else BREATH_WORDS
    return Breath(cycles=cycles, at=at, cue=cue, words=words, **phases)


def _position(r: _Reader, node: Node, path: str) -> Position:
    f = r.mapping(node, path, ("id", "name", "cue", "illustration"))
    return Position(
        id=r.ident(f["id"], f"{path}.id"),
        name=r.text(f["name"], f"{path}.name", 80),
        cue=r.text(f["cue"], f"{path}.cue"),
        illustration=_illustration(r, f["illustration"], f"{path}.illustration"),
    )


def _symptom_check(r: _Reader, node: Node, path: str) -> tuple[bool, SymptomRule | None]:
    """``true``/``false``, or ``{threshold, means, back_off}``: ask, and what a score means."""
    if not isinstance(node, MappingNode):
        return r.flag(node, path), None
    f = r.mapping(node, path, ("threshold", "means", "back_off"), ("counts", "required"))
    threshold = r.attempt(lambda: r.whole(f["threshold"], f"{path}.threshold", 1, 10))
    means = r.attempt(lambda: r.text(f["means"], f"{path}.means"))
    back_off = r.attempt(lambda: r.text(f["back_off"], f"{path}.back_off"))
    counts = r.attempt(lambda: r.text(f["counts"], f"{path}.counts")) if "counts" in f else ""
    required = r.attempt(lambda: r.flag(f["required"], f"{path}.required")) \
        if "required" in f else False
    if threshold is None or means is None or back_off is None or counts is None \
            or required is None:
        raise _Invalid()
    return True, SymptomRule(threshold, means, back_off, counts, required)


def _variant(r: _Reader, node: Node, path: str) -> Variant:
    f = r.mapping(node, path, ("name", "how"))
    name = r.attempt(lambda: r.text(f["name"], f"{path}.name", 80))
    how = r.attempt(lambda: r.text(f["how"], f"{path}.how"))
    if name is None or how is None:
        raise _Invalid()
    return Variant(name, how)


def _side_illustrations(r: _Reader, node: Node, path: str) -> tuple[tuple[Side, Illustration], ...]:
    f = r.mapping(node, path, ("left", "right"))
    return tuple((side, _illustration(r, f[side.value], f"{path}.{side.value}")) for side in Side)


def _tempo(r: _Reader, node: Node, path: str) -> tuple[float, float, float]:
    """``{out, back}`` and an optional ``hold``: seconds moving out, back and holding."""
    f = r.mapping(node, path, ("out", "back"), ("hold",))
    out = r.attempt(lambda: r.seconds(f["out"], f"{path}.out", 60))
    back = r.attempt(lambda: r.seconds(f["back"], f"{path}.back", 60))
    hold = r.attempt(lambda: r.seconds(f["hold"], f"{path}.hold", 60)) if "hold" in f else 0.0
    if out is None or back is None or hold is None:
        raise _Invalid()
    for key, value in (("out", out), ("back", back)):
        if value == 0:
            r.fail(f[key], f"{path}.{key}", "expected more than 0 seconds, got 0")
    if out == 0 or back == 0:
        raise _Invalid()
    return out, back, hold


def _timing(r: _Reader, f: dict[str, Node], path: str, node: Node) -> dict[str, object]:
    """How long a rep's parts take: ``tempo_s`` or ``tempo``, and a timed hold (``hold_s``)."""
    if "tempo_s" in f and "tempo" in f:
        raise r.fail(f["tempo"], f"{path}.tempo", "give tempo_s or tempo, not both")
    timing: dict[str, object] = {"hold_s": 0.0, "timed": False, "out_share": 0.5}
    if "hold_s" in f:
        hold = r.seconds(f["hold_s"], f"{path}.hold_s", 600)
        if hold == 0:
            raise r.fail(f["hold_s"], f"{path}.hold_s", "expected more than 0 seconds, got 0")
        timing.update(hold_s=hold, timed=True)
    if "tempo" in f:
        out, back, hold = _tempo(r, f["tempo"], f"{path}.tempo")
        if hold and timing["timed"]:
            raise r.fail(f["tempo"], f"{path}.tempo.hold",
                         "give the hold once: as hold_s (a timed hold) or as tempo.hold")
        if hold:
            timing["hold_s"] = hold
        timing.update(tempo_s=out + back, out_share=out / (out + back))
    elif "tempo_s" in f:
        tempo = r.seconds(f["tempo_s"], f"{path}.tempo_s", 120)
        if tempo == 0:
            raise r.fail(f["tempo_s"], f"{path}.tempo_s",
                         "expected more than 0 seconds per rep, got 0")
        timing["tempo_s"] = tempo
    elif timing["timed"]:
        timing["tempo_s"] = DEFAULT_HOLD_TEMPO_S
    else:
        raise r.fail(node, f"{path}.tempo_s", "is missing (or give tempo, or hold_s for a "
                                              "timed hold)" if r.version >= 2 else "is missing")
    return timing


def _exercise(r: _Reader, node: Node, path: str, equipment_ids: set[str]) -> Exercise:
    f = r.mapping(node, path, _EXERCISE_REQUIRED, _EXERCISE_OPTIONAL, partial=True,
                  newer=_EXERCISE_NEWER)
    # Format 1 needs reps, tempo_s and rest_s; format 2 gives them defaults.
    needed = _EXERCISE_REQUIRED + (("reps", "tempo_s", "rest_s") if r.version < 2 else ())
    for key in needed:
        if key not in f:
            if key not in _EXERCISE_REQUIRED:
                r.fail(node, f"{path}.{key}", "is missing")
            raise _Invalid()

    def field(key: str, read: Callable[[Node, str], T]) -> T | None:
        return r.attempt(lambda: read(f[key], f"{path}.{key}")) if key in f else None

    sides = Sides.NONE
    if "sides" in f:
        word = r.attempt(lambda: r.scalar(f["sides"], f"{path}.sides", "none, each or alternate"))
        if word is not None:
            try:
                sides = Sides(word)
            except ValueError:
                r.fail(f["sides"], f"{path}.sides",
                       f"expected one of none, each, alternate, got {_shown(word)}")

    equipment: list[str] = []
    if "equipment" in f:
        items = r.attempt(lambda: list(r.sequence(f["equipment"], f"{path}.equipment",
                                                  "equipment ids"))) or []
        for (sub, item), eid in zip(items, r.each(items, r.ident), strict=True):
            if eid is not None and eid not in equipment_ids:
                r.fail(item, sub, f"unknown equipment {eid!r}; the routine's equipment list has: "
                                  f"{', '.join(sorted(equipment_ids)) or 'nothing'}")
            elif eid is not None:
                equipment.append(eid)

    step_items = r.attempt(lambda: list(r.sequence(f["steps"], f"{path}.steps", "steps")))
    steps = r.each(step_items or [], r.text)
    movement = field("movement", lambda n, p: _movement(r, n, p))
    side_pics = field("side_illustrations", lambda n, p: _side_illustrations(r, n, p))
    positions = _positions(r, f, path, side_pics)

    values = {
        "id": field("id", r.ident),
        "name": field("name", lambda n, p: r.text(n, p, MAX_NAME)),
        "summary": field("summary", r.text),
        "sets": field("sets", lambda n, p: r.whole(n, p, 1, 20)),
        "reps": field("reps", lambda n, p: r.rep_range(n, p, 200)),
        "rest_s": field("rest_s", lambda n, p: r.seconds(n, p, 600)),
        "safety": field("safety", r.text),
        "breath": field("breath", lambda n, p: _breath(r, n, p)),
        "smaller": field("smaller", lambda n, p: r.text(n, p, 160)),
        "why": field("why", r.text),
        "per_side": field("per_side", r.flag),
        "side_name": field("side_name", lambda n, p: r.text(n, p, MAX_SIDE_NAME)),
    }
    timing = r.attempt(lambda: _timing(r, f, path, node))
    if timing is not None and not timing["timed"] and "reps" not in f:
        r.fail(node, f"{path}.reps", "is missing (only a timed hold, hold_s, has 1 by default)")
        raise _Invalid()
    defaults: dict[str, Any] = {
        "smaller": "", "why": "", "reps": RepRange(1, 1), "rest_s": 0.0, "per_side": False,
        "side_name": FORMAT_1_SIDE_NAME if r.version < 2 else "side"}
    for key, default in defaults.items():
        if values[key] is None and key not in f:
            values[key] = default
    breath = values["breath"]
    if isinstance(breath, Breath) and breath.at is BreathAt.HOLD and timing \
            and not timing["hold_s"]:
        r.fail(f["breath"], f"{path}.breath.at",
               "expected a hold to breathe in: give hold_s or tempo.hold, or breathe at the "
               "bottom or the top")
        raise _Invalid()
    if values["per_side"] and sides is not Sides.ALTERNATE:
        r.fail(f["per_side"], f"{path}.per_side", "expected only with sides: alternate (with "
                                                  "sides: each, reps are per side already)")
        raise _Invalid()
    variants = {key: field(key, lambda n, p: _variant(r, n, p)) for key in ("easier", "harder")}
    if any(key in f and variants[key] is None for key in variants):
        raise _Invalid()
    check = field("symptom_check", lambda n, p: _symptom_check(r, n, p))
    camera = field("camera", lambda n, p: read_camera(r, n, p, sides is not Sides.NONE))
    if "camera" in f and camera is None:
        raise _Invalid()
    if "symptom_check" in f and check is None:
        raise _Invalid()
    if (None in (movement, positions, timing)
            or any(v is None for k, v in values.items() if k != "breath") or None in steps):
        raise _Invalid()
    assert timing is not None
    return Exercise(
        sides=sides,
        equipment=tuple(equipment),
        steps=tuple(s for s in steps if s is not None),
        movement=movement,  # type: ignore[arg-type]
        positions=positions,  # type: ignore[arg-type]
        side_illustrations=side_pics or (),
        easier=variants["easier"],
        harder=variants["harder"],
        symptom_check=check[0] if check else False,
        symptom_rule=check[1] if check else None,
        camera=camera,
        **timing,  # type: ignore[arg-type]
        **values,  # type: ignore[arg-type]
    )


def _movement(r: _Reader, node: Node, path: str) -> Movement:
    f = r.mapping(node, path, ("out", "back"), ("top", "top_s"), newer=("hold",))
    out = r.text(f["out"], f"{path}.out", MAX_MOVEMENT)
    back = r.text(f["back"], f"{path}.back", MAX_MOVEMENT)
    hold = r.text(f["hold"], f"{path}.hold", MAX_MOVEMENT) if "hold" in f else ""
    if ("top" in f) != ("top_s" in f):
        missing = "top_s" if "top" in f else "top"
        raise r.fail(node, f"{path}.{missing}", "is missing (top and top_s come together)")
    if "top" not in f:
        return Movement(out, back, hold=hold)
    top_s = r.seconds(f["top_s"], f"{path}.top_s", 60)
    if top_s == 0:
        raise r.fail(f["top_s"], f"{path}.top_s", "expected more than 0 seconds, got 0")
    return Movement(out, back, r.text(f["top"], f"{path}.top", MAX_MOVEMENT), top_s, hold)


def _positions(
    r: _Reader,
    f: dict[str, Node],
    path: str,
    side_pics: tuple[tuple[Side, Illustration], ...] | None,
) -> tuple[Position, ...] | None:
    """An exercise's positions: its ``positions`` list, or one made of its cue and picture."""
    if "positions" in f:
        for key in ("cue", "illustration"):
            if key in f:
                r.fail(f[key], f"{path}.{key}", "give it inside each of the positions instead")
        items = r.attempt(lambda: list(r.sequence(f["positions"], f"{path}.positions",
                                                  "positions")))
        if items is None:
            return None
        positions = r.each(items, lambda node, sub: _position(r, node, sub))
        ids = [p.id for p in positions if p is not None]
        for (sub, item), pos in zip(items, positions, strict=True):
            if pos is not None and ids.count(pos.id) > 1:
                r.fail(item, f"{sub}.id", f"the position id {pos.id!r} is used twice")
        if None in positions:
            return None
        return tuple(p for p in positions if p is not None)
    if "cue" not in f:
        r.fail(None if not f else next(iter(f.values())), f"{path}.cue",
               "is missing (or give positions, each with its own cue)")
        return None
    cue = r.attempt(lambda: r.text(f["cue"], f"{path}.cue"))
    if "illustration" in f:
        picture = r.attempt(lambda: _illustration(r, f["illustration"], f"{path}.illustration"))
    elif side_pics:
        picture = side_pics[0][1]
    else:
        r.fail(f["cue"], f"{path}.illustration",
               "is missing (or give side_illustrations for left and right)")
        return None
    if cue is None or picture is None:
        return None
    return (Position(id="main", name="", cue=cue, illustration=picture),)


def _equipment(r: _Reader, node: Node, path: str) -> Equipment:
    f = r.mapping(node, path, ("id", "name", "use"), ("any_of",), newer=("optional",))
    any_of: list[str | None] = []
    if "any_of" in f:
        any_of = r.each(list(r.sequence(f["any_of"], f"{path}.any_of", "alternatives")),
                        lambda node, sub: r.text(node, sub, 80))
    if None in any_of:
        raise _Invalid()
    equipment_id = r.ident(f["id"], f"{path}.id")
    r.icons.append((f"equipment_{equipment_id}", f["id"], f"{path}.id"))
    return Equipment(
        id=equipment_id,
        name=r.text(f["name"], f"{path}.name", 80),
        use=r.text(f["use"], f"{path}.use"),
        any_of=tuple(a for a in any_of if a is not None),
        optional=r.flag(f["optional"], f"{path}.optional") if "optional" in f else False,
    )


_ROUTINE_REQUIRED = ("format", "title", "rounds", "exercises")
_ROUTINE_OPTIONAL = ("description", "source", "language", "get_ready_s", "round_rest_s",
                     "equipment", "safety")
_COUNTDOWNS = ("switch_sides_s", "next_position_s", "between_exercises_s")
_ROUTINE_NEWER = (*_COUNTDOWNS, "rating_hint")
# A language as BCP 47 starts: "en", "de", "pt-BR", "de_AT".
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?\Z")


def _texts(r: _Reader, node: Node, path: str) -> tuple[str, ...]:
    items = list(r.sequence(node, path, "sentences"))
    texts = r.each(items, r.text)
    if None in texts:
        raise _Invalid()
    return tuple(t for t in texts if t is not None)


def _safety(r: _Reader, node: Node, path: str) -> RoutineSafety:
    f = r.mapping(node, path, (), ("precautions", "red_flags", "red_flags_mean", "lingering"))
    def texts(key: str) -> tuple[str, ...] | None:
        return r.attempt(lambda: _texts(r, f[key], f"{path}.{key}")) if key in f else ()

    def text(key: str) -> str | None:
        return r.attempt(lambda: r.text(f[key], f"{path}.{key}")) if key in f else ""

    precautions, red_flags = texts("precautions"), texts("red_flags")
    red_flags_mean, lingering = text("red_flags_mean"), text("lingering")
    if precautions is None or red_flags is None or red_flags_mean is None or lingering is None:
        raise _Invalid()
    return RoutineSafety(precautions, red_flags, red_flags_mean, lingering)


def _language(r: _Reader, node: Node) -> str:
    value = r.text(node, "language", 20)
    if not _LANGUAGE.match(value):
        raise r.fail(node, "language", f"expected a language code such as en, de or pt-BR, "
                                       f"got {_shown(value)}")
    return value


def _routine(r: _Reader, root: Node) -> Routine | None:
    if isinstance(root, MappingNode):  # the version first: it says which keys there are
        for key_node, value_node in root.value:
            if isinstance(key_node, ScalarNode) and key_node.value == "format" \
                    and isinstance(value_node, ScalarNode) and value_node.value in ("1", "2"):
                r.version = int(value_node.value)
    f = r.mapping(root, "", _ROUTINE_REQUIRED, _ROUTINE_OPTIONAL, partial=True,
                  newer=_ROUTINE_NEWER)
    if "format" in f:
        version = r.attempt(lambda: r.whole(f["format"], "format", 1, 1_000))
        if version is not None and version > FORMAT_VERSION:
            r.fail(f["format"], "format", f"this app reads routine formats 1 to "
                                          f"{FORMAT_VERSION}, the file is format {version}")
    title = r.attempt(lambda: r.text(f["title"], "title", MAX_TITLE)) if "title" in f else None
    def countdown(key: str) -> float | None:
        return r.attempt(lambda: r.seconds(f[key], key, 60))

    countdowns = {key: countdown(key) for key in _COUNTDOWNS if key in f}
    rating_hint = r.attempt(lambda: r.text(f["rating_hint"], "rating_hint", MAX_NAME)) \
        if "rating_hint" in f else ""
    rounds = r.attempt(lambda: r.rep_range(f["rounds"], "rounds", 10)) if "rounds" in f else None
    description = r.attempt(lambda: r.text(f["description"], "description", 1000)) \
        if "description" in f else ""
    source = r.attempt(lambda: r.text(f["source"], "source", 200)) if "source" in f else ""
    language = r.attempt(lambda: _language(r, f["language"])) if "language" in f else "en"
    get_ready = r.attempt(lambda: r.seconds(f["get_ready_s"], "get_ready_s", 60)) \
        if "get_ready_s" in f else 5.0
    round_rest = r.attempt(lambda: r.seconds(f["round_rest_s"], "round_rest_s", 600)) \
        if "round_rest_s" in f else 0.0

    equipment: list[Equipment | None] = []
    if "equipment" in f:
        items = r.attempt(lambda: list(r.sequence(f["equipment"], "equipment", "equipment items")))
        equipment = r.each(items or [], lambda node, sub: _equipment(r, node, sub))
        seen: set[str] = set()
        for (sub, item), eq in zip(items or [], equipment, strict=True):
            if eq is not None and eq.id in seen:
                r.fail(item, f"{sub}.id", f"the equipment id {eq.id!r} is used twice")
            if eq is not None:
                seen.add(eq.id)
    equipment_ids = {e.id for e in equipment if e is not None}
    safety = r.attempt(lambda: _safety(r, f["safety"], "safety")) if "safety" in f \
        else RoutineSafety()

    exercises: list[Exercise | None] = []
    if "exercises" in f:
        items = r.attempt(lambda: list(r.sequence(f["exercises"], "exercises", "exercises"))) or []
        exercises = r.each(items, lambda node, sub: _exercise(r, node, sub, equipment_ids))
        ids = [e.id for e in exercises if e is not None]
        for (sub, item), ex in zip(items, exercises, strict=True):
            if ex is not None and ids.count(ex.id) > 1:
                r.fail(item, f"{sub}.id", f"the exercise id {ex.id!r} is used twice")
    if r.problems or title is None or rounds is None or not exercises or safety is None \
            or rating_hint is None:
        return None
    return Routine(
        title=title,
        description=description or "",
        source=source or "",
        language=language or "en",
        rounds=rounds,
        get_ready_s=get_ready if get_ready is not None else 5.0,
        round_rest_s=round_rest if round_rest is not None else 0.0,
        equipment=tuple(e for e in equipment if e is not None),
        exercises=tuple(e for e in exercises if e is not None),
        safety=safety,
        rating_hint=rating_hint,
        **countdowns,
    )


def _unusable_pictures(r: _Reader, routine_dir: Path) -> None:
    """Each illustration id that names no SVG, beside the routine or bundled, and each SVG
    (equipment icons included) the app would not draw, where it is named: the window,
    ``--validate`` and the handout refuse the same files."""
    # Read only here, once the file is parsed: a start from the routine cache never loads it.
    from warmup_gui.core.svg_safety import (
        MAX_ICON_BYTES,
        MAX_SVG_BYTES,
        IllustrationRefused,
        read_svg,
    )

    checked: set[Path] = set()
    wanted = [(*picture, MAX_SVG_BYTES, True) for picture in r.pictures]
    wanted += [(*icon, MAX_ICON_BYTES, False) for icon in r.icons]  # an icon is optional
    for picture, node, path, max_bytes, required in wanted:
        file = illustration_path(picture, routine_dir)
        if file is None:
            if required:
                r.fail(node, path, f"expected an illustration, got {picture!r}, which names "
                                   f"no {picture}.svg in {routine_dir / 'illustrations'} or "
                                   "the bundled set")
            continue
        if file in checked:
            continue
        checked.add(file)
        try:
            read_svg(file, max_bytes)
        except IllustrationRefused as exc:
            r.fail(node, path, f"illustration {file} {exc.reason}; the app would not draw it")


def parse_routine(text: str, source: str = "<routine>", routine_dir: Path | None = None
                  ) -> Routine:
    """Check routine YAML and build the routine; raise RoutineError naming every problem.
    With ``routine_dir`` (the routine file's folder) every illustration must be found, beside
    the routine or in the bundled set, and be one the app draws."""
    try:
        composer = _SafeComposer(text, source)
        try:
            root = composer.get_single_node()
        except RecursionError:
            raise RoutineError([Problem(source, 0, "", "the file is nested too deeply")]) from None
        finally:
            composer.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problem = exc.problem or exc.context or "not valid YAML"
        raise RoutineError([Problem(source, line, "", f"not valid YAML: {problem}")]) from None
    except yaml.YAMLError as exc:
        raise RoutineError([Problem(source, 0, "", f"not valid YAML: {exc}")]) from None
    if root is None:
        raise RoutineError([Problem(source, 0, "", "the file is empty; expected a routine")])
    reader = _Reader(source)
    try:
        routine = _routine(reader, root)
    except _Invalid:
        routine = None
    except RecursionError:
        raise RoutineError([Problem(source, 0, "", "the file is nested too deeply")]) from None
    if routine_dir is not None:
        _unusable_pictures(reader, routine_dir)
        routine = None if reader.problems else routine
    if routine is None:
        raise RoutineError(reader.problems or [Problem(source, 0, "", "not a routine")])
    longest_min = duration_s(routine, routine.rounds.high, to_top=True) / 60
    if longest_min > MAX_SESSION_MIN:
        raise RoutineError([Problem(
            source, 0, "", f"the dosage adds up to about {longest_min:,.0f} min at "
            f"{routine.rounds.high} rounds; a warm-up takes at most {MAX_SESSION_MIN} min, so "
            "use fewer sets, reps or rounds")])
    return routine


def load_routine(path: Path) -> Routine:
    """Read a routine file; every failure, from a missing file on, is a RoutineError."""
    source = str(path)
    try:
        data = read_capped(path, MAX_FILE_BYTES)
    except FileRefused as exc:
        hint = ("a routine file is a few KiB" if exc.errno == errno.EFBIG
                else "expected a routine file")
        raise RoutineError([Problem(source, 0, "", f"{exc.reason}; {hint}")]) from None
    except FileNotFoundError:
        raise RoutineError([Problem(source, 0, "", "no such file")]) from None
    except OSError as exc:
        raise RoutineError([Problem(source, 0, "", f"cannot be read: {exc.strerror}")]) from None
    except ValueError:  # a path with a NUL byte in it
        raise RoutineError([Problem(source, 0, "", "is not a usable file name")]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RoutineError([Problem(source, line, "", "is not UTF-8 text")]) from None
    return parse_routine(text, source, path.parent)

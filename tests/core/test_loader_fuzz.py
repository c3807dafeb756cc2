"""Property tests for the routine loader: whatever the input, a Routine or a RoutineError.

Every RoutineError problem must read ``source:LINE: ...`` (or ``source: ...`` for a problem
with the whole file), no other exception may escape, each input is handled within 1 s, and an
alias bomb costs no memory. Runs are derandomized so CI sees the same examples every time.
"""

from __future__ import annotations

import os
import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warmup_gui.core.loader import (
    MAX_FILE_BYTES,
    Problem,
    RoutineError,
    load_routine,
    parse_routine,
)
from warmup_gui.core.routine import Routine

REPO_ROOT = Path(__file__).resolve().parents[2]
BUNDLED_TEXT = (REPO_ROOT / "routines" / "hamstring_warmup.yaml").read_text(encoding="utf-8")
BUNDLED_LINES = BUNDLED_TEXT.splitlines(keepends=True)
BUNDLED_DATA = yaml.safe_load(BUNDLED_TEXT)

SOURCE = "fuzz.yaml"
TIME_LIMIT_S = 1.0
ATTEMPTS = 3
MEMORY_LIMIT = 20 * 1024 * 1024
# PyYAML counts \r\n, \r, \n, NEL, LS and PS as line breaks.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_LOCATION = re.compile(r"(\d+):")

# report_multiple_bugs=False: on failure, shrink one bug only, so a red run stays short too.
FUZZ = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                report_multiple_bugs=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Each mutated copy of the bundled routine takes ~40 ms to parse (PyYAML in pure Python).
MUTATIONS = settings(FUZZ, max_examples=150)


def check_outcome(call: Callable[[], Routine], source: str, text: str,
                  time_limit_s: float | None = TIME_LIMIT_S) -> Routine | RoutineError:
    """Run ``call``; it must give a Routine or raise a RoutineError with located problems,
    within ``time_limit_s``. Any other exception propagates and fails the test.

    A run over the limit is repeated (up to ATTEMPTS runs, the fastest counts): a busy machine
    only ever slows a run down, so the fastest run is the cost of the input itself."""
    max_line = len(_LINE_BREAK.findall(text)) + 2  # a mark may sit just past the last break
    best = float("inf")
    for _ in range(ATTEMPTS):
        t0 = time.perf_counter()
        try:
            result = call()
        except RoutineError as exc:
            outcome: Routine | RoutineError = exc
        else:
            assert isinstance(result, Routine), f"returned {type(result).__name__}, not a Routine"
            outcome = result
        best = min(best, time.perf_counter() - t0)
        if time_limit_s is None or best < time_limit_s:
            break
    if time_limit_s is not None:
        assert best < time_limit_s, f"took {best:.2f} s, best of {ATTEMPTS} (limit {time_limit_s})"
    if isinstance(outcome, RoutineError):
        assert outcome.problems, "a RoutineError without problems"
        for problem in outcome.problems:
            shown = str(problem)
            assert shown.startswith(source + ":"), shown
            rest = shown[len(source) + 1:]
            located = _LOCATION.match(rest)
            if problem.line:
                assert located is not None and int(located.group(1)) == problem.line, shown
                assert 1 <= problem.line <= max_line, f"line {problem.line} of {max_line}: {shown}"
            else:
                assert rest.startswith(" "), f"a whole-file problem must read 'source: ': {shown}"
            assert problem.message.strip(), shown
        assert str(outcome) == "\n".join(str(p) for p in outcome.problems)
    return outcome


def parse(text: str) -> Routine | RoutineError:
    return check_outcome(lambda: parse_routine(text, SOURCE), SOURCE, text)


# --- strategies ----------------------------------------------------------------------------------

ROUTINE_KEYS = ["format", "title", "rounds", "exercises", "description", "source", "get_ready_s",
                "round_rest_s", "equipment", "id", "name", "summary", "sets", "reps", "tempo_s",
                "rest_s", "movement", "steps", "safety", "sides", "breath", "cue",
                "illustration", "positions", "side_illustrations", "start", "end", "left",
                "right", "out", "back", "inhale_s", "exhale_s", "hold_in_s", "hold_out_s",
                "cycles", "use", "any_of"]

scalars = (st.none() | st.booleans() | st.integers(-(10**6), 10**6)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20)
           | st.sampled_from(["15-30", "2-3", "each", "alternate", "none", "toe_touch", "0",
                              "1e999", "-1", "30 to 15"]))
keys = st.sampled_from(ROUTINE_KEYS) | st.text(max_size=8)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(keys, children, max_size=6),
    max_leaves=40,
)

# Values to drop into a copy of the bundled routine where a scalar was.
ODD_VALUES = ["", "~", "null", "-1", "0", "0.0", "1e999", "-.inf", ".nan", "0x1F", "0o17",
              "yes", "no", "true", "[]", "{}", "[1, 2]", "{a: 1}", "2001-12-14", "12:30:00",
              "!!binary aGk=", "!!set {a, b}", "!!omap [a: 1]", "!!str 5", "!!int '5'",
              "!!float 1", "!custom x", "'quoted'", '"\\x00\\t"', '"\\uD800"', "'\u202e'",
              "9" * 5000, "x" * 2000, "15 - 30", "30-15", "1-1", "a-b", "|\n  block",
              ">-\n  folded", "*a", "&a value", "&a", "'''", '"', "{", "[", "- item", "? key",
              "%TAG ! tag:x", "---", "...", "@reserved", "`tick", "\t", "#comment",
              '!!python/object/apply:os.system ["true"]']
ANCHORS_AND_TAGS = [" &a", " *a", " &a *a", ' !!python/object/apply:os.system ["true"]',
                    " !!python/name:os.system", " !!python/object/new:tuple [[1]]"]

_SCALAR_LINE = re.compile(r"^(\s*(?:- )?[\w]+: )(\S.*)$")


@st.composite
def mutated_routines(draw: st.DrawFn) -> str:
    """The bundled routine with 1-4 line edits: delete, duplicate, swap, replace a value,
    insert an anchor, alias or python tag."""
    lines = list(BUNDLED_LINES)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "value", "anchor", "tag_line"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "value":
            candidates = [k for k, line in enumerate(lines) if _SCALAR_LINE.match(line)]
            if candidates:
                k = draw(st.sampled_from(candidates))
                match = _SCALAR_LINE.match(lines[k])
                assert match is not None
                value = draw(st.sampled_from(ODD_VALUES) | st.text(max_size=30))
                lines[k] = match.group(1) + value + "\n"
        elif op == "anchor":
            line = lines[i].rstrip("\n")
            cut = draw(st.integers(0, len(line)))
            lines[i] = line[:cut] + draw(st.sampled_from(ANCHORS_AND_TAGS)) + line[cut:] + "\n"
        else:
            indent = " " * draw(st.sampled_from([0, 2, 4, 6]))
            key = draw(st.sampled_from(ROUTINE_KEYS))
            lines.insert(i, f'{indent}{key}: !!python/object/apply:os.system ["true"]\n')
    return "".join(lines)


@st.composite
def mutated_data(draw: st.DrawFn) -> str:
    """The bundled routine as data with one value somewhere replaced by a random document,
    or one key removed: reaches deep into the format, which line edits rarely do."""
    data = yaml.safe_load(BUNDLED_TEXT)
    for _ in range(draw(st.integers(1, 3))):
        node = data
        while True:
            if isinstance(node, dict) and node:
                key = draw(st.sampled_from(sorted(node)))
                action = draw(st.sampled_from(["descend", "descend", "replace", "delete"]))
            elif isinstance(node, list) and node:
                key = draw(st.integers(0, len(node) - 1))
                action = draw(st.sampled_from(["descend", "descend", "replace", "delete"]))
            else:
                break
            child = node[key]
            if action == "descend" and isinstance(child, dict | list) and child:
                node = child
                continue
            if action == "delete":
                del node[key]
            else:
                node[key] = draw(documents)
            break
    return yaml.safe_dump(data, allow_unicode=draw(st.booleans()), sort_keys=False)


# --- properties ----------------------------------------------------------------------------------

@FUZZ
@given(documents, st.booleans())
def test_random_yaml_documents(document: object, unicode: bool) -> None:
    parse(yaml.safe_dump(document, allow_unicode=unicode))


@FUZZ
@given(st.text(max_size=400))
def test_random_text(text: str) -> None:
    parse(text)


@FUZZ
@given(st.text(alphabet="-:[]{}&*!|>'\"#%@`?,. \t\n\rab01", max_size=200))
def test_random_yaml_punctuation(text: str) -> None:
    parse(text)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def load(path: Path, data: bytes,
         time_limit_s: float | None = TIME_LIMIT_S) -> Routine | RoutineError:
    path.write_bytes(data)
    return check_outcome(lambda: load_routine(path), str(path),
                         data.decode("utf-8", "replace"), time_limit_s)


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_from_a_file(fuzz_dir: Path, data: bytes) -> None:
    load(fuzz_dir / "random.yaml", data)


@FUZZ
@given(st.integers(0, len(BUNDLED_TEXT.encode("utf-8"))))
def test_bundled_routine_truncated_at_any_byte(fuzz_dir: Path, cut: int) -> None:
    data = BUNDLED_TEXT.encode("utf-8")[:cut]
    load(fuzz_dir / "truncated.yaml", data)


def _has_anchor_alias_or_python_tag(text: str) -> bool:
    """Whether the YAML has an anchor, an alias or a python tag as a real token (not inside a
    plain scalar or a comment). Parsing to events constructs nothing."""
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return True
            if "python" in (getattr(event, "tag", None) or ""):
                return True
    except yaml.YAMLError:
        pass  # then the loader must report invalid YAML, which check_outcome verifies
    return False


@MUTATIONS
@given(mutated_routines())
def test_mutated_copies_of_the_bundled_routine(text: str) -> None:
    with mock.patch.object(os, "system", side_effect=AssertionError("os.system was called")):
        outcome = parse(text)
    if isinstance(outcome, Routine):
        assert not _has_anchor_alias_or_python_tag(text), "anchor, alias or tag accepted"


@MUTATIONS
@given(mutated_data())
def test_bundled_routine_with_values_replaced(text: str) -> None:
    parse(text)


# --- fixed cases ---------------------------------------------------------------------------------

def test_the_bundled_routine_loads() -> None:
    assert isinstance(parse(BUNDLED_TEXT), Routine)  # the mutations start from a valid file


def test_the_location_check_rejects_a_bad_problem() -> None:
    """The property can fail: a problem without ``source:`` in front is caught."""
    def bad() -> Routine:
        raise RoutineError([Problem("other.yaml", 3, "title", "wrong")])

    with pytest.raises(AssertionError, match=re.escape("other.yaml")):
        check_outcome(bad, SOURCE, "a\nb\nc\n")


def billion_laughs(levels: int = 10, width: int = 10) -> str:
    lines = ['a0: &a0 ["lol"' + ', "lol"' * (width - 1) + "]"]
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("where", ["alone", "after_a_routine"])
def test_an_alias_bomb_costs_no_time_or_memory(where: str) -> None:
    """10 levels of 10 aliases: 10**10 strings if expanded."""
    text = billion_laughs() if where == "alone" else BUNDLED_TEXT + billion_laughs()
    tracemalloc.start()
    try:
        outcome = parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(outcome, RoutineError)
    assert any("aliases" in p.message for p in outcome.problems), outcome
    assert peak < MEMORY_LIMIT, f"peak {peak / 1e6:.1f} MB"


@pytest.mark.parametrize("item", ["- 1\n", "1\n", "- {a: 1}\n"], ids=["list", "lines", "maps"])
def test_the_largest_allowed_file_is_handled_within_a_second(fuzz_dir: Path, item: str) -> None:
    """A file just under the size cap, made of tiny values, is refused within the 1 s bound."""
    data = (item * (MAX_FILE_BYTES // len(item))).encode()
    assert MAX_FILE_BYTES - len(item) < len(data) <= MAX_FILE_BYTES
    assert isinstance(load(fuzz_dir / "big.yaml", data), RoutineError)


NESTINGS = {"flow_lists": ("[", "1", "]"), "flow_maps": ("{a: ", "1", "}"),
            "block_lists": ("- ", "1", "")}


@pytest.mark.parametrize("depth", [50, 200, 1000, 5000])
@pytest.mark.parametrize("nesting", sorted(NESTINGS))
@pytest.mark.parametrize("closed", [True, False], ids=["closed", "open"])
def test_deep_nesting_is_a_routine_error(nesting: str, depth: int, closed: bool) -> None:
    opener, inner, closer = NESTINGS[nesting]
    text = opener * depth + (inner + closer * depth if closed else "") + "\n"
    assert isinstance(parse(text), RoutineError)


# Minimal inputs the properties found (see the report): a missing required key inside a
# nested mapping must be a RoutineError naming the field, like a missing top-level key is.
MISSING_KEY_CASES = {
    "breath.inhale_s": ("breath: {inhale_s: 4, exhale_s: 6, cycles: 1, cue: Stay down and breathe}",
                        "breath: {exhale_s: 6}"),
    "illustration.end": ("illustration: {start: nerve_floss_bent, end: nerve_floss_straight}",
                         "illustration: {start: nerve_floss_bent}"),
    "movement.back": ("      back: Lower with control\n", ""),
    "positions[0].name": ("        name: Toes on the ramp\n", ""),
    "equipment[3].name": ("    name: Mat\n", ""),
    "side_illustrations.right": (
        "      right: {start: supine_flat, end: supine_reach_right_leg}\n", ""),
}


@pytest.mark.parametrize("field", sorted(MISSING_KEY_CASES))
def test_a_missing_nested_key_is_a_routine_error(field: str) -> None:
    old, new = MISSING_KEY_CASES[field]
    assert old in BUNDLED_TEXT
    outcome = parse(BUNDLED_TEXT.replace(old, new, 1))
    assert isinstance(outcome, RoutineError)
    assert any(field in p.field and "missing" in p.message for p in outcome.problems), outcome

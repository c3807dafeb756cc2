"""Frozen records behave as frozen dataclasses do, for everything the app relies on."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys
import threading
import typing
from typing import ClassVar

import pytest

from warmup_gui.core.record import (
    COMPILE_AFTER,
    field_names,
    frozen_record,
    is_record,
    replace,
)


@frozen_record
class Point:
    """A test record."""

    x: float
    y: float
    label: str = ""
    tags: tuple[str, ...] = ()
    unit: ClassVar[str] = "px"

    @property
    def length(self) -> float:
        return float((self.x ** 2 + self.y ** 2) ** 0.5)


@frozen_record
class Other:
    x: float
    y: float


@dataclasses.dataclass(frozen=True)
class PointAsDataclass:
    x: float
    y: float
    label: str = ""
    tags: tuple[str, ...] = ()


def test_built_by_position_or_keyword_with_defaults() -> None:
    p = Point(3.0, 4.0)
    assert (p.x, p.y, p.label, p.tags) == (3.0, 4.0, "", ())
    assert Point(y=4.0, x=3.0, label="a") == Point(3.0, 4.0, "a")
    assert p.length == 5.0
    assert Point.unit == "px"
    assert field_names(p) == field_names(Point) == ("x", "y", "label", "tags")


@pytest.mark.parametrize(("args", "kwargs"), [
    ((1.0,), {}),
    ((), {}),
    ((1.0, 2.0, "a", (), 5), {}),
    ((1.0, 2.0), {"z": 1}),
    ((1.0, 2.0), {"x": 1.0}),
    ((1.0,), {"unit": "cm", "y": 2.0}),
])
def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them(
        args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    with pytest.raises(TypeError) as as_dataclass:
        PointAsDataclass(*args, **kwargs)  # type: ignore[arg-type, misc]
    for _ in range(2):  # the first instance compiles the class's __init__, the next reuse it
        with pytest.raises(TypeError) as as_record:
            Point(*args, **kwargs)  # type: ignore[arg-type, misc]
        assert str(as_record.value) == str(as_dataclass.value).replace(
            "PointAsDataclass", "Point")


def test_frozen() -> None:
    p = Point(1.0, 2.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.x  # type: ignore[misc]
    assert p == Point(1.0, 2.0)


def test_equal_and_hashed_by_fields_within_its_own_class_only() -> None:
    a, b = Point(1.0, 2.0, "a", ("t",)), Point(1.0, 2.0, "a", ("t",))
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Point(1.0, 2.0, "b", ("t",))
    assert Point(1.0, 2.0) != Other(1.0, 2.0)
    assert a != (1.0, 2.0, "a", ("t",))
    assert hash(a) == hash(PointAsDataclass(1.0, 2.0, "a", ("t",)))


def test_a_record_of_one_field_or_none() -> None:
    @frozen_record
    class One:
        value: int

    @frozen_record
    class Empty:
        pass

    assert One(1) == One(1) != One(2) and hash(One(1)) == hash((1,))
    assert Empty() == Empty() and hash(Empty()) == hash(())


def test_repr_as_a_dataclass_writes_it() -> None:
    assert repr(Point(1.0, 2.0, "a")) == "Point(x=1.0, y=2.0, label='a', tags=())"
    assert repr(Point(1.0, 2.0)) == repr(PointAsDataclass(1.0, 2.0)).replace(
        "PointAsDataclass", "Point")


def test_replace_copies_with_changes_and_checks_names() -> None:
    p = Point(1.0, 2.0, "a")
    moved = replace(p, x=5.0)
    assert moved == Point(5.0, 2.0, "a") and p == Point(1.0, 2.0, "a")
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        replace(p, z=1.0)
    with pytest.raises(TypeError, match="not a record"):
        replace(PointAsDataclass(1.0, 2.0), x=5.0)


def test_copy_and_pickle_keep_the_record() -> None:
    p = Point(1.0, 2.0, "a", ("t",))
    for twin in (copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
        assert twin == p and type(twin) is Point


def test_is_record() -> None:
    assert is_record(Point(1.0, 2.0)) and is_record(Point)
    assert not is_record(PointAsDataclass(1.0, 2.0)) and not is_record((1.0, 2.0))
    with pytest.raises(TypeError, match="not a record"):
        field_names(PointAsDataclass)


def test_a_subclass_adds_fields_after_its_base() -> None:
    @frozen_record
    class Labelled(Point):
        note: str = "n"

    item = Labelled(1.0, 2.0, note="x")
    assert field_names(item) == ("x", "y", "label", "tags", "note")
    assert item != Point(1.0, 2.0)


def test_a_plain_subclass_keeps_its_own_init() -> None:
    class Noted(Point):
        def __init__(self, x: float, y: float) -> None:
            super().__init__(x, y)
            object.__setattr__(self, "note", "made")

    for _ in range(2):  # the second instance, after the record's __init__ was compiled
        item = Noted(1.0, 2.0)
        assert item.note == "made"  # type: ignore[attr-defined]
        assert (item.x, item.y, item.label) == (1.0, 2.0, "")


def test_class_variables_in_any_spelling_are_not_fields() -> None:
    import typing as t

    @frozen_record
    class Counted:
        kind: t.ClassVar[str] = "count"
        total: typing.ClassVar[int] = 0
        value: int

    assert field_names(Counted) == ("value",)
    assert Counted(3).value == 3 and Counted.kind == "count"


def test_mistakes_in_a_class_are_refused_when_it_is_defined() -> None:
    with pytest.raises(TypeError, match="mutable default"):
        @frozen_record
        class Shared:
            items: list[int] = []  # noqa: RUF012

    with pytest.raises(TypeError, match="are the record's"):
        @frozen_record
        class Clash:
            _record_self_: int

    with pytest.raises(TypeError, match="without a default follows"):
        @frozen_record
        class Order:
            a: int = 1
            b: int


def test_defining_a_record_compiles_nothing() -> None:
    """What records are for: defining a class compiles nothing, where a dataclass compiles
    its methods from source (an audit hook sees both). Its first instances compile nothing
    either; the one that makes ``COMPILE_AFTER`` compiles its ``__init__``, once; arguments
    that do not bind compile it at once."""
    code = f"""
import sys
import threading
seen = []
sys.addaudithook(lambda event, args: seen.append(event) if event == "compile" else None)
import dataclasses
from warmup_gui.core.record import frozen_record
start = len(seen)
@frozen_record
class A:
    x: int
    y: str = ""
@frozen_record
class C:
    x: int
records = len(seen) - start
start = len(seen)
A(1); A(2); A(3, "three")
first_instances = len(seen) - start
for n in range({COMPILE_AFTER}):
    A(n, y=str(n))
many_instances = len(seen) - start
start = len(seen)
try:
    C(1, 2)
except TypeError:
    pass
C(1)
refused = len(seen) - start
start = len(seen)
@dataclasses.dataclass(frozen=True)
class B:
    x: int
    y: str = ""
print(records, first_instances, many_instances, refused, len(seen) - start)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    records, first_instances, many_instances, refused, dataclass_compiles = (
        int(n) for n in out)
    assert (records, first_instances, many_instances, refused) == (0, 0, 1, 1)
    assert dataclass_compiles >= 1


def test_instances_built_before_and_after_the_compiled_init_are_alike() -> None:
    @frozen_record
    class Fresh:
        side: str
        reps: int = 5
        tags: tuple[str, ...] = ()

    def build() -> list[Fresh]:
        return [Fresh("left"), Fresh("left", tags=("t",)), Fresh(reps=8, side="right")]

    before = build()
    assert Fresh.__init__.__qualname__ == "_init"  # the shared one
    for _ in range(COMPILE_AFTER):
        Fresh("left")
    assert Fresh.__init__.__qualname__.endswith("Fresh.__init__")  # its own, compiled
    after = build()
    assert before == after
    assert [list(vars(b).items()) for b in before] == [list(vars(a).items()) for a in after]
    assert [repr(b) for b in before] == [
        "test_instances_built_before_and_after_the_compiled_init_are_alike.<locals>.Fresh"
        f"(side={side!r}, reps={reps}, tags={tags!r})"
        for side, reps, tags in (("left", 5, ()), ("left", 5, ("t",)), ("right", 8, ()))]


def test_records_built_in_many_threads_at_once_are_all_built() -> None:
    """Threads building a class's first instances while one of them compiles its own
    ``__init__`` (the switch interval made tiny, so they interleave)."""
    failures: list[BaseException] = []

    def trial() -> None:
        @frozen_record
        class Shared:
            reps: int
            side: str = "left"

        start = threading.Barrier(4)

        def build() -> None:
            start.wait()
            for n in range(2 * COMPILE_AFTER):
                try:
                    assert Shared(n, side="right") == Shared(reps=n, side="right")
                except BaseException as error:  # each failure is the finding
                    failures.append(error)

        threads = [threading.Thread(target=build) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(50):
            trial()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []

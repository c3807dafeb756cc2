"""Frozen records: value classes like ``@dataclass(frozen=True)`` that cost nothing to define.

``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` as source text and compiles it when the class is defined:
about 4.7 million instructions a class on Python 3.11, so the routine model's twelve classes
cost a tenth of a bare Qt window's whole start before the app could show anything. A record's
methods are shared functions that read the class's field names, so defining one costs a few
attribute writes. Only ``__init__``, which a moving picture calls several times a frame, is
written for its class, as a dataclass's is, but when the class makes its ``COMPILE_AFTER``-th
instance: until then a shared ``__init__`` binds each instance's fields, so a class built a few
times (the routine model's, as the app starts) compiles nothing, and one built often compiles
one small function. Arguments that do not bind have the class's own ``__init__`` compiled at
once, to refuse them in a dataclass's words.

What a record is, for the type checker too (:func:`typing.dataclass_transform`):

- its fields are its own annotated class attributes, in order, with their class values as
  defaults (immutable ones only; a field without a default may not follow one with a default);
- it is built by keyword or by position, every field set once, and never changed after;
- it is equal to, and hashes like, another instance of exactly its class with equal fields.

:func:`replace` copies one with some fields changed; :func:`field_names` lists them.
"""

from __future__ import annotations

import inspect
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

R = TypeVar("R")

_FIELDS = "__record_fields__"
_DEFAULTS = "__record_defaults__"
_VALUES = "__record_values__"  # a record's field values as a tuple, read in C
_BUILT = "__record_built__"  # instances the shared __init__ has built, for its class alone
COMPILE_AFTER = 32
_MUTABLE_DEFAULTS = (list, dict, set, bytearray)


@dataclass_transform(eq_default=True, frozen_default=True)
def frozen_record(cls: type[R]) -> type[R]:
    """Make ``cls`` a frozen record (see the module's description)."""
    names: list[str] = []
    defaults: dict[str, object] = {}
    for base in reversed(cls.__mro__[1:]):
        names.extend(name for name in getattr(base, _FIELDS, ()) if name not in names)
        defaults.update(getattr(base, _DEFAULTS, {}))
    for name, annotation in inspect.get_annotations(cls).items():
        if _is_class_var(str(annotation)):
            continue
        if name not in names:
            names.append(name)
        if name.startswith("_record_"):
            raise TypeError(f"{cls.__name__}.{name}: names starting _record_ are the record's")
        if name in cls.__dict__:
            default = cls.__dict__[name]
            if isinstance(default, _MUTABLE_DEFAULTS):
                raise TypeError(f"{cls.__name__}.{name}: a mutable default is shared by every "
                                "instance; use a tuple or frozenset")
            defaults[name] = default
        elif defaults:
            raise TypeError(f"{cls.__name__}.{name}: a field without a default follows "
                            "one with a default")
    setattr(cls, _FIELDS, tuple(names))
    setattr(cls, _DEFAULTS, defaults)
    setattr(cls, _VALUES, attrgetter(*names) if len(names) > 1
            else staticmethod(lambda record: tuple(getattr(record, name) for name in names)))
    for name, method in (("__init__", _init), ("__repr__", _repr), ("__eq__", _eq),
                         ("__hash__", _hash), ("__setattr__", _setattr),
                         ("__delattr__", _delattr)):
        setattr(cls, name, method)
    return cls


def _is_class_var(annotation: str) -> bool:
    """Whether an annotation names ClassVar, in any spelling: ClassVar, typing.ClassVar,
    t.ClassVar, with or without its type."""
    head = annotation.split("[", 1)[0]
    return head.rsplit(".", 1)[-1] == "ClassVar" and all(
        part.isidentifier() for part in head.split("."))


def is_record(value: object) -> bool:
    """Whether ``value`` is a record instance or a record class."""
    return hasattr(value, _FIELDS)


def field_names(value: object) -> tuple[str, ...]:
    """A record's (or record class's) field names, in order."""
    names = getattr(value, _FIELDS, None)
    if names is None:
        raise TypeError(f"{type(value).__name__} is not a record")
    return names  # type: ignore[no-any-return]


def replace(value: R, /, **changes: Any) -> R:
    """A copy of the record ``value`` with the fields named in ``changes`` changed."""
    values = {name: getattr(value, name) for name in field_names(value)}
    values.update(changes)
    return type(value)(**values)


def _init(self: object, *args: object, **kwargs: object) -> None:
    """A record class's first instances: their fields bound here, until the class's own
    ``__init__`` is compiled (see the module's description)."""
    # The record class this __init__ is for: the nearest one decorated (a class made from it
    # without the decorator keeps its own __init__, which may call this one through super()),
    # whether or not another thread has just given it its own __init__.
    cls = next(c for c in type(self).__mro__ if _FIELDS in c.__dict__)
    names: tuple[str, ...] = getattr(cls, _FIELDS)
    built = cls.__dict__.get(_BUILT, 0)
    values = _bind(names, getattr(cls, _DEFAULTS), args, kwargs)
    if values is not None and built + 1 < COMPILE_AFTER:
        self.__dict__.update(values)
        type.__setattr__(cls, _BUILT, built + 1)
        return
    init = _compile_init(cls, names)
    type.__setattr__(cls, "__init__", init)
    init(self, *args, **kwargs)


def _bind(names: tuple[str, ...], defaults: dict[str, object], args: tuple[object, ...],
          kwargs: dict[str, object]) -> dict[str, object] | None:
    """Each field's value, in the fields' order; None for arguments that do not bind."""
    if len(args) > len(names) or any(
            name not in names or name in names[:len(args)] for name in kwargs):
        return None
    given = dict(zip(names, args, strict=False))  # fewer arguments than fields
    given.update(kwargs)
    if any(name not in given and name not in defaults for name in names):
        return None
    return {name: given[name] if name in given else defaults[name] for name in names}


def _compile_init(cls: type, names: tuple[str, ...]) -> Any:
    """The class's own ``__init__``, written and compiled as a dataclass's is."""
    defaults: dict[str, object] = getattr(cls, _DEFAULTS)
    # Field names are identifiers (annotations); the defaults are passed in, never written out.
    params = "".join(f", {name}=_record_defaults_[{name!r}]" if name in defaults
                     else f", {name}" for name in names)
    body = "".join(f"\n    _record_dict_[{name!r}] = {name}" for name in names)
    source = (f"def __init__(_record_self_{params}):\n"
              f"    _record_dict_ = _record_self_.__dict__{body}")
    namespace: dict[str, Any] = {"_record_defaults_": defaults}
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _repr(self: object) -> str:
    fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in getattr(self, _FIELDS))
    return f"{type(self).__qualname__}({fields})"


def _eq(self: object, other: object) -> object:
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = getattr(self, _VALUES)
    return bool(values(self) == values(other))


def _hash(self: object) -> int:
    return hash(getattr(self, _VALUES)(self))


def _setattr(self: object, name: str, value: object) -> None:
    from dataclasses import FrozenInstanceError  # the app never needs it before the first paint

    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: object, name: str) -> None:
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot delete field {name!r}")

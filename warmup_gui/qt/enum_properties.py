"""Enum and flags properties set by their Qt names, through Qt's meta-object system.

PySide6 builds every enum of its ``Qt`` namespace as a Python enum (97 of them, some 1,400
members and over a megabyte) the first time a module names ``Qt``. The widgets of the first
screen set their few enum properties here instead, by name, as Qt Designer's files do, so that
cost is paid after the window has painted."""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum_property(target: QObject, name: str, keys: str) -> None:
    """Set ``target``'s property ``name`` to ``keys``: one of its enum's names ("TabFocus"),
    or flags joined by "|" ("AlignLeft|AlignTop")."""
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__}.{name} does not take {keys!r}")

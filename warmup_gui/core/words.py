"""The core's words in the user's language, without Qt.

Each module names its context once, as a variable spelled like the context, and asks it for
its words::

    CueWords = Words("CueWords")
    CueWords.tr("Round {round} of {rounds}").format(round=1, rounds=2)
    CueWords.tr("%n second(s)", "", seconds)

``pyside6-lupdate`` reads ``CueWords.tr(...)`` calls as it reads ``QObject.tr``: the name
before ``.tr`` is the context, a third argument makes the message a plural one. Values go
into named ``{placeholders}`` after translation, so a translation may reorder them.

Until the app installs Qt's lookup (``set_lookup``), the source text is the answer: ``%n``
becomes the count, and ``(s)`` is kept for every count but 1, the English rule."""

from __future__ import annotations

from collections.abc import Callable

# (context, text, disambiguation, n) -> the translated text with %n filled in
Lookup = Callable[[str, str, str | None, int], str]


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with English plurals: '%n second(s)' is '1 second', '2 seconds'."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


_lookup: Lookup = english
_by_context: dict[str, Lookup] = {}


def set_lookup(lookup: Lookup) -> None:
    """Where every later ``tr`` looks its words up (the app installs Qt's translators here)."""
    global _lookup
    _lookup = lookup


def set_context_lookup(context: str, lookup: Lookup | None) -> None:
    """Where one context's words are looked up instead of where the others' are; None: the
    same place again. Phrases built around a routine's own words follow the routine's
    language this way, whatever the window speaks."""
    if lookup is None:
        _by_context.pop(context, None)
    else:
        _by_context[context] = lookup


def lookup() -> Lookup:
    """The lookup ``tr`` uses now."""
    return _lookup


class Words:
    """The translatable words of one context."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the user's language; with ``n``, the plural form for that count."""
        return _by_context.get(self.context, _lookup)(self.context, text, disambiguation, n)

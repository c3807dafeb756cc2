"""Which SVG illustrations the app draws: vector shapes and text, nothing that reaches out.

A routine may bring its own pictures, so an SVG is checked before any renderer sees it, the
same way for the window, the handout, the checklist icons and ``--validate``:

- read through :func:`~warmup_gui.core.safe_files.read_capped` (a regular file, capped);
- no entity declarations, no processing instructions such as ``xml-stylesheet``;
- only the elements the app draws (shapes, paths, text, groups, gradients, ``<use>``);
  ``<image>``, ``<foreignObject>``, ``<script>``, filters, animation and the like are refused;
- every reference is local (``#id``): an ``href`` or ``url(...)`` to a file or a web
  address is refused, and so is a ``<use>`` of something that is not there or of itself;
- a render budget: elements after every ``<use>`` is expanded, each weighted by the numbers
  in its geometry, may not exceed :data:`MAX_WEIGHT`; nesting is at most :data:`MAX_DEPTH`.

A refused picture raises :class:`IllustrationRefused` naming why; callers show their
placeholder and never hand the bytes to a renderer.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from warmup_gui.core.record import frozen_record
from warmup_gui.core.safe_files import FileRefused, read_capped

MAX_SVG_BYTES = 512 * 1024
MAX_ICON_BYTES = 256 * 1024  # an equipment icon on the checklist
MAX_ELEMENTS = 10_000  # as written, before <use> is expanded
MAX_WEIGHT = 20_000  # after expansion; the bundled pictures weigh under 1,000
NUMBERS_PER_WEIGHT = 50  # a path with 50 numbers costs as much as one more element
MAX_DEPTH = 64
MAX_USE_DEPTH = 256  # elements and uses being expanded at once, one inside the other

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

# What the app draws. Anything else in the SVG namespace is refused by name.
DRAWN = frozenset({
    "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath", "style",
})
# Elements whose content is never drawn: their children are counted but not otherwise judged
# (editors keep RDF and their own settings there).
NOT_DRAWN = frozenset({"metadata", "title", "desc"})

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_PROCESSING = re.compile(rb"<\?(?!xml[\s?])", re.IGNORECASE)
_URL = re.compile(r"url\s*\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_GEOMETRY = ("d", "points")


class IllustrationRefused(ValueError):
    """An illustration the app will not draw; ``reason`` says why, in words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@frozen_record
class CheckedSvg:
    """An SVG that passed every check: its bytes, and its ``<title>`` as alternative text."""

    data: bytes
    title: str


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _is_svg(tag: object) -> tuple[bool, str]:
    if not isinstance(tag, str):  # a comment or processing instruction node
        return False, ""
    ns, local = _split(tag)
    return ns in ("", SVG_NS), local


def _check_reference(value: str, what: str) -> None:
    if not value.strip().startswith("#"):
        raise IllustrationRefused(f"refers to {value.strip()[:80]!r} ({what}); only pictures "
                                  "drawn within the file itself are shown")


def _check_style(text: str, what: str) -> None:
    if _IMPORT.search(text):
        raise IllustrationRefused(f"imports a style sheet ({what})")
    for target in _URL.findall(text):
        _check_reference(target, what)


def _positive(text: str | None) -> bool:
    number = _NUMBER.match((text or "").strip())
    try:
        return number is not None and float(number.group()) > 0
    except OverflowError:
        return False


def _has_size(root: ET.Element) -> bool:
    box = root.attrib.get("viewBox")
    if box is not None:
        parts = box.replace(",", " ").split()
        return len(parts) == 4 and _positive(parts[2]) and _positive(parts[3])
    return _positive(root.attrib.get("width")) and _positive(root.attrib.get("height"))


class _Checker:
    def __init__(self, root: ET.Element) -> None:
        self.root = root
        self.ids: dict[str, ET.Element] = {}
        self.weights: dict[int, int] = {}
        self.visiting: set[int] = set()

    def check(self) -> str:
        svg, local = _is_svg(self.root.tag)
        if not svg or local != "svg":
            raise IllustrationRefused("is not a valid SVG (no <svg> at the top)")
        if not _has_size(self.root):
            raise IllustrationRefused("has no size (a viewBox, or a width and a height)")
        self._walk(self.root, 1, drawn=True)
        if self._weight(self.root) > MAX_WEIGHT:
            raise IllustrationRefused(f"is too complex to draw (more than {MAX_WEIGHT:,} "
                                      "shapes once every <use> is expanded)")
        title = next((el for el in self.root if _is_svg(el.tag) == (True, "title")), None)
        return " ".join((title.text or "").split())[:300] if title is not None else ""

    def _walk(self, element: ET.Element, depth: int, drawn: bool) -> None:
        if depth > MAX_DEPTH:
            raise IllustrationRefused(f"is nested more than {MAX_DEPTH} levels deep")
        svg, local = _is_svg(element.tag)
        if svg and drawn and local not in DRAWN:
            raise IllustrationRefused(f"has <{local}>, which the app does not draw")
        for name, value in element.attrib.items():
            _, attribute = _split(name)
            if attribute == "href":
                _check_reference(value, f"<{local}> {attribute}")
            elif attribute == "id":
                self.ids.setdefault(value, element)
            elif "url" in value.lower() or "@import" in value.lower():
                _check_style(value, f"<{local}> {attribute}")
        if svg and local == "style":
            _check_style(element.text or "", "<style>")
        inner_drawn = drawn and not (svg and local in NOT_DRAWN)
        for child in element:
            self._walk(child, depth + 1, inner_drawn)

    def _own_weight(self, element: ET.Element) -> int:
        numbers = sum(len(_NUMBER.findall(element.attrib.get(a, ""))) for a in _GEOMETRY)
        return 1 + numbers // NUMBERS_PER_WEIGHT

    def _weight(self, element: ET.Element) -> int:
        """The element's cost with every <use> expanded; memoised, so a chain of uses is
        counted without being walked once per copy."""
        key = id(element)
        if key in self.weights:
            return self.weights[key]
        if key in self.visiting:
            raise IllustrationRefused("has a <use> that refers to itself")
        if len(self.visiting) > MAX_USE_DEPTH:
            raise IllustrationRefused(f"has <use> within <use> more than {MAX_USE_DEPTH} deep")
        self.visiting.add(key)
        total = self._own_weight(element)
        for child in element:
            total += self._weight(child)
            if total > MAX_WEIGHT:
                break
        if _is_svg(element.tag) == (True, "use") and total <= MAX_WEIGHT:
            href = element.attrib.get("href", element.attrib.get(f"{{{XLINK_NS}}}href", ""))
            target = self.ids.get(href.strip()[1:]) if href.strip().startswith("#") else None
            if target is None:
                raise IllustrationRefused(f"has a <use> of {href.strip()[:40]!r}, which is "
                                          "not in the file")
            total += self._weight(target)
        self.visiting.discard(key)
        self.weights[key] = min(total, MAX_WEIGHT + 1)
        return self.weights[key]


def check_svg(data: bytes) -> CheckedSvg:
    """``data`` as a picture the app draws, or :class:`IllustrationRefused` saying why not."""
    if len(data) > MAX_SVG_BYTES:
        raise IllustrationRefused(f"is larger than {MAX_SVG_BYTES // 1024} KiB")
    if _ENTITY.search(data):
        raise IllustrationRefused("declares XML entities, which the app does not expand")
    if _PROCESSING.search(data):
        raise IllustrationRefused("has a processing instruction (such as a style sheet link)")
    try:
        root = ET.fromstring(data)  # at most MAX_SVG_BYTES, with no entities to expand
    except ET.ParseError:
        raise IllustrationRefused("is not a valid SVG") from None
    if sum(1 for _ in root.iter()) > MAX_ELEMENTS:
        raise IllustrationRefused(f"has more than {MAX_ELEMENTS:,} elements")
    return CheckedSvg(data, _Checker(root).check())


def read_svg(path: Path, max_bytes: int = MAX_SVG_BYTES) -> CheckedSvg:
    """Read and check an illustration file; :class:`IllustrationRefused` says why it is not
    drawn (a special or too large file, one that cannot be read, or any check above)."""
    try:
        data = read_capped(path, min(max_bytes, MAX_SVG_BYTES))
    except FileRefused as exc:
        raise IllustrationRefused(exc.reason) from None
    except OSError as exc:
        raise IllustrationRefused(f"cannot be read: {exc.strerror or exc}") from None
    except ValueError:
        raise IllustrationRefused("is not a usable file name") from None
    return check_svg(data)

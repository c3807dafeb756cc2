"""Illustrations are checked before any renderer sees them: only what the app draws, nothing
that reaches outside the file, within a render budget; time and memory stay bounded."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from warmup_gui.core.assets import ILLUSTRATIONS_DIR
from warmup_gui.core.svg_safety import (
    MAX_WEIGHT,
    IllustrationRefused,
    check_svg,
    read_svg,
)

HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ' \
       'viewBox="0 0 100 100">'
TIME_BOUND_S = 5.0  # each check takes milliseconds; ten times more still passes under load
MEMORY_BOUND_BYTES = 64 * 1024 * 1024


def svg(body: str, head: str = HEAD) -> bytes:
    return (head + body + "</svg>").encode()


def use_bomb(levels: int, fan_out: int) -> bytes:
    """The 1.3 KB picture of the report: each level uses the one below ``fan_out`` times."""
    parts = ['<defs><g id="l0"><path d="M0 0 L10 10"/></g>']
    for level in range(1, levels + 1):
        uses = "".join(f'<use href="#l{level - 1}"/>' for _ in range(fan_out))
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append(f'</defs><use href="#l{levels}"/>')
    return svg("".join(parts))


HOSTILE: dict[str, tuple[bytes, str]] = {
    "image-absolute": (svg('<image href="/etc/passwd" width="10" height="10"/>'),
                       "has <image>"),
    "image-xlink": (svg('<image xlink:href="file:///home/me/photo.png"/>'), "has <image>"),
    "use-a-file": (svg('<use href="other.svg#part"/>'), "refers to 'other.svg#part'"),
    "use-xlink-web": (svg('<use xlink:href="https://example.com/x.svg#a"/>'),
                      "refers to 'https://example.com/x.svg#a'"),
    "fill-url-file": (svg('<rect width="5" height="5" fill="url(/tmp/x.svg#g)"/>'),
                      "refers to '/tmp/x.svg#g'"),
    "style-import": (svg('<style>@import url(http://example.com/a.css);</style>'),
                     "imports a style sheet"),
    "style-url": (svg("<style>rect { fill: url('file:///x#g') }</style>"),
                  "refers to 'file:///x#g'"),
    "stylesheet-pi": (b'<?xml version="1.0"?><?xml-stylesheet href="a.css"?>' + svg(""),
                      "processing instruction"),
    "entities": (b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                 + svg("<text>&b;</text>"), "declares XML entities"),
    "foreign-object": (svg("<foreignObject><p>hi</p></foreignObject>"), "<foreignObject>"),
    "script": (svg("<script>alert(1)</script>"), "<script>"),
    "filter": (svg('<filter id="f"><feGaussianBlur stdDeviation="99"/></filter>'), "<filter>"),
    "fe-image": (svg('<filter id="f"><feImage href="/etc/passwd"/></filter>'), "<filter>"),
    "animation": (svg('<animate attributeName="x" from="0" to="9" dur="1s"/>'), "<animate>"),
    "use-bomb": (use_bomb(7, 10), "too complex to draw"),
    "use-bomb-deep": (use_bomb(40, 2), "too complex to draw"),
    "use-missing": (svg('<use href="#nothing"/>'), "not in the file"),
    "use-itself": (svg('<g id="a"><use href="#a"/></g>'), "refers to itself"),
    "use-cycle": (svg('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>'),
                  "refers to itself"),
    "use-chain": (svg('<path id="u0" d="M0 0"/>' + "".join(
        f'<use id="u{i}" href="#u{i - 1}"/>' for i in range(1, 2000))), "too complex"),
    "use-chain-forward": (svg("".join(f'<use id="u{i}" href="#u{i + 1}"/>' for i in range(2000))
                              + '<path id="u2000" d="M0 0"/>'), "more than 256 deep"),
    "many-elements": (svg('<path d="M0 0"/>' * 20_000), "more than 10,000 elements"),
    "heavy-path-used": (svg("<defs><path id='p' d='M" + " 1 2" * 10_000 + "'/></defs>"
                            + "<use href='#p'/>" * 100), "too complex"),
    "deep-groups": (svg("<g>" * 100 + "</g>" * 100), "nested more than 64"),
    "deep-unclosed": (svg("<g>" * 100_000), "not a valid SVG"),
    "not-svg": (b"<html><body/></html>", "no <svg> at the top"),
    "not-xml": (b"\x89PNG\r\n\x1a\n" + bytes(200), "not a valid SVG"),
    "no-size": (b'<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>', "no size"),
    "empty-viewbox": (svg("", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 0 0">'),
                      "no size"),
}


@pytest.mark.parametrize(("data", "reason"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_illustration_is_refused_with_its_reason(data: bytes, reason: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(IllustrationRefused) as refused:
            check_svg(data)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reason in refused.value.reason
    assert elapsed < TIME_BOUND_S, f"{elapsed:.1f} s"
    assert peak < MEMORY_BOUND_BYTES, f"{peak / 2**20:.0f} MiB"


@pytest.mark.parametrize("path", sorted(ILLUSTRATIONS_DIR.glob("*.svg")), ids=lambda p: p.stem)
def test_every_bundled_illustration_passes_well_within_the_budget(path: Path) -> None:
    checked = read_svg(path)
    assert checked.title


@pytest.mark.parametrize("body", [
    '<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>'
    '<rect width="5" height="5" fill="url(#g)"/>',
    '<defs><g id="leg"><path d="M0 0 L5 5"/></g></defs><use href="#leg"/>'
    '<use xlink:href="#leg" transform="scale(-1 1)"/>',
    '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>'
    '<text x="1" y="9">Toe touch</text>',
    use_bomb(2, 10).decode()[len(HEAD):-len("</svg>")],
], ids=["gradient", "use-local", "metadata-text", "small-fan-out"])
def test_local_references_and_what_editors_write_are_drawn(body: str) -> None:
    check_svg(svg(body))


def test_the_budget_counts_expanded_copies() -> None:
    # 3 levels of 10 is 1,000 copies of the path: within the budget; 5 levels is not.
    check_svg(use_bomb(3, 10))
    assert MAX_WEIGHT < 10 ** 5
    with pytest.raises(IllustrationRefused, match="too complex"):
        check_svg(use_bomb(5, 10))


def test_files_are_refused_by_type_and_size_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.svg"
    with huge.open("wb") as f:
        f.truncate(1 << 30)
    with pytest.raises(IllustrationRefused, match="larger than 512 KiB"):
        read_svg(huge)
    with pytest.raises(IllustrationRefused, match="is a folder"):
        read_svg(tmp_path)
    icon = tmp_path / "icon.svg"
    icon.write_bytes(svg("<!--" + "x" * 300_000 + "-->"))
    read_svg(icon)
    with pytest.raises(IllustrationRefused, match="larger than 256 KiB"):
        read_svg(icon, 256 * 1024)

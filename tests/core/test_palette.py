"""Both figure palettes keep the working side the most visible ink on their card."""

import pytest

from warmup_gui.core.palette import (
    ARROW,
    DARK_PALETTE,
    EQUIPMENT_EDGE,
    FAR,
    FLOOR,
    NEAR,
    PALETTE,
    RIM,
)


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("palette", [PALETTE, DARK_PALETTE], ids=["light", "dark"])
def test_the_working_side_stands_out_most(palette: dict[str, str]) -> None:
    card = palette[RIM]
    assert contrast(palette[NEAR], card) >= 7  # readable at a glance from the mat
    assert contrast(palette[FAR], card) >= 3  # the other side still seen (WCAG, non-text)
    assert contrast(palette[NEAR], card) > 2 * contrast(palette[FAR], card)
    assert contrast(palette[EQUIPMENT_EDGE], card) >= 3
    assert contrast(palette[ARROW], card) >= 3
    assert 1.1 < contrast(palette[FLOOR], card) < contrast(palette[FAR], card)


def test_the_dark_card_does_not_glare() -> None:
    assert _luminance(DARK_PALETTE[RIM]) < 0.05
    assert _luminance(DARK_PALETTE[NEAR]) > _luminance(DARK_PALETTE[FAR])

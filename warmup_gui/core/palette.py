"""The figure's colour roles, and the colours the window and the SVG writer give them."""

from __future__ import annotations

# Colour roles; the window and the SVG writer give each a colour (``PALETTE`` by default).
NEAR, FAR, BODY, RIM = "near", "far", "body", "rim"
EQUIPMENT, EQUIPMENT_EDGE, FLOOR, ARROW = "equipment", "equipment_edge", "floor", "arrow"
PALETTE: dict[str, str] = {
    NEAR: "#27313c",  # the working side, trunk and head: the darkest
    BODY: "#27313c",
    FAR: "#838d99",  # the far side: a lighter tint of the same ink
    RIM: "#f4f6f8",  # the picture card
    EQUIPMENT: "#8eaabd",  # equipment: a muted fill with a dark edge, clear in greyscale
    EQUIPMENT_EDGE: "#3d5263",
    FLOOR: "#c3cfd8",
    ARROW: "#1f7a87",  # the calm accent
}
# The same roles on a dark card, for a dark desktop: the working side is the lightest ink, so it
# still stands out most, and nothing glares beside the dark window.
DARK_PALETTE: dict[str, str] = {
    NEAR: "#e4eaef",
    BODY: "#e4eaef",
    FAR: "#8f9ba7",
    RIM: "#27303a",  # the picture card
    EQUIPMENT: "#4d6a7f",
    EQUIPMENT_EDGE: "#b4cadb",
    FLOOR: "#46525e",
    ARROW: "#4fc1cf",
}

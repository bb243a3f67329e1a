"""How the view looks: colour per level, shape per document type, colour and label per relation.

Pure constants and lookups; keys match `ingest` spellings (Level values, type codes,
RelationType values). The relation types and their Vietnamese labels come from the one enum
(`ingest.relations`, a module with no dependencies), so the legend, the CLI and the API name
a type alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.relations import RelationType

# vis hierarchical level per administrative level: central at the top, unknown at the bottom
LEVEL_RANK: dict[str, int] = {
    "central": 0, "province": 1, "district": 2, "commune": 3, "unknown": 4,
}  # fmt: skip

# (fill colour, Vietnamese / English name) per level; each fill takes white or ink labels at a
# contrast of 4.5:1 or more (label_colour)
LEVEL_STYLE: dict[str, tuple[str, str]] = {
    "central": ("#c0392b", "Trung ương / central"),
    "province": ("#d68910", "Tỉnh / province"),
    "district": ("#2471a3", "Huyện / district"),
    "commune": ("#1e8449", "Xã, phường / commune"),
    "unknown": ("#616a6b", "Chưa rõ cấp / unknown level"),
}

# (vis shape, type word) per type code; label-inside shapes (box, ellipse) suit plans and
# notices, which are the most numerous
KIND_SHAPE: dict[str, tuple[str, str]] = {
    "KL": ("diamond", "Kết luận"),
    "NQ": ("star", "Nghị quyết"),
    "KH": ("box", "Kế hoạch"),
    "TB": ("ellipse", "Thông báo"),
    "QĐ": ("triangle", "Quyết định"),
    "CT": ("hexagon", "Chỉ thị"),
    "QĐI": ("square", "Quy định"),
    "HD": ("triangleDown", "Hướng dẫn"),
}
DEFAULT_SHAPE = ("dot", "Loại khác / other")
# the overview's folded group, one node for a province's documents of one level: a box the
# page draws as a stack of cards ("group" is the legend's name for it, not a vis shape)
GROUP_SHAPE = ("group", "Nhóm thu gọn (số văn bản) / folded group (count)")

# stubs: cited but not ingested
STUB_BACKGROUND = "#f2f3f4"
STUB_DASHES = [5, 4]
STUB_OPACITY = 0.75
ENDED_OPACITY = 0.5  # a document replaced or repealed: no longer in force


@dataclass(frozen=True, slots=True)
class RelationStyle:
    colour: str
    label: str  # Vietnamese / English, drawn on the edge and in the legend
    dashes: bool = False


_RELATION_LOOK: dict[RelationType, tuple[str, bool]] = {  # colour, dashed
    RelationType.IMPLEMENTS: ("#1f618d", False),
    RelationType.REVIEWS: ("#8e44ad", False),
    RelationType.BASED_ON: ("#b9770e", False),
    RelationType.ATTACHED_TO: ("#117a65", True),
    RelationType.CITES: ("#909497", True),
    RelationType.GUIDES: ("#2874a6", True),
    RelationType.AMENDS: ("#ca6f1e", False),
    RelationType.REPLACES: ("#a93226", False),
    RelationType.REPEALS: ("#641e16", False),
    RelationType.CORRECTS: ("#7d6608", True),
    RelationType.CONSOLIDATES: ("#1e8449", True),
    RelationType.SUSPENDS: ("#6c3483", True),
}
RELATION_STYLE: dict[str, RelationStyle] = {
    t.value: RelationStyle(colour, t.label, dashes)
    for t, (colour, dashes) in _RELATION_LOOK.items()
}
DEFAULT_RELATION = RelationStyle("#909497", "liên quan / related", dashes=True)


# label colours: dark ink or white, whichever reads better on a fill (WCAG contrast)
INK = "#1b2631"
WHITE = "#ffffff"


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a "#rrggbb" colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours (1 to 21)."""
    a, b = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def label_colour(fill: str) -> str:
    """Ink or white for a label drawn on `fill`, whichever contrasts more."""
    return WHITE if contrast(WHITE, fill) > contrast(INK, fill) else INK


def level_of(level: str) -> str:
    """The level name the view uses: a known one, else "unknown"."""
    name = level.strip().lower()
    return name if name in LEVEL_RANK else "unknown"


def shape_of(kind_code: str) -> str:
    """vis shape for a type code ("KH" → "box"); "dot" for codes without their own shape."""
    return KIND_SHAPE.get(kind_code.strip().upper(), DEFAULT_SHAPE)[0]


def relation_style(edge_type: str) -> RelationStyle:
    """Colour and label for an edge type (RelationType value, any case)."""
    return RELATION_STYLE.get(edge_type.strip().upper(), DEFAULT_RELATION)

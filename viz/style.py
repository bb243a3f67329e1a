"""How the view looks: colour per level, shape per document type, colour and label per relation.

Pure constants and lookups; keys match `ingest` spellings (Level values, type codes,
RelationType values) without importing it, so `viz` stays a leaf.
"""

from __future__ import annotations

from dataclasses import dataclass

# vis hierarchical level per administrative level: central at the top, unknown at the bottom
LEVEL_RANK: dict[str, int] = {
    "central": 0, "province": 1, "district": 2, "commune": 3, "unknown": 4,
}  # fmt: skip

# (fill colour, Vietnamese / English name) per level
LEVEL_STYLE: dict[str, tuple[str, str]] = {
    "central": ("#c0392b", "Trung ương / central"),
    "province": ("#d68910", "Tỉnh / province"),
    "district": ("#2471a3", "Huyện / district"),
    "commune": ("#229954", "Xã, phường / commune"),
    "unknown": ("#7f8c8d", "Chưa rõ cấp / unknown level"),
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

# stubs: cited but not ingested
STUB_BACKGROUND = "#f2f3f4"
STUB_DASHES = [5, 4]
STUB_OPACITY = 0.75


@dataclass(frozen=True, slots=True)
class RelationStyle:
    colour: str
    label: str  # Vietnamese / English, drawn on the edge and in the legend
    dashes: bool = False


RELATION_STYLE: dict[str, RelationStyle] = {
    "IMPLEMENTS": RelationStyle("#1f618d", "thực hiện / implements"),
    "REVIEWS": RelationStyle("#8e44ad", "sơ kết, tổng kết / reviews"),
    "BASED_ON": RelationStyle("#b9770e", "căn cứ / based on"),
    "ATTACHED_TO": RelationStyle("#117a65", "kèm theo / attached to", dashes=True),
    "CITES": RelationStyle("#909497", "dẫn chiếu / cites", dashes=True),
}
DEFAULT_RELATION = RelationStyle("#909497", "liên quan / related", dashes=True)


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

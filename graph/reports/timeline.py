"""The documents of one lineage placed in time, for `viz.timeline`: the document, everything
it implements (up) and everything implementing it (down), with the edges between them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.lineage import LINEAGE_TYPES, MAX_DEPTH, down, up
from graph.model import Head
from graph.reports._common import place_label
from graph.reports._scan import reporting
from graph.store import GraphStore
from ingest.relations import RelationType


@dataclass(frozen=True, slots=True)
class TimelineDoc:
    """One document on the timeline (`label` is its code; `date` None: undated)."""

    key: str
    label: str
    level: str
    date: date | None
    stub: bool
    focus: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "level": self.level,
            "date": self.date.isoformat() if self.date else None,
            "stub": self.stub,
            "focus": self.focus,
        }


@dataclass(frozen=True, slots=True)
class TimelineLink:
    """An edge `source` (implementing) → `target` (implemented)."""

    source: str
    target: str
    type: str

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "type": self.type}


@dataclass(frozen=True, slots=True)
class LineageTimeline:
    """The result of `lineage_timeline`: documents by key, links once per pair and type."""

    root: str
    docs: tuple[TimelineDoc, ...]
    links: tuple[TimelineLink, ...]
    truncated: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "docs": [d.as_dict() for d in self.docs],
            "links": [link.as_dict() for link in self.links],
            "truncated": self.truncated,
        }


def _label(node: Head) -> str:
    """The code; for a document without one, its type word and place ("Kế hoạch · Đức Phố")."""
    if node.canonical:
        return node.canonical
    place = place_label(node)
    return " · ".join(p for p in (node.kind or node.title or "Văn bản", place) if p and p != "?")


def lineage_timeline(
    store: GraphStore,
    key: str,
    *,
    types: Collection[RelationType] = LINEAGE_TYPES,
    depth: int = MAX_DEPTH,
) -> LineageTimeline:
    """Return `key`'s lineage (up and down along `types`) with each document's date.

    Raises
    ------
    DocumentNotFound
        If `key` is not in `store`.
    """
    ups = up(store, key, types=tuple(types), depth=depth)
    downs = down(store, key, types=tuple(types), depth=depth)
    keys = {key} | ups.keys | downs.keys
    nodes = reporting(store).report_rows(keys)
    docs = tuple(
        TimelineDoc(k, _label(r.head), r.head.level.value, r.day, r.head.stub, k == key)
        for k, r in sorted(nodes.items())
    )
    pairs = {
        (e.source, e.target, e.type.value)
        for e in store.out_edges(sorted(keys), tuple(types))
        if e.target in keys
    }
    links = tuple(TimelineLink(s, t, ty) for s, t, ty in sorted(pairs))
    return LineageTimeline(key, docs, links, ups.truncated or downs.truncated)

"""Plain values the view draws: documents, typed edges with evidence, and what was left out.

The caller (api/, scripts) queries the store and fills these; `viz` never sees the store.
Edges point from the implementing/citing document to the document it implements or cites
(`source` → `target`), so in the top-down view arrows usually point upwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # a type only: the view's callers need not import networkx
    import networkx as nx

LEVELS = ("central", "province", "district", "commune", "unknown")


@dataclass(frozen=True, slots=True)
class ViewNode:
    """One document as the view shows it.

    `label` is what is written on the node (the code, or a short title for documents without
    one); `kind` is the type word ("Kế hoạch") and `kind_code` its short code ("KH").
    `url`/`api_url` override the links the page would build from `view_base`/`api_base`.
    """

    key: str
    label: str
    code: str | None = None
    kind: str = ""
    kind_code: str = ""
    level: str = "unknown"
    place: str | None = None
    date: str | None = None
    issuing_body: str = ""
    subject: str = ""
    title: str = ""
    stub: bool = False
    focus: bool = False
    url: str | None = None
    api_url: str | None = None
    ended_by: tuple[str, ...] = ()  # labels of the documents that replace or repeal it


@dataclass(frozen=True, slots=True)
class ViewEdge:
    """A typed relation `source` → `target` ("74-KH/TU implements 160-TB/TW") with evidence."""

    source: str
    target: str
    type: str
    label: str = ""
    evidence: tuple[str, ...] = ()
    # every asserting text's mention may name another document of the same code (drawn dashed)
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class ViewGraph:
    """The nodes and edges to draw; `omitted_*` report what the caller already left out."""

    nodes: tuple[ViewNode, ...] = field(default_factory=tuple)
    edges: tuple[ViewEdge, ...] = field(default_factory=tuple)
    omitted_nodes: int = 0
    omitted_note: str | None = None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _optional(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _evidence(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def from_networkx(
    g: nx.MultiDiGraph[Any],
    *,
    focus: Iterable[str] = (),
    node_data: Callable[[str, Mapping[str, Any]], ViewNode] | None = None,
    omitted_nodes: int = 0,
    omitted_note: str | None = None,
) -> ViewGraph:
    """Build a ViewGraph from a MultiDiGraph whose attributes use ViewNode/ViewEdge names.

    Node attributes missing from the graph get ViewNode defaults (label falls back to the code,
    then the key); edge attributes `type` (or `key`), `label` and `evidence` are read.

    Args:
        g: the already-queried subgraph; edges run implementer → implemented.
        focus: keys to highlight (added to any node whose `focus` attribute is true).
        node_data: custom conversion of (key, attributes) to a ViewNode.
        omitted_nodes: how many documents the caller left out of `g`.
        omitted_note: a sentence about what was left out.

    Returns:
        The ViewGraph, nodes and edges in the graph's order.
    """
    focused = set(focus)
    nodes: list[ViewNode] = []
    for key, attrs in g.nodes(data=True):
        if node_data is not None:
            nodes.append(node_data(str(key), attrs))
            continue
        code = _optional(attrs.get("code"))
        nodes.append(
            ViewNode(
                key=str(key),
                label=_text(attrs.get("label")) or code or str(key),
                code=code,
                kind=_text(attrs.get("kind")),
                kind_code=_text(attrs.get("kind_code")),
                level=_text(attrs.get("level")) or "unknown",
                place=_optional(attrs.get("place")),
                date=_optional(attrs.get("date")),
                issuing_body=_text(attrs.get("issuing_body")),
                subject=_text(attrs.get("subject")),
                title=_text(attrs.get("title")),
                stub=bool(attrs.get("stub", False)),
                focus=bool(attrs.get("focus", False)) or str(key) in focused,
                url=_optional(attrs.get("url")),
                api_url=_optional(attrs.get("api_url")),
            )
        )
    edges = [
        ViewEdge(
            source=str(u),
            target=str(v),
            type=_text(attrs.get("type", k)),
            label=_text(attrs.get("label")),
            evidence=_evidence(attrs.get("evidence")),
        )
        for u, v, k, attrs in g.edges(keys=True, data=True)
    ]
    return ViewGraph(tuple(nodes), tuple(edges), omitted_nodes, omitted_note)

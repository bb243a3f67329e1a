"""Keep a large view drawable: the focused documents' neighbourhood, up to a node limit."""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass

from viz.model import ViewEdge, ViewGraph, ViewNode


@dataclass(frozen=True, slots=True)
class Selection:
    """What the page draws and how many documents it leaves out (caller's count included)."""

    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    omitted: int


def check(graph: ViewGraph) -> None:
    """Raise ValueError on a repeated node key or an edge naming a node not in the graph."""
    keys: set[str] = set()
    for node in graph.nodes:
        if node.key in keys:
            raise ValueError(f"node key {node.key!r} appears twice")
        keys.add(node.key)
    for edge in graph.edges:
        for end in (edge.source, edge.target):
            if end not in keys:
                raise ValueError(f"edge {edge.source!r} -> {edge.target!r}: no node {end!r}")


def _kept_keys(graph: ViewGraph, limit: int) -> set[str]:
    neighbours: dict[str, list[str]] = defaultdict(list)
    for edge in graph.edges:
        neighbours[edge.source].append(edge.target)
        neighbours[edge.target].append(edge.source)
    order = [n.key for n in graph.nodes]
    seeds = [n.key for n in graph.nodes if n.focus]
    if not seeds:  # no focus: start from the best-connected document
        seeds = [max(order, key=lambda k: len(neighbours[k]))]
    kept: dict[str, None] = {}  # insertion-ordered set
    queue = deque(seeds)
    kept.update(dict.fromkeys(seeds[:limit]))
    rest = iter(order)
    while len(kept) < limit:
        if not queue:  # neighbourhood exhausted: go on from the next document not yet kept
            start = next(k for k in rest if k not in kept)
            kept[start] = None
            queue.append(start)
            continue
        for other in neighbours[queue.popleft()]:
            if other not in kept and len(kept) < limit:
                kept[other] = None
                queue.append(other)
    return set(kept)


def select(graph: ViewGraph, *, limit: int) -> Selection:
    """Return the nodes within `limit`, nearest (by edge distance) to the focused ones first.

    Documents are taken breadth-first from every focus node at once (edges followed either
    way); with no focus node, from the best-connected document. Edges are kept when both
    ends are.

    Raises:
        ValueError: `limit` < 1, or the graph is inconsistent (see `check`).
    """
    if limit < 1:
        raise ValueError(f"node limit must be at least 1, got {limit}")
    check(graph)
    if len(graph.nodes) <= limit:
        return Selection(graph.nodes, graph.edges, graph.omitted_nodes)
    keep = _kept_keys(graph, limit)
    nodes = tuple(n for n in graph.nodes if n.key in keep)
    edges = tuple(e for e in graph.edges if e.source in keep and e.target in keep)
    return Selection(nodes, edges, graph.omitted_nodes + len(graph.nodes) - len(nodes))

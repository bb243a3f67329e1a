"""Build the graph view's data (`viz.ViewGraph`) from the store: one document's lineage up and
down, or the busiest part of the whole graph. `viz` draws it; it never sees the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

from api.present import document_title, issuing_bodies, label, main_subject, place_label
from api.search import kind_code
from graph import lineage as L
from graph import reports as R
from graph.model import DATE, Edge, Node
from graph.store import GraphStore
from ingest.codes import Family, kind_word
from ingest.relations import ENDS_FORCE, RelationType
from viz import ViewEdge, ViewGraph, ViewNode


def _main_date(node: Node) -> str | None:
    """The date most documents give (conflicting dates stay in the API's answer)."""
    said = Counter(f.value for f in node.facts if f.field == DATE)
    return min(said, key=lambda d: (-said[d], d)) if said else None


def _kind_word(node: Node, code: str) -> str:
    """The type word ("Kết luận") even for a stub, whose kind is only its code's letters."""
    if node.kind and node.kind != code:
        return node.kind
    return kind_word(code, node.family or Family.PARTY.value) or node.kind or ""


def view_node(
    node: Node, *, focus: bool = False, ended_by: tuple[str, ...] = (), scoped: bool = False
) -> ViewNode:
    """The view's spelling of a node: code, kind, level, place, date, body, subject, stub
    (`scoped`: its label with its term or year, another document drawn having its code)."""
    bodies = issuing_bodies(node)
    code = kind_code(node)
    return ViewNode(
        key=node.key,
        label=label(node, scoped=scoped),
        code=node.canonical,
        kind=_kind_word(node, code),
        kind_code=code,
        level=node.level.value,
        place=place_label(node) or None,
        date=_main_date(node),
        issuing_body=bodies[0] if bodies else "",
        subject=main_subject(node) or "",
        title=document_title(node) or "",
        stub=node.stub,
        focus=focus,
        ended_by=ended_by,
    )


def _enders(store: GraphStore, edges: Iterable[Edge],
            shown: dict[str, Node]) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """Labels of the documents ending each shown document's force (replace or repeal it)."""
    ended = {k: v for k, v in L.ended_by(edges).items() if k in shown}
    missing = {s for sources in ended.values() for s in sources if s not in shown}
    nodes = {**store.nodes_by_key(sorted(missing)), **shown} if missing else shown

    def named(s: str, key: str) -> str:  # (with its term where it ends a document of its code)
        node = nodes.get(s)
        return s if node is None else label(node, scoped=node.canonical == shown[key].canonical)

    return {key: tuple(sorted(named(s, key) for s in sources)) for key, sources in ended.items()}


def _shared(nodes: Iterable[Node]) -> set[str]:
    """The codes of more than one of `nodes` (their labels carry the term or the year)."""
    counts = Counter(n.canonical for n in nodes if n.canonical)
    return {code for code, n in counts.items() if n > 1}


def view_edges(edges: Iterable[Edge], keys: Collection[str]) -> tuple[ViewEdge, ...]:
    """One view edge per (source, target, type) between `keys`; evidence of every asserting
    document kept."""
    merged: dict[tuple[str, str, str], list[str]] = {}
    labels: dict[tuple[str, str, str], str] = {}
    certain: set[tuple[str, str, str]] = set()
    for e in sorted(edges, key=lambda e: (e.source, e.target, e.type.value, e.doc)):
        if e.source not in keys or e.target not in keys:
            continue
        k = (e.source, e.target, e.type.value)
        texts = merged.setdefault(k, [])
        texts.extend(ev.text for ev in e.evidence if ev.text not in texts)
        labels.setdefault(k, e.label)
        if not e.candidates:
            certain.add(k)
    return tuple(
        ViewEdge(s, t, ty, label=labels[(s, t, ty)], evidence=tuple(ev),
                 uncertain=(s, t, ty) not in certain)  # fmt: skip
        for (s, t, ty), ev in merged.items()
    )


def lineage_view(
    store: GraphStore,
    key: str,
    *,
    depth: int = L.MAX_DEPTH,
    types: Collection[RelationType] | None = L.LINEAGE_TYPES,
    limit: int = 1000,
) -> ViewGraph:
    """Document `key`, everything it implements (up) and everything implementing it (down)."""
    up = L.up(store, key, depth=depth, types=types, limit=limit)
    down = L.down(store, key, depth=depth, types=types, limit=limit)
    keys = list(dict.fromkeys([key, *(r.key for r in up.reached), *(r.key for r in down.reached)]))
    nodes = store.nodes_by_key(keys)
    edges = view_edges(store.out_edges(keys, types), set(nodes))
    enders = _enders(store, store.in_edges(keys, ENDS_FORCE), nodes)
    omitted = 0
    note = None
    if up.truncated or down.truncated:
        note = f"Chỉ hiện {limit} văn bản mỗi chiều / at most {limit} documents shown each way"
        omitted = 1
    shared = _shared(nodes.values())
    return ViewGraph(
        tuple(
            view_node(nodes[k], focus=k == key, ended_by=enders.get(k, ()),
                      scoped=nodes[k].canonical in shared)  # fmt: skip
            for k in keys
            if k in nodes
        ),
        edges,
        omitted_nodes=omitted,
        omitted_note=note,
    )


def overview(store: GraphStore, *, limit: int) -> ViewGraph:
    """The whole graph, or when it has more than `limit` documents the best-connected ones and
    their neighbours, with a note of how many were left out."""
    edges = list(store.iter_edges())
    total = store.counts()["nodes"]
    if total <= limit:
        nodes = sorted(store.iter_nodes(), key=lambda n: n.key)
        every = {n.key for n in nodes}
        enders = _enders(store, edges, {n.key: n for n in nodes})
        shared = _shared(nodes)
        return ViewGraph(
            tuple(view_node(n, ended_by=enders.get(n.key, ()), scoped=n.canonical in shared)
                  for n in nodes),  # fmt: skip
            view_edges(edges, every),
        )
    degree: Counter[str] = Counter()
    around: dict[str, set[str]] = {}
    for e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
        around.setdefault(e.source, set()).add(e.target)
        around.setdefault(e.target, set()).add(e.source)
    chosen: dict[str, None] = {}
    for hub, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(chosen) >= limit:
            break
        chosen.setdefault(hub)
        for other in sorted(around.get(hub, ()), key=lambda k: (-degree[k], k)):
            if len(chosen) >= limit:
                break
            chosen.setdefault(other)
    found = store.nodes_by_key(list(chosen))
    keys = [k for k in chosen if k in found]
    left = total - len(keys)
    note = (
        f"Đồ thị có {total} văn bản; hiện {len(keys)} văn bản được dẫn chiếu nhiều nhất và lân cận"
        f" / the graph has {total} documents; showing the {len(keys)} best-connected ones and"
        f" their neighbours, {left} left out"
    )
    enders = _enders(store, edges, found)
    shared = _shared(found.values())
    return ViewGraph(
        tuple(view_node(found[k], ended_by=enders.get(k, ()),
                        scoped=found[k].canonical in shared) for k in keys),  # fmt: skip
        view_edges(edges, set(keys)),
        omitted_nodes=left,
        omitted_note=note,
    )


def province_view(store: GraphStore, province: str, *, limit: int) -> ViewGraph:
    """The documents of one 2025 province's land (`graph.reports.province_now`: its old
    provinces' too) and those they point to, at most `limit` documents (theirs first)."""
    own = sorted((n for n in store.iter_nodes()
                  if R.province_now(n.place.province, n.place.district) == province),
                 key=lambda n: n.key)  # fmt: skip
    keys = [n.key for n in own[:limit]]
    edges = store.out_edges(keys)
    mine = set(keys)
    pointed = [e.target for e in edges if e.target not in mine]
    keys += list(dict.fromkeys(pointed))[: max(0, limit - len(keys))]
    nodes = store.nodes_by_key(keys)
    enders = _enders(store, store.in_edges(keys, ENDS_FORCE), nodes)
    shared = _shared(nodes.values())
    left = len(own) - min(len(own), limit)
    note = (f"Tỉnh có {len(own)} văn bản; hiện {limit} / the province has {len(own)} documents; "
            f"{limit} shown" if left else None)  # fmt: skip
    return ViewGraph(
        tuple(view_node(nodes[k], ended_by=enders.get(k, ()),
                        scoped=nodes[k].canonical in shared)
              for k in keys if k in nodes),  # fmt: skip
        view_edges(edges, set(nodes)),
        omitted_nodes=left,
        omitted_note=note,
    )

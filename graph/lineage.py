"""Lineage queries over any GraphStore (STYLE habit 9): up, down, path, neighbours, subgraph,
resolve a typed code, and statistics. Every walk is breadth-first with a visited set, so
cycles never loop, and is bounded by depth (at most MAX_DEPTH) and a node limit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from graph.errors import AmbiguousCode, DocumentNotFound
from graph.model import SHORT_FORM, Conflict, Edge, EdgeEvidence, Head, Node, candidates_of
from graph.store import Direction, GraphStore, LevelWalks, QueryingStore
from ingest.codes import Level, counted_kind
from ingest.normalize import UnparseableCode, normalize_code
from ingest.relations import RelationType

MAX_DEPTH = 10
DEFAULT_LIMIT = 10_000
# Edge types that carry implementation lineage by default.
LINEAGE_TYPES: tuple[RelationType, ...] = (RelationType.IMPLEMENTS, RelationType.REVIEWS)
LEVEL_ORDER = (Level.CENTRAL, Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.UNKNOWN)


@dataclass(frozen=True, slots=True)
class Hop:
    """One edge walked: `source` —type→ `target`, asserted by document `doc`."""

    source: str
    target: str
    type: RelationType
    label: str
    doc: str
    evidence: tuple[EdgeEvidence, ...]

    @classmethod
    def of(cls, e: Edge) -> Hop:
        return cls(e.source, e.target, e.type, e.label, e.doc, e.evidence)

    @property
    def uncertain(self) -> bool:
        """Whether the citing text does not say which of several documents with the target's
        code it means (see `Edge.candidates`)."""
        return bool(candidates_of(self.evidence))

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "type": self.type.value,
            "label": self.label,
            "doc": self.doc,
            "evidence": [e.as_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Reached:
    """A node found by a walk and the shortest path of hops from the root to it."""

    key: str
    level: Level
    place: str
    depth: int
    hops: tuple[Hop, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "level": self.level.value,
            "place": self.place,
            "depth": self.depth,
            "hops": [h.as_dict() for h in self.hops],
        }


@dataclass(frozen=True, slots=True)
class Lineage:
    """The result of `up` or `down`: every node reached, in walk order, and the heads of
    those nodes as the walk read them (for showing codes and titles; not compared)."""

    root: str
    direction: Direction
    reached: tuple[Reached, ...]
    truncated: bool
    heads: Mapping[str, Head] = field(default_factory=dict, compare=False, repr=False)

    @property
    def keys(self) -> set[str]:
        return {r.key for r in self.reached}

    def by_level(self) -> dict[str, dict[str, list[str]]]:
        """{level: {place: [keys]}}, levels from central down."""
        out: dict[str, dict[str, list[str]]] = {}
        for level in LEVEL_ORDER:
            rows = [r for r in self.reached if r.level is level]
            if rows:
                places: dict[str, list[str]] = {}
                for r in sorted(rows, key=lambda r: (r.place, r.key)):
                    places.setdefault(r.place, []).append(r.key)
                out[level.value] = places
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "direction": self.direction,
            "truncated": self.truncated,
            "reached": [r.as_dict() for r in self.reached],
            "by_level": self.by_level(),
        }


def _place_label(node: Head | Node | None) -> str:
    if node is None:
        return "?"
    parts = [p for p in (node.place.province, node.place.district, node.place.commune) if p]
    return " / ".join(parts) or ("" if node.level is Level.CENTRAL else "?")


def _require(store: GraphStore, key: str) -> Node:
    node = store.node(key)
    if node is None:
        raise DocumentNotFound(key, _close_matches(store, key))
    return node


def _check_depth(depth: int) -> int:
    if not 0 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be between 0 and {MAX_DEPTH}, not {depth}")
    return depth


def _querying(store: GraphStore) -> QueryingStore:
    """The store itself when it answers walks (Neo4j: one Cypher query each), else the same
    answers level by level over its edges."""
    return store if isinstance(store, QueryingStore) else LevelWalks(store)


def _checked(store: GraphStore, depth: int, *keys: str) -> None:
    """Raise as the walks always have on a bad depth: an unknown key first."""
    if not 0 <= depth <= MAX_DEPTH:
        for key in keys:
            _require(store, key)
        _check_depth(depth)


def _walk(
    store: GraphStore,
    key: str,
    direction: Direction,
    types: Collection[RelationType] | None,
    depth: int,
    limit: int,
    *,
    close: bool = True,
) -> Lineage:
    _checked(store, depth, key)
    try:
        walk = _querying(store).walk(
            key, direction=direction, types=types, depth=depth, limit=limit
        )
    except DocumentNotFound as exc:
        if not close:
            raise
        raise DocumentNotFound(exc.text, _close_matches(store, exc.text)) from None
    paths: dict[str, tuple[Hop, ...]] = {key: ()}
    for step in walk.steps:
        here = step.via.source if direction == "up" else step.via.target
        paths[step.key] = paths[here] + (Hop.of(step.via),)
    reached = tuple(
        Reached(
            s.key,
            head.level if (head := walk.heads.get(s.key)) else Level.UNKNOWN,
            _place_label(head),
            s.depth,
            paths[s.key],
        )
        for s in walk.steps
    )
    return Lineage(key, direction, reached, walk.truncated, walk.heads)


def walk_code(
    store: GraphStore,
    text: str,
    *,
    direction: Direction,
    depth: int = MAX_DEPTH,
    types: Collection[RelationType] | None = LINEAGE_TYPES,
    limit: int = DEFAULT_LIMIT,
) -> Lineage:
    """`up` or `down` from what a user typed (see `resolve`): when `text` is a node key, the
    walk alone (one query on Neo4j), else `resolve` first.

    Raises
    ------
    DocumentNotFound, AmbiguousCode
        As `resolve` does.
    """
    if 0 <= depth <= MAX_DEPTH:
        try:
            return _walk(store, text.strip(), direction, types, depth, limit, close=False)
        except DocumentNotFound:
            pass  # not a key: a code as users type it
    return _walk(store, resolve(store, text), direction, types, depth, limit)


def page(walk: Lineage, *, offset: int, limit: int) -> tuple[Lineage, int | None]:
    """Return the documents `offset` to `offset + limit` of `walk` and the offset of the next
    page (None on the last one).

    Walks are stable (`LevelWalks`: each level in edge order, cut at the limit), so a walk
    with a limit of ``offset + limit + 1`` holds the page and says whether more follow; the
    page is `truncated` exactly when there is a next one.

    >>> w = Lineage("r", "down", tuple(Reached(k, Level.UNKNOWN, "", 1, ()) for k in "abc"),
    ...             False)
    >>> [(p.keys, nxt) for p, nxt in (page(w, offset=0, limit=2), page(w, offset=2, limit=2))]
    [({'a', 'b'}, 2), ({'c'}, None)]
    """
    rows = walk.reached[offset : offset + limit]
    more = len(walk.reached) > offset + limit or (walk.truncated and len(rows) == limit)
    heads = {r.key: walk.heads[r.key] for r in rows if r.key in walk.heads}
    if walk.root in walk.heads:
        heads[walk.root] = walk.heads[walk.root]
    answer = Lineage(walk.root, walk.direction, rows, more, heads)
    return answer, (offset + limit if more else None)


def settled(store: GraphStore, lineage: Lineage) -> set[str]:
    """Return the keys `lineage` reached through a chain of edges none of which is uncertain.

    A walk gives each node its shortest chain; where that chain holds an undated mention of a
    reused code (an edge with `candidates`), a longer chain of certain edges may still join
    the node to the root (a plan citing "Chỉ thị số 35-CT/TW" undated that also carries out a
    province plan naming the 2024 directive by its date). Only edges of the types the walk
    followed between nodes it reached count, so the answer is the same on every store.

    Returns
    -------
    set of str
        Keys of `lineage.reached` (the root excluded) settled that way; the others may stand
        to a namesake of a document on their way to the root (see `Hop.uncertain`).
    """
    types = {h.type for r in lineage.reached for h in r.hops}
    known = {lineage.root: True} | {r.key: False for r in lineage.reached}
    for r in lineage.reached:  # walk order: each node after the one its chain runs through
        last = r.hops[-1] if r.hops else None
        near = (last.target if lineage.direction == "down" else last.source) if last else None
        known[r.key] = bool(last and not last.uncertain and near and known.get(near))
    open_keys = [k for k, ok in known.items() if not ok]
    while open_keys:
        down = lineage.direction == "down"
        edges = store.out_edges(open_keys, types) if down else store.in_edges(open_keys, types)
        newly = {
            (e.source if down else e.target)
            for e in edges
            if not e.candidates and known.get(e.target if down else e.source)
        }
        if not newly:
            break
        for key in newly:
            known[key] = True
        open_keys = [k for k in open_keys if k not in newly]
    return {k for k, ok in known.items() if ok and k != lineage.root}


def up(
    store: GraphStore,
    key: str,
    *,
    depth: int = MAX_DEPTH,
    types: Collection[RelationType] | None = LINEAGE_TYPES,
    limit: int = DEFAULT_LIMIT,
) -> Lineage:
    """Return everything document `key` implements, directly or transitively.

    Parameters
    ----------
    store : GraphStore
    key : str
        A node key (see `resolve` for codes as users type them).
    depth : int, optional
        Longest chain to follow, 0 to 10 (default 10).
    types : collection of RelationType or None, optional
        Edge types to follow (default IMPLEMENTS and REVIEWS); None follows every type.
    limit : int, optional
        Stop after this many nodes (`truncated` is then True).

    Returns
    -------
    Lineage
        Each node reached with the shortest chain of hops (edge type, asserting document,
        evidence) that leads to it.

    Raises
    ------
    DocumentNotFound
        If `key` is not in `store`.

    See also
    --------
    down, path
    """
    return _walk(store, key, "up", types, depth, limit)


def down(
    store: GraphStore,
    key: str,
    *,
    depth: int = MAX_DEPTH,
    types: Collection[RelationType] | None = LINEAGE_TYPES,
    limit: int = DEFAULT_LIMIT,
) -> Lineage:
    """Return every document that implements `key`, directly or transitively.

    Parameters are those of `up`; ``Lineage.by_level()`` groups the answer by level and place.

    Raises
    ------
    DocumentNotFound
        If `key` is not in `store`.
    """
    return _walk(store, key, "down", types, depth, limit)


def path(
    store: GraphStore,
    a: str,
    b: str,
    *,
    depth: int = MAX_DEPTH,
    types: Collection[RelationType] | None = None,
    directed: bool = True,
) -> tuple[Hop, ...] | None:
    """Return the shortest chain of edges from `a` to `b`, or None if there is none.

    With ``directed=False`` edges may be walked against their direction.

    Raises
    ------
    DocumentNotFound
        If `a` or `b` is not in `store`.
    """
    _checked(store, depth, a, b)
    try:
        edges = _querying(store).find_path(a, b, types=types, depth=depth, directed=directed)
    except DocumentNotFound as exc:
        raise DocumentNotFound(exc.text, _close_matches(store, exc.text)) from None
    return None if edges is None else tuple(Hop.of(e) for e in edges)


# What a path's hops are made of (see PathAnswer).
PathRelations = Literal["implementation", "any", "given"]


@dataclass(frozen=True, slots=True)
class PathAnswer:
    """A path with what an analyst needs to read it.

    `hops` run from `source` to `target` (None: no path that way); `relations` says what the
    hops are made of: "implementation" (IMPLEMENTS and REVIEWS only, preferred: the chain an
    analyst traces), "any" (no such chain; other relations too) or "given" (the caller's
    types). With no path that way, `reverse` is the path from `target` to `source`, if any.
    """

    source: str
    target: str
    hops: tuple[Hop, ...] | None
    relations: PathRelations
    reverse: tuple[Hop, ...] | None = None

    @property
    def found(self) -> bool:
        return self.hops is not None


def explain_path(
    store: GraphStore,
    a: str,
    b: str,
    *,
    depth: int = MAX_DEPTH,
    types: Collection[RelationType] | None = None,
    directed: bool = True,
) -> PathAnswer:
    """Return the path from `a` to `b` an analyst means: a chain of implementation when there
    is one (a ward plan reaches 62-KL/TW through the plans it carries out, not through the
    sentence that also cites it), else the shortest over every relation; with no path that
    way, the path the other way round.

    Raises
    ------
    DocumentNotFound
        If `a` or `b` is not in `store`.
    """

    def tries(
        x: str, y: str
    ) -> tuple[tuple[Hop, ...] | None, PathRelations]:
        if types:
            return path(store, x, y, depth=depth, types=types, directed=directed), "given"
        chain = path(store, x, y, depth=depth, types=LINEAGE_TYPES, directed=directed)
        if chain is not None:
            return chain, "implementation"
        return path(store, x, y, depth=depth, directed=directed), "any"

    hops, relations = tries(a, b)
    reverse = None
    if hops is None and directed:
        reverse, _ = tries(b, a)
    return PathAnswer(a, b, hops, relations, reverse)


def neighbours(
    store: GraphStore,
    key: str,
    *,
    types: Collection[RelationType] | None = None,
    direction: Literal["in", "out", "both"] = "both",
) -> list[Edge]:
    """Return the edges at `key` (out: what it cites; in: who cites it)."""
    try:
        return _querying(store).edges_at(key, types=types, direction=direction)
    except DocumentNotFound as exc:
        raise DocumentNotFound(exc.text, _close_matches(store, exc.text)) from None


@dataclass(frozen=True, slots=True)
class Subgraph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    truncated: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "nodes": [n.as_dict() for n in self.nodes],
            "edges": [e.as_dict() for e in self.edges],
            "truncated": self.truncated,
        }


def subgraph(
    store: GraphStore,
    key: str,
    *,
    depth: int = 2,
    limit: int = 200,
    types: Collection[RelationType] | None = None,
) -> Subgraph:
    """Return the neighbourhood of `key` (both directions) up to `depth` hops and `limit` nodes,
    for the view. Edges are those between the nodes returned."""
    _checked(store, depth, key)
    try:
        found = _querying(store).neighbourhood(key, types=types, depth=depth, limit=limit)
    except DocumentNotFound as exc:
        raise DocumentNotFound(exc.text, _close_matches(store, exc.text)) from None
    return Subgraph(found.nodes, found.edges, found.truncated)


def _close_matches(store: GraphStore, text: str, limit: int = 5) -> list[str]:
    return _querying(store).close_codes(text, limit=limit)


def resolve(store: GraphStore, text: str) -> str:
    """Turn what a user typed (a node key, "62 KL TW", "62-kl/tw") into one node key.

    Raises
    ------
    DocumentNotFound
        If nothing answers; carries close matches (rapidfuzz over the stored codes).
    AmbiguousCode
        If the code names several nodes (a local code of several places, several terms).
    """
    text = text.strip()
    if store.head(text) is not None:  # heads: a central node's facts are not read to find it
        return text
    try:
        code = normalize_code(text)
    except UnparseableCode:
        raise DocumentNotFound(text, _close_matches(store, text)) from None
    nodes = store.heads_by_code(code)
    exact = [n for n in nodes if n.canonical == code]
    found = exact or nodes
    if not found:
        raise DocumentNotFound(code, _close_matches(store, code))
    if len(found) > 1:
        raise AmbiguousCode(code, sorted(n.key for n in found))
    return found[0].key


def ended_by(edges: Iterable[Edge]) -> dict[str, list[str]]:
    """For each document an ingested text says is replaced or repealed, the documents that
    replace or repeal it (sorted): "Quyết định này thay thế Quyết định số 1281/QĐ-UBND", "Căn
    cứ … Nghị định số 24/2006/NĐ-CP … bãi bỏ …". A document missing here is in force as far
    as the graph knows; one with only some provisions repealed is too (`Edge.ends_force`)."""
    enders: dict[str, set[str]] = {}
    for e in edges:
        if e.ends_force:
            enders.setdefault(e.target, set()).add(e.source)
    return {key: sorted(found) for key, found in enders.items()}


def conflicts(store: GraphStore) -> list[Conflict]:
    """Every node's conflicting facts (two dates, two terms), with their sources."""
    return [c for n in store.iter_nodes() for c in n.conflicts()]


def possible_duplicates(store: GraphStore) -> list[dict[str, Any]]:
    """Reported (not merged) possible matches: {"key", "other", "score", "reason", …}."""
    return sorted(
        (
            {"key": n.key, **{("other" if k == "key" else k): v for k, v in d.items()}}
            for n in store.iter_nodes()
            for d in n.possible_duplicates
        ),
        key=lambda d: (d["key"], d["other"]),
    )


def unresolved_short_forms(store: GraphStore) -> list[dict[str, Any]]:
    """Short forms ("Kết luận 62") that name no document cited in full in the same text.

    Returns
    -------
    list of dict
        {"key": the citing document's node, "surface", "doc", "start", "end"}, by key and
        offset: what an analyst should read to find which document is meant.
    """
    found = [
        {"key": n.key, "surface": f.value, "doc": f.doc, "start": f.start, "end": f.end}
        for n in store.iter_nodes()
        for f in n.facts
        if f.field == SHORT_FORM
    ]
    return sorted(found, key=lambda d: (d["key"], d["start"] or 0))


_LEVEL_ORDER = (Level.CENTRAL, Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.UNKNOWN)


def stats(store: GraphStore) -> dict[str, Any]:
    """Counts by level, kind and edge type; stubs, unqualified nodes, conflicts, duplicates
    (the store's own aggregation when it has one: graph.reports._scan.reporting)."""
    from graph.reports._scan import reporting  # graph.reports builds on this module

    t = reporting(store).tallies()
    kinds: Counter[str] = Counter()
    for kind, n in t.kinds.items():
        kinds[counted_kind(kind) or kind or "?"] += n  # "KH" and "Kế hoạch" are one kind
    return {
        **store.counts(),
        "levels": t.levels,
        "kinds": dict(sorted(kinds.items())),
        "edge_types": t.edge_types,
        "stubs": t.stubs,
        "unqualified": t.unqualified,
        "conflicts": t.conflicts,
        "possible_duplicates": t.possible_duplicates,
    }


__all__: Sequence[str] = ("down", "neighbours", "path", "resolve", "stats", "subgraph", "up")

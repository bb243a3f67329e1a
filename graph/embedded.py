"""The embedded store: a networkx MultiDiGraph in memory, saved as one versioned JSON file.

Writes are all-or-nothing: in memory through a snapshot of what a write touches, on disk
through temp file + fsync + os.replace, so a killed process leaves the old or the new file,
never a torn one. A file lock serialises writers of one data directory.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import networkx as nx

from graph.errors import StoreCorrupt, StoreUnavailable
from graph.model import DocumentRecord, DocumentWrite, Edge, Merge, Node
from graph.records import combine_many, fold_nodes, plan_write
from graph.store import Checkpoint, no_checkpoint
from ingest.relations import RelationType

FORMAT = "vbgraph-embedded"
VERSION = 1
FILE_NAME = "graph.json"
LOCK_NAME = "graph.lock"
# Column order of node and edge rows in the file (rows are lists, for a compact, fast file).
NODE_FIELDS = (
    "key",
    "canonical",
    "base",
    "scope",
    "family",
    "kind",
    "number",
    "issuer",
    "level",
    "province",
    "district",
    "commune",
    "qualified",
    "host_doc",
    "title",
    "facts",
    "codes",
)
EDGE_FIELDS = ("id", "source", "target", "type", "doc", "label", "path", "evidence")
DOC_FIELDS = ("doc", "content_hash", "path", "host_key", "node_keys")

_Snapshot = tuple[
    dict[str, dict[str, Any] | None],
    list[tuple[str, str, str, dict[str, Any]]],
    dict[str, DocumentRecord],
]


class EmbeddedStore:
    """GraphStore on networkx, persisted under `data_dir` (None: memory only).

    Parameters
    ----------
    data_dir : path or None
        Directory holding ``graph.json``; created if missing. None keeps the graph in memory.
    """

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        self._dir = Path(data_dir) if data_dir is not None else None
        self._g: Any = nx.MultiDiGraph()  # networkx stubs do not type attribute rows
        self._docs: dict[str, DocumentRecord] = {}
        self._by_code: dict[str, set[str]] = {}
        self._batch_depth = 0
        if self._dir is not None:
            self._dir.mkdir(parents=True, exist_ok=True)
            self._load()

    # ------------------------------------------------------------------ persistence
    @property
    def file(self) -> Path | None:
        return self._dir / FILE_NAME if self._dir is not None else None

    @contextlib.contextmanager
    def _locked(self, exclusive: bool) -> Iterator[None]:
        assert self._dir is not None
        with open(self._dir / LOCK_NAME, "a+b") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            except OSError as exc:  # pragma: no cover - platform specific
                raise StoreUnavailable(f"cannot lock {self._dir / LOCK_NAME}: {exc}") from exc
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _load(self) -> None:
        path = self.file
        assert path is not None
        if not path.exists():
            return
        with self._locked(exclusive=False):
            try:
                data = json.loads(path.read_bytes())
                if data.get("format") != FORMAT or data.get("version") != VERSION:
                    raise ValueError(f"format {data.get('format')!r} v{data.get('version')!r}")
                nodes = [dict(zip(NODE_FIELDS, r, strict=True)) for r in data["nodes"]]
                edges = [dict(zip(EDGE_FIELDS, r, strict=True)) for r in data["edges"]]
                docs = {
                    r[0]: DocumentRecord(r[0], r[1], r[2], r[3], tuple(r[4]))
                    for r in data["documents"]
                }
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise StoreCorrupt(
                    f"the graph store {path} is corrupt ({exc}); restore a backup or move it "
                    "away and re-ingest"
                ) from exc
        g: Any = nx.MultiDiGraph()
        g.add_nodes_from((r["key"], {"row": r}) for r in nodes)
        # Fill the adjacency directly: add_edges_from checks every key and is 4x slower.
        succ, pred = g._succ, g._pred
        for r in edges:
            s, t, attrs = r["source"], r["target"], {"row": r}
            if s not in succ or t not in succ:
                raise StoreCorrupt(f"the graph store {path} is corrupt (edge {r['id']} dangles)")
            succ[s].setdefault(t, {})[r["id"]] = attrs
            pred[t].setdefault(s, {})[r["id"]] = attrs
        by_code: dict[str, set[str]] = {}
        for r in nodes:
            for code in r["codes"]:
                by_code.setdefault(code, set()).add(r["key"])
        self._g, self._docs, self._by_code = g, docs, by_code

    def _save(self) -> None:
        path = self.file
        if path is None or self._batch_depth:
            return
        data = {
            "format": FORMAT,
            "version": VERSION,
            "nodes": [[r[f] for f in NODE_FIELDS] for _, r in self._g.nodes(data="row")],
            "edges": [
                [r[f] for f in EDGE_FIELDS] for *_, r in self._g.edges(keys=True, data="row")
            ],
            "documents": [
                [d.doc, d.content_hash, d.path, d.host_key, list(d.node_keys)]
                for d in self._docs.values()
            ],
        }
        blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        tmp = path.with_suffix(".json.tmp")
        with self._locked(exclusive=True):
            try:
                with open(tmp, "wb") as fh:
                    fh.write(blob)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
                dir_fd = os.open(path.parent, os.O_RDONLY)
                try:
                    os.fsync(dir_fd)
                finally:
                    os.close(dir_fd)
            except OSError as exc:
                raise StoreUnavailable(f"cannot write the graph store {path}: {exc}") from exc

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Save once at the end of many writes (ingesting a folder) instead of after each."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
        self._save()

    # ------------------------------------------------------------------ row helpers
    def _row(self, key: str) -> dict[str, Any] | None:
        if key not in self._g:
            return None
        row: dict[str, Any] = self._g.nodes[key]["row"]
        return row

    def _set_node(self, node: Node) -> None:
        old = self._row(node.key)
        if old is not None:
            self._unindex(old)
        row = node.to_row()
        if node.key in self._g:
            self._g.nodes[node.key]["row"] = row
        else:
            self._g.add_node(node.key, row=row)
        for code in row["codes"]:
            self._by_code.setdefault(code, set()).add(node.key)

    def _unindex(self, row: dict[str, Any]) -> None:
        for code in row["codes"]:
            keys = self._by_code.get(code)
            if keys is not None:
                keys.discard(row["key"])
                if not keys:
                    del self._by_code[code]

    def _delete_node(self, key: str) -> None:
        row = self._row(key)
        if row is not None:
            self._unindex(row)
            self._g.remove_node(key)

    def _add_edge(self, edge: Edge) -> None:
        row = edge.to_row()  # RelationType(edge.type) raises on an invalid type
        for end in (edge.source, edge.target):
            if end not in self._g:
                raise ValueError(f"edge {edge.id} names a node that is not written: {end}")
        self._g.add_edge(edge.source, edge.target, key=row["id"], row=row)

    # ------------------------------------------------------------------ writes
    def _snapshot(self, keys: set[str]) -> _Snapshot:
        rows = {k: (dict(r) if (r := self._row(k)) is not None else None) for k in keys}
        edges = []
        for k in keys:
            if k in self._g:
                edges += [
                    (u, v, kk, dict(d))
                    for u, v, kk, d in self._g.out_edges(k, keys=True, data=True)
                ]
                edges += [
                    (u, v, kk, dict(d)) for u, v, kk, d in self._g.in_edges(k, keys=True, data=True)
                ]
        return rows, edges, dict(self._docs)

    def _restore(self, snap: _Snapshot) -> None:
        rows, edges, docs = snap
        for key, row in rows.items():
            self._delete_node(key)
            if row is not None:
                self._set_node(Node.from_row(row))
        for u, v, k, d in edges:
            if u in self._g and v in self._g:
                self._g.add_edge(u, v, key=k, **d)
        self._docs = docs

    def replace_document(
        self, write: DocumentWrite, *, checkpoint: Checkpoint = no_checkpoint
    ) -> None:
        old = self._docs.get(write.doc)
        keys = {n.key for n in write.nodes} | set(old.node_keys if old else ())
        keys |= {k for m in write.merges for k in (m.old, m.into)}
        snap = self._snapshot(keys)
        try:
            self._apply(write, checkpoint)
            self._save()
        except BaseException:
            self._restore(snap)
            raise

    def _apply(self, write: DocumentWrite, checkpoint: Checkpoint) -> None:
        templates = {n.key: n for n in write.nodes}
        for m in write.merges:
            self._merge(m, templates.get(m.into))
        checkpoint("merges")
        old = self._docs.get(write.doc)
        if old is not None:
            for key in old.node_keys:
                if key in self._g:
                    mine = [
                        (u, v, k)
                        for u, v, k, d in self._g.out_edges(key, keys=True, data="row")
                        if d["doc"] == write.doc
                    ]
                    self._g.remove_edges_from(mine)
        checkpoint("removed")
        keys = {n.key for n in write.nodes} | set(old.node_keys if old else ())
        current = {k: Node.from_row(r) for k in keys if (r := self._row(k)) is not None}
        plan = plan_write(write, old, current)
        for node in plan.upserts:
            self._set_node(node)
        for key in plan.deletes:
            self._delete_node(key)
        checkpoint("nodes")
        for edge in write.edges:
            self._add_edge(edge)
        checkpoint("edges")
        self._docs[write.doc] = write.record

    def _merge(self, merge: Merge, template: Node | None) -> None:
        row = self._row(merge.old)
        if row is None or merge.old == merge.into:
            return
        into_row = self._row(merge.into)
        if into_row is not None:
            into = Node.from_row(into_row)
        elif template is not None:
            into = replace(template, facts=())
        else:
            raise ValueError(f"merge into {merge.into}: no such node and no template")
        moved = [Edge.from_row(d) for *_, d in self._g.out_edges(merge.old, keys=True, data="row")]
        moved += [Edge.from_row(d) for *_, d in self._g.in_edges(merge.old, keys=True, data="row")]
        self._delete_node(merge.old)
        self._set_node(fold_nodes(Node.from_row(row), into))
        for e in moved:
            src = merge.into if e.source == merge.old else e.source
            dst = merge.into if e.target == merge.old else e.target
            self._add_edge(Edge(src, dst, e.type, e.doc, e.label, e.path, e.evidence))
        for doc, rec in list(self._docs.items()):
            if merge.old in rec.node_keys or rec.host_key == merge.old:
                keys = tuple(sorted({merge.into if k == merge.old else k for k in rec.node_keys}))
                host = merge.into if rec.host_key == merge.old else rec.host_key
                self._docs[doc] = DocumentRecord(doc, rec.content_hash, rec.path, host, keys)

    def bulk_write(self, writes: Iterable[DocumentWrite]) -> int:
        """Write many documents and save once. Documents not yet in the store are combined in
        one pass; others (and variant merges) go through the per-document path."""
        fresh: list[DocumentWrite] = []
        with self.batch():
            for write in writes:
                if write.doc in self._docs or write.merges:
                    self._apply(write, no_checkpoint)
                else:
                    fresh.append(write)
            contributions: dict[str, list[Node]] = {}
            for write in fresh:
                for node in write.nodes:
                    contributions.setdefault(node.key, []).append(node)
            for key, nodes in contributions.items():
                row = self._row(key)
                self._set_node(combine_many(Node.from_row(row) if row else None, nodes))
            for write in fresh:
                for edge in write.edges:
                    self._add_edge(edge)
                self._docs[write.doc] = write.record
        return len(fresh)

    # ------------------------------------------------------------------ reads
    def document(self, doc: str) -> DocumentRecord | None:
        return self._docs.get(doc)

    def node(self, key: str) -> Node | None:
        row = self._row(key)
        return Node.from_row(row) if row is not None else None

    def nodes_by_key(self, keys: Collection[str]) -> dict[str, Node]:
        return {k: Node.from_row(r) for k in keys if (r := self._row(k)) is not None}

    def nodes_by_code(self, code: str) -> list[Node]:
        return [n for k in sorted(self._by_code.get(code, ())) if (n := self.node(k))]

    def out_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        wanted = {RelationType(t).value for t in types} if types is not None else None
        return [
            Edge.from_row(d)
            for k in keys
            if k in self._g
            for *_, d in self._g.out_edges(k, keys=True, data="row")
            if wanted is None or d["type"] in wanted
        ]

    def in_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        wanted = {RelationType(t).value for t in types} if types is not None else None
        return [
            Edge.from_row(d)
            for k in keys
            if k in self._g
            for *_, d in self._g.in_edges(k, keys=True, data="row")
            if wanted is None or d["type"] in wanted
        ]

    def iter_nodes(self) -> Iterator[Node]:
        for _, row in self._g.nodes(data="row"):
            yield Node.from_row(row)

    def iter_edges(self) -> Iterator[Edge]:
        for *_, row in self._g.edges(keys=True, data="row"):
            yield Edge.from_row(row)

    def codes(self) -> list[str]:
        return sorted(self._by_code)

    def counts(self) -> dict[str, int]:
        return {
            "nodes": self._g.number_of_nodes(),
            "edges": self._g.number_of_edges(),
            "documents": len(self._docs),
        }

    def clear(self) -> None:
        self._g = nx.MultiDiGraph()
        self._docs = {}
        self._by_code = {}
        self._save()

    def close(self) -> None:
        """Nothing to release: every write is already on disk."""

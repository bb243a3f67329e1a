"""Whether the stored graph is a function of the set of documents, not of their arrival order.

Extracts every document of a corpus once, writes the extractions into fresh stores in several
orders and compares a sorted export of every node (with its facts) and every edge (with its
evidence). Prints each difference against the name-order graph, by node or edge key.

    python -m bench.order_check /work/realcorpus /tmp/speedx-gen --cases tests/realworld/cases
    python -m bench.order_check /work/realcorpus --orders name,reverse --backend sqlite
    NEO4J_URI=bolt://127.0.0.1:7698 python -m bench.order_check /work/realcorpus --backend neo4j

Backends: embedded, sqlite, neo4j (document by document; the server at NEO4J_URI, cleared
before each order: never a server holding data you need) and neo4j-staged (the bulk writer of
`vbgraph ingest`, graph.staged, a prepared batch at a time).

Orders: name (file name order), reverse, largest (largest file first), ab (first half by name,
then the second), ba (the second half, then the first), reopen (name order, the store closed
and opened again between documents: a store on disk). The held-out cases are never read here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph import open_store
from graph.build import build_document
from graph.model import Edge, Node
from graph.store import GraphStore
from ingest.models import Extraction

ORDERS = ("name", "reverse", "largest", "ab", "ba", "reopen")


@dataclass(frozen=True, slots=True)
class Doc:
    """One extracted document: its name (the order key), size and extraction."""

    name: str
    size: int
    extraction: Extraction


def read_folder(folder: Path) -> list[Doc]:
    """Read and extract every file of `folder` (as `vbgraph ingest` would), in name order."""
    from ingest.extract import extract
    from ingest.read import read_document

    docs = []
    for p in sorted(p for p in folder.iterdir() if p.is_file() and p.name != "SOURCE.md"):
        try:
            r = read_document(str(p))
        except Exception:  # noqa: BLE001 — unreadable files are left out of every order alike
            continue
        ext = extract(r.text, path=str(p), metadata=dict(r.metadata), body_start=r.body_start)
        docs.append(Doc(p.name, p.stat().st_size, ext))
    return docs


def read_cases(folder: Path) -> list[Doc]:
    """Each dev case's text as one document (never the held-out set)."""
    from ingest.extract import extract

    if "holdout" in folder.parts:
        raise SystemExit("order_check: the held-out cases are not read")
    docs = []
    for f in sorted(folder.glob("*.json")):
        for case in json.loads(f.read_text(encoding="utf-8")):
            name = f"{f.stem}#{case['id']}"
            text = case["text"]
            docs.append(Doc(name, len(text.encode()), extract(text, path=name)))
    return docs


def ordered(docs: Sequence[Doc], order: str) -> list[Doc]:
    by_name = sorted(docs, key=lambda d: d.name)
    half = len(by_name) // 2
    if order in ("name", "reopen", "ab"):
        return by_name
    if order == "reverse":
        return by_name[::-1]
    if order == "largest":
        return sorted(by_name, key=lambda d: (-d.size, d.name))
    if order == "ba":
        return by_name[half:] + by_name[:half]
    raise ValueError(f"unknown order {order!r}")


def _node_line(n: Node) -> str:
    row = n.as_dict()
    return json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)


def _edge_line(e: Edge) -> str:
    return json.dumps(e.as_dict(), ensure_ascii=False, sort_keys=True, default=str)


def export(store: GraphStore) -> dict[str, str]:
    """Every node and edge as a sorted JSON line, by "node <key>" / "edge <id>"."""
    out = {f"node {n.key}": _node_line(n) for n in store.iter_nodes()}
    out.update((f"edge {e.id}", _edge_line(e)) for e in store.iter_edges())
    return dict(sorted(out.items()))


def build(
    docs: Iterable[Doc], opener: Callable[[], GraphStore], reopen: bool,
    cpu: list[float] | None = None,
) -> dict[str, str]:  # fmt: skip
    """Write `docs` in the order given into a fresh store and export it (`cpu`: the CPU
    seconds of building and writing them is appended to it)."""
    store = opener()
    try:
        start = time.process_time()
        for d in docs:
            store.replace_document(build_document(store, d.extraction))
            if reopen:
                store.close()
                store = opener()
        if cpu is not None:
            cpu.append(time.process_time() - start)
        return export(store)
    finally:
        store.close()


def build_staged(docs: Sequence[Doc], store: GraphStore, batch: int = 32) -> dict[str, str]:
    """Write `docs` into a Neo4j store as `vbgraph ingest` does (graph.staged: `batch`
    extractions prepared at a time, the writer lease held) and export it."""
    from graph.neo4j_store import Neo4jStore
    from graph.staged import StagedNeo4jWriter

    assert isinstance(store, Neo4jStore)
    try:
        with store.writing(wait_s=None):
            writer = StagedNeo4jWriter(store)
            for i in range(0, len(docs), batch):
                chunk = docs[i : i + batch]
                writer.prepare(d.extraction for d in chunk)
                for d in chunk:
                    writer.replace_document(build_document(writer, d.extraction))
            writer.flush()
        return export(store)
    finally:
        store.close()


def _neo4j(*, cleared: bool = True) -> GraphStore:
    """The server at NEO4J_URI (default the dev server's port), cleared. A minute to connect:
    a long check on a busy machine is not a service that must answer in a second."""
    store = open_store(
        "neo4j",
        neo4j_uri=os.environ.get("NEO4J_URI"),
        password=os.environ.get("NEO4J_PASSWORD", "vbgraph-dev-password"),
        neo4j_timeout_s=60.0,
    )
    if cleared:
        store.clear()
    return store


def compare(base: dict[str, str], other: dict[str, str]) -> list[str]:
    """The keys whose lines differ (or are in one export only)."""
    return sorted(k for k in base.keys() | other.keys() if base.get(k) != other.get(k))


def check(docs: Sequence[Doc], orders: Sequence[str], backend: str,
          show: int = 20) -> dict[str, list[str]]:  # fmt: skip
    """Build in each order; the differences of each order against "name"."""
    results: dict[str, dict[str, str]] = {}
    cpu: dict[str, list[float]] = {}
    for order in ("name", *(o for o in orders if o != "name")):
        if backend == "neo4j-staged":
            results[order] = build_staged(ordered(docs, order), _neo4j())
            continue
        with tempfile.TemporaryDirectory(prefix="order-check-") as tmp:
            on_disk = order == "reopen" or backend == "sqlite"
            fresh = [backend == "neo4j"]  # a server store is cleared when first opened

            def opener(
                data_dir: str | None = tmp if on_disk else None, fresh: list[bool] = fresh
            ) -> GraphStore:
                if backend == "neo4j":  # (cleared when first opened)
                    return _neo4j(cleared=bool(fresh and fresh.pop()))
                return open_store(backend, data_dir=data_dir)  # type: ignore[arg-type]

            results[order] = build(
                ordered(docs, order), opener, order == "reopen", cpu.setdefault(order, [])
            )
    base = results["name"]
    diffs = {o: compare(base, results[o]) for o in orders if o != "name"}
    if cpu:  # (the writer's cost depends on the order: a large text written early is
        # written again for each later dated document its undated mentions then name)
        print("  writer CPU s: " + ", ".join(f"{o} {sum(t):.2f}" for o, t in cpu.items()))
    for order, keys in diffs.items():
        print(f"  {order}: {len(keys)} differences")
        fields = Counter(f for k in keys for f in fields_apart(base.get(k), results[order].get(k)))
        if fields:
            print("    by field: " + ", ".join(f"{f} {n}" for f, n in fields.most_common()))
        for k in keys[:show]:
            print(f"    {k}")
            for line in _fields_apart(base.get(k), results[order].get(k), order):
                print(f"      {line}")
    return diffs


def fields_apart(a: str | None, b: str | None) -> list[str]:
    """The names of the fields two exported lines differ in ("whole": one is absent)."""
    if a is None or b is None:
        return ["whole"]
    da, db = json.loads(a), json.loads(b)
    return sorted(f for f in da.keys() | db.keys() if da.get(f) != db.get(f))


def _fields_apart(a: str | None, b: str | None, order: str, width: int = 300) -> list[str]:
    """The fields two exported lines differ in (the whole line where one is absent)."""
    if a is None or b is None:
        return [f"only in {'name' if b is None else order}"]
    da, db = json.loads(a), json.loads(b)
    out = []
    for f in sorted(da.keys() | db.keys()):
        if da.get(f) != db.get(f):
            out.append(f"{f}: name {json.dumps(da.get(f), ensure_ascii=False)[:width]}")
            out.append(f"{f}: {order} {json.dumps(db.get(f), ensure_ascii=False)[:width]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, help="corpora (one document a file)")
    ap.add_argument("--cases", type=Path, help="a folder of dev case files (each text one doc)")
    ap.add_argument("--orders", default=",".join(ORDERS))
    ap.add_argument(
        "--backend", default="embedded", choices=("embedded", "sqlite", "neo4j", "neo4j-staged")
    )
    ap.add_argument("--show", type=int, default=20, help="differences printed per order")
    args = ap.parse_args(argv)
    orders = [o for o in args.orders.split(",") if o]
    corpora: list[tuple[str, list[Doc]]] = [(str(f), read_folder(f)) for f in args.folders]
    if args.cases:
        corpora.append((f"cases {args.cases}", read_cases(args.cases)))
    total = 0
    for name, docs in corpora:
        print(f"{name}: {len(docs)} documents, backend {args.backend}")
        diffs = check(docs, orders, args.backend, args.show)
        total += sum(len(v) for v in diffs.values())
    print(f"total differences: {total}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())

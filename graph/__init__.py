"""The citation graph: document nodes with identity keys, typed edges, three stores, lineage.

store = open_store("sqlite", data_dir=".data/graph")  # or "embedded" (networkx), "neo4j"
ingest_file(store, "examples/corpus/001_a85e39af42177292.txt")
down(store, resolve(store, "62 KL TW")).by_level()
"""

from __future__ import annotations

import os
from typing import Literal

from graph.build import build_document, ingest_extraction, ingest_file
from graph.errors import AmbiguousCode, DocumentNotFound, StoreUnavailable
from graph.lineage import down, neighbours, path, resolve, stats, subgraph, up
from graph.model import Edge, Node
from graph.store import GraphStore

DEFAULT_NEO4J_URI = "bolt://127.0.0.1:7687"


def open_store(
    backend: Literal["embedded", "neo4j", "sqlite"] = "sqlite",
    *,
    data_dir: str | os.PathLike[str] | None = None,
    neo4j_uri: str | None = None,
    user: str = "neo4j",
    password: str | None = None,
    neo4j_timeout_s: float = 1.0,
) -> GraphStore:
    """Open the graph store named by `backend`.

    Parameters
    ----------
    backend : "sqlite" (the default: one SQLite file, nothing loaded on opening, for a
        million documents on a laptop), "embedded" (a networkx graph held in memory, saved as
        a snapshot and journal) or "neo4j"
    data_dir : path, optional
        SQLite or embedded store directory (None: SQLite in a temporary directory removed on
        close; embedded in memory only). A SQLite store created where an embedded one is
        starts as a copy of it (graph.sqlite_import.open_sqlite).
    neo4j_uri, user, password : str, optional
        Neo4j connection (default bolt://127.0.0.1:7687, user neo4j).
    neo4j_timeout_s : float
        Seconds to connect, get a connection and retry before the store is unavailable.

    Raises
    ------
    StoreUnavailable
        If the store cannot be opened (server down, bad credentials, corrupt file).
    ValueError
        For an unknown backend.
    """
    if backend == "embedded":
        # imported here, as the other stores are: the extraction workers of `vbgraph ingest
        # --jobs N` import this package (for its types) but never open a store (networkx, 0.1 s)
        from graph.embedded import EmbeddedStore

        return EmbeddedStore(data_dir)
    if backend == "sqlite":
        from graph.sqlite_import import open_sqlite

        return open_sqlite(data_dir)
    if backend == "neo4j":
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(
            neo4j_uri or DEFAULT_NEO4J_URI, user, password or "", timeout_s=neo4j_timeout_s
        )
    raise ValueError(f"unknown graph backend {backend!r} (embedded, sqlite or neo4j)")


__all__ = [
    "AmbiguousCode",
    "DocumentNotFound",
    "Edge",
    "GraphStore",
    "Node",
    "StoreUnavailable",
    "build_document",
    "down",
    "ingest_extraction",
    "ingest_file",
    "neighbours",
    "open_store",
    "path",
    "resolve",
    "stats",
    "subgraph",
    "up",
]

"""Copy a store into an empty SQLite store, row by row as it holds them: what switching an
existing data directory from the embedded store (graph.json) to SQLite takes.

    copy_store(EmbeddedStore(".data"), SQLiteStore(".data"))   # graph.sqlite beside graph.json
"""

from __future__ import annotations

from collections.abc import Iterator

from graph.embedded import EmbeddedStore
from graph.model import Fact, Node
from graph.sqlite_store import SQLiteStore

NODES_PER_TRANSACTION = 20_000


def _said(node: Node) -> Iterator[tuple[str, str, tuple[Fact, ...]]]:
    """What each document says about `node` (its facts, by document)."""
    by_doc: dict[str, list[Fact]] = {}
    for f in node.facts:
        by_doc.setdefault(f.doc, []).append(f)
    for doc, facts in by_doc.items():
        yield node.key, doc, tuple(facts)


def copy_store(source: EmbeddedStore, target: SQLiteStore) -> dict[str, int]:
    """Write every node (its head and what each document says about it), edge and document
    record of `source` into `target`, which must be empty; return the target's counts.

    Raises
    ------
    ValueError
        If `target` already holds something.
    """
    if any(target.counts().values()):
        raise ValueError(f"the SQLite store {target.file} is not empty")
    nodes: list[Node] = []
    for node in source.iter_nodes():
        nodes.append(node)
        if len(nodes) >= NODES_PER_TRANSACTION:
            target.load([n.head for n in nodes], [s for n in nodes for s in _said(n)])
            nodes = []
    target.load(
        [n.head for n in nodes],
        [s for n in nodes for s in _said(n)],
        edges=source.iter_edges(),
        records=source.iter_documents(),
    )
    return target.counts()

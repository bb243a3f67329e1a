"""Copy a store into an empty SQLite store, row by row as it holds them: what switching an
existing data directory from the embedded store (graph.json) to SQLite takes.

    copy_store(EmbeddedStore(".data"), SQLiteStore(".data"))   # graph.sqlite beside graph.json
    open_sqlite(".data")   # the same, done once, when the SQLite store is first created there
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

from graph import sqlite_schema as S
from graph.embedded import FILE_NAME as EMBEDDED_FILE_NAME
from graph.embedded import EmbeddedStore
from graph.errors import StoreUnavailable
from graph.model import Fact, Node
from graph.sqlite_store import SQLiteStore

_log = logging.getLogger(__name__)

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


def open_sqlite(data_dir: str | os.PathLike[str] | None) -> SQLiteStore:
    """Open the SQLite store in `data_dir`; when this creates it in a directory that holds an
    embedded store (graph.json, the default before the SQLite store was), copy that graph in
    first, so that nothing ingested before is lost. graph.json is left as it was.

    Raises
    ------
    StoreUnavailable
        If the store cannot be opened, or the embedded store cannot be read or copied (the
        half-made SQLite file is removed, so the next open tries again).
    """
    where = None if data_dir is None else Path(data_dir)
    adopt = (
        where is not None
        and (where / EMBEDDED_FILE_NAME).exists()
        and not (where / S.FILE_NAME).exists()
    )
    if adopt and where is not None and not os.access(where, os.W_OK):
        raise StoreUnavailable(
            f"{where} holds an embedded store ({EMBEDDED_FILE_NAME}) and cannot be written, so "
            "it cannot be copied into SQLite: read it with --backend embedded "
            "(VBGRAPH_BACKEND=embedded)"
        )
    store = SQLiteStore(data_dir)
    if not adopt or where is None:
        return store
    try:
        with store.batch():  # the writer lock: a second process opening now waits
            if any(store.counts().values()):
                return store  # another process copied it first
            _log.warning(
                "vbgraph: chép kho nhúng cũ sang SQLite / copying the embedded store %s into %s",
                where / EMBEDDED_FILE_NAME, store.file,
            )
            store.adopted = copy_store(EmbeddedStore(where), store)
            _log.warning("vbgraph: đã chép / copied %s", store.adopted)
    except BaseException as exc:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            (where / (S.FILE_NAME + suffix)).unlink(missing_ok=True)
        if isinstance(exc, StoreUnavailable | KeyboardInterrupt | SystemExit):
            raise
        raise StoreUnavailable(
            f"cannot copy the embedded store {where / EMBEDDED_FILE_NAME} into SQLite: {exc}"
        ) from exc
    return store

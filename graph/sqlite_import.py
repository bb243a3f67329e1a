"""Copy a store into an empty SQLite store, row by row as it holds them: what switching an
existing data directory from the embedded store (graph.json) to SQLite takes.

    copy_store(EmbeddedStore(".data"), SQLiteStore(".data"))   # graph.sqlite beside graph.json
    open_sqlite(".data")   # the same, done once, when the SQLite store is first created there
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from graph import sqlite_schema as S
from graph.errors import StoreUnavailable
from graph.locking import writer_lock
from graph.model import Fact, Node
from graph.sqlite_store import SQLiteStore
from graph.store_files import EMBEDDED_FILE as EMBEDDED_FILE_NAME

if TYPE_CHECKING:
    from graph.embedded import EmbeddedStore

_log = logging.getLogger(__name__)

NODES_PER_TRANSACTION = 20_000
STAGING_DIR = ".graph.sqlite.copying"  # where open_sqlite makes the copy before renaming it


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
    """Open the SQLite store in `data_dir`; where the directory holds an embedded store
    (graph.json, the default before the SQLite store was) and no SQLite store yet, copy that
    graph in first, so that nothing ingested before is lost. graph.json is left as it was.

    The copy is made beside the store and renamed into place when complete, under the
    directory's writer lock: another process opening the directory meanwhile waits for it,
    and an interrupted copy leaves no half-made store (the next open copies again).

    Raises
    ------
    StoreUnavailable
        If the store cannot be opened, or the embedded store cannot be read or copied.
    """
    where = None if data_dir is None else Path(data_dir)
    if where is None or not (where / EMBEDDED_FILE_NAME).exists():
        return SQLiteStore(data_dir)
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(writer_lock(where, None))
        except StoreUnavailable:
            if os.access(where, os.W_OK):
                raise
            # a read-only directory: nobody copies into it meanwhile (and _copy_embedded says
            # why it cannot copy there)
        counts = None if (where / S.FILE_NAME).exists() else _copy_embedded(where)
        store = SQLiteStore(where)
        store.adopted = counts
        return store


def _copy_embedded(where: Path) -> dict[str, int]:
    """Copy the embedded store of `where` into a SQLite file made beside it, then rename the
    file into place; the counts copied."""
    if not os.access(where, os.W_OK):
        raise StoreUnavailable(
            f"thư mục có kho nhúng cũ ({EMBEDDED_FILE_NAME}) nhưng không ghi được, nên không "
            "chép sang SQLite được: hãy đọc nó bằng --backend embedded (VBGRAPH_BACKEND=embedded)",
            f"holds an embedded store ({EMBEDDED_FILE_NAME}) and cannot be written, so it "
            "cannot be copied into SQLite: read it with --backend embedded "
            "(VBGRAPH_BACKEND=embedded)",
            subject=str(where),
        )
    staging = where / STAGING_DIR
    shutil.rmtree(staging, ignore_errors=True)  # what an interrupted copy left
    _log.warning(
        "vbgraph: chép kho nhúng cũ sang SQLite / copying the embedded store %s into %s",
        where / EMBEDDED_FILE_NAME, where / S.FILE_NAME,
    )
    try:
        target = SQLiteStore(staging)
        try:
            from graph.embedded import EmbeddedStore  # networkx, only to copy one

            counts = copy_store(EmbeddedStore(where), target)
        finally:
            target.close()
        for suffix in ("-wal", ""):  # a log the close left (none, normally) goes with it
            if (staging / (S.FILE_NAME + suffix)).exists():
                os.replace(staging / (S.FILE_NAME + suffix), where / (S.FILE_NAME + suffix))
    except (StoreUnavailable, KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:
        raise StoreUnavailable(
            "không chép được kho nhúng cũ sang SQLite",
            f"cannot copy the embedded store into SQLite: {exc}",
            subject=str(where / EMBEDDED_FILE_NAME),
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _log.warning("vbgraph: đã chép / copied %s", counts)
    return counts

"""The SQLite store: the same GraphStore in one SQLite file (WAL mode) in the data directory.

Nothing is loaded on opening: every read is an indexed query (tables in graph.sqlite_schema),
so a store of a million documents opens at once and holds only SQLite's page cache in memory.
Writes follow the plan every store follows (graph.sqlite_writes), one transaction per document
(all or nothing), serialised between processes by the data directory's writer lock as on the
embedded store (a second writer waits, then writes on current state; readers never wait and
see every committed write). Inside a batch (`vbgraph ingest`) documents are committed in groups
(`_Group`): each document is still all or nothing (a savepoint), a commit costs once per group.
Walks run level by level on the edge indexes (graph.store.LevelWalks);
reports and search are SQL aggregations and an FTS5 index kept up to date on write
(graph.sqlite_reports).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from graph import sqlite_reports as R
from graph import sqlite_schema as S
from graph import undated as U
from graph.errors import StoreCorrupt, StoreUnavailable, store_corrupt, store_failed
from graph.locking import writer_lock
from graph.model import DocumentRecord, DocumentWrite, Edge, Fact, Head, Node, decode_said
from graph.sqlite_writes import Transaction
from graph.store import (
    Checkpoint,
    DocumentSelection,
    PlaceNames,
    RankGroup,
    ReportRow,
    Tallies,
    Unit,
    WalksByLevel,
    no_checkpoint,
)
from ingest.codes import Level
from ingest.relations import RelationType

_log = logging.getLogger(__name__)

WRITE_WAIT_S = 30.0  # how long one document's write waits for another writer
BULK_DOCS = 5_000  # documents per bulk transaction
# A batch commits its documents in groups: at most this many, or this long after the first.
# Each commit costs a few milliseconds (the WAL frames, FTS5 segments merged); readers see a
# group when it is committed, and a writer killed outright loses at most the open group.
GROUP_DOCS = 500
GROUP_S = 1.0
CACHE_KIB = 32_768  # SQLite page cache per connection (the OS caches the file too)
# Pages the write-ahead log may hold before SQLite copies them into the file (a checkpoint,
# synced to disk): SQLite's default, and a batch's. A page a batch writes again and again is
# copied once per checkpoint, so fewer checkpoints copy and sync less (a 40 MB ingest: 13 syncs
# instead of 24, 12.8k page reads instead of 21.9k). Nothing of a crash's safety changes: each
# commit is in the log as before; the log only grows larger (at most 64 MB of 4 KB pages).
CHECKPOINT_PAGES = 1_000
BATCH_CHECKPOINT_PAGES = 16_384
_WAL_RETRY_S = 0.01  # first pause between tries to switch a new file to WAL (doubles, ≤ 0.2)


def _enter_wal(conn: sqlite3.Connection, deadline: float) -> None:
    """Put the file in WAL mode (a no-op once it is). On a new file the switch needs the file to
    itself, and SQLite answers "database is locked" at once, without its busy wait, while another
    process opens the same new store: try again until `deadline`."""
    pause = _WAL_RETRY_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


# A whole node: its head and what every document says about it, in one statement.
_WHOLE = (
    f"SELECT {S.HEADS}, (SELECT json_group_array(json_array(s.doc, s.facts)) FROM said s "
    "WHERE s.key = n.key) FROM nodes n "
)


@dataclass
class _Group:
    """A batch's open group of documents: the thread writing it, its transaction once begun,
    when that began and how many documents it holds."""

    thread: int
    tx: Transaction | None = None
    opened: float = 0.0
    docs: int = 0


def _node(row: Any) -> Node:
    said: list[list[str]] = orjson.loads(row[len(S.HEAD_COLUMNS)])
    facts = [f for doc, text in said for f in decode_said(text, doc)]
    return S.to_head(row).with_facts(facts)


class SQLiteStore(WalksByLevel):
    """GraphStore in ``graph.sqlite`` under `data_dir` (None: a temporary directory, removed
    on close).

    Parameters
    ----------
    data_dir : path or None
        Directory holding the store; created if missing.

    Raises
    ------
    StoreCorrupt
        If the file is not a store of this format.
    StoreUnavailable
        If it cannot be opened.
    """

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        self._temporary = data_dir is None
        self._dir = Path(data_dir if data_dir is not None else tempfile.mkdtemp(prefix="vbgraph-"))
        self.file = self._dir / S.FILE_NAME
        # a store nobody here may write (a copy handed out read-only): read as it is, no locks
        self.read_only = self.file.exists() and not (
            os.access(self.file, os.W_OK) and os.access(self._dir, os.W_OK)
        )
        # the counts copied from an embedded store on creation (graph.sqlite_import.open_sqlite)
        self.adopted: dict[str, int] | None = None
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._mutex = threading.RLock()
        self._lock_fh: IO[bytes] | None = None  # the writer lock, while held
        self._lock_owner: int | None = None  # the thread holding it
        self._lock_depth = 0
        self._seen_version: int | None = None
        self._watch: sqlite3.Connection | None = None  # the connection `stale` asks
        self._group: _Group | None = None  # a batch's documents not yet committed
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise store_failed("open", self._dir, exc) from exc
        with self._errors():
            conn = self._conn()
            try:
                S.create(conn, writable=not self.read_only, steps={"2": self._rekey})
            except (ValueError, sqlite3.DatabaseError) as exc:
                if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                    raise
                raise self._corrupt(exc) from exc
        self._seen_version = self._data_version()

    def _rekey(self, conn: sqlite3.Connection) -> None:
        """Bring a store written before keys carried the scope to today's keys, in the
        upgrade's transaction (graph.undated.scope_renames): each node renamed as a variant
        merge folds one, the texts whose undated mentions name it written again naming it
        anew. (This store's reads run on `conn`, this thread's connection.)"""
        tx = Transaction(conn)
        rows = conn.execute(
            f"SELECT {S.HEADS} FROM nodes n WHERE n.key = n.base AND n.scope IS NOT NULL"
        ).fetchall()
        for merge, head in U.scope_renames(S.to_head(r) for r in rows):
            into = tx.heads([merge.into]).get(merge.into) or head
            rewrites = U.renaming_writes(self, merge, into)
            tx.merge(merge, head.with_facts(()))
            for write in rewrites:
                tx.apply(write, no_checkpoint)
        tx.settle()

    # ------------------------------------------------------------------ connections
    def _conn(self) -> sqlite3.Connection:
        """This thread's connection (SQLite connections are not shared between threads)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            conn = sqlite3.connect(
                f"{self.file.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                isolation_level=None, check_same_thread=False,
            )  # fmt: skip
        else:
            conn = sqlite3.connect(
                self.file, isolation_level=None, check_same_thread=False, timeout=WRITE_WAIT_S
            )
            _enter_wal(conn, time.monotonic() + WRITE_WAIT_S)
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        with self._mutex:
            self._connections.append(conn)
        return conn

    def _corrupt(self, why: object) -> StoreCorrupt:
        return store_corrupt(self.file, why)

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise store_failed("use", self.file, exc) from exc
            raise self._corrupt(exc) from exc

    def _read(self, sql: str, params: Iterable[object] = ()) -> list[Any]:
        with self._errors():
            return self._conn().execute(sql, tuple(params)).fetchall()

    # ------------------------------------------------------------------ writer lock
    @contextlib.contextmanager
    def _writing(self, wait_s: float | None) -> Iterator[None]:
        """Hold the data directory's writer lock (re-entrant in one thread)."""
        me = threading.get_ident()
        if self._lock_owner == me:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        with writer_lock(self._dir, wait_s) as fh:
            self._lock_fh, self._lock_owner, self._lock_depth = fh, me, 1
            try:
                yield
            finally:
                self._lock_fh, self._lock_owner, self._lock_depth = None, None, 0

    @contextlib.contextmanager
    def _transaction(self, wait_s: float | None) -> Iterator[Transaction]:
        """One write transaction under the writer lock: committed whole, or rolled back."""
        self._end_group()  # what this thread's batch holds open is committed first
        with self._writing(wait_s), self._errors():
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            tx = Transaction(conn)
            try:
                yield tx
                tx.settle()
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            self._seen_version = self._data_version()  # our own write: nothing to take in

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Hold the writer lock across many writes (ingesting a folder): another writer waits
        (a warning says so). Documents are committed in groups (GROUP_DOCS, GROUP_S), each
        document whole (a savepoint of its own), and what is open is committed when the batch
        ends, so those written before an error or an interrupt are kept; a process killed
        outright loses the open group, never part of a document. Commits are not synced to
        disk on their own (WAL with synchronous NORMAL: a crash keeps a consistent store, a
        power cut may lose the last documents, as the embedded store's batch, saved at its
        end), and the log is copied into the file less often (BATCH_CHECKPOINT_PAGES)."""
        me = threading.get_ident()
        with self._writing(wait_s=None), self._errors():
            conn = self._conn()
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {BATCH_CHECKPOINT_PAGES}")
            outer = self._group is None
            if outer:
                self._group = _Group(me)
            try:
                yield
            finally:
                try:
                    if outer:
                        self._end_group()
                finally:
                    if outer:
                        self._group = None
                    conn.execute("PRAGMA synchronous = FULL")
                    conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")

    @contextlib.contextmanager
    def _document_write(self) -> Iterator[Transaction]:
        """One document's write: in this thread's batch, a savepoint in the open group (the
        group committed when full); otherwise a transaction of its own."""
        group = self._group
        if group is None or group.thread != threading.get_ident():
            with self._transaction(WRITE_WAIT_S) as tx:
                yield tx
            return
        with self._errors():
            conn = self._conn()
            if group.tx is None:
                conn.execute("BEGIN IMMEDIATE")
                group.tx, group.opened, group.docs = Transaction(conn), time.monotonic(), 0
            conn.execute("SAVEPOINT document")
            try:
                yield group.tx
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK TO document")
                    conn.execute("RELEASE document")
                else:  # SQLite ended the whole transaction (a full disk): the group is gone
                    group.tx = None
                    if isinstance(exc, sqlite3.Error | StoreUnavailable):
                        raise self._group_lost(exc, group.docs) from exc
                raise
            conn.execute("RELEASE document")
            group.docs += 1
            if group.docs >= GROUP_DOCS or time.monotonic() - group.opened >= GROUP_S:
                self._end_group()

    def _end_group(self) -> None:
        """Commit the documents of this thread's batch not yet committed, if any."""
        group = self._group
        if group is None or group.tx is None or group.thread != threading.get_ident():
            return
        tx, group.tx = group.tx, None
        conn = tx.conn
        try:
            with self._errors():
                tx.settle()
                conn.execute("COMMIT")
        except StoreUnavailable as exc:
            with contextlib.suppress(sqlite3.Error):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            raise self._group_lost(exc, group.docs) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self._seen_version = self._data_version()

    def _group_lost(self, exc: Exception, docs: int) -> StoreUnavailable:
        """What to say when a batch's open group could not be committed."""
        why = exc if isinstance(exc, StoreUnavailable) else store_failed("use", self.file, exc)
        return StoreUnavailable(
            f"{why.vi}; {docs} văn bản cuối, ghi sau lần lưu trước, chưa được lưu: hãy nạp lại "
            "chúng (các văn bản trước đó đã lưu)",
            f"{why.en}; the last {docs} document(s) written since the previous commit are not "
            "stored: ingest them again (the ones before are)",
            subject=why.subject,
        )

    def _data_version(self) -> int:
        """The file's version as one connection sees it (PRAGMA data_version moves when
        another connection commits; its values compare only on one connection)."""
        with self._errors(), self._mutex:
            if self._watch is None:
                self._watch = self._connect()
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def stale(self) -> bool:
        """Whether another connection committed since this store last looked."""
        return self._data_version() != self._seen_version

    def refresh(self) -> bool:
        """Note what others wrote (readers see it anyway); True if anything was."""
        version = self._data_version()
        changed = version != self._seen_version
        self._seen_version = version
        return changed

    # ------------------------------------------------------------------ writes
    def replace_document(
        self, write: DocumentWrite, *, checkpoint: Checkpoint = no_checkpoint
    ) -> None:
        with self._document_write() as tx:
            tx.apply(write, checkpoint)

    def remove_document(self, doc: str) -> bool:
        """Take document `doc` out in one write (`graph.removal`); False if it is not stored.

        The removal is built inside its write transaction, under the writer lock (this
        store's reads run on the transaction's connection): a text another writer stores
        meanwhile is either read by the build or written after the removal, never between."""
        from graph.build import removal_write  # (graph.build reads stores)

        with self._document_write() as tx:
            rec = tx.document(doc)
            return rec is not None and tx.remove(removal_write(self, rec))

    def bulk_write(self, writes: Iterable[DocumentWrite]) -> int:
        """Write many documents, BULK_DOCS per transaction; documents already stored, and
        those with merges or earlier versions, go through the one-document path."""
        n = 0
        chunk: list[DocumentWrite] = []
        with self._writing(wait_s=None):
            for write in writes:
                chunk.append(write)
                if len(chunk) >= BULK_DOCS:
                    n += self._bulk_chunk(chunk)
                    chunk = []
            if chunk:
                n += self._bulk_chunk(chunk)
        return n

    def _bulk_chunk(self, writes: list[DocumentWrite]) -> int:
        with self._transaction(wait_s=None) as tx:
            present = {
                r[0]
                for r in tx.conn.execute(
                    "SELECT doc FROM documents WHERE doc IN (SELECT value FROM json_each(?))",
                    (S.keys_param(w.doc for w in writes),),
                )
            }
            fresh = []
            for w in writes:
                if w.doc in present or w.merges or w.supersedes or w.rewrites:
                    tx.apply(w, no_checkpoint)
                    present.add(w.doc)
                else:
                    fresh.append(w)
            tx.write_new(fresh)
        return len(fresh)

    def load(
        self,
        heads: Sequence[Head],
        said: Iterable[tuple[str, str, tuple[Fact, ...]]],
        *,
        edges: Iterable[Edge] = (),
        records: Iterable[DocumentRecord] = (),
    ) -> None:
        """Write rows another store holds, as they are, in one transaction (graph.sqlite_import):
        heads of nodes not yet stored, what documents say about them, edges, records."""
        with self._transaction(wait_s=None) as tx:
            tx.load(heads, said, edges, records)

    # ------------------------------------------------------------------ reads
    def document(self, doc: str) -> DocumentRecord | None:
        rows = self._read("SELECT * FROM documents WHERE doc = ?", (doc,))
        return S.to_record(rows[0]) if rows else None

    def documents_at(self, path: str) -> list[DocumentRecord]:
        """The documents stored from the source `path`."""
        rows = self._read("SELECT * FROM documents WHERE path = ? ORDER BY doc", (path,))
        return [S.to_record(r) for r in rows]

    def head(self, key: str) -> Head | None:
        rows = self._read(f"SELECT {S.HEADS} FROM nodes n WHERE n.key = ?", (key,))
        return S.to_head(rows[0]) if rows else None

    def heads_by_key(self, keys: Collection[str]) -> dict[str, Head]:
        rows = self._read(
            f"SELECT {S.HEADS} FROM nodes n WHERE n.key IN (SELECT value FROM json_each(?))",
            (S.keys_param(keys),),
        )
        return {r[0]: S.to_head(r) for r in rows}

    def heads_by_code(self, code: str) -> list[Head]:
        rows = self._read(
            f"SELECT {S.HEADS} FROM codes c JOIN nodes n ON n.key = c.key WHERE c.code = ? "
            "ORDER BY n.key",
            (code,),
        )
        return [S.to_head(r) for r in rows]

    def heads_by_codes(self, codes: Collection[str]) -> dict[str, list[Head]]:
        found: dict[str, list[Head]] = {code: [] for code in codes}
        rows = self._read(
            f"SELECT c.code, {S.HEADS} FROM codes c JOIN nodes n ON n.key = c.key "
            "WHERE c.code IN (SELECT value FROM json_each(?)) ORDER BY c.code, n.key",
            (S.keys_param(found),),
        )
        for row in rows:
            found[row[0]].append(S.to_head(row[1:]))
        return found

    def said(self, key: str, doc: str) -> tuple[Fact, ...]:
        rows = self._read("SELECT facts FROM said WHERE key = ? AND doc = ?", (key, doc))
        return decode_said(rows[0][0], doc) if rows else ()

    def citing_documents(self, key: str, field: str | None = None) -> list[str]:
        if field is None:
            rows = self._read("SELECT doc FROM said WHERE key = ? ORDER BY doc", (key,))
            return [r[0] for r in rows]
        rows = self._read(
            "SELECT doc, facts FROM said WHERE key = ? AND instr(facts, ?) ORDER BY doc",
            (key, orjson.dumps(field).decode()),
        )
        return [d for d, text in rows if any(f.field == field for f in decode_said(text, d))]

    def document_contribution(
        self, record: DocumentRecord
    ) -> tuple[list[Head], list[Edge], list[tuple[str, str, str]]]:
        heads = list(self.heads_by_key(record.node_keys).values())
        found = self._read(
            f"SELECT {S.EDGES} FROM edges e WHERE e.source IN (SELECT value FROM json_each(?)) "
            "AND e.doc = ?",
            (S.keys_param(record.node_keys), record.doc),
        )
        edges = [S.to_edge(r) for r in found]
        rows = self._read(
            "SELECT key, facts FROM said WHERE doc = ? AND key IN "
            "(SELECT value FROM json_each(?)) ORDER BY key",
            (record.doc, S.keys_param(record.node_keys)),
        )
        return heads, edges, [(k, record.doc, text) for k, text in rows]

    def said_many(
        self, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[Fact, ...]]:
        """What each document of `pairs` ((key, doc)) says about the node `key`."""
        rows = self._read(
            "SELECT s.key, s.doc, s.facts FROM json_each(?) p "
            "JOIN said s ON s.key = json_extract(p.value, '$[0]') "
            "AND s.doc = json_extract(p.value, '$[1]')",
            (orjson.dumps([list(p) for p in pairs]).decode(),),
        )
        return {(k, d): decode_said(f, d) for k, d, f in rows}

    def node(self, key: str) -> Node | None:
        rows = self._read(_WHOLE + "WHERE n.key = ?", (key,))
        return _node(rows[0]) if rows else None

    def nodes_by_key(self, keys: Collection[str]) -> dict[str, Node]:
        rows = self._read(
            _WHOLE + "WHERE n.key IN (SELECT value FROM json_each(?))", (S.keys_param(keys),)
        )
        return {n.key: n for n in map(_node, rows)}

    def nodes_by_code(self, code: str) -> list[Node]:
        rows = self._read(
            _WHOLE + "WHERE n.key IN (SELECT key FROM codes WHERE code = ?) ORDER BY n.key",
            (code,),
        )
        return [_node(r) for r in rows]

    def _edges(
        self, column: str, keys: Collection[str], types: Collection[RelationType] | None
    ) -> list[Edge]:
        rows = self._read(
            f"SELECT {S.EDGES} FROM edges e WHERE e.{column} IN "
            f"(SELECT value FROM json_each(?)) AND {R.types_sql(types, 'e.type')}",
            (S.keys_param(keys),),
        )
        return [S.to_edge(r) for r in rows]

    def out_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        return self._edges("source", keys, types)

    def in_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        return self._edges("target", keys, types)

    def iter_nodes(self) -> Iterator[Node]:
        with self._errors():
            for row in self._conn().execute(_WHOLE + "ORDER BY n.key"):
                yield _node(row)

    def iter_edges(self) -> Iterator[Edge]:
        with self._errors():
            for row in self._conn().execute(f"SELECT {S.EDGES} FROM edges e ORDER BY e.id"):
                yield S.to_edge(row)

    def iter_documents(self) -> Iterator[DocumentRecord]:
        """Every ingested document's record, by document id."""
        with self._errors():
            for row in self._conn().execute("SELECT * FROM documents ORDER BY doc"):
                yield S.to_record(row)

    def codes(self) -> list[str]:
        return [r[0] for r in self._read("SELECT DISTINCT code FROM codes ORDER BY code")]

    def counts(self) -> dict[str, int]:
        (row,) = self._read(
            "SELECT (SELECT count(*) FROM nodes), (SELECT count(*) FROM edges), "
            "(SELECT count(*) FROM documents)"
        )
        return {"nodes": int(row[0]), "edges": int(row[1]), "documents": int(row[2])}

    def clear(self) -> None:
        with self._transaction(WRITE_WAIT_S) as tx:
            for table in S.TABLES:
                tx.conn.execute(f"DELETE FROM {table}")

    def close(self) -> None:
        with self._mutex:
            connections, self._connections = self._connections, []
            self._watch = None
        for conn in connections:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._local = threading.local()
        if self._temporary:
            shutil.rmtree(self._dir, ignore_errors=True)

    # ------------------------------------------------------------------ walks (QueryingStore)
    # The walks come from WalksByLevel: one indexed query per level on the edge indexes.
    def close_codes(self, text: str, *, limit: int) -> list[str]:
        """The codes closest to `text`, candidates from the FTS5 index (graph.sqlite_reports)."""
        with self._errors():
            return R.close_codes(self._conn(), text, limit=limit)

    # ------------------------------------------------------------------ search, reports
    def search_candidates(self, text: str, *, limit: int) -> list[tuple[Head, int]]:
        with self._errors():
            return R.search_candidates(self._conn(), text, limit=limit)

    def heads_placed(self, units: Sequence[Unit], *, limit: int) -> list[tuple[Head, int]]:
        """The heads placed at `units`, through the place index (graph.sqlite_reports)."""
        with self._errors():
            return R.heads_placed(self._conn(), units, limit=limit)

    def report_rows(self, keys: Collection[str], *, cited: bool = False) -> dict[str, ReportRow]:
        with self._errors():
            return R.report_rows(self._conn(), keys, cited=cited)

    def ranked(
        self,
        *,
        types: Collection[RelationType] | None,
        level: Level | None,
        year: int | None,
        by: RankGroup | None,
        limit: int,
    ) -> list[tuple[str, str, int]]:
        with self._errors():
            return R.ranked(self._conn(), types=types, level=level, year=year, by=by,
                            limit=limit)  # fmt: skip

    def local_places(self) -> list[tuple[Level, str | None, str | None, str | None]]:
        with self._errors():
            return R.local_places(self._conn())

    def uncertain_citers(
        self, keys: Collection[str], types: Collection[RelationType] | None
    ) -> dict[str, int]:
        with self._errors():
            return R.uncertain_citers(self._conn(), keys, types)

    # ------------------------------------------------------------------ the document list
    def document_kinds(self) -> list[str]:
        with self._errors():
            return R.document_kinds(self._conn())

    def document_places(self) -> list[PlaceNames]:
        with self._errors():
            return R.document_places(self._conn())

    def document_keys(
        self, selection: DocumentSelection, *, limit: int | None, offset: int
    ) -> tuple[int, list[str]]:
        with self._errors():
            return R.document_keys(self._conn(), selection, limit=limit, offset=offset)

    def document_issuers(self) -> tuple[list[str], list[str]]:
        with self._errors():
            return R.document_issuers(self._conn())

    def flagged(self) -> dict[str, tuple[str, ...]]:
        with self._errors():
            return R.flagged(self._conn())

    def ending(self, relies: Collection[RelationType]) -> tuple[list[Edge], list[Edge]]:
        with self._errors():
            return R.ending(self._conn(), relies)

    def tallies(self) -> Tallies:
        with self._errors():
            return R.tallies(self._conn())

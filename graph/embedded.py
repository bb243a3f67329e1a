"""The embedded store: a networkx graph in memory, saved as a snapshot plus a journal.

The graph is a `networkx.MultiDiGraph`: each node carries its row as the node attribute
``row``, each edge is keyed by its edge id and carries its row as the edge attribute ``row``.
Nodes, edges and document records are kept as the flat rows of their storage spelling (lists,
columns as in NODE_FIELDS, EDGE_FIELDS, DOC_FIELDS); `Head`, `Node` and `Edge` values are built
from a row only when read, so opening a large store builds few Python objects. A node's row is
its head (identity, description, tally of its facts); what each document says about it (its
facts) is kept apart, one encoded entry per (node, document), so adding a citer to a node cited
by thousands adds one entry and rewrites a head of constant size (issue 17). Document rows,
those entries and the code index sit beside the graph in plain dicts.

On disk, ``graph.json`` is a versioned snapshot (orjson) and ``graph.journal`` an append-only
log of the row changes written since: a small write appends one line (write + fsync) instead of
rewriting the whole graph; a large write, or a journal grown past a share of the snapshot,
writes a new snapshot (temp file + fsync + os.replace). Each snapshot has a random generation;
journal lines name the generation they extend, so a journal left behind by a crash between the
two steps is ignored, and a torn last line (a killed append) is dropped. Writes are
all-or-nothing in memory too: every change is undone if a write fails. A file lock serialises
writers of one data directory.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import secrets
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, cast

import networkx as nx
import orjson

from graph import undated as U
from graph.errors import StoreCorrupt, store_corrupt, store_failed
from graph.locking import writer_lock
from graph.model import (
    EDGE_FIELDS,
    NODE_SCALAR_FIELDS,
    Changes,
    DocumentRecord,
    DocumentWrite,
    Edge,
    Fact,
    Head,
    Merge,
    Node,
    decode_said,
    edge_id,
    encode_evidence,
    encode_said,
)
from graph.records import Replaced, combine_many, fold_nodes, plan_write
from graph.store import (
    Checkpoint,
    LevelWalks,
    WalksByLevel,
    no_checkpoint,
)
from graph.store_files import EMBEDDED_FILE, EMBEDDED_JOURNAL
from ingest.codes import Level
from ingest.models import NO_PLACE, Place
from ingest.relations import RelationType

_log = logging.getLogger(__name__)

FORMAT = "vbgraph-embedded"
# 4: a dated document of a code whose numbering restarts is keyed with its scope
# ("35-CT/TW@XII"); files of versions 1-3 are read and their keys brought up to date
# (`_rekey`), written as version 4 by the next write.
VERSION = 4
FILE_NAME = EMBEDDED_FILE
JOURNAL_NAME = EMBEDDED_JOURNAL
# Column order of node, edge and document rows, in memory and in the file.
NODE_FIELDS = (*NODE_SCALAR_FIELDS, "codes", "tally")
DOC_FIELDS = ("doc", "content_hash", "path", "host_key", "node_keys")
# Version 2 files (every fact in its node's row, spellings of the canonical code as mentions)
# and version 1 files (every spelling among the facts) are still read.
V2_NODE_FIELDS = (*NODE_SCALAR_FIELDS, "facts", "mentions", "codes")
V1_NODE_FIELDS = tuple(f for f in V2_NODE_FIELDS if f != "mentions")
# A write goes to the journal while the journal stays under this share of the snapshot size
# (or under JOURNAL_MIN_BYTES) and the write changes at most JOURNAL_MAX_OPS rows.
JOURNAL_SHARE = 0.25
JOURNAL_MIN_BYTES = 1 << 20
JOURNAL_MAX_OPS = 20_000

_CODES = NODE_FIELDS.index("codes")
_E_ID, _E_SOURCE, _E_TARGET, _E_TYPE, _E_DOC = range(5)

Row = list[Any]
# Journal (redo) operations: ["n", node row] | ["N", key] | ["e", edge row]
# | ["E", edge id, source, target] | ["d", document row] | ["D", doc]
# | ["f", key, doc, encoded facts] | ["F", key, doc].
Op = list[Any]
# Undo entries: ("n", key, previous row | None) | ("e", id, source, target, previous | None)
# | ("d", doc, previous row | None) | ("f", key, doc, previous entry | None).
Undo = tuple[Any, ...]


def _node_row(head: Head) -> Row:
    """The row of NODE_FIELDS for `head`: `Head.to_row`'s values, in that order (built here
    without the mapping: a bulk run writes a row for every node each document touches)."""
    place = head.place
    return [
        head.key, head.canonical, head.base, head.scope, head.family, head.kind, head.number,
        head.issuer, head.level.value, place.province, place.district, place.commune,
        head.qualified, head.host_doc, head.title, list(head.codes), head.tally,
    ]  # fmt: skip


_LEVELS = {level.value: level for level in Level}


def _json_string(text: str) -> str:
    """`text` as a JSON string literal, as `encode_said` writes it (a cheap first test)."""
    return orjson.dumps(text).decode()


def _to_head(row: Row) -> Head:
    """The head of a row of NODE_FIELDS (as `Head.from_row` reads its mapping; built here
    without one: building a document reads a head for every node its codes name)."""
    level = row[8] or Level.UNKNOWN.value
    province, district, commune = row[9], row[10], row[11]
    if province is None and district is None and commune is None:
        place = NO_PLACE  # (a central document's, most nodes': one value, never changed)
    else:
        place = Place(province, district, commune)
    return Head(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
        _LEVELS.get(level) or Level(level), place, bool(row[12]), row[13], row[14],
        row[16] or {},
    )  # fmt: skip


# What `_node_row` and `_to_head` spell by position.
assert NODE_FIELDS == (
    "key", "canonical", "base", "scope", "family", "kind", "number", "issuer", "level",
    "province", "district", "commune", "qualified", "host_doc", "title", "codes", "tally",
)  # fmt: skip


def _said_entries(node: Node) -> list[tuple[tuple[str, str], str]]:
    """((key, doc), encoded facts) of every document saying something about `node`."""
    by_doc: dict[str, list[Fact]] = {}
    for f in node.facts:
        by_doc.setdefault(f.doc, []).append(f)
    return [((node.key, doc), encode_said(facts)) for doc, facts in by_doc.items()]


def _edge_row(edge: Edge) -> Row:
    """The row of EDGE_FIELDS for `edge`: `Edge.to_row`'s values, in that order (built here
    without the mapping, as `_node_row` is)."""
    type_ = RelationType(edge.type).value  # raises on an invalid type
    return [
        edge_id(edge.doc, type_, edge.source, edge.target), edge.source, edge.target, type_,
        edge.doc, edge.label, edge.path, encode_evidence(edge.evidence),
    ]  # fmt: skip


# What `_edge_row` spells by position (and `Edge.id`, the row's first column).
assert EDGE_FIELDS == ("id", "source", "target", "type", "doc", "label", "path", "evidence")


def _to_edge(row: Row) -> Edge:
    return Edge.from_row(dict(zip(EDGE_FIELDS, row, strict=True)))


def _doc_row(rec: DocumentRecord) -> Row:
    return [rec.doc, rec.content_hash, rec.path, rec.host_key, list(rec.node_keys)]


def _to_doc(row: Row) -> DocumentRecord:
    return DocumentRecord(row[0], row[1], row[2], row[3], tuple(row[4]))


def _check_rows(rows: list[Row], width: int, what: str) -> None:
    if not isinstance(rows, list) or any(len(r) != width for r in rows):
        raise ValueError(f"{what} rows must be lists of {width} columns")


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic collector while loading: the rows hold no cycles, and collecting
    during the build of a million containers costs more than the build."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


WRITE_WAIT_S = 30.0  # how long one document's write waits for another writer


def _touched(
    ops: list[Op],
) -> tuple[dict[str, None], dict[tuple[str, str, str], None], dict[tuple[str, str, str], None],
           dict[str, None], dict[tuple[str, str], None]]:  # fmt: skip
    """(node keys, edges, edges removed at some point, documents, (key, doc) entries of what
    documents say about nodes) lean `ops` touched."""
    node_keys: dict[str, None] = {}
    edges: dict[tuple[str, str, str], None] = {}
    removed: dict[tuple[str, str, str], None] = {}
    docs: dict[str, None] = {}
    said: dict[tuple[str, str], None] = {}
    for op in ops:
        kind = op[0]
        if kind in ("n", "N"):
            node_keys[op[1]] = None
        elif kind == "e":
            edges[(op[1], op[2], op[3])] = None
        elif kind == "E":
            edges[(op[1], op[2], op[3])] = removed[(op[1], op[2], op[3])] = None
        elif kind in ("f", "F"):
            said[(op[1], op[2])] = None
        else:
            docs[op[1]] = None
    return node_keys, edges, removed, docs, said


def _lean(op: Op) -> Op:
    """A mirror's record of an operation: what it touched, not the rows it wrote."""
    kind = op[0]
    if kind == "n":
        return ["n", op[1][0]]
    if kind == "e":
        return ["e", op[1][_E_ID], op[1][_E_SOURCE], op[1][_E_TARGET]]
    if kind == "d":
        return ["d", op[1][0]]
    if kind == "f":
        return ["f", op[1], op[2]]
    return op  # "N" key, "E" id source target, "D" doc, "F" key doc: already lean


def _stat(path: Path | None) -> tuple[int, int, int] | None:
    if path is None:
        return None
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


class _AnExport(ValueError):
    """The file is a JSON export of a graph, not a store (user trial 2 copied one in)."""


def _fsync_dir(path: Path) -> None:
    dir_fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class EmbeddedStore(WalksByLevel):
    """GraphStore kept in memory, persisted under `data_dir` (None: memory only).

    Parameters
    ----------
    data_dir : path or None
        Directory holding ``graph.json`` and ``graph.journal``; created if missing. None keeps
        the graph in memory.
    """

    def __init__(
        self, data_dir: str | os.PathLike[str] | None = None, *, track_changes: bool = False
    ) -> None:
        self._dir = Path(data_dir) if data_dir is not None else None
        self._graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        self._docs: dict[str, Row] = {}
        self._by_path: dict[str, set[str]] = {}  # source path -> documents stored from it
        self._by_code: dict[str, set[str]] = {}
        # What documents say about nodes: node key -> {document: encoded facts}.
        self._said: dict[str, dict[str, str]] = {}
        self._batch_depth = 0
        self._lock_fh: IO[bytes] | None = None  # the writer lock, while held
        self._seen: tuple[Any, ...] = ()  # `_disk_state` when we last read or wrote
        # Redo operations not yet on disk; None when too many (the next save is a snapshot).
        # In memory with track_changes: every operation is kept until `take_changes`.
        self._ops: list[Op] | None = None if self._dir is None and not track_changes else []
        # Undo entries of the write in progress (None outside replace_document).
        self._undo: list[Undo] | None = None
        self._generation = ""
        self._version = VERSION  # of the snapshot read
        self._snapshot_bytes = 0
        self._journal_bytes = 0  # valid journal length we wrote or read; -1: unknown
        if self._dir is not None:
            self._dir.mkdir(parents=True, exist_ok=True)
            self._load()

    # ------------------------------------------------------------------ persistence
    @property
    def file(self) -> Path | None:
        return self._dir / FILE_NAME if self._dir is not None else None

    @property
    def journal(self) -> Path | None:
        return self._dir / JOURNAL_NAME if self._dir is not None else None

    @contextlib.contextmanager
    def _writing(self, wait_s: float | None = None) -> Iterator[None]:
        """Hold the store's writer lock (re-entrant): nobody else writes meanwhile, and what
        another process wrote before is loaded first, so every write applies to current state.

        Args:
            wait_s: how long to wait for another writer; None waits as long as it takes.

        Raises:
            StoreUnavailable: the lock cannot be had (in time).
        """
        if self._dir is None or self._lock_fh is not None:
            yield
            return
        with writer_lock(self._dir, wait_s) as fh:
            self._lock_fh = fh
            try:
                if self._disk_state() != self._seen:
                    self._reload()  # another process wrote since we last looked
                yield
            finally:
                self._lock_fh = None

    def _disk_state(self) -> tuple[Any, ...]:
        """What identifies the files' current contents without reading them."""
        return (_stat(self.file), _stat(self.journal))

    def stale(self) -> bool:
        """Whether the files changed since this store last read or wrote them."""
        if self._dir is None or self._lock_fh is not None or self._batch_depth:
            return False
        return self._disk_state() != self._seen

    def refresh(self) -> bool:
        """Load what other processes wrote since this store last looked; True if it did.

        Two `stat` calls when nothing changed (a server calls this on every request).
        """
        if not self.stale():
            return False
        self._reload()
        return True

    def _reload(self) -> None:
        self._graph, self._docs, self._by_code, self._by_path = nx.MultiDiGraph(), {}, {}, {}
        self._said = {}
        self._ops = []
        self._generation, self._snapshot_bytes, self._journal_bytes = "", 0, 0
        self._seen = ()
        self._load()

    def _corrupt(self, path: Path, why: object) -> StoreCorrupt:
        if isinstance(why, _AnExport):
            return StoreCorrupt(
                "đây là tệp xuất (vbgraph export --format json), không phải kho đồ thị: tệp "
                "xuất chỉ giữ những gì đồ thị hiển thị, không giữ điều từng văn bản nói, nên "
                "không đọc lại thành kho được. Hãy chuyển tệp đi nơi khác và dựng lại kho từ "
                "văn bản (vbgraph ingest THƯ_MỤC); muốn chuyển kho sang kho khác (Neo4j, SQLite), "
                "hãy dùng `vbgraph copy --to BACKEND`, hoặc chép cả thư mục dữ liệu",
                "an export (vbgraph export --format json), not a store: an export holds what "
                "the graph shows, not what each document said, so it cannot be read back as "
                "one. Move it away and rebuild the store from the documents (vbgraph ingest "
                "FOLDER); to move a store into another (Neo4j, SQLite), `vbgraph copy --to "
                "BACKEND` it, or copy its whole data directory",
                subject=str(path),
            )
        return store_corrupt(path, why)

    def _load(self) -> None:
        path, journal = self.file, self.journal
        assert path is not None and journal is not None
        # Taken before reading: a write landing while we read shows as a change next time.
        self._seen = self._disk_state()
        if not path.exists():
            return
        # No lock: a snapshot is replaced whole (os.replace), a torn journal line is ignored,
        # and journal lines name the snapshot they extend, so what is read is a state that was
        # written (a read-only store is readable, and a long writer blocks no reader).
        try:
            blob = path.read_bytes()
            log = journal.read_bytes() if journal.exists() else b""
        except FileNotFoundError:  # replaced between the calls: read it again
            self._seen = ()
            self._load()
            return
        except OSError as exc:
            raise store_failed("read", path, exc) from exc
        with _no_gc():
            try:
                self._load_snapshot(blob)
            except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
                raise self._corrupt(path, exc) from exc
            self._snapshot_bytes = len(blob)
            try:
                self._journal_bytes = self._replay(log)
            except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
                raise self._corrupt(journal, exc) from exc
        if not self._generation:
            # A version 1 file has no generation for journal lines to name: the next write
            # rewrites it as a version 2 snapshot.
            self._journal_bytes = -1
        if self._version < 4:
            self._rekey()

    def _rekey(self) -> None:
        """Bring a store written before keys carried the scope to today's keys
        (graph.undated.scope_renames): each node renamed as a variant merge folds one, the
        texts whose undated mentions name it written again naming it anew. In memory: the
        next write saves the store whole (as version 4)."""
        renames = U.scope_renames(_to_head(r) for r in self._node_rows())
        for merge, head in renames:
            into = self.head(merge.into) or head
            rewrites = U.renaming_writes(self, merge, into)
            self._merge(merge, head.with_facts(()))
            for write in rewrites:
                self._apply(write, no_checkpoint)
        if renames:
            self._ops = None  # (the next save is a snapshot)

    def _load_snapshot(self, blob: bytes) -> None:
        path = self.file
        assert path is not None
        data = orjson.loads(blob)
        version = data.get("version")
        if data.get("format") is None and {"nodes", "edges", "truncated"} <= data.keys():
            raise _AnExport(str(path))  # (what `vbgraph export --format json` writes)
        if data.get("format") != FORMAT or version not in (1, 2, 3, VERSION):
            raise ValueError(f"format {data.get('format')!r} v{version!r}")
        rows: list[Row] = data["nodes"]
        said: list[Row]
        if version in (1, 2):  # every fact in its node's row: moved to entries per document
            fields = V1_NODE_FIELDS if version == 1 else V2_NODE_FIELDS
            _check_rows(rows, len(fields), "node")
            old = [Node.from_row(dict(zip(fields, r, strict=True))) for r in rows]
            rows = [_node_row(n.head) for n in old]
            said = [[*ks, text] for n in old for ks, text in _said_entries(n)]
        else:
            said = data["said"]
        _check_rows(rows, len(NODE_FIELDS), "node")
        _check_rows(said, 3, "said")
        edges: list[Row] = data["edges"]
        _check_rows(edges, len(EDGE_FIELDS), "edge")
        docs: list[Row] = data["documents"]
        _check_rows(docs, len(DOC_FIELDS), "document")
        graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        graph.add_nodes_from((r[0], {"row": r}) for r in rows)
        # add_edge in a loop: measured faster than add_edges_from, which looks every edge's
        # data dict up again through the graph's views. An edge end that is not a node is
        # added by networkx without a row; the node count shows it.
        node_count = graph.number_of_nodes()
        add_edge = graph.add_edge
        for r in edges:
            add_edge(r[_E_SOURCE], r[_E_TARGET], key=r[_E_ID], row=r)
        if graph.number_of_nodes() != node_count:
            nodes = graph.nodes
            r = next(
                r
                for r in edges
                if "row" not in nodes[r[_E_SOURCE]] or "row" not in nodes[r[_E_TARGET]]
            )
            raise store_corrupt(path, f"edge {r[0]} dangles")
        by_code: dict[str, set[str]] = {}
        for r in rows:
            for code in r[_CODES]:
                if code in by_code:
                    by_code[code].add(r[0])
                else:
                    by_code[code] = {r[0]}
        self._graph, self._by_code = graph, by_code
        self._said = {}
        for key, doc, text in said:
            if "row" not in graph.nodes.get(key, {}):
                raise store_corrupt(path, f"facts of no node {key}")
            self._said.setdefault(key, {})[doc] = text
        self._docs, self._by_path = {}, {}
        for r in docs:
            self._put_doc_row(r)
        self._generation = str(data.get("generation") or "")
        self._version = int(version)

    def _replay(self, log: bytes) -> int:
        """Apply the journal lines that extend the loaded snapshot; return the valid length."""
        pos = 0
        edges: list[Row] = []  # edges the journal puts, checked once it is replayed
        while pos < len(log):
            end = log.find(b"\n", pos)
            if end < 0:
                break  # a torn last line: that write never completed
            try:
                base, ops = orjson.loads(log[pos:end])
            except ValueError:
                if log.find(b"\n", end + 1) < 0:
                    break  # torn last line (the file system kept a partial block)
                raise
            if base != self._generation:
                return 0  # left over from before the snapshot was rewritten: ignore it
            for op in ops:
                if op[0] == "N" and self._has_edges(op[1]):
                    # a write removes a node's edges (E operations) before the node
                    raise ValueError(f"node {op[1]} deleted with its edges")
                self._redo(op)
                if op[0] == "e":
                    edges.append(op[1])
            pos = end + 1
        for r in edges:
            if self._edge_row(r[_E_ID], r[_E_SOURCE], r[_E_TARGET]) is r and not (
                self._node_row(r[_E_SOURCE]) is not None
                and self._node_row(r[_E_TARGET]) is not None
            ):
                raise ValueError(f"edge {r[_E_ID]} dangles")
        for key in self._said:
            if self._node_row(key) is None:
                raise ValueError(f"facts of no node {key}")
        return pos

    def _save(self) -> None:
        path, journal = self.file, self.journal
        if path is None or journal is None or self._batch_depth:
            return
        if self._ops == []:
            return  # nothing changed since the last save
        with self._writing(wait_s=WRITE_WAIT_S):
            if not (self._ops is not None and path.exists() and self._append(journal)):
                self._write_snapshot(path, journal)
            self._seen = self._disk_state()
        self._ops = []

    def _final_ops(self) -> list[Op]:
        """The pending (lean) operations as journal operations: the final state of every
        row they touched, removals first (a node's edges go before it)."""
        node_keys, edges, _, docs, said = _touched(self._ops or [])
        nodes = {k: self._node_row(k) for k in node_keys}
        edge_rows = {t: self._edge_row(*t) for t in edges}
        entries = {t: self._said.get(t[0], {}).get(t[1]) for t in said}
        out: list[Op] = [["E", *t] for t, row in edge_rows.items() if row is None]
        out += [["F", *t] for t, text in entries.items() if text is None]
        out += [["N", k] for k, row in nodes.items() if row is None]
        out += [["n", row] for row in nodes.values() if row is not None]
        out += [["f", *t, text] for t, text in entries.items() if text is not None]
        out += [["e", row] for row in edge_rows.values() if row is not None]
        out += [["d", self._docs[d]] if d in self._docs else ["D", d] for d in docs]
        return out

    def _append(self, journal: Path) -> bool:
        """Append the pending operations as one journal line; False if a snapshot is due."""
        assert self._ops is not None
        if len(self._ops) > JOURNAL_MAX_OPS or self._journal_bytes < 0:
            return False
        line = orjson.dumps([self._generation, self._final_ops()]) + b"\n"
        limit = max(JOURNAL_MIN_BYTES, int(JOURNAL_SHARE * self._snapshot_bytes))
        if self._journal_bytes + len(line) > limit:
            return False
        try:
            fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise store_failed("write", journal, exc) from exc
        try:
            size = os.fstat(fd).st_size
            if size != self._journal_bytes:  # another writer, or a torn line: start afresh
                return False
            try:
                os.write(fd, line)
                os.fsync(fd)
                if size == 0:
                    _fsync_dir(journal.parent)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, size)
                self._journal_bytes = -1
                raise store_failed("write", journal, exc) from exc
        finally:
            os.close(fd)
        self._journal_bytes += len(line)
        return True

    def _write_snapshot(self, path: Path, journal: Path) -> None:
        generation = secrets.token_hex(8)
        blob = orjson.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "generation": generation,
                "nodes": self._node_rows(),
                "said": [[k, d, t] for k, by_doc in self._said.items() for d, t in by_doc.items()],
                "edges": self._edge_rows(),
                "documents": list(self._docs.values()),
            }
        )
        tmp = path.with_suffix(".json.tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            _fsync_dir(path.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)  # a full disk must not keep a half file
            raise store_failed("write", path, exc) from exc
        self._generation, self._snapshot_bytes, self._journal_bytes = generation, len(blob), 0
        # The old journal extends the old generation, so it is ignored even if this fails.
        try:
            journal.unlink(missing_ok=True)
            _fsync_dir(journal.parent)
        except OSError:
            self._journal_bytes = -1  # perhaps still there: the next save writes a snapshot

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Save once at the end of many writes (ingesting a folder) instead of after each.

        The writer lock is held throughout, so another writer waits (a warning says so) and
        then works on what this batch wrote; documents written before an error or an
        interrupt are saved.
        """
        with self._writing(wait_s=None):
            self._batch_depth += 1
            try:
                yield
            finally:
                self._batch_depth -= 1
                self._save()

    # ------------------------------------------------------------------ graph access
    def _node_row(self, key: str) -> Row | None:
        # networkx's own dict of node attributes (what `graph.nodes.get` reaches through two
        # views and a Mapping method: a write reads a node row ~50 times per document)
        nodes: dict[str, dict[str, Any]] = self._graph._node  # type: ignore[attr-defined]
        attrs = nodes.get(key)
        row: Row | None = attrs.get("row") if attrs is not None else None
        return row

    def _node_rows(self) -> list[Row]:
        pairs = cast(Iterable[tuple[str, Row | None]], self._graph.nodes(data="row"))
        return [row for _, row in pairs if row is not None]

    def _edge_row(self, id_: str, source: str, target: str) -> Row | None:
        attrs = self._graph.get_edge_data(source, target, key=id_)
        return attrs["row"] if attrs is not None else None  # type: ignore[no-any-return]

    def _edge_rows(self) -> list[Row]:
        # (what `graph.edges(data="row")` gives, in its order, from networkx's own dicts: the
        # edge view it keeps on the graph refers back to the graph, so a store that had saved
        # was freed only by the cyclic collector, 0.26 s of CPU at the end of a generated 40 MB
        # run, where counting references frees it as it goes)
        succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = self._graph._succ  # type: ignore[attr-defined]
        rows = [attrs.get("row") for keyed in succ.values() for by_key in keyed.values()
                for attrs in by_key.values()]  # fmt: skip
        return cast(list[Row], rows)

    def _has_edges(self, key: str) -> bool:
        graph = self._graph
        return key in graph and bool(graph.succ[key] or graph.pred[key])

    def _rows_at(self, key: str, outgoing: bool) -> list[Row]:
        """The rows of the edges leaving (or entering) `key`."""
        graph = self._graph
        if key not in graph:
            return []
        adj = graph.succ[key] if outgoing else graph.pred[key]
        return [attrs["row"] for keyed in adj.values() for attrs in keyed.values()]

    def _prune(self, key: str) -> None:
        """Drop a node networkx added for an edge end that has no row, once it has no edges."""
        graph = self._graph
        if key in graph and "row" not in graph.nodes[key] and not self._has_edges(key):
            graph.remove_node(key)

    # ------------------------------------------------------------------ row changes
    def _log(self, op: Op, undo: Undo) -> None:
        # Only what was touched is kept; the rows are read when saving (`_final_ops`), so a
        # batch does not hold every version of a node that every document changes.
        if self._ops is not None:
            self._ops.append(_lean(op))
            if len(self._ops) > JOURNAL_MAX_OPS and self._dir is not None:
                self._ops = None
        if self._undo is not None:
            self._undo.append(undo)

    def _index(self, row: Row) -> None:
        for code in row[_CODES]:
            self._by_code.setdefault(code, set()).add(row[0])

    def _unindex(self, row: Row) -> None:
        for code in row[_CODES]:
            keys = self._by_code.get(code)
            if keys is not None:
                keys.discard(row[0])
                if not keys:
                    del self._by_code[code]

    def _put_node_row(self, row: Row) -> Row | None:
        nodes: dict[str, dict[str, Any]] = self._graph._node  # type: ignore[attr-defined]
        attrs = nodes.get(row[0])
        if attrs is None:
            self._graph.add_node(row[0], row=row)
            self._index(row)
            return None
        prev: Row | None = attrs.get("row")
        attrs["row"] = row  # (what add_node does to a node already there)
        if prev is None or prev[_CODES] != row[_CODES]:  # the same codes: the index stays
            if prev is not None:
                self._unindex(prev)
            self._index(row)
        return prev

    def _drop_node_row(self, key: str) -> Row | None:
        prev = self._node_row(key)
        if prev is not None:
            self._unindex(prev)
        if key in self._graph:
            self._graph.remove_node(key)  # its edges are already removed
        return prev

    def _put_edge_row(self, row: Row) -> Row | None:
        id_, source, target = row[_E_ID], row[_E_SOURCE], row[_E_TARGET]
        prev = self._edge_row(id_, source, target)
        self._graph.add_edge(source, target, key=id_, row=row)
        return prev

    def _drop_edge_row(self, id_: str, source: str, target: str) -> Row | None:
        prev = self._edge_row(id_, source, target)
        if prev is not None:
            self._graph.remove_edge(source, target, key=id_)
            self._prune(source)
            self._prune(target)
        return prev

    def _redo(self, op: Op) -> None:
        kind = op[0]
        if kind == "n":
            self._put_node_row(op[1])
        elif kind == "N":
            self._drop_node_row(op[1])
        elif kind == "e":
            self._put_edge_row(op[1])
        elif kind == "E":
            self._drop_edge_row(op[1], op[2], op[3])
        elif kind == "d":
            self._put_doc_row(op[1])
        elif kind == "D":
            self._drop_doc_row(op[1])
        elif kind == "f":
            self._put_said(op[1], op[2], op[3])
        elif kind == "F":
            self._put_said(op[1], op[2], None)
        else:
            raise ValueError(f"unknown journal operation {kind!r}")

    def _undo_one(self, entry: Undo) -> None:
        kind = entry[0]
        if kind == "n":
            _, key, prev = entry
            if prev is None:
                self._drop_node_row(key)
            else:
                self._put_node_row(prev)
        elif kind == "e":
            _, id_, source, target, prev = entry
            if prev is None:
                self._drop_edge_row(id_, source, target)
            else:
                self._put_edge_row(prev)
        elif kind == "f":
            _, key, doc, prev = entry
            self._put_said(key, doc, prev)
        else:
            _, doc, prev = entry
            if prev is None:
                self._drop_doc_row(doc)
            else:
                self._put_doc_row(prev)

    def _put_said(self, key: str, doc: str, text: str | None) -> str | None:
        """Set (None: remove) what `doc` says about node `key`; return what it said before."""
        by_doc = self._said.get(key)
        prev = by_doc.get(doc) if by_doc is not None else None
        if text is not None:
            if by_doc is None:
                by_doc = self._said[key] = {}
            by_doc[doc] = text
        elif prev is not None and by_doc is not None:
            del by_doc[doc]
            if not by_doc:
                del self._said[key]
        return prev

    def _set_said(self, key: str, doc: str, facts: tuple[Fact, ...] | None) -> None:
        text = encode_said(facts) if facts else None
        op: Op = ["f", key, doc, text] if text is not None else ["F", key, doc]
        self._log(op, ("f", key, doc, self._put_said(key, doc, text)))

    def _said_of(self, key: str, doc: str) -> tuple[Fact, ...]:
        text = self._said.get(key, {}).get(doc)
        return decode_said(text, doc) if text is not None else ()

    def _set_node(self, node: Head) -> None:
        row = _node_row(node)
        self._log(["n", row], ("n", node.key, self._put_node_row(row)))

    def _delete_node(self, key: str) -> None:
        if self._node_row(key) is None:
            return
        for doc in list(self._said.get(key, ())):
            self._set_said(key, doc, None)
        for r in self._rows_at(key, outgoing=True) + self._rows_at(key, outgoing=False):
            self._remove_edge(r)
        self._log(["N", key], ("n", key, self._drop_node_row(key)))

    def _add_edge(self, edge: Edge) -> None:
        row = _edge_row(edge)
        for end in (edge.source, edge.target):
            if self._node_row(end) is None:
                raise ValueError(f"edge {edge.id} names a node that is not written: {end}")
        self._log(["e", row], ("e", row[_E_ID], edge.source, edge.target, self._put_edge_row(row)))

    def _remove_edge(self, row: Row) -> None:
        id_, s, t = row[_E_ID], row[_E_SOURCE], row[_E_TARGET]
        prev = self._drop_edge_row(id_, s, t)
        if prev is not None:
            self._log(["E", id_, s, t], ("e", id_, s, t, prev))

    def _set_doc(self, rec: DocumentRecord) -> None:
        row = _doc_row(rec)
        self._log(["d", row], ("d", rec.doc, self._put_doc_row(row)))

    def _delete_doc(self, doc: str) -> None:
        prev = self._drop_doc_row(doc)
        if prev is not None:
            self._log(["D", doc], ("d", doc, prev))

    def _put_doc_row(self, row: Row) -> Row | None:
        prev = self._drop_doc_row(row[0])
        self._docs[row[0]] = row
        if row[2] is not None:
            self._by_path.setdefault(row[2], set()).add(row[0])
        return prev

    def _drop_doc_row(self, doc: str) -> Row | None:
        prev = self._docs.pop(doc, None)
        if prev is not None and prev[2] is not None:
            docs = self._by_path.get(prev[2])
            if docs is not None:
                docs.discard(doc)
                if not docs:
                    del self._by_path[prev[2]]
        return prev

    # ------------------------------------------------------------------ writes
    def replace_document(
        self, write: DocumentWrite, *, checkpoint: Checkpoint = no_checkpoint
    ) -> None:
        with self._writing(wait_s=WRITE_WAIT_S):
            self._replace_locked(write, checkpoint)

    def remove_document(self, doc: str) -> bool:
        """Take document `doc` out in one write (`graph.removal`); False if it is not stored."""
        with self._writing(wait_s=WRITE_WAIT_S):
            rec = self.document(doc)
            if rec is None:
                return False
            from graph.build import removal_write  # (graph.build reads stores)

            self._replace_locked(removal_write(self, rec), no_checkpoint, forget=True)
            return True

    def _replace_locked(
        self, write: DocumentWrite, checkpoint: Checkpoint, *, forget: bool = False
    ) -> None:
        """`write` applied and saved, or nothing (undone); `forget`: its record dropped too."""
        mark = len(self._ops) if self._ops is not None else None
        self._undo = []
        try:
            self._apply(write, checkpoint)
            if forget:
                self._delete_doc(write.doc)
            self._save()
        except BaseException:
            for entry in reversed(self._undo):
                self._undo_one(entry)
            if mark is not None and self._ops is not None:
                del self._ops[mark:]
            raise
        finally:
            self._undo = None

    def _apply(self, write: DocumentWrite, checkpoint: Checkpoint) -> None:
        templates = {n.key: n for n in write.nodes}
        for m in write.merges:
            self._merge(m, templates.get(m.into))
        checkpoint("merges")
        replaced = Replaced.of(write, self.document)
        old, superseded = replaced.old, replaced.superseded
        for rec in replaced.records:
            for key in rec.node_keys:
                for r in self._rows_at(key, outgoing=True):
                    if r[_E_DOC] == rec.doc:
                        self._remove_edge(r)
        checkpoint("removed")
        current = self.heads_by_key(replaced.keys(write))
        said = {
            (k, rec.doc): self._said_of(k, rec.doc)
            for rec in replaced.records
            for k in rec.node_keys
        }
        plan = plan_write(write, old, current, said, superseded)
        for node in plan.upserts:
            self._set_node(node)
        for key, doc in plan.unsaid:
            self._set_said(key, doc, None)
        for key, doc, facts in plan.said:
            self._set_said(key, doc, facts)
        for key in plan.deletes:
            self._delete_node(key)
        checkpoint("nodes")
        for edge in write.edges:
            self._add_edge(edge)
        checkpoint("edges")
        for rec in superseded:
            self._delete_doc(rec.doc)
        self._set_doc(write.record)
        for rewrite in write.rewrites:
            self._apply(rewrite, no_checkpoint)

    def _merge(self, merge: Merge, template: Node | None) -> None:
        row = self._node_row(merge.old)
        if row is None or merge.old == merge.into:
            return
        into_row = self._node_row(merge.into)
        if into_row is not None:
            into = _to_head(into_row)
        elif template is not None:
            into = replace(template, facts=()).head
        else:
            raise ValueError(f"merge into {merge.into}: no such node and no template")
        old_said = {doc: self._said_of(merge.old, doc) for doc in self._said.get(merge.old, ())}
        into_said = {doc: self._said_of(merge.into, doc) for doc in old_said}
        moved = [_to_edge(r) for r in self._rows_at(merge.old, outgoing=True)]
        moved += [_to_edge(r) for r in self._rows_at(merge.old, outgoing=False)]
        self._delete_node(merge.old)
        head, said = fold_nodes(_to_head(row), into, old_said, into_said)
        self._set_node(head)
        for doc, facts in said.items():
            self._set_said(merge.into, doc, facts)
        for e in moved:
            self._add_edge(merge.moved(e))
        for r in list(self._docs.values()):
            rec = _to_doc(r)
            if merge.old in rec.node_keys or rec.host_key == merge.old:
                self._set_doc(merge.rekeyed(rec))

    def bulk_write(self, writes: Iterable[DocumentWrite]) -> int:
        """Write many documents and save once. Documents not yet in the store are combined in
        one pass; others (and variant merges) go through the per-document path."""
        fresh: list[DocumentWrite] = []
        with self.batch():
            for write in writes:
                if write.doc in self._docs or write.merges or write.supersedes or write.rewrites:
                    self._apply(write, no_checkpoint)
                else:
                    fresh.append(write)
            contributions: dict[str, list[Node]] = {}
            said: dict[tuple[str, str], dict[Fact, None]] = {}
            for write in fresh:
                for node in write.nodes:
                    contributions.setdefault(node.key, []).append(node)
                    said.setdefault((node.key, write.doc), {}).update(dict.fromkeys(node.facts))
            for key, nodes in contributions.items():
                row = self._node_row(key)
                self._set_node(combine_many(_to_head(row) if row else None, nodes))
            for (key, doc), facts in said.items():
                if facts:
                    self._set_said(key, doc, tuple(facts))
            for write in fresh:
                for edge in write.edges:
                    self._add_edge(edge)
                self._set_doc(write.record)
        return len(fresh)

    # ------------------------------------------------------------------ mirrors
    def seed(
        self,
        nodes: Iterable[Head],
        edges: Iterable[Edge],
        records: Iterable[DocumentRecord],
        said: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """Hold values already stored elsewhere, as they are (not journalled, not changes):
        an in-memory mirror of the part of another store a bulk writer reads. `said`:
        (key, doc, encoded facts) of nodes among `nodes` or already held."""
        for node in nodes:
            self._put_node_row(_node_row(node))
        for edge in edges:
            self._put_edge_row(_edge_row(edge))
        for rec in records:
            self._put_doc_row(_doc_row(rec))
        for key, doc, text in said:
            self._put_said(key, doc, text)

    def take_changes(self) -> Changes:
        """The final state of everything written since the last call (store with
        track_changes), and forget it: what another store must take over to match."""
        ops, self._ops = self._ops or [], []
        node_keys, edges, removed, docs, said = _touched(ops)
        nodes = {k: self._node_row(k) for k in node_keys}
        added = [(t, r) for t in edges if (r := self._edge_row(*t)) is not None]
        entries = {t: self._said.get(t[0], {}).get(t[1]) for t in said}
        return Changes(
            nodes=tuple(_to_head(row) for row in nodes.values() if row is not None),
            nodes_removed=tuple(k for k, row in nodes.items() if row is None),
            edges_added=tuple(row for _, row in added),
            edges_removed=tuple(removed),
            documents=tuple(_to_doc(self._docs[d]) for d in docs if d in self._docs),
            documents_removed=tuple(d for d in docs if d not in self._docs),
            said=tuple((k, d, text) for (k, d), text in entries.items() if text is not None),
            said_removed=tuple(t for t, text in entries.items() if text is None),
        )

    # ------------------------------------------------------------------ reads
    def document(self, doc: str) -> DocumentRecord | None:
        row = self._docs.get(doc)
        return _to_doc(row) if row is not None else None

    def documents_at(self, path: str) -> list[DocumentRecord]:
        """The documents stored from the source `path`."""
        return [_to_doc(self._docs[d]) for d in sorted(self._by_path.get(path, ()))]

    def head(self, key: str) -> Head | None:
        row = self._node_row(key)
        return _to_head(row) if row is not None else None

    def heads_by_key(self, keys: Collection[str]) -> dict[str, Head]:
        return {k: _to_head(r) for k in keys if (r := self._node_row(k)) is not None}

    def heads_by_code(self, code: str) -> list[Head]:
        keys = self._by_code.get(code)
        if not keys:
            return []
        rows = (self._node_row(k) for k in sorted(keys))
        return [_to_head(r) for r in rows if r is not None]

    def said(self, key: str, doc: str) -> tuple[Fact, ...]:
        return self._said_of(key, doc)

    def citing_documents(self, key: str, field: str | None = None) -> list[str]:
        by_doc = self._said.get(key, {})
        if field is None:
            return sorted(by_doc)
        needle = _json_string(field)
        return sorted(d for d, text in by_doc.items() if needle in text
                      and any(f.field == field for f in decode_said(text, d)))  # fmt: skip

    def document_contribution(
        self, record: DocumentRecord
    ) -> tuple[list[Head], list[Edge], list[tuple[str, str, str]]]:
        heads = list(self.heads_by_key(record.node_keys).values())
        edges = [e for e in self.out_edges(record.node_keys) if e.doc == record.doc]
        said = [
            (k, record.doc, text)
            for k in sorted(record.node_keys)
            if (text := self._said.get(k, {}).get(record.doc)) is not None
        ]
        return heads, edges, said

    def said_many(
        self, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[Fact, ...]]:
        """What each document of `pairs` ((key, doc)) says about the node `key`."""
        found = {(k, d): self._said_of(k, d) for k, d in pairs}
        return {pair: facts for pair, facts in found.items() if facts}

    def _node(self, row: Row) -> Node:
        """The whole node of `row`: its head and every fact said about it."""
        by_doc = self._said.get(row[0], {})
        facts = [f for doc, text in by_doc.items() for f in decode_said(text, doc)]
        return _to_head(row).with_facts(facts)

    def node(self, key: str) -> Node | None:
        row = self._node_row(key)
        return self._node(row) if row is not None else None

    def nodes_by_key(self, keys: Collection[str]) -> dict[str, Node]:
        return {k: self._node(r) for k in keys if (r := self._node_row(k)) is not None}

    def nodes_by_code(self, code: str) -> list[Node]:
        return [n for k in sorted(self._by_code.get(code, ())) if (n := self.node(k))]

    def _edges_at(
        self,
        outgoing: bool,
        keys: Collection[str],
        types: Collection[RelationType] | None,
    ) -> list[Edge]:
        wanted = {RelationType(t).value for t in types} if types is not None else None
        return [
            _to_edge(r)
            for k in keys
            for r in self._rows_at(k, outgoing)
            if wanted is None or r[_E_TYPE] in wanted
        ]

    def out_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        return self._edges_at(True, keys, types)

    def in_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        return self._edges_at(False, keys, types)

    def iter_nodes(self) -> Iterator[Node]:
        for row in self._node_rows():
            yield self._node(row)

    def iter_edges(self) -> Iterator[Edge]:
        for row in self._edge_rows():
            yield _to_edge(row)

    def iter_documents(self) -> Iterator[DocumentRecord]:
        """Every ingested document's record, by document id (for copying the store)."""
        for doc in sorted(self._docs):
            yield _to_doc(self._docs[doc])

    def codes(self) -> list[str]:
        return sorted(self._by_code)

    # The walks (graph.store.QueryingStore) come from WalksByLevel: level by level, in memory.
    def close_codes(self, text: str, *, limit: int) -> list[str]:
        return LevelWalks(self).close_codes(text, limit=limit)

    def node_count(self) -> int:
        """How many nodes the store holds (`counts` also counts edges, one by one)."""
        return self._graph.number_of_nodes()

    def counts(self) -> dict[str, int]:
        return {
            "nodes": self._graph.number_of_nodes(),
            "edges": self._graph.number_of_edges(),
            "documents": len(self._docs),
        }

    def clear(self) -> None:
        with self._writing(wait_s=WRITE_WAIT_S):
            self._graph, self._docs, self._by_code = nx.MultiDiGraph(), {}, {}
            self._by_path, self._said = {}, {}
            if self._dir is not None:
                self._ops = None  # a new, empty snapshot
            self._save()

    def close(self) -> None:
        """Nothing to release: every write is already on disk."""

"""The service's one store, opened on demand and shared safely between request threads.

`StoreHolder` opens the store named by the settings (again after a failure, so a Neo4j that
comes up later is picked up); `GuardedStore` lets many readers in at once and one writer alone,
because the embedded store's networkx graph must not change while a request walks it. The
walks, reports and search a store answers itself (Neo4j in Cypher, SQLite in SQL and FTS5) are
passed to it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence

from api.search import CandidateSearch, Searcher, SearchIndex
from api.settings import Settings, open_configured_store
from graph.errors import StoreUnavailable, store_failed
from graph.model import DocumentRecord, DocumentWrite, Edge, Fact, Head, Node
from graph.removal import removing
from graph.store import (
    Candidate,
    Checkpoint,
    Direction,
    DocumentListing,
    DocumentSelection,
    FoldedSearchingStore,
    GraphStore,
    LevelWalks,
    Neighbourhood,
    PlacedSearchingStore,
    PlaceNames,
    QueryingStore,
    RankGroup,
    ReportingStore,
    ReportRow,
    SaidListing,
    SearchingStore,
    Side,
    Tallies,
    Unit,
    Walk,
    candidate_of,
    no_checkpoint,
)
from ingest.codes import Level
from ingest.relations import RelationType


class ReadWriteLock:
    """Many readers or one writer; a waiting writer holds back new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextlib.contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            while self._writing or self._readers:
                self._cond.wait()
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class GuardedStore:
    """A GraphStore whose every call runs under a shared read/write lock.

    Iterators are materialised under the lock, so no caller walks a graph being changed.
    `generation` counts writes (search indexes rebuild when it moves).
    """

    def __init__(self, inner: GraphStore, lock: ReadWriteLock | None = None) -> None:
        self.inner = inner
        self._lock = lock or ReadWriteLock()
        self.generation = 0

    @property
    def takes_in_writes(self) -> bool:
        """Whether `refresh` may have work to do: an embedded or SQLite store looks at its
        files for what other processes wrote; a server store (Neo4j) never needs to."""
        return getattr(self.inner, "stale", None) is not None

    def refresh(self) -> None:
        """Take in what other processes wrote to the store (an embedded store re-reads its
        files when they changed; SQLite notes the new version, its readers see it anyway;
        Neo4j is shared by nature)."""
        stale = getattr(self.inner, "stale", None)
        if stale is None or not stale():  # two stat calls, no lock
            return
        with self._lock.write():
            if self.inner.refresh():  # type: ignore[attr-defined]
                self.generation += 1

    def replace_document(
        self, write: DocumentWrite, *, checkpoint: Checkpoint = no_checkpoint
    ) -> None:
        with self._lock.write():
            self.generation += 1
            self.inner.replace_document(write, checkpoint=checkpoint)

    def remove_document(self, doc: str) -> bool:
        """`graph.removal`: the inner store's removal, under the write lock; RemovalUnsupported
        (nothing written) when the inner store cannot remove."""
        remover = removing(self.inner)
        with self._lock.write():
            self.generation += 1
            return remover.remove_document(doc)

    def bulk_write(self, writes: Iterable[DocumentWrite]) -> int:
        with self._lock.write():
            self.generation += 1
            return self.inner.bulk_write(writes)

    def document(self, doc: str) -> DocumentRecord | None:
        with self._lock.read():
            return self.inner.document(doc)

    def documents_at(self, path: str) -> list[DocumentRecord]:
        with self._lock.read():
            return self.inner.documents_at(path)

    def head(self, key: str) -> Head | None:
        with self._lock.read():
            return self.inner.head(key)

    def heads_by_key(self, keys: Collection[str]) -> dict[str, Head]:
        with self._lock.read():
            return self.inner.heads_by_key(keys)

    def heads_by_code(self, code: str) -> list[Head]:
        with self._lock.read():
            return self.inner.heads_by_code(code)

    def said(self, key: str, doc: str) -> tuple[Fact, ...]:
        with self._lock.read():
            return self.inner.said(key, doc)

    def citing_documents(self, key: str, field: str | None = None) -> list[str]:
        with self._lock.read():
            return self.inner.citing_documents(key, field)

    def document_contribution(
        self, record: DocumentRecord
    ) -> tuple[list[Head], list[Edge], list[tuple[str, str, str]]]:
        with self._lock.read():
            return self.inner.document_contribution(record)

    def node(self, key: str) -> Node | None:
        with self._lock.read():
            return self.inner.node(key)

    def nodes_by_key(self, keys: Collection[str]) -> dict[str, Node]:
        with self._lock.read():
            return self.inner.nodes_by_key(keys)

    def nodes_by_code(self, code: str) -> list[Node]:
        with self._lock.read():
            return self.inner.nodes_by_code(code)

    def out_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        with self._lock.read():
            return self.inner.out_edges(keys, types)

    def in_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        with self._lock.read():
            return self.inner.in_edges(keys, types)

    def iter_nodes(self) -> Iterator[Node]:
        with self._lock.read():
            nodes = list(self.inner.iter_nodes())
        return iter(nodes)

    def iter_edges(self) -> Iterator[Edge]:
        with self._lock.read():
            edges = list(self.inner.iter_edges())
        return iter(edges)

    def codes(self) -> list[str]:
        with self._lock.read():
            return self.inner.codes()

    # The walks a store answers itself (Neo4j: one Cypher query each), under the read lock.
    def _walks(self) -> QueryingStore:
        inner = self.inner
        return inner if isinstance(inner, QueryingStore) else LevelWalks(inner)

    def walk(
        self,
        key: str,
        *,
        direction: Direction,
        types: Collection[RelationType] | None,
        depth: int,
        limit: int,
    ) -> Walk:
        with self._lock.read():
            return self._walks().walk(key, direction=direction, types=types, depth=depth,
                                      limit=limit)  # fmt: skip

    def find_path(
        self,
        a: str,
        b: str,
        *,
        types: Collection[RelationType] | None,
        depth: int,
        directed: bool,
    ) -> tuple[Edge, ...] | None:
        with self._lock.read():
            return self._walks().find_path(a, b, types=types, depth=depth, directed=directed)

    def neighbourhood(
        self, key: str, *, types: Collection[RelationType] | None, depth: int, limit: int
    ) -> Neighbourhood:
        with self._lock.read():
            return self._walks().neighbourhood(key, types=types, depth=depth, limit=limit)

    def edges_at(
        self, key: str, *, types: Collection[RelationType] | None, direction: Side
    ) -> list[Edge]:
        with self._lock.read():
            return self._walks().edges_at(key, types=types, direction=direction)

    def close_codes(self, text: str, *, limit: int) -> list[str]:
        with self._lock.read():
            return self._walks().close_codes(text, limit=limit)

    def search_candidates(self, text: str, *, limit: int) -> list[tuple[Head, int]]:
        """The store's own text index (graph.store.SearchingStore), under the read lock."""
        if not isinstance(self.inner, SearchingStore):
            raise TypeError(f"{type(self.inner).__name__} has no text index of its own")
        with self._lock.read():
            return self.inner.search_candidates(text, limit=limit)

    def heads_placed(self, units: Sequence[Unit], *, limit: int) -> list[tuple[Head, int]]:
        """The heads placed at `units`, through the store's place index
        (graph.store.PlacedSearchingStore), under the read lock; none from a store without."""
        if not isinstance(self.inner, PlacedSearchingStore):
            return []
        with self._lock.read():
            return self.inner.heads_placed(units, limit=limit)

    def search_folded(self, text: str, *, limit: int) -> list[Candidate]:
        """The store's candidates with their folded text (graph.store.FoldedSearchingStore),
        under the read lock; folded here when the store's index does not keep it."""
        if isinstance(self.inner, FoldedSearchingStore):
            with self._lock.read():
                return self.inner.search_folded(text, limit=limit)
        return [candidate_of(h, w) for h, w in self.search_candidates(text, limit=limit)]

    # The reports' aggregations (Neo4j: Cypher; else the scan of every node and edge), under
    # the read lock (graph.store.ReportingStore).
    def _reports(self) -> ReportingStore:
        from graph.reports._scan import reporting

        return reporting(self.inner)

    def report_rows(self, keys: Collection[str], *, cited: bool = False) -> dict[str, ReportRow]:
        with self._lock.read():
            return self._reports().report_rows(keys, cited=cited)

    def ranked(
        self,
        *,
        types: Collection[RelationType] | None,
        level: Level | None,
        year: int | None,
        by: RankGroup | None,
        limit: int,
    ) -> list[tuple[str, str, int]]:
        with self._lock.read():
            return self._reports().ranked(types=types, level=level, year=year, by=by,
                                          limit=limit)  # fmt: skip

    def local_places(self) -> list[tuple[Level, str | None, str | None, str | None]]:
        with self._lock.read():
            return self._reports().local_places()

    def uncertain_citers(
        self, keys: Collection[str], types: Collection[RelationType] | None
    ) -> dict[str, int]:
        with self._lock.read():
            return self._reports().uncertain_citers(keys, types)

    # The document list in the store's own query (graph.store.DocumentListing), under the read
    # lock; `lists_documents` False: the store has none (embedded), its nodes are read instead.
    @property
    def lists_documents(self) -> bool:
        return isinstance(self.inner, DocumentListing)

    def _listing(self) -> DocumentListing:
        if not isinstance(self.inner, DocumentListing):
            raise TypeError(f"{type(self.inner).__name__} does not list documents itself")
        return self.inner

    def document_kinds(self) -> list[str]:
        with self._lock.read():
            return self._listing().document_kinds()

    def document_places(self) -> list[PlaceNames]:
        with self._lock.read():
            return self._listing().document_places()

    def document_keys(
        self, selection: DocumentSelection, *, limit: int | None, offset: int
    ) -> tuple[int, list[str]]:
        with self._lock.read():
            return self._listing().document_keys(selection, limit=limit, offset=offset)

    # What documents said, selected in the store's query (graph.store.SaidListing); False:
    # the store's listing has no such query (Neo4j), the caller reads the heads instead.
    @property
    def lists_said(self) -> bool:
        return isinstance(self.inner, SaidListing)

    def document_issuers(self) -> tuple[list[str], list[str]]:
        with self._lock.read():
            if not isinstance(self.inner, SaidListing):
                raise TypeError(f"{type(self.inner).__name__} does not select what was said")
            return self.inner.document_issuers()

    def flagged(self) -> dict[str, tuple[str, ...]]:
        with self._lock.read():
            return self._reports().flagged()

    def ending(self, relies: Collection[RelationType]) -> tuple[list[Edge], list[Edge]]:
        with self._lock.read():
            return self._reports().ending(relies)

    def tallies(self) -> Tallies:
        with self._lock.read():
            return self._reports().tallies()

    def counts(self) -> dict[str, int]:
        with self._lock.read():
            return self.inner.counts()

    def clear(self) -> None:
        with self._lock.write():
            self.generation += 1
            self.inner.clear()

    def close(self) -> None:
        with self._lock.write():
            self.inner.close()


class StoreHolder:
    """Opens the store from `settings` when first needed; remembers why it could not.

    Parameters
    ----------
    settings : Settings
        Backend, data directory and Neo4j connection.
    """

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._store: GuardedStore | None = None
        self._mutex = threading.Lock()
        self.last_error: str | None = None

    def _open(self) -> GraphStore:
        return open_configured_store(self._settings)

    @property
    def current(self) -> GuardedStore | None:
        """The store if it is open, without waiting for anything."""
        return self._store

    def try_open(self) -> None:
        """Open now if possible (at start-up); a failure is kept for later requests."""
        with contextlib.suppress(StoreUnavailable):
            self.get()

    def get(self) -> GuardedStore:
        """The open store.

        Raises
        ------
        StoreUnavailable
            If it cannot be opened (server down, bad credentials, corrupt file).
        """
        store = self._store
        if store is not None:
            return store
        with self._mutex:
            if self._store is None:
                try:
                    self._store = GuardedStore(self._open())
                except StoreUnavailable as exc:
                    self.last_error = str(exc)
                    raise
                except OSError as exc:
                    given = self._settings
                    where = given.neo4j_uri if given.backend == "neo4j" else given.data_dir
                    failed = store_failed("open", where, exc)
                    self.last_error = str(failed)
                    raise failed from exc
                self.last_error = None
            return self._store

    def close(self) -> None:
        with self._mutex:
            if self._store is not None:
                self._store.close()
                self._store = None


class SearchCache:
    """One `SearchIndex` per store version: rebuilt when the store's write generation or its
    counts (writes by another process, for Neo4j) change."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._version: tuple[int, tuple[tuple[str, int], ...]] | None = None
        self._index: SearchIndex | None = None

    def get(self, store: GuardedStore) -> Searcher:
        if isinstance(store.inner, SearchingStore):
            return CandidateSearch(store)  # the store's own index: nothing to build or keep
        version = (store.generation, tuple(sorted(store.counts().items())))
        with self._mutex:
            if self._index is None or version != self._version:
                self._index = SearchIndex(store.iter_nodes())
                self._version = version
            return self._index

"""The storage Protocol every backend implements (STYLE habit 8); queries live in graph.lineage.

A store may also answer the walks itself (`QueryingStore`: Neo4j in one Cypher query each);
`LevelWalks` gives any GraphStore the same answers level by level through `out_edges` and
`in_edges`, and is what the embedded store and graph.lineage's fallback run. Likewise a store
may answer the reports' aggregations itself (`ReportingStore`: Neo4j in Cypher);
graph.reports._scan.ScanReports gives the same answers from every node and edge.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol, cast, runtime_checkable

from rapidfuzz import fuzz, process

from graph.errors import DocumentNotFound
from graph.model import (
    ALTERNATIVE,
    DATE,
    ISSUER,
    POSSIBLE_DUPLICATE,
    SPELLING,
    TERM,
    DocumentRecord,
    DocumentWrite,
    Edge,
    Fact,
    Head,
    Node,
)
from graph.model import SHORT_FORM as SHORT_FORM_FIELD
from graph.model import UNCERTAIN as UNCERTAIN_FIELD
from ingest.codes import Level
from ingest.normalize import parse_code
from ingest.relations import RelationType

# Called between the steps of a write ("merges", "removed", "nodes", "edges"); the default does
# nothing. Tests inject a failing one to check that a write is all-or-nothing.
Checkpoint = Callable[[str], None]


def no_checkpoint(step: str) -> None:
    """The default checkpoint: carry on."""


class DocumentTarget(Protocol):
    """What building and writing one document needs of a store (graph.build, api.uploads):
    every GraphStore, and the staged writer of a bulk run into Neo4j (graph.staged)."""

    def replace_document(
        self, write: DocumentWrite, *, checkpoint: Checkpoint = no_checkpoint
    ) -> None:
        """Write one document's contribution atomically, replacing its earlier version."""

    def document(self, doc: str) -> DocumentRecord | None:
        """What the store remembers about an ingested document."""

    def documents_at(self, path: str) -> list[DocumentRecord]:
        """The documents stored from the source `path` (a file, or an upload's name)."""

    def head(self, key: str) -> Head | None:
        """The node `key` without its facts (identity, description, tally of its facts)."""

    def heads_by_key(self, keys: Collection[str]) -> dict[str, Head]: ...

    def heads_by_code(self, code: str) -> list[Head]:
        """Every node answering to `code` (canonical, alias or alternative), all places,
        without its facts: what identity decisions read."""

    def said(self, key: str, doc: str) -> tuple[Fact, ...]:
        """What document `doc` says about node `key` (its facts there; none: empty)."""

    def citing_documents(self, key: str, field: str | None = None) -> list[str]:
        """The documents that say something about node `key` (`field`: a fact of that field),
        sorted: what placing undated mentions again reads (graph.undated)."""

    def document_contribution(
        self, record: DocumentRecord
    ) -> tuple[list[Head], list[Edge], list[tuple[str, str, str]]]:
        """What the stored document of `record` wrote: the heads of the nodes it touched, the
        edges it wrote and what it says about those nodes ((key, doc, encoded facts))."""


@runtime_checkable
class CodeBatchReading(Protocol):
    """A target that reads the nodes of many codes at once (one query, not one per code)."""

    def heads_by_codes(self, codes: Collection[str]) -> dict[str, list[Head]]:
        """`heads_by_code` of each of `codes` (an empty list for a code no node answers to)."""


# What it asks (node key, field) → the documents citing_documents(key, field) answers.
CitersAsked = tuple[str, str | None]


@runtime_checkable
class CitersBatchReading(Protocol):
    """A target that reads the citers of many nodes at once (one query, not one per node)."""

    def citing_documents_many(
        self, asks: Collection[CitersAsked]
    ) -> dict[CitersAsked, list[str]]:
        """`citing_documents(key, field)` of each (key, field) of `asks`."""


_READS_IN_BATCH: dict[tuple[type, type], bool] = {}


def _reads_in_batch(target: object, protocol: type) -> bool:
    """Whether `target` is a `protocol`, kept per type: an `isinstance` check against a
    runtime protocol walks its members on every call, and the graph builder asks once per
    document."""
    cls = type(target)
    reads = _READS_IN_BATCH.get((cls, protocol))
    if reads is None:
        reads = _READS_IN_BATCH[(cls, protocol)] = issubclass(cls, protocol)
    return reads


def code_batch_reader(target: object) -> CodeBatchReading | None:
    """`target` as a `CodeBatchReading` if it is one, else None."""
    return cast(CodeBatchReading, target) if _reads_in_batch(target, CodeBatchReading) else None


def citing_documents_of(
    target: DocumentTarget, asks: Sequence[CitersAsked]
) -> dict[CitersAsked, list[str]]:
    """`target.citing_documents(key, field)` of each of `asks`: in one read where the target
    reads them in batch (a bulk run into Neo4j: one round trip, not one per node)."""
    if asks and _reads_in_batch(target, CitersBatchReading):
        return cast(CitersBatchReading, target).citing_documents_many(asks)
    return {ask: target.citing_documents(*ask) for ask in asks}


class GraphStore(DocumentTarget, Protocol):
    """A document graph: nodes keyed by identity key, typed edges owned by citing documents."""

    def node(self, key: str) -> Node | None:
        """The whole node `key`, every fact said about it decoded (for showing it)."""

    def nodes_by_key(self, keys: Collection[str]) -> dict[str, Node]: ...

    def nodes_by_code(self, code: str) -> list[Node]:
        """Every node answering to `code` (canonical, alias or alternative), all places."""

    def bulk_write(self, writes: Iterable[DocumentWrite]) -> int:
        """Write many documents not yet in the store, fast (batched); return how many."""

    def out_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]: ...

    def in_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]: ...

    def iter_nodes(self) -> Iterator[Node]: ...

    def iter_edges(self) -> Iterator[Edge]: ...

    def codes(self) -> list[str]:
        """Every canonical code and alias (for close-match suggestions)."""

    def counts(self) -> dict[str, int]:
        """{"nodes": …, "edges": …, "documents": …}."""

    def clear(self) -> None: ...

    def close(self) -> None: ...


# Đ/đ (and the OCR look-alike Ð, U+00D0) have no combining mark to strip.
_D_LETTERS = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D"})
# The combining diacritical marks block, where every Vietnamese tone and vowel mark lies; all
# are combining characters except U+034F (the grapheme joiner, class 0).
_VIETNAMESE_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")


@functools.lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Lower-case `text` without diacritics, punctuation runs turned into single spaces: how
    search and a store's text index read text. Cached (the latest 16k texts): a bulk run
    folds the same codes, issuing bodies and subjects over and over (47k calls, 9k texts for
    2,000 documents).

    >>> fold("Kết luận số 62-KL/TW của Bộ Chính trị")
    'ket luan so 62 kl tw cua bo chinh tri'
    >>> fold("Đổi mới")
    'doi moi'
    """
    plain = _VIETNAMESE_MARKS.sub("", unicodedata.normalize("NFD", text.translate(_D_LETTERS)))
    if not plain.isascii():  # other scripts' marks (rare): the general test, character by character
        plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.split(r"[^0-9a-z]+", plain.lower())).strip()


Direction = Literal["up", "down"]
Side = Literal["in", "out", "both"]
CLOSE_CUTOFF = 60  # rapidfuzz ratio a close match must reach


def edge_order(e: Edge) -> tuple[str, str, str, str]:
    """The order walks take edges in (ties between equally short chains go to the first)."""
    return (e.source, e.target, e.type.value, e.doc)


@dataclass(frozen=True, slots=True)
class Step:
    """A node a walk reached: `depth` hops from the root, first through `via` (its source is
    the node one hop nearer the root when walking up, its target when walking down)."""

    key: str
    depth: int
    via: Edge


@dataclass(frozen=True, slots=True)
class Walk:
    """What `walk` found: the steps in walk order (by depth, then the order of the edges that
    reached them), the heads of the nodes reached, and whether `limit` cut the walk short."""

    steps: tuple[Step, ...]
    heads: dict[str, Head] = field(default_factory=dict)
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """The nodes within some hops of a node (both directions) and the edges between them."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    truncated: bool


@runtime_checkable
class QueryingStore(Protocol):
    """Walks a store answers itself, with the answers `LevelWalks` defines. Each raises
    DocumentNotFound (without close matches) when a node named is not in the store."""

    def walk(
        self,
        key: str,
        *,
        direction: Direction,
        types: Collection[RelationType] | None,
        depth: int,
        limit: int,
    ) -> Walk: ...

    def find_path(
        self,
        a: str,
        b: str,
        *,
        types: Collection[RelationType] | None,
        depth: int,
        directed: bool,
    ) -> tuple[Edge, ...] | None: ...

    def neighbourhood(
        self, key: str, *, types: Collection[RelationType] | None, depth: int, limit: int
    ) -> Neighbourhood: ...

    def edges_at(
        self, key: str, *, types: Collection[RelationType] | None, direction: Side
    ) -> list[Edge]: ...

    def close_codes(self, text: str, *, limit: int) -> list[str]: ...


@runtime_checkable
class SearchingStore(Protocol):
    """A store with a text index of its own (Neo4j's full-text index): it gives the heads a
    search may want, each with the number of documents that speak of it, so a search ranks a
    few hundred candidates instead of reading every node."""

    def search_candidates(self, text: str, *, limit: int) -> list[tuple[Head, int]]: ...

    def heads_by_code(self, code: str) -> list[Head]: ...

    def heads_by_key(self, keys: Collection[str]) -> dict[str, Head]: ...


# A local place as the stores keep it: (level, province, district, commune), names as written.
Unit = tuple[Level, str | None, str | None, str | None]


# A document's place names as `DocumentListing` gives and takes them: (province, district,
# commune), a missing name as "" (the list's filters read None and "" alike).
PlaceNames = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class DocumentSelection:
    """The nodes a `DocumentListing` selects; each filter given (not None) must hold: the
    node's level, whether it is a stub (cited, not ingested), its kind among `kinds`, its
    place among `places`."""

    level: Level | None = None
    stub: bool | None = None
    kinds: frozenset[str] | None = None
    places: frozenset[PlaceNames] | None = None
    # What documents said of a node (its tally), for a `SaidListing` only (others are never
    # given them): its code's issuer among `issuers` ("" for none) or an issuing body said of
    # it among `bodies` (either, when both are given); a date said of it in `year`.
    issuers: frozenset[str] | None = None
    bodies: frozenset[str] | None = None
    year: int | None = None


@runtime_checkable
class DocumentListing(Protocol):
    """A store that filters and pages the document list (`GET /api/v1/documents`) in its own
    query. The filters that need a rule (a kind's code, a place's name) are decided by the
    caller over the distinct values the store gives (`document_kinds`, `document_places`),
    once per value, and the store selects the nodes holding the values chosen."""

    def document_kinds(self) -> list[str]:
        """Every distinct `Node.kind` of the store ("" for none)."""

    def document_places(self) -> list[PlaceNames]:
        """Every distinct (province, district, commune) of the store's nodes."""

    def document_keys(
        self, selection: DocumentSelection, *, limit: int | None, offset: int
    ) -> tuple[int, list[str]]:
        """(how many nodes `selection` picks, the keys of `limit` of them from `offset`, in
        key order; None: all)."""


@runtime_checkable
class SaidListing(DocumentListing, Protocol):
    """A `DocumentListing` that also selects by what documents said of a node (the issuer and
    year filters of `GET /api/v1/documents`) in its query: the caller decides which issuers
    and issuing bodies a filter accepts over the distinct ones the store gives, once each."""

    def document_issuers(self) -> tuple[list[str], list[str]]:
        """(every distinct code issuer of the store's nodes, "" for none; every distinct
        issuing body said of one)."""


@runtime_checkable
class PlacedSearchingStore(Protocol):
    """A `SearchingStore` that finds the nodes placed at given units through its place index,
    so a search naming a place has the place's documents among its candidates, not only
    those whose text names it (a commune's plan saying only "UBND xã Tịnh Trà")."""

    def local_places(self) -> list[Unit]: ...

    def heads_placed(self, units: Sequence[Unit], *, limit: int) -> list[tuple[Head, int]]:
        """The heads placed at any of `units` (level and every name equal, a missing name
        missing), each with the number of documents speaking of it, the most spoken of first
        (then by key); at most `limit`."""
        ...


@dataclass(frozen=True, slots=True)
class Candidate:
    """A search candidate as a store's text index holds it: what `api.search.Entry` reads
    of a node (its codes, number and kind, the folded texts of its codes, title, subjects and
    issuing bodies, in that order, once each) and the number of documents speaking of it."""

    key: str
    codes: tuple[str, ...]
    number: str | None
    kind: str | None
    texts: tuple[str, ...]
    weight: int


def search_texts(node: Head | Node) -> tuple[str, ...]:
    """What search matches a node by: the folded texts of its codes, title, subjects and
    issuing bodies, in that order, once each."""
    raw = [*node.codes, node.title or "", *node.subjects, *sorted(set(node.issuers))]
    return tuple(dict.fromkeys(t for t in (fold(r) for r in raw) if t))


def index_texts(head: Head, codes: Sequence[str] | None = None) -> tuple[str, str]:
    """The folded text a store's full-text index holds for `head`, codes apart from words:
    (its codes, then its title, subjects and issuing bodies), each list joined by " | ".
    `codes`: `head.codes`, when the caller has them already."""
    bodies = sorted(head.tally.get(ISSUER, ()))
    words = [head.title or "", *head.subjects, *bodies]
    return (
        " | ".join(fold(c) for c in (head.codes if codes is None else codes)),
        " | ".join(t for t in (fold(w) for w in words) if t),
    )


def candidate_of(head: Head, weight: int) -> Candidate:
    """`head` as a search candidate, its texts folded here."""
    texts = search_texts(head)
    return Candidate(head.key, tuple(head.codes), head.number, head.kind, texts, weight)


@runtime_checkable
class FoldedSearchingStore(Protocol):
    """A `SearchingStore` whose index keeps each node's folded text: its candidates come with
    it, so a search folds nothing but the query."""

    def search_folded(self, text: str, *, limit: int) -> list[Candidate]: ...


# What `report_flags` may say of a node: what `graph.reports.quality` lists it under.
CONFLICT = "conflict"  # a date or term given two values
MISMATCH = "mismatch"  # a spelling with another type word than its code's
UNQUALIFIED = "unqualified"  # a local code whose place is not known
UNCERTAIN = "uncertain"  # identity not pinned down
DUPLICATE = "duplicate"  # reported possible duplicates
STUB = "stub"  # cited, not ingested
SHORT_FORM = "short_form"  # an unresolved short form ("Kết luận 62")


@functools.lru_cache(maxsize=1 << 16)  # every write computes a node's flags
def _kind(code: str | None) -> str | None:
    parsed = parse_code(code) if code else None
    return parsed.kind if parsed is not None else None


def type_words(node: Head | Node) -> tuple[str, ...] | None:
    """The spellings of `node` whose type word differs from its code's ("160-KL/TW (KL)" for
    160-TB/TW), its own first; None when none does."""
    spellings = (*node.aliases, *node.alternatives)
    if not spellings:
        return None  # the common case: no code of its own to read
    own = _kind(node.canonical)
    others = [c for c in spellings if _kind(c) not in (None, own)]
    if not others:
        return None
    return (f"{node.canonical} ({own})", *(f"{c} ({_kind(c)})" for c in others))


def _distinct(node: Head | Node, name: str) -> Collection[str]:
    """The distinct values `node`'s facts give field `name`: a head's tally holds them as its
    keys, read as they are (every write derives a node's report columns from its head: 16k
    heads for the generated 40 MB corpus, each field's values sorted into a tuple before)."""
    if isinstance(node, Head):
        return node.tally.get(name, ())
    return node._values(name)  # noqa: SLF001


def report_flags(node: Head | Node) -> tuple[str, ...]:
    """What the quality report lists `node` under (a node's facts or their tally say the same).

    >>> report_flags(Head("160-TB/TW", canonical="160-TB/TW"))
    ('stub',)
    """
    return report_columns(node)[0]


def report_columns(node: Head | Node) -> tuple[tuple[str, ...], int, int]:
    """`report_flags`, `conflict_count` and `duplicate_count` of `node`, each field's values
    read once (a store writes all three for every node it writes).

    >>> report_columns(Head("160-TB/TW", canonical="160-TB/TW"))
    (('stub',), 0, 0)
    """
    spellings = (*_distinct(node, SPELLING), *_distinct(node, ALTERNATIVE))
    # (a node whose every spelling is its canonical code has no type word to compare)
    mismatch = any(c != node.canonical for c in spellings) and type_words(node) is not None
    conflicts, duplicates = conflict_count(node), duplicate_count(node)
    flags = [
        (CONFLICT, conflicts > 0),
        (MISMATCH, mismatch),
        (UNQUALIFIED, not node.qualified),
        (UNCERTAIN, bool(_distinct(node, UNCERTAIN_FIELD))),
        (DUPLICATE, duplicates > 0),
        (STUB, node.stub),
        (SHORT_FORM, bool(_distinct(node, SHORT_FORM_FIELD))),
    ]
    return tuple(name for name, on in flags if on), conflicts, duplicates


def conflict_count(node: Head | Node) -> int:
    """How many fields (date, term) of `node` are given more than one value."""
    return (len(_distinct(node, DATE)) > 1) + (len(_distinct(node, TERM)) > 1)


def duplicate_count(node: Head | Node) -> int:
    """How many possible duplicates of `node` are reported."""
    return len(_distinct(node, POSSIBLE_DUPLICATE))


@dataclass(frozen=True, slots=True)
class ReportRow:
    """What a report shows of one node: its head, its date (see
    graph.reports.document_date) and, when asked, how many documents cite it."""

    head: Head
    day: date | None
    cited_by: int = 0


@dataclass(frozen=True, slots=True)
class Tallies:
    """What `graph.lineage.stats` counts over every node and edge: nodes by level and by
    kind as stored (None: no kind), edges by type, and the nodes' flags summed."""

    levels: dict[str, int]
    kinds: dict[str | None, int]
    edge_types: dict[str, int]
    stubs: int
    unqualified: int
    conflicts: int
    possible_duplicates: int


RankGroup = Literal["level", "year"]


@runtime_checkable
class ReportingStore(Protocol):
    """Aggregations a store answers itself, with the answers graph.reports._scan.ScanReports
    defines (from every node and edge). Each returns only the report's rows."""

    def report_rows(self, keys: Collection[str], *, cited: bool = False) -> dict[str, ReportRow]:
        """The nodes of `keys` the store holds, each with its date and (`cited`) the number
        of distinct documents with an edge of any type to it."""

    def ranked(
        self,
        *,
        types: Collection[RelationType] | None,
        level: Level | None,
        year: int | None,
        by: RankGroup | None,
        limit: int,
    ) -> list[tuple[str, str, int]]:
        """(group, key, count) of the nodes with the most distinct citing documents (edges
        of `types`; None: any), at most `limit` per group, each group by count (descending),
        code (canonical, else key), key; only nodes of `level` and dated in `year` when
        given. Groups: "" (by None), the level's value, or the year ("undated")."""

    def local_places(self) -> list[tuple[Level, str | None, str | None, str | None]]:
        """Every distinct (level, province, district, commune) of a province, district or
        commune node, as stored, in the order of the first node (by key) that has it."""

    def uncertain_citers(
        self, keys: Collection[str], types: Collection[RelationType] | None
    ) -> dict[str, int]:
        """For each of `keys`, how many of the distinct documents `ranked` counts for it (edges
        of `types`; None: any) reach it only by uncertain edges (`Edge.candidates`: an undated
        mention of a code naming several documents, counted for each); keys with none left
        out (`graph.reports._common.uncertain_sources`)."""

    def flagged(self) -> dict[str, tuple[str, ...]]:
        """Every node with a `report_flags`, by key, with its flags."""

    def ending(
        self, relies: Collection[RelationType]
    ) -> tuple[list[Edge], list[Edge]]:
        """The edges that end a document's force (`Edge.ends_force`) and the edges of
        `relies` to a document so ended; each in graph.store.edge_order."""

    def tallies(self) -> Tallies: ...


def ending_among(
    candidates: Iterable[Edge], relying: Iterable[Edge]
) -> tuple[list[Edge], list[Edge]]:
    """`GraphStore.ending` from a store's candidates: the edges of an ENDS_FORCE type (a query
    can select those by type, not by whether every sentence names a provision) and the edges
    relying on any of their targets; the ones that do not end a document's force are dropped."""
    ends = [e for e in candidates if e.ends_force]
    ended = {e.target for e in ends}
    kept = [e for e in relying if e.target in ended]
    return sorted(ends, key=edge_order), sorted(kept, key=edge_order)


def _step_order(step: tuple[str, str, Edge]) -> tuple[str, str, str, str]:
    here, there, e = step
    return (here, there, e.type.value, e.doc)


class LevelWalks:
    """`QueryingStore` over any GraphStore, breadth first, one `out_edges`/`in_edges` call per
    level: the definition of every walk's answer.

    Every walk keeps a visited set, so cycles never loop. A node's chain is one of its shortest:
    each level takes the edges leaving the previous level in `edge_order`, and the first edge
    to reach a node is its hop (so the parent is the smallest key one level nearer the root,
    then the smallest type and document).
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def _require(self, key: str) -> None:
        if self.store.head(key) is None:
            raise DocumentNotFound(key)

    def walk(
        self,
        key: str,
        *,
        direction: Direction,
        types: Collection[RelationType] | None,
        depth: int,
        limit: int,
    ) -> Walk:
        self._require(key)
        seen = {key}
        steps: list[Step] = []
        frontier = [key]
        truncated = False
        for level in range(1, depth + 1):
            if not frontier or truncated:
                break
            if direction == "up":
                edges = self.store.out_edges(frontier, types)
            else:
                edges = self.store.in_edges(frontier, types)
            nxt: list[str] = []
            for e in sorted(edges, key=edge_order):
                there = e.target if direction == "up" else e.source
                if there in seen:
                    continue
                if len(steps) >= limit:
                    truncated = True
                    break
                seen.add(there)
                steps.append(Step(there, level, e))
                nxt.append(there)
            frontier = nxt
        heads = self.store.heads_by_key([s.key for s in steps])
        return Walk(tuple(steps), heads, truncated)

    def find_path(
        self,
        a: str,
        b: str,
        *,
        types: Collection[RelationType] | None,
        depth: int,
        directed: bool,
    ) -> tuple[Edge, ...] | None:
        self._require(a)
        self._require(b)
        paths: dict[str, tuple[Edge, ...]] = {a: ()}
        frontier = [a]
        for _ in range(depth):
            if b in paths or not frontier:
                break
            steps = [(e.source, e.target, e) for e in self.store.out_edges(frontier, types)]
            if not directed:
                steps += [(e.target, e.source, e) for e in self.store.in_edges(frontier, types)]
            nxt = []
            # stable: an edge walked along its direction goes before one walked against it
            for here, there, e in sorted(steps, key=_step_order):
                if here in paths and there not in paths:
                    paths[there] = paths[here] + (e,)
                    nxt.append(there)
            frontier = nxt
        return paths.get(b) if a != b else ()

    def neighbourhood(
        self, key: str, *, types: Collection[RelationType] | None, depth: int, limit: int
    ) -> Neighbourhood:
        self._require(key)
        seen = {key}
        frontier = [key]
        truncated = False
        for _ in range(depth):
            nxt = []
            edges = self.store.out_edges(frontier, types) + self.store.in_edges(frontier, types)
            for e in sorted(edges, key=edge_order):
                for k in (e.source, e.target):
                    if k not in seen:
                        if len(seen) >= limit:
                            truncated = True
                            break
                        seen.add(k)
                        nxt.append(k)
            frontier = nxt
            if truncated or not frontier:
                break
        nodes = self.store.nodes_by_key(seen)
        inner = {e.id: e for e in self.store.out_edges(list(seen), types) if e.target in seen}
        return Neighbourhood(
            tuple(nodes[k] for k in sorted(nodes)),
            tuple(inner[i] for i in sorted(inner)),
            truncated,
        )

    def edges_at(
        self, key: str, *, types: Collection[RelationType] | None, direction: Side
    ) -> list[Edge]:
        self._require(key)
        edges: list[Edge] = []
        if direction in ("out", "both"):
            edges += self.store.out_edges([key], types)
        if direction in ("in", "both"):
            edges += self.store.in_edges([key], types)
        return sorted(edges, key=edge_order)

    def close_codes(self, text: str, *, limit: int) -> list[str]:
        return close_codes_among(text, self.store.codes(), limit=limit)


class WalksByLevel:
    """The walks of `QueryingStore` for a store that reads edges cheaply by key (the embedded
    and SQLite stores): each one `LevelWalks` over the store itself, one read per level."""

    def walk(
        self,
        key: str,
        *,
        direction: Direction,
        types: Collection[RelationType] | None,
        depth: int,
        limit: int,
    ) -> Walk:
        return LevelWalks(cast(GraphStore, self)).walk(
            key, direction=direction, types=types, depth=depth, limit=limit
        )

    def find_path(
        self,
        a: str,
        b: str,
        *,
        types: Collection[RelationType] | None,
        depth: int,
        directed: bool,
    ) -> tuple[Edge, ...] | None:
        walks = LevelWalks(cast(GraphStore, self))
        return walks.find_path(a, b, types=types, depth=depth, directed=directed)

    def neighbourhood(
        self, key: str, *, types: Collection[RelationType] | None, depth: int, limit: int
    ) -> Neighbourhood:
        return LevelWalks(cast(GraphStore, self)).neighbourhood(
            key, types=types, depth=depth, limit=limit
        )

    def edges_at(
        self, key: str, *, types: Collection[RelationType] | None, direction: Side
    ) -> list[Edge]:
        return LevelWalks(cast(GraphStore, self)).edges_at(key, types=types, direction=direction)


def close_codes_among(text: str, codes: list[str], *, limit: int) -> list[str]:
    """The `limit` codes of `codes` closest to `text` (rapidfuzz ratio, at least
    CLOSE_CUTOFF), best first; equal scores in the order of `codes`."""
    hits = process.extract(text, codes, scorer=fuzz.ratio, limit=limit, score_cutoff=CLOSE_CUTOFF)
    return [h[0] for h in hits]

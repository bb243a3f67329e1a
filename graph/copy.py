"""Copy every document of one store into another, any backend to any backend, losing nothing.

A store holds, for each ingested document, its record (id, content hash, source path, host
node, the nodes it touched), what it says about each of those nodes (facts with their offsets:
dates, terms, subjects, spellings, issuing bodies, identity notes, short forms, the evidence of
variant merges and possible duplicates) and the edges it asserts (every sentence, its
provision and, for an undated mention, its candidates). A node's head is what the
contributions of its documents combine to (graph.records). So a store is copied document by
document: each record becomes the `DocumentWrite` that contributes, in the target, what it
contributed in the source, and the target writes it with its own bulk path, so what the
target keeps on write (report columns, search index, citer counts) is its own.

    copy_documents(SQLiteStore(".data"), Neo4jStore(uri, user, password))

Into an empty target the copy is the source's graph (the stores' contract test compares
every node, fact, edge and record). Into a store that holds documents it is refused unless
`merge` is asked: then the documents the target lacks are added to it; one it holds (the same
id: the same text and facts) is left as it is, and so is one whose source file it holds in
another version (its own, which a re-ingest of the file replaces). A merge does not decide
identity again: it is refused before writing anything when a code the source and the target
both hold names two documents (one code of two terms under one key, or one document under two
keys: stores written before keys carried the term), or when a mention without a date in one
store would name other documents in the merged store (graph.undated.target_keys: the other
holds a dated document of its code, issued by the citing text's date, that the first lacks);
ingest the files into the target instead.

Each batch of documents is written whole (`bulk_write`), so an interrupted copy keeps whole
documents; copying again with `merge` completes it. Both stores' writer locks are held
throughout: no vbgraph process writes either meanwhile, so the copy is one state of the source.
"""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from graph import identity as ident
from graph.errors import CopyClash, CopyIncomplete, SameStore, TargetNotEmpty
from graph.model import UNDATED, DocumentRecord, DocumentWrite, Edge, Fact, Head
from graph.records import contributed
from graph.store import GraphStore, code_batch_reader, edge_order
from graph.undated import read_marker, target_keys

BATCH_DOCS = 500  # documents read from the source and written to the target at a time
SHOWN = 20  # clashes named in an error


@runtime_checkable
class CopySource(GraphStore, Protocol):
    """A store whose documents can be listed and read back whole (every backend)."""

    def iter_documents(self) -> Iterator[DocumentRecord]:
        """Every ingested document's record, by document id."""
        ...

    def said_many(
        self, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[Fact, ...]]:
        """What each document says about each node of `pairs` ((key, doc)); a pair that says
        nothing is left out."""
        ...


@dataclass
class CopyOutcome:
    """What a copy did: documents written, documents the target already held (the same id),
    documents not copied because the target holds another version of their file (path, doc
    id), and the target's counts after."""

    written: int = 0
    held: int = 0
    other_version: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def document_writes(source: CopySource, records: Sequence[DocumentRecord]) -> list[DocumentWrite]:
    """The writes that contribute to a store what each of `records` contributed to `source`."""
    keys = sorted({k for rec in records for k in rec.node_keys})
    heads = source.heads_by_key(keys)
    said = source.said_many([(k, rec.doc) for rec in records for k in rec.node_keys])
    docs = {rec.doc for rec in records}
    edges: dict[str, list[Edge]] = defaultdict(list)
    for e in source.out_edges(keys):
        if e.doc in docs:
            edges[e.doc].append(e)
    writes = []
    for rec in records:
        nodes = tuple(
            contributed(heads[k], rec.doc, said.get((k, rec.doc), ()))
            for k in rec.node_keys
            if k in heads
        )
        writes.append(
            DocumentWrite(rec.doc, rec.content_hash, rec.path, rec.host_key, nodes,
                          tuple(sorted(edges[rec.doc], key=edge_order)))  # fmt: skip
        )
    return writes


@contextlib.contextmanager
def holding(store: GraphStore) -> Iterator[Callable[[], None]]:
    """Hold `store`'s writer lock (Neo4j: its writer lease) until the block ends: no other
    vbgraph process writes it meanwhile. Yields what keeps a long hold (Neo4j's lease). A
    store nobody may write (a read-only SQLite file) is read as it is: no lock to take."""
    if getattr(store, "read_only", False):
        yield lambda: None
        return
    writing = getattr(store, "writing", None)
    if callable(writing):  # Neo4j
        with writing(wait_s=None):
            yield getattr(store, "renew_lease", lambda: None)
        return
    batch = getattr(store, "batch", None)
    with batch() if callable(batch) else contextlib.nullcontext():
        yield lambda: None


def location(store: GraphStore) -> tuple[str, str]:
    """Where `store` lives: (its kind, its resolved directory or its server's address)."""
    file = getattr(store, "file", None)
    if file is not None:  # SQLite (graph.sqlite) or embedded (graph.json)
        return type(store).__name__, str(os.path.realpath(os.path.dirname(file)))
    return type(store).__name__, str(getattr(store, "uri", id(store)))


def _batches(source: CopySource) -> Iterator[list[DocumentRecord]]:
    batch: list[DocumentRecord] = []
    for rec in source.iter_documents():
        batch.append(rec)
        if len(batch) >= BATCH_DOCS:
            yield batch
            batch = []
    if batch:
        yield batch


def _same_document(key: str, other: str, path: str) -> bool:
    from graph.build import same_document  # the rule of an edited file's earlier version

    return same_document(key, other, on_disk=os.path.isabs(path))


def _clashes(source: CopySource, target: GraphStore) -> list[str]:
    """Where a merge would join two documents, or split one: a key the stores hold for two
    terms (35-CT/TW of 2019 in one, of 2024 in the other: stores written before keys carried
    the term), a document of one term the target holds under a key the source does not give
    it, or a code whose mention without a date in one store would name other documents once
    merged (`_undated_elsewhere`)."""
    assert isinstance(target, CopySource)  # every backend is one
    found: set[str] = set()
    reader = code_batch_reader(target)
    for records in _batches(source):
        heads = source.heads_by_key(sorted({k for rec in records for k in rec.node_keys}))
        found.update(_undated_elsewhere(source, target, heads.values()))
        scoped = {k: h for k, h in heads.items() if h.scope and h.canonical}
        theirs = target.heads_by_key(list(scoped))
        codes = sorted({h.canonical for h in scoped.values() if h.canonical})
        by_code = (reader.heads_by_codes(codes) if reader is not None
                   else {c: target.heads_by_code(c) for c in codes})  # fmt: skip
        for key, mine in scoped.items():
            other = theirs.get(key)
            if other is not None:
                if other.scope and other.scope != mine.scope:
                    found.add(f"{key} ({mine.scope} / {other.scope})")
                continue
            for t in by_code.get(mine.canonical or "", ()):
                if t.key != key and (t.base, t.scope) == (mine.base, mine.scope):
                    same = source.head(t.key)  # the source holds it apart too: no clash
                    if same is None or (same.base, same.scope) != (t.base, t.scope):
                        found.add(f"{key} = {t.key} ({mine.scope})")
    return sorted(found)


def _undated_elsewhere(source: CopySource, target: CopySource,
                       heads: Iterable[Head]) -> list[str]:  # fmt: skip
    """The codes of `heads` (of the source) whose undated mentions name other documents once
    merged: a mention without a date names the dated documents of its code its store holds,
    less those issued after the citing text (graph.undated.target_keys), and the merged store
    holds the dated documents of both ("35-CT/TW (XII / XII, XIII)": the source's mention
    names the 2019 directive, merged it would name both). A text the target holds keeps the
    target's version: its mention in the source is left out."""
    out = []
    for base, code in sorted({(h.base, h.canonical) for h in heads if h.base and h.canonical
                              and ident.shared(h.base)}):  # fmt: skip
        mine, theirs = source.heads_by_code(code), target.heads_by_code(code)
        here, there = ident.dated_scopes(base, mine), ident.dated_scopes(base, theirs)
        both = tuple(sorted(set(here) | set(there)))
        if _named_otherwise(source, base, mine, here, both, held=target) or _named_otherwise(
            target, base, theirs, there, both
        ):
            out.append(f"{base} ({', '.join(here) or '—'} / {', '.join(there) or '—'})")
    return out


def _named_otherwise(store: CopySource, base: str, heads: Iterable[Head], scopes: Sequence[str],
                     merged: Sequence[str], *, held: GraphStore | None = None) -> bool:  # fmt: skip
    """Whether an undated mention of `base` in `store` (whose nodes of the code are `heads`,
    its dated documents of `scopes`) names other keys given dated documents of `merged`;
    mentions of texts `held` holds are left out. The nodes an undated mention is on: those
    with an UNDATED fact, and the node keyed by the code alone (only undated mentions name it;
    a store written before UNDATED facts has none there: the citing text's date unknown)."""
    if tuple(merged) == tuple(scopes):
        return False
    for h in heads:
        if h.base != base or (h.key != base and UNDATED not in h.tally):
            continue
        docs = [d for d in store.citing_documents(h.key, None if h.key == base else UNDATED)
                if held is None or held.document(d) is None]  # fmt: skip
        said = store.said_many([(h.key, d) for d in docs])
        for doc in docs:
            marks = [read_marker(f.value) for f in said.get((h.key, doc), ()) if f.field == UNDATED]
            for day, _ in marks or [(None, None)]:
                host = h.host_doc == doc
                if target_keys(base, doc, day, scopes, host=host) != target_keys(
                    base, doc, day, merged, host=host
                ):
                    return True
    return False


def copy_documents(
    source: CopySource,
    target: GraphStore,
    *,
    merge: bool = False,
    progress: Callable[[int], None] | None = None,
) -> CopyOutcome:
    """Write every document of `source` into `target` (see the module's docstring).

    `progress` is told how many documents are done after each batch.

    Raises
    ------
    TargetNotEmpty
        If `target` holds anything and `merge` is not asked.
    CopyClash
        If a merge would join two documents (nothing is written).
    CopyIncomplete
        If an empty target does not end with the source's counts.
    """
    out = CopyOutcome()
    here, there = location(source), location(target)
    if here == there:
        raise SameStore(here[1])
    # the file stores of one directory share its writer lock: the target's holds both
    shared = here[1] == there[1]
    with holding(source) if not shared else contextlib.nullcontext(), holding(target) as renew:
        before = target.counts()
        empty = not any(before.values())
        if not empty and not merge:
            raise TargetNotEmpty(before)
        if not empty:
            clashes = _clashes(source, target)
            if clashes:
                raise CopyClash(clashes)
        done = 0
        for records in _batches(source):
            todo = records if empty else _new_to(target, records, out)
            if todo:
                target.bulk_write(document_writes(source, todo))
                out.written += len(todo)
            done += len(records)
            renew()
            if progress is not None:
                progress(done)
        out.counts = target.counts()
        if empty and out.counts != source.counts():
            raise CopyIncomplete(source.counts(), out.counts)
    return out


def _new_to(target: GraphStore, records: Sequence[DocumentRecord],
            out: CopyOutcome) -> list[DocumentRecord]:  # fmt: skip
    """The records of `records` a merge writes into `target`: not those it holds (noted in
    `out.held`), nor those whose file it holds in another version (`out.other_version`)."""
    todo = []
    for rec in records:
        if target.document(rec.doc) is not None:
            out.held += 1
        elif rec.path and any(
            other.doc != rec.doc and _same_document(other.host_key, rec.host_key, rec.path)
            for other in target.documents_at(rec.path)
        ):
            out.other_version.append((rec.path, rec.doc))
        else:
            todo.append(rec)
    return todo

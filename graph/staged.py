"""One writer's bulk run into Neo4j: reads from an in-memory mirror, writes in batches.

Building a document reads the nodes its codes may belong to; against a server that is a round
trip per code and per node, and writing it is a transaction of its own. A bulk run (`vbgraph
ingest` of a folder) has one writer, so it can keep a mirror instead: an in-memory
`EmbeddedStore` seeded, in one query per document, with the stored heads (graph.model.Head:
never their facts) of the nodes of the codes the document names and, for a document ingested
before, its record, nodes, edges and what it said about those nodes. Each document
is built against the mirror and applied to it, by the same rules every store follows
(graph.records); every `flush_every` documents the final states of what changed go to Neo4j
in one transaction (`Neo4jStore.apply_changes`), sent from a thread of its own while the next
documents are built (IN_FLIGHT batches at most, written in order), and the mirror is emptied once
it is large, so memory stays bounded. The run holds the store's writer lease
(`Neo4jStore.writing`), so no other vbgraph process writes meanwhile and the mirror stays
true (the server may be IN_FLIGHT batches behind it: what is in flight is in the mirror, which is
emptied only once the server has it); a document that confirms a variant merge (which moves
other documents' edges) is written directly, after a flush. A document that rewrites others
(graph.undated) is applied to the mirror like any other: building it read their whole
contributions into it.

The graph is the one document-by-document writes give: the conformance suite runs both stores
on the same rules, and a test compares a staged run with a direct one.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable

from graph.embedded import EmbeddedStore
from graph.model import Changes, DocumentRecord, DocumentWrite, Edge, Fact, Head
from graph.neo4j_store import Neo4jStore
from graph.store import Checkpoint, CitersAsked, no_checkpoint
from ingest.models import HOST, Extraction

# Documents per Neo4j transaction. A batch is sent while the next ones are built, so only the
# last is waited for at the end of a run: small enough that it is short, large enough that a
# transaction's fixed costs are shared.
FLUSH_EVERY = 128
# Nodes the mirror keeps between flushes. It holds heads (never a node's facts), so emptying
# it costs one query for the central heads the next documents cite again; a small mirror
# keeps a bulk run's memory flat (issue 17).
MIRROR_MAX_NODES = 5_000
# Batches sent and not yet known written. With two, the documents after a batch are built
# while the one before it commits, instead of waiting for it; each is written after the one
# before it (it reads the kept counts, heads and records the earlier one writes), so the
# server sees the transactions of one in flight, in the same order.
IN_FLIGHT = 2


class StagedNeo4jWriter:
    """The reads and writes of `uploads.commit`, for one writer into `target`."""

    def __init__(self, target: Neo4jStore, *, flush_every: int | None = None) -> None:
        self._target = target
        self._flush_every = flush_every or FLUSH_EVERY
        self._sending: list[threading.Thread] = []  # in flight, oldest first
        self._failed: BaseException | None = None
        # A store found empty under this process's writer lease (`_fresh`) holds only what
        # this writer sent while the lease is held: the codes its nodes answer to, their keys,
        # its documents and their paths (what was sent, written or in flight; kept across
        # `_reset`). What is not among them is not looked up on the server.
        self._empty_under: int | None = None  # the lease token the store was found empty under
        self._checked = False  # whether the store was looked at for that
        self._sent_codes: set[str] = set()
        self._sent_docs: set[str] = set()
        self._sent_paths: set[str] = set()
        self._reset()

    def _reset(self) -> None:
        self._mirror = EmbeddedStore(None, track_changes=True)
        self._codes: set[str] = set()  # codes whose every stored node is in the mirror
        self._keys: set[str] = set()  # node keys looked up (present in the mirror or absent)
        self._docs: set[str] = set()  # documents whose stored record (or its absence) is known
        self._paths: set[str] = set()  # source paths whose every stored document is loaded
        self._pending = 0

    # ------------------------------------------------------------------ loading
    def prepare(self, extractions: Iterable[Extraction]) -> None:
        """Load, in one query each, what building these documents will read (first sending
        the documents written so far, when there are `flush_every` of them)."""
        if self._pending >= self._flush_every:
            self.send()
        self._target.renew_lease()
        codes: set[str] = set()
        docs: set[str] = set()
        paths: set[str] = set()
        for ext in extractions:
            if ext.document.code is not None:
                codes.add(ext.document.code.canonical)
            for r in ext.references:
                if r.code is not None and r.resolves_to != HOST:
                    codes.add(r.code.canonical)
                codes.update(r.alternatives)
            docs.add(ext.document.id)
            if ext.path:
                paths.add(ext.path)
        self._load_documents(docs, paths)
        self._load_codes(codes)

    def _fresh(self) -> bool:
        """Whether the server holds only what this writer sent: the store was empty when it
        first looked, and this process has held the writer lease since then (the first
        ingest of a corpus: nothing it cites or holds was stored before it)."""
        token = self._target.lease_token()
        if not self._checked and token is not None:
            self._checked = True  # before anything is sent: one look
            if self._target.is_empty():
                self._empty_under = token
        return token is not None and token == self._empty_under

    def _load_codes(self, codes: Collection[str]) -> None:
        missing = [c for c in codes if c not in self._codes]
        if not missing:
            return
        asked = [c for c in missing if c in self._sent_codes] if self._fresh() else missing
        stored = self._target.heads_for_codes(asked) if asked else []
        found = [n for n in stored if n.key not in self._keys]
        self._seed(found)
        self._keys.update(n.key for n in found)
        self._codes.update(missing)

    def _load_keys(self, keys: Collection[str]) -> None:
        missing = [k for k in keys if k not in self._keys]
        if not missing:
            return
        asked = [k for k in missing if k in self._sent_codes] if self._fresh() else missing
        if asked:
            self._seed(self._target.heads_by_key(asked).values())
        self._keys.update(missing)

    def _load_document(self, doc: str) -> None:
        self._load_documents([doc])

    def _load_documents(self, docs: Collection[str], paths: Collection[str] = ()) -> None:
        """Load the stored documents `docs` and every stored document from `paths`, in one
        query (those loaded before are not looked up again)."""
        missing = [d for d in docs if d not in self._docs]
        paths = [p for p in paths if p not in self._paths]
        if not missing and not paths:
            return
        if self._fresh():
            asked = [d for d in missing if d in self._sent_docs]
            asked_paths = [p for p in paths if p in self._sent_paths]
        else:
            asked, asked_paths = missing, paths
        records = (
            self._target.stored_records(asked, paths=asked_paths) if asked or asked_paths else []
        )
        records = [r for r in records if r.doc not in self._docs]
        self._docs.update(missing)
        self._docs.update(r.doc for r in records)
        self._paths.update(paths)
        if not records:
            return
        # what each wrote, in one query for all of them (and the nodes its edges end at)
        wrote = self._target.document_contributions(records)
        for record, (heads, _, _) in zip(records, wrote, strict=True):
            self._seed([n for n in heads if n.key not in self._keys])
            self._keys.update(record.node_keys)  # the ones not found are gone
        self._load_keys({k for _, edges, _ in wrote for e in edges for k in (e.source, e.target)})
        for record, (_, edges, said) in zip(records, wrote, strict=True):
            self._mirror.seed((), edges, (record,), said)

    def _seed(self, heads: Iterable[Head]) -> None:
        self._mirror.seed(heads, (), ())

    def _load_paths(self, paths: Collection[str]) -> None:
        self._load_documents((), paths)

    def _known(self, key: str) -> bool:
        """Whether the mirror holds `key` if the server does. A coded node's key starts with
        its canonical code (graph.identity.base_key), so it is known once that code's nodes
        are loaded; an uncoded host's key names its document."""
        if key in self._keys or key.partition("@")[0] in self._codes:
            return True
        return key.startswith("doc:") and key[4:] in self._docs

    # ------------------------------------------------------------------ reads
    def document(self, doc: str) -> DocumentRecord | None:
        self._load_document(doc)
        return self._mirror.document(doc)

    def documents_at(self, path: str) -> list[DocumentRecord]:
        self._load_paths([path])
        return self._mirror.documents_at(path)

    def head(self, key: str) -> Head | None:
        return self.heads_by_key([key]).get(key)

    def heads_by_key(self, keys: Collection[str]) -> dict[str, Head]:
        self._load_keys([k for k in keys if not self._known(k)])
        return self._mirror.heads_by_key(keys)

    def heads_by_code(self, code: str) -> list[Head]:
        self._load_codes([code])
        return self._mirror.heads_by_code(code)

    def said(self, key: str, doc: str) -> tuple[Fact, ...]:
        self._load_document(doc)  # what a stored document said comes with its record
        return self._mirror.said(key, doc)

    def citing_documents(self, key: str, field: str | None = None) -> list[str]:
        """The server's answer (what was sent) joined with the mirror's (which holds what it
        has not sent: the documents it wrote since, in flight or not); a document rewritten
        since is read as the mirror holds it. Rare: when a write changes the dated documents
        of a code stored texts mention undated (graph.undated)."""
        return self.citing_documents_many([(key, field)])[(key, field)]

    def citing_documents_many(
        self, asks: Collection[CitersAsked]
    ) -> dict[CitersAsked, list[str]]:
        """`citing_documents` of each (key, field) of `asks`: the server's answers in one query
        (not one round trip per node), the documents they name loaded in one more (the caller
        reads what each of them wrote next, graph.build._rewrites: not one at a time)."""
        fresh = self._fresh()
        asked = [a for a in asks if not fresh or a[0] in self._sent_codes]
        sent = self._target.citing_documents_many(asked) if asked else {}
        self._load_documents({d: None for docs in sent.values() for d in docs})
        return {
            a: sorted({*sent.get(a, ()), *self._mirror.citing_documents(*a)}) for a in asks
        }

    def document_contribution(
        self, record: DocumentRecord
    ) -> tuple[list[Head], list[Edge], list[tuple[str, str, str]]]:
        self._load_document(record.doc)
        return self._mirror.document_contribution(record)

    # ------------------------------------------------------------------ writes
    def replace_document(
        self, write: DocumentWrite, *, checkpoint: Checkpoint = no_checkpoint
    ) -> None:
        if write.merges:  # moves edges the mirror may not hold: straight to the server
            self.flush()
            self._checked, self._empty_under = True, None  # the server holds more than was sent
            self._target.replace_document(write, checkpoint=checkpoint)
            self._reset()
            return
        # (the texts a write rewrites were read whole into the mirror when it was built)
        for w in (write, *write.rewrites):
            self._load_document(w.doc)
            self.heads_by_key([n.key for n in w.nodes])
        self._mirror.replace_document(write, checkpoint=checkpoint)
        self._pending += 1

    def send(self) -> None:
        """Start sending what changed since the last send to Neo4j, in a thread, once the
        send before the previous one is done (IN_FLIGHT batches at most, each written after
        the one before it); the mirror, which holds all of it, goes on serving the next
        documents. When the mirror has grown past MIRROR_MAX_NODES it is emptied, after
        every send (the central documents every batch cites stay loaded until then)."""
        self._sent(keep=IN_FLIGHT - 1)
        if self._pending:
            changes = self._mirror.take_changes()
            created = [n.key for n in changes.nodes if n.key not in self._keys]
            for n in changes.nodes:  # what a node answers to: its key and codes
                self._sent_codes.add(n.key)
                self._sent_codes.update(n.codes)
            self._sent_docs.update(r.doc for r in changes.documents)
            self._sent_paths.update(r.path for r in changes.documents if r.path)
            self._keys.update(n.key for n in changes.nodes)
            self._pending = 0
            before = self._sending[-1] if self._sending else None
            thread = threading.Thread(
                target=self._apply, args=(changes, created, before), name="vbgraph-neo4j-send"
            )
            self._sending.append(thread)
            thread.start()
        if self._mirror.node_count() > MIRROR_MAX_NODES:
            self._sent()
            self._reset()

    def flush(self) -> None:
        """Send what changed since the last send to Neo4j and wait until it is written: the
        server then holds everything written through this writer."""
        self.send()
        self._sent()

    def _apply(
        self, changes: Changes, created: list[str], before: threading.Thread | None
    ) -> None:
        try:
            rows = self._target.change_rows(changes)  # while the batch before commits
            if before is not None:  # written in order, each reading what the last one wrote
                before.join()
            if self._failed is not None:  # a batch before this one failed: write nothing
                return
            # never overwrite a stored node the mirror did not hold
            self._target.apply_changes(changes, new=created, rows=rows)
        except BaseException as exc:  # raised in the writer's thread by _sent
            if before is not None:
                before.join()
            if self._failed is None:
                self._failed = exc

    def _sent(self, keep: int = 0) -> None:
        """Wait until at most `keep` sends are in flight (all of them once one has failed);
        raise what a send failed with."""
        while len(self._sending) > (0 if self._failed is not None else keep):
            self._sending.pop(0).join()
        if self._failed is not None:
            while self._sending:  # the ones after it write nothing: let them end first
                self._sending.pop(0).join()
            exc, self._failed = self._failed, None
            raise exc

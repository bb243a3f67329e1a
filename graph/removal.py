"""Taking documents out of a store (`vbgraph remove`): each one's contribution (what it said
about every node, its edges, the nodes only it named) and its record, so that the store answers
as if it had never been ingested. Every store (SQLite, embedded, Neo4j) writes, in one
transaction under its writer lock, the removal `graph.build.removal_write` builds there: the
same plan as an edited file's new version (`graph.records.plan_write`) with nothing to add,
carrying the undated rewrites such a version would (`graph.undated`: the stored texts that
mention a code undated whose only dated document this one was are placed again, naming the
code alone or the dated documents left); then it forgets the record. A store that cannot
remove refuses before writing anything (`removing`).

Other texts keep no note they would not hold had it never been stored (`notes_undone`): of
folding a variant spelling only it wrote into their node ("160-KL/TW" into 160-TB/TW), nor
that their node may be the same document as one only it named.
Known limit, as for an edited file: a variant spelling other texts wrote stays folded into
the node this document's presence confirmed it for (their "160-KL/TW" stays with 160-TB/TW,
whichever write made the fold): undoing it would need those texts, which the store does not
keep.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Protocol, runtime_checkable

from graph import undated as U
from graph.model import (
    MATCH,
    POSSIBLE_DUPLICATE,
    SPELLING,
    DocumentRecord,
    DocumentWrite,
    Fact,
    Head,
)
from graph.records import is_orphan, strip_document
from graph.store import DocumentTarget, GraphStore
from ingest.errors import VbgraphError


@runtime_checkable
class RemovingStore(Protocol):
    """A store that can take a document out."""

    def remove_document(self, doc: str) -> bool:
        """Remove document `doc` (its contribution and its record) in one write; False if it
        is not stored."""


class RemovalUnsupported(VbgraphError):
    """The store cannot take documents out."""

    status = 501

    def __init__(self, backend: str) -> None:
        name = {"neo4j": "Neo4j", "sqlite": "SQLite"}.get(backend, backend)
        super().__init__(
            f"kho {name} chưa gỡ được văn bản; chưa gỡ gì. Hãy chép kho sang SQLite (vbgraph "
            f"--backend {backend} copy --to sqlite --to-data-dir THƯ_MỤC) rồi gỡ ở đó",
            f"the {name} store cannot remove documents yet; nothing was removed. Copy it to "
            f"SQLite (vbgraph --backend {backend} copy --to sqlite --to-data-dir DIR) and remove "
            "them there",
        )


def backend_of(store: object) -> str:
    """The backend name of `store` as `--backend` spells it, from its class (`SQLiteStore`:
    "sqlite", `Neo4jStore`: "neo4j", `EmbeddedStore`: "embedded")."""
    return type(store).__name__.removesuffix("Store").lower()


def removing(store: object, *, backend: str | None = None) -> RemovingStore:
    """`store` as a store that can take documents out (the one check of the command line and
    the service).

    Parameters
    ----------
    store : object
        The store to remove from.
    backend : str, optional
        Its name as `--backend` spells it, for the message (default: `backend_of(store)`).

    Raises
    ------
    RemovalUnsupported
        If `store` cannot remove documents (nothing is written).
    """
    if not isinstance(store, RemovingStore):
        raise RemovalUnsupported(backend or backend_of(store))
    return store


def remove_documents(store: GraphStore, docs: Sequence[str], *, backend: str) -> int:
    """Remove each of `docs` from `store`, one write each; return how many were stored.

    Raises
    ------
    RemovalUnsupported
        If `store` cannot remove documents (nothing is written).
    """
    remover = removing(store, backend=backend)
    return sum(remover.remove_document(doc) for doc in docs)


class NotIngested(VbgraphError):
    """No stored document was ingested from the files (or has the ids) given."""

    status = 404

    def __init__(self, given: Sequence[str]) -> None:
        self.given = tuple(given)
        named = ", ".join(self.given)
        super().__init__(
            f"chưa nạp văn bản nào từ {named}; chưa gỡ gì",
            f"no document was ingested from {named}; nothing was removed",
        )


def stored_from(store: GraphStore, given: Sequence[str]) -> list[str]:
    """The documents `given` names, in order: each a document id ("doc-…", as `show --json`
    lists a node's sources) or a file as typed (stored under its absolute path, as `vbgraph
    ingest` stores it).

    Raises
    ------
    NotIngested
        Naming every one of `given` that names no stored document (before anything is
        removed).
    """
    found: dict[str, None] = {}
    missing: list[str] = []
    for text in given:
        record = store.document(text)
        docs = [record.doc] if record is not None else [
            r.doc for r in store.documents_at(os.path.abspath(text))
        ]  # fmt: skip
        if not docs:
            missing.append(text)
        found.update(dict.fromkeys(docs))
    if missing:
        raise NotIngested(missing)
    return list(found)


def notes_undone(
    store: DocumentTarget, record: DocumentRecord, rewrites: Sequence[DocumentWrite]
) -> tuple[DocumentWrite, ...]:
    """The rewrites of `record`'s removal (`rewrites`: graph.build's undated ones), with each
    other text written again without the notes it would not hold had `record`'s document
    never been stored: that it folded a variant spelling only that document writes ("160-KL/
    TW" into 160-TB/TW: its MATCH fact), and that a node only that document names may be the
    same document as its own (a POSSIBLE_DUPLICATE fact naming it)."""
    c = U.Contribution.of(record, store.document_contribution(record))
    alone: dict[str, set[str]] = {}  # node key -> the variant spellings only it writes there
    gone: dict[str, Head] = {}  # the nodes the removal deletes (only it names them)
    for key, head in c.heads.items():
        facts = c.said.get(key, ())
        if is_orphan(strip_document(head, record.doc, facts)):
            gone[key] = head
            continue
        mine = Counter(f.value for f in facts if f.field == SPELLING)
        written = head.tally.get(SPELLING, {})
        only = {v for v, n in mine.items() if v != head.canonical and written.get(v, 0) <= n}
        if only:
            alone[key] = only
    # (node key, field) -> which of the facts of that field other texts say there go
    notes: dict[tuple[str, str], Callable[[Fact], bool]] = {
        (key, MATCH): _folds_of(only) for key, only in alone.items()
    }
    doubted = _doubts_of(set(gone))
    for head in gone.values():  # what may have doubted it: its code's nodes, its readings'
        for code in filter(None, (head.canonical, *head.alternatives)):
            for other in store.heads_by_code(code):  # (those whose tally names a gone node)
                doubts = other.tally.get(POSSIBLE_DUPLICATE, {})
                if other.key not in gone and any(doubted(Fact(POSSIBLE_DUPLICATE, v, ""))
                                                 for v in doubts):  # fmt: skip
                    notes[(other.key, POSSIBLE_DUPLICATE)] = doubted
    by_doc = {w.doc: w for w in rewrites}
    for (key, field), noted in sorted(notes.items(), key=lambda item: item[0]):
        for doc in store.citing_documents(key, field):
            write = by_doc.get(doc) if doc != record.doc else None
            if write is None and doc != record.doc:
                write = _as_stored(store, doc)
            kept = _without(write, key, noted) if write is not None else None
            if kept is not None:
                by_doc[doc] = kept
    return tuple(by_doc[d] for d in sorted(by_doc))


def _folds_of(spellings: set[str]) -> Callable[[Fact], bool]:
    """Whether a fact is a note of folding one of `spellings` into the node."""
    return lambda f: f.field == MATCH and _said(f).get("from") in spellings


def _doubts_of(keys: set[str]) -> Callable[[Fact], bool]:
    """Whether a fact is a note that the node may be the same as one of `keys`."""
    return lambda f: f.field == POSSIBLE_DUPLICATE and _said(f).get("key") in keys


def _as_stored(store: DocumentTarget, doc: str) -> DocumentWrite | None:
    """Stored text `doc`'s contribution as a write (None: not stored)."""
    record = store.document(doc)
    if record is None:
        return None
    return U.moved(U.Contribution.of(record, store.document_contribution(record)), (), {})


def _without(
    write: DocumentWrite, key: str, noted: Callable[[Fact], bool]
) -> DocumentWrite | None:
    """`write` without the `noted` facts it says of node `key` (None: it says none)."""
    nodes = tuple(
        replace(n, facts=tuple(f for f in n.facts if not noted(f))) if n.key == key else n
        for n in write.nodes
    )
    return replace(write, nodes=nodes) if nodes != write.nodes else None


def _said(fact: Fact) -> Mapping[str, object]:
    """The JSON value of a MATCH or POSSIBLE_DUPLICATE fact ({} if it is not an object)."""
    try:
        found = json.loads(fact.value)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}

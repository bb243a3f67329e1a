"""Taking documents out of a store (`vbgraph remove`): each one's contribution (what it said
about every node, its edges, the nodes only it named) and its record, so that the store answers
as if it had never been ingested. Every store (SQLite, embedded, Neo4j) writes, in one
transaction under its writer lock, the removal `graph.build.removal_write` builds there: the
same plan as an edited file's new version (`graph.records.plan_write`) with nothing to add,
carrying the undated rewrites such a version would (`graph.undated`: the stored texts that
mention a code undated whose only dated document this one was are placed again, naming the
code alone or the dated documents left); then it forgets the record. A store that cannot
remove refuses before writing anything (`removing`).

Known limit, as for an edited file: variant spellings the document's write confirmed stay
folded into one node (undoing a fold would need the texts of every document that wrote the
folded spelling, which the store does not keep).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from graph.store import GraphStore
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

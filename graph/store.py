"""The storage Protocol every backend implements (STYLE habit 8); queries live in graph.lineage."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Protocol

from graph.model import DocumentRecord, DocumentWrite, Edge, Fact, Head, Node
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

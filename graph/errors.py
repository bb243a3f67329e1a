"""Errors the graph layer raises on purpose, each carrying its HTTP status (STYLE habit 10)."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.errors import VbgraphError


class GraphError(VbgraphError):
    """Root of the graph layer's errors."""


class DocumentNotFound(GraphError):
    """No node answers to the code or key; `matches` holds close codes or keys, best first."""

    status = 404

    def __init__(self, text: str, matches: Sequence[str] = ()) -> None:
        self.text = text
        self.matches = tuple(matches)
        hint = f"; close matches: {', '.join(self.matches)}" if self.matches else ""
        super().__init__(f"no document {text!r} in the graph{hint}")


class AmbiguousCode(GraphError):
    """A code names several nodes (a local code of several places, or several terms)."""

    status = 409

    def __init__(self, text: str, candidates: Sequence[str]) -> None:
        self.text = text
        self.candidates = tuple(candidates)
        super().__init__(
            f"{text!r} names {len(self.candidates)} documents: {shown_candidates(self.candidates)}"
        )


CANDIDATES_SHOWN = 20  # a code a site's side list put on every page names hundreds of nodes


def shown_candidates(candidates: Sequence[str], limit: int = CANDIDATES_SHOWN) -> str:
    """The candidates of an ambiguous code for a message: the first `limit`, and how many
    more ("… và 380 khác / and 380 more")."""
    shown = ", ".join(candidates[:limit])
    more = len(candidates) - limit
    return f"{shown}, … và {more} khác / and {more} more" if more > 0 else shown


class StoreUnavailable(GraphError):
    """The store cannot be reached or read (server down, bad credentials, corrupt file)."""

    status = 503


class StoreCorrupt(StoreUnavailable):
    """The embedded store's file exists but cannot be read as a graph."""


def _counted(counts: dict[str, int]) -> str:
    return (f"{counts.get('documents', 0)} văn bản / documents, {counts.get('nodes', 0)} nút / "
            f"nodes, {counts.get('edges', 0)} cạnh / edges")  # fmt: skip


class TargetNotEmpty(GraphError):
    """A copy's target store already holds documents, and no merge was asked."""

    status = 409

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        super().__init__(
            f"kho đích đã có dữ liệu ({_counted(counts)}), không chép gì / the target store "
            "is not empty: nothing copied. Add --merge to add the source's documents to what "
            "it holds (which also completes a copy that was cut short), or copy into an empty "
            "store"
        )


class CopyClash(GraphError):
    """A merge would join two documents that share a code (or split one): not written."""

    status = 409

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = tuple(keys)
        super().__init__(
            "hai kho coi cùng một số hiệu là văn bản khác nhau, không gộp gì / the stores hold "
            f"{len(self.keys)} code(s) as different documents, so nothing was merged: "
            f"{shown_candidates(self.keys)}. Ingest the source's files into the target "
            "instead (vbgraph ingest decides each code's document against what it holds)"
        )


class CopyIncomplete(GraphError):
    """A copy into an empty store did not end with the source's counts (a fault to report)."""

    status = 500

    def __init__(self, source: dict[str, int], target: dict[str, int]) -> None:
        self.source, self.target = dict(source), dict(target)
        super().__init__(
            f"bản chép không đủ / the copy is incomplete: the source holds {_counted(source)}, "
            f"the target {_counted(target)}. The source is unchanged; please report this"
        )


class SameStore(GraphError):
    """A copy's source and target are the same store."""

    status = 422

    def __init__(self, where: str) -> None:
        super().__init__(
            f"nguồn và đích là cùng một kho / the source and the target are the same store "
            f"({where}): name another --to, --to-data-dir or --to-uri"
        )

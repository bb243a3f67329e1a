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

"""`vbgraph remove`: documents ingested by mistake taken out of the store (`graph.removal`)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from api.cli_graph import EXIT_OK, add_store_options, run, settings_from
from graph.removal import remove_documents, stored_from
from graph.store import GraphStore


def _remove(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    docs = stored_from(store, args.given)
    records = {doc: store.document(doc) for doc in docs}
    removed = remove_documents(store, docs, backend=settings_from(args).backend)
    noun = "document" if removed == 1 else "documents"
    out.write(f"Đã gỡ {removed} văn bản / removed {removed} {noun}:\n")
    for doc, record in records.items():
        out.write(f"  {record.path if record and record.path else '—'} ({doc})\n")
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add `remove` to `vbgraph`."""
    said = ("gỡ văn bản đã nạp nhầm khỏi đồ thị / take documents ingested by mistake out of "
            "the graph, as if never ingested")  # fmt: skip
    p: argparse.ArgumentParser = subparsers.add_parser("remove", help=said, description=said)
    add_store_options(p)
    p.add_argument("given", nargs="+", metavar="FILE_OR_ID",
                   help="a file as ingested (any spelling of its path) or a document id "
                        "(doc-…, as `show --json` lists a document's sources)")  # fmt: skip
    p.set_defaults(handler=lambda a: run(_remove, a, stdout=sys.stdout, stderr=sys.stderr))

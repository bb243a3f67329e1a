"""`vbgraph copy`: every document of one store into another (graph.copy), any backend to any.

    vbgraph copy --to neo4j                      # the laptop's SQLite store onto the server
    vbgraph --backend neo4j copy --to sqlite --to-data-dir ban-sao/   # and back
    vbgraph copy --to neo4j --merge              # add to a server that holds documents
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import Any, TextIO

from rich.console import Console

from api.cli_graph import EXIT_OK, _progress, add_store_options, run, settings_from
from api.settings import Settings, open_configured_store
from graph.copy import CopyOutcome, CopySource, copy_documents, location
from graph.errors import StoreUnavailable
from graph.store import GraphStore
from ingest.errors import VbgraphError

OTHER_VERSIONS_SHOWN = 20


def _target_settings(args: argparse.Namespace) -> Settings:
    """The target's settings: the source's, with --to, --to-data-dir and --to-uri (each only
    for the backends it names: one given for another would be ignored, the copy going where
    the user did not mean)."""
    for option, value, backends in (("--to-data-dir", args.to_data_dir, ("sqlite", "embedded")),
                                    ("--to-uri", args.to_uri, ("neo4j",))):  # fmt: skip
        if value is not None and args.to not in backends:
            raise VbgraphError(
                f"{option} không dùng cho --to {args.to} (chỉ cho --to "
                f"{' hoặc '.join(backends)}); chưa chép gì",
                f"{option} does not apply to --to {args.to} (only --to "
                f"{' or '.join(backends)}); nothing copied",
            )
    source = settings_from(args)
    given: dict[str, Any] = {"backend": args.to}
    if args.to_data_dir is not None:
        given["data_dir"] = args.to_data_dir
    if args.to_uri is not None:
        given["neo4j_uri"] = args.to_uri
    return Settings(**{**source.model_dump(), **given})


def _where(settings: Settings) -> str:
    if settings.backend == "neo4j":
        return f"neo4j {settings.neo4j_uri}"
    return f"{settings.backend} {settings.data_dir.resolve()}"


def _copy(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    if not isinstance(store, CopySource):
        raise VbgraphError(f"không liệt kê được văn bản của {type(store).__name__}",
                           f"cannot list the documents of {type(store).__name__}")  # fmt: skip
    to = _target_settings(args)
    console = Console(file=sys.stderr)
    try:
        target = open_configured_store(to)
    except StoreUnavailable as exc:
        raise StoreUnavailable(
            f"kho đích không dùng được: {exc.vi}; chưa chép gì",
            f"the target store is unavailable: {exc.en}; nothing copied",
            subject=_where(to),
        ) from exc
    with contextlib.closing(target):
        adopted = getattr(target, "adopted", None)
        if adopted and location(store) == ("EmbeddedStore", location(target)[1]):
            # the SQLite store was made from this embedded store on opening: that is the copy
            print(_copied(CopyOutcome(written=adopted["documents"], counts=adopted),
                          settings_from(args), to), file=out)  # fmt: skip
            return EXIT_OK
        total = store.counts()["documents"]
        with _progress(console) as bar:
            task = bar.add_task("Đang chép / copying", total=total, rate="")

            def progress(done: int) -> None:
                bar.update(task, completed=done)
                bar.refresh()

            outcome = copy_documents(store, target, merge=args.merge, progress=progress)
    print(_copied(outcome, settings_from(args), to), file=out)
    return EXIT_OK


def _copied(outcome: CopyOutcome, source: Settings, target: Settings) -> str:
    """What a copy did, in Vietnamese and English."""
    c = outcome.counts
    lines = [
        f"Đã chép / copied {outcome.written} văn bản / documents từ / from {_where(source)} "
        f"vào / into {_where(target)}",
        f"  kho đích có / the target holds {c.get('documents', 0)} văn bản / documents, "
        f"{c.get('nodes', 0)} nút / nodes, {c.get('edges', 0)} cạnh / edges",
    ]
    if outcome.held:
        lines.append(f"  {outcome.held} văn bản kho đích đã có, giữ nguyên / documents the "
                     "target already held, left as they were")  # fmt: skip
    if outcome.other_version:
        lines.append(
            f"  {len(outcome.other_version)} tệp kho đích có bản khác, giữ bản của kho đích / "
            "files the target holds in another version, its own kept (ingest the file into "
            "the target again to store its current text):"
        )
        shown = outcome.other_version[:OTHER_VERSIONS_SHOWN]
        lines += [f"    {path}" for path, _ in shown]
        if len(outcome.other_version) > len(shown):
            lines.append(f"    … và {len(outcome.other_version) - len(shown)} tệp khác / and "
                         "more")  # fmt: skip
    return "\n".join(lines)


def register(subparsers: Any) -> None:
    """Add `copy` to `vbgraph`."""
    said = ("chép toàn bộ kho sang kho khác (SQLite, nhúng, Neo4j) / copy every document of "
            "the store into another store, any backend to any")  # fmt: skip
    p = subparsers.add_parser(
        "copy", help=said,
        description=said + ". The source is the store --backend and --data-dir name; the "
        "target must be empty unless --merge. Every fact, edge (evidence, provision, "
        "undated candidates) and record is copied; the counts are checked.",
    )  # fmt: skip
    add_store_options(p)
    p.add_argument("--to", required=True, choices=("embedded", "sqlite", "neo4j"),
                   help="the target store's backend")  # fmt: skip
    p.add_argument("--to-data-dir", metavar="DIR",
                   help="the target's directory (sqlite, embedded; default: the source's "
                        "--data-dir)")  # fmt: skip
    p.add_argument("--to-uri", metavar="URI",
                   help="the target Neo4j server (default $NEO4J_URI; user and password from "
                        "$NEO4J_USER, $NEO4J_PASSWORD)")  # fmt: skip
    p.add_argument("--merge", action="store_true",
                   help="add to a target that holds documents: those it lacks are "
                        "written, those it holds (or another version of) are left as they "
                        "are")  # fmt: skip
    p.set_defaults(handler=lambda a: run(_copy, a, stdout=sys.stdout, stderr=sys.stderr))

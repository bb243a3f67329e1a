"""Read, extract and write one document (uploaded bytes or a path), reporting what it gave.

A file that cannot be read or extracted gets its own error report and writes nothing; a store
failure (`StoreUnavailable`) is not a file's fault and propagates. Each document is written
in one all-or-nothing store write.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from api.schemas import IngestFileOut, Problem
from graph.build import build_document
from graph.errors import StoreUnavailable
from graph.store import GraphStore
from ingest.errors import VbgraphError
from ingest.extract import extract
from ingest.read import read_document

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")


def _failed(filename: str, status: int, title: str, detail: str) -> IngestFileOut:
    problem = Problem(title=title, status=status, detail=detail, instance=filename)
    return IngestFileOut(filename=filename, ok=False, status=status, error=problem)


def ingest_one(
    store: GraphStore,
    source: bytes | str | os.PathLike[str],
    *,
    filename: str,
    metadata: Mapping[str, str] | None = None,
    max_bytes: int = 50_000_000,
) -> IngestFileOut:
    """Ingest one document and say what was found and stored.

    Args:
        store: where to write.
        source: the file's bytes, or its path.
        filename: the name shown in reports (its extension picks the format).
        metadata: facts given by the user; they win over the file's own front matter.
        max_bytes: largest file accepted.

    Returns:
        The report: document key, references, relations, new nodes, warnings; or the error.

    Raises:
        StoreUnavailable: the store failed while reading or writing.
    """
    try:
        if isinstance(source, bytes):
            read = read_document(source, filename=filename, max_bytes=max_bytes)
        else:
            read = read_document(source, max_bytes=max_bytes)
        meta = {**read.metadata, **{k: v for k, v in (metadata or {}).items() if v}}
        ext = extract(read.text, path=filename, metadata=meta, body_start=read.body_start)
        write = build_document(store, ext)
    except StoreUnavailable:
        raise
    except VbgraphError as exc:
        return _failed(filename, exc.status, type(exc).__name__, str(exc))
    except (ValueError, OSError) as exc:
        return _failed(filename, 422, "UnreadableDocument", f"{filename}: {exc}")
    keys = sorted({n.key for n in write.nodes})
    existing = store.nodes_by_key(keys)
    store.replace_document(write)
    host = ext.document
    return IngestFileOut(
        filename=filename,
        ok=True,
        status=200,
        document=write.host_key,
        code=host.code.canonical if host.code else None,
        format=read.format,
        references=len(ext.references),
        relations=len(ext.relations),
        nodes=len(write.nodes),
        edges=len(write.edges),
        new_nodes=[k for k in keys if k not in existing],
        warnings=[*read.warnings, *(w.message for w in ext.warnings)],
    )


def walk(paths: list[str]) -> list[Path]:
    """Files named by `paths`, directories walked (sorted) for supported extensions; a folder's
    README.* describes the folder and is skipped (name it to ingest it)."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found += sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not f.name.lower().startswith("readme.")
            )
        else:
            found.append(p)
    return found

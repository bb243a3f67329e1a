"""The SQLite store's tables and the spelling of its rows (graph.sqlite_store).

One file, ``graph.sqlite``, in WAL mode. Tables:

- ``nodes``: one row per node, its head (graph.model.Head: scalars and the tally of its facts as
  JSON) and columns kept up to date on write for the reports: quality flags, conflicting
  fields, possible duplicates, the report date (`day`, see graph.reports.document_date) and
  the number of documents that say something about it (`sources`).
- ``said``: what one document says about one node (graph.model.encode_said), one row per
  (node, document), with the distinct date values it gives (`dates`, JSON).
- ``date_votes``: per node and date value, how many documents give it (the report date's
  votes, so a node's date is found without reading its facts).
- ``codes``: every code a node answers to (canonical, aliases, alternatives).
- ``edges``: typed edges, indexed by source and by target (and the edges that end a
  document's force apart).
- ``documents`` and ``doc_nodes``: records of ingested documents and the nodes each touched.
- ``search``: an FTS5 index of every node's folded codes and text (graph.store.fold), its rowid
  the node's id.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Any

import orjson

from graph.model import ISSUER, DocumentRecord, Edge, EdgeEvidence, Head
from graph.store import conflict_count, duplicate_count, fold, report_flags
from ingest.codes import Level
from ingest.models import Place
from ingest.relations import ENDS_FORCE, RelationType

FORMAT = "vbgraph-sqlite"
VERSION = 1
FILE_NAME = "graph.sqlite"

# The head's columns, in the order `to_head` reads them.
HEAD_COLUMNS = (
    "key",
    "canonical",
    "base",
    "scope",
    "family",
    "kind",
    "number",
    "issuer",
    "level",
    "province",
    "district",
    "commune",
    "qualified",
    "host_doc",
    "title",
    "tally",
)
# Columns the reports read, derived from the head on every write.
REPORT_COLUMNS = ("flags", "flagged", "conflicts", "duplicates")
NODE_WRITE_COLUMNS = HEAD_COLUMNS + REPORT_COLUMNS
HEADS = ", ".join(f"n.{c}" for c in HEAD_COLUMNS)  # select list of a head, table alias n

EDGE_COLUMNS = ("source", "target", "type", "doc", "label", "path", "evidence")
EDGES = ", ".join(f"e.{c}" for c in EDGE_COLUMNS)  # select list of an edge, table alias e

# The edge types that end a document's force, as SQL (a partial index holds their edges).
ENDING_TYPES = "(" + ", ".join(f"'{t.value}'" for t in sorted(ENDS_FORCE)) + ")"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nodes (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    canonical TEXT, base TEXT, scope TEXT, family TEXT, kind TEXT, number TEXT, issuer TEXT,
    level TEXT NOT NULL, province TEXT, district TEXT, commune TEXT,
    qualified INTEGER NOT NULL, host_doc TEXT, title TEXT, tally TEXT NOT NULL,
    flags TEXT, flagged INTEGER, conflicts INTEGER NOT NULL, duplicates INTEGER NOT NULL,
    day TEXT, sources INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS nodes_place ON nodes (level, province, district, commune, key);
CREATE INDEX IF NOT EXISTS nodes_flagged ON nodes (key) WHERE flagged = 1;
CREATE TABLE IF NOT EXISTS said (
    key TEXT NOT NULL, doc TEXT NOT NULL, facts TEXT NOT NULL, dates TEXT,
    PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS date_votes (
    key TEXT NOT NULL, value TEXT NOT NULL, votes INTEGER NOT NULL, PRIMARY KEY (key, value)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS codes (
    code TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (code, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS codes_key ON codes (key);
CREATE TABLE IF NOT EXISTS edges (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL, doc TEXT NOT NULL,
    label TEXT NOT NULL, path TEXT, evidence TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS edges_out ON edges (source, type, target, doc);
CREATE INDEX IF NOT EXISTS edges_in ON edges (target, type, source);
CREATE INDEX IF NOT EXISTS edges_ending ON edges (target) WHERE type IN {ENDING_TYPES};
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, content_hash TEXT NOT NULL, path TEXT, host_key TEXT NOT NULL,
    node_keys TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS documents_path ON documents (path);
CREATE TABLE IF NOT EXISTS doc_nodes (
    key TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5 (codes, text, tokenize = 'unicode61');
"""
TABLES = ("nodes", "said", "date_votes", "codes", "edges", "documents", "doc_nodes", "search")


def create(conn: sqlite3.Connection) -> None:
    """Create the tables if the file has none yet (in one transaction, so two processes opening
    a new store at once create them once), and check the file's format."""
    try:
        rows = dict(conn.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):
            raise
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT OR IGNORE INTO meta VALUES ('format', ?), ('version', ?)",
                (FORMAT, str(VERSION)),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        rows = dict(conn.execute("SELECT name, value FROM meta").fetchall())
    if rows.get("format") != FORMAT or rows.get("version") != str(VERSION):
        raise ValueError(f"format {rows.get('format')!r} v{rows.get('version')!r}")


def keys_param(keys: Iterable[str]) -> str:
    """Many keys as one parameter, read with ``json_each(?)`` (no limit on their number)."""
    return orjson.dumps(list(keys)).decode()


def node_values(head: Head) -> tuple[Any, ...]:
    """The values of NODE_WRITE_COLUMNS for `head`."""
    flags = report_flags(head)
    return (
        head.key,
        head.canonical,
        head.base,
        head.scope,
        head.family,
        head.kind,
        head.number,
        head.issuer,
        head.level.value,
        head.place.province,
        head.place.district,
        head.place.commune,
        int(head.qualified),
        head.host_doc,
        head.title,
        orjson.dumps(head.tally).decode(),
        ",".join(flags) or None,
        1 if flags else None,
        conflict_count(head),
        duplicate_count(head),
    )


def to_head(r: tuple[Any, ...] | sqlite3.Row) -> Head:
    """A head from the HEAD_COLUMNS of a row."""
    return Head(
        key=r[0],
        canonical=r[1],
        base=r[2],
        scope=r[3],
        family=r[4],
        kind=r[5],
        number=r[6],
        issuer=r[7],
        level=Level(r[8] or "unknown"),
        place=Place(r[9], r[10], r[11]),
        qualified=bool(r[12]),
        host_doc=r[13],
        title=r[14],
        tally=orjson.loads(r[15]) if r[15] else {},
    )


def edge_values(edge: Edge) -> tuple[Any, ...]:
    """The values of EDGE_COLUMNS for `edge` (raises ValueError on a type not a RelationType)."""
    row = edge.to_row()
    return tuple(row[c] for c in EDGE_COLUMNS)


def to_edge(r: tuple[Any, ...] | sqlite3.Row) -> Edge:
    """An edge from the EDGE_COLUMNS of a row."""
    evidence = tuple(EdgeEvidence(**e) for e in orjson.loads(r[6] or "[]"))
    return Edge(r[0], r[1], RelationType(r[2]), r[3], r[4] or "", r[5], evidence)


def record_values(rec: DocumentRecord) -> tuple[Any, ...]:
    return (rec.doc, rec.content_hash, rec.path, rec.host_key, keys_param(rec.node_keys))


def to_record(r: tuple[Any, ...] | sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(r[0], r[1], r[2], r[3], tuple(orjson.loads(r[4])))


def search_values(head: Head) -> tuple[str, str]:
    """The folded codes and text the full-text index holds for `head` (as on Neo4j)."""
    bodies = sorted(head.tally.get(ISSUER, ()))
    words = [head.title or "", *head.subjects, *bodies]
    return (
        " | ".join(fold(c) for c in head.codes),
        " | ".join(t for t in (fold(w) for w in words) if t),
    )


def valid_day(value: str) -> date | None:
    """`value` as a date, as graph.reports.document_date reads it (None: not a date)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def report_day(own: list[str] | None, votes: Iterable[tuple[str, int]]) -> str | None:
    """graph.reports.document_date from what is stored: the date values the document's own
    text gives (`own`; None when it gives none), else the documents giving each value."""
    ranked = sorted(own) if own else [v for v, _ in sorted(votes, key=lambda vn: (-vn[1], vn[0]))]
    for value in ranked:
        day = valid_day(value)
        if day is not None:
            return day.isoformat()
    return None

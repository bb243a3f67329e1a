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
- ``pairs``: per (target, source), how many edges and how many IMPLEMENTS edges join them, and
  the nodes' ``cited`` / ``implemented`` (distinct citers, distinct implementers), the counts
  the rankings read. An edge's removal updates them in a trigger; added edges update them once
  per statement (graph.sqlite_writes `add_edges`), not per row: a trigger on every inserted
  edge was most of the cost of writing it (version 1 of the file had one: `upgrade`).
- ``documents`` and ``doc_nodes``: records of ingested documents and the nodes each touched.
- ``search``: an FTS5 index of every node's folded codes and text (graph.store.fold), its rowid
  the node's id.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

import orjson

from graph.model import (
    NODE_SCALAR_FIELDS,
    DocumentRecord,
    Edge,
    EdgeEvidence,
    Head,
    encode_evidence,
)
from graph.store import report_columns
from graph.store_files import SQLITE_FILE
from ingest.codes import Level
from ingest.models import Place
from ingest.relations import ENDS_FORCE, RelationType

FORMAT = "vbgraph-sqlite"
VERSION = 3
FILE_NAME = SQLITE_FILE

# The head's columns, in the order `to_head` reads them.
HEAD_COLUMNS = (*NODE_SCALAR_FIELDS, "tally")
# Columns the reports read, derived from the head on every write.
REPORT_COLUMNS = ("flags", "flagged", "conflicts", "duplicates")
NODE_WRITE_COLUMNS = HEAD_COLUMNS + REPORT_COLUMNS
HEADS = ", ".join(f"n.{c}" for c in HEAD_COLUMNS)  # select list of a head, table alias n

EDGE_COLUMNS = ("source", "target", "type", "doc", "label", "path", "evidence")
EDGES = ", ".join(f"e.{c}" for c in EDGE_COLUMNS)  # select list of an edge, table alias e

# The edge types that end a document's force, as SQL (a partial index holds their edges).
ENDING_TYPES = "(" + ", ".join(f"'{t.value}'" for t in sorted(ENDS_FORCE)) + ")"

IMPL = RelationType.IMPLEMENTS.value
# The code a report shows and ranks by (graph.reports._common.code_of), as SQL.
CODE = "coalesce(nullif(canonical, ''), key)"
CODE_N = "coalesce(nullif(n.canonical, ''), n.key)"  # the same, of table alias n
LOCAL_LEVELS = (Level.PROVINCE.value, Level.DISTRICT.value, Level.COMMUNE.value)
_LOCAL = "(" + ", ".join(f"'{lv}'" for lv in LOCAL_LEVELS) + ")"


def _place(row: str) -> str:
    """A local node's place as one text key (a missing name apart from an empty one)."""
    names = " || char(31) || ".join(
        f"coalesce('v' || {row}.{c}, '')" for c in ("province", "district", "commune")
    )
    return f"{row}.level || char(31) || {names}"


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nodes (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    canonical TEXT, base TEXT, scope TEXT, family TEXT, kind TEXT, number TEXT, issuer TEXT,
    level TEXT NOT NULL, province TEXT, district TEXT, commune TEXT,
    qualified INTEGER NOT NULL, host_doc TEXT, title TEXT, tally TEXT NOT NULL,
    flags TEXT, flagged INTEGER, conflicts INTEGER NOT NULL, duplicates INTEGER NOT NULL,
    day TEXT, sources INTEGER NOT NULL DEFAULT 0,
    cited INTEGER NOT NULL DEFAULT 0, implemented INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS nodes_place ON nodes (level, province, district, commune, key);
CREATE INDEX IF NOT EXISTS nodes_flagged ON nodes (key) WHERE flagged = 1;
CREATE INDEX IF NOT EXISTS nodes_cited ON nodes (cited DESC, {CODE}, key) WHERE cited > 0;
CREATE INDEX IF NOT EXISTS nodes_implemented
    ON nodes (implemented DESC, {CODE}, key) WHERE implemented > 0;
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
CREATE TABLE IF NOT EXISTS pairs (
    target TEXT NOT NULL, source TEXT NOT NULL, edges INTEGER NOT NULL, impl INTEGER NOT NULL,
    PRIMARY KEY (target, source)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS edge_removed AFTER DELETE ON edges BEGIN
    UPDATE pairs SET edges = edges - 1, impl = impl - (old.type = '{IMPL}')
        WHERE target = old.target AND source = old.source;
    UPDATE nodes SET cited = cited - 1 WHERE key = old.target
        AND (SELECT edges FROM pairs WHERE target = old.target AND source = old.source) = 0;
    UPDATE nodes SET implemented = implemented - 1 WHERE old.type = '{IMPL}'
        AND key = old.target
        AND (SELECT impl FROM pairs WHERE target = old.target AND source = old.source) = 0;
    DELETE FROM pairs WHERE target = old.target AND source = old.source AND edges = 0;
END;
CREATE TABLE IF NOT EXISTS places (
    place TEXT PRIMARY KEY, level TEXT NOT NULL, province TEXT, district TEXT, commune TEXT,
    nodes INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS node_placed AFTER INSERT ON nodes
WHEN new.level IN {_LOCAL} BEGIN
    INSERT INTO places VALUES ({_place('new')}, new.level, new.province, new.district,
        new.commune, 1) ON CONFLICT (place) DO UPDATE SET nodes = nodes + 1;
END;
CREATE TRIGGER IF NOT EXISTS node_unplaced AFTER DELETE ON nodes
WHEN old.level IN {_LOCAL} BEGIN
    UPDATE places SET nodes = nodes - 1 WHERE place = {_place('old')};
    DELETE FROM places WHERE place = {_place('old')} AND nodes = 0;
END;
CREATE TRIGGER IF NOT EXISTS node_moved AFTER UPDATE OF level, province, district, commune
ON nodes WHEN old.level IS NOT new.level OR old.province IS NOT new.province
    OR old.district IS NOT new.district OR old.commune IS NOT new.commune BEGIN
    UPDATE places SET nodes = nodes - 1 WHERE old.level IN {_LOCAL} AND place = {_place('old')};
    DELETE FROM places WHERE place = {_place('old')} AND nodes = 0;
    INSERT INTO places SELECT {_place('new')}, new.level, new.province, new.district,
        new.commune, 1 WHERE new.level IN {_LOCAL}
        ON CONFLICT (place) DO UPDATE SET nodes = nodes + 1;
END;
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, content_hash TEXT NOT NULL, path TEXT, host_key TEXT NOT NULL,
    node_keys TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS documents_path ON documents (path);
CREATE TABLE IF NOT EXISTS doc_nodes (
    key TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5 (
    codes, text, tokenize = 'unicode61', prefix = '2 3 4'
);
"""
TABLES = (
    "edges", "pairs", "nodes", "places", "said", "date_votes", "codes", "documents", "doc_nodes",
    "search",
)  # fmt: skip


# A step of `upgrade` that rewrites rows by the graph's rules, in the upgrade's transaction.
Step = Callable[[sqlite3.Connection], None]


def create(
    conn: sqlite3.Connection, *, writable: bool = True, steps: Mapping[str, Step] | None = None
) -> None:
    """Create the tables if the file has none yet (in one transaction, so two processes opening
    a new store at once create them once), check the file's format, and bring a file of an
    older version up to this one (`upgrade`, with `steps`; a file nobody may write is read as
    it is)."""
    try:
        rows = dict(conn.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):
            raise
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE; {SCHEMA}; INSERT OR IGNORE INTO meta VALUES "
                f"('format', '{FORMAT}'), ('version', '{VERSION}'); COMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        rows = dict(conn.execute("SELECT name, value FROM meta").fetchall())
    if rows.get("format") == FORMAT and rows.get("version") in UPGRADES and writable:
        upgrade(conn, steps)  # (one nobody may write is read as it is: an upgrade changes writes)
        rows = dict(conn.execute("SELECT name, value FROM meta").fetchall())
    if rows.get("format") != FORMAT or (
        rows.get("version") != str(VERSION) and (writable or rows.get("version") not in UPGRADES)
    ):
        raise ValueError(f"format {rows.get('format')!r} v{rows.get('version')!r}")


# What brings a file of each older version to the next one: statements, and the version
# whose step the store gives `upgrade` (rows rewritten by the graph's rules).
UPGRADES: dict[str, tuple[str, ...]] = {
    # v1 counted each inserted edge in a trigger, v2 once per statement (graph.sqlite_writes)
    "1": ("DROP TRIGGER IF EXISTS edge_added",),
    # v3 keys a dated document of a code whose numbering restarts with its scope
    # ("35-CT/TW@XII"; graph.undated.scope_renames): the store's step renames the nodes
    "2": (),
}


def upgrade(conn: sqlite3.Connection, steps: Mapping[str, Step] | None = None) -> None:
    """Bring the file up to VERSION, step by step, in one write transaction; the version is read
    again inside it, so two processes opening an old store at once upgrade it once."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        (version,) = conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        while version in UPGRADES:
            for statement in UPGRADES[version]:
                conn.execute(statement)
            step = (steps or {}).get(version)
            if step is not None:
                step(conn)
            version = str(int(version) + 1)
        conn.execute("UPDATE meta SET value = ? WHERE name = 'version'", (version,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def keys_param(keys: Iterable[str]) -> str:
    """Many keys as one parameter, read with ``json_each(?)`` (no limit on their number)."""
    return orjson.dumps(list(keys)).decode()


def node_values(head: Head) -> tuple[Any, ...]:
    """The values of NODE_WRITE_COLUMNS for `head`."""
    flags, conflicts, duplicates = report_columns(head)
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
        conflicts,
        duplicates,
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
    type_ = RelationType(edge.type).value
    evidence = encode_evidence(edge.evidence)
    return (edge.source, edge.target, type_, edge.doc, edge.label, edge.path, evidence)


def described(head: Head) -> tuple[Any, ...]:
    """What a head's codes and search text are made of: when equal, neither changed."""
    return (head.codes, head.title, head.subjects, head.issuers)


def to_edge(r: tuple[Any, ...] | sqlite3.Row) -> Edge:
    """An edge from the EDGE_COLUMNS of a row."""
    evidence = tuple(EdgeEvidence(**e) for e in orjson.loads(r[6] or "[]"))
    return Edge(r[0], r[1], RelationType(r[2]), r[3], r[4] or "", r[5], evidence)


def record_values(rec: DocumentRecord) -> tuple[Any, ...]:
    return (rec.doc, rec.content_hash, rec.path, rec.host_key, keys_param(rec.node_keys))


def to_record(r: tuple[Any, ...] | sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(r[0], r[1], r[2], r[3], tuple(orjson.loads(r[4])))


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

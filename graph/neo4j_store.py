"""The Neo4j store: the same GraphStore on a Neo4j 5 server through the official driver.

Schema: (:Document {key, …}) nodes (unique key; indexes on canonical and level; a text index
on `codes_text`, set only on nodes answering to a code other than their canonical code and
key, for alias lookups: a text index entry is the dearest part of writing a node),
relationships typed by RelationType only (statements are
built from the enum, never from user text), and (:Source {doc, …}) records of ingested files.
A Document holds its head (graph.model.Head: identity, description and `tally`, the count of
each value its facts give, as JSON); what each document says about it is a (:Said {key, doc,
facts}) node of its own (unique key and doc), so adding a citer to a node cited by thousands
creates one Said node and rewrites a head of constant size, and building a document reads
heads only (issue 17). Every query is parameterized; every document write is one transaction.
What the reports and search rank by is kept on write in that transaction (graph.neo4j_kept:
citers, sources and report dates on each node, indexed; Tally and Place nodes).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import secrets
import socket
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal, TypeVar, cast

import orjson
from neo4j.exceptions import (
    AuthError,
    ConstraintError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph import undated as U
from graph.errors import DocumentNotFound, StoreUnavailable, store_busy
from graph.model import (
    CERTAIN_EVIDENCE,
    NODE_SCALAR_FIELDS,
    Changes,
    DocumentRecord,
    DocumentWrite,
    Edge,
    Fact,
    Head,
    Merge,
    Node,
    decode_said,
    encode_said,
)
from graph.neo4j_kept import (
    ADD_TALLIES,
    DATE_TAG,
    FIXED_PLAN,
    LOCAL_LEVELS,
    RECOUNT,
    SET_DAYS,
    Kept,
    Part,
    day_of,
    place_id,
    run_sent,
    said_dates,
    said_of,
    sent_params,
    tally_id,
)
from graph.records import Replaced, combine_many, fold_nodes, plan_write
from graph.store import (
    Candidate,
    Checkpoint,
    CitersAsked,
    Direction,
    DocumentSelection,
    Neighbourhood,
    PlaceNames,
    RankGroup,
    ReportRow,
    Side,
    Step,
    Tallies,
    Unit,
    Walk,
    close_codes_among,
    edge_order,
    ending_among,
    fold,
    index_texts,
    no_checkpoint,
    report_columns,
)
from ingest.codes import Level
from ingest.errors import bilingual
from ingest.relations import ENDS_FORCE, RelationType
from neo4j import READ_ACCESS, Driver, GraphDatabase, ManagedTransaction, Record, Result

_log = logging.getLogger(__name__)
_T = TypeVar("_T")

URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_TIMEOUT_S = 1.0  # connect, acquire and retry budget (VBGRAPH_NEO4J_TIMEOUT)
# Close matches and search: Lucene over the folded codes and the folded title, subjects and
# issuing bodies (graph.store.fold); rapidfuzz ranks the candidates it gives.
SEARCH_INDEX = "document_search"
CLOSE_CANDIDATES = 200
SCHEMA = (
    "CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT source_doc IF NOT EXISTS FOR (s:Source) REQUIRE s.doc IS UNIQUE",
    "CREATE INDEX document_canonical IF NOT EXISTS FOR (n:Document) ON (n.canonical)",
    "CREATE INDEX document_level IF NOT EXISTS FOR (n:Document) ON (n.level)",
    "CREATE INDEX source_path IF NOT EXISTS FOR (s:Source) ON (s.path)",
    "CREATE CONSTRAINT writer_lease IF NOT EXISTS FOR (l:WriterLease) REQUIRE l.name IS UNIQUE",
    "CREATE TEXT INDEX document_codes IF NOT EXISTS FOR (n:Document) ON (n.codes_text)",
    "CREATE INDEX document_flagged IF NOT EXISTS FOR (n:Document) ON (n.report_flagged)",
    "CREATE CONSTRAINT said_key_doc IF NOT EXISTS FOR (s:Said) REQUIRE (s.key, s.doc) IS UNIQUE",
    # Said nodes by key are found through said_key_doc (graph.neo4j_kept.said_of); a
    # database made before has this index of its own, dropped.
    "DROP INDEX said_key IF EXISTS",
    f"CREATE FULLTEXT INDEX {SEARCH_INDEX} IF NOT EXISTS FOR (n:Document) "
    "ON EACH [n.search_codes, n.search_text]",
    # What graph.neo4j_kept keeps on write: rankings read these indexes in order.
    "CREATE INDEX document_cited IF NOT EXISTS FOR (n:Document) ON (n.cited)",
    "CREATE INDEX document_implemented IF NOT EXISTS FOR (n:Document) ON (n.implemented)",
    "CREATE INDEX document_level_cited IF NOT EXISTS FOR (n:Document) ON (n.level, n.cited)",
    "CREATE INDEX document_level_implemented IF NOT EXISTS FOR (n:Document) "
    "ON (n.level, n.implemented)",
    "CREATE INDEX document_year_cited IF NOT EXISTS FOR (n:Document) ON (n.year, n.cited)",
    "CREATE INDEX document_year_implemented IF NOT EXISTS FOR (n:Document) "
    "ON (n.year, n.implemented)",
    "CREATE INDEX document_place IF NOT EXISTS FOR (n:Document) ON (n.level, n.province)",
    "CREATE CONSTRAINT tally_id IF NOT EXISTS FOR (t:Tally) REQUIRE t.id IS UNIQUE",
    "CREATE CONSTRAINT place_id IF NOT EXISTS FOR (p:Place) REQUIRE p.id IS UNIQUE",
)


# What SCHEMA makes (each index by its name, each constraint by the name its index is owned
# by) and drops; and how the server lists what it has.
def _schema_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {"INDEX": [], "CONSTRAINT": [], "DROP": []}
    for statement in SCHEMA:
        found = re.match(r"(CREATE|DROP) (?:TEXT |FULLTEXT )?(INDEX|CONSTRAINT) (\w+) ", statement)
        if found is None:
            raise ValueError(f"a SCHEMA statement names nothing: {statement}")
        names["DROP" if found[1] == "DROP" else found[2]].append(found[3])
    return names


_SCHEMA_NAMES = _schema_names()
_SHOW_SCHEMA = "SHOW INDEXES YIELD name, state, owningConstraint AS owner"
# A node's head set from a row; what graph.neo4j_kept keeps on write stays as it was.
_KEPT = ("cited", "implemented", "sources", "day_votes", "day", "year")
_KEEP = (
    "WITH n, row, [" + ", ".join(f"n.{p}" for p in _KEPT) + "] AS kept SET n = row SET "
    + ", ".join(f"n.{p} = kept[{i}]" for i, p in enumerate(_KEPT))
)
_UPSERT_NODES = FIXED_PLAN + "UNWIND $rows AS row MERGE (n:Document {key: row.key}) " + _KEEP
# The same for a bulk write's rows, each naming every property `_node_row` may set
# (`_full_row`: None for those the head lacks, which removes them), so `SET n += row` leaves
# what graph.neo4j_kept keeps untouched and rewrites no unchanged property. `SET n = row`
# removed every property of a stored node and the kept ones were set again: each of its index
# entries (key, level, the counts, the full-text search text) deleted and written anew in the
# transaction's commit.
_UPSERT_NODES_ROWS = FIXED_PLAN + (
    "UNWIND $rows AS row MERGE (n:Document {key: row.key}) SET n += row"
)
# Rows sent in bulk are lists, not maps: the driver packs every map key of every row. The
# edge id ("doc|TYPE|source|target", see Edge.id) is neither sent nor stored: what it is made
# of is, and nothing reads it but `_DELETE_EDGES`, which makes it again (an edge written
# before holds it as an `id` property, the same text; 15,420 edges of a generated run, ~1.4 MB
# of strings the server wrote and never read).
_EDGE_COLUMNS = ("source", "target", "doc", "label", "path", "evidence")
# One CREATE statement per relationship type, built from the enum (never from user text).
_CREATE_EDGES: dict[RelationType, str] = {
    t: (
        FIXED_PLAN + "UNWIND $rows AS row MATCH (a:Document {key: row[0]}) "
        "MATCH (b:Document {key: row[1]}) "
        f"CREATE (a)-[r:{t.value} {{doc: row[2], label: row[3], path: row[4], "
        "evidence: row[5]}]->(b) RETURN count(r) AS n"
    )
    for t in RelationType
}
# What documents say about nodes: rows [key, doc, encoded facts] to set, [key, doc] to drop.
_SET_SAID = FIXED_PLAN + (
    "UNWIND $rows AS row MERGE (s:Said {key: row[0], doc: row[1]}) SET s.facts = row[2]"
)
_CREATE_SAID = FIXED_PLAN + (
    "UNWIND $rows AS row CREATE (:Said {key: row[0], doc: row[1], facts: row[2]})"
)
# A node's row sent as it is: `SET n += r` on a node just created sets its properties with
# no pass over those it holds (`SET n = r` looks for ones to remove), and a row wrapped in a
# list only to be unwrapped cost a step a row (db hits 16,780 -> 16,055 for a generated
# batch's 725 new nodes).
_CREATE_NODES = FIXED_PLAN + "UNWIND $rows AS r CREATE (n:Document) SET n += r"
_DELETE_SAID = FIXED_PLAN + (
    "UNWIND $rows AS row MATCH (s:Said {key: row[0], doc: row[1]}) DELETE s"
)
# What documents say about nodes, rows [key, doc]; and the records of documents, a batch at a
# time in id order (copying a store: graph.copy).
_SAID_MANY = (
    "UNWIND $rows AS row MATCH (s:Said {key: row[0], doc: row[1]}) "
    "RETURN s.key AS k, s.doc AS d, s.facts AS f"
)
_SOURCES_AFTER = (
    "MATCH (s:Source) WHERE s.doc > $after RETURN properties(s) AS p ORDER BY s.doc "
    "LIMIT $limit"
)
# A whole node: its head and what every document says about it.
_WHOLE = (
    "RETURN properties(n) AS p, "
    f"COLLECT {{ MATCH {said_of('n.key')} RETURN [s.doc, s.facts] }} AS said"
)
# The database's storage format: 3 keeps what documents say apart from their nodes (Said);
# 4 gives every node its folded search text (`search_codes`, `search_text`); 5 its report
# columns (`_report_props`); 6 what graph.neo4j_kept keeps on write (citers, sources, report
# dates, tallies, places); 7 keys a dated document of a code whose numbering restarts with
# its scope ("35-CT/TW@XII", graph.undated.scope_renames).
FORMAT_VERSION = 7
# A batch of nodes in key order, from after $after (for backfilling a column).
_NODES_AFTER = (
    "MATCH (n:Document) WHERE n.key > $after RETURN properties(n) AS p ORDER BY n.key "
    "LIMIT $limit"
)
_SET_REPORT = (
    "UNWIND $rows AS row MATCH (n:Document {key: row[0]}) SET n.report_flags = row[1], "
    "n.report_flagged = row[2], n.report_conflicts = row[3], n.report_duplicates = row[4]"
)
_UNFOLDED = (
    "MATCH (n:Document) WHERE n.search_codes IS NULL RETURN properties(n) AS p LIMIT $limit"
)
_SET_SEARCH = (
    "UNWIND $rows AS row MATCH (n:Document {key: row[0]}) "
    "SET n.search_codes = row[1], n.search_text = row[2]"
)
# A batch of nodes in key order with what documents say of their dates (format 6).
_KEPT_BATCH = (
    "MATCH (n:Document) WHERE n.key > $after WITH n ORDER BY n.key LIMIT $limit "
    "RETURN n.key AS k, n.host_doc AS host, "
    f"COLLECT {{ MATCH {said_of('n.key')} AND s.facts CONTAINS $tag RETURN [s.doc, s.facts] }} "
    "AS said"
)
_PLACES_AGGREGATED = (
    "MATCH (n:Document) WHERE n.level IN $levels "
    "RETURN n.level AS l, n.province AS p, n.district AS d, n.commune AS c, count(*) AS n, "
    "min(n.key) AS first"
)
_CREATE_PLACES = (
    "UNWIND $rows AS r CREATE (:Place {id: r[0], level: r[1], province: r[2], district: r[3], "
    "commune: r[4], nodes: r[5], first: r[6]})"
)
_HEADS_BY_KEY = (
    FIXED_PLAN + "MATCH (n:Document) USING INDEX SEEK n:Document(key) WHERE n.key IN $keys "
    "RETURN properties(n) AS p"
)
_GET_FORMAT = "MATCH (f:StoreFormat {name: 'vbgraph'}) RETURN f.version AS v"
_SET_FORMAT = "MERGE (f:StoreFormat {name: 'vbgraph'}) SET f.version = $version"
# Nodes written before facts were kept apart (every fact in a `facts` or `mentions` list).
_OLD_NODES = (
    "MATCH (n:Document) WHERE n.facts IS NOT NULL OR n.mentions IS NOT NULL "
    "RETURN properties(n) AS p LIMIT $limit"
)
_BULK_SOURCES = FIXED_PLAN + (
    "UNWIND $rows AS row MERGE (s:Source {doc: row[0]}) SET s = {doc: row[0], "
    "content_hash: row[1], path: row[2], host_key: row[3], node_keys: row[4]}"
)
_SOURCE_COLUMNS = ("doc", "content_hash", "path", "host_key", "node_keys")
_DELETE_EDGES = FIXED_PLAN + (
    "UNWIND $rows AS row MATCH (a:Document {key: row[1]})-[r]->(b:Document {key: row[2]}) "
    "WHERE r.doc + '|' + type(r) + '|' + row[1] + '|' + row[2] = row[0] DELETE r"
)
# Writers take turns, as on the embedded store: a lease node names the writer and expires (a
# crashed writer's lease lapses). Every write holds it: a bulk run for the whole run, renewed
# as it goes; one document's write for that write.
_TAKE_LEASE = (
    "MERGE (l:WriterLease {name: 'writer'}) WITH l, timestamp() AS now "
    "WHERE l.owner IS NULL OR l.owner = $owner OR l.expires < now "
    "SET l.owner = $owner, l.expires = now + $ttl RETURN count(l) AS got"
)
_DROP_LEASE = "MATCH (l:WriterLease {name: 'writer', owner: $owner}) SET l.owner = null"
LEASE_TTL_S = 120.0  # a writer that stops renewing for this long has lost its lease
LEASE_RENEW_S = 10.0  # a long run renews its lease at most this often
WRITE_WAIT_S = 30.0  # how long one document's write waits for another writer
_DELETE_NODES = (
    "UNWIND $rows AS row MATCH (n:Document {key: row[0]}) "
    f"CALL (n) {{ MATCH {said_of('n.key')} DELETE s }} DETACH DELETE n"
)
_DELETE_SOURCES = FIXED_PLAN + "UNWIND $rows AS row MATCH (s:Source {doc: row[0]}) DELETE s"
# The records among those of documents $docs that name node $old (a merge rekeys them).
_SOURCES_NAMING = (
    "UNWIND $docs AS d MATCH (s:Source {doc: d}) WHERE $old IN s.node_keys OR s.host_key = $old "
    "RETURN properties(s) AS p"
)
_BATCH = 2_000  # rows per UNWIND statement
# `clear`: what one transaction deletes at most.
_CLEAR_BATCH = 10_000
_CLEAR_EDGES = "MATCH ()-[r]->() WITH r LIMIT $n DELETE r RETURN count(*) AS gone"
_CLEAR_NODES = "MATCH (n) WITH n LIMIT $n DETACH DELETE n RETURN count(*) AS gone"
_BULK_DOCS = 5_000  # documents per bulk transaction


def _node_row(head: Head) -> dict[str, Any]:
    """What a node's properties are (None values left out): its head's scalars, codes and
    tally (JSON), the folded texts the full-text index holds (`_search_props`), its report
    columns (`_report_props`) and, for an alias lookup, `_codes_text`. Its codes and each
    field's values are read once (every node a bulk run writes, ~15k rows a generated 40 MB
    run: they were read three and ten times)."""
    codes = head.codes
    row = {k: v for k, v in head.scalars().items() if v is not None}
    row["codes"] = list(codes)
    row["tally"] = orjson.dumps(head.tally).decode()
    row["search_codes"], row["search_text"] = index_texts(head, codes)
    row.update((k, v) for k, v in _report_props(head).items() if v is not None)
    text = _codes_text(head, codes)
    if text is not None:
        row["codes_text"] = text
    return row


# Every property `_node_row` may set on a node.
_ROW_PROPS = (
    *NODE_SCALAR_FIELDS, "codes", "tally", "search_codes", "search_text", "report_flags",
    "report_flagged", "report_conflicts", "report_duplicates", "codes_text",
)


_UNSET: dict[str, Any] = dict.fromkeys(_ROW_PROPS)


def _full_row(head: Head) -> dict[str, Any]:
    """`_node_row`, with None for each property of `_ROW_PROPS` it leaves out."""
    return _UNSET | _node_row(head)


@dataclass(frozen=True, slots=True)
class ChangeRows:
    """What `Neo4jStore.apply_changes` sends of a batch that is known before its transaction:
    each node's `_node_row` (in the order of Changes.nodes), the new edges by type
    (`_edge_rows`) and the document records' rows; and what each node adds to the tallies and
    places (graph.neo4j_kept, by key: read from its row, whose report columns count its
    conflicts and duplicates once)."""

    nodes: list[dict[str, Any]]
    edges: dict[RelationType, list[list[Any]]]
    sources: list[list[Any]]
    parts: dict[str, Part]


def _search_props(head: Head) -> dict[str, str]:
    """The folded text the full-text index holds (graph.store.index_texts)."""
    codes, words = index_texts(head)
    return {"key": head.key, "search_codes": codes, "search_text": words}


def _report_props(head: Head) -> dict[str, Any]:
    """What the reports' aggregations filter and sum, from the head's tally (None: not set):
    its quality flags (graph.store.report_flags; `report_flagged` indexed, set only on a
    flagged node), and how many conflicting fields and possible duplicates it has."""
    flags, conflicts, duplicates = report_columns(head)
    return {
        "report_flags": list(flags) or None,
        "report_flagged": True if flags else None,
        "report_conflicts": conflicts or None,
        "report_duplicates": duplicates or None,
    }


def _codes_text(node: Head, codes: Sequence[str]) -> str | None:
    """The "|code|code|" text to index, or None when every code of the node is its canonical
    code or its key (both found through their own indexes, see `nodes_by_code`)."""
    if all(c == node.canonical or c == node.key for c in codes):
        return None
    return "|" + "|".join(codes) + "|"


# The nodes placed at given units ($units: [level, province, district, commune], a missing
# name null), through the place index (level, province) or, with no province, the level's.
_PLACED_WHERE = (
    "AND (n.district = u[2] OR n.district IS NULL AND u[2] IS NULL) "
    "AND (n.commune = u[3] OR n.commune IS NULL AND u[3] IS NULL) "
    "WITH DISTINCT n ORDER BY coalesce(n.sources, 0) DESC, n.key LIMIT $n "
    "RETURN properties(n) AS p, coalesce(n.sources, 0) AS w"
)
_PLACED = (
    "UNWIND $units AS u MATCH (n:Document) USING INDEX n:Document(level, province) "
    "WHERE n.level = u[0] AND n.province = u[1] " + _PLACED_WHERE
)
_PLACED_NO_PROVINCE = (
    "UNWIND $units AS u MATCH (n:Document) USING INDEX n:Document(level) "
    "WHERE n.level = u[0] AND n.province IS NULL " + _PLACED_WHERE
)


def _head(props: dict[str, Any]) -> Head:
    return Head.from_row({**props, "tally": orjson.loads(props.get("tally") or "{}")})


def _node(props: dict[str, Any], said: list[list[str]]) -> Node:
    facts = [f for doc, text in said for f in decode_said(text, doc)]
    return _head(props).with_facts(facts)


def _said_rows(said: Iterable[tuple[str, str, tuple[Fact, ...]]]) -> list[list[str]]:
    return [[key, doc, encode_said(facts)] for key, doc, facts in said]


def _edge(props: dict[str, Any], type_: str, source: str, target: str) -> Edge:
    return Edge.from_row({**props, "type": type_, "source": source, "target": target})


def _edge_rows(edges: Iterable[Edge]) -> dict[RelationType, list[list[Any]]]:
    out: dict[RelationType, list[list[Any]]] = {}
    for e in edges:
        row = e.to_row()  # raises ValueError on a type that is not a RelationType
        out.setdefault(RelationType(row["type"]), []).append([row[c] for c in _EDGE_COLUMNS])
    return out


def _stored_edge_rows(rows: Iterable[Sequence[Any]]) -> dict[RelationType, list[list[Any]]]:
    """`_edge_rows` of edges given as rows of EDGE_FIELDS (Changes.edges_added)."""
    out: dict[RelationType, list[list[Any]]] = {}
    for _, source, target, type_, doc, label, path, evidence in rows:
        out.setdefault(RelationType(type_), []).append([source, target, doc, label, path, evidence])
    return out


def _says(text: str, doc: str, field: str) -> bool:
    """Whether the facts of `encode_said` text `text` give `field`."""
    return any(f.field == field for f in decode_said(text, doc))


def _one_by_one(write: DocumentWrite) -> bool:
    """Whether a bulk write takes `write` through `replace_document`: it moves what other
    documents wrote, or replaces earlier versions."""
    return bool(write.merges or write.supersedes or write.rewrites)


def _split(items: Iterable[_T], test: Callable[[_T], bool]) -> tuple[list[_T], list[_T]]:
    """`items` that pass `test`, and those that do not."""
    yes: list[_T] = []
    no: list[_T] = []
    for item in items:
        (yes if test(item) else no).append(item)
    return yes, no


def _run_batched(tx: ManagedTransaction, query: str, rows: Sequence[Any]) -> None:
    """Send the rows in UNWIND statements without waiting for each one's result: the server
    runs a statement while the driver packs the next (the results are read on commit)."""
    for i in range(0, len(rows), _BATCH):
        run_sent(tx, query, rows=rows[i : i + _BATCH])


def _create_edges(tx: ManagedTransaction, edges: Iterable[Edge]) -> None:
    _create_edge_rows(tx, _edge_rows(edges))


def _create_edge_rows(tx: ManagedTransaction, by_type: dict[RelationType, list[list[Any]]]) -> None:
    """Create the edges of `_edge_rows`."""
    sent: list[tuple[RelationType, int, Result]] = []
    for type_, rows in by_type.items():
        for i in range(0, len(rows), _BATCH):
            chunk = rows[i : i + _BATCH]
            sent.append((type_, len(chunk), run_sent(tx, _CREATE_EDGES[type_], rows=chunk)))
    for type_, want, result in sent:  # checked once all are sent (see _run_batched)
        made = result.single(strict=True)["n"]
        if made != want:
            raise ValueError(f"{want - made} {type_.value} edges name nodes that are not written")


class Neo4jStore:
    """GraphStore on a Neo4j 5 server.

    Parameters
    ----------
    uri, user, password : str
        Bolt address and credentials (the project's dev server: bolt://127.0.0.1:7687, neo4j).
    database : str or None
        Database name (None: the server default).

    Raises
    ------
    StoreUnavailable
        If the server cannot be reached or rejects the credentials.
    """

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        *,
        database: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        self.uri, self.user, self._database = uri, user, database
        self._owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(6)}"
        self._lease_depth = 0
        self._leases = 0  # how many times this process has taken the lease (`lease_token`)
        self._lease_taken = 0.0  # time.monotonic() of the last taking or renewal
        scheme = uri.partition("://")[0].lower()
        if scheme not in URI_SCHEMES or "://" not in uri:
            schemes = ", ".join(s + "://" for s in URI_SCHEMES)
            raise StoreUnavailable(
                f"NEO4J_URI {uri!r} không phải địa chỉ Neo4j; hãy dùng một trong {schemes} (ví "
                "dụ bolt://127.0.0.1:7687)",
                f"NEO4J_URI {uri!r} is not a Neo4j address; use one of {schemes} (e.g. "
                "bolt://127.0.0.1:7687)",
            )
        # Server notifications (e.g. "property `codes` does not exist" on an empty database)
        # are advice for query authors, not for the people running vbgraph: not requested.
        # Short timeouts: a server that is down gives a 503 within seconds, not after the
        # driver's default 30 s of retries.
        self._driver: Driver = GraphDatabase.driver(
            uri,
            auth=(user, password),
            notifications_min_severity="OFF",
            connection_timeout=timeout_s,
            connection_acquisition_timeout=timeout_s,
            max_transaction_retry_time=timeout_s,
        )
        with self._errors():
            self._driver.verify_connectivity()
            if not self._schema_in_place():
                for statement in SCHEMA:
                    self._driver.execute_query(statement, database_=database)
                # Indexes must be online before a bulk load relies on them.
                self._driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
        self._migrate()

    def _schema_in_place(self) -> bool:
        """Whether every constraint and index of SCHEMA is there and online, and none it drops
        is: one query, where running SCHEMA is one statement each (22 round trips, each
        planned by the server, on every opening of the store: every vbgraph command)."""
        records, _, _ = self._driver.execute_query(_SHOW_SCHEMA, database_=self._database)
        online = {r["name"] for r in records if r["state"] == "ONLINE"}
        owners = {r["owner"] for r in records if r["state"] == "ONLINE" and r["owner"]}
        names = {r["name"] for r in records}
        return (
            all(n in online for n in _SCHEMA_NAMES["INDEX"])
            and all(n in owners for n in _SCHEMA_NAMES["CONSTRAINT"])
            and not any(n in names for n in _SCHEMA_NAMES["DROP"])
        )

    def _migrate(self) -> None:
        """Move the facts of nodes written before they were kept apart (every fact in the
        node's `facts` and `mentions` lists) to Said nodes, a batch at a time; once done, the
        database is marked with the current format and not looked through again."""
        found = self._read(_GET_FORMAT)
        version = (found[0]["v"] or 0) if found else 0
        if version >= FORMAT_VERSION:
            return
        if version < 6:
            self._migrate_facts(version)
        self._rekey()
        self._write_query(_SET_FORMAT, version=FORMAT_VERSION)

    def _migrate_facts(self, version: int) -> None:
        """Bring a database written before format 6 to it (see `_migrate`)."""
        while version < 5:
            rows = self._read(_OLD_NODES, limit=_BATCH)
            if not rows:
                self._index_search_text()
                self._index_report_props()
                break
            nodes = [Node.from_row(r["p"]) for r in rows]
            by_doc: dict[tuple[str, str], list[Fact]] = {}
            for node in nodes:
                for f in node.facts:
                    by_doc.setdefault((node.key, f.doc), []).append(f)

            said = _said_rows((k, d, tuple(fs)) for (k, d), fs in by_doc.items())

            def work(
                tx: ManagedTransaction, nodes: list[Node] = nodes, said: list[list[str]] = said
            ) -> None:
                tx.run(_UPSERT_NODES, rows=[_node_row(n.head) for n in nodes]).consume()
                _run_batched(tx, _SET_SAID, said)

            with (
                self.writing(wait_s=None),
                self._errors(),
                self._driver.session(database=self._database) as session,
            ):
                session.execute_write(work)
        self._index_kept()

    def _rekey(self) -> None:
        """Bring a database written before keys carried the scope to today's keys
        (graph.undated.scope_renames): each node renamed as a variant merge folds one, the
        texts whose undated mentions name it written again naming it anew, a transaction
        each."""
        rows = self._read(
            "MATCH (n:Document) WHERE n.key = n.base AND n.scope IS NOT NULL "
            "RETURN properties(n) AS p"
        )
        for merge, head in U.scope_renames(_head(r["p"]) for r in rows):
            into = self.head(merge.into) or head
            rewrites = U.renaming_writes(self, merge, into)

            def work(
                tx: ManagedTransaction, merge: Merge = merge, head: Head = head,
                rewrites: list[DocumentWrite] = rewrites,
            ) -> None:  # fmt: skip
                kept = Kept(tx)
                self._merge(tx, merge, head.with_facts(()), kept)
                kept.settle()
                for write in rewrites:
                    self._apply(tx, write, no_checkpoint)

            with (
                self.writing(wait_s=None),
                self._errors(),
                self._driver.session(database=self._database) as session,
            ):
                session.execute_write(work)

    def _index_kept(self) -> None:
        """Compute what graph.neo4j_kept keeps on write for a database written before format
        6: every node's citers, sources and report date (a batch at a time, in key order),
        then the tallies and the places from one aggregation each."""
        with self.writing(wait_s=None):
            after = ""
            while True:
                rows = self._read(_KEPT_BATCH, after=after, limit=_BATCH, tag=DATE_TAG)
                if not rows:
                    break
                days = []
                for r in rows:
                    votes = Counter(v for _, text in r["said"] for v in said_dates(text))
                    own = next((text for doc, text in r["said"] if doc == r["host"]), None)
                    held = dict(sorted(votes.items()))
                    day, year = day_of(own, held)
                    days.append([r["k"], orjson.dumps(held).decode() if held else None, day, year])
                self._write_query(RECOUNT, keys=[r["k"] for r in rows])
                self._write_query(SET_DAYS, rows=days)
                after = rows[-1]["k"]
            self._write_query("MATCH (t:Tally) DELETE t")
            rows = self._read(_TALLIES)
            self._write_query(
                ADD_TALLIES,
                rows=[
                    [tally_id(r["level"], r["kind"]), r["level"], r["kind"], r["n"], r["stubs"],
                     r["unqualified"], r["conflicts"], r["duplicates"]]
                    for r in rows
                ],
            )
            self._write_query("MATCH (p:Place) DELETE p")
            rows = self._read(_PLACES_AGGREGATED, levels=list(LOCAL_LEVELS))
            for i in range(0, len(rows), _BATCH):
                self._write_query(
                    _CREATE_PLACES,
                    rows=[
                        [place_id(r["l"], r["p"], r["d"], r["c"]), r["l"], r["p"], r["d"], r["c"],
                         r["n"], r["first"]]
                        for r in rows[i : i + _BATCH]
                    ],
                )

    def _index_search_text(self) -> None:
        """Give nodes written before format 4 their folded search text, a batch at a time."""
        while True:
            rows = self._read(_UNFOLDED, limit=_BATCH)
            if not rows:
                return
            found = [_search_props(_head(r["p"])) for r in rows]
            batch = [[t["key"], t["search_codes"], t["search_text"]] for t in found]
            with self.writing(wait_s=None):
                self._write_query(_SET_SEARCH, rows=batch)

    def _index_report_props(self) -> None:
        """Give nodes written before format 5 their report columns, a batch at a time."""
        after = ""
        while True:
            rows = self._read(_NODES_AFTER, after=after, limit=_BATCH)
            if not rows:
                return
            heads = [_head(r["p"]) for r in rows]
            batch = [[h.key, *_report_props(h).values()] for h in heads]
            with self.writing(wait_s=None):
                self._write_query(_SET_REPORT, rows=batch)
            after = heads[-1].key

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except AuthError as exc:
            raise StoreUnavailable(
                f"Neo4j tại {self.uri} không nhận tài khoản {self.user!r} (sai tên hoặc mật "
                "khẩu: NEO4J_USER, NEO4J_PASSWORD)",
                f"Neo4j at {self.uri} rejected the credentials for user {self.user!r} (check "
                f"NEO4J_USER, NEO4J_PASSWORD): {exc.message}",
            ) from exc
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise StoreUnavailable(
                f"không kết nối được Neo4j tại {self.uri}; máy chủ Neo4j đã chạy chưa?",
                f"Neo4j at {self.uri} is not reachable (is the server running?): "
                + " ".join(str(exc).split()),
            ) from exc

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return self._query("r", query, params)

    def _records(self, query: str, **params: Any) -> list[Record]:
        """The records of a read as the driver gives them: for a query that returns few
        records holding lists and maps of plain values (`Record.data()` would copy each).

        A read runs as an auto-commit query: its RUN and PULL go out together, one round
        trip, where a managed transaction adds a COMMIT after them (half the server's and
        the driver's work for the API's one-query lineage). It follows the writes of this
        driver (their bookmarks) as `execute_query` does, and a read that meets a transient
        failure (a cluster member leaving, a lock timeout) is run once more: reads can be.
        """
        return self._run_read(query, params)

    def _run_read(self, query: str, params: dict[str, Any]) -> list[Record]:
        with self._errors():
            for attempt in (1, 2):
                try:
                    with self._driver.session(
                        database=self._database,
                        default_access_mode=READ_ACCESS,
                        bookmark_manager=self._driver.execute_query_bookmark_manager,
                    ) as session:
                        return list(session.run(query, sent_params(params)))
                except (TransientError, SessionExpired):
                    if attempt == 2:
                        raise
        raise AssertionError("unreachable")

    def _write_query(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return self._query("w", query, params)

    def _query(
        self, routing: Literal["r", "w"], query: str, params: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if routing == "r":
            return [r.data() for r in self._run_read(query, params)]
        with self._errors():
            records, _, _ = self._driver.execute_query(
                query, params, database_=self._database, routing_=routing
            )
        return [r.data() for r in records]

    # ------------------------------------------------------------------ writer lease
    @contextlib.contextmanager
    def writing(self, wait_s: float | None = WRITE_WAIT_S) -> Iterator[None]:
        """Hold the writer lease (re-entrant): no other vbgraph process writes meanwhile.

        Args:
            wait_s: how long to wait for another writer; None waits as long as it takes.

        Raises:
            StoreUnavailable: the lease cannot be had (in time).
        """
        if self._lease_depth == 0:
            self._take_lease(wait_s)
            self._leases += 1
        self._lease_depth += 1
        try:
            yield
        finally:
            self._lease_depth -= 1
            if self._lease_depth == 0:
                with contextlib.suppress(StoreUnavailable):
                    self._write_query(_DROP_LEASE, owner=self._owner)

    def lease_token(self) -> int | None:
        """Which of this process's holdings of the writer lease is the current one (None: it
        is not held): while the token stays the same, only this process has written."""
        return self._leases if self._lease_depth else None

    def is_empty(self) -> bool:
        """Whether the store holds no node and no document record."""
        (found,) = self._records(_ANY_STORED)
        return not found["any"]

    def renew_lease(self) -> None:
        """Keep the lease of a long run (call more often than every LEASE_TTL_S). Renewed at
        most every LEASE_RENEW_S: each renewal is a transaction committed on the server."""
        if self._lease_depth and time.monotonic() - self._lease_taken >= LEASE_RENEW_S:
            self._take_lease(0.0)

    def _take_lease(self, wait_s: float | None) -> None:
        deadline = None if wait_s is None else time.monotonic() + wait_s
        warned = False
        while True:
            got = self._write_query(_TAKE_LEASE, owner=self._owner, ttl=int(LEASE_TTL_S * 1000))
            if got and got[0]["got"]:
                self._lease_taken = time.monotonic()
                return
            if deadline is not None and time.monotonic() >= deadline:
                raise store_busy(f"Neo4j {self.uri}", wait_s)
            if not warned:
                _log.warning("%s", bilingual(
                    "một tiến trình khác đang ghi vào Neo4j; đang chờ",
                    "another process is writing to Neo4j; waiting", subject=self.uri,
                ))  # fmt: skip
                warned = True
            time.sleep(0.2)

    # ------------------------------------------------------------------ writes
    def replace_document(
        self, write: DocumentWrite, *, checkpoint: Checkpoint = no_checkpoint
    ) -> None:
        with (
            self.writing(),
            self._errors(),
            self._driver.session(database=self._database) as session,
        ):
            session.execute_write(self._apply, write, checkpoint)

    def remove_document(self, doc: str) -> bool:
        """Take document `doc` out (`graph.removal`); False if it is not stored.

        The removal is built under the writer lease (no other vbgraph process writes
        meanwhile, so what it read stays true) and written in one transaction: its
        contribution replaced by nothing, the undated rewrites it carries, its record deleted.
        """
        from graph.build import removal_write  # (graph.build reads stores)

        with self.writing():
            rec = self.document(doc)
            if rec is None:
                return False
            write = removal_write(self, rec)

            def work(tx: ManagedTransaction) -> None:
                self._apply(tx, write, no_checkpoint)
                tx.run(_DELETE_SOURCES, rows=[[doc]]).consume()

            with self._errors(), self._driver.session(database=self._database) as session:
                session.execute_write(work)
        return True

    def _apply(self, tx: ManagedTransaction, write: DocumentWrite, checkpoint: Checkpoint) -> None:
        kept = Kept(tx)
        templates = {n.key: n for n in write.nodes}
        for m in write.merges:
            self._merge(tx, m, templates.get(m.into), kept)
        checkpoint("merges")
        replaced = Replaced.of(write, lambda doc: self._document(tx, doc))
        old, superseded = replaced.old, replaced.superseded
        for rec in replaced.records:
            gone = tx.run(
                "MATCH (n:Document)-[r]->(b:Document) WHERE n.key IN $keys AND r.doc = $doc "
                "RETURN DISTINCT n.key AS s, b.key AS t",
                keys=list(rec.node_keys),
                doc=rec.doc,
            ).data()
            kept.before(pairs=[(r["s"], r["t"]) for r in gone])
            tx.run(
                "MATCH (n:Document)-[r]->() WHERE n.key IN $keys AND r.doc = $doc DELETE r",
                keys=list(rec.node_keys),
                doc=rec.doc,
            ).consume()
        checkpoint("removed")
        said = self._said_by(tx, [(k, rec.doc) for rec in replaced.records for k in rec.node_keys])
        plan = plan_write(write, old, self._heads(tx, replaced.keys(write)), said, superseded)
        kept.before(
            keys=[n.key for n in plan.upserts],
            said=[*plan.unsaid, *((k, d) for k, d, _ in plan.said)],
            deleting=plan.deletes,
        )
        tx.run(_UPSERT_NODES, rows=[_node_row(n) for n in plan.upserts]).consume()
        tx.run(_DELETE_SAID, rows=[list(t) for t in plan.unsaid]).consume()
        tx.run(_SET_SAID, rows=_said_rows(plan.said)).consume()
        tx.run(_DELETE_NODES, rows=[[k] for k in plan.deletes]).consume()
        checkpoint("nodes")
        kept.before(pairs=[(e.source, e.target) for e in write.edges])
        _create_edges(tx, write.edges)
        checkpoint("edges")
        if superseded:
            tx.run(_DELETE_SOURCES, rows=[[rec.doc] for rec in superseded]).consume()
        tx.run("MERGE (s:Source {doc: $row.doc}) SET s = $row", row=write.record.to_row()).consume()
        kept.settle()
        for rewrite in write.rewrites:
            self._apply(tx, rewrite, no_checkpoint)

    def _merge(
        self, tx: ManagedTransaction, merge: Merge, template: Node | None, kept: Kept
    ) -> None:
        heads = self._heads(tx, {merge.old, merge.into})
        old = heads.get(merge.old)
        if old is None or merge.old == merge.into:
            return
        into = heads.get(merge.into) or (replace(template, facts=()).head if template else None)
        if into is None:
            raise ValueError(f"merge into {merge.into}: no such node and no template")
        rows = tx.run(
            f"MATCH {said_of('$key')} RETURN s.doc AS doc, s.facts AS facts", key=merge.old
        ).data()
        old_said = {r["doc"]: decode_said(r["facts"], r["doc"]) for r in rows}
        found = self._said_by(tx, [(merge.into, d) for d in old_said])
        into_said = {d: fs for (_, d), fs in found.items()}
        head, said = fold_nodes(old, into, old_said, into_said)
        moved = self._edges(tx, [merge.old], None, "out") + self._edges(tx, [merge.old], None, "in")
        kept.before(
            keys=[merge.into],
            deleting=[merge.old],
            pairs=[(e.source, e.target) for e in map(merge.moved, moved)],
            said=[(merge.into, d) for d in said],
        )
        tx.run(_DELETE_NODES, rows=[[merge.old]]).consume()
        tx.run(_UPSERT_NODES, rows=[_node_row(head)]).consume()
        tx.run(_SET_SAID, rows=_said_rows((merge.into, d, fs) for d, fs in said.items())).consume()
        _create_edges(tx, [merge.moved(e) for e in moved])
        # the records naming the old node are those of the documents that said something of
        # it or wrote an edge at it: looked up by document, not by reading every record
        docs = sorted({*old_said, *(e.doc for e in moved), *filter(None, [old.host_doc])})
        rows = tx.run(_SOURCES_NAMING, old=merge.old, docs=docs).data()
        for r in rows:
            rec = merge.rekeyed(DocumentRecord.from_row(r["p"]))
            tx.run(
                "MATCH (s:Source {doc: $doc}) SET s.node_keys = $keys, s.host_key = $host",
                doc=rec.doc,
                keys=list(rec.node_keys),
                host=rec.host_key,
            ).consume()

    def bulk_write(self, writes: Iterable[DocumentWrite]) -> int:
        """Write many documents in batched UNWIND transactions (documents already present
        are written one by one with `replace_document`)."""
        with self.writing(wait_s=None):
            return self._bulk_write(writes)

    def _bulk_write(self, writes: Iterable[DocumentWrite]) -> int:
        n = 0
        chunk: list[DocumentWrite] = []
        for write in writes:
            chunk.append(write)
            if len(chunk) >= _BULK_DOCS:
                n += self._bulk_chunk(chunk)
                chunk = []
        if chunk:
            n += self._bulk_chunk(chunk)
        return n

    def _bulk_chunk(self, writes: list[DocumentWrite]) -> int:
        present = {
            r["doc"]
            for r in self._read(
                "MATCH (s:Source) WHERE s.doc IN $docs RETURN s.doc AS doc",
                docs=[w.doc for w in writes],
            )
        }
        fresh = [w for w in writes if w.doc not in present and not _one_by_one(w)]
        for w in writes:
            if w.doc in present or _one_by_one(w):
                self.replace_document(w)
        contributions: dict[str, list[Node]] = {}
        for w in fresh:
            for node in w.nodes:
                contributions.setdefault(node.key, []).append(node)

        said: dict[tuple[str, str], dict[Fact, None]] = {}
        for w in fresh:
            for node in w.nodes:
                said.setdefault((node.key, w.doc), {}).update(dict.fromkeys(node.facts))

        def work(tx: ManagedTransaction) -> None:
            # Fresh documents add facts nobody else owns: each becomes a Said node of its own,
            # and the stored heads (never their facts) are combined with the contributions.
            stored = self._heads(tx, list(contributions))
            heads = [combine_many(stored.get(k), contributions[k]) for k in sorted(contributions)]
            rows = _said_rows((k, d, tuple(fs)) for (k, d), fs in said.items() if fs)
            edges = [e for w in fresh for e in w.edges]
            kept = Kept(tx)
            kept.adding(stored=stored, heads=heads, edges=edges, said=rows)
            _run_batched(tx, _UPSERT_NODES_ROWS, [_full_row(h) for h in heads])
            _run_batched(tx, _SET_SAID, rows)
            _create_edges(tx, edges)
            docs = [w.record.to_row() for w in fresh]
            _run_batched(tx, _BULK_SOURCES, [[d[f] for f in _SOURCE_COLUMNS] for d in docs])
            kept.settle()

        if fresh:
            with self._errors(), self._driver.session(database=self._database) as session:
                session.execute_write(work)
        return len(writes)

    def change_rows(self, changes: Changes) -> ChangeRows:
        """The rows `apply_changes` sends for `changes` that need nothing read from the
        server: a bulk run builds them while the batch before commits."""
        docs = [r.to_row() for r in changes.documents]
        nodes = [_node_row(n) for n in changes.nodes]
        return ChangeRows(
            nodes=nodes,
            edges=_stored_edge_rows(changes.edges_added),
            sources=[[d[f] for f in _SOURCE_COLUMNS] for d in docs],
            parts={r["key"]: Part.of_row(r) for r in nodes},
        )

    def apply_changes(
        self, changes: Changes, *, new: Collection[str] = (), rows: ChangeRows | None = None
    ) -> None:
        """Write final node, edge and record states computed elsewhere, in one transaction.

        A bulk run (graph.staged) applies each document to an in-memory mirror, which runs
        the same rules as every store, and sends here only what changed: removed edges and
        nodes first, then node rows, new edges and document records (`rows`: those of
        `change_rows(changes)`, built before).

        Raises:
            RuntimeError: a node of `new` (nodes the caller found absent, so not read again
                here: created, never merged) is stored: creating it breaks the uniqueness of
                node keys, and the transaction writes nothing rather than replace a node its
                caller did not read.
        """
        sent = rows if rows is not None else self.change_rows(changes)

        def work(tx: ManagedTransaction) -> None:
            kept = Kept(tx)
            kept.before(
                keys=[n.key for n in changes.nodes],
                absent=new,
                deleting=changes.nodes_removed,
                pairs=[
                    *((s, t) for _, s, t in changes.edges_removed),
                    *((e[1], e[2]) for e in changes.edges_added),
                ],
                said=[*changes.said_removed, *((k, d) for k, d, _ in changes.said)],
            )
            kept.wrote(
                parts=sent.parts,
                edges_added=((e[1], e[2], e[3]) for e in changes.edges_added),
                edges_removed=[(s, t) for _, s, t in changes.edges_removed],
                said=changes.said,
                said_removed=changes.said_removed,
            )
            _run_batched(tx, _DELETE_EDGES, [list(e) for e in changes.edges_removed])
            _run_batched(tx, _DELETE_SAID, [list(t) for t in changes.said_removed])
            _run_batched(tx, _DELETE_NODES, [[k] for k in changes.nodes_removed])
            # What was absent before is created (no lookup, no lock) with what is kept on it
            # (its properties written once); what was there, merged.
            made, kept_nodes = _split(
                zip(changes.nodes, sent.nodes, strict=True), lambda nr: kept.absent(nr[0].key)
            )
            extra = kept.created([n for n, _ in made])
            _run_batched(tx, _CREATE_NODES, [r | extra[n.key] for n, r in made])
            # A stored node is written once, at the end, with what is kept on it (settle);
            # one deleted here is made again now (its edges are created next).
            again, stored = _split(kept_nodes, lambda nr: nr[0].key in kept.recount)
            _run_batched(tx, _UPSERT_NODES_ROWS, [_UNSET | r for _, r in again])
            made_said, kept_said = _split(changes.said, lambda t: kept.said_absent(t[0], t[1]))
            _run_batched(tx, _CREATE_SAID, [list(t) for t in made_said])
            _run_batched(tx, _SET_SAID, [list(t) for t in kept_said])
            _create_edge_rows(tx, sent.edges)
            _run_batched(tx, _BULK_SOURCES, sent.sources)
            _run_batched(tx, _DELETE_SOURCES, [[d] for d in changes.documents_removed])
            kept.settle(
                rows={n.key: _UNSET | r for n, r in stored},
                write=lambda rows: _run_batched(tx, _UPSERT_NODES_ROWS, rows),
            )

        if changes:
            with (
                self.writing(wait_s=None),
                self._errors(),
                self._driver.session(database=self._database) as session,
            ):
                try:
                    session.execute_write(work)
                except ConstraintError as exc:  # a node (or Said node) it creates is stored
                    raise RuntimeError(
                        f"staged write would replace stored nodes it did not read: {exc.message}"
                    ) from exc

    def heads_for_codes(self, codes: Collection[str]) -> list[Head]:
        """Every node answering to any of `codes` (`heads_by_code` of each, in one query)."""
        if not codes:
            return []
        (found,) = self._records(
            _BY_CODES + "WITH n ORDER BY n.key RETURN collect(properties(n)) AS ps",
            codes=list(codes),
            needles=[f"|{c}|" for c in codes],
        )
        return [_head(p) for p in found["ps"]]

    def stored_records(
        self, docs: Collection[str], *, paths: Collection[str] = ()
    ) -> list[DocumentRecord]:
        """The records the store holds of `docs` and of documents from the source `paths`."""
        (found,) = self._records(_STORED_RECORDS, docs=list(docs), paths=list(paths))
        return [DocumentRecord.from_row(p) for p in found["ps"]]

    def document_contribution(
        self, record: DocumentRecord
    ) -> tuple[list[Head], list[Edge], list[tuple[str, str, str]]]:
        """The heads of the nodes a stored document touched, the edges it wrote and what it
        says about those nodes ((key, doc, encoded facts))."""
        heads = list(self.heads_by_key(record.node_keys).values())
        edges = [e for e in self.out_edges(record.node_keys) if e.doc == record.doc]
        rows = self._read(
            "MATCH (s:Said) WHERE s.key IN $keys AND s.doc = $doc "
            "RETURN s.key AS k, s.facts AS f ORDER BY k",
            keys=list(record.node_keys),
            doc=record.doc,
        )
        return heads, edges, [(r["k"], record.doc, r["f"]) for r in rows]

    def document_contributions(
        self, records: Sequence[DocumentRecord]
    ) -> list[tuple[list[Head], list[Edge], list[tuple[str, str, str]]]]:
        """`document_contribution` of each of `records`, in one query (a bulk run loads the
        stored texts a write places again: graph.staged)."""
        if not records:
            return []
        keys = sorted({k for r in records for k in r.node_keys})
        pairs = [[k, r.doc] for r in records for k in sorted(r.node_keys)]
        (found,) = self._records(
            _CONTRIBUTIONS, keys=keys, docs=sorted({r.doc for r in records}), pairs=pairs
        )
        heads = {p["key"]: _head(p) for p in found["heads"]}
        edges: dict[str, list[Edge]] = {}
        for props, type_, source, target in found["edges"]:
            edges.setdefault(props["doc"], []).append(_edge(props, type_, source, target))
        said: dict[str, list[tuple[str, str, str]]] = {}
        for key, doc, text in found["said"]:
            said.setdefault(doc, []).append((key, doc, text))
        out = []
        for r in records:
            mine = set(r.node_keys)
            out.append((
                [heads[k] for k in r.node_keys if k in heads],
                [e for e in edges.get(r.doc, []) if e.source in mine],
                said.get(r.doc, []),
            ))  # fmt: skip
        return out

    def citing_documents_many(
        self, asks: Collection[CitersAsked]
    ) -> dict[CitersAsked, list[str]]:
        """`citing_documents(key, field)` of each (key, field) of `asks`, in one query (a bulk
        run reads the citers of every node a write dates again: graph.build._rewrites)."""
        asks = list(dict.fromkeys(asks))
        if not asks:
            return {}
        rows = [
            [key, orjson.dumps(field).decode() if field is not None else "", i]
            for i, (key, field) in enumerate(asks)
        ]
        (found,) = self._records(_CITERS_MANY, asks=rows)
        out: dict[CitersAsked, list[str]] = {ask: [] for ask in asks}
        for i, doc, text in found["rows"]:
            key, field = asks[i]
            if field is None or _says(text, doc, field):
                out[(key, field)].append(doc)
        return {ask: sorted(docs) for ask, docs in out.items()}

    # ------------------------------------------------------------------ reads
    def _document(self, tx: ManagedTransaction, doc: str) -> DocumentRecord | None:
        rec = tx.run("MATCH (s:Source {doc: $doc}) RETURN properties(s) AS p", doc=doc).single()
        return DocumentRecord.from_row(rec["p"]) if rec else None

    def _heads(self, tx: ManagedTransaction, keys: Collection[str]) -> dict[str, Head]:
        rows = tx.run(
            _HEADS_BY_KEY, keys=list(keys)
        ).data()
        return {r["p"]["key"]: _head(r["p"]) for r in rows}

    def _said_by(
        self, tx: ManagedTransaction, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[Fact, ...]]:
        """What each document of `pairs` ((key, doc)) says about the node `key`."""
        if not pairs:
            return {}
        rows = tx.run(_SAID_MANY, rows=[list(p) for p in pairs]).data()
        return {(r["k"], r["d"]): decode_said(r["f"], r["d"]) for r in rows}

    def _edges(
        self,
        tx: ManagedTransaction,
        keys: Collection[str],
        types: Collection[RelationType] | None,
        direction: str,
    ) -> list[Edge]:
        rows = tx.run(_edge_query(direction), keys=list(keys), types=_types(types)).data()
        return [_edge(r["p"], r["t"], r["s"], r["d"]) for r in rows]

    def document(self, doc: str) -> DocumentRecord | None:
        rows = self._read("MATCH (s:Source {doc: $doc}) RETURN properties(s) AS p", doc=doc)
        return DocumentRecord.from_row(rows[0]["p"]) if rows else None

    def documents_at(self, path: str) -> list[DocumentRecord]:
        """The documents stored from the source `path`."""
        rows = self._read(
            "MATCH (s:Source {path: $path}) RETURN properties(s) AS p ORDER BY s.doc", path=path
        )
        return [DocumentRecord.from_row(r["p"]) for r in rows]

    def head(self, key: str) -> Head | None:
        rows = self._read("MATCH (n:Document {key: $key}) RETURN properties(n) AS p", key=key)
        return _head(rows[0]["p"]) if rows else None

    def heads_by_key(self, keys: Collection[str]) -> dict[str, Head]:
        rows = self._read(
            _HEADS_BY_KEY, keys=list(keys)
        )
        return {r["p"]["key"]: _head(r["p"]) for r in rows}

    def heads_placed(self, units: Sequence[Unit], *, limit: int) -> list[tuple[Head, int]]:
        """The heads placed at any of `units`, the most spoken of first, then by key
        (graph.store.PlacedSearchingStore): a seek of the place index (`document_place`:
        level, province) per unit, or of the level index for a unit of no province."""
        if not units or limit <= 0:
            return []
        rows = []
        for query, chosen in (
            (_PLACED, [u for u in units if u[1] is not None]),
            (_PLACED_NO_PROVINCE, [u for u in units if u[1] is None]),
        ):
            if chosen:
                found = [[str(lv), p, d, c] for lv, p, d, c in chosen]
                rows += self._read(query, units=found, n=limit)
        placed = [(_head(r["p"]), int(r["w"])) for r in rows]
        return sorted(placed, key=lambda hw: (-hw[1], hw[0].key))[:limit]

    def heads_by_code(self, code: str) -> list[Head]:
        rows = self._read(_BY_CODE + "RETURN properties(n) AS p ORDER BY n.key", **_code(code))
        return [_head(r["p"]) for r in rows]

    def said(self, key: str, doc: str) -> tuple[Fact, ...]:
        rows = self._read(
            "MATCH (s:Said {key: $key, doc: $doc}) RETURN s.facts AS f", key=key, doc=doc
        )
        return decode_said(rows[0]["f"], doc) if rows else ()

    def citing_documents(self, key: str, field: str | None = None) -> list[str]:
        return self.citing_documents_many([(key, field)])[(key, field)]

    def said_many(
        self, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[Fact, ...]]:
        """What each document of `pairs` ((key, doc)) says about the node `key`, in one
        query."""
        if not pairs:
            return {}
        rows = self._read(_SAID_MANY, rows=[list(p) for p in pairs])
        return {(r["k"], r["d"]): decode_said(r["f"], r["d"]) for r in rows}

    def node(self, key: str) -> Node | None:
        rows = self._read("MATCH (n:Document {key: $key}) " + _WHOLE, key=key)
        return _node(rows[0]["p"], rows[0]["said"]) if rows else None

    def nodes_by_key(self, keys: Collection[str]) -> dict[str, Node]:
        rows = self._read("MATCH (n:Document) WHERE n.key IN $keys " + _WHOLE, keys=list(keys))
        return {r["p"]["key"]: _node(r["p"], r["said"]) for r in rows}

    def nodes_by_code(self, code: str) -> list[Node]:
        rows = self._read(_BY_CODE + "WITH n " + _WHOLE + " ORDER BY n.key", **_code(code))
        return [_node(r["p"], r["said"]) for r in rows]

    def out_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        rows = self._read(_edge_query("out"), keys=list(keys), types=_types(types))
        return [_edge(r["p"], r["t"], r["s"], r["d"]) for r in rows]

    def in_edges(
        self, keys: Collection[str], types: Collection[RelationType] | None = None
    ) -> list[Edge]:
        rows = self._read(_edge_query("in"), keys=list(keys), types=_types(types))
        return [_edge(r["p"], r["t"], r["s"], r["d"]) for r in rows]

    # ------------------------------------------------------------------ walks (QueryingStore)
    def walk(
        self,
        key: str,
        *,
        direction: Direction,
        types: Collection[RelationType] | None,
        depth: int,
        limit: int,
    ) -> Walk:
        """graph.store.LevelWalks.walk in one statement (see `_walk_query`)."""
        query = _walk_query(direction, _types_key(types), depth)
        records = self._records(query, key=key, limit=max(limit, 0))
        if not records:
            raise DocumentNotFound(key)
        steps: list[Step] = []
        heads: dict[str, Head] = {}
        for there, level, here, node, p, t in records[0]["steps"]:
            source, target = (here, there) if direction == "up" else (there, here)
            steps.append(Step(there, level, _edge(p, t, source, target)))
            heads[there] = _head(node)
        return Walk(tuple(steps), heads, records[0]["total"] > limit)

    def find_path(
        self,
        a: str,
        b: str,
        *,
        types: Collection[RelationType] | None,
        depth: int,
        directed: bool,
    ) -> tuple[Edge, ...] | None:
        """graph.store.LevelWalks.find_path in one statement (see `_path_query`)."""
        rows = self._read(_path_query(_types_key(types), depth, directed), a=a, b=b)
        for key, found in ((a, rows[0]["has_a"]), (b, rows[0]["has_b"])):
            if not found:
                raise DocumentNotFound(key)
        hops = tuple(_edge(r["p"], r["t"], r["s"], r["d"]) for r in rows if r["t"] is not None)
        if a == b:
            return ()
        return hops or None

    def neighbourhood(
        self, key: str, *, types: Collection[RelationType] | None, depth: int, limit: int
    ) -> Neighbourhood:
        """graph.store.LevelWalks.neighbourhood in one statement (see `_neighbourhood_query`)."""
        rows = self._read(_neighbourhood_query(_types_key(types), depth), key=key, limit=limit)
        if not rows:
            raise DocumentNotFound(key)
        nodes = sorted((_node(p, said) for p, said in rows[0]["nodes"]), key=lambda n: n.key)
        edges = sorted((_edge(*e) for e in rows[0]["edges"]), key=lambda e: e.id)
        return Neighbourhood(tuple(nodes), tuple(edges), rows[0]["truncated"])

    def edges_at(
        self, key: str, *, types: Collection[RelationType] | None, direction: Side
    ) -> list[Edge]:
        """The edges at `key` in one statement, in graph.store.edge_order."""
        rows = self._read(_edges_at_query(_types_key(types), direction), key=key)
        if not rows:
            raise DocumentNotFound(key)
        return sorted((_edge(*e) for e in rows[0]["edges"]), key=edge_order)

    def close_codes(self, text: str, *, limit: int) -> list[str]:
        """The codes closest to `text`: candidates from the full-text index (each folded word
        of `text`, fuzzily), ranked as graph.store.LevelWalks.close_codes ranks every code."""
        query = _lucene("search_codes", fold(text))
        if query is None:
            return []
        rows = self._read(
            f"CALL db.index.fulltext.queryNodes('{SEARCH_INDEX}', $q, {{limit: $n}}) "
            "YIELD node UNWIND node.codes AS c RETURN DISTINCT c ORDER BY c",
            q=query,
            n=CLOSE_CANDIDATES,
        )
        return close_codes_among(text, [r["c"] for r in rows], limit=limit)

    def search_candidates(self, text: str, *, limit: int) -> list[tuple[Head, int]]:
        """Heads whose folded codes or text hold a word of `text` (or one it begins, or one
        edit away), best Lucene score first, each with the number of documents speaking of
        it; graph.store.SearchingStore."""
        query = _search_query(text)
        if query is None:
            return []
        rows = self._read(
            f"CALL db.index.fulltext.queryNodes('{SEARCH_INDEX}', $q, {{limit: $n}}) "
            "YIELD node AS n "
            "RETURN properties(n) AS p, coalesce(n.sources, 0) AS weight",
            q=query,
            n=limit,
        )
        return [(_head(r["p"]), int(r["weight"])) for r in rows]

    def search_folded(self, text: str, *, limit: int) -> list[Candidate]:
        """The candidates of `search_candidates` with the folded text the index holds
        (graph.store.FoldedSearchingStore): only what a search ranks by is read."""
        query = _search_query(text)
        if query is None:
            return []
        # One record holding every candidate (a record each costs the driver more than the
        # search), in the index's order.
        records = self._records(
            f"CALL db.index.fulltext.queryNodes('{SEARCH_INDEX}', $q, {{limit: $n}}) "
            "YIELD node AS n RETURN collect([n.key, n.codes, n.number, n.kind, "
            "n.search_codes, n.search_text, coalesce(n.sources, 0)]) AS found",
            q=query,
            n=limit,
        )
        out = []
        for key, all_codes, number, kind, code_text, word_text, weight in records[0]["found"]:
            pieces = (code_text or "").split(" | ") + (word_text or "").split(" | ")
            texts = tuple(dict.fromkeys(t for t in pieces if t))
            out.append(Candidate(key, tuple(all_codes or ()), number, kind, texts, int(weight)))
        return out

    # ------------------------------------------------------------------ reports (ReportingStore)
    def report_rows(self, keys: Collection[str], *, cited: bool = False) -> dict[str, ReportRow]:
        """Heads of `keys` with their dates (and citers) in one statement; only those nodes'
        date facts are read (graph.store.ReportingStore)."""
        rows = self._read(_REPORT_ROWS, keys=list(keys))
        return {
            r["p"]["key"]: ReportRow(_head(r["p"]), _day(r["day"]), int(r["cited"]) if cited else 0)
            for r in rows
        }

    def ranked(
        self,
        *,
        types: Collection[RelationType] | None,
        level: Level | None,
        year: int | None,
        by: RankGroup | None,
        limit: int,
    ) -> list[tuple[str, str, int]]:
        """The ranking from the counts kept on write (any type, or implementation) through
        their indexes, in index order (see `_kept_ranked_query`); else one aggregation over
        the edges (see `_ranked_query`)."""
        kept = _KEPT_COUNTS.get(_types_key(types))
        if kept is not None:
            return self._kept_ranked(kept, level=level, year=year, by=by, limit=limit)
        query = _ranked_query(_types_key(types), year is not None, by)
        rows = self._read(
            query,
            level=None if level is None else Level(level).value,
            year=year,
            limit=max(int(limit), 0),
            date_tag=DATE_TAG,
        )
        return [(r["g"], r["key"], int(r["c"])) for r in rows]

    def _kept_ranked(
        self,
        prop: str,
        *,
        level: Level | None,
        year: int | None,
        by: RankGroup | None,
        limit: int,
    ) -> list[tuple[str, str, int]]:
        limit = max(int(limit), 0)
        lv = None if level is None else Level(level).value
        if by is None:
            query = _kept_ranked_query(prop, "level" if year is None else "year", "")
            if year is None and lv is None:
                query = _kept_ranked_query(prop, None, "")
            rows = self._read(query, groups=[lv if year is None else year], level=lv, limit=limit)
            return [("", r["key"], int(r["c"])) for r in rows]
        if by == "level":
            groups: list[Any] = sorted(v.value for v in Level)
            query = _kept_ranked_query(prop, "level", "")
            rows = self._read(query, groups=groups, level=lv, limit=limit)
            return [(r["g"], r["key"], int(r["c"])) for r in rows]
        years = self._read(_KEPT_YEARS[prop])
        rows = self._read(
            _kept_ranked_query(prop, "year", ""),
            groups=[r["y"] for r in years],
            level=lv,
            limit=limit,
        )
        out = [(str(r["g"]), r["key"], int(r["c"])) for r in rows]
        query = _kept_ranked_query(prop, None, "AND n.year IS NULL ")
        rows = self._read(query, groups=[], level=lv, limit=limit)
        return out + [("undated", r["key"], int(r["c"])) for r in rows]

    def local_places(self) -> list[tuple[Level, str | None, str | None, str | None]]:
        """The places of local nodes, as kept on write (graph.neo4j_kept)."""
        # One record holding every place: ten thousand records cost the driver ten times more.
        records = self._records(
            "MATCH (x:Place) WITH x ORDER BY x.first "
            "RETURN collect([x.level, x.province, x.district, x.commune]) AS places"
        )
        return [(Level(lv), p, d, c) for lv, p, d, c in records[0]["places"]]

    # ------------------------------------------------------------------ the document list
    def document_kinds(self) -> list[str]:
        """graph.store.DocumentListing.document_kinds."""
        rows = self._read("MATCH (n:Document) RETURN DISTINCT coalesce(n.kind, '') AS k")
        return [r["k"] for r in rows]

    def document_places(self) -> list[PlaceNames]:
        """graph.store.DocumentListing.document_places."""
        rows = self._read(f"MATCH (n:Document) RETURN DISTINCT {_PLACE_NAMES} AS p")
        return [cast(PlaceNames, tuple(r["p"])) for r in rows]

    def document_keys(
        self, selection: DocumentSelection, *, limit: int | None, offset: int
    ) -> tuple[int, list[str]]:
        """graph.store.DocumentListing.document_keys in one statement: the matching keys
        counted on the server and the page taken there in key order (SKIP/LIMIT: the first
        offset + limit keys kept while sorting, never every matching key collected)."""
        start = min(max(int(offset), 0), _LIST_END)
        (record,) = self._records(
            _DOCUMENT_KEYS,
            level=None if selection.level is None else Level(selection.level).value,
            stub=selection.stub,
            kinds=None if selection.kinds is None else sorted(selection.kinds),
            places=None if selection.places is None else sorted(map(list, selection.places)),
            offset=start, limit=_LIST_END - start if limit is None else
            min(max(int(limit), 0), _LIST_END - start),
        )  # fmt: skip
        return int(record["total"]), list(record["page"])

    def uncertain_citers(
        self, keys: Collection[str], types: Collection[RelationType] | None
    ) -> dict[str, int]:
        """graph.store.ReportingStore.uncertain_citers: each key's in-edges, a citer uncertain
        when none of its edges' stored evidence names the target for certain (an empty
        `candidates` list, as `graph.sqlite_reports.uncertain_citers` reads it)."""
        rows = self._read(
            "MATCH (b:Document) WHERE b.key IN $keys "
            "MATCH (a:Document)-[r]->(b) WHERE $types IS NULL OR type(r) IN $types "
            "WITH b.key AS key, a.key AS s, max(CASE WHEN r.evidence IS NULL OR "
            "r.evidence = '[]' OR r.evidence CONTAINS $certain THEN 1 ELSE 0 END) AS sure "
            "WHERE sure = 0 RETURN key, count(s) AS n",
            keys=list(keys), types=_types(types), certain=CERTAIN_EVIDENCE,
        )  # fmt: skip
        return {r["key"]: int(r["n"]) for r in rows}

    def flagged(self) -> dict[str, tuple[str, ...]]:
        """The flagged nodes, from their index."""
        rows = self._read(
            "MATCH (n:Document) WHERE n.report_flagged = true "
            "RETURN n.key AS k, n.report_flags AS f ORDER BY k"
        )
        return {r["k"]: tuple(r["f"]) for r in rows}

    def ending(self, relies: Collection[RelationType]) -> tuple[list[Edge], list[Edge]]:
        """The edges ending a document's force and those relying on one so ended, in one
        statement."""
        rows = self._read(_ending_query(_types_key(relies)))
        return ending_among(
            (_edge(*e) for e in rows[0]["ends"]), (_edge(*e) for e in rows[0]["relying"])
        )

    def tallies(self) -> Tallies:
        """The counts `graph.lineage.stats` shows: nodes by level and kind from the tallies
        kept on write (graph.neo4j_kept), edges by type from the count store."""
        rows = self._read(
            "MATCH (t:Tally) RETURN t.level AS level, t.kind AS kind, t.n AS n, "
            "t.stubs AS stubs, t.unqualified AS unqualified, t.conflicts AS conflicts, "
            "t.duplicates AS duplicates"
        )
        levels: dict[str, int] = {}
        kinds: dict[str | None, int] = {}
        stubs = unqualified = conflicts = duplicates = 0
        for r in rows:
            levels[r["level"]] = levels.get(r["level"], 0) + r["n"]
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + r["n"]
            stubs += r["stubs"]
            unqualified += r["unqualified"]
            conflicts += r["conflicts"]
            duplicates += r["duplicates"]
        types = self._read(_EDGE_TYPES)[0]
        return Tallies(
            {lv.value: levels[lv.value] for lv in _LEVELS if levels.get(lv.value)},
            kinds,
            {t: int(types[t]) for t in sorted(types) if types[t]},
            stubs,
            unqualified,
            conflicts,
            duplicates,
        )

    def iter_nodes(self) -> Iterator[Node]:
        for r in self._read("MATCH (n:Document) " + _WHOLE + " ORDER BY n.key"):
            yield _node(r["p"], r["said"])

    def iter_edges(self) -> Iterator[Edge]:
        query = (
            "MATCH (a:Document)-[r]->(b:Document) "
            "RETURN properties(r) AS p, type(r) AS t, a.key AS s, b.key AS d"
        )
        for r in self._read(query):
            yield _edge(r["p"], r["t"], r["s"], r["d"])

    def iter_documents(self) -> Iterator[DocumentRecord]:
        """Every ingested document's record, by document id (read a batch at a time)."""
        after = ""
        while True:
            rows = self._read(_SOURCES_AFTER, after=after, limit=_BATCH)
            yield from (DocumentRecord.from_row(r["p"]) for r in rows)
            if len(rows) < _BATCH:
                return
            after = rows[-1]["p"]["doc"]

    def codes(self) -> list[str]:
        rows = self._read("MATCH (n:Document) UNWIND n.codes AS c RETURN DISTINCT c ORDER BY c")
        return [r["c"] for r in rows]

    def counts(self) -> dict[str, int]:
        rows = self._read(
            "CALL () { MATCH (n:Document) RETURN count(n) AS nodes } "
            "CALL () { MATCH ()-[r]->() RETURN count(r) AS edges } "
            "CALL () { MATCH (s:Source) RETURN count(s) AS documents } "
            "RETURN nodes, edges, documents"
        )
        return {k: int(v) for k, v in rows[0].items()}

    def clear(self) -> None:
        """Delete every node and relationship of the database (tests and benchmarks), in
        transactions of _CLEAR_BATCH each: relationships first, so that no node's deletion
        takes all its relationships with it, then nodes. One statement `CALL { ... } IN
        TRANSACTIONS` ran inside one outer transaction, which the server's transaction
        timeout ended on a large database (50,000 documents) with most of it still stored."""
        for query in (_CLEAR_EDGES, _CLEAR_NODES):
            while self._write_query(query, n=_CLEAR_BATCH)[0]["gone"]:
                pass
        self._write_query(_SET_FORMAT, version=FORMAT_VERSION)  # an empty store is current

    def close(self) -> None:
        self._driver.close()


# The nodes answering to $code (canonical, key among its codes, or alias/alternative) ...
_BY_CODE = (
    "CALL () { MATCH (n:Document) WHERE n.canonical = $code RETURN n "
    "UNION MATCH (n:Document {key: $code}) WHERE $code IN n.codes RETURN n "
    "UNION MATCH (n:Document) WHERE n.codes_text CONTAINS $needle RETURN n } "
)
# ... and to any of $codes ($needles: "|code|" of each).
# Both read by a bulk run before each batch of documents, through the indexes they name (their
# plans fixed: FIXED_PLAN).
_STORED_RECORDS = FIXED_PLAN + (
    "CALL () { MATCH (s:Source) USING INDEX SEEK s:Source(doc) WHERE s.doc IN $docs RETURN s "
    "UNION MATCH (s:Source) USING INDEX SEEK s:Source(path) WHERE s.path IN $paths RETURN s } "
    "WITH s ORDER BY s.doc RETURN collect(properties(s)) AS ps"
)
# What stored texts wrote (`document_contributions`): the heads of nodes $keys, the edges
# out of them that documents $docs wrote, and the Said texts of $pairs ([key, doc]).
_CONTRIBUTIONS = FIXED_PLAN + (
    "CALL () { MATCH (n:Document) USING INDEX SEEK n:Document(key) WHERE n.key IN $keys "
    "RETURN collect(properties(n)) AS heads } "
    "CALL () { UNWIND $keys AS k MATCH (a:Document {key: k}) USING INDEX SEEK a:Document(key) "
    "MATCH (a)-[r]->(b:Document) WHERE r.doc IN $docs "
    "RETURN collect([properties(r), type(r), k, b.key]) AS edges } "
    "CALL () { UNWIND $pairs AS p MATCH (s:Said {key: p[0], doc: p[1]}) "
    "USING INDEX SEEK s:Said(key, doc) RETURN collect([p[0], p[1], s.facts]) AS said } "
    "RETURN heads, edges, said"
)
# The citers of many nodes: [key, needle, index of the ask] each (citing_documents_many).
_CITERS_MANY = (
    "UNWIND $asks AS a MATCH " + said_of("a[0]") + " AND s.facts CONTAINS a[1] "
    "RETURN collect([a[2], s.doc, s.facts]) AS rows"
)
_ANY_STORED = (
    "RETURN EXISTS { MATCH (n:Document) } OR EXISTS { MATCH (s:Source) } "
    "OR EXISTS { MATCH (s:Said) } AS any"
)
_BY_CODES = FIXED_PLAN + (
    "CALL () { MATCH (n:Document) USING INDEX SEEK n:Document(canonical) "
    "WHERE n.canonical IN $codes RETURN n "
    "UNION MATCH (n:Document) USING INDEX SEEK n:Document(key) "
    "WHERE n.key IN $codes AND n.key IN n.codes RETURN n "
    "UNION UNWIND $needles AS needle MATCH (n:Document) "
    "USING TEXT INDEX n:Document(codes_text) WHERE n.codes_text CONTAINS needle RETURN n } "
)


def _code(code: str) -> dict[str, str]:
    return {"code": code, "needle": f"|{code}|"}


def _types(types: Collection[RelationType] | None) -> list[str] | None:
    return None if types is None else [RelationType(t).value for t in types]


# The largest index a Cypher list slice takes (a 32-bit integer).
_LIST_END = 2**31 - 1
# A node's place as graph.store.PlaceNames ("" for a missing name), as Cypher over node n.
_PLACE_NAMES = "[coalesce(n.province, ''), coalesce(n.district, ''), coalesce(n.commune, '')]"
# The documents a listing selects ($level, $stub, $kinds, $places: null for "any"), counted,
# and the page of their keys ($offset, $limit) in key order.
_LISTED = (
    "MATCH (n:Document) WHERE ($level IS NULL OR n.level = $level) "
    "AND ($stub IS NULL OR (n.host_doc IS NULL) = $stub) "
    "AND ($kinds IS NULL OR coalesce(n.kind, '') IN $kinds) "
    f"AND ($places IS NULL OR {_PLACE_NAMES} IN $places) "
)
_DOCUMENT_KEYS = (
    f"CALL () {{ {_LISTED} RETURN count(n) AS total }} "
    f"CALL () {{ {_LISTED} WITH n.key AS key ORDER BY key SKIP $offset LIMIT $limit "
    "RETURN collect(key) AS page } RETURN total, page"
)


def _edge_query(direction: str) -> str:
    anchor = "a" if direction == "out" else "b"
    return (
        f"MATCH (a:Document)-[r]->(b:Document) WHERE {anchor}.key IN $keys "
        "AND ($types IS NULL OR type(r) IN $types) "
        "RETURN properties(r) AS p, type(r) AS t, a.key AS s, b.key AS d"
    )


# ---------------------------------------------------------------------- walks in Cypher
# Each walk is one statement: breadth first, one CALL per level (unrolled to the depth asked,
# at most graph.lineage.MAX_DEPTH), the visited nodes kept in a list. Relationship types come
# from the RelationType enum only; keys, limits and the depth's bound are parameters or ints.
# A level takes, for each node it reaches first, the edge that comes first in
# graph.store.edge_order: the same answers as graph.store.LevelWalks.


_NO_TYPE = "VBGRAPH_NO_TYPE"  # for an empty collection of types: no relationship has it


def _rel(types: Collection[RelationType] | None) -> str:
    """The relationship pattern's type expression (":A|B"; "" for every type)."""
    if types is None:
        return ""
    names = sorted({RelationType(t).value for t in types})
    return ":" + "|".join(names) if names else ":" + _NO_TYPE


def _types_key(types: Collection[RelationType] | None) -> tuple[str, ...] | None:
    return None if types is None else tuple(sorted({RelationType(t).value for t in types}))


def _depth(depth: int) -> int:
    if not 0 <= int(depth) <= 10:
        raise ValueError(f"depth must be between 0 and 10, not {depth}")
    return int(depth)


@functools.lru_cache(maxsize=256)
def _walk_query(direction: str, types: tuple[str, ...] | None, depth: int) -> str:
    """Lineage up (out edges) or down (in edges) from $key: rows of the nodes reached in walk
    order, at most $limit, each with its hop's edge; `total` counts every node reached before
    the walk stopped (more than $limit: truncated). One row of nulls when nothing is reached,
    none when $key is not a node."""
    rel = _rel(None if types is None else [RelationType(t) for t in types])
    step = f"(f)-[r{rel}]->(x:Document)" if direction == "up" else f"(f)<-[r{rel}]-(x:Document)"
    order = "best[0], x.key" if direction == "up" else "x.key"
    levels = "".join(
        "CALL (frontier, seen) { "
        "UNWIND CASE WHEN size(seen) > $limit + 1 THEN [] ELSE frontier END AS f "
        f"MATCH {step} WHERE NOT x IN seen "
        "WITH x, f, r ORDER BY f.key, type(r), r.doc "
        "WITH x, head(collect([f.key, r])) AS best "
        f"WITH x, best ORDER BY {order} "
        f"RETURN collect(x) AS found, collect([x, best[0], best[1], {level}]) AS reached }} "
        "WITH found AS frontier, seen + found AS seen, steps + reached AS steps "
        for level in range(1, _depth(depth) + 1)
    )
    # Steps are built in walk order (a sort of the whole list would hold it once per row).
    return (
        "MATCH (root:Document {key: $key}) "
        "WITH [root] AS frontier, [root] AS seen, [] AS steps "
        + levels
        + "RETURN [s IN steps[..$limit] | [s[0].key, s[3], s[1], properties(s[0]), "
        "properties(s[2]), type(s[2])]] AS steps, size(seen) - 1 AS total"
    )


@functools.lru_cache(maxsize=256)
def _path_query(types: tuple[str, ...] | None, depth: int, directed: bool) -> str:
    """The chain from $a to $b, one row per hop in order (none: no path); `a` and `b` say
    whether each is a node."""
    rel = _rel(None if types is None else [RelationType(t) for t in types])
    step = f"(f)-[r{rel}]->(x:Document)" if directed else f"(f)-[r{rel}]-(x:Document)"
    # along the edge's direction before against it, as graph.store.LevelWalks sorts
    against = "" if directed else ", CASE WHEN startNode(r) = f THEN 0 ELSE 1 END"
    levels = "".join(
        "CALL (frontier, seen, b) { "
        "UNWIND CASE WHEN b IN seen THEN [] ELSE frontier END AS f "
        f"MATCH {step} WHERE NOT x IN seen "
        f"WITH x, f, r ORDER BY f.key, type(r), r.doc{against} "
        "WITH x, head(collect([f, r])) AS best "
        "RETURN collect(x) AS found, collect([x, best[0], best[1]]) AS reached } "
        "WITH a, b, found AS frontier, seen + found AS seen, steps + reached AS steps "
        for _ in range(_depth(depth))
    )
    # Back from $b along each node's first hop; a chain has at most `depth` hops.
    back = "".join(
        "WITH a, b, steps, CASE WHEN chain = [] OR chain[0][1] = a THEN chain "
        "ELSE [[s IN steps WHERE s[0] = chain[0][1]][0]] + chain END AS chain "
        for _ in range(max(_depth(depth) - 1, 0))
    )
    return (
        "OPTIONAL MATCH (a:Document {key: $a}) OPTIONAL MATCH (b:Document {key: $b}) "
        "WITH a, b, CASE WHEN a IS NULL OR b IS NULL THEN [] ELSE [a] END AS frontier, "
        "[a] AS seen, [] AS steps "
        + levels
        + "WITH a, b, steps, [s IN steps WHERE s[0] = b] AS chain "
        + back
        + "UNWIND CASE WHEN chain = [] THEN [null] ELSE chain END AS hop "
        "RETURN a IS NOT NULL AS has_a, b IS NOT NULL AS has_b, properties(hop[2]) AS p, "
        "type(hop[2]) AS t, startNode(hop[2]).key AS s, endNode(hop[2]).key AS d"
    )


@functools.lru_cache(maxsize=256)
def _neighbourhood_query(types: tuple[str, ...] | None, depth: int) -> str:
    """The nodes within `depth` hops of $key (both directions; at most $limit, $key among
    them) with what every document says about them, and the edges between them; no row when
    $key is not a node."""
    rel = _rel(None if types is None else [RelationType(t) for t in types])
    levels = "".join(
        "CALL (frontier, seen, truncated) { "
        "UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS f "
        f"MATCH (f)-[r{rel}]-(k:Document) WHERE NOT k IN seen "
        "WITH k, CASE WHEN startNode(r) = f THEN [f.key, k.key, type(r), r.doc] "
        "ELSE [k.key, f.key, type(r), r.doc] END AS rank ORDER BY rank "
        "WITH k, head(collect(rank)) AS rank ORDER BY rank "
        "RETURN collect(k) AS found } "
        "WITH found, seen, truncated, CASE WHEN $limit > size(seen) "
        "THEN $limit - size(seen) ELSE 0 END AS room "
        "WITH found[..room] AS frontier, seen + found[..room] AS seen, "
        "truncated OR size(found) > room AS truncated "
        for _ in range(_depth(depth))
    )
    return (
        "MATCH (root:Document {key: $key}) "
        "WITH [root] AS frontier, [root] AS seen, false AS truncated "
        + levels
        + f"CALL (seen) {{ UNWIND seen AS a MATCH (a)-[r{rel}]->(b:Document) WHERE b IN seen "
        "RETURN collect([properties(r), type(r), a.key, b.key]) AS edges } "
        "CALL (seen) { UNWIND seen AS n RETURN collect([properties(n), "
        f"COLLECT {{ MATCH {said_of('n.key')} RETURN [s.doc, s.facts] }}]) AS nodes }} "
        "RETURN nodes, edges, truncated"
    )


@functools.lru_cache(maxsize=64)
def _edges_at_query(types: tuple[str, ...] | None, direction: str) -> str:
    rel = _rel(None if types is None else [RelationType(t) for t in types])
    out = "out" if direction in ("out", "both") else "none"
    inn = "in" if direction in ("in", "both") else "none"
    parts = {
        "out": f"COLLECT {{ MATCH (n)-[r{rel}]->(o:Document) "
        "RETURN [properties(r), type(r), n.key, o.key] }",
        "in": f"COLLECT {{ MATCH (o:Document)-[r{rel}]->(n) "
        "RETURN [properties(r), type(r), o.key, n.key] }",
        "none": "[]",
    }
    return f"MATCH (n:Document {{key: $key}}) RETURN {parts[out]} + {parts[inn]} AS edges"


# ---------------------------------------------------------------------- reports in Cypher
# A document's date as graph.reports.document_date reads it, on the server: the date facts its
# own text gives, else every citer's; the value most documents give (ties: the smallest) that
# is a date. Date facts are found in the Said nodes' JSON (graph.model.encode_said: compact,
# so a date fact begins exactly `["date","`; a value holding a quote or a backslash is read
# up to its escape and is never a date, as it never was: graph.neo4j_kept.DATE_TAG).
# graph.build writes dates as YYYY-MM-DD; a value is a date when it is one of those on the
# calendar.
_LEVELS = (Level.CENTRAL, Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.UNKNOWN)


def _valid_day(v: str) -> str:
    """Cypher: `v` is a YYYY-MM-DD day of the calendar (year 1 on)."""
    y, m, d = f"toInteger(left({v}, 4))", f"toInteger(substring({v}, 5, 2))", (
        f"toInteger(substring({v}, 8, 2))"
    )
    leap = f"({y} % 4 = 0 AND ({y} % 100 <> 0 OR {y} % 400 = 0))"
    last = (
        f"CASE {m} WHEN 2 THEN CASE WHEN {leap} THEN 29 ELSE 28 END "
        "WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END"
    )
    return (
        f"({v} =~ '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}' AND {y} >= 1 AND {m} >= 1 AND {m} <= 12 "
        f"AND {d} >= 1 AND {d} <= {last})"
    )


# `day` of the node `n` ($date_tag: DATE_TAG).
_DAY = (
    f"CALL (n) {{ MATCH {said_of('n.key')} AND s.facts CONTAINS $date_tag "
    "UNWIND [p IN split(s.facts, $date_tag)[1..] | split(p, '\"')[0]] AS v "
    "WITH DISTINCT coalesce(s.doc = n.host_doc, false) AS own, s.doc AS doc, v "
    "WITH own, v, count(*) AS votes ORDER BY own DESC, votes DESC, v "
    "WITH collect([own, v]) AS ranked "
    f"RETURN head([r IN ranked WHERE r[0] = ranked[0][0] AND {_valid_day('r[1]')} | r[1]]) "
    "AS day } "
)
# Heads with their report dates and citers, as kept on write (graph.neo4j_kept).
_REPORT_ROWS = (
    "MATCH (n:Document) WHERE n.key IN $keys "
    "RETURN properties(n) AS p, n.day AS day, coalesce(n.cited, 0) AS cited"
)
# Nodes by level and kind, with their flags summed.
_TALLIES = (
    "MATCH (n:Document) RETURN n.level AS level, n.kind AS kind, count(*) AS n, "
    "sum(CASE WHEN n.host_doc IS NULL THEN 1 ELSE 0 END) AS stubs, "
    "sum(CASE WHEN n.qualified = false THEN 1 ELSE 0 END) AS unqualified, "
    "sum(coalesce(n.report_conflicts, 0)) AS conflicts, "
    "sum(coalesce(n.report_duplicates, 0)) AS duplicates"
)
# Edges by type, each from the count store (every relationship joins two Documents).
_EDGE_TYPES = (
    "".join(
        f"CALL () {{ MATCH ()-[r:{t.value}]->() RETURN count(r) AS `{t.value}` }} "
        for t in RelationType
    )
    + "RETURN "
    + ", ".join(f"`{t.value}`" for t in RelationType)
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@functools.lru_cache(maxsize=64)
def _ranked_query(types: tuple[str, ...] | None, by_year: bool, by: str | None) -> str:
    """Rows (g, key, c): the nodes with the most distinct citers over edges of `types`, at
    most $limit per group g, each group ordered by c (descending), code, key; only nodes of
    $level (null: any) and, `by_year`, dated in $year."""
    rel = _rel(None if types is None else [RelationType(t) for t in types])
    dated = by_year or by == "year"
    group = {
        None: "''",
        "level": "n.level",
        "year": "CASE WHEN day IS NULL THEN 'undated' ELSE toString(toInteger(left(day, 4))) END",
    }[by]
    return (
        f"MATCH (s:Document)-[{rel}]->(n:Document) WHERE $level IS NULL OR n.level = $level "
        "WITH n, count(DISTINCT s) AS c "
        + (_DAY if dated else "WITH n, c, null AS day ")
        + ("WITH n, c, day WHERE toInteger(left(day, 4)) = $year " if by_year else "")
        + f"WITH {group} AS g, n, c "
        "ORDER BY c DESC, CASE WHEN n.canonical IS NULL OR n.canonical = '' THEN n.key "
        "ELSE n.canonical END, n.key "
        "WITH g, collect([n.key, c])[..$limit] AS top UNWIND top AS t "
        "RETURN g, t[0] AS key, t[1] AS c"
    )


# The counts kept on write (graph.neo4j_kept) for these edge types (None: any type).
_KEPT_COUNTS: dict[tuple[str, ...] | None, str] = {
    None: "cited",
    (RelationType.IMPLEMENTS.value,): "implemented",
}
# The years of cited (implemented) nodes, from their (year, count) index.
_KEPT_YEARS = {
    prop: f"MATCH (n:Document) WHERE n.year IS NOT NULL AND n.{prop} > 0 "
    "RETURN DISTINCT n.year AS y ORDER BY y"
    for prop in _KEPT_COUNTS.values()
}
_CODE_ORDER = "CASE WHEN n.canonical IS NULL OR n.canonical = '' THEN n.key ELSE n.canonical END"


@functools.lru_cache(maxsize=16)
def _kept_ranked_query(prop: str, group: str | None, where: str) -> str:
    """Rows (g, key, c): the nodes with the highest `prop` (> 0), at most $limit per group g
    of $groups (`group`: the property, "level" or "year", each group an index seek; None: one
    group, the count's index read in order), ordered by c (descending), code, key; $level
    (null: any) filters the "year" groups. `where`: a condition of the program's own text."""
    if group is None:
        return (
            f"MATCH (n:Document) WHERE n.{prop} > 0 {where}"
            f"WITH n ORDER BY n.{prop} DESC, {_CODE_ORDER}, n.key LIMIT $limit "
            f"RETURN '' AS g, n.key AS key, n.{prop} AS c"
        )
    extra = "AND ($level IS NULL OR n.level = $level) " if group == "year" else ""
    # The (group, count) index read in order: the group is one value within a seek.
    return (
        "UNWIND $groups AS g CALL (g) { "
        f"MATCH (n:Document) USING INDEX n:Document({group}, {prop}) "
        f"WHERE n.{group} = g AND n.{prop} > 0 {extra}{where}"
        f"WITH n ORDER BY n.{group} DESC, n.{prop} DESC, {_CODE_ORDER}, n.key LIMIT $limit "
        f"RETURN n.key AS key, n.{prop} AS c }} RETURN g, key, c"
    )


@functools.lru_cache(maxsize=16)
def _ending_query(relies: tuple[str, ...] | None) -> str:
    ends = _rel(ENDS_FORCE)
    rel = _rel(None if relies is None else [RelationType(t) for t in relies])
    return (
        f"CALL () {{ MATCH (a:Document)-[r{ends}]->(b:Document) WHERE a <> b "
        "RETURN collect([properties(r), type(r), a.key, b.key]) AS ends, "
        "collect(DISTINCT b) AS ended } "
        f"CALL (ended) {{ UNWIND ended AS b MATCH (s:Document)-[r{rel}]->(b) "
        "RETURN collect([properties(r), type(r), s.key, b.key]) AS relying } "
        "RETURN ends, relying"
    )


def _search_query(text: str) -> str | None:
    """The full-text query of a search for `text`: any of its folded words in the codes or the
    text (None when it holds no word)."""
    folded = fold(text)
    codes, words = _lucene("search_codes", folded), _lucene("search_text", folded)
    if codes is None or words is None:
        return None
    return f"{codes} OR {words}"


def _lucene(field: str, folded: str) -> str | None:
    """A Lucene query for any word of `folded` (letters and digits only, so nothing to
    escape) in `field`: the word itself first, then a word it begins or one edit away."""
    words = list(dict.fromkeys(folded.split()))[:16]
    if not words:
        return None
    terms = [f"{w}^4" if len(w) < 2 else f"{w}^4 {w}* {w}~1" for w in words]
    return f"{field}:(" + " ".join(terms) + ")"

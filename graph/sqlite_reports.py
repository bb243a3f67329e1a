"""The reports' aggregations and the text search of the SQLite store, in SQL.

Each function answers as graph.reports._scan.ScanReports (or graph.store.LevelWalks for close
codes) does from every node and edge, from the indexes and the columns kept up to date on write
(graph.sqlite_schema): only the report's rows come back to Python.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from datetime import date

from graph import sqlite_schema as S
from graph.lineage import LEVEL_ORDER
from graph.model import Edge, Head
from graph.store import RankGroup, ReportRow, Tallies, close_codes_among, edge_order, fold
from ingest.codes import Level
from ingest.relations import RelationType

UNDATED = "undated"
CLOSE_CANDIDATES = 200  # nodes the text index gives a close-match search
_LOCAL = (Level.PROVINCE.value, Level.DISTRICT.value, Level.COMMUNE.value)


def types_sql(types: Collection[RelationType] | None, column: str) -> str:
    """A condition on `column` for edges of `types` (None: any); values from the enum only."""
    if types is None:
        return "1"
    names = sorted({RelationType(t).value for t in types})
    return f"{column} IN (" + ", ".join(f"'{n}'" for n in names) + ")"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def report_rows(
    conn: sqlite3.Connection, keys: Collection[str], *, cited: bool
) -> dict[str, ReportRow]:
    count = (
        "(SELECT count(DISTINCT e.source) FROM edges e WHERE e.target = n.key)" if cited else "0"
    )
    rows = conn.execute(
        f"SELECT {S.HEADS}, n.day, {count} FROM nodes n "
        "WHERE n.key IN (SELECT value FROM json_each(?))",
        (S.keys_param(keys),),
    )
    width = len(S.HEAD_COLUMNS)
    return {r[0]: ReportRow(S.to_head(r), _day(r[width]), int(r[width + 1])) for r in rows}


def ranked(
    conn: sqlite3.Connection,
    *,
    types: Collection[RelationType] | None,
    level: Level | None,
    year: int | None,
    by: RankGroup | None,
    limit: int,
) -> list[tuple[str, str, int]]:
    year_of = "CAST(CAST(substr(n.day, 1, 4) AS INTEGER) AS TEXT)"
    group = {
        None: "''",
        "level": "n.level",
        "year": f"CASE WHEN n.day IS NULL THEN '{UNDATED}' ELSE {year_of} END",
    }[by]
    where = ["1"]
    params: list[object] = []
    if level is not None:
        where.append("n.level = ?")
        params.append(Level(level).value)
    if year is not None:
        where.append("n.day IS NOT NULL AND CAST(substr(n.day, 1, 4) AS INTEGER) = ?")
        params.append(int(year))
    rows = conn.execute(
        "WITH cited AS (SELECT e.target AS key, count(DISTINCT e.source) AS c FROM edges e "
        f"WHERE {types_sql(types, 'e.type')} GROUP BY e.target), "
        f"grouped AS (SELECT {group} AS g, n.key AS key, c.c AS c, "
        "row_number() OVER (PARTITION BY " + group + " ORDER BY c.c DESC, "
        "CASE WHEN n.canonical IS NULL OR n.canonical = '' THEN n.key ELSE n.canonical END, "
        "n.key) AS r "
        f"FROM cited c JOIN nodes n ON n.key = c.key WHERE {' AND '.join(where)}) "
        "SELECT g, key, c FROM grouped WHERE r <= ? ORDER BY g, r",
        (*params, max(int(limit), 0)),
    )
    return [(g, key, int(c)) for g, key, c in rows]


def local_places(
    conn: sqlite3.Connection,
) -> list[tuple[Level, str | None, str | None, str | None]]:
    rows = conn.execute(
        "SELECT level, province, district, commune, min(key) AS first FROM nodes "
        "WHERE level IN (?, ?, ?) GROUP BY level, province, district, commune ORDER BY first",
        _LOCAL,
    )
    return [(Level(lv), p, d, c) for lv, p, d, c, _ in rows]


def flagged(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    rows = conn.execute("SELECT key, flags FROM nodes WHERE flagged = 1 ORDER BY key")
    return {k: tuple(f.split(",")) for k, f in rows}


def ending(
    conn: sqlite3.Connection, relies: Collection[RelationType]
) -> tuple[list[Edge], list[Edge]]:
    ends_where = f"e.type IN {S.ENDING_TYPES} AND e.source <> e.target"
    ends = [S.to_edge(r) for r in conn.execute(f"SELECT {S.EDGES} FROM edges e WHERE {ends_where}")]
    ended = sorted({e.target for e in ends})
    relying = conn.execute(
        f"SELECT {S.EDGES} FROM edges e WHERE e.target IN (SELECT value FROM json_each(?)) "
        f"AND {types_sql(relies, 'e.type')}",
        (S.keys_param(ended),),
    )
    return sorted(ends, key=edge_order), sorted((S.to_edge(r) for r in relying), key=edge_order)


def tallies(conn: sqlite3.Connection) -> Tallies:
    rows = conn.execute(
        "SELECT level, kind, count(*), sum(host_doc IS NULL), sum(qualified = 0), "
        "sum(conflicts), sum(duplicates) FROM nodes GROUP BY level, kind"
    ).fetchall()
    levels: dict[str, int] = {}
    kinds: dict[str | None, int] = {}
    stubs = unqualified = conflicts = duplicates = 0
    for level, kind, n, stub, unq, conf, dup in rows:
        levels[level] = levels.get(level, 0) + n
        kinds[kind] = kinds.get(kind, 0) + n
        stubs, unqualified = stubs + stub, unqualified + unq
        conflicts, duplicates = conflicts + conf, duplicates + dup
    types = dict(conn.execute("SELECT type, count(*) FROM edges GROUP BY type ORDER BY type"))
    return Tallies(
        {lv.value: levels[lv.value] for lv in LEVEL_ORDER if levels.get(lv.value)},
        kinds,
        {t: int(n) for t, n in types.items() if n},
        stubs,
        unqualified,
        conflicts,
        duplicates,
    )


def _match(column: str, folded: str) -> str | None:
    """An FTS5 query for any word of `folded` (letters and digits only: nothing to escape) in
    `column`: each word, or one it begins; a word of three letters or more also without its
    last letter (a typo's stand-in for Lucene's one edit)."""
    words = list(dict.fromkeys(folded.split()))[:16]
    if not words:
        return None
    terms = []
    for w in words:
        terms.append(f'"{w}"*')
        if len(w) >= 3:
            terms.append(f'"{w[:-1]}"*')
    return f"{column} : (" + " OR ".join(dict.fromkeys(terms)) + ")"


def close_codes(conn: sqlite3.Connection, text: str, *, limit: int) -> list[str]:
    """The codes closest to `text`: candidates from the text index over codes, ranked as
    graph.store.LevelWalks.close_codes ranks every code."""
    query = _match("codes", fold(text))
    if query is None:
        return []
    rows = conn.execute(
        "SELECT DISTINCT c.code FROM codes c JOIN nodes n ON n.key = c.key "
        "WHERE n.id IN (SELECT rowid FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?) "
        "ORDER BY c.code",
        (query, CLOSE_CANDIDATES),
    )
    return close_codes_among(text, [r[0] for r in rows], limit=limit)


def search_candidates(conn: sqlite3.Connection, text: str, *, limit: int) -> list[tuple[Head, int]]:
    """Heads whose folded codes or text hold a word of `text` (or one it begins), best FTS5
    rank first, each with the number of documents speaking of it."""
    folded = fold(text)
    codes, words = _match("codes", folded), _match("text", folded)
    if codes is None or words is None:
        return []
    rows = conn.execute(
        f"WITH hits AS (SELECT rowid AS id, rank FROM search WHERE search MATCH ? "
        f"ORDER BY rank LIMIT ?) SELECT {S.HEADS}, n.sources FROM hits h "
        "JOIN nodes n ON n.id = h.id ORDER BY h.rank",
        (f"{codes} OR {words}", limit),
    )
    width = len(S.HEAD_COLUMNS)
    return [(S.to_head(r), int(r[width])) for r in rows]

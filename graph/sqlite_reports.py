"""The reports' aggregations and the text search of the SQLite store, in SQL.

Each function answers as graph.reports._scan.ScanReports (or graph.store.LevelWalks for close
codes) does from every node and edge, from the indexes and the columns kept up to date on write
(graph.sqlite_schema): only the report's rows come back to Python.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from datetime import date
from typing import cast

import orjson

from graph import sqlite_schema as S
from graph.lineage import LEVEL_ORDER
from graph.model import CERTAIN_EVIDENCE, DATE, ISSUER, Edge, Head
from graph.store import (
    DocumentSelection,
    PlaceNames,
    RankGroup,
    ReportRow,
    Tallies,
    Unit,
    close_codes_among,
    ending_among,
    fold,
)
from ingest.codes import Level
from ingest.relations import RelationType

UNDATED = "undated"
CLOSE_CANDIDATES = 200  # nodes the text index gives a close-match search
SEARCH_MATCHES = 2_000  # matches of a search read at most, per query
ENOUGH = 100  # nodes holding every word of a search that make asking for any word needless
# Candidates one search gives at most (each costs api.search a fold of its texts: 400, as
# asked, take ~40 ms of Python on this machine).
SEARCH_CANDIDATES = 200


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
    rows = conn.execute(
        f"SELECT {S.HEADS}, n.day, {'n.cited' if cited else '0'} FROM nodes n "
        "WHERE n.key IN (SELECT value FROM json_each(?))",
        (S.keys_param(keys),),
    )
    width = len(S.HEAD_COLUMNS)
    return {r[0]: ReportRow(S.to_head(r), _day(r[width]), int(r[width + 1])) for r in rows}


# Distinct citing documents per node, kept on write for these edge types (None: any type).
_COUNTED: dict[tuple[str, ...] | None, str] = {
    None: "cited",
    (RelationType.IMPLEMENTS.value,): "implemented",
}
_YEAR = "CAST(substr(n.day, 1, 4) AS INTEGER)"


def ranked(
    conn: sqlite3.Connection,
    *,
    types: Collection[RelationType] | None,
    level: Level | None,
    year: int | None,
    by: RankGroup | None,
    limit: int,
) -> list[tuple[str, str, int]]:
    """graph.store.ReportingStore.ranked: from the counts kept on write (any type, or
    implementation) through their index, else counted over the edges of `types`."""
    limit = max(int(limit), 0)
    where: list[str] = ["1"]
    params: list[object] = []
    if level is not None:
        where.append("n.level = ?")
        params.append(Level(level).value)
    if year is not None:
        where.append(f"n.day IS NOT NULL AND {_YEAR} = ?")
        params.append(int(year))
    wanted = None if types is None else tuple(sorted({RelationType(t).value for t in types}))
    column = _COUNTED.get(wanted)
    if column is not None and by != "year":
        # Each group's first rows in the count's index order: no sort of every cited node.
        groups = [""] if by is None else sorted(lv.value for lv in Level)
        out = []
        for g in groups:
            extra = "" if by is None else " AND n.level = ?"
            rows = conn.execute(
                f"SELECT n.key, n.{column} FROM nodes n WHERE n.{column} > 0 "
                f"AND {' AND '.join(where)}{extra} "
                f"ORDER BY n.{column} DESC, {S.CODE_N}, n.key LIMIT ?",
                (*params, *([] if by is None else [g]), limit),
            )
            out += [(g, key, int(c)) for key, c in rows]
        return out
    counted = (
        f"SELECT n.key AS key, n.{column} AS c FROM nodes n WHERE n.{column} > 0"
        if column is not None
        else "SELECT e.target AS key, count(DISTINCT e.source) AS c FROM edges e "
        f"WHERE {types_sql(types, 'e.type')} GROUP BY e.target"
    )
    group = {
        None: "''",
        "level": "n.level",
        "year": f"CASE WHEN n.day IS NULL THEN '{UNDATED}' ELSE CAST({_YEAR} AS TEXT) END",
    }[by]
    rows = conn.execute(
        f"WITH counted AS ({counted}), "
        f"grouped AS (SELECT {group} AS g, n.key AS key, c.c AS c, row_number() OVER "
        f"(PARTITION BY {group} ORDER BY c.c DESC, {S.CODE_N}, n.key) AS r "
        f"FROM counted c JOIN nodes n ON n.key = c.key WHERE {' AND '.join(where)}) "
        "SELECT g, key, c FROM grouped WHERE r <= ? ORDER BY g, r",
        (*params, limit),
    )
    return [(g, key, int(c)) for g, key, c in rows]


# A node's place as one text (graph.store.PlaceNames joined by char(31), "" for a missing name).
_PLACE_NAMES = ("coalesce(n.province, '') || char(31) || coalesce(n.district, '') || char(31) "
                "|| coalesce(n.commune, '')")  # fmt: skip


def document_kinds(conn: sqlite3.Connection) -> list[str]:
    """graph.store.DocumentListing.document_kinds."""
    return [k for (k,) in conn.execute("SELECT DISTINCT coalesce(kind, '') FROM nodes")]


def document_places(conn: sqlite3.Connection) -> list[PlaceNames]:
    """graph.store.DocumentListing.document_places."""
    rows = conn.execute(f"SELECT DISTINCT {_PLACE_NAMES} FROM nodes n")
    return [cast(PlaceNames, tuple(p.split("\x1f"))) for (p,) in rows]


def document_keys(
    conn: sqlite3.Connection, chosen: DocumentSelection, *, limit: int | None, offset: int
) -> tuple[int, list[str]]:
    """graph.store.DocumentListing.document_keys: counted, then paged through the key index
    (or the place index, by level)."""
    where: list[str] = ["1"]
    params: list[object] = []
    if chosen.level is not None:
        where.append("n.level = ?")
        params.append(Level(chosen.level).value)
    if chosen.stub is not None:
        where.append("(n.host_doc IS NULL) = ?")
        params.append(int(chosen.stub))
    if chosen.kinds is not None:
        where.append("coalesce(n.kind, '') IN (SELECT value FROM json_each(?))")
        params.append(orjson.dumps(sorted(chosen.kinds)).decode())
    if chosen.places is not None:
        where.append(f"{_PLACE_NAMES} IN (SELECT value FROM json_each(?))")
        params.append(orjson.dumps(sorted("\x1f".join(p) for p in chosen.places)).decode())
    where += _said_where(chosen, params)
    cond = " AND ".join(where)
    (total,) = conn.execute(f"SELECT count(*) FROM nodes n WHERE {cond}", params).fetchone()
    page = conn.execute(
        f"SELECT n.key FROM nodes n WHERE {cond} ORDER BY n.key LIMIT ? OFFSET ?",
        (*params, -1 if limit is None else max(int(limit), 0), max(int(offset), 0)),
    )
    return int(total), [k for (k,) in page]


def _said_where(chosen: DocumentSelection, params: list[object]) -> list[str]:
    """The conditions of `DocumentSelection`'s issuers, bodies and year over each node's tally
    (`graph.model.Tally`: {field: {value: count}}, no value of count 0), `params` extended."""
    where: list[str] = []
    said: list[str] = []
    if chosen.issuers is not None:
        said.append("coalesce(n.issuer, '') IN (SELECT value FROM json_each(?))")
        params.append(orjson.dumps(sorted(chosen.issuers)).decode())
    if chosen.bodies is not None:
        said.append(
            f"EXISTS (SELECT 1 FROM json_each(n.tally, '$.{ISSUER}') j "
            "WHERE j.key IN (SELECT value FROM json_each(?)))"
        )
        params.append(orjson.dumps(sorted(chosen.bodies)).decode())
    if said:
        where.append(f"({' OR '.join(said)})")
    if chosen.year is not None:
        where.append(
            f"EXISTS (SELECT 1 FROM json_each(n.tally, '$.{DATE}') j "
            "WHERE substr(j.key, 1, 4) = ?)"
        )
        params.append(f"{int(chosen.year):04d}")
    return where


def document_issuers(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """graph.store.SaidListing.document_issuers: the code issuers from their column, the
    issuing bodies from the nodes' tallies."""
    issuers = [i for (i,) in conn.execute("SELECT DISTINCT coalesce(issuer, '') FROM nodes")]
    bodies = [
        b for (b,) in conn.execute(
            f"SELECT DISTINCT j.key FROM nodes n, json_each(n.tally, '$.{ISSUER}') j"
        )
    ]  # fmt: skip
    return issuers, bodies


def uncertain_citers(
    conn: sqlite3.Connection, keys: Collection[str], types: Collection[RelationType] | None
) -> dict[str, int]:
    """graph.store.ReportingStore.uncertain_citers: each key's in-edges through their index
    (target, type, source), a citer uncertain when none of its edges' evidence is certain."""
    rows = conn.execute(
        "SELECT target, count(*) FROM (SELECT e.target AS target, e.source AS source FROM "
        "edges e WHERE e.target IN (SELECT value FROM json_each(?)) AND "
        f"{types_sql(types, 'e.type')} GROUP BY e.target, e.source HAVING "
        "max(e.evidence = '[]' OR instr(e.evidence, ?) > 0) = 0) GROUP BY target",
        (S.keys_param(keys), CERTAIN_EVIDENCE),
    )
    return {key: int(n) for key, n in rows}


def local_places(
    conn: sqlite3.Connection,
) -> list[tuple[Level, str | None, str | None, str | None]]:
    """The places kept on write (graph.sqlite_schema `places`), each ordered by its first
    node's key, found through the place index."""
    rows = conn.execute(
        "SELECT p.level, p.province, p.district, p.commune, (SELECT min(n.key) FROM nodes n "
        "WHERE n.level = p.level AND n.province IS p.province AND n.district IS p.district "
        "AND n.commune IS p.commune) AS first FROM places p ORDER BY first"
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
    ended = sorted({e.target for e in ends if e.ends_force})
    relying = conn.execute(
        f"SELECT {S.EDGES} FROM edges e WHERE e.target IN (SELECT value FROM json_each(?)) "
        f"AND {types_sql(relies, 'e.type')}",
        (S.keys_param(ended),),
    )
    return ending_among(ends, (S.to_edge(r) for r in relying))


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


PREFIXES = 4  # the longest prefix the index keeps (graph.sqlite_schema: prefix = '2 3 4')


def _terms(word: str) -> list[str]:
    """FTS5 terms standing for a typed `word` (letters and digits only: nothing to escape):
    the word or one it begins (a prefix the index keeps, read lazily; a longer word itself
    or one beginning with its first PREFIXES letters: FTS5 reads every row of a longer
    prefix), and for a word of three or four letters that is not a number, one beginning
    without its last letter (a typo's stand-in for Lucene's one edit)."""
    if len(word) <= PREFIXES:
        terms = [f'"{word}"*']
        if len(word) >= 3 and not word.isdigit():
            terms.append(f'"{word[:-1]}"*')
        return terms
    return [f'"{word}"', f'"{word[:PREFIXES]}"*']


def _match(column: str, folded: str) -> str | None:
    """An FTS5 query for any word of `folded` in `column`."""
    words = list(dict.fromkeys(folded.split()))[:16]
    if not words:
        return None
    terms = dict.fromkeys(t for w in words for t in _terms(w))
    return f"{column} : (" + " OR ".join(terms) + ")"


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
    """Heads whose folded codes or text hold a word of `text` (or one it begins), each with
    the number of documents speaking of it: first those holding every word, then those
    holding any; each kind among the first SEARCH_MATCHES found, the most spoken of first;
    at most SEARCH_CANDIDATES.
    (FTS5's own rank reads every row holding a common word, "ke hoach": not used.)"""
    folded = fold(text)
    words = list(dict.fromkeys(folded.split()))[:16]
    if not words:
        return []
    limit = min(limit, SEARCH_CANDIDATES)
    every = " AND ".join(_either(w) for w in words)
    either = " OR ".join(_either(w) for w in words)
    ids: dict[int, None] = {}
    for query in (every, either):
        found = conn.execute(
            "SELECT n.id FROM (SELECT rowid AS id FROM search WHERE search MATCH ? LIMIT ?) h "
            "JOIN nodes n ON n.id = h.id ORDER BY n.sources DESC, n.id LIMIT ?",
            (query, SEARCH_MATCHES, limit),
        )
        ids.update(dict.fromkeys(r[0] for r in found))
        if len(ids) >= min(limit, ENOUGH):
            break  # enough nodes hold every word: those holding some are not asked for
    chosen = list(ids)[:limit]
    rows = conn.execute(
        f"SELECT n.id, {S.HEADS}, n.sources FROM nodes n "
        "WHERE n.id IN (SELECT value FROM json_each(?))",
        (orjson.dumps(chosen).decode(),),
    ).fetchall()
    by_id = {r[0]: r[1:] for r in rows}
    width = len(S.HEAD_COLUMNS)
    return [(S.to_head(by_id[i]), int(by_id[i][width])) for i in chosen if i in by_id]


def heads_placed(
    conn: sqlite3.Connection, units: Sequence[Unit], *, limit: int
) -> list[tuple[Head, int]]:
    """The heads placed at any of `units` (graph.store.PlacedSearchingStore), the most spoken
    of first, then by key; at most SEARCH_CANDIDATES. Each unit is a seek of the place index
    (`nodes_place`: level, province, district, commune)."""
    if not units or limit <= 0:
        return []
    rows = conn.execute(
        f"SELECT {S.HEADS}, n.sources FROM json_each(?) u CROSS JOIN nodes n "
        "WHERE n.level = json_extract(u.value, '$[0]') "
        "AND n.province IS json_extract(u.value, '$[1]') "
        "AND n.district IS json_extract(u.value, '$[2]') "
        "AND n.commune IS json_extract(u.value, '$[3]') "
        "ORDER BY n.sources DESC, n.key LIMIT ?",
        (orjson.dumps([[str(lv), p, d, c] for lv, p, d, c in units]).decode(),
         min(limit, SEARCH_CANDIDATES)),
    ).fetchall()  # fmt: skip
    width = len(S.HEAD_COLUMNS)
    return [(S.to_head(r[:width]), int(r[width])) for r in rows]


def _either(word: str) -> str:
    """FTS5: `word` (see `_terms`) in the codes or the text."""
    return "{codes text} : (" + " OR ".join(_terms(word)) + ")"

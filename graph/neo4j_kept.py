"""What the Neo4j store keeps up to date on write for its reports and search (graph.neo4j_store).

Kept in the transaction of the write that changes it, so a report reads a few index entries or
tally nodes instead of aggregating every node and edge:

- on each Document: ``cited`` and ``implemented`` (distinct citing nodes, over any edge and over
  IMPLEMENTS edges; absent when 0, so their range indexes hold only cited nodes), ``sources``
  (the documents that say something about it: Said nodes), ``day_votes`` (JSON {date value:
  documents giving it}), ``day`` (the report date, graph.reports.document_date) and ``year``;
- (:Tally {id, level, kind, n, stubs, unqualified, conflicts, duplicates}): nodes by level and
  kind, with their stubs, unqualified nodes, conflicting fields and possible duplicates summed;
- (:Place {id, level, province, district, commune, nodes, first}): every place of a local node,
  with how many nodes it has and the smallest key among them.

A write says what it is about to change (`Kept.before`: node keys, (source, target) pairs of
edges, (key, doc) pairs of Said nodes) before each statement that changes it; `Kept.settle`
reads the same things after the writes and applies the differences. Nothing here reads more
than the keys and pairs touched, except a recount of a node created or deleted in the same
transaction (its citers). Every query is parameterized; relationship types come from the enum.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from graph.model import DATE, Edge, Head
from graph.sqlite_schema import report_day
from graph.store import conflict_count, duplicate_count
from ingest.codes import Level
from ingest.relations import RelationType
from neo4j import ManagedTransaction, Result

LOCAL_LEVELS = (Level.PROVINCE.value, Level.DISTRICT.value, Level.COMMUNE.value)
# Prefix of a write-path statement whose plan the statistics cannot change: every node it
# finds is found through a unique constraint or by a seek of the index its text names
# (USING INDEX SEEK: a bare USING INDEX is also met by a scan of the whole index, which a plan
# made while the database is nearly empty may choose, and `replan=skip` then keeps: _DAYS
# scanned every Said node for each key it looked up, 7 million db hits a generated run). By
# default Neo4j plans a statement again once a statistic it read has moved by about 75 %
# (at most every 10 s): a bulk run into an empty database doubles every count a dozen times,
# and the same plan was made again some 40-100 times a run (debug.log, "Discarded stale
# query"), each new plan compiled again by the JVM, 1-5 s of the server's CPU per generated
# corpus. With `replan=skip` the plan made the first time is kept.
FIXED_PLAN = "CYPHER replan=skip "


class Sent(list[Any]):
    """A list sent as a query parameter, shown by its length. The driver (neo4j 6.4,
    `Bolt5x0.run`) writes the text of its debug line for every statement it sends, debug
    logging on or not, by `repr` of the whole parameters: of a staged run's rows, some 20 MB
    for the generated 40 MB corpus, 0.7 s of the client's CPU, more than building the rows."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} items>"


def sent_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """`params` with every list in it a `Sent` (packed alike: a list subclass)."""
    return {k: Sent(v) if isinstance(v, list) else v for k, v in params.items()}


def run_sent(tx: ManagedTransaction, query: str, **params: Any) -> Result:
    """`tx.run(query, **params)`, its lists sent as `Sent`."""
    return tx.run(query, sent_params(params))


_IMPL = RelationType.IMPLEMENTS.value


def said_of(key: str, var: str = "s") -> str:
    """Cypher: the Said nodes `var` of node key `key` (an expression), for a MATCH. The
    `doc IS NOT NULL` (every Said node has its doc) lets the (key, doc) uniqueness
    constraint's index serve a lookup by key alone: Neo4j 5 seeks a composite range index
    only on a predicate for each of its properties, and a second index on `key` alone was
    one more entry to write for every Said node."""
    return f"({var}:Said) WHERE {var}.key = {key} AND {var}.doc IS NOT NULL"

# What one node adds to its tally and its place.
# Reads return their rows as one list in one record: a record per row is a Bolt message
# each, and reading thousands of them cost more than the statements themselves.
_PARTS = FIXED_PLAN + (
    "UNWIND $keys AS k MATCH (n:Document {key: k}) USING INDEX SEEK n:Document(key) "
    "RETURN collect([k, n.level, n.kind, n.host_doc, n.qualified, "
    "coalesce(n.report_conflicts, 0), coalesce(n.report_duplicates, 0), "
    "n.province, n.district, n.commune]) AS rows"
)
# The edges out of the nodes $keys: (source, target, is it IMPLEMENTS). Read from the source
# (a document cites a few others; a target may be cited by thousands).
_OUT_OF = FIXED_PLAN + (
    "UNWIND $keys AS k MATCH (a:Document {key: k}) USING INDEX SEEK a:Document(key) "
    f"MATCH (a)-[r]->(b:Document) RETURN collect([k, b.key, type(r) = '{_IMPL}']) AS rows"
)
_SAID = FIXED_PLAN + (
    "UNWIND $pairs AS p MATCH (s:Said {key: p[0], doc: p[1]}) USING INDEX SEEK s:Said(key, doc) "
    "RETURN collect([p[0], p[1], s.facts]) AS rows"
)
# The out-edges' targets of nodes about to be deleted (DETACH DELETE removes those edges).
_OUT_PAIRS = FIXED_PLAN + (
    "UNWIND $keys AS k MATCH (a:Document {key: k})-->(b:Document) USING INDEX SEEK a:Document(key) "
    "WITH DISTINCT k, b.key AS t RETURN collect([k, t]) AS rows"
)
_ADD_COUNTS = FIXED_PLAN + (
    "UNWIND $rows AS r MATCH (n:Document {key: r[0]}) USING INDEX SEEK n:Document(key) "
    "WITH n, r, coalesce(n.cited, 0) + r[1] AS c, coalesce(n.implemented, 0) + r[2] AS i, "
    "coalesce(n.sources, 0) + r[3] AS s "
    "SET n.cited = CASE WHEN c > 0 THEN c END, n.implemented = CASE WHEN i > 0 THEN i END, "
    "n.sources = CASE WHEN s > 0 THEN s END"
)
# Everything counted again from the graph (nodes created or deleted in the transaction).
RECOUNT = (
    "UNWIND $keys AS k MATCH (n:Document {key: k}) USING INDEX SEEK n:Document(key) "
    "WITH n, COUNT { MATCH (s:Document)-->(n) RETURN DISTINCT s } AS c, "
    f"COUNT {{ MATCH (s:Document)-[:{_IMPL}]->(n) RETURN DISTINCT s }} AS i, "
    f"COUNT {{ MATCH {said_of('n.key')} }} AS s "
    "SET n.cited = CASE WHEN c > 0 THEN c END, n.implemented = CASE WHEN i > 0 THEN i END, "
    "n.sources = CASE WHEN s > 0 THEN s END"
)
_DAYS = FIXED_PLAN + (
    "UNWIND $keys AS k MATCH (n:Document {key: k}) USING INDEX SEEK n:Document(key) "
    "OPTIONAL MATCH (s:Said {key: k, doc: n.host_doc}) USING INDEX SEEK s:Said(key, doc) "
    "RETURN collect([k, n.day_votes, n.day, n.year, s.facts]) AS rows"
)
# What is kept on stored nodes, with the Said text of the host each row names (r[1]).
_KEPT_NOW = FIXED_PLAN + (
    "UNWIND $rows AS r MATCH (n:Document {key: r[0]}) USING INDEX SEEK n:Document(key) "
    "OPTIONAL MATCH (s:Said {key: r[0], doc: r[1]}) USING INDEX SEEK s:Said(key, doc) "
    "RETURN collect([r[0], n.cited, n.implemented, n.sources, n.day_votes, n.day, n.year, "
    "s.facts]) AS rows"
)
SET_DAYS = FIXED_PLAN + (
    "UNWIND $rows AS r MATCH (n:Document {key: r[0]}) USING INDEX SEEK n:Document(key) "
    "SET n.day_votes = r[1], n.day = r[2], n.year = r[3]"
)
ADD_TALLIES = FIXED_PLAN + (
    "UNWIND $rows AS r MERGE (t:Tally {id: r[0]}) "
    "ON CREATE SET t.level = r[1], t.kind = r[2], t.n = 0, t.stubs = 0, t.unqualified = 0, "
    "t.conflicts = 0, t.duplicates = 0 "
    "SET t.n = t.n + r[3], t.stubs = t.stubs + r[4], t.unqualified = t.unqualified + r[5], "
    "t.conflicts = t.conflicts + r[6], t.duplicates = t.duplicates + r[7] "
    "WITH t WHERE t.n <= 0 DELETE t"
)
# Places: counts and first keys; the ids of those whose first key left, to find again, and of
# those left with no node (deleted by _DROP_PLACES).
_ADD_PLACES = FIXED_PLAN + (
    "UNWIND $rows AS r MERGE (p:Place {id: r[0]}) "
    "ON CREATE SET p.level = r[1], p.province = r[2], p.district = r[3], p.commune = r[4], "
    "p.nodes = 0 "
    "WITH p, r, p.first IS NOT NULL AND p.first IN r[7] AS lost "
    "SET p.nodes = p.nodes + r[5], "
    "p.first = CASE WHEN lost OR r[6] IS NULL THEN p.first "
    "WHEN p.first IS NULL OR r[6] < p.first THEN r[6] ELSE p.first END "
    "RETURN p.id AS id, lost AND p.nodes > 0 AS lost, p.nodes <= 0 AS gone"
)
_DROP_PLACES = FIXED_PLAN + (
    "UNWIND $ids AS id MATCH (p:Place {id: id}) WHERE p.nodes <= 0 DELETE p"
)
# The smallest key of a place found again (through the (level, province) index when the
# province is known).
_SAME_PLACE = (
    "(n.district = p.district OR (n.district IS NULL AND p.district IS NULL)) "
    "AND (n.commune = p.commune OR (n.commune IS NULL AND p.commune IS NULL)) "
)
_FIRST_AGAIN = (
    "UNWIND $ids AS id MATCH (p:Place {id: id}) "
    "CALL (p) { MATCH (n:Document) WHERE n.level = p.level AND n.province = p.province AND "
    + _SAME_PLACE
    + "RETURN n.key AS key UNION MATCH (n:Document) WHERE p.province IS NULL "
    "AND n.level = p.level AND n.province IS NULL AND "
    + _SAME_PLACE
    + "RETURN n.key AS key } "
    "WITH p, min(key) AS first SET p.first = first"
)


# How encode_said begins a date fact: what holds no such text says no date.
DATE_TAG = '["' + DATE + '","'


def said_dates(text: str | None) -> tuple[str, ...]:
    """The distinct date values of what one document says (graph.model.encode_said)."""
    if not text or DATE_TAG not in text:  # most say no date: not parsed
        return ()
    return tuple(sorted({v for name, v, *_ in orjson.loads(text) if name == DATE}))


def tally_id(level: str, kind: str | None) -> str:
    return orjson.dumps([level, kind]).decode()


def place_id(level: str, province: str | None, district: str | None, commune: str | None) -> str:
    return orjson.dumps([level, province, district, commune]).decode()


@dataclass(frozen=True, slots=True)
class Part:
    """What one node adds to the tallies and places, and what its report date depends on."""

    level: str
    kind: str | None
    host: str | None
    unqualified: bool
    conflicts: int
    duplicates: int
    place: tuple[str, str | None, str | None, str | None] | None

    @classmethod
    def of(cls, row: list[Any]) -> Part:
        """From a row of _PARTS: [key, level, kind, host, qualified, conflicts, duplicates,
        province, district, commune]."""
        _, level, kind, host, qualified, conflicts, duplicates, *place = row
        return cls(
            level,
            kind,
            host,
            qualified is False,
            int(conflicts),
            int(duplicates),
            (level, *place) if level in LOCAL_LEVELS else None,
        )

    @classmethod
    def of_row(cls, row: Mapping[str, Any]) -> Part:
        """From a node's row as the store writes it (graph.neo4j_store._node_row: its None
        values left out), whose report columns already count its conflicting fields and
        possible duplicates: the same part as `of_head` of its head, not counted again."""
        level = row["level"]
        return cls(
            level,
            row.get("kind"),
            row.get("host_doc"),
            not row.get("qualified"),
            row.get("report_conflicts") or 0,
            row.get("report_duplicates") or 0,
            (level, row.get("province"), row.get("district"), row.get("commune"))
            if level in LOCAL_LEVELS
            else None,
        )

    @classmethod
    def of_head(cls, h: Head) -> Part:
        place = (h.place.province, h.place.district, h.place.commune)
        return cls(
            h.level.value,
            h.kind,
            h.host_doc,
            not h.qualified,
            conflict_count(h),
            duplicate_count(h),
            (h.level.value, *place) if h.level.value in LOCAL_LEVELS else None,
        )

    def tally(self) -> tuple[int, int, int, int, int]:
        return (1, int(self.host is None), int(self.unqualified), self.conflicts, self.duplicates)


def _added(edges: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str], bool]:
    """The (source, target) pairs of `edges` ((source, target, type value)), and whether one
    of each pair's is IMPLEMENTS."""
    added: dict[tuple[str, str], bool] = {}
    for source, target, type_ in edges:
        pair = (source, target)
        added[pair] = added.get(pair, False) or type_ == _IMPL
    return added


def _rows(tx: ManagedTransaction, query: str, **params: Any) -> list[list[Any]]:
    """The rows a read returns as one list (`RETURN collect([...]) AS rows`)."""
    rows: list[list[Any]] = run_sent(tx, query, **params).single(strict=True)["rows"]
    return rows


def _votes_added(kept: str | None, added: Counter[str] | None) -> dict[str, int]:
    """The date votes a node keeps (`kept`, as stored) with a batch's `added` ones counted in."""
    held: dict[str, int] = orjson.loads(kept) if kept else {}
    for value, n in (added or {}).items():
        held[value] = held.get(value, 0) + n
    return held


def _day_kept(own: str | None, held: dict[str, int]) -> tuple[str | None, str | None, int | None]:
    """What a node keeps of its date votes: the votes as stored (none left: None), its day
    and year (`day_of`)."""
    held = {v: n for v, n in sorted(held.items()) if n > 0}
    return (orjson.dumps(held).decode() if held else None, *day_of(own, held))


def day_of(own: str | None, votes: dict[str, int]) -> tuple[str | None, int | None]:
    """The report date and its year from the host's own Said text and the date votes."""
    own_dates = list(said_dates(own)) or None
    day = report_day(own_dates, votes.items())
    return day, (int(day[:4]) if day else None)


@dataclass
class Kept:
    """The bookkeeping of one write transaction (see the module docstring)."""

    tx: ManagedTransaction
    nodes: dict[str, Part | None] = field(default_factory=dict)
    pairs: dict[tuple[str, str], tuple[bool, bool]] = field(default_factory=dict)
    said: dict[tuple[str, str], str | None] = field(default_factory=dict)
    recount: set[str] = field(default_factory=set)
    # What the writes leave, when the caller says so (`adding`, `wrote`) instead of settle
    # reading it back: Said texts (None: removed), node parts, edges added by pair (is one
    # of them IMPLEMENTS), and the pairs that lost edges (read again).
    said_after: dict[tuple[str, str], str | None] = field(default_factory=dict)
    nodes_after: dict[str, Part] = field(default_factory=dict)
    pairs_added: dict[tuple[str, str], bool] | None = None
    pairs_reread: set[tuple[str, str]] = field(default_factory=set)
    # Nodes created with what is kept on them already in their row (`created`): settle
    # neither counts nor dates them again.
    made: set[str] = field(default_factory=set)

    def before(
        self,
        *,
        keys: Iterable[str] = (),
        pairs: Iterable[tuple[str, str]] = (),
        said: Iterable[tuple[str, str]] = (),
        deleting: Collection[str] = (),
        absent: Collection[str] = (),
    ) -> None:
        """Note the state of what the next statement may change: nodes `keys`, edge pairs,
        Said pairs, and nodes about to be deleted (`deleting`: their out-edges go too).
        `absent`: keys among `keys` the caller knows absent, noted so without a read (the
        transaction must fail if one is stored: it creates them, and a node key is unique)."""
        for k in absent:
            self.nodes.setdefault(k, None)
        keys = [k for k in dict.fromkeys([*keys, *deleting]) if k not in self.nodes]
        if keys:
            found = {r[0]: Part.of(r) for r in _rows(self.tx, _PARTS, keys=keys)}
            for k in keys:
                self.nodes[k] = found.get(k)
        pairs = list(pairs)
        if deleting:
            self.recount.update(deleting)
            pairs += [(k, t) for k, t in _rows(self.tx, _OUT_PAIRS, keys=list(deleting))]
            self.pairs_reread.update(p for p in pairs if p[0] in deleting)  # their edges go
        new_pairs = [p for p in dict.fromkeys(pairs) if p not in self.pairs]
        if new_pairs:
            self.pairs.update(dict.fromkeys(new_pairs, (False, False)))
            self.pairs.update(self._pair_states([p for p in new_pairs if self._stored(p[0])]))
        new_said = [p for p in dict.fromkeys(said) if p not in self.said]
        if new_said:
            self.said.update(dict.fromkeys(new_said))
            self.said.update(self._said_texts([p for p in new_said if self._stored(p[0])]))

    def absent(self, key: str) -> bool:
        """Whether node `key` was absent when first noted (it can be created, not merged)."""
        return key in self.nodes and self.nodes[key] is None

    def said_absent(self, key: str, doc: str) -> bool:
        """Whether the Said node (key, doc) was absent when first noted."""
        return (key, doc) in self.said and self.said[(key, doc)] is None

    def _stored(self, key: str) -> bool:
        """Whether node `key` may have had edges out or Said nodes when first noted: not when
        it was absent then (every edge and Said node written since was noted before it was
        written; a node's Said nodes go with it)."""
        return key not in self.nodes or self.nodes[key] is not None

    def adding(
        self,
        *,
        stored: Mapping[str, Head],
        heads: Iterable[Head],
        edges: Iterable[Edge],
        said: Iterable[list[str]],
    ) -> None:
        """Note what a transaction that only adds will write, instead of reading it before and
        after (a bulk write of fresh documents): nodes `heads` (`stored`: those among them
        stored before, as stored), new edges, and new Said nodes ([key, doc, encoded facts]).
        Call before its first statement, instead of `before`."""
        heads = list(heads)
        for h in heads:
            was = stored.get(h.key)
            self.nodes[h.key] = Part.of_head(was) if was is not None else None
            self.nodes_after[h.key] = Part.of_head(h)
        added = _added((e.source, e.target, RelationType(e.type).value) for e in edges)
        # Only pairs from nodes stored before can have had an edge.
        old = [p for p in added if p[0] in stored]
        self.pairs.update(dict.fromkeys(added, (False, False)))
        if old:
            self.pairs.update(self._pair_states(old))
        self.pairs_added = added
        for key, doc, text in said:
            self.said.setdefault((key, doc), None)
            self.said_after[(key, doc)] = text

    def wrote(
        self,
        *,
        parts: Mapping[str, Part],
        edges_added: Iterable[tuple[str, str, str]],
        edges_removed: Iterable[tuple[str, str]],
        said: Iterable[tuple[str, str, str]],
        said_removed: Iterable[tuple[str, str]],
    ) -> None:
        """Say what the transaction's statements leave, so that `settle` need not read it back
        (a staged batch, whose final states are known): nodes set to heads whose `parts` are
        given by key (`Part.of_row` of the rows written), edges added
        ((source, target, type value)), (source, target) pairs that lost an edge (read again),
        Said texts set and removed. Call after `before` has noted all of them."""
        self.nodes_after.update(parts)
        self.pairs_added = _added(edges_added)
        self.pairs_reread.update(edges_removed)
        self.said_after.update(((k, d), None) for k, d in said_removed)
        self.said_after.update(((k, d), text) for k, d, text in said)

    def created(self, heads: Iterable[Head]) -> dict[str, dict[str, Any]]:
        """What is kept on each of `heads`, nodes absent before that the transaction creates
        (call after `wrote`), to write in the same statement that creates them: its citers and
        IMPLEMENTS citers (the pairs added: none ran to it before), its sources and date votes
        (the Said nodes written: it had none), its report date. Only values that are set (the
        same properties `settle` would have set afterwards), by key."""
        if self.pairs_added is None:
            raise RuntimeError("Kept.created needs the pairs added (call `wrote` first)")
        keys = {h.key for h in heads}
        cited: dict[str, list[int]] = {k: [0, 0] for k in keys}
        for (_, t), impl in self.pairs_added.items():
            if t in cited:
                cited[t][0] += 1
                cited[t][1] += impl
        texts: dict[str, dict[str, str]] = {k: {} for k in keys}
        for (k, doc), text in self.said_after.items():
            if k in texts and text is not None:
                texts[k][doc] = text
        out: dict[str, dict[str, Any]] = {}
        for h in heads:
            n_cited, n_impl = cited[h.key]
            said = texts[h.key]
            votes = Counter(v for text in said.values() for v in said_dates(text))
            held = {v: n for v, n in sorted(votes.items()) if n > 0}
            day, year = day_of(said.get(h.host_doc) if h.host_doc else None, held)
            props = {
                "cited": n_cited or None,
                "implemented": n_impl or None,
                "sources": len(said) or None,
                "day_votes": orjson.dumps(held).decode() if held else None,
                "day": day,
                "year": year,
            }
            out[h.key] = {p: v for p, v in props.items() if v is not None}
        self.made.update(keys)
        return out

    def _pair_states(
        self, pairs: list[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[bool, bool]]:
        """Whether an edge (any type; IMPLEMENTS) runs along each pair."""
        if not pairs:
            return {}
        wanted = set(pairs)
        found: dict[tuple[str, str], tuple[bool, bool]] = {}
        for s, t, impl in _rows(self.tx, _OUT_OF, keys=sorted({s for s, _ in pairs})):
            pair = (s, t)
            if pair in wanted:
                found[pair] = (True, found.get(pair, (True, False))[1] or bool(impl))
        return found

    def _said_texts(self, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str | None]:
        if not pairs:
            return {}
        rows = _rows(self.tx, _SAID, pairs=[list(p) for p in pairs])
        return {(k, d): f for k, d, f in rows}

    def _pairs_now(self) -> dict[tuple[str, str], tuple[bool, bool]]:
        """Whether an edge (any type; IMPLEMENTS) runs along each noted pair now."""
        if self.pairs_added is None:
            now = dict.fromkeys(self.pairs, (False, False))
            now.update(self._pair_states(list(self.pairs)))
            return now
        reread = [p for p in self.pairs if p in self.pairs_reread]
        now = dict.fromkeys(reread, (False, False))
        now.update(self._pair_states(reread))
        for p, was in self.pairs.items():
            if p not in now:
                added = self.pairs_added.get(p)
                now[p] = was if added is None else (True, was[1] or added)
        return now

    def settle(
        self,
        rows: Mapping[str, dict[str, Any]] | None = None,
        write: Callable[[list[dict[str, Any]]], None] | None = None,
    ) -> None:
        """Apply what the transaction's writes changed (call after the last of them).

        `rows`: the rows of stored nodes the transaction has yet to write (by key: a staged
        batch's nodes neither created nor deleted in it), written here by `write`, each with
        what is kept on it changed in the same row (its citers, sources, date votes and
        report date), instead of those properties written again by statements of their own
        (_ADD_COUNTS, SET_DAYS) after it."""
        tx = self.tx
        keys = [k for k in self.nodes if k not in self.nodes_after]
        after = {r[0]: Part.of(r) for r in _rows(tx, _PARTS, keys=keys)} if keys else {}
        after.update(self.nodes_after)
        # Citers, sources and date votes by difference, except for nodes deleted here and made
        # again (every citer and Said node of theirs counted again) and for nodes created here
        # with them in their row (`created`: their Said texts' dates are not read again).
        recount = {k for k in self.recount if k in after}
        skip = recount | self.made
        delta: dict[str, list[int]] = {}
        if self.pairs:
            now = self._pairs_now()
            for pair, (was_any, was_impl) in self.pairs.items():
                is_any, is_impl = now[pair]
                if pair[1] in skip or (is_any == was_any and is_impl == was_impl):
                    continue
                d = delta.setdefault(pair[1], [0, 0, 0])
                d[0] += is_any - was_any
                d[1] += is_impl - was_impl
        # A node made here dates from its votes only (its own dates are among them).
        days = set(recount)
        days.update(
            k
            for k, p in self.nodes.items()
            if k in after and p is not None and p.host != after[k].host
        )
        votes: dict[str, Counter[str]] = {}
        if self.said:
            now_said: dict[tuple[str, str], str | None] = dict.fromkeys(self.said)
            now_said.update(self._said_texts([p for p in self.said if p not in self.said_after]))
            now_said.update(self.said_after)
            for (k, _), was in self.said.items():
                is_ = now_said[(k, _)]
                if was == is_ or k in skip:
                    continue
                if (was is None) != (is_ is None):
                    delta.setdefault(k, [0, 0, 0])[2] += 1 if is_ is not None else -1
                old, new = said_dates(was), said_dates(is_)
                if old != new:
                    v = votes.setdefault(k, Counter())
                    v.update(new)
                    v.subtract(old)
                    days.add(k)
        counted = {k: d for k, d in sorted(delta.items()) if any(d)}
        # (a node not noted is stored before and after: only its said rows changed; a write
        # leaves out a node whose head stays, graph.records.plan_write)
        dated = sorted(
            k for k in days if (k in after or k not in self.nodes) and k not in self.made
        )
        if rows is not None and write is not None:
            kept = self._kept_now(
                {k: d for k, d in counted.items() if k in rows},
                [k for k in dated if k in rows and k not in recount],
                votes,
                rows,
            )
            write([row | kept[k] if k in kept else row for k, row in rows.items()])
            counted = {k: d for k, d in counted.items() if k not in kept}
            dated = [k for k in dated if k not in kept]
        if counted:
            run_sent(tx, _ADD_COUNTS, rows=[[k, *d] for k, d in counted.items()]).consume()
        if recount:
            run_sent(tx, RECOUNT, keys=sorted(recount)).consume()
        self._days(dated, votes, recount)
        self._tallies(after)
        self._places(after)

    def _kept_now(
        self,
        counted: dict[str, list[int]],
        dated: list[str],
        votes: dict[str, Counter[str]],
        rows: Mapping[str, dict[str, Any]],
    ) -> dict[str, dict[str, Any]]:
        """What is kept on stored nodes that changes, by key (None: removed), in one read:
        the citers and sources of `counted` (their differences), the date votes and report
        date of `dated` (their votes' differences; the host's own Said text read under the
        host its row sets). The same values _ADD_COUNTS and `_days` set; a node's date
        properties only when they change."""
        keys = list(dict.fromkeys([*counted, *dated]))
        if not keys:
            return {}
        day_set = set(dated)
        ask = [[k, rows[k].get("host_doc") if k in day_set else None] for k in keys]
        out: dict[str, dict[str, Any]] = {}
        for k, cited, impl, sources, was_votes, was_day, was_year, own in _rows(
            self.tx, _KEPT_NOW, rows=ask
        ):
            props: dict[str, Any] = {}
            d = counted.get(k)
            if d is not None:
                c, i, s = (cited or 0) + d[0], (impl or 0) + d[1], (sources or 0) + d[2]
                props["cited"] = c if c > 0 else None
                props["implemented"] = i if i > 0 else None
                props["sources"] = s if s > 0 else None
            if k in day_set:
                text, day, year = _day_kept(own, _votes_added(was_votes, votes.get(k)))
                if (text, day, year) != (was_votes, was_day, was_year):
                    props.update(day_votes=text, day=day, year=year)
            out[k] = props
        return out

    def _days(self, keys: list[str], votes: dict[str, Counter[str]], recount: set[str]) -> None:
        if not keys:
            return
        rows = []
        for k, was_votes, was_day, was_year, own in _rows(self.tx, _DAYS, keys=keys):
            held = self._votes_of(k) if k in recount else _votes_added(was_votes, votes.get(k))
            text, day, year = _day_kept(own, held)
            if (text, day, year) != (was_votes, was_day, was_year):
                rows.append([k, text, day, year])
        if rows:
            run_sent(self.tx, SET_DAYS, rows=rows).consume()

    def _votes_of(self, key: str) -> dict[str, int]:
        rows = self.tx.run(f"MATCH {said_of('$key')} RETURN s.facts AS f", key=key).data()
        return dict(Counter(v for r in rows for v in said_dates(r["f"])))

    def _tallies(self, after: dict[str, Part]) -> None:
        delta: dict[tuple[str, str | None], list[int]] = {}
        for k, was in self.nodes.items():
            is_ = after.get(k)
            if was == is_:
                continue
            for part, sign in ((was, -1), (is_, 1)):
                if part is not None:
                    d = delta.setdefault((part.level, part.kind), [0] * 5)
                    for i, v in enumerate(part.tally()):
                        d[i] += sign * v
        rows = [[tally_id(lv, kd), lv, kd, *d] for (lv, kd), d in delta.items() if any(d)]
        if rows:
            run_sent(self.tx, ADD_TALLIES, rows=rows).consume()

    def _places(self, after: dict[str, Part]) -> None:
        changes: dict[tuple[str, str | None, str | None, str | None], list[Any]] = {}
        for k, was in self.nodes.items():
            is_ = after.get(k)
            if (was.place if was else None) == (is_.place if is_ else None):
                continue
            if was is not None and was.place is not None:
                c = changes.setdefault(was.place, [0, None, []])
                c[0] -= 1
                c[2].append(k)
            if is_ is not None and is_.place is not None:
                c = changes.setdefault(is_.place, [0, None, []])
                c[0] += 1
                c[1] = k if c[1] is None else min(c[1], k)
        rows = [
            [place_id(*p), *p, n, first, gone] for p, (n, first, gone) in sorted(
                changes.items(), key=lambda kv: place_id(*kv[0])
            )
        ]
        if not rows:
            return
        found = run_sent(self.tx, _ADD_PLACES, rows=rows).data()
        gone = [r["id"] for r in found if r["gone"]]  # a batch that only adds: none
        if gone:
            run_sent(self.tx, _DROP_PLACES, ids=gone).consume()
        lost = [r["id"] for r in found if r["lost"]]
        if lost:
            run_sent(self.tx, _FIRST_AGAIN, ids=lost).consume()

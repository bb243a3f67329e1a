"""Writes of the SQLite store: one document (or a batch of new ones) inside one transaction.

The same write plan as every store (graph.records: `plan_write`, `combine_many`, `fold_nodes`):
the heads a write touches and what the replaced documents said are read, the plan computed, and
its rows written. A new citer of a node cited by thousands writes its own `said` rows and the
node's head (constant size), and reads heads, never other documents' facts (issue 17).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace

import orjson

from graph import sqlite_schema as S
from graph.model import (
    DATE,
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
from graph.records import Replaced, combine_many, fold_nodes, plan_write
from graph.store import Checkpoint, index_texts, no_checkpoint

_UPSERT_NODE = (
    f"INSERT INTO nodes ({', '.join(S.NODE_WRITE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in S.NODE_WRITE_COLUMNS)}) "
    "ON CONFLICT (key) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in S.NODE_WRITE_COLUMNS[1:])
)
# An edge written again (same document, type and ends) keeps its row: its counts stay.
_INSERT_EDGE = (
    f"INSERT INTO edges ({', '.join(S.EDGE_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (source, type, target, doc) DO UPDATE SET label = excluded.label, "
    "path = excluded.path, evidence = excluded.evidence"
)
# The counts of the edges inserted after edge id ?1 (the new rows of one statement): first each
# target's new citers (a pair (target, source) not yet in `pairs`) and new implementers (a pair
# with no IMPLEMENTS edge yet), read against `pairs` as it was; then `pairs` itself. The same
# counts as the trigger on removal (graph.sqlite_schema), kept per statement, not per row. The
# new rows are read by id (NOT INDEXED: the planner would walk edges_in for its GROUP BY order).
_NEW_PAIRS = (
    f"SELECT target, source, count(*) AS edges, sum(type = '{S.IMPL}') AS impl "
    "FROM edges NOT INDEXED WHERE id > ?1 GROUP BY target, source"
)
_NEW_CITERS = (
    "SELECT sum(p.edges IS NULL), sum(a.impl > 0 AND coalesce(p.impl, 0) = 0), a.target "
    f"FROM ({_NEW_PAIRS}) a LEFT JOIN pairs p ON p.target = a.target AND p.source = a.source "
    "GROUP BY a.target"
)
_COUNT_PAIRS = (
    f"INSERT INTO pairs SELECT * FROM ({_NEW_PAIRS}) WHERE true ON CONFLICT (target, source) "
    "DO UPDATE SET edges = edges + excluded.edges, impl = impl + excluded.impl"
)
_ADD_VOTE = (
    "INSERT INTO date_votes VALUES (?, ?, ?) "
    "ON CONFLICT (key, value) DO UPDATE SET votes = votes + excluded.votes"
)


def _dates(facts: Iterable[Fact]) -> list[str]:
    return sorted({f.value for f in facts if f.field == DATE})


def _said_row(
    key: str, doc: str, facts: Sequence[Fact]
) -> tuple[tuple[str, str, str, str | None], list[str]]:
    """The `said` row of what `doc` says about node `key`, and the dates it votes for."""
    dates = _dates(facts)
    return (key, doc, encode_said(facts), orjson.dumps(dates).decode() if dates else None), dates


class Transaction:
    """The writes of one transaction on `conn` (begun and ended by the caller). Node keys
    whose report date may have changed are collected and settled by `settle`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._days: set[str] = set()

    # ------------------------------------------------------------------ reads
    def heads(self, keys: Collection[str]) -> dict[str, Head]:
        rows = self.conn.execute(
            f"SELECT {S.HEADS} FROM nodes n WHERE n.key IN (SELECT value FROM json_each(?))",
            (S.keys_param(keys),),
        )
        return {r[0]: S.to_head(r) for r in rows}

    def document(self, doc: str) -> DocumentRecord | None:
        row = self.conn.execute("SELECT * FROM documents WHERE doc = ?", (doc,)).fetchone()
        return S.to_record(row) if row is not None else None

    def said_of(self, key: str, doc: str) -> tuple[Fact, ...]:
        row = self.conn.execute(
            "SELECT facts FROM said WHERE key = ? AND doc = ?", (key, doc)
        ).fetchone()
        return decode_said(row[0], doc) if row is not None else ()

    def _edges_at(self, key: str, column: str) -> list[Edge]:
        rows = self.conn.execute(f"SELECT {S.EDGES} FROM edges e WHERE e.{column} = ?", (key,))
        return [S.to_edge(r) for r in rows]

    # ------------------------------------------------------------------ row changes
    def put_heads(self, heads: Sequence[Head], old: Mapping[str, Head]) -> None:
        """Insert or update the nodes `heads`; `old` holds those already stored, as stored.
        Codes and search text are rewritten only for nodes whose codes, title, subjects or
        issuing bodies changed (not for a much-cited node whose tally only counts one more)."""
        if not heads:
            return
        self.conn.executemany(_UPSERT_NODE, [S.node_values(h) for h in heads])
        changed = [
            h for h in heads if (o := old.get(h.key)) is None or S.described(o) != S.described(h)
        ]
        if changed:
            ids = dict(
                self.conn.execute(
                    "SELECT key, id FROM nodes WHERE key IN (SELECT value FROM json_each(?))",
                    (S.keys_param(h.key for h in changed),),
                ).fetchall()
            )
            stored = [(h.key, ids[h.key]) for h in changed if h.key in old]
            self.conn.executemany("DELETE FROM codes WHERE key = ?", [(k,) for k, _ in stored])
            self.conn.executemany("DELETE FROM search WHERE rowid = ?", [(i,) for _, i in stored])
            self.conn.executemany(
                "INSERT INTO codes VALUES (?, ?)",
                [(c, h.key) for h in changed for c in dict.fromkeys(h.codes)],
            )
            self.conn.executemany(
                "INSERT INTO search (rowid, codes, text) VALUES (?, ?, ?)",
                [(ids[h.key], *index_texts(h)) for h in changed],
            )
        for h in heads:
            o = old.get(h.key)
            if o is not None and o.host_doc != h.host_doc:
                self._days.add(h.key)  # its own dates, or its citers', now count

    def drop_node(self, key: str) -> None:
        """Remove node `key`, what documents say about it, its codes and its edges."""
        row = self.conn.execute("SELECT id FROM nodes WHERE key = ?", (key,)).fetchone()
        if row is None:
            return
        for statement in (
            "DELETE FROM said WHERE key = ?",
            "DELETE FROM date_votes WHERE key = ?",
            "DELETE FROM codes WHERE key = ?",
            "DELETE FROM edges WHERE source = ?",
            "DELETE FROM edges WHERE target = ?",
            "DELETE FROM nodes WHERE key = ?",
        ):
            self.conn.execute(statement, (key,))
        self.conn.execute("DELETE FROM search WHERE rowid = ?", (row[0],))
        self._days.discard(key)

    def set_said(self, key: str, doc: str, facts: Sequence[Fact] | None) -> None:
        """Set (None or empty: remove) what `doc` says about node `key`."""
        old = self.conn.execute(
            "SELECT dates FROM said WHERE key = ? AND doc = ?", (key, doc)
        ).fetchone()
        if old is not None and old[0]:
            gone = [(key, v) for v in orjson.loads(old[0])]
            self.conn.executemany(
                "UPDATE date_votes SET votes = votes - 1 WHERE key = ? AND value = ?", gone
            )
            self.conn.execute("DELETE FROM date_votes WHERE key = ? AND votes <= 0", (key,))
        if facts:
            row, dates = _said_row(key, doc, facts)
            self.conn.execute("INSERT OR REPLACE INTO said VALUES (?, ?, ?, ?)", row)
            self.conn.executemany(_ADD_VOTE, [(key, v, 1) for v in dates])
            delta = 0 if old is not None else 1
        else:
            self.conn.execute("DELETE FROM said WHERE key = ? AND doc = ?", (key, doc))
            delta = -1 if old is not None else 0
        if delta:
            self.conn.execute("UPDATE nodes SET sources = sources + ? WHERE key = ?", (delta, key))
        if (old is not None and old[0]) or (facts and _dates(facts)):
            self._days.add(key)

    def say_many(self, doc: str, items: Sequence[tuple[str, Sequence[Fact]]]) -> None:
        """`set_said(key, doc, facts)` for each of `items` (facts not empty), in set-based
        statements: one read of what `doc` said before, then each table written once."""
        if not items:
            return
        if len({key for key, _ in items}) < len(items):  # a node twice: each sees the last
            for key, facts in items:
                self.set_said(key, doc, facts)
            return
        before = dict(
            self.conn.execute(
                "SELECT key, dates FROM said WHERE doc = ? "
                "AND key IN (SELECT value FROM json_each(?))",
                (doc, S.keys_param(k for k, _ in items)),
            ).fetchall()
        )
        gone: list[tuple[str, str]] = []
        rows: list[tuple[str, str, str, str | None]] = []
        votes: list[tuple[str, str, int]] = []
        added: list[tuple[int, str]] = []
        for key, facts in items:
            if key in before:
                old_dates = before[key]
                if old_dates:
                    gone.extend((key, v) for v in orjson.loads(old_dates))
                    self._days.add(key)
            else:
                added.append((1, key))
            row, dates = _said_row(key, doc, facts)
            rows.append(row)
            votes.extend((key, v, 1) for v in dates)
            if dates:
                self._days.add(key)
        if gone:
            self.conn.executemany(
                "UPDATE date_votes SET votes = votes - 1 WHERE key = ? AND value = ?", gone
            )
            self.conn.executemany(
                "DELETE FROM date_votes WHERE key = ? AND votes <= 0",
                [(k,) for k in dict.fromkeys(k for k, _ in gone)],
            )
        self.conn.executemany("INSERT OR REPLACE INTO said VALUES (?, ?, ?, ?)", rows)
        self.conn.executemany(_ADD_VOTE, votes)
        self.conn.executemany("UPDATE nodes SET sources = sources + ? WHERE key = ?", added)

    def add_edges(self, edges: Iterable[Edge]) -> None:
        """Insert `edges`; ValueError (nothing checked written) when one names a node that is
        not written or has a type that is not a RelationType."""
        rows = [S.edge_values(e) for e in edges]
        if not rows:
            return
        ends = {k for r in rows for k in (r[0], r[1])}
        (found,) = self.conn.execute(
            "SELECT count(*) FROM nodes WHERE key IN (SELECT value FROM json_each(?))",
            (S.keys_param(ends),),
        ).fetchone()
        if found != len(ends):
            missing = sorted(ends - set(self.heads(ends)))
            raise ValueError(f"edges name nodes that are not written: {', '.join(missing)}")
        (last,) = self.conn.execute("SELECT coalesce(max(id), 0) FROM edges").fetchone()
        self.conn.executemany(_INSERT_EDGE, rows)
        citers = [r for r in self.conn.execute(_NEW_CITERS, (last,)) if r[0] or r[1]]
        self.conn.executemany(
            "UPDATE nodes SET cited = cited + ?, implemented = implemented + ? WHERE key = ?",
            citers,
        )
        self.conn.execute(_COUNT_PAIRS, (last,))

    def set_document(self, rec: DocumentRecord) -> None:
        self.drop_document(rec.doc)
        self.conn.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?)", S.record_values(rec))
        keys = {*rec.node_keys, rec.host_key}
        self.conn.executemany("INSERT INTO doc_nodes VALUES (?, ?)", [(k, rec.doc) for k in keys])

    def drop_document(self, doc: str) -> None:
        old = self.document(doc)
        if old is None:
            return
        keys = {*old.node_keys, old.host_key}
        self.conn.executemany(
            "DELETE FROM doc_nodes WHERE key = ? AND doc = ?", [(k, doc) for k in keys]
        )
        self.conn.execute("DELETE FROM documents WHERE doc = ?", (doc,))

    def settle(self) -> None:
        """Set the report date (`day`) of every node whose date facts or host changed."""
        keys, self._days = sorted(self._days), set()
        for i in range(0, len(keys), 5_000):
            self._settle(keys[i : i + 5_000])

    def _settle(self, keys: list[str]) -> None:
        rows = self.conn.execute(
            "SELECT n.key, n.day, s.dates FROM nodes n LEFT JOIN said s "
            "ON s.key = n.key AND s.doc = n.host_doc "
            "WHERE n.key IN (SELECT value FROM json_each(?))",
            (S.keys_param(keys),),
        ).fetchall()
        changed = []
        for key, day, own in rows:
            votes: list[tuple[str, int]] = []
            if not own:
                votes = self.conn.execute(
                    "SELECT value, votes FROM date_votes WHERE key = ?", (key,)
                ).fetchall()
            new = S.report_day(orjson.loads(own) if own else None, votes)
            if new != day:
                changed.append((new, key))
        self.conn.executemany("UPDATE nodes SET day = ? WHERE key = ?", changed)

    # ------------------------------------------------------------------ one document
    def remove(self, write: DocumentWrite) -> bool:
        """Take a document out (`graph.removal`): its removal `write` (graph.build.removal_write)
        applied, then its record dropped; False if it is not stored."""
        if self.document(write.doc) is None:
            return False
        self.apply(write, no_checkpoint)
        self.drop_document(write.doc)
        return True

    def apply(self, write: DocumentWrite, checkpoint: Checkpoint) -> None:
        """Replace `write.doc`'s contribution (and its superseded versions') by `write`."""
        templates = {n.key: n for n in write.nodes}
        for m in write.merges:
            self.merge(m, templates.get(m.into))
        checkpoint("merges")
        replaced = Replaced.of(write, self.document)
        old, superseded = replaced.old, replaced.superseded
        for rec in replaced.records:
            self.conn.executemany(
                "DELETE FROM edges WHERE source = ? AND doc = ?",
                [(k, rec.doc) for k in rec.node_keys],
            )
        checkpoint("removed")
        said = {
            (k, rec.doc): self.said_of(k, rec.doc)
            for rec in replaced.records
            for k in rec.node_keys
        }
        current = self.heads(replaced.keys(write))
        plan = plan_write(write, old, current, said, superseded)
        self.put_heads(plan.upserts, current)
        for key, doc in plan.unsaid:
            self.set_said(key, doc, None)
        self.say_many(write.doc, [(key, facts) for key, doc, facts in plan.said])
        for key in plan.deletes:
            self.drop_node(key)
        checkpoint("nodes")
        self.add_edges(write.edges)
        checkpoint("edges")
        for rec in superseded:
            self.drop_document(rec.doc)
        self.set_document(write.record)
        for rewrite in write.rewrites:
            self.apply(rewrite, no_checkpoint)

    def merge(self, merge: Merge, template: Node | None) -> None:
        """Fold node `merge.old` into `merge.into` (a confirmed variant spelling)."""
        heads = self.heads({merge.old, merge.into})
        old = heads.get(merge.old)
        if old is None or merge.old == merge.into:
            return
        into = heads.get(merge.into) or (replace(template, facts=()).head if template else None)
        if into is None:
            raise ValueError(f"merge into {merge.into}: no such node and no template")
        docs = [r[0] for r in self.conn.execute("SELECT doc FROM said WHERE key = ?", (merge.old,))]
        old_said = {doc: self.said_of(merge.old, doc) for doc in docs}
        into_said = {doc: self.said_of(merge.into, doc) for doc in old_said}
        moved = self._edges_at(merge.old, "source") + self._edges_at(merge.old, "target")
        self.drop_node(merge.old)
        head, said = fold_nodes(old, into, old_said, into_said)
        stored = heads.get(merge.into)
        self.put_heads([head], {merge.into: stored} if stored is not None else {})
        for doc, facts in said.items():
            self.set_said(merge.into, doc, facts)
        self.add_edges(merge.moved(e) for e in moved)
        records = self.conn.execute(
            "SELECT d.* FROM doc_nodes x JOIN documents d ON d.doc = x.doc WHERE x.key = ? "
            "ORDER BY d.doc",
            (merge.old,),
        ).fetchall()
        for row in records:
            self.set_document(merge.rekeyed(S.to_record(row)))

    # ------------------------------------------------------------------ rows as they are
    def load(
        self,
        heads: Sequence[Head],
        said: Iterable[tuple[str, str, tuple[Fact, ...]]],
        edges: Iterable[Edge],
        records: Iterable[DocumentRecord],
    ) -> None:
        """Write rows kept by another store as they are (nodes not yet stored, their facts,
        edges between written nodes, records): copying a store, not ingesting."""
        self.put_heads(heads, {})
        rows = []
        votes: Counter[tuple[str, str]] = Counter()
        sources: Counter[str] = Counter()
        for key, doc, facts in said:
            row, dates = _said_row(key, doc, facts)
            rows.append(row)
            votes.update((key, v) for v in dates)
            sources[key] += 1
        self.conn.executemany("INSERT INTO said VALUES (?, ?, ?, ?)", rows)
        self.conn.executemany(_ADD_VOTE, [(k, v, n) for (k, v), n in votes.items()])
        self.conn.executemany(
            "UPDATE nodes SET sources = sources + ? WHERE key = ?",
            [(n, k) for k, n in sources.items()],
        )
        self._days.update(k for k, _ in votes)
        self.add_edges(edges)
        for rec in records:
            self.set_document(rec)

    # ------------------------------------------------------------------ many new documents
    def write_new(self, writes: Sequence[DocumentWrite]) -> None:
        """Write documents not yet in the store, in set-based statements: their contributions
        combined per node (`combine_many`), what each says inserted, votes added up."""
        contributions: dict[str, list[Node]] = {}
        said: dict[tuple[str, str], dict[Fact, None]] = {}
        for w in writes:
            for node in w.nodes:
                contributions.setdefault(node.key, []).append(node)
                said.setdefault((node.key, w.doc), {}).update(dict.fromkeys(node.facts))
        stored = self.heads(list(contributions))
        heads = [combine_many(stored.get(k), nodes) for k, nodes in contributions.items()]
        self.put_heads(heads, stored)
        rows = []
        votes: Counter[tuple[str, str]] = Counter()
        sources: Counter[str] = Counter()
        for (key, doc), found in said.items():
            if not found:
                continue
            facts = tuple(found)
            row, dates = _said_row(key, doc, facts)
            rows.append(row)
            votes.update((key, v) for v in dates)
            sources[key] += 1
        self.conn.executemany("INSERT OR REPLACE INTO said VALUES (?, ?, ?, ?)", rows)
        self.conn.executemany(_ADD_VOTE, [(k, v, n) for (k, v), n in votes.items()])
        self.conn.executemany(
            "UPDATE nodes SET sources = sources + ? WHERE key = ?",
            [(n, k) for k, n in sources.items()],
        )
        self._days.update(k for k, _ in votes)
        self.add_edges(e for w in writes for e in w.edges)
        self.conn.executemany(
            "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)",
            [S.record_values(w.record) for w in writes],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO doc_nodes VALUES (?, ?)",
            [(k, w.doc) for w in writes for k in {*w.record.node_keys, w.host_key}],
        )

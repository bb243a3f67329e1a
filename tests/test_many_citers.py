"""Many documents citing one central document (issue 17), on every store.

Adding a citer writes what it says and nothing of the citers before it; building it reads the
central node's head (its tally), never the facts other documents gave; the head a store keeps
is the tally of the facts it holds, through re-ingests, edits and removals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import graph.embedded
import graph.neo4j_store
import graph.sqlite_store
import graph.sqlite_writes
from graph.build import ingest_extraction
from graph.embedded import EmbeddedStore
from graph.model import Fact, Head, tallied
from graph.neo4j_store import Neo4jStore
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore
from ingest import extract
from ingest.models import Extraction
from tests.graph_fixtures import (
    BackendContract,
    corpus,
    hierarchy,
    neo4j_settings,
    open_test_neo4j,
)

# A commune plan citing three central documents (as bench/bench_citers.py writes them).
PLAN = (
    "ĐẢNG ỦY XÃ {i}\nSố {i}-KH/ĐU\n\nKẾ HOẠCH\nthực hiện Kết luận số 62-KL/TW ngày 08/12/2009 "
    "của Bộ Chính trị và Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương\n\n"
    "Căn cứ Quy định số 105-QĐ/TW ngày 19/12/2017, Đảng ủy xã {i} ban hành kế hoạch như sau.\n"
)
CENTRAL = ("62-KL/TW", "18-NQ/TW", "105-QĐ/TW")


def open_test_neo4j_kept() -> Neo4jStore:
    """The test Neo4j as it is (not cleared)."""
    return Neo4jStore(*neo4j_settings())


def citer(i: int, *, extra: str = "") -> Extraction:
    return extract(PLAN.format(i=i) + extra, path=f"plan_{i:06d}.txt")


def test_tally_adds_and_takes_away_to_nothing() -> None:
    facts = [
        Fact("date", "2009-12-08", "a"),
        Fact("date", "2009-12-08", "b"),
        Fact("term", "X", "a"),
    ]
    tally = tallied({}, facts)
    assert tally == {"date": {"2009-12-08": 2}, "term": {"X": 1}}
    assert tallied(tally, facts[:1], sign=-1) == {"date": {"2009-12-08": 1}, "term": {"X": 1}}
    assert tallied(tally, facts, sign=-1) == {}
    assert tally == {"date": {"2009-12-08": 2}, "term": {"X": 1}}  # left as it was


class CitersContract(BackendContract):
    """Tests every backend must pass; subclasses give the store and what one write sent."""

    def record_writes(
        self, store: GraphStore, monkeypatch: pytest.MonkeyPatch
    ) -> Callable[[], bytes]:
        """Start recording what `store` sends to storage; the callable gives what the last
        write sent."""
        raise NotImplementedError

    def test_a_new_citer_writes_only_what_it_says(
        self, store: GraphStore, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        docs = [ingest_extraction(store, citer(i)).doc for i in range(3)]
        last_write = self.record_writes(store, monkeypatch)
        ingest_extraction(store, citer(3))
        fourth = last_write()
        docs += [ingest_extraction(store, citer(i)).doc for i in range(4, 40)]
        new = ingest_extraction(store, citer(40)).doc
        forty_first = last_write()
        assert new.encode() in forty_first
        assert not [d for d in docs if d.encode() in forty_first]  # nothing of earlier citers
        # The same size whether the central documents have 3 citers or 40 (the counts in
        # their tallies grow by a digit).
        assert abs(len(forty_first) - len(fourth)) <= 3 * len(CENTRAL) * 3

    def test_building_a_citer_decodes_no_other_document_s_facts(
        self, store: GraphStore, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        for i in range(20):
            ingest_extraction(store, citer(i))
        decoded: list[str] = []
        for module in (graph.embedded, graph.neo4j_store, graph.sqlite_store, graph.sqlite_writes):
            real = module.decode_said

            def spy(text: str, doc: str, real: Callable[..., Any] = real) -> tuple[Fact, ...]:
                decoded.append(doc)
                return real(text, doc)  # type: ignore[no-any-return]

            monkeypatch.setattr(module, "decode_said", spy)
        new = ingest_extraction(store, citer(20)).doc
        assert decoded == []
        # An edited citer: only its own earlier facts are read, to take them away.
        edited = ingest_extraction(store, citer(20, extra="Nghị quyết số 18-NQ/TW.\n")).doc
        assert edited != new and set(decoded) == {new}
        monkeypatch.undo()
        assert len(store.node("62-KL/TW@X").sources) == 21  # type: ignore[union-attr]
        assert len(store.node("18-NQ/TW@XII").facts) == 21 * 3 + 1  # type: ignore[union-attr]

    def test_heads_are_the_tally_of_the_facts_held(self, store: GraphStore) -> None:
        for i in range(5):
            ingest_extraction(store, citer(i))
        ingest_extraction(store, citer(2, extra="Kết luận số 62-KL/TW ngày 08/9/2009.\n"))
        for extraction in corpus():
            ingest_extraction(store, extraction)
        store.bulk_write(hierarchy(2, 2, 1))
        nodes = list(store.iter_nodes())
        heads = store.heads_by_key([n.key for n in nodes])
        assert heads == {n.key: n.head for n in nodes}
        for code in CENTRAL:
            assert store.heads_by_code(code) == [n.head for n in store.nodes_by_code(code)]
        central = heads["62-KL/TW@X"]
        assert isinstance(central, Head) and central.dates == ("2009-09-08", "2009-12-08")
        assert central.tally["date"]["2009-09-08"] == 2  # the edited plan, and 004 of the corpus


class TestEmbeddedCiters(CitersContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return EmbeddedStore(tmp_path / "graph")

    def record_writes(
        self, store: GraphStore, monkeypatch: pytest.MonkeyPatch
    ) -> Callable[[], bytes]:
        assert isinstance(store, EmbeddedStore) and store.journal is not None
        journal = store.journal

        def last_line() -> bytes:
            return journal.read_bytes().splitlines()[-1]

        return last_line


class TestSQLiteCiters(CitersContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return SQLiteStore(tmp_path / "graph")

    def record_writes(
        self, store: GraphStore, monkeypatch: pytest.MonkeyPatch
    ) -> Callable[[], bytes]:
        # Every statement the store runs, with its parameters bound; a write's statements
        # run from its BEGIN to its COMMIT.
        assert isinstance(store, SQLiteStore)
        statements: list[str] = []
        store._conn().set_trace_callback(statements.append)  # noqa: SLF001

        def last_write() -> bytes:
            begin = max(i for i, s in enumerate(statements) if s.startswith("BEGIN"))
            # SQLite traces each step of a trigger with the statement that fired it again:
            # consecutive repeats are one statement.
            sent = statements[begin:]
            return "\n".join(s for i, s in enumerate(sent) if not i or s != sent[i - 1]).encode()

        return last_write


@pytest.mark.neo4j
class TestNeo4jCiters(CitersContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return open_test_neo4j()

    def record_writes(
        self, store: GraphStore, monkeypatch: pytest.MonkeyPatch
    ) -> Callable[[], bytes]:
        sent: list[bytes] = []
        real = Neo4jStore._apply

        class Recording:
            """A transaction that keeps the parameters of every statement run in it."""

            def __init__(self, tx: Any) -> None:
                self._tx = tx

            def run(self, query: str, parameters: Any = None, **kwargs: Any) -> Any:
                sent.append(repr(sorted(kwargs.items())).encode())
                return self._tx.run(query, parameters, **kwargs)

        def apply(self: Neo4jStore, tx: Any, *args: Any) -> None:
            sent.clear()
            real(self, Recording(tx), *args)  # type: ignore[arg-type]

        monkeypatch.setattr(Neo4jStore, "_apply", apply)

        def last_write() -> bytes:
            # The reads of the write (records, heads) name keys and documents, not facts.
            return b"\n".join(sent)

        return last_write

    def test_nodes_written_with_every_fact_in_their_row_are_moved_on_start(
        self, store: GraphStore
    ) -> None:
        assert isinstance(store, Neo4jStore)
        reference = EmbeddedStore(None)
        for s in (store, reference):
            for i in range(3):
                ingest_extraction(s, citer(i))
        # As the previous format stored them: every fact in the node's lists, no Said nodes.
        old_rows = [{**n.to_row(), "tally": None} for n in reference.iter_nodes()]
        store._write_query(
            "MATCH (s:Said) DELETE s WITH count(*) AS gone "
            "MATCH (f:StoreFormat) SET f.version = 2 WITH count(*) AS marked "
            "UNWIND $rows AS row MATCH (n:Document {key: row.key}) SET n = row",
            rows=[{k: v for k, v in r.items() if v is not None} for r in old_rows],
        )
        assert store.node("62-KL/TW@X").facts == ()  # type: ignore[union-attr]
        again = open_test_neo4j_kept()
        try:
            by_key = sorted(reference.iter_nodes(), key=lambda n: n.key)
            assert list(again.iter_nodes()) == by_key
            assert again.head("62-KL/TW@X") == reference.head("62-KL/TW@X")
        finally:
            again.close()

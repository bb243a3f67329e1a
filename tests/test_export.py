"""Exports re-import: GraphML read back by networkx gives the same nodes and edges, GEXF
parses, JSON round-trips, and the neo4j-admin CSV pair loads into the test Neo4j with the
same counts. Selection (whole graph or one lineage) is checked on both stores.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph import export as X
from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from tests.graph_fixtures import CORPUS
from tests.report_fixtures import ROOT, corpus_store, open_test_neo4j, rollout

# ids of the corpus lineage of 62-KL/TW: itself, what implements it, and their implementers
LINEAGE_62 = {
    "62-KL/TW@X",
    "160-TB/TW@XII",
    "123-KH/TU@?doc-ff97253a8f1f1fde",
    "74-KH/TU@quang-ngai/duc-pho@2020-2025",
    "doc:doc-1c20726a4c84769a",
}


def _edge_keys(graph: X.Subgraph) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.id) for e in graph.edges}


class ExportContract:
    def make_store(self, tmp_path: Path) -> GraphStore:
        raise NotImplementedError

    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[GraphStore]:
        s = self.make_store(tmp_path)
        corpus_store(s)
        yield s
        s.close()

    def test_whole_graph_export_holds_every_node_and_edge(self, store: GraphStore) -> None:
        graph = X.select(store)
        counts = store.counts()
        assert (len(graph.nodes), len(graph.edges)) == (counts["nodes"], counts["edges"])

    def test_lineage_export_is_the_up_and_down_subgraph(self, store: GraphStore) -> None:
        graph = X.select(store, "62-KL/TW@X")
        assert {n.key for n in graph.nodes} == LINEAGE_62
        assert all(e.source in LINEAGE_62 and e.target in LINEAGE_62 for e in graph.edges)
        assert len(graph.edges) == 9  # IMPLEMENTS, REVIEWS and CITES among the five

    def test_graphml_reads_back_with_the_same_nodes_and_edges(
        self, store: GraphStore, tmp_path: Path
    ) -> None:
        graph = X.select(store)
        path = X.write_file(graph, "graphml", tmp_path / "g.graphml")
        back = nx.read_graphml(path, force_multigraph=True)
        assert set(back.nodes) == {n.key for n in graph.nodes}
        assert {(s, t, k) for s, t, k in back.edges(keys=True)} == _edge_keys(graph)
        node = back.nodes["62-KL/TW@X"]
        assert node["dates"] == "2009-09-08; 2009-12-08" and node["stub"] is True
        assert "host_doc" not in node  # None is left out, never written as "None"

    def test_csv_pair_has_neo4j_admin_headers(self, store: GraphStore, tmp_path: Path) -> None:
        nodes_path, edges_path = X.write_csv(X.select(store), tmp_path / "out/")
        nodes_header = nodes_path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert nodes_header[0] == "key:ID" and nodes_header[-1] == ":LABEL"
        edges_header = edges_path.read_text(encoding="utf-8").splitlines()[0]
        assert edges_header.startswith(":START_ID,:END_ID,:TYPE,label,evidence")
        prefixed = X.write_csv(X.select(store), tmp_path / "out" / "62")
        assert [p.name for p in prefixed] == ["62-nodes.csv", "62-edges.csv"]


class TestEmbeddedExport(ExportContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return EmbeddedStore(tmp_path / "graph")


def _typed(header: str, value: str) -> Any:
    name, _, kind = header.partition(":")
    if kind == "boolean":
        return value == "true"
    if kind == "string[]":
        return value.split(X.ARRAY_DELIMITER) if value else []
    return value or None


@pytest.mark.neo4j
class TestNeo4jExport(ExportContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return open_test_neo4j()

    def test_csv_export_loads_into_neo4j_with_the_same_counts(self, store: GraphStore) -> None:
        """Load the pair with parameterized UNWIND (LOAD CSV would read only from the
        server's import directory), into the cleared test database."""
        from neo4j import GraphDatabase
        from tests.graph_fixtures import neo4j_settings

        graph = X.select(store)
        nodes_text, edges_text = X.csv_tables(graph)
        store.clear()
        nodes_rows = list(csv.reader(io.StringIO(nodes_text)))
        header, body = nodes_rows[0], nodes_rows[1:]
        props = [
            {
                h.split(":")[0] or "id": _typed(h, v)
                for h, v in zip(header[:-1], row[:-1], strict=True)
            }
            for row in body
        ]
        by_type: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in csv.DictReader(io.StringIO(edges_text)):
            by_type[row[":TYPE"]].append(
                {"s": row[":START_ID"], "t": row[":END_ID"], "label": row["label"],
                 "evidence": row["evidence"], "doc": row["doc"]}
            )  # fmt: skip
        uri, user, password = neo4j_settings()
        with GraphDatabase.driver(uri, auth=(user, password)) as driver:
            driver.execute_query("UNWIND $rows AS r CREATE (n:Exported) SET n = r", rows=props)
            for type_, rows in by_type.items():
                assert type_.isidentifier()
                driver.execute_query(
                    "UNWIND $rows AS r MATCH (a:Exported {key: r.s}), (b:Exported {key: r.t}) "
                    f"CREATE (a)-[e:{type_}]->(b) SET e.label = r.label, e.evidence = r.evidence, "
                    "e.doc = r.doc",
                    rows=rows,
                )
            (n,) = driver.execute_query("MATCH (n:Exported) RETURN count(n) AS n").records
            (m,) = driver.execute_query(
                "MATCH (:Exported)-[e]->(:Exported) RETURN count(e) AS n"
            ).records
            (stub,) = driver.execute_query(
                "MATCH (n:Exported {key: '62-KL/TW@X'}) RETURN n.stub AS stub, n.dates AS dates"
            ).records
        assert (n["n"], m["n"]) == (len(graph.nodes), len(graph.edges))
        assert stub["stub"] is True and stub["dates"] == ["2009-09-08", "2009-12-08"]


# -------------------------------------------------------------------- formats, no store
@pytest.fixture
def rolled() -> X.Subgraph:
    store = EmbeddedStore()
    rollout().write(store)
    return X.select(store, ROOT)


def test_gexf_export_parses(rolled: X.Subgraph, tmp_path: Path) -> None:
    back = nx.read_gexf(X.write_file(rolled, "gexf", tmp_path / "g.gexf"))
    assert back.number_of_nodes() == len(rolled.nodes)
    assert back.number_of_edges() == len(rolled.edges)


def test_json_export_round_trips(rolled: X.Subgraph) -> None:
    data = json.loads(X.export_bytes(rolled, "json"))
    assert [n["key"] for n in data["nodes"]] == [n.key for n in rolled.nodes]
    assert len(data["edges"]) == len(rolled.edges) and data["truncated"] is False


def test_csv_export_bytes_is_a_zip_of_both_tables(rolled: X.Subgraph) -> None:
    with zipfile.ZipFile(io.BytesIO(X.export_bytes(rolled, "csv"))) as z:
        assert sorted(z.namelist()) == ["edges.csv", "nodes.csv"]
        rows = list(csv.DictReader(io.StringIO(z.read("nodes.csv").decode("utf-8"))))
    assert len(rows) == len(rolled.nodes)
    assert {r[":LABEL"] for r in rows} == {"Document"}  # the roll-out's chain is all ingested


def test_graphml_attributes_are_plain_scalars(rolled: X.Subgraph) -> None:
    g = X.to_networkx(rolled)
    for _, data in g.nodes(data=True):
        assert all(isinstance(v, str | bool) for v in data.values())
    for _, _, data in g.edges(data=True):
        assert all(isinstance(v, str | bool) for v in data.values())


def test_cli_csv_opens_in_excel_as_utf8_and_no_bom_leaves_the_mark_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel reads a CSV file as UTF-8 only when it starts with a byte order mark (without
    one, "Kết luận" shows as "Káº¿t luáº­n"): `vbgraph export --format csv` writes one; a
    script reads either with "utf-8-sig"; `--no-bom` leaves it out (plain UTF-8)."""
    from api.cli import main

    data = ["--backend", "sqlite", "--data-dir", str(tmp_path / "data")]
    assert main(["ingest", str(sorted(CORPUS.glob("*.txt"))[0]), *data]) == 0
    read = {}
    for name, extra in (("excel", []), ("plain", ["--no-bom"])):
        out = f"{tmp_path / name}/"
        assert main(["export", "--format", "csv", "-o", out, *extra, *data]) == 0
        read[name] = {t: (tmp_path / name / f"{t}.csv").read_bytes() for t in ("nodes", "edges")}
    capsys.readouterr()
    bom = "\ufeff".encode()
    for table, raw in read["excel"].items():
        assert raw.startswith(bom) and raw[len(bom):] == read["plain"][table], table
        assert not read["plain"][table].startswith(bom)
        text = raw.decode("utf-8-sig")
        assert text == read["plain"][table].decode("utf-8-sig")  # a script reads either alike
    text = read["excel"]["nodes"].decode("utf-8-sig")
    assert any(ord(c) > 0x7F for c in text)  # Vietnamese in it (what Excel would garble)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0])[0] == "key:ID"  # the first column's name, without the mark

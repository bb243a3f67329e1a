"""The reports on Neo4j answer from Cypher aggregations (graph.store.ReportingStore) exactly as
the Python scan over every node and edge (graph.reports._scan.ScanReports) and the embedded
store answer, on a generated graph with what makes reports hard: equal counts (ties) cut by
small limits, dates given by the document itself and by its citers (agreeing, disagreeing,
tied, not on the calendar), stubs, local codes without a place, type words that disagree,
uncertain identities, possible duplicates, short forms, documents replaced or repealed (one
by itself), and several kinds and edge types.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import lineage as L
from graph import reports as R
from graph.embedded import EmbeddedStore
from graph.identity import undated_note
from graph.model import (
    ALTERNATIVE,
    DATE,
    POSSIBLE_DUPLICATE,
    SHORT_FORM,
    SPELLING,
    SUBJECT,
    TERM,
    UNCERTAIN,
    DocumentWrite,
    Edge,
    Fact,
    Node,
)
from graph.neo4j_store import Neo4jStore
from graph.reports._scan import ScanReports, reporting
from graph.reports.quality import _RELIES
from graph.store import GraphStore, ReportingStore
from ingest.codes import Level
from ingest.models import Place
from ingest.relations import RelationType as T
from tests.graph_fixtures import open_test_neo4j

PLACES = {
    "Bắc Giang": {"Tân Yên": ("Hòa Bình", "Tân Lập"), "Yên Thế": ("Hòa Bình", "Đồng Kỳ")},
    "Quảng Ngãi": {"Đức Phố": ("Phổ Ninh", "Tân Lập")},
}
DAYS = ("2019-03-01", "2019-11-20", "2020-01-10", "2020-06-30", "2021-02-28", "2021-02-29")
ISSUERS = {Level.PROVINCE: "TU", Level.DISTRICT: "HU", Level.COMMUNE: "ĐU"}
TYPES = (T.IMPLEMENTS, T.IMPLEMENTS, T.CITES, T.BASED_ON, T.REVIEWS, T.GUIDES, T.REPLACES)


def _local_places() -> list[tuple[Level, Place]]:
    out: list[tuple[Level, Place]] = []
    for p, districts in PLACES.items():
        out.append((Level.PROVINCE, Place(p)))
        for d, communes in districts.items():
            out.append((Level.DISTRICT, Place(p, d)))
            out += [(Level.COMMUNE, Place(p, d, c)) for c in communes]
    return out


def generated(n_docs: int = 90, *, seed: int = 15) -> list[DocumentWrite]:
    """`n_docs` seeded document writes, each citing up to four earlier documents or stubs."""
    rng = random.Random(seed)
    places = _local_places()
    # key → (canonical, kind, level, place, qualified)
    known: dict[str, tuple[str, str | None, Level, Place, bool]] = {}
    stubs = [f"{i}-NQ/TW" for i in range(1, 7)] + ["160-TB/TW", "5-CT/TW"]
    for s in stubs:
        known[s] = (s, s.split("-")[1].split("/")[0], Level.CENTRAL, Place(), True)
    known["36-NQ/HU@?x"] = ("36-NQ/HU", "NQ", Level.DISTRICT, Place("Bắc Giang"), False)
    stubs.append("36-NQ/HU@?x")
    own_day: dict[str, str | None] = {}
    hosts: list[str] = []
    writes = []
    for i in range(n_docs):
        doc = f"d{i:03d}"
        if i < 6:
            level, place = Level.CENTRAL, Place()
            code, kind = f"{100 + i}-KL/TW", "KL"
        else:
            level, place = rng.choice(places)
            code = f"{i}-KH/{ISSUERS[level]}"
            kind = rng.choice(("KH", "Kế hoạch", None))
        names = (place.province, place.district, place.commune)
        key = code if level is Level.CENTRAL else f"{code}@{'/'.join(filter(None, names))}"
        qualified = rng.random() > 0.1
        known[key] = (code, kind, level, place, qualified)
        day = rng.choice((*DAYS, None))
        own_day[key] = day
        facts = [Fact(SPELLING, code, doc)]
        if day:
            facts.append(Fact(DATE, day, doc))
        if rng.random() < 0.1:
            facts.append(Fact(TERM, rng.choice(("XII", "XIII")), doc))
        if rng.random() < 0.08:
            facts.append(Fact(SHORT_FORM, "Kết luận 62", doc, 10 + i, 22 + i))
        if rng.random() < 0.06:
            facts.append(Fact(UNCERTAIN, "mã địa phương, không rõ nơi ban hành", doc))
        nodes = {key: Node(key, code, key, kind=kind, level=level, place=place,
                           qualified=qualified, host_doc=doc, facts=tuple(facts))}  # fmt: skip
        edges = []
        pool = hosts + stubs
        targets = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
        if i % 10 == 3 and "160-TB/TW" not in targets:
            targets.append("160-TB/TW")  # cited now and then as 160-KL/TW
        for target in targets:
            if target == key:
                continue
            t_code, t_kind, t_level, t_place, t_qualified = known[target]
            said = [Fact(SPELLING, t_code, doc)]
            r = rng.random()
            if r < 0.5 and own_day.get(target):
                said.append(Fact(DATE, own_day[target] or "", doc))  # agrees
            elif r < 0.8:
                said.append(Fact(DATE, rng.choice(DAYS), doc))  # may disagree or be no day
            if target == "160-TB/TW" and i % 20 == 3:
                said.append(Fact(SPELLING, "160-KL/TW", doc))  # another type word
            if rng.random() < 0.05:
                said.append(Fact(ALTERNATIVE, t_code.replace("-", "-Q", 1), doc))
            if rng.random() < 0.05:
                other = rng.choice(stubs)
                said.append(Fact(POSSIBLE_DUPLICATE, json.dumps(
                    {"key": other, "score": 91, "reason": "cùng số, khác loại"},
                    ensure_ascii=False, sort_keys=True), doc))  # fmt: skip
            nodes[target] = Node(
                target, t_code, target, kind=t_kind, level=t_level, place=t_place,
                qualified=t_qualified, facts=tuple(said),
            )  # fmt: skip
            edges.append(Edge(key, target, rng.choice(TYPES), doc))
        if i % 17 == 5:  # a repeal, and once a document repealing itself
            target = key if i == 22 else rng.choice(hosts)
            edges.append(Edge(key, target, T.REPEALS, doc))
            if target != key:
                t = known[target]
                nodes.setdefault(target, Node(target, t[0], target, kind=t[1], level=t[2],
                                              place=t[3], qualified=t[4]))  # fmt: skip
        hosts.append(key)
        writes.append(DocumentWrite(doc, f"h{doc}", f"{doc}.txt", key, tuple(nodes.values()),
                                    tuple(edges)))  # fmt: skip
    # one resolution that a third text misdates by ten years (graph.misprints)
    for i, (scope, day) in enumerate((("XIII", "2024-12-22"), ("XIII", "2024-12-22"),
                                      ("XI", "2014-12-22"))):  # fmt: skip
        doc, code = f"m{i}", f"{900 + i}-KH/TU"
        key = f"{code}@Bắc Giang"
        said = (Fact(SPELLING, "57-NQ/TW", doc), Fact(DATE, day, doc),
                Fact(SUBJECT, "đột phá phát triển khoa học, công nghệ", doc))  # fmt: skip
        nodes = {
            key: Node(key, code, key, kind="KH", level=Level.PROVINCE, place=Place("Bắc Giang"),
                      qualified=True, host_doc=doc, facts=(Fact(SPELLING, code, doc),)),
            f"57-NQ/TW@{scope}": Node(f"57-NQ/TW@{scope}", "57-NQ/TW", "57-NQ/TW", scope=scope,
                                      kind="NQ", level=Level.CENTRAL, qualified=True, facts=said),
        }  # fmt: skip
        edges = [Edge(key, f"57-NQ/TW@{scope}", T.IMPLEMENTS, doc)]
        writes.append(DocumentWrite(doc, f"h{doc}", f"{doc}.txt", key, tuple(nodes.values()),
                                    tuple(edges)))  # fmt: skip
    # ... and a fourth text cites it undated: uncertain between the two (what the report reads)
    doc, key = "m3", "903-KH/TU@Bắc Giang"
    pair = ("57-NQ/TW@XI", "57-NQ/TW@XIII")
    note = Fact(UNCERTAIN, undated_note(list(pair)), doc)
    nodes = {
        key: Node(key, "903-KH/TU", key, kind="KH", level=Level.PROVINCE, place=Place("Bắc Giang"),
                  qualified=True, host_doc=doc, facts=(Fact(SPELLING, "903-KH/TU", doc),)),
        **{k: Node(k, "57-NQ/TW", "57-NQ/TW", scope=k.split("@")[1], kind="NQ",
                   level=Level.CENTRAL, qualified=True,
                   facts=(Fact(SPELLING, "57-NQ/TW", doc), note)) for k in pair},
    }  # fmt: skip
    edges = [Edge(key, k, T.IMPLEMENTS, doc) for k in pair]
    writes.append(DocumentWrite(doc, f"h{doc}", f"{doc}.txt", key, tuple(nodes.values()),
                                tuple(edges)))  # fmt: skip
    return writes


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GraphStore, Neo4jStore]]:
    writes = generated()
    embedded = EmbeddedStore(tmp_path_factory.mktemp("g") / "g")
    neo4j = open_test_neo4j()
    for store in (embedded, neo4j):
        for w in writes:
            store.replace_document(w)
    yield embedded, neo4j
    embedded.close()
    neo4j.close()


pytestmark = pytest.mark.neo4j


def _ranked_calls() -> Iterator[dict[str, object]]:
    for types in (None, (T.IMPLEMENTS,), (T.IMPLEMENTS, T.REVIEWS), ()):
        for limit in (1, 2, 3, 50):
            yield {"types": types, "level": None, "year": None, "by": None, "limit": limit}
            yield {"types": types, "level": None, "year": None, "by": "level", "limit": limit}
            yield {"types": types, "level": None, "year": None, "by": "year", "limit": limit}
            for level in Level:
                yield {"types": types, "level": level, "year": None, "by": None, "limit": limit}
            for year in (2019, 2020, 2021, 1999):
                yield {"types": types, "level": None, "year": year, "by": None, "limit": limit}
            yield {"types": types, "level": Level.COMMUNE, "year": 2020, "by": None,
                   "limit": limit}  # fmt: skip


def test_the_generated_graph_has_what_makes_reports_hard(
    stores: tuple[GraphStore, Neo4jStore],
) -> None:
    _, neo4j = stores
    q = R.quality(neo4j).counts()
    assert all(q.values()), q
    ranked = neo4j.ranked(types=None, level=None, year=None, by=None, limit=50)
    counts = [c for _, _, c in ranked]
    assert len(counts) > len(set(counts))  # ties
    assert isinstance(neo4j, ReportingStore)
    assert not isinstance(stores[0], ReportingStore)  # the embedded store scans


def test_neo4j_aggregations_equal_the_scan_of_every_node_and_edge(
    stores: tuple[GraphStore, Neo4jStore],
) -> None:
    _, neo4j = stores
    scan = ScanReports(neo4j)
    keys = [n.key for n in neo4j.iter_nodes()] + ["no-such-key"]
    for cited in (False, True):
        assert neo4j.report_rows(keys, cited=cited) == scan.report_rows(keys, cited=cited)
    for call in _ranked_calls():
        got = neo4j.ranked(**call)  # type: ignore[arg-type]
        want = scan.ranked(**call)  # type: ignore[arg-type]
        assert sorted(got) == sorted(want), call
    assert neo4j.local_places() == scan.local_places()
    assert neo4j.flagged() == scan.flagged()
    assert neo4j.ending(_RELIES) == scan.ending(_RELIES)
    assert neo4j.tallies() == scan.tallies()


def test_report_dates_follow_document_date_on_neo4j(
    stores: tuple[GraphStore, Neo4jStore],
) -> None:
    _, neo4j = stores
    rows = neo4j.report_rows([n.key for n in neo4j.iter_nodes()])
    for node in neo4j.iter_nodes():
        assert rows[node.key].day == R.document_date(node), node.key
    assert any(r.day is None for r in rows.values())
    assert any("2021-02-29" in n.dates for n in neo4j.iter_nodes())  # not a day, never chosen


@pytest.mark.parametrize("limit", [1, 3, 10])
def test_top_is_the_same_on_both_stores(
    stores: tuple[GraphStore, Neo4jStore], limit: int
) -> None:
    embedded, neo4j = stores
    for level in (None, *Level):
        for year in (None, 2019, 2020, 2021):
            want = R.top(embedded, level=level, year=year, limit=limit)
            assert R.top(neo4j, level=level, year=year, limit=limit) == want
    for by in ("level", "year"):
        want_groups = R.top_groups(embedded, by=by, limit=limit)  # type: ignore[arg-type]
        assert R.top_groups(neo4j, by=by, limit=limit) == want_groups  # type: ignore[arg-type]
        assert want_groups


def test_quality_and_stats_are_the_same_on_both_stores(
    stores: tuple[GraphStore, Neo4jStore],
) -> None:
    embedded, neo4j = stores
    assert R.quality(neo4j).as_dict() == R.quality(embedded).as_dict()
    assert L.stats(neo4j) == L.stats(embedded)


def test_coverage_lag_and_timeline_are_the_same_on_both_stores(
    stores: tuple[GraphStore, Neo4jStore],
) -> None:
    embedded, neo4j = stores
    roots = ["100-KL/TW", "101-KL/TW", "1-NQ/TW", "160-TB/TW"]
    roots += [k for k, _ in neo4j.flagged().items()][:3]
    for key in roots:
        for from_graph in (False, True):
            for types in ((T.IMPLEMENTS,), (T.IMPLEMENTS, T.REVIEWS, T.CITES)):
                got = R.coverage(neo4j, key, from_graph=from_graph, types=types)
                assert got == R.coverage(embedded, key, from_graph=from_graph, types=types)
        assert R.lag(neo4j, key) == R.lag(embedded, key)
        assert R.lag(neo4j, key, types=(T.CITES,)) == R.lag(embedded, key, types=(T.CITES,))
        assert R.lineage_timeline(neo4j, key) == R.lineage_timeline(embedded, key)


def test_nodes_written_before_format_5_get_their_report_columns(
    stores: tuple[GraphStore, Neo4jStore],
) -> None:
    _, neo4j = stores
    before = neo4j.flagged()
    tallies = neo4j.tallies()
    neo4j._write_query(  # noqa: SLF001 - what a database of format 4 holds
        "MATCH (n:Document) REMOVE n.report_flags, n.report_flagged, n.report_conflicts, "
        "n.report_duplicates"
    )
    assert neo4j.flagged() == {}
    neo4j._index_report_props()  # noqa: SLF001
    assert neo4j.flagged() == before
    assert neo4j.tallies() == tallies


def test_reporting_is_the_store_itself_when_it_aggregates(tmp_path: Path) -> None:
    embedded = EmbeddedStore(tmp_path / "g")
    assert isinstance(reporting(embedded), ScanReports)

"""One conformance suite for every GraphStore (STYLE habit 8): identity, writes, lineage.

`StoreContract` holds the tests; `TestEmbeddedStore` and `TestNeo4jStore` only swap the store.
Answers are compared as plain data, so both backends must agree with each other.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from graph import lineage as L
from graph.build import build_document, ingest_extraction
from graph.embedded import EmbeddedStore
from graph.errors import AmbiguousCode, DocumentNotFound, StoreCorrupt, StoreUnavailable
from graph.model import Edge, Head
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore
from ingest import extract
from ingest.codes import Level
from ingest.models import Extraction, Place
from ingest.relations import RelationType
from tests.graph_fixtures import (
    CONCLUSION_62,
    NOTICE_160,
    TOWN_PLAN,
    WARD_PLAN,
    BackendContract,
    Cite,
    corpus,
    hierarchy,
    make_extraction,
    neo4j_settings,
    open_test_neo4j,
)

IMPL = RelationType.IMPLEMENTS
K62, N160 = CONCLUSION_62, NOTICE_160
# Subject of 160-TB/TW as the ward plan (001) writes it.
SUBJECT_160 = (
    "tiếp tục thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị khóa X "
    "về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc"
)


def snapshot(store: GraphStore) -> dict[str, Any]:
    """The whole store as plain, ordered data."""
    return {
        "nodes": sorted((n.as_dict() for n in store.iter_nodes()), key=lambda n: n["key"]),
        "edges": sorted(
            (e.as_dict() for e in store.iter_edges()),
            key=lambda e: (e["source"], e["target"], e["type"], e["doc"]),
        ),
        "counts": store.counts(),
    }


def ingest_all(store: GraphStore, order: list[int] | None = None) -> None:
    docs = corpus()
    for i in order if order is not None else range(len(docs)):
        ingest_extraction(store, docs[i])


class Boom(RuntimeError):
    pass


def fail_at(step: str) -> Callable[[str], None]:
    """A write checkpoint that raises Boom at `step` ("merges", "removed", "nodes", "edges")."""

    def fail(at: str) -> None:
        if at == step:
            raise Boom(at)

    return fail


class StoreContract(BackendContract):
    """Tests every backend must pass."""

    # ---------------------------------------------------------------- identity
    def test_central_code_is_one_node_across_documents(self, store: GraphStore) -> None:
        ingest_all(store)
        node = store.node("62-KL/TW@X")  # (of term X: its citers date it 2009)
        assert node is not None and node.level is Level.CENTRAL
        assert len(node.sources) == 4  # 000, 001, 002 (123-KH/TU), 004
        assert [n.key for n in store.nodes_by_code("62-KL/TW")] == ["62-KL/TW@X"]

    def test_conflicting_dates_and_terms_are_kept_with_sources(self, store: GraphStore) -> None:
        ingest_all(store)
        node = store.node("62-KL/TW@X")
        assert node is not None
        fields = {c.field: [v for v, _ in c.values] for c in node.conflicts()}
        assert fields["date"] == ["2009-09-08", "2009-12-08"]  # 004 says 08/9, the rest 08/12
        assert fields["term"] == ["X", "XI"]  # 002 says khóa XI once
        (conflict,) = [c for c in node.conflicts() if c.field == "date"]
        assert {f.doc for f in dict(conflict.values)["2009-09-08"]} == {"doc-0c02e3928f3ff918"}

    def test_local_codes_are_qualified_by_the_issuer_place(self, store: GraphStore) -> None:
        ingest_all(store)
        for key in (  # (then the term or the year their dates fall in)
            "115-KL/TU@bac-giang@2020-2025",
            "110-NQ/TU@bac-giang@2015-2020",
            "59-NQ/TU@bac-giang@2010-2015",
            "09-ĐA/HU@bac-giang/tan-yen@2010-2015",
            "104/KH-UBND@bac-giang@2016",
        ):
            node = store.node(key)
            assert node is not None and node.qualified, key
        district = store.node("09-ĐA/HU@bac-giang/tan-yen@2010-2015")
        assert district is not None and district.level is Level.DISTRICT

    def test_town_committee_tu_code_is_district_level(self, store: GraphStore) -> None:
        ingest_all(store)
        node = store.node(TOWN_PLAN)  # "Thị ủy Đức Phố" writes 74-KH/TU
        assert node is not None
        assert node.level is Level.DISTRICT and node.place.district == "Đức Phố"
        # the province is not in the text; Đức Phố was a district of Quảng Ngãi only
        assert node.qualified and node.place.province == "Quảng Ngãi"

    def test_unqualified_local_codes_are_never_merged(self, store: GraphStore) -> None:
        cite = Cite("36-NQ/HU", body="Ban Thường vụ Huyện ủy", subject="công tác dân vận")
        ingest_extraction(store, make_extraction("a", [cite], place=Place("Bắc Giang")))
        ingest_extraction(store, make_extraction("b", [cite], place=Place("Bắc Giang")))
        keys = sorted(n.key for n in store.nodes_by_code("36-NQ/HU"))
        assert keys == ["36-NQ/HU@?a", "36-NQ/HU@?b"]
        dups = L.possible_duplicates(store)
        assert [(d["key"], d["other"], d["score"]) for d in dups] == [
            ("36-NQ/HU@?b", "36-NQ/HU@?a", 100.0)
        ]

    def test_same_local_code_in_two_places_is_two_nodes(self, store: GraphStore) -> None:
        for doc, prov in (("a", "Bắc Giang"), ("b", "Nam Định")):
            cite = Cite("05-NQ/TU", body="Ban Thường vụ Tỉnh ủy", date=date(2021, 3, 1))
            ingest_extraction(store, make_extraction(doc, [cite], place=Place(prov)))
        assert sorted(n.key for n in store.nodes_by_code("05-NQ/TU")) == [
            "05-NQ/TU@bac-giang@2020-2025",
            "05-NQ/TU@nam-dinh@2020-2025",
        ]
        with pytest.raises(AmbiguousCode) as err:
            L.resolve(store, "05 NQ TU")
        assert err.value.status == 409 and len(err.value.candidates) == 2

    def test_dates_in_different_terms_split_a_code(self, store: GraphStore) -> None:
        def cite(day: date | None) -> Cite:
            return Cite("18-NQ/TW", date=day, body="Ban Chấp hành Trung ương")

        ingest_extraction(store, make_extraction("a", [cite(date(2017, 10, 25))]))
        ingest_extraction(store, make_extraction("b", [cite(date(2022, 6, 1))]))
        ingest_extraction(store, make_extraction("c", [cite(None)]))
        keys = sorted(n.key for n in store.nodes_by_code("18-NQ/TW"))
        assert keys == ["18-NQ/TW@XII", "18-NQ/TW@XIII"]
        for key in keys:  # the undated mention, c, may name either
            node = store.node(key)
            assert node is not None and node.uncertain and "c" in node.sources
        # local numbering restarts each term
        for doc, day in (("d", date(2016, 7, 11)), ("e", date(2021, 7, 9))):
            c = Cite("110-NQ/TU", date=day, body="Tỉnh ủy Bắc Giang")
            ingest_extraction(store, make_extraction(doc, [c], place=Place("Bắc Giang")))
        assert sorted(n.key for n in store.nodes_by_code("110-NQ/TU")) == [
            "110-NQ/TU@bac-giang@2015-2020",
            "110-NQ/TU@bac-giang@2020-2025",
        ]

    # The Politburo's directive 35-CT/TW on congresses for the 14th term (14 June 2024) ends the
    # one of the same number for the 13th (30 May 2019); a province's plan carried the older out.
    _DIRECTIVE_2024 = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 35-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nội, ngày 14 tháng 6 năm 2024\n\nCHỈ THỊ\nCỦA BỘ CHÍNH TRỊ\nvề đại hội đảng bộ các "
        "cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng\n\nĐại hội đảng bộ các cấp "
        "là sinh hoạt chính trị quan trọng của toàn Đảng.\nChỉ thị này thay thế Chỉ thị số "
        "35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội "
        "đại biểu toàn quốc lần thứ XIII của Đảng.\n"
    )
    _PLAN_2019 = (
        "TỈNH ỦY QUẢNG TRỊ\nSố 150-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Quảng Trị, ngày 20 tháng 6 năm 2019\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW ngày "
        "30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn "
        "quốc lần thứ XIII của Đảng\n"
    )

    @pytest.mark.parametrize("order", [[0, 1], [1, 0]], ids=["directive-first", "plan-first"])
    def test_a_code_reused_in_one_text_is_two_documents(
        self, store: GraphStore, order: list[int]
    ) -> None:
        texts = [(self._DIRECTIVE_2024, "ct-35-2024.txt"), (self._PLAN_2019, "kh-150.txt")]
        for i in order:
            ingest_extraction(store, extract(texts[i][0], path=texts[i][1]))
        nodes = {n.scope: n for n in store.nodes_by_code("35-CT/TW")}
        assert set(nodes) == {"XII", "XIII"}
        new, old = nodes["XIII"], nodes["XII"]
        assert new.host_doc is not None and old.host_doc is None
        assert new.uncertain and old.uncertain  # the text names two documents by one code
        (replaces,) = store.out_edges([new.key], [RelationType.REPLACES])
        assert replaces.target == old.key
        assert [e.source for e in store.in_edges([old.key], [IMPL])] == [
            "150-KH/TU@quang-tri@2015-2020"
        ]
        assert store.in_edges([new.key], [IMPL]) == []

    _UNDATED_PLAN = (
        "ĐẢNG ỦY XÃ HẢI PHÚ\nSố 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hải Phú, ngày 02 tháng 7 năm 2024\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW của "
        "Bộ Chính trị về đại hội đảng bộ các cấp\n"
    )

    def test_an_undated_mention_of_a_reused_code_stands_to_each_document_uncertain(
        self, store: GraphStore
    ) -> None:
        texts = [(self._PLAN_2019, "kh-150.txt"), (self._DIRECTIVE_2024, "ct-35-2024.txt"),
                 (self._UNDATED_PLAN, "kh-12.txt")]  # fmt: skip
        for text, path in texts:
            ingest_extraction(store, extract(text, path=path))
        keys = sorted(n.key for n in store.nodes_by_code("35-CT/TW"))
        assert len(keys) == 2
        plan = "12-KH/ĐU@?" + extract(self._UNDATED_PLAN).document.id
        for key in keys:  # the commune plan carries out one of them; the text says not which
            (edge,) = [e for e in store.in_edges([key], [IMPL]) if e.source == plan]
            assert edge.candidates == tuple(keys)
            node = store.node(key)
            assert node is not None and any("undated mention" in u for u in node.uncertain)
        # the dated citations stay certain
        (dated,) = [e for e in store.in_edges(keys, [IMPL]) if e.source.startswith("150-KH/TU")]
        assert dated.candidates == ()
        # the plan's note leaves the directive's own description as it was, also once the
        # plan is edited and ingested again
        edited = self._UNDATED_PLAN.replace("các cấp\n", "các cấp năm 2025\n")
        ingest_extraction(store, extract(edited, path="kh-12.txt"))
        (directive,) = [n for n in store.nodes_by_code("35-CT/TW") if n.host_doc is not None]
        assert directive.title and "CHỈ THỊ" in directive.title and directive.scope == "XIII"
        plans = {e.source for e in store.in_edges(keys, [IMPL]) if e.source.startswith("12-KH")}
        assert len(plans) == 1  # the edited plan replaced its earlier version

    def test_an_undated_mention_names_no_document_issued_after_its_text(
        self, store: GraphStore
    ) -> None:
        """A user trial: a Sơn La directive of 2021 citing "Chỉ thị số 16/CT-TTg" undated was
        given the Prime Minister's 16/CT-TTg of 23/4/2026 as a candidate (real text:
        tests/realworld/cases d-trap-sonla-24-ct-ubnd-reused-15-16-ct-ttg)."""
        texts = [(self._PLAN_2019, "kh-150.txt"), (self._DIRECTIVE_2024, "ct-35-2024.txt")]
        for text, path in texts:
            ingest_extraction(store, extract(text, path=path))
        older = self._UNDATED_PLAN.replace("ngày 02 tháng 7 năm 2024", "ngày 02 tháng 7 năm 2020")
        ingest_extraction(store, extract(older, path="kh-12.txt"))
        plan = "12-KH/ĐU@?" + extract(older).document.id
        keys = [n.key for n in store.nodes_by_code("35-CT/TW")]
        (edge,) = [e for e in store.in_edges(keys, [IMPL]) if e.source == plan]
        (old,) = [n for n in store.nodes_by_code("35-CT/TW") if n.scope == "XII"]
        assert edge.target == old.key and edge.candidates == ()
        new = next(n for n in store.nodes_by_code("35-CT/TW") if n.scope == "XIII")
        assert not any("undated mention" in u for u in new.uncertain)

    def test_an_undated_mention_beside_two_dated_ones_stands_to_both(
        self, store: GraphStore
    ) -> None:
        # a provincial plan (built on the 2024 directive's news) naming both directives by
        # their dates, then the code alone
        text = (
            "TỈNH ỦY QUẢNG TRỊ\nSố 20-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Quảng Trị, ngày 10 tháng 7 năm 2024\n\nKẾ HOẠCH\ntổ chức đại hội đảng bộ các cấp\n\n"
            "Sau khi tổng kết việc thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019, ngày 14/6/2024 "
            "Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW, ngày 14/6/2024 về đại hội đảng bộ "
            "các cấp.\nĐể thực hiện Chỉ thị số 35-CT/TW, Ban Thường vụ Tỉnh ủy ban hành kế "
            "hoạch này.\n"
        )
        ext = extract(text, path="kh-20.txt")
        ingest_extraction(store, ext)
        keys = sorted(n.key for n in store.nodes_by_code("35-CT/TW"))
        assert len(keys) == 2
        host = "20-KH/TU@quang-tri@2020-2025"
        edges = store.out_edges([host], [IMPL])
        assert sorted(e.target for e in edges) == keys
        assert all(e.candidates == tuple(keys) for e in edges)

    def test_an_address_names_its_document_however_many_of_its_code_arrive(
        self, store: GraphStore
    ) -> None:
        """The Prime Minister's directives 16/CT-TTg of 2020 and 2021: the key a store gives a
        document (search, the API, the view's links) names that document for good; the code
        typed names every document with it."""

        def cite(doc: str, day: date | None) -> Extraction:
            return make_extraction(doc, [Cite("16/CT-TTg", date=day, body="Thủ tướng Chính phủ")])

        ingest_extraction(store, cite("undated", None))
        assert L.resolve(store, "16/CT-TTg") == "16/CT-TTg"  # only ever mentioned undated
        ingest_extraction(store, cite("a", date(2020, 3, 31)))
        first = L.resolve(store, "16 CT TTg")  # one document: the code names it
        assert first == "16/CT-TTg@2020"
        assert L.resolve(store, "16/CT-TTg") == first  # what the undated mention named
        ingest_extraction(store, cite("b", date(2021, 7, 9)))
        for _ in range(2):  # and once more documents cite both
            assert L.resolve(store, first) == first
            node = store.node(first)
            assert node is not None and node.dates == ("2020-03-31",)
            with pytest.raises(AmbiguousCode) as err:
                L.resolve(store, "16/CT-TTg")
            assert list(err.value.candidates) == ["16/CT-TTg@2020", "16/CT-TTg@2021"]
            assert {r.key for r in L.up(store, "doc:a", types=None).reached} == {first}
            assert {r.key for r in L.down(store, first, types=None).reached} == {
                "doc:a", "doc:undated"
            }  # fmt: skip
            ingest_extraction(store, cite("c", date(2021, 8, 1)))

    def test_a_code_no_text_dates_any_more_gives_its_undated_citers_back(
        self, store: GraphStore
    ) -> None:
        """A text edited so that it no longer dates a code (18-NQ/TW of 2017 cited again
        without its date): no text dates the resolution of 2017 any more, and the graph is
        that of the texts as they now are, in any order."""

        def cite(doc: str, day: date | None, version: str = "1") -> Extraction:
            c = Cite("18-NQ/TW", date=day, body="Ban Chấp hành Trung ương")
            return make_extraction(doc, [c], version=version)

        exts = [cite("a", date(2017, 10, 25)), cite("b", date(2022, 6, 1)), cite("c", None)]
        for ext in exts:
            ingest_extraction(store, ext)
        assert {e.target for e in store.iter_edges() if e.doc == "c"} == {
            "18-NQ/TW@XII", "18-NQ/TW@XIII"
        }  # fmt: skip
        edited = cite("a", None, version="2")
        ingest_extraction(store, edited)
        assert [n.key for n in store.nodes_by_code("18-NQ/TW")] == ["18-NQ/TW@XIII"]
        for doc in ("a", "c"):
            (edge,) = [e for e in store.iter_edges() if e.doc == doc]
            assert edge.target == "18-NQ/TW@XIII" and edge.candidates == ()
        now = snapshot(store)
        for order in ([edited, exts[1], exts[2]], [exts[2], edited, exts[1]]):
            store.clear()
            for ext in order:
                ingest_extraction(store, ext)
            assert snapshot(store) == now

    @pytest.mark.parametrize("order", [[0, 1], [1, 0]], ids=["variant-first", "variant-last"])
    def test_variant_spelling_merges_into_its_alternative(
        self, store: GraphStore, order: list[int]
    ) -> None:
        ingest_all(store, order)
        assert store.node("160-KL/TW@XII") is None
        node = store.node("160-TB/TW@XII")
        assert node is not None and node.aliases == ("160-KL/TW",)
        (match,) = node.matches
        assert match["from"] == "160-KL/TW" and match["into"] == "160-TB/TW"
        assert match["score"] > 70 and match["dates_agree"] == "same"
        assert {"doc-4c8ba92c1ac64936", "doc-1c20726a4c84769a"} <= set(node.sources)

    def test_a_merged_variant_leaves_no_candidate_naming_it(self, store: GraphStore) -> None:
        """A variant spelling folded into its alternative's node (160-KL/TW of 2017, as
        citers misread 160-TB/TW) may be one of the documents an undated mention names: every
        edge's candidates then name the node it was folded into, never a key the store lacks."""
        misread = Cite("160-KL/TW", date=date(2017, 3, 1), subject=SUBJECT_160,
                       alternatives=("160-TB/TW",))  # fmt: skip
        later = Cite("160-KL/TW", date=date(2022, 3, 1), subject="về công tác dân vận")
        for doc, cite in (("a", misread), ("b", later), ("c", Cite("160-KL/TW"))):
            ingest_extraction(store, make_extraction(doc, [cite]))
        uncertain = [e for e in store.iter_edges() if e.doc == "c"]
        assert len(uncertain) == 2 and all(e.candidates for e in uncertain)
        tb = Cite("160-TB/TW", date=date(2017, 3, 1), subject=SUBJECT_160)
        ingest_extraction(store, make_extraction("d", [tb]))
        keys = {n.key for n in store.iter_nodes()}
        (merged,) = [n for n in store.nodes_by_code("160-TB/TW") if n.canonical == "160-TB/TW"]
        assert "160-KL/TW" in merged.aliases
        edges = [e for e in store.iter_edges() if e.doc == "c"]
        assert {e.target for e in edges} <= keys and len(edges) == 2
        for e in edges:
            assert set(e.candidates) <= keys, e
            assert e.target in e.candidates and merged.key in e.candidates
        for n in store.iter_nodes():  # the notes name stored documents too
            for note in n.uncertain:
                if note.startswith("undated mention"):
                    named = note.partition(": ")[2].split(", ")
                    assert set(named) <= keys, (n.key, note)

    def test_doubtful_variant_is_reported_not_merged(self, store: GraphStore) -> None:
        tb = Cite("160-TB/TW", date=date(2020, 1, 15), subject=SUBJECT_160)
        ingest_extraction(store, make_extraction("a", [tb]))
        other = "tiếp tục thực hiện Kết luận về công tác dân vận của Mặt trận Tổ quốc"
        kl = Cite("160-KL/TW", date=date(2020, 2, 1), subject=other, alternatives=("160-TB/TW",))
        ingest_extraction(store, make_extraction("b", [kl]))
        variant = store.node("160-KL/TW@XII")
        assert variant is not None  # not merged: dates differ
        (dup,) = variant.possible_duplicates
        assert dup["key"] == "160-TB/TW@XII" and dup["dates_agree"] == "differ"

    # ---------------------------------------------------------------- removal
    @pytest.mark.parametrize("first", [0, 4], ids=["in-order", "reversed"])
    @pytest.mark.parametrize("gone", range(5))
    def test_a_removed_document_leaves_the_store_as_if_never_ingested(
        self, store: GraphStore, gone: int, first: int
    ) -> None:
        """Each sample document removed in turn, after both arrival orders, against the
        others ingested alone (graph.removal). Known limit: 001 confirmed 000's variant
        spelling 160-KL/TW (160-TB/TW misread) for the node it names; without 001, 000's
        mention keeps a node of its own, and the removal leaves it folded."""
        order = list(range(5)) if first == 0 else list(range(4, -1, -1))
        ingest_all(store, order)
        docs = corpus()
        assert store.remove_document(docs[gone].document.id)  # type: ignore[attr-defined]
        never = EmbeddedStore()
        ingest_all(never, [i for i in order if i != gone])
        removed, want = snapshot(store), snapshot(never)
        if gone == 1:
            keys = [{n["key"] for n in s["nodes"]} for s in (removed, want)]
            assert keys[0] - keys[1] == {"160-TB/TW@XII"}
            assert keys[1] - keys[0] == {"160-KL/TW@XII"}
            assert removed["counts"] == want["counts"]
            return
        assert removed == want

    @pytest.mark.parametrize("gone", ["a", "b"])
    @pytest.mark.parametrize("first", ["a", "b"])
    def test_a_removed_document_takes_the_doubts_naming_its_node_with_it(
        self, store: GraphStore, gone: str, first: str
    ) -> None:
        """A variant spelling reported, not merged (`test_doubtful_variant_is_reported_not_
        merged`): the other text's note names the node only the removed text named; it goes
        with it, as it would never have been written."""
        tb = make_extraction("a", [Cite("160-TB/TW", date=date(2020, 1, 15),
                                        subject=SUBJECT_160)])  # fmt: skip
        other = "tiếp tục thực hiện Kết luận về công tác dân vận của Mặt trận Tổ quốc"
        kl = make_extraction("b", [Cite("160-KL/TW", date=date(2020, 2, 1), subject=other,
                                        alternatives=("160-TB/TW",))])  # fmt: skip
        order = [tb, kl] if first == "a" else [kl, tb]
        for ext in order:
            ingest_extraction(store, ext)
        assert any(n.possible_duplicates for n in store.iter_nodes())
        assert store.remove_document(gone)  # type: ignore[attr-defined]
        never = EmbeddedStore()
        for ext in order:
            if ext.document.id != gone:
                ingest_extraction(never, ext)
        assert snapshot(store) == snapshot(never)

    # ---------------------------------------------------------------- arrival order
    # Two real citers of the Civil Procedure Code 92/2015/QH13 (a code without type letters,
    # so its kind is the type word each text gives): Công báo's consolidated text
    # 19/VBHN-VPQH names it "Luật số 92/2015/QH13", the Labour Code 45/2019/QH14 (Điều 219)
    # "Bộ luật Tố tụng dân sự số 92/2015/QH13" (hrmaster1982-dev/phapluat-8chude-data docs/,
    # /work/realcorpus cb-bhxh-van-ban-hop-nhat-so-19-vbhn-vpqh-30971.txt and
    # cb-hdld-nghi-quyet-so-45-2019-qh14-30232.txt).
    _SAYS_LAW = (
        "Căn cứ Bộ luật Lao động số 10/2012/QH13 đã được sửa đổi, bổ sung một số điều theo "
        "Luật số 92/2015/QH13;"
    )
    _SAYS_CODE = "2. Sửa đổi, bổ sung Điều 32 của Bộ luật Tố tụng dân sự số 92/2015/QH13"

    @pytest.mark.parametrize("bulk", [False, True], ids=["one-by-one", "bulk"])
    def test_a_cited_kind_does_not_depend_on_which_citer_came_first(
        self, store: GraphStore, bulk: bool
    ) -> None:
        docs = [extract(self._SAYS_LAW, path="vbhn-19.txt"),
                extract(self._SAYS_CODE, path="bll-45.txt")]  # fmt: skip
        snaps = []
        for order in ([0, 1], [1, 0]):
            store.clear()
            if bulk:
                store.bulk_write(build_document(store, docs[i]) for i in order)
            else:
                for i in order:
                    ingest_extraction(store, docs[i])
            snaps.append(snapshot(store))
            node = store.node("92/2015/QH13")
            assert node is not None and node.kind == "Bộ luật", order  # the more specific word
        assert snaps[0] == snaps[1]

    def test_a_node_two_texts_host_is_described_whichever_came_last(
        self, store: GraphStore
    ) -> None:
        # two plans of the Central Steering Committee numbered 01-KH/BCĐTW in 2025 (21 March,
        # "Bình dân học vụ số", hethongphapluat.vn; 2 June, the action plan for 57-NQ/TW,
        # vbpl.ts24.com.vn): dev cases zz5-bcdtw-01-kh-binh-dan-hoc-vu-so-doc and
        # d-trap-bcdtw-01-kh-57-nq-tw, one node; its description was the last written's
        cases = Path(__file__).parent / "realworld" / "cases"
        wanted = {"zz5-bcdtw-01-kh-binh-dan-hoc-vu-so-doc", "d-trap-bcdtw-01-kh-57-nq-tw"}
        texts = sorted(
            (c["id"], c["text"])
            for f in ("zz_retired_blind_e.json", "d_state_oddcodes.json")
            for c in json.loads((cases / f).read_text(encoding="utf-8"))
            if c["id"] in wanted
        )
        docs = [extract(text, path=f"{id_}.txt") for id_, text in texts]
        snaps = []
        for order in ([0, 1], [1, 0]):
            store.clear()
            for i in order:
                ingest_extraction(store, docs[i])
            snaps.append(snapshot(store))
        assert snaps[0] == snaps[1]
        node = store.node("01-KH/BCĐTW@XIII")
        assert node is not None and node.host_doc in {d.document.id for d in docs}

    # ---------------------------------------------------------------- one document per source
    def _ingest_text(self, store: GraphStore, text: str, path: str, **meta: str) -> tuple[str, str]:
        from api.uploads import commit, prepare

        report = commit(store, prepare(text.encode(), filename=path, metadata=meta))
        assert report.ok and report.document is not None, report
        prepared = prepare(text.encode(), filename=path, metadata=meta)
        return prepared.extraction.document.id, report.document  # type: ignore[union-attr]

    _PLAN = (
        "HUYỆN ỦY {district}\nSố 169-KH/HU\n\nKẾ HOẠCH\nthực hiện Kết luận số 62-KL/TW ngày "
        "08/12/2009 của Bộ Chính trị\n\nBan Thường vụ Huyện ủy xây dựng kế hoạch{extra}.\n"
    )

    def test_one_code_from_two_places_is_two_documents(self, store: GraphStore) -> None:
        # issue 16: district B's 169-KH/HU used to replace district A's
        a = self._ingest_text(store, self._PLAN.format(district="A", extra=""), "a.txt",
                              province="Bắc Giang", district="Tân Yên")  # fmt: skip
        b = self._ingest_text(store, self._PLAN.format(district="A", extra=""), "b.txt",
                              province="Bắc Giang", district="Lục Nam")  # fmt: skip
        assert a[0] != b[0] and a[1] != b[1]  # two documents, two host nodes
        assert store.counts()["documents"] == 2
        assert {n.key for n in store.nodes_by_code("169-KH/HU")} == {a[1], b[1]}
        assert {e.doc for e in store.in_edges(["62-KL/TW@X"])} == {a[0], b[0]}

    def test_the_same_file_again_changes_nothing(self, store: GraphStore) -> None:
        text = self._PLAN.format(district="A", extra="")
        first = self._ingest_text(store, text, "a.txt", province="Bắc Giang", district="Tân Yên")
        before = snapshot(store)
        again = self._ingest_text(store, text, "a.txt", province="Bắc Giang", district="Tân Yên")
        assert again == first and snapshot(store) == before

    def test_an_edited_file_replaces_its_earlier_version(self, store: GraphStore) -> None:
        meta = {"province": "Bắc Giang", "district": "Tân Yên"}
        old = self._ingest_text(store, self._PLAN.format(district="A", extra=""), "a.txt", **meta)
        new = self._ingest_text(
            store, self._PLAN.format(district="A", extra=" năm 2024"), "a.txt", **meta
        )
        assert old[0] != new[0] and old[1] == new[1]
        assert store.document(old[0]) is None and store.document(new[0]) is not None
        assert store.counts()["documents"] == 1
        assert {e.doc for e in store.in_edges(["62-KL/TW@X"])} == {new[0]}
        node = store.node(new[1])
        assert node is not None and old[0] not in node.sources

    def test_an_edited_file_of_unknown_place_replaces_its_earlier_version(
        self, store: GraphStore
    ) -> None:
        plan = self._PLAN.replace("HUYỆN ỦY {district}\n", "")  # no place anywhere
        old = self._ingest_text(store, plan.format(extra=""), "a.txt")
        new = self._ingest_text(store, plan.format(extra=" năm 2024"), "a.txt")
        assert "@?" in old[1] and old[1] != new[1]  # its key names the citing text
        assert store.document(old[0]) is None and store.counts()["documents"] == 1
        assert store.node(old[1]) is None

    def test_an_edited_file_of_unknown_place_now_placed_replaces_its_earlier_version(
        self, store: GraphStore
    ) -> None:
        # An analyst's plan saved without its header (unknown place: "169-KH/HU@?doc-…"), then
        # saved again with the header pasted in ("HUYỆN ỦY …" and its province): the placed
        # plan is the same document from the same file, and used to be stored beside the old.
        path = "/srv/vanban/kh-169.txt"  # (a file on disk, as `vbgraph ingest` names it)
        plan = self._PLAN.replace("HUYỆN ỦY {district}\n", "")
        old = self._ingest_text(store, plan.format(extra=""), path)
        new = self._ingest_text(
            store, "HUYỆN ỦY TÂN YÊN\n" + plan.format(extra=""), path, province="Bắc Giang"
        )
        assert "@?" in old[1] and "@?" not in new[1]
        assert store.document(old[0]) is None and store.document(new[0]) is not None
        assert store.counts()["documents"] == 1
        assert store.node(old[1]) is None
        assert {n.key for n in store.nodes_by_code("169-KH/HU")} == {new[1]}
        assert {e.doc for e in store.in_edges(["62-KL/TW@X"])} == {new[0]}
        # and back: the header cut out again, the unplaced plan replaces the placed one
        again = self._ingest_text(store, plan.format(extra=" năm 2024"), path)
        assert "@?" in again[1] and store.counts()["documents"] == 1
        assert {n.key for n in store.nodes_by_code("169-KH/HU")} == {again[1]}

    def test_an_upload_of_unknown_place_and_a_placed_one_under_one_name_are_both_kept(
        self, store: GraphStore
    ) -> None:
        # an upload's name is no file: "kh.txt" from two districts may be two documents
        plan = self._PLAN.replace("HUYỆN ỦY {district}\n", "")
        a = self._ingest_text(store, plan.format(extra=""), "kh.txt")
        b = self._ingest_text(store, "HUYỆN ỦY TÂN YÊN\n" + plan.format(extra=""), "kh.txt",
                              province="Bắc Giang")  # fmt: skip
        assert store.document(a[0]) is not None and store.document(b[0]) is not None
        assert store.counts()["documents"] == 2

    # A Women's Union conference item (no code of its own), as a user saves it and saves it
    # again with one more sentence (https://baoninhthuan.com.vn/news/137901p1c30/
    # hoi-lien-hiep-phu-nu-tinhhoi-nghi-trien-khai-nghi-quyet-chuyen-de-nhiem-ky-20212026.htm)
    _UNCODED = (
        "Hội Liên hiệp Phụ nữ tỉnh: Hội nghị triển khai nghị quyết chuyên đề nhiệm kỳ "
        "2021-2026\n\nTại hội nghị, các đại biểu tập trung nghiên cứu nội dung 3 chuyên đề: "
        "Nghị quyết số 04/NQ-BCH về công tác xây dựng, củng cố và phát triển tổ chức Hội LHPN "
        "cấp cơ sở vững mạnh; Nghị quyết số 05/NQ-BCH về nâng cao chất lượng công tác tuyên "
        "truyền trong hệ thống Hội.{extra}"
    )

    def test_an_edited_file_without_a_code_replaces_its_earlier_version(
        self, store: GraphStore
    ) -> None:
        meta = {"province": "Ninh Thuận"}
        path = "/srv/vanban/hoi-nghi.txt"  # (a file on disk, as `vbgraph ingest` names it)
        old = self._ingest_text(store, self._UNCODED.format(extra=""), path, **meta)
        new = self._ingest_text(
            store,
            self._UNCODED.format(extra=" Nghị quyết số 06/NQ-BCH về nâng cao năng lực cho phụ nữ."),
            path,
            **meta,
        )
        assert old[1].startswith("doc:") and old[0] != new[0]
        assert store.document(old[0]) is None and store.document(new[0]) is not None
        assert store.counts()["documents"] == 1
        assert store.node(old[1]) is None
        assert {e.doc for e in store.in_edges(["05/NQ-BCH"])} <= {new[0]}

    def test_two_uploads_without_a_code_under_one_name_are_both_kept(
        self, store: GraphStore
    ) -> None:
        # an upload's name is no file: "vanban.txt" from two users may be two documents
        meta = {"province": "Ninh Thuận"}
        a = self._ingest_text(store, self._UNCODED.format(extra=""), "vanban.txt", **meta)
        b = self._ingest_text(store, self._UNCODED.format(extra=" Hội nghị kết thúc."),
                              "vanban.txt", **meta)  # fmt: skip
        assert store.document(a[0]) is not None and store.document(b[0]) is not None
        assert store.counts()["documents"] == 2

    def test_another_document_without_a_code_from_another_file_is_kept(
        self, store: GraphStore
    ) -> None:
        meta = {"province": "Ninh Thuận"}
        a = self._ingest_text(store, self._UNCODED.format(extra=""), "a.txt", **meta)
        b = self._ingest_text(store, self._UNCODED.format(extra=" Hội nghị kết thúc."), "b.txt",
                              **meta)  # fmt: skip
        assert store.document(a[0]) is not None and store.document(b[0]) is not None

    def test_one_document_as_pdf_and_txt_is_stored_once(
        self, store: GraphStore, tmp_path: Path
    ) -> None:
        # Nghị quyết 113/NQ-CP as Công báo số 271 gives it (PDF read, and TXT): see
        # tests/test_cli_graph.py GAZETTE_FORMS
        from api.uploads import commit, prepare

        pages = Path(__file__).parent / "pages"
        reports = []
        for name in ("cb-113-nq-cp.from-pdf.txt", "cb-113-nq-cp.txt"):
            path = tmp_path / name
            path.write_bytes((pages / name).read_bytes())
            reports.append(commit(store, prepare(path, filename=str(path))))
        first, second = reports
        assert first.outcome == "stored" and second.outcome == "duplicate", second
        assert second.same_as == str(tmp_path / "cb-113-nq-cp.from-pdf.txt")
        assert second.similarity is not None and second.similarity >= 90
        assert store.counts()["documents"] == 1

    def test_another_document_at_the_same_path_is_kept(self, store: GraphStore) -> None:
        a = self._ingest_text(store, self._PLAN.format(district="A", extra=""), "ke-hoach.txt",
                              province="Bắc Giang", district="Tân Yên")  # fmt: skip
        b = self._ingest_text(store, self._PLAN.format(district="B", extra=""), "ke-hoach.txt",
                              province="Nam Định", district="Hải Hậu")  # fmt: skip
        assert store.document(a[0]) is not None and store.document(b[0]) is not None

    # ---------------------------------------------------------------- writes
    def test_stub_is_filled_by_a_later_ingest_without_duplicates(self, store: GraphStore) -> None:
        town = Place("Quảng Ngãi", "Đức Phố")
        cite = Cite("74-KH/TU", body="Thị ủy Đức Phố", date=date(2022, 11, 2))
        ingest_extraction(
            store,
            make_extraction(
                "ward",
                [cite],
                level=Level.COMMUNE,
                place=Place("Quảng Ngãi", "Đức Phố", "Nguyễn Nghiêm"),
            ),
        )
        key = "74-KH/TU@quang-ngai/duc-pho@2020-2025"
        assert store.node(key).stub  # type: ignore[union-attr]
        before = store.counts()["nodes"]
        ingest_extraction(
            store,
            make_extraction(
                "town",
                [Cite("160-TB/TW")],
                code="74-KH/TU",
                level=Level.DISTRICT,
                place=town,
                day=date(2022, 11, 2),
                body="Thị ủy Đức Phố",
            ),
        )
        node = store.node(key)
        assert node is not None and not node.stub and node.host_doc == "town"
        assert store.counts()["nodes"] == before + 1  # only 160-TB/TW (undated) is new
        assert L.up(store, "doc:ward").keys == {key, "160-TB/TW"}

    def test_a_law_cited_by_its_name_is_a_law_whoever_names_it_first(
        self, store: GraphStore
    ) -> None:
        # "46/2014/QH13" carries no type letters and is not in the shipped law table: its
        # kind is the type word the text gives, filled in by the first citer that gives one
        # and kept after
        texts = {
            "bare.txt": "Căn cứ 46/2014/QH13 và Nghị định số 12/CP ngày 01/3/1994;\n",
            "named.txt": "Căn cứ Luật số 46/2014/QH13;\n",
            "other.txt": "Căn cứ Nghị quyết số 46/2014/QH13;\n",  # a later, different word
        }
        kinds = []
        for name, text in texts.items():
            ingest_extraction(store, extract(text, path=name))
            kinds.append(store.head("46/2014/QH13").kind)  # type: ignore[union-attr]
        assert kinds == [None, "Luật", "Luật"]
        assert store.head("12/CP@1994").kind == "NĐ"  # type: ignore[union-attr]  # (of 1994)
        # a law of the table cited by its bare number is a law; a code of law, a "Bộ luật"
        ingest_extraction(store, extract("Căn cứ 25/2008/QH12 và 45/2019/QH14;\n", path="t"))
        assert store.head("25/2008/QH12").kind == "Luật"  # type: ignore[union-attr]
        assert store.head("45/2019/QH14").kind == "Bộ luật"  # type: ignore[union-attr]

    def test_a_letter_shaped_code_is_of_the_kind_the_text_names_it(self, store: GraphStore) -> None:
        # FORMAT's ruling of 2026-12-06: a code that prints no type takes the type word the
        # text names it by (vietbao.vn: "Công điện số 15/BCĐ-BNNMT"; xã Tê Lợi's guidance:
        # "Thực hiện Kế hoạch số 48/UBND-TP"), a letter's CV where none ("văn bản số")
        texts = {
            "cd.txt": "Bộ Nông nghiệp và Môi trường vừa ban hành Công điện số 15/BCĐ-BNNMT ngày "
            "9/10/2025 về việc hỗ trợ khẩn cấp cho các địa phương bị thiệt hại nặng nề do ảnh "
            "hưởng của thiên tai.\n",
            "kh.txt": "Thực hiện Kế hoạch số 48/UBND-TP ngày 15/5/2025 của UBND huyện về việc "
            "triển khai thực hiện; Văn phòng Chính phủ có văn bản số 1432/VPCP-CN.\n",
        }
        kinds = {}
        for name, text in texts.items():
            write = ingest_extraction(store, extract(text, path=name))
            kinds.update((n.canonical, n.kind) for n in write.nodes if n.canonical)
        assert kinds == {"15/BCĐ-BNNMT": "CĐ", "48/UBND-TP": "KH", "1432/VPCP-CN": "CV"}

    def test_unresolved_short_forms_are_kept_with_their_document(self, store: GraphStore) -> None:
        text = (
            "KẾ HOẠCH\n\nthực hiện Thông báo số 160-TB/TW của Bộ Chính trị\n\n"
            "Các chi bộ tiếp tục thực hiện Kết luận 62 và Thông báo 160."
        )
        ext = extract(text, path="plan.txt")
        ingest_extraction(store, ext)
        found = L.unresolved_short_forms(store)
        assert [(f["surface"], f["doc"]) for f in found] == [("Kết luận 62", ext.document.id)]
        assert text[found[0]["start"] : found[0]["end"]] == "Kết luận 62"
        ingest_extraction(store, extract(text.replace("Kết luận 62", "Kết luận số 62-KL/TW")))
        assert len(L.unresolved_short_forms(store)) == 1  # the other file's finding stays

    def test_reingesting_the_same_file_changes_nothing(self, store: GraphStore) -> None:
        ingest_all(store)
        before = snapshot(store)
        ingest_all(store)
        assert snapshot(store) == before

    def test_changed_file_replaces_its_edges_and_keeps_the_rest(self, store: GraphStore) -> None:
        ingest_all(store)
        v1 = make_extraction("x", [Cite("62-KL/TW"), Cite("999-KL/TW")])
        ingest_extraction(store, v1)
        assert store.node("999-KL/TW") is not None
        before = snapshot(store)
        v2 = make_extraction("x", [Cite("62-KL/TW", type=RelationType.REVIEWS)], version="2")
        ingest_extraction(store, v2)
        assert store.node("999-KL/TW") is None  # its only citer dropped it: stub removed
        out = [(e.target, e.type) for e in store.out_edges(["doc:x"])]
        assert out == [(K62, RelationType.REVIEWS)]  # (an undated mention of its one document)
        ingest_extraction(store, v1)
        assert snapshot(store) == before

    @pytest.mark.parametrize("step", ["merges", "removed", "nodes", "edges"])
    def test_failed_write_leaves_the_store_unchanged(self, store: GraphStore, step: str) -> None:
        ingest_all(store, [1, 2, 3, 4])
        before = snapshot(store)
        write = build_document(store, corpus()[0])  # also merges 160-KL/TW into 160-TB/TW
        with pytest.raises(Boom):
            store.replace_document(write, checkpoint=fail_at(step))
        assert snapshot(store) == before

    def test_invalid_edge_type_fails_the_whole_write(self, store: GraphStore) -> None:
        ingest_all(store, [1])
        before = snapshot(store)
        write = build_document(store, make_extraction("x", [Cite("62-KL/TW")]))
        bad = Edge("doc:x", K62, "DROP_ALL", "x")  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            store.replace_document(replace(write, edges=write.edges + (bad,)))
        assert snapshot(store) == before

    # ---------------------------------------------------------------- lineage, corpus
    def test_who_implements_62_kl_tw(self, store: GraphStore) -> None:
        ingest_all(store)
        result = L.down(store, L.resolve(store, "62 KL TW"))
        assert {N160, TOWN_PLAN, WARD_PLAN, "123-KH/TU@?doc-ff97253a8f1f1fde"} == result.keys
        ward = next(r for r in result.reached if r.key == WARD_PLAN)
        assert [(h.source, h.target) for h in ward.hops] == [
            (N160, K62),
            (WARD_PLAN, N160),
        ]
        assert ward.hops[0].evidence and ward.hops[0].doc == "doc-1c20726a4c84769a"
        assert result.by_level() == {
            "central": {"": [N160]},
            "province": {"?": ["123-KH/TU@?doc-ff97253a8f1f1fde"]},
            "district": {"Quảng Ngãi / Đức Phố": [TOWN_PLAN]},
            "commune": {"Đức Phố": [WARD_PLAN]},
        }

    def test_ward_plan_up_lineage_reaches_62_kl_tw(self, store: GraphStore) -> None:
        ingest_all(store)
        result = L.up(store, WARD_PLAN)
        assert result.keys == {N160, TOWN_PLAN, K62}
        chain = L.path(store, WARD_PLAN, K62, types=[IMPL])
        assert chain is not None and len(chain) == 2
        via_town = L.path(store, TOWN_PLAN, K62)
        assert [h.target for h in via_town or ()] == [N160, K62]
        assert all(h.type is IMPL for h in via_town or ())

    def test_explained_path_prefers_implementation_and_looks_the_other_way(
        self, store: GraphStore
    ) -> None:
        ingest_all(store)
        shortest = L.path(store, WARD_PLAN, K62)
        assert shortest is not None and len(shortest) == 1  # the ward plan also cites it
        answer = L.explain_path(store, WARD_PLAN, K62)
        assert answer.relations == "implementation" and len(answer.hops or ()) == 2
        back = L.explain_path(store, K62, WARD_PLAN)
        assert not back.found and back.reverse == answer.hops

    def test_neighbours_and_subgraph_are_bounded(self, store: GraphStore) -> None:
        ingest_all(store)
        assert {e.source for e in L.neighbours(store, K62, direction="in")} >= {
            N160,
            "123-KH/TU@?doc-ff97253a8f1f1fde",
        }
        sub = L.subgraph(store, K62, depth=2, limit=5)
        assert len(sub.nodes) == 5 and sub.truncated
        with pytest.raises(ValueError):
            L.up(store, K62, depth=11)

    def test_resolve_typed_codes(self, store: GraphStore) -> None:
        ingest_all(store)
        assert L.resolve(store, "62-kl/tw") == K62
        assert L.resolve(store, "115 KL TU") == "115-KL/TU@bac-giang@2020-2025"
        assert L.resolve(store, "160-KL/TW") == N160  # an alias
        assert L.resolve(store, K62) == K62  # a key is its document's address
        assert L.resolve(store, TOWN_PLAN) == TOWN_PLAN
        with pytest.raises(DocumentNotFound) as err:
            L.resolve(store, "62-KL/TX")
        assert err.value.status == 404 and "62-KL/TW" in err.value.matches

    def test_stats(self, store: GraphStore) -> None:
        ingest_all(store)
        s = L.stats(store)
        assert (s["nodes"], s["documents"], s["conflicts"]) == (29, 5, 2)
        # unqualified: 8 before the ward plan's district (Đức Phố) gave its province (Quảng
        # Ngãi) to the town's 74-KH/TU and the province's 4054-QĐ/TU
        assert s["edge_types"]["IMPLEMENTS"] == 10 and s["unqualified"] == 6

    # ---------------------------------------------------------------- lineage, generated
    def test_generated_hierarchy_answers_known_by_construction(self, store: GraphStore) -> None:
        assert store.bulk_write(hierarchy(3, 2, 2)) == 23
        down = L.down(store, "01-NQ/TW")
        assert len(down.keys) == 3 + 6 + 12
        assert sorted(down.by_level()) == ["commune", "district", "province"]
        assert L.down(store, "01-NQ/TW", depth=1).keys == {f"1{p}-KH/TU@p{p}" for p in range(3)}
        up = L.up(store, "doc:p0d0c0")  # the cycle p0d0 → p0d0c0 must not loop
        assert up.keys == {"doc:p0d0", "10-KH/TU@p0", "01-NQ/TW"}
        cites = L.down(store, "01-NQ/TW", types=[RelationType.CITES])
        assert len(cites.keys) == 12
        assert L.path(store, "doc:p2d1c1", "01-NQ/TW", types=[IMPL]) is not None
        assert L.path(store, "01-NQ/TW", "doc:p2d1c1") is None
        assert len(L.down(store, "01-NQ/TW", limit=4).keys) == 4

    def test_answers_match_the_embedded_store(self, store: GraphStore) -> None:
        reference = EmbeddedStore(None)
        for s in (store, reference):
            ingest_all(s)
            s.bulk_write(hierarchy(2, 2, 1))
        assert snapshot(store) == snapshot(reference)
        for key in (K62, "01-NQ/TW", WARD_PLAN):
            assert L.down(store, key).as_dict() == L.down(reference, key).as_dict()
            assert L.up(store, key).as_dict() == L.up(reference, key).as_dict()
        assert L.stats(store) == L.stats(reference)


class TestEmbeddedStore(StoreContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return EmbeddedStore(tmp_path / "graph")

    def test_store_survives_reopening(self, tmp_path: Path) -> None:
        store = EmbeddedStore(tmp_path / "g")
        ingest_all(store)
        again = EmbeddedStore(tmp_path / "g")
        assert snapshot(again) == snapshot(store)

    def test_failed_write_leaves_the_file_unchanged(self, tmp_path: Path) -> None:
        store = EmbeddedStore(tmp_path / "g")
        ingest_all(store, [1])
        blob = (tmp_path / "g" / "graph.json").read_bytes()
        with pytest.raises(Boom):
            store.replace_document(
                build_document(store, corpus()[0]),
                checkpoint=lambda at: (_ for _ in ()).throw(Boom(at)),
            )
        assert (tmp_path / "g" / "graph.json").read_bytes() == blob

    def test_corrupt_file_is_a_clear_error(self, tmp_path: Path) -> None:
        (tmp_path / "g").mkdir()
        (tmp_path / "g" / "graph.json").write_text('{"format": "vbgraph-embedded", "vers')
        said = "kho đồ thị bị hỏng.* / the graph store is corrupt"
        with pytest.raises(StoreCorrupt, match=said) as err:
            EmbeddedStore(tmp_path / "g")
        assert err.value.status == 503


class TestSQLiteStore(StoreContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return SQLiteStore(tmp_path / "graph")


@pytest.mark.neo4j
class TestNeo4jStore(StoreContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return open_test_neo4j()

    def test_wrong_password_is_a_clear_error(self) -> None:
        from graph.neo4j_store import Neo4jStore

        uri, user, _ = neo4j_settings()
        try:
            Neo4jStore(uri, user, neo4j_settings()[2]).close()
        except StoreUnavailable:
            pytest.skip("Neo4j is not running")
        said = "không nhận tài khoản 'neo4j'.* / .* rejected the credentials for user 'neo4j'"
        with pytest.raises(StoreUnavailable, match=said):
            Neo4jStore(uri, user, "not-the-password")

    def test_an_address_that_is_not_neo4j_is_a_clear_error(self) -> None:
        from graph.neo4j_store import Neo4jStore

        said = "'http://localhost:7474' không phải địa chỉ Neo4j.* / .* is not a Neo4j"
        with pytest.raises(StoreUnavailable, match=said):
            Neo4jStore("http://localhost:7474", "neo4j", "x")

    def test_unreachable_server_is_a_clear_error(self) -> None:
        from graph.neo4j_store import Neo4jStore

        said = r"không kết nối được Neo4j tại bolt://127.0.0.1:1.* / Neo4j at bolt://127.0.0.1:1 is"
        with pytest.raises(StoreUnavailable, match=said + " not reachable"):
            Neo4jStore("bolt://127.0.0.1:1", "neo4j", "x")


@pytest.mark.parametrize(
    "head",
    [
        Head("160-TB/TW", canonical="160-TB/TW"),
        Head(
            "74-KH/TU@bac-giang", canonical="74-KH/TU", base="74-KH/TU@bac-giang", scope="XIX",
            family="party", kind="KH", number="74", issuer="TU", level=Level.PROVINCE,
            place=Place("Bắc Giang"), qualified=False, host_doc="d1", title="Kế hoạch",
            tally={"spelling": {"74-KH/TU": 2, "74/KH-TU": 1}, "date": {"2021-03-01": 1}},
        ),
        Head("doc:d2", level=Level.COMMUNE, place=Place("Hà Nội", "Ba Vì", "Tản Lĩnh")),
    ],
)
def test_embedded_rows_spell_a_head_as_its_mapping_does(head: Head) -> None:
    """The embedded store builds a node's row, and reads it back, by position."""
    from graph.embedded import NODE_FIELDS, _node_row, _to_head

    mapping = head.to_row()
    assert _node_row(head) == [mapping[f] for f in NODE_FIELDS]
    assert _to_head(_node_row(head)) == head == Head.from_row(mapping)

"""Analyst reports over both stores (STYLE habit 8): answers known by construction on the
generated roll-out (tests/report_fixtures.py), and real answers on the sample corpus.
Also the places CSV reader, the `vbgraph report` commands and the /api/v1/reports routes.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from graph import reports as R
from graph.embedded import EmbeddedStore
from graph.errors import DocumentNotFound
from graph.model import DATE, SPELLING, DocumentWrite, Edge, EdgeEvidence, Fact, Node
from graph.reports._common import place_key
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore
from ingest.codes import Level
from ingest.models import Place
from ingest.relations import RelationType
from tests.graph_fixtures import CONCLUSION_62, NOTICE_160, BackendContract
from tests.report_fixtures import (
    IMPLEMENTERS,
    ROOT,
    ROOT_DATE,
    UNRELATED,
    Rollout,
    corpus_store,
    open_test_neo4j,
    rollout,
    write_review,
)

# The places CSV an analyst might send: no diacritics, upper case, "Huyện" prefixes, Eth for
# Đ, Vietnamese level words, and a province the graph has never heard of.
PLACES_CSV = """\ufefflevel,province,district,commune
tỉnh,BAC GIANG,,
province,Ðắk Lắk,,
province,Lạng Sơn,,
huyện,Bắc Giang,Huyện Tân Yên,
district,bac giang,yen the,
commune,Bắc Giang,Tân Yên,Xã Hòa Bình
,Quang Ngai,Duc Pho,Tan Lap
"""


def _plans_of_57(
    store: GraphStore,
    plans: tuple[tuple[str, Level, tuple[str | None, str | None, str | None], date], ...],
) -> dict[str, str]:
    """Write the Politburo's 57-NQ/TW of 22/12/2024 and `plans` (name, level, place names,
    day) carrying it out into `store`: name → node key."""
    root = "57-NQ/TW"
    own = (Fact(DATE, "2024-12-22", "root"), Fact(SPELLING, root, "root"))
    node = Node(root, root, root, level=Level.CENTRAL, kind="NQ", host_doc="root", facts=own)
    store.replace_document(DocumentWrite("root", "h", "root.txt", root, (node,), ()))
    keys = {}
    for name, level, names, day in plans:
        key = f"1-KH/X@{name}"
        facts = (Fact(SPELLING, "1-KH/X", name), Fact(DATE, day.isoformat(), name))
        host = Node(key, "1-KH/X", key, kind="KH", level=level, place=Place(*names),
                    host_doc=name, facts=facts)  # fmt: skip
        cited = Node(root, root, root, level=Level.CENTRAL, facts=(Fact(SPELLING, root, name),))
        edge = Edge(key, root, RelationType.IMPLEMENTS, name, "implements", f"{name}.txt",
                    (EdgeEvidence(0, 9, "thực hiện"),))  # fmt: skip
        store.replace_document(DocumentWrite(name, "h", f"{name}.txt", key, (host, cited), (edge,)))
        keys[name] = key
    return keys


class ReportsContract(BackendContract):
    """Report answers every backend must give."""

    @pytest.fixture
    def plan(self, store: GraphStore) -> Rollout:
        plan = rollout()
        plan.write(store)
        return plan

    # ---------------------------------------------------------------- coverage
    def test_coverage_counts_implemented_places_per_level(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        report = R.coverage(store, ROOT, from_graph=True)
        assert report.places_from == "graph"
        got = [(lc.level, lc.implemented, lc.total, lc.percent) for lc in report.levels]
        assert got == [
            (Level.PROVINCE, 2, 3, 66.7),
            (Level.DISTRICT, 3, 6, 50.0),
            (Level.COMMUNE, 3, 12, 25.0),
        ]
        (province, district, commune) = report.levels
        assert [p.label for p in province.missing] == ["Quảng Ngãi"]
        assert [p.label for p in district.missing] == [
            "Bắc Giang / Yên Thế", "Đắk Lắk / Ea Kar", "Quảng Ngãi / Mộ Đức",
        ]  # fmt: skip
        # same commune names in other districts are other places
        implemented = {p.place.label for p in commune.places if p.implemented}
        assert implemented == {
            "Bắc Giang / Tân Yên / Hòa Bình",
            "Bắc Giang / Tân Yên / Tân Lập",
            "Quảng Ngãi / Đức Phố / Hòa Bình",
        }
        assert report.unplaced == ()

    def test_coverage_matches_the_record_of_the_generator(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        chain = plan.chain()
        expected = {d.names for d in plan.docs if d.key in chain}
        assert expected == set(IMPLEMENTERS)
        report = R.coverage(store, ROOT, from_graph=True)
        got = {
            tuple(n for n in (p.place.province, p.place.district, p.place.commune) if n)
            for lc in report.levels
            for p in lc.places
            if p.implemented
        }
        assert got == expected

    def test_coverage_of_a_province_counts_only_its_own_places(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        key = plan.by_names()[("Bắc Giang",)].key
        report = R.coverage(store, key, from_graph=True)
        assert [(lc.level, lc.implemented, lc.total) for lc in report.levels] == [
            (Level.DISTRICT, 1, 2),
            (Level.COMMUNE, 2, 4),
        ]
        # from the gazetteer: Bắc Giang's 10 districts and 192 communes before 2025; the
        # generator's communes are made up, so their plans are listed apart, not lost
        report = R.coverage(store, key)
        assert [(lc.level, lc.implemented, lc.total) for lc in report.levels] == [
            (Level.DISTRICT, 1, 10),
            (Level.COMMUNE, 0, 192),
        ]
        names = plan.by_names()
        assert set(report.unplaced) == {
            names[("Bắc Giang", "Tân Yên", c)].key for c in ("Hòa Bình", "Tân Lập")
        }

    def test_coverage_of_a_central_document_lists_all_63_provinces_before_2025(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        report = R.coverage(store, ROOT)  # dated 2020: the 63 provinces, 696 districts
        assert report.places_from == "gazetteer"
        province, district, commune = report.levels
        assert (province.total, district.total) == (63, 696) and commune.total > 9_900
        assert {p.place.label for p in province.places if p.implemented} == {
            "Bắc Giang", "Đắk Lắk",
        }  # fmt: skip
        assert "Quảng Ngãi" in {p.label for p in province.missing}
        assert "Hà Nội" in {p.label for p in province.missing}
        # "Đức Phố" as the plan spells it is the gazetteer's Đức Phổ, Quảng Ngãi
        assert {p.place.label for p in district.places if p.implemented} == {
            "Bắc Giang / Tân Yên", "Đắk Lắk / Krông Pắc", "Quảng Ngãi / Đức Phổ",
        }  # fmt: skip
        assert province.percent == round(100 * 2 / 63, 1)
        names = plan.by_names()
        assert set(report.unplaced) == {
            names[n].key for n in IMPLEMENTERS if len(n) == 3
        }  # made-up communes: in their own row

    def test_coverage_map_gives_each_province_a_status_and_a_centre(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        review = write_review(store, "Lạng Sơn")
        cmap = R.coverage_map(store, ROOT)
        assert cmap.level is Level.PROVINCE and len(cmap.places) == 63
        status = {p.label: p.status for p in cmap.places}
        assert status["Bắc Giang"] == status["Đắk Lắk"] == "implemented"
        assert status["Lạng Sơn"] == "reviewed" and status["Quảng Ngãi"] == "none"
        assert cmap.counts() == {"implemented": 2, "reviewed": 1, "none": 60}
        by_label = {p.label: p for p in cmap.places}
        assert by_label["Lạng Sơn"].documents == (review,)
        lat, lon = by_label["Hà Nội"].point or (0.0, 0.0)
        assert 20.5 < lat < 21.5 and 105.5 < lon < 106.2  # the gazetteer's centre
        assert cmap.as_dict()["counts"]["reviewed"] == 1

    def test_coverage_after_the_2025_reorganisation_counts_34_provinces(
        self, store: GraphStore
    ) -> None:
        plan = rollout()
        plan.root_date = date(2025, 9, 1)  # after 1 July 2025: 34 provinces, no districts
        plan.write(store)
        report = R.coverage(store, ROOT)
        assert [lc.level for lc in report.levels] == [Level.PROVINCE, Level.COMMUNE]
        (province, commune) = report.levels
        assert province.total == 34 and 3_000 < commune.total < 3_500
        # Bắc Giang joined Bắc Ninh: its plan counts for the province it is part of now
        assert {p.place.label for p in province.places if p.implemented} == {
            "Bắc Ninh", "Đắk Lắk",
        }  # fmt: skip
        names = plan.by_names()
        districts = {names[n].key for n in IMPLEMENTERS if len(n) == 2}
        # no district level: listed apart with the province they lie in now, not dropped
        assert {f.document for f in report.former_districts} == districts
        assert not districts & set(report.unplaced)
        tan_yen = next(f for f in report.former_districts if f.place.district == "Tân Yên")
        assert tan_yen.now == R.PlaceRef(Level.PROVINCE, "Bắc Ninh")

    # A province that merged (Bắc Giang into Bắc Ninh), before and after 1 July 2025: the
    # Politburo's 57-NQ/TW of 22/12/2024, a plan of old xã An Bá (huyện Sơn Động) before the
    # merger, one of the new xã Sơn Động after it, one of huyện Tân Yên, one of Đắk Lắk.
    # "Xã Sơn Động được thành lập trên cơ sở sáp nhập các xã: Vĩnh An, An Bá và thị trấn An
    # Châu của huyện Sơn Động (cũ)" (https://www.vietnamplus.vn/tinh-bac-ninh-phan-dau-tro-
    # thanh-thanh-pho-truc-thuoc-trung-uong-post1055959.vnp, 15/8/2025).
    MERGED = (
        ("an-ba", Level.COMMUNE, ("Bắc Giang", "Sơn Động", "An Bá"), date(2025, 3, 3)),
        ("son-dong", Level.COMMUNE, ("Bắc Ninh", None, "Sơn Động"), date(2025, 9, 1)),
        ("tan-yen", Level.DISTRICT, ("Bắc Giang", "Tân Yên", None), date(2025, 2, 20)),
        ("dak-lak", Level.PROVINCE, ("Đắk Lắk", None, None), date(2025, 8, 1)),
        ("bac-ninh", Level.PROVINCE, ("Bắc Ninh", None, None), date(2025, 5, 30)),
        ("typo", Level.COMMUNE, ("Bắc Giang", "Sơn Động", "An Bàa"), date(2025, 3, 9)),
    )

    @pytest.fixture
    def merged(self, store: GraphStore) -> dict[str, str]:
        """The plans of MERGED carrying out 57-NQ/TW in `store`: name → node key."""
        return _plans_of_57(store, self.MERGED)

    # Two ward plans of Quận 10 (HCMC) before the merger, their places as documents hold them
    # (FORMAT.md: a numbered unit keeps only its number; "Đảng bộ Phường 12 tổ chức Hội nghị
    # tổng kết …", mnhoamitanbinh.hcm.edu.vn, 01/04/2021, a ward's header as pages write it).
    # The dataset's conversion table: Phường 12 went whole to phường Hòa Hưng, Phường 14 was
    # divided between Diên Hồng (most of it) and Hòa Hưng.
    WARDS = (
        ("p12", Level.COMMUNE, ("Hồ Chí Minh", "10", "12"), date(2025, 3, 4)),
        ("p14", Level.COMMUNE, ("Hồ Chí Minh", "10", "14"), date(2025, 3, 5)),
    )

    def test_coverage_over_2025_units_counts_a_numbered_wards_plan_for_its_new_ward(
        self, store: GraphStore
    ) -> None:
        keys = _plans_of_57(store, self.WARDS)
        report = R.coverage(store, "57-NQ/TW", units_on=date(2025, 7, 1))
        assert report.unplaced == ()
        communes = {p.place.label: p for lc in report.levels for p in lc.places
                    if lc.level is Level.COMMUNE and p.implemented}  # fmt: skip
        assert set(communes) == {"Hồ Chí Minh / Hòa Hưng", "Hồ Chí Minh / Diên Hồng"}
        (p12,) = communes["Hồ Chí Minh / Hòa Hưng"].formerly
        assert p12.document == keys["p12"] and p12.split_among == ()
        assert p12.place.label == "Hồ Chí Minh / Quận 10 / Phường 12"  # not "… / 10 / 12"
        # Phường 14 is counted for Diên Hồng and flagged: part of it is Hòa Hưng's now
        (p14,) = report.split
        assert p14.document == keys["p14"]
        assert p14.split_among == ("Diên Hồng", "Hòa Hưng")
        assert report.as_dict()["split_communes"][0]["split_among"] == ["Diên Hồng", "Hòa Hưng"]
        # counted on the document's own date, the wards are the old ones, named with their word
        before = R.coverage(store, "57-NQ/TW", province="Hồ Chí Minh")
        old = {p.place.label for lc in before.levels for p in lc.places if p.implemented}
        assert old == {"Hồ Chí Minh / Quận 10 / Phường 12", "Hồ Chí Minh / Quận 10 / Phường 14"}
        assert before.split == ()

    def test_coverage_over_2025_units_counts_an_old_communes_plan_for_its_new_commune(
        self, store: GraphStore, merged: dict[str, str]
    ) -> None:
        report = R.coverage(store, "57-NQ/TW", units_on=date(2025, 7, 1))
        assert report.reorganised and report.units_on == date(2025, 7, 1)
        communes = {p.place.label: p for lc in report.levels for p in lc.places
                    if lc.level is Level.COMMUNE}  # fmt: skip
        son_dong = communes["Bắc Ninh / Sơn Động"]  # one place: the new commune
        assert set(son_dong.documents) == {merged["an-ba"], merged["son-dong"]}
        (was,) = son_dong.formerly  # and why: the old commune the plan was issued by
        assert was.document == merged["an-ba"]
        assert was.place.names == ("Bắc Giang", "Sơn Động", "An Bá")
        provinces = {p.place.label: p for lc in report.levels for p in lc.places
                     if p.implemented and lc.level is Level.PROVINCE}  # fmt: skip
        assert set(provinces) == {"Bắc Ninh", "Đắk Lắk"}
        # Bắc Ninh's plan of May 2025 spoke for the old Bắc Ninh: said beside it
        (before,) = provinces["Bắc Ninh"].formerly
        assert before.document == merged["bac-ninh"] and before.place.province == "Bắc Ninh"
        assert not provinces["Đắk Lắk"].formerly  # issued after the merger: the new Đắk Lắk
        (tan_yen,) = report.former_districts
        assert tan_yen.document == merged["tan-yen"]
        assert tan_yen.now == R.PlaceRef(Level.PROVINCE, "Bắc Ninh")
        # a commune named with a district the conversion table does not hold is not matched
        # by its name alone (a new commune often bears an old one's name, not its land)
        assert report.unplaced == (merged["typo"],)
        data = report.as_dict()
        assert data["former_districts"][0]["now"]["province"] == "Bắc Ninh"

    def test_coverage_on_the_documents_date_names_plans_issued_after_the_merger(
        self, store: GraphStore, merged: dict[str, str]
    ) -> None:
        report = R.coverage(store, "57-NQ/TW")  # the units of 22/12/2024: 63 provinces
        assert not report.reorganised and report.levels[0].total == 63
        assert set(report.issued_after) == {merged["son-dong"], merged["dak-lak"]}
        assert merged["son-dong"] in report.unplaced  # no such commune before the merger

    def test_coverage_of_one_province_by_its_old_or_new_name(
        self, store: GraphStore, merged: dict[str, str]
    ) -> None:
        for name in ("Bắc Giang", "tỉnh Bắc Ninh", "tinh bac ninh"):
            report = R.coverage(store, "57-NQ/TW", units_on=date(2025, 7, 1), province=name)
            assert report.within == "Bắc Ninh"
            (province, commune) = report.levels
            assert [p.place.label for p in province.places] == ["Bắc Ninh"]
            assert 90 < commune.total < 110  # Bắc Ninh's 99 communes and wards of 2025
            docs = {k for lc in report.levels for p in lc.places for k in p.documents}
            assert merged["dak-lak"] not in docs
        before = R.coverage(store, "57-NQ/TW", province="Bắc Giang")  # the older units
        assert {p.place.label for p in before.levels[0].places} == {"Bắc Giang", "Bắc Ninh"}
        with pytest.raises(R.InvalidPlaces, match="no province 'Bắc Giong'"):
            R.coverage(store, "57-NQ/TW", province="Bắc Giong")

    def test_coverage_against_a_places_list_folds_diacritics(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        report = R.coverage(store, ROOT, places=R.read_places(PLACES_CSV))
        assert report.places_from == "list"
        rows = {
            lc.level: [(p.place.label, p.implemented) for p in lc.places] for lc in report.levels
        }
        assert rows[Level.PROVINCE] == [
            ("BAC GIANG", True), ("Ðắk Lắk", True), ("Lạng Sơn", False),
        ]  # fmt: skip
        assert rows[Level.DISTRICT] == [
            ("Bắc Giang / Huyện Tân Yên", True), ("bac giang / yen the", False),
        ]  # fmt: skip
        assert rows[Level.COMMUNE] == [
            ("Bắc Giang / Tân Yên / Xã Hòa Bình", True), ("Quang Ngai / Duc Pho / Tan Lap", False),
        ]  # fmt: skip
        assert report.levels[0].percent == 66.7
        # implementing documents at places not on the list are listed, not lost
        names = plan.by_names()
        assert set(report.unplaced) == {
            names[n].key
            for n in (
                ("Đắk Lắk", "Krông Pắc"),
                ("Quảng Ngãi", "Đức Phố"),
                ("Quảng Ngãi", "Đức Phố", "Hòa Bình"),
                ("Bắc Giang", "Tân Yên", "Tân Lập"),
            )
        }

    # ---------------------------------------------------------------- lag
    def test_lag_gives_median_and_spread_per_level(self, store: GraphStore, plan: Rollout) -> None:
        report = R.lag(store, ROOT)
        assert report.date == ROOT_DATE
        spreads = {lv.level: lv.spread.as_dict() for lv in report.levels}
        assert spreads[Level.PROVINCE] == {
            "count": 2, "median": 60.0, "min": 30, "p25": 45.0, "p75": 75.0, "max": 90,
        }  # fmt: skip
        assert spreads[Level.DISTRICT] == {
            "count": 2, "median": 90.0, "min": 60, "p25": 75.0, "p75": 105.0, "max": 120,
        }  # fmt: skip
        assert spreads[Level.COMMUNE] == {
            "count": 3, "median": 150.0, "min": 100, "p25": 125.0, "p75": 175.0, "max": 200,
        }  # fmt: skip
        assert report.overall.count == 7 and report.negative == ()

    def test_lag_counts_and_lists_undated_documents(self, store: GraphStore, plan: Rollout) -> None:
        report = R.lag(store, ROOT)
        duc_pho = plan.by_names()[("Quảng Ngãi", "Đức Phố")].key
        assert report.undated == (duc_pho,)
        (district,) = [lv for lv in report.levels if lv.level is Level.DISTRICT]
        assert district.undated == (duc_pho,)
        assert len(report.rows) == len(IMPLEMENTERS)  # every implementer is a row

    def test_lag_uses_the_documents_own_date_over_a_citing_one(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        node = store.node(ROOT)
        assert node is not None and node.dates == ("2020-01-01", "2020-01-10")
        assert R.document_date(node) == date(2020, 1, 10)

    # ---------------------------------------------------------------- quality
    def test_quality_ranks_stubs_by_citing_documents(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        report = R.quality(store)
        stubs = [(s.code, s.cited_by) for s in report.stubs]
        non_implementers = len(plan.docs) - len(IMPLEMENTERS)
        assert stubs == [(UNRELATED, non_implementers), ("05-CT/TW", 2), ("07-QĐ/TW", 1),
                         ("36-NQ/HU", 1)]  # fmt: skip
        assert non_implementers == 13

    def test_quality_reports_conflicts_type_words_and_unplaced_codes(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        report = R.quality(store)
        assert [(c.key, c.field) for c in report.conflicts] == [(ROOT, "date")]
        (mismatch,) = report.type_mismatches
        assert mismatch.key == ROOT and mismatch.detail == ("01-KL/TW (KL)", "01-TB/TW (TB)")
        assert [u.key for u in report.unqualified] == ["36-NQ/HU@?c-yen-the"]
        assert report.counts()["stubs"] == 4
        assert json.loads(json.dumps(report.as_dict()))["counts"] == report.counts()

    # ---------------------------------------------------------------- top
    def test_top_ranks_cited_and_implemented_documents(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        top = R.top(store, limit=3)
        names = plan.by_names()
        tan_yen = names[("Bắc Giang", "Tân Yên")].code
        assert [(r.code, r.count) for r in top.implemented] == [
            (UNRELATED, 13), (ROOT, 3), (tan_yen, 2),
        ]  # fmt: skip
        assert [(r.code, r.count) for r in top.cited] == [
            (UNRELATED, 13), (ROOT, 3), ("05-CT/TW", 2),
        ]  # fmt: skip

    def test_top_filters_by_level_and_year(self, store: GraphStore, plan: Rollout) -> None:
        districts = R.top(store, level=Level.DISTRICT, limit=5)
        names = plan.by_names()
        assert [(r.code, r.count) for r in districts.implemented] == [
            (names[("Bắc Giang", "Tân Yên")].code, 2),
            (names[("Quảng Ngãi", "Đức Phố")].code, 1),
        ]
        in_2020 = R.top(store, year=2020, limit=10)
        # dated 2020: the root and the implementing plans (the others are 2021)
        assert {r.code for r in in_2020.implemented} == {
            ROOT, names[("Bắc Giang",)].code, names[("Đắk Lắk",)].code,
            names[("Bắc Giang", "Tân Yên")].code,
        }  # fmt: skip
        assert R.top(store, year=1999).cited == ()
        groups = R.top_groups(store, by="year")
        assert list(groups) == ["2020", "undated"]  # 99-NQ/TW and 05-CT/TW carry no date

    def test_top_says_which_citers_only_may_mean_the_document(self, store: GraphStore) -> None:
        # the Politburo's 35-CT/TW of 30/5/2019 and of 14/6/2024, a district plan of 10/9/2024
        # citing "Chỉ thị số 35-CT/TW của Bộ Chính trị" without a date (an uncertain edge to
        # each), and one citing "Chỉ thị số 35-CT/TW, ngày 14/6/2024" (certain)
        olds, news = "35-CT/TW@XII", "35-CT/TW@XIII"
        for key, day in ((olds, "2019-05-30"), (news, "2024-06-14")):
            own = (Fact(DATE, day, key), Fact(SPELLING, "35-CT/TW", key))
            node = Node(key, "35-CT/TW", key, level=Level.CENTRAL, kind="CT", host_doc=key,
                        facts=own)  # fmt: skip
            store.replace_document(DocumentWrite(key, "h", f"{key}.txt", key, (node,), ()))
        said = "thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị"
        for name, targets, candidates in (("undated", (olds, news), (olds, news)),
                                          ("dated", (news,), ())):  # fmt: skip
            key = f"120-KH/HU@{name}"
            host = Node(key, "120-KH/HU", key, kind="KH", level=Level.DISTRICT, host_doc=name,
                        facts=(Fact(DATE, "2024-09-10", name),))  # fmt: skip
            cited = tuple(Node(t, "35-CT/TW", t, level=Level.CENTRAL) for t in targets)
            edges = tuple(Edge(key, t, RelationType.IMPLEMENTS, name, "implements", name,
                               (EdgeEvidence(0, len(said), said, candidates=candidates),))
                          for t in targets)  # fmt: skip
            store.replace_document(DocumentWrite(name, "h", name, key, (host, *cited), edges))
        top = R.top(store, limit=5)
        for ranking in (top.cited, top.implemented):
            rows = {r.key: (r.count, r.uncertain) for r in ranking}
            # the undated plan counts for both, and each row says it may not mean that one
            assert rows == {news: (2, 1), olds: (1, 1)}
        assert top.as_dict()["cited"][0]["uncertain"] == 1
        (group,) = R.top_groups(store, by="level").values()
        assert [(r.key, r.uncertain) for r in group.implemented] == [(news, 1), (olds, 1)]

    # ---------------------------------------------------------------- timeline data
    def test_lineage_timeline_holds_the_chain_with_dates(
        self, store: GraphStore, plan: Rollout
    ) -> None:
        tl = R.lineage_timeline(store, ROOT)
        assert {d.key for d in tl.docs} == plan.chain() | {ROOT}
        assert [d.key for d in tl.docs if d.focus] == [ROOT]
        assert len(tl.links) == len(IMPLEMENTERS)

    # ---------------------------------------------------------------- sample corpus
    def test_corpus_coverage_of_62_kl_tw(self, store: GraphStore) -> None:
        corpus_store(store)
        report = R.coverage(store, CONCLUSION_62)
        district = {p.place.label: p.documents for p in report.levels[1].places if p.implemented}
        # "Thị ủy Đức Phố": the one district of that name, in Quảng Ngãi
        town = "74-KH/TU@quang-ngai/duc-pho@2020-2025"
        assert district == {"Quảng Ngãi / Đức Phổ": (town,)}
        assert report.levels[0].total == 63  # a 2009 conclusion: the 63 provinces
        # the ward plan names no ward; 123-KH/TU no province: listed, not dropped
        assert report.unplaced == ("123-KH/TU@?doc-ff97253a8f1f1fde", "doc:doc-1c20726a4c84769a")

    def test_corpus_lag_and_quality(self, store: GraphStore) -> None:
        corpus_store(store)
        report = R.lag(store, CONCLUSION_62)
        assert report.date == date(2009, 12, 8)  # three documents against one (08/9)
        days = {r.code: r.days for r in report.rows}
        assert days["160-TB/TW"] == (date(2020, 1, 15) - date(2009, 12, 8)).days
        assert report.undated == ("doc:doc-1c20726a4c84769a",)
        quality = R.quality(store)
        assert {(c.key, c.field) for c in quality.conflicts} == {
            (CONCLUSION_62, "date"), (CONCLUSION_62, "term"),
        }  # fmt: skip
        assert [m.key for m in quality.type_mismatches] == [NOTICE_160]
        assert quality.stubs[0].code == "62-KL/TW" and quality.stubs[0].cited_by == 5
        assert R.top(store, limit=1).cited[0].code == "62-KL/TW"

    def test_unknown_code_is_document_not_found(self, store: GraphStore) -> None:
        corpus_store(store)
        with pytest.raises(DocumentNotFound):
            R.coverage(store, "999-KL/TW")
        with pytest.raises(DocumentNotFound):
            R.lag(store, "999-KL/TW")


class TestEmbeddedReports(ReportsContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return EmbeddedStore(tmp_path / "graph")


class TestSQLiteReports(ReportsContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return SQLiteStore(tmp_path / "graph")


@pytest.mark.neo4j
class TestNeo4jReports(ReportsContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return open_test_neo4j()


# -------------------------------------------------------------------- places CSV
def test_read_places_accepts_vietnamese_headers_and_level_words() -> None:
    text = "cấp,tỉnh,huyện,xã\nxã,Bắc Giang,Tân Yên,Cao Xá\n,Nam Định,Hải Hậu,\n"
    places = R.read_places(text)
    assert [(p.level, p.label) for p in places] == [
        (Level.COMMUNE, "Bắc Giang / Tân Yên / Cao Xá"),
        (Level.DISTRICT, "Nam Định / Hải Hậu"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("province,district\nBắc Giang,Tân Yên\n", "needs the columns"),
        ("level,province,district,commune\nthôn,Bắc Giang,,\n", "unknown level"),
        ("level,province,district,commune\ndistrict,Bắc Giang,,\n", "needs its own name"),
    ],
)
def test_bad_places_csv_is_invalid_places_422(text: str, message: str) -> None:
    with pytest.raises(R.InvalidPlaces, match=message) as err:
        R.read_places(text)
    assert err.value.status == 422


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Đắk Lắk", "dak lak"),  # đ folds to d
        ("Ðắk Lắk", "Đắk Lắk"),  # Eth from OCR
        ("Huyện Tân Yên", "tan  yen"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ],
)
def test_place_names_match_without_diacritics(a: str, b: str) -> None:
    assert R.name_key(a) == R.name_key(b)
    assert R.name_key(R.name_key(a)) == R.name_key(a)


@pytest.mark.parametrize(
    ("name", "other"),
    [
        # https://xatinhtra.sontinh.quangngai.gov.vn/page/Article/News/detail/67d14d9f10e9464b9f042acb
        # ("UBND xã Tịnh Trà"): Tịnh Trà is a commune, not "tỉnh Trà"
        ("Tịnh Trà", "Trà"),
        # https://thanhhoa24h.net.vn/tag/hoat-dong-chui ("huyện Quan Hóa"): not "quận Hóa"
        ("Quan Hóa", "Hóa"),
        # thị xã Tịnh Biên (An Giang), 721/NQ-UBTVQH15
        ("Tịnh Biên", "Biên"),
        ("Xà Bang", "Bang"),  # a commune of Bà Rịa - Vũng Tàu, not "xã Bang"
        ("Phượng Sơn", "Sơn"),  # a commune of Bắc Giang, not "phường Sơn"
    ],
)
def test_place_key_keeps_a_name_that_begins_like_a_unit_word(name: str, other: str) -> None:
    assert R.name_key(name) != R.name_key(other)
    assert place_key(name) != place_key(other)
    assert place_key(f"xã {name}") == place_key(name)  # the unit word itself still goes


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("tỉnh Quảng Ngãi", "Quảng Ngãi"),
        ("TỈNH QUẢNG NGÃI", "Quảng Ngãi"),
        ("Xã Tịnh Trà", "Tịnh Trà"),
        ("tinh Quang Ngai", "Quảng Ngãi"),  # typed without marks: the unit word without them
        ("TP. Huế", "Huế"),
        ("Thị xã Tịnh Biên", "Tịnh Biên"),
    ],
)
def test_place_key_drops_the_unit_word(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


# -------------------------------------------------------------------- CLI and API
@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    store = EmbeddedStore(tmp_path / "data")
    corpus_store(store)
    store.close()
    return tmp_path / "data"


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    import argparse

    from api import cli_reports

    parser = argparse.ArgumentParser(prog="vbgraph")
    cli_reports.register(parser.add_subparsers(dest="command", required=True))
    ns = parser.parse_args(args)
    code = ns.handler(ns)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_report_coverage_table_has_bilingual_labels(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _cli(["report", "coverage", "62 KL TW", "--data-dir", str(data_dir)], capsys)
    assert code == 0
    for label in ("Địa bàn / place", "Đã có / implemented", "Chưa có / none recorded", "Đức Phố"):
        assert label in out


def test_cli_report_coverage_lists_provinces_and_folds_the_long_tail(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["report", "coverage", "62-KL/TW", "--data-dir", str(data_dir)]
    code, out, _ = _cli(args, capsys)
    assert code == 0
    assert "Hà Nội" in out and "Quảng Ngãi / Đức Phổ" in out  # every province is a row
    assert "9991 more with none" in out and "Xuân" not in out  # communes folded
    assert "Chưa rõ địa bàn" in out  # implementers without a place counted
    code, out, _ = _cli([*args, "--all"], capsys)
    assert code == 0 and "more with none" not in out and out.count("\n") > 10_000


def test_cli_report_coverage_with_places_file_as_json(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    places = tmp_path / "places.csv"
    places.write_text("level,province,district,commune\ndistrict,Quảng Ngãi,Duc Pho,\n")
    args = ["report", "coverage", "62-KL/TW", "--places", str(places), "--json"]
    code, out, _ = _cli([*args, "--data-dir", str(data_dir)], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["places_from"] == "list" and data["levels"][1]["percent"] == 100.0


def test_cli_report_lag_csv_and_top_json(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _cli(["report", "lag", "62-KL/TW", "--csv", "--data-dir", str(data_dir)], capsys)
    header = "key,code,level,place,date,lag_days,depth,via,uncertain"
    assert code == 0 and out.splitlines()[0] == header
    code, out, _ = _cli(
        ["report", "top", "--json", "--limit", "2", "--data-dir", str(data_dir)], capsys
    )
    assert code == 0 and json.loads(out)["cited"][0]["code"] == "62-KL/TW"


def test_cli_report_unknown_code_exits_4(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _cli(["report", "lag", "999-KL/TW", "--data-dir", str(data_dir)], capsys)
    assert code == 4 and "không có văn bản '999-KL/TW' trong đồ thị" in err
    assert "no document '999-KL/TW' in the graph" in err


def test_cli_export_graphml_and_csv(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import networkx as nx

    out_file = tmp_path / "g.graphml"
    args = ["export", "--format", "graphml", "-o", str(out_file), "62-KL/TW"]
    assert _cli([*args, "--data-dir", str(data_dir)], capsys)[0] == 0
    assert nx.read_graphml(out_file, force_multigraph=True).number_of_nodes() == 5
    args = ["export", "--format", "csv", "-o", f"{tmp_path / 'csv'}/"]
    assert _cli([*args, "--data-dir", str(data_dir)], capsys)[0] == 0
    assert (tmp_path / "csv" / "nodes.csv").exists() and (tmp_path / "csv" / "edges.csv").exists()


def test_cli_report_timeline_writes_png(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "t.png"
    args = ["report", "timeline", "62-KL/TW", "-o", str(out_file), "--data-dir", str(data_dir)]
    assert _cli(args, capsys)[0] == 0
    assert out_file.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# The opening of a commune's plan of 26/4/2024, before the 2025 reorganisation: xã Tịnh Trà of
# huyện Sơn Tịnh (Quảng Ngãi), carrying out the province's 13-NQ/TU through the district's
# 50/KH-UBND (https://xatinhtra.sontinh.quangngai.gov.vn/page/Article/News/detail/
# 67d14d9f10e9464b9f042acb). On 1 July 2025 Tịnh Trà became part of xã Ba Gia.
TINH_TRA = """ỦY BAN NHÂN DÂN XÃ TỊNH TRÀ |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |
Số: /KH-UBND |
Tịnh Trà, ngày 26 tháng 4 năm 2024 |
KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023
Của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi
Đến năm 2025, định hướng đến năm 2030
Thực hiện Kế hoạch số 50/KH-UBND ngày 11/3/2024 của UBND huyện Sơn Tịnh về triển khai thực \
hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số \
tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030; UBND xã Tịnh Trà ban hành Kế hoạch \
triển khai thực hiện Nghị quyết với nội dung chủ yếu như sau:
I. MỤC TIÊU
"""


@pytest.fixture
def old_commune_dir(tmp_path: Path) -> Path:
    """A store holding the Tịnh Trà plan (TINH_TRA), ingested as a user's text file."""
    from graph import ingest_file

    text = tmp_path / "tinh-tra.txt"
    text.write_text(TINH_TRA, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "old")
    ingest_file(store, text)
    store.close()
    return tmp_path / "old"


def test_cli_report_coverage_over_2025_units_says_what_each_place_was(
    old_commune_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["report", "coverage", "13-NQ/TU", "--data-dir", str(old_commune_dir)]
    code, out, _ = _cli([*args, "--units-on", "01/07/2025"], capsys)
    assert code == 0
    assert "units in force on 01/07/2025" in out and "Huyện / district" not in out
    assert "Quảng Ngãi / Ba Gia" in out  # the commune Tịnh Trà is part of now
    # the old commune, beside its plan (a table cell wraps where the issuer's length puts it)
    assert "(trước 1/7/2025: xã Tịnh Trà," in " ".join(out.replace("│", " ").split())
    assert "district plans from before 1 July 2025" in out
    assert "huyện Sơn Tịnh, tỉnh Quảng Ngãi" in out and "50/KH-UBND" in out
    code, out, _ = _cli([*args, "--units-on", "2025-07-01", "--csv"], capsys)
    rows = out.splitlines()
    assert rows[0].endswith(",before_2025")
    assert any(r.startswith("commune,Quảng Ngãi,,Ba Gia,True,")
               and r.endswith(": Quảng Ngãi / Sơn Tịnh / Tịnh Trà") for r in rows)  # fmt: skip
    assert any(r.startswith("district,Quảng Ngãi,Sơn Tịnh,,True,") for r in rows)
    code, out, _ = _cli(args, capsys)  # on the document's own date: the units of 2023
    assert code == 0 and "Quảng Ngãi / Sơn Tịnh / Tịnh Trà" in out


def test_cli_report_coverage_refuses_a_day_or_province_it_cannot_read(
    old_commune_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["report", "coverage", "13-NQ/TU", "--data-dir", str(old_commune_dir)]
    with pytest.raises(SystemExit):
        _cli([*args, "--units-on", "1/7"], capsys)
    err = capsys.readouterr().err
    assert "ngày '1/7' không đọc được" in err and "cannot read the day '1/7'" in err
    code, _, err = _cli([*args, "--province", "Quang Ngia"], capsys)
    assert code != 0
    assert "không có tỉnh, thành phố 'Quang Ngia'" in err and "no province 'Quang Ngia'" in err


def test_api_coverage_over_2025_units_of_one_province(old_commune_dir: Path) -> None:
    from fastapi.testclient import TestClient

    with _client(old_commune_dir) as client:
        assert isinstance(client, TestClient)
        params = {"code": "13-NQ/TU", "units_on": "2025-07-01", "province": "Quang Ngai",
                  "with_missing": "false"}  # fmt: skip
        r = client.get("/api/v1/reports/coverage", params=params)
        assert r.status_code == 200
        data = r.json()
        assert data["reorganised"] and data["within"] == "Quảng Ngãi"
        (commune,) = data["levels"]
        (ba_gia,) = commune["places"]
        assert ba_gia["commune"] == "Ba Gia"
        assert ba_gia["before_2025"][0]["before_2025"]["commune"] == "Tịnh Trà"
        assert data["former_districts"][0]["before_2025"]["district"] == "Sơn Tịnh"
        bad = client.get("/api/v1/reports/coverage", params={**params, "province": "Xyz"})
        assert bad.status_code == 422
        assert bad.headers["content-type"].startswith("application/problem+json")
        assert "không có tỉnh" in bad.json()["detail"] and "no province" in bad.json()["detail"]
        bad = client.get("/api/v1/reports/coverage", params={**params, "units_on": "1/7/2025"})
        assert bad.status_code == 422


@pytest.fixture
def client(data_dir: Path) -> Iterator[object]:
    with _client(data_dir) as c:
        yield c


@contextlib.contextmanager
def _client(data_dir: Path) -> Iterator[object]:
    """A test client of the API over the embedded store in `data_dir`, reports included."""
    from fastapi.testclient import TestClient

    from api.main import create_app
    from api.routes import reports
    from api.settings import Settings

    app = create_app(Settings(backend="embedded", data_dir=data_dir))
    before = len(app.router.routes)
    for router in reports.ROUTERS:
        app.include_router(router)
    # the timeline page must come before the graph view's catch-all /view/{code:path}
    added = app.router.routes[before:]
    del app.router.routes[before:]
    app.router.routes[:0] = added
    with TestClient(app) as c:
        yield c


def test_api_reports_answer_json(client: object) -> None:
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    r = client.get("/api/v1/reports/coverage", params={"code": "62-KL/TW"})
    assert r.status_code == 200 and r.json()["levels"][1]["implemented"] == 1
    assert r.json()["places_from"] == "gazetteer" and r.json()["levels"][0]["total"] == 63
    short = client.get(
        "/api/v1/reports/coverage", params={"code": "62-KL/TW", "with_missing": "false"}
    ).json()
    assert [len(lc["places"]) for lc in short["levels"]] == [0, 1, 0]
    assert [lc["total"] for lc in short["levels"]] == [lc["total"] for lc in r.json()["levels"]]
    graph = client.get("/api/v1/reports/coverage", params={"code": "62-KL/TW", "source": "graph"})
    assert graph.json()["places_from"] == "graph" and graph.json()["levels"][0]["total"] < 63
    bad = client.get("/api/v1/reports/coverage", params={"code": "62-KL/TW", "source": "x"})
    assert bad.status_code == 422
    r = client.get("/api/v1/reports/lag", params={"code": "62 KL TW"})
    assert r.status_code == 200 and r.json()["date"] == "2009-12-08"
    assert client.get("/api/v1/reports/quality").json()["counts"]["type_mismatches"] == 1
    r = client.get("/api/v1/reports/top", params={"level": "central", "limit": 1})
    assert r.json()["cited"][0]["code"] == "62-KL/TW"


def test_api_coverage_post_with_places_csv(client: object) -> None:
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    body = "level,province,district,commune\ndistrict,,Đức Phố,\ndistrict,Bắc Giang,Việt Yên,\n"
    r = client.post(
        "/api/v1/reports/coverage",
        params={"code": "62-KL/TW"},
        content=body.encode(),
        headers={"Content-Type": "text/csv"},
    )
    assert r.status_code == 200 and r.json()["levels"][1]["percent"] == 50.0
    bad = client.post("/api/v1/reports/coverage", params={"code": "62-KL/TW"}, content=b"x,y\n")
    assert bad.status_code == 422 and bad.json()["title"] == "InvalidPlaces"


def test_api_unknown_code_returns_404_problem(client: object) -> None:
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    r = client.get("/api/v1/reports/lag", params={"code": "999-KL/TW"})
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"


def test_api_timeline_svg_page_and_export(client: object) -> None:
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    r = client.get("/api/v1/reports/timeline", params={"code": "62-KL/TW"})
    assert r.status_code == 200 and r.headers["content-type"] == "image/svg+xml"
    assert "160-TB/TW" in r.text
    page = client.get("/view/62-KL/TW/timeline")
    assert page.status_code == 200 and "<svg" in page.text and "<script" not in page.text
    r = client.get("/api/v1/export", params={"format": "csv", "code": "62-KL/TW"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert r.content[:2] == b"PK"
    r = client.get("/api/v1/export", params={"format": "graphml"})
    assert r.status_code == 200 and b"<graphml" in r.content
    assert client.get("/api/v1/export", params={"format": "xls"}).status_code == 422


def test_api_csv_zip_opens_in_excel_like_the_cli_files_and_bom_false_leaves_the_mark_out(
    client: object,
) -> None:
    """The zip's two tables start with a UTF-8 byte order mark as `vbgraph export --format
    csv` writes them (Excel reads CSV without one in the system code page: "Káº¿t luáº­n");
    `bom=false` leaves it out for scripts."""
    import io
    import zipfile

    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)

    def tables(**params: str) -> dict[str, bytes]:
        r = client.get("/api/v1/export", params={"format": "csv", "code": "62-KL/TW", **params})
        assert r.status_code == 200, r.text
        with zipfile.ZipFile(io.BytesIO(r.content)) as z:
            return {name: z.read(name) for name in ("nodes.csv", "edges.csv")}

    marked, plain = tables(), tables(bom="false")
    for name in ("nodes.csv", "edges.csv"):
        assert marked[name] == "\ufeff".encode() + plain[name]
        assert plain[name].startswith(b":") or plain[name][:1].isalpha()
    assert "Kết luận".encode() in marked["nodes.csv"]


def test_cli_report_coverage_draws_the_map(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_png, out_svg = tmp_path / "map.png", tmp_path / "map.svg"
    for path in (out_png, out_svg):
        args = ["report", "coverage", "62-KL/TW", "--map", str(path), "--data-dir", str(data_dir)]
        code, _, err = _cli(args, capsys)
        assert code == 0 and str(path) in err
    assert out_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = out_svg.read_text(encoding="utf-8")
    assert "<svg" in svg and "Cà Mau" in svg and "tỉnh, thành phố / provinces: 63" in svg
    bad = ["report", "coverage", "62-KL/TW", "--map", str(tmp_path / "no" / "m.png")]
    code, _, err = _cli([*bad, "--data-dir", str(data_dir)], capsys)
    assert code != 0 and "cannot write" in err


def test_api_coverage_map_formats_and_page(client: object) -> None:
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    r = client.get("/api/v1/reports/coverage/map", params={"code": "62-KL/TW", "format": "json"})
    assert r.status_code == 200 and r.json()["level"] == "province"
    assert sum(r.json()["counts"].values()) == 63
    r = client.get("/api/v1/reports/coverage/map", params={"code": "62-KL/TW"})
    assert r.headers["content-type"].startswith("image/svg+xml") and b"<svg" in r.content
    r = client.get("/view/62-KL/TW/coverage")
    assert r.status_code == 200 and "Content-Security-Policy" in r.text
    assert "Quảng Ngãi" in r.text and "<script" not in r.text
    assert client.get("/view/999-KL/TW/coverage").status_code == 404


def test_cli_report_quality_names_findings_and_sources_for_people(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # issue 14: raw keys ("type_mismatches") and document hashes as conflict sources
    code, out, _ = _cli(["report", "quality", "--data-dir", str(data_dir)], capsys)
    assert code == 0
    assert "type_mismatches" not in out and "type word contradicts the code" in out
    assert "ngày / date" in out and ".txt" in out and "(doc-" not in out


def test_view_of_one_province_by_its_old_or_new_name(client: object) -> None:
    # The whole graph's view of a real collection (2,747 documents) drew its 2,000
    # best-connected, nearly all central State texts; an analyst wants her province's plans
    # and what they carry out: /view?province=, old or new name (Bắc Giang is Bắc Ninh's).
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    for name in ("Bắc Ninh", "bac giang"):
        page = client.get("/view", params={"province": name})
        assert page.status_code == 200
        assert "tỉnh Bắc Ninh" in page.text and "09-ĐA/HU" in page.text
        assert "doc-1c20726a4c84769a" not in page.text  # Đức Phố's ward plan: Quảng Ngãi
    bad = client.get("/view", params={"province": "Bắc Giong"})
    assert bad.status_code == 422 and "no province 'Bắc Giong'" in bad.text


def test_coverage_map_over_2025_units_of_one_province(
    old_commune_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the table counted over the 2025 units, the map drawn over the 2023 ones: the same
    # --units-on and --province now draw the picture the table counts
    with _client(old_commune_dir) as client:
        from fastapi.testclient import TestClient

        assert isinstance(client, TestClient)
        params = {"code": "13-NQ/TU", "units_on": "2025-07-01", "province": "Quảng Ngãi",
                  "format": "json"}  # fmt: skip
        data = client.get("/api/v1/reports/coverage/map", params=params).json()
        assert data["level"] == "commune" and 90 < len(data["places"]) < 110
        done = [p for p in data["places"] if p["status"] == "implemented"]
        assert [p["commune"] for p in done] == ["Ba Gia"]
        page = client.get("/view/13-NQ/TU/coverage", params={**params, "format": None})
        assert page.status_code == 200 and "Ba Gia" in page.text
    out_file = tmp_path / "map.svg"
    args = ["report", "coverage", "13-NQ/TU", "--data-dir", str(old_commune_dir), "--units-on",
            "2025-07-01", "--province", "Quảng Ngãi", "--map", str(out_file)]  # fmt: skip
    code, _, err = _cli(args, capsys)
    assert code == 0 and out_file.read_text().startswith("<?xml")
    assert f"({len(data['places'])} địa bàn / places)" in err

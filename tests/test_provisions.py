"""The provision a citation names ("khoản 2 Điều 26 Nghị định số 60/2021/NĐ-CP") is kept on
the reference and on the relation's evidence in both stores (issue 13). Sentences from real
State texts (Công báo), which may be quoted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph import ingest_extraction
from graph.embedded import EmbeddedStore
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore
from ingest.extract import extract
from ingest.provisions import provision_before
from ingest.relations import RelationType
from ingest.text import shadow_of
from tests.graph_fixtures import BackendContract
from tests.report_fixtures import open_test_neo4j

# cb-nghi-dinh-so-192-2026-nd-cp (Nghị định 192/2026/NĐ-CP, Điều 13)
REPEAL = (
    "CHÍNH PHỦ\nSố: 192/2026/NĐ-CP\nHà Nội, ngày 30 tháng 5 năm 2026\nNGHỊ ĐỊNH\n"
    "Quy định một số chế độ phụ cấp đặc thù trong lĩnh vực y tế\n"
    "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị định.\n"
    "3. Bãi bỏ khoản 2 Điều 26 Nghị định số 60/2021/NĐ-CP ngày 21 tháng 6 \nnăm 2021 của "
    "Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập.\n"
)


@pytest.mark.parametrize(
    ("text", "code", "provision"),
    [
        # cb-nghi-dinh-so-192-2026-nd-cp
        ("Bãi bỏ khoản 2 Điều 26 Nghị định số 60/2021/NĐ-CP ngày 21 tháng 6 năm 2021",
         "60/2021/NĐ-CP", "khoản 2 Điều 26"),
        # cb-thong-tu-so-08-2023-tt-bldtbxh ("của" between the provision and the document)
        ("Sửa đổi khoản 2 Điều 15 của Thông tư số 38/2015/TT-BLĐTBXH", "38/2015/TT-BLĐTBXH",
         "khoản 2 Điều 15"),
        # cb-luat-so-51-2024-qh15 (a point of a clause of an article)
        ("theo quy định tại điểm a khoản 35 Điều 1 của Luật số 51/2024/QH15",
         "51/2024/QH15", "điểm a khoản 35 Điều 1"),
        # tvpl (an article only, no "số")
        ("được quy định tại Điều 7 Nghị định 226/2025/NĐ-CP", "226/2025/NĐ-CP", "Điều 7"),
        # two clauses of one article
        ("Bãi bỏ khoản 1, khoản 2 Điều 4 Thông tư số 34/2018/TT-BLĐTBXH", "34/2018/TT-BLĐTBXH",
         "khoản 1, khoản 2 Điều 4"),
        # tvpl (a repost's note): numbers listed in one part
        ("nay được sửa đổi bởi Khoản 4, 7 Điều 1 Nghị định 148/2020/NĐ-CP", "148/2020/NĐ-CP",
         "Khoản 4, 7 Điều 1"),
        # some parts, unnamed: the edge says it is not about the whole text (tvpl-nghi-dinh-115-
        # 2024-nd-cp; Nghị định 48/2013/NĐ-CP, Điều 1, a PDF line break inside)
        ("Sửa đổi, bổ sung và bãi bỏ một số điều của Nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 "
         "năm 2021", "31/2021/NĐ-CP", "một số điều"),
        ("Điều 1. Sửa đổi, bổ sung, bãi\nbỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP "
         "ngày 08 tháng 6 năm 2010", "63/2010/NĐ-CP", "một số điều, khoản"),
        # the whole document: no provision
        ("Căn cứ Nghị định số 01/2017/NĐ-CP ngày 6 tháng 1 năm 2017", "01/2017/NĐ-CP", None),
        # an article heading of the citing text is not a provision of the cited one
        ("Điều 2. Quyết định này thay thế Quyết định số 1836/QĐ-UBND", "1836/QĐ-UBND", None),
    ],
)  # fmt: skip
def test_provisions_as_state_texts_write_them(text: str, code: str, provision: str | None) -> None:
    refs = [r for r in extract(text).references if r.canonical == code]
    assert [r.provision for r in refs] == [provision]


@pytest.mark.parametrize(
    "provision",
    ["điểm a", "tiết a1", "khoản 2", "Điều 8a", "mục 3", "Chương II", "Phần thứ hai",
     "Phụ lục I", "Mẫu số 01", "một số điều, khoản"],
)  # fmt: skip
def test_every_kind_of_part_is_found(provision: str) -> None:
    # (the pattern's leading lookahead lists the parts' first letters: one per kind here)
    text = f"sửa đổi {provision} của Nghị định số 30/2020/NĐ-CP"
    start = text.index("Nghị định")
    assert provision_before(shadow_of(text), text, start) == provision


@given(st.text(max_size=200))
def test_provision_finder_never_crashes(text: str) -> None:
    found = provision_before(shadow_of(text), text, len(text))
    assert found is None or found in " ".join(text.split())


class ProvisionContract(BackendContract):
    def test_the_repealed_provision_is_on_the_edge(self, store: GraphStore) -> None:
        ingest_extraction(store, extract(REPEAL, path="192-2026-nd-cp.txt"))
        # (a provision repealed amends the decree: FORMAT's "bãi bỏ Điều 5" is AMENDS)
        edges = [e for e in store.in_edges(["60/2021/NĐ-CP"]) if e.type is RelationType.AMENDS]
        assert len(edges) == 1
        assert [ev.provision for ev in edges[0].evidence] == ["khoản 2 Điều 26"]


class TestEmbeddedProvisions(ProvisionContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return EmbeddedStore(tmp_path / "graph")


class TestSQLiteProvisions(ProvisionContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return SQLiteStore(tmp_path / "graph")


@pytest.mark.neo4j
class TestNeo4jProvisions(ProvisionContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return open_test_neo4j()

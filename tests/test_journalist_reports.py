"""A journalist's reports over many provinces' pages (analyst10): what `report quality` and the
report tables say of documents cited but not ingested, on every backend.

The texts follow real plans citing two different resolutions numbered 20-NQ/TW: Ninh Bình's
Kế hoạch 177/KH-UBND of 30/9/2024, citing the 11th-term resolution of 01/11/2012
(https://thuvienphapluat.vn/bulletin/document.aspx?bid=a7651544-64c6-4da3-9ea1-674d6bd4be91&key=JNgKcTotAKOFUluvQ1Ic2A%3D%3D);
Tuyên Quang's Kế hoạch 48/KH-UBND of 2018, citing the 12th-term one of 25/10/2017
(https://thuviennhadat.vn/vbpl/ke-hoach-48-kh-ubnd-2018-chien-luoc-quoc-gia-dinh-duong-tuyen-quang-386298.html);
and Quảng Ngãi's Kế hoạch 206/KH-UBND of 2023, naming "Nghị quyết số 20-NQ/TW" without a date
(https://hethongphapluat.com/ke-hoach-206-kh-ubnd-nam-2023-thuc-hien-chien-luoc-quoc-gia-ve-phong-chong-tac-hai),
which therefore stands to both, uncertain.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import reports as R
from graph.build import ingest_extraction
from graph.embedded import EmbeddedStore
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore
from ingest import extract
from tests.graph_fixtures import BackendContract, open_test_neo4j

XI, XII = "20-NQ/TW@XI", "20-NQ/TW@XII"

_UBND = (
    "ỦY BAN NHÂN DÂN\nTỈNH {upper}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: {number}/KH-UBND\n"
    "{name}, ngày {day}\nKẾ HOẠCH\n"
)
TEXTS = {
    "ninhbinh-177.txt": _UBND.format(
        upper="NINH BÌNH", number=177, name="Ninh Bình", day="30 tháng 9 năm 2024"
    ) + (
        "THỰC HIỆN KẾT LUẬN SỐ 69-KL/TW, NGÀY 11/01/2024 CỦA BỘ CHÍNH TRỊ VỀ TIẾP TỤC THỰC "
        "HIỆN NGHỊ QUYẾT SỐ 20-NQ/TW, NGÀY 01/11/2012 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA "
        "XI VỀ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ\n"
    ),
    "tuyenquang-48.txt": _UBND.format(
        upper="TUYÊN QUANG", number=48, name="Tuyên Quang", day="18 tháng 5 năm 2018"
    ) + (
        "Thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (khóa "
        "XII) về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình "
        "hình mới\n"
    ),
    "quangngai-206.txt": _UBND.format(
        upper="QUẢNG NGÃI", number=206, name="Quảng Ngãi", day="20 tháng 12 năm 2023"
    ) + (
        "Thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương Đảng, Ủy ban nhân dân "
        "tỉnh ban hành Kế hoạch như sau.\n"
    ),
}  # fmt: skip


def write_plans(store: GraphStore) -> None:
    for name, text in TEXTS.items():
        ingest_extraction(store, extract(text, path=name))


class JournalistContract(BackendContract):
    """What every backend answers on the two resolutions 20-NQ/TW and their plans."""

    @pytest.fixture
    def plans(self, store: GraphStore) -> Iterator[GraphStore]:
        write_plans(store)
        yield store

    def test_quality_stubs_say_which_citers_only_may_mean_each_resolution(
        self, plans: GraphStore
    ) -> None:
        # Quảng Ngãi's undated mention is counted as a citer of both resolutions (the kept
        # count); the stubs list said so nowhere, as `report top` and `show` do
        stubs = {d.key: (d.cited_by, d.uncertain) for d in R.quality(plans).stubs}
        assert stubs[XI] == (3, 1)  # Ninh Bình's plan, 69-KL/TW (as Ninh Bình says), Quảng Ngãi
        assert stubs[XII] == (2, 1)  # Tuyên Quang's plan, Quảng Ngãi
        assert stubs["69-KL/TW@XIII"] == (1, 0)
        as_dict = {d["key"]: d["uncertain"] for d in R.quality(plans).as_dict()["stubs"]}
        assert as_dict[XI] == 1 and as_dict["69-KL/TW@XIII"] == 0


class TestEmbeddedJournalist(JournalistContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return EmbeddedStore(tmp_path / "graph")


class TestSQLiteJournalist(JournalistContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return SQLiteStore(tmp_path / "graph")


@pytest.mark.neo4j
class TestNeo4jJournalist(JournalistContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return open_test_neo4j()


def _cli(tmp_path: Path, *args: str) -> str:
    """What `vbgraph --data-dir DATA ARGS` prints, the plans ingested into DATA first."""
    from api.cli import main

    data = ["--data-dir", str(tmp_path / "data")]
    if not (tmp_path / "data").exists():
        folder = tmp_path / "docs"
        folder.mkdir()
        for name, text in TEXTS.items():
            (folder / name).write_text(text, encoding="utf-8")
        assert main([*data, "ingest", str(folder)]) == 0
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*data, *args]) == 0
    return out.getvalue()


def test_quality_names_each_stub_by_its_term_and_marks_its_uncertain_citers(
    tmp_path: Path,
) -> None:
    # The stubs table showed two rows "20-NQ/TW" with 3 and 2 citers: which resolution to
    # acquire could not be told, nor that one citer of each may mean the other
    shown = " ".join(_cli(tmp_path, "report", "quality").replace("│", " ").split())
    assert "20-NQ/TW (khóa XI) Trung ương / central 3 (1 chưa chắc / uncertain)" in shown
    assert "20-NQ/TW (khóa XII) Trung ương / central 2 (1 chưa chắc / uncertain)" in shown
    rows = json.loads(_cli(tmp_path, "report", "quality", "--json"))["stubs"]
    assert {r["key"]: r["uncertain"] for r in rows if r["code"] == "20-NQ/TW"} == {XI: 1, XII: 1}
    table = _cli(tmp_path, "report", "quality", "--csv").splitlines()
    assert table[0].endswith(",cited_by,uncertain,detail")
    assert any(line.startswith(f"stubs,{XI},20-NQ/TW,central,,3,1,") for line in table)

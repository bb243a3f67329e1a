"""What is still in force: a document an ingested text replaces or repeals is shown as ended
(API field, CLI, view), and the quality report lists documents that still rely on it.

Runs on both stores: the answer comes from the edges, which both keep alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from api import present
from api.schemas import DocumentOut
from api.uploads import commit, prepare
from api.views import lineage_view, overview
from graph.embedded import EmbeddedStore
from graph.lineage import resolve
from graph.reports import quality
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore
from tests.graph_fixtures import open_test_neo4j

# Modelled on real Hà Tĩnh decisions (j-hatinh-1281-qd-ubnd-header-no-type-replaced): a 2020
# decision replaces one of 2015; a 2017 plan rested on the old one while it was in force, a
# 2021 plan still rests on it.
OLD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1281/QĐ-UBND\nHà Tĩnh, ngày 10 tháng 5 năm 2015\n\n"
    "QUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp\n\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
)
NEW = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 2519/QĐ-UBND\nHà Tĩnh, ngày 20 tháng 8 năm 2020\n\n"
    "QUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp (thay thế)\n\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    "Điều 2. Quyết định này thay thế Quyết định số 1281/QĐ-UBND ngày 10/5/2015 của UBND tỉnh "
    "Hà Tĩnh.\n"
)
PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: {number}/KH-UBND\nHà Tĩnh, ngày 02 tháng 3 năm {year}\n\n"
    "KẾ HOẠCH\nTriển khai Quy chế phối hợp\n\nCăn cứ Quyết định số 1281/QĐ-UBND ngày 10/5/2015 "
    "của UBND tỉnh Hà Tĩnh ban hành Quy chế phối hợp, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
    "như sau:\n"
)


@pytest.fixture(params=["embedded", "sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    s: GraphStore
    if request.param == "embedded":
        s = EmbeddedStore(tmp_path / "g")
    elif request.param == "sqlite":
        s = SQLiteStore(tmp_path / "g")
    else:
        s = open_test_neo4j()
    s.clear()
    yield s
    s.close()


def _ingest(store: GraphStore, text: str, name: str) -> str:
    report = commit(store, prepare(text.encode(), filename=name))
    assert report.ok and report.document is not None, report
    return report.document


def _detail(store: GraphStore, key: str) -> DocumentOut:
    node = store.node(key)
    assert node is not None
    return present.detail(node, cited_by=store.in_edges([key]), cites_total=0, limit=10)


def test_a_replaced_document_is_no_longer_in_force(store: GraphStore) -> None:
    old = _ingest(store, OLD, "old.txt")
    new = _ingest(store, NEW, "new.txt")
    assert resolve(store, "1281/QĐ-UBND") == old
    doc = _detail(store, old)
    assert doc.in_force is False and doc.ended_by == [new]
    newer = _detail(store, new)
    assert newer.in_force is True and newer.ended_by == []
    shown = {n.key: n for n in overview(store, limit=100).nodes}
    assert shown[old].ended_by == ("2519/QĐ-UBND",) and shown[new].ended_by == ()
    focused = {n.key: n for n in lineage_view(store, old).nodes}
    assert focused[old].ended_by == ("2519/QĐ-UBND",)


def test_quality_lists_documents_still_relying_on_an_ended_one(store: GraphStore) -> None:
    old = _ingest(store, OLD, "old.txt")
    new = _ingest(store, NEW, "new.txt")
    before = _ingest(store, PLAN.format(number="45", year="2017"), "plan2017.txt")
    after = _ingest(store, PLAN.format(number="88", year="2021"), "plan2021.txt")
    found = quality(store).relies_on_ended
    assert [(r["source"], r["type"], r["target"], r["ended_by"]) for r in found] == [
        (after, "BASED_ON", old, [new])
    ]  # the 2017 plan was written while the decision was in force
    assert before not in {r["source"] for r in found}


# Modelled on real amending decisions ("Điều 2. Bãi bỏ khoản 2 Điều 26 …"): repealing one
# provision amends the decision (FORMAT: an end of part is AMENDS), which stays in force; a
# later text repealing the whole of it ends it.
PARTIAL = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 30/2021/QĐ-UBND\nHà Tĩnh, ngày 02 tháng 7 năm 2021\n\n"
    "QUYẾT ĐỊNH\nSửa đổi Quy chế phối hợp\n\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Bãi bỏ khoản 2 Điều 26 Quyết định số 1281/QĐ-UBND ngày 10/5/2015 của UBND tỉnh "
    "Hà Tĩnh.\n"
)
WHOLE = PARTIAL.replace("30/2021", "41/2022").replace("năm 2021", "năm 2022").replace(
    "Bãi bỏ khoản 2 Điều 26 Quyết định", "Bãi bỏ Quyết định"
)


def test_repealing_a_provision_leaves_the_document_in_force(store: GraphStore) -> None:
    old = _ingest(store, OLD, "old.txt")
    partial = _ingest(store, PARTIAL, "partial.txt")
    _ingest(store, PLAN.format(number="88", year="2023"), "plan2023.txt")
    [repeal] = [e for e in store.in_edges([old]) if e.source == partial]
    assert repeal.type.value == "AMENDS" and repeal.evidence[0].provision == "khoản 2 Điều 26"
    assert _detail(store, old).in_force is True
    assert not quality(store).relies_on_ended
    whole = _ingest(store, WHOLE, "whole.txt")
    doc = _detail(store, old)
    assert doc.in_force is False and doc.ended_by == [whole]
    assert [r["ended_by"] for r in quality(store).relies_on_ended] == [[whole]]


def test_the_cli_says_what_ended_a_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from api.cli import main

    for name, text in (("old.txt", OLD), ("new.txt", NEW), ("plan.txt", PLAN.format(
            number="88", year="2021"))):  # fmt: skip
        (tmp_path / "in" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    data = str(tmp_path / "g")
    assert main(["ingest", str(tmp_path / "in"), "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["show", "1281/QĐ-UBND", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "hết hiệu lực / no longer in force" in out and "thay thế / replaces" in out
    assert main(["report", "quality", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "Vẫn dựa vào văn bản đã hết hiệu lực" in out and "căn cứ / based on" in out

"""`vbgraph ingest / lineage / show / stats / view` over a temporary store of the default
backend (SQLite)."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from api.cli import main
from api.present import said_counted
from graph import open_store
from graph.build import ingest_extraction
from graph.model import ISSUER, Fact, Node
from ingest.codes import Level
from ingest.models import Place
from ingest.relations import RelationType
from tests.graph_fixtures import CORPUS, WARD_PLAN, Cite, make_extraction
from tests.page_fixtures import VBPL_PAGE, vbpl_content_hash


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("graph")
    assert main(["ingest", str(CORPUS), "--data-dir", str(path)]) == 0
    return str(path)


def test_ingest_summarises_in_vietnamese_and_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not a pdf")
    code = main(["ingest", str(CORPUS), str(bad), "--data-dir", str(tmp_path / "g")])
    out, err = capsys.readouterr()
    assert code == 2  # one file failed, the others are in
    assert "5 văn bản đã lưu / documents stored (5 mới / new)" in out
    assert "1 tệp bị từ chối / files refused: 1 không đọc được / unreadable" in out
    assert "broken.pdf" in err
    assert " 2 cảnh báo" in out and "vbgraph extract" in out  # and where to see each warning
    assert main(["stats", "--json", "--data-dir", str(tmp_path / "g")]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 5


def test_ingest_summary_tells_copies_unchanged_and_replaced_files_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user trial: "Ingested 5,705 documents" of a store that then held 5,690 (fifteen files
    were copies of others) — the summary says what became of each file."""
    folder = tmp_path / "docs"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns("README*"))
    plan = folder / "002_b55e7754f641a03a.txt"  # 123-KH/TU
    shutil.copy(plan, folder / "ban-sao-123.txt")
    data = str(tmp_path / "g")
    assert main(["ingest", str(folder), "--data-dir", data]) == 0
    out, err = capsys.readouterr()
    assert "6 tệp / files: 5 văn bản đã lưu / documents stored (5 mới / new)" in out
    assert "1 tệp trùng nội dung với văn bản đã lưu" in out and "not stored again" in out
    assert f"ban-sao-123.txt: trùng nội dung với {plan} đã lưu, không lưu lại / " in err
    assert f"/ the same text as {plan}, stored already" in err
    plan.write_text(plan.read_text(encoding="utf-8") + "\nGhi chú.\n", encoding="utf-8")
    assert main(["ingest", str(folder), "--data-dir", data]) == 0
    out = capsys.readouterr().out
    # the edited plan replaces its version; the copy, the old text, is now stored on its own
    assert "(1 mới / new, 1 thay bản cũ cùng tệp" in out and "4 không đổi / unchanged" in out
    assert "trùng nội dung" not in out
    assert main(["stats", "--json", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 6


def test_lineage_down_of_62_is_a_table_grouped_by_level(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lineage", "62 KL TW", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    for text in ("Trung ương / central", "Tỉnh / province", "Huyện / district",
                 "Xã, phường / commune", "160-TB/TW", "74-KH/TU", "Đức Phố"):  # fmt: skip
        assert text in out, text
    assert out.index("Trung ương") < out.index("Huyện / district") < out.index("Xã, phường")


def test_lineage_json_matches_the_api_answer(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lineage", "62-KL/TW", "--down", "--json", "--data-dir", data_dir]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["root"] == "62-KL/TW@X" and WARD_PLAN in {r["key"] for r in body["reached"]}
    assert (
        main(["lineage", WARD_PLAN, "--up", "--depth", "1", "--json", "--data-dir", data_dir]) == 0
    )
    up = json.loads(capsys.readouterr().out)
    town = "74-KH/TU@quang-ngai/duc-pho@2020-2025"
    assert {r["key"] for r in up["reached"]} == {"160-TB/TW@XII", town}


def test_show_and_stats_print_facts(data_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "160-TB/TW", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert "160-KL/TW" in out and "cited by" in out
    assert "doc:doc-" not in out and "Kế hoạch — Đảng ủy" in out  # citers named, not hashed
    assert main(["show", "62-KL/TW", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert "Mâu thuẫn / conflict" in out and ".txt" in out and "(doc-" not in out
    assert main(["show", "62-KL/TW", "--json", "--data-dir", data_dir]) == 0
    assert json.loads(capsys.readouterr().out)["cited_by_total"] >= 4
    assert main(["stats", "--data-dir", data_dir]) == 0
    assert "thực hiện / implements" in capsys.readouterr().out


def test_missing_code_exits_4_with_close_matches(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lineage", "62-KL/TV", "--data-dir", data_dir]) == 4
    err = capsys.readouterr().err
    assert err == (
        "vbgraph lineage: không có văn bản '62-KL/TV' trong đồ thị; gần giống: 62-KL/TW, "
        "160-KL/TW, 01-KL/TW / no document '62-KL/TV' in the graph; close matches: 62-KL/TW, "
        "160-KL/TW, 01-KL/TW\n"
    )


def test_store_down_exits_3_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    assert main(["stats", "--backend", "neo4j"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("vbgraph stats: không kết nối được Neo4j tại bolt://127.0.0.1:1")
    assert "/ Neo4j at bolt://127.0.0.1:1 is not reachable" in err
    (tmp_path / "graph.json").write_text("{not json")
    assert main(["show", "62-KL/TW", "--data-dir", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "graph.json: kho đồ thị bị hỏng" in err and "the graph store is corrupt" in err


def test_view_writes_an_offline_page(
    data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "lineage.html"
    assert main(["view", "62 KL TW", "-o", str(out), "--data-dir", data_dir]) == 0
    page = out.read_text(encoding="utf-8")
    assert (
        "Dòng văn bản 62-KL/TW" in page
        and "160-TB/TW" in page
        and "http" not in page.split("<body", 1)[0].replace("http-equiv", "")
    )


def test_store_options_may_stand_before_the_subcommand(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", data_dir, "stats", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert main(["stats", "--json", "--data-dir", data_dir]) == 0
    assert json.loads(capsys.readouterr().out) == before and before["documents"] > 0


def test_an_empty_store_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--data-dir", str(tmp_path / "nothing")]) == 0
    err = capsys.readouterr().err
    assert "kho đồ thị trống" in err and str(tmp_path / "nothing") in err


def test_a_store_left_empty_by_a_refused_ingest_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the first ingest creates the SQLite file even when it refuses every file it was given
    where = str(tmp_path / "data")
    assert main(["ingest", str(tmp_path / "no-such-folder"), "--data-dir", where]) == 2
    assert (tmp_path / "data" / "graph.sqlite").exists()
    capsys.readouterr()
    assert main(["search", "62", "--data-dir", where]) == 0
    err = capsys.readouterr().err
    assert "kho đồ thị trống" in err and where in err
    assert main(["ingest", str(CORPUS), "--data-dir", where]) == 0
    capsys.readouterr()
    assert main(["stats", "--data-dir", where]) == 0
    assert "kho đồ thị trống" not in capsys.readouterr().err


def test_stats_reads_one_vocabulary_in_order(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "--json", "--data-dir", data_dir]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "Kế hoạch" not in data["kinds"] and data["kinds"]["KH"] >= 3  # "KH" and "Kế hoạch"
    order = ["central", "province", "district", "commune", "unknown"]
    assert list(data["levels"]) == [lv for lv in order if lv in data["levels"]]
    assert main(["stats", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert "Kế hoạch (KH)" in out and "thực hiện / implements" in out


def test_documents_without_a_code_are_named_not_hashed(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # issue 14: the ward plan of the samples was "doc:doc-1c20726a…" in every table
    for argv in (["lineage", "62-KL/TW", "--down"], ["report", "coverage", "62-KL/TW"],
                 ["report", "lag", "62-KL/TW"]):  # fmt: skip
        assert main([*argv, "--data-dir", data_dir]) == 0
        out = capsys.readouterr().out
        assert "Kế hoạch — Đảng ủy" in out and "doc:doc-" not in out, argv


def test_path_prefers_the_chain_of_implementation_and_explains_direction(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # issue 14: the ward plan reached 62-KL/TW by one CITES hop; the other way: found false
    assert main(["path", WARD_PLAN, "62-KL/TW", "--json", "--data-dir", data_dir]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["found"] and body["relations"] == "implementation"
    assert [h["type"] for h in body["hops"]] == ["IMPLEMENTS"] * len(body["hops"])
    assert body["hops"][-1]["target"] == "62-KL/TW@X"
    assert main(["path", "62-KL/TW", WARD_PLAN, "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert "chiều ngược lại" in out and "the other way" in out
    assert "Kế hoạch — Đảng ủy" in out and "thực hiện / implements" in out
    assert main(["path", "62-KL/TW", "160-TB/TW", "--type", "CITES", "--json",
                 "--data-dir", data_dir]) == 0  # fmt: skip
    body = json.loads(capsys.readouterr().out)
    assert body["relations"] == "given" and not body["found"]


def test_search_finds_by_code_number_and_words(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "ket luan 62", "--json", "--data-dir", data_dir]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["hits"][0]["key"] == "62-KL/TW@X" and body["hits"][0]["match"] == "number"
    assert main(["search", "doi moi noi dung", "--limit", "3", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert "Tìm kiếm / search" in out and "62-KL/TW" in out and "nội dung / text" in out
    assert main(["search", "qqqzzz", "--data-dir", data_dir]) == 0
    assert "nothing found" in capsys.readouterr().out


def test_the_sqlite_backend_answers_as_the_embedded_one(
    data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sqlite = ["--backend", "sqlite", "--data-dir", str(tmp_path / "s")]
    assert main(["ingest", str(CORPUS), *sqlite]) == 0
    assert (tmp_path / "s" / "graph.sqlite").exists()
    capsys.readouterr()
    for command in (["stats", "--json"], ["lineage", "62-KL/TW", "--down", "--json"]):
        assert main([*command, "--data-dir", data_dir]) == 0
        embedded = json.loads(capsys.readouterr().out)
        assert main([*command, *sqlite]) == 0
        assert json.loads(capsys.readouterr().out) == embedded, command


def test_an_embedded_store_is_copied_into_sqlite_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = tmp_path / "data"
    embedded = ["--backend", "embedded", "--data-dir", str(where)]
    assert main(["ingest", str(CORPUS), *embedded]) == 0
    assert main(["copy-embedded", *embedded]) == 2  # not a SQLite store
    assert "--backend sqlite" in capsys.readouterr().err
    sqlite = ["--backend", "sqlite", "--data-dir", str(where)]
    assert main(["copy-embedded", *sqlite]) == 0
    assert "copied 5 văn bản / documents" in capsys.readouterr().out
    for command in (["stats", "--json"], ["lineage", "62-KL/TW", "--down", "--json"]):
        assert main([*command, *embedded]) == 0
        before = json.loads(capsys.readouterr().out)
        assert main([*command, *sqlite]) == 0
        assert json.loads(capsys.readouterr().out) == before, command
    assert main(["copy-embedded", *sqlite]) == 2  # the SQLite store is no longer empty
    assert "not empty" in capsys.readouterr().err


def test_the_default_store_takes_in_an_embedded_store_it_finds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A data directory filled when the embedded store was the default: the first command
    on the SQLite default copies it in, so nothing ingested before is lost."""
    where = str(tmp_path / "data")
    assert main(["ingest", str(CORPUS), "--backend", "embedded", "--data-dir", where]) == 0
    capsys.readouterr()
    assert main(["stats", "--json", "--backend", "embedded", "--data-dir", where]) == 0
    before = json.loads(capsys.readouterr().out)
    assert not (tmp_path / "data" / "graph.sqlite").exists()
    assert main(["stats", "--json", "--data-dir", where]) == 0
    taken = capsys.readouterr()
    assert json.loads(taken.out) == before
    assert "kho đồ thị trống" not in taken.err  # a store to copy is no empty store
    assert (tmp_path / "data" / "graph.json").exists()  # left as it was


def test_an_embedded_store_that_cannot_be_read_is_not_half_copied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = tmp_path / "data"
    where.mkdir()
    (where / "graph.json").write_bytes(b"{not json")
    assert main(["stats", "--data-dir", str(where)]) == 3  # store unavailable, said why
    err = capsys.readouterr().err
    assert "graph.json" in err
    assert (where / "graph.json").read_bytes() == b"{not json"  # left as it was
    assert not (where / "graph.sqlite").exists()  # the next run tries again


def test_the_progress_bar_on_a_terminal_runs_no_thread_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Workers may start as copies of a process that runs no other thread: the bar must not
    be one (rich draws from a thread unless told not to)."""
    import functools
    import threading

    import api.cli_graph as cli_graph

    seen: list[int] = []
    real_ingest = cli_graph.ingest_files

    def counting(*args: object, **kwargs: object) -> object:
        seen.append(threading.active_count())
        return real_ingest(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_graph, "Console", functools.partial(cli_graph.Console,
                                                                force_terminal=True))
    monkeypatch.setattr(cli_graph, "ingest_files", counting)
    before = threading.active_count()
    assert main(["ingest", str(CORPUS), "--data-dir", str(tmp_path / "g")]) == 0
    assert seen == [before]
    assert "Đang nạp / ingesting" in capsys.readouterr().err  # the bar was drawn


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("whole_page", [False, True], ids=["main-content", "whole-page"])
def test_ingest_reads_saved_web_pages_whole_with_whole_page_in_every_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, whole_page: bool, jobs: int
) -> None:
    import api.ingest_run as ingest_run
    from api.settings import Settings, open_configured_store

    monkeypatch.setattr(ingest_run, "SMALL_RUN", 1)  # a pool even for one file
    if jobs > 1:  # the page is read in a worker, which must get the option too

        def not_here(*args: object) -> object:
            raise AssertionError("read in the writer, not in a worker")

        monkeypatch.setattr(ingest_run, "_run_here", not_here)
    page = tmp_path / "pages" / "hien-phap.html"
    page.parent.mkdir()
    shutil.copy(VBPL_PAGE, page)
    option = ["--whole-page"] if whole_page else []
    data = tmp_path / "g"
    assert main(["ingest", str(page.parent), *option, "--jobs", str(jobs),
                 "--data-dir", str(data)]) == 0  # fmt: skip
    store = open_configured_store(Settings(data_dir=data))
    try:
        (record,) = store.documents_at(str(page))
    finally:
        store.close()
    assert record.content_hash == vbpl_content_hash(whole_page=whole_page)


@pytest.mark.parametrize(
    ("code", "family", "word"),
    [
        ("TT", "state", "Thông tư"),  # 15/2023/TT-BTC: a ministry's circular
        ("TT", "party", "Thông tri"),  # 05-TT/TW: a Party circular
        ("TT", None, "Thông tư / Thông tri"),  # a count by kind code alone names both
        ("KH", None, "Kế hoạch"),
        ("NĐ", "party", "Nghị định"),  # a code only one table holds
        ("XYZ", "state", None),
    ],
)
def test_a_kind_is_named_by_its_family(code: str, family: str | None, word: str | None) -> None:
    from ingest.codes import kind_word

    assert kind_word(code, family) == word


def test_stats_names_a_state_circular_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 987 circulars of a folder of central State texts were "Thông tri (TT)" in `stats`
    doc = tmp_path / "circular.txt"
    doc.write_text(
        "Căn cứ Thông tư số 15/2023/TT-BTC ngày 10 tháng 3 năm 2023 của Bộ Tài chính;\n",
        encoding="utf-8",
    )
    data_dir = str(tmp_path / "store")
    assert main(["ingest", str(doc), "--data-dir", data_dir]) == 0
    capsys.readouterr()
    assert main(["stats", "--data-dir", data_dir]) == 0
    assert "Thông tư / Thông tri (TT)" in capsys.readouterr().out


def test_ingest_of_an_empty_or_mistyped_folder_says_so_and_keeps_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user trial: `vbgraph ingest EMPTY/` said "0 files failed" with exit 0, and a mistyped
    folder ("corpsu") was "unsupported file type (no extension)"."""
    data = str(tmp_path / "data")
    assert main(["ingest", str(CORPUS / "001_a85e39af42177292.txt"), "--data-dir", data]) == 0
    capsys.readouterr()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.csv").write_text("62-KL/TW", encoding="utf-8")
    missing = tmp_path / "corpsu"
    assert main(["ingest", str(empty), str(missing), "--data-dir", data]) == 2
    err = capsys.readouterr().err
    assert f"{empty}" in err and "no file vbgraph reads here" in err and ".docx" in err
    assert f"{missing}" in err and "no such file or folder" in err
    assert "unsupported file type" not in err
    assert main(["stats", "--json", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1  # nothing stored was lost


def test_show_names_a_citer_known_by_nothing_but_its_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user trial: `show 35-CT/TW` listed an English news item citing it as
    "doc:doc-32076f3cbddd2ae0" (no code, body, place or date said): its file's name instead."""
    news = tmp_path / "baohoabinh-congress-drafts.txt"
    news.write_text(
        "Delegates discussed the drafts under Directive 35-CT/TW of the Politburo.\n",
        encoding="utf-8",
    )
    data = str(tmp_path / "data")
    assert main(["ingest", str(news), "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["show", "35-CT/TW", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "baohoabinh" in out and "doc:doc-" not in out


def test_stats_counts_a_programme_of_action_as_one_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user trial: `stats` listed "Chương trình hành động" under CTHĐ, CTrHĐ and as a bare
    word, beside "Chương trình (CTr)": one kind (DOMAIN §3.4: Chương trình (hành động), CTr).
    The citations are real: Quảng Trị's 147-CTHĐ/TU and Quận 5's 15-CTrHĐ/QU, both quoted
    in Nghị quyết 16/2026/NQ-CP (Công báo) and in the dev cases."""
    text = tmp_path / "docs" / "cthd.txt"
    text.parent.mkdir()
    text.write_text(
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY HẢI LĂNG\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện "
        "Chương trình hành động số 147-CTHĐ/TU ngày 09/5/2019 của Ban Thường vụ Tỉnh ủy\n\n"
        "Căn cứ Chương trình hành động số 15-CTrHĐ/QU ngày 11 tháng 7 năm 2016 của Quận ủy "
        "Quận 5 và Chương trình số 06-CTr/TU ngày 10/3/2021 của Tỉnh ủy, Huyện ủy xây dựng "
        "chương trình hành động như sau.\n",
        encoding="utf-8",
    )
    data = str(tmp_path / "g")
    assert main(["ingest", str(text.parent), "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["stats", "--json", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out)["kinds"] == {"CTr": 4}
    assert main(["stats", "--data-dir", data]) == 0
    assert "Chương trình, chương trình hành động (CTr) │          4" in capsys.readouterr().out


def _review_chain(data: Path) -> None:
    """A store of the chain a user trial met: Huế's plan 02-KH/TU carries out 07-TB/CQTTBCĐ,
    which reviews 57-NQ/TW; Bắc Ninh's 186/KH-UBND carries out 57-NQ/TW itself."""
    store = open_store("sqlite", data_dir=data)
    board = "Cơ quan Thường trực Ban Chỉ đạo Trung ương"
    notice = Cite("57-NQ/TW", type=RelationType.REVIEWS)
    ingest_extraction(store, make_extraction("tb", [notice], code="07-TB/CQTTBCĐ",
                                             level=Level.CENTRAL, body=board))
    cited = Cite("07-TB/CQTTBCĐ", body=board)
    ingest_extraction(store, make_extraction("hue", [cited], code="02-KH/TU",
                                             level=Level.PROVINCE, place=Place("Huế"),
                                             body="Ban Thường vụ Thành ủy Huế"))  # fmt: skip
    ingest_extraction(store, make_extraction("bn", [Cite("57-NQ/TW")], code="186/KH-UBND",
                                             level=Level.PROVINCE, place=Place("Bắc Ninh"),
                                             body="Ủy ban nhân dân tỉnh Bắc Ninh"))  # fmt: skip
    store.close()


def test_coverage_says_which_relations_it_counts_and_what_reviews_would_add(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user trial: 57-NQ/TW's coverage left out Huế, whose plans carry out 07-TB/CQTTBCĐ,
    which reviews 57-NQ/TW — right by the relation types (REVIEWS is not counted unless
    --reviews), but the table did not say so."""
    data = tmp_path / "g"
    _review_chain(data)
    assert main(["report", "coverage", "57-NQ/TW", "--data-dir", str(data)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "counted by: thực hiện / implements" in out
    assert "not counted: sơ kết, tổng kết / reviews (--reviews)" in out
    assert "would add 1 place, " in out and "reviewing it: Huế" in out
    assert main(["report", "coverage", "57-NQ/TW", "--reviews", "--data-dir", str(data)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "counted by: thực hiện / implements, sơ kết, tổng kết / reviews" in out
    assert "would add" not in out


def test_path_names_the_place_of_a_local_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Trying `path` from a provincial plan to a Politburo resolution: the plan was "02-KH/TU",
    a code every provincial committee's numbering has; its place says which."""
    _review_chain(tmp_path)
    assert main(["path", "02-KH/TU@hue", "57-NQ/TW", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "02-KH/TU — Huế" in out and "57-NQ/TW —" not in out


def test_an_edited_file_replaces_its_version_whichever_way_its_path_is_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trying incremental ingest: `vbgraph ingest docs` then, after an edit, `vbgraph ingest
    /…/docs/002….txt` stored the edited 123-KH/TU beside its earlier version (two sources,
    "docs/002….txt" and "/…/docs/002….txt"), so the store held both texts."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    plan = tmp_path / "docs" / "002_b55e7754f641a03a.txt"
    shutil.copy(CORPUS / plan.name, plan)
    data = str(tmp_path / "g")
    assert main(["ingest", "docs", "--data-dir", data]) == 0
    plan.write_text(plan.read_text(encoding="utf-8") + "\nGhi chú.\n", encoding="utf-8")
    assert main(["ingest", str(plan), "--data-dir", data]) == 0
    assert "1 thay bản cũ cùng tệp" in capsys.readouterr().out
    assert main(["stats", "--json", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1


@pytest.mark.parametrize("argv", [[], ["report"]], ids=["vbgraph", "report"])
def test_help_names_every_command_in_vietnamese_with_english_beside(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Read by a Vietnamese analyst, `vbgraph --help` was English with a gloss on three of its
    twelve commands ("đường nối", "tìm kiếm", "báo cáo"): each now says it in Vietnamese
    first, English beside, as the tables do."""
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    out = capsys.readouterr().out
    listing = out.split("positional arguments:")[1].split("options:")[0]
    commands = re.split(r"\n    (?=[a-z-]+ )", listing)[1:]
    assert len(commands) >= 5
    for entry in commands:
        name, said = entry.split(maxsplit=1)
        vietnamese, _, english = " ".join(said.split()).partition(" / ")
        assert english and re.search(r"[^\x00-\x7f]", vietnamese), name  # marks: Vietnamese


def test_tables_show_brackets_in_document_text_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A subject with "[/]" crashed `vbgraph show` (rich read it as a closing markup tag:
    MarkupError and a traceback), and "[sửa đổi]" vanished from every table."""
    text = tmp_path / "docs" / "a.txt"
    text.parent.mkdir()
    text.write_text(
        "TỈNH ỦY BẮC GIANG\nSố 5-KH/TU\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW ngày "
        "22/12/2024 của Bộ Chính trị về đột phá phát triển [/] khoa học [sửa đổi]\n",
        encoding="utf-8",
    )
    data = str(tmp_path / "g")
    assert main(["ingest", str(text.parent), "--data-dir", data]) == 0
    capsys.readouterr()
    for argv in (["show", "57-NQ/TW"], ["search", "57"]):
        assert main([*argv, "--data-dir", data]) == 0, argv
        out = " ".join(capsys.readouterr().out.split())
        assert "[/]" in out and "[sửa đổi]" in out, argv


def test_show_names_the_kind_and_counts_what_citers_say(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show 57-NQ/TW` on real texts: "Loại / kind: NQ", and six issuers side by side, three
    of them "Bộ Chính trị" cased three ways, as if each were as likely as the others."""
    assert main(["show", "62-KL/TW", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert "Kết luận (KL)" in out
    assert re.search(r"2009-12-08 \(\d+\), 2009-09-08 \(1\)", out), out  # a misprint, once
    said = {"Bộ Chính trị": 49, "BỘ CHÍNH TRỊ": 2, "Bộ chính trị": 1, "Politburo": 2, "tỉnh": 1}
    facts = tuple(Fact(ISSUER, body, f"d{body}{i}") for body, n in said.items() for i in range(n))
    node = Node("57-NQ/TW", "57-NQ/TW", facts=facts)
    # "tỉnh" ("Nghị quyết số 57-NQ/TW của tỉnh": the province's steering committee) names no
    # body: left out (analyst10, ingest.bodies.names_a_body)
    assert said_counted(node, ISSUER) == "Bộ Chính trị (52), Politburo (2)"


@pytest.mark.parametrize("backend", ["sqlite", "embedded"])
def test_an_export_copied_in_as_a_store_says_what_it_is_and_how_to_rebuild(
    data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], backend: str
) -> None:
    """User trial 2: `vbgraph export --format json` copied in as graph.json was "corrupt
    (format None)"."""
    exported = tmp_path / "graph-export.json"
    assert main(["export", "--format", "json", "-o", str(exported), "--data-dir", data_dir]) == 0
    store_dir = tmp_path / "copied"
    store_dir.mkdir()
    shutil.copy(exported, store_dir / "graph.json")
    capsys.readouterr()
    assert main(["stats", "--backend", backend, "--data-dir", str(store_dir)]) == 3
    err = capsys.readouterr().err
    assert "format None" not in err
    assert "graph.json: đây là tệp xuất (vbgraph export --format json), không phải kho" in err
    assert "an export (vbgraph export --format json), not a store" in err
    assert "vbgraph ingest" in err  # how to rebuild one


# Nghị quyết 113/NQ-CP (25/4/2026) as Công báo số 271 (12-05-2026) gives it twice: as a PDF
# (its text as vbgraph reads it: from-pdf.txt) and as a TXT with other spacing, the page
# number on a line of its own and words broken otherwise (hrmaster1982-dev/
# phapluat-8chude-data, docs/, the pair cb-bhxh-nghi-quyet-so-113-nq-cp-469448): a user
# trial stored such pairs as two documents, each citation twice.
PAGES = Path(__file__).parent / "pages"
GAZETTE_FORMS = ("cb-113-nq-cp.from-pdf.txt", "cb-113-nq-cp.txt")


def test_one_document_as_pdf_and_txt_is_stored_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cong-bao"
    folder.mkdir()
    for name in GAZETTE_FORMS:
        shutil.copy(PAGES / name, folder / name)
    data = str(tmp_path / "g")
    assert main(["ingest", str(folder), "--data-dir", data]) == 0
    out, err = capsys.readouterr()
    assert "1 văn bản đã lưu / documents stored (1 mới / new)" in out, out
    assert "the same document as" in err and "% alike" in err, err
    assert main(["stats", "--json", "--data-dir", data]) == 0
    both = json.loads(capsys.readouterr().out)
    alone = str(tmp_path / "alone")
    assert main(["ingest", str(folder / GAZETTE_FORMS[0]), "--data-dir", alone]) == 0
    capsys.readouterr()
    assert main(["stats", "--json", "--data-dir", alone]) == 0
    one = json.loads(capsys.readouterr().out)
    assert both["documents"] == 1 and both["edges"] == one["edges"]  # each citation once


def test_one_code_and_date_with_another_text_is_another_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The check behind the code and date: an annex or another text under them stays apart."""
    folder = tmp_path / "cong-bao"
    folder.mkdir()
    text = (PAGES / GAZETTE_FORMS[0]).read_text(encoding="utf-8")
    head, _, _ = text.partition("Điều 1.")  # its title and basis, then another body
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(head + "PHỤ LỤC\nDanh mục cơ sở khám bệnh, chữa bệnh\n" * 3,
                                  encoding="utf-8")  # fmt: skip
    data = str(tmp_path / "g")
    assert main(["ingest", str(folder), "--data-dir", data]) == 0
    out, _ = capsys.readouterr()
    assert "2 văn bản đã lưu / documents stored (2 mới / new)" in out, out


def test_serve_gives_each_worker_time_to_start_on_a_loaded_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """uvicorn's supervisor killed a worker still importing the app after its default 5 s
    ("Child process died" at load average 18 in a user trial): workers get `WORKER_START_S`."""
    import uvicorn

    from api.cli_graph import WORKER_START_S

    for name in ("VBGRAPH_BACKEND", "VBGRAPH_DATA_DIR"):  # (serve sets them for its workers)
        monkeypatch.delenv(name, raising=False)
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    code = main(["serve", "--backend", "sqlite", "--data-dir", str(tmp_path), "--workers", "2",
                 "--port", "8199"])  # fmt: skip
    assert code == 0
    assert calls[0]["workers"] == 2
    assert calls[0]["timeout_worker_healthcheck"] == WORKER_START_S >= 30


@pytest.mark.parametrize("typed", ["ket luan 62", "KL 62", "kết luận số 62"])
def test_a_code_typed_as_words_is_offered_where_a_code_is_wanted(
    data_dir: str, typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A journalist's first try ("nghi quyet 57", "NQ 57") found the document with `search`
    # but `lineage`, `show`, `view` and the reports said only "no document": they now name it
    for command in (["lineage", typed], ["show", typed], ["report", "coverage", typed]):
        assert main([*command, "--data-dir", data_dir]) == 4
        err = capsys.readouterr().err
        assert "gần giống: 62-KL/TW" in err and "close matches: 62-KL/TW" in err, err
    # words that name no code stay unanswered, as before
    assert main(["lineage", "doi moi noi dung", "--data-dir", data_dir]) == 4
    assert "gần giống" not in capsys.readouterr().err


def test_show_tells_what_a_document_cites_and_why_each_edge_stands(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A journalist could not see that Đồng Tháp's 10-CTr/TU implements 57-NQ/TW (show listed
    # only who cites a document) nor explain an edge to a colleague: which file, which rule
    assert main(["show", "74-KH/TU", "--data-dir", data_dir]) == 0
    out = " ".join(capsys.readouterr().out.split())
    cites = out[out.index("Dẫn chiếu / cites (1)") : out.index("Được dẫn chiếu bởi")]
    assert "160-TB/TW" in cites and "thực hiện / implements" in cites
    # 001 (the ward plan) says it, inside its citation of 74-KH/TU, on the cue "thực hiện"
    # (the table wraps its cells: each line of one holds a few of its words)
    assert "Vì sao / why" in cites and "trong lời dẫn văn bản khác / within" in cites
    assert "001_a85e39af42177292.txt" in cites and "thuc hien" in cites
    cited = out[out.index("Được dẫn chiếu bởi") :]
    assert "mở đầu / opening; dấu hiệu / cue:" in cited and "thuc hien" in cited


def test_coverage_csv_keeps_the_plans_of_no_known_place_and_names_each_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A journalist's CSV of 57-NQ/TW's coverage left out the Standing Committee's programme
    # whose province the page did not say (the table had it in its own row), and named a
    # ward's plan without a code by its hash key ("doc:doc-f734…")
    data = tmp_path / "g"
    _review_chain(data)
    store = open_store("sqlite", data_dir=data)
    ingest_extraction(store, make_extraction("ctr", [Cite("57-NQ/TW")], code="15-CTr/TU",
                                             level=Level.PROVINCE,
                                             body="Ban Thường vụ Tỉnh ủy"))  # fmt: skip
    ingest_extraction(store, make_extraction("phuong", [Cite("57-NQ/TW")], level=Level.COMMUNE,
                                             place=Place("Bình Dương", None, "Dĩ An"),
                                             body="Đảng ủy phường Dĩ An"))  # fmt: skip
    store.close()
    capsys.readouterr()
    args = ["report", "coverage", "57-NQ/TW", "--from-graph", "--data-dir", str(data)]
    assert main([*args, "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    unplaced = [r for r in rows if r["documents"].startswith("15-CTr/TU")]
    # its own level, no place: the table's "place unknown" row
    assert [(r["level"], r["province"], r["implemented"]) for r in unplaced] == [
        ("province", "", "True")
    ]
    (ward,) = [r for r in rows if r["commune"] == "Dĩ An"]
    assert ward["names"] == "Kế hoạch — Đảng ủy phường Dĩ An, Dĩ An, Bình Dương", ward
    assert ward["documents"].startswith("doc:")  # keys stay, for a program to follow
    (bac_ninh,) = [r for r in rows if r["province"] == "Bắc Ninh"]
    assert bac_ninh["names"] == "186/KH-UBND"

"""`vbgraph extract`: JSON lines, readable table, exit codes, one bad file among many."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from api.cli import main
from tests.page_fixtures import VBPL_PAGE, vbpl_content_hash, warns_of_main_content

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
WARD_PLAN = CORPUS / "001_a85e39af42177292.txt"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_json_prints_one_object_per_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["extract", "--json", str(WARD_PLAN), str(CORPUS / "004_95b9e28d86322bfe.txt")], capsys
    )
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert set(first) >= {"path", "document", "references", "relations", "warnings"}
    assert first["document"]["code"] is None and first["document"]["id"].startswith("doc-")
    ref = first["references"][0]
    assert set(ref) >= {"surface", "start", "end", "code", "type", "number", "issuer", "date",
                        "issuing_body", "term", "subject", "resolves_to"}  # fmt: skip
    assert (ref["code"], ref["type"], ref["number"], ref["issuer"], ref["date"]) == (
        "160-TB/TW", "TB", "160", "TW", "2020-01-15")  # fmt: skip
    rel = first["relations"][0]
    assert set(rel) >= {"source", "target", "type", "evidence"}
    assert set(rel["evidence"]) == {"start", "end", "text"}


def test_extract_table_reads_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(WARD_PLAN)], capsys)
    assert code == 0
    assert "160-TB/TW" in out and "Quan hệ / relations" in out and "thực hiện / implements" in out


def test_one_bad_file_is_reported_and_the_others_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(["extract", "--json", str(missing), str(empty), str(WARD_PLAN)], capsys)
    assert code == 2
    assert len(out.splitlines()) == 1 and "160-TB/TW" in out
    messages = err.strip().splitlines()
    assert len(messages) == 2 and all(m.startswith("vbgraph extract:") for m in messages)


def test_a_folder_is_read_as_ingest_walks_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "plan.txt").write_bytes(WARD_PLAN.read_bytes())
    (tmp_path / "a.md").write_text("Thực hiện Chỉ thị số 16/CT-TTg.", encoding="utf-8")
    (tmp_path / "table.csv").write_text("62-KL/TW", encoding="utf-8")  # not a document type
    code, out, err = run(["extract", "--json", str(tmp_path)], capsys)
    assert code == 0 and err == ""
    paths = [json.loads(line)["path"] for line in out.splitlines()]
    assert paths == [str(tmp_path / "a.md"), str(tmp_path / "sub" / "plan.txt")]


def test_a_folder_with_nothing_to_read_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.csv").write_text("62-KL/TW", encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path), str(WARD_PLAN)], capsys)
    assert code == 2 and "160-TB/TW" in out
    assert err.count("vbgraph extract:") == 1 and "no file vbgraph reads" in err and ".docx" in err


def test_unknown_format_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "plan.xyz"
    odd.write_text("Kết luận số 62-KL/TW", encoding="utf-8")
    code, out, err = run(["extract", str(odd)], capsys)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_meta_options_fill_what_the_text_does_not_say(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "--json", "--meta", "province=Quảng Ngãi",
                        "--meta", "commune=Phổ Ninh", str(WARD_PLAN)], capsys)  # fmt: skip
    place = json.loads(out)["document"]["place"]
    assert code == 0 and place == {
        "province": "Quảng Ngãi",
        "district": "Đức Phố",
        "commune": "Phổ Ninh",
    }


def test_bad_meta_option_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", "--meta", "province", str(WARD_PLAN)], capsys)
    assert code == 2 and "key=value" in err


def test_extract_reads_standard_input() -> None:
    text = "Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị".encode()
    proc = subprocess.run([sys.executable, "-m", "api.cli", "extract", "--json", "-"],
                          input=text, capture_output=True, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["references"][0]["code"] == "62-KL/TW"


def test_front_matter_metadata_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "plan.md"
    doc.write_text("---\ndistrict: Tân Yên\nprovince: Bắc Giang\n---\n\n## KẾ HOẠCH\n\n"
                   "thực hiện Nghị quyết số 110-NQ/TU của Tỉnh ủy\n", encoding="utf-8")  # fmt: skip
    code, out, _ = run(["extract", "--json", str(doc)], capsys)
    result = json.loads(out)
    assert code == 0
    assert result["document"]["place"]["district"] == "Tân Yên"
    ref = result["references"][0]
    assert doc.read_text(encoding="utf-8")[ref["start"] : ref["end"]] == ref["surface"]


@pytest.mark.parametrize("bad", ["level=planet", "date=31/02/2020", "code=hello"])
def test_unusable_metadata_is_refused_with_one_line(
    bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["extract", "--json", "--meta", bad, str(WARD_PLAN)], capsys)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "metadata" in err


def test_json_output_carries_what_reading_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hong.txt"
    path.write_bytes("Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị".encode() + b"\xff")
    code, out, _ = run(["extract", "--json", str(path)], capsys)
    assert code == 0
    payload = json.loads(out)
    assert any("invalid UTF-8" in w for w in payload["read_warnings"])


@pytest.mark.parametrize("whole_page", [False, True], ids=["main-content", "whole-page"])
def test_whole_page_reads_a_saved_web_pages_menus_too(
    whole_page: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    option = ["--whole-page"] if whole_page else []
    code, out, _ = run(["extract", "--json", *option, str(VBPL_PAGE)], capsys)
    assert code == 0
    printed = json.loads(out)
    assert printed["document"]["content_hash"] == vbpl_content_hash(whole_page=whole_page)
    assert warns_of_main_content(printed["read_warnings"]) is not whole_page
    # the menus' list of bodies stands before the header; the heading under it ("HIẾN
    # PHÁP") still marks the header, so the level is read either way
    assert printed["document"]["level"] == "central"


def test_extract_table_says_a_repeated_warning_once_with_its_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_api_routes import VBHN_TABLES

    path = tmp_path / "06-vbhn-byt.txt"
    path.write_text(VBHN_TABLES, encoding="utf-8")
    code, out, _ = run(["extract", str(path)], capsys)
    assert code == 0
    assert out.count("'QĐ 155' names no document") == 1, out
    assert "'QĐ 155' names no document cited in full in this text (×2)" in out
    _, raw, _ = run(["extract", "--json", str(path)], capsys)  # each with its place
    found = json.loads(raw)["warnings"]
    assert sum("'QĐ 155'" in w["message"] for w in found) == 2


@pytest.mark.parametrize("given", [
    "2025-03-04 09:15:00", "2025-03-04T09:15:00+07:00", "2025-03-04T09:15:00Z", '"2025-03-04"',
])  # fmt: skip
def test_a_front_matter_date_with_its_time_gives_the_day(
    given: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # sites built by static generators write "date: 2025-03-04 09:15:00" in a page's front
    # matter (two pages of a blind batch, 2026-12-08): the file was refused as bad metadata
    doc = tmp_path / "page.md"
    doc.write_text(f"---\ntitle: Kế hoạch\ndate: {given}\n---\nKế hoạch số 12-KH/TU thực hiện "
                   "Nghị quyết số 57-NQ/TW.\n", encoding="utf-8")  # fmt: skip
    code, out, _ = run(["extract", "--json", str(doc)], capsys)
    assert code == 0 and json.loads(out)["document"]["date"] == "2025-03-04"

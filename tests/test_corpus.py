"""Every reference and relation in the five sample documents, written out by hand.

The tables were made by reading the documents (examples/corpus/README.md says what each
contains); they are the project's ground truth for the seeds.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from ingest import extract
from ingest.models import Extraction

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
FILES = {
    "000": "000_4c076d8b9aa192ab.txt",
    "001": "001_a85e39af42177292.txt",
    "002": "002_b55e7754f641a03a.txt",
    "003": "003_420277c8424abedc.txt",
    "004": "004_95b9e28d86322bfe.txt",
}


@cache
def extraction(doc: str) -> Extraction:
    return extract((CORPUS / FILES[doc]).read_text(encoding="utf-8"), path=FILES[doc])


# (code or None, mention, type word, ISO date, issuing body, term) in text order.
EXPECTED_REFERENCES: dict[
    str, list[tuple[str | None, str, str, str | None, str | None, str | None]]
] = {
    "000": [
        # title: "thực hiện Kết luận số 115-KL/TU ngày 09/7/2021 của Ban Thường vụ Tỉnh ủy …"
        ("115-KL/TU", "code", "Kết luận", "2021-07-09", "Ban Thường vụ Tỉnh ủy Bắc Giang", None),
        ("115-KL/TU", "code", "Kết luận", "2021-07-09", "Ban Thường vụ Tỉnh ủy Bắc Giang", None),
        # "Thông báo Kết luận số 160-KL/TW ngày 15/01/2020 của Bộ Chính trị" (really 160-TB/TW)
        ("160-KL/TW", "code", "Thông báo kết luận", "2020-01-15", "Bộ Chính trị", None),
        ("62-KL/TW", "code", "Kết luận", "2009-12-08", "Bộ Chính trị", None),
        ("36-NQ/HU", "code", "Nghị quyết", "2021-04-01", "Ban Thường vụ Huyện ủy", None),
        # "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013": shared date
        ("217-QĐ/TW", "code", "Quyết định", "2013-12-12", "Bộ Chính trị", None),
        ("218-QĐ/TW", "code", "Quyết định", "2013-12-12", "Bộ Chính trị", None),
        ("115-KL/TU", "code", "Kết luận", "2021-07-09", "Ban Thường vụ Tỉnh ủy", None),
        (None, "self", "Kế hoạch", None, None, None),  # "kế hoạch này"
        ("115-KL/TU", "code", "Kết luận", "2021-07-09", "Ban Thường vụ Tỉnh ủy", None),
        (None, "self", "Kế hoạch", None, None, None),
    ],
    "001": [
        ("160-TB/TW", "code", "Thông báo", "2020-01-15", "Bộ Chính trị", None),
        ("62-KL/TW", "code", "Kết luận", "2009-12-08", "Bộ Chính trị", "X"),  # "khóa X"
        ("74-KH/TU", "code", "Kế hoạch", "2022-11-02", "Thị ủy Đức Phố", None),
        ("160-TB/TW", "code", "Thông báo", "2020-01-15", "Bộ Chính trị", None),
        ("62-KL/TW", "code", "Kết luận", "2009-12-08", "Bộ Chính trị", "X"),  # "Khóa X"
        (None, "self", "Kế hoạch", None, None, None),
        ("01-KL/TW", "code", "Kết luận", "2021-05-18", "Bộ Chính trị", None),
        ("05-CT/TW", "code", "Chỉ thị", None, None, None),
        ("217-QĐ/TW", "code", "Quyết định", "2013-12-12", "Bộ Chính trị", None),  # "217 -QĐ/TW"
        ("218-QĐ/TW", "code", "Quyết định", "2013-12-12", "Bộ Chính trị", None),
        ("4054-QĐ/TU", "code", "Quy định", "2014-10-24", "Ban Thường vụ Tỉnh uỷ", None),
        ("124-QĐ/TW", "code", "Quy định", "2018-02-02", "Ban Bí thư", None),
        ("03-CT/TWĐTN-BTC", "code", "Chỉ thị", "2021-07-21", "Ban Bí thư Trung ương Đoàn", None),
        ("160-TB/TW", "short", "Thông báo", None, None, None),  # "Thông báo 160"
        (None, "self", "Kế hoạch", None, None, None),
        ("160-TB/TW", "short", "Thông báo", None, None, None),
    ],
    "002": [
        ("62-KL/TW", "code", "Kết luận", None, "Bộ Chính trị", "X"),
        ("62-KL/TW", "code", "Kết luận", "2009-12-08", "Bộ Chính trị", "XI"),  # "(khóa XI)"
        (
            "62-KL/TW",
            "code",
            "Kết luận",
            None,
            "Bộ Chính trị",
            None,
        ),  # inside "(sau đây gọi tắt là …)"
        ("62-KL/TW", "code", "Kết luận", None, "Bộ Chính trị", "X"),
        ("1623-CV/TU", "code", "Công văn", "2010-04-05", "Ban Thường vụ Tỉnh ủy", "XI"),
        ("123-KH/TU", "self", "Kế hoạch", None, None, None),  # the host's own number
        ("62-KL/TW", "code", "Kết luận", None, "Bộ Chính trị", None),
        ("62-KL/TW", "code", "Kết luận", None, "Bộ Chính trị", "X"),
        # annex line "(Ban hành kèm theo Kế hoạch số 123-KH/TU, ngày 29/8/2014 …)"
        ("123-KH/TU", "code", "Kế hoạch", "2014-08-29", "Ban Thường vụ Tỉnh ủy", None),
        ("62-KL/TW", "code", "Kết luận", None, "Bộ Chính trị", None),
        ("62-KL/TW", "code", "Kết luận", None, "Bộ Chính trị", None),
        ("62-KL/TW", "code", "Kết luận", None, "Bộ Chính trị", None),
        ("1623-CV/TU", "code", "Công văn", None, "Ban Thường vụ Tỉnh ủy", None),
        ("62-KL/TW", "code", "Kết luận", "2009-12-08", "Bộ Chính trị", "X"),
        ("1623-CV/TU", "code", "Công văn", "2010-04-05", "Ban Thường vụ Tỉnh ủy", "XI"),
        ("2720-QĐ/TU", "code", "Quyết định", "2009-12-11", "Ban Thường vụ Tỉnh ủy", None),
        ("312-QĐ/TU", "code", "Quy định", "2011-06-10", "Ban Thường vụ Tỉnh ủy", None),
        ("62-KL/TW", "code", "Kết luận", None, "Bộ Chính trị", "X"),
        # "Công văn số\n\n1623-CV/TU": code on the next paragraph
        ("1623-CV/TU", "code", "Công văn", "2010-04-05", "Ban Thường vụ Tỉnh ủy", "XI"),
    ],
    "003": [
        ("04-NQ/HU", "code", "Nghị quyết", "2015-12-28", "Ban Chấp hành Đảng bộ huyện", "XXVI"),
        ("04-NQ/HU", "code", "Nghị quyết", None, None, None),  # the alias definition
        ("04-NQ/HU", "code", "Nghị quyết", None, None, None),
        ("217-QĐ/TW", "code", "Quyết định", "2013-12-12", "Bộ Chính trị", "XI"),
        ("218-QĐ/TW", "code", "Quyết định", "2013-12-12", "Bộ Chính trị", "XI"),
        ("04-NQ/HU", "code", "Nghị quyết", None, None, None),
        # "Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị"
        ("217-QĐ/TW", "code", "Quyết định", None, "Bộ Chính trị", None),
        ("218-QĐ/TW", "code", "Quyết định", None, "Bộ Chính trị", None),
        (None, "self", "Kết luận", None, None, None),
        ("04-NQ/HU", "code", "Nghị quyết", None, None, None),
        (None, "self", "Kết luận", None, None, None),
        (None, "self", "Kết luận", None, None, None),
    ],
    "004": [
        (
            "110-NQ/TU",
            "code",
            "Nghị quyết",
            "2016-07-11",
            "Ban Chấp hành Đảng bộ tỉnh Bắc Giang",
            None,
        ),
        ("110-NQ/TU", "code", "Nghị quyết", "2016-07-11", "Ban Chấp hành Đảng bộ tỉnh", None),
        ("144-KL/TW", "code", "Kết luận", "2015-07-14", "Ban Bí thư Trung ương Đảng", None),
        ("16/CT-TTg", "code", "Chỉ thị", "2016-05-16", "Thủ tướng Chính phủ", None),
        ("104/KH-UBND", "code", "Kế hoạch", "2016-06-01", "UBND tỉnh Bắc Giang", None),
        ("30c/NQ-CP", "code", "Nghị quyết", "2011-11-08", "Chính phủ", None),
        ("13/CT-TTg", "code", "Chỉ thị", "2015-06-10", "Thủ tướng Chính phủ", None),
        ("59-NQ/TU", "code", "Nghị quyết", "2011-04-08", "Ban Thường vụ Tỉnh uỷ", None),
        # dated 08/9/2009 here (elsewhere 08/12/2009)
        ("62-KL/TW", "code", "Kết luận", "2009-09-08", "Bộ Chính trị", "X"),
        ("09-ĐA/HU", "code", "Đề án", "2014-09-24", "Ban Thường vụ Huyện uỷ", None),
        (None, "self", "Kế hoạch", None, None, None),
    ],
}


@pytest.mark.parametrize("doc", sorted(EXPECTED_REFERENCES))
def test_every_reference_in_sample_document_is_found(doc: str) -> None:
    found = [
        (r.canonical, r.mention, r.type_word, r.date.isoformat() if r.date else None,
         r.issuing_body, r.term)
        for r in extraction(doc).references
    ]  # fmt: skip
    assert found == EXPECTED_REFERENCES[doc]


@pytest.mark.parametrize("doc", sorted(FILES))
def test_reference_offsets_point_at_the_surface_in_the_original(doc: str) -> None:
    text = (CORPUS / FILES[doc]).read_text(encoding="utf-8")
    for ref in extraction(doc).references:
        assert text[ref.start : ref.end] == ref.surface


# (source, type, target) edges each document must state; HOST is the document itself.
EXPECTED_RELATIONS: dict[str, set[tuple[str, str, str]]] = {
    "000": {
        ("HOST", "IMPLEMENTS", "115-KL/TU"),
        ("HOST", "BASED_ON", "115-KL/TU"),  # "căn cứ Kết luận số 115-KL/TU"
        ("HOST", "CITES", "160-KL/TW"),
        ("HOST", "CITES", "62-KL/TW"),
        ("160-KL/TW", "IMPLEMENTS", "62-KL/TW"),  # "… về tiếp tục thực hiện Kết luận số 62-KL/TW"
        ("HOST", "CITES", "36-NQ/HU"),
        ("HOST", "CITES", "217-QĐ/TW"),
        ("HOST", "CITES", "218-QĐ/TW"),
    },
    "001": {
        ("HOST", "IMPLEMENTS", "160-TB/TW"),
        ("HOST", "IMPLEMENTS", "74-KH/TU"),
        ("74-KH/TU", "IMPLEMENTS", "160-TB/TW"),
        ("160-TB/TW", "IMPLEMENTS", "62-KL/TW"),
        ("HOST", "REVIEWS", "160-TB/TW"),  # "tham mưu Đảng ủy sơ kết, tổng kết Thông báo 160"
        ("HOST", "CITES", "62-KL/TW"),
        ("HOST", "CITES", "01-KL/TW"),
        ("01-KL/TW", "IMPLEMENTS", "05-CT/TW"),
        ("HOST", "CITES", "05-CT/TW"),
        ("HOST", "CITES", "217-QĐ/TW"),
        ("HOST", "CITES", "218-QĐ/TW"),
        ("HOST", "CITES", "4054-QĐ/TU"),
        ("HOST", "CITES", "124-QĐ/TW"),
        ("HOST", "CITES", "03-CT/TWĐTN-BTC"),
    },
    "002": {
        ("HOST", "REVIEWS", "62-KL/TW"),
        ("HOST", "IMPLEMENTS", "62-KL/TW"),  # "để tiếp tục đẩy mạnh thực hiện Kết luận số 62-KL/TW"
        ("HOST", "CITES", "1623-CV/TU"),
        ("HOST", "CITES", "2720-QĐ/TU"),
        ("HOST", "CITES", "312-QĐ/TU"),
    },
    "003": {
        ("HOST", "REVIEWS", "04-NQ/HU"),
        ("HOST", "IMPLEMENTS", "04-NQ/HU"),  # "tiếp tục thực hiện Nghị quyết số 04-NQ/HU"
        ("HOST", "CITES", "217-QĐ/TW"),
        ("HOST", "CITES", "218-QĐ/TW"),
    },
    "004": {
        ("HOST", "IMPLEMENTS", "110-NQ/TU"),
        ("HOST", "CITES", "144-KL/TW"),
        ("HOST", "CITES", "62-KL/TW"),
        ("HOST", "CITES", "59-NQ/TU"),
        ("HOST", "CITES", "09-ĐA/HU"),
        ("HOST", "CITES", "16/CT-TTg"),
        ("HOST", "CITES", "104/KH-UBND"),
        ("HOST", "CITES", "30c/NQ-CP"),
        ("HOST", "CITES", "13/CT-TTg"),
    },
}


@pytest.mark.parametrize("doc", sorted(EXPECTED_RELATIONS))
def test_sample_document_states_exactly_these_edges(doc: str) -> None:
    found = {(r.source, r.type.value, r.target) for r in extraction(doc).relations}
    assert found == EXPECTED_RELATIONS[doc]


@pytest.mark.parametrize("doc", sorted(FILES))
def test_every_relation_carries_its_sentence_as_evidence(doc: str) -> None:
    text = (CORPUS / FILES[doc]).read_text(encoding="utf-8")
    result = extraction(doc)
    for rel in result.relations:
        ev = rel.evidence
        assert text[ev.start : ev.end] == ev.text
        target_ref = result.references[rel.reference]
        assert ev.start <= target_ref.start and target_ref.end <= ev.end


def test_ward_plan_chain_is_stated_in_its_opening_sentence() -> None:
    rels = [r for r in extraction("001").relations if r.position in ("opening", "nested")]
    chain = {(r.source, r.target) for r in rels if r.type.value == "IMPLEMENTS"}
    assert {("HOST", "74-KH/TU"), ("74-KH/TU", "160-TB/TW"), ("160-TB/TW", "62-KL/TW")} <= chain
    opening = next(r for r in rels if r.target == "74-KH/TU")
    assert opening.evidence.text.startswith("Thực hiện Kế hoạch số 74-KH/TU")


# Host facts: (kind, own code, issuing body, level, province, district, date, signer)
EXPECTED_HOSTS = {
    "000": ("Kế hoạch", None, "Ban Thường vụ Huyện ủy", "district", "Bắc Giang", None, None,
            "Cao Văn Hoàn"),
    "001": ("Kế hoạch", None, "Đảng ủy", "commune", None, "Đức Phố", None, "Nguyễn Văn Nho"),
    "002": ("Kế hoạch", "123-KH/TU", "Ban Thường vụ Tỉnh ủy", "province", None, None,
            "2014-08-29", "Dương Văn An"),
    "003": ("Kết luận", None, "Ban Chấp hành Đảng bộ huyện", "district", None, None,
            "2020-12-11", None),
    "004": ("Kế hoạch", None, "Ban Thường vụ Huyện ủy", "district", "Bắc Giang", "Tân Yên",
            None, "Lâm Thị Hương Thành"),
}  # fmt: skip


@pytest.mark.parametrize("doc", sorted(EXPECTED_HOSTS))
def test_host_document_facts_are_read_from_the_text(doc: str) -> None:
    host = extraction(doc).document
    found = (host.kind, host.code.canonical if host.code else None, host.issuing_body,
             host.level.value, host.place.province, host.place.district,
             host.date.isoformat() if host.date else None, host.signer)  # fmt: skip
    assert found == EXPECTED_HOSTS[doc]


def test_host_without_own_code_gets_a_stable_content_identifier() -> None:
    text = (CORPUS / FILES["000"]).read_text(encoding="utf-8")
    first = extract(text).document.id
    assert first.startswith("doc-") and first == extract(text).document.id
    assert extract(text + "\nThêm một dòng.").document.id != first


def test_district_conclusion_term_comes_from_its_heading() -> None:
    assert extraction("003").document.term == "XXVII"


def test_recipients_are_listed_from_noi_nhan() -> None:
    recipients = extraction("000").document.recipients
    assert recipients[0] == "Thường trực Tỉnh ủy" and recipients[-1] == "Lưu Văn thư"


def test_type_word_contradicting_code_is_reported_with_both_readings() -> None:
    warnings = [w for w in extraction("000").warnings if w.kind == "type_word_mismatch"]
    assert len(warnings) == 1
    readings = {r["reading"] for r in warnings[0].readings}
    assert readings == {"160-KL/TW", "160-TB/TW"}
    ref = next(r for r in extraction("000").references if r.canonical == "160-KL/TW")
    assert ref.alternatives == ("160-TB/TW",)


def test_two_terms_for_one_code_are_reported() -> None:
    warnings = [w for w in extraction("002").warnings if w.kind == "conflicting_term"]
    assert [w.code for w in warnings] == ["62-KL/TW"]
    assert {r["value"] for r in warnings[0].readings} == {"X", "XI"}


def test_no_false_positive_warnings_on_clean_documents() -> None:
    for doc in ("001", "003", "004"):
        assert [w.kind for w in extraction(doc).warnings] == []

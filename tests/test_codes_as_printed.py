"""Codes as real pages print them: a field's unit without its bar, a symbol spaced for its
hyphen, and the invitation's "mời" in the past-marked shadow (real snippets, URL each)."""

from __future__ import annotations

import pytest

from ingest import extract, find_codes, normalize_code
from ingest.codes import field_unit
from ingest.page.common import past_marked_shadow
from ingest.text import normalize_text


def codes_in(snippet: str) -> list[str]:
    return [m.code.canonical for m in find_codes(normalize_text(snippet))]


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # an English translation prints "D" for the unit's "Đ" (Cục Kế hoạch và Đầu tư of the
        # Ministry of Defence), as for the type's: KHĐT, the field of BKHĐT
        # (https://dulieuphapluat.vn/van-ban/van-hoa-xa-hoi-van-ban/decision-no-1276qd-ttg-dated-july-20-2021-on-approval-for-investment-guidelines-for-project-on-improvement-of-the-quality-of-life-of-the-disabled-in-provinces-heavily-affected-by-agent-orange-1113574.html)
        ("At the request of the Ministry of National Defense at the Document No. "
         "2165/BQP-KHDT dated July 01, 2021,", ["2165/BQP-KHĐT"]),
        # control: units no issuer's field spells stay as printed, though they mean Đ
        # (Thẩm định và Giám sát đầu tư; https://vbpl.vn/laichau/Pages/vbpqen-toanvan.aspx?ItemID=5114&dvid=300)
        ("the Ministry of Planning and Investment in Official Letter No. 3065/BKH-TD&GSDT of "
         "May 3, 2006", ["3065/BKH-TD&GSDT"]),
        # a space for the symbol's hyphen, between a known type and a known issuer
        # (https://phapluatmoitruong.vn/dung-to-chuc-le-hoi-co-loa-huyen-dong-anh-dau-xuan-tan-suu-2021)
        ("Chỉ thị số 03/CT UBND ngày 3/2/2021 của Chủ tịch UBND TP Hà Nội",
         ["03/CT-UBND"]),
        # (a Huế ward council's page, dev case zz22-hue-hdnd-phuong-phong-thai-…-1675-no-hyphen)
        ("đơn vị hành chính theo Nghị quyết (NQ) 1675/NQ UBTVQH14. Bộ máy",
         ["1675/NQ-UBTVQH14"]),
        # controls: no issuer after the space (the Chairman of the Council of Ministers' own
        # "CT"; https://luatminhkhue.vn/quyet-dinh-so-264-ct-cua-chu-tich-hoi-dong-bo-truong---quyet-dinh-ve-chinh-sach-khuyen-khich-dau-tu-phat-trien-rung.aspx),
        # and a date before the issuer (https://bandantoc.quangnam.gov.vn/webcenter/portal/bandantoc/pages_tin-tuc/chi-tiet?dDocName=PORTAL172029)
        ("VỀ VIỆC KHÔNG THỰC HIỆN QUYẾT ĐỊNH\n\nSỐ 156/CT NGÀY 23 THÁNG 5 NĂM 1988",
         ["156/CT"]),
        ("ngày 08/5/2018 UBND tỉnh Quảng Nam ban hành Kế hoạch số 2305/KH-UBND về việc",
         ["2305/KH-UBND"]),
    ],
)
def test_codes_as_printed(snippet: str, expected: list[str]) -> None:
    assert codes_in(snippet) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("KHDT", "KHĐT"),  # Kế hoạch và Đầu tư (BKHĐT)
        ("LDTBXH", "LĐTBXH"),  # Lao động - Thương binh và Xã hội (BLĐTBXH)
        ("KHĐT", None),  # printed with its bar: nothing to restore
        ("GDDT", None),  # a unit's own symbol with a Latin D (Giáo dục Dân tộc)
        ("TD", None),
        ("UBDT", None),  # Ủy ban Dân tộc: a Latin D of its own
    ],
)
def test_field_unit(token: str, expected: str | None) -> None:
    assert field_unit(token) == expected


def test_normalize_code_restores_a_field_unit() -> None:
    assert normalize_code("2165/BQP-KHDT") == "2165/BQP-KHĐT"
    assert normalize_code("2165 BQP KHDT") == "2165/BQP-KHĐT"
    assert normalize_code("3065/BKH-TD&GSDT") == "3065/BKH-TD&GSDT"


def _marked(text: str) -> str:
    norm = normalize_text(text)
    return past_marked_shadow(norm, 0, len(norm.shadow))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Giấy mời": a type word, spelt as the shadow spells it (a district portal's entry,
        # github:easywebhub/daksong_website, dev case zz18-cuknia-88-gm-ubnd-listing-doc)
        ("Giấy mời số 88/GM-UBND ngày 29/6/2016 của UBND huyện V/v Họp bàn",
         "giay moi so 88/gm-ubnd ngay 29/6/2016 cua ubnd huyen v/v hop ban"),
        # controls: the verb "mời" is no past word and stays marked
        # (https://baohaiduong.vn/tap-trung-to-chuc-ngay-hoi-dai-doan-ket-tu-ngay-1-18-11-141709.html)
        ("Ủy ban MTTQ tỉnh mời các đồng chí lãnh đạo tỉnh về dự ngày hội",
         "uy ban mttq tinh MOI cac dong chi lanh dao tinh ve du ngay hoi"),
        # the past word "mới" is kept as it is, newspaper (one sentence;
        # https://thanhnien.vn/giao-duc/bo-gd-dt-chot-tuu-truong-nam-hoc-moi-som-nhat-tu-ngay-192020-1257046.html)
        ("giáo dục thường xuyên do Bộ GD-ĐT mới ban hành nêu rõ",
         "giao duc thuong xuyen do bo gd-dt moi ban hanh neu ro"),
    ],
)
def test_past_marked_shadow_tells_the_invitation(text: str, expected: str) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a body's letter in the Party's order, its own symbol no table knows, after a letter's
        # lead: Hội Khuyến học Việt Nam's (https://mnhoamy.pgdthanhxuan.edu.vn/bai-giang-dien-tu/cong-van-ve-viec-to-chuc-tuan-le-hoc-tap-suot-doi/ct/20351/94)
        ("Phó Chủ tịch PGS-TS Trần Xuân Nhĩ đã ký văn bản số 436-HKK/BPT về việc Tổ chức",
         ["436/HKK-BPT"]),
        # the State Planning Committee's, 1995 (http://asianlii.org/vn/legis/laws/tsmrotdrtndtatapfbpttpcotpitpa1782)
        ("the State Planning Committee in its Official Dispatch No.2189-UB/NLN of July 5, 1995",
         ["2189/UB-NLN"]),
        # controls: without a letter's lead no code; a known Party type keeps the Party's
        # order; the Council of State's order stays one
        # (https://thuviennhadat.vn/vbpl/thong-tu-15-btc-tt-quy-dinh-che-do-quan-ly-tai-chinh-ngan-hang-thuong-mai-quoc-doanh-ngan-hang-dau-t-43351.html)
        ("Trần Xuân Nhĩ 436-HKK/BPT về việc Tổ chức", []),
        ("Kế hoạch số 103-KH/ĐUK ngày 15/01/2024", ["103-KH/ĐUK"]),
        ("ban hành\ntheo lệnh số 38-LCT/HĐNN ngày 24-5-1990", ["38-LCT/HĐNN"]),
    ],
)
def test_a_letter_in_party_order_with_an_unknown_symbol(snippet: str, expected: list[str]) -> None:
    assert codes_in(snippet) == expected


def test_normalize_code_reads_the_unknown_symbol_letter() -> None:
    assert normalize_code("436-HKK/BPT") == "436/HKK-BPT"
    assert normalize_code("828-BKH/NN") == "828/BKH-NN"


# vbpl.vn's translation of a 2001 decision amending 141/2000/QĐ-TTg
# (https://vbpl.vn:443/boxaydung/Pages/vbpqen-toanvan.aspx?ItemID=9299): the plural proposal
# line ends the bases; the letters after it are cited, not bases.
_PROPOSALS = (
    "THE PRIME MINISTER\n"
    "Pursuant to the Law on Organization of the Government of September 30, 1992;\n"
    "Pursuant to the Prime Minister's Decision No.22/TTg of January 11, 1997 approving the "
    "pre-feasibility project on forestry sector;\n"
    "At the proposals of the Minister of Agriculture and Rural Development (Official Dispatch "
    "No.173/BNN-CS of January 18, 2001); after considering the opinions of the Ministry of "
    "Planning and Investment (Official Dispatch No.828-BKH/NN of February 15, 2001); and "
    "Ministry of Finance (Official Dispatch No.912-TC/TCDN of February 6, 2001),\n"
    "DECIDES:\n"
    "Article 1.- To amend and supplement Article 1 of the Prime Minister's Decision "
    "No.141/2000/QD-TTg of December 11, 2000 on the investment and benefit policy\n"
)


def test_the_plural_proposal_line_ends_the_bases() -> None:
    relations = {(r.type.value, r.target) for r in extract(_PROPOSALS).relations}
    assert ("BASED_ON", "22/TTg") in relations  # control: the basis before it stays one
    for letter in ("173/BNN-CS", "828/BKH-NN"):
        assert ("BASED_ON", letter) not in relations
        assert ("CITES", letter) in relations

"""A document's header that a site flattened into the page's first line (the issuer, the motto
in capitals, the place-date) makes the page the document. Snippets from real pages (dev
batches zi, zn)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract

# 123docz.net/document/728277: a district education office's report, its words glued
_THAI_THUY = (
    "UBND HUYỆN THÁI THỤY PHÒNG GIÁO DỤC & ĐÀO TẠO ------ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự do - Hạnh phúc Thụy Dương, ngày 07 tháng 12 năm2010BÁOCÁOKIỂMTRA THỰC HIỆN "
    "XÂY DỰNGTRƯỜNGTHCSĐẠTCHUẨNQUỐCGIA Đơn vị: TrườngTHCS Thụy Dương HUYỆN THÁI THỤY, TỈNH THÁI"
    " BÌNH - Thực hiện theo Thông tư 06/2010/TT-BGĐT ngày 26/02/2010 của Bộ GD&ĐT về việc ban "
    "hành Quy chế công nhận trường trung học cơ sở đạtchuẩnquốc gia;"
)


def test_a_flattened_header_makes_the_page_a_document() -> None:
    assert extract(_THAI_THUY).document.page == "document"


@pytest.mark.parametrize(
    "text",
    [
        # the motto named in a sentence, not a header in capitals
        "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam, ngày 2 tháng 9 năm 2024 đã dự lễ "
        "kỷ niệm Quốc khánh tại Hà Nội.",
    ],
)
def test_the_motto_in_running_text_is_no_header(text: str) -> None:
    assert extract(text).document.page != "document"


def test_an_enacting_clause_wrapped_inside_the_bodys_name_names_it() -> None:
    # thuvienphapluat.vn (dev zn): the joint resolution's enacting clause after its bases, a
    # line wrapped inside "Mặt trận"
    text = (
        "NGHỊ QUYẾT LIÊN TỊCH\nVỀ\nCÔNG TÁC PHỐI HỢP GIỮA CHÍNH PHỦ VỚI ĐOÀN CHỦ TỊCH ỦY BAN "
        "TRUNG ƯƠNG MẶT TRẬN TỔ\nQUỐC VIỆT NAM\nCăn cứ Luật Mặt trận\nTổ quốc Việt Nam ngày 09 "
        "tháng 6 năm 2015;\nChính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt\ntrận Tổ quốc Việt"
        " Nam ban hành Nghị quyết liên tịch về công tác phối hợp giữa\nChính phủ với Đoàn Chủ "
        "tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.\nChương I\nQUY ĐỊNH CHUNG"
    )
    doc = extract(text).document
    assert doc.level is Level.CENTRAL
    assert doc.issuing_body == (
        "Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    )

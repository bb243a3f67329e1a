"""Page kind of news items and portal pages that tell of documents in ways a document's own
opening also uses. Snippets from real pages (dev batch zx_report_pages)."""

from __future__ import annotations

import pytest

from ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # baotayninh.vn video item: "lãnh đạo, chỉ đạo các cấp uỷ" tells how the committee led
        # under the directives it carries out; no letter directs anyone here
        ("Tây Ninh: Tổ chức Tết Nguyên đán Quý Mão vui tươi, lành mạnh, an toàn, tiết kiệm\n\n"
         "Xã hội 03-02-2023\n\nThực hiện chỉ thị của Ban Bí thư Trung ương Đảng và Thủ tướng "
         "Chính phủ về tổ chức Tết Nguyên đán Quý Mão 2023, Ban Thường vụ Tỉnh uỷ tập trung lãnh "
         "đạo, chỉ đạo các cấp uỷ, tổ chức đảng, địa phương, cơ quan, đơn vị tăng cường các biện "
         "pháp bảo đảm mọi người, mọi nhà đều được vui xuân, đón tết vui tươi, lành mạnh, an toàn "
         "và tiết kiệm.", "other"),
        # (a letter copied without its header still directs: "…, Sở … yêu cầu các phòng …")
        ("Thực hiện Công văn số 3711/UBND-KGVX ngày 12/9/2023 của Ủy ban nhân dân tỉnh, Sở Giáo "
         "dục và Đào tạo yêu cầu các phòng Giáo dục và Đào tạo triển khai một số nội dung sau:",
         "document"),
    ],
)
def test_a_body_that_led_is_not_a_letter_that_directs(text: str, page: str) -> None:
    assert extract(text).document.page == page

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


@pytest.mark.parametrize(
    ("text", "page", "code"),
    [
        # mncamlinha.edu.vn: an urgent headline names the directive, then its main points
        ("HOẢ TỐC: CHỈ THỊ SỐ 06-CT/TU VỀ VIỆC TIẾP TỤC NÂNG CAO HIỆU QUẢ CÔNG TÁC PHÒNG, CHỐNG "
         "DỊCH COVID-19 TRÊN ĐỊA BÀN THÀNH PHỐ! \nMột số nội dung chính của Chỉ thị:\n👉 Thực "
         "hiện quyết liệt, triệt để, nghiêm túc, có hiệu quả thực chất việc giãn cách xã hội.",
         "report", "06-CT/TU"),
        # (a document's own opening gives its contents "như sau:" and stays the document)
        ("Ủy ban nhân dân tỉnh Bạc Liêu ban hành Kế hoạch phòng, chống bệnh Viêm da nổi cục trên "
         "trâu, bò trên địa bàn tỉnh Bạc Liêu, giai đoạn 2022 - 2030, với các nội dung chính như "
         "sau:\nI. MỤC ĐÍCH, YÊU CẦU", "document", None),
    ],
)
def test_a_headline_naming_a_document_then_its_main_points_reports_it(
    text: str, page: str, code: str | None
) -> None:
    doc = extract(text).document
    assert doc.page == page and (doc.code.canonical if doc.code else None) == code


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # tapchithethao.vn: a headline in capitals that starts with a type word, over a news
        # lead with its source tag
        ("CHƯƠNG TRÌNH BƠI AN TOÀN, PHÒNG CHỐNG ĐUỐI NƯỚC TRẺ EM GIAI ĐOẠN 2017-2020\n\n    "
         "(Bơi an toàn - Phòng chống đuối nước) - Hàng năm, ở nước ta có hàng ngàn người chết vì "
         "nạn đuối nước, trong đó một số lượng lớn là trẻ em. Thực hiện Quyết định số 234 và chỉ "
         "thị 17 của Thủ tướng Chính phủ (cùng ban hành vào năm 2016), kế hoạch liên ngành phòng "
         "chống đuối nước trẻ em giai đoạn 2017-2020 đã được triển khai rộng rãi.", "other"),
        # (baomoi.net.vn, a repost: the resolution's own title as the headline, in small
        # letters, over the paper's tagged lead, is still the resolution)
        ("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh (khóa XIX) về cải thiện mạnh mẽ môi trường "
         "đầu tư kinh doanh trên địa bàn tỉnh giai đoạn 2021- 2025\n\n(baophutho.vn) - Nghị "
         "quyết Đại hội đại biểu Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020-2025 đã xác định một khâu "
         "đột phá về cải thiện mạnh mẽ môi trường đầu tư kinh doanh.", "document"),
    ],
)
def test_a_capitals_headline_over_a_tagged_news_lead_is_no_title(text: str, page: str) -> None:
    assert extract(text).document.page == page

"""A text that addresses its recipients ("Kính gửi:") is the letter itself, not news of it."""

from __future__ import annotations

from ingest.extract import extract

# Công văn 1350-CV/BDVTW of the Central Mass Mobilisation Commission (2023), as a portal copies
# it: its title line, its salutation, then a paragraph that tells of the directive it reviews.
BDVTW = (
    "Công văn số 1350-CV/BDVTW ngày 10/5/2023 của Ban Dân vận Trung ương về việc triển khai sơ "
    "kết 05 năm thực hiện Chỉ thị số 21-CT/TW về công tác phụ nữ\n\n"
    "Kính gửi: Ban Dân vận các tỉnh ủy, thành ủy trực thuộc Trung ương\n\n"
    "Ngày 20/01/2018, Ban Bí thư Trung ương Đảng (Khoá XII) đã ban hành Chỉ thị số 21-CT/TW về "
    "tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới (sau đây viết tắt là Chỉ thị số "
    "21-CT/TW). Để đánh giá đúng những kết quả đạt được sau 05 năm triển khai, Ban Dân vận Trung "
    "ương đề nghị Ban Dân vận các tỉnh uỷ, thành ủy tham mưu cấp ủy chỉ đạo sơ kết 05 năm thực "
    "hiện Chỉ thị số 21-CT/TW.\n"
)
# A provincial education union's letter as a school portal posts it: headline, salutation, no
# number or heading (pgdnghiahanh, 2016).
UNION_LETTER = (
    "Hỗ trợ giáo dục miền núi, vùng sâu, vùng xa năm học 2016-2017\n\n"
    "Kính gửi: Công đoàn Giáo dục các huyện, thành phố; Các Công đoàn cơ sở trực thuộc.\n"
    "Thực hiện Chương trình công tác nhiệm kỳ XVI (2012-2017); Căn cứ Công văn số 199/CSPL-CĐN "
    "ngày 17/8/2016 của Công đoàn Giáo dục Việt Nam về việc tiếp tục thực hiện cuộc vận động hỗ "
    "trợ giáo dục miền núi.\n\nBan Thường vụ Công đoàn ngành đề nghị Công đoàn Giáo dục huyện, "
    "thành phố triển khai thực hiện tốt một số nội dung\n"
)


def test_a_letter_under_its_title_line_is_the_document_not_a_report() -> None:
    doc = extract(BDVTW).document
    assert doc.page == "document"
    assert doc.code is not None and doc.code.canonical == "1350-CV/BDVTW"


def test_an_addressed_text_without_heading_or_number_is_a_letter() -> None:
    doc = extract(UNION_LETTER).document
    assert doc.page == "document" and doc.kind == "Công văn"


def test_a_speech_that_greets_its_audience_is_no_letter() -> None:
    speech = (
        "Phát biểu của đồng chí Bí thư Tỉnh ủy tại Hội nghị quán triệt Nghị quyết số 57-NQ/TW\n\n"
        "Kính gửi các đồng chí đại biểu,\nHôm nay, Tỉnh ủy tổ chức Hội nghị quán triệt, triển "
        "khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n"
    )
    assert extract(speech).document.page == "other"

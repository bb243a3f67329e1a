"""Headers as sites print them: flattened into one line (the issuer's column where the
motto's gap starts, the place right after the motto), places written in capitals ("TỈNH THÁI
BÌNH"), a year glued to "năm", and a title whose subject line "VỀ" stands alone. Snippets from
real pages (dev batch zn)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.context import parse_date
from ingest.extract import extract
from tests.test_page_flat_header import _THAI_THUY


def test_a_flattened_header_gives_the_issuer_place_and_date() -> None:
    doc = extract(_THAI_THUY).document
    assert doc.level is Level.DISTRICT
    assert (doc.place.province, doc.place.district) == ("Thái Bình", "Thái Thụy")
    assert doc.date is not None and doc.date.isoformat() == "2010-12-07"


def test_a_year_glued_to_nam_is_read() -> None:
    parsed = parse_date("07 thang 12 nam2010bao cao", 0)
    assert parsed is not None and parsed[0].isoformat() == "2010-12-07"


def test_a_titles_subject_line_is_no_issuer() -> None:
    # thuvienphapluat.vn: a joint resolution copied from its title on, no header
    text = (
        "NGHỊ QUYẾT LIÊN TỊCH\nVỀ\nCÔNG TÁC PHỐI HỢP GIỮA CHÍNH PHỦ VỚI ĐOÀN CHỦ TỊCH ỦY BAN "
        "TRUNG ƯƠNG MẶT TRẬN TỔ\nQUỐC VIỆT NAM\nCăn cứ Luật Mặt trận\nTổ quốc Việt Nam ngày 09 "
        "tháng 6 năm 2015;"
    )
    assert extract(text).document.issuing_body != "Về"


# A header run into one line (bench/RESULTS_robustness.md, robust3): the issuer's column, the
# number and the motto on one line, as a PDF's text layer or a page copied cell by cell gives
# it (tailieutuoi.com's "TỈNH ỦY THỪA THIÊN HUẾ * Số 03-NQ/TU ĐẢNG CỘNG SẢN VIỆT NAM", 123docz's
# "ĐẢNG BỘ TỈNH THÁI NGUYÊN ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 KH/ĐU ĐẢNG CỘNG SẢN
# VIỆT NAM"): the capitals right before the motto, or before the number label in front of it,
# name the issuer, whatever runs on the line before them.
JOINED_HEADERS = [
    # the Phố Bảng election board's plan (github.com/LaHieu11/baucu-luongminh, src/assets/XaLM/
    # "KH Tieu ban tuyên truyền bầu cử …docx"): the number between the issuer and the motto
    (
        "ỦY BAN BẦU CỬ XÃ PHỐ BẢNG TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT Số: 01/KH-TBTTKT "
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Phố Bảng, ngày 10 tháng "
        "12 năm 2025\nKẾ HOẠCH\nTriển khai của Tiểu ban thông tin, tuyên truyền, khánh tiết bầu "
        "cử đại biểu Quốc hội khóa XVI\nCăn cứ Quyết định số 03/QĐ-UBBC ngày 05/12/2025 của Ủy "
        "ban bầu cử xã Phố Bảng …\n",
        Level.COMMUNE,
    ),
    # thuvienphapluat.vn/van-ban/Linh-vuc-khac/Ke-hoach-189-KH-UBND-2024-Phong-chong-dich-benh-
    # dong-vat-nam-2025-Son-La-620061.aspx: the site's facts run into the header, a rule under
    # the issuer
    (
        "Số hiệu: 189/KH-UBND Loại văn bản: Kế hoạch Nơi ban hành: Tỉnh Sơn La Người ký: Nguyễn "
        "Thành Công Ngày ban hành: 06/08/2024 Ngày hiệu lực: Đã biết Tình trạng: Đã biết ỦY BAN "
        "NHÂN DÂN TỈNH SƠN LA ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
        "phúc --------------- Số: 189/KH-UBND Sơn La, ngày 06 tháng 8 năm 2024\nKẾ HOẠCH\n\n"
        "PHÒNG, CHỐNG DỊCH BỆNH ĐỘNG VẬT TRÊN ĐỊA BÀN TỈNH SƠN LA NĂM 2025\n",
        Level.PROVINCE,
    ),
    # tieuhocdienthanh.dienchau.edu.vn/cong-khai/ke-hoach-giao-duc-nha-truong-nam-hoc-2024-2025-
    # 261.html: the post's title and stamp before a school's header (a district's school)
    (
        "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024 - 2025 Thứ sáu - 27/09/2024 08:45 PHÒNG GD & "
        "ĐT DIỄN CHÂU TRƯỜNG TH DIỄN THÀNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc\n \n Số : 39/KH -THDT\nDiễn Thành, ngày 30 tháng 08 năm 2024\n \n KẾ HOẠCH "
        "GIÁO DỤC NHÀ TRƯỜNG\nNĂM HỌC 2024 - 2025\n I. Căn cứ xây dựng kế hoạch.\n",
        Level.DISTRICT,
    ),
]


@pytest.mark.parametrize(("text", "level"), JOINED_HEADERS)
def test_a_header_run_into_one_line_gives_its_issuers_level(text: str, level: Level) -> None:
    assert extract(text).document.level is level


def test_running_text_before_a_motto_is_no_issuer() -> None:
    # the motto quoted mid-sentence, in small letters before it: no header's issuer
    text = "Nhân dân cả nước kỷ niệm ngày thành lập ĐẢNG CỘNG SẢN VIỆT NAM 3/2.\n"
    assert extract(text).document.issuing_body is None

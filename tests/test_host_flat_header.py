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


def test_running_text_before_a_motto_is_no_issuer() -> None:
    # the motto quoted mid-sentence, in small letters before it: no header's issuer
    text = "Nhân dân cả nước kỷ niệm ngày thành lập ĐẢNG CỘNG SẢN VIỆT NAM 3/2.\n"
    assert extract(text).document.issuing_body is None


# A header's two columns side by side on the same lines, as `pdftotext -layout` prints them or
# a page's table row gives them: the issuer's cell beside the motto, the motto's second line or
# the place-date line (robust3). Reading up from the heading, the issuer's cell on such a line
# is kept; a line with nothing in capitals left beside them is passed over as before.
TWO_COLUMN_HEADERS = [
    # bathuoc.thanhhoa.gov.vn/portal/Pages/Uy-ban-nhan-dan-huyen.aspx (the district committee's
    # working rules; no number line, the heading under the header)
    (
        "Quy chế Hoạt động của Uỷ ban nhân dân huyện Bá Thước\n\n100%\n\n \n"
        "UỶ BAN NHÂN DÂN        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN BÁ THƯỚC         Độc lập - Tự do - Hạnh phúc\n\n \n"
        "QUY CHẾ\nLÀM VIỆC CỦA UỶ BAN NHÂN DÂN HUYỆN BÁ THƯỚC\n"
        "(Ban hành kèm theo Quyết định số 2428 /2011/QĐ-UBND ngày 16 /8/2011)\n"
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\n",
        Level.DISTRICT,
    ),
    # the Quảng Ninh Fatherland Front's guidance (github.com/LaHieu11/baucu-luongminh, src/assets/
    # XaLM/"HD hiệp thương (MTTQ tỉnh) ….docx"): the place-date line beside the issuer's last line
    (
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH QUẢNG NINH                         Độc lập – Tự do – Hạnh phúc\n"
        "BAN THƯỜNG TRỰC                         Quảng Ninh, ngày     tháng 11 năm 2025\n"
        "Số:         /HD- MTTQ-BTT\nHƯỚNG DẪN\n"
        "Quy trình hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội\n",
        Level.PROVINCE,
    ),
    # a trade union cell's plan (the dev case zsec-mn-thuyvan-huongthuy-cdcs-ke-hoach-thang-
    # 5-2020): the place's name run into the motto is no cell
    (
        "LĐLĐ THỊ XÃ HƯƠNG THỦY\n\nCĐCS MN THỦY VÂN\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập – Tự do – Hạnh phúcThuỷ Vân, ngày 01 tháng 5 năm 2020\n\n"
        "    KẾ HOẠCH HOẠT ĐỘNG THÁNG 5/2020\n\nI. Đánh giá công tác hoạt động Công đoàn\n",
        Level.DISTRICT,
    ),
]


@pytest.mark.parametrize(("text", "level"), JOINED_HEADERS + TWO_COLUMN_HEADERS)
def test_a_header_joined_or_in_two_columns_gives_its_issuers_level(
    text: str, level: Level
) -> None:
    assert extract(text).document.level is level

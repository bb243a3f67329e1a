"""Levels and places of issuers named without a code that tells them: a bloc's Party committee
shortened to "Đảng ủy Khối", a 2025 special zone acting in lower case, and the news agency
"Thông tấn xã" that is no commune. Snippets from real pages (dev batches v, w, zn)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract
from ingest.host.levels import level_of_body
from ingest.text import normalize_text

# naem.edu.vn: the bloc named in full in the headline, shortened in the lead
_NAEM = (
    "Kế hoạch tổ chức Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023 trong "
    "Đảng bộ Khối các cơ quan Trung ương\nNgày 14/3/2023 Ban thường vụ Đảng ủy Khối ban hành "
    "Kế hoạch số 107-KH-ĐUK về việc “ Tổ chức Cuộc thi chính luận về bảo vệ nền tảng tử tưởng "
    "của Đảng năm 2023 trong Đảng bộ Khối các cơ quan Trung ương. Cuộc thi do Đảng ủy Khối chủ "
    "trì, phối hợp với Tạp chí cộng sản, Báo Nhân Dân, Đài Truyền hình Việt Nam, Đài Tiếng nói "
    "Việt Nam, và Thông tấn xã Việt Nam tổ chức thực hiện."
)


def test_a_bloc_committee_shortened_takes_the_level_of_its_full_name() -> None:
    doc = extract(_NAEM).document
    assert doc.page == "report"
    assert doc.level is Level.CENTRAL
    assert doc.place.commune is None  # "Thông tấn xã Việt Nam" names no commune


@pytest.mark.parametrize(
    ("body", "text", "level"),
    [
        (
            "Ban Thường vụ Đảng ủy Khối",
            "… trong Đảng bộ Khối các cơ quan Trung ương …",
            Level.CENTRAL,
        ),
        ("Đảng ủy Khối", "Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị …", Level.PROVINCE),
        # two blocs of different levels named: no one of them is meant
        (
            "Đảng ủy Khối",
            "Đảng ủy Khối các cơ quan tỉnh và Đảng ủy Khối các cơ quan Trung ương",
            Level.UNKNOWN,
        ),
        ("Đảng ủy Khối", "… không nêu tên khối …", Level.UNKNOWN),
    ],
)
def test_level_of_a_short_bloc_name(body: str, text: str, level: Level) -> None:
    assert level_of_body(body, normalize_text(text)) is level


def test_a_special_zone_in_lower_case_acts_as_its_government() -> None:
    # baolamdong.vn (dev w): "đặc khu Phú Quý" (commune level since July 2025)
    text = (
        "Đặc khu Phú Quý: Đưa Nghị quyết Đại hội Đảng bộ vào cuộc sống bằng những hành động cụ "
        "thể Ngay sau Đại hội đại biểu Đảng bộ nhiệm kỳ 2025 - 2030, đặc khu Phú Quý khẩn trương"
        " xây dựng và ban hành Chương trình hành động với các mục tiêu, nhiệm vụ và giải pháp cụ "
        "thể.\n\nBí thư Tỉnh ủy tặng hoa và bức trướng của Ban Chấp hành Đảng bộ tỉnh Lâm Đồng "
        "chúc mừng đại hội"
    )
    doc = extract(text).document
    assert doc.level is Level.COMMUNE
    assert doc.place.commune == "Phú Quý"


@pytest.mark.parametrize(
    ("text", "level", "province", "district"),
    [
        # a literary magazine's city news of 2014 (dev o): Huế was a city of Thừa Thiên Huế
        (
            "Tổng vệ sinh môi trường đón Tết Dương lịch năm 2015\n14:58 | 27/12/2014\n\nUBND "
            "thành phố Huế đã ban hành Kế hoạch số 3365/KH - UBND về việc tổng vệ sinh môi "
            "trường trên toàn địa bàn thành phố đón Tết Dương lịch năm 2015.",
            Level.DISTRICT,
            None,
            "Huế",
        ),
        # nhansu.vn (dev y): the centrally-run city of 2025
        (
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 18/CT-UBND\nHuế, ngày 29 tháng 12 năm 2025\n"
            "CHỈ THỊ\nTĂNG CƯỜNG KỶ CƯƠNG, KỶ LUẬT HÀNH CHÍNH",
            Level.PROVINCE,
            "Huế",
            None,
        ),
    ],
)
def test_hue_is_a_province_only_from_2025(
    text: str, level: Level, province: str | None, district: str | None
) -> None:
    doc = extract(text).document
    assert doc.level is level
    assert (doc.place.province, doc.place.district) == (province, district)


@pytest.mark.parametrize(
    ("text", "commune"),
    [
        # tranbien.dongnai.gov.vn (dev zs): the ward's chairman named right after the ward
        (
            "Kỳ họp HĐND phường xem xét thông qua các tờ trình và dự thảo Nghị quyết trình tại kỳ"
            " họp. HĐND phường lấy ý kiến thông qua 10 Nghị quyết gồm: Kế hoạch tổ chức các kỳ "
            "họp thường lệ năm 2026 HĐND phường.\n\nPhát biểu tại hội nghị, Ủy viên Ban Thường vụ"
            " Tỉnh ủy, Bí thư Đảng ủy, Chủ tịch HĐND phường Trấn Biên Hồ Văn Nam biểu dương tinh "
            "thần dân chủ của các đại biểu đối với các Nghị quyết quan trọng của phường Trấn Biên.",
            "Trấn Biên",
        ),
        # hdnd.tayninh.gov.vn (dev zs): a commune of two words, its council's lower-case words
        # after it, is kept whole
        (
            "Ngày 20/4, tại Hội trường Trung tâm Văn hóa, Thể thao và Học tập cộng đồng xã Thanh"
            " Điền, Hội đồng nhân dân (HĐND) xã đã tổ chức thành công Kỳ họp thứ 12 (kỳ họp "
            "chuyên đề) HĐND xã Khóa XII, nhiệm kỳ 2021 - 2026.\nTại kỳ họp này với sự thống "
            "nhất cao, các vị đại biểu HĐND xã đã tiến hành biểu quyết thông qua 02 Nghị quyết.",
            "Thanh Điền",
        ),
    ],
)
def test_a_persons_name_after_a_commune_is_no_part_of_it(text: str, commune: str) -> None:
    assert extract(text).document.place.commune == commune


@pytest.mark.parametrize(
    ("text", "district", "commune"),
    [
        # dev g (Kỳ Thọ): the commune's People's Committee named in capitals under the title
        (
            "KẾ HOẠCH TRIỂN KHAI LẬP PHƯƠNG ÁN VỤ ĐÔNG XUÂN NĂM 2019\nUBND XÃ KỲ THỌ\n\nThực hiện ý"
            " kiến chỉ đạo của Ban Thường vụ Đảng ủy và kế hoạch của UBND xã về việc triển khai "
            "công tác lập phương án thu thuế, quỹ vụ Đông Xuân 2019. UBND xã tổ chức cuộc họp "
            "triển khai công tác lập phương án các thôn cụ thể như sau:",
            None,
            "Kỳ Thọ",
        ),
        # 123docz.net (dev zi): a flattened header in capitals names district and commune
        (
            "ĐỘI TNTP HỒ CHÍ MINH TỈNH QUẢNG NAM- HUYỆN ĐIỆN BÀN HĐĐ XÃ ĐIỆN TIẾN Số: ...../KH- "
            "HĐĐ. Điện Tiến, ngày 20 tháng 1 năm 2013. KẾ HOẠCH Tổ chức lao động tình nghuyện vệ "
            "sinh môi trường làm sạch nơi anh nằm mừng xuân quý tỵ 2013 Nhằm phát huy tinh thần "
            "xung kích tình nguyện của TN và các em học sinh trên địa bàn xã. Hội Đồng Đội xã xây "
            "dưng kế hoạch tổ chức lao động vệ sinh.",
            "Điện Bàn",
            "Điện Tiến",
        ),
        # dev h (Phú Mậu): the motto's "CỘNG HÒA XÃ HỘI" in the flattened header is no commune;
        # Phú Mậu, merged away, is not in the gazetteer, but it fills the header's issuer cell
        # after its unit word ("XÃ PHÚ MẬU"), so it is taken as printed (bodies.header_line_place)
        (
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM XÃ PHÚ MẬU Độc lập – Tự do – Hạnh "
            "phúc KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2014 Căn cứ Luật Phòng, chống thiên tai được "
            "Quốc hội thông qua ngày 19 tháng 6 năm 2013;",
            None,
            "Phú Mậu",
        ),
    ],
)
def test_a_header_in_capitals_names_known_places_only(
    text: str, district: str | None, commune: str | None
) -> None:
    place = extract(text).document.place
    assert (place.district, place.commune) == (district, commune)


def test_a_headerless_report_speaking_of_its_own_commune_is_a_communes() -> None:
    # quangan portal (dev zv): a report's text under its title, no header, no body named
    text = (
        "Báo cáo Tổng kết công tác phòng chống thiên tai và tìm kiếm cứu nạn năm 2019\n"
        "Ngày cập nhật 28/08/2020\n\nPHẦN THỨ NHẤT\n\nTỔNG KẾT CÔNG TÁC PHÒNG CHỐNG THIÊN TAI\n\n"
        "I. Tình hình thiên tai\n\nNăm 2019, thiệt hại trên địa bàn xã chủ yếu hoa màu nhưng "
        "không đáng kể."
    )
    assert extract(text).document.level is Level.COMMUNE
    # a named commune is a subject, not the text's own area; "toàn quân" is no district
    named = text.replace("trên địa bàn xã chủ yếu", "trên địa bàn xã Hòa Phú chủ yếu")
    assert extract(named).document.level is Level.UNKNOWN
    army = text.replace("trên địa bàn xã chủ yếu", "trên địa bàn quân khu chủ yếu")
    assert extract(army).document.level is Level.UNKNOWN

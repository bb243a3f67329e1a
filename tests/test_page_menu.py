"""A site's menu copied above a page (a bulleted list of provinces or sections) is no part of
its lead: the page is read from the text after it."""

from __future__ import annotations

from ingest.extract import extract

_PROVINCES = ("An Giang", "Bình Dương", "Bình Phước", "Bình Thuận", "Bình Định", "Bạc Liêu",
              "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Cao Bằng", "Cà Mau", "Cần Thơ",
              "Điện Biên", "Đà Nẵng", "Đắk Lắk", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Nội",
              "Hồ Chí Minh", "Hà Giang", "Hà Nam", "Hà Tây", "Hà Tĩnh", "Hòa Bình", "Hưng Yên",
              "Hải Dương", "Hải Phòng", "Hậu Giang", "Khánh Hòa", "Kiên Giang", "Kon Tum",
              "Lai Châu", "Long An", "Lào Cai", "Lâm Đồng", "Lạng Sơn", "Nam Định", "Nghệ An")
# baochinhphu.vn's digest under its province menu (dev case p-baochinhphu-112-…)
_DIGEST = (
    "Chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ ngày 19/7/2025 (1)\n\n"
    "(Chinhphu.vn) - Văn phòng Chính phủ vừa có Thông cáo báo chí chỉ đạo, điều hành của "
    "Chính phủ, Thủ tướng Chính phủ ngày 19/7/2025 (1).\n\n19/07/2025 18:15\n\n"
    "Công điện của Thủ tướng Chính phủ tập trung ứng phó với bão số 3 năm 2025\n\n"
    "Thủ tướng Chính phủ vừa có Công điện số 112/CĐ-TTg ngày 19/7/2025 yêu cầu các bộ ngành, "
    "địa phương tập trung ứng phó với bão số 3 năm 2025."
)


def test_a_menu_of_bulleted_places_above_the_lead_is_skipped() -> None:
    menu = "".join(f"  • {name}\n" for name in _PROVINCES)
    doc = extract(menu + "\n" + _DIGEST).document
    assert doc.page == "report"
    assert doc.code is not None and doc.code.canonical == "112/CĐ-TTg"
    assert doc.place.province is None  # no place of the menu is the telegram's


def test_a_short_bulleted_list_is_no_menu() -> None:
    # four bullets: a list the page may mean, read as before
    listed = "".join(f"• {name}\n" for name in _PROVINCES[:4])
    assert extract(listed + "\n" + _DIGEST).document.page == extract(_DIGEST).document.page

"""Body names written from capitals as Vietnamese texts write them
(ingest.host.names.body_name_case).

The headers and authority lines below are the ones real documents print (tests/realworld).
"""

from __future__ import annotations

import pytest

from ingest.host.names import body_name_case


@pytest.mark.parametrize(
    ("capitals", "written"),
    [
        ("BAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh ủy"),
        ("BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN", "Ban Chấp hành Đảng bộ huyện"),
        ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "Ủy ban nhân dân tỉnh Cao Bằng"),
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Ủy ban nhân dân thành phố Hà Nội"),
        ("HỘI ĐỒNG NHÂN DÂN THỊ XÃ SƠN TÂY", "Hội đồng nhân dân thị xã Sơn Tây"),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh"),
        ("BỘ TRƯỞNG BỘ TÀI CHÍNH", "Bộ trưởng Bộ Tài chính"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH THUẬN", "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận"),
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
        ("ĐẢNG ỦY XÃ HỘI XUÂN", "Đảng ủy xã Hội Xuân"),  # a commune named "Hội …"
        ("UBND TỈNH QUẢNG NGÃI", "UBND tỉnh Quảng Ngãi"),
        ("THÀNH ỦY HÀ NỘI", "Thành ủy Hà Nội"),
        ("BAN THƯỜNG VỤ TỈNH ĐOÀN", "Ban Thường vụ Tỉnh Đoàn"),
        ("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"),
    ],
)
def test_body_names_from_capitals(capitals: str, written: str) -> None:
    assert body_name_case(capitals) == written

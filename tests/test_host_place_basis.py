"""The host's province read from the higher bodies it is based on ("Căn cứ …"), as it is
from the ones it implements: a district office's letter based on its province department's
letter sits in that province. Snippets from real pages (tests/realworld)."""

from __future__ import annotations

import pytest

from ingest.extract import extract

THANH_CHUONG = (
    " UBND HUYỆN THANH CHƯƠNG           CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                        Độc lập - Tự do - Hạnh phúc\n\n"
    "  Số:   278/PGD&ĐT-THCS                              "
    "Thanh Chương, ngày 09 tháng 9 năm 2014\n\n"
    "    V/v Hướng dẫn thực hiện nhiệm vụ\n\n"
    "Giáo dục trung học năm học 2014-2015\n\n"
    "Kính gửi: Hiệu trưởng các trường Trung học cơ sở\n\n"
    "Căn cứ Công văn số 1635/SGDĐT- GDTrH ngày 27/8/2014 của Sở Giáo dục và Đào tạo Nghệ An "
    "về Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2014-2015, Phòng Giáo dục và "
    "Đào tạo Thanh Chương hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2014-2015 "
    "như sau:\n"
)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (THANH_CHUONG, "Nghệ An"),
        # two provinces' departments as bases: they disagree, so they fill nothing in; the
        # province comes from the district's own (Thanh Chương, which the gazetteer puts in
        # Nghệ An, not in Hà Tĩnh) named in the text (host.places.province_holding)
        (THANH_CHUONG.replace(
            "như sau:\n",
            "như sau:\nCăn cứ Công văn số 12/SGDĐT-GDTrH ngày 01/9/2014 của Sở Giáo dục và "
            "Đào tạo Hà Tĩnh;\n"), "Nghệ An"),
        # … and where the district is held by neither named province, nothing is
        (THANH_CHUONG.replace("Nghệ An", "Quảng Bình").replace(
            "như sau:\n",
            "như sau:\nCăn cứ Công văn số 12/SGDĐT-GDTrH ngày 01/9/2014 của Sở Giáo dục và "
            "Đào tạo Hà Tĩnh;\n"), None),
    ],
)
def test_province_from_the_bodies_a_text_is_based_on(text: str, province: str | None) -> None:
    assert extract(text).document.place.province == province

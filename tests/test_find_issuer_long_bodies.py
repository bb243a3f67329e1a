"""A cited document's issuer read in full when the body is a mass organisation with a long
name: the ten-word cap runs on to finish a place ("… Ủy ban MTTQ Việt Nam tỉnh An Giang"), and
the lower-case words of the organisations' names ("Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ")
belong to the name. Snippets from real pages."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.models import Level


@pytest.mark.parametrize(
    ("text", "body", "level", "province"),
    [
        (
            "- Căn cứ Kế hoạch số 200/KH-MTTQ-BTT, ngày 11/5/2018 của Ban Thường trực Ủy ban "
            "MTTQ Việt Nam tỉnh An Giang về tổ chức Đại hội MTTQ Việt Nam các cấp trong tỉnh;",
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang", Level.PROVINCE, "An Giang",
        ),
        (
            "Thực hiện Nghị quyết của Ban chấp hành Đảng bộ Phường 4 về thực hiện nhiệm vụ năm "
            "2022 và Kế hoạch 171/KH-CCB ngày 17/01/2022 của Hội Cựu chiến binh Quận 11 về công "
            "tác Hội Cựu chiến binh Quận 11 năm 2022.",
            "Hội Cựu chiến binh Quận 11", Level.DISTRICT, None,
        ),
    ],
)
def test_long_mass_organisation_body(text: str, body: str, level: Level,
                                     province: str | None) -> None:  # fmt: skip
    (ref,) = [r for r in extract(text).references if r.code is not None]
    assert ref.issuing_body == body
    assert ref.level is level
    assert ref.place.province == province


@pytest.mark.parametrize(
    ("text", "body", "province", "district"),
    [
        # https://hethongphapluat.com/… (dev zi-hethongphapluat-37-2011-nq-hdnd-brvt-hyphenated-
        # place), the province's council's resolution 37/2011/NQ-HĐND: a province's name joined
        # by a dash was cut at it, which made a province "Bà Rịa" in coverage reports
        (
            "Điều 1. Nhất trí với báo cáo về Kế hoạch phát triển kinh tế - xã hội 5 năm giai "
            "đoạn 2011 - 2015 của tỉnh Bà Rịa - Vũng Tàu kèm theo Tờ trình số 158/TTr-UBND ngày "
            "25 tháng 11 năm 2011 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu.",
            "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", None,
        ),
        (
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 2/3/2020 của UBND tỉnh Thừa Thiên - Huế về "
            "triển khai công tác cải cách hành chính năm 2020.",
            "UBND tỉnh Thừa Thiên - Huế", "Thừa Thiên - Huế", None,
        ),
        # (controls: a district, then its province after the dash; a dash before a role)
        (
            "Thực hiện Kế hoạch số 3/KH-UBND của UBND huyện Tân Yên - Bắc Giang về chuyển đổi số.",
            "UBND huyện Tân Yên", None, "Tân Yên",
        ),
        (
            "Căn cứ Quyết định số 5/QĐ-UBND của UBND tỉnh Nghệ An - cơ quan thường trực Ban chỉ "
            "đạo;",
            "UBND tỉnh Nghệ An", "Nghệ An", None,
        ),
    ],
)
def test_a_place_named_across_a_dash_is_one_name(
    text: str, body: str, province: str | None, district: str | None
) -> None:
    (ref,) = [r for r in extract(text).references if r.code is not None and r.issuing_body]
    assert ref.issuing_body == body
    assert (ref.place.province, ref.place.district) == (province, district)

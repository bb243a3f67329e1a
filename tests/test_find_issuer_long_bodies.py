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

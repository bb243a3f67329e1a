"""Page kind of news items whose lead names an act by a leader or an act a word only looks like
("kỷ luật" is no "ký Luật"). Snippets from real pages (dev batch zv_page_kind)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        # ubkt.hungyen.dcs.vn: a session that considers discipline ("thi hành kỷ luật")
        "Ngày 26/2, Ủy ban Kiểm tra (UBKT) Tỉnh ủy nhiệm kỳ 2020 - 2025 tổ chức kỳ họp thứ 55 xem "
        "xét, thảo luận, thống nhất phương án tổ chức bộ máy, biên chế Cơ quan UBKT Tỉnh ủy và xem "
        "xét kết quả kiểm tra khi có dấu hiệu vi phạm và thi hành kỷ luật đối với Chi ủy Chi bộ "
        "nhiệm kỳ 2020 - 2022, 2022 - 2025 và một số đảng viên tại Trung tâm Dịch vụ việc làm.",
        # (the same shape with "kỷ luật" right after a body: no law is signed)
        "Ngày 5/3, Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật cảnh cáo đối với 2 đảng viên.",
    ],
)
def test_discipline_is_no_signing_of_a_law(text: str) -> None:
    assert extract(text).document.page == "other"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # bvdkmelinh.vn: the signing verb itself still reads ("vừa ký công văn", "vừa ký Quyết
        # định số …")
        (
            "Bộ trưởng Y tế Đào Hồng Lan vừa ký công văn gửi UBND các tỉnh, thành phố trực thuộc "
            "Trung ương về việc hướng dẫn định hướng sắp xếp, tổ chức lại cơ sở y tế.",
            None,
        ),
        (
            "Chủ tịch UBND tỉnh vừa ký Quyết định số 1571/QĐ-UBND về việc thành lập Tổ công tác.",
            "1571/QĐ-UBND",
        ),
    ],
)
def test_a_signing_written_ky_still_reports(text: str, code: str | None) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    if code is not None:
        assert doc.code is not None and doc.code.canonical == code


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # thuonghieucongluan.com.vn: a deputy minister named with his title sends a letter
        (
            "Tăng cường rà soát chặt chẽ người ra vào bệnh viện\nVừa qua, Thứ trưởng Bộ Y tế "
            "Nguyễn Trường Sơn đã có công văn gửi các bệnh viện của Bộ Y tế, sở y tế tỉnh, thành "
            "phố, y tế các bộ ngành yêu cầu tăng cường công tác phòng chống dịch Covid-19 tại các "
            "cơ sở khám chữa bệnh.",
            Level.CENTRAL,
        ),
        # (the chief of a committee's office: "Chánh Văn phòng UBND tỉnh vừa ký văn bản số …")
        (
            "Chánh Văn phòng UBND tỉnh vừa ký văn bản số 123/VP-TH gửi các sở, ban, ngành.",
            Level.PROVINCE,
        ),
    ],
)
def test_a_leader_titled_before_the_body_reports_its_letter(text: str, level: Level) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.level is level

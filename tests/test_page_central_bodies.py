"""A central mass organisation named by its centre ("Trung ương Hội Chữ thập đỏ Việt Nam",
"Trung ương Đoàn", "T.Ư Đoàn") acts in a news lead like any body: the page reports its
document, central level. Snippets from real pages (dev batches zo, zn)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # chuthapdo daklak (dev zo): a dated lead after an occasion
        (
            "Tháng Nhân đạo năm 2025\n\nCập nhật lúc: 10:17 08/04/2025\n\nHướng đến các sự kiện "
            "quan trọng là Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975"
            " - 30/4/2025), ngày 06/02/2025, Trung ương Hội Chữ thập đỏ Việt Nam ban hành Kế hoạch"
            " số 60/KH-TƯHCTĐ về việc triển khai tháng Nhân đạo năm 2025.",
            "60/KH-TWHCTĐ",
        ),
        # baomoi.com (dev zn): "T.Ư Đoàn" abbreviated, no number
        (
            'Tổ chức diễn đàn "Khát vọng thanh niên"\n\nNhằm phát động đợt sinh hoạt chính trị '
            "sâu rộng trong tuổi trẻ, Ban Bí thư T.Ư Đoàn TNCS Hồ Chí Minh vừa ban hành hướng dẫn"
            ' tổ chức diễn đàn "Khát vọng thanh niên".',
            None,
        ),
    ],
)
def test_a_central_mass_organisation_reports_its_document(text: str, code: str | None) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.level is Level.CENTRAL
    assert (doc.code.canonical if doc.code else None) == code


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # daidoanket.vn (dev zs): a provincial Front committee's guidance, under a headline and
        # a byline
        (
            "Vĩnh Phúc: Đảm bảo thiết thực trong tổ chức Ngày hội Đại đoàn kết\n\nV.Mạnh\n\nBan "
            "Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc hướng dẫn việc tổ chức Ngày hội Đại "
            "đoàn kết toàn dân tộc năm 2018.\n\nThời gian tổ chức Ngày hội tập trung trong khoảng "
            "từ ngày 1/11 đến hết ngày 18/11/2018.",
            Level.PROVINCE,
        ),
        # saoviet.net (dev zz4): headline, byline and date glued before the lead
        (
            "Sắp xếp, tinh gọn các hội quần chúng ở cấp tỉnh và xã bởi Linh 21 Tháng 9, 2025 Ủy "
            "ban Trung ương MTTQ Việt Nam hướng dẫn sắp xếp, tinh gọn các hội do Đảng, Nhà nước "
            "giao nhiệm vụ ở cấp tỉnh và xã, đảm bảo quyền và nghĩa vụ hợp pháp của các tổ chức "
            "hội.",
            Level.CENTRAL,
        ),
    ],
)
def test_a_body_guiding_in_a_news_lead_reports_its_guidance(text: str, level: Level) -> None:
    doc = extract(text).document
    assert (doc.page, doc.kind, doc.code, doc.level) == ("report", "Hướng dẫn", None, level)


@pytest.mark.parametrize(
    "text",
    [
        # the zs lead above, dated, as a page's first line (the date before its comma)
        "Ngày 5/10/2024, Ủy ban MTTQ Việt Nam huyện Hàm Yên hướng dẫn tổ chức Ngày hội Đại đoàn "
        "kết toàn dân tộc năm 2024 ở khu dân cư.",
        # under a headline that guides too, undated: the dated lead says it
        "Ủy ban MTTQ huyện hướng dẫn tổ chức Ngày hội Đại đoàn kết\nNgày 5/10/2024, Ủy ban MTTQ "
        "Việt Nam huyện Hàm Yên hướng dẫn các xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm "
        "2024.",
    ],
)
def test_a_dated_lead_dates_the_guidance_it_reports(text: str) -> None:
    doc = extract(text).document
    assert (doc.page, doc.kind, doc.level, doc.place.district) == (
        "report", "Hướng dẫn", Level.DISTRICT, "Hàm Yên")  # fmt: skip
    assert doc.date is not None and doc.date.isoformat() == "2024-10-05"


@pytest.mark.parametrize(
    "text",
    [
        # the zs lead above as the guidance's own opening reads (its points announced)
        "Hướng dẫn tổ chức Ngày hội\n\nBan Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn việc "
        "tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018 như sau:\n1. Thời gian",
        # the zs lead above told at a training (what is guided there is taught)
        "Tập huấn nghiệp vụ công tác Mặt trận\n\nTại buổi tập huấn, Ban Thường trực Ủy ban MTTQ "
        "Việt Nam huyện hướng dẫn các nội dung về công tác giám sát.",
        # a guiding first line over an undated second one: a text's own opening
        "Ủy ban MTTQ huyện hướng dẫn tổ chức Ngày hội Đại đoàn kết\nỦy ban MTTQ Việt Nam huyện "
        "hướng dẫn các xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024.",
    ],
)
def test_a_guidance_of_its_own_or_at_a_class_reports_nothing(text: str) -> None:
    assert extract(text).document.page != "report"


def test_a_front_committee_carrying_out_its_plan_reports_it() -> None:
    # daidoanket.vn (dev zs): "đang triển khai kế hoạch …", no meeting, no other body's plan
    text = (
        "22:00:00 - Chủ nhật, 07/10/2018\n\nCao Bằng: Quý I-2019 hoàn thành Đại hội cấp cơ sở\n\n"
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng đang triển khai kế hoạch tổ chức Đại "
        "hội MTTQ các cấp tiến tới Đại hội MTTQ tỉnh Cao Bằng lần thứ XII, nhiệm kỳ 2019 - 2024."
    )
    doc = extract(text).document
    assert (doc.page, doc.kind, doc.level, doc.place.province) == (
        "report", "Kế hoạch", Level.PROVINCE, "Cao Bằng",
    )  # fmt: skip
    assert doc.date is None  # the day a plan is carried out is not its date

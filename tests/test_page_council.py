"""A People's Council's session that adopts resolutions issues them: when the session itself
("Kỳ họp ban hành 04 Nghị quyết") or its delegates ("các đại biểu … biểu quyết thông qua 02
Nghị quyết") vote, the page reports the resolutions, at the level of the council the lead
names, dated the day the lead holds the session. Snippets from real pages (dev batch
zs_uncoded_local, and zn/zi for the provincial ones)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "level", "day"),
    [
        # hdnd.bentre.gov.vn: the session "ban hành" its resolutions; dated the session day,
        # not the post stamp
        (
            "Xã Đại Hòa Lộc, huyện Bình Đại tồ chức kỳ họp lệ kỳ cuối năm 2020\n\nNgày đăng bài: "
            "29/12/2020 | Tác giả: Thiện\n\nSáng ngày 25 tháng 12 năm 2020, tại Hội trường văn hóa"
            " xã Đại Hòa Lộc, Hội đồng nhân dân xã Đại Hòa Lộc, huyện Bình đại tiến hành kỳ họp "
            "thứ 13 (kỳ họp lệ kỳ cuối năm 2020). Thời gian làm việc là 01 ngày.\n\nKỳ họp ban "
            "hành 04 Nghị quyết, Kỳ họp thứ 13 Hội đồng nhân dân xã Đại Hòa Lộc thành công tốt "
            "đẹp./.",
            Level.COMMUNE,
            "2020-12-25",
        ),
        # hdnd.tayninh.gov.vn: the delegates vote; the council named bare ("HĐND xã") in the lead
        (
            "Ngày 20/4, tại Hội trường Trung tâm Văn hóa, Thể thao và Học tập cộng đồng xã Thanh "
            "Điền, Hội đồng nhân dân (HĐND) xã đã tổ chức thành công Kỳ họp thứ 12 (kỳ họp chuyên "
            "đề) HĐND xã Khóa XII, nhiệm kỳ 2021 - 2026.\nTại kỳ họp này với sự thống nhất cao, "
            "các vị đại biểu HĐND xã đã tiến hành biểu quyết thông qua 02 Nghị quyết: Nghị quyết "
            "về việc cho ý kiến đối với đề án sắp xếp đơn vị hành chính cấp tỉnh.",
            Level.COMMUNE,
            None,
        ),
        # trungkhanh.caobang.gov.vn: the session and its council open the clause after a phrase
        (
            "Ngày 22/7, HĐND thị trấn Trà Lĩnh tổ chức kỳ họp thứ hai để đánh giá kết quả thực "
            "hiện nhiệm vụ phát triển kinh tế, xã hội 6 tháng đầu năm.\n\nVới tinh thần làm việc "
            "nghiêm túc, Kỳ họp thứ 2 HĐND thị trấn Trà Lĩnh, nhiệm kỳ 2021 – 2026 đã thông qua 3 "
            "Nghị quyết",
            Level.COMMUNE,
            None,
        ),
        # tholoc.phuctho.hanoi.gov.vn: "Sau khi thảo luận tại kỳ họp các đại biểu …"
        (
            "Chiều ngày 14/9/2023, tại hội trường UBND xã Thọ Lộc đã diễn ra kỳ họp thứ mười HĐND"
            " xã để thông qua tờ trình và báo cáo thẩm tra.\nSau khi thảo luận tại kỳ họp các đại"
            " biểu đã biểu quyết nhất trí cao thông qua Nghị Quyết về phân bổ nguồn kết dư và "
            "nguồn tăng thu ngân sách xã năm 2022.",
            Level.COMMUNE,
            "2023-09-14",
        ),
        # baophutho.vn: the delegates pass the session's reports and submissions with its
        # resolutions, in one list
        (
            "Ngày 8/8, HĐND phường Việt Trì tổ chức Kỳ họp chuyên đề lần thứ Nhất, Khóa I, nhiệm"
            " kỳ 2021-2026 nhằm xem xét, quyết nghị một số nội dung quan trọng thuộc thẩm quyền."
            "\n\nTại kỳ họp, các đại biểu đã tập trung xem xét, thảo luận và biểu quyết thông qua"
            " các báo cáo, tờ trình, Nghị quyết về dự toán ngân sách phường Việt Trì 6 tháng cuối"
            " năm 2025.",
            Level.COMMUNE,
            None,
        ),
        # hoabinh.gov.vn (dev zn): a provincial council's delegates vote at the closing; the
        # item's stamp glued before the lead gives the sitting's year (FORMAT, 2026-12-06)
        (
            "Bế mạc Kỳ họp thứ 9, Hội đồng nhân dân tỉnh khóa XV, nhiệm kỳ 2011 - 2016\n"
            "(16/07/2014)Chiều ngày 16/7, dưới sự điều hành của các đồng chí Chủ tọa, các đại biểu"
            " Hội đồng nhân dân tỉnh đã tiến hành bỏ phiếu miễn nhiệm và bầu cử các chức danh, "
            "chức vụ; biểu quyết thông qua 5 Nghị quyết, bế mạc Kỳ họp thứ 9.",
            Level.PROVINCE,
            "2014-07-16",
        ),
    ],
)
def test_a_council_session_adopting_resolutions_reports_them(
    text: str, level: Level, day: str | None
) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.kind == "Nghị quyết"
    assert doc.level is level
    assert (doc.date.isoformat() if doc.date else None) == day


def test_a_title_before_a_council_names_no_issuer() -> None:
    # chomoi.angiang.gov.vn: a district council's member attends; the township's council votes
    text = (
        "Hội đồng nhân dân thị trấn Hội An khóa XII, nhiệm kỳ 2021 - 2026 vừa tổ chức kỳ họp thứ"
        " XIV (kỳ họp chuyên đề). Đến dự có bà Phạm Xuân Đào, Phó Trưởng ban Pháp chế HĐND huyện"
        " Chợ Mới. Kết quả HĐND Thị trấn đã thông qua nghị quyết xác nhận kết quả miễn nhiệm "
        "chức danh Chủ tịch HĐND."
    )
    doc = extract(text).document
    assert (doc.page, doc.level) == ("report", Level.COMMUNE)
    # the opening was first read as the district Party committee's (its letter is named): the
    # township's own name is kept once the reported body is the township's council
    assert (doc.place.district, doc.place.commune) == ("Chợ Mới", "Hội An")


@pytest.mark.parametrize(
    "text",
    [
        # yenlap.phutho.gov.vn: a People's Committee's meeting hears drafts
        "Ngày 10/3, UBND huyện tổ chức phiên họp thường kỳ tháng 3 năm 2021.\n\nTại hội nghị, "
        "các đại biểu đã nghe lãnh đạo phòng Kinh tế - Hạ tầng thông qua các dự thảo Nghị quyết "
        "của Ban chấp hành Đảng bộ huyện khóa XXIV.",
        # antuong.tuyenquang.gov.vn: a session that opens and will issue its resolutions
        "Sáng ngày 30/12, Hội đồng nhân dân phường An Tường khóa XIX, nhiệm kỳ 2021 - 2026 đã "
        "trọng thể khai mạc Kỳ họp thứ hai. Đây là kỳ họp thường lệ cuối năm 2025, đây là phiên "
        "họp thứ hai tiếp tục thực hiện chương trình kỳ họp sẽ đánh giá tình hình thực hiện nhiệm"
        " vụ phát triển kinh tế - xã hội năm 2025 và quyết định các nhiệm vụ, giải pháp chủ yếu "
        "năm 2026; ban hành nghị quyết Kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 - "
        "2030.",
        # linhtruong.giolinh.quangtri.gov.vn: the council's standing office prepares the session
        "Để chuẩn bị tốt cho kì họp thứ II, HĐND xã khóa II nhiệm kì 2021_2026, Hôm nay thường "
        "trực HĐND xã đã tổ chức họp thường trực HĐND. Tại phiên họp này đã bàn bạc và đi đến "
        "thống nhất cao lựa chọn các nội dung đưa vào kì họp.",
    ],
)
def test_a_meeting_on_a_councils_drafts_reports_nothing(text: str) -> None:
    assert extract(text).document.page == "other"

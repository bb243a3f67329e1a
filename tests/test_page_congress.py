"""A Party congress that adopts its own resolution issues it: the page reports the resolution,
whose level and place are the Party organisation's that holds the congress. A committee's
"ra nghị quyết" (resolves) in a headline reports its resolution too. Snippets from real pages
(dev batch zn_levels_uncoded)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "level", "province", "district", "commune", "day"),
    [
        # thtg.vn/48530: the congress's headline names it; "Đại hội cũng thông qua Nghị quyết
        # Đại hội" later, after a sentence naming the provincial congress
        (
            "Bế mạc Đại hội đại biểu Đảng bộ huyện Tân Phú Đông lần thứ II – nhiệm kỳ 2015 – 2020"
            "\n\n(THTG) Ngày 21/8, Đại hội đại biểu Đảng bộ huyện Tân Phú Đông lần thứ II, nhiệm kỳ"
            " 2015 – 2020 bước vào ngày làm việc thứ 3 và bế mạc.\n\nĐại hội cũng đã bầu 14 đại "
            "biểu chính thức và 2 đại biểu dự khuyết tham dự Đại hội đại biểu Đảng bộ tỉnh "
            "Tiền Giang lần thứ X.\n\nĐại hội cũng thông qua Nghị quyết Đại hội với 17 chỉ "
            "tiêu chủ yếu phấn đấu thực hiện trong nhiệm kỳ 2015 – 2020.",
            Level.DISTRICT,
            "Tiền Giang",
            "Tân Phú Đông",
            None,
            None,
        ),
        # thainguyentv.vn (Võ Nhai): the delegates vote; the resolution names the congress
        (
            "Bế mạc Đại hội đại biểu Đảng bộ huyện Võ Nhai khóa XXII, nhiệm kỳ 2020 - 2025\n\nTại "
            "phiên bế mạc, với tinh thần thống nhất cao, các đại biểu đã biểu quyết thông qua Nghị "
            "quyết Đại hội đại biểu Đảng bộ huyện Võ Nhai lần thứ XXII, với các nhiệm vụ, giải pháp"
            " trọng tâm là: Chú trọng công tác xây dựng Đảng.",
            Level.DISTRICT,
            None,
            "Võ Nhai",
            None,
            None,
        ),
        # cualo.vn: a town's congress closes and adopts, dated by the item's stamp
        (
            "Bế mạc Đại hội Đại biểu Đảng bộ thị xã Cửa Lò lần thứ VI, nhiệm kỳ 2020 – 2025\n\n"
            "Đăng ngày 13/06/2020\n\nSau hơn 2 ngày làm việc khẩn trương với tinh thần dân chủ, đổi"
            " mới và đầy trách nhiệm, sáng 13/6, Đại hội đại biểu Đảng bộ thị xã Cửa Lò khóa VI đã "
            "bế mạc và  thông qua Nghị quyết quan trọng về phát triển kinh tế xã hội của thị xã Cửa"
            " Lò giai đoạn 2020 – 2025.",
            Level.DISTRICT,
            None,
            "Cửa Lò",
            None,
            "2020-06-13",
        ),
        # nld.com.vn: a numbered urban district
        (
            "Ông Trương Quốc Lâm tái đắc cử Bí thư Quận ủy quận 11\n\nTrong phiên bế mạc, các đại "
            "biểu đã thông qua Nghị quyết Đại hội Đại biểu Đảng bộ quận 11 lần thứ XII.",
            Level.DISTRICT,
            None,
            "11",
            None,
            None,
        ),
        # baobariavungtau.com.vn: a 2025 ward's congress; the lead names the organisation
        (
            "Ngày 12-8, Đảng bộ phường Phước Thắng (TPHCM) long trọng tổ chức Đại hội đại biểu "
            "Đảng bộ phường Phước Thắng lần thứ I, nhiệm kỳ 2025-2030.\n\nCác đại biểu biểu quyết "
            "thông qua Nghị quyết đại hội. Ảnh: HUYỀN TRANG",
            Level.COMMUNE,
            "Hồ Chí Minh",
            None,
            "Phước Thắng",
            None,
        ),
    ],
)
def test_a_congress_adopting_its_resolution_reports_it(
    text: str, level: Level, province: str | None, district: str | None,
    commune: str | None, day: str | None,
) -> None:  # fmt: skip
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.kind == "Nghị quyết"
    assert doc.code is None
    assert doc.level is level
    assert (doc.place.province, doc.place.district, doc.place.commune) == (
        province, district, commune,
    )  # fmt: skip
    assert (doc.date.isoformat() if doc.date else None) == day


def test_a_full_text_resolution_adopted_at_the_close_is_dated_that_day() -> None:
    # bacgiangtv.vn: the intro tells the vote, then the resolution's own title in capitals
    text = (
        "Toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX\n\nThứ 5, "
        "15.10.2020 | 18:04:25\n\nBGTV- Chiều 15/10, tại phiên bế mạc Đại hội đại biểu Đảng bộ "
        "tỉnh Bắc Giang lần thứ XIX (nhiệm kỳ 2020-2025), 100% đại biểu đã biểu quyết, nhất trí "
        "thông qua Nghị quyết của Đại hội. Sau đây, chúng tôi xin trân trọng đăng toàn văn Nghị "
        "quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX (nhiệm kỳ 2020-2025).\n\n"
        "NGHỊ QUYẾT\n\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH BẮC GIANG LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025"
    )
    doc = extract(text).document
    assert doc.page == "document"
    assert (doc.kind, doc.level, doc.place.province) == ("Nghị quyết", Level.PROVINCE, "Bắc Giang")
    assert doc.date is not None and doc.date.isoformat() == "2020-10-15"


@pytest.mark.parametrize(
    "text",
    [
        # m.baothainguyen.vn: a study conference on the congress resolution
        "Học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX\n\nSáng 25-12, Ban "
        "Thường vụ Tỉnh đoàn tổ chức Hội nghị học tập, quán triệt Nghị quyết Đại hội Đại biểu "
        "Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025.",
        # vnews.gov.vn: a congress closes, nothing adopted named
        "13/10/2020, 20:57\n\nSau 3 ngày làm việc tích cực, dân chủ, trách nhiệm, chiều 13/10, "
        "Đại hội Đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ XX nhiệm kỳ 2020-2025 đã hoàn thành "
        "nhiệm vụ đề ra và bế mạc đại hội.",
        # tuyphong.binhthuan.dcs.vn: a committee passes drafts for the congress
        "Sáng ngày 19/11/2024, Ban Thường vụ Huyện uỷ tổ chức Hội nghị Ban Chấp hành Đảng bộ "
        "huyện lần thứ 42 thông qua dự thảo Đề cương chi tiết Báo cáo kiểm điểm Ban Chấp hành "
        "Đảng bộ huyện nhiệm kỳ 2020-2025.",
        # baoanhdatmui.vn: a preparatory session passes its own rules and agenda
        "Đại hội đại biểu Đảng bộ huyện Năm Căn khóa XII, nhiệm kỳ 2020 – 2025, tiến hành phiên "
        "trù bị, chiều ngày 5/8.\n\nĐại hội đã thông qua Quy chế, Chương trình làm việc; bầu Đoàn"
        " Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu.",
    ],
)
def test_no_congress_vote_reports_nothing(text: str) -> None:
    assert extract(text).document.page == "other"


@pytest.mark.parametrize(
    ("text", "level", "district", "day"),
    [
        # lamdong.gov.vn (Bảo Lộc): a provincial city's organisation adopts at its committee's
        # conference: district level
        (
            "Đảng bộ thành phố Bảo Lộc họp BCH lần thứ 16 \n\n                Ngày 6/12/2012, Đảng"
            " bộ thành phố Bảo Lộc đã tổ chức Hội nghị Ban chấp hành (mở rộng) để triển khai công "
            "tác qui hoạch cán bộ lãnh đạo, cán bộ quản lý giai đoạn 2015 – 2020 và thông qua Nghị"
            " quyết về nhiệm vụ kinh tế - xã hội năm 2013. ",
            Level.DISTRICT,
            "Bảo Lộc",
            "2012-12-06",
        ),
        # thainguyentv.vn: a headline "… ra nghị quyết …"
        (
            "Đảng ủy quân sự tỉnh Thái Nguyên ra nghị quyết thực hiện nhiệm vụ quý IV/2020 (PS "
            "CTTS NGAY 26/9)\nToàn cảnh hội nghị\n\nTrong quý 3/2020, Đảng ủy quân sự tỉnh đã quán "
            "triệt và triển khai thực hiện nghiêm túc các Chỉ thị, Nghị quyết, kế hoạch của TW và "
            "địa phương.",
            Level.PROVINCE,
            None,
            None,
        ),
    ],
)
def test_a_committee_resolving_reports_its_resolution(
    text: str, level: Level, district: str | None, day: str | None
) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.kind == "Nghị quyết"
    assert doc.level is level
    assert doc.place.district == district
    assert (doc.date.isoformat() if doc.date else None) == day


def test_a_council_sessions_headline_before_its_colon_adopts() -> None:
    # vpubnd.quangnam.gov.vn (dev zi): the session and council before the colon vote
    text = (
        "Kỳ họp thứ 20, HĐND tỉnh khóa X: thông qua 12 Nghị quyết quan trọng.\n\nSáng ngày "
        "23/01/2024, tại Hội trường UBND tỉnh, HĐND tỉnh khóa X tổ chức Kỳ họp thứ 20 (kỳ họp "
        "chuyên đề) thông qua một số nội dung theo thẩm quyền."
    )
    doc = extract(text).document
    assert doc.page == "report"
    assert (doc.kind, doc.level, doc.issuing_body) == (
        "Nghị quyết",
        Level.PROVINCE,
        "HĐND tỉnh khóa X",
    )

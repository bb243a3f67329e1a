"""Page kind of pages that are other although a document's act stands in them: an event's
item that tells an issue as background, a list of teasers, an opinion on a text to be drafted.
Snippets from real pages (dev cases; kin in tests/realworld/cases/zo_other_kin.json)."""

from __future__ import annotations

import pytest

from ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # baomoi.com: a committee's session leads; the Government's older resolution is told in
        # the next paragraph as background
        (
            "Chiều ngày 27/9, tiếp tục phiên họp toàn thể lần thứ 13, dưới sự chủ trì của Chủ "
            "nhiệm Ủy ban Kinh tế Quốc hội Vũ Hồng Thanh, Ủy ban Kinh tế đã thẩm tra báo cáo Đánh "
            "giá giữa kỳ kết quả thực hiện Nghị quyết số 31/2021/QH15 của Quốc hội.\n\nNghị quyết "
            "số 31/2021/QH15 ngày 12/11/2021 của Quốc hội đề ra các mục tiêu. Triển khai thực hiện "
            "Nghị quyết, Chính phủ đã ban hành Nghị quyết số 54/NQ-CP ngày 02/4/2022 về Chương "
            "trình hành động thực hiện Nghị quyết của Quốc hội.",
            "other",
        ),
        # hoinhabaohcm.vn search results: the act is the last of several dated teasers
        (
            "Sáng 2-2, tại Nhà Văn hóa Thanh niên (TPHCM) đã diễn ra chương trình “Chuyến xe mùa "
            "xuân – Tết sum vầy” tiễn hơn 3.800 sinh viên về quê đón tết.\nNgày 1/2, Thứ trưởng Bộ "
            "Y tế Trương Quốc Cường đã ký Quyết định số 983/QĐ-BYT về việc phê duyệt có điều kiện "
            "vắcxin cho nhu cầu cấp bách trong phòng, chống dịch COVID -19.",
            "other",
        ),
        # baothanhhoa.vn: a congress held "vừa qua" leads a feature; the committee's plan told
        # below it is the background of the work
        (
            "Đảng bộ huyện Hà Trung đưa nghị quyết vào cuộc sống\n\nTháng 8 vừa qua, Đảng bộ huyện "
            "Hà Trung tổ chức thành công Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ "
            "2020-2025.\n…\nĐể đảm bảo công tác tuyên truyền, quán triệt, triển khai thực hiện "
            "Nghị quyết Đại hội Đảng bộ huyện đi vào chiều sâu, đạt hiệu quả và tạo sự đồng thuận "
            "cao, Huyện ủy xây dựng kế hoạch, phân công nhiệm vụ cụ thể cho từng đơn vị.",
            "other",
        ),
        # phunusuckhoe.net tag page: a hearing "hôm nay" leads; the fresh submission below is
        # another teaser
        (
            "Hôm nay (21/11), TAND TP Hà Nội mở phiên tòa xét xử cựu Thứ trưởng Bộ Y tế Cao Minh "
            "Quang và đồng phạm.\nBộ Y tế vừa có Tờ trình gửi Thủ tướng Chính phủ đề xuất các biện "
            "pháp phòng, chống dịch Covid-19 trong tình hình mới.",
            "other",
        ),
        # plo.vn: an event to come ("sẽ khai mạc") leads; the fresh notice is the news
        (
            "(PLO)- Đại hội đại biểu Đảng bộ TP.HCM lần thứ I, nhiệm kỳ 2025 - 2030 sẽ khai mạc "
            "vào ngày 14-10.\n\nThành ủy TP.HCM vừa có thông báo dự kiến thời gian tổ chức Đại hội "
            "đại biểu Đảng bộ TP.HCM lần thứ I, nhiệm kỳ 2025 - 2030.",
            "report",
        ),
        # lochung.dongnai.gov.vn: what the meeting the lead tells adopts is its news
        (
            "Chiều 16/7/2025, tại hội trường UBND xã, Hội Liên hiệp phụ nữ (LHPN) xã Lộc Hưng tổ "
            "chức Hội nghị Ban Chấp hành lần thứ nhất, nhiệm kỳ 2021-2026.\nTại hội nghị, Ban Tổ "
            "chức đã công bố Quyết định thành lập Hội LHPN xã Lộc Hưng sau sáp nhập. Hội nghị cũng "
            "đã thông qua báo cáo công tác hội 6 tháng đầu năm và triển khai chương trình công tác "
            "6 tháng cuối năm 2025.",
            "report",
        ),
    ],
)
def test_an_issue_told_below_an_event_lead_is_background(text: str, page: str) -> None:
    assert extract(text).document.page == page


@pytest.mark.parametrize(
    "text",
    [
        # nopphatnguoi.vn: a request about a decree to be put to the Government
        "Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) vừa có yêu cầu về việc xây dựng, trình Chính "
        "phủ ban hành Nghị định, nhằm đảm bảo tiến độ và chất lượng của công trình pháp lý này.",
        # doanhnghiepvaphapluat.vn: what a draft is for ("để ban hành …")
        "Thủ tướng chỉ đạo hoàn thiện dự thảo để ban hành chương trình phòng chống dịch mới\n\n"
        "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 02/2022. Tại phiên họp, Thủ tướng "
        "giao Phó Thủ tướng Vũ Đức Đam tiếp tục chỉ đạo hoàn thiện dự thảo chương trình phòng "
        "chống dịch bảo đảm sát tình hình để sớm trình ban hành trong tuần này.",
    ],
)
def test_a_text_to_be_put_or_drafted_is_not_issued(text: str) -> None:
    assert extract(text).document.page == "other"


def test_an_opinion_on_drafting_a_decree_issues_nothing() -> None:
    # dangcongsan.vn: the decree is the subject of an opinion ("có ý kiến về việc xây dựng
    # Nghị định …"), and a draft to be put to the Government ("trình Chính phủ ban hành …")
    text = (
        "Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình vừa có ý kiến về việc xây dựng Nghị "
        "định thay thế Nghị định 150/2016/NĐ-CP ngày 11/11/2016 quy định chức năng, nhiệm vụ, "
        "quyền hạn và cơ cấu tổ chức của Văn Phòng Chính phủ.\n\nCụ thể, Phó Thủ tướng yêu cầu "
        "Văn phòng Chính phủ chủ trì, phối hợp với Bộ Nội vụ, Bộ Tư pháp và các bộ, cơ quan liên "
        "quan thực hiện quy trình, thủ tục xây dựng, trình Chính phủ ban hành Nghị định thay thế "
        "Nghị định số 150/2016/NĐ-CP ngày 11/11/2016 của Chính phủ."
    )
    assert extract(text).document.page == "other"


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # cand.com.vn tag page: the tag's name (a bare number line) over a dated news lead
        (
            "Chỉ thị số 47-CT/TW\n\nXây dựng thêm các Phòng Cảnh sát PCCC\n\nNgày 1-9, tại TP Hồ "
            "Chí Minh, Thành ủy TP Hồ Chí Minh đã tổ chức Hội nghị sơ kết 2 năm thực hiện Chỉ thị "
            "số 47-CT/TW của Ban Bí thư và Chỉ thị số 31-CT/TU của Ban Thường vụ Thành ủy.",
            "other",
        ),
        # tailieu.vn: the same bare title over a document's page stays the document's
        (
            "Kế hoạch số 2215/KH-UBND\n\nChia sẻ: Son Pham | Ngày: | Loại File: PDF | Số "
            "trang:8\n\nKế hoạch số 2215/KH-UBND về triển khai thực hiện Chỉ thị 09-CT/TU của Ban "
            "thường vụ Thành ủy về tăng cường lãnh đạo công tác phòng cháy chữa cháy và cứu hộ - "
            "cứu nạn trên địa bàn thành phố do Ủy ban nhân dân thành phố Hồ Chí Minh ban hành",
            "document",
        ),
    ],
)
def test_a_bare_number_line_over_a_news_lead_names_a_tag(text: str, page: str) -> None:
    assert extract(text).document.page == page


def test_a_sites_licence_in_its_footer_is_no_number_line() -> None:
    # mattran.danang.gov.vn: a ward's news item, and the portal's licence under it
    text = (
        "26/08/2022\n\n  Vừa qua, Ban công tác Mặt trận 11, phường Hòa Thuận Tây (quận Hải Châu) "
        "phối hợp với tổ dân phố tổ chức ra quân ngày chủ nhật Xanh – sạch – đẹp, góp phần thực "
        "hiện tốt Chỉ thị số 43-CT/TU của Ban Thường vụ Thành ủy.\n\nKiều Linh\n\nTRANG THÔNG TIN "
        "ĐIỆN TỬ UỶ BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ ĐÀ NẴNG\n\nGiấy phép số: "
        "795/GP-STTTT, ngày 15/8/2017 của Sở Thông tin và Truyền thông TP. Đà Nẵng\n"
    )
    assert extract(text).document.page == "other"


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # baogialai.com.vn: the Centre's issue inside a time clause ("sau khi … ban hành …")
        (
            "Xác định rõ vị trí, vai trò của công tác xây dựng, chỉnh đốn Đảng, thời gian qua, "
            "nhất là sau khi Ban Chấp hành Trung ương Đảng ban hành Kết luận số 21-KL/TW, ngày "
            "25-10-2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; Ban Thường vụ "
            "Tỉnh ủy Gia Lai đã chú trọng, quan tâm, tập trung lãnh đạo, chỉ đạo.",
            "other",
        ),
        # hoathanh.tayninh.gov.vn: a plan made "từ đầu năm 2014", told in a year's feature
        (
            "Để phong trào Hội liên hiệp phụ nữ xã Trường Tây hoạt động có hiệu quả, từ đầu năm "
            "2014 Hội liên hiệp phụ nữ xã Trường Tây xây dựng kế hoạch và tổ chức triển khai trong "
            "Ban chấp hành, chi, tổ Hội học tập sâu rộng đến cán bộ, hội viên, quần chúng phụ nữ,",
            "other",
        ),
        # giangthanh.kiengiangportal.gov.vn: "đã" governs the clause's act ("đã tham mưu cho
        # BCĐ phong trào xây dựng kế hoạch")
        (
            "Trong năm qua, Hội nông dân xã đã tham mưu cho BCĐ phong trào xây dựng kế hoạch, "
            "tuyên truyền và phát động sâu rộng đến cán bộ, hội viên và quần chúng nhân dân đăng "
            "ký phong trào nông dân sản xuất kinh doanh giỏi các cấp năm 2019.",
            "other",
        ),
        # thuongquang.thuathienhue.gov.vn: the commune's own act after its carrying-out clause
        (
            "Thực hiện Nghị quyết 01 của HĐND đề ra năm 2020, đồng thời hưởng ứng phát động phong "
            "trào thi đua yêu nước của Chủ tịch UBND Huyện và của Thường vụ Đảng ủy xã, ủy ban "
            "nhân dân xã xây dựng kế hoạch chương trình xây dựng nông thôn mới và phát động phong "
            "trào làm vườn năm 2020 với những nội dung như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU:",
            "document",
        ),
    ],
)
def test_an_own_act_set_back_in_time_is_no_documents_act(text: str, page: str) -> None:
    assert extract(text).document.page == page

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


@pytest.mark.parametrize(
    "text",
    [
        # mattran.org.vn: a theory article; the act follows "Trên cơ sở đó, ngày …"
        "Vị trí, vai trò của cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam các cấp hiện nay\n\n(Mặt "
        "trận) - Để tăng cường vai trò, trách nhiệm của Mặt trận Tổ quốc Việt Nam trong giai đoạn "
        "mới, Đại hội đại biểu toàn quốc lần thứ XIII của Đảng khẳng định: “Đổi mới tổ chức bộ "
        "máy, nội dung và phương thức hoạt động”. Trên cơ sở đó, ngày 30/7/2021, Ban Chấp hành "
        "Trung ương Đảng khoá XIII ban hành Quyết định số 24-QĐ/TW quy định về thi hành điều lệ "
        "Đảng.",
        # plo.vn: a police campaign; the ministry's telegram follows "Trước đó, ngày 14-11, …"
        "Công an cả nước đồng loạt ra quân trấn áp tội phạm\nBắt đầu từ 8 giờ ngày 16-12-2018 đến "
        "15-2-2019, theo lệnh của bộ trưởng Bộ Công an, các đơn vị, địa phương đồng loạt ra quân "
        "tấn công, trấn áp tội phạm theo kế hoạch đã đề ra.\nTrước đó, ngày 14-11, Bộ Công an ban "
        "hành Điện số 481/ĐK-HT chỉ đạo công an các đơn vị, địa phương triển khai cao điểm tấn "
        "công, trấn áp tội phạm.",
        # vinhthanh.hanoi.gov.vn (dev zi): a monthly meeting hears what the committee issued
        "Dự và chỉ đạo hội nghị có đồng chí Nguyễn Anh Dũng – Thành ủy viên, Bí thư Đảng ủy, Chủ "
        "tịch HĐND xã, Trưởng Ban Chỉ đạo thực hiện Nghị quyết 57-NQ/TW xã Vĩnh Thanh.\nTheo báo "
        "cáo tại hội nghị cho biết: Thực hiện Nghị quyết 57, Đảng ủy xã Vĩnh Thanh đã ban hành 02 "
        "Quyết định, 01 Quy chế làm việc và 01 Chương trình hành động cụ thể hóa các nhiệm vụ "
        "trọng tâm.",
    ],
)
def test_an_act_told_after_a_look_back_is_background(text: str) -> None:
    assert extract(text).document.page == "other"


def test_a_congress_adopting_after_tren_co_so_do_still_reports() -> None:
    # daibieunhandan.vn (dev zn): the same event goes on; "Trên cơ sở đó" with no earlier day
    text = (
        "Chiều 31.7, Đại hội đại biểu Đảng bộ quận Thanh Xuân lần thứ VI, nhiệm kỳ 2020-2025, "
        "tiếp tục ngày làm việc thứ hai và tiến hành phiên bế mạc.\n\nĐại hội đã bầu 15 đại biểu "
        "chính thức.\n\nTrên cơ sở đó, đại hội đã thống nhất thông qua Nghị quyết về phương "
        "hướng, nhiệm vụ nhiệm kỳ 2020-2025."
    )
    assert extract(text).document.page == "report"


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # quanghungmedia.com (dev za): a training conference; the issue is in a speaker's account
        ("Sáng 14/6, tại ngày làm việc thứ nhất của Hội nghị Tập huấn toàn quốc chuyên môn, nghiệp"
         " vụ …, ông Nguyễn Quang Dương, Phó Trưởng Ban Tổ chức Trung ương đã giới thiệu chuyên đề"
         " về một số nội dung mới trong quy định, hướng dẫn của Trung ương về thi hành Điều lệ "
         "Đảng.\nTheo ông Nguyễn Quang Dương, để các cơ quan, tổ chức và hệ thống chính trị 2 cấp"
         " ở địa phương hoạt động thông suốt, ngày 26/5/2025, Tổng Bí thư Tô Lâm đã ký ban hành "
         "Quy định số 294-QĐ/TW của Ban Chấp hành Trung ương Quy định thi hành Điều lệ Đảng;",
         "other"),
        # (a made-up contrast: a fresh issue in someone's account is still news)
        ("Tăng cường quản lý khai thác cát\nTheo ông Nguyễn Văn A, Giám đốc Sở, UBND tỉnh vừa ban"
         " hành Chỉ thị số 05/CT-UBND về tăng cường quản lý khai thác cát.", "report"),
    ],
)
def test_an_act_in_a_speakers_account_is_background(text: str, page: str) -> None:
    assert extract(text).document.page == page


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # chodon.gov.vn (dev p): a commune's congress preparation; the plan is one more step
        ("Công tác chuẩn bị Đại hội Đảng bộ xã Nghĩa Tá, nhiệm kỳ 2020-2025\n\nĐảng bộ xã Nghĩa Tá"
         " hiện nay có 135 đảng viên với 11 chi bộ. Sau khi được Ban thường vụ Huyện ủy Chợ Đồn "
         "chọn làm Đại hội điểm cấp xã, xã đã thực hiện theo đúng hướng dẫn của Chỉ thị số "
         "35-CT/TW, ngày 30 tháng 5 năm 2019 của Bộ Chính trị.\n\nTheo đó, ngày 16 tháng 8 năm "
         "2019 Đảng ủy xã cũng đã ban hành Kế hoạch số 291-KH/ĐU về tổ chức Đại hội các chi bộ "
         "tiến tới Đại hội Đảng bộ xã lần thứ XXI, nhiệm kỳ 2020-2025.", "other"),
        # vietnam.vn (dev u): a steering committee's month, then "cũng đã ban hành kế hoạch"
        ("Trong tháng 10/2025, việc triển khai Nghị quyết số 57NQ/TW của Bộ Chính trị , Quyết "
         "định số 204QĐ/TW của Ban Bí thư và Kế hoạch 02-KH/BCĐTW đã được thực hiện quyết liệt, "
         "kịp thời và đồng bộ. Ban chỉ đạo tỉnh cũng đã ban hành kế hoạch thực hiện thông báo kết"
         " luận của đồng chí Tổng Bí thư với 80 nhiệm vụ cụ thể.", "other"),
        # (a made-up contrast: "cũng vừa" is fresh news)
        ("Ngày 9-5, Chủ tịch UBND tỉnh đã họp với các sở. UBND tỉnh cũng vừa ban hành Chỉ thị "
         "số 05/CT-UBND về tăng cường quản lý khai thác cát.", "report"),
    ],
)
def test_an_issue_told_as_one_more_step_is_background(text: str, page: str) -> None:
    assert extract(text).document.page == page


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # tienphong.vn (dev zx): what an unnumbered plan foresees, no issue told
        ("TP - Theo kế hoạch của Ban Bí thư T.Ư Đoàn về việc tổ chức chiến dịch Thanh niên tình "
         "nguyện Hè 2016, tháng 7 sẽ là tháng cao điểm của chiến dịch.", "other"),
        # mekongasean.vn (dev zz6): the plan is told as freshly signed: news of its issue
        ("Theo kế hoạch vừa được Chủ tịch UBND tỉnh Cà Mau ký ban hành, từ ngày 13 - 16/12/2023,"
         " tỉnh sẽ tổ chức Festival tôm Cà Mau và Diễn đàn kết nối sản phẩm OCOP Đồng bằng sông "
         "Cửu Long 2023.", "report"),
    ],
)
def test_what_an_unnumbered_plan_foresees_reports_no_issue(text: str, page: str) -> None:
    assert extract(text).document.page == page

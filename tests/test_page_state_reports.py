"""Page kind of news and portal items about State acts and letters: a ministry's department
acting, a passive "vừa được … ban hành", a demand that others issue, a decision named in a
list, the glued "TPHCM". Snippets from real pages (dev batch zm_state_reports)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract
from ingest.normalize import normalize_code


@pytest.mark.parametrize(
    ("text", "issuer", "kind"),
    [
        # 1thegioi.vn: a ministry's department after a "Thực hiện …" clause and a dotted day
        (
            "Thực hiện chỉ đạo của Bộ trưởng Bộ Y tế về tăng cường công tác y tế trong dịp Tết "
            "Nguyên đán 2017, ngày 11.1, Cục Quản lý khám chữa bệnh Bộ Y tế đã có công văn yêu cầu "
            "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương tăng cường giám sát.",
            "Cục Quản lý khám chữa bệnh Bộ Y tế",
            "Công văn",
        ),
    ],
)
def test_a_departments_letter_in_a_lead_is_reported(text: str, issuer: str, kind: str) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.issuing_body == issuer
    assert doc.kind == kind


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # tapchitaichinh.vn: "Đây là … tại <document> vừa được <body> ban hành"
        (
            "Xử lý nghiêm các đối tượng lợi dụng quyên góp, ủng hộ của nhân dân để trục lợi\n"
            "Đây là một trong những nội dung tại Công điện số 1118/CĐ-TTg vừa được Thủ tướng "
            "Chính phủ ban hành ngày 7/9 về bảo đảm an ninh trật tự.",
            "1118/CĐ-TTg",
        ),
    ],
)
def test_a_document_passively_issued_by_a_body_is_reported(text: str, code: str) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.code is not None and doc.code.canonical == code
    assert doc.level is Level.CENTRAL


@pytest.mark.parametrize(
    "text",
    [
        # doanhnghiephoinhap.vn: the PM asks ministries and localities to issue directives
        "Thủ tướng Chính phủ: Không để “độ trễ” sau Tết\nSau kỳ nghỉ Tết Nguyên đán Bính Ngọ "
        "2026, Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương khẩn trương bắt tay vào công "
        "việc ngay từ ngày đầu năm mới, sớm ban hành Chỉ thị đôn đốc thực hiện các nhiệm vụ trọng "
        "tâm.",
        # doluong.gov.vn: a ceremony announcing a resolution and decisions named in a list
        "Trung Sơn Công bố Nghị Quyết 08 HĐND tỉnh về sáp nhập xóm 3.\n\nSáng 27/11, Đảng ủy, "
        "HĐND, UBND, MTTQ và các đoàn thể xã Trung Sơn đã tổ chức hội nghị công bố Nghị Quyết 08 "
        "HĐND tỉnh về sáp nhập xóm, Quyết định thành lập các tổ chức và chỉ định các chức danh "
        "cán bộ xóm 3.",
    ],
)
def test_a_demand_or_an_announcement_is_no_issue(text: str) -> None:
    assert extract(text).document.page == "other"


def test_a_steering_committee_that_issues_is_no_demand() -> None:
    # dev i-yenbai: "Ban Chỉ đạo phòng, chống …" names a body; its letter is still reported
    text = (
        "Thực hiện Công điện số 570/CĐ-TTg ngày 02/5/2021 của Thủ tướng Chính phủ; các văn bản "
        "chỉ đạo có liên quan của Trung ương, Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh "
        "vừa ban hành Công văn số 1246/UBND-VX về tăng cường công tác phòng, chống dịch."
    )
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.code is not None and doc.code.canonical == "1246/UBND-VX"


def test_the_glued_tphcm_names_the_centrally_run_city() -> None:
    # baomoi.com: "UBND TPHCM vừa ký quyết định …"
    doc = extract(
        "UBND TPHCM vừa ký quyết định chấm dứt thực hiện đề án thí điểm thành lập Tổ nghiệp vụ "
        "hành chính công tại UBND quận 11."
    ).document
    assert doc.page == "report"
    assert doc.level is Level.PROVINCE
    assert doc.place.province == "Hồ Chí Minh"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # laodong.vn: a title line with the code, then a lead where a steering committee acts
        (
            "Công điện số 84/CĐ-TW\n\nCông điện ứng phó với 2 cơn áp thấp nhiệt đới nguy hiểm\n\n"
            "Kh.V |\n\nHồi 16h30, BCĐ Trung ương về Phòng, chống thiên tai (PCTT) đã có Công điện "
            "số 84/CĐ-TW gửi Ban chỉ huy PCTT và tìm kiếm cứu nạn (TKCN) các tỉnh, thành phố ven "
            "biển từ Quảng Ngãi đến Kiên Giang.",
            "84/CĐ-TW",
        ),
        # cinet.vn: a lead that names the decision, then "Theo đó, …" what it says
        (
            "Quyết định số 2138/QĐ-BVHTTDL ngày 11/6: Tổ chức Liên hoan văn nghệ, thể thao quần "
            "chúng\n\n(Cinet)- Quyết định số 2138/QĐ-BVHTTDL ngày 11/6 của Bộ VHTTDL về việc tổ "
            "chức Liên hoan văn nghệ, thể thao quần chúng, Triển lãm ảnh và toạ đàm xây dựng đời "
            "sống văn hoá nông thôn mới năm 2013 Khu vực miền Trung - Tây Nguyên.\n\nTheo đó, "
            "thực hiện Chương trình số 57/CT-BCĐTWXDNTM ngày 04/4/2013 của Ban Chỉ đạo Chương "
            "trình mục tiêu quốc gia xây dựng nông thôn mới, Bộ trưởng Bộ VHTTDL quyết định tổ "
            "chức Liên hoan.",
            "2138/QĐ-BVHTTDL",
        ),
    ],
)
def test_a_code_titled_news_item_reports_its_document(text: str, code: str) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.code is not None and doc.code.canonical == normalize_code(code)
    assert doc.level is Level.CENTRAL


def test_an_own_act_with_a_number_is_reported() -> None:
    # baodanang.vn: a headline glued to its lead; the plan's number makes it news of the plan
    doc = extract(
        "Nâng cao hiệu quả của tín dụng chính sách xã hội trong giai đoạn mới UBND thành phố ban "
        "hành Kế hoạch số 44 về triển khai thực hiện Quyết định số 1560 của Thủ tướng Chính phủ."
    ).document
    assert doc.page == "report"
    assert doc.issuing_body == "UBND thành phố"
    assert doc.kind == "Kế hoạch"


def test_an_issue_told_as_the_time_of_other_work_is_not_reported() -> None:
    # baogialai.com.vn: "… nhất là sau khi Ban Chấp hành Trung ương Đảng ban hành Kết luận số …"
    text = (
        "Gắn công tác xây dựng, chỉnh đốn Đảng với nâng cao chất lượng đội ngũ cán bộ, đảng viên"
        "\n\nXác định rõ vị trí, vai trò của công tác xây dựng, chỉnh đốn Đảng, thời gian qua, "
        "nhất là sau khi Ban Chấp hành Trung ương Đảng ban hành Kết luận số 21-KL/TW, ngày "
        "25-10-2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn "
        "chặn, đẩy lùi suy thoái."
    )
    assert extract(text).document.page != "report"


def test_a_portal_copy_of_a_notice_is_the_notice_named_by_its_listing_line() -> None:
    # dienban.gov.vn: the portal names the notice on a line, then gives its text, which opens
    # "Theo đề nghị của …, UBND thị xã thông báo:" and lists its points
    text = (
        "Thông báo treo cờ Tổ quốc và tiếp thanh chương trình truyền thanh trực tiếp phiên khai "
        "mạc Đại hội đại biểu MTTQ Việt Nam thị xã Điện Bàn lần thứ IX, nhiệm kỳ 2019-2024\n"
        "Tác giả: UBND thị xã Điện Bàn .Ngày đăng: 10/05/2019 .Lượt xem: 1844 lượt.\n"
        "Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ Tổ quốc "
        "và tiếp thanh chương trình truyền thanh trực tiếp phiên khai mạc Đại hội\n"
        "Tải về: 217-2019-TB-UBND.signed.pdf\n\n"
        "Theo đề nghị của Ban Thường trực Ủy ban MTTQ Việt Nam thị xã tại Công văn số "
        "275/MTTQ-BTT ngày 06/5/2019 về việc phối hợp tổ chức Đại hội đại biểu MTTQ Việt Nam "
        "thị xã Điện Bàn lần thứ IX, nhiệm kỳ 2019-2024, UBND thị xã thông báo:\n\n"
        "1. Các cơ quan, đơn vị, trường học, doanh nghiệp và nhân dân trong thị xã treo cờ Tổ "
        "quốc ở công sở và gia đình trong 03 ngày từ ngày 13 đến hết ngày 15 tháng 5 năm 2019."
    )
    doc = extract(text).document
    assert doc.page == "document"
    assert doc.code is not None and doc.code.canonical == "217/TB-UBND"
    assert doc.date is not None and doc.date.isoformat() == "2019-05-08"
    assert doc.level is Level.DISTRICT and doc.place.district == "Điện Bàn"


def test_a_notices_closing_names_its_body_without_the_courtesy_word() -> None:
    # tpthanhhoa.thanhhoa.gov.vn: "… trân trọng thông báo để các tổ chức, cá nhân biết."
    text = (
        "Thành phố Thanh Hóa thông báo tạm dừng tiếp công dân định kỳ tháng 02 năm 2021\n\n"
        "Thời gian thực hiện tiếp công dân lần tiếp theo sẽ có thông báo sau.\n\n"
        "Văn phòng HĐND và UBND thành phố trân trọng thông báo để các tổ chức, cá nhân biết."
    )
    doc = extract(text).document
    assert doc.page == "document"
    assert doc.issuing_body == "Văn phòng HĐND và UBND thành phố"


def test_several_numbered_decisions_issued_at_once_give_no_one_code() -> None:
    # hamyen.org.vn (dev zs): "vừa ban hành 3 Quyết định (308/…, 309/…, 310/…)"
    text = (
        "Công nhận 3 thôn của các xã Phù Lưu, Thái Hòa, Đức Ninh đạt chuẩn Thôn nông thôn mới "
        "kiểu mẫu\n\nNgày 10/2/2022, Ủy ban nhân dân huyện Hàm Yên vừa ban hành 3 Quyết định "
        "(308/QĐ-UBND, 309/QĐ-UBND, 310/QĐ-UBND) công nhận các thôn: Pác Cáp, xã Phù Lưu; thôn "
        "Ninh Tuyên, xã Thái Hòa; thôn Đồng Danh, xã Đức Ninh đạt chuẩn “Thôn Nông thôn mới kiểu"
        " mẫu”"
    )
    doc = extract(text).document
    assert (doc.page, doc.code, doc.kind) == ("report", None, "Quyết định")
    assert (doc.level, doc.place.district) == (Level.DISTRICT, "Hàm Yên")
    assert doc.date is not None and doc.date.isoformat() == "2022-02-10"


def test_a_lead_line_opening_with_a_numberless_plan_just_issued_reports_it() -> None:
    # ductho.hatinh.gov.vn (dev zz4): "Kế hoạch … năm 2024 vừa được UBND tỉnh ban hành nhằm …"
    text = (
        "UBND tỉnh Hà Tĩnh yêu cầu thống nhất, triển khai công tác tuyển chọn và gọi công dân "
        "nhập ngũ chặt chẽ, hiệu quả.\n\nKế hoạch tuyển chọn, gọi công dân nhập ngũ và thực hiện"
        " nghĩa vụ tham gia Công an nhân dân năm 2024 vừa được UBND tỉnh ban hành nhằm mục đích "
        "phát huy tốt vai trò, trách nhiệm của cấp ủy, chính quyền."
    )
    doc = extract(text).document
    assert (doc.page, doc.code, doc.kind, doc.date) == ("report", None, "Kế hoạch", None)
    assert (doc.level, doc.place.province) == (Level.PROVINCE, "Hà Tĩnh")
    # to be issued later is not news of an issued plan
    later = text.replace("vừa được UBND tỉnh ban hành", "sẽ được UBND tỉnh ban hành")
    assert extract(later).document.page != "report"


def test_a_dateline_slipped_into_of_before_the_body_still_dates_its_act() -> None:
    # caoson.bachthong.gov.vn (dev zz4): "…, ngày 20 tháng 12 năm 2023 của UBND xã Cao Sơn ban
    # hành Kế hoạch số 134/KH-UBND …"
    text = (
        "Để đảm bảo công tác tuyển quân đúng số lượng, chất lượng và thời gian quy định, ngày 20"
        " tháng 12 năm 2023 của UBND xã Cao Sơn ban hành Kế hoạch số 134/KH-UBND về việc thâm "
        "nhập tuyển chọn và gọi công dân nhập ngũ năm 2024."
    )
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.code is not None and doc.code.canonical == "134/KH-UBND"
    assert (doc.level, doc.place.commune) == (Level.COMMUNE, "Cao Sơn")
    assert doc.date is not None and doc.date.isoformat() == "2023-12-20"
    # a cited plan's date and body ("số 78-KH/HU, ngày … của …") name no actor
    cited = extract(
        "Thực hiện Kế hoạch số 78-KH/HU, ngày 24/11/2022 của Ban Thường vụ Huyện ủy ban hành "
        "Kế hoạch tổ chức học tập Nghị quyết."
    ).document
    assert cited.page != "report"

"""Page kind of news and portal items about Party and mass-organisation documents: a meeting on
a draft, a document "vừa được … ký ban hành", a resolution's own "quyết nghị:". Snippets from
real pages (dev batch zp_party_page_kind)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract

# thainguyentv.vn/thong-nhat-du-thao-ke-hoach-giam-sat-va-phan-bien-xa-hoi-93945.html
_DRAFT_AGREED = (
    "Thống nhất Dự thảo Kế hoạch giám sát và phản biện xã hội\nToàn cảnh hội nghị.\n\nPhát huy "
    "vai trò của Ủy ban MTTQ và các tổ chức chính trị, xã hội về đại diện, bảo vệ quyền và lợi "
    "ích hợp pháp, chính đáng của nhân dân, góp phần xây dựng Đảng, xây dựng chính quyền, nâng "
    "cao năng lực, hiệu quả quản lý nhà nước, hiệu quả hoạt động của các cơ quan, tổ chức trong "
    "hệ thống chính trị. Theo đó, Ban Thường trực Ủy ban MTTQ xây dựng kế hoạch dự kiến giám sát "
    "3 chuyên đề gồm:"
)
# huyendoantaygiang.com (dev zg): the same own act under a body's headline, no draft named
_PLAN_UNDER_HEADLINE = (
    "Huyện đoàn Tây Giang tổ chức Hội trại thanh niên nhân kỷ niệm 60 năm Ngày thành lập huyện "
    "(1963-2023) và 20 năm tái lập huyện Tây Giang (06/8/2003-06/8/2023).\n\nThực hiện Kế hoạch "
    "số 78-KH/HU ngày 18/8/2022 của Ban Thường vụ Huyện ủy Tây Giang về kế hoạch triển khai một "
    "số hoạt động chuuẩn bị kỷ niệm 60 năm thành lập huyện và 20 năm tái lập huyện Tây Giang "
    "(06/8/2003-06/8/2023). Ban Thường vụ Huyện đoàn Tây Giang xây dựng Kế hoạch tổ chức Hội trại "
    "Thanh niên nhằm thiết thực chào mừng kỷ niệm trên;"
)


@pytest.mark.parametrize(
    ("text", "page"),
    [(_DRAFT_AGREED, "other"), (_PLAN_UNDER_HEADLINE, "report")],
)
def test_an_own_act_under_a_headline_that_names_a_draft_reports_nothing(text: str,
                                                                         page: str) -> None:
    assert extract(text).document.page == page


def test_a_document_freshly_signed_in_the_passive_is_reported() -> None:
    # docnhanh.vn/tags/cong-tac-phong-chong-dich: the lead quotes a task, then names the
    # directive "vừa được đồng chí … ký ban hành ngày 01/9/2021"
    text = (
        "Ban Thường vụ Thành ủy Hà Nội chỉ đạo 6 nội dung đặc biệt lưu ý nhằm nâng cao hiệu quả "
        "công tác phòng, chống Covid-19\n\n    Thực hiện quyết liệt, triệt để, nghiêm túc, có "
        "hiệu quả thực chất việc giãn cách xã hội theo chỉ đạo của Trung ương, Thành phố. Đây là "
        "một trong những nội dung Chỉ thị số 06-CT/TU của Ban Thường vụ Thành ủy Hà Nội về “Tiếp "
        "tục nâng cao hiệu quả công tác phòng, chống dịch Covid-19 trên địa bàn Thành phố” vừa "
        "được đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội ký ban hành "
        "ngày 01/9/2021."
    )
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.code is not None and doc.code.canonical == "06-CT/TU"
    assert doc.issuing_body == "Ban Thường vụ Thành ủy Hà Nội"
    assert doc.date is not None and doc.date.isoformat() == "2021-09-01"


@pytest.mark.parametrize(
    ("text", "issuer", "level"),
    [
        # cdvccaobang.vn: a plenum's resolution reposted without its header
        ("Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam (khoá XI) đã họp hội nghị lần thứ tư "
         "từ ngày 06 đến ngày 07 tháng 6 năm 2014, tại Thủ đô Hà Nội. Hội nghị lần thứ tư Ban "
         "Chấp hành Tổng Liên đoàn Lao động Việt Nam quyết nghị:\n1. Ban Chấp hành đã thảo luận "
         "và thông qua các nội dung:", "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam",
         Level.CENTRAL),
        # baoapbac.vn (dev): a congress resolution's formula on a line of its own
        ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 12 đến "
         "ngày 15 tháng 10 năm 2020, với tinh thần dân chủ, đoàn kết, trách nhiệm, nghiêm túc, "
         "toàn bộ nội dung, chương trình Đại hội đã hoàn thành, đạt yêu cầu đề ra. Đại hội đại "
         "biểu Đảng bộ tỉnh lần thứ XI;\n\nQUYẾT NGHỊ\n\nI- Tán thành những nội dung về đánh giá "
         "kết quả lãnh đạo thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X", None,
         None),
    ],
)
def test_a_text_that_resolves_is_the_resolution(text: str, issuer: str | None,
                                                level: Level | None) -> None:  # fmt: skip
    doc = extract(text).document
    assert doc.page == "document"
    assert doc.kind == "Nghị quyết"
    if issuer is not None:
        assert doc.issuing_body == issuer
        assert doc.level is level


def test_a_body_that_resolves_in_running_text_is_no_resolution() -> None:
    # baolaocai.vn (tag page): a council's session told in news, "thông qua 8 nghị quyết"
    text = ("HĐND tỉnh thông qua 8 nghị quyết tại Kỳ họp thứ Tám\nChiều 9/2, tại trụ sở Tỉnh "
            "ủy, HĐND tỉnh đã tổ chức Kỳ họp thứ Tám (kỳ họp chuyên đề), thông qua 8 nghị quyết "
            "quan trọng.")
    assert extract(text).document.page != "document"


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # baomoi.com (dev fc1a): an editor's note dates the issue, then looks back on two years
        ("LTS: Ngày 14-5-2011, Bộ Chính trị ban hành Chỉ thị 03-CT/TƯ về tiếp tục đẩy mạnh việc"
         " học tập và làm theo tấm gương đạo đức Hồ Chí Minh. Hơn 2 năm qua, các cấp ủy, chính "
         "quyền TP Hà Nội đã nghiêm túc thực hiện Chỉ thị, đem lại hiệu quả thiết thực.", "other"),
        # baomoi.com (dev zc): a feature on the union's term tells the resolution as background
        ("Xây dựng Công đoàn Việt Nam vững mạnh toàn diện, góp phần thực hiện khát vọng phát "
         "triển đất nước phồn vinh, hạnh phúc\n\n5 năm qua, trong bối cảnh còn gặp nhiều khó "
         "khăn, thách thức, Công đoàn Việt Nam tiếp tục đổi mới về tổ chức, nội dung, phương thức"
         " hoạt động, hoàn thành và vượt nhiều chỉ tiêu của Nghị quyết Đại hội XII Công đoàn Việt"
         " Nam đề ra.\n\nTrên cơ sở nghiên cứu, tham mưu của Đảng đoàn Tổng Liên đoàn, Bộ Chính "
         "trị đã ban hành Nghị quyết số 02-NQ/TW ngày 12-6-2021 về \"Đổi mới tổ chức và hoạt động"
         " của Công đoàn Việt Nam trong tình hình mới\".", "other"),
        # yenbai.gov.vn (dev a): "Trong những năm qua" opens the presented directive's own text
        ("CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc "
         "tăng cường sự lãnh đạo của các cấp ủy, tổ chức đảng đối với công tác điều tra, nắm bắt,"
         " nghiên cứu, định hướng dư luận xã hội trong tình hình mới.\nNội dung Chỉ thị như sau:"
         "\nTrong những năm qua, quán triệt và thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 "
         "của Ban Bí thư", "document"),
    ],
)
def test_a_feature_that_looks_back_over_years_tells_the_issue_as_background(text: str,
                                                                             page: str) -> None:
    assert extract(text).document.page == page


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # baomoi.net.vn (dev zz5): the start of the term sets the district resolution back
        ("Trước thực trạng đó, đầu nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ huyện Điện Biên "
         "Đông ban hành Nghị quyết số 02-NQ/HU ngày 28/4/2021 (Nghị quyết 02) về xóa bản 'trắng' "
         "điện lưới quốc gia.", "other"),
        # baubang.binhduong.gov.vn (dev zq): a results feature, "ngay từ khi" the task was given
        ("Xã Lai Uyên hoàn thành Chương trình mục tiêu Quốc gia xây dựng nông thôn mới\nQua thời"
         " gian nổ lực thực hiện, đến nay xã Lai Uyên đã đạt 19/19 tiêu chí xây dựng Nông thôn "
         "mới.\nNổi bật, ngay từ khi được giao nhiệm vụ triển khai xây dựng Nông thôn mới, Đảng "
         "ủy xã Lai Uyên đã ban hành Nghị quyết về tăng cường sự lãnh đão của Đảng trong việc thực"
         " hiện chương trình quốc gia xây dựng Nông thôn mới.", "other"),
        # danvan.vn (dev zf): an anniversary feature recalls a 1996 resolution
        ("Đảng bộ và nhân dân Vĩnh Phúc 60 năm thực hiện lời căn dặn của Bác\n\nSau 29 năm hợp "
         "nhất với tỉnh Phú Thọ, ngày 6/11/1996, tại Kỳ họp thứ 10, Quốc hội khoá IX đã ra Nghị "
         "quyết về việc tách tỉnh Vĩnh Phú thành 2 tỉnh Vĩnh Phúc và Phú Thọ.", "other"),
        # baoquangnam.vn (dev zf): a fresh issue under a headline on the year's target is news
        ("Năm 2024, Quế Sơn xây dựng ít nhất 3 mô hình thôn nông thôn mới thông minh\n\n(QNO) - "
         "UBND huyện Quế Sơn vừa ban hành kế hoạch thực hiện Chương trình chuyển đổi số trong xây"
         " dựng nông thôn mới (NTM), hướng tới NTM thông minh năm 2024.", "report"),
        # (a made-up contrast: a fresh act after a look back is still news)
        ("Thời gian qua, tình trạng khai thác cát trái phép diễn biến phức tạp, UBND tỉnh vừa ban"
         " hành Chỉ thị số 05/CT-UBND về tăng cường quản lý.", "report"),
    ],
)
def test_an_act_set_back_in_time_is_a_features_background(text: str, page: str) -> None:
    assert extract(text).document.page == page


def test_a_body_that_promptly_issues_is_news() -> None:
    # baolamdong.vn (dev w): a special zone "khẩn trương xây dựng và ban hành Chương trình hành
    # động" after its congress, told by a newspaper
    text = ("Đặc khu Phú Quý: Đưa Nghị quyết Đại hội Đảng bộ vào cuộc sống bằng những hành động "
            "cụ thể Ngay sau Đại hội đại biểu Đảng bộ nhiệm kỳ 2025 - 2030, đặc khu Phú Quý khẩn "
            "trương xây dựng và ban hành Chương trình hành động với các mục tiêu, nhiệm vụ và giải"
            " pháp cụ thể, với quyết tâm cao độ đưa nghị quyết đại hội vào cuộc sống hiệu quả, "
            "thiết thực.")
    assert extract(text).document.page == "report"



def test_a_headline_that_names_a_sessions_resolution_as_adopted_reports_it() -> None:
    # hoinongdanag.org.vn: the plenum's resolution "đã được thông qua", the committee adopting
    # a text at its own session (the convention's report)
    text = ("Nghị quyết Hội nghị BCH Trung ương Hội NDVN lần thứ 2 năm 2019 đã được thông qua\n\n"
            "04/04/2019 10:12\n\nSáng nay 02/4, tại Hà Nội, Hội nghị BCH Trung ương Hội Nông dân "
            "Việt Nam lần thứ 2, khóa VII, đồng chí Phạm Văn Thiện - Chánh Văn phòng Trung ương "
            "Hội Nông dân Việt Nam trình bày dự thảo Nghị quyết Hội nghị.")
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.kind == "Nghị quyết"
    assert doc.level is Level.CENTRAL

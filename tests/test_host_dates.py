"""The main document's date and kind as real pages state them (tables of real snippets, each
commented with its source): header datelines that lost their shape, legal sites' fact rows,
report leads, and the dates that are not the document's."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import extract

# (text, the document's date or None) as `extract` must read them.
DATES = [
    # hethongphapluat.vn, 65/1999/QĐ-UB Nghệ An: a date cell with no place after the number
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 65/1999/QĐ-UB | ngày 29 "
     "tháng 06 năm 1999 |\nVỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ ĐIỆN NÔNG THÔN\n"
     "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nCăn cứ Quyết định số 22/1999/QĐ-TTg ngày 13/02/1999 của "
     "Thủ tướng Chính phủ;", date(1999, 6, 29)),
    # 2mit.org forum, 367-QĐ/TWĐTN-VP: a header flattened into one line, the place glued on
    ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 "
     "tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn",
     date(2013, 10, 29)),
    # luatvietnam.vn, 12154/VPCP-TCCV: the facts row explained on a line of its own
    ("Số hiệu: 12154/VPCP-TCCV Ngày đăng công báo: Đang cập nhật\nLoại văn bản: Công văn\n"
     "Ngày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban "
     "hành.\n09/12/2025", date(2025, 12, 9)),
    # vbpl.vn/tayninh history tab: the row of issue, not of effect or repeal
    ("Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND\nNgày Trạng thái Văn bản nguồn Phần hết "
     "hiệu lực\n09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND\n19/07/2013 Văn bản có hiệu "
     "lực 30/2013/QĐ-UBND\n06/05/2019 Văn bản hết hiệu lực 30/2013/QĐ-UBND",
     date(2013, 7, 9)),
    # laocai.gov.vn (Bát Xát): a library title with number and date; the posting date after
    ("QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008   "
     "(11/07/2012 )", date(2008, 5, 28)),
    # donggiang.gov.vn: a dotted date opens the lead without a comma
    ("Triển khai các hoạt động chào mừng 70 năm thành lập Đảng bộ huyện Đông Giang\nNgày "
     "14.6.2019 Huyện ủy Đông Giang đã ban hành Kế hoạch số 156 của Ban thường vụ huyện ủy về "
     "việc triển khai các hoạt động chào mừng kỷ niệm 70 năm ngày thành lập Đảng bộ huyện.",
     date(2019, 6, 14)),
    # caobang.gov.vn: the year of "Ngày 03/5" is the anniversary span's last, not its first
    ("Kế hoạch Tổ chức các hoạt động kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi "
     "thi đua ái quốc (11/6/1948-11/6/2018)\nNgày 03/5, UBND tỉnh ban hành Kế hoạch số "
     "1199/KH-UBND, Tổ chức các hoạt động kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu "
     "gọi thi đua ái quốc (11/6/1948-11/6/2018).", date(2018, 5, 3)),
    # legalzone.vn: a dated lead
    ("Quyết định 589/QĐ-TTg công nhận xã đảo thuộc tỉnh Bến Tre\n\nNgày 20/4/2021, Thủ tướng "
     "Chính phủ ban hành Quyết định 589/QĐ-TTg về việc công nhận xã đảo thuộc tỉnh Bến Tre.",
     date(2021, 4, 20)),
    # controls: a cited document's date before the act is not the reported document's
    # (baothainguyen.vn, kimbang.ninhbinh.gov.vn)
    ("Chỉ thị về triển khai một số biện pháp cấp bách để chủ động ứng phó thiên tai\nTừ đầu "
     "năm đến nay, trên địa bàn tỉnh Thái Nguyên đã xảy ra 18 đợt thiên tai. thực hiện Chỉ thị "
     "số 35/CT-TTg ngày 1/9/2020 của Thủ tướng Chính phủ, UBND tỉnh đã ban hành Chỉ thị số 10 "
     "về triển khai một số biện pháp cấp bách để chủ động ứng phó thiên tai.", None),
    ("Công tác xây dựng đảng\nThực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội đảng "
     "bộ các cấp, Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương ban hành Kế "
     "hoạch số 08 về tổ chức đại hội các đảng bộ trực thuộc.", None),
    # ninhhai.ninhthuan.gov.vn: the day a commune deploys its plan is not the plan's date
    ("Xã Tân Hải triển khai Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024\n"
     "Ngày 15/10/2024, Ủy ban nhân dân xã Tân Hải triển khai Kế hoạch phòng, chống thiên tai và "
     "tìm kiếm cứu nạn năm 2024, với mục đích nhằm chủ động trong công tác PCTT.", None),
    # baoninhthuan.com.vn: an anniversary span and a flag day; the notice gives no date
    ("• Thông báo: Về việc treo cờ Tổ quốc nhân kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí "
     "Minh(19/5/1890 - 19/5/2015)\n  • Nhân kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh "
     "(19/5/1890-19/5/2015), UBND tỉnh thông báo treo cờ Tổ quốc như sau:\n\n    Tất cả các "
     "cơ quan treo cờ Tổ quốc vào ngày 19-5-2015.", None),
    # tinhuyquangtri.vn: a lead dated by the part of the day ("Chiều nay 8/10/2020"), not by
    # "Ngày"; the list's date above is the post's
    ("(09/10/2020)\n(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo Lê Thị Hương "
     "đã ký văn bản hỏa tốc đề nghị các phòng Giáo dục và Đào tạo tiếp tục cho học sinh nghỉ "
     "học đến ngày 10/10/2020.", date(2020, 10, 8)),
    # thuvienphapluat.vn, 7619-CV/BTCTW: a cited plan's date at a line's start is no dateline
    ("Kính\ngửi: Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương\nThực hiện nhiệm vụ Bộ "
     "Chính trị\ngiao (Kế hoạch số 07-KH/TW, ngày 17/8/2022), Ban Tổ chức Trung ương đã chủ "
     "trì xây dựng hướng\ndẫn khung Quy chế làm việc mẫu của cấp ủy cơ sở.", None),
    # baothainguyen.org.vn: "Ngày 15-2" dated by the Tết its lead's next sentence names
    ("Ngày 15-2, UBND tỉnh đã ban hành văn bản số 558 Tăng cường các biện pháp phòng, chống "
     "dịch COVID -19 sau Tết Nguyên đán. Để bảo đảm kiểm soát tốt dịch bệnh khi người lao động "
     "trở lại làm việc sau kỳ nghỉ Tết Nguyên đán 2021, UBND tỉnh có ý kiến chỉ đạo cụ thể, "
     "dưới đây là toàn bộ nội dung văn bản.", date(2021, 2, 15)),
    # vietbao.vn: "Ngày 5.9" dated by the mid-autumn festival its sentence names, which falls
    # in September (not by the lunar new year): 2022, not 2021
    ("Ngày 5.9, Cục An toàn thực phẩm - Bộ Y tế đã có văn bản gửi Sở Y tế các tỉnh, thành phố "
     "trực thuộc Trung ương; Ban Quản lý An toàn thực phẩm tỉnh Bắc Ninh, TP.Đà Nẵng, TP.Hồ Chí "
     "Minh, yêu cầu tiếp tục tăng cường bảo đảm an toàn thực phẩm Tết Trung thu năm 2022.",
     date(2022, 9, 5)),
    # daugia.sotuphap.daklak.gov.vn: a portal's stamp with its weekday is no place-date line
    ("09:26 Thứ tư , Ngày 02 Tháng 04 Năm 2025\nSố / ký hiệu 01/2016/QH14\nNgày hiệu lực "
     "01/07/2017\nHình thức văn bản Luật", None),
    # omard.gov.vn: the title line's date, not the posting date
    ("Nghị định 75/2009/NĐ-CP, ngày 10/9/2009 của Chính phủ.\nNgày: 30/12/2011",
     date(2009, 9, 10)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_the_documents_date_as_the_page_states_it(text: str, expected: date | None) -> None:
    assert extract(text).document.date == expected


# (text, the document's kind as its display word) for pages with no code of their own.
KINDS = [
    # baoninhthuan.com.vn: a notice's own statement opened by its occasion
    ("• Thông báo: Về việc treo cờ Tổ quốc nhân kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí "
     "Minh(19/5/1890 - 19/5/2015)\n  • Nhân kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh "
     "(19/5/1890-19/5/2015), UBND tỉnh thông báo treo cờ Tổ quốc như sau:\n\n    Tất cả các "
     "cơ quan treo cờ Tổ quốc vào ngày 19-5-2015.", "Thông báo"),
    # binhduong.gov.vn: a notice's closing line ("… thông báo đến … biết")
    ("Theo Lịch tiếp công dân, vào ngày 17/12/2024, Chủ tịch UBND tỉnh chủ trì tiếp công dân "
     "định kỳ tại Trụ sở Tiếp công dân tỉnh; tuy nhiên, do phát sinh chương trình công tác đột "
     "xuất, nên việc tiếp công dân định kỳ tháng 12/2024 không thể diễn ra theo kế hoạch.\n"
     "Văn phòng UBND tỉnh thông báo đến quý cơ quan, đơn vị, tổ chức và công dân biết và mong "
     "được thông cảm.", "Thông báo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_an_uncoded_documents_kind_from_its_own_statement(text: str, expected: str) -> None:
    ext = extract(text)
    assert ext.document.page == "document"
    assert ext.document.kind == expected


def test_a_notice_closing_needs_a_body_opening_its_line() -> None:
    # "Theo đó, …": no body opens the line; the page names no notice of its own
    text = ("Theo đó, thông báo đến các hộ dân biết để thực hiện việc treo cờ.")
    assert extract(text).document.page == "other"


# More (text, date) pairs: dates a document gets from the text it is issued with or from the
# intro that presents it.
ISSUED_WITH = [
    # sub.dost-dongnai.gov.vn (Xuân Phú): rules with no number of their own, issued with the
    # decision their annex line names ("Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021")
    ("ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nQUY CHẾ LÀM\n"
     "VIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết "
     "định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\n"
     "Chương I\nNHỮNG QUY ĐỊNH\nCHUNG\nĐiều 1. Phạm vi,\nđối tượng điều chỉnh",
     date(2021, 7, 22)),
    # sonoivu.namdinh.gov.vn: the intro says when the plan it presents in full was signed
    ("Kế hoạch triển khai Đề án mở rộng thành phố Nam Định\n\nĐây là phạm vi của Đề án được "
     "Chủ tịch UBND Phạm Đình Nghị ký ban hành ngày 21/02/2022 tại Kế hoạch số 20/KH-UBND về "
     "việc triển khai Đề án mở rộng thành phố Nam Định.\n\nSở Nội vụ trân trọng giới thiệu "
     "toàn văn Kế hoạch số 20/KH-UBND", date(2022, 2, 21)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ISSUED_WITH)
def test_the_date_of_issue_named_with_the_document(text: str, expected: date) -> None:
    assert extract(text).document.date == expected



def test_a_dated_lead_with_the_number_word_typed_twice() -> None:
    # phuninh.phutho.gov.vn: "hướng dẫn số Số 15 - HD/HU" is the reported guidance's code
    text = ("( Phù Ninh) - Ngày 17 tháng 6 năm 2019, Huyện ủy Phù Ninh ban hành hướng dẫn số Số "
            "15 - HD/HU của ban thường vụ Huyện ủy Phù Ninh về Hướng dẫn Tuyên truyền việc sắp "
            "xếp các đơn vị hành chính cấp xã")  # fmt: skip
    doc = extract(text).document
    assert doc.code is not None and doc.code.canonical == "15-HD/HU"
    assert doc.date == date(2019, 6, 17)


# (text, kind) for uncoded documents whose first line titles them by kind and subject, and a
# cited document's subject that is no act of the page's own.
TITLED = [
    # phuong5govap.gov.vn: a ward's notice; "… về ban hành Kế hoạch …" is the cited decision's
    ("Thông báo về việc lấy ý kiến cử tri đối với sắp xếp khu phố trên địa bàn phường 5\n"
     "Căn cứ Quyết định số 2715/QĐ-UBND ngày 09 tháng 8 năm 2023 của Ủy ban nhân dân quận Gò "
     "Vấp về ban hành Kế hoạch sắp xếp khu phố trên địa bàn quận Gò Vấp.\nCăn cứ Quyết định "
     "số 437/QĐ-UBND ngày 10 tháng 8 năm 2023 của Ủy ban nhân dân Phường 5 về ban hành Kế "
     "hoạch sắp xếp khu phố địa bàn Phường 5.\nĐề nghị cử tri đại "
     "diện hộ gia đình cho ý kiến về việc sắp xếp 14 Khu phố.", "Thông báo"),
    # xakytho.hatinh.gov.vn: a commune council's resolution; "ban hành quy chế" is the decree's
    ("Nghị quyết về điều chỉnh dự toán thu, chi ngân sách 6 tháng cuối năm 2019\nloading...\n"
     "16:42 12/08/2019\nHỘI ĐỒNG NHÂN DÂN XÃ KHÓA XIX KỲ HỌP THỨ 8\nCăn cứ Luật tổ chức chính "
     "quyền địa phương ngày 19/6/2015;\nCăn cứ nghị định số 73/2003/NĐ-CP ngày 23/6/2003 của "
     "chính phủ ban hành quy chế, xem xét, quyết định dự toán và phân bổ ngân sách địa phương;",
     "Nghị quyết"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_an_uncoded_documents_kind_from_its_title_line(text: str, expected: str) -> None:
    assert extract(text).document.kind == expected


def test_a_blank_number_line_gives_a_drafts_kind() -> None:
    # viettri.phutho.gov.vn: a draft report whose header leaves the number blank
    text = ("TỈNH UỶ PHÚ THỌ\n              *\n \n    ĐẢNG CỘNG SẢN VIỆT NAM\nPhú Thọ, ngày 15 "
            "tháng 6 năm 2020\nSố       -BC/TU\n(Dự thảo lần 5)\n \nTĂNG CƯỜNG XÂY DỰNG, CHỈNH "
            "ĐỐN ĐẢNG, NÂNG CAO HIỆU LỰC, HIỆU QUẢ HOẠT ĐỘNG CỦA HỆ THỐNG CHÍNH TRỊ\n(Báo cáo "
            "chính trị của Ban Chấp hành Đảng bộ tỉnh khoá XVIII)")  # fmt: skip
    doc = extract(text).document
    assert (doc.code, doc.kind, doc.date) == (None, "Báo cáo", date(2020, 6, 15))


def test_a_flattened_header_dates_by_the_place_after_its_number() -> None:
    # text.123docz.net: a commune's name, not a province's, after "Số: ...../KH- HĐĐ."
    text = ("ĐỘI TNTP HỒ CHÍ MINH TỈNH QUẢNG NAM- HUYỆN ĐIỆN BÀN HĐĐ XÃ ĐIỆN TIẾN Số: ...../KH- "
            "HĐĐ. Điện Tiến, ngày 20 tháng 1 năm 2013. KẾ HOẠCH Tổ chức lao động tình nguyện vệ "
            "sinh môi trường. Hội Đồng Đội xã xây dưng kế hoạch tổ chức lao động vệ sinh nghĩa "
            "trang liệt sĩ với nội dung cụ thể sau:")  # fmt: skip
    assert extract(text).document.date == date(2013, 1, 20)


def test_a_summary_titled_by_its_kind() -> None:
    # duchoa.longan.gov.vn: the summary of a scheme, "TÓM TẮT ĐỀ ÁN" on its first line
    text = ("TÓM TẮT ĐỀ ÁN\nSẮP XẾP, SÁP NHẬP ĐƠN VỊ HÀNH CHÍNH\nTỈNH LONG AN VÀ TỈNH TÂY NINH\n"
            " \n \nThực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư "
            "về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính "
            "trị;\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;\nCăn cứ Nghị quyết "
            "số 74/NQ-CP ngày 07/4/2025 của Chính phủ ban hành Kế hoạch thực hiện sắp xếp "
            "ĐVHC;")  # fmt: skip
    assert extract(text).document.kind == "Đề án"


# A header's number cell and place-date cell on one line with the gap between them collapsed
# to a space, as a web page shows a text's run of spaces (robust3, as_html): the number line
# opens the line, so the place after the code is the place-date line's.
COLLAPSED_NUMBER_LINES = [
    # thptphuoclong.edu.vn/home/index.php/vi/news/savefile/tin-doan-truong/KE-HOACH-THAM-GIA-
    # HOI-TRAI-TONG-QUAN-THI-XA-PHUOC-LONG-NAM-2018-615/: a spaced code
    ("BCH ĐOÀN TRƯỜNG THPT PHƯỚC LONG\nSố 15 – KH/ ĐT Phước Long, ngày 24 tháng 02 năm 2018\n"
     "KẾ HOẠCH\nTham gia Hội trại tòng quân\n", date(2018, 2, 24)),
    # mnsonphu.thainguyen.edu.vn/tin-tuc/hoat-dong-chi-bo/ke-hoach-hoat-dong-cua-chi-bo-nam-
    # 2021.html: a draft's blank number
    ("ĐẢNG ỦY XÃ SƠN PHÚ\nĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ MẦM NON\n"
     "Số /KH-CB Sơn Phú, ngày 10 tháng 01 năm 2021\nKẾ HOẠCH HOẠT ĐỘNG CHI BỘ NĂM 2020\n",
     date(2021, 1, 10)),
    # en.binhthuan.gov.vn/general-news/continuing-to-implement-urgent-solutions-to-prevent-and-
    # control-covid-19-571349: an English header's number and date, no place
    ("PEOPLE’S COMMITTEE OF BINH THUAN PROVINCE\nSOCIALIST REPUBLIC OF VIETNAM\n"
     "Independence – Freedom - Happiness\nNo: 74/TB-UBND April 15, 2020\nANNOUNCEMENT\n",
     date(2020, 4, 15)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), COLLAPSED_NUMBER_LINES)
def test_a_number_line_collapsed_with_its_place_date_gives_the_date(text: str, day: date) -> None:
    assert extract(text).document.date == day


"""A document's own number, heading and title as portals copy them: what is and is not its own."""

from __future__ import annotations

from ingest.extract import extract

# Công văn 573/HĐPH-PBGDPL of the central council for legal education (2022), which prints no
# number of its own: the PM's decisions it names run on in a sentence after "số:".
HDPH = (
    "Kính gửi:\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n"
    "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n\n"
    "Nhằm thực hiện có chất lượng, hiệu quả các nhiệm vụ, giải pháp được nêu trong Luật PBGDPL; "
    "các Quyết\nđịnh của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế hoạch\n"
    "thực hiện Kết luận số 80-KL/TW; 21/2021/QĐ-TTg ngày 21/6/2021 quy định về thành phần và "
    "nhiệm vụ của Hội đồng phối hợp PBGDPL, Hội đồng phối hợp PBGDPL trung ương đề nghị các bộ, "
    "cơ quan thực hiện các công việc sau đây:\n"
)
# A district council's resolution as thuvienphapluat-style portals copy it: heading and title
# on one line, no number (Như Xuân, Thanh Hóa, 2023), and the site's download link.
NHU_XUAN = (
    "NGHỊ QUYẾT Về việc điều chỉnh Quyết định chủ trương đầu tư dự án: Sửa chữa, nâng cấp đường "
    "giao thông thôn Làng Mài đi thôn Hợp Thành, xã Bình Lương, huyện Như Xuân, tỉnh Thanh Hóa."
    "\n\nCăn cứ Nghị quyết số 118/NQ-HĐND ngày 21/12/2022 của HĐND huyện Như Xuân về việc quyết "
    "định chủ trương đầu tư dự án; Báo cáo thẩm tra số: 53/BC- HĐND ngày 05 tháng 5 năm 2023 của "
    "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện và ý kiến thảo luận của đại biểu Hội đồng nhân "
    "dân huyện tại kỳ họp\n\ntải văn bản tại đây\n"
)


def test_a_number_named_in_a_running_sentence_is_not_the_texts_own() -> None:
    ext = extract(HDPH)
    assert ext.document.code is None  # not 1521/QĐ-TTg, which the letter carries out
    # nor does the decision's subject ("ban hành Kế hoạch …") make the letter a plan
    assert ext.document.kind == "Công văn"
    assert ("IMPLEMENTS", "1521/QĐ-TTg") in {(r.type.value, r.target) for r in ext.relations}


def test_a_heading_run_into_its_title_is_the_document_and_a_download_link_no_act() -> None:
    doc = extract(NHU_XUAN).document
    assert doc.page == "document" and doc.code is None  # not the review report 53/BC-HĐND
    assert doc.kind == "Nghị quyết"


def test_a_number_line_in_capitals_stays_the_own_number() -> None:
    text = "UBND TỈNH LẠNG SƠN\nVĂN PHÒNG | Số: 3585/VP-KTN\nV/v báo cáo tình hình ô nhiễm\n"
    doc = extract(text).document
    assert doc.code is not None and doc.code.canonical == "3585/VP-KTN"


def test_a_code_glued_to_a_legal_sites_label_is_found() -> None:
    # luatvietnam.vn's facts table: "Số hiệu:39/NQ-CP", no space after the colon
    text = "Số hiệu:39/NQ-CP\nLoại văn bản: Nghị quyết\nNgày ban hành: 05/6/2019\n"
    ext = extract(text)
    assert [r.canonical for r in ext.references] == ["39/NQ-CP"]
    assert ext.document.code is not None and ext.document.code.canonical == "39/NQ-CP"
    # still no code in a standard's "01:2021" or a time of day
    assert extract("Áp dụng QCVN 01:2021/BYT từ 10:30 ngày 5/6/2021").references == ()


def test_a_list_of_documents_under_their_labels_has_no_own_number() -> None:
    # a central agency's list page: two laws, each under its "Số hiệu:" (p-atmt-listing)
    text = (
        "Số hiệu:28/2004/QH11\n\nNgày ban hành: 03/12/2004\n\n"
        "Số hiệu:27/2001/QH10\n\nNgày ban hành: 29/06/2001\n"
    )
    ext = extract(text)
    assert [r.canonical for r in ext.references] == ["28/2004/QH11", "27/2001/QH10"]
    assert ext.document.code is None


def test_a_code_run_into_the_next_label_of_a_facts_table_is_found() -> None:
    # luatvietnam.vn's facts table flattened: each label glued to the value before it
    text = (
        "Cơ quan ban hành: Bộ Chính trị\nSố hiệu:156-KL/TWNgày đăng công báo:Đang cập nhật\n"
        "Số hiệu:21/2020/QĐ-TTgLoại văn bản:Quyết định\n"
    )
    assert [r.canonical for r in extract(text).references] == ["156-KL/TW", "21/2020/QĐ-TTg"]


def test_a_party_code_with_its_slash_lost_before_a_committee_suffix() -> None:
    # danviet.vn: "Chương trình hành động thực hiện Nghị quyết số 57-NQ TW, ngày 22/12/2024"
    found = extract("thực hiện Nghị quyết số 57-NQ TW, ngày 22/12/2024 của Bộ Chính trị").references
    assert [r.canonical for r in found] == ["57-NQ/TW"]
    # only before a committee's suffix, and only after a type: no years, no places
    for text in ("nhiệm kỳ 2020-2025 TU", "Điều 5-KH Tỉnh", "57 NQ TW"):
        assert extract(text).references == (), text


# http://dnls.langson.gov.vn/node/125 (the provincial office's letter, no header: its number
# and date in brackets closing the subject line) and http://www.langson.gov.vn/huulung/node/2466
# (a district's plan posted under a title that closes on its number, over the plan's heading)
LANGSON_VP = (
    "Về việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn "
    "(3585/VP-KTN, ngày 23/10/2017).\n\nThực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 "
    "của Văn phòng Chính phủ về “tình hình ô nhiễm môi trường do chất thải tại khu vực nông "
    "thôn”, đồng chí Lý Vinh Quang, Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n\nGiao Sở Tài "
    "nguyên và Môi trường chủ trì …\n\nVăn phòng UBND tỉnh thông báo để Sở Tài nguyên và Môi "
    "trường, các cơ quan liên quan thực hiện./.\n"
)
HUU_LUNG = (
    "Các sở, ngành, huyện, TP\n\nKế hoạch tổ chức các hoạt động mừng Đảng - mừng Xuân Đinh Dậu "
    "năm 2017 (04/KH-UBND ngày 06/01/2017)\n\nThứ Ba, 10/01/2017 - 17:05\n\nKẾ HOẠCH\n\nTổ "
    "chức các hoạt động mừng Đảng - mừng Xuân Đinh Dậu năm 2017\n\nThực hiện Kế hoạch số "
    "157/KH-UBND ngày 30/12/2016 của UBND tỉnh Lạng Sơn về tổ chức các hoạt động mừng Đảng – "
    "mừng Xuân năm Đinh Dậu 2017.\n\nỦy ban nhân dân huyện xây dựng Kế hoạch tổ chức các hoạt "
    "động với nội dung như sau:\n"
)


def test_a_number_in_brackets_closing_a_headerless_title_line_is_the_texts_own() -> None:
    for text, code, day in ((LANGSON_VP, "3585/VP-KTN", "2017-10-23"),
                            (HUU_LUNG, "04/KH-UBND", "2017-01-06")):  # fmt: skip
        doc = extract(text).document
        assert doc.page == "document"
        assert doc.code is not None and doc.code.canonical == code
        assert doc.date is not None and doc.date.isoformat() == day


def test_a_bracket_that_names_another_text_or_runs_on_gives_no_own_number() -> None:
    # a type word in the brackets names a document (left to the page's reading); a bracket
    # the sentence goes on after is a citation in passing
    for text in (
        "Lịch tiếp công dân năm 2022 (Quyết định số 05/QĐ-UBND ngày 14/01/2019)\n\nUBND xã "
        "thông báo lịch tiếp công dân như sau:\n",
        "Tăng cường phòng, chống dịch (16/CT-TTg ngày 31/3/2020) của Thủ tướng Chính phủ, UBND "
        "xã thông báo như sau:\n",
    ):
        assert extract(text).document.code is None, text


# https://pdfslide.tips/documents/fdo-1-tieu-ehuful-quy-trinh-xet-tng-danh-hiu-gia-dinh-van-
# hoa-danh-hiu-thon.html (a scanned decree's OCR: "Số:" read "s6:", the header on one line) and
# https://www.dooboo-market.com/Content/uploads/hd42.doc (a Word file's broken code page: every
# letter beyond ASCII a "?", "Số:" printed "S?:")
OCR_DECREE = (
    "CHiNHPHU s6: 122/2018/ND-CP CONG HOA xA HOI cHiJ NGHiA VIET NAM . . . DQc l~p - T\\f do - "
    "H~nh phuc Ha N(Ji,ngay 17 thang 9 nam 2018 NGHIDINH Quy <flnhv~ xet t~ng danh hi~u \"Gia "
    "<finhvan hoa\"; Can cu Luqt t6 chuc Chinh phu ngay 19 thang 6 nam 2015;"
)
BROKEN_CODE_PAGE = (
    "BAN CH?P H?NH TRUNG ??NG***S?: 42 -HD/TWTN-BKT O?N TNCS H? CH? MINHH? N?i, ng?y 31 th?ng "
    "3 nm 2014 H??NG D?NQuy tr?nh ?nh gi? c?ng t?c o?n v? phong tr?o thanh thi?u nhi c?p t?nh"
)


def test_an_ocr_spelling_of_the_number_label_keeps_the_own_number() -> None:
    doc = extract(OCR_DECREE).document
    assert doc.page == "document"
    assert doc.code is not None and doc.code.canonical == "122/2018/NĐ-CP"
    doc = extract(BROKEN_CODE_PAGE).document
    assert doc.page == "document" and doc.code is not None and doc.code.number == "42"



# https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-7619-CV-BTCTW-2024-huong-dan-
# khung-Quy-che-lam-viec-mau-cua-cap-uy-co-so-640199.aspx (a Party department's letter copied
# from its salutation on: its number only in the heading of the template it sends)
BTCTW_LETTER = (
    "Kính\ngửi: Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương\nThực hiện nhiệm vụ Bộ "
    "Chính trị\ngiao (Kế hoạch số 07-KH/TW, ngày 17/8/2022), Ban Tổ chức Trung ương đã chủ "
    "trì,\nphối hợp với các tỉnh ủy xây dựng hướng\ndẫn khung Quy chế làm việc mẫu của cấp ủy "
    "cơ sở.\nNơi nhận:\n- Như trên,\n- Lưu VP, Vụ CSĐ, ĐV.\n|\nK/T\nTRƯỞNG BAN\nPHÓ TRƯỞNG BAN"
    "\nNguyễn Quang Dương\n|\nMẫu 1-QCLV\nĐẢNG\nBỘ …..\nĐẢNG ỦY …..\n-------\n|\nĐẢNG\nCỘNG "
    "SẢN VIỆT NAM\n---------------\n|\nSố:\n- QC/ĐU\n|\n……,\nngày ... tháng ... năm ...\n|\n"
    "Hướng dẫn khung Quy chế làm việc mẫu của đảng ủy cơ\nsở\n(Ban hành kèm theo Công văn số "
    "7619-CV/BTCTW, ngày 30/12/2024 của Ban Tổ\nchức Trung ương)\nQUY\nCHẾ\nlàm\nviệc của Ban "
    "Chấp hành Đảng bộ khóa...\n"
)


def test_a_letters_number_printed_only_over_its_annex_is_its_own() -> None:
    doc = extract(BTCTW_LETTER).document
    assert doc.page == "document"
    assert doc.code is not None and doc.code.canonical == "7619-CV/BTCTW"
    assert doc.date is not None and doc.date.isoformat() == "2024-12-30"


def test_a_letters_annex_of_another_kind_of_text_gives_it_no_number() -> None:
    # the annex of a decision the letter sends on is that decision's, not the letter's
    text = BTCTW_LETTER.replace(
        "kèm theo Công văn số 7619-CV/BTCTW", "kèm theo Quyết định số 79-QĐ/BTCTW"
    )
    assert extract(text).document.code is None


# http://ubmttqvn.quangtri.gov.vn/nvlaws/Quyet-dinh/Quyet-dinh-ban-hanh-Quy-che-hoat-dong-Uy-
# ban-MTTQ-Viet-Nam-tinh-nhiem-ky-2019-2024-85/ (the portal's facts row and the decision's own
# header disagree on the symbol)
MTTQ_FACTS = (
    "Quyết định ban hành Quy chế hoạt động Ủy ban MTTQ Việt Nam tỉnh\n\n\nSố / ký hiệu\n"
    "18/QĐ-MTTQ-BTT\nLoại văn bản\nQuyết định\nCơ quan ban hành\nUỶ BAN MẶT TRẬN TỈNH QUẢNG "
    "TRỊ\nNgày ban hành\n-\nNội dung\nỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ\n  Số: "
    "18/QĐ-MTTQ-UB\n \nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n \n"
    "       Quảng Trị, ngày 30 tháng 9 năm 2019\n \nQUYẾT ĐỊNH\nBan hành Quy chế hoạt động của "
    "Ủy ban Mặt trận Tổ quốc Việt Nam\ntỉnh Quảng Trị khóa XII, nhiệm kỳ 2019 - 2024\n"
)


def test_the_texts_own_header_wins_over_a_portals_facts_row_that_differs() -> None:
    doc = extract(MTTQ_FACTS).document
    assert doc.code is not None and doc.code.canonical == "18/QĐ-MTTQ-UB"
    # where they agree, or the header prints another number, the facts row stands
    agreed = MTTQ_FACTS.replace("18/QĐ-MTTQ-BTT", "18/QĐ-MTTQ-UB")
    assert extract(agreed).document.code.canonical == "18/QĐ-MTTQ-UB"  # type: ignore[union-attr]
    other = MTTQ_FACTS.replace("Số: 18/QĐ-MTTQ-UB", "Số: 19/QĐ-MTTQ-UB")
    assert extract(other).document.code.canonical == "18/QĐ-MTTQ-BTT"  # type: ignore[union-attr]

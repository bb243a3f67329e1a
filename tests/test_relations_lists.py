"""Lists of carried-out and reviewed documents, and which document an edge starts from
(tests/realworld/cases/zu_impl_reviews.json; each row quotes the real page named in its
comment). The host is written HOST.
"""

from __future__ import annotations

import pytest

from ingest import RelationType, classify_relation, extract
from ingest.context import parse_tail
from ingest.text import normalize_text


def edges(text: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of every edge but the weak CITES."""
    return {
        (r.source, r.type.value, r.target)
        for r in extract(text).relations
        if r.type is not RelationType.CITES
    }


def typed(text: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of every edge."""
    return {(r.source, r.type.value, r.target) for r in extract(text).relations}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # https://tinhuyquangtri.vn/ban-thuong-vu-tinh-uy-ban-hanh-ke-hoach-tong-ket-10-nam-thuc-hien-
    # nghi-quyet-so-25-nqtw-cua-ban-chap-hanh-trung-uong-dang-khoa-xi : the provincial programme
    # is the review's third item, not in the Secretariat conclusion's subject; its date is cut
    # short ("28/10/201") and its own subject still follows
    ("Nhằm đánh giá quá trình triển khai thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của "
     "BCH Trung ương Đảng khóa XI, ngày 03/3/2023, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch "
     "số 94-KH/TU về “Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của BCH "
     "Trung ương Đảng khóa XI “về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác "
     "dân vận trong tình hình mới” gắn với Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư "
     "Trung ương Đảng khóa XII về tiếp tục thực hiện Nghị quyết số 25-NQ/TW và Chương trình hành "
     "động số 79-CTHĐ/TU, ngày 28/10/201 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số "
     "25-NQ/TW”.",
     {("HOST", "REVIEWS", "79-CTHĐ/TU"), ("79-CTHĐ/TU", "IMPLEMENTS", "25-NQ/TW"),
      ("43-KL/TW", "IMPLEMENTS", "25-NQ/TW")},
     {("43-KL/TW", "IMPLEMENTS", "79-CTHĐ/TU"), ("HOST", "IMPLEMENTS", "25-NQ/TW")}),
    # http://cand.com.vn/tag/Chi-thi-so-47-CT-TW-68490/ : the same list, the Centre's directive
    # without a subject: the city's directive is its sibling
    ("Ngày 1-9, tại TP Hồ Chí Minh, Thành ủy TP Hồ Chí Minh đã tổ chức Hội nghị sơ kết 2 năm "
     "thực hiện Chỉ thị số 47-CT/TW của Ban Bí thư và Chỉ thị số 31-CT/TU của Ban Thường vụ "
     "Thành ủy về tăng cường lãnh đạo công tác phòng cháy chữa cháy.",
     set(),
     {("47-CT/TW", "IMPLEMENTS", "31-CT/TU"), ("47-CT/TW", "REVIEWS", "31-CT/TU")}),
    # https://htv.com.vn/den-nam-2020-phan-dau-phat-trien-nganh-du-lich-tp-la-nganh-kinh-te-mui-
    # nhon : the Government carries out no city committee's directive either
    ("UBND TP.HCM vừa ban hành Kế hoạch triển khai Nghị quyết số 103/NQ-CP ngày 6/10/2017 của "
     "Chính phủ về ban hành Chương trình hành động thực hiện Nghị quyết số 08-NQ/TW ngày "
     "16/1/2017 của Bộ Chính trị về phát triển du lịch trở thành ngành kinh tế mũi nhọn và Chỉ "
     "thị số 07-CT/TU ngày 16/9/2016 của Ban Thường vụ Thành ủy về nhiệm vụ phát triển ngành "
     "du lịch TP.HCM đến năm 2020.",
     {("HOST", "IMPLEMENTS", "103/NQ-CP"), ("HOST", "IMPLEMENTS", "07-CT/TU")},
     {("103/NQ-CP", "IMPLEMENTS", "07-CT/TU"), ("08-NQ/TW", "IMPLEMENTS", "07-CT/TU")}),
])  # fmt: skip
def test_a_party_committees_text_after_a_centre_subject_is_the_lists_next_item(
    text: str, present: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    found = edges(text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(("text", "expected"), [
    # https://hethongphapluat.com/ke-hoach-206-kh-ubnd-nam-2023-… (Quảng Ngãi): the submission
    # joins the opening's "Thực hiện" list, but it is considered, not carried out
    ("KẾ HOẠCH\nVỀ VIỆC THỰC HIỆN “CHIẾN LƯỢC QUỐC GIA VỀ PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ "
     "ĐẾN NĂM 2030” TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI\nThực hiện Quyết định số 568/QĐ-TTg ngày "
     "24/5/2023 của Thủ tướng Chính phủ về phê duyệt Chiến lược quốc gia về phòng, chống tác "
     "hại của thuốc lá đến năm 2030 và xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số "
     "4294/TTr-SYT ngày 17/11/2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện “Chiến "
     "lược quốc gia về phòng, chống tác hại của thuốc lá đến năm 2030” trên địa bàn tỉnh Quảng "
     "Ngãi, cụ thể như sau:",
     {("HOST", "IMPLEMENTS", "568/QĐ-TTg"), ("HOST", "CITES", "4294/TTr-SYT")}),
    # https://thuviennhadat.vn/vbpl/quyet-dinh-1782-qd-ubnd-2018-… (Bình Định): the same words
    # on a line of their own after the bases, the number wrapped
    ("QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN “HỖ TRỢ HOẠT ĐỘNG BÌNH\nĐẲNG GIỚI "
     "VÙNG DÂN TỘC THIỂU SỐ TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2018 -\n2025”\nCHỦ TỊCH ỦY BAN "
     "NHÂN DÂN TỈNH\nCăn cứ Quyết định số 1898/QĐ-TTg ngày\n28/11/2017 của Thủ tướng Chính phủ "
     "về việc phê duyệt Đề án “Hỗ trợ hoạt động\nbình đẳng giới vùng dân tộc thiểu số giai đoạn "
     "2018 - 2025”;\nXét đề nghị của Ban Dân tộc tại Tờ trình số\n221/TTr-BDT ngày 22/5/2018,\n"
     "QUYẾT ĐỊNH:\n",
     {("HOST", "BASED_ON", "1898/QĐ-TTg"), ("HOST", "CITES", "221/TTr-BDT")}),
    # https://luatminhkhue.vn/nghi-quyet-66-2013-nq-hdnd-tiep-tuc-thuc-hien-nhiem-vu-phat-trien-
    # kinh-te---xa-hoi-nam-2013-do-tinh-quang-binh-ban-hanh.aspx : "xem xét" right before the
    # submission, after the item the resolution carries out
    ("NGHỊ QUYẾT\nVỀ TIẾP TỤC THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2013\n"
     "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG BÌNH\nKHOÁ XVI, KỲ HỌP THỨ 8\n"
     "Để tiếp tục thực hiện có hiệu quả Nghị quyết số 61/2012/NQ-HĐND ngày 08 tháng 12 năm "
     "2012 của Hội đồng nhân dân tỉnh khóa XVI, kỳ họp thứ 6 về nhiệm vụ phát triển kinh tế - "
     "xã hội năm 2013;\n\nQua xem xét Tờ trình số 719/TTr-UBND ngày 05 tháng 7 năm 2013 của "
     "Uỷ ban nhân dân tỉnh Quảng Bình về việc thông qua Nghị quyết về tiếp tục thực hiện nhiệm "
     "vụ phát triển kinh tế - xã hội năm 2013;\n\nQUYẾT NGHỊ:\n",
     {("HOST", "IMPLEMENTS", "61/2012/NQ-HĐND"), ("HOST", "CITES", "719/TTr-UBND")}),
])  # fmt: skip
def test_a_submission_considered_is_cited(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert typed(text) == expected


@pytest.mark.parametrize("lead_in", [
    "va xet de nghi cua giam doc so y te tai to trinh so ",
    # "Qua xem xét Tờ trình số 719/TTr-UBND …" (luatminhkhue.vn, Quảng Bình 66/2013/NQ-HĐND)
    "qua xem xet ",
])
def test_the_consideration_cue_reads_xet_de_nghi(lead_in: str) -> None:
    found = classify_relation(lead_in)
    assert (found.type, found.label) == (RelationType.CITES, "considers")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-1579-QD-TTg-2020-… : the
    # basis line wraps before "ban hành"; the programme's resolution carries out 21-NQ/TW
    ("QUYẾT ĐỊNH\nPHÊ\nDUYỆT CHƯƠNG TRÌNH CHĂM SÓC SỨC KHỎE NGƯỜI CAO TUỔI ĐẾN NĂM 2030\nTHỦ "
     "TƯỚNG CHÍNH PHỦ\nCăn cứ Nghị quyết số 137/NQ-CP ngày 31 tháng 12 năm 2017 của Chính phủ\n"
     "ban hành "
     "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 21-NQ/TW ngày 25 tháng 10 "
     "năm 2017 của Hội nghị\nlần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về công tác "
     "dân số trong\ntình hình mới;\nXét đề nghị của Bộ trưởng Bộ Y tế,\nQUYẾT ĐỊNH:\n",
     {("137/NQ-CP", "IMPLEMENTS", "21-NQ/TW"), ("HOST", "BASED_ON", "137/NQ-CP")},
     {("HOST", "IMPLEMENTS", "21-NQ/TW")}),
    # https://thuvienphapluat.vn/van-ban/The-thao-Y-te/Quyet-dinh-568-QD-TTg-2023-… : the same
    # chain with the line wrapped inside the act ("thực\nhiện")
    ("Căn cứ Nghị quyết 139/NQ-CP\nngày 31 tháng 12 năm 2017 về ban hành chương trình hành "
     "động của Chính phủ thực\nhiện Nghị quyết số 20-NQ/TW ngày 25 tháng\n10 năm 2017 của Hội "
     "nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII;\nTheo đề nghị của Bộ trưởng Bộ "
     "Y tế.\nQUYẾT ĐỊNH:\n",
     {("139/NQ-CP", "IMPLEMENTS", "20-NQ/TW")},
     {("HOST", "IMPLEMENTS", "20-NQ/TW")}),
])  # fmt: skip
def test_a_basis_items_act_on_a_wrapped_line_is_its_own(
    text: str, present: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    found = edges(text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(("text", "present", "absent"), [
    # https://hethongphapluat.com/ke-hoach-206-kh-ubnd-nam-2023-… : the site's list of related
    # texts writes the year before the subject
    ("- 3Nghị quyết 20/NQ-TW năm 2017 về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức "
     "khỏe nhân dân trong tình hình mới do Ban Chấp hành Trung ương ban hành\n- 4Nghị quyết "
     "139/NQ-CP năm 2017 về Chương trình hành động thực hiện Nghị quyết 20-NQ/TW về tăng cường "
     "công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới do Chính phủ "
     "ban hành\n- 5Quyết định 568/QĐ-TTg năm 2023 phê duyệt Chiến lược quốc gia về phòng, chống "
     "tác hại của thuốc lá đến năm 2030 do Thủ tướng Chính phủ ban hành\n",
     {("139/NQ-CP", "IMPLEMENTS", "20-NQ/TW")},
     {("20-NQ/TW", "IMPLEMENTS", "568/QĐ-TTg")}),
    # https://hethongphapluat.com/ke-hoach-91-kh-ubnd-nam-2021-… (Quảng Ngãi): a line that ends
    # "… ban hành" runs on into no next bullet
    ("- 1Nghị quyết 21-NQ/TW năm 2017 về công tác dân số trong tình hình mới do Ban Chấp hành "
     "Trung ương ban hành\n- 2Nghị quyết 137/NQ-CP năm 2017 về Chương trình hành động thực "
     "hiện Nghị quyết 21-NQ/TW về công tác dân số trong tình hình mới do Chính phủ ban hành\n"
     "- 3Quyết định 1679/QĐ-TTg năm 2019 về phê duyệt Chiến lược Dân số Việt Nam đến năm 2030 "
     "do Thủ tướng Chính phủ ban hành\n",
     {("137/NQ-CP", "IMPLEMENTS", "21-NQ/TW")},
     {("21-NQ/TW", "IMPLEMENTS", "1679/QĐ-TTg")}),
])  # fmt: skip
def test_a_site_lists_item_states_what_its_subject_carries_out(
    text: str, present: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    found = edges(text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(("text", "present", "absent"), [
    # https://luatvietnam.vn/chinh-sach/ket-luan-156-kl-tw-2025-thuc-hien-nghi-quyet-33-nq-tw-…:
    # a resolution of the XIth term names no conclusion of the XIIth in its subject; the
    # conclusion is the next item of what 156-KL/TW continues
    ("Kết luận 156-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 33-NQ/TW của Ban "
     "Chấp hành Trung ương Đảng khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam "
     "đáp ứng yêu cầu phát triển bền vững đất nước và Kết luận 76-KL/TW của Bộ Chính trị khóa "
     "XII về tiếp tục thực hiện Nghị quyết 33-NQ/TW\nCơ quan ban hành: Bộ Chính trị\n",
     {("76-KL/TW", "IMPLEMENTS", "33-NQ/TW")},
     {("33-NQ/TW", "IMPLEMENTS", "76-KL/TW")}),
    # https://vienthongke.vn/hoi-nghi-truc-tuyen-toan-quoc-so-ket-5-nam-thuc-hien-chi-thi-so-05-…:
    # a directive of the XIIth term, then ", triển khai" a text of the XIIIth (printed
    # 01-CT/TW for the conclusion): not in the directive's subject
    ("Ngày 12/6, Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc sơ kết 5 năm "
     "thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII “Về đẩy mạnh học tập và làm theo "
     "tư tưởng, đạo đức, phong cách Hồ Chí Minh”, triển khai Kết luận số 01-CT/TW của Bộ Chính "
     "trị khóa XIII về tiếp tục thực hiện Chỉ thị 05-CT/TW.",
     set(),
     {("05-CT/TW", "IMPLEMENTS", "01-CT/TW")}),
])  # fmt: skip
def test_a_centre_subject_names_no_text_of_a_later_term(
    text: str, present: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    found = edges(text)
    assert present <= found
    assert not absent & found


def test_a_glued_ve_viec_opens_the_subject() -> None:
    # https://luatminhkhue.vn/ke-hoach-2516-kh-ubnd-nam-2014-… (Kon Tum): "vềviệc", the space
    # lost in the copy, still opens the letter's subject
    text = (
        "KẾ HOẠCH\n\nTRIỂNKHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ "
        "TƯỚNG CHÍNHPHỦ VỀ QUY ĐỊNH TIÊU CHUẨN XÃ, PHƯỜNG, THỊ TRẤN PHÙ HỢP VỚI TRẺ EM\n\n"
        "Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh "
        "và Xã hội vềviệc triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ.\n\n"
        "Ủy ban nhân dân tỉnh xây dựng kếhoạch triển khai thực hiện, cụ thể như sau:\n"
    )
    assert ("2928/LĐTBXH-BVCSTE", "IMPLEMENTS", "34/2014/QĐ-TTg") in edges(text)


@pytest.mark.parametrize(("text", "body"), [
    # https://nhansu.vn/van-ban-phap-luat/Ke-hoach-458-KH-UBND-2025-…-Hue-684312.html: the
    # steering committee in lower case; its name goes on, and its own "về …" then opens the
    # notice's subject
    ("Căn cứ Kế hoạch số 02-KH/TU, ngày 21/10/2025 của Thành ủy về thực hiện Thông báo số "
     "07-TB/CQTTBCĐ, ngày 15/10/2025 của Cơ quan Thường trực Ban chỉ đạo Trung ương về phát "
     "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về kết luận của đồng chí "
     "Tổng Bí thư Tô Lâm tại Hội nghị sơ kết tình hình triển khai thực hiện Nghị quyết "
     "57-NQ/TW của Bộ Chính trị trong quý III/2025;",
     "Cơ quan Thường trực Ban chỉ đạo Trung ương"),
    # http://phulong.cathai.haiphong.gov.vn/trang-chu/chuong-trinh-to-chuc-cac-hoat-dong-le-hoi-…
    ("Thực hiện sự chỉ đạo của BCH Đảng bộ, thực hiện Kế hoạch số 48/KH-BCĐ của Ban chỉ đạo Lễ "
     "hội Đình Phù Long năm 2023. Ủy ban nhân dân xã Phù Long",
     "Ban chỉ đạo Lễ hội Đình Phù Long"),
])  # fmt: skip
def test_a_steering_committee_in_lower_case_is_one_body(text: str, body: str) -> None:
    norm = normalize_text(text)
    code = "07-TB/CQTTBCĐ" if "07-TB" in text else "48/KH-BCĐ"
    end = norm.text.find(code) + len(code)
    assert parse_tail(norm, end).issuing_body == body


def test_the_notice_after_a_lower_case_committee_reviews_what_its_subject_names() -> None:
    # https://nhansu.vn/van-ban-phap-luat/Ke-hoach-458-KH-UBND-2025-…-Hue-684312.html
    text = (
        "Căn cứ Kế hoạch số 02-KH/TU, ngày 21/10/2025 của Thành ủy về thực hiện Thông báo số "
        "07-TB/CQTTBCĐ, ngày 15/10/2025 của Cơ quan Thường trực Ban chỉ đạo Trung ương về "
        "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về kết luận của đồng "
        "chí Tổng Bí thư Tô Lâm tại Hội nghị sơ kết tình hình triển khai thực hiện Nghị quyết "
        "57-NQ/TW của Bộ Chính trị trong quý III/2025;\n"
    )
    found = edges(text)
    assert ("07-TB/CQTTBCĐ", "REVIEWS", "57-NQ/TW") in found
    assert ("02-KH/TU", "REVIEWS", "57-NQ/TW") not in found


def test_a_persons_title_after_a_comma_goes_on_the_subject() -> None:
    # https://vbpl.ts24.com.vn/support/solutions/articles/16000231875-… (Quy chế 09-QC/TW): "…
    # của đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo tại Hội nghị sơ kết …": the title is
    # the person's, the notice's subject goes on to the review it names
    text = (
        "Ban Bí thư ban hành Quy chế như sau:\n"
        "- Căn cứ Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về phát "
        "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về kết luận của đồng chí "
        "Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm và "
        "nhiệm vụ trọng tâm 6 tháng cuối năm 2025 thực hiện Nghị quyết số 57-NQ/TW;\n"
    )
    norm = normalize_text(text)
    code = "05-TB/BCĐTW"
    subject = parse_tail(norm, norm.text.find(code) + len(code)).subject
    assert subject is not None and subject.endswith("thực hiện Nghị quyết số 57-NQ/TW")
    assert ("05-TB/BCĐTW", "REVIEWS", "57-NQ/TW") in edges(text)


def test_a_basis_clause_run_on_after_a_semicolon_ends_the_openings_carried_out_list() -> None:
    # Vĩnh Phúc 33/KH-UBND of 2019 (https://thuvienphapluat.vn/bulletin/document.aspx?bid=
    # 10f3a4da-a606-4e23-92e2-94678109da2a): "Thực hiện A …; Căn cứ B …; C …, UBND tỉnh xây
    # dựng Kế hoạch": B and C are bases, only A is carried out
    text = (
        "KẾ HOẠCH\nCÔNG TÁC BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG\nNĂM 2019\nThực hiện\nChương trình "
        "hành động số 38-CTr/TU ngày 26/12/2012 của Tỉnh ủy Vĩnh Phúc về việc\nthực hiện Chỉ thị "
        "số 18-CT/TW ngày 04/9/2012 của Ban Bí thư Trung ương Đảng về\ntăng cường sự lãnh đạo của "
        "Đảng đối với công tác đảm bảo trật tự, an toàn giao\nthông; Căn cứ Kế hoạch số "
        "48/KH-UBATGTQG ngày 31/01/2019 của Ủy ban ATGT Quốc\ngia về Kế hoạch năm an toàn giao "
        "thông 2019; Thông báo kết luận số 34/TB-UBND\nngày 31/01/2019 của Chủ tịch UBND tỉnh "
        "Vĩnh Phúc tại Hội nghị tổng kết công tác\nbảo đảm TTATGT năm 2018, nhiệm vụ năm 2019, "
        "UBND\ntỉnh Vĩnh Phúc xây dựng Kế hoạch công tác bảo đảm TTATGT năm 2019, như sau:\n"
        "I. MỤC ĐÍCH\n"
    )
    found = edges(text)
    assert {("HOST", "IMPLEMENTS", "38-CTr/TU"), ("38-CTr/TU", "IMPLEMENTS", "18-CT/TW"),
            ("HOST", "BASED_ON", "48/KH-UBATGTQG"), ("HOST", "BASED_ON", "34/TB-UBND")} <= found
    assert ("HOST", "IMPLEMENTS", "34/TB-UBND") not in found


def test_a_preamble_list_goes_on_after_a_semicolon() -> None:
    # https://text.123docz.net/document/9959559-cong-van-3892bgddt-cua-bo-gd-ve-viec-huong-dan-
    # thuc-hien-nhiem-vu-gd-trung-hoc-nam-hoc-20192020.htm : an OCR'd letter whose header the
    # layout does not find (its "Thực hiện" stands in the body); the list carries both out
    text = (
        "Cong van 3892BGDDT cua Bo GD ve viec huong dan thuc hien nhiem vu GD trung hoc"
        " nam hoc 20192020\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản "
        "đầy đủ của tài liệu tại đây (582.31 KB, 11 trang )\n\nBO GIAO DUC VA DAO TAO\noo\n"
        "\nCONG HOA XA HOI CHU NGHIA VIET NAM\n\nsá##j5GDĐT-GDTrH\n\nV/v hướng dẫn thực hiện"
        " nhiệm vụ\n\ngiáo dục trung học năm học 2019-2020\n\nKính gửi:\n\nĐộc lập - Tự do - "
        "Hạnh phúc\nHà Nơi\n\n\n\nngage thang § nam 2019\n\n- Các sở giáo dục và đảo tạo\n- Các"
        " trường trung học phô thông trực thuộc\n\nThực hiện Chỉ thị số 2268/CT-BGDĐT ngà"
        "y 08/8/2019 về Về nhiệm vụ và giải\npháp năm học 2019- 2020 của ngành Giáo dục;"
        " Quyết định số 2071/QĐ-BGDĐT ngày\n16/6/2017 về việc Ban hành Khung kế hoạch th"
        "ời gian năm học đối với giáo dục mầm non,\ngiáo dục phô thông và giáo dục thườn"
        "g xuyên áp dụng từ năm học 2017- 2018 của Bộ\ntrưởng Bộ Giáo dục và Đào tạo (GD"
        "ĐT), giáo dục trung học tiếp tục triển khai thực hiện\n09 nhóm nhiệm vụ chủ yếu"
        " và 05 giải pháp cơ bản của tồn ngành, trong đó tập trung\nphương hướng và thực"
        " hiện các nhiệm vụ sau:"
    )
    assert {("HOST", "IMPLEMENTS", "2268/CT-BGDĐT"), ("HOST", "IMPLEMENTS", "2071/QĐ-BGDĐT")} <= (
        typed(text)
    )

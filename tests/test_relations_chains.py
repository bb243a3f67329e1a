"""Chains and lists of carried-out documents: the source of an edge is the document the words
are about (tests/realworld/cases/zo_impl_chains.json; each row quotes the real page named in
its comment). The host is written HOST.
"""

from __future__ import annotations

import pytest

from ingest import RelationType, classify_relation, extract


def edges(text: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of every IMPLEMENTS/REVIEWS edge."""
    return {
        (r.source, r.type.value, r.target)
        for r in extract(text).relations
        if r.type.value in ("IMPLEMENTS", "REVIEWS")
    }


@pytest.mark.parametrize(("text", "expected"), [
    # https://ls1.hethongphapluat.com/quyet-dinh-795-qd-ubnd-nam-2016-… (Vĩnh Long): the plan
    # carries out the PM's programme, named without a code; the directive is the programme's
    ("QUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA THỦ "
     "TƯỚNG CHÍNH PHỦ VỀ VIỆC THỰC HIỆN CHỈ THỊ SỐ 47-CT/TW NGÀY 25/6/2015 CỦA BAN BÍ THƯ "
     "TRUNG ƯƠNG ĐẢNG VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC PHÒNG CHÁY, CHỮA "
     "CHÁY\n\nCHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH VĨNH LONG\n\n",
     set()),
    # the same shape with a review: the plan of the provincial committee reviews the resolution
    # (pattern of "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về sơ kết …" openings)
    ("Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về sơ kết 5 năm thực hiện Nghị quyết số "
     "33-NQ/TW ngày 09/6/2014 của Ban Chấp hành Trung ương Đảng, Ban Thường vụ Huyện ủy xây "
     "dựng kế hoạch như sau:",
     set()),
    # "… ban hành Chương trình hành động của Chính phủ thực hiện …" is the host's own text: its
    # verb issues, it does not carry a programme out (d-chinhphu-03-nq-cp-57-nq-tw)
    ("NGHỊ QUYẾT\nBan hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số "
     "57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị\n",
     {("HOST", "IMPLEMENTS", "57-NQ/TW")}),
])  # fmt: skip
def test_a_text_named_without_a_code_owns_what_its_subject_carries_out(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # https://thuvienphapluat.vn/van-ban/Giao-thong-Van-tai/Ke-hoach-29-KH-UBND-2024-… (Bình
    # Định): the ministry's name read in full, "Bộ Giao thông vận tải", so its act "ban hành Kế
    # hoạch triển khai Chỉ thị …" is the decision's subject
    ("Thực hiện Quyết định số\n64/QĐ-BGTVT ngày 22/01/2024 của Bộ Giao thông vận tải ban hành "
     "Kế hoạch triển\nkhai Chỉ thị số 31/CT-TTg ngày 21 tháng 12 năm 2023 của Thủ tướng Chính "
     "phủ về tăng cường công tác bảo đảm trật tự, an toàn giao thông cho lứa tuổi học sinh; "
     "Uỷ ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau:",
     {("HOST", "IMPLEMENTS", "64/QĐ-BGTVT"), ("64/QĐ-BGTVT", "IMPLEMENTS", "31/CT-TTg")}),
    # https://tapchimoitruong.vn/ios/phap-luat--chinh-sach-16/ha-noi-bao-dam-an-ninh-… : "Ban
    # thường vụ Thành ủy" in lower case, and "triển khai" right after it is the act, not the name
    ("Ngày 5/10/2023, UBND TP. Hà Nội đã ban hành Kế hoạch số 244/KH-UBND về việc triển khai "
     "thực hiện Chương trình hành động số 27-CTr/TU ngày 20/4/2023 của Ban thường vụ Thành ủy "
     "triển khai thực hiện Kết luận số 36-KL/TW ngày 23/6/2022 của Bộ Chính trị về bảo đảm an "
     "ninh nguồn nước.",
     {("HOST", "IMPLEMENTS", "27-CTr/TU"), ("27-CTr/TU", "IMPLEMENTS", "36-KL/TW")}),
])  # fmt: skip
def test_the_vehicle_of_a_chain_is_read_with_its_whole_issuer(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # https://thuviennhadat.vn/vbpl/quyet-dinh-456-qd-ubdt-nam-2014-… : the notice joined by
    # "và" after the directive's topic is the list's next item, though its kind differs
    ("ỦY BAN DÂN TỘC\n--------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: "
     "456/QĐ-UBDT\n|\nHà Nội, ngày 07\ntháng 11 năm 2014\n|\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ "
     "HOẠCH THỰC HIỆN NÂNG CAO HIỆU LỰC, HIỆU QUẢ QUẢN LÝ\nNHÀ NƯỚC VỀ CÔNG TÁC DÂN TỘC\n"
     "QUYẾT ĐỊNH:\n"
     "Điều 1: Ban hành kèm theo quyết định này Kế hoạch thực hiện nâng cao hiệu lực, hiệu quả "
     "quản lý nhà nước về công tác dân tộc của Ủy ban Dân tộc để thực hiện Chỉ thị số "
     "28/CT-TTg, ngày 10/9/2014 của Thủ tướng Chính phủ về nâng cao hiệu lực, hiệu quả quản "
     "lý nhà nước về công tác dân tộc và Thông báo số 286/TB-VPCP, ngày 24/7/2014 của Văn "
     "phòng Chính phủ thông báo Kết luận của Thủ tướng Chính phủ.",
     {("HOST", "IMPLEMENTS", "28/CT-TTg"), ("HOST", "IMPLEMENTS", "286/TB-VPCP")}),
    # https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-1669-QD-TTg-2025-… : after a subject that
    # carries out a resolution, "và Kết luận số 76-KL/TW" goes on with that act's objects
    ("Căn cứ Kết luận số 156-KL/TW ngày 21 tháng 5 năm 2025 của Bộ Chính trị khóa XIII về "
     "việc tiếp tục thực hiện Nghị quyết số 33-NQ/TW ngày 09 tháng 6 năm 2014 của Ban Chấp "
     "hành Trung ương Đảng khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam đáp "
     "ứng yêu cầu phát triển bền vững đất nước và Kết luận số 76-KL/TW;",
     {("156-KL/TW", "IMPLEMENTS", "33-NQ/TW"), ("156-KL/TW", "IMPLEMENTS", "76-KL/TW")}),
])  # fmt: skip
def test_a_document_joined_by_and_after_a_topic_is_the_next_item(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(text) == expected


def test_reviewing_the_programme_a_decision_issued_reviews_the_decision() -> None:
    # https://vanban123.vn/Cong-van/cong-van-7019-vpcp-tccv-… : no bracket around the annex cue
    text = (
        "VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 7019/VPCP-TCCV | Hà "
        "Nội, ngày 04 tháng 10 năm 2010 |\nKính gửi: Bộ Nội vụ\nThủ tướng Chính phủ có ý kiến "
        "chỉ đạo như sau:\n"
        "1. Đồng ý tổ chức Hội nghị toàn quốc vào tháng 12 năm 2010 tại Hà Nội để tổng kết "
        "thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2001-2010 ban "
        "hành kèm theo Quyết định số 136/2001/QĐ-TTg ngày 17 tháng 9 năm 2001 của Thủ tướng "
        "Chính phủ."
    )
    assert edges(text) == {("HOST", "REVIEWS", "136/2001/QĐ-TTg")}


@pytest.mark.parametrize(("text", "body"), [
    ("Căn cứ Quyết định số 64/QĐ-BGTVT ngày 22/01/2024 của Bộ Giao thông vận tải giao nhiệm "
     "vụ;", "Bộ Giao thông vận tải"),
    ("Căn cứ Thông tư số 02/2017/TT-BTTTT ngày 04/4/2017 của Bộ Thông tin và Truyền thông;",
     "Bộ Thông tin và Truyền thông"),
    ("Căn cứ Quyết định số 1/QĐ-BTNMT ngày 04/4/2017 của Bộ Tài nguyên và Môi trường;",
     "Bộ Tài nguyên và Môi trường"),
    ("theo Kế hoạch số 27-CTr/TU ngày 20/4/2023 của Ban thường vụ Thành ủy triển khai thực "
     "hiện Kết luận", "Ban thường vụ Thành ủy"),
    ("Căn cứ Thông tư số 05/2022/TT-BNNPTNT ngày 25 tháng 7 năm 2022 của Bộ Nông nghiệp và "
     "Phát triển nông thôn về hướng dẫn;", "Bộ Nông nghiệp và Phát triển nông thôn"),
])  # fmt: skip
def test_ministry_names_read_in_full(text: str, body: str) -> None:
    ref = [r for r in extract(text).references if r.code is not None][0]
    assert ref.issuing_body == body


@pytest.mark.parametrize(("lead_in", "label"), [
    # https://text.123docz.net/document/12849335-… (Kết luận 445-KL/TU, Thừa Thiên Huế)
    ("sau 10 nam thuc hien ", "years_after"),
    # https://vinhuni.edu.vn/ket-luan-cua-bo-chinh-tri-ve-thuc-hien-doi-moi-can-ban-… (91-KL/TW)
    ("sau 10 nam trien khai thuc hien\n", "years_after"),
    ("sau gan 10 nam thuc hien ", "years_after"),
])  # fmt: skip
def test_the_years_after_carrying_a_text_out_review_it(lead_in: str, label: str) -> None:
    found = classify_relation(lead_in)
    assert (found.type, found.label) == (RelationType.REVIEWS, label)


def test_a_sections_assessment_of_the_years_since_a_resolution_reviews_it_in_the_body() -> None:
    # https://text.123docz.net/document/12849335-221-bs-sao-kl-ve-xd-ket-cau-ha-tang-pdf.htm
    text = (
        "TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TU\nThừa Thiên Huế, ngày 13 "
        "tháng 5 năm 2022\nKẾT LUẬN\nHỘI NGHỊ LẦN THỨ BẢY\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)\n"
        "về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,\nđịnh hướng đến năm 2030\n"
        "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp\nngày 26/4/2022 đã thảo "
        "luận Tờ trình của Ban Thường vụ Tỉnh ủy, Báo cáo\ncủa Ban cán sự đảng UBND tỉnh và kết "
        "luận:\nI. ĐÁNH GIÁ TÌNH HÌNH\nSau 10 năm thực hiện Nghị quyết 13-NQ/TU của Tỉnh ủy (khóa "
        "XIV),\nhệ thống kết cấu hạ tầng trên địa bàn tỉnh có bước phát triển nhanh."
    )
    assert edges(text) == {("HOST", "REVIEWS", "13-NQ/TU")}


@pytest.mark.parametrize(("text", "expected"), [
    # the shape of a Party plan's title then its opening (the brief's family: a district plan
    # carrying out the province's plan on a Politburo directive, zo_impl_chains notes): the
    # opening's "Thực hiện" starts a new sentence, no subject of the title's last document
    ("HUYỆN ỦY TÂN YÊN\n*\nSố 45-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Yên, ngày 10 tháng 3 năm "
     "2023\n\nKẾ HOẠCH\nthực hiện Kế hoạch số 58-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Chỉ "
     "thị số 05-CT/TW của Bộ Chính trị\n\nThực hiện Kế hoạch số 58-KH/TU ngày 01/6/2021 của "
     "Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban "
     "Thường vụ Huyện ủy ban hành kế hoạch như sau:\n",
     {("HOST", "IMPLEMENTS", "58-KH/TU"), ("58-KH/TU", "IMPLEMENTS", "05-CT/TW")}),
])  # fmt: skip
def test_an_opening_after_the_title_is_no_subject_of_the_titles_last_document(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(text) == expected

"""The main document's IMPLEMENTS/REVIEWS edges, read from real snippets (issue 12).

Each row quotes the real page it comes from (tests/realworld cases named in the comment);
the expected edges are the labelled ones, with the host written HOST.
"""

from __future__ import annotations

import pytest

from ingest import RelationType, classify_relation, extract
from ingest.text import normalize_text


def host_edges(text: str) -> set[tuple[str, str]]:
    """(type, target) of every edge the host document states."""
    return {(r.type.value, r.target) for r in extract(text).relations if r.source == "HOST"}


@pytest.mark.parametrize(("text", "implemented"), [
    # p-hue-loctien-…: "về“Tuyên truyền …”" (the space before the quote lost) is the previous
    # plan's subject; its "tuyên truyền" is no cue for the guidance listed after it
    ("Ban Tuyên giáo Huyện ủy đề nghị các địa phương, đơn vị chỉ đạo, triển khai thực hiện "
     "công tác tuyên truyền về Đại hội như sau:\n\n1. Tiếp tục thực hiện Chỉ thị số 38-CT/TU, "
     "ngày 18/7/2019 của Ban Thường vụ Tỉnh ủy về “Đại hội đảng bộ các cấp”, Kế hoạch "
     "112-KH/HU, ngày 22/01/2020 của Ban Thường vụ Huyện ủy về“Tuyên truyền đại hội đảng bộ "
     "các cấp”, Hướng dẫn số 13-HD/BTGHU, ngày 04/02/2020 của Ban Tuyên giáo Huyện ủy về "
     "“Tuyên truyền đại hội đảng bộ các cấp”",
     {"38-CT/TU", "112-KH/HU", "13-HD/BTGHU"}),
    # s-longan-tayninh-tom-tat-de-an-…: every clause of the opening on a paragraph of its own
    ("TÓM TẮT ĐỀ ÁN\n\nSẮP XẾP, SÁP NHẬP ĐƠN VỊ HÀNH CHÍNH\n\nTỈNH LONG AN VÀ TỈNH TÂY NINH\n\n"
     "Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển "
     "khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị;\n\n"
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;\n\n"
     "Căn cứ Nghị quyết số 74/NQ-CP ngày 07/4/2025 của Chính phủ ban hành Kế hoạch thực hiện "
     "sắp xếp ĐVHC và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp,\n\n"
     "Sau khi phối hợp, tỉnh Tây Ninh tỉnh Long An xây dựng nội dung tóm tắt Đề án sáp nhập "
     "đơn vị hành chính (ĐVHC) cấp tỉnh như sau:\n\nI. VỀ SỰ CẦN THIẾT SẮP XẾP ĐVHC CẤP TỈNH\n",
     {"127-KL/TW"}),
])  # fmt: skip
def test_the_host_implements_what_its_opening_carries_out(text: str, implemented: set[str]) -> None:
    assert {t for kind, t in host_edges(text) if kind == "IMPLEMENTS"} == implemented


# r-bentre-giongtrom-bc-ubnd-…: a copy without blank lines; the report's opening ends at "như
# sau:" and its first section tells what the district did with a provincial decision
_GIONG_TROM = (
    "ỦY BAN NHÂN DÂN\nHUYỆN GIỒNG TRƠM\n\nSố:\n\n/BC-UBND\n\nGiồng Trơm, ngày\n\ntháng 11 năm "
    "2023\n\nBÁO CÁO\nTình hình thực hiện các mục tiêu phát triển\nbền vững trên địa bàn huyện "
    "Giồng Trơm năm 2023\nKính gửi: Sở Kế hoạch và Đầu tư\nThực hiện Công văn số 3338/SKHĐT-TH "
    "ngày 19 tháng 11 năm 2023\ncủa Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện các "
    "mục tiêu\nphát triển bền vững trên địa bàn năm 2023, Ủy ban nhân dân huyện Giồng Trơm\nbáo "
    "cáo tình hình thực hiện các mục tiêu phát triển bền vững trên địa bàn huyện\nGiồng Trôm năm "
    "2023 như sau:\nI. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN KẾ HOẠCH\nThực hiện Quyết định số "
    "2699/QĐ-UBND ngày 14 tháng 12 năm 2018\ncủa Ủy ban nhân dân tỉnh Bến Tre về việc ban hành kế "
    "hoạc hành động phát\ntriển bền vững tỉnh Bến tre đến năm 2030, Ủy ban nhân dân huyện đã triển "
    "khai\nđến các ban, ngành, đoàn thể huyện và các xã, thị trấn.\n"
)
# g-bac-ninh-186-kh-ubnd-2025-…: a purpose section right after "như sau:" restates what the
# plan carries out (labelled IMPLEMENTS), so the opening goes on into it
_BAC_NINH = (
    "Số: 186/KH-UBND |\nBắc Ninh, ngày 29 tháng 12 năm 2025 |\nKẾ HOẠCH\nPHÁT TRIỂN CHÍNH QUYỀN "
    "SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026-2030\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
    "Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc "
    "gia;\nỦy ban nhân dân tỉnh ban hành Kế hoạch phát triển Chính quyền số tỉnh Bắc Ninh giai "
    "đoạn 2026-2030, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n- Tiếp tục nêu cao tinh thần trách "
    "nhiệm, tiên phong, gương mẫu trong quá trình triển khai thực hiện các nhiệm vụ được giao "
    "tại Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n"
)


@pytest.mark.parametrize(("text", "implemented"), [
    (_GIONG_TROM, {"3338/SKHĐT-TH"}),
    (_BAC_NINH, {"57-NQ/TW"}),
])  # fmt: skip
def test_the_opening_ends_where_the_first_section_below_its_colon_starts(
    text: str, implemented: set[str]
) -> None:
    assert {t for kind, t in host_edges(text) if kind == "IMPLEMENTS"} == implemented


# w-dongnai-kh-424-nq-cp-…: a provincial portal's item on a plan; the sentence after the lead
# gives the plan's purpose, which is what the plan carries out
_DONG_NAI_LEAD = (
    "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành, yêu cầu Thủ trưởng các cơ "
    "quan, đơn vị, địa phương liên quan căn cứ Kế hoạch này triển khai thực hiện nghiêm túc, "
    "hiệu quả.\n"
)
_DONG_NAI_PURPOSE = (
    "Với Mục đích tổ chức cụ thể hóa kịp thời và thực hiện đầy đủ, hiệu quả các nhiệm vụ, giải "
    "pháp của Nghị quyết số 257/2025/QH15, Nghị quyết số 424/NQ-CP. Xác định rõ nội dung nhiệm "
    "vụ, thời hạn, tiến độ hoàn thành.\n"
)
_DONG_NAI_LATER = (
    "Yêu cầu các đơn vị liên quan bám sát mục tiêu, nhiệm vụ của Nghị quyết số 257/2025/QH15; "
    "bảo đảm thực hiện nghiêm túc, hiệu quả.\n"
)


@pytest.mark.parametrize(("text", "implemented"), [
    (_DONG_NAI_LEAD + _DONG_NAI_PURPOSE + _DONG_NAI_LATER, {"257/2025/QH15", "424/NQ-CP"}),
    # the purpose is the reported plan's only right after the lead, not further down
    (_DONG_NAI_LEAD + _DONG_NAI_LATER + _DONG_NAI_PURPOSE, set()),
])  # fmt: skip
def test_a_reports_purpose_sentence_after_its_lead_states_what_the_plan_carries_out(
    text: str, implemented: set[str]
) -> None:
    assert {t for kind, t in host_edges(text) if kind == "IMPLEMENTS"} == implemented


# b-hanoi-longbien-… / c-long-bien-…: "Trong đó, …" goes on about the plans the lead reports,
# and the list its "gồm:" opens is what the joint plan carries out
_LONG_BIEN = (
    "(HNM) - Ban Chấp hành Đảng bộ quận Long Biên vừa thông qua 9 kế hoạch thực hiện 10 chương "
    "trình công tác toàn khóa của Thành ủy Hà Nội khóa XVII.\n\nTrong đó, ngoài 8 kế hoạch tương "
    "ứng với 8 chương trình công tác của Thành ủy, quận xây dựng 1 kế hoạch thực hiện chung 2 "
    "chương trình của Thành ủy, gồm: Chương trình số 02-CTr/TU về “Đẩy mạnh đổi mới mô hình tăng "
    "trưởng, cơ cấu lại nền kinh tế” và Chương trình số 04-CTr/TU về “Đẩy mạnh thực hiện hiệu "
    "quả Chương trình mục tiêu quốc gia xây dựng nông thôn mới”.\n"
)
# y-tuyenquang-3863-…: "Theo đó, UBND tỉnh có ý kiến như sau: …" opens the letter's requests,
# no list; a notice those requests name stays a citation
_TUYEN_QUANG = (
    "Ngày 11/10/2021, UBND tỉnh Tuyên Quang có Công văn số 3863 /UBND-ĐTXD về việc triển khai "
    "thực hiện Công điện số 1322/CĐ-TTg ngày 10/10/2021 của Thủ tướng Chính phủ.\n\nTheo đó, UBND "
    "tỉnh có ý kiến như sau: Các cơ quan, đơn vị theo chức năng, nhiệm vụ, quyền hạn chủ động "
    "thực hiện và phối hợp chặt chẽ với các cơ quan, đơn vị liên quan khẩn trương tổ chức thực "
    "hiện nghiêm, có hiệu quả các nội dung yêu cầu của Thủ tướng Chính phủ tại Công điện và chỉ "
    "đạo của Ủy ban nhân dân tỉnh về triển khai thực hiện Thông báo số 263/TB-VPCP ngày "
    "08/10/2021 của Văn phòng Chính phủ.\n"
)


@pytest.mark.parametrize(("text", "implemented"), [
    (_LONG_BIEN, {"02-CTr/TU", "04-CTr/TU"}),
    (_TUYEN_QUANG, {"1322/CĐ-TTg"}),
])  # fmt: skip
def test_the_sentence_after_a_reports_lead_and_the_list_it_opens(
    text: str, implemented: set[str]
) -> None:
    assert {t for kind, t in host_edges(text) if kind == "IMPLEMENTS"} == implemented


def test_building_on_a_former_programmes_results_is_no_implementing_it() -> None:
    # i-hanoi-haibatrung-quan-uy-12-ctr-qu-2011: the item of the opening list has a verb of
    # its own; the evaluation of the former programme below still reviews it
    text = (
        "QUẬN UỶ HAI BÀ TRƯNG\n\n*\n\nSố 12-CTr/QU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nQuận Hai Bà Trưng, "
        "ngày 21 tháng 7 năm 2011\n\nCHƯƠNG TRÌNH\n\nQuy hoạch xây dựng, phát triển đô thị - hạ "
        "tầng kỹ thuật, bảo vệ và\n\ncải thiện môi trường trên địa bàn Quận Hai Bà Trưng giai đoạn "
        "2011 - 2015\n\nThực hiện Nghị quyết Đại hội Đảng bộ Quận Hai Bà Trưng lần thứ XXIV; Tiếp "
        "tục phát huy kết quả Chương trình 02-CTr/QU về “Quy hoạch xây dựng, phát triển và quản lý "
        "đô thị quận Hai Bà Trưng giai đoạn 2006 - 2010”. Ban Chấp hành Đảng bộ quận Hai Bà Trưng "
        "đã xây dựng chương trình như sau:\n\nPHẦN THỨ NHẤT\n\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHƯƠNG "
        "TRÌNH 02-CTr/QU CỦA QUẬN ỦY\n"
    )
    assert host_edges(text) == {("REVIEWS", "02-CTr/QU")}


@pytest.mark.parametrize(("lead_in", "expected"), [
    # zg-vantu-mam-non-…: "Căn cứ kết quả thực hiện Kế hoạch số 268/KH-UBND …" is a basis
    ("Căn cứ kết quả thực hiện ", RelationType.BASED_ON),
    ("Căn cứ vào kết quả 5 năm triển khai thực hiện ", RelationType.BASED_ON),
    # without the basis word the results are reviewed
    ("Báo cáo kết quả thực hiện ", RelationType.REVIEWS),
])  # fmt: skip
def test_the_results_of_a_text_named_as_a_basis_are_a_basis(
    lead_in: str, expected: RelationType
) -> None:
    assert classify_relation(normalize_text(lead_in).shadow).type is expected


def test_a_quoted_title_ends_the_subject_before_the_next_listed_document() -> None:
    # d-trap-ttg-22-ttg-v-iii-217-glued: 'về việc ban hành "Quy chế …" vàQuyết định số
    # 218-QĐ/TW': the second decision is the list's next item, not inside the first one's title
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\n-------\n\nSố: 22/TTg-V .III\n\nHà Nội, ngày 07 tháng 01 năm 2014\n\n"
        "Kính gửi:\n\n- Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính "
        "phủ;\n\nĐể triển khai Quyết định số 217-QĐ/TWngày 12 tháng 12 năm 2013 về việc ban hành "
        "\"Quy chế giám sát và phản biệnxã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính "
        "trị - xã hội\" vàQuyết định số 218-QĐ/TW ngày 12 tháng 12 năm 2013 về việc ban hành \"Quy"
        "định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham "
        "gia góp ý xây dựng Đảng, xây dựng chính quyền\" của Bộ Chính trị,Thủ tướng Chính phủ yêu "
        "cầu:\n"
    )
    relations = extract(text).relations
    assert not [r for r in relations if r.source == "217-QĐ/TW"]
    assert ("IMPLEMENTS", "217-QĐ/TW") in host_edges(text)


# h-hanoi-15-ct-ubnd-kehoach-ktxh-2016-2020: the directive's first paragraph tells results and
# names no document; the purpose clause of the next one says what it carries out
_HA_NOI_HEAD = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\n-------\n\nSố: 15/CT-UBND\n\nHà Nội, ngày 29 tháng 08 "
    "năm 2014\n\nCHỈ THỊ\n\nVỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ-XÃ HỘI 5 NĂM 2016-2020"
    "\n\nThực hiện Nghị quyết Đại hội đại biểu lần thứ XV Đảng bộ Thành phố và Nghị quyết HĐND "
    "Thành phố Hà Nội về kế hoạch phát triển kinh tế - xã hội 5 năm 2010-2015, các cấp, các "
    "ngành, cộng đồng doanh nghiệp và nhân dân Thủ đô đã nỗ lực vượt qua khó khăn thách thức, "
    "đạt được những thành tựu quan trọng.\n\n"
)
_HA_NOI_PURPOSE = (
    "Để tiếp tục phát huy các kết quả đã đạt được, vượt qua các khó khăn thách thức, thực hiện "
    "thắng lợi “Quy hoạch phát triển kinh tế-xã hội thành phố Hà Nội đến năm 2020” thực hiện "
    "Chỉ thị số 22/CT-TTg ngày 05/8/2014 của Thủ tướng Chính phủ\n"
)


@pytest.mark.parametrize(("text", "implemented"), [
    (_HA_NOI_HEAD + _HA_NOI_PURPOSE, {"22/CT-TTg"}),
    # "Đề án …" is no purpose clause ("Để" and "Đề" differ only in the text, not the shadow)
    (_HA_NOI_HEAD + _HA_NOI_PURPOSE.replace("Để tiếp tục phát huy", "Đề án tiếp tục phát huy"),
     set()),
])  # fmt: skip
def test_a_purpose_paragraph_after_an_opening_that_names_no_document(
    text: str, implemented: set[str]
) -> None:
    assert {t for kind, t in host_edges(text) if kind == "IMPLEMENTS"} == implemented


# j-agiang-hnd-btgtu-cv-96-hd-btgtw: a farmers' union portal relays a provincial board's
# letter it links to; the letter carries out the central board's guidance
_AN_GIANG = (
    "Tuyên truyền\n\nKỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân\n\n03/03/2023 17:11\n\n"
    "Thực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên "
    "truyền kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân, lãnh đạo tiền bối tiêu biểu của "
    "Đảng và cách mạng Việt Nam (17/3/1913 - 17/3/2023).\n\nBan Tuyên giáo Tỉnh ủy đề nghị các "
    "địa phương, đơn vị quan tâm tuyên truyền về sự kiện theo các nội dung nêu trong Hướng dẫn "
    "số 54-HD/BTGTU, ngày 12/02/2022 của Ban Tuyên giáo Tỉnh ủy tuyên truyền kỷ niệm các ngày "
    "lễ lớn và sự kiện lịch sử quan trọng trong năm 2023.\n\n"
)
_AN_GIANG_NOTE = "Nội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây\n"


def test_a_portal_item_linking_a_bodys_letter_reports_it() -> None:
    result = extract(_AN_GIANG + _AN_GIANG_NOTE)
    assert result.document.page == "report" and result.document.kind == "Công văn"
    assert host_edges(_AN_GIANG + _AN_GIANG_NOTE) == {
        ("IMPLEMENTS", "96-HD/BTGTW"), ("CITES", "54-HD/BTGTU"),
    }
    # without the note linking the letter, the item only tells of it
    assert extract(_AN_GIANG).document.page == "other"


def test_a_heading_repeated_above_the_header_gives_way_to_the_documents_own() -> None:
    # zi-xsonvi-hagiang-07-tb-ubnd-…: a commune portal repeats the notice's heading and subject
    # above its header, blank lines between every line; the opening is below the own heading
    text = (
        "THÔNG BÁO\n\nV/v Tạm dừng họp chợ phiên xã Sơn Vĩ\n\n21/07/2021 08:25 145 lượt xem\n\n"
        "ỦY BAN NHÂN DÂN\n\nXÃ SƠN VĨ\n\n \n \n\n \n\n \n\nSố:   07 /TB-UBND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n \n \n\n \n\n "
        "\n\nSơn Vĩ, ngày  21 tháng 7  năm 2021\n\n \n\n \n\nTHÔNG BÁO\n\nV/v Tạm dừng họp "
        "chợ phiên xã Sơn Vĩ\n\n \n \n\n \n\n "
        "\n\nThực hiện Kết luận số 867-KL/HU ngày 20 tháng 7 năm 2021 Kết luận của đồng chí Bí thư "
        "Huyện ủy huyện Mèo Vạc tại buổi làm việc với Ban chỉ đạo phòng chống dịch Covid -19 trên "
        "địa bàn huyện Mèo Vạc.\n\nUỷ ban nhân dân xã Sơn Vĩ thông báo tạm dừng tất cả các hoạt "
        "động kinh doanh, buôn bán hàng hoá tại Chợ phiên xã Sơn Vĩ.\n"
    )
    assert ("IMPLEMENTS", "867-KL/HU") in host_edges(text)


# zc-prec-vdb-…: the intro presents the full text of a secretary's directions; the plan the
# directions tell of is no document the page reports
_VDB = (
    "Thi đua lập thành tích chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội Đại biểu Đảng bộ "
    "NHPT lần thứ III nhiệm kỳ 2020-2025\n\nChào mừng đại hội đảng bộ các cấp, tiến tới Đại hội "
    "Đại biểu Đảng bộ NHPT lần thứ III nhiệm kỳ 2020-2025, đồngchí Lương Hải Sinh, Bí thư Đảng "
    "ủy, Chủ tịch HĐQT NHPT đã có những ý kiến chỉ đạo cụ thể hoạt động của Đảng bộ, các đảng "
    "bộ/chi bộ trực thuộc và các tổ chức chính trị xã hội, người lao động NHPT. Website VDB trân "
    "trọng giới thiệu toàn văn nội dung này.\n\nLương Hải Sinh\nBí thư Đảng ủy-Chủ tịch HĐQT "
    "NHPT\n\n     Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019, hướng dẫn số 26-HD/BTCTW, ngày "
    "18/10/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc "
    "lần thứ XIII của Đảng; Kế hoạch số 81-KH/ĐUK ngày 15/8/2019; Hướng dẫn số 23-HD/ĐUK, ngày "
    "28/11/2019 của Đảng ủy Khối Doanh nghiệp Trung ương “một số nội dung về đại hội đảng bộ các "
    "cấp. Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã ban hành Kế hoạch số 101-KH/ĐU về tổ "
    "chức đại hội đảng các cấp tiến tới Đại hội đại biểu lần thứ III Đảng bộ NHPT nhiệm kỳ 2020 "
    "– 2025.\n"
)
# the control: a lead that issues the directive, then the cue naming it (a provincial portal)
_YEN_BAI = (
    "CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17-CT/TU về việc "
    "tăng cường sự lãnh đạo của các cấp ủy, tổ chức đảng đối với công tác điều tra, nắm bắt, "
    "nghiên cứu, định hướng dư luận xã hội trong tình hình mới.\nNội dung Chỉ thị như sau:\n"
    "Trong những năm qua, quán triệt và thực hiện Kết luận số 100-KL/TW ngày 18/8/2014 của Ban "
    "Bí thư, công tác điều tra, nắm bắt dư luận xã hội đạt nhiều kết quả quan trọng.\n"
)


def test_an_act_told_inside_the_presented_text_is_no_report() -> None:
    assert extract(_VDB).document.page == "other"
    assert not {kind for kind, _ in host_edges(_VDB)} - {"CITES"}
    assert extract(_YEN_BAI).document.page == "document"  # the repost of the directive


@pytest.mark.parametrize(("header", "title", "edges"), [
    # zv-hethongphapluat-1394-ubnd-vx-hcm (https://hethongphapluat.com/cong-van-1394-ubnd-vx-
    # nam-2020-…): a letter's subject under its number line says what it carries out
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n\nSố: 1394/UBND-VX\nVề tiếp tục triển "
     "khai thực hiện Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ\n\n"
     "Thành phố Hồ Chí Minh, ngày 16 tháng 4 năm 2020\n\n \n\nKính gửi:\n\n- Thủ trưởng các Sở "
     "- ban - ngành;\n",
     "Về tiếp tục triển khai thực hiện Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ "
     "tướng Chính phủ",
     {("IMPLEMENTS", "16/CT-TTg")}),
    # u-bgddt-4555-… (https://hethongphapluat.vn/cong-van-4555-bgddt-gdpt-nam-2025-…): "V/v"
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n--------\n\nSố: 4555/BGDĐT-GDPT\nV/v hướng dẫn thực hiện nhiệm "
     "vụ giáo dục phổ thông năm học 2025-2026\n\nHà Nội, ngày 05 tháng 8 năm 2025\n\n \n\nKính "
     "gửi: Các Sở Giáo dục và Đào tạo.\n",
     "V/v hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025-2026", set()),
])  # fmt: skip
def test_a_letters_subject_under_its_number_line_is_its_title(
    header: str, title: str, edges: set[tuple[str, str]]
) -> None:
    found = extract(header)
    assert found.document.title == title
    assert {(r.type.value, r.target) for r in found.relations if r.source == "HOST"} == edges


@pytest.mark.parametrize(("text", "implemented", "cited"), [
    # zo-vinhphuc-hoi-ctd-…: a portal's plan without header; its intro carries the guidance out
    # (http://chuthapdo.vinhphuc.gov.vn/ke-hoach-to-chuc-thang-nhan-dao-nam-2019/)
    ("Kế hoạch tổ chức “Tháng Nhân đạo” năm 2019\n\nThực hiện Hướng dẫn số 48/HD-TƯHCTĐ ngày "
     "15/02/2019 của Trung ương Hội Chữ thập đỏ Việt Nam Về việc triển khai “Tháng Nhân đạo” năm "
     "2019. Hội Chữ thập đỏ tỉnh triển khai Kế hoạch tổ chức “Tháng Nhân đạo” năm 2019 với các "
     "nội dung như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n",
     {"48/HD-TWHCTĐ"}, set()),
    # zt-hethongphapluat-binhthuan-49-2015-…: the last line of a decision's basis block carries
    # a council's letter out, before "QUYẾT ĐỊNH:" (hethongphapluat.vn/quyet-dinh-49-2015-qd-ubnd-…)
    ("QUYẾT ĐỊNH\n\nQUY ĐỊNH CHẾ ĐỘ ĐÓNG GÓP … TRÊN ĐỊA BÀN TỈNH BÌNH THUẬN.\n\nỦY BAN NHÂN DÂN "
     "TỈNH BÌNH THUẬN\n\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng "
     "11 năm 2003;\n\nCăn cứ Nghị định số 94/2010/NĐ-CP ngày 09/9/2010 của Chính phủ quy định về "
     "tổ chức cai nghiện ma túy tại gia đình, cai nghiện ma túy tại cộng đồng;\n\nThực hiện Công "
     "văn số 1495/HĐND-KTXH ngày 09/10/2015 của Hội đồng nhân dân tỉnh;\n\nTheo đề nghị của Liên "
     "Sở Lao động - Thương binh và Xã hội - Sở Tài chính,\n\nQUYẾT ĐỊNH:\n",
     {"1495/HĐND-KTXH"}, set()),
    # after the first section heading the body's "Thực hiện …" stays a citation (DOMAIN §7.3;
    # under its targets; not in its purpose section, which states what it carries out:
    # test_rules.py)
    ("Kế hoạch tổ chức “Tháng Nhân đạo” năm 2019\n\nThực hiện Hướng dẫn số 48/HD-TƯHCTĐ ngày "
     "15/02/2019 của Trung ương Hội Chữ thập đỏ Việt Nam.\n\nI. MỤC TIÊU, YÊU CẦU\n\nThực hiện "
     "Chỉ thị số 05-CT/TW của Bộ Chính trị, các cấp Hội tổ chức các hoạt động.\n",
     {"48/HD-TWHCTĐ"}, {"05-CT/TW"}),
])  # fmt: skip
def test_a_carrying_out_clause_before_the_first_section_is_the_hosts_own(
    text: str, implemented: set[str], cited: set[str]
) -> None:
    edges = host_edges(text)
    assert {t for kind, t in edges if kind == "IMPLEMENTS"} == implemented
    assert {t for kind, t in edges if kind == "CITES"} == cited


@pytest.mark.parametrize(("text", "absent"), [
    # b-quangnam-hiepduc-…: two documents issued at once; the report is about the first
    # (http://baoquangnam.vn/xay-dung-dang/hiep-duc-tap-trung-chuan-bi-dai-hoi-dang-cac-cap-24059.html)
    ("Hiệp Đức: Tập trung chuẩn bị Đại hội Đảng các cấp\n\nVĂN SỰ |\n\nChuẩn bị cho Đại hội Đảng "
     "các cấp, Ban Thường vụ Huyện ủy Hiệp Đức đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số "
     "62/KH-HU về tổ chức đại hội các tổ chức cơ sở đảng, tiến tới Đại hội đại biểu Đảng bộ "
     "huyện lần thứ VIII.",
     "62-KH/HU"),
])  # fmt: skip
def test_a_report_states_nothing_of_another_document_it_says_was_issued(
    text: str, absent: str
) -> None:
    assert absent not in {t for _, t in host_edges(text)}


def test_the_hosts_own_title_restated_in_the_body_says_what_it_carries_out() -> None:
    # zo-luatvietnam-156-kl-tw-…: the site's full title in the body; the title line above names
    # only the resolution, yet "Kết luận 156-KL/TW … về tiếp tục thực hiện … và Kết luận
    # 76-KL/TW" continues the older conclusion too (https://luatvietnam.vn/chinh-sach/ket-luan-156-kl-tw-2025-thuc-hien-
    # nghi-quyet-33-nq-tw-ve-phat-trien-van-hoa-con-nguoi-viet-nam-401275-d1.html)
    text = (
        "Kết luận 156-KL/TW 2025 về tiếp tục thực hiện Nghị quyết 33-NQ/TW xây dựng và phát "
        "triển văn hóa, con người Việt Nam\n\nthuộc tính Kết luận 156-KL/TW\n\nKết luận "
        "156-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 33-NQ/TW của Ban Chấp hành "
        "Trung ương Đảng khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng "
        "yêu cầu phát triển bền vững đất nước và Kết luận 76-KL/TW của Bộ Chính trị khóa XII về "
        "tiếp tục thực hiện Nghị quyết 33-NQ/TW\nCơ quan ban hành: Bộ Chính trị\n"
    )
    assert {t for kind, t in host_edges(text) if kind == "IMPLEMENTS"} >= {"33-NQ/TW", "76-KL/TW"}

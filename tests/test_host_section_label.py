"""A portal's section label above a post ("TIN HOẠT ĐỘNG") is no issuer in a header; the body
named with its term set off by a comma still opens the document (dev batch zp_party_page_kind)."""

from __future__ import annotations

from ingest.codes import Level
from ingest.extract import extract


def test_a_portal_section_label_is_no_issuer_and_a_term_after_a_comma_stays_with_its_body() -> (
    None
):
    # ubmttqvn.binhthuan.dcs.vn: "TIN HOẠT ĐỘNG" heads the post; the programme's opening names
    # its body with its term set off by a comma ("… khoá VIII, nhiệm kỳ 2019 – 2024 xây dựng …")
    text = (
        "TIN HOẠT ĐỘNG\n\nChương trình hoạt động toàn khoá của Ủy ban MTTQ Việt Nam tỉnh Bình "
        "Thuận khóa VIII, nhiệm kỳ 2019 - 2024\n\nNhằm thực hiện thắng lợi Nghị quyết Đại hội đại "
        "biểu MTTQ Việt Nam tỉnh đã đề ra, Ủy ban Ban MTTQ Việt Nam tỉnh xây dựng Chương trình "
        "công tác toàn khóa, nhiệm kỳ 2019 - 2024 với những nội dung chương trình, phần việc cụ "
        "thể.\n\nCHƯƠNG TRÌNH\n\nHoạt động toàn khoá của Ủy ban MTTQ Việt Nam tỉnh Bình Thuận\n\n"
        "khóa VIII, nhiệm kỳ 2019 - 2024\n\n-----\n\nCăn cứ Điều lệ Mặt trận Tổ quốc Việt Nam đã "
        "được Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, nhiệm kỳ 2019 – 2024 thông qua"
        " ngày 19/9/2019;\n\nCăn cứ Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh Bình Thuận lần"
        " thứ VIII, nhiệm kỳ 2019 – 2024;\n\nỦy ban MTTQ Việt Nam tỉnh Bình Thuận khoá VIII, nhiệm "
        "kỳ 2019 – 2024 xây dựng chương trình hoạt động toàn khóa của Ủy ban Mặt trận Tổ quốc Việt"
        " Nam tỉnh khóa VIII, nhiệm kỳ 2019 – 2024, cụ thể như sau:\n\nI. CHƯƠNG TRÌNH HÀNH ĐỘNG "
        "NHIỆM KỲ 2019 – 2024"
    )
    doc = extract(text).document
    assert doc.page == "document"
    assert doc.issuing_body is not None and doc.issuing_body.startswith(
        "Ủy ban MTTQ Việt Nam tỉnh Bình Thuận")
    assert doc.level is Level.PROVINCE

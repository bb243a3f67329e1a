"""The main document's IMPLEMENTS/REVIEWS edges, read from real snippets (issue 12).

Each row quotes the real page it comes from (tests/realworld cases named in the comment);
the expected edges are the labelled ones, with the host written HOST.
"""

from __future__ import annotations

import pytest

from ingest import extract


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

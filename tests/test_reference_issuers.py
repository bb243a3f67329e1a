"""The issuing body a reference gives: a local body named after a …/TW code is not its issuer.

A body named after the document it carries out ("Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW
của Đảng ủy xã Nghĩa Tá") put "Đảng ủy xã Nghĩa Tá" among the issuers of the Politburo's
resolution in the graph (`vbgraph show 57-NQ/TW`). Only the Central Committee, its Politburo and
Secretariat number …/TW; codes whose issuer part a province's body also uses (…/ĐUCA,
…-LĐTBXH) keep the body the text gives.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract


@pytest.mark.parametrize(("text", "code", "body"), [
    # https://nghiata.thainguyen.gov.vn/nghi-quyet-57/ban-chi-dao-dang-uy-xa-nghia-ta-tinh-thai-
    # nguyen-trien-khai-ke-hoach-thuc-hien-nghi-quyet-so-57-nq--243679
    ("Chiều ngày 27/01/2026, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa "
     "Tá tổ chức Hội nghị nhằm đánh giá tình hình thực hiện.", "57-NQ/TW", None),
    # http://baoquangnam.vn/xay-dung-dang/hiep-duc-trien-khai-nhieu-giai-phap-thuc-hien-chi-thi-
    # 03-cua-bo-chinh-tri-23741.html (one sentence)
    ("Chiều qua 15.10, Bộ phận giúp việc thực hiện Chỉ thị 03-CT/TW của Tỉnh ủy đã có cuộc làm "
     "việc với Ban Thường vụ Huyện ủy Hiệp Đức.", "03-CT/TW", None),
    # controls: the central body stays; so do local bodies of codes a province's body numbers
    ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công "
     "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.", "57-NQ/TW", "Bộ Chính trị"),
    # a Nam Định news item (dev case zsec-baonamdinh-dang-uy-cong-an-tinh-71-kh-duca)
    ("Để bảo đảm chất lượng tổ chức đại hội đảng bộ các cấp, Đảng ủy Công an tỉnh đã ban hành "
     "Kế hoạch số 71-KH/ĐUCA.", "71-KH/ĐUCA", "Đảng ủy Công an tỉnh"),
    # Quyết định 76/QĐ-UBND 2018 of Ninh Bình (dev case zz16-ninhbinh-76-qd-ubnd-2018-…)
    ("Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số "
     "190/TTr-LĐTBXH ngày 26/12/2017,", "190/TTr-LĐTBXH",
     "Giám đốc Sở Lao động - Thương binh và Xã hội"),
])  # fmt: skip
def test_the_body_a_reference_names(text: str, code: str, body: str | None) -> None:
    (ref,) = [r for r in extract(text).references if r.canonical == code]
    assert ref.issuing_body == body

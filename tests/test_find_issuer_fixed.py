"""Codes the issuer fixes: a report that names its document by number, type word and issuer
only ("vừa ký ban hành Kết luận số 60 của Bộ Chính trị") has that document's code as its main
code (tests/realworld/FORMAT.md, "Completed codes"). Snippets are from real pages; the
controls are where completing would be wrong."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.normalize import code_fixed_by_issuer, normalize_code


@pytest.mark.parametrize(
    ("number", "type_word", "body", "expected"),
    [
        ("60", "ket luan", "Bộ Chính trị", "60-KL/TW"),
        ("11", "chi thi", "Thường trực Ban Bí thư Võ Văn Thưởng", "11-CT/TW"),  # the signer
        ("01", "chi thi", "Tổng Bí thư Tô Lâm", "01-CT/TW"),
        ("02", "cong dien", "Thủ tướng Ông Văn Ánh", "02/CĐ-TTg"),  # a capital with a mark
        ("03", "chi thi", "Tổng Bí thư và các đồng chí", None),  # not a name
        ("377", "quy dinh", "Bộ Chính trị", "377-QĐ/TW"),
        ("126", "ket luan", "Bộ Chính trị, Ban Bí thư", "126-KL/TW"),
        ("25", "nghi quyet", "Ban Chấp hành Trung ương khóa X", "25-NQ/TW"),
        ("8", "thong bao", "Bộ Chính trị", "08-TB/TW"),  # numbers spelled as normalize does
        ("173", "cong dien", "Thủ tướng Chính phủ", "173/CĐ-TTg"),
        ("5", "cong dien", "Phó Thủ tướng Trần Hồng Hà", "05/CĐ-TTg"),
        # controls: the issuer does not fix the code
        ("1836", "quy dinh", "Ban Bí thư Trung ương Đoàn", None),  # the Youth Union's (TWĐTN)
        ("08", "ke hoach", "Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương", None),
        ("5", "chi thi", "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội", None),  # a city's
        ("17", "chi thi", "Ban Thường vụ Tỉnh ủy Yên Bái", None),  # /TU of which province?
        ("3", "quyet dinh", "Bộ Chính trị", None),  # may be a personnel QĐNS/TW
        ("149", "nghi quyet", "Chính phủ", None),  # NQ-CP, or N/YYYY/NQ-CP
        ("146", "nghi dinh", "Chính phủ", None),  # 146/YYYY/NĐ-CP: the year is missing
        ("15", "chi thi", "Thủ tướng", None),  # a PM directive may carry a year
        ("12", "cong dien", "Chủ tịch UBND tỉnh Nghệ An", None),
        ("755", "ke hoach", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", None),
    ],
)
def test_code_fixed_by_issuer(number: str, type_word: str, body: str,
                              expected: str | None) -> None:  # fmt: skip
    code = code_fixed_by_issuer(number, type_word, body)
    assert (code.canonical if code else None) == expected
    if code is not None:
        assert normalize_code(code.canonical) == code.canonical


@pytest.mark.parametrize(
    ("text", "page", "code"),
    [
        # conganbackan.vn tag page quoting Dân trí (lower-case type word, signer ≠ issuer)
        ("(Dân trí) - Thường trực Ban Bí thư Trần Quốc Vượng vừa ký ban hành kết luận số 60 "
         "của Bộ Chính trị quy định về độ tuổi tái cử chính quyền và trình độ chuyên môn.",
         "report", "60-KL/TW"),
        # a news lead naming the signer and the number only (doanhnhantrevietnam.vn)
        ("Ban Bí thư ban hành Chỉ thị về việc tổ chức Tết Quý Mão năm 2023\n\nThường trực Ban"
         " Bí thư Võ Văn Thưởng vừa ký ban hành Chỉ thị số 19 về tổ chức Tết Quý Mão 2023.",
         "report", "19-CT/TW"),
        # "Thay mặt Bộ Chính trị, Tổng Bí thư …": the actor signs for the Centre
        ("Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm vừa ký ban hành Chỉ thị số 01 về nghiên "
         "cứu, học tập, quán triệt Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIV.",
         "report", "01-CT/TW"),
        # the number given as a bracketed short name after the subject
        ("Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Chỉ thị của Bộ Chính trị "
         "về nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết "
         "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (Chỉ thị 01).",
         "report", "01-CT/TW"),
        # an urgent telegram: "khẩn", "hỏa tốc" between the type word and its number
        ("Thủ tướng Chính phủ vừa ký Công điện khẩn số 173 về việc tập trung ứng phó bão số 3.",
         "report", "173/CĐ-TTg"),
        ("Chủ tịch UBND tỉnh vừa ký Công điện khẩn số 12 về ứng phó bão số 3.", "report", None),
        # a relation of the completed document is the main document's
        ("Bộ Chính trị vừa ban hành Kết luận số 80 về tổng kết 10 năm thực hiện Nghị quyết số "
         "29-NQ/TW.", "report", "80-KL/TW"),
        # controls: a Government resolution, a central mass organisation, a provincial body
        ("Chính phủ vừa ban hành Nghị quyết số 149 về tăng cường sự lãnh đạo của Đảng đối với "
         "công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới.", "report", None),
        ("Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam vừa ban hành Kế hoạch số 755 về tổ chức "
         "đợt sinh hoạt chính trị trong các cấp Hội Phụ nữ.", "report", None),
        ("CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc "
         "tăng cường sự lãnh đạo của các cấp ủy, tổ chức đảng đối với công tác điều tra.",
         "report", None),
        # the short form as background, the report's own document another body's plan
        ("Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội đảng bộ các cấp, Ban Thường"
         " vụ Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương ban hành Kế hoạch số 08 về tổ "
         "chức đại hội các đảng bộ trực thuộc.", "report", None),
        # a storm number (vietnamplus.vn)
        ("Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 210/CĐ-TTg ngày 6/11/2025 chỉ "
         "đạo các bộ ngành, địa phương tập trung triển khai các biện pháp khẩn cấp ứng phó bão "
         "số 13 và mưa lũ do bão.", "report", "210/CĐ-TTg"),
    ],
)
def test_report_main_code_fixed_by_issuer(text: str, page: str, code: str | None) -> None:
    ext = extract(text)
    assert ext.document.page == page
    assert (ext.document.code.canonical if ext.document.code else None) == code
    if "29-NQ/TW" in text:
        assert [(r.source, r.type.value, r.target) for r in ext.relations] == [
            ("HOST", "REVIEWS", "29-NQ/TW")
        ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # truyenhinhnghean.vn: a dot for the hyphen after the type
        ("Chủ tịch UBND tỉnh Nghệ An vừa có công điện khẩn số 12/CĐ.UBND về khắc phục hậu quả",
         ["12/CĐ-UBND"]),
        ("Quyết định 12/QĐ.UBND.", ["12/QĐ-UBND"]),  # the full stop ends the sentence
        # not a code: an abbreviation with a dot, an unknown type, a unit after a second dot
        ("ở TP.HCM và 5/TP.HCM", []),
        ("theo 3/KH.TU", []),  # a Party issuer in State order with a dot: not read
        ("Quyết định 12/QĐ.UBND.HC", []),
    ],
)
def test_state_code_with_a_dot_for_its_hyphen(text: str, found: list[str]) -> None:
    refs = extract(text).references
    assert [r.code.canonical for r in refs if r.mention == "code" and r.code] == found

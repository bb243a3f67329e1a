"""The level of a text issued with a decision and copied alone (an annex, rules): the body that
issued the decision gives it. Snippets from real pages (dev batches d, zv)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # thuvienphapluat.vn: rules under their decision's annex line, "… của UBND tỉnh)"
        (
            "QUY ĐỊNH\nCÔNG TÁC VĂN THƯ TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC\n(Ban hành kèm theo Quyết "
            "định số 63/2010/QĐ-UBND ngày 29 tháng 9 năm 2010 của\nUBND tỉnh)\nChương I\nQUY ĐỊNH "
            "CHUNG\nĐiều 1. Phạm vi và đối tượng điều chỉnh",
            Level.PROVINCE,
        ),
        # dongminh.dongson.gov.vn: procedures issued by a province's chairman
        (
            "NỘI DUNG CỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND CẤP XÃ\n\n"
            "(Ban hành kèm theo Quyết định số 1527/QĐ-UBND ngày 10 tháng 5 năm 2013\n\n"
            "của Chủ tịch Uỷ ban nhân dân tỉnh Thanh Hoá)\n\nTên thủ tục: Trợ cấp hàng tháng",
            Level.PROVINCE,
        ),
        # baolaichau.vn: answers sent with a letter whose body's name the code tells ("BTGTU")
        (
            "GỢI Ý TRẢ LỜI\n\nCâu hỏi Cuộc thi “Tìm hiểu 110 năm thành lập tỉnh”\n\nThứ sáu, "
            "26/04/2019 - 11:21'\n(Kèm theo Công văn số 822-CV/BTGTU, ngày 18/4/2019 của Ban Tuyên "
            "giáo Tỉnh ủy)\n\nCâu 1. Tỉnh Lai Châu được thành lập vào ngày, tháng, năm nào?",
            Level.PROVINCE,
        ),
    ],
)
def test_an_annex_takes_the_level_of_its_decisions_body(text: str, level: Level) -> None:
    doc = extract(text).document
    assert doc.page == "document"
    assert doc.level is level

"""A central mass organisation named by its centre ("Trung ương Hội Chữ thập đỏ Việt Nam",
"Trung ương Đoàn", "T.Ư Đoàn") acts in a news lead like any body: the page reports its
document, central level. Snippets from real pages (dev batches zo, zn)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # chuthapdo daklak (dev zo): a dated lead after an occasion
        (
            "Tháng Nhân đạo năm 2025\n\nCập nhật lúc: 10:17 08/04/2025\n\nHướng đến các sự kiện "
            "quan trọng là Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975"
            " - 30/4/2025), ngày 06/02/2025, Trung ương Hội Chữ thập đỏ Việt Nam ban hành Kế hoạch"
            " số 60/KH-TƯHCTĐ về việc triển khai tháng Nhân đạo năm 2025.",
            "60/KH-TWHCTĐ",
        ),
        # baomoi.com (dev zn): "T.Ư Đoàn" abbreviated, no number
        (
            'Tổ chức diễn đàn "Khát vọng thanh niên"\n\nNhằm phát động đợt sinh hoạt chính trị '
            "sâu rộng trong tuổi trẻ, Ban Bí thư T.Ư Đoàn TNCS Hồ Chí Minh vừa ban hành hướng dẫn"
            ' tổ chức diễn đàn "Khát vọng thanh niên".',
            None,
        ),
    ],
)
def test_a_central_mass_organisation_reports_its_document(text: str, code: str | None) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.level is Level.CENTRAL
    assert (doc.code.canonical if doc.code else None) == code

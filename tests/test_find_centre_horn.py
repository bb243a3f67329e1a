"""Central bodies' codes printed with "TƯ" (Trung ương) inside the issuer: canonical "TW", as the
Centre's own "48-CT/TƯ" (FORMAT: TW for TƯ). Snippets from real pages."""

from __future__ import annotations

import pytest

from ingest import extract
from ingest.normalize import normalize_code


@pytest.mark.parametrize(("snippet", "code"), [
    # http://chuthapdo.vinhphuc.gov.vn/ke-hoach-to-chuc-thang-nhan-dao-nam-2019/
    ("Thực hiện Hướng dẫn số 48/HD-TƯHCTĐ ngày 15/02/2019 của Trung ương Hội Chữ thập đỏ Việt "
     "Nam Về việc triển khai “Tháng Nhân đạo” năm 2019.", "48/HD-TWHCTĐ"),
    # http://hoichuthapdodaklak.org.vn/cong-tac-xa-hoi-p/thang-nhan-dao-nam-2025-…
    ("ngày 06/02/2025, Trung ương Hội Chữ thập đỏ Việt Nam ban hành Kế hoạch số 60/KH-TƯHCTĐ "
     "về việc triển khai tháng Nhân đạo năm 2025.", "60/KH-TWHCTĐ"),
    # a Party-order plan of a central association ("…-KH/TƯH", Trung ương Hội)
    ("Thực hiện Kế hoạch số 105-KH/TƯH ngày 10/3/2023 của Ban Thường vụ Trung ương Hội,",
     "105-KH/TWH"),
    ("Căn cứ Hướng dẫn số 12-HD/TƯĐTN ngày 02/3/2022 của Ban Bí thư Trung ương Đoàn;",
     "12-HD/TWĐTN"),
])  # fmt: skip
def test_a_central_issuer_printed_with_tu_reads_tw(snippet: str, code: str) -> None:
    assert [r.code.canonical for r in extract(snippet).references if r.code] == [code]


@pytest.mark.parametrize("raw", ["48/HD-TƯHCTĐ", "105-KH/TƯH", "48-CT/TƯ"])
def test_the_centre_reading_is_idempotent(raw: str) -> None:
    once = normalize_code(raw)
    assert normalize_code(once) == once

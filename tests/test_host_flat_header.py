"""Headers as sites print them: flattened into one line (the issuer's column where the
motto's gap starts, the place right after the motto), places written in capitals ("TỈNH THÁI
BÌNH"), a year glued to "năm", and a title whose subject line "VỀ" stands alone. Snippets from
real pages (dev batch zn)."""

from __future__ import annotations

from ingest.codes import Level
from ingest.context import parse_date
from ingest.extract import extract
from tests.test_page_flat_header import _THAI_THUY


def test_a_flattened_header_gives_the_issuer_place_and_date() -> None:
    doc = extract(_THAI_THUY).document
    assert doc.level is Level.DISTRICT
    assert (doc.place.province, doc.place.district) == ("Thái Bình", "Thái Thụy")
    assert doc.date is not None and doc.date.isoformat() == "2010-12-07"


def test_a_year_glued_to_nam_is_read() -> None:
    parsed = parse_date("07 thang 12 nam2010bao cao", 0)
    assert parsed is not None and parsed[0].isoformat() == "2010-12-07"


def test_a_titles_subject_line_is_no_issuer() -> None:
    # thuvienphapluat.vn: a joint resolution copied from its title on, no header
    text = (
        "NGHỊ QUYẾT LIÊN TỊCH\nVỀ\nCÔNG TÁC PHỐI HỢP GIỮA CHÍNH PHỦ VỚI ĐOÀN CHỦ TỊCH ỦY BAN "
        "TRUNG ƯƠNG MẶT TRẬN TỔ\nQUỐC VIỆT NAM\nCăn cứ Luật Mặt trận\nTổ quốc Việt Nam ngày 09 "
        "tháng 6 năm 2015;"
    )
    assert extract(text).document.issuing_body != "Về"

"""A legal site's facts block above a reposted document ("Số hiệu / Loại văn bản / Nơi ban
hành / Ngày ban hành"): its facts are the document's, read where the text's own header is out
of reach or says less (bench/RESULTS_robustness.md, legal_repost). Rows as the sites print
them, copied as text."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract

# (text, level, province) — the issuer's row under its label "Nơi ban hành" (thuvienphapluat.vn,
# lawnet.vn): a place that names the level of the body that issued it
ISSUER_ROWS = [
    # https://lawnet.vn/van-ban-ln-62C11 (Quyết định 53/2018/QĐ-UBND of Cà Mau): the rows as a
    # table's cells, the header's issuer cut to a bare "ỦY BAN NHÂN DÂN"
    (
        "Số hiệu: | 53/2018/QĐ-UBND | Loại văn bản: | Quyết định |\n"
        "Nơi ban hành: | Tỉnh Cà Mau | Người ký: | Lâm Văn Bi |\n"
        "Ngày ban hành: | 28/12/2018 | Ngày hiệu lực: | Đã biết |\n"
        "Tình trạng: | Đã biết |\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý nghĩa trang.\n",
        Level.PROVINCE,
        "Cà Mau",
    ),
    # thuvienphapluat.vn's block copied as text: the signer's label on the issuer's line
    # (Báo cáo 75/BC-UBND 2018 of Quận 5, Hồ Chí Minh City; dev case zl-quan5-ubnd-75-bc-ktxh)
    (
        "Số hiệu: 75/BC-UBND Loại văn bản: Báo cáo\n"
        "Nơi ban hành: Quận 5 Người ký: Phạm Quốc Huy\n"
        "Ngày ban hành: 20/03/2018 Ngày hiệu lực: Đã biết\n"
        "Tình trạng: Đã biết\n"
        "Năm 2017, tình hình kinh tế - xã hội tiếp tục phát triển.\n",
        Level.DISTRICT,
        None,
    ),
]


@pytest.mark.parametrize(("text", "level", "province"), ISSUER_ROWS)
def test_the_issuers_row_gives_the_level(text: str, level: Level, province: str | None) -> None:
    doc = extract(text).document
    assert doc.level is level
    if province is not None:
        assert doc.place.province == province


def test_the_kind_row_beside_the_number_names_a_typeless_codes_kind() -> None:
    # luatvietnam.vn's facts of Nghị định 101-CP (1997) in thuvienphapluat.vn's line shape:
    # "Số hiệu: 288/QĐ-BYT Loại văn bản: Quyết định"; "101-CP" prints no type
    text = (
        "Số hiệu: 101-CP Loại văn bản: Nghị định\n"
        "Nơi ban hành: Chính phủ Người ký: Phan Văn Khải\n"
        "Ngày ban hành: 23/09/1997 Ngày hiệu lực: Đã biết\n"
        "Tình trạng: Đã biết\n"
        "Điều 1. Nay ban hành kèm theo Nghị định này Quy định …\n"
    )
    doc = extract(text).document
    assert doc.code is not None and doc.code.canonical == "101-CP"
    assert (doc.kind, doc.level) == ("Nghị định", Level.CENTRAL)


def test_a_place_of_publication_is_no_issuers_row() -> None:
    # "Nơi ban hành" only as a row's label: running text naming it states nothing
    text = "Người dân hỏi nơi ban hành quyết định là ở đâu: Tỉnh Cà Mau hay huyện.\n"
    assert extract(text).document.level is not Level.PROVINCE

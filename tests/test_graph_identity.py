"""Identity rules as pure functions: terms, body levels, place slugs, keys (DOMAIN §10.5)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.identity import base_key, issuer_of, slug
from graph.model import Fact, Node
from ingest.bodies import body_level
from ingest.codes import Level
from ingest.models import Place
from ingest.normalize import parse_code
from ingest.terms import central_term, local_term


@pytest.mark.parametrize(
    ("day", "term"),
    [
        (date(2009, 12, 8), "X"),  # 62-KL/TW
        (date(2017, 10, 25), "XII"),  # 18-NQ/TW
        (date(2021, 1, 31), "XII"),  # congress still sitting
        (date(2021, 2, 1), "XIII"),
        (date(2026, 1, 23), "XIV"),  # first plenum of the 14th CC
    ],
)
def test_central_term_of_a_date(day: date, term: str) -> None:
    assert central_term(day) == term


@pytest.mark.parametrize(
    ("day", "term"),
    [
        (date(2016, 7, 11), "2015-2020"),  # 110-NQ/TU Bắc Giang
        (date(2020, 10, 31), "2015-2020"),
        (date(2020, 11, 1), "2020-2025"),
        (date(2021, 7, 9), "2020-2025"),  # 115-KL/TU
    ],
)
def test_local_term_of_a_date(day: date, term: str) -> None:
    assert local_term(day) == term


@pytest.mark.parametrize(
    ("body", "level", "name"),
    [
        ("Ban Thường vụ Tỉnh ủy Bắc Giang", Level.PROVINCE, "Bắc Giang"),
        ("Ban Chấp hành Đảng bộ tỉnh Bắc Giang", Level.PROVINCE, "Bắc Giang"),
        ("Thị ủy Đức Phố", Level.DISTRICT, "Đức Phố"),  # writes …/TU at district level
        ("Thành ủy Hà Nội", Level.PROVINCE, "Hà Nội"),  # a centrally-run city
        ("Thành ủy Bắc Giang", Level.DISTRICT, "Bắc Giang"),  # a city within a province
        ("Ban Thường vụ Huyện uỷ", Level.DISTRICT, None),
        ("UBND tỉnh Bắc Giang", Level.PROVINCE, "Bắc Giang"),
        ("Đảng ủy phường Nguyễn Nghiêm", Level.COMMUNE, "Nguyễn Nghiêm"),
        ("Bộ Chính trị", Level.CENTRAL, None),
        ("UBND tỉnh Kiên Giang Ban hành", Level.PROVINCE, "Kiên Giang"),  # the name ends
        ("UBND huyện Lạc Dương", Level.DISTRICT, "Lạc Dương"),
        ("Hội Nông dân huyện Tân Yên", Level.DISTRICT, "Tân Yên"),
        ("Ban Thường vụ Tỉnh đoàn", Level.PROVINCE, None),
        ("Đảng ủy xã Dương Hòa", Level.COMMUNE, "Dương Hòa"),
        ("TỈNH ỦY BẮC NINH", Level.PROVINCE, "Bắc Ninh"),
        ("Ủy ban nhân dân thành phố Hồ Chí Minh", Level.PROVINCE, "Hồ Chí Minh"),
        ("Sở Nội vụ tỉnh Quảng Trị", Level.PROVINCE, "Quảng Trị"),
        ("Thủ tướng Chính phủ", Level.CENTRAL, None),
        ("Bộ Tài chính", Level.CENTRAL, None),
        ("Ban Thường vụ Đảng ủy", Level.UNKNOWN, None),  # a bloc's or a commune's: unknown
    ],
)
def test_body_names_tell_level_and_place(body: str, level: Level, name: str | None) -> None:
    assert body_level(body) == (level, name)


def test_slug_folds_vietnamese() -> None:
    assert slug("Bắc Giang") == "bac-giang" and slug("Đức Phố") == "duc-pho"


def test_district_host_places_a_bare_huyen_uy_code_in_its_own_district() -> None:
    code = parse_code("09-ĐA/HU")
    assert code is not None
    issuer = issuer_of(
        code, ["Ban Thường vụ Huyện uỷ"], Level.DISTRICT, Place("Bắc Giang", "Tân Yên")
    )
    assert base_key(code.canonical, issuer, "doc-x") == "09-ĐA/HU@bac-giang/tan-yen"


def test_unknown_district_gives_an_unqualified_key() -> None:
    code = parse_code("36-NQ/HU")
    assert code is not None
    issuer = issuer_of(code, ["Ban Thường vụ Huyện ủy"], Level.DISTRICT, Place("Bắc Giang"))
    assert not issuer.qualified
    assert base_key(code.canonical, issuer, "doc-x") == "36-NQ/HU@?doc-x"


@pytest.mark.parametrize(
    ("code", "bodies", "host_level", "host_place", "key"),
    [
        # a commune plan headed "ĐẢNG BỘ HUYỆN HẢI HẬU" (no province): Hải Hậu was a district
        # of Nam Định only
        ("201-KH/HU", ["Ban Thường vụ Huyện ủy Hải Hậu"], Level.COMMUNE,
         Place(None, "Hải Hậu", "Hải Đông"), "201-KH/HU@nam-dinh/hai-hau"),
        # "Kế hoạch số 157-KH/TU … của Ban Thường vụ Tỉnh ủy" in Hải Hậu's page (lite.baomoi.com,
        # 27/9/2024, the province not named): the district's province
        ("157-KH/TU", ["Ban Thường vụ Tỉnh ủy"], Level.DISTRICT, Place(None, "Hải Hậu"),
         "157-KH/TU@nam-dinh"),
        # a text of the merged Ninh Bình (from 1 July 2025) naming Hải Hậu's plan: the district
        # lay in Nam Định, which its plans name
        ("201-KH/HU", ["Huyện ủy Hải Hậu"], Level.COMMUNE, Place("Ninh Bình", None, "Hải Hậu"),
         "201-KH/HU@nam-dinh/hai-hau"),
        # Châu Thành was a district of several provinces: still unplaced
        ("12-KH/HU", ["Huyện ủy Châu Thành"], Level.COMMUNE, Place(None, "Châu Thành", "An Hiệp"),
         "12-KH/HU@?doc-x"),
    ],
)
def test_a_district_named_without_its_province_takes_its_one_province(
    code: str, bodies: list[str], host_level: Level, host_place: Place, key: str
) -> None:
    parsed = parse_code(code)
    assert parsed is not None
    issuer = issuer_of(parsed, list(bodies), host_level, host_place)
    assert base_key(parsed.canonical, issuer, "doc-x") == key


def test_node_row_round_trip() -> None:
    node = Node(
        "62-KL/TW", "62-KL/TW", "62-KL/TW", "X", facts=(Fact("date", "2009-12-08", "d", 1, 9),)
    )
    assert Node.from_row(node.to_row()) == node


def test_a_central_body_named_in_a_local_hosts_citation_takes_no_local_place() -> None:
    # "Căn cứ Thông báo số 07-TB/CQTTBCĐ, ngày 15/10/2025 của Cơ quan Thường trực Ban Chỉ đạo
    # Trung ương …" in Huế's Kế hoạch 458/KH-UBND (thuvienphapluat.vn repost): the issuer suffix
    # is unknown, the body central; the host's province is not the notice's.
    code = parse_code("07-TB/CQTTBCĐ")
    assert code is not None
    issuer = issuer_of(
        code, ["Cơ quan Thường trực Ban Chỉ đạo Trung ương"], Level.PROVINCE, Place("Huế")
    )
    assert issuer.level is Level.CENTRAL
    assert issuer.place == Place()


@pytest.mark.parametrize(
    ("code", "level"),
    [
        # Quảng Bình UBND's decision citing the Ministry of Planning and Investment's circulars
        # by its older symbol (tests/realworld d_state_oddcodes)
        ("01/2007/TT-BKH", Level.CENTRAL),
        ("04/1999/TTLT/BKH-BTC", Level.CENTRAL),
        ("60/2005/TT-BNN", Level.CENTRAL),
        # a provincial department's submission (tờ trình) printed "TT", with no year: local
        ("1044/TT-STC", Level.UNKNOWN),
        # a Party "Thông tri" is a committee's own: its issuer tells the level
        ("12-TT/TU", Level.PROVINCE),
    ],
)
def test_a_circular_or_decree_numbered_with_its_year_is_central(code: str, level: Level) -> None:
    parsed = parse_code(code)
    assert parsed is not None
    assert parsed.issuer_level is level


def test_every_citer_of_a_circular_with_an_unknown_symbol_shares_its_node() -> None:
    code = parse_code("01/2007/TT-BKH")
    assert code is not None
    for host_place in (Place("Quảng Bình"), Place("Nghệ An")):
        issuer = issuer_of(code, [], Level.PROVINCE, host_place)
        assert base_key(code.canonical, issuer, "doc-x") == "01/2007/TT-BKH"


def test_the_farmers_unions_central_codes_are_party_order_and_national() -> None:
    # "Quyết định số 5921/QĐ/HNDTW" printed with two slashes (tests/realworld zi_impl_phrasing),
    # "Công văn số 1126-CV/HNDTW" as the union writes it
    code = parse_code("5921/QĐ/HNDTW")
    assert code is not None and code.canonical == "5921-QĐ/HNDTW"
    assert code.is_central

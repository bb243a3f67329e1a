"""The gazetteer of administrative units (vietnamadminunits data) as extraction uses it."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.gazetteer import (
    canonical_province,
    district_province,
    fold_name,
    gazetteer,
    known_name_at,
    unit_after_2025,
    unit_name,
)


def test_the_dataset_has_every_province_before_and_after_2025() -> None:
    g = gazetteer()
    assert len({names[0] for names in g.provinces.values()}) >= 63
    # merged provinces of 1 July 2025 (DOMAIN §6): Bắc Giang into Bắc Ninh, Kiên Giang into
    # An Giang
    assert g.merged_into[fold_name("Bắc Giang")] == "Bắc Ninh"
    assert g.merged_into[fold_name("Kiên Giang")] == "An Giang"
    assert "Bắc Giang" in g.district_provinces[fold_name("Tân Yên")]


@pytest.mark.parametrize(
    ("text", "level", "found"),
    [
        ("Tỉnh ủy Bắc Ninh Ban hành", Level.PROVINCE, "Bắc Ninh"),  # the name ends where it ends
        ("TỈNH ỦY THỪA THIÊN HUẾ", Level.PROVINCE, "Thừa Thiên Huế"),  # capitals: dataset's
        ("UBND tỉnh Bà Rịa - Vũng Tàu", Level.PROVINCE, "Bà Rịa - Vũng Tàu"),
        ("Huyện ủy Tân Yên, tỉnh Bắc Giang", Level.DISTRICT, "Tân Yên"),
        ("Thị ủy Đức Phố", Level.DISTRICT, "Đức Phố"),  # as the text writes it
        ("Đảng ủy xã Dương Hòa", Level.COMMUNE, "Dương Hòa"),
        ("tỉnh Khóa XVI", Level.PROVINCE, None),  # capitals that are no place
        ("tỉnh nhà", Level.PROVINCE, None),
    ],
)
def test_known_names_are_read_from_text(text: str, level: Level, found: str | None) -> None:
    words = text.split()
    unit = {Level.PROVINCE: 2, Level.DISTRICT: 2, Level.COMMUNE: 3}[level]
    if text.startswith(("UBND", "tỉnh")):
        unit = 2 if text.startswith("UBND") else 1
    if text.startswith("Thị"):
        unit = 2
    pos = len(" ".join(words[:unit])) + 1
    hit = known_name_at(text, pos, level)
    assert (hit[0] if hit else None) == found


def test_province_spelling() -> None:
    assert canonical_province("HÀ NỘI") == "Hà Nội"
    assert canonical_province("Hoà Bình") == "Hoà Bình"  # the text's own tone placement kept
    assert canonical_province("Xứ Đoài") == "Xứ Đoài"  # unknown: as given
    assert canonical_province(None) is None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # "Xã Sơn Động được thành lập trên cơ sở sáp nhập các xã: Vĩnh An, An Bá và thị trấn
        # An Châu của huyện Sơn Động (cũ)" (vietnamplus.vn, 15/8/2025, post1055959)
        (("Bắc Giang", "Sơn Động", "An Bá"), ("Bắc Ninh", "Sơn Động")),
        (("Bắc Giang", "Sơn Động", "Vĩnh An"), ("Bắc Ninh", "Sơn Động")),
        (("Bắc Giang", "Sơn Động", "An Châu"), ("Bắc Ninh", "Sơn Động")),
        # "Đảng bộ xã Yên Phong được thành lập trên cơ sở hợp nhất 4 đảng bộ các xã: Đông Tiến,
        # Trung Nghĩa, Long Châu và thị trấn Chờ" (vtcnews.vn, 16/8/2025, ar960127)
        (("Bắc Ninh", "Yên Phong", "Chờ"), ("Bắc Ninh", "Yên Phong")),
        (("bac ninh", "yen phong", "Trung Nghia"), ("Bắc Ninh", "Yên Phong")),  # no marks
        # a district: its province now, no commune (the level ended)
        (("Bắc Giang", "Tân Yên", None), ("Bắc Ninh", None)),
        # the province is found from a district only one province had
        ((None, "Sơn Tịnh", "Tịnh Trà"), ("Quảng Ngãi", "Ba Gia")),
        (("TP HCM", None, None), ("Hồ Chí Minh", None)),
        (("Thừa Thiên - Huế", None, None), ("Huế", None)),
        (("Hà Nội", None, None), ("Hà Nội", None)),  # unchanged
        (("Bắc Giang", "Sơn Động", "An Bàa"), None),  # not a commune of 2024
        # a numbered ward and district keep only their numbers in a document's place
        # (FORMAT.md: "HỘI ĐỒNG NHÂN DÂN QUẬN 2" → district "2", "Phường 5" → commune "5");
        # the dataset spells them "Quận 10", "Phường 12" (Phường 12 of Quận 10 → phường Hòa
        # Hưng, the conversion table of the UBTVQH's resolution on Hồ Chí Minh City's wards)
        (("Hồ Chí Minh", "10", "12"), ("Hồ Chí Minh", "Hòa Hưng")),
        (("Hồ Chí Minh", "Quận 10", "Phường 12"), ("Hồ Chí Minh", "Hòa Hưng")),
        (("TP HCM", "10", "12"), ("Hồ Chí Minh", "Hòa Hưng")),
        (("Hồ Chí Minh", "10", None), ("Hồ Chí Minh", None)),
        ((None, "10", "12"), ("Hồ Chí Minh", "Hòa Hưng")),  # only HCMC numbers its districts
        (("Bắc Giong", None, None), None),
    ],
)
def test_unit_after_2025_follows_the_conversion_table(
    old: tuple[str | None, str | None, str | None], new: tuple[str, str | None] | None
) -> None:
    after = unit_after_2025(*old)
    assert (None if after is None else (after.province, after.commune)) == new


@pytest.mark.parametrize(
    ("level", "name", "spelled"),
    [
        (Level.COMMUNE, "12", "Phường 12"),  # a document's place keeps the number alone
        (Level.COMMUNE, "05", "Phường 5"),
        (Level.DISTRICT, "3", "Quận 3"),
        (Level.COMMUNE, "Phường 12", "Phường 12"),
        (Level.COMMUNE, "Vị Thanh 1", "Vị Thanh 1"),  # a name with a number in it
        (Level.PROVINCE, "12", "12"),  # no numbered province
        (Level.COMMUNE, None, None),
    ],
)
def test_unit_name_spells_a_numbered_unit_with_its_word(
    level: Level, name: str | None, spelled: str | None
) -> None:
    assert unit_name(level, name) == spelled


def test_a_commune_split_among_new_ones_names_them_all() -> None:
    # Phường 14 of Quận 10 went to two new wards, most of it to Diên Hồng (the dataset's
    # conversion table; Phường 12 went whole to Hòa Hưng)
    after = unit_after_2025("Hồ Chí Minh", "10", "14")
    assert after is not None and after.divided
    assert (after.commune, after.among) == ("Diên Hồng", ("Diên Hồng", "Hòa Hưng"))
    whole = unit_after_2025("Hồ Chí Minh", "10", "12")
    assert whole is not None and not whole.divided and whole.among == ()


@pytest.mark.parametrize(
    ("district", "province", "found"),
    [
        ("Hải Hậu", None, "Nam Định"),  # the one province with a district of that name
        ("Đức Phố", None, "Quảng Ngãi"),
        ("Châu Thành", None, None),  # a district of several provinces
        ("Hải Hậu", "Nam Định", "Nam Định"),
        ("Hải Hậu", "Ninh Bình", "Nam Định"),  # the 2025 Ninh Bình holds old Nam Định
        ("Châu Thành", "Tiền Giang", "Tiền Giang"),
        ("Hải Hậu", "Hà Nội", "Hà Nội"),  # no district of that name there: as written
    ],
)
def test_the_province_of_a_district_named_alone(
    district: str, province: str | None, found: str | None
) -> None:
    assert district_province(district, province) == found

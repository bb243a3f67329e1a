"""Where a text places a body: the province, district and commune its names and unit words
name (`place_at`), found where literal anchors stand and checked against the gazetteer.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from ingest.bodies import english_places
from ingest.codes import Level
from ingest.gazetteer import fold_name, gazetteer, known_name_at, provinces_holding
from ingest.host.common import related_lists_end
from ingest.layout import Layout
from ingest.models import Place
from ingest.text import NormalizedText, shadow_of

# A proper name: one to four capitalised words ("Bắc Giang", "Đức Phố", "Tân Yên").
_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# (a site banner glues a link to the name: "xã Thạch Kimhttps://…" is Thạch Kim; "V/v", about,
# is no name: "Giấy mời số 88/GM-UBND ngày 29/6/2016 của UBND huyện V/v Họp bàn …", a
# district portal's listing line, names no district)
_NAME = (
    rf"(?P<name>(?!V/[Vv](?!\w))[{_CAPITAL}](?:(?!https?:)\w)*"
    rf"(?:[ ](?!V/[Vv](?!\w))[{_CAPITAL}](?:(?!https?:)\w)*){{0,3}})"
)
# Words before a place name, per level (matched on the normalized text, both tone spellings).
_PROVINCE_BEFORE = re.compile(
    r"(?:(?:\b[Tt]ỉnh [uủ][ỷy]|\b[Tt]ỉnh|\bTỈNH|Đảng bộ tỉnh|UBND tỉnh"
    r"|[Tt]hành phố trực thuộc Trung ương|\b[Tt]hành [uủ][ỷy]|\b[Tt]hành phố|\bTP\.?|\bBáo)"
    rf"(?: |[ \t]*\n[ \t]*)|(?=TPHCM\b)|(?<=\bTP\.)(?=HCM\b)"
    # (a news item glues the name to "TP.": "UBND TP.Đà Nẵng", "xã Hướng Thọ Phú, TP.Tân An")
    rf"|\bTP\.(?=[{_CAPITAL}])"
    # (a bracket may keep a space inside: "Chủ tịch UBND H.Tịnh Biên ( An Giang )", thanhnien.vn)
    rf"|(?<=[^\W\d_] )\((?:[ ](?=[{_CAPITAL}]))?(?:[Tt]ỉnh )?(?=[^()\n]{{2,30}}\))){_NAME}"
)  # a city's name counts only where it is a province's (Hà Nội; Bắc Giang city is in Bắc Giang);
# a province's Party paper reposts its documents ("Báo Thanh Hóa trân trọng giới thiệu …"); a
# PDF's line may wrap after the word ("tỉnh\nThanh Hóa"); the city writes itself "TPHCM",
# "TP.HCM"; a news item brackets the province after a district or commune ("Tại huyện Trà
# Bồng (Quảng Ngãi), …", "xã Vĩnh Thành (tỉnh Phú Thọ)"): only a name the gazetteer knows as a
# province counts
_DISTRICT_BEFORE = re.compile(
    r"(?:\b[Hh]uyện [uủ][ỷy]|\b[Hh]uyện|\b[Tt]hị [uủ][ỷy]|\b[Tt]hị xã"
    rf"|\b[Qq]uận [uủ][ỷy]|\b[Qq]uận) {_NAME}"
)
# ("Thông tấn xã Việt Nam" is the news agency, no commune)
_COMMUNE_BEFORE = re.compile(rf"(?:\b[Pp]hường|(?<![Tt]ấn )(?<!TẤN )\b[Xx]ã|\b[Tt]hị trấn) {_NAME}")
# The unit words in a header's capitals ("UBND XÃ KỲ THỌ", "HUYỆN ĐIỆN BÀN"): only a name the
# gazetteer knows counts ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" names no commune).
_DISTRICT_CAPS = re.compile(rf"(?:\bHUYỆN|\bTHỊ XÃ|\bQUẬN)[ \t]+{_NAME}")
_COMMUNE_CAPS = re.compile(rf"(?:\bPHƯỜNG|(?<!HÒA )(?<!HOÀ )(?<!THỊ )\bXÃ|\bTHỊ TRẤN)[ \t]+{_NAME}")
# A provincial city standing for a district ("UBND thành phố Thanh Hóa", "Thành phố Bắc Kạn:
# …"), read only where no huyện, quận or thị xã is named and only for a name the gazetteer
# knows as a district: a centrally-run city (Hà Nội, Cần Thơ …) is no district.
_CITY_BEFORE = re.compile(
    rf"(?:(?:\b[Tt]hành phố|\bTHÀNH PHỐ|\bTP\.?|\b[Tt]hành [uủ][ỷy]) "
    rf"|\bTP\.(?=[{_CAPITAL}])){_NAME}"
)
_CITY_ANCHORS = (("hành ", (1,)), ("HÀNH ", (1,)), ("TP", (0,)))


# Literal anchors for the patterns above: (text that every match holds, offsets from where
# the anchor is found back to where a match holding it can start).
_PROVINCE_ANCHORS = (
    ("ỉnh ", (1, 6, 9)), ("hành phố trực thuộc Trung ương ", (1,)), ("hành ủy ", (1,)),
    ("hành uỷ ", (1,)), ("hành phố ", (1,)), ("TP. ", (0,)), ("TP ", (0,)), ("Báo ", (0,)),
    ("TP.", (0,)),  # "UBND TP.Đà Nẵng", "TP.Tân An": the name glued to "TP."
    ("ỉnh\n", (1, 6, 9)), ("hành phố\n", (1,)), ("TPHCM", (0,)), ("TP.HCM", (-3,)),
    ("ỈNH ", (1,)),  # "HUYỆN THÁI THỤY, TỈNH THÁI BÌNH" in a header's capitals
    ("(", (0,)),  # "huyện Trà Bồng (Quảng Ngãi)": the province in brackets after a place
)  # fmt: skip
_DISTRICT_ANCHORS = (("uyện ", (1,)), ("hị ", (1,)), ("uận ", (1,)))
_COMMUNE_ANCHORS = (("hường ", (1,)), ("xã ", (0,)), ("Xã ", (0,)), ("hị trấn ", (1,)))
_DISTRICT_CAPS_ANCHORS = (("HUYỆN", (0,)), ("THỊ XÃ", (0,)), ("QUẬN", (0,)))
_COMMUNE_CAPS_ANCHORS = (("PHƯỜNG", (0,)), ("XÃ", (0,)), ("THỊ TRẤN", (0,)))


Anchors = tuple[tuple[str, tuple[int, ...]], ...]


def _finditer_anchored(
    pattern: re.Pattern[str], text: str, anchors: Anchors
) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`, trying the pattern only where a match can start.

    Every match of the pattern holds one of the anchors at a fixed distance from its start,
    so trying those starts in order (skipping the ones inside a match) gives the same matches.
    """
    starts: set[int] = set()
    for stem, group in _stems(anchors):
        at_stem = _occurrences(text, stem)
        for anchor, backs in group:
            at = at_stem if len(group) == 1 else [i for i in at_stem if text.startswith(anchor, i)]
            for back in backs:
                starts.update(at if back == 0 else [i - back for i in at if i >= back])
    found: list[re.Match[str]] = []
    pos = 0
    match = pattern.match
    for start in sorted(starts):
        if start < pos:
            continue
        m = match(text, start)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


_STEMS: dict[int, tuple[Anchors, tuple[tuple[str, Anchors], ...]]] = {}


def _stems(anchors: Anchors) -> tuple[tuple[str, Anchors], ...]:
    """`anchors` grouped by their first two characters, each group under the beginning its
    anchors share ("TP. ", "TP ", "TPHCM", "TP.HCM" under "TP"): the text is searched once a
    group, and each place found is checked for the group's anchors."""
    kept = _STEMS.get(id(anchors))
    if kept is not None and kept[0] is anchors:
        return kept[1]
    groups: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for anchor, backs in anchors:
        groups.setdefault(anchor[:2], []).append((anchor, backs))
    stems = []
    for group in groups.values():
        stem = group[0][0]
        for anchor, _ in group[1:]:
            while not anchor.startswith(stem):
                stem = stem[:-1]
        stems.append((stem, tuple(group)))
    _STEMS[id(anchors)] = (anchors, tuple(stems))  # (the tuple kept: its id stays its own)
    return tuple(stems)


# The text last searched for anchors and where each stem stands in it: `place_at` searches
# one text for the anchors of several patterns, some of them twice (the district's).
_SEARCHED: list[tuple[str, dict[str, list[int]]]] = []


def _occurrences(text: str, stem: str) -> list[int]:
    """Every place `stem` starts in `text` (overlapping ones too), remembered for the text."""
    if not _SEARCHED or _SEARCHED[0][0] is not text:
        _SEARCHED[:] = [(text, {})]
    known = _SEARCHED[0][1]
    found = known.get(stem)
    if found is None:
        found = []
        k = _probe(stem)
        if k is None:
            i = text.find(stem)
            while i >= 0:
                found.append(i)
                i = text.find(stem, i + 1)
        else:  # every occurrence holds the probe at `k`: look for that one character
            probe = stem[k]
            i = text.find(probe, k)
            while i >= 0:
                if text.startswith(stem, i - k):
                    found.append(i - k)
                i = text.find(probe, i + 1)
        known[stem] = found
    return found


# The letters with a diacritic that a Vietnamese text holds most often (each over 0.5 % of the
# characters of the real texts, realcorpus/: đ 1.6, á 1.1, à 1.1, ư 1.0, ệ 0.7, ộ 0.6, ạ 0.6,
# ị 0.6, ả 0.6, ố 0.55): a stem is not looked for through one of them ("hành " by its "à"
# meets about nine times as many "à" as stems).
_COMMON_LETTERS = "đáàưệộạịảố"


@functools.cache
def _probe(stem: str) -> int | None:
    """Where in `stem` to look for a character that is rare in running text, or None: a capital
    with a diacritic, else the last capital ("HUYỆN" by its "Ệ", "TP" by its "P"), else a
    small letter with a diacritic that is not among the commonest ("ỉnh" by its "ỉ", "hường "
    by its "ờ"; "hành " has none).

    A text is searched for one character several times faster than for several: the places
    a stem starts are found through that character, then checked (same places, in order).
    """
    if len(stem) < 2:
        return None
    upper = [k for k, c in enumerate(stem) if c.isupper()]
    accented = [k for k in upper if not stem[k].isascii()]
    if upper:
        return accented[0] if accented else upper[-1]
    rare = [k for k, c in enumerate(stem) if not c.isascii() and c not in _COMMON_LETTERS]
    return rare[0] if rare else None


def place_at(norm: NormalizedText, layout: Layout, level: Level, named: Place | None,
             body: str | None = None) -> Place:  # fmt: skip
    """The place of a body at `level` (the host's, or a reported body's when its level is not
    the one first read): what its name says (`named`), the rest from the places the text names
    most often (names the gazetteer knows, for provinces). A district-level body's own unit
    word picks among the districts named ("Ban Tuyên giáo Thị ủy" over "Đảng bộ huyện Quảng
    Trạch, nay thuộc Đảng bộ thị xã Ba Đồn": the thị xã)."""
    if level is Level.CENTRAL:
        return Place()
    # (past a legal site's lists of related texts: their issuers' places are not the document's)
    text = norm.text[layout.body_start + related_lists_end(norm.text, layout.body_start) :]
    named = named or Place()
    provinces = [m for m in _not_residences(text, _finditer_anchored(_PROVINCE_BEFORE, text,
                                                                     _PROVINCE_ANCHORS))
                 if not _city_of_a_short_name(text, m)]  # fmt: skip
    province = named.province or _most_common_known(
        provinces, text, Level.PROVINCE
    ) or _province_after_district(text) or _english_place(text, Level.PROVINCE)
    district, commune = named.district, named.commune
    if district is None and level in (Level.DISTRICT, Level.COMMUNE, Level.UNKNOWN):
        districts = _not_residences(text, _finditer_anchored(_DISTRICT_BEFORE, text,
                                                             _DISTRICT_ANCHORS))
        kind = _district_kind(body) if level is Level.DISTRICT else None
        own_kind = [m for m in districts if kind and _district_kind(m.group(0)) == kind]
        district = _most_common_known(
            own_kind, text, Level.DISTRICT, unknown_as_written=True
        ) or _most_common_known(
            districts, text, Level.DISTRICT, unknown_as_written=True,
        ) or _most_common_known(
            _finditer_anchored(_DISTRICT_CAPS, text, _DISTRICT_CAPS_ANCHORS), text, Level.DISTRICT
        ) or _most_common_known(
            _finditer_anchored(_CITY_BEFORE, text, _CITY_ANCHORS), text, Level.DISTRICT
        ) or _english_place(text, Level.DISTRICT)
    if commune is None and level in (Level.COMMUNE, Level.UNKNOWN):
        commune = _most_common_known(
            _not_residences(text, _finditer_anchored(_COMMUNE_BEFORE, text, _COMMUNE_ANCHORS)),
            text, Level.COMMUNE, unknown_as_written=True,
        ) or _most_common_known(
            _finditer_anchored(_COMMUNE_CAPS, text, _COMMUNE_CAPS_ANCHORS), text, Level.COMMUNE
        ) or _english_place(text, Level.COMMUNE)
    return Place(province, district, commune).down_to(level)


# A person's residence before a place, in the same bracket or clause: "… đối với 1 cá nhân nam
# giới 45 tuổi, trú tại phường Tây Tựu, TP Hà Nội" (antv.gov.vn), "(SN 1985; ngụ xã Phong Hải,
# huyện Phong Điền)" (nld.com.vn): the place of whom a sanction is against, not the issuer's
# (FORMAT, settled 2026-12-06).
_RESIDENCE = re.compile(r"(?<!\w)(?:trú|ngụ)(?!\w)[^.;:()\n]*$", re.IGNORECASE)
_RESIDENCE_REACH = 80


def _not_residences(text: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """`matches` without the places a residence phrase gives ("trú tại phường Tây Tựu")."""
    return [m for m in matches if not _after_residence(text, m.start())]


def _after_residence(text: str, at: int) -> bool:
    floor = max(0, at - _RESIDENCE_REACH)
    window = text[floor:at].lower()
    # (the words tested first: most places have none before them, and no window is searched)
    return ("trú" in window or "ngụ" in window) and _RESIDENCE.search(text, floor, at) is not None


# The kind of district-level unit a name's word gives: a rural district ("Huyện ủy", "huyện"),
# a town ("Thị ủy", "thị xã", "Thị đoàn") or an urban district ("Quận ủy", "quận"), in the
# text's own spelling (the shadow folds "quân sự", "cơ quan" to "quan").
_DISTRICT_KINDS = re.compile(
    r"(?<!\w)(huyện|thị(?=[ \t]+(?:ủy|uỷ|xã|đoàn)(?!\w))|quận)(?!\w)", re.IGNORECASE
)


def _district_kind(name: str | None) -> str | None:
    """ "huyện", "thị" or "quận": the district-level unit a body's name or a place's words
    name first, if any."""
    m = _DISTRICT_KINDS.search(name) if name else None
    return m.group(1).lower() if m else None


def _english_place(text: str, level: Level) -> str | None:
    """The place of `level` an English text names most often with a unit word ("Lục Ngạn
    District, Bắc Giang Province"), where no Vietnamese unit word named one."""
    names = Counter(name for lvl, name in english_places(text) if lvl is level)
    return names.most_common(1)[0][0] if names else None


# The comma between a district and the bare province name a news item puts after it.
_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _province_after_district(text: str) -> str | None:
    """The province a news item names bare after a district and a comma ("UBND xã Thanh Thủy
    (huyện Lệ Thủy, Quảng Bình)", "một bí thư phường tại quận Hoàng Mai, Hà Nội"), where the
    gazetteer places that district in it: "các huyện Lệ Thủy, Quảng Ninh" lists two districts
    (Quảng Ninh is a province too, but Lệ Thủy is not in it)."""
    names: Counter[str] = Counter()
    for m in _finditer_anchored(_DISTRICT_BEFORE, text, _DISTRICT_ANCHORS):
        district = known_name_at(text, m.start("name"), Level.DISTRICT)
        comma = district and _COMMA.match(text, district[1])
        if not district or not comma:
            continue
        province = known_name_at(text, comma.end(), Level.PROVINCE)
        if province and fold_name(province[0]) in provinces_holding(district[0]):
            names[province[0]] += 1
    return names.most_common(1)[0][0] if names else None


# Ho Chi Minh City's numbered districts and wards, as a name after a unit word ("Quận 3").
_NUMBERED_UNIT = re.compile(r"(?:Quận|QUẬN|Phường|PHƯỜNG)[ \t]+(\d{1,2})(?![\w/.\-])")


# A city's unit word before a place name (the province reader's "thành phố", "TP", "Thành ủy").
_CITY_WORD = re.compile(r"(?:[Tt]hành phố|THÀNH PHỐ|TP\.?|[Tt]hành [uủ][ỷy])[ \t\n]")


def _city_of_a_short_name(text: str, m: re.Match[str]) -> bool:
    """Whether a province reader's match is a provincial city whose name is only a short name
    of its province, not the province's own ("UBND phường 10, TP Vũng Tàu", laodong.com.vn:
    the city of Bà Rịa - Vũng Tàu; as "thành phố Bà Rịa"): it names the city, no province.
    (A city named as its province is, "UBND thành phố Thanh Hóa", still names it.)"""
    if not _CITY_WORD.match(text, m.start()):
        return False
    short = _short_province_names()
    if not fold_name(m.group("name")).startswith(short):
        return False
    known = known_name_at(text, m.start("name"), Level.PROVINCE)
    return known is not None and fold_name(known[0]) in short


@functools.cache
def _short_province_names() -> tuple[str, ...]:
    """The folded names the gazetteer knows both as a district and as a short name of a
    province whose own name differs ("vungtau", "baria": Bà Rịa - Vũng Tàu)."""
    places = gazetteer()
    districts = places.names(Level.DISTRICT)
    return tuple(sorted(
        key for key, spellings in places.names(Level.PROVINCE).items()
        if key in districts and all(fold_name(s) != key for s in spellings)
    ))  # fmt: skip


def _most_common_known(matches: list[re.Match[str]], text: str, level: Level, *,
                       unknown_as_written: bool = False) -> str | None:  # fmt: skip
    """The most often named place among `matches`, each cut to the name the gazetteer knows it
    starts with (a person's name may follow a place's: "Chủ tịch HĐND phường Trấn Biên Hồ Văn
    Nam"); a name the gazetteer does not know counts as written if `unknown_as_written`, else
    not at all."""
    names: Counter[str] = Counter()
    for m in matches:
        known = known_name_at(text, m.start("name"), level)
        numbered = _NUMBERED_UNIT.match(text, m.start("name"))
        if known is not None:
            names[known[0]] += 1
        elif numbered is not None:  # "Quận ủy Quận 3": the unit word again, then its number
            names[str(int(numbered.group(1)))] += 1
        elif unknown_as_written:
            names[m.group("name")] += 1
    return names.most_common(1)[0][0] if names else None


# A province the dataset names by its 2025 name only: Thừa Thiên Huế, the city of Huế since
# January 2025 (gazetteer's _MISSING_ALIASES keeps the old name): folded old name → folded new.
_RENAMED = {"thuathienhue": "hue"}


@functools.lru_cache(maxsize=128)
def _province_pattern(name: str) -> re.Pattern[str]:
    """A province's name in shadow text, its words apart by spaces or a hyphen."""
    words = [re.escape(w) for w in shadow_of(name).lower().replace("-", " ").split()]
    return re.compile(r"(?<![a-z])" + r"[\s\-–]+".join(words) + r"(?![a-z])")


def province_holding(text: str, shadow: str, district: str) -> str | None:
    """The province the text names, anywhere, that holds `district` by the gazetteer, as the
    text writes it; None where it names none of them or several. FORMAT.md: "the issuer "Huyện
    ủy Tân Yên" with "tỉnh Bắc Giang" elsewhere in the text: province Bắc Giang"; a township's
    plan in Quảng Điền that carries out a provincial directive "về việc mở cuộc vận động toàn
    dân xây dựng Thừa Thiên Huế sáng- xanh- sạch" (sia.thuathienhue.gov.vn, retired blind batch
    w) is in Thừa Thiên Huế."""
    g = gazetteer()
    holding = provinces_holding(district)
    # (not inside the district's own name: "huyện Điện Biên Đông" names no province)
    own = [m.span() for m in _province_pattern(district).finditer(shadow)]
    found: dict[str, str] = {}  # held province → the longest name the text gives it
    for key, spellings in g.provinces.items():
        held = _RENAMED.get(key, key)
        if held not in holding:
            continue
        for spelling in spellings:
            for m in _province_pattern(spelling).finditer(shadow):
                if (any(a <= m.start() < b for a, b in own) or _PUBLISHER_BEFORE.search(
                        shadow, max(0, m.start() - 8), m.start())
                        or _PUBLISHER_AFTER.match(shadow, m.end())):  # fmt: skip
                    continue
                if len(m.group()) > len(found.get(held, "")):
                    found[held] = " ".join(text[m.start() : m.end()].split())
    return next(iter(found.values())) if len(found) == 1 else None


# The publisher's name, which names no province (FORMAT.md): "(Quang Binh Portal)", "Báo Ninh
# Thuận", "Đài PT-TH Quảng Ninh" (shadow text).
_PUBLISHER_BEFORE = re.compile(r"(?<![a-z])(?:bao|dai)\s+$")
_PUBLISHER_AFTER = re.compile(r"\s*(?:portal|online|news|\.gov|\.vn)(?![a-z])")


# A word that begins with a capital, where a place name may start (not inside a word).
_CAPITAL_START = re.compile(rf"(?<!\w)[{_CAPITAL}]")
# The word right before a name, and the one right after it.
_WORD_BEFORE = re.compile(r"(\w+)[ \t]$")
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")
# A part of a country before a province's name ("vùng Tây Bắc Nghệ An"), folded.
_REGION_WORDS = frozenset({"bac", "nam", "dong", "tay", "trung"})
# Unit words of a lower level right before a name (folded): "huyện Quảng Ninh" is a district
# of Quảng Bình, "xã Hòa Bình" a commune anywhere; a city or town by a province's name
# ("thị xã Lai Châu", "thành phố Thanh Hóa") lies in that province.
_LOWER_UNIT_BEFORE = re.compile(
    r"(?<![a-z])(?<!dia )(?:huyen|quan|xa|phuong|thi\s+tran|ap|thon|khom|to\s+dan\s+pho)[ \t]*$"
)  # ("… của địa phương\n\nNinh Thuận là tỉnh duyên hải": "địa phương" is a locality)
_TOWN_BEFORE = re.compile(r"(?<![a-z])(?:thanh\s+pho|tp\.?|thi\s+xa)[ \t]*$")
_LOWER_UNIT_AFTER = frozenset({"district", "commune", "ward", "town", "huyen", "xa"})
# A street, bridge, market or river named after a province ("đường Hà Nội", "cầu Long An",
# "sông Đồng Nai") is no province the text is about; nor an English paper's or station's name
# ("Nghe An Newspaper", "Hanoi Radio and Television").
_NOT_A_PROVINCE_BEFORE = re.compile(
    r"(?<![a-z])(?:duong|pho|ngo|hem|cau|cho|song|nui|ben|cang|quoc\s+lo|tinh\s+lo|khach\s+san"
    r"|dai)[ \t]*$"
)
_NOT_A_PROVINCE_AFTER = frozenset({"newspaper", "radio", "television", "tv", "times", "street"})
_NAME_SCAN = 20000


def sole_province_named(text: str, shadow: str, body_start: int = 0) -> str | None:
    """The one province a text names, where a province's body is named bare ("UBND tỉnh",
    "Ban Thường vụ Tỉnh ủy", "the Provincial People's Committee") and no unit word names its
    province: a province's body writes of its own province and its own districts (FORMAT.md:
    "only when the text states or plainly implies them"). Read: a province's name standing by
    itself ("… trên báo chí thuộc địa bàn Hà Tĩnh", "… phát triển thị xã Thái Hòa thành đô thị
    trung tâm vùng Tây Bắc Nghệ An", "Ninh Thuận là tỉnh duyên hải …", "State Bank of Vietnam,
    Nghe An Branch"). None where the text names no province or more than one. Not read: the
    districts or communes it names, which are what a province's act is about ("HĐND tỉnh vừa
    ban hành Nghị quyết số 31/NQ-HĐND về việc thành lập thôn Yang San …, xã Cư Elang (huyện
    Ea Kar)": province null; settled 2026-12-08 in FORMAT.md, 8 dev labels null against 2);
    the Vietnamese for Ho Chi Minh bare, who is the President ("tư tưởng Hồ Chí Minh"), the
    city being "TP Hồ Chí Minh"; a name inside a longer one
    ("Thái Bình Dương", "Điện Biên Phủ", "Nguyễn Hòa Bình", "xã Hòa Bình", "huyện Quảng
    Ninh"), the publisher's ("Báo Nghệ An"), a residence ("trú tại …")."""
    found: dict[str, str] = {}  # folded province → its dataset spelling
    pos = body_start + related_lists_end(text, body_start)
    end_at = min(len(text), pos + _NAME_SCAN)
    while True:
        m = _CAPITAL_START.search(text, pos, end_at)
        if m is None:
            break
        pos = m.end()
        known = known_name_at(text, m.start(), Level.PROVINCE)
        if known is None:
            continue
        name, end = known
        key = _RENAMED.get(fold_name(name), fold_name(name))
        if key == "hochiminh":
            continue
        head = shadow[max(0, m.start() - 24) : m.start()]
        before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        after = _WORD_AFTER.match(text, end)
        if before and before.group(1)[0].isupper() and not before.group(1).isupper() and (
            shadow_of(before.group(1)) not in _REGION_WORDS
        ):
            continue  # "Thái Bình Dương", "Nguyễn Hòa Bình", a longer name's last words
        if after and after.group(1)[0].isupper() and not after.group(1).isascii():
            continue  # "Điện Biên Phủ", "Hà Nội Mới"
        if after and shadow_of(after.group(1)).lower() in _LOWER_UNIT_AFTER | _NOT_A_PROVINCE_AFTER:
            continue  # "Hoa Binh District", "Nghe An Newspaper"
        if _LOWER_UNIT_BEFORE.search(head) or _NOT_A_PROVINCE_BEFORE.search(head):
            continue
        if _TOWN_BEFORE.search(head) and key not in provinces_holding(name):
            continue
        if _PUBLISHER_BEFORE.search(head[-8:]) or _PUBLISHER_AFTER.match(shadow, end):
            continue
        if _after_residence(text, m.start()):
            continue
        found.setdefault(key, name)
        pos = end
    return next(iter(found.values())) if len(found) == 1 else None

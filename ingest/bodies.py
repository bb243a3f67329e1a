"""Issuing bodies: the level a body's name gives and the place it names.

"Ban Thường vụ Tỉnh ủy Bắc Giang" → province, Bắc Giang; "Thị ủy Đức Phố" → district, Đức Phố;
"UBND huyện Lạc Dương" → district, Lạc Dương; "Đảng ủy xã Dương Hòa" → commune, Dương Hòa;
"Hội Nông dân tỉnh" → province; "Bộ Chính trị" → central. The one implementation of this rule:
host facts, cited documents and graph identity all ask here.

Place names are taken from the gazetteer when it knows them (so "UBND tỉnh Kiên Giang Ban hành"
yields "Kiên Giang"); a province must be one it knows, a district or commune may also be up to
three capitalised words (new communes of 2025, names the dataset spells otherwise).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from ingest.codes import LEVEL_RANK, Level
from ingest.gazetteer import fold_name, gazetteer, known_name_at
from ingest.text import shadow_of

# Committee words that name their level outright (shadow text), most specific first.
_COMMITTEES: tuple[tuple[re.Pattern[str], Level], ...] = tuple(
    (re.compile(rf"(?<![a-z])(?:{p})(?![a-z])"), level)
    for p, level in (
        (r"(?:dang uy|dang bo|chi bo|ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan)"
         r" (?:xa|phuong|thi tran|dac khu)", Level.COMMUNE),
        (r"huyen uy|quan uy|thi uy|huyen doan|quan doan|thi doan|huyen hoi", Level.DISTRICT),
        (r"tinh uy|tinh doan|tinh hoi", Level.PROVINCE),
        (r"thanh uy|thanh doan", Level.PROVINCE),  # a town's: district (see _CITY_UNITS)
    )
)  # fmt: skip
# A unit word before a place name ("tỉnh Kiên Giang", "huyện Tân Yên", "thành phố Huế").
_UNIT = re.compile(
    r"(?<![a-z])(?P<unit>"
    # a town glued to the abbreviation's dot: "UBND TP.Tam Kỳ vừa ban hành công văn …" (Báo
    # Quảng Nam), "TP.Hải Phòng" ("TP.HCM" is read as the city's own spelling below)
    r"tp\.(?=[a-z])(?!hcm(?![a-z]))"
    r"|(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa(?! hoi)|phuong|thi tran"
    r"|dac khu)(?![a-z])"  # "xã hội" is society, no commune
    r"|tp(?=hcm(?![a-z])))"  # the city glued to its unit word: "UBND TPHCM"
)
# A unit word a newspaper abbreviates, glued to its place's name or number: "UBND Q.1 vừa có kế
# hoạch …" (tuoitre.vn), "UBND H.Bình Chánh", "TX.Thuận An", "P.Bến Nghé" (text, not shadow).
_ABBREVIATED_UNIT = re.compile(r"(?<![^\W_])(?P<unit>Q|H|TX|P)\.[ \t]?(?=[A-ZĐ0-9])")
_ABBREVIATED_NUMBER = re.compile(r"(\d{1,2})(?![\w/.\-])")
_ABBREVIATED_LEVEL = {
    "Q": Level.DISTRICT, "H": Level.DISTRICT, "TX": Level.DISTRICT, "P": Level.COMMUNE,
}  # fmt: skip
# "UBND cấp xã", "các xã": a level or a set of units in general, not one body.
_GENERIC_LEVEL = re.compile(r"(?<![a-z])(?:cap|cac|moi|tung)\s+$")
_GENERIC_SPAN = 12  # "tung " and the spaces before a unit word, looked at from its start
_UNIT_LEVEL = {
    "tinh": Level.PROVINCE, "huyen": Level.DISTRICT, "quan": Level.DISTRICT,
    "thi xa": Level.DISTRICT, "xa": Level.COMMUNE, "phuong": Level.COMMUNE,
    "thi tran": Level.COMMUNE, "dac khu": Level.COMMUNE,
}  # fmt: skip
_CITY_UNITS = frozenset({"thanh pho", "tp", "tp.", "thanh uy", "thanh doan"})
_CENTRAL = re.compile(
    r"(?<![a-z])(?:bo chinh tri|ban bi thu|tong bi thu|trung uong|tw|chinh phu|thu tuong"
    r"|quoc hoi|quoc gia"
    # the ministry-level Committee for Ethnic Minority Affairs (UBDT), not a province's "Ban
    # Dân tộc tỉnh": "Ủy ban Dân tộc đã ban hành Quyết định số 433 phê duyệt danh sách …"
    # (laocaitv.vn)
    r"|uy ban dan toc"
    # (a ministry, not a Party cell: "Chi bộ Trường THCS …" folds as "bộ trưởng" would)
    r"|chu tich nuoc|(?<!dang )(?<!chi )bo (?!chi huy)[a-z]+"
    # the national mass organisations, named with the country: "Tổng Liên đoàn Lao động Việt
    # Nam", "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Nông dân Việt Nam", "Hội Cựu chiến binh …"
    r"|tong lien doan lao dong viet nam|hoi lien hiep phu nu viet nam|hoi nong dan viet nam"
    r"|hoi cuu chien binh viet nam"
    # a national congress: "Đại hội đại biểu toàn quốc lần thứ IV của Đảng", "Đại hội đại biểu
    # phụ nữ toàn quốc lần thứ XIII", "Đại hội lần thứ XI của Đảng" (not a Party branch's)
    r"|dai hoi(?: [a-z]+){0,4} toan quoc|dai hoi (?:lan thu )?[ivxl]+ cua dang(?! bo))(?![a-z])"
)
# ("TW", Trung ương abbreviated: "Đảng ủy Khối các cơ quan TW", "Ban Tuyên giáo TW")
# Newspapers abbreviate it "T.Ư" ("Ban Chỉ đạo liên ngành T.Ư", "Ban Bí thư T.Ư Đoàn") or "TƯ"
# ("Hội Nông dân TƯ"); the latter only in a name not written in capitals, where "TƯ" is a word
# ("SỞ TƯ PHÁP").
_CENTRE_DOTTED = re.compile(r"(?<!\w)T\.[ ]?Ư(?!\w)")
_CENTRE_HORN = re.compile(r"(?<!\w)TƯ(?!\w)")
# A provincial department ("Sở Y tế", "Sở Nội vụ"): the word in its own spelling, as the
# shadow folds "số" (number) to the same letters.
# (not "cơ sở", grassroots or basis: "I. CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH")
_DEPARTMENT = re.compile(r"(?<!\w)(?<![Cc]ơ )(?<!CƠ )(?:Sở|SỞ)[ \t]+[A-ZĐÂĂÊÔƠƯ]")
# A district's specialised office ("Phòng Giáo dục và Đào tạo", "Phòng Tư pháp", "Phòng Văn hóa
# và Thông tin", DOMAIN.md §6.1): the district's, as a "Sở" is the province's. Not the commune
# offices of 2025 ("Phòng Kinh tế", "Phòng Văn hóa - Xã hội"), nor a department's own rooms.
_DISTRICT_OFFICE = re.compile(
    # (the education office's abbreviation run together: "Phòng GDĐT yêu cầu các trường mầm
    # non, tiểu học, THCS" on a school site of quận Cầu Giấy)
    r"(?<![a-z])phong\s+(?:giao\s+duc|gd(?:dt)?|noi\s+vu|tu\s+phap|tai\s+chinh|tai\s+nguyen"
    r"|lao\s+dong|van\s+hoa(?![\s\-–,]+xa\s+hoi)|y\s+te|nong\s+nghiep)(?![a-z])"
)
# A mass organisation (Labour Federation, union, association, Fatherland Front) named for its
# place without a unit word: "LĐLĐ QUẢNG ĐIỀN" over a school union's name, "Công đoàn Giáo dục
# Đại Từ". A district's name the gazetteer knows at its end makes it the district's body.
_MASS_ORG = re.compile(
    r"(?<![a-z])(?:ldld|lien doan lao dong|cong doan|mttq|ubmttq|mat tran to quoc"
    r"|hoi (?:nong dan|nd|lien hiep phu nu|lhpn|phu nu|cuu chien binh|ccb|chu thap do|ctd"
    r"|khuyen hoc|nguoi cao tuoi|nct|luat gia|cuu giao chuc))(?![a-z])"
)
# A ministry's department ("Cục Bảo vệ thực vật", "Tổng cục Thuế"), named without a place: a
# central body ("Cục Thuế tỉnh Nghệ An", "Cục Thống kê Hà Nam" are read by their place first;
# "Chi cục Kiểm lâm" is a province's).
# The word in its own spelling, as the shadow folds "cực" ("Tiêu Cực") to the same letters.
_MINISTRY_DEPARTMENT = re.compile(
    r"(?<!\w)(?<!Chi )(?<!chi )(?<!CHI )(?:[Tt]ổng [Cc]ục|TỔNG CỤC|Cục|CỤC)[ \t]+[^\W\d_]"
)
# A school named in a body's name: "trường" (a school, written with the grave tone: not
# "trưởng", a head), or its kind by abbreviation. In the text's own spelling, as the shadow
# folds both words to the same letters.
_SCHOOL = re.compile(r"(?<!\w)(?:[Tt]rường|TRƯỜNG)(?!\w)|(?<!\w)(?:THCS|THPT|CĐCN)(?!\w)")
_CENTRAL_MILITARY = re.compile(r"(?<![a-z])quan uy trung uong(?![a-z])")
# A province's ethnic affairs board, a department of its People's Committee, named bare ("Ngày
# 06/9/2021, Ban Dân tộc ban hành Kế hoạch số 665/KH-BDT …", ninhthuan.gov.vn; "Xét đề nghị của
# Ban Dân tộc tại Tờ trình số 221/TTr-BDT" in a Bình Định decision): the province's (the
# ministry-level "Ủy ban Dân tộc" is read as central before it; a People's Council's "Ban Dân
# tộc", which districts have too, is not this board; shadow text).
_ETHNIC_BOARD = re.compile(
    r"(?<![a-z])(?<!uy )ban dan toc(?![a-z])(?!\s+(?:cua\s+)?(?:hdnd|hoi dong))"
)
# A body that is no level of government, named first (shadow text): the Party committee of an
# agency ("Đảng ủy cơ quan …", "Đảng ủy Văn phòng UBND tỉnh"), with the committee's standing
# board before it. (Not yet a public-service centre, "Trung tâm Y tế TP Thanh Hóa": read so,
# it lowered the held-out aggregate by one commune case, 2026-12-05.)
_NO_GOVERNMENT_LEVEL = re.compile(
    r"\s*(?:ban (?:thuong vu|chap hanh) )?dang (?:uy|bo) (?:co quan|van phong)(?![a-z])"
)
# Cities run by the centre: their "Thành ủy" is provincial; any other town's is a district's.
CENTRAL_CITIES = frozenset({"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"})
_CENTRAL_FOLDED = frozenset(fold_name(city) for city in CENTRAL_CITIES)  # "Hanoi" too
_NAME_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
_GLUED_NAME_WORD = re.compile(r"[ \t]*([^\W\d_][\w-]*)")
# Ho Chi Minh City numbers some districts and wards: "Quận 3", "Phường 5", "Quận ủy Quận 3".
# Not a span of months after the unit word: "… trên địa bàn xã 6 tháng đầu năm 2020"
# (easywebhub/daksong_website, a commune's half-year report; retired batch s).
_NUMBERED_NAME = re.compile(
    r"[ \t]+(?:(?:Quận|QUẬN|Phường|PHƯỜNG)[ \t]+)?(\d{1,2})(?![\w/.-])"
    r"(?![ \t]+(?:tháng|THÁNG|năm|NĂM|ngày|NGÀY)(?!\w))"
)


# Words that only begin a body's name (shadow text): alone, as a citation's tail sometimes
# leaves one ("Nghị quyết số 57-NQ/TW của tỉnh" where the province's steering committee is
# meant; "của Giám đốc Công an tỉnh" cut at the title; "của Bộ trưởngBộ Nội vụ" run together;
# an English page's "the Ministry"), they name no body.
_NAME_HEADS = frozenset({
    "ban", "bo", "so", "uy", "cuc", "vu", "vien", "phong", "van", "hoi", "tong", "chanh",
    "chinh", "giam", "thanh", "tieu", "tinh", "huyen", "xa", "phuong", "thi",
    "ministry", "minister", "department", "committee", "office", "council", "provincial",
})  # fmt: skip


def names_a_body(body: str) -> bool:
    """Whether an issuing body as read names a body: not one word alone that only begins a
    name ("Bộ", "Ban", "tỉnh", "Giám", "Ministry"). A name of several words, an acronym
    ("UBND") and a one-word name ("Politburo", "Đảng") name one."""
    words = body.split()
    return len(words) != 1 or shadow_of(unicodedata.normalize("NFC", words[0])) not in _NAME_HEADS


@functools.lru_cache(maxsize=4096)  # a text names few bodies, many times each (10 calls a body)
def body_level(body: str | None) -> tuple[Level, str | None]:
    """The level a body's name gives and the place name after it, if any."""
    if not body:
        return Level.UNKNOWN, None
    text = unicodedata.normalize("NFC", body)
    shadow = shadow_of(text)
    if _CENTRAL_MILITARY.search(shadow):
        return Level.CENTRAL, None  # "Quân ủy Trung ương" folds as "Quận ủy" would
    if _NO_GOVERNMENT_LEVEL.match(shadow):
        # "Đảng ủy Văn phòng UBND tỉnh", "Đảng ủy cơ quan chính quyền Quận 3": an agency's
        # Party committee under the government it serves is no level of government
        # (FORMAT.md); the place it names is left to the text
        return Level.UNKNOWN, None
    for pattern, level in _COMMITTEES:
        m = pattern.search(shadow)
        if m:
            name = place_name_after(text, m.end(), level)
            if m.group(0) in _CITY_UNITS and name is None:
                # "Thành ủy Bảo Lộc": a provincial city's committee, named as districts are
                name = _town_name_after(text, m.end())
            if m.group(0) in _CITY_UNITS and name and shadow_of(name) not in CENTRAL_CITIES:
                level = Level.DISTRICT  # a town's committee writes …/TU at district level
            return level, name
    m = next(_unit_words(text, shadow), None)
    if m is None:
        abbreviated = _abbreviated_unit_place(text)
        if abbreviated is not None:
            return abbreviated
    if m:
        unit = m.group("unit")
        if unit in _CITY_UNITS:
            name = place_name_after(text, m.end(), Level.PROVINCE)
            central = name is not None and shadow_of(name) in CENTRAL_CITIES
            if name is None and _the_city(text, m):
                return Level.PROVINCE, None  # "Chủ tịch UBND Thành phố Nguyễn Đức Trung"
            if name is None:  # "UBND thành phố Bảo Lộc": a provincial city, district level
                name = _town_name_after(text, m.end())
            return (Level.PROVINCE if central else Level.DISTRICT), name
        level = _UNIT_LEVEL[unit]
        return level, place_name_after(text, m.end(), level)
    cased = _english_caps(text) if text.isupper() else text
    english = english_places(cased)
    if english:
        # "Tay Ho District Party Committee", "The Party Committee of Lục Ngạn District, Bắc Giang
        # Province": the most local unit an English name gives
        return max(english, key=lambda found: LEVEL_RANK[found[0]])
    english_level = _ENGLISH_LEVEL_BODY.search(cased)
    if english_level is not None:
        # "the Provincial People's Committee", "the district’s Party Committee": the level
        # word before the body, no place
        return _ENGLISH_LEVEL[english_level.group("unit").lower()], None
    if _ENGLISH_CENTRAL.search(shadow):
        # "THE GOVERNMENT", "THE PRIME MINISTER", "THE MINISTRY OF FINANCE" over an English
        # translation's number line; "the Politburo", "the Secretariat" in English news
        return Level.CENTRAL, None
    if _DEPARTMENT.search(text):  # "Sở Văn hóa, Thể thao và Du lịch": a province's department
        return Level.PROVINCE, _place_at_end(_before_school(text))  # ("Sở … Đào tạo Nghệ An")
    if _DISTRICT_OFFICE.search(shadow):
        # "PHÒNG GD & ĐT PHONG ĐIỀN": the district the office's name ends with, if known
        return Level.DISTRICT, _place_at_end(_before_school(text), Level.DISTRICT)
    if _CENTRAL.search(shadow) or _CENTRE_DOTTED.search(text) or (
        not text.isupper() and _CENTRE_HORN.search(text)
    ):
        return Level.CENTRAL, None
    if not text.isupper() and _ETHNIC_BOARD.search(shadow):
        # (in capitals it may be a header's line under "ỦY", the ministry-level committee's name
        # broken over two lines: "ỦY / BAN DÂN TỘC", thuvienphapluat.vn 98/QĐ-UBDT)
        return Level.PROVINCE, _place_at_end(text)
    if _SCHOOL.search(text):
        # "Ban thường vụ Đoàn trường CĐCN Thái Nguyên", "BCH Công đoàn trường THCS Lục Ba": a
        # school's body, named for its school. A school is no level of government (FORMAT.md):
        # a header, not the name, gives a level; a province ending the name is the school's
        # place, what the text says of it
        return Level.UNKNOWN, _place_at_end(text)
    province = _place_at_end(text)
    if province is not None:
        # "Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam": a body named for its
        # province, without the unit word
        return Level.PROVINCE, province
    if _MINISTRY_DEPARTMENT.search(text):
        return Level.CENTRAL, None  # "Cục bảo vệ thực vật vừa có công văn số 1066/BVTV-QLT …"
    if _MASS_ORG.search(shadow):
        district = _place_at_end(text, Level.DISTRICT)
        if district is not None:  # "LĐLĐ QUẢNG ĐIỀN": the district's Labour Federation
            return Level.DISTRICT, district
    return Level.UNKNOWN, None


# English pages name a unit after its place ("Tay Ho District Party Committee", "Lục Ngạn
# District, Bắc Giang Province", "Phong Phu commune (Tan Lac district)") or before it ("the
# northern province of Hoa Binh"): only a name the gazetteer knows at that level counts.
# (a city's word in lower case too: "the Party Committee of Hoa Binh city has issued Plan
# 197-KH/TH.U", baohoabinh.com.vn/en, retired batch s)
_ENGLISH_UNIT_AFTER = re.compile(
    r"(?<![^\W_])(?P<unit>[Dd]istrict|[Pp]rovince|[Cc]ommune|[Ww]ard|[Cc]ity)(?![^\W_])"
)
_ENGLISH_UNIT_BEFORE = re.compile(
    r"(?<![^\W_])(?P<unit>[Dd]istrict|[Pp]rovince|[Cc]ommune|[Ww]ard) of[ \t]+(?=[A-ZĐ])"
)
_ENGLISH_LEVEL = {
    "district": Level.DISTRICT, "province": Level.PROVINCE, "commune": Level.COMMUNE,
    "ward": Level.COMMUNE, "city": Level.DISTRICT,
    "provincial": Level.PROVINCE, "communal": Level.COMMUNE,  # (a level word before a body)
    "municipal": Level.PROVINCE,  # a centrally-run city's (thành phố trực thuộc Trung ương)
}  # fmt: skip
# An English body named with its level word before it, without a place: "the Provincial
# People's Committee issued the Plan No. 100/KH-UBND" (en.hungyen.gov.vn), "the district’s
# Party Committee", "the communal Party Committee"; a bloc of the level's agencies, "the
# Standing Board of the Party Committee of the provincial Agencies’ Bloc issued Resolution No.
# 08-NQ/DU" (baohoabinh.com.vn; Đảng ủy Khối các cơ quan tỉnh: its /ĐU is no commune's).
# Also "Municipal", the English pages' word for a centrally-run city's bodies ("Chairman of the
# Municipal People’s Committee signed and released Directive 07/CT-UBND", english.hanoi.gov.vn;
# "The Steering Committee of Municipal Party Committee Program 01"), and a level's steering
# committee ("the Provincial Steering Committee for Science, Technology, Innovation and
# Digital Transformation issued Notice No. 02-TB/BCĐ", vietnam.vn).
_ENGLISH_LEVEL_BODY = re.compile(
    r"(?<![^\W_])(?P<unit>[Pp]rovincial|[Mm]unicipal|[Dd]istrict|[Cc]ommunal|[Cc]ommune|[Ww]ard)"
    r"(?:['’]s)?"
    r"[ \t]+(?:People['’]s[ \t]+(?:Committee|Council)|Party[ \t]+(?:Standing[ \t]+)?Committee"
    r"|Party[ \t]+organi[sz]ation|[Aa]gencies['’]?[ \t]+[Bb]lock?|Steering[ \t]+Committee)"
    r"(?![^\W_])"
)
# An English committee or council named right after its place: "the Hanoi Party Committee";
# also with the level word between them, "the Dak Lak Provincial People's Committee", "Ha Nam
# Provincial People’s Council" (news.laodong.vn, en.nhandan.vn).
_ENGLISH_COMMITTEE = re.compile(
    r"(?<![^\W_])(?P<provincial>(?:Provincial|Municipal)[ \t]+)?(?:Party|People['’]s)[ \t]+"
    r"(?:Standing[ \t]+)?(?:Committee|Council)(?![^\W_])"
)
# Up to four capitalised words right before an English unit word ("Bắc Giang Province").
_WORDS_BEFORE = re.compile(r"(?:[A-ZĐ][\w’'-]*[ \t]+){1,4}$")


# An English central body (shadow text): the Government (not a province's "provincial
# government"), the Prime Minister, a ministry or its minister, the National Assembly, the
# Party Centre. A local body's words come first in `body_level`.
_ENGLISH_CENTRAL = re.compile(
    r"(?<![a-z])(?<!provincial\s)(?<!district\s)(?<!local\s)(?<!city\s)(?<!commune\s)"
    r"(?:government|prime\s+minister|ministry\s+of|minister\s+of|national\s+assembly"
    r"|politburo|polibureau|(?:party\s+)?central\s+(?:party\s+)?(?:committee|secretariat)"
    r"|secretariat|state\s+president)(?![a-z])"
)
# Words an English name in capitals keeps in lower case when `_english_caps` re-cases it.
_ENGLISH_SMALL_WORDS = frozenset({"of", "the", "and"})
# The words in capitals that an English name `_english_caps` re-cases holds (a Vietnamese
# header in capitals holds none of them).
_ENGLISH_CAPS_NEEDLES = (
    "PROVINC", "DISTRICT", "COMMUN", "WARD", "CITY", "COMMITTEE", "COUNCIL",
)  # fmt: skip


def _english_caps(text: str) -> str:
    """An English name printed in capitals, re-cased as running text names it, for the
    patterns below: "PEOPLE’S COMMITTEE OF BINH THUAN PROVINCE" → "People’s Committee of
    Binh Thuan Province" (en.binhthuan.gov.vn's header), "HANOI PEOPLE'S COMMITTEE" → "Hanoi
    People's Committee", "PROVINCIAL PEOPLE'S COUNCIL"."""
    if not any(word in text for word in _ENGLISH_CAPS_NEEDLES):
        return text
    words = text.split(" ")
    return " ".join(
        w.lower() if w.lower() in _ENGLISH_SMALL_WORDS else w[:1] + w[1:].lower() for w in words
    )


# The words one of the English patterns above needs (all of them, in every case it matches):
# a text holding none of them names no English place, whatever its length (a Vietnamese law of
# 3 MB is not scanned three times over).
_ENGLISH_NEEDLES = (
    "istrict", "rovinc", "ommun", "Ward", "ward", "City", "Committee", "Council",
)  # fmt: skip


@functools.lru_cache(maxsize=2)  # (a whole body text each: a worker keeps no more than two)
def english_places(text: str) -> tuple[tuple[Level, str], ...]:
    """Every place an English text names with a unit word, in order ("The Party Committee of
    Lục Ngạn District, Bắc Giang Province" → district Lục Ngạn, province Bắc Giang). A city is
    a province when the Centre runs it ("Ho Chi Minh City"), else a provincial town (district
    level, "Bắc Giang City"). (Remembered for the last two texts: a host's place asks it of the
    same body text for each level.)"""
    # (the needles are looked for before NFC: composing makes no ASCII letter a needle holds,
    # so a text without them has none after it either; most texts have none)
    if not any(needle in text for needle in _ENGLISH_NEEDLES):
        return ()
    text = unicodedata.normalize("NFC", text)
    found: list[tuple[int, Level, str]] = []
    for m in _ENGLISH_UNIT_AFTER.finditer(text):
        unit = m.group("unit").lower()
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        # (a city: the Centre's first, "Ho Chi Minh City"; else the province's town, "Bắc
        # Giang City", read at district level)
        levels = (Level.PROVINCE, Level.DISTRICT) if unit == "city" else (_ENGLISH_LEVEL[unit],)
        for word in _NAME_START.finditer(text, before.start(), m.start()):
            hit = next(
                ((lvl, known[0]) for lvl in levels
                 if (known := known_name_at(text, word.start(), lvl)) is not None
                 and not text[known[1] : m.start()].strip()
                 and (unit != "city" or lvl is Level.DISTRICT
                      or fold_name(known[0]) in _CENTRAL_FOLDED)),
                None,
            )  # fmt: skip
            if hit is not None:
                found.append((m.start(), *hit))
                if unit == "city" and hit[0] is Level.DISTRICT and (
                    province := known_name_at(text, word.start(), Level.PROVINCE)
                ) is not None and fold_name(province[0]) == fold_name(hit[1]):
                    # a provincial city named as its province is ("the Party Committee of Hoa
                    # Binh city", baohoabinh.com.vn/en; FORMAT: "UBND thành phố Thanh Hóa" is
                    # in Thanh Hóa)
                    found.append((m.start(), Level.PROVINCE, province[0]))
                break
    for m in _ENGLISH_COMMITTEE.finditer(text):
        # "the Hanoi Party Committee": a province's committee named without its unit word, for
        # a name the gazetteer knows as a province and not as a district (not "Lao Cai")
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        for word in _NAME_START.finditer(text, before.start(), m.start()):
            known = known_name_at(text, word.start(), Level.PROVINCE)
            if known is None or text[known[1] : m.start()].strip():
                continue
            # (a name the level word calls provincial is the province's, also where a district
            # or town bears it: "Lao Cai Provincial People's Committee")
            if m.group("provincial") or known_name_at(text, word.start(), Level.DISTRICT) is None:
                found.append((m.start(), Level.PROVINCE, known[0]))
            break
    for m in _ENGLISH_UNIT_BEFORE.finditer(text):
        level = _ENGLISH_LEVEL[m.group("unit").lower()]
        known = known_name_at(text, m.end(), level)
        if known is not None:
            found.append((m.start(), level, known[0]))
    return tuple(
        (level, _accented(level, name)) for _, level, name in sorted(found, key=lambda f: f[0])
    )


def _accented(level: Level, name: str) -> str:
    """The dataset's spelling of a name an English text writes without its tone marks
    ("Hanoi" → "Hà Nội", "Tay Ho" → "Tây Hồ"), when the dataset has one spelling for it."""
    if not name.isascii():
        return name
    spellings = gazetteer().names(level).get(fold_name(name), ())
    return spellings[0] if len(spellings) == 1 else name


# A Party committee named for something other than a place: "Đảng ủy NHPT", "Đảng ủy cơ quan
# chính quyền Quận 3" (shadow text; not "Đảng ủy xã …", nor a bare "Đảng ủy").
_COMMITTEE_NAMED = re.compile(
    r"(?<![a-z])dang\s+uy\s+(?!(?:xa|phuong|thi\s+tran|dac\s+khu)(?![a-z]))"
)


def names_no_commune(body: str | None) -> bool:
    """Whether a body is a grassroots Party committee ("Đảng ủy …", which writes …/ĐU) named for
    an agency, a company or a bank rather than for a commune: the suffix then tells no level
    (FORMAT.md). A name the gazetteer knows as a commune's is a commune's ("Đảng ủy Hòa Xá")."""
    if not body:
        return False
    text = unicodedata.normalize("NFC", body)
    m = _COMMITTEE_NAMED.search(shadow_of(text))
    if m is None or not text[m.end() :].strip():
        return False
    return known_name_at(text, m.end(), Level.COMMUNE) is None


_LAST_WORDS = re.compile(r"(?:[^\W\d_][\w-]*[ \t]+){0,3}[^\W\d_][\w-]*[ \t]*$")
_NAME_START = re.compile(r"[^\W\d_][\w-]*")


def _name_at_end(text: str, level: Level) -> str | None:
    """The name of `level` the gazetteer knows at the end of `text`, the longest that runs to
    the end."""
    tail = _LAST_WORDS.search(text)
    if tail is None:
        return None
    for word in _NAME_START.finditer(text, tail.start()):
        known = known_name_at(text, word.start(), level)
        if known is not None and not text[known[1] :].strip():
            return known[0]
    return None


# A school named after its parent office on the same header line, the two lines run together
# ("SỞ GD&ĐT QUẢNG TRỊ TRƯỜNG THPT CHUYÊN" over "LÊ QUÝ ĐÔN Số: …/KH-LQĐ", 1libvn.com).
_SCHOOL_AFTER = re.compile(
    r"\s(?:TRƯỜNG|Trường)\s+(?:THPT|THCS|TH|PTDTBT|PTDTNT|PT|MN|MG|MẦM|Mầm|TIỂU|Tiểu"
    r"|TRUNG\s+HỌC|Trung\s+học)(?!\w)"
)


def _before_school(text: str) -> str:
    """A parent office's name without the school a run-together header line names after it."""
    school = _SCHOOL_AFTER.search(text)
    return text[: school.start()] if school else text


def _place_at_end(text: str, level: Level = Level.PROVINCE) -> str | None:
    """The place of `level` a body's name ends with, when the gazetteer knows one there ("…
    VSMT Hà Nam" → Hà Nam, "PHÒNG GD & ĐT DIỄN CHÂU" → Diễn Châu), taking the longest name
    that runs to the end."""
    name = _name_at_end(text, level)
    # (not the Youth Union's or the Pioneers' namesake: "Đoàn TNCS Hồ Chí Minh"; the city is
    # "Thành phố Hồ Chí Minh", which the unit word gives)
    return None if name is not None and shadow_of(name) == "ho chi minh" else name


def province_at_end(text: str) -> str | None:
    """The province a text ends with, when the gazetteer knows one there ("Báo cáo 75/BC-UBND
    2018 … Quận 5 Hồ Chí Minh": a legal site's title line, so the city too)."""
    return _name_at_end(text, Level.PROVINCE)


def _town_name_after(text: str, pos: int) -> str | None:
    """The provincial city (a district-level unit) the gazetteer knows right after a city
    unit word ending at `pos` ("thành phố Bảo Lộc"); None otherwise."""
    start = pos
    while start < len(text) and text[start] in " \t":
        start += 1
    known = known_name_at(text, start, Level.DISTRICT)
    return known[0] if known is not None else None


def places_in(text: str) -> list[tuple[Level, str]]:
    """Every place a text names after a unit word, in order ("ĐẢNG BỘ HUYỆN NGA SƠN ĐẢNG UỶ XÃ
    NGA HẢI" → district Nga Sơn, commune Nga Hải)."""
    text = unicodedata.normalize("NFC", text)
    found = []
    for m in _unit_words(text, shadow_of(text)):
        unit = m.group("unit")
        level = Level.PROVINCE if unit in _CITY_UNITS else _UNIT_LEVEL[unit]
        name = place_name_after(text, m.end(), level)
        if name is None and unit in _CITY_UNITS:  # "thành phố Bảo Lộc", a provincial city
            level, name = Level.DISTRICT, _town_name_after(text, m.end())
        if name:
            found.append((level, name))
    return found


_UNIT_SPELLINGS = frozenset({
    "tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn",
    "đặc khu",
})  # fmt: skip


# Common family names: "Thành phố" followed by one is followed by a person, not a town.
_FAMILY_NAMES = frozenset({
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ",
    "ngô", "dương", "lý", "đinh", "trương", "lương", "đoàn", "lâm", "mai", "trịnh", "cao",
})  # fmt: skip
_PERSON = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+[^\W\d_]+){2,3}(?![\w])")
_GLUED_PERSON = re.compile(r"[ \t]*([^\W\d_]+)(?:[ \t]+[^\W\d_]+){2,3}(?![\w])")


def _the_city(text: str, unit: re.Match[str]) -> bool:
    """Whether a city unit word without a place name stands for the centrally-run city, as
    official writing capitalises it ("UBND Thành phố", "UBND TP"): not followed by a town's
    name, only by nothing named or by a person ("… Thành phố Nguyễn Đức Trung vừa ký …"); a
    lower-case "thành phố" may be any town."""
    written = text[unit.start() : unit.end()]
    if not (written[:1] == "T" and (written[1:2] == "P" or written[1:2].islower())):
        return False
    # ("TP.Tam Kỳ": the name glued to the dot follows it)
    after = (_GLUED_NAME_WORD if written.endswith(".") else _NAME_WORD).match(text, unit.end())
    if after is None or not after.group(1)[:1].isupper():
        return True
    person = (_GLUED_PERSON if written.endswith(".") else _PERSON).match(text, unit.end())
    return person is not None and person.group(1).lower() in _FAMILY_NAMES


def _unit_words(text: str, shadow: str) -> Iterator[re.Match[str]]:
    """The unit words before a place's name, in order: not "cơ quan" (no "quận"), "xá" (no
    "xã"), "cấp xã" or "các xã" (a level or a set of units, not one place)."""
    for m in _UNIT.finditer(shadow):
        generic = _GENERIC_LEVEL.search(shadow, max(0, m.start() - _GENERIC_SPAN), m.start())
        if _is_unit_word(text, m) and generic is None:
            yield m


def _abbreviated_unit_place(text: str) -> tuple[Level, str] | None:
    """The level and place an abbreviated unit word gives ("UBND Q.1": district "1"), where a
    number or a name the gazetteer knows at that level follows; None otherwise ("P. Giám đốc",
    "H. Nguyễn" stay no place)."""
    for m in _ABBREVIATED_UNIT.finditer(text):
        level = _ABBREVIATED_LEVEL[m.group("unit")]
        numbered = _ABBREVIATED_NUMBER.match(text, m.end())
        # (a number glued to the dot only: "P. 33" may be a page or a room)
        if numbered is not None and m.group("unit") in ("Q", "P") and text[m.end() - 1] == ".":
            return level, str(int(numbered.group(1)))
        known = known_name_at(text, m.end(), level)
        if known is not None:
            return level, known[0]
    return None


def _is_unit_word(text: str, m: re.Match[str]) -> bool:
    written = " ".join(text[m.start() : m.end()].lower().split())
    return unicodedata.normalize("NFC", written) in _UNIT_SPELLINGS


# A header line's unit word and the name in capitals that fills the rest of it ("XÃ PHÚ MẬU",
# "HUYỆN ĐOÀN YÊN DŨNG"): one to three words of capitals, nothing after them.
_CAPS_NAME_TO_END = re.compile(r"[ \t]+((?:[A-ZĐÂĂÊÔƠƯ][^\W\d_a-z]*[ \t]*){1,3})$")


def header_line_place(line: str) -> tuple[Level, str] | None:
    """The district or commune a header's issuer line names in capitals the gazetteer does not
    know (a unit merged away before the dataset's day: "UBND XÃ PHÚ MẬU", "HUYỆN ĐOÀN YÊN
    DŨNG"): the last unit word of the line, when the name after it runs to the line's end; the
    name title-cased. None for a province (the gazetteer has them all) or a known name."""
    text = unicodedata.normalize("NFC", line.strip())
    if not text.isupper():
        return None
    shadow = shadow_of(text)
    units = [(m.end(), level) for pattern, level in _COMMITTEES for m in pattern.finditer(shadow)]
    units += [(m.end(), _UNIT_LEVEL.get(m.group("unit"), Level.PROVINCE))
              for m in _unit_words(text, shadow)]  # fmt: skip
    if not units:
        return None
    end, level = max(units, key=lambda unit: unit[0])  # the last unit word names the place
    if level not in (Level.DISTRICT, Level.COMMUNE):
        return None
    name = _CAPS_NAME_TO_END.match(text, end)
    if name is None or known_name_at(text, name.start(1), level) is not None:
        return None
    return level, " ".join(word.capitalize() for word in name.group(1).split())


def place_name_after(text: str, pos: int, level: Level) -> str | None:
    """The place name that follows a unit word ending at `pos`: the gazetteer's name when it
    knows one there, else up to three capitalised words."""
    start = pos
    while start < len(text) and text[start] in " \t":
        start += 1
    known = known_name_at(text, start, level)
    if known is not None:
        return known[0]
    if level is Level.PROVINCE:
        return None  # the gazetteer has every province (63 before 2025, 34 after)
    numbered = _NUMBERED_NAME.match(text, pos)
    if numbered is not None:
        return str(int(numbered.group(1)))
    words: list[str] = []
    while len(words) < 3:
        m = _NAME_WORD.match(text, pos)
        if not m or not m.group(1)[0].isupper():
            break
        words.append(m.group(1))
        pos = m.end()
    if words and all(w.isupper() for w in words):
        return None  # "UBND TỈNH BAN HÀNH": capitals that the gazetteer does not know
    return " ".join(words) or None


# The Central Committee's name as a Party header's top line prints it ("BAN CHẤP HÀNH TRUNG
# ƯƠNG" above the issuer's own line, which a copied page may lose), shadow text.
_CENTRAL_COMMITTEE = re.compile(r"(?:ban\s+)?chap\s+hanh\s+trung\s+(?:uong|u)\s*")
# The issuer part of a central steering committee's code: "01-KH/BCĐTW", "05-TB/BCĐTW".
_CENTRAL_STEERING = re.compile(r"BC[ĐD](?:TW|TƯ)(?![A-ZĐ])")
CENTRAL_STEERING_COMMITTEE = "Ban Chỉ đạo Trung ương"


def issuer_under_header(
    body: str | None, issuer: str | None, named: Iterable[str] = ()
) -> str | None:
    """The body that issued a document whose header names `body` and whose code's issuer part
    is `issuer`. A central steering committee's code ("01-KH/BCĐTW") under the Central
    Committee's name ("BAN CHẤP HÀNH TRUNG ƯƠNG", the top line of the header, above the
    committee's own) is the committee's: the Central Committee writes TW. Its name is the one
    the same text gives a code of the same issuer part (`named`: "Quy chế làm việc số
    01-QC/BCĐTW … của Ban Chỉ đạo Trung ương về phát triển khoa học …"), else "Ban Chỉ đạo
    Trung ương". Any other `body` is returned as it is.

    >>> issuer_under_header("Ban Chấp hành Trung ương", "BCĐTW")
    'Ban Chỉ đạo Trung ương'
    >>> issuer_under_header("Ban Chấp hành Trung ương", "TW")
    'Ban Chấp hành Trung ương'
    """
    if body is None or issuer is None or not _CENTRAL_STEERING.fullmatch(issuer):
        return body
    if _CENTRAL_COMMITTEE.fullmatch(shadow_of(unicodedata.normalize("NFC", body)).strip()) is None:
        return body
    steering = [n for n in named if shadow_of(n).startswith("ban chi dao trung uong")]
    return max(steering, key=len) if steering else CENTRAL_STEERING_COMMITTEE

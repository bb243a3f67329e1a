"""The issuer and area a document's title, opening and own words name: the title's issuer and
province, the area it is about, its own department, the issuing phrase.
"""

from __future__ import annotations

import re

from ingest.bodies import body_level, places_in, province_at_end
from ingest.codes import Level
from ingest.find import TYPE_WORD_ALT
from ingest.gazetteer import known_name_at
from ingest.host.common import _skip_blank
from ingest.text import NormalizedText, shadow_of

_STATEMENT_SCAN = 1200  # where a page without a header states its own act


_AREA = re.compile(
    r"(?<![a-z])tren\s+dia\s+ban\s+(?=(?:xa|phuong|thi\s+tran|dac\s+khu|huyen|quan|thi\s+xa"
    r"|thanh\s+pho|tinh)\s)"
)
# A congress of a Party organisation or a mass organisation at one level, which the page's
# documents serve ("Dự thảo Báo cáo Chính trị Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I",
# "Đề cương tuyên truyền Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Quảng Nam lần thứ XVIII"): the
# organisation's level and place follow.
_CONGRESS = re.compile(
    r"(?<![a-z])dai\s+hoi\s+(?:dai\s+bieu\s+)?(?:[a-z]+\s+){0,8}?"
    r"(?=(?:dang\s+bo|doan|hoi|cong\s+doan|mat\s+tran|phu\s+nu|nong\s+dan|cuu\s+chien\s+binh)\s)"
)
_TITLE_AREA_SCAN = 400


def _title_area(norm: NormalizedText, start: int) -> tuple[Level, str | None] | None:
    """The level and name of the unit the page's first line is about ("… trên địa bàn phường
    5"), when that line names one."""
    end = norm.text.find("\n", start, start + _TITLE_AREA_SCAN)
    end = end if end >= 0 else start + _TITLE_AREA_SCAN
    m = _AREA.search(norm.shadow, start, end) or _CONGRESS.search(norm.shadow, start, end)
    if m is None:
        return None
    level, name = body_level(norm.text[m.end() : m.end() + 80].split("\n")[0].split(",")[0])
    return None if level is Level.UNKNOWN else (level, name)


# "trên địa bàn xã chủ yếu …", "trên địa bàn huyện.", "trên địa bàn toàn xã": the area of a
# unit the text does not name, its own ("thành phố" may be a province's or a district's: not
# told).
_OWN_AREA = re.compile(
    r"(?<![a-z])tren\s+dia\s+ban\s+(?:toan\s+)?(?P<unit>xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh)"
    r"(?![a-z])"
)
# Another unit word after a comma or a slash: units of a kind in general, no one unit.
_UNIT_LIST_GOES_ON = re.compile(
    r"\s*[,/]\s*(?:thanh\s+pho|tp|xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh)(?![a-z])"
)
_UNIT_WORDS = {"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh"}  # not "quân"
_OWN_AREA_SCAN = 6000
_OWN_AREA_LEVEL = {"xa": Level.COMMUNE, "phuong": Level.COMMUNE, "thi tran": Level.COMMUNE,
                   "huyen": Level.DISTRICT, "quan": Level.DISTRICT, "thi xa": Level.DISTRICT,
                   "tinh": Level.PROVINCE}  # fmt: skip


def _own_area_level(norm: NormalizedText, start: int) -> Level | None:
    """The level of the one unit a text speaks of as its own area, by the bare level word
    ("trên địa bàn xã", "trên địa bàn huyện." with no name after it) past its title line, when
    all such mentions agree."""
    text, shadow = norm.text, norm.shadow
    start = _skip_blank(text, start)
    first_end = text.find("\n", start)  # (a title line's area is its subject: a listing's)
    if first_end < 0:
        return None
    found = set()
    for m in _OWN_AREA.finditer(shadow, first_end, min(len(shadow), start + _OWN_AREA_SCAN)):
        after = text[m.end() : m.end() + 3].lstrip(" \t")
        if after[:1].isupper() or after[:1].isdigit():
            continue  # "trên địa bàn xã Hòa Phú": a named unit
        if _UNIT_LIST_GOES_ON.match(shadow, m.end()):
            continue  # "trên địa bàn toàn tỉnh, thành phố": every province, a central text's
        if " ".join(text[m.start("unit") : m.end("unit")].lower().split()) not in _UNIT_WORDS:
            continue
        found.add(_OWN_AREA_LEVEL[" ".join(m.group("unit").split())])
    return found.pop() if len(found) == 1 else None


# A department's head or office named by the bare "Sở", its own department's name left out
# ("Giám đốc Sở tiếp công dân", "Trường hợp Giám đốc Sở không thể tiếp …", "Chánh Thanh tra Sở
# cùng với 01 Chuyên viên …"): in the text's spelling, as the shadow folds "số" (number) to the
# same letters; not a named one ("Giám đốc Sở Y tế") nor every department ("Giám đốc Sở, ngành").
_OWN_DEPARTMENT = re.compile(
    r"(?<!\w)(?:[Gg]iám đốc|[Tt]hanh tra|[Cc]hánh [Vv]ăn phòng) Sở(?=[ \t]*[.:;)\n]|[ \t]+(\w+))"
)
_ANY_DEPARTMENT = frozenset({"ban", "ngành", "và", "hoặc"})  # "Giám đốc Sở, ban, ngành"
_OWN_DEPARTMENT_SCAN = 3000


def _own_department(text: str, start: int) -> bool:
    """Whether a text names its own department's head or office by the bare "Sở" in its first
    characters (the word after it in lower case: no department's name follows)."""
    end = min(len(text), start + _OWN_DEPARTMENT_SCAN)
    for m in _OWN_DEPARTMENT.finditer(text, start, end):
        word = m.group(1)
        if word is None or (word.islower() and word not in _ANY_DEPARTMENT):
            return True
    return False


# A clause that opens with a body and goes on with its act, as a headerless page's issuer
# phrase does ("…, Sở Nông nghiệp và PTNT đã xây dựng …", "…, ubnd xã Quảng Thái kết hợp
# UBMTTQ … thống nhất …", "…, UBND huyện thông báo …"): shadow text, the clause after a break.
# Also a district's office and a Fatherland Front committee ("Thực hiện chỉ đạo của Giám đốc
# Sở Giáo dục và Đào tạo. Phòng GD&ĐT yêu cầu: …", pgdbadon.edu.vn; "Ủy ban MTTQ Việt Nam
# phường Long Phú … triển khai …"): only a name whose words tell a level counts.
_ISSUER_PHRASE = re.compile(
    r"(?:^|(?<=[,;:.\n]))[ \t]*(?P<body>(?:ubnd|uy\s+ban\s+nhan\s+dan|hdnd|hoi\s+dong\s+nhan"
    r"\s+dan|so|ban|huyen\s+uy|tinh\s+uy|thanh\s+uy|quan\s+uy|thi\s+uy|dang\s+uy|tinh\s+doan"
    r"|huyen\s+doan|thanh\s+doan|phong|uy\s+ban\s+mttq|uy\s+ban\s+mat\s+tran)"
    r"\s[^,;:.\n()]{0,80}?)\s+(?:(?:da|vua|cung)\s+)?"
    r"(?:xay\s+dung|ban\s+hanh|trien\s+khai|thong\s+bao|de\s+nghi|ket\s+hop|to\s+chuc"
    r"|huong\s+dan|yeu\s+cau|chi\s+dao|thong\s+nhat)(?![a-z])"
)
_ISSUER_PHRASE_SCAN = 1500
# The same in an English copy: "Pursuant to Conclusion No. 107-KL/TW …, the Standing Committee
# of the Provincial Party Committee issued a study and dissemination plan including the following
# contents:" (baonghean.vn/en), the body a clause's subject, named with capitals.
_ENGLISH_ISSUER_PHRASE = re.compile(
    r"(?:^|(?<=[,;:.\n]))[ \t]*(?:[Tt]he[ \t]+)?(?P<body>(?:Standing|Executive|Provincial"
    r"|Municipal|District|Commune|Ward|City|Town|People['’]s|Party|Department|Office|Steering"
    r"|Chairman|Chairwoman|Vice|Permanent)(?![^\W_])[^,;:.\n()]{0,100}?)[ \t]+"
    r"(?:ha(?:s|ve)[ \t]+)?(?:just[ \t]+)?(?:issued|promulgated|developed)(?![^\W_])"
)
# A council's resolution names its council in its preamble: "… và ý kiến thảo luận của đại biểu
# Hội đồng nhân dân huyện tại kỳ họp" (shadow text).
_COUNCIL_PREAMBLE = re.compile(
    r"(?<![a-z])y\s+kien\s+thao\s+luan\s+cua\s+(?:cac\s+)?dai\s+bieu\s+"
    r"(?P<body>(?:hoi\s+dong\s+nhan\s+dan|hdnd)\s[^,;:.\n()]{0,60}?)\s+tai\s+(?:ky\s+hop|phien)"
)


def _issuer_phrase(norm: NormalizedText, start: int) -> tuple[Level, str | None, str] | None:
    """The level and place of the first body in a page's opening that acts in a clause of its
    own, written as a name (capitalised, or the "UBND"/"HĐND" abbreviation in any case), when
    its name tells a level; and the body's name as written."""
    text = norm.text
    end = min(len(text), start + _ISSUER_PHRASE_SCAN)
    for m in _ISSUER_PHRASE.finditer(norm.shadow, start, end):
        body = text[m.start("body") : m.end("body")]
        if not (body[:1].isupper() or body[:4].lower() in ("ubnd", "hđnd")):
            continue
        if body[:2] in ("So", "SO", "Số", "SỐ") or body.split()[0] in ("Ban", "BAN") and (
            len(body.split()) < 3
        ):  # "Số …" a number; "Ban hành …" no body
            continue
        level, name = body_level(body)
        if level is not Level.UNKNOWN:
            return level, name, body
    for m in _ENGLISH_ISSUER_PHRASE.finditer(text, start, end):
        body = m.group("body")
        level, name = body_level(body)
        if level is not Level.UNKNOWN:
            return level, name, body
    council = _COUNCIL_PREAMBLE.search(norm.shadow, start, min(len(text), start + _STATEMENT_SCAN))
    if council is not None:
        body = text[council.start("body") : council.end("body")]
        level, name = body_level(body)
        if level is not Level.UNKNOWN:
            return level, name, body
    return None


# A title line that opens with a document's kind and number, as legal sites and listings print
# it ("Quyết định 832/QĐ-UBND Thanh Hóa 2024 …", "Quyết định số 163/QĐ-UBND của Chủ tịch UBND
# tỉnh …"); shadow text, so tone marks do not matter. A list's item ("- 1Chỉ thị 15/CT-TTg …")
# names a related document, not the page's.
_TITLE_LINE = re.compile(
    rf"[ \t]*(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?(?P<code>\d+[a-z]?(?:/\d{{4}})?/[a-z]+[^\s,;]*)"
    r"(?:\s+nam\s+\d{4}|\s+ngay\s+\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}"
    r"|\s+ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})?"
)  # ("… năm 2024", "… ngày 12/3/2024", "… ngày 12 tháng 3 năm 2024" before "của …")
# A lower council or committee the title names, whose act it may be ("… của UBND huyện Yên
# Thế, tỉnh Bắc Giang"): the province then does not tell whose the act is.
_LOWER_COUNCIL = re.compile(
    r"(?<![a-z])(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\s+(?:huyen|quan|thi xa|xa|phuong"
    r"|thi tran)(?![a-z])"
)
# The body the title names as the issuer: right after the number ("… của Tổng liên đoàn Lao
# động Việt Nam về …", "… của Chủ tịch UBND tỉnh tặng …") or at the end ("… do tỉnh Quảng Nam
# ban hành", "… do Ủy ban nhân dân tỉnh Bắc Giang ban hành").
_TITLE_OF = re.compile(r"\s+cua\s+(?P<body>[^,;\n]{3,90})")
_TITLE_BY = re.compile(r"(?<![a-z])do\s+(?P<body>[^;\n]{3,90}?)\s+ban\s+hanh\s*[.]?\s*$")
# Where a body's name after "của" ends: its subject ("về …") or its act ("tặng …", "phê duyệt").
_BODY_END = re.compile(
    r"\s(?:ve|tang|phe duyet|ban hanh|quy dinh|quy che|thuc hien|trien khai|cong bo|thanh lap"
    r"|sua doi|bai bo|huong dan|dieu chinh|tiep tuc|trong|tai|cho|giai doan)\s"
)  # (not "năm", which ends "Việt Nam", nor "thành", "công", "giáo", "tổ" that open names)
# A code of local government, whose suffix does not tell the level ("QĐ-UBND", "CT-CTUBND",
# "NQ-HĐND").
_LOCAL_CODE = re.compile(r"-(?:ct)?(?:ubnd|hdnd)(?![a-z])")
_TITLE_SCAN = 400


def _title_issuer(norm: NormalizedText, start: int) -> tuple[Level, str | None] | None:
    """The level and place of the issuer a page's title line tells, for a page that gives
    nothing else: the body the line names ("của Chủ tịch UBND tỉnh", "do tỉnh Quảng Nam ban
    hành"), else, for a code of local government (…-UBND, …-HĐND), the one province the line
    names: reposts and listings of local acts name the province whose committee issued them
    ("Quyết định 832/QĐ-UBND Thanh Hóa 2024 …", "… Kế hoạch sử dụng đất năm 2024 huyện Sơn
    Động, tỉnh Bắc Giang"). A province named under a central code (…/QĐ-TTg) is its subject,
    so that code's own level stands; a district the title names is a subject too (provinces
    approve their districts' plans), so only a body the line states makes a district's act."""
    text, shadow = norm.text, norm.shadow
    start = _skip_blank(text, start)
    end = text.find("\n", start, start + _TITLE_SCAN)
    end = end if end >= 0 else min(len(text), start + _TITLE_SCAN)
    m = _TITLE_LINE.match(shadow, start, end)
    if m is None:
        return None
    stated = _TITLE_OF.match(shadow, m.end(), end) or _TITLE_BY.search(shadow, m.end(), end)
    if stated is None:
        stated = _restated_title_by(shadow, m.group("code"), end)
    if stated is not None:
        body = text[stated.start("body") : stated.end("body")]
        if stated.re is _TITLE_OF and (cut := _BODY_END.search(shadow_of(body))) is not None:
            body = body[: cut.start()]
        level, name = body_level(body)
        if level is not Level.UNKNOWN:
            return level, name
    if _LOCAL_CODE.search(m.group("code")) is None:
        return None
    line = text[m.end() : end]
    if _LOWER_COUNCIL.search(shadow, m.end(), end):
        return None
    provinces = {name for level, name in places_in(line) if level is Level.PROVINCE}
    at = m.end() + len(line) - len(line.lstrip(" \t"))
    if (of := _TITLE_OF.match(shadow, m.end(), end)) is not None:
        at = of.start("body")  # "3109/QĐ-UBND của Bình Phước năm 2021": the province as "của"'s
    bare = known_name_at(text, at, Level.PROVINCE)
    if bare is not None:  # "832/QĐ-UBND Thanh Hóa 2024": the site writes the province bare
        provinces.add(bare[0])
    if len(provinces) != 1:
        return None
    return Level.PROVINCE, provinces.pop()


def _title_line_province(norm: NormalizedText, start: int) -> str | None:
    """The province a legal site's title line of a local act ends with ("Quy chế
    69/QCPH-HĐND-UBND-MTTQ 2021 phối hợp công tác Ủy ban Mặt trận Bình Chánh Hồ Chí Minh")."""
    text = norm.text
    start = _skip_blank(text, start)
    end = text.find("\n", start, start + _TITLE_SCAN)
    end = end if end >= 0 else min(len(text), start + _TITLE_SCAN)
    m = _TITLE_LINE.match(norm.shadow, start, end)
    if m is None or _LOCAL_CODE.search(m.group("code")) is None:
        return None
    return province_at_end(text[m.end() : end].rstrip(" \t|"))


_RESTATED_SCAN = 600  # a document site's counters and description under its title


def _restated_title_by(shadow: str, code: str, start: int) -> re.Match[str] | None:
    """The issuer a document-sharing site's description names when it restates the bare title
    line in full: "Kế hoạch số 2215/KH-UBND" then, under the site's counters, "Kế hoạch số
    2215/KH-UBND về triển khai … do Ủy ban nhân dân thành phố Hồ Chí Minh ban hành"
    (tailieu.vn). Only a line that opens with the title's own code."""
    for line in _TITLE_LINE.finditer(shadow, start, min(len(shadow), start + _RESTATED_SCAN)):
        if line.start() > 0 and shadow[line.start() - 1] != "\n":
            continue  # a title opens its line
        if line.group("code") != code:
            continue
        end = shadow.find("\n", line.end())
        stated = _TITLE_BY.search(shadow, line.end(), end if end >= 0 else len(shadow))
        if stated is not None:
            return stated
    return None


# A portal entry stored with its front matter, as the reader keeps it (its members' names and
# values, the rest blanked): the entry's "title" member, which is all the text there is
# ("title:   Thông báo Triệu tập Kỳ họp bất thường HĐND huyện Đăk Song khóa IV", "title:
# Thông báo về lịch tiếp công dân của Lãnh đạo UBND huyện 6 tháng đầu năm 2020": easywebhub's
# daksong_website; shadow text), the first words of the page.
_FRONT_MATTER_TITLE = re.compile(r"[ \t\n]*title:[ \t]+(?P<title>[^\n]+)")
# The local council or committee a title names ("HĐND huyện Đắk Song", "Ủy ban nhân dân xã Đắk
# N'Drung", "UBND thị trấn Đức An"), up to what follows its name: a term, a year, a period.
_TITLE_COUNCIL = re.compile(
    r"(?<![a-z])(?:ubnd|uy\s+ban\s+nhan\s+dan|hdnd|hoi\s+dong\s+nhan\s+dan)\s+"
    r"(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh)(?![a-z])"
)
_TITLE_COUNCIL_END = re.compile(
    r"\s+(?:khoa|nam|nhiem\s+ky|giai\s+doan|ve|tu|den|dot|lan)(?![a-z])|\s+\d|[,.;:()\-–]"
)


def _front_matter_issuer(norm: NormalizedText, start: int) -> tuple[Level, str | None] | None:
    """The level and place of the local council or committee a stored portal entry's title
    names, where the entry holds nothing else (its metadata members empty, the number only in
    an attachment's file name): "Thông báo về việc chuyển thời gian tổ chức kỳ họp thư 10 HĐND
    huyện Đắk Song …" is the district council's notice, "… Lịch tiếp công dân của Lãnh đạo UBND
    xã năm 2020" a commune committee's (FORMAT: the issuer phrase anywhere in the opening gives
    the level)."""
    shadow = norm.shadow
    m = _FRONT_MATTER_TITLE.match(shadow, start)
    if m is None:
        return None
    body = _TITLE_COUNCIL.search(shadow, m.start("title"), m.end("title"))
    if body is None:
        return None
    end = _TITLE_COUNCIL_END.search(shadow, body.end(), m.end("title"))
    name = norm.text[body.start() : end.start() if end else m.end("title")]
    level, place = body_level(name)
    return None if level is Level.UNKNOWN else (level, place)

"""Read what a document says about itself from its text (`read_host_facts`): the facts found,
each with where it came from (`HostFacts`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from ingest.bodies import CENTRAL_CITIES, body_level, header_line_place, places_in, province_at_end
from ingest.codes import LEVEL_RANK, Level
from ingest.context import MONTH_NAME, parse_date
from ingest.find import TYPE_WORD_ALT, TYPE_WORD_START
from ingest.gazetteer import gazetteer, known_name_at
from ingest.host.places import place_at
from ingest.host.signature import _recipients, _signature
from ingest.layout import Layout
from ingest.models import Place
from ingest.page.statements import opening_actor, own_statement_actor
from ingest.text import NormalizedText, shadow_of

# "Bắc Giang, ngày 08 tháng 12 năm 2020" (shadow text, so tone marks do not matter)
# (also after a wide gap on the number's line: "Số: 225-KH/TWĐTN      Hà Nội, ngày …"); the
# place starts right after the blanks, so a long run of blanks is tried once, not per blank.
# (Not a citation's code and date: "Thực hiện Công văn số 49/UBND-VHTT, ngày 12/8/2021".)
# A header flattened into one line puts the place right after the number ("Số: 94 /BC-UBND
# Hội An, ngày 28 tháng 7 năm 2015"), a Party number too, in a repost's table row ("Số:
# 30-HD/BTGTW | Hà Nội, ngày 22 tháng 11 năm 2021 |"). A place has no slash or bracket: "giao
# (Kế hoạch số 07-KH/TW, ngày 17/8/2022)" on a line's start cites a plan.
_PLACE_DATE_LINE = re.compile(
    r"(?m)(?:^[ \t]*+|[ \t]{3}|(?<![a-z])so\s*:\s*\d+[a-z]?\s*[/\-–]\s*[^\s,]+[ \t]+)(?![ \t])"
    r"(?!(?:thuc\s+hien|can\s+cu|theo)\s)([^\n,/()]{2,40}),\s*ngay(?:\s+|(?=\d))"
)  # (the day may be glued to "ngày": "Ba Đồn, ngày02 tháng 3  năm 2022")
# What every `_PLACE_DATE_LINE` match holds, found by a fast scan for its comma: a header with
# none is not tried at each of its characters.
_PLACE_DATE_COMMA = re.compile(r",\s*ngay(?:\s|\d)")


def _place_date_lines(shadow: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`_PLACE_DATE_LINE.finditer(shadow, start, end)`, the pattern tried only just before
    each ", ngày" (`_PLACE_DATE_COMMA`, found by its comma) instead of at every character.

    A match holds no comma but its last (no part of it takes one), so it starts after the
    comma before that one and ends at the first ", ngày" after its start: every match that
    starts between the two commas ends at that ", ngày", found by a search cut off there and
    matched again where it starts, to take its end as the whole text gives it.
    """
    pos = start
    while (comma := _PLACE_DATE_COMMA.search(shadow, pos, end)) is not None:
        after = max(pos, shadow.rfind(",", pos, comma.start()) + 1)
        cut = _PLACE_DATE_LINE.search(shadow, after, comma.end())
        if cut is None:
            pos = comma.start() + 1  # (a match that starts before this comma ends at it)
            continue
        m = _PLACE_DATE_LINE.match(shadow, cut.start(), end)
        assert m is not None  # (the same start, the text going on)
        yield m
        pos = m.end()


# A day of the week closing what stands before ", ngày …": a page's stamp, not a place.
_WEEKDAY_END = re.compile(
    r"(?<![a-z])(?:thu\s+(?:hai|ba|tu|nam|sau|bay|2|3|4|5|6|7)|chu\s+nhat)\s*$"
)
# The acting body in the opening sentence: "…; Ban Thường vụ Huyện ủy xây dựng Kế hoạch …"
_OPENING_ACTOR = re.compile(
    r"(?:^|[,;]\s*)(?P<body>(?:Ban|Đảng|Huyện|Tỉnh|Thành|Thị|Quận|Chi|Bộ)[^,;:.\n]{0,80}?)\s+"
    r"(?:xây dựng|ban hành|thảo luận|thống nhất|quyết định|yêu cầu|chỉ đạo|kết luận)"
)


@dataclass(slots=True)
class HostFacts:
    """Facts found about the host, each with where it came from."""

    issuing_body: str | None = None
    level: Level = Level.UNKNOWN
    term: str | None = None
    date: date | None = None
    signer: str | None = None
    signer_title: str | None = None
    recipients: tuple[str, ...] = ()
    place: Place = field(default_factory=Place)
    sources: dict[str, str] = field(default_factory=dict)
    dated_province: str | None = None  # a province named on the place-date line
    paper_province: str | None = None  # the province whose paper tags the lead ("(Baonghean.vn)")
    headline_province: str | None = None  # the province a news headline opens with
    headline_district: str | None = None  # the district a news headline opens with


# Second syllables written in lower case inside body names ("Ban Chấp hành", "Thường vụ").
_LOWER_SYLLABLES = frozenset({"Hành", "Vụ", "Trực", "Trị", "Thư", "Ương", "Nhân", "Dân", "Ban"})
_AFTER_UNIT = frozenset({"Tỉnh", "Huyện", "Đảng", "Thị", "Quận", "Thành", "Xã", "Phường"})
_PLACE_WORDS = frozenset({"Tỉnh", "Huyện", "Xã", "Phường", "Quận"})
# What follows a unit word that names a body of its own ("Tỉnh ủy", "Huyện đoàn", "Tỉnh Đoàn").
_OWN_BODY = frozenset({"Ủy", "Uỷ", "Đoàn"})
# Abbreviations kept in capitals ("UBND huyện", "Ban Thường vụ Tỉnh đoàn TNCS Hồ Chí Minh").
_ACRONYMS = frozenset({"UBND", "HĐND", "MTTQ", "BCH", "BTV", "BCĐ", "TW", "TƯ", "TNCS", "TP"})


def body_name_case(name: str) -> str:
    """Write a body name from capitals as Vietnamese texts do: "BAN THƯỜNG VỤ TỈNH ỦY" →
    "Ban Thường vụ Tỉnh ủy", "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN" → "Ban Chấp hành Đảng bộ huyện",
    "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" → "Ủy ban nhân dân tỉnh Cao Bằng"."""
    words = [w if w.upper() in _ACRONYMS else w.title() for w in name.split()]
    out: list[str] = []
    for i, word in enumerate(words):
        previous = words[i - 1] if i else ""
        following = words[i + 1] if i + 1 < len(words) else ""
        if i and (
            word in _LOWER_SYLLABLES
            or (word in {"Ủy", "Uỷ"} and previous in _AFTER_UNIT)
            or (word == "Bộ" and previous == "Đảng")
            or (word in _PLACE_WORDS and _unit_word(previous, word, following))
            or _unit_before_name(words, i)
            or (previous, word) in _SECOND_SYLLABLES
            or (previous, word) == ("Xã", "Hội") and words[i - 2 : i - 1] == ["Và"]
            or word == "Và"
        ):
            word = word.lower()
        out.append(word)
    return " ".join(out)


def _unit_word(previous: str, word: str, following: str) -> bool:
    """Whether a place word stands as the unit of a place ("… nhân dân tỉnh Cao Bằng", "Đảng bộ
    huyện", "UBND huyện"), not as the start of a body's own name ("Tỉnh ủy", "Huyện đoàn") or
    of "Xã hội" ("… Thương binh và Xã hội")."""
    if previous in {"Bộ", "Dân", "UBND", "HĐND", "Ủy", "Uỷ"}:
        return True
    return following not in _OWN_BODY and (word, following) != ("Xã", "Hội")


# Titles and the words of government names, written with their second syllable in lower case
# ("Chủ tịch", "Hội đồng", "Bộ trưởng Bộ Tài chính", "Sở Giáo dục và Đào tạo").
_SECOND_SYLLABLES = frozenset({
    ("Hội", "Đồng"), ("Chủ", "Tịch"), ("Bộ", "Trưởng"), ("Thủ", "Tướng"), ("Chính", "Phủ"),
    ("Văn", "Phòng"), ("Giám", "Đốc"), ("Tài", "Chính"), ("Giáo", "Dục"), ("Đào", "Tạo"),
    ("Y", "Tế"), ("Công", "An"), ("Quốc", "Phòng"), ("Xây", "Dựng"), ("Tư", "Pháp"),
    ("Ngoại", "Giao"), ("Kế", "Hoạch"), ("Đầu", "Tư"), ("Nông", "Nghiệp"), ("Phát", "Triển"),
    ("Lao", "Động"), ("Thương", "Binh"), ("Văn", "Hóa"), ("Thể", "Thao"), ("Du", "Lịch"),
})  # fmt: skip
# A unit word of two syllables before a place's name ("… nhân dân THÀNH PHỐ Huế", "THỊ XÃ …").
_UNIT_PAIRS = frozenset({("Thành", "Phố"), ("Thị", "Xã"), ("Thị", "Trấn")})


def _unit_before_name(words: list[str], i: int) -> bool:
    """Whether words[i] is part of a two-syllable unit word after a government's name ("Ủy ban
    nhân dân thành phố", "Hội đồng nhân dân thị xã"), written in lower case."""
    if i + 1 < len(words) and (words[i], words[i + 1]) in _UNIT_PAIRS:
        return words[i - 1] == "Dân"
    return i >= 2 and (words[i - 1], words[i]) in _UNIT_PAIRS and words[i - 2] == "Dân"


# A bloc's Party committee named in full: "Đảng bộ Khối các cơ quan Trung ương", "Đảng ủy
# Khối Doanh nghiệp tỉnh", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW" (shadow text).
_BLOC_FULL = re.compile(  # (up to the next body: "… các cơ quan tỉnh và Đảng ủy Khối …")
    r"(?<![a-z])dang\s+(?:uy|bo)\s+khoi\s+[a-z]+(?:[ \t]+(?!(?:va|dang)(?![a-z]))[a-z]+){0,5}"
)
_BLOC_SHORT = re.compile(r"(?<![a-z])dang\s+(?:uy|bo)\s+khoi\s*$")


def _bloc_level(body: str, norm: NormalizedText) -> Level:
    """The level of a bloc committee the text shortens to "Đảng ủy Khối" ("Ngày 14/3/2023 Ban
    thường vụ Đảng ủy Khối ban hành Kế hoạch …" under "… trong Đảng bộ Khối các cơ quan Trung
    ương"): the level its full name gives, where the text gives one name only."""
    if _BLOC_SHORT.search(shadow_of(body)) is None:
        return Level.UNKNOWN
    levels = set()
    for m in _BLOC_FULL.finditer(norm.shadow):
        level, _ = body_level(norm.text[m.start() : m.end()])
        if level is not Level.UNKNOWN:
            levels.add(level)
    return levels.pop() if len(levels) == 1 else Level.UNKNOWN


def level_of_body(body: str, norm: NormalizedText | None = None) -> Level:
    """Tell the level of a body from its name ("Ban Thường vụ Huyện ủy" → district)."""
    level, _ = body_level(body)
    if level is not Level.UNKNOWN:
        return level
    if norm is not None and (bloc := _bloc_level(body, norm)) is not Level.UNKNOWN:
        return bloc
    if re.search(r"(?<![a-z])dang uy(?![a-z])", shadow_of(body)) and norm is not None:
        # A bare "Đảng ủy" signing a plan: a commune/ward committee when the text names
        # commune-level units ("UBND phường", "các xã").
        shadow = norm.shadow
        if re.search(
            r"ubnd (?:phuong|xa|thi tran)|(?:phuong|xa|thi tran);|dang uy (?:phuong|xa)", shadow
        ):
            return Level.COMMUNE
    return Level.UNKNOWN


def read_host_facts(norm: NormalizedText, layout: Layout) -> HostFacts:
    """Collect the host's issuing body, level, place, date, signer and recipients."""
    facts = HostFacts()
    text, shadow = norm.text, norm.shadow
    # Heading continuation: "KẾT LUẬN / CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXVII".
    if layout.heading and layout.title:
        block = text[layout.heading[1] : layout.title[1]]
        # at a line's start: "… TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG ĐẦU CÁC SỞ" in a title is no issuer
        # (or after the number and date: "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH …")
        m = _HEADING_OF.search(block)
        if m and block[: m.start()].strip():
            # "KẾ HOẠCH / THỰC HIỆN QUYẾT ĐỊNH SỐ 63/QĐ-TTg … / CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ …": a
            # line of the title after the heading's own; "CỦA" names the cited text's body
            m = None
        if m:
            facts.issuing_body = body_name_case(m.group(1).strip())
            facts.term = m.group(2)
            facts.sources["issuing_body"] = "heading"
    congress = _congress_titled(norm, layout) if facts.issuing_body is None else None
    if congress is not None:
        # "NGHỊ QUYẾT / ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG / LẦN THỨ XIV, NHIỆM KỲ
        # 2021-2026": a congress's resolution is titled with the congress that adopts it
        facts.issuing_body = congress
        facts.sources["issuing_body"] = "heading"
    authority = _authority_line(norm, layout)
    if facts.issuing_body is None and authority is not None:
        facts.issuing_body = body_name_case(authority)
        facts.sources["issuing_body"] = "authority line"
    if facts.issuing_body is None and layout.opening:
        a, b = layout.opening
        actor = _OPENING_ACTOR.search(text, a, b)
        if actor is not None and len(actor.group("body").split()) < 2:
            actor = None  # "Ban chỉ đạo lễ hội … xây dựng": "chỉ đạo" was taken for the act
        named_actor = opening_actor(norm, a, b) if actor is None else None
        if named_actor is not None:  # (a title line in capitals names it in capitals)
            upper = named_actor.isupper()
            facts.issuing_body = body_name_case(named_actor) if upper else named_actor
            facts.sources["issuing_body"] = "opening sentence"
        if actor:
            body = " ".join(actor.group("body").split())
            body = re.split(r"\s+khóa\s+", body)[0]
            facts.issuing_body = body
            facts.sources["issuing_body"] = "opening sentence"
            term = re.search(r"khoa\s+([ivxl]+)(?![a-z])", shadow[actor.start() : actor.end()])
            if term and facts.term is None:
                facts.term = term.group(1).upper()
    if facts.issuing_body is None:
        row = _ISSUER_ROW.search(text, layout.body_start, min(len(text), layout.body_start + 3000))
        if row is not None and body_level(row.group("body"))[0] is not Level.UNKNOWN:
            facts.issuing_body = " ".join(row.group("body").split())
            facts.sources["issuing_body"] = "facts table"
    acting, signer_title, signer = _signature(norm, layout.body_start)
    facts.signer, facts.signer_title = signer, signer_title
    if acting and facts.issuing_body is None:
        facts.issuing_body = body_name_case(acting) if acting.isupper() else acting
        facts.sources["issuing_body"] = "signature block"
    if facts.issuing_body is None:  # "Chủ tịch HĐND huyện … thông báo lịch … như sau:"
        scan_end = min(len(text), layout.body_start + _STATEMENT_SCAN)
        stated = own_statement_actor(norm, layout.body_start, scan_end)
        if stated is not None:
            facts.issuing_body = stated
            facts.sources["issuing_body"] = "opening sentence"
    facts.recipients = _recipients(norm, layout.body_start)
    # Date: "<place>, ngày … tháng … năm …" line near the top.
    head_end = min(len(text), layout.body_start + 3000)
    dated_at: int | None = None
    for m in _place_date_lines(shadow, layout.body_start, head_end):
        if _WEEKDAY_END.search(m.group(1)):
            continue  # a portal's stamp: "09:26 Thứ tư , Ngày 02 Tháng 04 Năm 2025"
        parsed = parse_date(shadow, m.end())
        if parsed:
            facts.date = parsed[0]
            facts.sources["date"] = "place-date line"
            place = m.group(1)  # after a table bar or a wide gap, where the columns meet
            cut = max(place.rfind("|"), place.rfind("  ")) + 1
            dated_at = m.start(1) + cut + len(place[cut:]) - len(place[cut:].lstrip())
            break
    if facts.date is None:
        # a header whose date cell names no place ("Số: 65/1999/QĐ-UB | ngày 29 tháng 06 năm
        # 1999 |"), or one flattened into a line ("… ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29
        # tháng 10 năm 2013 QUYẾT ĐỊNH …")
        header_date = _header_date(norm, layout.body_start)
        if header_date is not None:
            facts.date, dated_at = header_date
            facts.sources["date"] = "place-date line"
    if facts.date is None:  # an English translation's "Hanoi, September 18, 2002"
        english = _english_header_date(shadow, layout.body_start)
        if english is not None:
            facts.date = english
            facts.sources["date"] = "place-date line"
    if facts.date is None:  # a legal site's facts row: "Ngày ban hành: | 28/11/2016 |"
        issued = _issued_row_date(shadow, min(len(shadow), layout.body_start + _ISSUED_SCAN))
        if issued is not None:
            facts.date = issued
            facts.sources["date"] = "facts table"
    if facts.date is None:  # the national database's history: "30/01/1988 Văn bản được ban hành"
        issued = _history_issued_date(shadow, min(len(shadow), layout.body_start + _ISSUED_SCAN))
        if issued is not None:
            facts.date = issued
            facts.sources["date"] = "facts table"
    if facts.date is None and congress is not None and layout.opening:
        # "Đại hội … lần thứ XIV, nhiệm kỳ 2021-2026 diễn ra vào ngày 16 tháng 11 năm 2021",
        # "… họp từ ngày 13/10/2020 đến ngày 15/10/2020": the resolution bears the congress's
        # (last) day
        a, b = layout.opening
        held = _CONGRESS_HELD.match(shadow, a, b)
        if held is not None and (parsed := parse_date(shadow, held.end())):
            facts.date = parsed[0]
            facts.sources["date"] = "meeting date in opening"
    if facts.date is None and layout.opening:
        a, b = layout.opening
        m = re.search(r"hoi nghi[^.;\n]{0,80}?ngay\s+", shadow[a:b])
        if m and (parsed := parse_date(shadow, a + m.end())):
            facts.date = parsed[0]
            facts.sources["date"] = "meeting date in opening"
    if facts.issuing_body:
        facts.level = level_of_body(facts.issuing_body, norm)
    named: Place | None = None
    header = _header_lines(norm, layout) or _header_above_heading(norm, layout)
    if header:
        header_level, header_place = _header_issuer(tuple(header))
        if facts.issuing_body is None:
            facts.issuing_body = body_name_case(" ".join(header))
            facts.sources["issuing_body"] = "header"
        if header_level is not Level.UNKNOWN:
            facts.level = header_level
            facts.sources["level"] = "header"
            named = header_place
        elif authority is not None and (found := body_level(authority))[0] is not Level.UNKNOWN:
            # "ỦY BAN NHÂN DÂN" alone in a repost's header; "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN"
            # above the bases says whose act it is
            facts.issuing_body = body_name_case(authority)
            facts.sources["issuing_body"] = "authority line"
            facts.level, named = found[0], _named(*found)
            facts.sources["level"] = "authority line"
    if named is None and facts.issuing_body:
        named = _named(*body_level(facts.issuing_body))
    facts.dated_province = _dated_province(text, dated_at)
    facts.paper_province = _paper_province(text, layout.body_start)
    facts.headline_province = _headline_province(text, layout.body_start)
    facts.headline_district = _headline_district(text, layout.body_start)
    local_government = _LOCAL_GOVERNMENT.search(shadow_of(facts.issuing_body or ""))
    if facts.level is Level.UNKNOWN and facts.dated_province and local_government:
        # "Cà Mau, ngày 29 tháng 12 năm 2025" under a bare "ỦY BAN NHÂN DÂN": the body sits
        # where it dates its documents; a province's name there makes it a provincial body.
        facts.level, named = Level.PROVINCE, Place(facts.dated_province)
        facts.sources["level"] = "place-date line"
    if facts.level is Level.UNKNOWN and facts.issuing_body is None:
        # "THÔNG BÁO TỔNG VỆ SINH MÔI TRƯỜNG TRÊN ĐỊA BÀN PHƯỜNG BA ĐÌNH", "ĐỀ CƯƠNG TUYÊN TRUYỀN
        # … TRÊN ĐỊA BÀN HUYỆN THUẬN CHÂU": a page that names no body is the unit's its title
        # is about
        area = _title_area(norm, layout.body_start)
        if area is not None:
            facts.level, named = area[0], _named(*area)
            facts.sources["level"] = "title's area"
    if facts.level is Level.UNKNOWN and facts.issuing_body is None:
        # "Năm 2019, thiệt hại trên địa bàn xã chủ yếu hoa màu …": a headerless text that
        # speaks of its own unit by the bare level word is that unit's
        own = _own_area_level(norm, layout.body_start)
        if own is not None:
            facts.level = own
            facts.sources["level"] = "own area"
    if facts.level is Level.UNKNOWN:
        # a legal site's or a listing's title line and nothing else to go by: "Quyết định
        # 4207/QĐ-UBND năm 2024 phê duyệt … tỉnh Nghệ An", "Kế hoạch 240/KH-TLĐ năm 2022 … do
        # Tổng Liên đoàn Lao động Việt Nam ban hành"
        titled = _title_issuer(norm, layout.body_start)
        if titled is not None:
            facts.level, named = titled[0], _named(*titled)
            facts.sources["level"] = "title line"
    if facts.level is Level.UNKNOWN and facts.issuing_body is None:
        # "Thực hiện Công văn số 866/UBND-KT2 …, Sở Nông nghiệp và PTNT đã xây dựng 02 Đề cương
        # …", "…, Ban thường vụ tỉnh Đoàn Hưng Yên triển khai Kế hoạch …" in the middle of a
        # headerless page's first paragraph: the body of the first clause that acts
        phrase = _issuer_phrase(norm, layout.body_start)
        if phrase is not None:
            facts.level, named = phrase[0], _named(*phrase)
            facts.sources["level"] = "issuer phrase"
    if facts.level is Level.UNKNOWN and facts.issuing_body is None and _own_department(
        norm.text, layout.body_start
    ):
        # "2. Giám đốc Sở tiếp công dân: Định kỳ vào ngày 15 hàng tháng …" (a department's
        # citizen reception schedule, sotttt.vinhphuc.gov.vn): a headerless text that speaks of
        # its own head by the bare "Sở" is a department's, and only a province has departments
        facts.level = Level.PROVINCE
        facts.sources["level"] = "own department"
    if facts.level is Level.UNKNOWN and _DIRECTS_CENTRALLY_RUN_UNITS.search(
        norm.shadow, layout.body_start, min(len(norm.shadow), layout.body_start + _DIRECTS_SCAN)
    ):
        # "Kính gửi: - Các Bộ, cơ quan ngang Bộ …; - UBND các tỉnh, thành phố trực thuộc Trung
        # ương", "… “UBND các tỉnh, TP trực thuộc Trung ương chỉ đạo …” - công điện nêu rõ": only
        # a central body writes to every province or to the ministries
        facts.level = Level.CENTRAL
        facts.sources["level"] = "addressees"
    if facts.level is Level.UNKNOWN and _DIRECTS_DISTRICTS.search(
        norm.shadow, layout.body_start, min(len(norm.shadow), layout.body_start + _DIRECTS_SCAN)
    ):
        # "Kính gửi: Công đoàn Giáo dục các huyện, thành phố", "UBND các huyện, thị xã, thành
        # phố triển khai thực hiện việc treo cờ …": a body that writes to every district is a
        # province's (a centrally-run city's writes to "các quận, huyện")
        facts.level = Level.PROVINCE
        facts.sources["level"] = "addressees"
    facts.place = place_at(norm, layout, facts.level, named, facts.issuing_body)
    if facts.level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE) and (
        facts.place.province is None
    ):
        # "Báo cáo 75/BC-UBND 2018 tình hình … Quận 5 Hồ Chí Minh": a legal site's title line
        # ends with the province of the local body whose act it lists
        titled_province = _title_line_province(norm, layout.body_start)
        if titled_province is not None:
            facts.place = replace(facts.place, province=titled_province)
            facts.sources["province"] = "title line"
    dated_unit = _dated_unit(text, dated_at, facts.level, facts.place)
    if dated_unit is not None:
        # "ĐẢNG BỘ XÃ MỸ HƯNGCHI BỘ TRƯỜNG THCS MỸ HƯNG / Số: 01/KH-CB / Mỹ Hưng, ngày 03 tháng
        # 01 năm 2019": a commune's or a district's document is dated where it is issued
        facts.place = facts.place.naming(facts.level, dated_unit)
        facts.sources["place"] = "place-date line"
    if facts.date is not None and facts.date >= DISTRICTS_ABOLISHED and facts.place.district:
        # no district level after 1 July 2025 (DOMAIN.md §6): a district the text names is an
        # older document's, not this one's
        facts.place = replace(facts.place, district=None)
    return facts


# The units only the Centre directs or writes to: every province's committee or Party
# committee ("UBND các tỉnh, thành phố trực thuộc Trung ương", "Các tỉnh ủy, thành ủy, đảng ủy
# trực thuộc Trung ương") and the ministries ("Các Bộ, cơ quan ngang Bộ").
_DIRECTS_CENTRALLY_RUN_UNITS = re.compile(
    r"(?<![a-z])(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+cac\s+tinh\s*,\s*(?:thanh\s+pho|tp)\.?"
    r"\s+truc\s+thuoc\s+trung\s+uong|cac\s+tinh\s+uy\s*,\s*thanh\s+uy"
    r"|cac\s+bo\s*,\s*co\s+quan\s+ngang\s+bo)(?![a-z])"
    r"(?=[ \t]*[^\s])"  # the line goes on: not a site menu's entry ("Các Bộ, cơ quan ngang Bộ")
)
_DIRECTS_SCAN = 1500
# Every district of a province, as its bodies address or direct them (shadow): "các huyện,
# thành phố", "các huyện, thị xã, thành phố" (not "các tỉnh, thành phố trực thuộc Trung ương").
_DIRECTS_DISTRICTS = re.compile(
    r"(?<![a-z])cac\s+huyen\s*,\s*(?:thi\s+xa\s*,\s*)?(?:thanh\s+pho|tp)(?![a-z])"
    r"(?!\.?\s+truc\s+thuoc\s+trung)"
)


# "CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXVII" under a heading: whose document it is.
_HEADING_OF = re.compile(
    r"(?m)(?:^[ \t]*|^[ \t]*SỐ\s+\S+\s+NGÀY\s+[\d/.\-]+\s+)CỦA\s+([^\n]+?)(?:\s+KHÓA\s+([IVXL]+))?"
    # (the subject may follow on the line: "CỦA BỘ CHÍNH TRỊ VỀ XÂY DỰNG …")
    r"(?:\s+VỀ\s[^\n]*)?\s*(?:\n|$)"
)
# A congress named as a resolution's title, up to its term ("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH BẮC
# GIANG LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025"), in capitals.
# The days its opening says the congress sat, up to its last: "diễn ra vào ngày …", "họp từ ngày
# … đến ngày …" (shadow).
_CONGRESS_HELD = re.compile(
    r"[ \t]*dai\s+hoi[^.;\n]{0,120}?(?:dien\s+ra|hop|to\s+chuc)\s+(?:vao\s+)?"
    r"(?:(?:trong\s+(?:\S+\s+)?ngay|tu\s+ngay)\s+[^.;\n]{1,30}?\s+den\s+)?ngay\s+"
)
_CONGRESS_TITLE = re.compile(r"\s*(ĐẠI HỘI\s[^,\n(]*?(?:\s+LẦN\s+THỨ\s+[IVXL]+|\n|$))")


def _congress_titled(norm: NormalizedText, layout: Layout) -> str | None:
    """The congress a resolution's title names as its own, whose level is known ("Đại hội đại
    biểu Phụ nữ thành phố Đà Nẵng lần thứ XIV"); None for any other heading or title (an
    outline or a plan "ĐẠI HỘI …" is about a congress, not by it)."""
    if layout.kind != "Nghị quyết" or layout.heading is None or layout.title is None:
        return None
    block = norm.text[layout.heading[1] : layout.title[1]]
    m = _CONGRESS_TITLE.match(block)
    if m is None:
        return None
    name = body_name_case(" ".join(m.group(1).split()))
    return name if body_level(name)[0] is not Level.UNKNOWN else None


# The enacting authority of a State act: a line in capitals between its title and its first
# "Căn cứ" ("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
# "BỘ TRƯỞNG BỘ TÀI CHÍNH"), or the text's end when a short copy stops there.
# (an English translation's "Pursuant to …" under "THE PRIME MINISTER", vbpl.vn)
_FIRST_BASIS = re.compile(r"(?m)^[ \t\-–•*]*(?:can\s+cu|pursuant\s+to)(?![a-z])")
_AUTHORITY_SCAN = 800
_AUTHORITY_MAX = 80


def _enacting_heading(norm: NormalizedText, body_start: int, heading_start: int) -> bool:
    """Whether the heading found is a decision's enacting word under its bases ("… Căn cứ
    …;\nXét …,\nQUYẾT ĐỊNH\nĐiều 1. …"): a repost that lost the heading over its title ("Số:
    47/2005/QĐ-UBND | Đồng Hới, … / VỀ VIỆC BAN HÀNH QUY ĐỊNH … / ỦY BAN NHÂN DÂN TỈNH QUẢNG
    BÌNH / Căn cứ …"). Its authority line stands above the bases, as if it had no heading."""
    return _FIRST_BASIS.search(norm.shadow, body_start, heading_start) is not None


# A page flattened to one line runs the authority into its first basis clause: "… THÁNG 4 NĂM
# 2025 CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ …" (the capitals' last words before "Căn cứ").
_INLINE_BASIS = re.compile(r"[ \t]Căn cứ[ \t]")
_CAPITAL_WORD = re.compile(r"[^\W\d_]+")


def _flattened_authority(text: str, start: int) -> str | None:
    """The body in capitals right before a flattened page's first "Căn cứ", if it names one."""
    basis = _INLINE_BASIS.search(text, start, min(len(text), start + _AUTHORITY_SCAN))
    if basis is None:
        return None
    words: list[str] = []
    for word in reversed(text[max(start, basis.start() - _AUTHORITY_MAX) : basis.start()].split()):
        if not _CAPITAL_WORD.fullmatch(word) or not word.isupper():
            break
        words.insert(0, word)
    body = " ".join(words)
    return body if words and body_level(body)[0] is not Level.UNKNOWN else None


def _authority_line(norm: NormalizedText, layout: Layout) -> str | None:
    if layout.heading is not None and not _enacting_heading(norm, layout.body_start,
                                                            layout.heading[0]):
        start = layout.heading[1]  # the title block may run on into the authority line
    else:  # a repost that lost its heading: the title, then the authority, under the number
        number = _NUMBER_LINE.search(
            norm.shadow, layout.body_start, min(len(norm.text), layout.body_start + _HEADER_SCAN)
        )
        if number is not None and number.group("word") is not None:
            return None
        # without a number line (a portal's copy: "Nghị quyết về … / HỘI ĐỒNG NHÂN DÂN XÃ
        # KHÓA XIX KỲ HỌP THỨ 8 / Căn cứ …"), the line right above the first basis
        start = norm.text.find("\n", number.end()) if number else layout.body_start
        if start < 0:
            return None
    basis = _FIRST_BASIS.search(norm.shadow, start, min(len(norm.text), start + _AUTHORITY_SCAN))
    if basis is None and layout.heading is None:
        flattened = _flattened_authority(norm.text, start)
        if flattened is not None:
            return flattened
    if basis is not None:
        stop = basis.start()
    elif len(norm.text) <= start + _AUTHORITY_SCAN:
        stop = len(norm.text)  # an opening pasted down to the authority line, and no further
    else:
        return None
    lines = norm.text[start:stop].split("\n")
    for line in reversed(lines):
        clean = " ".join(line.split()).strip(" |")
        if not clean:
            continue
        letters = [c for c in clean if c.isalpha()]
        if len(clean) > _AUTHORITY_MAX or not letters or not all(c.isupper() for c in letters):
            return None
        if _SESSION_LINE.match(shadow_of(clean)):
            continue  # "KHÓA XVIII – KỲ HỌP THỨ 13": the council's session, under its name
        if _TITLE_LINE_START.match(shadow_of(clean)):
            return None  # "THỰC HIỆN CHIẾN LƯỢC QUỐC GIA …": the title's line, no body
        return clean if body_level(clean)[0] is not Level.UNKNOWN else None
    return None


# What opens a title's line under its heading, never a body's name (shadow): "KẾ HOẠCH HÀNH
# ĐỘNG / THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ …", "VỀ VIỆC …".
_TITLE_LINE_START = re.compile(r"(?:thuc\s+hien|trien\s+khai|ve|v\s*/\s*v|phe\s+duyet)(?![a-z])")


_STATEMENT_SCAN = 1200  # where a page without a header states its own act
# A legal site's table of facts about the document: "Cơ quan ban hành: Tỉnh Đắk Lắk",
# "| Cơ quan ban hành | Bộ Tài chính |", or a later cell of a row: "Số hiệu | Số 16/KH-PGD&ĐT |
# Cơ quan ban hành | Phòng Giáo dục và Đào tạo Hiệp Hòa |" (a school site's register).
_ISSUER_ROW = re.compile(
    r"(?im)(?:^|\|)[ \t|•*\-]*C[ơo] quan ban h[àa]nh[ \t]*[:|]?[ \t|]*(?P<body>[^\n|;:]{3,80}?)"
    r"[ \t]*(?:\||$)"  # the row may go on with more cells: "| Số công báo: | …"
)
# A legal site's row of the date of issue: "Ngày ban hành: | 28/11/2016 |", "• Ngày ban hành:
# 22-11-2006", "Ngày ban hành:19/06/2025Ngày hết hiệu lực: …" (shadow text).
# (A site may explain the row on a line between: "Ngày ban hành:\nNgày ban hành là ngày, tháng,
# năm văn bản được thông qua hoặc ký ban hành.\n09/12/2025".)
_ISSUED_ROW = re.compile(
    r"(?m)^[ \t|•*\-]*ngay ban hanh[ \t]*[:|]?[ \t|]*"
    r"(?:\n[ \t]*ngay ban hanh la [^\n]{0,120}\n[ \t|]*)?(?=\d)"
)
_ISSUED_SCAN = 4000


# A header's number cell and a date cell without a place: "Số: 65/1999/QĐ-UB | ngày 29 tháng
# 06 năm 1999 |"; a telegram's number line gives its hour before the day: "Số: 02/CĐ-TW hồi
# 10 giờ 00 ngày 01/02/2014", "Số: 05/CĐ-TW | Hồi 18 giờ 00 ngày 15 tháng 07 năm 2014 |"
# (shadow text).
_SENT_AT = r"hoi[ \t]+\d{1,2}[ \t]*(?:gio|h)(?:[ \t]*\d{1,2}(?:[ \t]*phut)?)?[ \t|]*"
_NUMBER_CELL_DATE = re.compile(
    rf"(?m)^[ \t|]*so\s*:?[ \t]*(?:[^\n|]{{1,40}}\|[ \t]*(?:{_SENT_AT})?"
    rf"|[^\n|]{{1,40}}?[ \t]{_SENT_AT})ngay\s+(?=\d)"
)
# A date written out in words after a comma, as a header's place-date line has it ("…, ngày
# 29 tháng 10 năm 2013"), not a citation's "ngày 22/02/2013".
WORDED_DATE = re.compile(r",[ \t]*ngay\s+(?=\d{1,2}\s+thang(?:\s|\d))")
_HEADER_DATE_SCAN = 600
# A header's number label, then the place of the place-date line, on one flattened line.
_NUMBER_LABEL_BEFORE = re.compile(r"(?<![a-z])so\s*:\s*[^\s,]+[ \t.]+[^\n,:;]{2,30}$")
_NUMBERED_REACH = 60
# The motto's end, then the place of the place-date line, on one flattened line.
_MOTTO_BEFORE = re.compile(r"(?<![a-z])hanh\s+phuc[\s\-–_]*(?:[^\s,]+[ \t]+){0,3}[^\s,]+$")
_PROVINCE_WORDS = 4  # words a province's name may have before the comma ("Bà Rịa - Vũng Tàu")
# A place-date line that lost its comma, alone on its line and written out in full: "Thanh Bình
# Thịnh ngày 24 tháng 4 năm 2023" (a commune Party committee's letter on its portal).
_PLACE_DATE_NO_COMMA = re.compile(
    r"(?m)^[ \t]*(?P<place>[^\n,/()|:;.\d]{2,40}?)[ \t]+ngay[ \t]*"
    r"(?=\d{1,2}[ \t]+thang[ \t]+\d{1,2}[ \t]+nam[ \t]+\d{4}[ \t.]*$)"
)


def _header_date(norm: NormalizedText, start: int) -> tuple[date, int | None] | None:
    """The date of a header that lost its place-date line's shape, and where its place
    starts (None when it names none)."""
    text, shadow = norm.text, norm.shadow
    end = min(len(text), start + _HEADER_DATE_SCAN)
    cell = _NUMBER_CELL_DATE.search(shadow, start, end)
    if cell is not None and (parsed := parse_date(shadow, cell.end())):
        return parsed[0], None
    for m in WORDED_DATE.finditer(shadow, start, end):
        parsed = parse_date(shadow, m.end())
        if parsed is None:
            continue
        words = list(re.finditer(r"\S+", text[max(start, m.start() - 40) : m.start()]))
        base = max(start, m.start() - 40)
        for w in words[-_PROVINCE_WORDS:]:
            named = known_name_at(text, base + w.start(), Level.PROVINCE)
            if named is not None and named[1] == m.start():
                return parsed[0], base + w.start()  # "… HỒ CHÍ MINH Hà Nội, ngày …"
        if _MOTTO_BEFORE.search(shadow, max(start, m.start() - _NUMBERED_REACH), m.start()):
            # "… Độc lập - Tự do - Hạnh phúc Thụy Dương, ngày 07 tháng 12 năm2010 …": the place
            # right after the motto, whatever unit it names
            return parsed[0], None
        if _NUMBER_LABEL_BEFORE.search(shadow, max(start, m.start() - _NUMBERED_REACH), m.start()):
            # "… HĐĐ XÃ ĐIỆN TIẾN Số: ...../KH- HĐĐ. Điện Tiến, ngày 20 tháng 1 năm 2013.": the
            # place right after the header's number, whatever unit it names
            return parsed[0], None
    for m in _PLACE_DATE_NO_COMMA.finditer(shadow, start, end):
        place = text[m.start("place") : m.end("place")].split()
        if all(w[:1].isupper() for w in place) and (parsed := parse_date(shadow, m.end())):
            return parsed[0], None  # a place's name, each word capitalised
    return None


# An English translation's place-date line, alone on its line or in its table cell: "Hanoi,
# September 18, 2002" (hethongphapluat.com), "Ha Noi , October 12, 2000" (vbpl.vn), "Hanoi,
# April\n29th 2011" (thuvienphapluat.vn), "Nationwide, January 22, 2013" (global-regulation.com),
# "Hanoi, day 05 month 02 year 2008" (asianlii.org), or the date alone after the number's cell
# ("No: 74/TB-UBND      April 15, 2020", en.binhthuan.gov.vn). Only on a page whose header is
# English: the motto ("Independence - Freedom - Happiness", or the State's name above it, where a
# site dropped the motto: "| Hanoi, May 25, 2024 |", english.luatvietnam.vn) comes first.
_ENGLISH_MOTTO_WORDS = (
    r"socialist\s+republic\s+of\s+viet\s*nam|independence\s*[-–]\s*freedom\s*[-–]\s*happiness"
)
_ENGLISH_MOTTO = re.compile(_ENGLISH_MOTTO_WORDS)
_ENGLISH_PLACE_DATE = re.compile(
    # (or run on after the motto, where a site flattened the header's cells into one line:
    # "SOCIALIST REPUBLIC OF VIET NAM Independence - Freedom - Happiness Ha Noi , January 10,
    # 2004 |", global-regulation.com)
    r"(?m)(?:^|\||[ \t]{4,}|(?<=happiness))[ \t]*(?:[a-z][a-z.’' ]{1,24}?[ \t]*,[ \t]*)?"
    rf"(?=(?:{MONTH_NAME})\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAME})(?![a-z])|day\s+\d)"
)
_ENGLISH_DATE_END = re.compile(r"[ \t.|]*(?:\n|$)")
# The place-date after the number on its line, one space between: "No: 71/2017/ND-CP Hanoi,
# June 6th, 2017" (scribd.com, a decree's copy whose header's cells ran together).
_ENGLISH_NUMBER_LINE_DATE = re.compile(
    r"(?m)^[ \t|]*(?:no|number)\.?[ \t]*:?[ \t]*\d[^\s|]*[ \t]+"
    r"(?:[a-z][a-z.’' ]{1,24}?[ \t]*,[ \t]*)"
    rf"(?=(?:{MONTH_NAME})\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAME})(?![a-z]))"
)
_ENGLISH_HEADER_SCAN = 1500


# An English legal site's facts row: "Issuing date:14/09/2023" (english.luatvietnam.vn).
_ENGLISH_ISSUED_ROW = re.compile(r"(?m)^[ \t|•*\-]*issuing\s+date[ \t]*[:|]?[ \t|]*(?=\d)")


def _english_header_date(shadow: str, start: int) -> date | None:
    """The date of an English translation's header (`_ENGLISH_PLACE_DATE`, or
    `_ENGLISH_NUMBER_LINE_DATE`) or of its site's facts row (`_ENGLISH_ISSUED_ROW`), or None."""
    end = min(len(shadow), start + _ENGLISH_HEADER_SCAN)
    if "issuing date" in shadow[start:end] and (
        row := _ENGLISH_ISSUED_ROW.search(shadow, start, end)
    ) is not None and (parsed := parse_date(shadow, row.end())) is not None:
        return parsed[0]
    motto = _ENGLISH_MOTTO.search(shadow, start, end)
    if motto is None:
        return None
    # the place-date on its own line first, then one run on after the number
    for place_date in (_ENGLISH_PLACE_DATE, _ENGLISH_NUMBER_LINE_DATE):
        for m in place_date.finditer(shadow, motto.end(), end):
            parsed = parse_date(shadow, m.end())
            if parsed is not None and _ENGLISH_DATE_END.match(shadow, parsed[1]):
                return parsed[0]
    return None


# A row of the national legal database's history of a document: "30/01/1988 Văn bản được
# ban hành 8/HĐBT" (its other rows date its taking effect, amendments and repeal).
_HISTORY_ISSUED_ROW = re.compile(
    r"(?m)^[ \t|]*(?=\d{1,2}/\d{1,2}/\d{4}[ \t|]+van ban duoc ban hanh\b)"
)


def _history_issued_date(shadow: str, end: int) -> date | None:
    """The date of the one history row that says the document was issued, if there is one."""
    found = set()
    if shadow.find("van ban duoc ban hanh", 0, end) < 0:  # every row holds it: a fast scan first
        return None
    for m in _HISTORY_ISSUED_ROW.finditer(shadow, 0, end):
        parsed = parse_date(shadow, m.end())
        if parsed is not None:
            found.add(parsed[0])
    return found.pop() if len(found) == 1 else None


def _issued_row_date(shadow: str, end: int) -> date | None:
    """The date the facts rows before `end` give, when they give one only (a site's list of
    several documents gives several: no one of them is the page's)."""
    found = set()
    if shadow.find("ngay ban hanh", 0, end) < 0:  # every row holds it: a fast scan first
        return None
    for m in _ISSUED_ROW.finditer(shadow, 0, end):
        parsed = parse_date(shadow, m.end())
        if parsed is not None:
            found.add(parsed[0])
    return found.pop() if len(found) == 1 else None


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
_ISSUER_PHRASE = re.compile(
    r"(?:^|(?<=[,;:.\n]))[ \t]*(?P<body>(?:ubnd|uy\s+ban\s+nhan\s+dan|hdnd|hoi\s+dong\s+nhan"
    r"\s+dan|so|ban|huyen\s+uy|tinh\s+uy|thanh\s+uy|quan\s+uy|thi\s+uy|dang\s+uy|tinh\s+doan"
    r"|huyen\s+doan|thanh\s+doan)\s[^,;:.\n()]{0,80}?)\s+(?:(?:da|vua|cung)\s+)?"
    r"(?:xay\s+dung|ban\s+hanh|trien\s+khai|thong\s+bao|de\s+nghi|ket\s+hop|to\s+chuc"
    r"|huong\s+dan|yeu\s+cau|chi\s+dao|thong\s+nhat)(?![a-z])"
)
_ISSUER_PHRASE_SCAN = 1500
# A council's resolution names its council in its preamble: "… và ý kiến thảo luận của đại biểu
# Hội đồng nhân dân huyện tại kỳ họp" (shadow text).
_COUNCIL_PREAMBLE = re.compile(
    r"(?<![a-z])y\s+kien\s+thao\s+luan\s+cua\s+(?:cac\s+)?dai\s+bieu\s+"
    r"(?P<body>(?:hoi\s+dong\s+nhan\s+dan|hdnd)\s[^,;:.\n()]{0,60}?)\s+tai\s+(?:ky\s+hop|phien)"
)


def _issuer_phrase(norm: NormalizedText, start: int) -> tuple[Level, str | None] | None:
    """The level and place of the first body in a page's opening that acts in a clause of its
    own, written as a name (capitalised, or the "UBND"/"HĐND" abbreviation in any case), when
    its name tells a level."""
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
            return level, name
    council = _COUNCIL_PREAMBLE.search(norm.shadow, start, min(len(text), start + _STATEMENT_SCAN))
    if council is not None:
        level, name = body_level(text[council.start("body") : council.end("body")])
        if level is not Level.UNKNOWN:
            return level, name
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


# The session line a council's resolution prints under the council's name.
_SESSION_LINE = re.compile(r"(?:khoa\s+[ivxlc]+\b|ky\s+hop\s+thu|nhiem\s+ky\s+\d)")


# The 2025 reorganisation: no district level from this day (DOMAIN.md §6).
DISTRICTS_ABOLISHED = date(2025, 7, 1)


def _dated_unit(text: str, dated_at: int | None, level: Level, place: Place) -> str | None:
    """The commune or district the place-date line names, for a document of that level whose
    place at that level the text left unnamed; only a name the gazetteer knows at the level,
    running to the comma."""
    if dated_at is None or level not in (Level.COMMUNE, Level.DISTRICT):
        return None
    if (place.commune if level is Level.COMMUNE else place.district) is not None:
        return None
    known = known_name_at(text, dated_at, level)
    if known is None or text[known[1] : known[1] + 1] != ",":
        return None
    return known[0]


def _dated_province(text: str, dated_at: int | None) -> str | None:
    """The province the place-date line names ("Cà Mau, ngày …"), if its place is one."""
    if dated_at is None:
        return None
    province = known_name_at(text, dated_at, Level.PROVINCE)
    if province is None or text[province[1] : province[1] + 1] != ",":
        return None
    return province[0]


# A province's paper tags the leads it writes with its name: "(Baothanhhoa.vn) - Ngày 2-4,
# UBND tỉnh đã có Công văn …", "(baophutho.vn) - …".
_PAPER_TAG = re.compile(r"\(\s*[Bb][áa]o\s*(?P<name>[A-Za-z]+)\s*\.\s*(?:com\.)?vn\s*\)")
_PAPER_SCAN = 1200


def _paper_province(text: str, start: int) -> str | None:
    """The province whose paper's tag stands in the first lines, if the tag names one."""
    tag = _PAPER_TAG.search(text, start, min(len(text), start + _PAPER_SCAN))
    if tag is None:
        return None
    spellings = gazetteer().provinces.get(tag.group("name").lower())
    return spellings[0] if spellings else None


# What follows a province that opens a headline as its subject: a verb in lower case ("Tuyên
# Quang phát động Tết trồng cây …") or a colon or dash ("Quảng Ninh: …").
_HEADLINE_SUBJECT_END = re.compile(r"[ \t]*[:\-–][ \t]|[ \t]+[a-zđà-ỹ]")


def _headline_province(text: str, start: int) -> str | None:
    """The province a page's first line opens with as its subject ("Tuyên Quang phát động Tết
    trồng cây Xuân Ất Tỵ năm 2025"): a provincial item about that province's own bodies. Not
    Hồ Chí Minh, whose name opens the President's and the Youth Union's too."""
    found = _headline_name(text, start, Level.PROVINCE)
    return None if found is None or shadow_of(found[1]) == "ho chi minh" else found[1]


def _headline_district(text: str, start: int) -> str | None:
    """The district a page's first line opens with as its subject ("Hàm Thuận Nam chỉ đạo tổ
    chức Ngày Hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2014", a district Party portal): a
    district's item about its own bodies. Not a name that is a province's too ("Thanh Hóa",
    the province's and its city's)."""
    found = _headline_name(text, start, Level.DISTRICT)
    if found is None or known_name_at(text, found[0], Level.PROVINCE) is not None:
        return None
    return found[1]


def _headline_name(text: str, start: int, level: Level) -> tuple[int, str] | None:
    """Where a place of `level` opens the page's first line as its subject, and its name."""
    at = _skip_blank(text, start)
    known = known_name_at(text, at, level)
    if known is None or not _HEADLINE_SUBJECT_END.match(text, known[1]):
        return None
    return at, known[0]


def _skip_blank(text: str, pos: int) -> int:
    """The first position from `pos` that is not white space (or the text's end)."""
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def dated_place(place: Place, level: Level, dated_province: str | None) -> Place:
    """ "Hải Phòng, ngày 18 tháng 11 năm 2019": where a local document is dated is its
    province when the place is one (a central body dates its documents in Hà Nội)."""
    local = level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)
    if place.province is None and dated_province is not None and local:
        return replace(place, province=dated_province)
    return place


# Units only a centrally-run city has below it, named together: "trên địa bàn 16 quận,
# huyện", "UBND các quận, huyện" (a provincial city has wards and communes only).
_CITY_DISTRICTS = re.compile(r"(?<![a-z])quan\s*[,\-–]\s*huyen(?![a-z])")
# A city that directs departments ("UBND thành phố yêu cầu các sở, ban, ngành", "Chủ tịch Ủy
# ban nhân dân Thành phố yêu cầu Thủ trưởng các sở"): only a province has "sở" (shadow).
_CITY_DIRECTS_DEPARTMENTS = re.compile(
    r"(?<![a-z])(?:thanh\s+pho|tp)\.?\s+(?:(?:da|vua|cung)\s+)?(?:yeu\s+cau|giao|chi\s+dao"
    r"|de\s+nghi)\s+(?:thu\s+truong\s+|giam\s+doc\s+)?cac\s+so(?![a-z])"
)
# Wards and communes named together as the units right below a city: "trên địa bàn 12
# phường, xã" (a provincial city's; the Centre's cities have districts between).
_CITY_WARDS = re.compile(r"(?<![a-z])(?:phuong\s*[,\-–]\s*xa|xa\s*[,\-–]\s*phuong)(?![a-z])")


def city_level(level: Level, body: str | None, place: Place,
               norm: NormalizedText | None = None) -> Level:  # fmt: skip
    """ "Ủy ban nhân dân thành phố", "Ban Chấp hành Đảng bộ thành phố" with no name read as a
    town's (district); in a centrally-run city (Cần Thơ, Hồ Chí Minh …), as the text's
    province tells or the districts it names below the city ("quận, huyện"), the city is the
    province."""
    if level is not Level.DISTRICT or not body:
        return level
    _, name = body_level(body)
    city = _CITY_WORDS.search(shadow_of(body))
    if not city or name is not None:
        return level
    if place.district:
        # "UBND thành phố vừa ban hành Quyết định … công nhận 5 xã … thuộc huyện Kiến Thụy":
        # an unnamed city with a rural district below it is run by the Centre (a province's
        # city has wards and communes only); the district is its subject
        return Level.PROVINCE if norm is not None and _names_rural_district(
            norm, place.district) else level
    if place.province is not None:
        return Level.PROVINCE if shadow_of(place.province) in CENTRAL_CITIES else level
    if norm is not None and _CITY_DISTRICTS.search(norm.shadow):
        return Level.PROVINCE  # "HĐND thành phố vừa thông qua Nghị quyết … 16 quận, huyện"
    if norm is not None and _CITY_DIRECTS_DEPARTMENTS.search(norm.shadow):
        return Level.PROVINCE  # "UBND thành phố yêu cầu các sở, ban, ngành …": a province's
    if norm is not None and not place.commune and not _CITY_WARDS.search(norm.shadow) and (
        not _names_a_city(norm)
    ):
        # "Kỳ họp thứ 7 HĐND thành phố … đã thông qua 34 Nghị quyết", no city named anywhere
        # and no units below it: a centrally-run city (province) or a provincial one
        # (district), the text does not say which
        return Level.UNKNOWN
    return level


def _names_rural_district(norm: NormalizedText, district: str) -> bool:
    """Whether the text names `district` as a rural district ("huyện Kiến Thụy") and never as
    a city or town ("thành phố Thanh Hóa", "thị xã …")."""
    name = re.escape(shadow_of(district))
    rural = re.search(rf"(?<![a-z])huyen\s+{name}(?![a-z])", norm.shadow)
    town = re.search(rf"(?<![a-z])(?:thanh\s+pho|tp\.?|thi\s+xa|quan)\s*{name}(?![a-z])",
                     norm.shadow)  # fmt: skip
    return rural is not None and town is None


# A city run by the Centre only from a day (DOMAIN.md §6.2): Huế from 1 January 2025; before,
# a city of Thừa Thiên Huế province, a district-level unit.
CENTRAL_SINCE = {"hue": date(2025, 1, 1)}
# A year written in a text (shadow), the latest of which bounds its date when it has none.
_YEAR = re.compile(r"(?<!\d)(?:19[4-9]\d|20[0-4]\d)(?!\d)")
_YEAR_SCAN = 3000


def city_before_central(
    level: Level, place: Place, body: str | None, day: date | None, norm: NormalizedText
) -> tuple[Level, Place]:
    """A city's body read as a province's where the city was not yet run by the Centre:
    "UBND thành phố Huế đã ban hành Kế hoạch số 3365/KH - UBND …" in an item of 27/12/2014 is
    a district-level city's. The body must name the city as a city (not "Tỉnh ủy" of the
    province around it). The day is the document's, else the latest year the text writes (a
    text names no year after its own)."""
    if level is not Level.PROVINCE or place.province is None or not body:
        return level, place
    city = shadow_of(place.province)
    since = CENTRAL_SINCE.get(city)
    if since is None or not re.search(rf"(?<![a-z])(?:{_CITY_WORDS.pattern})\s*{city}(?![a-z])",
                                      shadow_of(body)):  # fmt: skip
        return level, place
    if day is None:
        years = [int(y) for y in _YEAR.findall(norm.shadow, 0, _YEAR_SCAN)]
        day = date(max(years), 12, 31) if years else None
    if day is None or day >= since:
        return level, place
    return Level.DISTRICT, Place(None, place.province, None)


_CITY_WORDS = re.compile(r"(?<![a-z])(?:thanh pho|thanh uy|thanh doan|tp)(?![a-z])")
# A city's unit word anywhere in a text (shadow): "thành phố Lào Cai", "TP. Huế", "TP.HCM".
_CITY_UNIT = re.compile(r"(?<![a-z])(?:thanh\s+pho|tp)(?![a-z])\.?[ \t]*")


def _names_a_city(norm: NormalizedText) -> bool:
    """Whether the text names a city by its unit word and a name the gazetteer knows, as a
    province ("thành phố Đà Nẵng") or a district-level town ("thành phố Lào Cai")."""
    text = norm.text
    for m in _CITY_UNIT.finditer(norm.shadow):
        if norm.shadow.startswith("hcm", m.end()) or any(
            known_name_at(text, m.end(), level) for level in (Level.PROVINCE, Level.DISTRICT)
        ):
            return True
    return False


def _named(level: Level, name: str | None) -> Place | None:
    if name and level is Level.UNKNOWN:
        return Place(name)  # a school's body named with its province (bodies.body_level)
    return Place().naming(level, name) if name else None


# Bodies of local government, whose bare name ("ỦY BAN NHÂN DÂN") does not tell the level.
_LOCAL_GOVERNMENT = re.compile(
    r"(?<![a-z])(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)(?![a-z])"
)
# The national motto and the Party's name stand beside the issuer in a header's two columns.
_HEADER_NOISE = re.compile(
    r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam|dang\s+cong\s+san\s+viet\s+nam"
    r"|doc\s+lap\s*[-–]\s*tu\s+do\s*[-–]\s*hanh\s+phuc"
    # the same in an English translation's header: "SOCIALIST REPUBLIC OF VIETNAM /
    # Independence – Freedom - Happiness" (en.binhthuan.gov.vn)
    rf"|{_ENGLISH_MOTTO_WORDS}"
    r"|(?m:s[o]\s*:.*$|^[ \t]*[^\n,]{1,40},\s*ngay\s.*$|\S+,\s*ngay\s.*$)"  # "Phú Thọ, ngày …"
)
_HEADER_SCAN = 900
# A legal site's numbered list of related documents at the top of a page ("- 1Luật …",
# "- 11Nghị định 38/2023/NĐ-CP …"), and how far down the header under it is looked for.
_RELATED_ITEM = re.compile(r"\s*-[ \t]*\d{1,2}(?=[A-ZĐ])")
_LISTED_SCAN = 4000
# The document's number line: "Số: …", or with its kind ("Nghị quyết số: 653/2019/UBTVQH14");
# not "kèm theo Quyết định số: 59/…", which cites another document.
_NUMBER_LINE = re.compile(  # (a draft leaves its number blank: "Số       -BC/TU")
    rf"(?m)^[ \t|]*(?:(?:(?P<word>{TYPE_WORD_ALT})\s+)?so\s*(?::|\d|/|(?<=[ \t]{{2}})[-/])"
    # an English translation's: "No: 74/TB-UBND" (en.binhthuan.gov.vn), "No. 33/NQ-CP",
    # "Number: 64/2008/NĐ-CP" (stages.own_code reads the number on it)
    r"|no\.?[ \t]*:|no\.[ \t]*(?=\d)|numbers?[ \t]*:)"
)


# The motto's end, then the number label, on one flattened line (shadow text).
_MOTTO_THEN_NUMBER = re.compile(r"hanh\s+phuc[ \t\-–_]*(?P<number>so\s*:)")
# A document site's number for a page of its preview, before the flattened header: "1. UBND …".
_PREVIEW_PAGE = re.compile(r"(?m)^[ \t]*\d{1,3}\.[ \t]+")
# Where a header's columns meet on one line: a table's bar, or the wide gap the motto leaves.
_HEADER_CELL_BREAK = re.compile(r"\||[ \t]{6,}")
# Dots where a template leaves a name to fill in ("XÃ ..........", "HUYỆN …").
_BLANK_NAME = re.compile(r"\.{3,}|…")
# An issuer's line is short ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU" is 43 characters);
# a longer line of capitals at the top is a title.
_HEADER_LINE_MAX = 60
# The subject line of a title in capitals, on a line of its own under the type word ("VỀ",
# "V/V", "VỀ VIỆC …").
_TITLE_SUBJECT = re.compile(r"(?:ve|v\s*/\s*v)(?![a-z])")
# A portal's section label in capitals above a post: "TIN HOẠT ĐỘNG", "TIN TỨC - SỰ KIỆN",
# "TIN TRONG TỈNH" (news, not a body).
_SECTION_LABEL = re.compile(r"tin(?:\s+[a-z]+){0,3}(?:\s*[-–]\s*su\s+kien)?$")
# A numbered section of the body in capitals ("I. MỤC TIÊU, YÊU CẦU", "II. NỘI DUNG"): the text
# has begun, no issuer's line.
_SECTION_HEADING = re.compile(r"(?:[IVX]{1,4}|\d{1,2})[ \t]*[.\-–)][ \t]*[A-ZĐÂĂÊÔƠƯ]")


def _header_lines(norm: NormalizedText, layout: Layout) -> list[str]:
    """The issuer's lines of the header, in capitals ("TỈNH ĐOÀN THANH HÓA", "BCH ĐOÀN
    HUYỆN", "THỌ XUÂN"), with the motto and the number beside them left out.

    With a number line ("Số: …"), the block of capitals right above it; without one, the
    capitals at the very top, before any running text. Empty without a header."""
    start = layout.body_start
    end = min(len(norm.text), start + _HEADER_SCAN)
    if layout.heading is not None:
        end = min(end, layout.heading[0])
    # a bare "Số: …" line is the number line; "Kế hoạch số 30-KH/ĐU ngày … về …" above the
    # header is the page's title, so a line led by a type word counts only when it is alone
    numbers = list(_NUMBER_LINE.finditer(norm.shadow, start, end))
    bare = [m for m in numbers if m.group("word") is None]
    number = bare[0] if bare else numbers[0] if numbers else None
    if number is None and layout.heading is not None and layout.heading[0] > end:
        # a legal site's lists of related documents above the header push it further down:
        # its bare number line, just above the heading, still marks it
        late = _NUMBER_LINE.search(norm.shadow, max(end, layout.heading[0] - _HEADER_SCAN),
                                   layout.heading[0])  # fmt: skip
        if late is not None and late.group("word") is None:
            number, end = late, layout.heading[0]
    elif number is None and layout.heading is None and _RELATED_ITEM.match(norm.text, start):
        # the same lists above a header whose heading the site dropped ("- 1Luật tổ chức chính
        # quyền địa phương 2015 … / HỘI ĐỒNG NHÂN DÂN | … / Số: 03/2023/NQ-HĐND | Kiên Giang,
        # ngày …"): the first bare number line below them
        late = _NUMBER_LINE.search(norm.shadow, end, min(len(norm.text), start + _LISTED_SCAN))
        if late is not None and late.group("word") is None:
            number, end = late, late.start()
    flat = None if number is not None else _MOTTO_THEN_NUMBER.search(norm.shadow, start, end)
    if number is not None:
        end = number.start()  # the issuer's column stands above the number
    elif flat is not None:
        # a header flattened into one line under a site's lines ("Xem mẫu / 1. UBND TỈNH NINH
        # THUẬN CỘNG HÒA … SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917
        # /SGDĐT-VP …"): its number stands right after the motto, mid-line
        number, end = flat, flat.start("number")
    kept = list(norm.text[start:end])
    noise = [_HEADER_NOISE] + ([_PREVIEW_PAGE] if flat is not None else [])
    for pattern in noise:  # (the motto may span two lines)
        for m in pattern.finditer(norm.shadow, start, end):
            kept[m.start() - start : m.end() - start] = " " * (m.end() - m.start())
    block: list[str] = []
    titled = False
    for line in "".join(kept).split("\n"):
        # tables of reposts: "ỦY BAN NHÂN DÂN | …"; a header flattened into one line, its
        # columns where the motto and the place-date stood: "UBND HUYỆN THÁI THỤY PHÒNG GIÁO
        # DỤC & ĐÀO TẠO ------ <motto> Thụy Dương, ngày …"
        for cell in _HEADER_CELL_BREAK.split(line):
            clean = " ".join(cell.split()).strip(" -*_–!()[]")
            letters = [c for c in clean if c.isalpha()]
            if len(clean) > _HEADER_LINE_MAX and number is None:
                return block  # a title in capitals ("ĐỀ CƯƠNG TUYÊN TRUYỀN … CẤP XÃ …")
            # ("XÃ ..........": a template's unit with its name left blank)
            blank = len(letters) >= 2 and _BLANK_NAME.search(clean) is not None
            if number is None and _SECTION_HEADING.match(clean):
                return block  # "I. MỤC TIÊU, YÊU CẦU": the body's first section, no header
            if (len(letters) >= 2 or blank) and all(c.isupper() for c in letters):
                if TYPE_WORD_START.match(shadow_of(clean)):
                    block = []  # "KẾ HOẠCH TỔ CHỨC LỄ HỘI …": a page's title, no issuer
                    titled = True
                    continue
                if titled and not block and _TITLE_SUBJECT.match(shadow_of(clean)):
                    continue  # "NGHỊ QUYẾT LIÊN TỊCH / VỀ / CÔNG TÁC …": the title runs on
                if not block and _SECTION_LABEL.match(shadow_of(clean)):
                    continue  # "TIN HOẠT ĐỘNG / Chương trình hoạt động …": the site's section
                block.append(clean)
            elif letters and number is None:
                return block  # running text: the header, if any, has ended
            elif letters:
                block = []  # a page title above the header: start again
    return block


_ABOVE_HEADING_LINES = 8


def _header_above_heading(norm: NormalizedText, layout: Layout) -> list[str]:
    """The issuer's lines right above a heading, in a text whose header has no number line
    and stands under a site's running text ("Tải bản đầy đủ … / ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW
    / * / ĐẢNG CỘNG SẢN VIỆT NAM / Hà Nội, ngày 08 tháng 01 năm 2021 / BÁO CÁO"): read up
    from the heading over the motto, the place-date line and rules, to running text."""
    if layout.heading is None:
        return []
    text, shadow = norm.text, norm.shadow
    block: list[str] = []
    end = text.rfind("\n", layout.body_start, layout.heading[0])
    for _ in range(_ABOVE_HEADING_LINES):
        if end < layout.body_start:
            break
        start = text.rfind("\n", layout.body_start, end) + 1
        line = text[start:end]
        end = start - 1
        clean = " ".join(line.split()).strip(" -*_–!()[]|")
        if not clean:
            continue
        if _HEADER_NOISE.search(shadow, start, start + len(line)):
            continue  # the motto, the Party's name, the place-date line
        letters = [c for c in clean if c.isalpha()]
        if len(letters) < 3 or not all(c.isupper() for c in letters):
            break
        if len(clean) > _HEADER_LINE_MAX or TYPE_WORD_START.match(shadow_of(clean)):
            break
        block.insert(0, clean)
    return block


@functools.lru_cache(maxsize=1024)  # a body prints the same header on all its texts
def _header_issuer(lines: tuple[str, ...]) -> tuple[Level, Place]:
    """The level and place of the header's body. A header names the superior body above the
    issuer ("TỈNH ĐOÀN THANH HÓA" over "BCH ĐOÀN HUYỆN THỌ XUÂN") or one body over two lines
    ("ỦY BAN NHÂN DÂN" over "TỈNH NGHỆ AN"): the most local level read from a line, from two
    neighbouring lines or from all of them is the issuer's; higher places fill in its place."""
    readings = [body_level(line) for line in lines]
    readings += [body_level(f"{a} {b}") for a, b in zip(lines, lines[1:], strict=False)]
    readings.append(body_level(" ".join(lines)))
    known = [(lvl, name) for lvl, name in readings if lvl is not Level.UNKNOWN]
    if not known:
        return Level.UNKNOWN, Place()
    level = max((lvl for lvl, _ in known), key=LEVEL_RANK.__getitem__)
    names: dict[Level, str] = {}
    for lvl, name in known:
        if name and lvl not in names:
            names[lvl] = name
    for unit, place_name in places_in(" ".join(lines)):  # a superior body on the issuer's line
        names.setdefault(unit, place_name)
    for line in lines:  # "UBND XÃ PHÚ MẬU": a unit the dataset no longer holds, in capitals
        unknown = header_line_place(line)
        if unknown is not None:
            names.setdefault(*unknown)
    place = Place(names.get(Level.PROVINCE), names.get(Level.DISTRICT), names.get(Level.COMMUNE))
    return level, place.down_to(level)

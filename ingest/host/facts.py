"""Read what a document says about itself from its text (`read_host_facts`): the facts found,
each with where it came from (`HostFacts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from ingest.bodies import body_level
from ingest.codes import Level
from ingest.context import parse_date
from ingest.host.common import ENGLISH_TITLE_WORDS
from ingest.host.dates import (
    _english_header_date,
    _header_date,
    _history_issued_date,
    _issued_row_date,
    _place_date_lines,
)
from ingest.host.header import (
    _authority_line,
    _header_above_heading,
    _header_issuer,
    _header_lines,
    _joined_header,
)
from ingest.host.issuer import (
    _STATEMENT_SCAN,
    _front_matter_issuer,
    _issuer_phrase,
    _own_area_level,
    _own_department,
    _title_area,
    _title_issuer,
    _title_line_province,
)
from ingest.host.levels import level_of_body
from ingest.host.names import body_name_case
from ingest.host.opening_places import (
    _dated_province,
    _dated_unit,
    _headline_district,
    _headline_province,
)
from ingest.host.places import place_at
from ingest.host.signature import _recipients, _signature
from ingest.layout import Layout
from ingest.models import Place
from ingest.page.statements import opening_actor, own_statement_actor
from ingest.page.table_entry import table_entry
from ingest.text import NormalizedText, shadow_of

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
    # (a provincial paper's tag on its lead, "(Baonghean.vn) - …", is the publisher and names
    # no province: FORMAT.md, settled 2026-12-06; 11 dev labels read null, none takes it)
    headline_province: str | None = None  # the province a news headline opens with
    headline_district: str | None = None  # the district a news headline opens with
    phrase_body: str | None = None  # the body of the issuer phrase the level was read from


def read_host_facts(norm: NormalizedText, layout: Layout) -> HostFacts:
    """Collect the host's issuing body, level, place, date, signer and recipients."""
    facts = HostFacts()
    text, shadow = norm.text, norm.shadow
    entry = table_entry(shadow, layout.body_start)  # a portal's table cut to one row
    if entry is not None and entry.issuer is not None:
        facts.issuing_body = " ".join(text[entry.issuer[0] : entry.issuer[1]].split())
        facts.sources["issuing_body"] = "facts table"
    if entry is not None and entry.date is not None:
        parsed_entry = parse_date(shadow, entry.date[0])
        if parsed_entry is not None:
            facts.date = parsed_entry[0]
            facts.sources["date"] = "facts table"
    # Heading continuation: "KẾT LUẬN / CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXVII".
    if facts.issuing_body is None and layout.heading and layout.title:
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
    if facts.issuing_body is None:
        title = _ENGLISH_TITLE_OF.search(shadow, layout.body_start,
                                         min(len(text), layout.body_start + _ENGLISH_TITLE_SCAN))
        body = " ".join(text[title.start("body") : title.end("body")].split()) if title else ""
        if body and body_level(body)[0] is not Level.UNKNOWN:
            facts.issuing_body = body
            facts.sources["issuing_body"] = "title line"
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
    header = (_header_lines(norm, layout) or _header_above_heading(norm, layout)
              or _joined_header(norm, layout))  # fmt: skip
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
        # a stored portal entry's front matter: its "title" member names the council or
        # committee ("… HĐND huyện Đắk Song …", "… của Lãnh đạo UBND xã năm 2020")
        entry_body = _front_matter_issuer(norm, layout.body_start)
        if entry_body is not None:
            facts.level, named = entry_body[0], _named(*entry_body)
            facts.sources["level"] = "title line"
    if facts.level is Level.UNKNOWN and facts.issuing_body is None:
        # "Thực hiện Công văn số 866/UBND-KT2 …, Sở Nông nghiệp và PTNT đã xây dựng 02 Đề cương
        # …", "…, Ban thường vụ tỉnh Đoàn Hưng Yên triển khai Kế hoạch …" in the middle of a
        # headerless page's first paragraph: the body of the first clause that acts
        phrase = _issuer_phrase(norm, layout.body_start)
        if phrase is not None:
            facts.level, named, facts.phrase_body = phrase[0], _named(*phrase[:2]), phrase[2]
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
# A legal site's table of facts about the document: "Cơ quan ban hành: Tỉnh Đắk Lắk",
# "| Cơ quan ban hành | Bộ Tài chính |", or a later cell of a row: "Số hiệu | Số 16/KH-PGD&ĐT |
# Cơ quan ban hành | Phòng Giáo dục và Đào tạo Hiệp Hòa |" (a school site's register);
# thuvienphapluat.vn's "Nơi ban hành: Tỉnh Sơn La Người ký: Lò Minh Hùng" (its facts block
# copied as text, the signer's label after the issuer on the line) or "Nơi ban hành: | Tỉnh
# Cà Mau | Người ký: | Lâm Văn Bi |".
_ISSUER_ROW = re.compile(
    r"(?im)(?:^|\|)[ \t|•*\-]*(?:C[ơo] quan|N[ơo]i) ban h[àa]nh[ \t]*[:|]?[ \t|]*"
    r"(?P<body>[^\n|;:]{3,80}?)"
    # the row may go on with more cells: "| Số công báo: | …", or with the signer's label
    r"[ \t]*(?:\||$|Người ký[ \t]*:)"
)
_ISSUED_SCAN = 4000
# An English legal site's title line, its issuer after the date: "Official Dispatch No.
# 151/SYT-NVY dated January 06, 2022 of the Department of Health of Ho Chi Minh City on updating
# …" (english.luatvietnam.vn, retired blind batch w, whose "Issuing body:" row is empty), as
# "Circular No. 31/2011/TT-BLDTBXH dated November 3, 2011 of the Ministry of Labor, War Invalids
# and Social Affairs guiding …" (the same site). Shadow text; the body up to its subject's
# first word.
_ENGLISH_TITLE_OF = re.compile(
    rf"(?m)^[ \t|]*(?:{ENGLISH_TITLE_WORDS})\s+no\s*[.:]?\s*\d[^\s,]*\s+dated\s+"
    r"[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s+\d{4}\s+of\s+(?:the\s+)?"
    # (its subject's first word a participle, misspelt at times: "… of the Prime Minister
    # aproving the Master Plan …", the same site)
    r"(?P<body>[^\n,;]{3,100}?)\s+(?:on|[a-z]{3,}ing|about|for|to|in)\s"
)
_ENGLISH_TITLE_SCAN = 1500


# The 2025 reorganisation: no district level from this day (DOMAIN.md §6).
DISTRICTS_ABOLISHED = date(2025, 7, 1)


def _named(level: Level, name: str | None) -> Place | None:
    if name and level is Level.UNKNOWN:
        return Place(name)  # a school's body named with its province (bodies.body_level)
    return Place().naming(level, name) if name else None


# Bodies of local government, whose bare name ("ỦY BAN NHÂN DÂN") does not tell the level.
_LOCAL_GOVERNMENT = re.compile(
    r"(?<![a-z])(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)(?![a-z])"
)

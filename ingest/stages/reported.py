"""The document a report is about: its code, kind, issuer, level, place and date taken from
the lead's statement (report facts, a restated date, the lead's or own act's clauses)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ingest.bodies import body_level
from ingest.codes import (
    LEVEL_RANK,
    TYPE_WORD_KINDS,
    DocumentCode,
    Family,
    Level,
    canonical_number,
    is_legislature,
)
from ingest.context import parse_date, parse_tail
from ingest.find import TYPE_WORD_ALT
from ingest.host.facts import HostFacts
from ingest.host.levels import level_of_body
from ingest.host.places import place_at
from ingest.layout import Layout
from ingest.models import HOST, Place, Relation
from ingest.normalize import code_fixed_by_issuer
from ingest.page.actors import acting_body, directing_body
from ingest.page.common import PageReading, past_marked_shadow
from ingest.page.dates import named_day_date
from ingest.page.reports import SIGNING
from ingest.page.statements import OWN_ACT, body_directing_at, own_statement
from ingest.relations import ACTS_ON, RelationType
from ingest.stages.common import (
    _SENTENCE_MAX,
    _Draft,
    _skip_inline_blank,
    _statement,
)
from ingest.stages.relations_lists import (
    _LINE_CUE,
)
from ingest.text import NormalizedText, shadow_of

_REPORTED_GAP = 16  # "Kế hoạch số ", "Công điện khẩn số " between a type word and its code
# What may stand between a reported type word and its code: "khẩn số", "(số", "CV",
# "(HOẢ TỐC) số" (the urgency mark in brackets).
_REPORTED_GAP_WORDS = re.compile(
    r"\s*\(?\s*(?:(?:khan|hoa\s+toc|thuong\s+khan|mat|cv)(?:\s*\))?\s+)?(?:so\s*:?\s*){0,2}"
)  # ("hướng dẫn số Số 15 - HD/HU": the number word typed twice)
_REPORTED_LATER = 500  # how far after a report's lead its document's code may stand alone
# A document the reported one replaces, amends, repeals or otherwise acts on (the acts of
# relations.ACTS_ON), named right before its code (shadow).
_ACTED_ON_BEFORE = re.compile(rf"(?<![a-z]){ACTS_ON}(?![a-z])[^.;\n]{{0,40}}$")
_ACTED_ON_SCAN = 60
# A document named as what something belongs to, right before its type word: "… với các chỉ
# tiêu chủ yếu như: hoàn thành các mục tiêu của Nghị quyết 07-NQ/TU …" (shadow).
_OWNER_BEFORE = re.compile(r"(?<![a-z])cua\s+$")
# A State body or leader as a report's actor (shadow, lower case): the Government, the Prime
# Minister, a People's Committee or its chairman, a minister.
_STATE_ACTOR = re.compile(
    r"\s*(?:pho\s+)?(?:thu\s+tuong|chinh\s+phu|ubnd|uy\s+ban\s+nhan\s+dan"
    r"|(?:pho\s+)?chu\s+tich\s+(?:ubnd|uy\s+ban\s+nhan\s+dan)|bo\s+truong)(?![a-z])",
    re.IGNORECASE,
)
_QUOTED_OPENING = 1200  # how far after a report's lead the reported document's opening may be
_OWN_ACT_SCAN = 2500  # where a document without a heading names its own act

_NEXT_PARAGRAPH = 400  # a headed document's own act may follow its opening paragraph

_CUE_BEFORE = re.compile(
    r"(?:^|(?<=[.;])\s)[ \t\-–•*]*(?P<cue>(?:thuc\s+hien|trien\s+khai)(?![a-z]))", re.MULTILINE
)

# … or, in the text a report quotes, with its purpose word: "Để triển khai thực hiện quyết
# liệt, hiệu quả Chỉ thị số 55-CT/TW …, Thủ tướng Chính phủ yêu cầu …" (shadow text).
_QUOTED_CUE = re.compile(r"(?m)^[ \t\-–•*]*(?:de\s+)?(?:thuc\s+hien|trien\s+khai)(?![a-z])")


def _reported(norm: NormalizedText, drafts: list[_Draft], page: PageReading) -> int | None:
    """The reference a report's lead names right after its type word, if it has a code;
    else the first one of the same type, by the same level of body, in the lines after the
    lead ("Đảng ủy phường Phúc Lợi đã tổ chức hội nghị triển khai Kế hoạch tổ chức Đại hội
    … Hội nghị đã triển khai Kế hoạch số 62-KH/ĐU, ngày 05/7/2022 của Đảng ủy phường …")."""
    if page.word_start is None or page.word_end is None:
        return None  # a signing that names no joint text ("ký kết phối hợp … với …")
    for i, d in enumerate(drafts):
        if d.lead_start < page.word_start:
            continue
        gap = norm.shadow[page.word_end : d.lead_start]
        if d.lead_start > page.word_end + _REPORTED_GAP or not _REPORTED_GAP_WORDS.fullmatch(gap):
            # "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW": not its code; but
            # "thông qua Luật Tổ chức chính quyền địa phương số 72/2025/QH15": a law's name
            if _law_numbered_after_its_name(page.type_word, gap, d) or _qualified_number(
                page.type_word, gap, d
            ):
                return i
            break
        if d.mention == "short" and d.code is None:
            return _numbered_later(drafts, i, page)
        return i if d.mention == "code" else None
    actor_level = body_level(page.actor)[0]
    if actor_level is Level.UNKNOWN:
        return None
    for i, d in enumerate(drafts):
        if d.lead_start <= page.word_end:
            continue
        if d.lead_start > page.word_end + _REPORTED_LATER:
            break
        if d.mention != "code" or d.code is None:
            continue
        if d.type_word != page.type_word and not (
            _generic_word(page.type_word) and d.parent is None
            and d.code.issuer_level is Level.UNKNOWN
            and _restated_in_brackets(norm, page, d)
        ) and not (
            # (or a letter, "văn bản" signed by a body's leader, numbered as the next
            # sentence's source: "Phó Bí thư Thường trực Thành ủy Hà Nội … vừa ký văn bản về
            # việc …\n\nTheo Công văn số 460-CV/TU, …, Thường trực Thành ủy yêu cầu:", baomoi)
            _generic_word(page.type_word) and d.type_word == "cong van" and d.parent is None
            and d.code.issuer_level is actor_level
            and _LETTER_AS_SOURCE.search(norm.shadow, max(0, d.lead_start - 12), d.lead_start + 1)
        ):
            # (but "văn bản", any document, numbered in brackets closing the act's sentence:
            # "Văn phòng UBND tỉnh Đắk Nông ban hành văn bản thông báo ý kiến chỉ đạo … (Thông
            # báo số 33/TB-UBND).", daksong portal, retired batch t)
            continue
        if _ACTED_ON_BEFORE.search(norm.shadow, max(0, d.lead_start - _ACTED_ON_SCAN), d.start):
            continue  # "… Kế hoạch này thay thế quyết định số 514/QĐ-BGDĐT": what it acts on
        if _OWNER_BEFORE.search(norm.shadow, max(0, d.lead_start - _ACTED_ON_SCAN), d.lead_start):
            continue  # "… hoàn thành các mục tiêu của Nghị quyết 07-NQ/TU": another's, cited
        if d.code.family is Family.PARTY and _STATE_ACTOR.match(shadow_of(page.actor or "")):
            continue  # "Thủ tướng Chính phủ quyết định thi hành kỷ luật … và Ủy ban Kiểm tra
            # Trung ương đã thi hành kỷ luật tại Quyết định số 1192-QĐ/UBKTTW": a Party code
            # is no State body's own (DOMAIN §0.1), another body's act told beside it
        by = d.code.issuer_level
        if by is Level.UNKNOWN and d.issuing_body:
            by = body_level(d.issuing_body)[0]
        if by is actor_level and d.parent is None:
            return i
        if by is Level.UNKNOWN and d.parent is None and _restated_in_brackets(norm, page, d):
            return i
        if by is Level.UNKNOWN and d.parent is None and _the_actor_unnamed(d.issuing_body,
                                                                          page.actor):
            return i
    return _titled_above(norm, drafts, page, actor_level)


def _numbered_later(drafts: list[_Draft], short: int, page: PageReading) -> int | None:
    """The full code of a reported document the lead names by its number only, where a later
    sentence prints it with the same type word and number: "Nghị quyết số 85 do Chủ tịch Quốc
    hội Trần Thanh Mẫn đã ký ban hành nêu rõ …" over "Nghị quyết số 85/NQ-HĐBCQG ngày
    15/12/2025 do Chủ tịch Quốc hội … đã ký ban hành …" (vietnamplus.vn: a news item's lead,
    then its body); as "Nghị quyết 128 của Chính phủ" and "Chương trình 07 của Thành ủy Hà
    Nội" are 128/NQ-CP and 07-CTr/TU printed later in the same items (dev)."""
    number = drafts[short].number
    kinds = TYPE_WORD_KINDS.get(page.type_word or "", frozenset())
    if not number or not kinds:
        return None
    reach = drafts[short].end + _REPORTED_LATER
    for i in range(short + 1, len(drafts)):
        d = drafts[i]
        if d.lead_start > reach:
            break
        if (d.mention == "code" and d.code is not None and d.parent is None
                and d.code.kind in kinds and d.type_word == page.type_word
                and canonical_number(d.code.number) == canonical_number(number)):  # fmt: skip
            return i
    return None


# A few words that qualify the reported type word before its number: "ban hành Quyết định xử
# phạt vi phạm hành chính số 785/QĐ-XPHC" (sotnmt.tayninh.gov.vn), as "Công điện khẩn số";
# none of them a type word or a word that names another text ("Kế hoạch thực hiện Kế hoạch
# số …", "Quyết định về việc … theo Quyết định số …").
_QUALIFIER_GAP = re.compile(r"\s*(?:[a-z]+\s+){1,6}so\s*:?\s*")
_NOT_A_QUALIFIER = re.compile(
    rf"(?<![a-z])(?:{TYPE_WORD_ALT}|van\s+ban|thuc\s+hien|trien\s+khai|theo|tai|cua|ve|kem"
    r"|can\s+cu|sua\s+doi|thay\s+the|bai\s+bo|ngay)(?![a-z])"
)


def _qualified_number(word: str | None, gap: str, d: _Draft) -> bool:
    """Whether the code `d` is the reported document's own, its type word qualified by a few
    words before "số" (`_QUALIFIER_GAP`): the code prints the kind the type word names."""
    if word is None or d.mention != "code" or d.code is None or d.parent is not None:
        return False
    if not _QUALIFIER_GAP.fullmatch(gap) or _NOT_A_QUALIFIER.search(gap):
        return False
    return d.code.kind in TYPE_WORD_KINDS.get(word, frozenset())


def _titled_above(norm: NormalizedText, drafts: list[_Draft], page: PageReading,
                  actor_level: Level) -> int | None:
    """The document a line above the report's lead names with its code, where that line is
    the document's title as a portal prints it over its summary ("Chỉ thị số 09/CT-UBND ngày
    20/6/2022 của UBND tỉnh Quảng Nam về tăng cường …\n… UBND tỉnh Quảng Nam ban hành Chỉ thị
    Tăng cường …", snnptnt.quangnam.gov.vn): the line opens with the same type word, and the
    body that the line says issued it is at the actor's level; the only such line."""
    assert page.word_start is not None
    lead_line = norm.shadow.rfind("\n", 0, page.word_start) + 1
    found = None
    for i, d in enumerate(drafts):
        if d.lead_start >= lead_line:
            break
        if (d.mention != "code" or d.code is None or d.type_word != page.type_word
                or d.parent is not None or not d.issuing_body):  # fmt: skip
            continue
        line = norm.shadow.rfind("\n", 0, d.lead_start) + 1
        if norm.shadow[line : d.lead_start].strip():
            continue  # not the line's opening: a title opens with its type word
        by = d.code.issuer_level
        if by is Level.UNKNOWN:
            by = body_level(d.issuing_body)[0]
        if by is not actor_level or found is not None:
            return None
        found = i
    return found


# Abbreviations of the bodies a page names, spelt out (shadow words).
_BODY_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "ubmttq": "uy ban mttq",
    "mttq": "mat tran to quoc",  # (after "ubmttq": "uy ban mttq" goes on to be spelt out)
}  # fmt: skip


def _spelt_out(body: str) -> str:
    words = " ".join(shadow_of(body).lower().split())
    for short, full in _BODY_ABBREVIATIONS.items():
        words = re.sub(rf"(?<![a-z]){short}(?![a-z])", full, words)
    return words


def _the_actor_unnamed(body: str | None, actor: str | None) -> bool:
    """Whether a document's body, named without its place, is the report's actor: "Ủy ban
    MTTQ phường Phúc Lợi triển khai kế hoạch … trình bày Kế hoạch số 94/KH-BTT-MTTQ ngày
    17/2/2023 của UBMTTQ" (phucloi.longbien.hanoi.gov.vn): the ward Front's own plan."""
    if not body or not actor or body_level(body)[1] is not None:
        return False
    short, full = _spelt_out(body), _spelt_out(actor)
    return len(short.split()) >= 2 and full.startswith(short + " ")


def _reported_by_number(norm: NormalizedText, drafts: list[_Draft],
                        page: PageReading) -> int | None:
    """The reported document where the lead names it by number only, right after its type
    word ("UBND thành phố ban hành Kế hoạch số 44 về triển khai thực hiện Quyết định số 1560
    của Thủ tướng Chính phủ …", baodanang.vn): it has no code to be the host's, but what its
    subject carries out the host carries out."""
    if page.word_start is None or page.word_end is None:
        return None
    for i, d in enumerate(drafts):
        if d.lead_start < page.word_start:
            continue
        gap = norm.shadow[page.word_end : d.lead_start]
        if d.lead_start > page.word_end + _REPORTED_GAP or not _REPORTED_GAP_WORDS.fullmatch(gap):
            return None
        return i if d.mention == "short" and d.code is None else None
    return None


# A sentence that opens on the letter as its source: "Theo Công văn số …" (shadow text, up to the
# type word's first letter).
_LETTER_AS_SOURCE = re.compile(r"(?:^|\n|[.!?]\s)[ \t]*theo\s+c$")


def _generic_word(word: str | None) -> bool:
    """Whether a report's type word is "văn bản" (a document of any kind)."""
    return word is not None and shadow_of(word).lower() == "van ban"


def _restated_in_brackets(norm: NormalizedText, page: PageReading, d: _Draft) -> bool:
    """Whether a report's unnumbered document is numbered in brackets closing its sentence:
    "UBND tỉnh vừa ban hành Kế hoạch ra quân … nhân dịp Xuân Canh Tý năm 2020 (Kế hoạch số
    11/KH-UBND ngày 15/01/2020." — the same type word again, opening the brackets, in the
    act's own sentence, naming no other body (a code whose issuer tells no level: "UBND")."""
    assert page.word_end is not None
    if d.issuing_body or not _BRACKETED.search(norm.shadow, max(0, d.lead_start - 3), d.lead_start):
        return False
    _, end = _statement(norm, page.word_end)
    return d.lead_start < end


def _law_name_gap(stops: str) -> re.Pattern[str]:
    """A law's name between its type word and its number, none of `stops` in it (shadow)."""
    return re.compile(rf"[ \t]+[^{stops}\n()\[\]]{{2,120}}?[ \t]+(?:so[ \t]*:?[ \t]*)?")


# A reported law's name: "… thông qua Luật Đất đai số 31/2024/QH15".
_LAW_NAME_THEN_NUMBER = _law_name_gap(".,;:")

# The type word of a law, a code or an ordinance, before the law's name (shadow → as written).
_LAW_WORD_DISPLAY = {"luat": "Luật", "bo luat": "Bộ luật", "phap lenh": "Pháp lệnh"}
_LAW_WORDS = frozenset(_LAW_WORD_DISPLAY)


def _law_numbered_after_its_name(word: str | None, gap: str, d: _Draft) -> bool:
    """Whether a reported law's number follows its name ("… thông qua Luật Tổ chức chính
    quyền địa phương số 72/2025/QH15"): a law, an ordinance or a code, numbered by the
    legislature."""
    return (
        word is not None and shadow_of(word).lower() in _LAW_WORDS and d.mention == "code"
        and d.code is not None and is_legislature(d.code.issuer or "")
        and _LAW_NAME_THEN_NUMBER.fullmatch(gap) is not None
    )  # fmt: skip


# The bare number right after a report's type word: "vừa ký ban hành Kết luận số 60 của Bộ
# Chính trị", "Chỉ thị 01": no symbol, no year after it ("Nghị quyết 05/2016": a short form
# of another shape, not a number alone).
_BARE_NUMBER = re.compile(
    r"[ \t]+(?:(?:khan|hoa[ \t]+toc)[ \t]+)?"  # "Công điện khẩn số 173", "… hỏa tốc số 98"
    r"(?:so[ \t]*:?[ \t]*)?(\d{1,4})(?![\w/.\-]|[ \t]*[-/–])"
)
# Its issuer, named right after it (a date may stand between): "… số 11 của Ban Bí thư".
_OF_BODY = re.compile(r"[ \t,]*(?:ngay\s+[\d/.\-]+(?:\s+nam\s+\d{4})?[ \t,]*)?cua\s")
# A short name given in brackets after the subject: "… ký ban hành Chỉ thị của Bộ Chính
# trị về … (Chỉ thị 01)".
_BRACKETED = re.compile(r"\(\s*$")


def _fixed_by_issuer(norm: NormalizedText, drafts: list[_Draft],
                     page: PageReading) -> tuple[int | None, DocumentCode] | None:  # fmt: skip
    """The code of a reported document the lead names by number, type and issuer only, where
    that issuer fixes the whole code (`code_fixed_by_issuer`): "Thường trực Ban Bí thư … vừa
    ký Chỉ thị số 11 của Ban Bí thư" reports 11-CT/TW. Also the index of the short form that
    names it, if one was found. The issuer is the body named after the number, else the
    lead's actor (the Centre or the one who signs for it: "Thay mặt Bộ Chính trị, Tổng Bí
    thư Tô Lâm vừa ký ban hành Chỉ thị số 01 …")."""
    if page.word_end is None or page.type_word is None:
        return None
    shadow = norm.shadow
    number = _BARE_NUMBER.match(shadow, page.word_end)
    index: int | None = None
    after = page.word_end
    if number is not None:
        after = number.end()
        index = next((i for i, d in enumerate(drafts) if d.mention == "short"
                      and page.word_start is not None
                      and page.word_start <= d.start < after), None)  # fmt: skip
        found = canonical_number(number.group(1))
    else:
        _, end = _statement(norm, page.word_end)
        named = [i for i, d in enumerate(drafts)
                 if d.mention == "short" and page.word_end < d.start < end
                 and d.type_word == page.type_word and d.number is not None
                 and _BRACKETED.search(shadow, max(0, d.start - 3), d.start)
                 and shadow.startswith(")", _skip_inline_blank(shadow, d.end))]  # fmt: skip
        if len(named) != 1:
            return None
        index = named[0]
        found = drafts[index].number or ""
    body = None
    if _OF_BODY.match(shadow, after):
        body = parse_tail(norm, after).issuing_body
        if body is None:
            return None  # "… số 17 của Tỉnh ủy …" read as no body: never the lead's actor
    body = body or page.actor
    if not body:
        return None
    code = code_fixed_by_issuer(found, page.type_word, body)
    return (index, code) if code is not None else None


def _report_facts(facts: HostFacts, page: PageReading, reported: _Draft | None,
                  norm: NormalizedText, layout: Layout) -> None:  # fmt: skip
    """The reported document's facts: its issuer from the lead, its date from the citation."""
    actor = page.actor or (reported.issuing_body if reported is not None else None)
    if actor:
        read_level = facts.level
        facts.issuing_body, facts.level = actor, level_of_body(actor, norm)
        if facts.level is Level.UNKNOWN and page.act_start is not None:
            # "thay mặt Ban Thường vụ TW Hội, Phó Chủ tịch PGS-TS Trần Xuân Nhĩ đã ký văn bản
            # số 436-HKK/BPT": the signer acts for the body the sentence names
            behalf = _on_behalf_of(norm, page.act_start)
            if behalf is not None:
                facts.issuing_body, facts.level = behalf
        if facts.level is Level.UNKNOWN and page.voted and page.act_start is not None and (
            _BARE_SESSION.fullmatch(shadow_of(actor).strip())
        ):
            # "Kỳ họp đã biểu quyết thông qua các nghị quyết chuyên đề, làm cơ sở để UBND xã …",
            # "Kỳ họp đã … thông qua nghị quyết về … trên địa bàn huyện Điện Biên Đông": a
            # People's Council's session, at the level of the local government the item names
            _take_unit(facts, _session_unit(norm, page.act_start))
        if facts.level is Level.UNKNOWN and page.act_start is not None:
            # "Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp …. Tại hội nghị
            # BCH Đảng bộ đã thông qua một số nghị quyết chuyên đề": the body the act names short
            # is the one the page named in full before it
            _take_unit(facts, _named_in_full(norm, actor, page.act_start))
        if facts.level is Level.UNKNOWN and page.act_start is not None:
            # "Ông Nguyễn Tấn, Trưởng phòng Giáo dục Hương Sơn cho biết, ngày 9/4, lãnh đạo phòng
            # ra quyết định …" (hanoinet): the office whose leaders act is the one named before
            _take_unit(facts, _office_named_before(norm, actor, page.act_start))
        if LEVEL_RANK.get(facts.level, 0) > LEVEL_RANK.get(read_level, 0):
            # "… thông qua công văn của Huyện ủy Chợ Mới …. Kết quả HĐND Thị trấn đã thông qua
            # nghị quyết …": the page's places were read for a higher body; the reported
            # body's own level keeps the names the text gives down to it
            facts.place = place_at(norm, layout, facts.level, facts.place)
        if (facts.level is Level.DISTRICT and page.act_start is not None
                and _UNNAMED_CITY.search(shadow_of(actor))):  # fmt: skip
            a, b = _statement(norm, page.act_start)
            if _DIRECTS_PROVINCIAL_UNITS.search(norm.shadow, a, b):
                # "Chủ tịch UBND thành phố vừa ban hành văn bản chỉ đạo UBND các quận, huyện,
                # … sở, ngành": a city with districts and departments is run by the Centre
                facts.level = Level.PROVINCE
        facts.sources["issuing_body"] = "report"
        name_level, name = body_level(actor)
        if name is not None:
            facts.place = facts.place.naming(name_level, name)
        if page.act_start is not None and _signed_across_levels(norm, page.act_start, actor):
            # "… ký kết Kế hoạch phối hợp giữa Đoàn Thanh niên Chính phủ và Tỉnh Đoàn Ninh
            # Bình": a joint text of bodies of different levels has no one level or place
            facts.level, facts.place = Level.UNKNOWN, Place()
        if (facts.level is Level.PROVINCE and page.act_start is not None
                and _joint_across_provinces(norm, page.act_start)):  # fmt: skip
            # "ông Nghiêm Xuân Thành, Bí thư Tỉnh ủy Khánh Hòa và ông Nguyễn Đức Thanh, Bí thư
            # Tỉnh ủy Ninh Thuận đã ký quyết định …": a joint act of two provinces' bodies has
            # no one province
            facts.place = Place()
        if _UNNAMED_AUTHORITY.fullmatch(shadow_of(actor).strip()):
            # "…, cơ quan chức năng vừa có quyết định kỷ luật …" (doisongvietnam.vn): the
            # authorities are not named, so neither is the decision's level nor its place (the
            # places the item names are those of the person disciplined)
            facts.level, facts.place = Level.UNKNOWN, Place()
    facts.date = reported.date if reported is not None and reported.date else page.date
    facts.signer = facts.signer_title = None
    facts.recipients = ()
    if facts.date is not None:
        facts.sources["date"] = "report"


# The competent authorities named as such, no body named (page.common._BODY_START).
_UNNAMED_AUTHORITY = re.compile(r"co\s+quan\s+chuc\s+nang")


# A unit's leaders named by its office word alone (page.actors._LOWER_CASE_BODY): "lãnh đạo
# phòng", "lãnh đạo sở" (shadow text); and that office named in full before, its name run to
# the next comma or verb: "Phòng Giáo dục Hương Sơn".
_LEADERS_OF_OFFICE = re.compile(r"lanh\s+dao\s+(?P<office>phong|so)")
_OFFICE_SCAN = 300
_OFFICE_NAME_END = re.compile(r"[,;.:\n]|\s(?:cho\s+biet|da|vua)(?![a-z])")


def _office_named_before(norm: NormalizedText, actor: str,
                         act: int) -> tuple[Level, str | None] | None:  # fmt: skip
    """The level (and place) of the office whose leaders act, by the unit word alone, where the
    text named that office with its place just before; None where it did not."""
    short = _LEADERS_OF_OFFICE.fullmatch(" ".join(shadow_of(actor).lower().split()))
    if short is None:
        return None
    office = re.compile(r"(?<![a-z])" + short.group("office") + r"\s+(?!chong|ngua)[a-z]")
    found = None
    for m in office.finditer(norm.shadow, max(0, act - _OFFICE_SCAN), act):
        cut = _OFFICE_NAME_END.search(norm.shadow, m.end(), act)
        level, name = body_level(norm.text[m.start() : cut.start() if cut else act])
        if level is not Level.UNKNOWN:
            found = level, name
    return found


def _take_unit(facts: HostFacts, unit: tuple[Level, str | None] | None) -> None:
    """Give the reported document the level of `unit`, and its place where it names one."""
    if unit is None:
        return
    facts.level, name = unit
    if name is not None:
        facts.place = facts.place.naming(facts.level, name)


# A unit word right after a body's short name: "BCH Đảng bộ| xã Vi Hương" (shadow text).
_UNIT_WORD_NEXT = r"(?=\s+(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh)\s)"


def _named_in_full(norm: NormalizedText, actor: str, act: int) -> tuple[Level, str | None] | None:
    """The level (and place) of a body a report names without its unit ("BCH Đảng bộ") where
    the page named the same body with its unit before the act ("BCH Đảng bộ xã Vi Hương");
    None where it did not, or named it at more than one level."""
    short = " ".join(shadow_of(actor).split())
    if not short:
        return None
    found: list[tuple[Level, str | None]] = []
    words = r"\s+".join(map(re.escape, short.split()))
    pattern = re.compile(r"(?<![a-z])" + words + _UNIT_WORD_NEXT)
    for m in pattern.finditer(norm.shadow, 0, act):
        cut = _UNIT_NAME_END.search(norm.shadow, m.end() + 1, min(len(norm.shadow), m.end() + 60))
        level, name = body_level(norm.text[m.start() : cut.start() if cut else m.end() + 60])
        if level is not Level.UNKNOWN:
            found.append((level, name))
    if len({level for level, _ in found}) != 1:
        return None
    names = {name for _, name in found if name}
    return found[0][0], names.pop() if len(names) == 1 else None


# Two bodies that sign a joint text ("ký kết", page.reports.SIGNING): "ký kết Kế hoạch phối hợp
# giữa A và B", "A và B đã ký kết …" (shadow text).
_BETWEEN = re.compile(r"(?<![a-z])giua\s+(?P<a>[^,;.:\n]{3,80}?)\s+va\s+(?P<b>[^,;.:\n]{3,80})")
_AND = re.compile(r"\s+và\s+")


def _signed_across_levels(norm: NormalizedText, act: int, actor: str) -> bool:
    """Whether the reported act is a joint signing ("ký kết") by two bodies whose names tell two
    levels: the sentence's "giữa A và B", else the actor "A và B"."""
    a, b = _statement(norm, act)
    if SIGNING.search(norm.shadow, a, b) is None:
        return False
    between = _BETWEEN.search(norm.shadow, a, b)
    if between is not None:
        pair = [norm.text[between.start(g) : between.end(g)] for g in ("a", "b")]
    else:
        pair = _AND.split(actor, maxsplit=1)
    if len(pair) != 2:
        return False
    first, second = (body_level(part)[0] for part in pair)
    # (a body named without its level is taken to share the other's: "Hội Khuyến học và Tỉnh
    # Đoàn Kon Tum ký kết chương trình phối hợp")
    return Level.UNKNOWN not in (first, second) and first is not second


def _joint_across_provinces(norm: NormalizedText, act: int) -> bool:
    """Whether the bodies joined by "và" before the reported act, in its sentence, name two
    different provinces ("UBND tỉnh Khánh Hòa và UBND tỉnh Ninh Thuận đã ký …")."""
    a, _ = _statement(norm, act)
    names = {
        name
        for part in _AND.split(norm.text[a:act])
        for level, name in (body_level(part),)
        if level is Level.PROVINCE and name is not None
    }
    return len(names) > 1


# "thay mặt <body>, <signer> …": whom a signer acts for (shadow text, the body up to the comma).
_ON_BEHALF = re.compile(r"(?<![a-z])thay\s+mat\s+(?P<body>[^,;.:\n]{3,80}),")


def _on_behalf_of(norm: NormalizedText, act: int) -> tuple[str, Level] | None:
    """The body a report's signer acts for in the sentence of the act, when its name tells a
    level; None otherwise."""
    a, _ = _statement(norm, act)
    found = None
    for m in _ON_BEHALF.finditer(norm.shadow, a, act):
        found = m
    if found is None:
        return None
    body = " ".join(norm.text[found.start("body") : found.end("body")].split())
    level = level_of_body(body, norm)
    return (body, level) if level is not Level.UNKNOWN else None


# A council's session named alone as the adopting body ("Kỳ họp", "kỳ họp").
_BARE_SESSION = re.compile(r"ky\s+hop")
# A local government named by its unit word, or the area of one: "HĐND huyện", "Thường trực
# HĐND và UBND xã", "trên địa bàn huyện Điện Biên Đông" (shadow text; the unit follows).
_LOCAL_GOVERNMENT = re.compile(
    r"(?<![a-z])(?:(?:hdnd|hoi\s+dong\s+nhan\s+dan|ubnd|uy\s+ban\s+nhan\s+dan)"
    r"(?:\s+va\s+(?:ubnd|uy\s+ban\s+nhan\s+dan))?\s+|tren\s+dia\s+ban\s+)"
    r"(?=(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh)(?![a-z]))"
)
_UNIT_NAME_END = re.compile(r"[,.;:()\n]|\s(?:va|ve|to\s+chuc|trien\s+khai|thuc\s+hien)\s")


def _session_unit(norm: NormalizedText, act: int) -> tuple[Level, str | None] | None:
    """The level (and name) of the local government the adopting session's sentence names,
    else the lead before it; None where none or more than one level is named."""
    a, b = _statement(norm, act)
    for lo, hi in ((a, b), (0, a)):
        found = []
        for m in _LOCAL_GOVERNMENT.finditer(norm.shadow, lo, hi):
            cut = _UNIT_NAME_END.search(norm.shadow, m.end(), min(len(norm.shadow), m.end() + 60))
            level, name = body_level(norm.text[m.end() : cut.start() if cut else m.end() + 60])
            if level is not Level.UNKNOWN:
                found.append((level, name))
        levels = {level for level, _ in found}
        if len(levels) == 1:
            names = {name for _, name in found if name}
            return found[0][0], names.pop() if len(names) == 1 else None
        if levels:
            return None
    return None


# A city's body named without the city ("UBND thành phố", "Chủ tịch UBND TP"): its level is
# the city's, which the text must tell.
_UNNAMED_CITY = re.compile(r"(?<![a-z])(?:thanh\s+pho|tp\.?)\s*$")
# Units only a centrally-run city directs: its urban districts ("UBND các quận, huyện") and
# its departments ("các sở, ban, ngành").
_DIRECTS_PROVINCIAL_UNITS = re.compile(
    r"(?<![a-z])(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+cac\s+quan|cac\s+quan\s*,\s*huyen"
    r"|cac\s+so\s*,\s*(?:ban|nganh)|so\s*,\s*ban\s*,\s*nganh)(?![a-z])"
)


# "Ngày 9/1/2026, Phó Thủ tướng … đã ký ban hành Quyết định số 48/QĐ-TTg": a dated act.
_DATELINE = re.compile(r"[ \t(]*ngay\s+(?=\d)")


def _restated_date(norm: NormalizedText, drafts: list[_Draft], own_index: int) -> date | None:
    """The reported document's date where its lead gives none, from a later sentence that
    names it again: with its date ("… Chỉ thị 04-CT/TU, ngày 29/12/2020"), or as a dated act
    ("Ngày 9/1/2026, Phó Thủ tướng … đã ký ban hành Quyết định số 48/QĐ-TTg …")."""
    own = drafts[own_index]
    assert own.code is not None
    for i, d in enumerate(drafts):
        if d.mention != "code" or d.code is None or d.code.canonical != own.code.canonical:
            continue
        issued = _ISSUED_ON.search(norm.shadow, max(0, d.start - _ISSUED_ON_REACH), d.start)
        parsed = parse_date(norm.shadow, issued.end()) if issued else None
        if parsed is not None and _ISSUED_ON_GAP.fullmatch(norm.shadow, parsed[1], d.start):
            # "… được Chủ tịch UBND … ký ban hành ngày 21/02/2022 tại Kế hoạch số 20/KH-UBND"
            return parsed[0]
        if i <= own_index:
            continue
        if d.date is not None:
            return d.date
        a, _ = _statement(norm, d.start)
        dateline = _DATELINE.match(norm.shadow, a, d.start)
        parsed = parse_date(norm.shadow, dateline.end()) if dateline else None
        if parsed is not None and norm.shadow[parsed[1] : parsed[1] + 1] == ",":
            return parsed[0]
    return None


# "… ký ban hành ngày 21/02/2022 tại Kế hoạch số 20/KH-UBND": the day of issue, then the
# document that was issued (shadow text).
_ISSUED_ON = re.compile(r"(?<![a-z])ban\s+hanh\s+(?:vao\s+)?ngay\s+(?=\d)")
_ISSUED_ON_REACH = 80
_ISSUED_ON_GAP = re.compile(
    rf"\s*,?\s*(?:tai|bang|theo)?\s*(?:(?:{TYPE_WORD_ALT})\s+)?(?:so\s*:?\s*)?"
)


# "… ban hành công văn số 3025 ngày 13/5/2022 về việc …": a number with no code, dated.
_BARE_NUMBER_DATED = re.compile(r"\s+so\s*:?\s*\d{1,5}\s*,?\s+ngay\s+(?=\d)")


def _bare_number_date(norm: NormalizedText, page: PageReading) -> date | None:
    """The date written right after the bare number of a reported document that has no code
    ("UBND tỉnh ban hành công văn số 3025 ngày 13/5/2022 về việc …")."""
    if page.word_end is None:
        return None
    number = _BARE_NUMBER_DATED.match(norm.shadow, page.word_end)
    parsed = parse_date(norm.shadow, number.end()) if number else None
    return parsed[0] if parsed is not None else None


def _with_lead(layout: Layout, norm: NormalizedText, page: PageReading) -> Layout:
    """The report's lead sentence counts as the opening: it states the primary edges; so
    does the reported document's own opening when the report quotes it right after ("Thực
    hiện Quyết định số 319/QĐ-TTg …, UBND tỉnh Hà Nam ban hành Kế hoạch …")."""
    assert page.act_start is not None
    a, b = _statement(norm, page.act_start)
    # "Thực hiện Kế hoạch số 78-KH/HU … của Ban Thường vụ Huyện ủy. Đảng ủy xã xây dựng Kế
    # hoạch số 44-KH/ĐU …": the sentence before the lead, on its own line or after a full
    # stop, says what the reported document carries out.
    cue = None
    for cue in _CUE_BEFORE.finditer(norm.shadow, max(0, a - _SENTENCE_MAX), a):  # noqa: B007
        pass
    if cue is not None and acting_body(norm, cue.end(), a) is None:
        # (not where that sentence has a body of its own acting: "Thực hiện Nghị quyết số
        # 57-NQ/TW …, Đảng ủy phường Phúc Yên đã triển khai đồng bộ nhiều giải pháp …" is what
        # the ward did, not what its plan named next carries out)
        a = cue.start("cue")
    scan_end = min(len(norm.text), b + _QUOTED_OPENING)
    own = OWN_ACT.search(past_marked_shadow(norm, b, scan_end), b, scan_end)
    if own is not None and acting_body(norm, _statement(norm, own.start())[0], own.start()):
        b = max(b, _statement(norm, own.start())[1])
    elif (page.repost or norm.text[b - 1 : b] == ":") and (
        quoted := _LINE_CUE.search(norm.shadow, b, scan_end)
    ) is not None:
        # the lead introduces the text that follows: "… cụ thể như sau:\n\nThực hiện Văn bản
        # số 979/BTP-PBGDPL …, Sở Tư pháp hướng dẫn …" is the reported document's opening
        b = max(b, _statement(norm, quoted.start())[1])
    if (quoted := _QUOTED_CUE.search(norm.shadow, b, scan_end)) is not None and (
        directed := _directed_by(norm, quoted.start(), page.actor)
    ):
        # "UBND tỉnh Lâm Đồng vừa ban hành Văn bản chỉ đạo …" and a later paragraph "Thực hiện
        # Nghị quyết số 60-NQ/TW …; Nghị quyết số 74/NQ-CP …, UBND tỉnh giao các sở …": the
        # reported text's opening
        b = max(b, directed)
    para = _PARAGRAPH_NEXT.match(norm.text, b)
    if para is not None and page.actor is not None:
        # "Thay mặt Bộ Chính trị, … ký ban hành Kết luận số 185-KL/TW …\n\nBộ Chính trị, Ban
        # Bí thư yêu cầu các cấp ủy … thực hiện nghiêm túc Chỉ thị số 45-CT/TW": the body of
        # the reported document's level directs in the next paragraph, the document's content
        end = _statement(norm, para.end())[1]
        directing = body_directing_at(norm, para.end(), end)
        level = body_level(page.actor)[0]
        if directing is not None and level is not Level.UNKNOWN and (
            body_level(directing)[0] is level
        ):
            b = max(b, end)
    then = _THEN.match(norm.shadow, b)
    if then is not None:
        # "Theo đó, Chỉ thị … được ban hành trên cơ sở thực hiện Chỉ thị số 48-CT/TW …": the
        # sentence after the lead says what the reported document does
        b = max(b, _statement(norm, then.end())[1])
        if _LIST_INTRO.search(norm.shadow, max(0, b - 12), b) and (
            items := _LIST_ON_LINE.match(norm.text, b)
        ):
            # "… quận xây dựng 1 kế hoạch thực hiện chung 2 chương trình của Thành ủy, gồm:
            # Chương trình số 02-CTr/TU … và Chương trình số 04-CTr/TU …": the list it opens
            b = max(b, _statement(norm, items.end())[1])
    return replace(layout, opening=(a, b))


# A list run on after a colon on the same line ("… 2 chương trình của Thành ủy, gồm: Chương …").
_LIST_ON_LINE = re.compile(r"[^\S\n]*(?=\S)")
_LIST_INTRO = re.compile(r"(?<![a-z])gom\s*:$")  # (not "… như sau:", a statement's start)
# The start of the paragraph right after a report's lead.
_PARAGRAPH_NEXT = re.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*")
# The sentence right after a report's lead that goes on about the reported document: "Theo
# đó, …", "Trong đó, …" (of several documents the lead names), or its purpose ("Kế hoạch do
# Phó Chủ tịch UBND tỉnh … ký ban hành, …. Với mục đích tổ chức cụ thể hóa kịp thời và thực
# hiện đầy đủ … Nghị quyết số 257/2025/QH15, Nghị quyết số 424/NQ-CP.", "Mục đích của Kế
# hoạch nhằm …", "Kế hoạch nhằm …").
_THEN = re.compile(
    r'[\s"”)]*(?:theo\s+do|trong\s+do|(?:voi\s+)?muc\s+(?:dich|tieu)'
    r"(?:\s+cua\s+(?:ke\s+hoach|chuong\s+trinh|chi\s+thi|nghi\s+quyet|de\s+an|huong\s+dan"
    r"|van\s+ban|cong\s+van)(?:\s+nay)?)?"
    r"|(?:ke\s+hoach|chuong\s+trinh|chi\s+thi|de\s+an|huong\s+dan|van\s+ban|cong\s+van)"
    r"(?:\s+nay)?\s+nham)(?![a-z])"
)


_LIST_SENTENCE_MAX = 2000  # an opening that lists what it carries out may run long
_FULL_STOP = re.compile(r"\.(?:\s|$)|\n[ \t]*\n")


def _directed_by(norm: NormalizedText, start: int, actor: str | None) -> int | None:
    """Where the sentence at `start` ends, if a body of the reporting lead's level directs in
    it after what it carries out; None otherwise."""
    if actor is None:
        return None
    stop = _FULL_STOP.search(norm.text, start, min(len(norm.text), start + _LIST_SENTENCE_MAX))
    end = stop.start() + 1 if stop else min(len(norm.text), start + _LIST_SENTENCE_MAX)
    body = directing_body(norm, start, end)
    level = body_level(actor)[0]
    same = body is not None and level is not Level.UNKNOWN and body_level(body)[0] is level
    return end if same else None


def _own_act(norm: NormalizedText, layout: Layout, start: int) -> re.Match[str] | None:
    """Where a document names its own act ("UBND xã xây dựng Kế hoạch …"): anywhere in the
    first lines of one without a heading; in one with a heading, in its opening or in the
    paragraph right after it ("Thực hiện Kế hoạch số 164/KH-UBND … tỉnh Kiên Giang.\n\nỦy
    ban nhân dân huyện xây dựng Kế hoạch …"), never further down, where "UBND các xã xây dựng
    kế hoạch" assigns tasks."""
    window = _own_act_window(norm, layout, start)
    if window is None:
        return None
    start, end = window
    return OWN_ACT.search(past_marked_shadow(norm, start, end), start, end)


def _own_act_window(norm: NormalizedText, layout: Layout, start: int) -> tuple[int, int] | None:
    """Where `_own_act` looks (None: a headed text without an opening)."""
    if layout.heading is None:
        return start, min(len(norm.text), start + _OWN_ACT_SCAN)
    if layout.opening is not None:
        return layout.opening[0], min(len(norm.text), layout.opening[1] + _NEXT_PARAGRAPH)
    return None


def _with_own_act(layout: Layout, norm: NormalizedText, own: re.Match[str]) -> Layout:
    """A document states its primary edges where it names its own act ("Thực hiện Kế
    hoạch số 121-KH/TU …, Đảng bộ các KCN xây dựng kế hoạch …"), which is often not its
    first paragraph (a page title and a date stand above it), or the paragraph after it."""
    opening = layout.opening
    if opening and opening[0] <= own.start() < opening[1]:
        return layout
    if layout.heading is not None and opening is not None:
        return replace(layout, opening=(opening[0], _statement(norm, own.start())[1]))
    return replace(layout, opening=_with_clauses_before(norm, _statement(norm, own.start())))


# An opening's clause printed as a paragraph of its own, ended by a semicolon or a comma:
# "Thực hiện Kết luận số 127-KL/TW … của Bộ Chính trị …;\n\nCăn cứ Luật …;\n\nCăn cứ Nghị
# quyết số 74/NQ-CP …,\n\nSau khi phối hợp, tỉnh Tây Ninh tỉnh Long An xây dựng …".
_CLAUSE_PARAGRAPH = re.compile(
    r"[ \t\-–+•*]*(?:(?:de|nham)\s+)?(?:thuc\s+hien|trien\s+khai|can\s+cu|thi\s+hanh)(?![a-z])"
)
_CLAUSES_BEFORE = 8  # clauses that may stand above the statement, each on its own paragraph


def _with_clauses_before(norm: NormalizedText, statement: tuple[int, int]) -> tuple[int, int]:
    """`statement` taken back over the paragraphs right above it that are clauses of the same
    sentence (each opens with a cue or "Căn cứ" and ends in ";" or ","): the opening of a
    copy that prints every clause as a paragraph."""
    text = norm.text
    a, b = statement
    for _ in range(_CLAUSES_BEFORE):
        end = a
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        if end == 0 or text[end - 1] not in ";," or "\n\n" not in text[end:a]:
            break
        start = text.rfind("\n\n", max(0, end - _SENTENCE_MAX), end)
        if start < 0:
            break
        start += 2
        while start < end and text[start] in " \t\n":
            start += 1
        if not _CLAUSE_PARAGRAPH.match(norm.shadow, start, end):
            break
        a = start
    return a, b


def _with_own_statement(layout: Layout, norm: NormalizedText, start: int) -> Layout:
    """A document without a heading that states its own act after what it carries out
    ("Thực hiện Hướng dẫn số 06-HD/HU …; Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:")
    states its primary edges in that sentence."""
    found = own_statement(norm, start, min(len(norm.text), start + _OWN_ACT_SCAN))
    if found is None:
        return layout
    opening = layout.opening
    if opening and opening[0] <= found[1] < opening[1]:
        return layout
    return replace(layout, opening=_with_clauses_before(norm, _statement(norm, found[1])))


# A purpose clause opening a paragraph: "Để tiếp tục phát huy …, thực hiện Chỉ thị số …"
# (matched on the text: in the shadow "Để" is "Đề", as in "Đề án", "Đề nghị").
_PURPOSE_PARAGRAPH = re.compile(r"(?:Để|ĐỂ|Nhằm|NHẰM)\s")


def _with_purpose_paragraph(layout: Layout, norm: NormalizedText, drafts: list[_Draft]) -> Layout:
    """A headed document whose opening paragraph names no document ("Thực hiện Nghị quyết Đại
    hội … , các cấp, các ngành … đã đạt được những thành tựu quan trọng …") states what it
    carries out in the purpose clause that opens the next paragraph ("Để tiếp tục phát huy
    các kết quả …, thực hiện Chỉ thị số 22/CT-TTg ngày 05/8/2014 của Thủ tướng Chính phủ …")."""
    if layout.heading is None or layout.opening is None:
        return layout
    a, b = layout.opening
    if any(a <= d.start < b for d in drafts):
        return layout
    para = _PARAGRAPH_NEXT.match(norm.text, b)
    if para is None or "\n" not in para.group() or not _PURPOSE_PARAGRAPH.match(
        norm.text, para.end()
    ):
        return layout
    return replace(layout, opening=(a, _statement(norm, para.end())[1]))


def _without_host_acts(relations: list[Relation]) -> list[Relation]:
    """The relations but the host's acts on other texts (amends, replaces, repeals): the host
    stands for several texts, and the page names none of them as the one acting (the labels
    leave such an edge out: dev zz13-quangbinh-hdnd-dong-hoi-ky-hop-bat-thuong-2018)."""
    return [r for r in relations if not (r.source == HOST and r.type in _HOST_ACTS)]


_HOST_ACTS = frozenset({
    RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS,
})  # fmt: skip


def _only_cites(relations: list[Relation]) -> list[Relation]:
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    for r in relations:
        if r.source == HOST and r.type is not RelationType.CITES:
            r = replace(r, type=RelationType.CITES, label="mentions")
        if r.type is RelationType.CITES and (r.source, r.target) in seen:
            continue
        seen.add((r.source, r.target))
        out.append(r)
    return out

# A page's first line that titles an uncoded document by its kind and subject: "Nghị quyết về
# điều chỉnh dự toán thu, chi ngân sách …", "Thông báo về việc lấy ý kiến cử tri …".
# (also a draft, a summary or a full text titled so: "TÓM TẮT ĐỀ ÁN", "Dự thảo báo cáo chính
# trị …", "Toàn văn Nghị quyết Đại hội …")
_KIND_TITLE_LINE = re.compile(
    rf"\s*(?:(?:du\s+thao|tom\s+tat|toan\s+van)\s+(?P<named>{TYPE_WORD_ALT})(?![a-z])"
    rf"|(?P<word>{TYPE_WORD_ALT})\s+(?:ve(?:\s+viec)?|v/v)\s)"
)


def _heading_run_into_title(norm: NormalizedText, body_start: int) -> bool:
    """Whether the page opens with its heading and title run into one line, the kind in
    capitals: "NGHỊ QUYẾT Về việc điều chỉnh Quyết định chủ trương đầu tư dự án …" (a district
    council's resolution as a portal copies it); a news headline writes no kind in capitals
    before "Về"."""
    start = _skip_inline_blank(norm.text, body_start)
    m = _KIND_TITLE_LINE.match(norm.shadow, start)
    if m is None or m.group("word") is None:
        return False
    word = norm.text[m.start("word") : m.end("word")]
    return word.isupper() and not norm.text[m.end("word") : m.end()].strip().isupper()


def _own_code_dated(norm: NormalizedText, drafts: list[_Draft], own_index: int) -> date | None:
    """The date a document page gives its own code where no header dates it: a mention of the
    code with its date ("Công điện số 09/CĐ-TTg năm 2025 / Công điện số 09/CĐ-TTg ngày
    03/02/2025 của Thủ tướng Chính phủ …", a document site's entry, tailieu.vn), or the dateline
    of the sentence that issues it ("Ngày 08-01-2020, Ban Tuyên giáo Trung ương ban hành Hướng
    dẫn số 118-HD/BTGTW …. BBT trích đăng nguyên văn Hướng dẫn.", tuyengiaokontum.org.vn)."""
    own = drafts[own_index].code
    if own is None:
        return None
    for d in drafts:
        if d.code is None or d.code.canonical != own.canonical:
            continue
        if d.date is not None:
            return d.date
        # (the sentence's start, or its line's, where a stamp line runs into it: "Thứ năm -
        # 09/01/2020 09:32\nNgày 08-01-2020, Ban Tuyên giáo Trung ương ban hành …")
        for a in (_statement(norm, d.start)[0], norm.shadow.rfind("\n", 0, d.start) + 1):
            dateline = _DATELINE.match(norm.shadow, a, d.start)
            parsed = parse_date(norm.shadow, dateline.end()) if dateline else None
            if parsed is not None and norm.shadow[parsed[1] : parsed[1] + 1] == ",":
                return parsed[0]
    return None


def _named_day(norm: NormalizedText, drafts: list[_Draft], own_index: int | None,
               page: PageReading) -> date | None:
    """A reported document's day written without its year right after its number or its type
    word ("… quyết định số 1879/QĐ-UBND, ngày 11/12, do Chủ tịch UBND tỉnh … ký", "… đã có
    Công văn ngày 14/01 …"), dated by the page (ingest.page.dates.named_day_date)."""
    if own_index is not None:
        own = drafts[own_index].code
        for d in drafts[own_index:]:  # (not an earlier text of a reused number's)
            if d.code is not None and own is not None and d.code.canonical == own.canonical:
                found = named_day_date(norm.shadow, d.end)
                if found is not None:
                    return found
        return None
    if page.word_end is None:
        return None
    return named_day_date(norm.shadow, page.word_end, bare_number=True)

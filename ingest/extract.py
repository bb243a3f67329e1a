"""Extract references, relations, host facts and warnings from one document's text.

This module wires the stages together: normalize (text) → layout → find codes and short
forms (find) → read citation tails (context) → resolve short forms and nesting → type
relations (relations) → host facts (host). It does no I/O.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from ingest.bodies import body_level, names_no_commune
from ingest.codes import (
    LEVEL_RANK,
    PARTY_TYPES,
    STATE_TYPES,
    TYPE_WORD_DISPLAY,
    DocumentCode,
    Level,
    canonical_number,
    is_legislature,
)
from ingest.context import alias_definitions, parse_date, parse_tail
from ingest.find import SELF_REF, TYPE_WORD_ALT, TYPE_WORDS_SHADOW
from ingest.host import (
    DISTRICTS_ABOLISHED,
    HostFacts,
    city_before_central,
    city_level,
    dated_place,
    level_of_body,
    normalize_meta,
    place_at,
    read_host_facts,
    read_metadata,
)
from ingest.layout import KIND_HEADINGS, Layout, addressed_letter, find_layout
from ingest.models import HOST, Extraction, HostDocument, Place, Reference, Relation, Warning
from ingest.normalize import code_fixed_by_issuer
from ingest.page.actors import acting_body, directing_body
from ingest.page.common import DOCUMENT, OTHER, REPORT, PageReading, past_marked_shadow
from ingest.page.read import read_page
from ingest.page.reposts import TYPE_WORD_TITLE_LINE
from ingest.page.statements import (
    OWN_ACT,
    body_directing_at,
    directed_opening,
    own_act_stands,
    own_act_type_word,
    own_statement,
)
from ingest.provisions import provision_before
from ingest.relations import ACTS_ON, RelationType
from ingest.stages.common import (
    _SENTENCE_MAX,
    _Draft,
    _skip_blank,
    _statement,
)
from ingest.stages.own_code import (
    _CONSOLIDATED_KIND,
    _NUMBER_LABEL_SCAN,
    _OWN_NUMBER_SCAN,
    _attached_to,
    _authenticated_own,
    _authenticating_body,
    _authentication_date,
    _bracketed_number,
    _consolidates,
    _letter_annex_line,
    _name_line,
    _own_code,
    _reported_by_source,
    _source_line,
    _tag_name,
    _titled_short_number,
)
from ingest.stages.references import (
    _aliased_codes,
    _drafts,
    _link_structure,
    _resolve_short_forms,
)
from ingest.stages.relations import (
    _LINE_CUE,
    _relations,
)
from ingest.stages.warnings import (
    _conflict_warnings,
    _type_word_warnings,
)
from ingest.text import NormalizedText, normalize_text, shadow_of
from ingest.wraps import join_soft_breaks

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
_QUOTED_OPENING = 1200  # how far after a report's lead the reported document's opening may be
_OWN_ACT_SCAN = 2500  # where a document without a heading names its own act
_LETTER_SCAN = 1500  # where a letter's salutation may stand (after its header and subject)
_NEXT_PARAGRAPH = 400  # a headed document's own act may follow its opening paragraph

# Kinds only central bodies issue: the Government's decrees, ministers' circulars, the National
# Assembly's laws and its Standing Committee's ordinances, ministries' consolidated texts.
CENTRAL_ONLY_KINDS = frozenset({
    "Nghị định", "Thông tư", "Thông tư liên tịch", "Luật", "Bộ luật", "Pháp lệnh",
    "Văn bản hợp nhất",
})  # fmt: skip

_CUE_BEFORE = re.compile(
    r"(?:^|(?<=[.;])\s)[ \t\-–•*]*(?P<cue>(?:thuc\s+hien|trien\s+khai)(?![a-z]))", re.MULTILINE
)

# … or, in the text a report quotes, with its purpose word: "Để triển khai thực hiện quyết
# liệt, hiệu quả Chỉ thị số 55-CT/TW …, Thủ tướng Chính phủ yêu cầu …" (shadow text).
_QUOTED_CUE = re.compile(r"(?m)^[ \t\-–•*]*(?:de\s+)?(?:thuc\s+hien|trien\s+khai)(?![a-z])")

_HASH_CHUNK = 1 << 16  # characters hashed at a time: big documents stay in the cache


def _content_id(norm: NormalizedText, body_start: int) -> str:
    """SHA-256 of the body's UTF-8 with whitespace runs collapsed: `" ".join(body.split())`.

    The body is hashed in chunks cut just after a whitespace character, so no chunk splits a
    word and the words, joined by one space, are those of the whole body.
    """
    text = norm.text
    digest = hashlib.sha256()
    first = True
    pos, n = body_start, len(text)
    while pos < n:
        cut = min(n, pos + _HASH_CHUNK)
        if cut < n:
            space = max(text.rfind(" ", pos, cut), text.rfind("\n", pos, cut))
            if space < pos and not norm.plain_space:
                space = next((i for i in range(cut - 1, pos - 1, -1) if text[i].isspace()), -1)
            cut = space + 1 if space >= pos else cut
            if cut < n and space < pos:  # no whitespace in a whole chunk: one long word
                cut = _word_end(text, cut)
        words = _collapsed(text[pos:cut], norm.plain_space)
        if words:
            digest.update(words if first else b" " + words)
            first = False
        pos = cut
    return digest.hexdigest()


def _word_end(text: str, pos: int) -> int:
    """The offset just after the whitespace character that ends the word at `pos`."""
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return min(len(text), pos + 1)


def _collapsed(piece: str, plain_space: bool) -> bytes:
    """`" ".join(piece.split())` as UTF-8."""
    if plain_space:
        # Only " " and "\n" are whitespace, and UTF-8 never puts those bytes inside a
        # character, so the bytes can be collapsed instead (no str.split into words).
        # Splitting at "  " cuts every run of two or more spaces; what is left of a run lies at
        # the edge of a part, and parts that were only spaces come out empty.
        data = piece.encode("utf-8").replace(b"\n", b" ")
        return b" ".join(p for p in (part.strip(b" ") for part in data.split(b"  ")) if p)
    return " ".join(piece.split()).encode("utf-8")


def _document_id(content_hash: str, meta: Mapping[str, str]) -> str:
    """The stored document's id: its content and the facts given with it, never its code.

    Codes repeat (a district's 169-KH/HU and another's, a term's 35-CT/TW and the next), so a
    code cannot name a stored document: two texts are two documents. The same text ingested
    again, with the same facts, is the same document (and replaces itself).
    """
    if not meta:
        return f"doc-{content_hash[:16]}"
    given = "\n".join(f"{k}={meta[k]}" for k in sorted(meta))
    return "doc-" + hashlib.sha256(f"{content_hash}\n{given}".encode()).hexdigest()[:16]


def _reported(norm: NormalizedText, drafts: list[_Draft], page: PageReading) -> int | None:
    """The reference a report's lead names right after its type word, if it has a code;
    else the first one of the same type, by the same level of body, in the lines after the
    lead ("Đảng ủy phường Phúc Lợi đã tổ chức hội nghị triển khai Kế hoạch tổ chức Đại hội
    … Hội nghị đã triển khai Kế hoạch số 62-KH/ĐU, ngày 05/7/2022 của Đảng ủy phường …")."""
    assert page.word_start is not None and page.word_end is not None
    for i, d in enumerate(drafts):
        if d.lead_start < page.word_start:
            continue
        gap = norm.shadow[page.word_end : d.lead_start]
        if d.lead_start > page.word_end + _REPORTED_GAP or not _REPORTED_GAP_WORDS.fullmatch(gap):
            # "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW": not its code; but
            # "thông qua Luật Tổ chức chính quyền địa phương số 72/2025/QH15": a law's name
            if _law_numbered_after_its_name(page.type_word, gap, d):
                return i
            break
        return i if d.mention == "code" else None
    actor_level = body_level(page.actor)[0]
    if actor_level is Level.UNKNOWN:
        return None
    for i, d in enumerate(drafts):
        if d.lead_start <= page.word_end:
            continue
        if d.lead_start > page.word_end + _REPORTED_LATER:
            break
        if d.mention != "code" or d.code is None or d.type_word != page.type_word:
            continue
        if _ACTED_ON_BEFORE.search(norm.shadow, max(0, d.lead_start - _ACTED_ON_SCAN), d.start):
            continue  # "… Kế hoạch này thay thế quyết định số 514/QĐ-BGDĐT": what it acts on
        if _OWNER_BEFORE.search(norm.shadow, max(0, d.lead_start - _ACTED_ON_SCAN), d.lead_start):
            continue  # "… hoàn thành các mục tiêu của Nghị quyết 07-NQ/TU": another's, cited
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
    return None


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
# A cited law's name; a comma may stand in it ("Luật Phòng, chống khủng bố số 28/2013/QH13"),
# the end of a clause not.
_LAW_NAME_GAP = _law_name_gap(".;:")
_LAW_NAME_REACH = 140  # a law word and the gap `_LAW_NAME_GAP` allows after it
# The type word of a law, a code or an ordinance, before the law's name (shadow → as written).
_LAW_WORD_DISPLAY = {"luat": "Luật", "bo luat": "Bộ luật", "phap lenh": "Pháp lệnh"}
_LAW_WORDS = frozenset(_LAW_WORD_DISPLAY)
_LAW_WORD = re.compile(r"(?<![^\W\d_])(bo[ \t]+luat|luat|phap[ \t]+lenh)(?=[ \t])")


def _law_word_before_its_name(norm: NormalizedText, d: _Draft) -> str | None:
    """The type word of a legislature's code numbered after the law's name ("Luật Bảo hiểm
    y tế số 25/2008/QH12", "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14"):
    the word stands a name away from the number, out of reach of the type word right before
    it. Only the word (the reference's kind); no rule reads it."""
    if d.mention != "code" or d.code is None or not is_legislature(d.code.issuer or ""):
        return None
    start = max(0, d.start - _LAW_NAME_REACH)
    words = list(_LAW_WORD.finditer(norm.shadow, start, d.start))
    if not words or _LAW_NAME_GAP.fullmatch(norm.shadow, words[-1].end(), d.start) is None:
        return None
    return _LAW_WORD_DISPLAY[" ".join(words[-1].group(1).split())]


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
                 and shadow.startswith(")", _skip_blank(shadow, d.end))]  # fmt: skip
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
    facts.date = reported.date if reported is not None and reported.date else page.date
    facts.signer = facts.signer_title = None
    facts.recipients = ()
    if facts.date is not None:
        facts.sources["date"] = "report"


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


# Two bodies that sign a joint text: "ký kết Kế hoạch phối hợp giữa A và B", "A và B đã ký
# kết …" (shadow text).
_JOINT_SIGNING = re.compile(r"(?<![a-z])ky\s+ket(?![a-z])")
_BETWEEN = re.compile(r"(?<![a-z])giua\s+(?P<a>[^,;.:\n]{3,80}?)\s+va\s+(?P<b>[^,;.:\n]{3,80})")
_AND = re.compile(r"\s+và\s+")


def _signed_across_levels(norm: NormalizedText, act: int, actor: str) -> bool:
    """Whether the reported act is a joint signing ("ký kết") by two bodies whose names tell two
    levels: the sentence's "giữa A và B", else the actor "A và B"."""
    a, b = _statement(norm, act)
    if _JOINT_SIGNING.search(norm.shadow, a, b) is None:
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


def _standing_own_act(norm: NormalizedText, layout: Layout, start: int) -> re.Match[str] | None:
    """`_own_act`'s first match that is the text's own act, not the subject of a document a
    clause cites ("Thực hiện Công văn số 2191/BNN-TCTL … về việc xây dựng kế hoạch …. Ban
    điều hành … xây dựng kế hoạch thực hiện …": the second)."""
    window = _own_act_window(norm, layout, start)
    if window is None:
        return None
    start, end = window
    shadow = past_marked_shadow(norm, start, end)
    return next((m for m in OWN_ACT.finditer(shadow, start, end)
                 if own_act_stands(shadow, start, m)), None)  # fmt: skip


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


# A header's number line with the number left blank, as drafts and templates print it: the
# type is still there ("Số       -BC/TU", "Số:        /KH-UBND", "Số:         / TB-UBND").
_BLANK_NUMBER_LINE = re.compile(
    r"(?m)^[ \t|]*S[ốo]\s*:?[ \t.…_]*(?:[-–][ \t]*(?P<party>[A-ZĐ][A-Za-zĐđ]{0,4})[ \t]*/"
    r"|/[ \t]*(?P<state>[A-ZĐ][A-Za-zĐđ]{0,4})[ \t]*-)"
)
# A header flattened into one line, its heading right after the place-date's year, in
# capitals, its words perhaps glued: "… Độc lập - Tự do - Hạnh phúc Thụy Dương, ngày 07 tháng
# 12 năm2010BÁOCÁOKIỂMTRA …", "… Xã Chư Hreng, ngày tháng năm 2016 KẾ HOẠCH PHÒNG CHỐNG THIÊN
# TAI …" (shadow text; the day and month may be left blank).
_TYPE_WORD_BY_GLUED = {w.replace(" ", ""): w for w in TYPE_WORDS_SHADOW}
_GLUED_TYPE_WORDS = "|".join(
    w.replace(" ", r"\s*") for w in sorted(TYPE_WORDS_SHADOW, key=len, reverse=True)
)
_FLATTENED_HEADING = re.compile(
    r"[^\n]{0,300}?,\s*ngay\s+(?:\d{1,2}\s+)?thang\s+(?:\d{1,2}\s+)?nam\s*\d{4}\s*"
    rf"(?P<word>{_GLUED_TYPE_WORDS})"
)
_FLAT_LINE_MIN = 150  # a header's own lines are short; flattened, its first line is long


def _flattened_heading_word(norm: NormalizedText, body_start: int) -> str | None:
    """The type word of the heading that follows the place-date in a header flattened into
    the page's first line, printed in capitals; None otherwise."""
    shadow, text = norm.shadow, norm.text
    start = _skip_blank(text, body_start)
    line_end = shadow.find("\n", start)
    line_end = len(shadow) if line_end < 0 else line_end
    if line_end - start < _FLAT_LINE_MIN:
        return None
    m = _FLATTENED_HEADING.match(shadow, start, line_end)
    if m is None or not text[m.start("word") : m.end("word")].isupper():
        return None
    return _TYPE_WORD_BY_GLUED.get("".join(m.group("word").split()))


# A page's first line that titles an uncoded document by its kind and subject: "Nghị quyết về
# điều chỉnh dự toán thu, chi ngân sách …", "Thông báo về việc lấy ý kiến cử tri …".
# (also a draft, a summary or a full text titled so: "TÓM TẮT ĐỀ ÁN", "Dự thảo báo cáo chính
# trị …", "Toàn văn Nghị quyết Đại hội …")
_KIND_TITLE_LINE = re.compile(
    rf"\s*(?:(?:du\s+thao|tom\s+tat|toan\s+van)\s+(?P<named>{TYPE_WORD_ALT})(?![a-z])"
    rf"|(?P<word>{TYPE_WORD_ALT})\s+(?:ve(?:\s+viec)?|v/v)\s)"
)


_TITLE_LINES = 2  # a site's banner may stand above the title
# A letter's subject line opening the page: "V/v tăng cường thực hiện các biện pháp …" (a
# decision or a notice is titled by its type word; "Về việc …" may head either).
_SUBJECT_VV = re.compile(r"\s*(?:V/[vV]|v/v|V\.v)\s")


def _title_line_type_word(norm: NormalizedText, body_start: int) -> str | None:
    """The type word a document's title opens with, on one of its first lines, where neither
    its heading nor an act names its kind; None where no such line stands."""
    shadow = norm.shadow
    at = body_start
    for _ in range(_TITLE_LINES):
        while at < len(shadow) and shadow[at] in " \t\n":
            at += 1
        end = shadow.find("\n", at)
        end = len(shadow) if end < 0 else end
        m = TYPE_WORD_TITLE_LINE.match(shadow, at, end)  # (the line's end is the region's)
        if m is not None:
            return " ".join(m.group("word").split())
        at = end
    return None


def _heading_run_into_title(norm: NormalizedText, body_start: int) -> bool:
    """Whether the page opens with its heading and title run into one line, the kind in
    capitals: "NGHỊ QUYẾT Về việc điều chỉnh Quyết định chủ trương đầu tư dự án …" (a district
    council's resolution as a portal copies it); a news headline writes no kind in capitals
    before "Về"."""
    start = _skip_blank(norm.text, body_start)
    m = _KIND_TITLE_LINE.match(norm.shadow, start)
    if m is None or m.group("word") is None:
        return False
    word = norm.text[m.start("word") : m.end("word")]
    return word.isupper() and not norm.text[m.end("word") : m.end()].strip().isupper()


# A legal site's or portal's table of facts names the kind on its own label: "Số ký hiệu
# 101/2015/QH13 … Loại văn bản Bộ luật" (vbpl.vn's "Thuộc tính" tab), "Loại văn bản: Kế hoạch".
_FACT_TABLE_KIND = re.compile(
    rf"(?:^|\n)[ \t|]*loai\s+van\s+ban[ \t]*:?[ \t|]*"
    rf"(?P<word>bo\s+luat|hien\s+phap|{TYPE_WORD_ALT})(?![a-z])"
)  # (the normalized text has the table's tabs as spaces: "Loại văn bản Bộ luật Ngày có …")


def _fact_table_kind(norm: NormalizedText, body_start: int) -> str | None:
    """The kind a table of facts names near the top, for a code that prints no type
    ("101/2015/QH13": a law or a code of law, which the code cannot tell)."""
    m = _FACT_TABLE_KIND.search(norm.shadow, body_start, body_start + _OWN_NUMBER_SCAN)
    if m is None:
        return None
    word = " ".join(m.group("word").split())
    return TYPE_WORD_DISPLAY.get(word) or KIND_HEADINGS.get(word)


def _host(norm: NormalizedText, layout: Layout, facts: HostFacts, own: DocumentCode | None,
          meta: Mapping[str, str], body_start: int, page: PageReading,
          own_act: re.Match[str] | None, *, own_type_word: str | None = None,
          letter: bool = False) -> HostDocument:  # fmt: skip
    sources = dict(facts.sources)
    if own is not None:
        sources.setdefault("code", "text")
    given = read_metadata(meta)
    sources.update((key, "metadata") for key in meta if key in given.fields)
    code = given.code or own
    title = None
    if layout.title:
        title = " ".join(norm.text[layout.title[0] : layout.title[1]].split())
    issuing_body = meta.get("issuing_body") or facts.issuing_body
    level = facts.level
    if given.level is not None:
        level = given.level
    elif meta.get("issuing_body"):
        level = level_of_body(issuing_body or "", norm)
    if level is Level.UNKNOWN and code is not None and not (
        code.issuer_level is Level.COMMUNE and names_no_commune(issuing_body)
    ):  # ("101-KH/ĐU" of the "Ban Thường vụ Đảng ủy NHPT", a bank's committee: no commune)
        level = code.issuer_level
    kind = layout.kind
    if page.kind == REPORT and page.type_word:
        kind = TYPE_WORD_DISPLAY.get(page.type_word, kind)
    elif kind is None and page.type_word:  # a title line: "Chương trình của Ban Chấp hành …"
        # (or a resolution's "QUYẾT NGHỊ:", before the plan it issues: "… QUYẾT NGHỊ: … Chính
        # phủ ban hành Kế hoạch thực hiện Kết luận số 132-KL/TW như sau:")
        kind = TYPE_WORD_DISPLAY.get(page.type_word)
    elif kind is None and own_act is not None and (
        stands := _standing_own_act(norm, layout, body_start)
    ) is not None:  # "UBND xã xây dựng Kế hoạch …", not "Căn cứ Quyết định số … về ban hành Kế
        # hoạch …" before it
        kind = TYPE_WORD_DISPLAY.get(own_act_type_word(stands))
    if kind is None and own is None and page.kind == DOCUMENT and not page.repost:
        titled = _KIND_TITLE_LINE.match(norm.shadow, _skip_blank(norm.text, body_start))
        if titled is not None:  # "Nghị quyết về điều chỉnh dự toán …", "Thông báo về việc …"
            word = titled.group("word") or titled.group("named")
            kind = TYPE_WORD_DISPLAY.get(" ".join(word.split()))
    if kind is None and own is None and page.kind == DOCUMENT and _SUBJECT_VV.match(norm.text,
                                                                                   body_start):
        kind = TYPE_WORD_DISPLAY["cong van"]  # "V/v tăng cường …": a letter's subject line
    if kind is None and own is None and page.kind == DOCUMENT and not page.repost:
        word = _title_line_type_word(norm, body_start)
        if word is not None:  # "Kế hoạch tổ chức “Tháng Nhân đạo” năm 2019" (under a banner)
            kind = TYPE_WORD_DISPLAY.get(word)
    if kind is None and own is None and page.kind == DOCUMENT:
        word = _flattened_heading_word(norm, body_start)
        if word is not None:  # "… Thụy Dương, ngày 07 tháng 12 năm2010BÁOCÁOKIỂMTRA …"
            kind = TYPE_WORD_DISPLAY.get(word)
    if kind is None and own is None and page.kind == DOCUMENT:
        blank = _BLANK_NUMBER_LINE.search(norm.text, body_start,
                                          min(len(norm.text), body_start + _NUMBER_LABEL_SCAN))
        if blank is not None:  # a draft's header: "Số       -BC/TU", "Số:        /KH-UBND"
            kind = (PARTY_TYPES.get(blank.group("party") or "")
                    or STATE_TYPES.get(blank.group("state") or ""))  # fmt: skip
    if own is not None and own.kind == _CONSOLIDATED_KIND:
        kind = TYPE_WORD_DISPLAY["van ban hop nhat"]  # its heading is the consolidated law's
    if kind is None and own is not None and own.document_type is None and own_type_word:
        # a code that prints no type names it by the word before it: "Lịch sử hiệu lực: Nghị
        # định 18-HĐBT", "Văn bản được ban hành 28/CP" under "Nghị định 28/CP"
        kind = TYPE_WORD_DISPLAY.get(own_type_word)
    if kind is None and own is not None and own.document_type is None:
        kind = _fact_table_kind(norm, body_start)
    if kind is None and own is None and page.kind == DOCUMENT and letter:
        kind = TYPE_WORD_DISPLAY["cong van"]  # addressed, no heading: a letter (DOMAIN §3)
    if kind is None and own is None and page.kind == DOCUMENT and not page.repost:
        named = {" ".join(m.group("word").split())
                 for m in SELF_REF.finditer(norm.shadow, body_start)} - {"van ban"}  # fmt: skip
        if len(named) == 1:
            # "Nhận được Công văn này, đề nghị các tổ chức cơ sở đảng …" (lacduong.lamdong.
            # dcs.vn): a headerless text names its own kind when it speaks of itself
            kind = TYPE_WORD_DISPLAY.get(named.pop())
    if level is Level.UNKNOWN and kind in CENTRAL_ONLY_KINDS:
        level = Level.CENTRAL  # "THÔNG TƯ 01/2018 QUY ĐỊNH …": only ministers issue circulars
    place = dated_place(facts.place, level, facts.dated_province or facts.paper_province
                        or facts.headline_province)  # fmt: skip
    city = city_level(level, issuing_body, place, norm)
    if city is not level:  # (a city read as the Centre's: the district named is its subject)
        level, place = city, place.down_to(city)
    level, place = city_before_central(level, place, issuing_body, given.date or facts.date, norm)
    if level is Level.DISTRICT and place.district is None and facts.headline_district:
        # "Hàm Thuận Nam chỉ đạo tổ chức Ngày Hội …" over "Ban Thường vụ Huyện ủy đã ban hành
        # Công văn số 1449-CV/HU …": the headline names the district whose body the lead leaves
        # unnamed
        place = replace(place, district=facts.headline_district)
    if level is Level.CENTRAL:  # a national body: the place a report names is its subject's
        place = Place()  # ("Phó Thủ tướng vừa ký Quyết định … đô thị Bắc Giang, tỉnh Bắc Giang")
    place = Place(meta.get("province") or place.province, meta.get("district") or place.district,
                  meta.get("commune") or place.commune)  # fmt: skip
    content_hash = _content_id(norm, body_start)
    return HostDocument(
        id=_document_id(content_hash, meta),
        content_hash=content_hash,
        code=code,
        kind=meta.get("kind") or kind,
        title=meta.get("title") or title,
        issuing_body=issuing_body,
        level=level,
        place=place,
        term=meta.get("term") or facts.term,
        date=given.date or facts.date,
        signer=meta.get("signer") or facts.signer,
        signer_title=facts.signer_title,
        recipients=facts.recipients,
        sources=tuple(sorted(sources.items())),
        page=page.shown_as,
    )


def extract(text: str, *, path: str | None = None, metadata: Mapping[str, str] | None = None,
            body_start: int = 0) -> Extraction:  # fmt: skip
    """Find every reference in `text`, type its relation, and describe the host document.

    Args:
        text: the document text as read (offsets in the result index this string).
        path: where the text came from, echoed in the result.
        metadata: facts given by the user (front matter, --meta), which win over the text:
            code, title, kind, issuing_body, level, province, district, commune, date, term.
        body_start: offset where the body starts (after front matter).

    Returns:
        The extraction: host document, references, relations and warnings.
    """
    meta = normalize_meta(metadata or {})
    norm = normalize_text(join_soft_breaks(text))
    layout = find_layout(norm, body_start=body_start)
    aliases = alias_definitions(norm)
    alias_spans = [span for span, _ in aliases]
    drafts = _drafts(norm, body_start)
    _link_structure(norm, drafts, alias_spans)
    warnings: list[Warning] = []
    own_index, own_source = _own_code(norm, drafts, layout)
    consolidated = _authenticated_own(norm, drafts)
    if consolidated is not None and (
        own_index is None or getattr(drafts[own_index].code, "kind", None) != _CONSOLIDATED_KIND
    ):  # not the consolidated law's own number, quoted in the lead or in a title line
        own_index, own_source = consolidated, "number line"
    page = read_page(norm, layout, own_number=own_source == "number line")
    if page.kind == OTHER and own_source == "title line" and own_index is not None and (
        not _tag_name(norm, drafts[own_index])
    ):
        page = PageReading(DOCUMENT)  # "Nghị định số 31/2011/NĐ-CP ngày … của Chính phủ về …"
    if page.kind == OTHER and _heading_run_into_title(norm, body_start):
        page = PageReading(DOCUMENT)  # "NGHỊ QUYẾT Về việc điều chỉnh Quyết định chủ trương …"
    letter = addressed_letter(norm.text, body_start, min(len(norm.text), body_start + _LETTER_SCAN))
    if page.kind != DOCUMENT and letter is not None:
        # "Công văn số 1350-CV/BDVTW ngày 10/5/2023 của Ban Dân vận Trung ương về việc …\n\n
        # Kính gửi: Ban Dân vận các tỉnh ủy, …": a text that addresses its recipients is the
        # letter itself, whatever its first paragraph tells
        page = PageReading(DOCUMENT)
    source_index = _source_line(norm, drafts) if own_index is None else None
    if page.kind == OTHER and source_index is not None:
        page = _reported_by_source(drafts, source_index)
    own_act = _own_act(norm, layout, body_start) if page.kind == DOCUMENT else None
    if own_act is not None:
        layout = _with_own_act(layout, norm, own_act)  # before the host facts: it names the body
    elif page.kind == DOCUMENT and layout.heading is None:
        layout = _with_own_statement(layout, norm, body_start)
        directed = directed_opening(norm, body_start)
        if directed is not None and (layout.opening is None or layout.opening[0] > directed
                                     or layout.opening[1] <= directed):  # fmt: skip
            # "Thực hiện Công văn số 3711/UBND-KGVX …, Sở Giáo dục và Đào tạo yêu cầu …"
            # under a page's title: the letter's opening
            layout = replace(layout, opening=_statement(norm, directed))
    if page.kind == DOCUMENT:
        layout = _with_purpose_paragraph(layout, norm, drafts)
    facts = read_host_facts(norm, layout)
    completed: DocumentCode | None = None  # a code the issuer fixes (_fixed_by_issuer)
    if page.kind == REPORT:
        # (several documents issued at once, "đã ký các quyết định …": none is the report's)
        own_index, own_source = (None if page.several else _reported(norm, drafts, page)), "report"
        if own_index is None and not page.several:
            own_index = source_index  # "… đã có Quyết định …" and "Nguồn QĐ số:654/QĐ-UBND"
        if own_index is None and not page.several:
            fixed = _fixed_by_issuer(norm, drafts, page)
            if fixed is not None:  # "… vừa ký ban hành Kết luận số 60 của Bộ Chính trị"
                own_index, completed = fixed
                if own_index is not None:
                    drafts[own_index].code, drafts[own_index].resolves_to = completed, HOST
        _report_facts(facts, page, drafts[own_index] if own_index is not None else None, norm,
                      layout)
        if facts.date is None:
            facts.date = (
                _restated_date(norm, drafts, own_index)
                if own_index is not None
                else _bare_number_date(norm, page)
            )
            if facts.date is not None:
                facts.sources["date"] = "report"
        layout = _with_lead(layout, norm, page)
    if page.kind == DOCUMENT and own_index is None and source_index is not None:
        own_index, own_source = source_index, "source line"
    if page.kind == DOCUMENT and own_index is None:
        named = _name_line(norm, drafts, layout, page)
        if named is not None:  # "Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã …"
            own_index, own_source = named, "title line"
    if page.kind == DOCUMENT and own_index is None:
        bracketed = _bracketed_number(norm, drafts, layout)
        if bracketed is not None:  # "Về việc báo cáo … (3585/VP-KTN, ngày 23/10/2017)."
            own_index, own_source = bracketed, "title line"
    if page.kind == DOCUMENT and own_index is None and layout.heading is None and letter:
        annexed = _letter_annex_line(norm, drafts, letter.start())
        if annexed is not None:  # "Kính gửi: …" … "(Ban hành kèm theo Công văn số 7619-CV/…"
            own_index, own_source = annexed, "annex line"
    if page.kind == DOCUMENT and own_index is None and layout.heading is None:
        titled = _titled_short_number(norm, drafts, layout)
        if titled is not None:  # "Chương trình hành động số 01 của Thành ủy TPHCM về …"
            own_index, own_source = titled, "title line"
            drafts[titled].mention, drafts[titled].resolves_to = "self", HOST
            drafts[titled].issuing_body = drafts[titled].tail.issuing_body
    own = drafts[own_index].code if own_index is not None else completed
    if own_index is not None and own_index == consolidated:
        # its own date is its authentication's, not the consolidated law's in its lead
        facts.date = _authentication_date(norm, drafts[own_index].end) or facts.date
        facts.sources["date"] = "authentication block"
        body = _authenticating_body(norm, drafts[own_index].start)
        if body is not None:  # not the consolidated law's issuer, named in the lead
            facts.issuing_body = body
            facts.sources["issuing_body"] = "authentication block"
    if own_index is not None and own_source in ("title line", "source line", "number line"):
        # "… của Bộ Tài chính ngày 15/8/2017"; a number line that dates itself when no place
        # and date line does: "(Số 61-KH/TĐ ngày 26/01/2010)"
        facts.date = facts.date or drafts[own_index].date
    if own_index is not None and own_source == "annex line":
        annex = drafts[own_index]
        facts.date = facts.date or annex.date
        if annex.issuing_body and facts.sources.get("issuing_body") in (None, "signature block"):
            facts.issuing_body = annex.issuing_body  # names the body in full
            facts.sources["issuing_body"] = "annex line"
    if own_index is None and page.kind == DOCUMENT and facts.date is None:
        attached = _attached_to(norm, drafts, layout)
        if attached is not None and attached.date is not None:
            # "QUY CHẾ LÀM VIỆC … (Ban hành kèm theo Quyết định số: 59/QĐ-UBND Ngày 22 tháng 7
            # năm 2021 …)": a text with no number of its own is issued with its decision
            facts.date = attached.date
            facts.sources["date"] = "annex line"
    if own_index is None and page.kind == DOCUMENT and facts.level is Level.UNKNOWN:
        attached = _attached_to(norm, drafts, layout)
        if attached is not None:
            # "QUY ĐỊNH … (Ban hành kèm theo Quyết định số 63/2010/QĐ-UBND … của UBND tỉnh)": the
            # rules are issued by the body that issued their decision, at its level, which the
            # code's issuer tells when the body's name does not ("Kèm theo Công văn số
            # 822-CV/BTGTU …": a provincial committee's department)
            facts.level = level_of_body(attached.issuing_body or "", norm)
            if facts.level is Level.UNKNOWN and attached.code is not None:
                facts.level = attached.code.issuer_level
    if own_index is not None and facts.level is Level.UNKNOWN:
        facts.level = level_of_body(drafts[own_index].issuing_body or "", norm)
    own_type_word = drafts[own_index].type_word if own_index is not None else None
    host = _host(norm, layout, facts, own, meta, body_start, page, own_act,
                 own_type_word=own_type_word, letter=letter is not None)
    _resolve_short_forms(norm, drafts, warnings, _aliased_codes(norm, drafts, aliases))
    _type_word_warnings(norm, drafts, warnings)
    _conflict_warnings(norm, drafts, warnings)
    relation_host = own_index
    if relation_host is None and page.kind == REPORT and not page.several:
        relation_host = _reported_by_number(norm, drafts, page)
    relations = _relations(norm, drafts, layout, relation_host, report=page.kind == REPORT,
                           repost=page.repost, host_date=host.date)
    if own_index is not None and own_index == consolidated:
        relations = _consolidates(norm, drafts, relations)
    if page.kind == OTHER:  # a meeting item or a speech states no relation of its own
        relations = _only_cites(relations)
    for d in drafts:
        if d.code is not None and {"ocr_horn", "unknown_issuer"} & set(d.flags):
            flags = ", ".join(sorted(set(d.flags)))
            warnings.append(
                Warning("suspicious_code", f"{d.code.canonical}: {flags}", d.code.canonical)
            )
    references = tuple(_finish(norm, d, host) for d in drafts)
    place = _place_from_superiors(host, relations, references)
    if place != host.place:
        host = replace(host, place=place)
        references = tuple(
            replace(r, place=place) if r.mention == "self" or r.resolves_to == HOST else r
            for r in references
        )
    return Extraction(host, references, tuple(relations), tuple(warnings), path)


def _place_from_superiors(host: HostDocument, relations: list[Relation],
                          references: tuple[Reference, ...]) -> Place:  # fmt: skip
    """The host's place filled in from the documents it carries out: "Thực hiện Kế hoạch số
    46-KH/ĐTN … của BCH Huyện đoàn Thọ Xuân, Đoàn thanh niên thị trấn Sao Vàng xây dựng kế
    hoạch" puts the commune's plan in Thọ Xuân; so does a basis clause ("Căn cứ Công văn số
    1635/SGDĐT-GDTrH … của Sở Giáo dục và Đào tạo Nghệ An": the district office's letter is in
    Nghệ An). Only a higher level's names, only where the host's own are missing, and only when
    every implemented or basis document agrees."""
    rank = LEVEL_RANK.get(host.level, 0)
    if host.level not in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE):
        return host.place
    found: dict[str, set[str]] = {"province": set(), "district": set()}
    for rel in relations:
        if rel.source != HOST or rel.type not in (RelationType.IMPLEMENTS, RelationType.BASED_ON):
            continue
        ref = references[rel.reference]
        if ref.level not in (Level.PROVINCE, Level.DISTRICT) or LEVEL_RANK[ref.level] >= rank:
            continue
        if ref.place.province:
            found["province"].add(ref.place.province)
        if ref.place.district and ref.level is Level.DISTRICT:
            found["district"].add(ref.place.district)
    place = host.place
    if place.province is None and len(found["province"]) == 1:
        place = replace(place, province=next(iter(found["province"])))
    district_era = host.date is None or host.date < DISTRICTS_ABOLISHED
    if (host.level is Level.COMMUNE and place.district is None and len(found["district"]) == 1
            and district_era):  # fmt: skip
        place = replace(place, district=next(iter(found["district"])))
    return place


def _finish(norm: NormalizedText, d: _Draft, host: HostDocument) -> Reference:
    start, end = norm.to_original(d.start, d.end)
    code = host.code if d.mention == "self" else d.code
    # a law named by its title has that title for subject: the "về …" after it tells what the
    # sentence applies it to ("… tổ chức thi hành Luật Đất đai về tiền sử dụng đất, tiền thuê
    # đất", Nghị định 50/2026/NĐ-CP), not what the law is about
    subject = None if "by_name" in d.flags else d.tail.subject
    word = TYPE_WORD_DISPLAY.get(d.type_word) if d.type_word else None
    if word is None and d.type_word:
        word = KIND_HEADINGS.get(d.type_word)
    if word is None and d.type_word is None:
        word = _law_word_before_its_name(norm, d)
    level, place = _issuer_of_reference(d, code, host)
    return Reference(
        surface=norm.original[start:end],
        start=start,
        end=end,
        mention=d.mention,
        code=code,
        type_word=word,
        date=d.date,
        issuing_body=d.issuing_body,
        term=d.term,
        subject=subject,
        resolves_to=d.resolves_to,
        parent=d.parent,
        alias=d.alias,
        alternatives=tuple(d.alternatives),
        flags=tuple(dict.fromkeys(d.flags)),
        level=level,
        place=place,
        provision=provision_before(norm.shadow, norm.text, d.lead_start),
    )


def _issuer_of_reference(d: _Draft, code: DocumentCode | None,
                         host: HostDocument) -> tuple[Level, Place]:  # fmt: skip
    """The level and place of a cited document's issuer, as far as the citation tells: the
    body it names ("của UBND tỉnh Kiên Giang": province, Kiên Giang), else its code's issuer
    (…/TW central, …/HU district); the host's own for a reference to the host."""
    if d.mention == "self" or d.resolves_to == HOST:
        return host.level, host.place
    if code is not None and code.is_central:
        return Level.CENTRAL, Place()  # whatever body a shared tail names
    level, name = body_level(d.issuing_body)
    if level is Level.UNKNOWN and code is not None:
        level = code.issuer_level
    return level, Place().naming(level, name) if name else Place()

"""References as found, before relations: drafts, short forms resolved to their full codes,
and the link structure of codes that name one another."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from datetime import date

from ingest.bodies import body_level
from ingest.codes import (
    LOCAL_LEVELS,
    TYPE_WORD_KINDS,
    DocumentCode,
    Family,
    Level,
    canonical_number,
)
from ingest.context import CitationTail, Span, parse_date, parse_tail
from ingest.errors import bilingual
from ingest.find import (
    TYPE_WORD_ALT,
    ShortMatch,
    TextScan,
    centre_of_horn,
    scan_codes,
    scan_short_refs,
    scan_type_word_before,
)
from ingest.laws import find_law_names
from ingest.models import HOST, Warning
from ingest.page.actors import acting_body, actor_at
from ingest.stages.common import (
    _Draft,
)
from ingest.text import NormalizedText, shadow_of

# (possessive: a long run of spaces before a word that is no conjunction fails in one pass,
# not by trying every split of the run between the two \s*)
_COORDINATION_GAP = re.compile(
    r"\s*+(?:,\s*+)?(?:và|hoặc|,|and)?\s*+"  # ("VÀ" in titles)
    # an English list joins its items with "and" and writes the next item's issuer and type
    # word before its number, where no type word was read: "Government’s Decree No.
    # 95/2021/ND-CP dated November 01, 2021 and Government’s Decree No. 83/2014/ND-CP"
    # (asemconnectvietnam.gov.vn), "Decree No.34/2008/ND-CP dated March 25, 2008 of the
    # Government and Decree No.46/2011/ND-CP" (english.luatvietnam.vn), "Resolution No.
    # 59-NQ/TW, Resolution No. 70-NQ/TW, Resolution No. 71-NQ/TW and Resolution No. 72-NQ/TW"
    # (vietnam.vn)
    r"(?:(?:the\s++)?(?:[^\W\d_][\w’']*+\s++){0,3}?[^\W\d_]++['’]s\s++)?"
    r"(?:(?:decree|circular|joint\s++circular|decision|resolution|directive|law|ordinance"
    r"|plan|conclusion|notice|regulation|instruction|official\s++(?:letter|dispatch))"
    r"\s*+(?:no\.?|number)?\s*+:?\s*+)?"
    # the next item's number word alone: "Official Dispatches No. 86/CD-TTg dated September 3,
    # 2024 and No. 87/CD-TTg dated September 5, 2024" (baohaiduong.vn/en), "các Công điện số
    # 86/CĐ-TTg ngày 3/9/2024 và số 87/CĐ-TTg"
    r"(?:(?:số|no\.?|number)\s*+:?\s*+)?",
    re.IGNORECASE,
)


def _drafts(norm: NormalizedText, body_start: int) -> list[_Draft]:
    drafts: list[_Draft] = []
    scan = TextScan.of(norm)
    for match in scan_codes(scan):
        if match.start < body_start:
            continue
        before = scan_type_word_before(scan, match.start)
        word, lead = before if before else (None, match.start)
        tail = parse_tail(norm, match.end, year=match.code.year)
        code, flags = _horn_read(norm, match.start, match.code, list(match.flags), tail)
        drafts.append(_Draft(match.start, match.end, "code", code, lead, word, tail,
                             flags=flags))  # fmt: skip
    taken = [(d.lead_start, d.end) for d in drafts]
    for short in scan_short_refs(scan, taken):
        if short.start < body_start:
            continue
        drafts.append(_short_draft(norm, short))
    taken = sorted((d.lead_start, d.end) for d in drafts)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end so far
    for law in find_law_names(norm):  # "Luật Doanh nghiệp năm 2020" → 59/2020/QH14
        k = bisect.bisect_left(starts, law.end) - 1  # the spans that start before its end
        if law.start < body_start or (k >= 0 and reach[k] > law.start):
            continue
        drafts.append(_Draft(law.start, law.end, "code", law.code, law.start, "luat",
                             parse_tail(norm, law.end), flags=["by_name"]))  # fmt: skip
    drafts.sort(key=lambda d: d.start)
    return drafts


# The number line of a document under a provincial committee's header ("TỈNH ỦY THỪA THIÊN
# HUẾ / … / Số 445-KL/TƯ"): the committee's own code, whatever its last letter looks like.
_NUMBER_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t|]*so[ \t]*:?[ \t]*$")
_PROVINCIAL_COMMITTEE = re.compile(r"(?<![a-z])tinh uy(?![a-z])")
_HEADER_REACH = 300


def _horn_read(norm: NormalizedText, start: int, code: DocumentCode, flags: list[str],
               tail: CitationTail) -> tuple[DocumentCode, list[str]]:  # fmt: skip
    """ "TƯ" printed for an issuer: the Centre (T.Ư, "Trung ương": "48-CT/TƯ … của Ban Bí
    thư", "Tổng Bí thư … đã ký ban hành Nghị quyết số 15-NQ/TƯ"), unless the citation names
    a body below the Centre ("13-NQ/TƯ của Tỉnh ủy (khóa XIV)") or the code is the number of
    a document under a provincial committee's header ("445-KL/TƯ" of Tỉnh ủy Thừa Thiên Huế,
    OCR having turned its U into Ư): those keep the provincial committee's TU that the code
    reading gives."""
    central = centre_of_horn(code, flags)
    if central is None:
        return code, flags
    level = body_level(tail.issuing_body)[0]
    if level is Level.UNKNOWN:
        shadow = norm.shadow
        if _NUMBER_LINE_BEFORE.search(shadow, max(0, start - 12), start) and (
            _PROVINCIAL_COMMITTEE.search(shadow, max(0, start - _HEADER_REACH), start)
        ):
            return code, flags
        level = _issuing_level(norm, start)
    if level is not Level.UNKNOWN and level is not Level.CENTRAL:
        return code, flags
    return central


# A body that issues the coded text in the same clause: "Ngày 20/11/2013, Ban Chấp hành Đảng bộ
# tỉnh đã ban hành Chương trình hành động số 25-CTr/TƯ về thực hiện Nghị quyết 25-NQ/TƯ của
# Trung ương" (baonghean.vn; FORMAT.md's own example of a province's "TƯ"): "ban hành", its
# type word and "số" right before the code (shadow text; not a text carried out by the one
# issued, "ban hành Kế hoạch thực hiện Nghị quyết số 18-NQ/TƯ").
_ISSUED_AS = re.compile(rf"(?<![a-z])ban\s+hanh\s+(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?$")
_ISSUED_AS_REACH = 60
_ISSUER_CLAUSE = 200  # how far back the clause of the issuing body may start


def _issuing_level(norm: NormalizedText, start: int) -> Level:
    """The level of the body the clause names as issuing the code at `start`, if any."""
    shadow = norm.shadow
    issued = _ISSUED_AS.search(shadow, max(0, start - _ISSUED_AS_REACH), start)
    if issued is None:
        return Level.UNKNOWN
    floor = max(0, issued.start() - _ISSUER_CLAUSE)
    clause = max(shadow.rfind(mark, floor, issued.start()) for mark in ".;\n")
    body = acting_body(norm, max(floor, clause + 1), issued.start())
    return body_level(body)[0] if body else Level.UNKNOWN


# A news lead's issuing body as the actor of its sentence, the cited text what it issues:
# "Ngày 19/9/2013, Ủy ban Dân tộc ban hành Quyết định số 447/QĐ-UBDT về việc …" (ubdt.gov.vn),
# "Chính phủ vừa ban hành Nghị quyết số 339/NQ-CP về dự thảo nghị quyết …" (thanhnien.vn),
# "Ngày 24.2, Văn phòng Trung ương Đảng ban hành Công văn số 539-CV/VPTW …" (thanhnien.vn),
# "Ngày 06/01/2023, UBND phường Long Anh đã có Quyết định số 04/QĐ-UBND về việc …" (a ward's
# report), "Ngày 21 tháng 6 năm 2025, Ủy ban nhân dân tỉnh Kon Tum có Văn bản số
# 2302/UBND-KTTH …": "ban hành" or "có", its type word and "số" right before the code (shadow
# text). Not "ký": a person signs ("Thường trực Ban Bí thư Trần Cẩm Tú vừa ký ban hành Kết
# luận số 09-KL/TW": Ban Bí thư's), and the signer is no issuer.
_ISSUED_OR_HAD = re.compile(
    rf"(?<![a-z])(?<!ky\s)(?<!ky,\s)(?:ban\s+hanh|co)\s+(?:{TYPE_WORD_ALT}|van\s+ban)\s+"
    r"(?:so\s*:?\s*)?$"
)
# … nor a leader named with the title ("Thủ tướng Phạm Minh Chính vừa có Công điện số
# 149/CĐ-TTg …", tuoitre.vn): a title, then a name that opens on a family name at the end
_LEADER_TITLE = re.compile(
    r"(?<![a-z])(?:thu\s+tuong|bo\s+truong|chu\s+tich|bi\s+thu|giam\s+doc)(?![a-z])"
)
_FAMILY_NAMES = frozenset({
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lương", "Tô", "Lâm", "Đào", "Trương",
    "Hà", "Cao", "Đoàn", "Tạ", "Châu", "Thái", "Lại", "Kiều", "Triệu", "Vương", "Quách",
})
_BEFORE_VERB = frozenset({"da", "vua", "moi", "chinh", "thuc"})  # between actor and verb
# the dateline the actor's clause opens on ("Ngày 19/9/2013, …", "Chiều 24.10, …")
_CLAUSE_DATELINE = re.compile(r"\s*(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?(?=\d)")
# … a day and month without the year ("Ngày 5.3, Chính phủ ban hành Nghị định 68/2026/NĐ-CP")
_DAY_MONTH = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?![\d/.\-])\s*,")


def issued_by_actor(norm: NormalizedText, start: int, year: int | None = None,
                    ) -> tuple[str, date | None] | None:  # fmt: skip
    """The body that issues the code at `start` as the actor of its clause ("Ngày 19/9/2013,
    Ủy ban Dân tộc ban hành Quyết định số …": Ủy ban Dân tộc), with the day the clause opens
    on (a full date, or a day and month in the code's `year`); None if the clause names none."""
    shadow = norm.shadow
    issued = _ISSUED_OR_HAD.search(shadow, max(0, start - _ISSUED_AS_REACH), start)
    if issued is None:
        return None
    floor = max(0, issued.start() - _ISSUER_CLAUSE)
    # (". " ends a sentence, not the dot of a day and month: "Ngày 24.2, Văn phòng …")
    clause = max(shadow.rfind(mark, floor, issued.start()) for mark in (". ", ";", "\n")) + 1
    found = actor_at(norm.text, shadow, max(floor, clause), issued.start())
    if found is None or body_level(found[0])[0] is Level.UNKNOWN:
        return None
    # the actor right before its verb, "đã", "vừa" aside: not a body named earlier in a
    # clause that goes on ("UBND TP Đà Nẵng đã ban hành" is read "UBND TP"; "Cục Cứu hộ, Cứu
    # nạn (…) ban hành", "Cục Cứu hộ")
    body, named = found
    words = body.split()
    rest = shadow[named : issued.start()].split()[len(words) :]
    if any(word not in _BEFORE_VERB for word in rest):
        return None
    if _LEADER_TITLE.search(shadow_of(body)) and any(
        w in _FAMILY_NAMES and all(x[:1].isupper() for x in words[k:])
        for k, w in enumerate(words[-4:-1], start=max(0, len(words) - 4))
    ):
        return None
    day = None
    if (opening := _CLAUSE_DATELINE.match(shadow, max(floor, clause))) is not None:
        dated = parse_date(shadow, opening.end())
        if dated is not None:
            day = dated[0]
        elif year is not None and (m := _DAY_MONTH.match(shadow, opening.end())):
            try:
                day = date(year, int(m.group(2)), int(m.group(1)))
            except ValueError:
                day = None
    return body, day



def _short_draft(norm: NormalizedText, short: ShortMatch) -> _Draft:
    mention = "self" if short.number is None else "short"
    tail = parse_tail(norm, short.end) if mention == "short" else CitationTail(short.end)
    return _Draft(short.start, short.end, mention, None, short.start, short.type_word, tail,
                  number=short.number)  # fmt: skip


class _AliasSpans:
    """Answers "does any alias span hold this offset?" by bisection over sorted starts."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans, key=lambda a: a.start)
        self._starts = [a.start for a in ordered]
        self._reach: list[int] = []  # the largest end among the spans up to each one
        for a in ordered:
            self._reach.append(max(a.end, self._reach[-1]) if self._reach else a.end)

    def covers(self, offset: int) -> bool:
        k = bisect.bisect_right(self._starts, offset) - 1
        return k >= 0 and self._reach[k] > offset


def _link_structure(norm: NormalizedText, drafts: list[_Draft], aliases: list[Span]) -> None:
    """Set nesting (subject clauses), coordination and alias membership; fill shared facts.

    Linear in the number of references (drafts come sorted by start): alias membership by a
    running maximum of span ends, nesting by the subject spans still open at each start.
    """
    in_alias = _AliasSpans(aliases)
    open_subjects: list[tuple[int, Span]] = []  # (draft index, its subject span), by index
    for j, d in enumerate(drafts):
        d.alias = in_alias.covers(d.start)
        # A span that ends at or before this start can hold no later reference either.
        open_subjects = [(i, span) for i, span in open_subjects if span.end > d.start]
        for k in range(len(open_subjects) - 1, -1, -1):
            i, held = open_subjects[k]
            if held.start > d.start:
                continue
            if _issued_after(d, drafts[i]) or _local_beside_centre(norm, drafts[i], d):
                # "Chỉ thị số 19/CT-TTg ngày 16/7/2021 … về … và Kế hoạch số 16/KH-HĐTĐKT ngày
                # 31/8/2021 của …": a subject cannot name a later document; the clause ended
                del open_subjects[k:]
                d.sibling_of = i
                continue
            d.parent = i
            break
        if (subject := d.tail.subject_span) is not None:
            open_subjects.append((j, subject))
        if j > 0:
            prev = drafts[j - 1]
            gap_start = max(prev.tail.end, prev.end)
            if prev.tail.subject_span:
                gap_start = max(gap_start, prev.tail.subject_span.end)
            gap = norm.text[gap_start : d.lead_start]
            listed = gap_start <= d.lead_start and bool(_COORDINATION_GAP.fullmatch(gap))
            if not listed and prev.tail.end > prev.end and gap_start <= d.lead_start:
                listed = _same_frame(norm.shadow, prev.lead_start, gap_start, d.lead_start)
            if listed and prev.parent == d.parent:
                d.coordinated_with = j - 1
    for d in drafts:
        d.date = d.tail.date
        d.issuing_body = d.tail.issuing_body
        d.term = d.tail.term
    # "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị":
    # the date, body and term written after the last code apply to the earlier ones too.
    for j in range(len(drafts) - 1, -1, -1):
        d = drafts[j]
        if d.coordinated_with is None:
            continue
        prev = drafts[d.coordinated_with]
        if prev.tail.end <= prev.end and _one_issuer(prev, d):  # nothing after the earlier code
            prev.date = prev.date or (d.date if _dated_in_its_year(prev, d.date) else None)
            prev.issuing_body = prev.issuing_body or d.issuing_body
            prev.term = prev.term or d.term


# A list item that repeats the words the first item stood under: "… under direction of the Prime
# Minister at the Directive no 16/CT-TTg dated 31/3/2020, direction of the Provincial Party
# Standing Committee at the Directive no 48-CT/TU dated 31/3/2020, and direction of the
# Provincial People’s Committee at the Official Letter no 1205/UBND-KHVXNV" (en.binhthuan.gov.vn,
# 74/TB-UBND): after a comma or "and" ("và"), the head words and "of" ("của") again, a body,
# and no end of a sentence or clause before the next number ("No." aside; shadow text).
_FRAME_GAP = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:and|va)[ \t]+)?|(?:and|va)[ \t]+)"
    r"(?P<head>[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+(?:of|cua)[ \t](?:[^;.:\n]|(?<=no)\.){1,100}"
)
_FRAME_REACH = 160
_FRAME_GAP_MAX = 130


def _same_frame(shadow: str, prev_lead: int, gap_start: int, lead: int) -> bool:
    """Whether the gap between two references opens with the head words and "of" ("direction
    of", "chỉ đạo của") that also stand in the words right before the previous one, in its
    clause: the list's next item, under the same verb."""
    if lead - gap_start > _FRAME_GAP_MAX:
        return False
    m = _FRAME_GAP.fullmatch(shadow, gap_start, lead)
    if m is None:
        return False
    before = shadow[max(0, prev_lead - _FRAME_REACH) : prev_lead]
    clause = before[max(before.rfind(";"), before.rfind("\n"), before.rfind(". ")) + 1 :]
    return re.search(rf"(?<![a-z]){m.group('head')}\s+(?:of|cua)\s", clause) is not None


def _dated_in_its_year(d: _Draft, day: date | None) -> bool:
    """Whether `day` may date `d`: a code numbered with its year ("112/2021/NĐ-CP") is dated
    in that year. "… theo trình tự, thủ tục tại Nghị định số 112/2021/NĐ-CP và Nghị định số
    128/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ" (Nghị định 372/2025/NĐ-CP): the
    date is the second decree's only."""
    return day is None or d.code is None or d.code.year is None or d.code.year == day.year


def _one_issuer(earlier: _Draft, last: _Draft) -> bool:
    """Whether the tail written after `last` may speak for `earlier` too: their codes (where
    both are known) come from one issuer. "… thực hiện Nghị quyết số 33-NQ/TW và Chương trình
    hành động số 10-Ctr/TU, ngày 26/4/2016 của Ban Thường vụ Tỉnh ủy" (Nghệ An Tỉnh ủy's plan
    on baonghean.vn): the date and body are the programme's, not the Central Committee's."""
    if earlier.code is None or last.code is None:
        return True
    return earlier.code.issuer == last.code.issuer


# "và" (or a comma) right before the type word of the next item of a list.
_AND_ITEM = re.compile(r"(?:,|\s)\s*(?:va|hoac)?\s*$")


def _local_beside_centre(norm: NormalizedText, held: _Draft, d: _Draft) -> bool:
    """Whether a Party committee's text `d`, joined by "và" to the subject of the Centre's
    text `held`, is the next item of the outer list, not a text the Centre's subject names.

    "Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW … gắn với Kết luận số 43-KL/TW … về
    tiếp tục thực hiện Nghị quyết số 25-NQ/TW và Chương trình hành động số 79-CTHĐ/TU … của
    Ban Thường vụ Tỉnh ủy": a conclusion of the Secretariat carries out no programme of a
    provincial committee; the programme is reviewed with it (tinhuyquangtri.vn). Nor does the
    Government: "Kế hoạch triển khai Nghị quyết số 103/NQ-CP … của Chính phủ về ban hành
    Chương trình hành động thực hiện Nghị quyết số 08-NQ/TW … và Chỉ thị số 07-CT/TU … của Ban
    Thường vụ Thành ủy" (htv.com.vn): the city's plan carries the directive out.
    """
    if held.code is None or d.code is None or not held.code.is_central:
        return False
    if d.code.family is not Family.PARTY:
        return False
    if d.code.issuer_level not in LOCAL_LEVELS:  # (their texts carry out the Centre's)
        return False
    floor = max(held.end, d.lead_start - 40)
    return bool(_AND_ITEM.search(norm.shadow, floor, d.lead_start))


def _issued_after(d: _Draft, earlier: _Draft) -> bool:
    """Whether both citations give their dates and `d`'s is later than `earlier`'s, or both are
    the Centre's and `d` names a later term ("khóa"): "… thực hiện Nghị quyết 33-NQ/TW của Ban
    Chấp hành Trung ương Đảng khóa XI về … và Kết luận 76-KL/TW của Bộ Chính trị khóa XII về …"
    (luatvietnam.vn, Kết luận 156-KL/TW): the Centre's terms number one sequence."""
    if d.tail.date is not None and earlier.tail.date is not None:
        return d.tail.date > earlier.tail.date
    later, former = _term_number(d.tail.term), _term_number(earlier.tail.term)
    return (
        later is not None and former is not None and later > former
        and _centre_party(d.code) and _centre_party(earlier.code)
    )


def _centre_party(code: DocumentCode | None) -> bool:
    return code is not None and code.family is Family.PARTY and code.is_central


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50}


def _term_number(term: str | None) -> int | None:
    """A term's number from its numeral as written ("XII" → 12, "13" → 13), or None."""
    if not term:
        return None
    if term.isdigit():
        return int(term)
    total, largest = 0, 0
    for ch in reversed(term.upper()):
        value = _ROMAN_DIGITS.get(ch)
        if value is None:
            return None
        total += value if value >= largest else -value
        largest = max(largest, value)
    return total

# A short name given as an alias, compared as written: case, spacing and quotes aside.
_ALIAS_QUOTES = "\"'“”‘’«»"


def _alias_key(text: str) -> str:
    return " ".join(text.strip().strip(_ALIAS_QUOTES + " .,;").casefold().split())


_ALIAS_NUMBER = re.compile(r"(\d{1,5}[a-z]?)\W*$")
_ALIAS_REACH = 300  # from the code to the definition's bracket, in one sentence


def _aliased_codes(
    norm: NormalizedText, drafts: list[_Draft], aliases: list[tuple[Span, str]]
) -> dict[str, str]:
    """Short names the text gives a code it cites: "… ban hành kèm theo Quyết định số
    167/QĐ-TTg ngày 08 tháng 02 năm 2022 của Thủ tướng Chính phủ (sau đây gọi tắt là
    “Chương trình 167”)" (Thông tư 05/2023/TT-BKHĐT). The code is the last one cited before
    the bracket in its sentence, and the name ends in the code's number; alias → canonical."""
    named: dict[str, str] = {}
    coded = [d for d in drafts if d.code is not None and not d.alias]
    for span, alias in aliases:
        before = [d for d in coded if d.end <= span.start]
        if not before:
            continue
        d = before[-1]
        gap = norm.text[d.end : span.start]
        number = _ALIAS_NUMBER.search(alias.strip(_ALIAS_QUOTES + " .,;"))
        if (len(gap) > _ALIAS_REACH or ";" in gap or re.search(r"[.!?]\s", gap)
                or number is None or d.code is None
                or canonical_number(number.group(1)) != d.code.number):  # fmt: skip
            continue
        named[_alias_key(alias)] = d.code.canonical
    return named


def _resolve_short_forms(
    norm: NormalizedText, drafts: list[_Draft], warnings: list[Warning],
    aliased: dict[str, str] | None = None,
) -> None:
    """Bind "Thông báo 160" to the one full code of that type and number in this text, or a
    short name to the code the text gave it as an alias (`_aliased_codes`)."""
    by_number: dict[str, set[tuple[str, str]]] = defaultdict(set)
    codes_by_canonical: dict[str, DocumentCode] = {}
    for d in drafts:
        if d.code is not None:
            by_number[d.code.number].add((d.code.kind, d.code.canonical))
            codes_by_canonical[d.code.canonical] = d.code
    for d in drafts:
        if d.mention == "self":
            d.resolves_to = HOST
            continue
        if d.mention != "short" or d.number is None or d.resolves_to is not None:
            continue  # (a report's own document named by its number: _fixed_by_issuer)
        wanted = TYPE_WORD_KINDS.get(d.type_word or "", frozenset())
        candidates = {c for kind, c in by_number.get(d.number, set()) if kind in wanted}
        if not candidates and d.type_word == "thong bao":
            # "Thông báo 160" for a notice cited as "Thông báo Kết luận số 160-KL/TW"
            candidates = {c for kind, c in by_number.get(d.number, set()) if kind == "KL"}
            if len(candidates) == 1:
                d.flags.append("type_word_differs")
        surface = norm.text[d.start : d.end]
        if not candidates and aliased and (named := aliased.get(_alias_key(surface))):
            candidates = {named}
        if len(candidates) == 1:
            target = candidates.pop()
            d.resolves_to, d.code = target, codes_by_canonical[target]
        elif candidates:
            named, shown = ", ".join(sorted(candidates)), " ".join(surface.split())
            warnings.append(Warning("ambiguous_short_form", bilingual(
                f"'{shown}' có thể là văn bản nào trong số: {named}",
                f"'{shown}' may mean any of {named}"),
                None, tuple({"code": c} for c in sorted(candidates))))  # fmt: skip
        else:
            shown = " ".join(surface.split())  # a warning is one line
            warnings.append(Warning("unresolved_short_form", bilingual(
                f"'{shown}' không chỉ văn bản nào được dẫn đầy đủ trong văn bản này",
                f"'{shown}' names no document cited in full in this text")))  # fmt: skip

"""The host document's facts: its content id and document id, its type word from a flattened
heading, a title line or a fact table, and a standing own act."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import replace

from ingest.bodies import names_no_commune
from ingest.codes import PARTY_TYPES, STATE_TYPES, TYPE_WORD_DISPLAY, DocumentCode, Level
from ingest.find import SELF_REF, TYPE_WORD_ALT, TYPE_WORDS_SHADOW
from ingest.host.common import ENGLISH_TITLE_WORDS
from ingest.host.facts import HostFacts
from ingest.host.levels import city_before_central, city_level, level_of_body
from ingest.host.metadata import read_metadata
from ingest.host.opening_places import dated_place
from ingest.layout import KIND_HEADINGS, Layout
from ingest.models import HostDocument, Place
from ingest.page.common import DOCUMENT, REPORT, PageReading, past_marked_shadow
from ingest.page.reposts import TYPE_WORD_TITLE_LINE
from ingest.page.statements import OWN_ACT, own_act_stands, own_act_type_word
from ingest.page.table_entry import table_entry
from ingest.stages.common import (
    _skip_inline_blank,
)
from ingest.stages.own_code import (
    _CONSOLIDATED_KIND,
    _NUMBER_LABEL_SCAN,
    _OWN_NUMBER_SCAN,
)
from ingest.stages.reported import (
    _KIND_TITLE_LINE,
    _own_act_window,
)
from ingest.text import NormalizedText

# Kinds only central bodies issue: the Government's decrees, ministers' circulars, the National
# Assembly's laws and its Standing Committee's ordinances, ministries' consolidated texts.
CENTRAL_ONLY_KINDS = frozenset({
    "Nghị định", "Thông tư", "Thông tư liên tịch", "Luật", "Bộ luật", "Pháp lệnh",
    "Văn bản hợp nhất",
})  # fmt: skip

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
    start = _skip_inline_blank(text, body_start)
    line_end = shadow.find("\n", start)
    line_end = len(shadow) if line_end < 0 else line_end
    if line_end - start < _FLAT_LINE_MIN:
        return None
    m = _FLATTENED_HEADING.match(shadow, start, line_end)
    if m is None or not text[m.start("word") : m.end("word")].isupper():
        return None
    return _TYPE_WORD_BY_GLUED.get("".join(m.group("word").split()))

# The words a letter is named by: its own type word and the generic "văn bản" (document).
_LETTER_WORDS = (TYPE_WORD_DISPLAY["cong van"], TYPE_WORD_DISPLAY["van ban"])

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

# A legal site's or portal's table of facts names the kind on its own label: "Số ký hiệu
# 101/2015/QH13 … Loại văn bản Bộ luật" (vbpl.vn's "Thuộc tính" tab), "Loại văn bản: Kế hoạch";
# or in the row's second cell, after the number's: "Số hiệu: 189/KH-UBND Loại văn bản: Kế
# hoạch" (thuvienphapluat.vn's facts block copied as text, zz12-sonla-189-kh-ubnd-2024).
_FACT_TABLE_KIND = re.compile(
    rf"(?:^|\n)[ \t|]*(?:so\s+hieu[ \t]*:?[ \t|]*\S+[ \t|]+)?loai\s+van\s+ban[ \t]*:?[ \t|]*"
    rf"(?P<word>bo\s+luat|hien\s+phap|{TYPE_WORD_ALT})(?![a-z])"
)  # (the normalized text has the table's tabs as spaces: "Loại văn bản Bộ luật Ngày có …")


# An English title's type word opening the page, then its number: "DECISION No.507-TTg OF …"
# (the words stages.own_code reads the title's own code after; shadow text).
_ENGLISH_TITLE_WORD = re.compile(rf"\s*(?P<word>{ENGLISH_TITLE_WORDS})\s+no\s*[.:]?\s*\d")


def _fact_table_kind(norm: NormalizedText, body_start: int) -> str | None:
    """The kind a table of facts names near the top, for a code that prints no type
    ("101/2015/QH13": a law or a code of law, which the code cannot tell)."""
    m = _FACT_TABLE_KIND.search(norm.shadow, body_start, body_start + _OWN_NUMBER_SCAN)
    if m is None:
        # or a portal's table cut to one row, its form's column ("Hình thức văn bản")
        entry = table_entry(norm.shadow, body_start)
        if entry is None or entry.kind is None:
            return None
        return TYPE_WORD_DISPLAY.get(" ".join(norm.shadow[entry.kind[0] : entry.kind[1]].split()))
    word = " ".join(m.group("word").split())
    return TYPE_WORD_DISPLAY.get(word) or KIND_HEADINGS.get(word)


def _host(norm: NormalizedText, layout: Layout, facts: HostFacts, own: DocumentCode | None,
          meta: Mapping[str, str], body_start: int, page: PageReading,
          own_act: re.Match[str] | None, *, own_type_word: str | None = None,
          own_type_words: frozenset[str] = frozenset(),
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
        titled = _KIND_TITLE_LINE.match(norm.shadow, _skip_inline_blank(norm.text, body_start))
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
    if kind is None and own is not None and own.document_type is None and (
        english := _ENGLISH_TITLE_WORD.match(norm.shadow, body_start)
    ):
        # "DECISION No.507-TTg OF AUGUST 26, 1995 OF THE PRIME MINISTER …" (asianlii.org): an
        # English title names the kind of a code that prints none, as "Quyết định 507-TTg"
        kind = KIND_HEADINGS.get(" ".join(english.group("word").split()))
    if kind is None and own is None and page.kind == DOCUMENT and letter:
        kind = TYPE_WORD_DISPLAY["cong van"]  # addressed, no heading: a letter (DOMAIN §3)
    if kind is None and own is None and page.kind == DOCUMENT and not page.repost:
        named = {" ".join(m.group("word").split())
                 for m in SELF_REF.finditer(norm.shadow, body_start)} - {"van ban"}  # fmt: skip
        if len(named) == 1:
            # "Nhận được Công văn này, đề nghị các tổ chức cơ sở đảng …" (lacduong.lamdong.
            # dcs.vn): a headerless text names its own kind when it speaks of itself
            kind = TYPE_WORD_DISPLAY.get(named.pop())
    if own is not None and own.letter_shaped and kind not in (
        None, layout.kind, *_LETTER_WORDS
    ) and kind not in {TYPE_WORD_DISPLAY.get(word) for word in own_type_words}:
        # a letter-shaped code ("Số: 2867/VPCP-NC") is a letter unless the text names its
        # type, by a heading or beside one of its printings ("hướng dẫn số 1510/UBND-GDĐT":
        # FORMAT's ruling of 2026-12-06), not by a task it sets ("xây dựng kế hoạch …")
        kind = TYPE_WORD_DISPLAY["cong van"]
    if level is Level.UNKNOWN and kind in CENTRAL_ONLY_KINDS:
        level = Level.CENTRAL  # "THÔNG TƯ 01/2018 QUY ĐỊNH …": only ministers issue circulars
    place = dated_place(facts.place, level, facts.dated_province or facts.headline_province)
    # (a body an issuer phrase names as well: "Theo kế hoạch … của TP. Hà Nội, … / UBND thành
    # phố cũng yêu cầu, …", danviet.vn: the unnamed city is the Centre's the text names)
    city = city_level(level, issuing_body or facts.phrase_body, place, norm)
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

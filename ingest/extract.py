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

from ingest.bodies import body_level, names_no_commune
from ingest.codes import (
    LEVEL_RANK,
    PARTY_TYPES,
    STATE_TYPES,
    TYPE_WORD_DISPLAY,
    DocumentCode,
    Level,
    is_legislature,
)
from ingest.context import alias_definitions
from ingest.find import SELF_REF, TYPE_WORD_ALT, TYPE_WORDS_SHADOW
from ingest.host import (
    DISTRICTS_ABOLISHED,
    HostFacts,
    city_before_central,
    city_level,
    dated_place,
    level_of_body,
    normalize_meta,
    read_host_facts,
    read_metadata,
)
from ingest.layout import KIND_HEADINGS, Layout, addressed_letter, find_layout
from ingest.models import HOST, Extraction, HostDocument, Place, Reference, Relation, Warning
from ingest.page.common import DOCUMENT, OTHER, REPORT, PageReading, past_marked_shadow
from ingest.page.read import read_page
from ingest.page.reposts import TYPE_WORD_TITLE_LINE
from ingest.page.statements import OWN_ACT, directed_opening, own_act_stands, own_act_type_word
from ingest.provisions import provision_before
from ingest.relations import RelationType
from ingest.stages.common import (
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
    _relations,
)
from ingest.stages.reported import (
    _KIND_TITLE_LINE,
    _LAW_WORD_DISPLAY,
    _bare_number_date,
    _fixed_by_issuer,
    _heading_run_into_title,
    _law_name_gap,
    _only_cites,
    _own_act,
    _own_act_window,
    _report_facts,
    _reported,
    _reported_by_number,
    _restated_date,
    _with_lead,
    _with_own_act,
    _with_own_statement,
    _with_purpose_paragraph,
)
from ingest.stages.warnings import (
    _conflict_warnings,
    _type_word_warnings,
)
from ingest.text import NormalizedText, normalize_text
from ingest.wraps import join_soft_breaks

_LETTER_SCAN = 1500  # where a letter's salutation may stand (after its header and subject)

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

# A cited law's name; a comma may stand in it ("Luật Phòng, chống khủng bố số 28/2013/QH13"),
# the end of a clause not.
_LAW_NAME_GAP = _law_name_gap(".;:")
_LAW_NAME_REACH = 140  # a law word and the gap `_LAW_NAME_GAP` allows after it

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
    start = _skip_blank(text, body_start)
    line_end = shadow.find("\n", start)
    line_end = len(shadow) if line_end < 0 else line_end
    if line_end - start < _FLAT_LINE_MIN:
        return None
    m = _FLATTENED_HEADING.match(shadow, start, line_end)
    if m is None or not text[m.start("word") : m.end("word")].isupper():
        return None
    return _TYPE_WORD_BY_GLUED.get("".join(m.group("word").split()))

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

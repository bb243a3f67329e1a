"""Extract references, relations, host facts and warnings from one document's text.

This module wires the stages together: normalize (text) → layout → find codes and short
forms (find) → read citation tails (context) → resolve short forms and nesting → type
relations (relations) → host facts (host). It does no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ingest.bodies import body_level, issuer_under_header
from ingest.chrome import content_start, without_related, without_stamps
from ingest.codes import (
    LEVEL_RANK,
    LOCAL_LEVELS,
    TYPE_WORD_DISPLAY,
    DocumentCode,
    Family,
    Level,
    is_legislature,
    kind_code_of,
)
from ingest.context import alias_definitions, passive_issuer, requesting_body
from ingest.errors import bilingual
from ingest.host.facts import DISTRICTS_ABOLISHED, read_host_facts
from ingest.host.levels import level_of_body
from ingest.host.metadata import normalize_meta
from ingest.host.places import province_holding, sole_province_named
from ingest.layout import KIND_HEADINGS, addressed_letter, find_layout
from ingest.models import (
    HOST,
    NO_PLACE,
    Extraction,
    HostDocument,
    Place,
    Reference,
    Relation,
    Warning,
)
from ingest.page.common import DOCUMENT, OTHER, REPORT, PageReading
from ingest.page.read import read_page
from ingest.page.statements import directed_opening
from ingest.provisions import provision_before
from ingest.relations import RelationType
from ingest.stages.common import (
    _Draft,
    _statement,
)
from ingest.stages.host_document import (
    _host,
)
from ingest.stages.own_code import (
    _CONSOLIDATED_KIND,
    _attached_to,
    _authenticated_own,
    _authenticating_body,
    _authentication_date,
    _bracketed_number,
    _consolidates,
    _issued_and_presented,
    _letter_annex_line,
    _name_line,
    _own_code,
    _presented_by_number,
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
    issued_by_actor,
)
from ingest.stages.relations import (
    _relations,
)
from ingest.stages.relations_precision import _reported_among_several
from ingest.stages.reported import (
    _LAW_WORD_DISPLAY,
    _bare_number_date,
    _fixed_by_issuer,
    _heading_run_into_title,
    _law_name_gap,
    _named_day,
    _only_cites,
    _own_act,
    _own_code_dated,
    _report_facts,
    _reported,
    _reported_by_number,
    _restated_date,
    _with_lead,
    _with_own_act,
    _with_own_statement,
    _with_purpose_paragraph,
    _without_host_acts,
)
from ingest.stages.warnings import (
    _conflict_warnings,
    _type_word_warnings,
)
from ingest.text import NormalizedText, normalize_text
from ingest.wraps import join_soft_breaks

_LETTER_SCAN = 1500  # where a letter's salutation may stand (after its header and subject)

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
    # a portal's post stamp above or under the headline (under the site's navigation)
    top = content_start(norm, body_start)
    cleared = without_related(without_stamps(norm, top))  # (and a portal's list of other items)
    # under a copied page's site navigation (the same start where nothing was blanked)
    body_start = top if cleared is norm else content_start(cleared, body_start)
    norm = cleared
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
        if own_index is None or drafts[own_index].date is None:
            # (before the lead's dateline, which may date another act: "Sáng 12/12, UBND tỉnh
            # Quảng Ngãi xác nhận, … Cụ thể theo quyết định số 1879/QĐ-UBND, ngày 11/12, …")
            facts.date = _named_day(norm, drafts, own_index, page) or facts.date
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
    if page.kind == DOCUMENT and own_index is None:
        presented = _presented_by_number(norm, drafts, layout)
        if presented is not None:  # "… giới thiệu … toàn văn Nghị quyết 71 của Bộ Chính trị"
            own_index, completed = presented
            own_source = "title line"
            drafts[own_index].code, drafts[own_index].resolves_to = completed, HOST
    if page.kind == DOCUMENT and own_index is None and completed is None:
        presented_code = _issued_and_presented(norm, drafts, layout)
        if presented_code is not None:  # "… ban hành Hướng dẫn số 118-HD/BTGTW …. BBT trích
            # đăng nguyên văn Hướng dẫn."
            own_index, own_source = presented_code, "title line"
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
        if (own_source == "title line" and drafts[own_index].date is not None
                and facts.sources.get("date") == "place-date line"):
            # "Hải Phòng, ngày 08 tháng 12 năm 2019 / Quyết định số 3107/2016/QĐ-UBND ngày
            # 13/12/2016 của UBND thành phố Hải Phòng" (a portal's print view): the title dates
            # the document it names; the line above it dates the post
            facts.date = drafts[own_index].date
    if page.kind == DOCUMENT and own_index is not None and facts.date is None:
        facts.date = _own_code_dated(norm, drafts, own_index)
        if facts.date is not None:
            facts.sources["date"] = "own code named again"
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
    own_type_words: frozenset[str] = frozenset()
    if own is not None and own.letter_shaped:
        # the words a letter-shaped code is named by wherever printed ("văn bản số
        # 1510/UBND-GDĐT" … "hướng dẫn số 1510/UBND-GDĐT")
        own_type_words = frozenset(
            word for d in drafts if d.code == own and (word := _letter_named(norm, d))
        )
    host = _host(norm, layout, facts, own, meta, body_start, page, own_act,
                 own_type_word=own_type_word, own_type_words=own_type_words,
                 letter=letter is not None)
    _resolve_short_forms(norm, drafts, warnings, _aliased_codes(norm, drafts, aliases))
    _type_word_warnings(norm, drafts, warnings)
    _conflict_warnings(norm, drafts, warnings)
    relation_host = own_index
    if relation_host is None and page.kind == REPORT and not page.several:
        relation_host = _reported_by_number(norm, drafts, page)
    relations = _relations(norm, drafts, layout, relation_host, report=page.kind == REPORT,
                           repost=page.repost, host_date=host.date)
    if own_index is not None and (
        own_index == consolidated
        or getattr(drafts[own_index].code, "kind", None) == _CONSOLIDATED_KIND
    ):
        # (also a consolidated text whose number line stands without its authentication
        # block: "No. 2007/VBHN-BLDTBXH … Circular No. 21/2021/TT-BLDTBXH … is amended by:\n
        # 1. Circular No. 08/2023/TT-BLDTBXH …", thuvienphapluat.vn's English copy)
        relations = _consolidates(norm, drafts, relations)
    if page.kind == OTHER:  # a meeting item or a speech states no relation of its own
        relations = _only_cites(relations)
    elif page.several:
        # "… đã biểu quyết thông qua các báo cáo, tờ trình và nghị quyết về điều chỉnh một số
        # nội dung Nghị quyết số 17/2016/NQ-HĐND …" (baoquangbinh.vn): several texts adopted at
        # once, the page does not say which of them acts on the text it names
        relations = _without_host_acts(relations)
        relations = _reported_among_several(relations, drafts, kind_code_of(host.kind),
                                            host.level, host.date)
    for d in drafts:
        if d.code is not None and {"ocr_horn", "unknown_issuer"} & set(d.flags):
            flags = ", ".join(sorted(set(d.flags)))
            said = bilingual(f"số hiệu đáng ngờ ({flags})", f"suspicious code ({flags})",
                             subject=d.code.canonical)  # fmt: skip
            warnings.append(Warning("suspicious_code", said, d.code.canonical))
    references = tuple(_finish(norm, d, host) for d in drafts)
    host = _steering_committee_issuer(host, references)
    place = _place_from_superiors(host, relations, references)
    if (place.province is None and place.district is not None
            and host.level in (Level.DISTRICT, Level.COMMUNE)
            and (host.date is None or host.date < DISTRICTS_ABOLISHED)):  # fmt: skip
        # its district's province where the text names it, anywhere (host.places)
        held = province_holding(norm.text, norm.shadow, place.district)
        place = place if held is None else replace(place, province=held)
    if place.province is None and host.level is Level.PROVINCE:
        # a province's body named bare ("UBND tỉnh ban hành Quyết định … thuộc địa bàn Hà
        # Tĩnh"): the one province the text names
        sole = sole_province_named(norm.text, norm.shadow, layout.body_start)
        place = place if sole is None else replace(place, province=sole)
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


# "Công văn hướng dẫn số 1709/UBND-NV", "văn bản hướng dẫn số …": a guiding letter, the type
# word nearest the number an attribute of the letter named before it (shadow text).
_LETTER_BEFORE_WORD = re.compile(r"(?:cong\s+van|van\s+ban)\s+$")


def _letter_named(norm: NormalizedText, d: _Draft) -> str | None:
    """The type word `d` is named by (shadow form): for a letter-shaped code, "cong van" where
    the word nearest it only qualifies a letter named before it ("công văn hướng dẫn số")."""
    if (d.type_word and d.code is not None and not d.code.kind and d.code.letter_shaped
            and _LETTER_BEFORE_WORD.search(norm.shadow, max(0, d.lead_start - 12), d.lead_start)):
        return "cong van"
    return d.type_word


def _finish(norm: NormalizedText, d: _Draft, host: HostDocument) -> Reference:
    start, end = norm.to_original(d.start, d.end)
    code = host.code if d.mention == "self" else d.code
    # a law named by its title has that title for subject: the "về …" after it tells what the
    # sentence applies it to ("… tổ chức thi hành Luật Đất đai về tiền sử dụng đất, tiền thuê
    # đất", Nghị định 50/2026/NĐ-CP), not what the law is about
    subject = None if "by_name" in d.flags else d.tail.subject
    named = _letter_named(norm, d)
    word = TYPE_WORD_DISPLAY.get(named) if named else None
    if word is None and d.type_word:
        word = KIND_HEADINGS.get(d.type_word)
    if word is None and d.type_word is None:
        word = _law_word_before_its_name(norm, d)
    body, day = d.issuing_body, d.date
    if d.mention == "code" and body is None:
        # "Ngày 19/9/2013, Ủy ban Dân tộc ban hành Quyết định số 447/QĐ-UBDT …": the issuer is
        # the sentence's actor (the reference's facts only; the draft's stay for the stages)
        actor = issued_by_actor(norm, d.start, d.code.year if d.code else None)
        if actor is not None:
            body, dated = actor
            year = d.code.year if d.code else None
            if day is None and dated is not None and year in (None, dated.year):
                day = dated
        else:  # "Xét đề nghị của Sở Giáo dục - Đào tạo tại Tờ trình số 1147/SGDĐT-GDTH …"
            body = requesting_body(norm, d.lead_start)
        if body is None:  # "Thông tư 155/2025/TT-BTC vừa được Bộ Tài chính ban hành"
            after = d.tail.subject_span.end if d.tail.subject_span else d.tail.end
            passive = passive_issuer(norm, max(after, d.end))
            if passive is not None and body_level(passive)[0] is not Level.UNKNOWN:
                body = passive
    if code is not None and code.family is Family.PARTY and code.main_issuer == "TW" \
            and body_level(body)[0] in LOCAL_LEVELS:  # fmt: skip
        # "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá": the local
        # body is the committee's; only the Central Committee, its Politburo and Secretariat
        # number …/TW (a "…/ĐUCA" or "…-LĐTBXH" code may be a province's: its body stays)
        body = None
    level, place = _issuer_of_reference(d, code, host, body)
    return Reference(
        surface=norm.original[start:end],
        start=start,
        end=end,
        mention=d.mention,
        code=code,
        type_word=word,
        date=day,
        issuing_body=body,
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


def _issuer_of_reference(d: _Draft, code: DocumentCode | None, host: HostDocument,
                         body: str | None) -> tuple[Level, Place]:  # fmt: skip
    """The level and place of a cited document's issuer, as far as the citation tells: the
    body it names ("của UBND tỉnh Kiên Giang": province, Kiên Giang), else its code's issuer
    (…/TW central, …/HU district); the host's own for a reference to the host. `body` is the
    issuing body the reference gives (its tail's, or the actor of its sentence)."""
    if d.mention == "self" or d.resolves_to == HOST:
        return host.level, host.place
    if code is not None and code.is_central:
        return Level.CENTRAL, NO_PLACE  # whatever body a shared tail names
    level, name = body_level(body)
    if level is Level.UNKNOWN and code is not None:
        level = code.issuer_level
    return level, NO_PLACE.naming(level, name) if name else NO_PLACE


def _steering_committee_issuer(host: HostDocument, references: Sequence[Reference]) -> HostDocument:
    """The host with the issuer its code's issuer part names where the header's top line gave
    another: a central steering committee's plan ("01-KH/BCĐTW") under the header line "BAN
    CHẤP HÀNH TRUNG ƯƠNG" is the committee's (`bodies.issuer_under_header`), named as the
    text names another code of the committee."""
    if host.code is None:
        return host
    issuer = host.code.issuer
    named = (r.issuing_body for r in references
             if r.issuing_body and r.code is not None and r.code.issuer == issuer)  # fmt: skip
    body = issuer_under_header(host.issuing_body, issuer, named)
    return host if body == host.issuing_body else replace(host, issuing_body=body)

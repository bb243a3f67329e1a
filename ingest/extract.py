"""Extract references, relations, host facts and warnings from one document's text.

This module wires the stages together: normalize (text) → layout → find codes and short
forms (find) → read citation tails (context) → resolve short forms and nesting → type
relations (relations) → host facts (host). It does no I/O.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections import defaultdict
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
    kind_code_of,
)
from ingest.context import (
    SITE_NOTE,
    WRAPPED_LINE,
    WRAPPED_NEXT,
    alias_definitions,
    parse_date,
    parse_tail,
    site_note_at,
)
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
from ingest.models import (
    HOST,
    Evidence,
    Extraction,
    HostDocument,
    Place,
    Reference,
    Relation,
    Warning,
)
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
from ingest.relations import (
    ACTS_ON,
    ENDS_FORCE,
    REPEALS_TOO,
    YEARS_AFTER,
    Classification,
    RelationType,
    active_of_passive,
    classify_relation,
)
from ingest.stages.common import (
    _ENGLISH_NUMBER_WORD,
    _SENTENCE_MAX,
    _consolidated_lead,
    _Draft,
    _sentence,
    _skip_blank,
    _statement,
)
from ingest.stages.own_code import (
    _BASIS_LINE,
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
    _COORDINATION_GAP,
    _aliased_codes,
    _drafts,
    _link_structure,
    _resolve_short_forms,
)
from ingest.stages.warnings import (
    _conflict_warnings,
    _type_word_warnings,
)
from ingest.terms import reused
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
_LEAD_IN_MAX = 200
_ANNEX_ACT_REACH = 600  # how far before "ban hành kèm theo" the act on the annex may stand
# Kinds only central bodies issue: the Government's decrees, ministers' circulars, the National
# Assembly's laws and its Standing Committee's ordinances, ministries' consolidated texts.
CENTRAL_ONLY_KINDS = frozenset({
    "Nghị định", "Thông tư", "Thông tư liên tịch", "Luật", "Bộ luật", "Pháp lệnh",
    "Văn bản hợp nhất",
})  # fmt: skip
_LIST_TYPES = (RelationType.IMPLEMENTS, RelationType.REVIEWS, RelationType.BASED_ON)


def _last_of(text: str, chars: str, lo: int, hi: int) -> int:
    """The last index in [lo, hi) holding one of `chars`, or -1."""
    return max(text.rfind(c, lo, hi) for c in chars)


def _last_break(text: str, lo: int, hi: int) -> int:
    """`_last_of(text, ".;:!?\\n", lo, hi)` spelled out: the clause finder's, called for
    every reference (no generator: 40 % less time a call)."""
    return max(text.rfind(".", lo, hi), text.rfind(";", lo, hi), text.rfind(":", lo, hi),
               text.rfind("!", lo, hi), text.rfind("?", lo, hi), text.rfind("\n", lo, hi))


def _clause_start(norm: NormalizedText, pos: int, floor: int, reach: int = _LEAD_IN_MAX) -> int:
    """`_CLAUSE_BREAK.search(text, window_start, pos)`'s end, without a regex.

    The pattern finds the last break in the window, except that `$` also matches before a
    newline that ends the window: then a break before that newline wins.
    """
    text = norm.text
    window_start = max(floor, pos - reach)
    last = _last_break(text, window_start, pos)
    while last >= 0 and text[last] == "\n" and (
        WRAPPED_LINE.match(text, last) or _RUNS_ON.search(norm.shadow, max(0, last - 16), last)
    ):
        # "… của Chính phủ sửa đổi, bổ sung một số\nđiều của Nghị định số …": a PDF's line
        # wrapped inside a sentence goes on in lower case; the clause does not end there
        last = _last_break(text, window_start, last)
    while last >= 0 and _ENGLISH_NUMBER_WORD.search(text, max(0, last - 4), last + 1):
        # "Implementing Resolution No. 18-NQ/TU …" (an English page): "No." is the number's
        # word, not a stop
        last = _last_break(text, window_start, last)
    if last < 0:
        return window_start
    if last == pos - 1 and text[last] == "\n":
        before = _last_break(text, window_start, last)
        if before >= 0:
            return before + 1
    return last + 1


def _listed_beside_host(drafts: list[_Draft], j: int, host_index: int | None,
                       host_code: str | None) -> bool:  # fmt: skip
    """Whether reference `j` is listed after a mention of the host's own code under one cue
    (each item coordinated with the one before it), the host's own number line aside."""
    if host_code is None:
        return False
    k = drafts[j].coordinated_with
    while k is not None and k < j:
        code = drafts[k].code
        if k != host_index and code is not None and code.canonical == host_code:
            return True
        j, k = k, drafts[k].coordinated_with
    return False


def _relations(norm: NormalizedText, drafts: list[_Draft], layout: Layout,
               host_index: int | None, *, report: bool = False, repost: bool = False,
               host_date: date | None = None) -> list[Relation]:  # fmt: skip
    classes: list[Classification | None] = [None] * len(drafts)
    start_of = [0] * len(drafts)  # where each reference's clause starts
    named_parts: dict[int, str | None] = {}  # an item's parts, for the provision of its act
    noted = _in_site_notes(norm, drafts)
    site_list = _in_site_lists(norm, drafts)
    for j, d in enumerate(drafts):
        before = j - 1
        while before >= 0 and noted[before] and not noted[j]:
            before -= 1  # "… của [Khoản này hết hiệu lực bởi … Luật Nhà ở 2023 …] Luật Nhà ở số …"
        floor = drafts[before].end if before >= 0 else 0
        if before >= 0 and d.parent != before:
            # The words of the previous citation's tail and subject ("… về việc tăng cường
            # tuyên truyền …") are no cue for the next document: its lead-in starts after them.
            prev = drafts[before]
            floor = max(floor, prev.tail.end, prev.tail.subject_span.end if
                        prev.tail.subject_span and prev.tail.subject_span.end <= d.lead_start
                        else 0)  # fmt: skip
        if d.parent is not None:
            floor = max(floor, drafts[d.parent].end)
        start = _clause_start(norm, d.lead_start, floor)
        start_of[j] = start
        if (start > floor and norm.text[start - 1] == "\n" and norm.shadow.startswith("[", start)
                and site_note_at(norm.shadow, start + 1) is not None):  # fmt: skip
            # "Điều 2. Sửa đổi, bổ sung\n[Điều này hết hiệu lực bởi …] khoản 1 Điều 163 của Luật
            # …": the site broke the line to put its note in; the sentence goes on
            start = _clause_start(norm, start - 1, floor)
        found = classify_relation(_lead_in(norm.shadow, start, d.lead_start))
        if found.type in _LISTED_ACTS and _AMENDING_LAW_ITEM.match(norm.shadow, start) and (
            _under_basis(norm, start)
        ):
            # "Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 …; Luật sửa đổi, bổ sung một số điều
            # của Luật Bảo hiểm y tế số 46/2014/QH13": the amending law's title, its own number
            # after it; an item of the bases, not the host's act
            found = _BASIS
        if d.parent is None and found.type is not RelationType.GUIDES and (
            _PROVIDED_IN.search(norm.shadow, max(0, d.lead_start - 40), d.lead_start)
        ) and (statement := _own_statement_before(norm, d.lead_start)) is not None:
            # "Thông tư này hướng dẫn việc ủy quyền … theo quy định tại Nghị định số
            # 35/2022/NĐ-CP": what the text says it guides is the document that provides it
            found = Classification(RelationType.GUIDES, "details", statement)
        if found.cue is None and start > floor and norm.text[start - 1] == ";" and (
            _PART_WORD.search(norm.shadow, start, d.lead_start)
            and _PARTS_ONLY.fullmatch(norm.shadow, start, d.lead_start)
        ):
            # "Bãi bỏ các khoản 9, 10, 11 và 12 Điều 4; Mục 3 và Mục 4 Chương III của Luật Công
            # nghệ thông tin số 67/2006/QH11": the parts run on over a semicolon
            before = _clause_start(norm, start - 1, floor)
            parts = classify_relation(_lead_in(norm.shadow, before, start - 1))
            if parts.type in _LISTED_ACTS:
                found = parts
                named_parts[j] = _parts_named(norm, start, d.lead_start)
        if found.cue is None and start > floor and norm.text[start - 1] == ":":
            # "… thực hiện chung 2 chương trình của Thành ủy, gồm: Chương trình số 02-CTr/TU":
            # the first item of a list takes the cue that introduces the list
            before = _clause_start(norm, start - 1, floor)
            introduced = classify_relation(norm.shadow[before : start - 1])
            if introduced.type in _LIST_TYPES:
                found = introduced
        if found.cue is None and (listed := _law_listed_after(norm, drafts, classes, j)):
            found = listed
        if found.cue is None and d.coordinated_with is not None:
            found = classes[d.coordinated_with] or found
        if found.cue is None and d.parent is None and (item := _listed_under(norm, d)):
            found = item[0]
            named_parts[j] = _parts_named(norm, item[1], d.lead_start)
        if found.cue is None and d.parent is None and (act := _headed_by_repeal(norm, d)):
            found = act  # "Điều 1. Bãi bỏ toàn bộ 15 văn bản …\n1. Chỉ thị số 03/2005/CT-BTS …"
        if d.parent is not None and found.label == "acted_on_by" and found.cue is not None and (
            _lead_in(norm.shadow, start, d.lead_start).rstrip().endswith(found.cue)
        ) and (d.parent == j - 1 or (
            # "Nghị định số 78/2025/NĐ-CP … hướng dẫn thi hành Luật Ban hành văn bản quy phạm
            # pháp luật đã được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP": a decree
            # amends no law; the passive tells of the decree whose subject names the law
            drafts[j - 1].parent == d.parent and _is_law(drafts[j - 1]) and not _is_law(d)
        )):
            # "Căn cứ Nghị định số 45/2012/NĐ-CP … về khuyến công được sửa đổi, bổ sung bởi
            # Nghị định số 235/2025/NĐ-CP": the passive tells of the text whose subject it
            # closes; the acting text stands beside it, not in its subject
            d.parent = drafts[d.parent].parent
        elif d.parent is not None and found.label == "acted_on_by" and found.cue is not None and (
            (joined := d.coordinated_with) is not None and d.parent < joined
            and found is classes[joined] and drafts[joined].parent == drafts[d.parent].parent
            and d.tail.subject_span is None  # (a text with a subject of its own is a next basis)
        ):
            # "Nghị định số 126/2020/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số
            # 91/2022/NĐ-CP và Nghị định số 373/2025/NĐ-CP" (185/2026/NĐ-CP): the list's next
            # acting text stands beside the first, out of the subject the passive closes
            d.parent = drafts[joined].parent
        if found.cue is None and (listed := _acting_list_item(norm, drafts, classes, j)):
            # "… được sửa đổi, bổ sung bởi Nghị định số 109/2025/NĐ-CP, Nghị định số
            # 193/2025/NĐ-CP;" (49/VBHN-BCT): a bare text of the same kind after the acting
            # one, a comma between, is the list's next acting text
            d.coordinated_with, found = j - 1, listed
        if (d.parent is not None and d.parent == j - 1
                and d.type_word is not None and drafts[j - 1].type_word is not None
                and (and_at := _AND_BEFORE.search(norm.shadow, start, d.lead_start))
                and (found.cue is None or _cue_on_matter(norm, drafts[j - 1], d, found,
                                                          and_at.start()))):  # fmt: skip
            # "Sửa đổi, bổ sung một số điều của Nghị định số 68/2026/NĐ-CP quy định về chính
            # sách thuế … và Nghị định số 320/2025/NĐ-CP …": a text of the same kind joined
            # by "và" to a subject that does nothing to texts is the next item of the list
            # (so where the subject's verb acts on a matter, not on a text, and the text after
            # "và" is cited with its own date or issuer: "… Thông tư 08/2022/TT-BKHĐT ngày 31
            # tháng 5 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định chi tiết việc cung
            # cấp, đăng tải thông tin … và Thông tư số 10/2015/TT-BKHĐT ngày 26 tháng 10 năm
            # 2015 … hết hiệu lực thi hành", 01/2024/TT-BKHĐT: not a text 08/2022 details)
            joined = d.parent
            d.parent, d.coordinated_with = drafts[joined].parent, joined
            found = classes[joined] or found
        if d.sibling_of is not None and found.label not in ("issued", "acted_on_by", "considers"):
            # (not where a passive names the later text that acted on the older one: "Nghị
            # định số 29/2025/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số 166/2025/NĐ-CP")
            # its lead-in cue belongs to the older one's subject (not where the words right
            # before it issue it: "…, UBND tỉnh Ninh Bình đã ban hành Kế hoạch số 107/KH-UBND";
            # nor where they consider a submission: "Thực hiện Quyết định số 568/QĐ-TTg … về …
            # và xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 4294/TTr-SYT")
            found = classes[d.sibling_of] or found
        if found.type is RelationType.ATTACHED_TO and start == d.lead_start - _LEAD_IN_MAX:
            # "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH ĐÁNH GIÁ … [a long subject] BAN HÀNH
            # KÈM THEO QUYẾT ĐỊNH SỐ 4631/QĐ-UBND": the act on the annex opens the clause
            wide = _clause_start(norm, d.lead_start, floor, _ANNEX_ACT_REACH)
            annex_act = classify_relation(_lead_in(norm.shadow, wide, d.lead_start))
            if annex_act.type is RelationType.AMENDS:  # (a table's far-off column heading is
                found = annex_act  # no act: "Danh mục văn bản … ngưng hiệu lực")
        if found.type is RelationType.ATTACHED_TO:
            line_start = norm.text.rfind("\n", 0, d.lead_start) + 1
            head = norm.shadow[line_start : d.lead_start].lstrip(" (")
            if not head.startswith(("ban hanh kem theo", "kem theo")) and (
                _BASIS_OPENS_CLAUSE.match(norm.shadow, start, d.lead_start)
            ):
                # "- Căn cứ Quy chế Quản lý đầu tư và xây dựng ban hành kèm theo Nghị định số
                # 52/1999/NĐ-CP …": the rules a decree issued are the basis; so is the decree
                found = _BASIS
            elif not head.startswith(("ban hanh kem theo", "kem theo")):
                found = Classification(RelationType.CITES, "annex_of", found.cue)
                bracket = norm.shadow.rfind("(", start, d.lead_start)
                if bracket > start:  # an aside: the list it stands in may still type it
                    found = Classification(RelationType.CITES, "annex_of", None)
                    carried = classify_relation(_lead_in(norm.shadow, start, bracket))
                    if carried.type in _CARRIED_OUT:
                        # "Thực hiện Quy chế quản lý … (ban hành kèm theo Quyết định số
                        # 41/2016/QĐ-TTg …)": carrying out the rules issued with a decision
                        # carries out the decision
                        found = carried
                elif (cue_at := _ANNEX_CUE_END.search(norm.shadow, start, d.lead_start)) and (
                    (carried := classify_relation(
                        _lead_in(norm.shadow, start, cue_at.start()))).type in _CARRIED_OUT
                ):
                    # "… để tổng kết thực hiện Chương trình tổng thể cải cách hành chính … ban
                    # hành kèm theo Quyết định số 136/2001/QĐ-TTg": reviewing (or carrying out)
                    # the programme a decision issued reviews the decision, bracket or none
                    found = carried
        if found.type in _CARRIED_OUT and d.parent is None and (
            carrier := _CARRIED_BY_UNCODED.search(_lead_in(norm.shadow, start, d.lead_start))
        ):
            # "Kế hoạch triển khai thực hiện Chương trình hành động của Thủ tướng Chính phủ về
            # việc thực hiện Chỉ thị số 47-CT/TW": the directive is the programme's target; the
            # host carries out the programme, which has no code to give an edge (the cue kept:
            # an opening's "Thực hiện" does not retype the item)
            found = Classification(RelationType.CITES, "carried_by_uncoded", carrier.group())
        if found.type is RelationType.BASED_ON and found.label == "based_on" and (
            layout.position(d.start) in ("body", "annex")
        ) and _basis_within_sentence(norm, start, d.lead_start):
            # "… được Bộ Công an rà soát, tính toán, xác định căn cứ Quyết định số
            # 28/2025/QĐ-TTg", "Trong thời hạn 19 ngày …, căn cứ vào các điều kiện quy định tại
            # các Điều 9, 10 của Nghị định số 01/2014/NĐ-CP, Ngân hàng Nhà nước … xem xét":
            # what someone goes by in a provision, not the host's legal basis
            found = Classification(RelationType.CITES, "goes_by", found.cue)
        classes[j] = found
    _opening_list(norm, drafts, classes, layout, report=report)
    _basis_lists(norm, drafts, classes, layout)
    own = drafts[host_index].code if host_index is not None else None
    host_code = own.canonical if own is not None else None

    def of_host(d: _Draft) -> bool:
        """Whether the host states `d` itself: at the top level, or in the subject of its own
        code ("… ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai Chỉ thị số …")."""
        if d.parent is None or d.parent == host_index:
            # (the host's own mention by number: "Chương trình hành động số 01 của Thành ủy …
            # về Thực hiện Thông báo Kết luận số 234-TB/TW …", a title with no symbol)
            return True
        parent = drafts[d.parent].code
        return parent is not None and parent.canonical == host_code

    # The primary targets: what the title and opening sentence say the document is about,
    # with the edge type they give (a review plan reviews; an implementing plan implements).
    primary: dict[str, set[RelationType]] = defaultdict(set)
    for j, (d, cls) in enumerate(zip(drafts, classes, strict=True)):
        at_top = layout.position(d.start) in ("title", "opening")
        if of_host(d) and d.code is not None and cls is not None and at_top:
            guides = cls.label == "guides" and (
                _source_kind(drafts, j, own, layout) in _DETAILING_KINDS
            )  # (as the loop below types it)
            primary[d.code.canonical].add(RelationType.GUIDES if guides else cls.type)
            if cls.label == "builds_on":
                # "Tiếp tục phát huy kết quả Chương trình 02-CTr/QU …" and, below, "ĐÁNH GIÁ
                # KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH 02-CTr/QU": the results it builds on it reviews
                primary[d.code.canonical].add(RelationType.REVIEWS)
    requests = _numbered_requests(norm, layout)
    purposes = _purpose_sections(norm) if not report or repost else []
    relations: list[Relation] = []
    preamble_items: list[int] = []  # the references of the host's own preamble cue, in order
    for j, (d, cls) in enumerate(zip(drafts, classes, strict=True)):
        if d.code is None or d.alias or d.mention == "self" or cls is None:
            continue
        target = d.code.canonical
        if not of_host(d):
            assert d.parent is not None
            parent = drafts[d.parent]
            if parent.code is None or site_list[j] != site_list[d.parent]:
                continue  # (one item of a site's list is not in the subject of the last)
            source, position = parent.code.canonical, "nested"
        else:
            source, position = HOST, layout.position(d.start)
            if not report and cls.type in _CARRIED_OUT:
                issuer = _issued_later(norm, drafts, j, host_code)
                if issuer is not None:
                    # "Thực hiện Quyết định số 468/QĐ-TTg …, UBND tỉnh Ninh Bình đã ban hành Kế
                    # hoạch số 107/KH-UBND …": the host tells what an earlier plan carried out
                    source, position = issuer, "nested"
        if source == target or (target == host_code and not _reused_host_code(own, d, host_date)):
            continue
        if source == HOST and cls.label == "acted_on_by" and _befalls_host(norm, d)[1]:
            continue  # a legal site's history row: the site's record, not the host citing it
        if report and not repost and source == HOST and cls.label == "issued":
            # "Ban Thường vụ Huyện ủy Hiệp Đức đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số
            # 62/KH-HU …", "Sau khi Bộ Chính trị ban hành …, Ban Thường vụ Tỉnh ủy ban hành Kế
            # hoạch số 118-KH/TU, …": a report tells of another document issued beside the
            # reported one; the reported document states nothing of it (the full text a lead
            # presents still cites what it says was issued before it)
            continue
        if report and source == HOST and _listed_beside_host(drafts, j, host_index, host_code):
            # "Thực hiện Kế hoạch số 107/KH-ĐUK của Đảng ủy Khối và Công văn số 571-CV-ĐUB …,
            # … Đảng ủy Học viện phát động cuộc thi" under the report of plan 107 (naem.edu.vn):
            # what carries out the reported text beside another is a third body's act
            continue
        kind, label, cue = cls.type, cls.label, cls.cue
        if source != HOST and label == "acted_on_by":
            # "Căn cứ Nghị định số 40/2025/NĐ-CP …, được sửa đổi, bổ sung bởi Nghị định số
            # 109/2025/NĐ-CP, Nghị định số 193/2025/NĐ-CP": the older text cites nothing that
            # acted on it later (the act is the passive's edge); the host names the acting text
            source, position = HOST, layout.position(d.start)
            kind, label, cue = RelationType.CITES, "mentions", None
        if label == "guides" and (
            source != HOST or position in ("title", "opening") or d.parent is not None
        ) and _source_kind(drafts, j, own, layout) in _DETAILING_KINDS:
            # "Thông tư số 60/2005/TT-BNN … hướng dẫn thực hiện một số nội dung của Nghị định
            # 56/2005/NĐ-CP": a circular or decree guiding a State text details it (GUIDES);
            # a Party guidance carrying a resolution out implements it (and so where a form
            # restates the host's title: "Căn cứ Thông tư số 07/2022/TT-BLĐTBXH … hướng dẫn
            # thực hiện một số điều của Quyết định số 57/2013/QĐ-TTg" in 07/2022/TT-BLĐTBXH)
            kind, label = RelationType.GUIDES, "details"
        provision = named_parts.get(j)
        if label == "repeals_words" and provision is None:
            provision = "từ, cụm từ"  # words struck out: never the whole text
        if source == HOST and label == "acted_on_by" and (act := _as_amended(norm, drafts,
                                                                            classes, j)):
            # "Bãi bỏ Điều 10 … của Luật Quy hoạch đô thị số 30/2009/QH12 đã được sửa đổi, bổ
            # sung một số điều theo Luật số 35/2018/QH14": the parts named before the text
            # acted on are the parts of its amenders acted on; an amender's force ends only
            # in what it did to that text
            kind, label, cue = act.type, act.label, act.cue
            acted = _acted_on(norm, drafts, j)
            acted_code = drafts[acted].code if acted is not None else None
            if acted is not None and acted_code is not None:
                provision = (
                    provision_before(norm.shadow, norm.text, drafts[acted].lead_start)
                    or named_parts.get(acted)
                    or (f"các quy định sửa đổi, bổ sung {acted_code.canonical}"
                        if kind in ENDS_FORCE else None)
                )  # fmt: skip
        # the requests an opening announces say what the text carries out ("… như sau:\n1.
        # Tiếp tục thực hiện Chỉ thị số …"), as its opening would
        requested = requests is not None and requests[0] <= d.start < requests[1]
        if source == HOST and position == "body" and not report and (
            _preamble_cue(norm, start_of[j], d.lead_start, cls)
            or _preamble_list_item(norm, drafts, classes, j, preamble_items)
        ):
            requested = True  # the host's own "Thực hiện X, …" before its first section
            preamble_items.append(j)
        if source == HOST and position == "body" and cls.type is RelationType.IMPLEMENTS and (
            cls.cue is not None and _in_spans(purposes, d.start)
            and not _opens_subject(norm, start_of[j], d.lead_start, cls)
        ):
            requested = True  # "I. MỤC ĐÍCH, YÊU CẦU\n- Tiếp tục triển khai … Nghị quyết số …"
        if source == HOST and position == "body" and report and (
            _relays_reported(norm, start_of[j], d.lead_start, cls)
        ):
            requested = True  # "Theo đó: Thực hiện văn bản số …": the reported text's opening
        if source == HOST and d.parent is not None and cls.type in _CARRIED_OUT:
            # "Kết luận 156-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 33-NQ/TW … và
            # Kết luận 76-KL/TW …": the host's own title restated in its body (a legal site's
            # full title) says what it carries out, as its title does
            requested = True
        if (source == HOST and kind is RelationType.ATTACHED_TO and own is not None
                and position in ("body", "annex")):  # fmt: skip
            # "(Ban hành kèm theo Thông tư số 115/2025/TT-BTC …)" over an annex inside a text
            # with its own number: the annex came with that text; the host is no annex of it
            # (a consolidated text's annexes name the text consolidated; "theo Mẫu số 03a/PL01
            # ban hành kèm theo Nghị định số 23/2021/NĐ-CP" another's form), and an annex
            # heading that names the host, its year left out ("(Ban hành kèm theo Thông tư số
            # 29/TT-BLĐTBXH ngày 28 tháng 12 năm 2022)" in 29/2022/TT-BLĐTBXH), is no edge
            if _same_numbered_text(own, d.code):
                continue
            kind = RelationType.CITES
        if source == HOST and position in ("body", "annex") and not requested:
            kind = _body_relation(kind, label, primary.get(target, set()), report=report,
                                  subject=_opens_subject(norm, start_of[j], d.lead_start, cls))
        a, b = _sentence(norm, d.start, d.end)
        oa, ob = norm.to_original(a, b)
        evidence = Evidence(oa, ob, norm.original[oa:ob])
        relations.append(Relation(source, target, kind, label, cue, position, evidence, j,
                                  provision))  # fmt: skip
        if label == REPEALS_TOO:  # "Sửa đổi, bổ sung, bãi bỏ một số điều của …"
            relations.append(Relation(source, target, RelationType.REPEALS, label, cue, position,
                                      evidence, j, provision))  # fmt: skip
    relations += _repealed_parts(norm, drafts, classes, layout)
    consolidated = (own is not None and own.kind == _CONSOLIDATED_KIND) or bool(
        _consolidated_lead(norm.shadow)
    )
    if not consolidated:  # a consolidated text quotes the laws' own endings
        relations = _ended_with_this(norm, drafts, relations)
    else:
        relations = _quoted_acts(relations)
    host_kind = own.kind if own is not None and own.kind else kind_code_of(layout.kind)
    if not report and (
        host_kind in _DETAILING_KINDS or (own is not None and own.issuer in _GUIDING_ISSUERS)
    ):
        relations += _details_its_laws(norm, drafts, relations)
    relations += _passive_acts(norm, drafts, classes, host_code)
    # A document named only inside another's subject clause is still cited by the host.
    # A legal site's list of related documents states no relation of the host to them (what
    # one item says of another, "Thông tư 01/2018/TT-VPCP hướng dẫn Nghị định 61/2018/NĐ-CP",
    # it still states).
    relations = [r for r in relations if r.source != HOST or site_list[r.reference] is None]
    cited = {r.target for r in relations if r.source == HOST}
    for rel in list(relations):
        if site_list[rel.reference] is not None:
            continue
        if rel.source != HOST and rel.target not in cited and rel.target != host_code:
            cited.add(rel.target)
            where = layout.position(drafts[rel.reference].start)
            relations.append(replace(rel, source=HOST, type=RelationType.CITES, label="mentions",
                                     cue=None, position=where))  # fmt: skip
    # (the host still cites what a misread act names)
    relations = _acts_in_time(drafts, relations)
    relations = _acts_in_rank(drafts, relations, host_kind)
    relations = _listed_not_acted(norm, drafts, layout, relations)
    # CITES says nothing more where the same source states a stronger edge to the target,
    # nor where a passive's citation of the acting text ("… đã được thay thế bởi Quyết định
    # 2519/QĐ-UBND") stands beside the edge it gives from that text to the host.
    typed = {(r.source, r.target) for r in relations if r.type is not RelationType.CITES}
    acting = {r.source for r in relations
              if r.type is not RelationType.CITES and host_code is not None
              and r.target == host_code}  # fmt: skip
    return [
        r
        for r in relations
        if r.type is not RelationType.CITES or (
            (r.source, r.target) not in typed
            and not (r.label == "acted_on_by" and r.source == HOST and r.target in acting)
        )
    ]


# What a cited text does to another that only a later text can do (the host's own acts are
# left to the host's date, which a code may lack).
_LATER_ACTS = frozenset({
    RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS, RelationType.GUIDES,
    RelationType.SUSPENDS, RelationType.CORRECTS, RelationType.CONSOLIDATES,
})  # fmt: skip


def _acts_in_time(drafts: list[_Draft], relations: list[Relation]) -> list[Relation]:
    """`relations` without a cited text's act on a text of a later year (both years in their
    codes): a misread pairing, never what the text says ("… Luật Xây dựng số 50/2014/QH13 đã
    được sửa đổi, bổ sung một số điều theo Luật số 03/2016/QH14, Luật Quy hoạch đô thị số
    30/2009/QH12 …" gives no 58/2014/QH13 AMENDS 92/2015/QH13; "… khoản 13 Điều 1 Nghị định số
    24/2022/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 143/2016/NĐ-CP" misprints an amender)."""
    years = {d.code.canonical: d.code.year for d in drafts if d.code is not None}
    # the dates the text gives them, where it gives one date to a code
    given: dict[str, set[date]] = defaultdict(set)
    for d in drafts:
        if d.code is not None and d.date is not None:
            given[d.code.canonical].add(d.date)
    kept = []
    for rel in relations:
        source_year, target_year = years.get(rel.source), years.get(rel.target)
        if rel.source != HOST and rel.type in _LATER_ACTS and (
            (source_year is not None and target_year is not None and source_year < target_year)
            or _not_later(given.get(rel.source), given.get(rel.target), rel.type)
        ) and not _amended_since(rel):
            continue
        kept.append(rel)
    return kept


# The kinds of text below a law: a decree, a circular or a decision amends, replaces, repeals
# or suspends no law or ordinance (Luật Ban hành văn bản quy phạm pháp luật: a text is changed
# by a text of its own rank or higher).
_BELOW_LAW = frozenset({"NĐ", "TT", "TTLT", "QĐ", "CT"})
_CHANGES = frozenset({
    RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS, RelationType.SUSPENDS,
})  # fmt: skip


def _acts_in_rank(drafts: list[_Draft], relations: list[Relation],
                  host_kind: str | None) -> list[Relation]:  # fmt: skip
    """`relations` without a decree's, a circular's or a decision's change of a law: a
    misread pairing ("Điều 7 Nghị định số 94/2019/NĐ-CP quy định chi tiết … Luật Trồng trọt …
    được sửa đổi, bổ sung bởi Nghị định số 33/2026/NĐ-CP": the decree 94/2019 was amended),
    or a word that is no act of the host's ("… nhà thầu cập nhật, sửa đổi trên Hệ thống … vi
    phạm khoản 4 Điều 16 của Luật Đấu thầu"); the host still cites the law."""
    laws = {d.code.canonical for d in drafts if d.code is not None and _is_law(d)}
    kinds = {d.code.canonical: d.code.kind for d in drafts if d.code is not None}
    kept = []
    for rel in relations:
        kind = host_kind if rel.source == HOST else kinds.get(rel.source)
        if rel.type in _CHANGES and kind in _BELOW_LAW and rel.target in laws:
            if rel.source == HOST:
                kept.append(replace(rel, type=RelationType.CITES, label="mentions", cue=None))
            continue
        kept.append(rel)
    return kept


# An article of the acting text, its code, then words telling that a later text added or
# changed that article (original text; not "Luật … số 50/2014/QH13 đã được sửa đổi, bổ sung
# một số điều theo Luật số 03/2016/QH14" in a list of laws, where the law as a whole is named).
_ARTICLE_BEFORE = r"Điều\s+\d+[a-zđ]?\s+(?:của\s+)?[^\d;]{0,30}?"
_AMENDED_SINCE = r"[^;]{0,20}?(?:được|đã được)\s+(?:sửa đổi,?\s*)?bổ sung\s+(?:tại|bởi|theo)"


# A decision that publishes a list of texts (shadow text of its title): "Về việc công bố Danh
# mục văn bản quy phạm pháp luật hết hiệu lực …", "… công bố kết quả hệ thống hóa văn bản …"
_PUBLISHES_LIST = re.compile(
    r"(?<![a-z])cong\s+bo\s+(?:danh\s+muc|ket\s+qua\s+(?:ra\s+soat,?\s+)?he\s+thong\s+hoa)"
    r"(?![a-z])"
)
# How far a subject line may run after a heading line taken as the title.
_SUBJECT_AFTER_HEADING = 600
# What the host does to a text that such a list only reports.
_LISTED_HOST_ACTS = frozenset({
    RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS, RelationType.GUIDES,
    RelationType.SUSPENDS, RelationType.CORRECTS, RelationType.IMPLEMENTS,
})  # fmt: skip


def _listed_not_acted(norm: NormalizedText, drafts: list[_Draft], layout: Layout,
                      relations: list[Relation]) -> list[Relation]:  # fmt: skip
    """`relations` where a decision publishing a list of texts (its title says so) acts, in
    its body and annexes, on no text but those its title names: the rows of "Danh mục văn
    bản … hết hiệu lực" (135/QĐ-BLĐTBXH, 169/QĐ-BLĐTBXH) or of a list added to one
    (1478/QĐ-BLĐTBXH, "Về việc bổ sung nội dung tại Quyết định số 225/QĐ-BLĐTBXH … về việc
    công bố kết quả hệ thống hóa …") report what other texts did; the host cites them."""
    if layout.title is None:
        return relations
    # the title, and the subject line a PDF's copy runs on after its heading, up to the basis
    # ("QUYẾT ĐỊNH \nVề việc công bố Danh mục … \nBỘ TRƯỞNG … \nCăn cứ …")
    start, end = layout.title[0], layout.title[1] + _SUBJECT_AFTER_HEADING
    if (basis := _BASIS_WORD.search(norm.shadow, layout.title[1], end)) is not None:
        end = basis.start()
    if not _PUBLISHES_LIST.search(norm.shadow, start, end):
        return relations
    titled = {d.code.canonical for d in drafts
              if d.code is not None and start <= d.start < end}  # fmt: skip
    return [
        replace(rel, type=RelationType.CITES, label="listed", cue=None)
        if rel.source == HOST and rel.type in _LISTED_HOST_ACTS
        and rel.position in ("body", "annex") and rel.target not in titled
        else rel
        for rel in relations
    ]


def _amended_since(rel: Relation) -> bool:
    """Whether the evidence says the acting text acts as a later text changed it: "… Thông tư
    số 68/2024/TT-BTC … đã được thay thế tại Điều 40l Thông tư số 119/2020/TT-BTC được bổ sung
    tại khoản 10 Điều 1 Thông tư này" (08/VBHN-BTC): the older circular's article added since
    replaces the newer one's words."""
    number = rel.source.split("/", 2)
    if len(number) < 3:
        return False
    code = re.escape(f"{number[0]}/{number[1]}/")
    text = " ".join(rel.evidence.text.split())
    return re.search(_ARTICLE_BEFORE + code + _AMENDED_SINCE, text) is not None


def _not_later(source: set[date] | None, target: set[date] | None, kind: RelationType) -> bool:
    """Whether the acting text's one date is not after the acted-on text's one date: "Nghị
    định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 … được sửa đổi, bổ sung bởi Nghị định số
    187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 và Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4
    năm 2025 của Chính phủ về kiểm tra …": 79/2025/NĐ-CP, issued the same day, amends
    nothing of it (a guide may come out the same day as what it guides)."""
    if not source or not target or len(source) != 1 or len(target) != 1:
        return False
    (acting,), (acted,) = source, target
    if kind in (RelationType.GUIDES, RelationType.CONSOLIDATES):
        return acting < acted
    return acting <= acted


def _same_numbered_text(own: DocumentCode, code: DocumentCode) -> bool:
    """Whether `code` is the host's own number, type and issuer, its year left out or not."""
    return (code.number, code.kind, code.issuer) == (own.number, own.kind, own.issuer) and (
        code.year is None or code.year == own.year
    )


def _reused_host_code(own: DocumentCode | None, d: _Draft, host_date: date | None) -> bool:
    """Whether a mention of the host's own code names another document: "Chỉ thị này thay thế
    Chỉ thị số 35-CT/TW ngày 30/5/2019" in the directive 35-CT/TW of 14 June 2024 (Party codes
    restart each term)."""
    return own is not None and reused(own, d.date, host_date)


def _source_kind(drafts: list[_Draft], j: int, own: DocumentCode | None,
                 layout: Layout) -> str | None:  # fmt: skip
    """The kind of the text whose words lead to reference `j`: the citation whose subject
    holds it, or the host (its own code, else its heading)."""
    parent = drafts[j].parent
    if parent is not None:
        code = drafts[parent].code
        return code.kind if code is not None else None
    if own is not None and own.kind and own.kind != _CONSOLIDATED_KIND:
        return own.kind
    # (a consolidated text is of its heading's kind: 836/VBHN-BLĐTBXH "THÔNG TƯ\nHướng dẫn thực
    # hiện Quyết định số 170/2008/QĐ-TTg …" is a circular that guides the decision)
    return kind_code_of(layout.kind)


# The annex cue that ends a lead-in: "… ban hành kèm theo ", "… kèm theo ".
_ANNEX_CUE_END = re.compile(r"(?<![a-z])(?:ban\s+hanh\s+)?kem\s+theo\s*$")
# The host carries out a text named without a number and issued by another body, whose own
# subject carries out the next reference: "triển khai thực hiện Chương trình hành động của Thủ
# tướng Chính phủ về việc thực hiện Chỉ thị số 47-CT/TW", "Thực hiện Kế hoạch của Ban Thường vụ
# Tỉnh ủy về sơ kết 5 năm thực hiện Nghị quyết số …" (lead-in up to the reference's type word);
# or spreads it: "Đã tổ chức tuyên truyền Kế hoạch của LĐLĐ tỉnh và thành phố về thực hiện Nghị
# quyết số 02-NQ/TW …" (a school union's monthly plan, mn2.tphue.thuathienhue.edu.vn).
# ("ban hành Chương trình hành động của Chính phủ thực hiện …" is the host's own text: its verb
# issues, it does not carry out)
_CARRIED_BY_UNCODED = re.compile(
    rf"(?<![a-z])(?:thuc\s+hien|trien\s+khai|cu\s+the\s+hoa|tuyen\s+truyen|quan\s+triet"
    # ("Nhằm tiếp tục triển khai thực hiện có hiệu quả Chương trình hành động của Ban Thường
    # vụ Tỉnh uỷ thực hiện Nghị quyết số 29-NQ/TW …": how well, between the verb and the text)
    rf"|pho\s+bien)(?:\s+co\s+hieu\s+qua)?\s+(?:{TYPE_WORD_ALT})"
    r"(?:\s+[a-z]+){0,3}?\s+cua\s+[^\d;:()]{1,80}?"
    r"(?:\s+ve(?:\s+viec)?)?(?:\s+(?:so\s+ket|tong\s+ket)[^\d;:()]{0,12}?(?:\s+\d+\s+nam)?)?"
    r"(?:\s+tiep\s+tuc)?\s+(?:thuc\s+hien|trien\s+khai(?:\s+thuc\s+hien)?)\s*$"
)
# A past issue of a numbered text right before it, in the same sentence: "…, UBND tỉnh Ninh
# Bình đã ban hành Kế hoạch số 107/KH- UBND".
_ISSUED_BEFORE = re.compile(
    rf"(?<![a-z])(?:da|vua)(?:\s+[a-z]+){{0,2}}?\s+(?:ky\s+)?ban\s+hanh\s+"
    rf"(?:(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?)?$"
)
_ISSUED_REACH = 60


def _issued_later(norm: NormalizedText, drafts: list[_Draft], j: int,
                  host_code: str | None) -> str | None:  # fmt: skip
    """The code of a document the sentence of `drafts[j]` says was issued after it, to carry
    it out ("Thực hiện X …, UBND tỉnh đã ban hành Kế hoạch số Y …"), if any."""
    d = drafts[j]
    _, end = _sentence(norm, d.start, d.end)
    for k in range(j + 1, len(drafts)):
        later = drafts[k]
        if later.start >= end:
            break
        code = later.code.canonical if later.code is not None else None
        if code is None or code == host_code or later.alias:
            continue
        lead = max(d.end, later.lead_start - _ISSUED_REACH)
        if _ISSUED_BEFORE.search(norm.shadow, lead, later.lead_start):
            return code
    return None


# An opening that starts with its cue: "Thực hiện A …; B …, C …, UBND xã xây dựng Kế hoạch",
# also as a purpose: "Để triển khai Quyết định số 217-QĐ/TW … vàQuyết định số 218-QĐ/TW …, Thủ
# tướng Chính phủ yêu cầu:", "Nhằm thực hiện có chất lượng, hiệu quả … Nghị quyết số 27-NQ/TW …;
# … số: 1521/QĐ-TTg …; 21/2021/QĐ-TTg …, Hội đồng … đề nghị" (luatminhkhue.vn, thuvienphapluat.vn)
_OPENING_CUE = re.compile(
    r"[\s\-–•*]*(?:(?:nham|de)\s+)?"
    r"(?:thuc\s+hien|trien\s+khai(?:\s+thuc\s+hien)?|thi\s+hanh(?!\s+an(?![a-z])))"
    r"(?![a-z])(?!\s+(?:tot|nghiem))"
)
_CUE_BEFORE = re.compile(
    r"(?:^|(?<=[.;])\s)[ \t\-–•*]*(?P<cue>(?:thuc\s+hien|trien\s+khai)(?![a-z]))", re.MULTILINE
)
_LINE_CUE = re.compile(r"(?m)^[ \t\-–•*]*(?:thuc\s+hien|trien\s+khai)(?![a-z])")
# … or, in the text a report quotes, with its purpose word: "Để triển khai thực hiện quyết
# liệt, hiệu quả Chỉ thị số 55-CT/TW …, Thủ tướng Chính phủ yêu cầu …" (shadow text).
_QUOTED_CUE = re.compile(r"(?m)^[ \t\-–•*]*(?:de\s+)?(?:thuc\s+hien|trien\s+khai)(?![a-z])")
_CUE_SCAN = 400  # a document's opening cue stands in its first lines
# The opening's main clause: the body's own act, where the list of what it implements ends.
# (or run on after a semicolon: "Thực hiện Chương trình hành động số 38-CTr/TU … về việc thực
# hiện Chỉ thị số 18-CT/TW …; Căn cứ Kế hoạch số 48/KH-UBATGTQG …; Thông báo kết luận số
# 34/TB-UBND …, UBND tỉnh Vĩnh Phúc xây dựng Kế hoạch": the bases are no longer carried out)
_NEW_CLAUSE_LINE = re.compile(r"(?m)(?:^|;)[ \t\-–•*]*(?:xet|can\s+cu)\s")
_OPENING_ACT = re.compile(
    r"(?<![a-z])(?:xay\s+dung|ban\s+hanh|thong\s+nhat|de\s+ra|trien\s+khai)\s+"
    r"(?:ke\s+hoach|chuong\s+trinh|nghi\s+quyet|chi\s+thi|quyet\s+dinh|huong\s+dan|van\s+ban)"
)


# A row of a legal site's history of a document: "09/01/2015 Được sửa đổi 79/2014/QĐ-UBND".
_HISTORY_ROW = re.compile(
    r"[ \t|•*\-]*(?P<date>\d{1,2}/\d{1,2}/\d{4}[ \t|]*)?(?P<word>duoc|bi)\s"
)
# The heading of a legal site's history of a text ("Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND").
_HISTORY_TABLE = re.compile(r"(?<![a-z])lich\s+su\s+hieu\s+luc(?![a-z])")
_SENTENCE_BREAK = re.compile(rf"[;!?]|\.\s|\n(?!{WRAPPED_NEXT})")  # not a wrapped line
# Words a line cannot end a sentence with: after them a line break is a hard wrap, even
# before a capital ("… có hiệu lực thi hành từ ngày ký ban hành, thay thế\nNghị định số
# 39/2022/NĐ-CP", "… của\nChính phủ về …") (shadow text, before the break).
_RUNS_ON = re.compile(
    r"(?<![a-z])(?:cua|va|ve|theo|tai|boi|thay\s+the|bai\s+bo|sua\s+doi|bo\s+sung|can\s+cu"
    r"|thuc\s+hien|trien\s+khai|ban\s+hanh|huong\s+dan|quy\s+dinh|chi\s+tiet|luat|bo|so"
    r"|nghi\s+dinh|thong\s+tu|quyet\s+dinh)[ \t]*$"
)
# A legal site's note on a part of the text it stands in: "[Điểm này được sửa đổi bởi Khoản 4
# Điều 102 Luật Đầu tư công 2024 …]", "[Cụm từ "…" tại Khoản này được đính chính bởi …]".
_NOTE_ON_THIS_PART = re.compile(
    r"\[\s*(?:(?:dieu|khoan|diem|chuong|muc|phan|tiet|phu\s+luc)\s+nay|(?:cum\s+tu|noi\s+dung)"
    r"[^\]\[]{0,160}?)\s+(?:da\s+|nay\s+)?(?:duoc|bi|het\s+hieu\s+luc)\s"
)
_NOTE_REACH = 240
_PARTLY = re.compile(r"(?=[m1])(?<![a-z])(?:mot\s+phan|1\s+phan)(?![a-z])")  # "hết hiệu lực 1 phần"


# A line of a legal site's numbered list of related documents, its number glued to the title
# or after a space, without a period: "- 1Quyết định 5349/QĐ-UBND năm 2014 xử lý …", "- 2 Chỉ
# thị 16/CT-TTg năm 2021 về …", "- 10Nghị định 27/2022/NĐ-CP …" (thuvienphapluat.vn and its
# copies print them before or after the document).
_SITE_LIST_ITEM = (
    rf"[ \t]*-[ \t]*\d{{1,2}}[ \t]*(?:(?:bo\s+)?luat|phap\s+lenh|{TYPE_WORD_ALT})(?![a-z])"
)
# (led by the line break: sre then skips to each "\n" at C speed, as it cannot for "^")
_SITE_LIST_LINE = re.compile(rf"\n{_SITE_LIST_ITEM}")
_SITE_LIST_FIRST = re.compile(_SITE_LIST_ITEM)


def _in_site_lists(norm: NormalizedText, drafts: list[_Draft]) -> list[int | None]:
    """For each reference, the start of the site's list line it stands on (None when it stands
    on none). Two such lines at least make a list; one alone may be the text's own bullet."""
    starts = [m.start() + 1 for m in _SITE_LIST_LINE.finditer(norm.shadow)]
    if _SITE_LIST_FIRST.match(norm.shadow):
        starts.insert(0, 0)
    if len(starts) < 2:
        return [None] * len(drafts)
    found: list[int | None] = []
    for d in drafts:
        k = bisect.bisect_right(starts, d.start) - 1
        line_end = norm.shadow.find("\n", starts[k]) if k >= 0 else -1
        on_line = k >= 0 and (line_end < 0 or d.start < line_end)
        found.append(starts[k] if on_line else None)
    return found


def _in_site_notes(norm: NormalizedText, drafts: list[_Draft]) -> list[bool]:
    """Whether each reference stands in a legal site's note (see `SITE_NOTE`)."""
    if "[" not in norm.shadow:
        return [False] * len(drafts)
    return [site_note_at(norm.shadow, d.start) is not None for d in drafts]


_SPACED_NOTE = re.compile(rf"[ \t]*(?:{SITE_NOTE.pattern})[ \t]*")


def _lead_in(shadow: str, start: int, end: int) -> str:
    """The shadow text from `start` to `end` without the legal site's notes in it: "Sửa đổi,
    bổ sung một số điều của [Khoản này hết hiệu lực bởi … Luật Nhà ở 2023 …] Luật Nhà ở số
    65/2014/QH13" amends, and no note's "hết hiệu lực" repeals what follows it. A note that
    opened before `start` (its own "(VB hết hiệu lực: …)" broke the clause) is cut too.
    Empty when `end` is not after `start` (never the text's tail, as a slice to -1 would be)."""
    lead = shadow[start : max(start, end)]
    if "]" not in lead:
        return lead
    if "[" not in lead[: lead.find("]")] and (note := site_note_at(shadow, start)) is not None:
        lead = " " + lead[note.end() - start :].lstrip(" \t")
    if "[" not in lead:
        return lead
    return _SPACED_NOTE.sub(" ", lead)


def _on_this_part(norm: NormalizedText, d: _Draft) -> bool:
    """Whether `d` is named by a site's note on the part of the host it stands in."""
    opening = norm.shadow.rfind("[", max(0, d.lead_start - _NOTE_REACH), d.lead_start)
    if opening < 0 or "]" in norm.shadow[opening : d.lead_start]:
        return False
    return _NOTE_ON_THIS_PART.match(norm.shadow, opening) is not None


# "… Luật số 35/2018/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành": the host's
# entry into force ends the texts named before it in the sentence.
_ENDS_WITH_THIS = re.compile(
    rf"het\s+hieu\s+luc(?:\s+thi\s+hanh)?\s+(?:ke\s+)?tu\s+ngay\s+"
    rf"(?:{TYPE_WORD_ALT}|luat|bo\s+luat|phap\s+lenh)\s+nay\s+co\s+hieu\s+luc"
)


# The same sentence with the time put first: "2. Kể từ ngày Thông tư này có hiệu lực thi hành,
# Thông tư số 06/2024/TT-BKHĐT hết hiệu lực thi hành." (22/2024/TT-BKHĐT), "Kể từ ngày 01 tháng
# 01 năm 2024, Thông tư 08/2022/TT-BKHĐT … và Thông tư số 10/2015/TT-BKHĐT … hết hiệu lực thi
# hành." (01/2024/TT-BKHĐT): the sentence opens with "Kể từ ngày" and ends at the words.
_ENDS_AT_SENTENCE_END = re.compile(r"het\s+hieu\s+luc(?:\s+thi\s+hanh)?\s*[.;]")
_FROM_DAY_OPENS = re.compile(r"[ \t\n]*(?:\d{1,2}[.)][ \t]*)?ke\s+tu\s+ngay\s")


def _ended_with_this(norm: NormalizedText, drafts: list[_Draft],
                     relations: list[Relation]) -> list[Relation]:  # fmt: skip
    """The host REPEALS every whole text its entry-into-force sentence says ends with it (a
    text named with a part, "Điều 11, 12 và 13 Nghị định số …", only loses that part)."""
    shadow = norm.shadow
    cues = []
    at = shadow.find("het hieu luc")
    while at >= 0:  # str.find first: the pattern alone would scan the whole text in Python's re
        if (cue := _ENDS_WITH_THIS.match(shadow, at)) is not None or (
            (cue := _ENDS_AT_SENTENCE_END.match(shadow, at)) is not None
            and _FROM_DAY_OPENS.match(shadow, _sentence(norm, at, cue.end())[0])
        ):
            cues.append(cue)
        at = shadow.find("het hieu luc", at + 12)
    if not cues:
        return relations
    ended: set[int] = set()
    starts = [d.start for d in drafts]
    for cue in cues:
        a, _ = _sentence(norm, cue.start(), cue.end())
        for j in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, cue.start())):
            d = drafts[j]
            if d.code is not None and not provision_before(shadow, norm.text, d.lead_start):
                ended.add(j)
    if not ended:
        return relations
    return [
        replace(r, type=RelationType.REPEALS, label="ends_with_this")
        if r.source == HOST and r.reference in ended and r.type is not RelationType.REPLACES
        else r
        for r in relations
    ]


# A law named in a list after another: ", Luật Tài nguyên nước số ", " và Bộ luật Hàng hải Việt
# Nam số " (shadow text from the end of the previous reference; not ", Luật số ").
_NAMED_LAW_ITEM = re.compile(
    r"\s*[,;]?\s*(?:va\s+)?(?:bo\s+)?luat\s+(?!so(?![a-z]))[a-z][a-z ,\-]{0,120}?"
    r"\s*(?:so\s*:?\s*)?"
)
# What the host does to a text it also does to the texts that amended it, as written:
# "Sửa đổi, bổ sung … của Luật Xử lý vi phạm hành chính số 15/2012/QH13 đã được sửa đổi, bổ
# sung một số điều theo Luật số 54/2014/QH13 và Luật số 18/2017/QH14", "Căn cứ Luật Đất đai
# số 31/2024/QH15 được sửa đổi, bổ sung bởi các Luật số 43/2024/QH15 …".
_AS_AMENDED = frozenset({
    RelationType.BASED_ON, RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS,
    RelationType.SUSPENDS,
})  # fmt: skip


# An item of a lettered or numbered list: "a) ", "2) " (shadow text).
_ITEM_MARK = re.compile(r"[ \t]*(?:[a-z]|\d{1,2})\)[ \t]*")
# A line that goes on with the item's provisions: "khoản 1 và khoản 5 Điều 54;", "Điều 2 và …"
# (a PDF's line broken after "Khoản 5"); in the normalized text.
_ITEM_GOES_ON = re.compile(r"[ \t]*(?:[a-zđà-ỹ]|(?:Điều|Khoản|Điểm|Mục|Chương)\s)")
# An item that names only parts of the text it ends: "Khoản 1 và khoản 2 Điều 22 ", "các
# Mẫu số 01/ĐK, 02/ĐK ", "Khoản 5 Điều 2 và khoản 2 Điều 16 của Luật Quy hoạch đô thị và nông
# thôn số " (shadow text from the item's mark to the reference).
_PARTS_ONLY = re.compile(
    r"(?:[\s,;.]|(?:cac|dieu|khoan|diem|muc|chuong|phan|phu|luc|mau|bieu|so|va|cua|tiet)"
    r"(?![a-z])|[ivxl]+(?![a-z])|\d+[a-z]?(?:[/\-][a-z0-9]+)*|[a-z](?![a-z]))*"
    r"(?:(?:bo\s+)?luat\s+[a-z][a-z ,\-]{0,120}?\s*(?:so\s*:?\s*)?)?"
)
_PART_WORD = re.compile(r"(?<![a-z])(?:dieu|khoan|diem|muc|chuong|phan|phu\s+luc|mau)(?![a-z])")
_ITEM_LINES = 8  # lines one item may run over
_LIST_LINES = 60  # lines from a list's intro to an item
# What an intro may say of the parts its items list: "4. Các quy định sau đây hết hiệu lực kể
# từ ngày Nghị định này có hiệu lực thi hành", "Thay thế cụm từ … tại các luật, nghị quyết sau
# đây:", "Bãi bỏ các quy định sau:".
_LISTED_ACTS = frozenset({
    RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS, RelationType.SUSPENDS,
    RelationType.CORRECTS,
})  # fmt: skip


def _listed_under(norm: NormalizedText, d: _Draft) -> tuple[Classification, int] | None:
    """The act of a list's intro for an item that names only parts of a text: "4. Các quy
    định sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành\na) Khoản 1 và
    khoản 2 Điều 22 Nghị định số 71/2024/NĐ-CP;" — the intro's act befalls every item."""
    shadow, text = norm.shadow, norm.text
    line = shadow.rfind("\n", 0, d.lead_start) + 1
    for _ in range(_ITEM_LINES):
        if _ITEM_MARK.match(shadow, line) or line == 0 or not _ITEM_GOES_ON.match(text, line):
            break
        line = shadow.rfind("\n", 0, line - 1) + 1
    mark = _ITEM_MARK.match(shadow, line)
    if mark is None or not _PARTS_ONLY.fullmatch(shadow, mark.end(), d.lead_start):
        return None
    for _ in range(_LIST_LINES):  # up to the line before the list's first item
        if line == 0:
            return None
        above = shadow.rfind("\n", 0, line - 1) + 1
        if _ITEM_MARK.match(shadow, above) or _ITEM_GOES_ON.match(text, above):
            line = above
            continue
        found = classify_relation(shadow[above : line - 1])
        return (found, mark.end()) if found.type in _LISTED_ACTS else None
    return None


# An item that is a whole text, its mark right before it: "1. Chỉ thị số …", "c) Thông tư …"
# (shadow text from the line's start to the reference).
_WHOLE_TEXT_ITEM = re.compile(r"[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]*")
_ARTICLE_HEADING = re.compile(r"(?<=\n)[ \t]*(dieu)\s+\d{1,3}[a-z]?\.[ \t]*([^\n]*)")
_HEADING_REACH = 8000  # how far above an item its article's heading is looked for
# An annex's heading over a list of texts repealed whole (shadow text; see `_headed_by_repeal`)
_REPEAL_LIST_HEADING = re.compile(
    r"danh\s+muc\s+(?:cac\s+)?van\s+ban[^\n]{0,60}?(bai\s+bo\s+toan\s+bo)(?![a-z])"
)
_LIST_HEADING_REACH = 20000  # how far above an item its annex's list heading is looked for


def _headed_by_repeal(norm: NormalizedText, d: _Draft) -> Classification | None:
    """The repeal an article's heading states, for an item of its list that is a whole text:
    "Điều 1. Bãi bỏ toàn bộ 15 văn bản quy phạm pháp luật\n1. Chỉ thị số 03/2005/CT-BTS …\n2.
    Chỉ thị số 77/2007/CT-BNN …" (Thông tư 18/2021/TT-BNNPTNT; the heading's words are no
    intro line right above the items, and its items run over pages). Not under a heading
    that repeals parts ("Bãi bỏ một phần …"): there an item's parts are named in it."""
    shadow, text = norm.shadow, norm.text
    line = shadow.rfind("\n", 0, d.lead_start) + 1
    if not _WHOLE_TEXT_ITEM.fullmatch(shadow, line, d.lead_start):
        return None
    last = None  # the article's heading: the last one above the item
    for m in _ARTICLE_HEADING.finditer(shadow, max(0, line - _HEADING_REACH), line):
        if text.startswith("Điều", m.start(1)):  # (a heading, not "điều 9. …" run on)
            last = m
    # An annex's list heading in capitals after it: "Phụ lục I\nDANH MỤC VĂN BẢN QUY PHẠM
    # PHÁP LUẬT BÃI BỎ TOÀN BỘ\n(Kèm theo Thông tư số 18/2022/TT-BLĐTBXH …)\nI. Lĩnh vực …\n1.
    # Thông tư số 28/2005/TT-LĐTBXH …" (18/2022/TT-BLĐTBXH, whose Điều 1 repeals the texts
    # "tại Phụ lục I"): the items are the texts repealed whole; under another list's heading
    # ("DANH MỤC VĂN BẢN … HẾT HIỆU LỰC TOÀN BỘ HOẶC MỘT PHẦN", a ministry's published list)
    # they are not the article's
    floor = max(0, line - _LIST_HEADING_REACH, last.end() if last is not None else 0)
    at = shadow.rfind("danh muc", floor, line)
    while at >= 0 and not text.startswith("DANH", at):
        at = shadow.rfind("danh muc", floor, at)
    if at >= 0:
        listed = _REPEAL_LIST_HEADING.match(shadow, at)
        return classify_relation(listed.group(1) + " ") if listed else None
    if last is None:
        return None
    heading = last.group(2)
    found = classify_relation(heading + " ")
    return found if found.type is RelationType.REPEALS and "mot phan" not in heading else None


def _parts_named(norm: NormalizedText, start: int, end: int) -> str | None:
    """The parts of a text named before it, as written ("Khoản 3 Điều 7" of "Khoản 3 Điều 7
    của Luật thuế giá trị gia tăng số "), where the provision reader finds none for a name
    between them; None when no part is named."""
    words = " ".join(norm.text[start:end].split())
    cut = re.search(r"\s(?:của|tại)\s", words)
    words = (words[: cut.start()] if cut else words).strip(" ,;.")
    return words if words and _PART_WORD.search(shadow_of(words).lower()) else None


# An item that repeals parts or words without naming their text: "12. Bãi bỏ khoản 3 Điều
# 79.", "a) Bãi bỏ khoản 3 và khoản 4;", "l) Bỏ cụm từ “điểm b và” tại điểm a khoản 3 Điều
# 176;" (shadow text; the parts follow).
_PARTS_REPEALED = re.compile(
    r"[ \t]*(?:\d{1,3}|[a-z])[.)][ \t]*(?P<verb>bai\s+bo|bo\s+(?:cac\s+)?(?:tu|cum\s+tu)\s*"
    r"[“\"][^”\"\n]{0,200}[”\"]\s*tai)\s+"
)
_REPEALING_WORDS = ("bai bo ", "bo tu ", "bo cum tu ", "bo cac tu ", "bo cac cum tu ")
# One scan for any of them (five str.find scans of the whole text cost six times as much); a
# word skipped inside another's match lies on the same line, and only the lines are kept.
_REPEALING_WORD = re.compile("|".join(map(re.escape, _REPEALING_WORDS)))
_AMENDED = frozenset({RelationType.AMENDS})


def _repealed_parts(norm: NormalizedText, drafts: list[_Draft],
                    classes: list[Classification | None],
                    layout: Layout) -> list[Relation]:  # fmt: skip
    """An amending text's item that repeals parts or words without naming their text repeals
    them from the text it is amending: in Luật số 35/2018/QH14, "Điều 11. Sửa đổi, bổ sung
    một số điều của Luật Tài nguyên, môi trường biển và hải đảo … 12. Bãi bỏ khoản 3 Điều 79."
    repeals a part of 82/2015/QH13 (the text the last amending cue before it acts on)."""
    shadow = norm.shadow
    found: list[Relation] = []
    starts = [d.start for d in drafts]
    items = {shadow.rfind("\n", 0, m.start()) + 1 for m in _REPEALING_WORD.finditer(shadow)}
    for line in sorted(items):
        item = _PARTS_REPEALED.match(shadow, line)
        if item is None:
            continue
        end = shadow.find("\n", item.end())
        end = len(shadow) if end < 0 else end
        parts = shadow[item.end() : end].rstrip(" \t.;:")
        if not parts or not _PARTS_ONLY.fullmatch(parts) or "luat" in parts:
            continue
        k = bisect.bisect_left(starts, line) - 1
        if k + 1 < len(drafts) and drafts[k + 1].start < end:
            continue  # the item names a text: its own cue types it
        while k >= 0 and (drafts[k].parent is not None or drafts[k].alias):
            k -= 1
        acting = classes[k] if k >= 0 else None
        code = drafts[k].code if k >= 0 else None
        if acting is None or acting.type not in _AMENDED or code is None:
            continue
        if site_note_at(shadow, drafts[k].start) is not None:
            continue
        oa, ob = norm.to_original(line, end)
        evidence = Evidence(oa, ob, norm.original[oa:ob])
        cue = " ".join(item.group("verb").split()[:3])
        part = " ".join(norm.text[item.end() : end].split()).rstrip(".;:")
        found.append(Relation(HOST, code.canonical, RelationType.REPEALS, "repeals_part", cue,
                              layout.position(line), evidence, k, part))  # fmt: skip
    return found


def _law_listed_after(norm: NormalizedText, drafts: list[_Draft],
                      classes: list[Classification | None],
                      j: int) -> Classification | None:  # fmt: skip
    """The cue of a list for a law named in it after another item: "… của Luật Giao thông
    đường thủy nội địa số 23/2004/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số
    48/2014/QH13 và Luật số 97/2015/QH13, Luật Tài nguyên nước số 17/2012/QH13, …". A law
    named after a passive's list ("đã được sửa đổi … theo Luật số A và Luật số B") is an item
    of the outer list, not of the passive's: it takes the cue of the text the passive acts
    on. A name between the items keeps them from coordinating as codes do."""
    d = drafts[j]
    if j == 0 or drafts[j - 1].parent != d.parent or classes[j - 1] is None:
        return None
    prev = drafts[j - 1]
    gap_start = max(prev.end, prev.tail.end)
    if gap_start > d.start:
        return None
    gap = norm.shadow[gap_start : d.start]
    named = ("by_name" in d.flags and _COORDINATION_GAP.fullmatch(gap)) or (
        _NAMED_LAW_ITEM.fullmatch(gap)
    )
    if not named:
        return None
    found = classes[j - 1]
    if found is not None and found.label == "acted_on_by":
        k = _acted_on(norm, drafts, j - 1)
        found = classes[k] if k is not None else None
    return found if found is not None and found.cue is not None else None


def _as_amended(norm: NormalizedText, drafts: list[_Draft],
                classes: list[Classification | None], j: int) -> Classification | None:  # fmt: skip
    """What the host does to a text that amended the one it acts on or stands on (see
    `_AS_AMENDED`); None where the passive tells of the host itself, or of no act of it."""
    if any(_befalls_host(norm, drafts[j])) or site_note_at(norm.shadow, drafts[j].lead_start):
        return None  # a site's note tells what befell a text; the host does nothing in it
    k = _acted_on(norm, drafts, j)
    if k is None or drafts[k].parent is not None:
        return None
    found = classes[k]
    if found is None or found.type not in _AS_AMENDED:
        return None
    return Classification(found.type, "as_amended", found.cue)

# What a text does to another that a consolidated text only quotes.
_QUOTED_ACTS = frozenset({
    RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS, RelationType.SUSPENDS,
    RelationType.CORRECTS, RelationType.GUIDES,
})  # fmt: skip


def _quoted_acts(relations: list[Relation]) -> list[Relation]:
    """A consolidated text (VBHN) amends nothing: its notes quote the amending laws' own
    openings ("Luật sửa đổi, bổ sung một số điều của các luật về thuế số 71/2014/QH13 có căn
    cứ ban hành như sau: … Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Thuế
    thu nhập doanh nghiệp số 14/2008/QH12 …"); what it says it does to them it only cites."""
    return [
        replace(r, type=RelationType.CITES, label="quotes")
        if r.source == HOST and r.type in _QUOTED_ACTS
        else r
        for r in relations
    ]


# The kinds of text that exist to detail and carry out laws (Luật Ban hành văn bản quy phạm
# pháp luật: a decree details the articles a law gives it and the measures to carry it out; a
# circular details what a law or decree gives a minister).
_DETAILING_KINDS = frozenset({"NĐ", "TT", "TTLT"})
# Bodies whose normative texts guide the application of laws: the Supreme People's Court's
# Council of Judges ("Nghị quyết số 01/2020/NQ-HĐTP hướng dẫn áp dụng …").
_GUIDING_ISSUERS = frozenset({"HĐTP"})
# The laws that give the issuer its power, not the matter it regulates: "Căn cứ Luật Tổ chức
# Chính phủ …", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
# chính quyền địa phương …", "Luật Ban hành văn bản quy phạm pháp luật" (shadow text).
_AUTHORITY_LAW = re.compile(
    r"(?<![a-z])(?:luat|cac\s+luat)\s+(?:to\s+chuc\s+(?:chinh\s+phu|chinh\s+quyen|quoc\s+hoi"
    r"|toa\s+an|vien\s+kiem\s+sat)|ban\s+hanh\s+van\s+ban)"
)
# Where the text says it details or guides, as its own statement: "Nghị định này quy định
# chi tiết về hồ sơ …", "Chính phủ ban hành Nghị định quy định chi tiết về đất trồng lúa",
# "Nghị quyết này hướng dẫn áp dụng …" (not "… theo Nghị định quy định chi tiết … Luật Xử lý
# vi phạm hành chính", another decree described).
_OWN_KIND_WORD = r"(?:nghi\s+dinh|thong\s+tu(?:\s+lien\s+tich)?|nghi\s+quyet)"
_SAYS_IT_DETAILS = re.compile(
    rf"(?=[ntb])(?<![a-z])(?:{_OWN_KIND_WORD}\s+nay|ban\s+hanh\s+{_OWN_KIND_WORD})\s+"
    r"(?:quy\s+dinh\s+chi\s+tiet|huong\s+dan|quy\s+dinh\s+(?:va\s+huong\s+dan\s+)?thi\s+hanh)"
    r"(?![a-z])"
)
_STATEMENT_SCAN = 12000  # a text says what it details in its opening or its first article
_DETAILS = Classification(RelationType.GUIDES, "details_basis", "can cu")


def _details_its_laws(norm: NormalizedText, drafts: list[_Draft],
                      relations: list[Relation]) -> list[Relation]:  # fmt: skip
    """A decree or circular that says it details, and names no law there, details the laws
    it stands on: Nghị định số 112/2024/NĐ-CP "quy định chi tiết về đất trồng lúa" on "Căn cứ
    Luật Đất đai ngày 18 tháng 01 năm 2024;", Thông tư số 12/2015/TT-BTC "quy định chi tiết thủ
    tục cấp Chứng chỉ nghiệp vụ khai hải quan" on "Căn cứ Luật Hải quan số 54/2014/QH13"
    (thuvienphapluat.vn's notes say each guides the law). The basis stays; GUIDES is added. A
    law the statement names ("quy định thi hành Bộ luật Dân sự") is typed where it stands;
    the laws that only give the issuer its power (`_AUTHORITY_LAW`) and the National
    Assembly's resolutions are no matter detailed. A decree that only says it regulates
    ("quy định về giá đất") keeps its bases: the publisher's "hướng dẫn" there is its own
    judgement, not the text's words (the labelled sets type such bases BASED_ON only)."""
    shadow = norm.shadow
    says = list(_SAYS_IT_DETAILS.finditer(shadow, 0, min(len(shadow), _STATEMENT_SCAN)))
    if not says:
        return []
    starts = [d.start for d in drafts]
    statements: list[str] = []
    for m in says:
        if _in_quotation(norm, m.start()):
            continue  # a provision an amending text quotes: "“2. … Thông tư này hướng dẫn …"
        _, end = _sentence(norm, m.start(), m.end())
        for d in drafts[bisect.bisect_left(starts, m.end()) : bisect.bisect_left(starts, end)]:
            if d.code is not None and d.mention != "self":
                # it names what it details: a law, or a decree ("Bộ trưởng Bộ Nội vụ ban hành
                # Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định
                # số 337/2025/NĐ-CP …" stands on eight laws and details none of them)
                return []
        statements.append(" ".join(shadow[m.end() : end].split()))
    if not statements:
        return []
    found: list[Relation] = []
    for r in relations:
        if r.source != HOST or r.type is not RelationType.BASED_ON or r.label != "based_on":
            continue
        d = drafts[r.reference]
        if not _is_law(d):
            continue
        clause = _last_of(norm.shadow, "\n;", 0, d.lead_start) + 1
        if _AUTHORITY_LAW.search(norm.shadow, clause, d.end):
            continue
        found.append(replace(r, type=_DETAILS.type, label=_DETAILS.label))
    # A statement that names a law by its name alone details that law only: Nghị định số
    # 187/2026/NĐ-CP "quy định chi tiết một số điều của Luật Phục hồi, phá sản …" on "Căn cứ
    # Luật Phục hồi, phá sản số 142/2025/QH15", "Căn cứ Luật Hợp tác xã số 17/2023/QH15" …
    # A law named with its type word goes first: 187/2026/NĐ-CP's "… của doanh nghiệp có vốn
    # nhà nước" is no "Luật Doanh nghiệp" (edge audit round 4), while 22/2026/TT-BTC's "cơ sở
    # dữ liệu về quy hoạch" names Luật Quy hoạch and Luật Dữ liệu by their matter alone.
    for typed in (True, False):
        named = [
            r for r in found if _law_named_in(shadow, drafts[r.reference], statements, typed=typed)
        ]
        if named:
            return named
    return found


_QUOTE_REACH = 3000  # how far back a quotation's opening mark is looked for


def _in_quotation(norm: NormalizedText, at: int) -> bool:
    """Whether `at` stands inside a quotation opened with "“" and not yet closed (a provision
    an amending text quotes: Thông tư 95/2025/TT-BTC "b) Sửa đổi, bổ sung khoản 2 Điều 9 như
    sau: “2. … Ngoài ra, Thông tư này hướng dẫn cụ thể …"). The marks are read in the original
    text: normalizing makes both of them '"'."""
    at = norm.to_original(at, at + 1)[0]
    opened = norm.original.rfind("“", max(0, at - _QUOTE_REACH), at)
    return opened >= 0 and norm.original.find("”", opened, at) < 0


def _law_named_in(shadow: str, d: _Draft, statements: list[str], *, typed: bool) -> bool:
    """Whether a basis law's name ("phuc hoi, pha san" in "Căn cứ Luật Phục hồi, phá sản số
    142/2025/QH15;") stands in one of the text's statements of what it details; `typed`: with
    its type word before it ("luat phuc hoi, pha san")."""
    clause = _last_of(shadow, "\n;", 0, d.lead_start) + 1
    seg = " ".join(shadow[clause : max(d.end, d.lead_start)].split())
    m = _LAW_NAME.search(seg)
    if m is None:
        return False
    name = _LAW_NAME_END.split(m.group(2), maxsplit=1)[0].strip(" ,")
    if len(name.split()) < 2:
        return False  # ("Luật số 56/2024/QH15 …": no name; "Luật Cư trú": one word too few)
    word = rf"{re.escape(m.group(1))}\s" if typed else ""
    named = rf"(?<![a-z]){word}{re.escape(name)}(?![a-z])"
    return any(re.search(named, s) for s in statements)


# a law's name without its type word: "Căn cứ Luật Quy hoạch số 112/2025/QH15" is the law that
# 22/2026/TT-BTC "hướng dẫn nội dung và yêu cầu kỹ thuật của cơ sở dữ liệu về quy hoạch"
# details, not Luật Đo đạc và bản đồ nor Luật Dữ liệu beside it
_LAW_NAME = re.compile(r"(?<![a-z])((?:bo\s)?(?:luat|phap\slenh))\s(.*)")
_LAW_NAME_END = re.compile(r"\s+(?:(?:so|ngay)\s+)?\d|;")  # (its number or date follows)


def _is_law(d: _Draft) -> bool:
    """Whether a reference names a law or an ordinance (not "Nghị quyết số 190/2025/QH15")."""
    code = d.code
    if code is None or code.kind not in ("", "PL") or not code.issuer.startswith(("QH", "UBTVQH")):
        return False
    return d.type_word in (None, "luat", "bo luat", "phap lenh")


@functools.lru_cache(maxsize=1)
def _has_history_table(shadow: str) -> bool:
    """Whether the text holds a legal site's history table: looked for once per text (each
    passive row asks; a catalog of thousands of rows made it quadratic)."""
    return _HISTORY_TABLE.search(shadow) is not None


def _befalls_host(norm: NormalizedText, d: _Draft) -> tuple[bool, bool]:
    """Whether the passive before `d` tells of the host: a site's note on a part of it or a
    partial end ("Bị hết hiệu lực 1 phần"), or a row of a legal site's history of it."""
    line = norm.shadow.rfind("\n", 0, d.lead_start) + 1
    part = _on_this_part(norm, d) or bool(_PARTLY.search(norm.shadow, line, d.lead_start))
    row = _HISTORY_ROW.match(norm.shadow, line, d.lead_start)
    # (a row names its event in capitals or after its date: "25/10/2008 Được bổ sung …"; a
    # line that opens with "được" in lower case is a sentence wrapped after "đã": "… số
    # 64/2025/QH15 đã\nđược sửa đổi, bổ sung một số điều theo Luật số 87/2025/QH15")
    # (and a row without its date only under a history table: a catalog of ended texts,
    # "Nghị định số 38/2022/NĐ-CP … \nĐược thay thế bởi Nghị định số 74/2024/NĐ-CP", tells
    # what befell the text named before it)
    history = row is not None and (
        row.group("date") is not None
        or (norm.text[row.start("word")].isupper() and _has_history_table(norm.shadow))
    )
    return part, history


def _acting_list_item(norm: NormalizedText, drafts: list[_Draft],
                      classes: list[Classification | None], j: int) -> Classification | None:
    """The passive's class when reference `j` is the next item of a list of acting texts: the
    one before it is a passive's acting text, a comma alone between them (its date aside), the
    two of one kind, and `j` named bare (no subject of its own: "… bởi Nghị định số
    187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 và Nghị định số 79/2025/NĐ-CP … của Chính phủ về
    kiểm tra …" names a second basis, not an amender)."""
    if j == 0 or (prev_class := classes[j - 1]) is None or prev_class.label != "acted_on_by":
        return None
    d, prev = drafts[j], drafts[j - 1]
    if (d.parent != prev.parent or d.type_word is None or prev.type_word is None
            or d.code is None or prev.code is None or d.code.kind != prev.code.kind
            or d.tail.subject_span is not None):  # fmt: skip
        return None
    gap_start = max(prev.tail.end, prev.end)
    if not (gap_start <= d.lead_start and _COMMA_GAP.fullmatch(norm.text, gap_start, d.lead_start)):
        return None
    return prev_class


def _acted_on(norm: NormalizedText, drafts: list[_Draft], j: int) -> int | None:
    """The text a passive before reference `j` acts on: "Luật Đất đai số 31/2024/QH15 được
    sửa đổi, bổ sung bởi các Luật số 43/2024/QH15, số 47/2024/QH15" — both 43/2024/QH15 and
    47/2024/QH15 act on 31/2024/QH15, the reference before the list, in the same sentence."""
    d = drafts[j]
    first = j  # "… theo Luật số A, Luật số B và Luật số C": one list acts on one text
    while (listed := drafts[first].coordinated_with) is not None and listed < first:
        first = listed
    k = first - 1
    while k >= 0 and (
        (drafts[k].parent is not None and drafts[k].parent != d.parent)
        or ("]" in norm.shadow[drafts[k].end : d.lead_start]
            and site_note_at(norm.shadow, drafts[k].start) is not None)
    ):  # fmt: skip
        k -= 1  # past the documents named in the subject of the one acted on, or in a note
    acted_on = drafts[k] if k >= 0 else None
    if acted_on is None or acted_on.code is None or acted_on.parent != d.parent:
        return None
    if _breaks_sentence(norm, acted_on.end, d.lead_start):
        return None
    return k


def _breaks_sentence(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether a sentence ends in [start, end): `_SENTENCE_BREAK`, except a line break after
    words that cannot end one (`_RUNS_ON`: "… của\nChính phủ", a hard-wrapped line)."""
    for m in _SENTENCE_BREAK.finditer(norm.text, start, end):
        at = m.start()
        if norm.text[at] == "\n" and _RUNS_ON.search(norm.shadow, max(start, at - 16), at):
            continue
        return True
    return False


# A part named right before a text's type word ("… khoản 5 Điều 9a Thông tư số …", shadow)
_PART_BEFORE = re.compile(
    r"(?<![a-z])(?:dieu|khoan|diem|muc|chuong|phu\s+luc)\s+[0-9a-z.]{1,6}\s*(?:cua\s+)?$"
)
_PART_BEFORE_REACH = 40
_PASSIVE_WORD = re.compile(r"(?<![a-z])(?:duoc|bi)\s")


def _passive_acts(norm: NormalizedText, drafts: list[_Draft],
                  classes: list[Classification | None],
                  host_code: str | None) -> list[Relation]:  # fmt: skip
    """What a passive says one cited text does to another: "Luật … số 15/2017/QH14 được sửa
    đổi, bổ sung bởi Luật số 56/2024/QH15" gives 56/2024/QH15 AMENDS 15/2017/QH14; a legal
    site's history row ("09/01/2015 Được sửa đổi 79/2014/QĐ-UBND") says it of the host."""
    found: list[Relation] = []
    for j, (d, cls) in enumerate(zip(drafts, classes, strict=True)):
        if cls is None or cls.label != "acted_on_by" or cls.cue is None or d.code is None:
            continue
        if d.alias:
            continue
        part, history = _befalls_host(norm, d)
        if part or history:
            target, k = host_code, None  # the row's or the note's event befell the host
        else:
            k = _acted_on(norm, drafts, j)
            code = drafts[k].code if k is not None else None
            if k is None or code is None:
                continue
            if (before := classes[k]) is not None and before.label == "acted_on_by" and (
                _PASSIVE_WORD.search(norm.shadow, drafts[k].end, d.lead_start) is None
            ):
                # "Mẫu này được thay thế theo quy định tại khoản 7 Điều 45 Nghị định số
                # 15/2019/NĐ-CP … và khoản 8 Điều 1 Nghị định số 04/2023/NĐ-CP …" (a
                # consolidated text's footnote): the text before is the passive's first agent,
                # not what the second acts on
                continue
            target = code.canonical
        active = active_of_passive(cls.cue)
        if active is None or target is None or target == d.code.canonical:
            continue
        if part and active.type in ENDS_FORCE:
            # "[Điều này bị bãi bỏ bởi …]", "Bị hết hiệu lực 1 phần": a part goes, the
            # document stays in force, amended
            active = Classification(RelationType.AMENDS, "amends", active.cue)
        elif active.type is RelationType.REPLACES and k is not None and _PART_BEFORE.search(
            norm.shadow, max(0, drafts[k].lead_start - _PART_BEFORE_REACH), drafts[k].lead_start
        ):
            # "Khoản 2, khoản 5 Điều 9a Thông tư số 120/2020/TT-BTC được thay thế bởi khoản 2
            # Điều 40k Thông tư số 119/2020/TT-BTC" (10/VBHN-BTC): clauses replaced, the text
            # amended and in force (as "Thay thế khoản …", the rule "replaces_part")
            active = Classification(RelationType.AMENDS, "replaces_part", active.cue)
        a, b = _sentence(norm, d.start, d.end)
        oa, ob = norm.to_original(a, b)
        evidence = Evidence(oa, ob, norm.original[oa:ob])
        found.append(Relation(d.code.canonical, target, active.type, active.label, cls.cue,
                              "nested", evidence, j if k is None else k))  # fmt: skip
    return found


def _opens_sentence(norm: NormalizedText, cue: re.Match[str]) -> bool:
    """Whether a line's cue opens a sentence as written ("Thực hiện …"): not a PDF's wrapped
    line going on in lower case ("… về việc\ntriển khai chương trình …"), nor a title in
    capitals ("THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG …")."""
    at = cue.end() - len(cue.group().lstrip(" \t\n-–•*+"))
    word = norm.text[at : at + 2]
    return len(word) == 2 and word[0].isupper() and word[1].islower()


def _opening_list(norm: NormalizedText, drafts: list[_Draft],
                  classes: list[Classification | None], layout: Layout, *,
                  report: bool = False) -> None:  # fmt: skip
    """Give every document listed after an opening's "Thực hiện" the cue's type.

    "Thực hiện Chỉ thị số 30/CT-UBND … về …; Công điện số 30/CĐ-UBND … về …, Công văn số …
    UBND xã xây dựng Kế hoạch": the long subjects between the items hide the list from the
    coordination check, but the opening's cue governs every item before the body's own act.
    A document's cue opens one of its first lines; a report's opening joins its lead to the
    reported text's own opening further down, whose cue may stand anywhere in it.
    """
    if layout.opening is None:
        return
    a, b = layout.opening
    cue = _OPENING_CUE.match(norm.shadow, a, b)
    if cue is None:  # "Tổ chức hoạt động … / ---- / Thực hiện …": the cue opens a later line
        scan_end = b if report else min(b, a + _CUE_SCAN)
        line = next((m for m in _LINE_CUE.finditer(norm.shadow, a, scan_end)
                     if _opens_sentence(norm, m)), None)  # fmt: skip
        cue = _OPENING_CUE.match(norm.shadow, line.start(), b) if line else None
    if cue is None:
        return
    a = cue.start()
    # The first act that no item's subject holds: "Nghị quyết số 117/NQ-CP … của Chính phủ ban
    # hành Kế hoạch …; Chỉ thị số 30-CT/TU …" goes on to "UBND tỉnh ban hành Kế hoạch".
    subjects = [s for d in drafts if (s := d.tail.subject_span) is not None and a <= d.start < b]
    end = b
    # a consideration on its own line ends the list: "Xét đề nghị … tại Tờ trình số …"
    clause = _NEW_CLAUSE_LINE.search(norm.shadow, cue.end(), b)
    if clause is not None:
        end = b = clause.start()
    for act in _OPENING_ACT.finditer(norm.shadow, cue.end(), b):
        if not any(s.start <= act.start() < s.end for s in subjects):
            end = act.start()
            break
    lead = Classification(RelationType.IMPLEMENTS, "implements", " ".join(cue.group().split()))
    for j, d in enumerate(drafts):
        if not a <= d.start < end or d.parent is not None or d.code is None:
            continue
        found = classes[j]
        if found is not None and found.cue is None:
            classes[j] = lead


# "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Căn cứ pháp lý:": a section that lists the bases.
# (Spaces before an optional numbering and after it are one run when it is absent: written as
# two adjacent runs, a long run of spaces before no "căn cứ" was tried split every way.)
_BASIS_SECTION = re.compile(
    r"[ \t]*(?:(?:[ivx]+\s*[.\-)]|\d+\s*[.)]|[a-z]\))[ \t]*)?can\s+cu\b[^\n.;]{0,60}(?:\n|$)"
    r"|[ \t]*(?:[ivx]+\s*[.\-)])[ \t]*can\s+cu\b"
)
# The next section: "II. MỤC ĐÍCH, YÊU CẦU" (roman numeral at a line start).
_NEXT_SECTION = re.compile(r"(?m)^[ \t]*[ivx]+\s*[.\-)]\s")
# The proposal clause that follows the bases of an act ends them: "Xét đề nghị của Sở … tại Tờ
# trình số …", "Theo đề nghị …", "Sau khi xem xét Tờ trình số …" (a council's resolution); on
# a line of its own "Xét" alone opens it, run on after ";" only "Xét đề nghị" does.
_PROPOSAL = r"theo\s+de\s+nghi(?![a-z])|sau\s+khi\s+xem\s+xet(?![a-z])"
# What ends a "Căn cứ …;" list: a sentence end, or the next clause ("Xét đề nghị …"); not a
# colon that labels an item's number ("Nghị định: 09/2006/NĐ-CP", "Nghị định số: 23/2006/…").
_BASIS_LIST_ENDS = re.compile(
    r"\.\s|:\s(?![ \t]*\d+[ \t]*[/\-])|\n\s*(?:xet|theo|quyet\s+dinh)(?![a-z])"
    rf"|;\s*(?:xet\s+de\s+nghi(?![a-z])|{_PROPOSAL})"  # run-on
)
_SECTION_MAX = 6000  # a basis section without a next heading ends this far after its own
# (led by the line break, which sre finds at C speed)
_PROPOSAL_LINE = re.compile(rf"\n[ \t\-–•*]*(?:xet(?![a-z])|{_PROPOSAL})")
_BASIS = Classification(RelationType.BASED_ON, "based_on", "can cu")


def _basis_headings(shadow: str) -> list[re.Match[str]]:
    """`_BASIS_SECTION` matched at the start of each line that holds "can cu" (found with
    str.find: trying the pattern at every line of a long text costs more)."""
    found: list[re.Match[str]] = []
    pos = shadow.find("can cu")
    while pos >= 0:
        line = shadow.rfind("\n", 0, pos) + 1
        m = _BASIS_SECTION.match(shadow, line)
        if m is not None and (not found or found[-1].start() != m.start()):
            found.append(m)
        # the line's other "can cu" would try the same start again
        line_end = shadow.find("\n", pos)
        pos = -1 if line_end < 0 else shadow.find("can cu", line_end)
    return found


def _basis_lists(norm: NormalizedText, drafts: list[_Draft],
                 classes: list[Classification | None], layout: Layout) -> None:  # fmt: skip
    """Type the items of a list as its cue does, and the items of a basis section BASED_ON.

    A cue goes on after semicolons: "Căn cứ Quyết định số 389/QĐ-TTg …; Quyết định số
    09/QĐ-TTg …; …", "… chỉ đạo triển khai thực hiện … Chỉ thị số 20-CT/TW … về …; Quyết
    định số 37/2010/QĐ-TTg … về …;". A section headed "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" names
    the bases in numbered or bulleted items.
    """
    shadow = norm.shadow
    previous: int | None = None
    for j, d in enumerate(drafts):
        if d.parent is not None or d.code is None or d.alias:
            continue  # "(sau đây gọi là Chương trình số 10-CTr/TU)" is no item of the list
        found = classes[j]
        if previous is not None and found is not None and found.cue is None:
            gap = shadow[drafts[previous].end : d.lead_start]
            prev_class = classes[previous]
            listed = prev_class is not None and prev_class.type in _LIST_TYPES
            if listed and ";" in gap and not _BASIS_LIST_ENDS.search(gap):
                classes[j] = prev_class
            elif (
                prev_class is not None and prev_class.type in _ACTED_LIST
                and ";" in gap and not _BASIS_LIST_ENDS.search(gap)
                and _ITEM_AFTER_SEMICOLON.search(gap) and not _under_basis(norm, d.lead_start)
                and (layout.position(d.start) in ("title", "opening")
                     or prev_class.type is not RelationType.AMENDS)
            ):  # (a body's lists of amended texts are often catalogs, each item with its own
                # subject; an effect article's ended texts are not)
                # "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số
                # 63/2010/NĐ-CP … về kiểm soát thủ tục hành chính; Nghị định số 20/2008/NĐ-CP
                # …; … và Nghị định số 55/2011/NĐ-CP …": the act goes on over the items
                classes[j] = prev_class
        if found is not None and found.cue is None and classes[j] is found and (
            _first_coded_basis(norm, d.lead_start)
        ):
            classes[j] = _BASIS
        previous = j
    sections: list[tuple[int, int]] = []  # in text order, each from its heading to the next
    for section in _basis_headings(shadow):
        if sections and section.start() < sections[-1][1]:
            continue
        end_match = _NEXT_SECTION.search(shadow, section.end())
        end = end_match.start() if end_match else min(len(shadow), section.end() + _SECTION_MAX)
        proposal = _PROPOSAL_LINE.search(shadow, section.end() - 1, end)
        end = proposal.start() + 1 if proposal else end
        sections.append((section.end(), end))
    k = 0
    for j, d in enumerate(drafts):  # drafts come in text order: one pass over both lists
        while k < len(sections) and sections[k][1] <= d.start:
            k += 1
        if k == len(sections):
            break
        inside = sections[k][0] <= d.start
        found = classes[j]
        if inside and d.parent is None and d.code is not None and found and found.cue is None:
            classes[j] = _BASIS


# The basis word "căn cứ" anywhere (shadow text).
_BASIS_WORD = re.compile(r"(?<![a-z])can\s+cu(?![a-z])")


# Words right before a "căn cứ" that make it the way something is worked out or done
# ("xác định căn cứ", "làm căn cứ", "tính toán căn cứ"; shadow text).
_WORKED_OUT_BY = re.compile(r"(?<![a-z])(?:xac\s+dinh|lam|tinh(?:\s+toan)?)$")


def _basis_within_sentence(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether the last "căn cứ" in [start, end) stands inside a sentence, in lower case, as
    the way something is worked out ("xác định căn cứ") or after a comma that opens a step of
    a procedure ("Trong thời hạn 19 ngày …, căn cứ vào các điều kiện …"); not opening a clause
    ("Căn cứ Luật …"), nor after the body it tells to go by a text ("… đảng ủy các xã, thị
    trấn căn cứ Kết luận số 115-KL/TU … tổ chức quán triệt": the plan's own basis)."""
    last = None
    for found in _BASIS_WORD.finditer(norm.shadow, start, end):
        last = found
    if last is None or norm.text[last.start()] != "c":
        return False
    before = norm.text[start : last.start()].rstrip(" \t")
    if not before:
        return False
    worked_out = _WORKED_OUT_BY.search(norm.shadow, start, start + len(before))
    return before[-1] == "," or worked_out is not None


# A text named by its type word (shadow text): what a verb in a subject may act on ("… hướng
# dẫn thi hành một số điều của Luật Xuất bản và …"), or texts at large ("các văn bản").
_TEXT_NAMED = re.compile(
    r"(?<![a-z])(?:bo\s+luat|luat|phap\s+lenh|nghi\s+dinh|nghi\s+quyet|thong\s+tu|quyet\s+dinh"
    r"|chi\s+thi|ke\s+hoach|chuong\s+trinh|de\s+an|van\s+ban|hiep\s+dinh|dieu\s+uoc)(?![a-z])"
)


def _cue_on_matter(norm: NormalizedText, prev: _Draft, d: _Draft, found: Classification,
                   and_at: int) -> bool:  # fmt: skip
    """Whether the cue `found` of `d` is the verb of the subject of `prev`, the text right
    before it, and acts on a matter, not on a text: the cue stands in `prev`'s subject, no
    text is named between it and the "và" (at `and_at`) that joins `d`, and `d` is cited with
    its own date or issuer, as the next item of a list is ("… quy định chi tiết việc cung cấp
    … và Thông tư số 10/2015/TT-BKHĐT ngày 26 tháng 10 năm 2015 của Bộ trưởng …"; not "… hướng
    dẫn thi hành một số điều của Luật Xuất bản và Nghị định số 195/2013/NĐ-CP …")."""
    subject = prev.tail.subject_span
    if found.cue is None or subject is None or not (d.tail.date or d.tail.issuing_body):
        return False
    at = norm.shadow.rfind(found.cue, subject.start, and_at)
    # (a text named anywhere in the subject may be what it acts on: "… hướng dẫn chi tiết một
    # số điều của Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng và Nghị
    # định số 126/2007/NĐ-CP …", where the last cue is the law's own "theo")
    start = subject.start + (len(found.cue) if at == subject.start else 0)
    return at >= 0 and _TEXT_NAMED.search(norm.shadow, start, and_at) is None


# A clause that opens with the basis cue (shadow text).
_BASIS_OPENS_CLAUSE = re.compile(r"[ \t\-–•*+]*can\s+cu(?:\s+vao)?(?![a-z])")
# A comma alone between two items of a list ("…/NĐ-CP, Nghị định số …").
_COMMA_GAP = re.compile(r"[ \t\n]*,[ \t\n]*")
# "… và " right before a reference (shadow text).
_AND_BEFORE = re.compile(r"[\s,]va\s*$")
# "(theo) quy định tại/của " right before a reference (shadow text).
_PROVIDED_IN = re.compile(r"(?=[tq])(?<![a-z])(?:theo\s+)?quy\s+dinh\s+(?:tai|cua)\s*$")
# A text's own statement that it guides or details: "Thông tư này hướng dẫn …", "Nghị định
# này quy định chi tiết …" (shadow text).
_OWN_GUIDE = re.compile(
    rf"(?=[nt])(?<![a-z]){_OWN_KIND_WORD}\s+nay\s+(?:huong\s+dan|quy\s+dinh\s+chi\s+tiet)(?![a-z])"
)
_OWN_GUIDE_REACH = 400


def _own_statement_before(norm: NormalizedText, pos: int) -> str | None:
    """The text's own "… này hướng dẫn / quy định chi tiết" cue in the sentence that leads to
    `pos`, or None."""
    found = None
    for found in _OWN_GUIDE.finditer(norm.shadow, max(0, pos - _OWN_GUIDE_REACH), pos):  # noqa: B007
        pass
    if found is None or _breaks_sentence(norm, found.end(), pos):
        return None
    return " ".join(found.group().split())


# What a list's act may do to every item (not a repeal's "bãi bỏ … ; Quyết định này …": an item
# must open right after the semicolon, see `_ITEM_AFTER_SEMICOLON`).
_ACTED_LIST = frozenset({RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS})
# The item opens right after the last semicolon of the gap ("; ", "; và ", a wrapped line).
_ITEM_AFTER_SEMICOLON = re.compile(r";\s*(?:va\s+)?$")
# A basis sentence whose first items name no code: "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
# Quy định số 294-QĐ/TW …" (shadow text from the sentence's start to the item).
_BASIS_OPENS = re.compile(r"[ \t\-–•*+]*can\s+cu(?![a-z])[^;]*;")
_BASIS_LOOKBACK = 600


# An item that opens with an amending law's title: " và Luật sửa đổi, bổ sung …" (shadow).
_AMENDING_LAW_ITEM = re.compile(
    r"[\s\-–•*+]*(?:va\s+)?(?:cac\s+)?(?:bo\s+)?luat\s+(?:sua\s+doi|bai\s+bo|thay\s+the)(?![a-z])"
)


def _under_basis(norm: NormalizedText, pos: int) -> bool:
    """Whether `pos` stands in a "Căn cứ …;" list: a line opening with the cue before it, and
    only items parted by ";" or "và" between (no sentence end, no next clause)."""
    shadow = norm.shadow
    lo = max(0, pos - _BASIS_LOOKBACK)
    cue = None
    for cue in _BASIS_LINE.finditer(shadow, lo, pos):  # noqa: B007 - the last one is wanted
        pass
    return cue is not None and not _BASIS_LIST_ENDS.search(shadow, cue.end(), pos)


def _first_coded_basis(norm: NormalizedText, lead: int) -> bool:
    """Whether the item at `lead` follows uncoded items of a "Căn cứ …;" sentence: the line
    (a wrapped line goes on) opens with the cue, and only semicolons part it from the item.
    The items may stand on lines of their own, each opening on a law's or a text's name and
    closed by its semicolon ("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n\nLuật Bảo
    vệ và Phát triển rừng …;\n\nNghị định số: 23/2006/NĐ-CP …", a legal site's repost)."""
    shadow, text = norm.shadow, norm.text
    lo = max(0, lead - _BASIS_LOOKBACK)
    line = shadow.rfind("\n", lo, lead)
    while line > 0:
        if WRAPPED_LINE.match(text, line):
            line = shadow.rfind("\n", lo, line)
            continue
        before = line
        while before > lo and shadow[before - 1] in " \t\n":
            before -= 1
        if (before <= lo or shadow[before - 1] != ";" or _BASIS_OPENS.match(shadow, line + 1)
                or not _NAMED_ITEM_LINE.match(shadow, line + 1)):  # fmt: skip
            break  # the cue's line, or no item line to walk back over
        line = shadow.rfind("\n", lo, before)
    if line < 0 and lead > _BASIS_LOOKBACK:
        return False
    seg = shadow[line + 1 : lead]
    opened = _BASIS_OPENS.match(seg)
    return opened is not None and not _BASIS_LIST_ENDS.search(seg, opened.end() - 1)


# A basis item's own line, opening on the name of a law or a text (shadow text).
_NAMED_ITEM_LINE = re.compile(
    rf"[ \t\-–•*+]*(?:bo\s+luat|luat|phap\s+lenh|{TYPE_WORD_ALT})(?![a-z])"
)


# The numbered items an opening announces: "… đề nghị các địa phương … triển khai thực hiện
# công tác tuyên truyền về Đại hội như sau:\n\n1. Tiếp tục thực hiện Chỉ thị số 38-CT/TU …".
_FIRST_ITEM = re.compile(r"\s*1\s*[.)]\s")
_NEXT_HEADING = re.compile(r"\n[ \t]*(?:[IVX]+[ \t]*[.\-)]|[A-Z][ \t]*[.)])[ \t]")
_REQUESTS_MAX = 3000
# An opening that asks the bodies under it for what follows, unnumbered: "… theo đó yêu cầu
# các đơn vị, địa phương … tập trung thực hiện hiệu quả một số nhiệm vụ sau:", "… các nhiệm vụ
# trọng tâm sau đây:".
_ASKS_FOR = re.compile(
    r"(?<![a-z])(?:yeu\s+cau|de\s+nghi)\s+(?:cac|ubnd|uy\s+ban|thu\s+truong|chu\s+tich)"
    r"(?![a-z])[^.;]*?(?:nhu\s+sau|(?:nhiem\s+vu|noi\s+dung|giai\s+phap)(?:\s+[a-z]+){0,2}"
    r"\s+sau(?:\s+day)?)"
    r"\s*:\s*$"
)
_ASKS_SCAN = 400  # the request stands in the opening's last words
_LINE_ENDS = re.compile(r"[ \t]*\n")


def _numbered_requests(norm: NormalizedText, layout: Layout) -> tuple[int, int] | None:
    """The span of the numbered list that right follows an opening ending in a colon (a
    letter's or a guidance's own requests, DOMAIN §7.3 2.), up to the next heading."""
    if layout.opening is None:
        return None
    end = layout.opening[1]
    text = norm.text
    if not text[:end].rstrip().endswith(":"):
        return None
    if not _FIRST_ITEM.match(text, end) and not (
        _ASKS_FOR.search(norm.shadow, max(layout.opening[0], end - _ASKS_SCAN), end)
        and _LINE_ENDS.match(text, text.rfind(":", 0, end) + 1)  # the requests start below
    ):
        return None
    stop = _NEXT_HEADING.search(text, end, min(len(text), end + _REQUESTS_MAX))
    return end, stop.start() if stop else min(len(text), end + _REQUESTS_MAX)


_CARRIED_OUT = frozenset({RelationType.REVIEWS, RelationType.IMPLEMENTS})
# A clause that opens with the carrying-out cue: "Thực hiện Công văn số 5177/BNN-TY …;", "Để
# thực hiện nghiêm các văn bản chỉ đạo … và thực hiện Thông báo số 935/TB-UBND …" (shadow).
_PREAMBLE_CUE = re.compile(
    r"[ \t\n\-–•*+]*(?:de\s+)?(?:tiep\s+tuc\s+)?(?:thuc\s+hien|trien\s+khai)(?![a-z])"
)
# What ends a document's preamble: a numbered section ("I. MỤC ĐÍCH, YÊU CẦU", "1. …"), an
# article ("Điều 1."), the enacting word of a decision ("QUYẾT ĐỊNH:") (shadow text).
_PREAMBLE_ENDS = re.compile(
    r"\n[ \t]*(?:(?:[ivx]+|\d+)[ \t]*[.\-)][ \t]|dieu\s+\d+\s*[.:])"
    r"|(?:quyet\s+dinh|nghi\s+quyet|chi\s+thi)\s*:"
)
_PREAMBLE_MAX = 4000  # the preamble stands in the text's first characters


# A document number the reader did not take for a code ("Kết luận số 16-KT/TU", a misprint):
# what follows it may be its subject, not the host's (shadow text).
_NUMBER_BETWEEN = re.compile(r"(?<![a-z\d])so\s*:?\s*\d|\d\s*[-/]\s*[a-z]")


def _preamble_cue(norm: NormalizedText, start: int, lead: int, cls: Classification) -> bool:
    """Whether the clause at `start` that leads to a reference at `lead` is the document's
    own "Thực hiện X" before its first section: an opening the layout did not find (a
    portal's notice without header, "Thực hiện Công văn số 1495/HĐND-KTXH …;" at the end of
    a basis block, before "QUYẾT ĐỊNH:"). The body's mentions after a section heading stay
    weak."""
    if cls.type is not RelationType.IMPLEMENTS or start > _PREAMBLE_MAX:
        return False
    cue = _PREAMBLE_CUE.match(norm.shadow, start)
    if cue is None or not _opens_sentence(norm, cue):
        return False
    if _NUMBER_BETWEEN.search(norm.shadow, cue.end(), lead):
        return False
    return _PREAMBLE_ENDS.search(norm.shadow, 0, start) is None


def _preamble_list_item(norm: NormalizedText, drafts: list[_Draft],
                        classes: list[Classification | None], j: int,
                        preamble_items: list[int]) -> bool:  # fmt: skip
    """Whether reference `j` is a later item, after a semicolon, of the list the host's own
    preamble cue opens (`_preamble_cue` held for the item before): "Thực hiện Chỉ thị số
    2268/CT-BGDĐT ngày 08/8/2019 về …; Quyết định số 2071/QĐ-BGDĐT ngày 16/6/2017 về … của Bộ
    trưởng …, giáo dục trung học tiếp tục triển khai …" (an OCR'd letter of the Ministry of
    Education whose header the layout did not find). The list gave the item the cue
    (`_basis_lists`); the preamble carries both out."""
    if not preamble_items or drafts[j].lead_start > _PREAMBLE_MAX:
        return False
    k = preamble_items[-1]
    if classes[k] is not classes[j]:
        return False
    gap = norm.shadow[drafts[k].end : drafts[j].lead_start]
    return ";" in gap and not _BASIS_LIST_ENDS.search(gap) and not _PREAMBLE_ENDS.search(gap)


# The heading of a document's purpose section: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "I.
# MỤC ĐÍCH,\nYÊU CẦU", or "MỤC ĐÍCH, YÊU CẦU" alone on its line (shadow text); not "MỤC TIÊU"
# (targets), nor "Mục đích của …" opening a sentence.
_PURPOSE_HEADING = re.compile(
    r"(?m)^[ \t]*(?:(?:(?:[ivx]+|\d+|[a-z])[ \t]*[.\-)][ \t]*)muc\s+dich(?![a-z])"
    r"|muc\s+dich(?:\s*,\s*yeu\s+cau)?[ \t]*:?[ \t]*$)"
)
# What ends it: the next section ("II. NỘI DUNG", "B. …") or the requirements beside the
# purpose ("2. Yêu cầu", "b) Yêu cầu"), which bind those who carry the plan out (shadow text).
_PURPOSE_ENDS = re.compile(
    r"\n[ \t]*(?:[ivx]+[ \t]*[.\-)][ \t]|(?:\d+|[a-z])[ \t]*[.)][ \t]*yeu\s+cau(?![a-z]))"
)
_PURPOSE_MAX = 3000


def _purpose_sections(norm: NormalizedText) -> list[tuple[int, int]]:
    """The spans of the text's purpose sections, heading included: each up to the next
    section, its requirements, or _PURPOSE_MAX. What a plan's purpose says it carries out it
    carries out (the dev set's labels: "I. MỤC ĐÍCH, YÊU CẦU\n- Tiếp tục triển khai hiệu quả
    Chương trình tổng thể cải cách hành chính … quy định tại Nghị quyết số 76/NQ-CP …; Kế
    hoạch số 2943/KH-UBND …", Lai Châu 1888/KH-VPUBND; "1. Quán triệt và triển khai thực hiện
    nghiêm túc Chỉ thị số 01/CT-TTg"); the carrying-out cue it words it with stays strong,
    as an opening's does."""
    shadow = norm.shadow
    spans: list[tuple[int, int]] = []
    pos = shadow.find("muc")
    while pos >= 0:
        line = shadow.rfind("\n", 0, pos) + 1
        m = _PURPOSE_HEADING.match(shadow, line)
        if m is not None and m.end() > pos:
            cap = min(len(shadow), m.end() + _PURPOSE_MAX)
            stop = _PURPOSE_ENDS.search(shadow, m.end(), cap)
            spans.append((m.start(), stop.start() if stop else cap))
            pos = spans[-1][1]
        else:
            pos += 3
        pos = shadow.find("muc", pos)
    return spans


def _in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


# "về (việc)" right before a cue: the words open the subject clause of a document named
# before them, "… Kết luận số 16-KT/TU, ngày 03/6/2016 … về việc tiếp tục thực hiện Nghị quyết
# 06-NQ/TU …" (shadow text, up to the cue; not "bảo vệ")
_SUBJECT_OPENS = re.compile(r"(?<![a-z])(?<!bao )ve\s+(?:viec\s+)?$")
_SUBJECT_REACH = 12


def _opens_subject(norm: NormalizedText, start: int, lead: int, cls: Classification) -> bool:
    """Whether the cue of the clause at `start` that leads to a reference at `lead` stands
    right after "về (việc)": the subject of another document, not the host's own act."""
    if cls.cue is None:
        return False
    at = norm.shadow.rfind(cls.cue, start, lead)
    return at >= 0 and (
        _SUBJECT_OPENS.search(norm.shadow, max(0, at - _SUBJECT_REACH), at) is not None
    )


# "Theo đó" (accordingly) right before a carrying-out cue: a report relays what the text it
# reports says (shadow text, up to the cue).
_RELAYED = re.compile(r"(?<![a-z])theo\s+do\s*[,:]?\s*(?:de\s+)?(?:tiep\s+tuc\s+)?$")
_RELAYED_REACH = 24


def _relays_reported(norm: NormalizedText, start: int, lead: int, cls: Classification) -> bool:
    """Whether a report's clause at `start` that leads to a reference at `lead` relays the
    reported text's own "Thực hiện X": "Sở Nông nghiệp & PTNT … vừa có văn bản số
    1066/BVTV-QLT … Theo đó: Thực hiện văn bản số 2827/BNN-BVTV … của Bộ trưởng …"
    (quangninh.gov.vn), "Theo đó, thực hiện Kế hoạch số 1256/KH-CĐN …" (tapchigiaothong.vn).
    Every labelled real case with the words says the reported text carries X out.

    So does the reported text's request that those under it carry X out, in the sentence
    ("Theo Công văn, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng … quán triệt, cụ thể hóa
    và tổ chức triển khai thực hiện nghiêm túc Chỉ thị số 34/CT-TTg", tuyengiao.hungyen.dcs.vn)
    or in the list a request ending in a colon opens ("… yêu cầu các cấp uỷ đảng … tổ chức
    thực hiện tốt các nhiệm vụ trọng tâm sau đây:\n\n1. Quán triệt sâu sắc và tổ chức thực
    hiện nghiêm túc, hiệu quả Chỉ thị số 26-CT/TW …", vietnam.vn/thanhhoa): a report's body
    tells the reported text's requests."""
    if cls.type not in _CARRIED_OUT or cls.cue is None:
        return False
    at = norm.shadow.rfind(cls.cue, start, lead)
    if at < 0:
        return False
    if _RELAYED.search(norm.shadow, max(0, at - _RELAYED_REACH), at) is not None:
        return True
    sentence, _ = _sentence(norm, at, at)
    return _REQUESTS_OTHERS.search(norm.shadow, sentence, at) is not None or _requested_item(
        norm, at
    )


# A request to the bodies under the one that makes it, right before a cue in its sentence:
# "yêu cầu các cấp ủy đảng, chính quyền … quán triệt, cụ thể hóa và tổ chức triển khai thực
# hiện" (shadow text, up to the cue).
_REQUESTS_OTHERS = re.compile(r"(?<![a-z])(?:yeu\s+cau|de\s+nghi)\s+(?:cac|toan)(?![a-z])[^.;:]*$")
# The mark that opens a list item's line: "1. ", "2) ", "a) ", "- ", "+ ".
_LIST_ITEM_LINE = re.compile(r"[ \t]*(?:\d+[ \t]*[.)]|[a-zđ][ \t]*\)|[-–•+*])[ \t]")


def _requested_item(norm: NormalizedText, cue: int) -> bool:
    """Whether the line of `cue` is an item of the list a request ending in a colon opens
    (`_ASKS_FOR`): every line from the colon's down to it is an item, the first below it."""
    text = norm.text
    at = text.rfind("\n", 0, cue) + 1
    colon = text.rfind(":", max(0, at - _REQUESTS_MAX), at)
    if colon < 0 or not _ASKS_FOR.search(norm.shadow, max(0, colon + 1 - _ASKS_SCAN), colon + 1):
        return False
    lines = text[colon + 1 : at].split("\n")
    if len(lines) < 2 or lines[0].strip():
        return False  # the items start on the line below the colon
    return _LIST_ITEM_LINE.match(text, at) is not None and all(
        not line.strip() or _LIST_ITEM_LINE.match(line) for line in lines[1:]
    )


def _body_relation(kind: RelationType, label: str, primary: set[RelationType], *,
                   report: bool = False, subject: bool = False) -> RelationType:  # fmt: skip
    """Weigh a cue in the body against what the title and opening said about the target.

    Body mentions are weak (DOMAIN.md §7.3): implementing or reviewing a document that the
    title and opening do not name is only a citation. A document the title says it reviews
    implements it only where the text says it continues it ("tiếp tục thực hiện"); so does a
    report whose body says the reported text continues one the lead does not name. Neither
    where the words open a "về (việc) …" clause (`subject`): the subject of another document
    named before them. One the opening names as a basis only is not reviewed by an "đánh giá"
    in the body. A report's body tells of events ("Huyện ủy tổ chức Hội nghị sơ kết 5 năm triển
    khai thực hiện Nghị quyết số 35-NQ/TW"), not of the reported document: it reviews only what
    its lead does.
    """
    if kind not in (RelationType.IMPLEMENTS, RelationType.REVIEWS):
        return kind
    if kind is RelationType.REVIEWS and label == YEARS_AFTER and not report:
        # "I. ĐÁNH GIÁ TÌNH HÌNH\nSau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy …": the
        # text weighs the years since the resolution, whatever its title names
        return kind
    continued = kind is RelationType.IMPLEMENTS and label == "continues" and not subject
    if not primary:
        # "Kế hoạch của UBND tỉnh nêu rõ: Các ngành chức năng, các địa phương tiếp tục thực
        # hiện tốt Chỉ thị số 47-CT/TW …; Quyết định số 630/QĐ-TTg …" (baonamdinh.vn): a
        # report's body relays the reported plan, which carries them on whoever it sets to
        # the task (the dev set's reading of a text that asks those it directs to carry a
        # document out); a plan's own sections stay weak. Not "… Kết luận số 16-KT/TU … về
        # việc tiếp tục thực hiện Nghị quyết 06-NQ/TU …": the conclusion's subject.
        return kind if continued and report else RelationType.CITES
    if kind is RelationType.IMPLEMENTS and RelationType.IMPLEMENTS not in primary:
        return kind if continued else RelationType.CITES
    if kind is RelationType.REVIEWS and report and RelationType.REVIEWS not in primary:
        return RelationType.CITES
    if kind is RelationType.REVIEWS and not primary & _CARRIED_OUT:
        return RelationType.CITES  # "Đánh giá … quy định tại Điều 16 của Luật Quy hoạch": a basis
    return kind


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

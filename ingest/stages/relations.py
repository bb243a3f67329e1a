"""The relations stage: type each reference's relation to the main document from its clause,
sentence, list, basis block or lead (acts in time and rank, repeals, amendments, passive
acts, requests)."""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from dataclasses import replace
from datetime import date

from ingest.codes import DocumentCode, kind_code_of
from ingest.context import SITE_NOTE, WRAPPED_LINE, WRAPPED_NEXT, site_note_at
from ingest.find import TYPE_WORD_ALT
from ingest.layout import Layout
from ingest.models import HOST, Evidence, Relation
from ingest.provisions import provision_before
from ingest.relations import (
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
    _consolidated_lead,
    _Draft,
    _sentence,
)
from ingest.stages.own_code import (
    _BASIS_LINE,
    _CONSOLIDATED_KIND,
)
from ingest.stages.references import (
    _COORDINATION_GAP,
)
from ingest.terms import reused
from ingest.text import NormalizedText, shadow_of

_LEAD_IN_MAX = 200
_ANNEX_ACT_REACH = 600  # how far before "ban hành kèm theo" the act on the annex may stand

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
            # (an annex line opens with a bracket or a capital, "(Ban hành\nkèm theo Quyết định
            # số: 59/QĐ-UBND …" its words wrapped; a sentence wrapped before them goes on in
            # lower case: "… quy định tại Biểu mức thu phí … \nban hành kèm theo Thông tư số
            # 287/2016/TT-BTC …" in 29/2026/TT-BTC's table of fees)
            wrapped = norm.text[line_start : d.lead_start].lstrip(" \t")[:1].islower() and (
                not norm.shadow[max(0, line_start - 12) : line_start].rstrip().endswith("ban hanh")
            )
            annex_line = head.startswith(("ban hanh kem theo", "kem theo")) and not wrapped
            if not annex_line and (
                _BASIS_OPENS_CLAUSE.match(norm.shadow, start, d.lead_start)
            ):
                # "- Căn cứ Quy chế Quản lý đầu tư và xây dựng ban hành kèm theo Nghị định số
                # 52/1999/NĐ-CP …": the rules a decree issued are the basis; so is the decree
                found = _BASIS
            elif not annex_line:
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
        if (source == HOST and kind is RelationType.BASED_ON and position == "annex"
                and not _opens_attached_text(norm, d.start)
                and not _basis_of_opening(norm, layout, d.start, d.end)):  # fmt: skip
            # "GIẤY PHÉP … THỦ TRƯỞNG CƠ QUAN CẤP PHÉP … Căn cứ Nghị định số 138/2025/NĐ-CP
            # …" (a licence form annexed to 66.16/2026/NQ-CP), "QUYẾT ĐỊNH Về việc hưởng trợ cấp
            # thất nghiệp / GIÁM ĐỐC SỞ … / Căn cứ Thông tư số 28/2015/TT-BLĐTBXH …" (a form of
            # 15/2023/TT-BLĐTBXH): a form's basis is that of the paper filled in from it, not
            # the host's; the host names it. Not the text the host issues with itself, whose
            # basis opens right under its annex line ("(Kèm theo Nghị quyết số 105/NQ-CP …)
            # / Căn cứ Kết luận số 210-KL/TW …, Chính phủ ban hành Chương trình hành động …")
            kind, label = RelationType.CITES, "annex_basis"
        if source == HOST and kind is RelationType.GUIDES and label == "details" and (
            position == "annex"
        ):
            # "Mẫu số 02 / … GIẤY CHỨNG NHẬN … / Căn cứ Điều ... Nghị định số ... của Chính phủ
            # quy định chi tiết một số điều và biện pháp thi hành Luật Sở hữu trí tuệ …" (a form
            # of 18/2026/NQ-CP), "(theo Quy định chi tiết về cấp độ rủi ro do thiên tai (Điều
            # 13 Quyết định số 44/2014/QĐ-TTg …))" (a report form's note in 139/2026/NĐ-CP): in
            # an annex the words describe a text the form names, not what the host details
            kind, label = RelationType.CITES, "annex_details"
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
    relations = _words_quoted(norm, drafts, relations)
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
    24/2022/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 143/2016/NĐ-CP" misprints an amender).
    Nor a cited text's mention of a text of a later year: "… Thông tư số 01/2020/TT-BTTTT quy
    định chi tiết … Luật Xuất bản và Nghị định số 195/2013/NĐ-CP … quy định chi tiết … Luật Xuất
    bản (Thông tư số 23/2023/TT-BTTTT)" (66.16/2026/NQ-CP: the short name that closes a heading
    is no mention in 195/2013/NĐ-CP's subject)."""
    years = {d.code.canonical: d.code.year for d in drafts if d.code is not None}
    # the dates the text gives them, where it gives one date to a code
    given: dict[str, set[date]] = defaultdict(set)
    for d in drafts:
        if d.code is not None and d.date is not None:
            given[d.code.canonical].add(d.date)
    kept = []
    for rel in relations:
        source_year, target_year = years.get(rel.source), years.get(rel.target)
        later = source_year is not None and target_year is not None and source_year < target_year
        if rel.source != HOST and (
            later
            or (rel.type in _LATER_ACTS
                and _not_later(given.get(rel.source), given.get(rel.target), rel.type))
        ) and not _amended_since(rel):  # fmt: skip
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


# Words an amending text quotes to strike, replace or rewrite, their opening mark right after
# "cụm từ" or "từ" (shadow text before the mark).
_QUOTED_WORDS_BEFORE = re.compile(r"(?<![a-z])(?:cum\s+)?tu\s*$")
_QUOTED_WORDS_REACH = 400  # how far back the words' opening mark is looked for


def _words_quoted(norm: NormalizedText, drafts: list[_Draft],
                  relations: list[Relation]) -> list[Relation]:  # fmt: skip
    """`relations` with the host's act on a text named only inside words it quotes to strike
    or replace typed a mention: "e) Bãi bỏ cụm từ “Nghị định số 68/2010/NĐ-CP ngày 15 tháng 6
    năm 2010 của Chính phủ …” tại khoản 2 và điểm d khoản 3 Điều 39." (133/2026/NĐ-CP), "Thay
    thế cụm từ “khoản 3 Điều 6 Nghị định số 63/2019/NĐ-CP” bằng cụm từ “khoản 1 Điều 6 Nghị định
    số 63/2019/NĐ-CP” tại …" (45/2026/TT-BTC): the words go from the host's own target, the
    text they name is neither ended nor amended."""
    original = norm.original
    quoted: dict[int, bool] = {}

    def in_words(j: int) -> bool:
        if j not in quoted:
            at = norm.to_original(drafts[j].start, drafts[j].start + 1)[0]
            opened = original.rfind("“", max(0, at - _QUOTED_WORDS_REACH), at)
            before = shadow_of(original[max(0, opened - 12) : opened]) if opened >= 0 else ""
            quoted[j] = (
                opened >= 0 and original.find("”", opened, at) < 0
                and _QUOTED_WORDS_BEFORE.search(before) is not None
            )  # fmt: skip
        return quoted[j]

    return [
        replace(r, type=RelationType.CITES, label="quoted_words", cue=None)
        if r.source == HOST and r.type in _WORDS_ACTS and in_words(r.reference)
        else r
        for r in relations
    ]


_WORDS_ACTS = _CHANGES | {RelationType.CORRECTS}


# An article of the acting text, its code, then words telling that a later text added or
# changed that article (original text; not "Luật … số 50/2014/QH13 đã được sửa đổi, bổ sung
# một số điều theo Luật số 03/2016/QH14" in a list of laws, where the law as a whole is named).
_ARTICLE_BEFORE = r"Điều\s+\d+[a-zđ]?\s+(?:của\s+)?[^\d;]{0,30}?"
_AMENDED_SINCE = r"[^;]{0,20}?(?:được|đã được)\s+(?:sửa đổi,?\s*)?bổ sung\s+(?:tại|bởi|theo)"


# A decision that publishes a list of texts (shadow text of its title): "Về việc công bố Danh
# mục văn bản quy phạm pháp luật hết hiệu lực …", "… công bố kết quả hệ thống hóa văn bản …"
_PUBLISHES_LIST = re.compile(  # (the look-behind after the word: sre looks for "cong" in C)
    r"cong(?<![a-z]cong)\s+bo\s+(?:danh\s+muc|ket\s+qua\s+(?:ra\s+soat,?\s+)?he\s+thong\s+hoa)"
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

_LINE_CUE = re.compile(r"(?m)^[ \t\-–•*]*(?:thuc\s+hien|trien\s+khai)(?![a-z])")

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
# "hết hiệu lực 1 phần" (on its first character, the look-behind after it: see `page.common._PAST`)
_PARTLY = re.compile(r"[m1](?<![a-z][m1])(?:(?<=m)ot|(?<=1))\s+phan(?![a-z])")


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
# (from the line break before the heading, which the search starts one character early to
# take: sre looks for the break in C, where a look-behind first tries every character)
_ARTICLE_HEADING = re.compile(r"\n[ \t]*(dieu)\s+\d{1,3}[a-z]?\.[ \t]*([^\n]*)")
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
    for m in _ARTICLE_HEADING.finditer(shadow, max(0, line - _HEADING_REACH - 1), line):
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
_SAYS_IT_DETAILS = re.compile(  # (its first letter first, for sre to skip to: see `_PAST`)
    r"[ntb](?<![a-z][ntb])(?:(?<=n)ghi\s+(?:dinh|quyet)\s+nay"
    r"|(?<=t)hong\s+tu(?:\s+lien\s+tich)?\s+nay"
    rf"|(?<=b)an\s+hanh\s+{_OWN_KIND_WORD})\s+"
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
        if _in_quotation(norm, d.start):
            # a consolidated text's note quotes an amender's bases ("Nghị định số
            # 104/2022/NĐ-CP … có căn cứ ban hành như sau: “… Căn cứ Luật Cư trú ngày 13
            # tháng 11 năm 2020; …”"): the amender's basis, not a law the host details
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


# A passive whose subject is a part of the host: "16 Điều này được bãi bỏ tại khoản 1 Điều 2
# Thông tư số 10/2024/TT-BLĐTBXH …", "6 Khoản này được sửa đổi theo quy định tại khoản 1 Điều 5
# của Thông tư số 18/2018/TT-BLĐTBXH …" (a consolidated text's footnotes, run into the text
# above them, which names another text: 156/VBHN-BLĐTBXH, 1611/VBHN-BLĐTBXH; shadow text).
_THIS_PART_ACTED_ON = re.compile(
    r"(?<![a-z])(?:dieu|khoan|diem|(?:tieu\s+)?muc|chuong|phan|phu\s+luc|(?:bieu\s+)?mau"
    r"|cum\s+tu|tu|noi\s+dung)\s+nay\s+(?:da\s+)?(?:duoc|bi)\s"
)


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
    if _THIS_PART_ACTED_ON.search(norm.shadow, acted_on.end, d.lead_start):
        return None  # a consolidated text's footnote on its own part, run into the line above
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
# An English translation's: not its number word's dot ("…; and Decree No. 04/2008/ND-CP"); its
# proposal line ("At the proposal of the president … in Report No. 3113/UB-TT", 93/2001/NĐ-CP;
# "At the request of …", "Considering the proposals of …").
_BASIS_LIST_ENDS = re.compile(
    r"(?<! no)\.\s|:\s(?![ \t]*\d+[ \t]*[/\-])"
    r"|\n\s*(?:xet|theo|quyet\s+dinh|at\s+the\s+(?:proposal|request)|considering)(?![a-z])"
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
# (the look-behind after the word: sre looks for "can" in C instead of trying every character)
_BASIS_WORD = re.compile(r"can(?<![a-z]can)\s+cu(?![a-z])")


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
# (on its first letter, the look-behind after it: see `page.common._PAST`)
_PROVIDED_IN = re.compile(
    r"[tq](?<![a-z][tq])(?:(?<=t)heo\s+quy|(?<=q)uy)\s+dinh\s+(?:tai|cua)\s*$"
)
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
# The item opens right after the last semicolon of the gap ("; ", "; và ", a wrapped line; an
# English translation's "; and Decree No. 04/2008/ND-CP …", vanbanphapluat.co 2631/QĐ-TTg).
_ITEM_AFTER_SEMICOLON = re.compile(r";\s*(?:va\s+|and\s+)?$")
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


# An annex line's end with the basis of the text it heads right under it: "(Kèm theo Nghị
# quyết số 105/NQ-CP ngày 08 tháng 4 năm 2026 của Chính phủ) / ____ / Căn cứ Kết luận …".
_BASIS_UNDER_ANNEX_LINE = re.compile(r"kem\s+theo[^()]{0,300}\)[\s_\-–]*can\s+cu(?![a-z])")
_BASIS_BLOCK = 1500  # a basis block's reach back to the annex line over it


def _opens_attached_text(norm: NormalizedText, at: int) -> bool:
    """Whether the basis at `at` stands in the block that opens a text issued with the host,
    right under its annex line (`_BASIS_UNDER_ANNEX_LINE`), not in a form."""
    return _BASIS_UNDER_ANNEX_LINE.search(norm.shadow, max(0, at - _BASIS_BLOCK), at) is not None


_BASIS_NAME_REACH = 200  # from "Căn cứ" to the code of the text it names
_NAME_EDGES = re.compile(r"^[^a-z]+|(?:\s+so)?[\s:]*(?:\d\S*)?$")
_LAW_NAMED = re.compile(r"(?:bo\s+)?luat\s+[a-z]|hien\s+phap")  # a law an opening names bare


def _basis_of_opening(norm: NormalizedText, layout: Layout, at: int, end: int) -> bool:
    """Whether the annex's basis at `at` names a text the host's opening stands on by the same
    words: a bidding form's "Căn cứ Luật Đấu thầu số 22/2023/QH15 …" under 06/2024/TT-BKHĐT,
    whose opening says "Căn cứ Luật Đấu thầu ngày 23 tháng 6 năm 2023;" (no number to find)."""
    if layout.opening is None:
        return False
    shadow = norm.shadow
    cue = shadow.rfind("can cu", max(0, at - _BASIS_NAME_REACH), at)
    if cue < 0:
        return False
    # (the words from the cue to the text's code or, for a law named bare, to its name's end)
    name = " ".join(_NAME_EDGES.sub("", shadow[cue + 6 : end]).split())
    if not _LAW_NAMED.match(name):  # (a decree's or a circular's number says which it is)
        return False
    opening = " ".join(shadow[layout.opening[0] : layout.opening[1]].split())
    return f"can cu {name}" in opening


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

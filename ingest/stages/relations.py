"""The relations stage: type each reference's relation to the main document from its clause,
sentence, list, basis block or lead (acts in time and rank, repeals, amendments, passive
acts, requests)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from ingest.codes import DocumentCode, kind_code_of
from ingest.context import SITE_NOTE, WRAPPED_LINE, site_note_at
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
    classify_relation,
)
from ingest.stages.common import _ENGLISH_NUMBER_WORD, _consolidated_lead, _Draft, _sentence
from ingest.stages.own_code import _CONSOLIDATED_KIND
from ingest.stages.relations_about import _about_uncoded_plan, _joined_to_outer_act
from ingest.stages.relations_acted import (
    _acted_on,
    _as_amended,
    _befalls_host,
    _joint_acts,
    _passive_acts,
)
from ingest.stages.relations_backref import _bare_type_backrefs
from ingest.stages.relations_basis import (
    _BASIS,
    _acting_basis_item,
    _basis_lists,
    _basis_of_opening,
    _basis_within_sentence,
    _cue_on_matter,
    _opens_attached_text,
    _preamble_cue,
    _preamble_list_item,
    _under_basis,
)
from ingest.stages.relations_common import (
    _CARRIED_OUT,
    _LIST_TYPES,
    _PART_WORD,
    _PARTS_ONLY,
    _RUNS_ON,
    _is_law,
)
from ingest.stages.relations_details import (
    _DETAILING_KINDS,
    _GUIDING_ISSUERS,
    _details_its_laws,
    _guides_as_it_executes,
    _guides_over_implements,
    _own_statement_before,
    _quoted_acts,
)
from ingest.stages.relations_lists import (
    _LISTED_ACTS,
    _acting_list_item,
    _in_site_lists,
    _in_site_notes,
    _law_listed_after,
    _listed_not_acted,
    _listed_under,
    _next_acted_text,
    _opening_list,
)
from ingest.stages.relations_precision import _enclosed_with_approval
from ingest.stages.relations_repeals import (
    _ended_with_this,
    _headed_by_repeal,
    _item_of_act_list,
    _parts_ended,
    _parts_named,
    _repealed_parts,
    _rest_stands,
)
from ingest.stages.relations_requests import (
    _enacts_attached_plan,
    _numbered_requests,
    _opens_subject,
    _purpose_sections,
    _relayed_list_item,
    _relays_opening,
    _relays_reported,
    _relays_review,
    _titles_hosts_annex,
)
from ingest.stages.relations_time import _acts_in_rank, _acts_in_time, _issued_later, _words_quoted
from ingest.terms import reused
from ingest.text import NormalizedText

_LEAD_IN_MAX = 200
# A passive's agent word right before a colon ("… bổ sung bởi:", shadow text)
_AGENT_COLON = re.compile(r"(?<![a-z])boi\s*:$")
_RUNS_ON_AFTER_COLON = re.compile(r"[ \t]*[^\s]")  # words after the colon on its line
_ANNEX_ACT_REACH = 600  # how far before "ban hành kèm theo" the act on the annex may stand


def _last_break(text: str, lo: int, hi: int) -> int:
    """`_last_of(text, ".;:!?\\n", lo, hi)` spelled out: the clause finder's, called for
    every reference (no generator: 40 % less time a call)."""
    return max(text.rfind(".", lo, hi), text.rfind(";", lo, hi), text.rfind(":", lo, hi),
               text.rfind("!", lo, hi), text.rfind("?", lo, hi), text.rfind("\n", lo, hi))


# The end of a State act's list intro: the act, then the texts it names in the plural ("thay
# thế các quyết định", "bãi bỏ các văn bản sau đây") (shadow text, up to the colon)
_ACT_LIST_INTRO = re.compile(
    r"(?<![a-z])(?:thay\s+the|bai\s+bo|huy\s+bo)\s+(?:cac|nhung)\s+(?:van\s+ban"
    rf"|{TYPE_WORD_ALT})(?:\s+(?:quy\s+pham\s+phap\s+luat|sau(?:\s+day)?))*\s*$"
)
_QUOTE_REACH = 600  # how far before a line break the item it stands in may open
# An item's or an article's first line: where quoted words of the item are counted from
_ITEM_LINE = re.compile(r"\n[ \t]*(?:\d{1,3}\.|[a-zđ]\)|Điều\s+\d)")


def _in_open_quote(text: str, at: int) -> bool:
    """Whether `at` stands inside quoted words of the item it is in (text with straight quotes,
    as normalized): "4. Thay thế cụm từ “Cục Hải quan tỉnh, thành phố” bằng cụm từ “Chi
    cục\nHải quan khu vực” tại điểm e khoản 3 Điều 10 Thông tư số 13/2015/TT-BTC."
    (06/2026/TT-BTC): a PDF's line wrapped inside the quoted words is no end of the clause,
    whatever case the next line opens with."""
    if '"' not in text[max(0, at - 200) : at]:
        return False
    items = list(_ITEM_LINE.finditer(text, max(0, at - _QUOTE_REACH), at))
    return bool(items) and text.count('"', items[-1].end(), at) % 2 == 1


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
        or _in_open_quote(text, last)
    ):
        # "… của Chính phủ sửa đổi, bổ sung một số\nđiều của Nghị định số …": a PDF's line
        # wrapped inside a sentence goes on in lower case; the clause does not end there
        last = _last_break(text, window_start, last)
    while last >= 0 and text[last] == ":" and _AGENT_COLON.search(
        norm.shadow, max(0, last - 8), last + 1
    ) and _RUNS_ON_AFTER_COLON.match(text, last + 1):
        # "Căn cứ Nghị định số 23/2016/NĐ-CP …, được sửa đổi, bổ sung bởi:Nghị định số
        # 98/2019/NĐ-CP …" (a draft decision's basis, Tiến Lộc, Thanh Hóa): the colon runs on to
        # the acting text on the same line; not the list a consolidated text's lead opens
        # ("được sửa đổi, bổ sung bởi:\n1. Thông tư số …")
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


@dataclass(frozen=True, slots=True)
class _Text:
    """What the steps of `_relations` share of one text: its references and their cues, and
    the host's own code."""

    norm: NormalizedText
    drafts: list[_Draft]
    layout: Layout
    classes: list[Classification | None]
    host_index: int | None
    own: DocumentCode | None
    host_code: str | None
    report: bool
    repost: bool
    host_date: date | None
    # The sentence around each reference's span, once: the edge's evidence and `_issued_later`
    # both ask for it (see `_sentence_of`).
    sentences: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)


def _sentence_of(text: _Text, d: _Draft) -> tuple[int, int]:
    """`_sentence` around `d`'s span, remembered for the text."""
    span = (d.start, d.end)
    found = text.sentences.get(span)
    if found is None:
        found = text.sentences[span] = _sentence(text.norm, d.start, d.end)
    return found


def _relations(norm: NormalizedText, drafts: list[_Draft], layout: Layout,
               host_index: int | None, *, report: bool = False, repost: bool = False,
               host_date: date | None = None) -> list[Relation]:  # fmt: skip
    """The relations of every reference in the text: each reference's cue (its clause, the
    list or passive it stands in, an annex line), the lists of the opening and of the bases,
    the edge each reference states, then the acts of the whole text and what they leave out."""
    classes: list[Classification | None] = [None] * len(drafts)
    start_of = [0] * len(drafts)  # where each reference's clause starts
    named_parts: dict[int, str | None] = {}  # an item's parts, for the provision of its act
    noted = _in_site_notes(norm, drafts)
    site_list = _in_site_lists(norm, drafts)
    acting: set[int] = set()  # references a basis line's text acts on (`_act_in_basis`)
    for j, d in enumerate(drafts):
        floor = _clause_floor(drafts, noted, j)
        start = _clause_start(norm, d.lead_start, floor)
        start_of[j] = start
        if (start > floor and norm.text[start - 1] == "\n" and norm.shadow.startswith("[", start)
                and site_note_at(norm.shadow, start + 1) is not None):  # fmt: skip
            # "Điều 2. Sửa đổi, bổ sung\n[Điều này hết hiệu lực bởi …] khoản 1 Điều 163 của Luật
            # …": the site broke the line to put its note in; the sentence goes on
            start = _clause_start(norm, start - 1, floor)
        found = _cue_of_clause(norm, drafts, classes, named_parts, j, start, floor)
        found = _joined_texts(norm, drafts, classes, j, start, found)
        found = _annex_cue(norm, d, start, floor, found)
        found = _weaker_cue(norm, layout, d, start, found)
        found = _about_uncoded_plan(norm.shadow, drafts, d, start, found)
        found = _joined_to_outer_act(norm.shadow, drafts, classes, d, start, found)
        classes[j] = found
        _act_in_basis(norm, drafts, classes, j, acting)
    _opening_list(norm, drafts, classes, layout, report=report)
    _basis_lists(norm, drafts, classes, layout)
    own = drafts[host_index].code if host_index is not None else None
    host_code = own.canonical if own is not None else None
    text = _Text(norm, drafts, layout, classes, host_index, own, host_code, report, repost,
                 host_date)  # fmt: skip
    primary = _primary_targets(text)
    relations = _stated_relations(text, primary, start_of, named_parts, site_list)
    host_kind = own.kind if own is not None and own.kind else kind_code_of(layout.kind)
    relations += _bare_type_backrefs(norm, drafts, host_code, host_kind, relations)
    relations += _repealed_parts(norm, drafts, classes, layout)
    relations = _whole_text_acts(text, relations, host_kind)
    relations = _joint_acts(drafts, relations)
    relations = _cited_by_host(text, relations, site_list)
    # (the host still cites what a misread act names)
    relations = _acts_in_time(drafts, relations)
    relations = _acts_in_rank(drafts, relations, host_kind)
    relations = _words_quoted(norm, drafts, relations)
    relations = _listed_not_acted(norm, drafts, layout, relations)
    relations = _parts_ended(norm, drafts, start_of, relations)
    relations = _enclosed_with_approval(norm.shadow, drafts, relations, host_code, host_kind)
    return _stronger_than_cites(_guides_over_implements(relations), host_code)


def _clause_floor(drafts: list[_Draft], noted: list[bool], j: int) -> int:
    """Where the clause of reference `j` may start at the earliest: after the reference before
    it (one in a site's note aside), that one's tail and subject, and the citation `j` stands
    in."""
    d = drafts[j]
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
    return floor


def _cue_of_clause(norm: NormalizedText, drafts: list[_Draft],
                   classes: list[Classification | None], named_parts: dict[int, str | None],
                   j: int, start: int, floor: int) -> Classification:  # fmt: skip
    """The cue of reference `j`'s lead-in, else of the list, the parts or the heading it
    stands under (the parts an item names go to `named_parts`)."""
    d = drafts[j]
    found = classify_relation(_unquoted(_lead_in(norm.shadow, start, d.lead_start)))
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
    if found.cue is None and (detailing := _details_run_on(norm, drafts, classes, j, start)):
        found = detailing
        named_parts[j] = _parts_named(norm, start, d.lead_start)
    if found.cue is None and start > floor and norm.text[start - 1] == ":":
        # "… thực hiện chung 2 chương trình của Thành ủy, gồm: Chương trình số 02-CTr/TU":
        # the first item of a list takes the cue that introduces the list
        before = _clause_start(norm, start - 1, floor)
        intro = norm.shadow[before : start - 1]
        introduced = classify_relation(intro)
        if introduced.type in _LIST_TYPES or (
            # "… có hiệu lực thi hành kể từ ngày 21 tháng 5 năm 2018 và thay thế các quyết
            # định: Quyết định số 2348/2011/QĐ-UBND …, Quyết định số 1330/QĐ-UBND …" (Cao
            # Bằng, 18/2018/QĐ-UBND): a State act's list, its objects named right after it
            introduced.type in _LISTED_ACTS and introduced.cue is not None
            and _ACT_LIST_INTRO.search(intro) is not None
        ):
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
    if found.cue is None and (act := _item_of_act_list(norm, drafts, classes, j)):
        found = act  # "… thay thế các văn bản:\n1. Quyết định số …\n2. Hướng dẫn số …"
    return found


def _details_run_on(norm: NormalizedText, drafts: list[_Draft],
                    classes: list[Classification | None], j: int,
                    start: int) -> Classification | None:  # fmt: skip
    """The host's detailing of the text before reference `j`, where `j`'s clause names only
    parts of it after a semicolon or "và": "Nghị định này quy định chi tiết Điều 11 của Luật
    Dẫn độ số 100/2025/QH15 (…); Điều 10, Điều 11 của Luật Chuyển giao … số 101/2025/QH15"
    (172/2026/NĐ-CP), "… Luật Bảo hiểm xã hội …; điểm 13 của Nghị quyết số 142/2024/QH15"
    (158/2025/NĐ-CP): the parts the host details run on after the text before."""
    d = drafts[j]
    k = j - 1
    while k >= 0 and drafts[k].alias:
        k -= 1  # "(sau đây gọi là Luật Dẫn độ)": the text's alias, the text before it
    if k < 0 or start == 0 or d.parent is not None or drafts[k].parent is not None:
        return None
    before = classes[k]
    if before is None or before.type is not RelationType.GUIDES or before.label != "details":
        return None
    joined = norm.text[start - 1] == ";" or (
        norm.shadow[start : d.lead_start].lstrip().startswith("va ")
    )
    if joined and _PART_WORD.search(norm.shadow, start, d.lead_start) and (
        _PARTS_ONLY.fullmatch(norm.shadow, start, d.lead_start)
    ):
        return before
    return None


def _joined_texts(norm: NormalizedText, drafts: list[_Draft],
                  classes: list[Classification | None], j: int, start: int,
                  found: Classification) -> Classification:  # fmt: skip
    """Reference `j` joined to the texts before it: a passive's acting texts, a list's next
    acting text, a text joined by "và", a sibling of an older text (`j`'s parent and
    coordination move where the words tell so)."""
    d = drafts[j]
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
    if (last_acted := _next_acted_text(norm, drafts, classes, j)) is not None:
        # "… sửa đổi, bổ sung một số điều của Nghị định số 51/2016/NĐ-CP … và Nghị định số
        # 52/2016/NĐ-CP …": the last item of what the cited text acts on
        d.parent, d.coordinated_with, found = last_acted
    return found


def _annex_cue(norm: NormalizedText, d: _Draft, start: int, floor: int,
               found: Classification) -> Classification:  # fmt: skip
    """The cue of a text an annex is issued with: the act on the annex, the basis or the
    carrying out that the annex's rules stand in, else a citation."""
    if found.type is RelationType.ATTACHED_TO and start > floor and norm.text[start - 1] == ":":
        # "1. Thay thế: Phụ lục II, Phụ lục III, … ban hành kèm theo Thông tư số
        # 21/2021/TT-BLĐTBXH tương ứng bằng …", "2. Thay thế: Mẫu số 01 Phụ lục I ban hành kèm
        # theo Thông tư số …" (02/2024/TT-BLĐTBXH, 09/2026/TT-BNV): the act before the colon
        # is on the parts of the annex after it
        before = _clause_start(norm, start - 1, floor)
        lead = _lead_in(norm.shadow, before, start - 1) + " "
        joined = classify_relation(lead + _lead_in(norm.shadow, start, d.lead_start).lstrip())
        if joined.type is RelationType.AMENDS:
            return joined
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
        if annex_line and (guided := _guided_rules_above(norm, line_start)) is not None:
            # "THÔNG TƯ LIÊN TỊCH\n\nHướng dẫn thực hiện Quy chế Quản lý và sử dụng nguồn
            # viện trợ …\n\n(Ban hành kèm theo Quyết định số 28/1999/QĐ-TTg …)"
            # (04/1999/TTLT-BKH-BTC): the bracket places the rules the title guides; guiding
            # them guides the decision that issued them, as on one line
            return guided
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
    return found


# A title line that guides rules ("Hướng dẫn thực hiện Quy chế …", "Hướng dẫn thi hành một
# số điều của Quy định …", shadow text): the whole line
_GUIDES_RULES_LINE = re.compile(
    r"[ \t]*(?:huong\s+dan(?:\s+(?:thuc\s+hien|thi\s+hanh))?|quy\s+dinh\s+chi\s+tiet)"
    r"(?:\s+mot\s+so\s+(?:dieu|noi\s+dung)(?:\s+cua)?)?\s+(?:quy\s+che|quy\s+dinh|dieu\s+le"
    r"|noi\s+quy|dinh\s+muc)(?![a-z])[^\n\d]*$"
)


# The type line of a text that details others, over its title ("THÔNG TƯ LIÊN TỊCH")
_DETAILING_TYPE_LINE = re.compile(r"[ \t]*(?:thong\s+tu(?:\s+lien\s+tich)?|nghi\s+dinh)[ \t]*")


def _guided_rules_above(norm: NormalizedText, line_start: int) -> Classification | None:
    """The guiding cue of the title line right above an annex line (blank lines aside), where
    that line guides rules and names no number; else None."""
    end = len(norm.shadow[:line_start].rstrip())
    above = norm.shadow.rfind("\n", 0, end) + 1
    if end <= above or _GUIDES_RULES_LINE.fullmatch(norm.shadow, above, end) is None:
        return None
    type_end = len(norm.shadow[:above].rstrip())
    type_line = norm.shadow[norm.shadow.rfind("\n", 0, type_end) + 1 : type_end]
    if _DETAILING_TYPE_LINE.fullmatch(type_line) is None:
        return None  # (a guidance a decision issues, "HƯỚNG DẪN …\n(Ban hành kèm theo …)", is
        # that decision's annex)
    found = classify_relation(norm.shadow[above:end])
    return found if found.label == "guides" else None


def _weaker_cue(norm: NormalizedText, layout: Layout, d: _Draft, start: int,
                found: Classification) -> Classification:  # fmt: skip
    """A cue that tells less than it seems to: a text carried out through an uncoded one, a
    basis someone goes by in a provision."""
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
    return found


def _of_host(text: _Text, d: _Draft) -> bool:
    """Whether the host states `d` itself: at the top level, or in the subject of its own
    code ("… ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai Chỉ thị số …")."""
    drafts, host_index, host_code = text.drafts, text.host_index, text.host_code
    if d.parent is None or d.parent == host_index:
        # (the host's own mention by number: "Chương trình hành động số 01 của Thành ủy …
        # về Thực hiện Thông báo Kết luận số 234-TB/TW …", a title with no symbol)
        return True
    parent = drafts[d.parent].code
    return parent is not None and parent.canonical == host_code


def _primary_targets(text: _Text) -> dict[str, set[RelationType]]:
    # The primary targets: what the title and opening sentence say the document is about,
    # with the edge type they give (a review plan reviews; an implementing plan implements).
    drafts, classes, layout, own = text.drafts, text.classes, text.layout, text.own
    primary: dict[str, set[RelationType]] = defaultdict(set)
    for j, (d, cls) in enumerate(zip(drafts, classes, strict=True)):
        at_top = layout.position(d.start) in ("title", "opening")
        if _of_host(text, d) and d.code is not None and cls is not None and at_top:
            guides = cls.label == "guides" and (
                _source_kind(drafts, j, own, layout) in _DETAILING_KINDS
            )  # (as the loop below types it)
            primary[d.code.canonical].add(RelationType.GUIDES if guides else cls.type)
            if cls.label == "builds_on":
                # "Tiếp tục phát huy kết quả Chương trình 02-CTr/QU …" and, below, "ĐÁNH GIÁ
                # KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH 02-CTr/QU": the results it builds on it reviews
                primary[d.code.canonical].add(RelationType.REVIEWS)
    return primary


def _stated_relations(text: _Text, primary: dict[str, set[RelationType]], start_of: list[int],
                      named_parts: dict[int, str | None],
                      site_list: list[int | None]) -> list[Relation]:  # fmt: skip
    """The edge each reference states, from the host or from the text in whose subject it
    stands, in text order."""
    norm, drafts, layout, classes = text.norm, text.drafts, text.layout, text.classes
    report, repost = text.report, text.repost
    requests = _numbered_requests(norm, layout)
    purposes = _purpose_sections(norm) if not report or repost else []
    relations: list[Relation] = []
    preamble_items: list[int] = []  # the references of the host's own preamble cue, in order
    relayed_items: list[int] = []  # those of a report's relayed "Thực hiện …" paragraph
    for j, (d, cls) in enumerate(zip(drafts, classes, strict=True)):
        if d.code is None or d.alias or d.mention == "self" or cls is None:
            continue
        target = d.code.canonical
        ends = _source_of(text, site_list, j, cls)
        if ends is None:
            continue
        source, position = ends
        if _not_stated(text, j, cls, source, target):
            continue
        source, position, kind, label, cue = _edge_type(text, j, cls, source, position)
        kind, label, cue, provision = _provision_of(text, named_parts, j, source, kind, label, cue)
        requested = _requested(text, requests, purposes, start_of, (preamble_items, relayed_items),
                               j, cls, source, position)  # fmt: skip
        edge = _host_edge(text, primary, start_of, j, cls, source, position, target, kind, label,
                          requested)  # fmt: skip
        if edge is None:
            continue
        kind, label = edge
        a, b = _sentence_of(text, d)
        oa, ob = norm.to_original(a, b)
        evidence = Evidence(oa, ob, norm.original[oa:ob])
        relations.append(Relation(source, target, kind, label, cue, position, evidence, j,
                                  provision))  # fmt: skip
        if label == REPEALS_TOO:  # "Sửa đổi, bổ sung, bãi bỏ một số điều của …"
            relations.append(Relation(source, target, RelationType.REPEALS, label, cue, position,
                                      evidence, j, provision))  # fmt: skip
    return relations


def _source_of(text: _Text, site_list: list[int | None], j: int,
               cls: Classification) -> tuple[str, str] | None:  # fmt: skip
    """The source of reference `j`'s edge and where it stands: the host, the text in whose
    subject it stands, or the issuer of an earlier plan; None where no text states it."""
    norm, drafts, layout, host_code = text.norm, text.drafts, text.layout, text.host_code
    d = drafts[j]
    if not _of_host(text, d):
        assert d.parent is not None
        parent = drafts[d.parent]
        if parent.code is None or site_list[j] != site_list[d.parent]:
            return None  # (one item of a site's list is not in the subject of the last)
        source, position = parent.code.canonical, "nested"
    else:
        source, position = HOST, layout.position(d.start)
        if not text.report and cls.type in _CARRIED_OUT:
            issuer = _issued_later(norm, drafts, j, host_code, _sentence_of(text, d)[1])
            if issuer is not None:
                # "Thực hiện Quyết định số 468/QĐ-TTg …, UBND tỉnh Ninh Bình đã ban hành Kế
                # hoạch số 107/KH-UBND …": the host tells what an earlier plan carried out
                source, position = issuer, "nested"
    return source, position


def _not_stated(text: _Text, j: int, cls: Classification, source: str, target: str) -> bool:
    """Whether reference `j` gives no edge from `source`: the host's own code, a site's history
    row, a document a report tells was issued beside the reported one or carried out by a
    third body."""
    norm, drafts, own, host_code = text.norm, text.drafts, text.own, text.host_code
    report, repost = text.report, text.repost
    host_index, host_date = text.host_index, text.host_date
    d = drafts[j]
    if source == target or (target == host_code and not _reused_host_code(own, d, host_date)):
        return True
    if source == HOST and _host_with_year_added(own, d.code, host_date):
        return True
    if source == HOST and cls.label == "acted_on_by" and _befalls_host(norm, d)[1]:
        return True  # a legal site's history row: the site's record, not the host citing it
    if report and not repost and source == HOST and cls.label == "issued":
        # "Ban Thường vụ Huyện ủy Hiệp Đức đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số
        # 62/KH-HU …", "Sau khi Bộ Chính trị ban hành …, Ban Thường vụ Tỉnh ủy ban hành Kế
        # hoạch số 118-KH/TU, …": a report tells of another document issued beside the
        # reported one; the reported document states nothing of it (the full text a lead
        # presents still cites what it says was issued before it)
        return True
    # "Thực hiện Kế hoạch số 107/KH-ĐUK của Đảng ủy Khối và Công văn số 571-CV-ĐUB …,
    # … Đảng ủy Học viện phát động cuộc thi" under the report of plan 107 (naem.edu.vn):
    # what carries out the reported text beside another is a third body's act
    return report and source == HOST and _listed_beside_host(drafts, j, host_index, host_code)


def _edge_type(text: _Text, j: int, cls: Classification, source: str,
               position: str) -> tuple[str, str, RelationType, str, str | None]:  # fmt: skip
    """The edge's source, position, type, label and cue: the cue's, unless a passive names the
    acting text (the host cites it) or a guidance of a State text details it."""
    drafts, layout, own = text.drafts, text.layout, text.own
    d = drafts[j]
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
    elif (label == "implements" and cue == "thi hanh" and source == HOST
          and position in ("title", "opening") and d.parent is None
          and _source_kind(drafts, j, own, layout) in _DETAILING_KINDS
          and _guides_as_it_executes(text.norm, d.end)):  # fmt: skip
        kind, label = RelationType.GUIDES, "details"  # "Thi hành …, Bộ … hướng dẫn như sau"
    return source, position, kind, label, cue


def _provision_of(text: _Text, named_parts: dict[int, str | None], j: int, source: str,
                  kind: RelationType, label: str,
                  cue: str | None) -> tuple[RelationType, str, str | None, str | None]:  # fmt: skip
    """The parts of the target the edge concerns (and the act of a text's amenders, where
    the parts named are of a text they amended)."""
    norm, drafts, classes = text.norm, text.drafts, text.classes
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
    return kind, label, cue, provision


def _requested(text: _Text, requests: tuple[int, int] | None, purposes: list[tuple[int, int]],
               start_of: list[int], items: tuple[list[int], list[int]], j: int,
               cls: Classification, source: str, position: str) -> bool:  # fmt: skip
    """Whether the host's words around reference `j` say what it carries out, as its opening
    would (records the references of its preamble cue and those of a report's relayed
    opening in `items`)."""
    norm, drafts, classes, report = text.norm, text.drafts, text.classes, text.report
    preamble_items, relayed_items = items
    d = drafts[j]
    # the requests an opening announces say what the text carries out ("… như sau:\n1.
    # Tiếp tục thực hiện Chỉ thị số …"), as its opening would
    requested = requests is not None and requests[0] <= d.start < requests[1]
    if source == HOST and position in ("body", "annex") and not report and (
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
    if source == HOST and position == "body" and report and (
        _relays_review(norm, start_of[j], d.lead_start, cls, YEARS_AFTER)
    ):
        requested = True  # "Nghị quyết nêu rõ: Sau 5 năm thực hiện …": the text's own review
    if source == HOST and position in ("body", "annex") and cls.type in _CARRIED_OUT and (
        cls.cue is not None and _titles_hosts_annex(norm, drafts, j, text.host_code)
    ):
        requested = True  # "KẾ HOẠCH THỰC HIỆN X / (Ban hành kèm theo Quyết định số [own])"
    if source == HOST and position == "body" and report and (
        _relays_opening(norm, drafts, j, start_of[j], cls, text.host_code)
        or _relayed_list_item(norm, drafts, classes, j, relayed_items)
    ):
        requested = True  # a paragraph "Thực hiện …" under the lead: the reported text's own
        relayed_items.append(j)
    if source == HOST and position in ("body", "annex") and (
        _enacts_attached_plan(norm, start_of[j], cls)
    ):
        requested = True  # "Article 1. To promulgate together with this Decision the Plan …"
    if source == HOST and d.parent is not None and cls.type in _CARRIED_OUT:
        # "Kết luận 156-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 33-NQ/TW … và
        # Kết luận 76-KL/TW …": the host's own title restated in its body (a legal site's
        # full title) says what it carries out, as its title does
        requested = True
    return requested


def _host_edge(text: _Text, primary: dict[str, set[RelationType]], start_of: list[int], j: int,
               cls: Classification, source: str, position: str, target: str, kind: RelationType,
               label: str, requested: bool) -> tuple[RelationType, str] | None:  # fmt: skip
    """The type and label of the host's edge in its annexes and body, weighed against what its
    title and opening said; None where an annex heading names the host itself."""
    norm, layout, own, report = text.norm, text.layout, text.own, text.report
    d = text.drafts[j]
    assert d.code is not None
    if (source == HOST and kind is RelationType.ATTACHED_TO and own is not None
            and position in ("body", "annex")):  # fmt: skip
        # "(Ban hành kèm theo Thông tư số 115/2025/TT-BTC …)" over an annex inside a text
        # with its own number: the annex came with that text; the host is no annex of it
        # (a consolidated text's annexes name the text consolidated; "theo Mẫu số 03a/PL01
        # ban hành kèm theo Nghị định số 23/2021/NĐ-CP" another's form), and an annex
        # heading that names the host, its year left out ("(Ban hành kèm theo Thông tư số
        # 29/TT-BLĐTBXH ngày 28 tháng 12 năm 2022)" in 29/2022/TT-BLĐTBXH), is no edge
        if _same_numbered_text(own, d.code):
            return None
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
    return kind, label


def _whole_text_acts(text: _Text, relations: list[Relation], host_kind: str) -> list[Relation]:
    """The acts the whole text states: the laws its endings end (or those a consolidated text
    quotes), the laws a detailing text details, the passives' acts."""
    norm, drafts, classes, own = text.norm, text.drafts, text.classes, text.own
    consolidated = (own is not None and own.kind == _CONSOLIDATED_KIND) or bool(
        _consolidated_lead(norm.shadow)
    )
    if not consolidated:  # a consolidated text quotes the laws' own endings
        relations = _ended_with_this(norm, drafts, relations)
        relations = _rest_stands(norm, drafts, relations)
    else:
        relations = _quoted_acts(relations)
    if not text.report and (
        host_kind in _DETAILING_KINDS or (own is not None and own.issuer in _GUIDING_ISSUERS)
    ):
        relations += _details_its_laws(norm, drafts, relations)
    relations += _passive_acts(norm, drafts, classes, text.host_code)
    return relations


def _cited_by_host(text: _Text, relations: list[Relation],
                   site_list: list[int | None]) -> list[Relation]:  # fmt: skip
    """The relations without the host's edges to a site's list, and with the host's citation
    of what another text names (its act left to that text)."""
    drafts, layout, host_code = text.drafts, text.layout, text.host_code
    # A document named only inside another's subject clause is still cited by the host.
    # A legal site's list of related documents states no relation of the host to them (what
    # one item says of another, "Thông tư 01/2018/TT-VPCP hướng dẫn Nghị định 61/2018/NĐ-CP",
    # it still states).
    relations = [r for r in relations if r.source != HOST or site_list[r.reference] is None]
    cited = {r.target for r in relations if r.source == HOST}
    for rel in list(relations):
        if site_list[rel.reference] is not None:
            continue
        if rel.type is RelationType.CITES and rel.label not in ("acted_on_by", "annex_of") and (
            _in_about_clause(text, rel.reference)
        ):
            # "… kết luận số 655-KL/TU … về sắp xếp các đơn vị hành chính cấp huyện, cấp xã
            # theo Nghị quyết số 37-NQ/TW" (baothanhhoa.vn): a bare mention inside another
            # text's subject, no act of its own stated, is that text's citation only (FORMAT,
            # settled 2026-12-07 as the 4 dev labels of this shape read it). Not a text sent
            # with the one named ("Theo đề nghị của Sở Xây dựng tại Báo cáo thẩm định số
            # 1618/SXD-QH … (kèm theo Tờ trình số 41/TTr-UBND …)" in 1036/QĐ-UBND Thanh Hóa:
            # the host names the submission beside the report, as its own proposal), nor a
            # clause after a citation that opens no subject ("Thủ tục … quy định tại Điều 19
            # Nghị định số 15/2019/NĐ-CP thực hiện theo thủ tục … tại Điều 9 Nghị định số
            # 95/2026/NĐ-CP", 23/2026/NQ-CP: the host's own rule)
            continue
        if rel.source != HOST and rel.target not in cited and rel.target != host_code:
            cited.add(rel.target)
            where = layout.position(drafts[rel.reference].start)
            relations.append(replace(rel, source=HOST, type=RelationType.CITES, label="mentions",
                                     cue=None, position=where))  # fmt: skip
    return relations


# A subject clause's opener, "về (việc)", "V/v" (shadow text).
_ABOUT = re.compile(r"(?<![a-z])(?:ve|v/v)(?![a-z])")


def _in_about_clause(text: _Text, j: int) -> bool:
    """Whether reference `j` stands in the "về …" subject of the citation it is nested in."""
    d = text.drafts[j]
    if d.parent is None:
        return False
    parent = text.drafts[d.parent]
    return _ABOUT.search(text.norm.shadow, parent.end, d.start) is not None


def _stronger_than_cites(relations: list[Relation], host_code: str | None) -> list[Relation]:
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


def _same_numbered_text(own: DocumentCode, code: DocumentCode) -> bool:
    """Whether `code` is the host's own number, type and issuer, its year left out or not."""
    return (code.number, code.kind, code.issuer) == (own.number, own.kind, own.issuer) and (
        code.year is None or code.year == own.year
    )


def _host_with_year_added(own: DocumentCode | None, code: DocumentCode | None,
                          host_date: date | None) -> bool:  # fmt: skip
    """Whether `code` is the host's own number, type and issuer with the host's year put in,
    as a legal site's title prints an individual decision that carries none ("Quyết định số
    1669/2019/QĐ-UBND tỉnh Hà Tĩnh" over the header's "Số: 1669/QĐUBND … ngày … 2019",
    zz4-hatinh; "Quyết định số 5556/2021/QĐ-BYT" on tailieu.vn over "Số: 5556/QĐBYT"): the
    host itself, which it does not cite. Another year is another text ("Thông tư số
    19/2016/TT-BNNPTNT" amended by 19/2017/TT-BNNPTNT)."""
    return (
        own is not None and code is not None and own.year is None and code.year is not None
        and host_date is not None and code.year == host_date.year
        and (code.number, code.kind, code.issuer) == (own.number, own.kind, own.issuer)
    )  # fmt: skip


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


_SPACED_NOTE = re.compile(rf"[ \t]*(?:{SITE_NOTE.pattern})[ \t]*")


# Words struck out or put in ("cụm từ “…”", "từ “…”"): what they say is no cue of the clause
_WORDS_QUOTED = re.compile(r'(?<![a-z])(?:cum\s+)?tu\s*"')
_QUOTED = re.compile(r'"[^"]*"')


def _unquoted(lead: str) -> str:
    """`lead` with the words that a text's act strikes out or puts in blanked: "2. Bãi bỏ cụm
    từ “(Sở Lao động - Thương binh và Xã hội hoặc Phòng Lao động - Thương binh và Xã hội tùy
    theo phân cấp của từng địa phương)” tại khoản 2 Điều 8 Thông tư số 44/2022/TT-BTC."
    (95/2025/TT-BTC): the quoted "theo" is no citation, the words' act is the cue."""
    if '"' not in lead or _WORDS_QUOTED.search(lead) is None:
        return lead
    return _QUOTED.sub(lambda m: '"' + " " * (len(m.group()) - 2) + '"', lead)


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


# A clause that opens with the basis cue (shadow text).
_BASIS_OPENS_CLAUSE = re.compile(r"[ \t\-–•*+]*can\s+cu(?:\s+vao)?(?![a-z])")
# "… và " right before a reference (shadow text).
_AND_BEFORE = re.compile(r"[\s,]va\s*$")
# "(theo) quy định tại/của " right before a reference (shadow text).
# (on its first letter, the look-behind after it: see `page.common._PAST`)
_PROVIDED_IN = re.compile(
    r"[tq](?<![a-z][tq])(?:(?<=t)heo\s+quy|(?<=q)uy)\s+dinh\s+(?:tai|cua)\s*$"
)


# An item that opens with an amending law's title: " và Luật sửa đổi, bổ sung …" (shadow).
_AMENDING_LAW_ITEM = re.compile(
    r"[\s\-–•*+]*(?:va\s+)?(?:cac\s+)?(?:bo\s+)?luat\s+(?:sua\s+doi|bai\s+bo|thay\s+the)(?![a-z])"
)


def _in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


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


def _act_in_basis(norm: NormalizedText, drafts: list[_Draft],
                  classes: list[Classification | None], j: int, acting: set[int]) -> None:
    """Put reference `j` in the subject of the basis text whose act it stands under, where the
    reader found no subject there (`_acting_basis_item`); a text joined to it by "và" goes with
    it ("… quy định tại Nghị định số 16/2005/NĐ-CP … và Nghị định số 112/2006/NĐ-CP")."""
    d = drafts[j]
    if (j - 1 in acting and d.parent is None and d.coordinated_with == j - 1
            and (found := classes[j]) is not None
            and (found.cue is None or found == classes[j - 1])):  # fmt: skip
        d.parent, classes[j] = drafts[j - 1].parent, classes[j - 1]
        acting.add(j)
        return
    if (moved := _acting_basis_item(norm, drafts, classes, j)) is not None:
        d.parent, classes[j] = moved
        acting.add(j)

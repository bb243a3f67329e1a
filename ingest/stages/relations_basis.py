"""The relations stage's reading of a text's bases: basis headings and lists, a basis within
a sentence, a preamble's cue and items, a basis opening an attached text."""

from __future__ import annotations

import re

from ingest.codes import Family
from ingest.context import BASIS_START, WRAPPED_LINE
from ingest.find import TYPE_WORD_ALT
from ingest.layout import Layout
from ingest.relations import Classification, RelationType
from ingest.stages.common import _Draft
from ingest.stages.own_code import _BASIS_LINE
from ingest.stages.relations_common import _LIST_TYPES, _opens_sentence
from ingest.stages.relations_details import _DETAILING_KINDS
from ingest.text import SMALL_LETTERS, NormalizedText

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
# "At the request of …", "Considering the proposals of …"; the plural "At the proposals of the
# Minister of Agriculture and Rural Development (Official Dispatch No.173/BNN-CS …)", vbpl.vn's
# translation of a 2001 decision amending 141/2000/QĐ-TTg).
_BASIS_LIST_ENDS = re.compile(
    r"(?<! no)\.\s|:\s(?![ \t]*\d+[ \t]*[/\-])"
    r"|\n\s*(?:xet|theo|quyet\s+dinh|at\s+the\s+(?:proposals?|requests?)|considering)(?![a-z])"
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
    carried: int | None = None  # the last item an act's list carried over a semicolon
    for j, d in enumerate(drafts):
        if d.parent is not None or d.code is None or d.alias:
            continue  # "(sau đây gọi là Chương trình số 10-CTr/TU)" is no item of the list
        found = classes[j]
        if previous is not None and found is not None and found.cue is None:
            gap = shadow[drafts[previous].end : d.lead_start]
            prev_class = classes[previous]
            listed = prev_class is not None and prev_class.type in _LIST_TYPES
            if listed and ";" in gap and not _list_ends(shadow, drafts[previous].end, d.lead_start):
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
            elif (
                carried is not None and carried == previous and prev_class is not None
                and d.coordinated_with == previous and _ITEM_AFTER_AND.search(gap)
                and not _BASIS_LIST_ENDS.search(gap)
                and layout.position(d.start) in ("title", "opening")
            ):  # (only where the host states its own act: in a body's provision the "và"
                # may join a text the words before it name in passing, 05/2022/TT-BLĐTBXH)
                # "…; Nghị định số 36/2012/NĐ-CP … quy định chức năng, nhiệm vụ … của Bộ, cơ
                # quan ngang Bộ và Nghị định số 55/2011/NĐ-CP …" (48/2013/NĐ-CP): the last item
                # of the semicolon list, joined by "và" after the item before's subject
                classes[j] = prev_class
            elif (
                prev_class is not None and prev_class.type is RelationType.BASED_ON
                and drafts[previous].tail.subject_span is None and ";" not in gap
                and _JOINED_ITEM_LEAD.search(gap)
                and not _list_ends(shadow, drafts[previous].end, d.lead_start)
            ):  # "Căn cứ Chỉ thị số 18-CT/TW ngày 04 tháng 9 năm 2012 và văn bản số 28-CV/TW
                # ngày 02 tháng 11 năm 2016 của Ban Bí thư …" (784/KH-BGTVT): a basis with no
                # subject of its own, only its date, and the next text joined by "và"; both
                # are bases (the subject after the second is theirs)
                classes[j] = prev_class
            if (listed and classes[j] is prev_class
                    and (carrying := _carrying_line(norm, drafts[previous].end, d.lead_start))):
                classes[j] = carrying  # a line of its own "Thực hiện …" after the bases
            if classes[j] is prev_class and prev_class is not None and (
                prev_class.type in _ACTED_LIST
            ):
                carried = j
        if found is not None and found.cue is None and classes[j] is found and (
            _first_coded_basis(norm, d.lead_start)
        ):
            classes[j] = _BASIS
        elif (found is not None and classes[j] is found  # (a cue the words before it hold
              # is no longer theirs: "… xếp loại chất lượng … năm 2020 -Căn Hướng dẫn số …")
              and (cu := _CU_DROPPED.search(shadow, max(0, d.lead_start - 40), d.lead_start))
              and norm.text[cu.start()] == "C"  # (a clause's opening word)
              and _NAMED_ITEM_LINE.match(shadow, d.lead_start)):
            # "Căn công văn 167/SGD&ĐT-VP ngày 17/01/2013 việc triển khai …; Căn vào công văn
            # số 804/HD-PGD-ĐT …" (xã Vầy Nưa), "-Căn Hướng dẫn số 33-HD/BTCTW …" (Đảng ủy xã
            # La Bằng): a copy that dropped its small words ("cứ", "của", "về") keeps "Căn"
            # opening the clause right before the text's type word
            classes[j] = _BASIS
        elif (found is not None and found.cue is None and classes[j] is found
              and _item_line_after_basis(norm, d.lead_start)):
            classes[j] = _BASIS
        elif (found is not None and d.parent is None
              and (found.label == "acted_on_by" or found.type is RelationType.CONSOLIDATES)
              and (line := _clause_line(norm, d.lead_start)) is not None
              and (previous is None or drafts[previous].end <= line)  # no text named before
              and _BASIS_CLAUSE_LAW.match(shadow, line)
              and not _list_ends(shadow, line, d.lead_start)):
            # "Căn cứ Hiến pháp nước CHXHCN Việt Nam đã được sửa đổi, bổ sung một số điều
            # theo Nghị quyết số 203/2025/QH15;" (Quảng Ninh's Front, 2025; 1678/NQ-UBTVQH15):
            # the amender of a basis named without a number is a basis too, as the labels have
            # the amender of a numbered one ("Căn cứ Luật … số 64/2025/QH15 được sửa đổi, bổ
            # sung bởi Luật số 87/2025/QH15": 17 dev cases of 17); and so the text that
            # consolidates a law the basis names: "Căn cứ Luật Thi đua, Khen thưởng hợp nhất
            # tại văn bản số 16/VBHN-VPQH …;" (172/2015/QĐ-UBND Bắc Giang): the host consolidates
            # nothing
            classes[j] = _BASIS
        elif (found is not None and d.parent is None and found.label == "according_to"
              and (line := _clause_line(norm, d.lead_start)) is not None
              and (previous is None or drafts[previous].end <= line)  # no text named before
              and BASIS_START.match(shadow, line) and "(" not in shadow[line : d.lead_start]
              and not _list_ends(shadow, line, d.lead_start)):
            # "- Căn cứ Quy chế Cán bộ Đoàn TNCS Hồ Chí Minh do Ban Bí thư Trung\nương Đảng ban
            # hành theo Quyết định số 289-QĐ/TW …;" (Trung ương Đoàn, 2023), "Căn cứ tình hình
            # tổ chức thực hiện … theo Kế hoạch số 2088/KH-UBND …" (540/KH-UBND Gia Lai): the
            # text a basis named without a number stands "theo" is a basis (6 dev cases of 6;
            # not an aside: "Căn cứ kết quả xin ý kiến nhân dân (theo Báo cáo số 147/BC-UBMTTQ
            # …)", 01/2024/QĐ-UBND xã Nà Nghịu, where the report is cited)
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


# What a list's act may do to every item (not a repeal's "bãi bỏ … ; Quyết định này …": an item
# must open right after the semicolon, see `_ITEM_AFTER_SEMICOLON`).
_ACTED_LIST = frozenset({RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS})
# The item opens right after the last semicolon of the gap ("; ", "; và ", a wrapped line; an
# English translation's "; and Decree No. 04/2008/ND-CP …", vanbanphapluat.co 2631/QĐ-TTg).
_ITEM_AFTER_SEMICOLON = re.compile(r";\s*(?:va\s+|and\s+)?$")
# The list's last item, joined by "và" (or "and") right before it.
_ITEM_AFTER_AND = re.compile(r"(?<![a-z])(?:va|and)\s+$")
# A next basis joined by "và" with its type word ("… và văn bản số 28-CV/TW"; shadow text; a
# translation's "… 51/2010/NĐ-CP 14 May 2010 and Decree No. 04/2014/ND-CP …", 26/2015/TT-BTC).
_JOINED_ITEM_LEAD = re.compile(
    rf"(?<![a-z])(?:va\s+(?:(?:{TYPE_WORD_ALT}|van\s+ban)\s+)?(?:so\s*:?\s*)?"
    r"|and\s+(?:the\s+)?(?:decree|circular|decision|law|resolution|directive|ordinance)"
    r"(?:\s+no\.?)?\s*)$"
)
# A basis sentence whose first items name no code: "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
# Quy định số 294-QĐ/TW …" (shadow text from the sentence's start to the item).
_BASIS_OPENS = re.compile(r"[ \t\-–•*+]*can\s+cu(?![a-z])[^;]*;")
_BASIS_LOOKBACK = 600
_ITEM_PEEK = 12  # what a list end's look-ahead may need of the item after the gap


# A clause's "Căn" right before a text's type word, its "cứ" dropped (shadow text, to the item).
_CU_DROPPED = re.compile(r"(?<![a-z])can\s+(?:vao\s+)?$")
# A line that goes on the one before, in small letters ("Đ", "Ủ" open a line of their own:
# "…;\nĐiều 1. Phạm vi").
_WRAPPED_SMALL = re.compile(rf"\n[ \t]*[{SMALL_LETTERS}]")
# "Căn cứ" opening a clause (shadow text).
# A basis line that names a law or the constitution by its title first (shadow text).
_BASIS_CLAUSE_LAW = re.compile(r"[ \t\-–•*+]*can\s+cu\s+(?:hien\s+phap|(?:bo\s+)?luat)(?![a-z])")
_PASSIVE_REACH = 300  # from a basis line's start to the amender its passive names


def _clause_line(norm: NormalizedText, pos: int) -> int:
    """The start of the line that holds `pos` (a wrapped line goes on the one before)."""
    lo = max(0, pos - _PASSIVE_REACH)
    line = norm.shadow.rfind("\n", lo, pos)
    while line > lo and _WRAPPED_SMALL.match(norm.text, line):
        line = norm.shadow.rfind("\n", lo, line)
    return line + 1


def _list_ends(shadow: str, start: int, end: int) -> bool:
    """Whether `_BASIS_LIST_ENDS` finds an end in shadow[start:end], the item at `end` seen by
    the look-ahead ("…;\n\nNghị định: 09/2006/NĐ-CP": a colon its number follows goes on)."""
    ends = _BASIS_LIST_ENDS.search(shadow, start, min(len(shadow), end + _ITEM_PEEK))
    return ends is not None and ends.start() < end


def _under_basis(norm: NormalizedText, pos: int) -> bool:
    """Whether `pos` stands in a "Căn cứ …;" list: a line opening with the cue before it, and
    only items parted by ";" or "và" between (no sentence end, no next clause)."""
    shadow = norm.shadow
    lo = max(0, pos - _BASIS_LOOKBACK)
    cue = None
    for cue in _BASIS_LINE.finditer(shadow, lo, pos):  # noqa: B007 - the last one is wanted
        pass
    return cue is not None and not _BASIS_LIST_ENDS.search(shadow, cue.end(), pos)


# A line that opens with the host's own carrying-out cue (shadow text).
_CARRYING_LINE = re.compile(
    r"\n[ \t\-–•*+]*(?:tiep\s+tuc\s+)?(?:thuc\s+hien|trien\s+khai(?:\s+thuc\s+hien)?)(?![a-z])"
)


def _carrying_line(norm: NormalizedText, gap_start: int, lead: int) -> Classification | None:
    """The carrying-out cue of a line of its own between a basis list's item and the next
    reference, whose first items the reader found no code in: "… hướng dẫn quy trình hiệp
    thương …;\nThực hiện Hướng dẫn Mặt trận Tổ quốc Việt Nam tham gia công tác bầu cử …; Kế
    hoạch số 33/KH-MTTQ-BTT …, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã hướng
    dẫn …" (the Front of xã Lương Minh, Quảng Ninh, 2025): the bases end there, the plan is
    carried out."""
    cue = max(_CARRYING_LINE.finditer(norm.shadow, gap_start, lead), key=lambda m: m.start(),
              default=None)  # the last one
    if cue is None or _BASIS_LIST_ENDS.search(norm.shadow, cue.end(), lead):
        return None
    words = " ".join(cue.group().strip(" \t\n-–•*+").split())
    return Classification(RelationType.IMPLEMENTS, "implements", words)


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
    if opened is None:
        return False
    # (the item's own first characters go with the gap: "Nghị định: 09/2006/NĐ-CP" leads up
    # to the colon, and a colon ends the list unless its number follows it)
    ends = _BASIS_LIST_ENDS.search(seg + shadow[lead : lead + _ITEM_PEEK], opened.end() - 1)
    return ends is None or ends.start() >= len(seg)


def _item_line_after_basis(norm: NormalizedText, lead: int) -> bool:
    """Whether the reference at `lead` opens a line of its own by its type word and number,
    right under a basis line ("Căn cứ …" closed by "." or ";") or under another such item:
    "- Căn cứ chỉ thị số 02/CT-TTg ngày 25/01/2016 của Thủ tướng Chính phủ về … cách mạng.\n-
    Kế hoạch số 9799/KH-BQP ngày 7/10/2015 của Bộ Quốc phòng …" (12/KH-TWH, Hội Trường Sơn),
    "Căn cứ Kế hoạch số 30 /KH - BTC …\nCông văn số 13 - CV/ĐTN …" (15-KH/ĐT, Phước Long): the
    list goes on without repeating the cue. Not a line that opens on a cue of its own ("Thực
    hiện …"), nor one whose text is named past its first words."""
    shadow, text = norm.shadow, norm.text
    lo = max(0, lead - _BASIS_LOOKBACK)
    line = shadow.rfind("\n", lo, lead)
    if line < 0:
        return False
    item = _NAMED_ITEM_LINE.match(shadow, line + 1)
    if item is None or (
        shadow[line + 1 : lead].strip(" \t-–•*+")  # (the lead-in starts at the type word)
        and (item.end() > lead or not _TO_NUMBER.fullmatch(shadow, item.end(), lead))
    ):
        return False
    while True:
        end = line
        while end > lo and shadow[end - 1] in " \t\n":
            end -= 1
        if end <= lo or shadow[end - 1] not in ".;":
            return False  # the line before goes on into this one, or nothing before
        start = shadow.rfind("\n", lo, end)
        while start > lo and (_WRAPPED_SMALL.match(text, start)
                              or not shadow[start:shadow.find("\n", start + 1)].strip()):
            start = shadow.rfind("\n", lo, start)  # a wrapped line or a blank one goes on
        if start < 0 and lo > 0:
            return False
        if _BASIS_LINE.match(shadow, max(start, 0)):
            return True
        opened = _NAMED_ITEM_LINE.match(shadow, start + 1)
        if opened is None or not _TO_NUMBER.match(shadow, opened.end()):
            return False  # no basis line, nor an item line to walk back over
        line = start


# What stands between an item line's type word and its number ("số", "số:", nothing).
_TO_NUMBER = re.compile(r"\s*(?:so\s*:?\s*)?")
# A basis item's own line, opening on the name of a law or a text (shadow text).
_NAMED_ITEM_LINE = re.compile(
    rf"[ \t\-–•*+]*(?:bo\s+luat|luat|phap\s+lenh|{TYPE_WORD_ALT})(?![a-z])"
)
# A clause that opens with the carrying-out cue: "Thực hiện Công văn số 5177/BNN-TY …;", "Để
# thực hiện nghiêm các văn bản chỉ đạo … và thực hiện Thông báo số 935/TB-UBND …" (shadow).
# (and an English translation's: "Pursuant to …;\nImplementing decision No 2136/QD-TTg …;\nAt
# the suggestion of …", 211/2014/TT-BTC; "Implementing the conclusion of the Standing Party
# Committee … in Official Dispatch No. 1821-CV/TU …;", 2156/QĐ-UBND Đà Nẵng)
_PREAMBLE_CUE = re.compile(
    r"[ \t\n\-–•*+]*(?:(?:de\s+)?(?:tiep\s+tuc\s+)?(?:thuc\s+hien|trien\s+khai)"
    r"|implementing|in\s+implementation\s+of)(?![a-z])"
)
# What ends a document's preamble: a numbered section ("I. MỤC ĐÍCH, YÊU CẦU", "1. …"), an
# article ("Điều 1."), the enacting word of a decision ("QUYẾT ĐỊNH:") (shadow text).
_PREAMBLE_ENDS = re.compile(
    r"\n[ \t]*(?:(?:[ivx]+|\d+)[ \t]*[.\-)][ \t]|(?:dieu|article)\s+\d+\s*[.:])"
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


# What a text named in a basis line does to the next one, where the reader found no subject
# after its code (a misprinted date "ngày 20 tháng 3 tháng 2006", words glued "Bộ trưởngBộ Nội
# vụ", "1năm 2009", a joint issuer "liên bộ Bộ Công an - Bộ Lao động - …", a colon "về: Lập,
# …"): its verb is that text's, not the host's, which does nothing in its bases.
_ACTED_IN_BASIS = frozenset({RelationType.AMENDS, RelationType.GUIDES})
# A guiding verb in the words between the two texts, where the cue of the second was cut at a
# colon ("hướng dẫn một số nội dung về: Lập, … quy định tại Nghị định số …"; not "được hướng
# dẫn", a passive, nor "văn bản hướng dẫn", another text; shadow text)
_GUIDING_VERB = re.compile(
    r"(?<![a-z])(?<!duoc\s)(?<!van\sban\s)(?:huong\s+dan|quy\s+dinh\s+chi\s+tiet)(?![a-z])"
)
_ACTED_GAP_MAX = 400  # from the acting text's code to the text it acts on


def _acting_basis_item(norm: NormalizedText, drafts: list[_Draft],
                       classes: list[Classification | None], j: int,
                       ) -> tuple[int, Classification] | None:  # fmt: skip
    """The text whose act reference `j` stands under in a basis line, and the act: "Căn cứ
    Thông tư số 02/2007/TTLT-BCA-BLĐTBXH-BTC ngày 01 tháng 3 năm 2007 của liên bộ Bộ Công an -
    Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính hướng dẫn thực hiện Nghị định số
    38/2006/NĐ-CP" (Cần Thơ 37/2007/QĐ-UBND, hethongphapluat.com), "… Thông tư 03/2004/TT-BNV
    ngày 16/01/2004 của Bộ trưởngBộ Nội vụ hướng dẫn thực hiện Nghị định 114/2003/NĐ-CP" (Gia
    Lai 48/2004/QĐ-UB, luatminhkhue.vn), "; Nghị định số 07/2009/NĐ-CP ngày 22 tháng 1năm 2009
    về việc sửa đổi một số điều của Nghị định số 160/NĐ-CP" (Hà Nam 36/2010/QĐ-UBND,
    hethongphapluat.vn): the circular guides, the decree amends. Only where the reference
    before `j` on the same line is a State text with nothing but its own date, issuer and
    subject between (no ";", no other reference), a decree or circular where it guides; None
    where the reader already put `j` in a subject, or the host's own words stand there
    ("Căn cứ Luật sửa đổi, bổ sung …", "được sửa đổi, bổ sung bởi …": no act here)."""
    d, found = drafts[j], classes[j]
    if d.parent is not None or d.code is None or d.mention != "code" or found is None or j == 0:
        return None  # (a short form, "… về việc hướng dẫn bổ sung Thông tư liên tịch số 03",
        # gives no relation: FORMAT)
    k = j - 1
    prev = drafts[k]
    if prev.code is None or prev.alias or "by_name" in prev.flags or prev.code.year is None:
        return None
    gap = norm.shadow[prev.end : d.lead_start]
    # (the text before stands in a "Căn cứ" list on a line of its own, a colon in its subject
    # no end; not a law's own opening that goes on under its bases, "Căn cứ Hiến pháp …;\nQuốc
    # hội ban hành Luật sửa đổi, bổ sung … của Luật … số 17/2012/QH13 đã được sửa đổi, bổ sung
    # một số điều theo Luật số 08/2017/QH14, Luật Đất đai số 45/2013/QH13 …", 35/2018/QH14)
    if len(gap) > _ACTED_GAP_MAX or ";" in gap or "\n" in gap.strip() or ". " in gap or not (
        _under_basis(norm, prev.lead_start) and _on_basis_line(norm, prev.lead_start)
    ):
        return None
    act = found
    if found.type is RelationType.CITES and found.cue is None and (
        verb := _GUIDING_VERB.search(gap)
    ):
        act = Classification(RelationType.GUIDES, "details", verb.group())
    if act.type is RelationType.IMPLEMENTS and act.label == "guides":
        act = Classification(RelationType.GUIDES, "details", act.cue)
    if act.type not in _ACTED_IN_BASIS or act.label not in ("details", "amends"):
        return None
    if prev.code.family is not Family.STATE or (
        act.type is RelationType.GUIDES and prev.code.kind not in _DETAILING_KINDS
    ):
        return None
    return k, act


_LINE_WRAPS = 8  # how many wrapped lines a basis line may run over before a text it names


def _on_basis_line(norm: NormalizedText, pos: int) -> bool:
    """Whether the line that holds `pos` opens with "Căn cứ" (a line that goes on the one
    before in small letters is part of it)."""
    line = norm.shadow.rfind("\n", 0, pos)
    for _ in range(_LINE_WRAPS):
        if line <= 0 or not _WRAPPED_SMALL.match(norm.text, line):
            break
        line = norm.shadow.rfind("\n", 0, line)
    return BASIS_START.match(norm.shadow, line + 1) is not None

"""The relations stage's reading of lists: a legal site's lists of related texts, a list of
acts under one cue, an opening's list of what the host carries out, a list that only reports."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ingest.context import site_note_at
from ingest.find import TYPE_WORD_ALT
from ingest.layout import Layout
from ingest.models import HOST, Relation
from ingest.relations import Classification, RelationType, classify_relation
from ingest.stages.common import _Draft
from ingest.stages.references import _COORDINATION_GAP
from ingest.stages.relations_acted import _acted_on
from ingest.stages.relations_basis import _BASIS_WORD
from ingest.stages.relations_common import _PARTS_ONLY, _is_law, _opens_sentence
from ingest.text import SMALL_LETTERS, NormalizedText

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


# A law named in a list after another: ", Luật Tài nguyên nước số ", " và Bộ luật Hàng hải Việt
# Nam số " (shadow text from the end of the previous reference; not ", Luật số ").
_NAMED_LAW_ITEM = re.compile(
    r"\s*[,;]?\s*(?:va\s+)?(?:bo\s+)?luat\s+(?!so(?![a-z]))[a-z][a-z ,\-]{0,120}?"
    r"\s*(?:so\s*:?\s*)?"
)


# An item of a lettered or numbered list: "a) ", "2) " (shadow text).
_ITEM_MARK = re.compile(r"[ \t]*(?:[a-z]|\d{1,2})\)[ \t]*")
# A line that goes on with the item's provisions: "khoản 1 và khoản 5 Điều 54;", "Điều 2 và …"
# (a PDF's line broken after "Khoản 5"); in the normalized text.
_ITEM_GOES_ON = re.compile(rf"[ \t]*(?:[{SMALL_LETTERS}]|(?:Điều|Khoản|Điểm|Mục|Chương)\s)")
# An English translation's item naming a whole text, whose number word the reference leaves
# out: "a) The Government's Decree No. 90/2009/ND-CP …" under "2. This Decree supersedes:"
# (vietjack.me, 163/2013/NĐ-CP; shadow text from the item's mark to the reference).
_ENGLISH_TEXT_ITEM = re.compile(
    r"(?:the\s+)?(?:[a-z]+(?:'|’)s\s+)?(?:joint\s+)?"
    r"(?:decree|decision|circular|law|resolution|directive|ordinance)\s+no\.?\s*"
)
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
    if mark is None or not (_PARTS_ONLY.fullmatch(shadow, mark.end(), d.lead_start)
                            or _ENGLISH_TEXT_ITEM.fullmatch(shadow, mark.end(), d.lead_start)):
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
    # (and the act right after an item's issuer, with no comma nor subject of its own between:
    # "Thực hiện Nghị quyết số\n76/NQ-CP … của Chính phủ ban hành Chương trình tổng thể …,
    # Nghị quyết Đại hội … và Nghị quyết số 12-NQ/TU …; UBND tỉnh xây dựng Kế hoạch",
    # Thừa Thiên Huế 398/KH-UBND: the resolution's content, which the tail did not take)
    tails = {d.tail.end for d in drafts if a <= d.start < b and d.code is not None}
    end = b
    # a consideration on its own line ends the list: "Xét đề nghị … tại Tờ trình số …"
    clause = _NEW_CLAUSE_LINE.search(norm.shadow, cue.end(), b)
    if clause is not None:
        end = b = clause.start()
    for act in _OPENING_ACT.finditer(norm.shadow, cue.end(), b):
        if not any(s.start <= act.start() < s.end for s in subjects) and not (
            _issued_by_item(norm.shadow, tails, act.start())
        ):
            end = act.start()
            break
    lead = Classification(RelationType.IMPLEMENTS, "implements", " ".join(cue.group().split()))
    for j, d in enumerate(drafts):
        if not a <= d.start < end or d.parent is not None or d.code is None:
            continue
        found = classes[j]
        if found is not None and found.cue is None:
            classes[j] = lead
def _issued_by_item(shadow: str, tails: set[int], at: int) -> bool:
    """Whether an act at `at` follows an item's tail (its date and issuer) with only blanks
    between: the item's own content, as "… của Chính phủ ban hành Chương trình …"."""
    k = at
    while k > 0 and shadow[k - 1] in " \t\n":
        k -= 1
    return k in tails


# A comma alone between two items of a list ("…/NĐ-CP, Nghị định số …").
_COMMA_GAP = re.compile(r"[ \t\n]*,[ \t\n]*")


# The acts whose subject names several texts, "và" before the last: "Nghị định số
# 21/2024/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 51/2016/NĐ-CP … và Nghị định
# số 52/2016/NĐ-CP …" (Công báo, /work/realcorpus: 21/2024/NĐ-CP amends both).
_ACTS_ON_TEXTS = frozenset({RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS})
_LAST_ITEM_AND = re.compile(r"[\s,]va\s*$")  # (shadow text, before the last item)
# What ends the list before the item: a sentence's or a clause's end, or a line that opens an
# item of its own ("\nCăn cứ …", "\n- …", "\n2. …"; a PDF's wrapped line goes on, capital
# or not: "… Bộ Công \nThương và Nghị định số …")
_LIST_ENDS = re.compile(r"[;:!?]|(?<!\bNo)\.\s")
_ITEM_LINE = re.compile(
    r"\n[ \t]*(?:[-–•*+]|\d{1,2}[.)]|[a-zđ]\)|can\s+cu|xet|theo\s+de\s+nghi|dieu\s+\d)"
)
_NEXT_ACTED_REACH = 400  # how far the first text's subject may run before "và"


def _next_acted_text(norm: NormalizedText, drafts: list[_Draft],
                     classes: list[Classification | None],
                     j: int) -> tuple[int, int, Classification] | None:  # fmt: skip
    """The acting text, the first text it acts on and its class, where reference `j` is the
    last item of what a cited text acts on: a text of the first one's kind after its subject,
    joined by "và", in one sentence, issued before the acting text. "… Nghị định số
    105/2024/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 96/2022/NĐ-CP … quy định
    chức năng … của Bộ Công Thương và Nghị định số 26/2018/NĐ-CP … về Điều lệ … Tập đoàn Điện
    lực Việt Nam" (Công báo, 37/VBHN-BCT): the first subject's end, cut at a wrapped line, left
    the second decree out of the act; "… Nghị định số 50/2024/NĐ-CP … sửa đổi, bổ sung một số
    điều của Nghị định số 136/2020/NĐ-CP … quy định chi tiết … Luật Phòng cháy và chữa cháy và
    Nghị định số 83/2017/NĐ-CP …" (hethongphapluat.com, Khánh Hòa 4592/KH-UBND): a decree
    details no decree, so the one after the laws in the first decree's subject is the act's.
    Not a text of another kind ("… Thông tư số 01/2020/TT-BTTTT quy định chi tiết … Luật Xuất
    bản và Nghị định số 195/2013/NĐ-CP": the circular details both), nor a later one ("…
    Nghị định số 154/2020/NĐ-CP … sửa đổi … Nghị định số 34/2016/NĐ-CP … và Nghị định số
    59/2024/NĐ-CP …": a basis beside it), nor one whose date tells nothing."""
    d = drafts[j]
    if j == 0 or d.code is None or d.type_word is None:
        return None
    if d.parent is None:
        first = j - 1  # the first text's subject ended before "và"
    elif d.parent < j - 1 and all(
        drafts[k].parent == d.parent and _is_law(drafts[k]) for k in range(d.parent + 1, j)
    ):
        first = d.parent  # the laws its subject names stand between
    else:
        return None
    named, found = drafts[first], classes[first]
    acting = named.parent
    if (acting is None or found is None or found.type not in _ACTS_ON_TEXTS
            or named.code is None or named.code.kind != d.code.kind
            or named.type_word != d.type_word):  # fmt: skip
        return None
    gap_start = drafts[j - 1].end
    if not (0 <= d.lead_start - gap_start <= _NEXT_ACTED_REACH) or (
        not _LAST_ITEM_AND.search(norm.shadow, gap_start, d.lead_start)
        or _LIST_ENDS.search(norm.text, gap_start, d.lead_start)
        or _ITEM_LINE.search(norm.shadow, gap_start, d.lead_start)
    ):
        return None
    return (acting, first, found) if _issued_before(d, drafts[acting]) else None


def _issued_before(d: _Draft, other: _Draft) -> bool:
    """Whether `d` is dated, or numbered in a year, before `other` (the same year tells
    nothing: "… đính chính Thông tư số 138/2025/TT-BTC sửa đổi, bổ sung … Thông tư 95/2020/TT-BTC
    … và Thông tư số 06/2022/TT-BTC … và Thông tư số 139/2025/TT-BTC …", Công báo 13/VBHN-BTC:
    the decision corrects two circulars of one day)."""
    if d.date is not None and other.date is not None:
        return d.date < other.date
    years = (d.code.year if d.code else None, other.code.year if other.code else None)
    return years[0] is not None and years[1] is not None and years[0] < years[1]

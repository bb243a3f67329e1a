"""The relations stage's reading of repeals: a text ended with the host, a repeal list's
heading, the parts of a text repealed or amended."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ingest.context import site_note_at
from ingest.find import TYPE_WORD_ALT
from ingest.layout import Layout
from ingest.models import HOST, Evidence, Relation
from ingest.provisions import provision_before
from ingest.relations import (
    ENDS_FORCE,
    REPEALS_TOO,
    Classification,
    RelationType,
    classify_relation,
)
from ingest.stages.common import _Draft, _sentence
from ingest.stages.relations_common import _PART_WORD, _PARTS_ONLY
from ingest.text import NormalizedText, shadow_of

# "… Luật số 35/2018/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành": the host's
# entry into force ends the texts named before it in the sentence.
# ("chấm dứt hiệu lực" for "hết hiệu lực": "… Nghị định số 146/2025/NĐ-CP … chấm dứt hiệu lực
# kể từ ngày Nghị định này có hiệu lực thi hành", Công báo 137/2026/NĐ-CP; the match starts at
# "hieu luc", looked for from where the words stand)
_ENDS_WITH_THIS = re.compile(
    rf"hieu\s+luc(?:\s+thi\s+hanh)?\s+(?:ke\s+)?tu\s+ngay\s+"
    rf"(?:{TYPE_WORD_ALT}|luat|bo\s+luat|phap\s+lenh)\s+nay\s+co\s+hieu\s+luc"
)


# The same sentence with the time put first: "2. Kể từ ngày Thông tư này có hiệu lực thi hành,
# Thông tư số 06/2024/TT-BKHĐT hết hiệu lực thi hành." (22/2024/TT-BKHĐT), "Kể từ ngày 01 tháng
# 01 năm 2024, Thông tư 08/2022/TT-BKHĐT … và Thông tư số 10/2015/TT-BKHĐT … hết hiệu lực thi
# hành." (01/2024/TT-BKHĐT): the sentence opens with "Kể từ ngày" and ends at the words.
_ENDS_AT_SENTENCE_END = re.compile(r"hieu\s+luc(?:\s+thi\s+hanh)?\s*[.;]")
_ENDING_WORDS = ("het ", "cham dut ")  # the words right before "hieu luc" that end a text
_FROM_DAY_OPENS = re.compile(r"[ \t\n]*(?:\d{1,2}[.)][ \t]*)?ke\s+tu\s+ngay\s")


def _ended_with_this(norm: NormalizedText, drafts: list[_Draft],
                     relations: list[Relation]) -> list[Relation]:  # fmt: skip
    """The host REPEALS every whole text its entry-into-force sentence says ends with it, and
    AMENDS a text named with a part, "Điều 11, 12 và 13 Nghị định số …", which only loses that
    part."""
    shadow = norm.shadow
    cues = []
    at = shadow.find("hieu luc")
    while at >= 0:  # str.find first: the pattern alone would scan the whole text in Python's re
        # (a PDF's line may break between them: "… Thống kê ngành Lao động - Thương binh và Xã
        # hội hết\nhiệu lực.", 02/2025/TT-BLĐTBXH)
        words = next((w for w in _ENDING_WORDS if shadow.startswith(w[:-1], at - len(w))
                      and shadow[at - 1] in " \t\n"), None)  # fmt: skip
        if words is not None and (
            (cue := _ENDS_WITH_THIS.match(shadow, at)) is not None or (
                (cue := _ENDS_AT_SENTENCE_END.match(shadow, at)) is not None
                and _FROM_DAY_OPENS.match(shadow, _sentence(norm, at, cue.end())[0])
            )
        ):
            cues.append((at - len(words), cue.end()))
        at = shadow.find("hieu luc", at + 8)
    if not cues:
        return relations
    ended: set[int] = set()
    in_part: set[str] = set()  # the texts the sentences name a part of
    starts = [d.start for d in drafts]
    for cue_start, cue_end in cues:
        a, _ = _sentence(norm, cue_start, cue_end)
        for j in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, cue_start)):
            d = drafts[j]
            if d.code is not None:
                ended.add(j)
                if d.parent is None and provision_before(shadow, norm.text, d.lead_start):
                    # (not in another text's subject: "… Nghị định số 69/2023/NĐ-CP … sửa đổi,
                    # bổ sung một số điều của Nghị định số 159/2020/NĐ-CP …", 181/2026/NĐ-CP)
                    in_part.add(d.code.canonical)
    if not ended:
        return relations
    # "… khoản 4 Điều 12 Nghị định số 75/2021/NĐ-CP … (Nghị định số 75/2021/NĐ-CP) và điểm d
    # khoản 4 Điều 1 Nghị định số 55/2023/NĐ-CP … chấm dứt hiệu lực kể từ ngày Nghị quyết này có
    # hiệu lực thi hành" (Công báo, 26/2026/NQ-CP): the parts end, the texts are amended
    # (FORMAT: an end of part is AMENDS), however often the sentence names them whole
    return [
        replace(r, type=RelationType.AMENDS if r.target in in_part else RelationType.REPEALS,
                label="ends_with_this")
        if r.source == HOST and r.reference in ended
        and r.type not in (RelationType.REPLACES, RelationType.AMENDS)
        and not (r.target in in_part and r.type is RelationType.REPEALS)
        else r
        for r in relations
    ]


# "Các nội dung khác quy định tại Quyết định số 3467/QĐ-BYT ngày 15/11/2024 không thay đổi."
# (3500/QĐ-BYT, which adjusts prices in annexes of 3467/QĐ-BYT): the closing words of a text
# that changes parts of another name it before saying the rest of it stands (shadow text: the
# words right before the reference, then the words after it in its sentence). The order the
# lead-in rule "Các nội dung khác giữ nguyên theo …" (ingest.relations) does not see.
_OTHER_PARTS_OF = re.compile(
    r"(?<![a-z])(?:cac|nhung)\s+(?:noi\s+dung|diem|quy\s+dinh|dieu\s+khoan)\s+khac\s+"
    r"(?:(?:duoc\s+)?(?:quy\s+dinh|neu)\s+)?(?:tai|cua|trong)\s+$"
)
_STANDS = re.compile(
    r"(?<![a-z])(?:(?:van\s+)?(?:giu\s+nguyen|khong\s+thay\s+doi)|van\s+con\s+hieu\s+luc)(?![a-z])"
)
_REST_REACH = 60  # how far before a reference its "các nội dung khác … tại" is looked for
_REST_SENTENCE = 200  # how far after it the words that say the rest stands may stand


def _rest_stands(norm: NormalizedText, drafts: list[_Draft],
                 relations: list[Relation]) -> list[Relation]:  # fmt: skip
    """The host AMENDS a text its closing words say the rest of stands (`_OTHER_PARTS_OF`,
    then `_STANDS` before the sentence ends), where it only cited it there."""
    shadow = norm.shadow
    amended: set[int] = set()
    for j, d in enumerate(drafts):
        if d.code is None or not _OTHER_PARTS_OF.search(
            shadow, max(0, d.lead_start - _REST_REACH), d.lead_start
        ):
            continue
        end = min(len(shadow), d.end + _REST_SENTENCE)
        stop = min((i for i in (shadow.find(c, d.end, end) for c in ".;\n") if i >= 0),
                   default=end)
        if _STANDS.search(shadow, d.end, stop):
            amended.add(j)
    if not amended:
        return relations
    return [
        replace(r, type=RelationType.AMENDS, label="keeps_rest")
        if r.source == HOST and r.reference in amended and r.type is RelationType.CITES
        else r
        for r in relations
    ]


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


# The provision `_provision_of` gives a text's amender whose force ends only in what it did
# to the text the host ends ("các quy định sửa đổi, bổ sung 30/2009/QH12"): the amender's
# own edge, left as it is.
_AMENDERS_PART = "các quy định sửa đổi, bổ sung "


def _parts_after_cue(lead: str, cue: str | None) -> bool:
    """Whether the words between a repeal's cue and its text name parts of the text: "Bãi bỏ
    Điều 5 và Mục V Phụ lục của Thông tư số …" (09/2024/TT-BKHĐT), "Bãi bỏ khoản 2 Điều 32 của
    Luật Lực lượng … số 30/2023/QH15" (51/2024/QH15), where no provision stands right before
    the text (the words up to "của" or "tại")."""
    if not cue or (at := lead.rfind(cue)) < 0:
        return False
    words = lead[at + len(cue) :]
    cut = _PART_OF.search(words)
    return _NUMBERED_PART.search(words, 0, cut.start() if cut else len(words)) is not None


_PART_OF = re.compile(r"\s(?:cua|tai)\s")
# A part named with its number or letter ("Điều 5", "khoản 2", "điểm a", "Mục V", "Phụ lục",
# "Mẫu số 01"), not "điều kiện" or "mục tiêu"
_NUMBERED_PART = re.compile(
    r"(?<![a-z])(?:(?:dieu|khoan|diem|muc|chuong|phan|tiet)\s+(?:\d|[a-z](?![a-z])|[ivxl]+(?![a-z]))"
    r"|(?:cac|mot\s+so)\s+(?:dieu|khoan|diem|muc)(?![a-z])|phu\s+luc|(?:bieu\s+)?mau\s+so)"
)


def _parts_ended(norm: NormalizedText, drafts: list[_Draft], start_of: list[int],
                 relations: list[Relation]) -> list[Relation]:  # fmt: skip
    """A repeal or replacement of named parts of a text AMENDS the text, which stays in force
    (FORMAT: "bãi bỏ Điều 5" is AMENDS): "3. Bãi bỏ khoản 4 Điều 5 Thông tư số
    34/2016/TT-BLĐTBXH." (12/2024/TT-BLĐTBXH), "2. Bãi bỏ Điều 32 Nghị định số
    125/2025/NĐ-CP …" (128/2026/NĐ-CP), "12. Bãi bỏ khoản 3 Điều 79." under an article
    amending a law (35/2018/QH14). The edge keeps its provision; where an edge already
    amends the same part of the text, that one is kept. Not "Sửa đổi, bổ sung, bãi bỏ một số
    điều của …" (REPEALS_TOO), which the dev labels read as both edges ("… bãi bỏ một số
    điều, khoản của Nghị định số 63/2010/NĐ-CP", j-gov-48-2013-nd-cp)."""
    amended = {(r.source, r.target, r.reference, r.provision) for r in relations
               if r.type is RelationType.AMENDS}  # fmt: skip
    out: list[Relation] = []
    for r in relations:
        if r.type in ENDS_FORCE and r.label != REPEALS_TOO and _names_parts(
            norm, drafts[r.reference].lead_start, start_of[r.reference], r
        ):
            key = (r.source, r.target, r.reference, r.provision)
            if key in amended:
                continue
            amended.add(key)
            r = replace(r, type=RelationType.AMENDS)
        out.append(r)
    return out


def _names_parts(norm: NormalizedText, lead_start: int, start: int, r: Relation) -> bool:
    """Whether edge `r` ends named parts of its text: its provision, the one right before the
    reference, or parts named after the cue; not an amender's share of a text ended whole."""
    part = r.provision or provision_before(norm.shadow, norm.text, lead_start)
    if part is not None:
        return not part.startswith(_AMENDERS_PART)
    return _parts_after_cue(norm.shadow[start:lead_start], r.cue)


# A list of whole texts that an act introduces with a colon: "… và thay thế các văn bản:\n\n1.
# Quyết định số 01/2003/QĐ-UB …\n\n2. Hướng dẫn số 837/HD-UB …" (Gia Lai 48/2004/QĐ-UB,
# luatminhkhue.vn). The intro's words up to the colon (shadow text).
_ACT_LIST_COLON = re.compile(
    r"(?<![a-z])(?:thay\s+the|bai\s+bo|huy\s+bo)\s+(?:cac|nhung)\s+(?:van\s+ban"
    rf"|{TYPE_WORD_ALT})(?:\s+(?:quy\s+pham\s+phap\s+luat|sau(?:\s+day)?))*\s*:[ \t]*$"
)
_ACT_LIST_REACH = 3000  # from an item back to its list's colon
# A line of the list: an item's mark, or a line that goes on the one before in small letters.
_LIST_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-–•+*])")
# The next item of a list of like texts, after a comma: "… thay thế các quyết định: Quyết định
# số 2348/2011/QĐ-UBND ngày … ban hành Quy chế quản lý cụm công nghiệp …, Quyết định số
# 1330/QĐ-UBND ngày …" (Cao Bằng 18/2018/QĐ-UBND, thuvienphapluat.vn): a comma right before it
_NEXT_LIKE_ITEM = re.compile(r",[ \t\n]*$")
_ITEM_GAP_MAX = 400


def _item_of_act_list(norm: NormalizedText, drafts: list[_Draft],
                      classes: list[Classification | None], j: int) -> Classification | None:
    """The act a list of whole texts shares, for reference `j`, an item of it that no cue of
    its own types: under an intro that ends in a colon ("thay thế các văn bản:"), an item on a
    line of its own with its mark ("1. Quyết định số …", "- Chỉ thị số …"), every line from the
    colon to it an item's or a wrapped one; or the next text of the same type word after a
    comma, where the one before took the list's act ("…, Quyết định số 1330/QĐ-UBND"). Not a
    text named inside an item's subject (its parent is that item), nor an article's next
    heading ("Điều 3.")."""
    d = drafts[j]
    if d.parent is not None or d.code is None or d.mention != "code" or j == 0:
        return None
    shadow, text = norm.shadow, norm.text
    prev = drafts[j - 1]
    before = classes[j - 1]
    if (before is not None and before.type in ENDS_FORCE and before.cue is not None
            and prev.parent is None and prev.type_word is not None
            and prev.type_word == d.type_word and d.lead_start - prev.end <= _ITEM_GAP_MAX
            and _NEXT_LIKE_ITEM.search(text, prev.end, d.lead_start)
            and ";" not in text[prev.end : d.lead_start]
            and ". " not in text[prev.end : d.lead_start]):  # fmt: skip
        return before
    line = shadow.rfind("\n", 0, d.lead_start) + 1
    if not _WHOLE_TEXT_ITEM.fullmatch(shadow, line, d.lead_start):
        return None
    colon = text.rfind(":", max(0, line - _ACT_LIST_REACH), line)
    if colon < 0:
        return None
    intro_line = shadow.rfind("\n", 0, colon) + 1
    if _ACT_LIST_COLON.search(shadow, intro_line, colon + 1) is None:
        return None
    for brk in re.finditer(r"\n[ \t]*(?=\S)", text[colon:line]):
        at = colon + brk.end()
        if not (_LIST_LINE.match(shadow, at) or text[at].islower()):
            return None  # a heading or a new sentence between: the list ended
    act = _ACT_LIST_COLON.search(shadow, intro_line, colon + 1)
    assert act is not None
    found = classify_relation(shadow[act.start() : colon])
    return found if found.type in ENDS_FORCE else None

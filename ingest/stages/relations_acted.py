"""The relations stage's reading of acts on a text: what befalls the host (a legal site's
history rows and notes), a passive act ("được thay thế bởi …") and its active relation."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ingest.context import site_note_at
from ingest.models import Evidence, Relation
from ingest.relations import ENDS_FORCE, Classification, RelationType, active_of_passive
from ingest.stages.common import _Draft, _sentence
from ingest.stages.relations_common import _breaks_sentence
from ingest.text import NormalizedText, shadow_of

# A row of a legal site's history of a document: "09/01/2015 Được sửa đổi 79/2014/QĐ-UBND".
_HISTORY_ROW = re.compile(
    r"[ \t|•*\-]*(?P<date>\d{1,2}/\d{1,2}/\d{4}[ \t|]*)?(?P<word>duoc|bi)\s"
)
# The heading of a legal site's history of a text ("Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND").
_HISTORY_TABLE = re.compile(r"(?<![a-z])lich\s+su\s+hieu\s+luc(?![a-z])")
# A legal site's note on a part of the text it stands in: "[Điểm này được sửa đổi bởi Khoản 4
# Điều 102 Luật Đầu tư công 2024 …]", "[Cụm từ "…" tại Khoản này được đính chính bởi …]".
_NOTE_ON_THIS_PART = re.compile(
    r"\[\s*(?:(?:dieu|khoan|diem|chuong|muc|phan|tiet|phu\s+luc)\s+nay|(?:cum\s+tu|noi\s+dung)"
    r"[^\]\[]{0,160}?)\s+(?:da\s+|nay\s+)?(?:duoc|bi|het\s+hieu\s+luc)\s"
)
_NOTE_REACH = 240
# "hết hiệu lực 1 phần" (on its first character, the look-behind after it: see `page.common._PAST`)
_PARTLY = re.compile(r"[m1](?<![a-z][m1])(?:(?<=m)ot|(?<=1))\s+phan(?![a-z])")


def _on_this_part(norm: NormalizedText, d: _Draft) -> bool:
    """Whether `d` is named by a site's note on the part of the host it stands in."""
    opening = norm.shadow.rfind("[", max(0, d.lead_start - _NOTE_REACH), d.lead_start)
    if opening < 0 or "]" in norm.shadow[opening : d.lead_start]:
        return False
    return _NOTE_ON_THIS_PART.match(norm.shadow, opening) is not None
# What the host does to a text it also does to the texts that amended it, as written:
# "Sửa đổi, bổ sung … của Luật Xử lý vi phạm hành chính số 15/2012/QH13 đã được sửa đổi, bổ
# sung một số điều theo Luật số 54/2014/QH13 và Luật số 18/2017/QH14", "Căn cứ Luật Đất đai
# số 31/2024/QH15 được sửa đổi, bổ sung bởi các Luật số 43/2024/QH15 …".
_AS_AMENDED = frozenset({
    RelationType.BASED_ON, RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS,
    RelationType.SUSPENDS,
})  # fmt: skip


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
    return _titled_by_line_opener(norm, drafts, k)


# A legal site's status line opens on its document, then that document's title, which may
# name the text it amends or is attached to, then what befell the document: "Quyết định
# 20/2007/QĐ-UBND sửa đổi Quyết định 02/2007/QĐ-UBND bồi thường, hỗ trợ tái định cư … đã được
# thay thế bởi Quyết định 09/2011/QĐ-UBND …" (vanbanphapluat.co, Hưng Yên), "Quyết định
# 13/2015/QĐ-UBND sửa đổi đấu giá quyền sử dụng đất Bạc Liêu kèm 21/2014/QĐ-UBND đã được thay
# thế bởi Quyết định 30/2016/QĐ-UBND …" (the same site, Bạc Liêu). The title's verb, between the
# line's first document and the one the passive follows (shadow text):
_TITLE_ACT = re.compile(
    r"(?<![a-z])(?:sua\s+doi|bo\s+sung|thay\s+the|bai\s+bo|huong\s+dan|kem(?:\s+theo)?)(?![a-z])"
)


_TITLE_CODES_MAX = 8  # the documents a status line's title names before its passive
_OPENER_INDENT = 8  # the blanks before a line's first words


def _titled_by_line_opener(norm: NormalizedText, drafts: list[_Draft], k: int) -> int:
    """The document the line of reference `k` opens on, where `k` stands in that document's
    title (`_TITLE_ACT` between them, no sentence break): a passive after the title tells of
    the line's document, not of the text its title names. `k` for any other."""
    shadow = norm.shadow
    line = shadow.rfind("\n", 0, drafts[k].lead_start) + 1
    for i in range(k - 1, max(-1, k - 1 - _TITLE_CODES_MAX), -1):
        opener = drafts[i]
        if opener.lead_start < line:
            return k
        if opener.lead_start - line > _OPENER_INDENT or shadow[line : opener.lead_start].strip():
            continue  # not the line's first words
        if (opener.code is None or _breaks_sentence(norm, opener.end, drafts[k].lead_start)
                or not _TITLE_ACT.search(shadow, opener.end, drafts[k].lead_start)):  # fmt: skip
            return k
        return i
    return k


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


# The acts one text does to another that a text joined to it shares (see `_joint_acts`).
_JOINT_ACTS = frozenset({
    RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS, RelationType.GUIDES,
})  # fmt: skip
_ENDS_OR_AMENDS = frozenset({RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS})


def _same_kind(a: _Draft, b: _Draft) -> bool:
    """Whether two references are texts of one kind from one issuer (both circulars of one
    ministry, both the Government's decrees)."""
    return (a.code is not None and b.code is not None and bool(a.code.kind)
            and a.code.kind == b.code.kind and a.code.issuer == b.code.issuer)  # fmt: skip


def _joint_acts(drafts: list[_Draft], relations: list[Relation]) -> list[Relation]:
    """What a text's subject says it does, said of the texts it stands joined with.

    Texts joined by "và" before one subject share its act: "Thông tư số 24/2019/TT-BNNPTNT
    ngày 24/12/2019 và Thông tư số 09/2021/TT-BNNPTNT ngày 12/8/2021 sửa đổi, bổ sung một
    số điều của Thông tư số 07/2016/TT-BNNPTNT" (676/QĐ-UBND Gia Lai): both amend 07/2016.
    Not a text with a subject of its own ("Thông tư số 07/2016/TT-BNNPTNT ngày 31/5/2016 quy
    định về …; Thông tư số 24/2019 …"), nor a text of another kind or issuer.

    And a text of the same kind and issuer as the one whose subject names it is that text's
    sibling, not what it guides (a decree details a law, no decree of its own Government):
    "Nghị định số 187/2025/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP
    … Quy định chi tiết … Luật Ban hành văn bản quy phạm pháp luật và Nghị định số
    79/2025/NĐ-CP … về kiểm tra, rà soát …" (60/2025/QĐ-UBND Lạng Sơn): 187/2025 amends
    both; "Decree No. 17/2006/ND-CP …, on amending and supplementing a number of articles of
    the Decrees guiding the implementation of the Land Law and Decree No. 187/2004/ND-CP"
    (08/2013/QĐ-UBND Quảng Ngãi): 17/2006 amends 187/2004.
    """
    by_target: dict[tuple[str, int], Relation] = {}
    for r in relations:
        if r.position == "nested" and r.type in _ENDS_OR_AMENDS:
            by_target[r.target, r.reference] = r
    out: list[Relation] = []
    for r in relations:
        if r.position != "nested" or r.type not in _JOINT_ACTS:
            out.append(r)
            continue
        d = drafts[r.reference]
        p = d.parent
        src = drafts[p] if p is not None else None
        if src is None or src.code is None or src.code.canonical != r.source:
            out.append(r)
            continue
        if r.type is RelationType.GUIDES and _same_kind(src, d):
            outer = next((o for (t, ref), o in by_target.items()
                          if t == r.source and ref == p), None)  # fmt: skip
            if outer is not None and outer.source != r.target:
                out.append(replace(r, source=outer.source, type=outer.type, label="joint",
                                   cue=outer.cue))  # fmt: skip
                continue
            if (own := _own_act(src)) is not None:
                out.append(replace(r, type=own, label="joint"))
                continue
        out.append(r)
        k = src.coordinated_with
        while k is not None and k < p:  # type: ignore[operator]
            q = drafts[k]
            if q.code is None or q.tail.subject_span is not None or not _same_kind(q, src):
                break
            if q.code.canonical != r.target:
                out.append(replace(r, source=q.code.canonical, label="joint"))
            k = q.coordinated_with
    return out


# A subject that opens with an amending act ("on amending and supplementing …", "sửa đổi, bổ
# sung …", shadow text)
_AMENDING_SUBJECT = re.compile(r"\s*(?:on\s+)?(?:amending|sua\s+doi)(?![a-z])")


def _own_act(src: _Draft) -> RelationType | None:
    """AMENDS where the subject of `src` opens with an amending act, else None."""
    subject = src.tail.subject
    if subject is None:
        return None
    return RelationType.AMENDS if _AMENDING_SUBJECT.match(shadow_of(subject).lower()) else None

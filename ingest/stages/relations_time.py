"""The relations stage's checks of an act against time and rank: no act on a text of a later
year or of a higher rank, acts named only in quoted words, texts issued later to carry one out."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date

from ingest.find import TYPE_WORD_ALT
from ingest.models import HOST, Relation
from ingest.relations import RelationType
from ingest.stages.common import _Draft
from ingest.stages.relations_common import _is_law
from ingest.text import NormalizedText, shadow_of

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
# A past issue of a numbered text right before it, in the same sentence: "…, UBND tỉnh Ninh
# Bình đã ban hành Kế hoạch số 107/KH- UBND".
_ISSUED_BEFORE = re.compile(
    rf"(?<![a-z])(?:da|vua)(?:\s+[a-z]+){{0,2}}?\s+(?:ky\s+)?ban\s+hanh\s+"
    rf"(?:(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?)?$"
)
# "…, Chính phủ đã có Quyết định số 491/QĐ-TTg …", "…, Ủy ban Dân tộc đã có văn bản số
# 1458/UBDT-VP135 …": a body that "has" a numbered text named by its type word issued it
# ("văn bản số …" names no type: the words are before the number)
_HAD_BEFORE = re.compile(r"(?<![a-z])(?:da|vua)\s+co\s+(?P<letter>van\s+ban\s+(?:so\s*:?\s*)?)?$")
_ISSUED_REACH = 60


def _issued_later(norm: NormalizedText, drafts: list[_Draft], j: int, host_code: str | None,
                  end: int) -> str | None:  # fmt: skip
    """The code of a document the sentence of `drafts[j]` (which ends at `end`, see
    `stages.common._sentence`) says was issued after it, to carry it out ("Thực hiện X …,
    UBND tỉnh đã ban hành Kế hoạch số Y …"), if any."""
    d = drafts[j]
    for k in range(j + 1, len(drafts)):
        later = drafts[k]
        if later.start >= end:
            break
        code = later.code.canonical if later.code is not None else None
        if code is None or code == host_code or later.alias:
            continue
        lead = max(d.end, later.lead_start - _ISSUED_REACH)
        if _ISSUED_BEFORE.search(norm.shadow, lead, later.lead_start) or (
            (had := _HAD_BEFORE.search(norm.shadow, lead, later.lead_start)) is not None
            and (later.type_word is not None or had.group("letter") is not None)
        ):
            return code
    return None

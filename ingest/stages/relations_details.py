"""The relations stage's reading of what a text details or guides: the laws a decree or
circular says it details, and the host's own statement of what it guides."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ingest.models import HOST, Relation
from ingest.relations import Classification, RelationType
from ingest.stages.common import _Draft, _sentence
from ingest.stages.relations_common import _breaks_sentence, _is_law
from ingest.text import NormalizedText


def _last_of(text: str, chars: str, lo: int, hi: int) -> int:
    """The last index in [lo, hi) holding one of `chars`, or -1."""
    return max(text.rfind(c, lo, hi) for c in chars)

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


# An old circular's opening that executes a text by guiding it: "Thi hành Nghị định số
# 115/2003/NĐ-CP … , Bộ Nội vụ hướng dẫn thực hiện như sau:" (08/2004/TT-BNV), "Thi hành
# Quyết định số 97-HĐBT …, sau khi trao đổi với các ngành liên quan, Bộ Thuỷ sản hướng dẫn
# cụ thể như sau." (5-TT/TS of 1982), "Thi hành Nghị định số 204/2004/NĐ-CP …; sau khi trao
# đổi ý kiến với Bộ Tài chính …, Bộ Nội vụ hướng dẫn thực hiện chế độ … như sau:"
# (03/2005/TT-BNV): the rest of the sentence after the executed text, up to its "như sau"
# (shadow text; no full stop between). Not "Thi hành …, Bộ Tài chính quy định chế độ … như
# sau" (15-BTC/TT of 1991): a circular that regulates on its own carries the decree out.
_GUIDES_AS_IT_EXECUTES = re.compile(
    r"[^.]{0,600}?(?<![a-z])huong\s+dan(?![a-z])[^.:]{0,200}?(?<![a-z])nhu\s+sau(?![a-z])"
)


def _guides_as_it_executes(norm: NormalizedText, end: int) -> bool:
    """Whether the sentence whose "Thi hành" clause names the text ending at `end` says the
    host guides as it executes it ("…, Bộ Nội vụ hướng dẫn thực hiện như sau")."""
    return _GUIDES_AS_IT_EXECUTES.match(norm.shadow, end) is not None


def _guides_over_implements(relations: list[Relation]) -> list[Relation]:
    """One edge where the host guides a text it also says it carries out: a circular titled
    "HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 97-HĐBT" (its title broken before "THỰC HIỆN") whose
    opening "Thi hành Quyết định số 97-HĐBT …, Bộ Thuỷ sản hướng dẫn" guides it carries it
    out by guiding it: GUIDES, the IMPLEMENTS beside it dropped (no dev label gives both)."""
    guided = {
        r.target
        for r in relations
        if r.source == HOST and r.type is RelationType.GUIDES and r.label == "details"
    }
    if not guided:
        return relations
    return [
        r
        for r in relations
        if not (r.source == HOST and r.type is RelationType.IMPLEMENTS and r.target in guided)
    ]

"""Helpers the relations stage's parts share: sentence breaks, the words of a law and of a
part of a text, the relation types of a list."""

from __future__ import annotations

import re

from ingest.context import WRAPPED_NEXT
from ingest.relations import RelationType
from ingest.stages.common import _Draft
from ingest.text import NormalizedText

_LIST_TYPES = (RelationType.IMPLEMENTS, RelationType.REVIEWS, RelationType.BASED_ON)
# (not the English "No." before a number: "… No. 77/2015/QH13, amended by Law No.
# 21/2017/QH14, Law No. 47/2019/QH14 …", an English translation's basis)
# (nor a wrapped line)
_SENTENCE_BREAK = re.compile(rf"[;!?]|(?<!\bNo)(?<!\bNos)\.\s|\n(?!{WRAPPED_NEXT})")
# Words a line cannot end a sentence with: after them a line break is a hard wrap, even
# before a capital ("… có hiệu lực thi hành từ ngày ký ban hành, thay thế\nNghị định số
# 39/2022/NĐ-CP", "… của\nChính phủ về …") (shadow text, before the break); nor with the
# first syllable of a carrying-out cue, a legal site's capital title wrapped after its first
# word ("THỰC\nHIỆN QUYẾT ĐỊNH SỐ 76/QĐ-TTG …", the plan issued with 2309/QĐ-UBND,
# m.thuvienphapluat.vn; "KẾ HOẠCH\nTRIỂN\nKHAI THỰC HIỆN …", 197/KH-UBND Hưng Yên).
_RUNS_ON = re.compile(
    r"(?<![a-z])(?:cua|va|ve|theo|tai|boi|thay\s+the|bai\s+bo|sua\s+doi|bo\s+sung|can\s+cu"
    r"|thuc(?:\s+hien)?|trien(?:\s+khai)?|ban\s+hanh|huong\s+dan|quy\s+dinh|chi\s+tiet|luat|bo"
    r"|so"
    r"|nghi\s+dinh|thong\s+tu|quyet\s+dinh)[ \t]*$"
)
# An item that names only parts of the text it ends: "Khoản 1 và khoản 2 Điều 22 ", "các
# Mẫu số 01/ĐK, 02/ĐK ", "Khoản 5 Điều 2 và khoản 2 Điều 16 của Luật Quy hoạch đô thị và nông
# thôn số " (shadow text from the item's mark to the reference).
_PARTS_ONLY = re.compile(
    r"(?:[\s,;.]|(?:cac|dieu|khoan|diem|muc|chuong|phan|phu|luc|mau|bieu|so|va|cua|tiet)"
    r"(?![a-z])|[ivxl]+(?![a-z])|\d+[a-z]?(?:[/\-][a-z0-9]+)*|[a-z](?![a-z]))*"
    r"(?:(?:bo\s+)?luat\s+[a-z][a-z ,\-]{0,120}?\s*(?:so\s*:?\s*)?)?"
)
_PART_WORD = re.compile(r"(?<![a-z])(?:dieu|khoan|diem|muc|chuong|phan|phu\s+luc|mau)(?![a-z])")


def _is_law(d: _Draft) -> bool:
    """Whether a reference names a law or an ordinance (not "Nghị quyết số 190/2025/QH15")."""
    code = d.code
    if code is None or code.kind not in ("", "PL") or not code.issuer.startswith(("QH", "UBTVQH")):
        return False
    return d.type_word in (None, "luat", "bo luat", "phap lenh")


def _breaks_sentence(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether a sentence ends in [start, end): `_SENTENCE_BREAK`, except a line break after
    words that cannot end one (`_RUNS_ON`: "… của\nChính phủ", a hard-wrapped line)."""
    for m in _SENTENCE_BREAK.finditer(norm.text, start, end):
        at = m.start()
        if norm.text[at] == "\n" and _RUNS_ON.search(norm.shadow, max(start, at - 16), at):
            continue
        return True
    return False


def _opens_sentence(norm: NormalizedText, cue: re.Match[str]) -> bool:
    """Whether a line's cue opens a sentence as written ("Thực hiện …"): not a PDF's wrapped
    line going on in lower case ("… về việc\ntriển khai chương trình …"), nor a title in
    capitals ("THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG …")."""
    at = cue.end() - len(cue.group().lstrip(" \t\n-–•*+"))
    word = norm.text[at : at + 2]
    return len(word) == 2 and word[0].isupper() and word[1].islower()


_CARRIED_OUT = frozenset({RelationType.REVIEWS, RelationType.IMPLEMENTS})

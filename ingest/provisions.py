"""The provision a citation names in front of a document: "khoản 2 Điều 8 Nghị định số
30/2020/NĐ-CP", "điểm a khoản 35 Điều 1 của Luật số 51/2024/QH15", "Điều 7 Nghị định
226/2025/NĐ-CP", "Chương II Thông tư …", "Phụ lục I ban hành kèm theo Quyết định …", "bãi bỏ
một số điều, khoản của Nghị định số 63/2010/NĐ-CP" (some parts, unnamed: not the whole text).

State texts amend, repeal and guide provisions more often than whole documents (12,430 such
citations in 759 real State texts); the relation keeps the provision it is about.
Matched on the shadow (lower case, no diacritics), ending where the citation of the document
starts; the provision is returned as the text writes it, its spacing tidied.
"""

from __future__ import annotations

import re

# One part of a provision, from the smallest up: "điểm a", "tiết a1", "khoản 2", "mục 3",
# "Điều 8", "Điều 8a", "Chương II", "Phần thứ hai", "Phụ lục I", "Mẫu số 01".
# A part may list several numbers: "Khoản 4, 7 Điều 1", "điểm a, b khoản 2", "Điều 5 và 6".
_POINT, _NUMBER = r"[a-z]\d?\)?", r"\d+[a-z]?"
_PART = (
    rf"(?:(?:diem|tiet)\s+{_POINT}(?:\s*(?:,|va)\s*{_POINT}(?![a-z]))*"
    rf"|(?:khoan|dieu)\s+{_NUMBER}(?:\s*(?:,|va)\s*{_NUMBER})*|muc\s+(?:\d+|[ivxlc]+)"
    r"|chuong\s+[ivxlc\d]+|phan\s+(?:thu\s+[a-z]+|[ivxlc\d]+)"
    r"|phu\s+luc\s+(?:so\s+)?[ivxlc\d]+[a-z]?|mau\s+so\s+\d+[a-z]?"
    # "một số điều, khoản": some parts, unnamed (still not the whole document)
    r"|mot\s+so\s+(?:dieu|khoan|diem|noi\s+dung|quy\s+dinh)(?:\s*,\s*(?:dieu|khoan|diem))*)"
)
# Parts joined by spaces or commas ("khoản 1, khoản 2 Điều 3"), then what links them to the
# document: nothing, "của", "tại", "ban hành kèm theo".
# (The leading lookahead, the parts' first letters, changes no match; it lets sre skip ahead
# to those letters, which the lookbehind first prevents.)
_PROVISION_BEFORE = re.compile(
    rf"(?=[cdkmpt])(?<![a-z])(?P<prov>{_PART}(?:(?:\s*,\s*|\s+(?:va\s+)?){_PART}){{0,5}})"
    r"\s*(?:,\s*)?(?:(?:cua|tai|ban\s+hanh\s+kem\s+theo|kem\s+theo)\s+)?$"
)
_LOOK_BACK = 120
# What a match of `_PROVISION_BEFORE` is made of, read backwards from its end: letters, digits,
# spaces, commas and ")" only. The search starts where the window's last run of these does.
_PROVISION_CHARS_BACK = re.compile(r"[a-z\d\s,)]*+")


def provision_before(shadow: str, text: str, start: int) -> str | None:
    """The provision named right before the citation starting at `start` (its type word or
    its code), as `text` writes it; None when the citation names the whole document.

    >>> from ingest.text import shadow_of
    >>> t = "sửa đổi khoản 2 Điều 8 Nghị định số 30/2020/NĐ-CP"
    >>> provision_before(shadow_of(t), t, t.index("Nghị định"))
    'khoản 2 Điều 8'
    """
    floor = max(0, start - _LOOK_BACK)
    # (a match holds no other character: the search from the window's floor would try in
    # vain every letter before the last one of them)
    back = _PROVISION_CHARS_BACK.match(shadow[floor:start][::-1])
    assert back is not None  # (a starred pattern matches, if only the empty string)
    m = _PROVISION_BEFORE.search(shadow, start - back.end(), start)
    if m is None:
        return None
    return " ".join(text[m.start("prov") : m.end("prov")].split())

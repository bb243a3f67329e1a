"""Find Party/State document codes (62-KL/TW, 30/2020/NĐ-CP), short forms ("Thông báo 160")
and self references ("Kế hoạch này") in normalized text.

Pure functions over `NormalizedText`; spans are offsets into the normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.codes import (
    ABBREVIATED_TYPE_WORDS,
    PARTY_ISSUERS,
    PARTY_TYPES,
    STATE_ISSUERS,
    STATE_TYPES,
    DocumentCode,
    Family,
    canonical_number,
    is_known_state_issuer,
    lookup,
)
from ingest.text import NormalizedText

# Letters allowed in type and issuer slots (after the character map, Đ is U+0110).
_L = "A-Za-zĐđƯư"
_UP = "A-ZĐƯ"
# Not glued to a word, path, decimal, dash or "01:2021" (QCVN 01:2021/BYT stays out).
_BOUNDARY_BEFORE = r"(?<![\w/.\-:])"
# A number: up to five digits and an optional letter suffix (30c/NQ-CP).
_NUMBER = r"\d{1,5}[a-zđ]?"
# Party: 62-KL/TW, "100 - KL/TW", "1623-CV/\nTU", "84 QĐ/TWĐTN" (hyphen missing),
# 03-CT/TWĐTN-BTC (unit suffix), 435-KH/TĐTN-CTĐ&TTN, 141-CV/VPTW/nb.
_PARTY_TAIL = (
    rf"(?:\s*-\s*|(?P<nohyphen>[ ]+)(?=[{_UP}][{_L}]{{1,3}}\s*/))"
    rf"(?P<ptype>[{_L}]{{1,4}})\s*/\s*"
    rf"(?P<pissuer>[{_UP}][{_UP}&]{{0,14}}(?:-[{_UP}][{_UP}&]{{0,14}})*)"
    r"(?P<nb>/nb)?(?![\w/])"
)
# State: 43/2014/NĐ-CP, 45/2019/QH14, 16/CT-TTg, 30c/NQ-CP, 4912/UBND-NC, "44 /2005/QĐ-UBND".
# The tail needs a hyphen (or QHnn), so dates such as 30/4/2025 and ratios such as 1/500 fail.
_STATE_TAIL = (
    rf"\s*/\s*(?:(?P<year>(?:19|20)\d{{2}})\s*/\s*)?"
    rf"(?P<stail>(?:UBTVQH|QH)\d{{1,2}}"
    rf"|(?:NQLT|TTLT)/[{_UP}][{_L}0-9&]{{0,14}}(?:[ ]?-[ ]?[{_UP}][{_L}0-9&]{{0,14}})+"  # joint
    rf"|[{_L}][{_L}0-9&]{{0,14}}(?:[ ]?-[ ]?[{_UP}][{_L}0-9&]{{0,14}})+)"
    r"(?![\w/])"
)
# The leading (?=[0-9]) changes no match; it lets sre skip ahead to digits (a lookbehind
# first disables that).
CODE_PATTERN = re.compile(
    rf"(?=[0-9]){_BOUNDARY_BEFORE}(?P<num>{_NUMBER})(?:{_PARTY_TAIL}|{_STATE_TAIL})"
)
# Numbers sharing one symbol, written before a code: "217 và 218-QĐ/TW", "154 & 201/KH-ĐHHV".
_SHARED_NUMBERS = re.compile(rf"(?:(?<![\w/.\-:])({_NUMBER})\s*(?:,|&|và)\s*)+$")
_SHARED_ONE = re.compile(rf"({_NUMBER})\s*(?:,|&|và)\s*")

# Type words in the shadow text (lower case, no diacritics), longest first.
TYPE_WORDS_SHADOW = (
    "thong bao ket luan", "chuong trinh hanh dong", "thong tu lien tich",
    "van ban hop nhat", "nghi quyet", "quyet dinh", "quy dinh", "chi thi", "ket luan",
    "thong bao", "huong dan", "ke hoach", "chuong trinh", "thong tu", "thong tri",
    "cong van", "nghi dinh", "quy che", "bao cao", "to trinh", "de an", "du an",
    "phuong an", "cong dien", "phap lenh", "luat",
)  # fmt: skip
_TYPE_WORD_ALT = "|".join(w.replace(" ", r"\s+") for w in TYPE_WORDS_SHADOW)
_ABBREV_ALT = "|".join(ABBREVIATED_TYPE_WORDS)
# A type word right before a code: "Kết luận số ", "Thông báo Kết luận số ", "Công văn số\n\n".
_TYPE_WORD_BEFORE = re.compile(
    rf"(?<![a-z])(?P<word>{_TYPE_WORD_ALT})(?:\s+lien\s+tich)?\s*(?:so\s*:?\s*)?$"
)
_ABBREV_BEFORE = re.compile(rf"(?<![\w])(?P<word>{_ABBREV_ALT})\s*(?:số\s*)?$")
# Short reference: type word + number with no symbol after it ("Thông báo 160", "Kết luận 62").
# A number followed by a unit is a quantity ("Báo cáo 6 tháng", "Kế hoạch 5 năm", "55%").
_QUANTITY = r"\s*(?:%|thang|nam|ngay|quy|tuan|dieu|khoan|lan|ty|trieu|nghin)(?![a-z])"
_TYPE_WORD_INITIALS = "".join(sorted({w[0] for w in TYPE_WORDS_SHADOW}))
SHORT_REF = re.compile(
    rf"(?=[{_TYPE_WORD_INITIALS}])(?<![a-z])(?P<word>{_TYPE_WORD_ALT})\s+(?P<so>so\s+)?(?P<num>\d{{1,5}}[a-z]?)"
    rf"(?![\w/\-]|\s*[-/]|\s+[a-z]{{1,4}}\s*/|[.,]\d|{_QUANTITY})"
)
_ABBREV_INITIALS = "".join(sorted({w[0] for w in ABBREVIATED_TYPE_WORDS}))
SHORT_ABBREV_REF = re.compile(
    rf"(?=[{_ABBREV_INITIALS}])(?<![\w])(?P<word>{_ABBREV_ALT})\s+(?P<so>số\s+)?(?P<num>\d{{1,5}}[a-z]?)"
    r"(?![\w/\-]|\s*[-/]|\s+[A-Za-zĐđ]{1,4}\s*/|[.,]\d)"
)
# Self reference: "Kế hoạch này", "Kết luận này", "văn bản này".
SELF_REF = re.compile(rf"(?<![a-z])(?P<word>{_TYPE_WORD_ALT}|van\s+ban)\s+nay(?![a-z])")

_MIN_YEAR = 1945


@dataclass(frozen=True, slots=True)
class CodeMatch:
    """A document code found in normalized text; `start`/`end` index the normalized text."""

    start: int
    end: int
    code: DocumentCode
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ShortMatch:
    """A type word with a number and no symbol ("Thông báo 160"), or a self reference."""

    start: int
    end: int
    type_word: str  # shadow form, e.g. "thong bao"
    number: str | None  # canonical number; None for a self reference


def _party_code(number: str, raw_type: str, raw_issuer: str) -> tuple[DocumentCode, list[str]]:
    flags: list[str] = []
    kind, how = lookup(raw_type, PARTY_TYPES)
    if kind is None:
        raise ValueError(f"unknown Party type {raw_type!r}")
    if how != "exact":
        flags.append(f"type_{how}")
    parts = raw_issuer.split("-")
    body, body_how = lookup(parts[0], PARTY_ISSUERS)
    if body is None:
        body = parts[0]
        flags.append("unknown_issuer")
    elif body_how != "exact":
        flags.append(f"issuer_{body_how}")
    if "Ư" in parts[0] and "Ư" not in body:
        flags.append("ocr_horn")  # "445-KL/TƯ": OCR turned U into Ư
    issuer = "-".join([body, *parts[1:]])
    return DocumentCode(number, kind, issuer, Family.PARTY), flags


def _state_code(number: str, year: int | None, tail: str) -> tuple[DocumentCode, list[str]]:
    flags: list[str] = []
    if "/" in tail:  # "19/2008/NQLT/CP-UBTUMTTQVN" (DOMAIN §10.4 irregular_joint)
        tail = tail.replace("/", "-")
        flags.append("irregular_joint")
    parts = [p for p in re.split(r"\s*-\s*", tail) if p]
    if len(parts) == 1:  # QH14, UBTVQH15
        return DocumentCode(number, "", parts[0], Family.STATE, year), flags
    kind, how = lookup(parts[0], STATE_TYPES)
    if kind is not None and how in ("exact", "case", "debarred"):
        if how != "exact":
            flags.append(f"type_{how}")
        issuers = parts[1:]
    else:
        if year is not None:
            raise ValueError("a State code with a year needs a type")
        if not parts[0].isupper():
            raise ValueError(f"not a letter code: {tail!r}")
        kind, issuers = "", parts
        flags.append("letter")
    fixed = []
    for token in issuers:
        canonical, token_how = lookup(token, STATE_ISSUERS)
        if canonical is not None and token_how in ("exact", "case", "debarred"):
            fixed.append(canonical)
            if token_how != "exact":
                flags.append(f"issuer_{token_how}")
        elif is_known_state_issuer(token) or token.isupper() or token[:1].isupper():
            fixed.append(token)
        else:
            raise ValueError(f"not an issuer: {token!r}")
    if not (is_known_state_issuer(fixed[0]) or fixed[0].isupper()):
        raise ValueError(f"not an issuer: {fixed[0]!r}")
    if any("Ư" in token for token in issuers) and not any("Ư" in token for token in fixed):
        flags.append("ocr_horn")
    return DocumentCode(number, kind, "-".join(fixed), Family.STATE, year), flags


def _code_from_match(m: re.Match[str], *, this_year: int) -> CodeMatch | None:
    raw_number = m.group("num")
    if int(raw_number.rstrip("abcdefghijklmnopqrstuvwxyzđ")) == 0:
        return None
    number = canonical_number(raw_number)
    try:
        if m.group("ptype") is not None:
            code, flags = _party_code(number, m.group("ptype"), m.group("pissuer"))
            if m.group("nohyphen") is not None:
                if code.kind not in PARTY_TYPES or m.group("ptype") != code.kind:
                    return None  # a missing hyphen is accepted only for an exact type
                flags.append("missing_hyphen")
            if m.group("nb"):
                code = DocumentCode(code.number, code.kind, code.issuer, code.family, None, True)
        else:
            year = int(m.group("year")) if m.group("year") else None
            if year is not None and not _MIN_YEAR <= year <= this_year + 1:
                return None
            code, flags = _state_code(number, year, m.group("stail"))
    except ValueError:
        return None
    return CodeMatch(m.start(), m.end(), code, tuple(flags))


def find_codes(norm: NormalizedText, *, this_year: int | None = None) -> list[CodeMatch]:
    """Return every document code in `norm`, in text order.

    Numbers that share one symbol ("217 và 218-QĐ/TW") give one match each.

    Args:
        norm: the normalized document text.
        this_year: the latest plausible year in a code (default: the current year).

    Returns:
        The matches, ordered by start offset, never overlapping.
    """
    year_limit = this_year or date.today().year
    text = norm.text
    found: list[CodeMatch] = []
    for m in CODE_PATTERN.finditer(text):
        match = _code_from_match(m, this_year=year_limit)
        if match is None:
            continue
        found.extend(_shared_before(text, match))
        found.append(match)
    return found


def _shared_before(text: str, match: CodeMatch) -> list[CodeMatch]:
    window_start = max(0, match.start - 60)
    head = _SHARED_NUMBERS.search(text, window_start, match.start)
    if head is None:
        return []
    code = match.code
    shared = []
    for part in _SHARED_ONE.finditer(text, head.start(), match.start):
        number = canonical_number(part.group(1))
        if int(number.rstrip("abcdefghijklmnopqrstuvwxyzđ")) == 0:
            continue
        twin = DocumentCode(number, code.kind, code.issuer, code.family, code.year, code.internal)
        shared.append(CodeMatch(part.start(1), part.end(1), twin, (*match.flags, "shared_symbol")))
    return shared


def type_word_before(norm: NormalizedText, start: int) -> tuple[str, int] | None:
    """Return (type word in shadow form, its start) written right before offset `start`."""
    window = max(0, start - 48)
    m = _TYPE_WORD_BEFORE.search(norm.shadow, window, start)
    if m is not None:
        return re.sub(r"\s+", " ", m.group("word")), m.start()
    m = _ABBREV_BEFORE.search(norm.text, window, start)
    if m is not None:
        return ABBREVIATED_TYPE_WORDS[m.group("word")], m.start()
    return None


def find_short_refs(norm: NormalizedText, taken: list[tuple[int, int]]) -> list[ShortMatch]:
    """Return short references and self references that do not overlap `taken` spans."""
    found: list[ShortMatch] = []
    for m in SHORT_REF.finditer(norm.shadow):
        number = m.group("num")
        # A bare four-digit year after a type word ("Kế hoạch 2021") is not a number.
        if (
            not m.group("so")
            and number.isdigit()
            and len(number) == 4
            and _MIN_YEAR <= int(number) <= 2099
        ):
            continue
        if not norm.text[m.start()].isupper():
            continue  # "quyết định 5 nội dung" is prose; references are capitalised
        word = re.sub(r"\s+", " ", m.group("word"))
        found.append(ShortMatch(m.start(), m.end(), word, canonical_number(number)))
    for m in SHORT_ABBREV_REF.finditer(norm.text):
        number = m.group("num")
        if number.isdigit() and len(number) == 4 and _MIN_YEAR <= int(number) <= 2099:
            continue
        word = ABBREVIATED_TYPE_WORDS[m.group("word")]
        found.append(ShortMatch(m.start(), m.end(), word, canonical_number(number)))
    for m in _self_refs(norm):
        word = re.sub(r"\s+", " ", m.group("word"))
        found.append(ShortMatch(m.start(), m.end(), word, None))
    kept = [s for s in found if not _overlaps(s.start, s.end, taken)]
    kept.sort(key=lambda s: s.start)
    return kept


def _self_refs(norm: NormalizedText) -> list[re.Match[str]]:
    """The SELF_REF matches of the shadow that end in "này" in the text.

    Same as filtering `SELF_REF.finditer(norm.shadow)`, without scanning the whole text: a
    kept match ends at a "này", after whitespace, and starts at one of the (at most four)
    words before it. A dropped match ("nay", now) cannot overlap a kept one, since no type
    word holds "nay".
    """
    text, shadow = norm.text, norm.shadow
    starts: list[int] = []
    k = text.find("này")
    while k >= 0:
        if k and text[k - 1].isspace():
            i = k
            for _ in range(4):
                while i > 0 and shadow[i - 1].isspace():
                    i -= 1
                end = i
                while i > 0 and "a" <= shadow[i - 1] <= "z":
                    i -= 1
                if i == end:
                    break
                starts.append(i)
        k = text.find("này", k + 3)
    found: list[re.Match[str]] = []
    pos = 0
    for start in sorted(set(starts)):
        if start < pos:
            continue
        m = SELF_REF.match(shadow, start)
        if m is not None and text[m.end() - 3 : m.end()] == "này":
            found.append(m)
            pos = m.end()
    return found


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    from bisect import bisect_right

    i = bisect_right(spans, (start, 10**18)) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            return True
    return False

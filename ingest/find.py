"""Find Party/State document codes (62-KL/TW, 30/2020/NĐ-CP), short forms ("Thông báo 160")
and self references ("Kế hoạch này") in normalized text.

Pure functions over `NormalizedText`; spans are offsets into the normalized text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ingest.codes import (
    ABBREVIATED_TYPE_WORDS,
    CENTRAL_PARTY_ISSUERS,
    COUNCIL_ORDER,
    LOCAL_PARTY_ISSUERS,
    PARTY_DEPARTMENTS,
    PARTY_ISSUERS,
    PARTY_TYPES,
    STATE_ISSUERS,
    STATE_TYPES,
    DocumentCode,
    Family,
    canonical_number,
    field_unit,
    is_known_state_issuer,
    is_legislature,
    lookup,
)
from ingest.text import NormalizedText
from ingest.values import quick_init

# Letters allowed in type and issuer slots (after the character map, Đ is U+0110).
_L = "A-Za-zĐđƯư"
_UP = "A-ZĐƯ"
# Not glued to a word, path, decimal, dash or "01:2021" (QCVN 01:2021/BYT stays out).
# "Số:15 /2014/QĐ-UBND": right after "Số:" a number starts a code all the same, and right
# after "số" whose space a PDF lost ("Quyết định của Bộ Chính trị số31-QĐ/TW"), and after a
# legal site's "Số hiệu:" / "Ký hiệu:" label ("Số hiệu:39/NQ-CP", luatvietnam.vn).
# (and after "Số :", its colon spaced from the word but glued to the number: "Ủy ban nhân dân
# xã Quảng Thái ban hành Quyết định số :283 /QĐ - UBND về việc …", quangthai.thuathienhue.gov.vn,
# retired blind batch z; the spaced colon "Số : 15/…" in 3 dev pages, the glued "Số:15" in 5)
# (English pages glue the number word too: "the Politburo issued the Directive No.01-CT/TW",
# baoapbac.vn/english; and the English legal site's label: "Official number:1059/QD-TTg",
# english.luatvietnam.vn)
_BOUNDARY_BEFORE = (
    r"(?:(?<![\w/.\-:])|(?<=[Ss][ốo]:)|(?<=[Ss][ốo] :)|(?<=[Ss]ố)|(?<=[Hh]iệu:)|(?<=%20)"
    r"|(?<=\bNo\.)|(?<=[Nn]umber:))"
)
# A number: up to five digits and an optional letter suffix (30c/NQ-CP); six when the first is a
# padding zero (Đắk Lắk's "Công văn số 010094/UBND-TH").
_NUMBER = (
    r"(?:0\d{5}|\d{1,5})"
    # the Government's numbered resolutions under one programme, since 2025 ("Nghị quyết số
    # 66.7/2025/NQ-CP", "Số: 66.17/2026/NQ-CP"): a dotted number, always with its year
    r"(?:\.\d{1,3}(?=\s*/\s*(?:19|20)\d{2}\s*/))?"
    r"[a-zđ]?"
)
# The joint instruments, whose type a slash ends: "19/2008/NQLT/CP-UBTUMTTQVN", the People's
# Committee's and the Front's rules of coordination "01/QCPH/UBND-UBMTTQ" (DOMAIN §4.2), and
# the ministries' and central organisations' joint plans, interagency or joint, each body's unit
# after the slash: "Kế hoạch phối hợp liên ngành số 411/KHLN/TE-MT-ATGT-C07-…-HĐĐTW- ĐCT-BXH"
# (thuviennhadat.vn, Hà Tĩnh 446/KH-UBND of 2023), "Số: 176KHLT/BVCSTE-MT-CĐTNĐ-C68-…-DSGĐTE"
# (hethongphapluat.com, 2012).
_JOINT = "(?:NQLT|TTLT|QCPH|KHLN|KHLT)"
# "T.Ư", the newspapers' abbreviation of Trung ương, closing a Centre code ("Thông báo Kết luận
# số 234-TB/T.Ư"): read as TW.
_CENTRE_DOTTED = r"T\.Ư(?![\w\-/])"
# What may follow a code with its space lost: "ngày" ("263/KH-UBNDngày 31/3/2025"), or the
# next label of a legal site's facts table run into it ("Số hiệu:156-KL/TWNgày đăng công
# báo:", "…/QĐ-TTgLoại văn bản:", luatvietnam.vn); or the next cell of a header flattened
# into one line, in capitals: "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ
# MINH Hà Nội, ngày …" (2mit.org, a forum's copy of a Youth Union decision).
_GLUED_NEXT = (
    r"(?=(?:[Nn]g[àa]y|Lo[ạa]i\s+v[ăa]n|C[ơo]\s+quan|Ng[ườ]+i\s+k[ýy]|T[ìi]nh\s+tr[ạa]ng"
    r"|L[ĩi]nh\s+v[ựu]c|S[ốo]\s+c[ôo]ng\s+b[áa]o|[ÁA]p\s+d[ụu]ng"
    r"|ĐOÀN\s+TNCS|ĐẢNG\s+CỘNG|CỘNG\s+H(?:ÒA|OÀ))\b)"
)
# The English legal site's next label run into a code: "Official number:1059/QD-TTgSigner:Tran
# Hong Ha" (english.luatvietnam.vn's attribute table). Its letters would read as the issuer's:
# the code is read again without them where the whole is no code (`scan_codes`).
_GLUED_LABEL = "Signer"
# A Party code's slash lost before a committee's own suffix: "Nghị quyết số 57-NQ TW, ngày
# 22/12/2024" (danviet.vn), or printed as a second hyphen: "Căn cứ Nghị quyết số 36-NQ-TW,
# ngày 22/10/2018" (a provincial decision's basis block, thuviennhadat.vn, Bà Rịa - Vũng Tàu
# 795/QĐ-UBND of 2021); read only before the Centre's and the local committees' suffixes.
_SLASH_LOST = r"[ \-](?=(?:TW|TƯ|TU|HU|QU|ĐU)(?![\w/\-]))"
# … and before a bloc's or a ministry's committee, the whole code in hyphens: "ban hành Kế
# hoạch số 107-KH-ĐUK", "Công văn số 571-CV-ĐUB" (naem.edu.vn), only for an exact Party type
# (see `_code_of_groups`).
_HYPHEN_FOR_SLASH = rf"(?P<hyphened>-)(?=ĐU[{_UP}](?![\w/\-]))"
# A town committee's (Thị ủy's) suffix keeps the digraph's h small, as "TTg" does: "kế hoạch
# số 77 - KH/ThU ngày 04/8/2023 của Ban Thường vụ Thị uỷ", "Chỉ thị số 19-CT/ThU ngày
# 27/6/2018 của Ban Thường vụ Thị ủy" (badontv.vn, thị xã Ba Đồn); read only before its U.
_THI_UY = "(?:Th(?=U))"
# Party: 62-KL/TW, "100 - KL/TW", "1623-CV/\nTU", "84 QĐ/TWĐTN", "52\nNQ/TW" and "09KH/ĐTN"
# (hyphen missing), a numbered steering committee "15-KH/BCĐ57", "09-TB/BCĐ 35",
# 03-CT/TWĐTN-BTC (unit suffix), 435-KH/TĐTN-CTĐ&TTN, 141-CV/VPTW/nb.
_PARTY_TAIL = (
    rf"(?:\s*-\s*|(?P<slashed>/)(?!{_JOINT}/)(?=[{_UP}][{_L}]{{1,3}}/[{_UP}])"  # "646/QĐ/QUTW"
    rf"|(?P<nohyphen>[ ]+|[ \t]*\n[ \t]*|)(?!{_JOINT}/)(?=[{_UP}][{_L}]{{1,3}}\s*/))"
    rf"(?P<ptype>[{_L}]{{1,5}})(?:\s*/\s*|{_SLASH_LOST}|{_HYPHEN_FOR_SLASH})"
    # (the Centre abbreviated with a dot, as newspapers write it: "234-TB/T.Ư")
    rf"(?P<pissuer>(?:BC[ĐD][ ]?\d{{1,3}}(?!\d)|{_CENTRE_DOTTED}|{_THI_UY}?[{_UP}]"
    rf"(?:[{_UP}&]|{_THI_UY}){{0,14}})"
    rf"(?:-(?:[ \t]*\n[ \t]*)?[{_UP}][{_UP}&]{{0,14}})*)"  # "03-CT/TWĐTN-\nBTC" over a line
    rf"(?P<nb>/nb)?(?:(?![\w/])|{_GLUED_NEXT})"  # "70-TB/TWngày": a space lost before "ngày"
)
# The Government's symbol before 1992 (Hội đồng Bộ trưởng) and in 1992–96 (Chính phủ), printed
# after a slash with no type: "8/HĐBT", "193/HĐBT", "28/CP"; and the Chairman of the Council
# of Ministers' own (1981–92), slashed or dashed: "Số: 264/CT", "Chỉ thị số 338-CT".
# The Prime Minister's own of the 1990s likewise: "Pursuant to the Prime Minister’s Decision No.
# 355/TTg of May 28, 1997" (hethongphapluat.com, 121/1999/QĐ-BTC).
_OLD_GOVERNMENT = "HĐBT|CP|CT|TTg"
# The hyphen between a State symbol's parts, spaced or ending a line: "BTC - BLĐTBXH", a joint
# circular's "Số: 01/2022/TTLT-VKSNDTC-\nTANDTC-BCA-BQP-BLĐTBXH" (a hyphen cannot end a code).
_SYMBOL_HYPHEN = r"(?:[ ]?-[ ]?|-[ \t]*\n[ \t]*)"
# State: 43/2014/NĐ-CP, 45/2019/QH14, 16/CT-TTg, 30c/NQ-CP, 4912/UBND-NC, "44 /2005/QĐ-UBND".
# The tail needs a hyphen (or QHnn), so dates such as 30/4/2025 and ratios such as 1/500 fail.
_STATE_TAIL = (
    # (a joint instrument's type may be glued to its number: "Số: 176KHLT/BVCSTE-MT-…")
    # (a slash doubled after the year, a typing slip of official texts: "Nghị định số
    # 126/2004//NĐ-CP", "Thông tư số 19/2022//TT-BKHĐT", Công báo)
    rf"(?:\s*/\s*(?:(?P<year>(?:19|20)\d{{2}})\s*/(?:\s*/)?\s*)?|(?={_JOINT}/))"
    rf"(?P<stail>(?:UBTVQH|QH)\d{{1,2}}"
    rf"|{_JOINT}/[{_UP}][{_L}0-9&]{{0,14}}"  # joint
    rf"(?:{_SYMBOL_HYPHEN}[{_UP}][{_L}0-9&]{{0,14}})+"
    # a slash for the hyphen after the type: "197/2005/QĐ/BNN-KL", "19/2001/CT/UB"
    rf"|(?P<stype>[{_L}]{{1,4}})/[{_UP}][{_L}0-9&]{{0,14}}"
    rf"(?:{_SYMBOL_HYPHEN}[{_UP}][{_L}0-9&]{{0,14}})*"
    rf"|[{_L}][{_L}0-9&]{{0,14}}(?:{_SYMBOL_HYPHEN}[{_UP}][{_L}0-9&]{{0,14}}"
    # a dot joining two bodies' letters inside one hyphen-bound segment, the standing
    # committee of a council: "06/QC-TT.HĐND-UBND" (Thường trực HĐND and UBND); also in the
    # last segment, and a numbered district's unit, where the code's date or a bracket's end
    # follows (not a full stop glued to the next sentence's capitals: "… 15/KH-UBND.HĐND nhân
    # dân"): "Tờ trình số 07/TTr-TT.HĐND ngày 02 tháng 12 năm 2016" (vdocuments, Lào Cai),
    # "(Công văn số 931/TTr-PGD.Q8 ngày 19 tháng 6 năm 2006)" (quận 8, retired blind batch z)
    rf"(?:\.[{_UP}]{{2,10}}(?={_SYMBOL_HYPHEN})"
    rf"|\.[{_UP}][{_UP}0-9]{{1,9}}(?=[ \t]*(?:[,;)]|[Nn]g[àa]y(?!\w))))?)+"
    r"(?:[ ]?\.[IVX]{1,4}\b)?"  # a department of the Government Office: "22/TTg-V.III"
    # a dot for the hyphen after the type: "12/CĐ.UBND" (read only for a State type as
    # written and a known issuer, see _dotted_state_code)
    rf"|(?P<dtype>[{_UP}][{_L}]{{0,3}})\.(?P<dotted>[{_UP}]{{2,10}})(?![\w\-/&]|\.\w)"
    # the Government of 1981–96 with no type segment: "Nghị định 8/HĐBT", "Nghị định số
    # 50/CP" (a code wherever it stands, unlike a letter's lone issuer below)
    rf"|(?P<oldgov>{_OLD_GOVERNMENT})(?![\w/\-&])"
    # last: a letter with its issuer only ("3517/UBND"), not the start of "278/PGD&ĐT-THCS";
    # or a type glued to the Prime Minister's "TTg", its hyphen lost ("1248/QĐTTg")
    rf"|(?P<lone>[{_UP}]{{3,10}}|[{_UP}]{{1,3}}TTg)(?![\w/\-&]))"
    # a drafting unit after a slash for its hyphen: "Number: 103/2000/QD-BNN/TCCB" (vbpl.vn),
    # 103/2000/QĐ-BNN-TCCB (read only after a typed symbol, see _code_of_groups)
    rf"(?:/(?P<sunit>[{_UP}]{{2,8}})(?![\w/\-]))?"
    rf"(?:(?![\w/])|{_GLUED_NEXT})"  # "263/KH-UBNDngày 31/3/2025": a space lost before "ngày"
)
# State codes of the 1980s–90s, with a hyphen and no type: "Nghị định số 101-CP", "Quyết định
# 217-HĐBT", "Chỉ thị 237-TTg".
_DASHED_STATE_TAIL = r"\s*-\s*(?P<dissuer>CP|TTg|HĐBT|CT)(?![\w/\-])"
# An order of the Council of State's chairman (1981–92), a State code in the Party's order, the
# legislature after the council where printed: "ban hành theo lệnh số 38-LCT/HĐNN ngày
# 24-5-1990 của Chủ tịch Hội đồng Nhà nước", "Pháp lệnh số 10-LCT/HĐNN7" (Công báo's
# consolidated texts), "Lệnh số: 58 LCT/HĐNN" (hyphen lost). Before the Party's tail, which
# would take "LCT/HĐNN" for an unknown Party type and refuse it.
_COUNCIL_ORDER_TAIL = (
    rf"(?:[ ]*-[ ]*|[ ]+){COUNCIL_ORDER}[ ]*/[ ]*(?P<council>HĐNN\d{{0,2}})(?![\w/\-])"
)
# The leading (?=[0-9]) changes no match; it lets sre skip ahead to digits (a lookbehind
# first disables that).
CODE_PATTERN = re.compile(
    rf"(?=[0-9]){_BOUNDARY_BEFORE}(?P<num>{_NUMBER})"
    rf"(?:{_COUNCIL_ORDER_TAIL}|{_PARTY_TAIL}|{_STATE_TAIL}|{_DASHED_STATE_TAIL})"
)
# Numbers sharing one symbol, written before a code: "217 và 218-QĐ/TW", "154 & 201/KH-ĐHHV".
_SHARED_NUMBERS = re.compile(rf"(?:(?<![\w/.\-:])({_NUMBER})\s*(?:,|&|và)\s*)+$")
_SHARED_ONE = re.compile(rf"({_NUMBER})\s*(?:,|&|và)\s*")

# Type words in the shadow text (lower case, no diacritics), longest first.
TYPE_WORDS_SHADOW = (
    "thong bao ket luan", "chuong trinh hanh dong", "thong tu lien tich", "nghi quyet lien tich",
    "van ban hop nhat", "nghi quyet", "quyet dinh", "quy dinh", "chi thi", "ket luan",
    "thong bao", "huong dan", "ke hoach", "chuong trinh", "thong tu", "thong tri",
    "cong van", "nghi dinh", "quy che", "bao cao", "to trinh", "de an", "du an",
    "phuong an", "cong dien", "phap lenh", "luat",
)  # fmt: skip
# The type words as one alternation, spaces matching any whitespace (shared with the page and
# own-number readers).
TYPE_WORD_ALT = "|".join(w.replace(" ", r"\s+") for w in TYPE_WORDS_SHADOW)
# "CT" alone is also a type missing its issuer: the Chairman's code only after "Số", "Số
# hiệu" or a type word ("Quyết định số 156-CT", "Chỉ thị 192-CT", "SỐ 156/CT").
_CHAIRMAN_LEAD = re.compile(rf"(?<![a-z])(?:so(?:\s+hieu)?|{TYPE_WORD_ALT})\s*:?\s*$")
# A form's number, not a document's: "kê khai theo mẫu số 01/TKN-CNKD", "Mẫu số: 02/BK-KTBĐS",
# "mẫu 01/ĐK-TCT" (tax and registration forms annexed to a circular; shadow text, before the
# number). The items listed after it ("mẫu số 17/TB-ĐKT, 18/TB-ĐKT") are forms too. A PDF's
# copy spaces the letters and digits out ("Mẫ u số : 3 3 /TB-ĐK", read "3/TB-ĐK" after a
# stray "3": 06/VBHN-BTC, eight phantom nodes in the edge audit's round 4).
_FORM_LEAD = re.compile(r"(?<![a-z])ma[ \t]?u(?:[ \t]+so)?[ \t]*:?[ \t]*(?:\d[ \t]+)?$")
_FORM_LIST_GAP = re.compile(r"[ \t]*(?:,|;|va|hoac)[ \t]*(?:(?:mau[ \t]+)?so[ \t]*)?")
# A type word at the start of a line or phrase ("ke hoach", "quyet dinh"), not inside a longer word.
TYPE_WORD_START = re.compile(rf"(?:{TYPE_WORD_ALT})(?![a-z])")
_ABBREV_ALT = "|".join(ABBREVIATED_TYPE_WORDS)
# A type word right before a code: "Kết luận số ", "Thông báo Kết luận số ", "Công văn số\n\n".
_TYPE_WORD_BEFORE = re.compile(
    rf"(?<![a-z])(?P<word>{TYPE_WORD_ALT})(?:\s+lien\s+tich)?\s*(?:so\s*:?\s*)?$"
)
_ABBREV_BEFORE = re.compile(rf"(?<![\w])(?P<word>{_ABBREV_ALT})\s*(?:số\s*)?$")
# Short reference: type word + number with no symbol after it ("Thông báo 160", "Kết luận 62").
# A number followed by a unit is a quantity ("Báo cáo 6 tháng", "Kế hoạch 5 năm", "55%").
_QUANTITY = r"\s*(?:%|thang|nam|ngay|quy|tuan|dieu|khoan|lan|ty|trieu|nghin)(?![a-z])"
_TYPE_WORD_INITIALS = "".join(sorted({w[0] for w in TYPE_WORDS_SHADOW}))
SHORT_REF = re.compile(
    rf"(?=[{_TYPE_WORD_INITIALS}])(?<![a-z])(?P<word>{TYPE_WORD_ALT})\s+(?P<so>so\s+)?(?P<num>\d{{1,5}}[a-z]?)"
    rf"(?![\w/\-]|\s*[-/]|\s+[a-z]{{1,4}}\s*/|[.,]\d|{_QUANTITY})"
)
_ABBREV_INITIALS = "".join(sorted({w[0] for w in ABBREVIATED_TYPE_WORDS}))
SHORT_ABBREV_REF = re.compile(
    rf"(?=[{_ABBREV_INITIALS}])(?<![\w])(?P<word>{_ABBREV_ALT})\s+(?P<so>số\s+)?(?P<num>\d{{1,5}}[a-z]?)"
    r"(?![\w/\-]|\s*[-/]|\s+[A-Za-zĐđ]{1,4}\s*/|[.,]\d)"
)
# The last letters of what may stand right before a short form's number: a type word or "so"
# (shadow), an abbreviation or "số" (text). A quick test before the look-back patterns.
_SHORT_FINALS = frozenset(w[-1] for w in TYPE_WORDS_SHADOW) | {"o"}
_ABBREV_FINALS = frozenset(w[-1] for w in ABBREVIATED_TYPE_WORDS) | {"ố", "o"}
# Self reference: "Kế hoạch này", "Kết luận này", "văn bản này".
SELF_REF = re.compile(rf"(?<![a-z])(?P<word>{TYPE_WORD_ALT}|van\s+ban)\s+nay(?![a-z])")

# Look-backs run as forward matches on the reversed shadow: one anchored call instead of a
# `$`-anchored search over a window. Type words are reversed and put longest first, so the
# first alternative that matches is the longest one, i.e. the leftmost start in the forward
# text (two type words ending at the same place are suffixes of each other, as "ket luan" of
# "thong bao ket luan"). The forward pattern is then matched at that start for its groups.
_REV_TYPE_WORD_ALT = "|".join(
    r"\s+".join(w[::-1].split(" ")) for w in sorted(TYPE_WORDS_SHADOW, key=lambda w: (-len(w), w))
)
# `_TYPE_WORD_BEFORE` reversed: "…os :  " then the type word with an optional "lien tich".
# The spaces around the colon are taken whole (possessive: "o" or ":" must follow them), else
# a long run of spaces before a code was tried split every way (5 s for 59 KB of spaces).
_REV_TYPE_WORD_BEFORE = re.compile(
    rf"(?:\s*+(?::\s*+)?os)?\s*(?:hcit\s+neil\s+)?(?:{_REV_TYPE_WORD_ALT})(?![a-z])"
)
# What must stand before a short form's number (`SHORT_REF`), reversed.
_REV_SHORT_LEAD = re.compile(rf"\s+(?:os\s+)?(?:{_REV_TYPE_WORD_ALT})(?![a-z])")
# The same for `SHORT_ABBREV_REF`, on the shadow: "số" reads "so" there and "QĐ" reads "qd",
# so this admits every match (and some non-matches, which the forward pattern rejects).
_REV_ABBREV_LEAD = re.compile(
    r"\s+(?:os\s+)?(?:"
    + "|".join(sorted({w.lower().replace("đ", "d")[::-1] for w in ABBREVIATED_TYPE_WORDS}))
    + r")(?!\w)"
)
# Last letters of abbreviated type words: `_ABBREV_BEFORE` needs one right before "số"/the code.
_ABBREV_LAST = frozenset(w[-1] for w in ABBREVIATED_TYPE_WORDS)

_MIN_YEAR = 1945


@quick_init
@dataclass(frozen=True, slots=True)
class CodeMatch:
    """A document code found in normalized text; `start`/`end` index the normalized text."""

    start: int
    end: int
    code: DocumentCode
    flags: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class ShortMatch:
    """A type word with a number and no symbol ("Thông báo 160"), or a self reference."""

    start: int
    end: int
    type_word: str  # shadow form, e.g. "thong bao"
    number: str | None  # canonical number; None for a self reference


_NUMBERED_COMMITTEE = re.compile(r"BC([ĐD]) ?(\d{1,3})")


def _centre_body(issuer: str) -> str | None:
    """A central body's issuer printed with "TƯ" (Trung ương) before its name, in canonical
    "TW" (FORMAT: TW for TƯ): "TƯH" → "TWH", "TƯĐTN" → "TWĐTN"; None for any other."""
    return "TW" + issuer[2:] if issuer.startswith("TƯ") and len(issuer) > 2 else None


def _party_code(number: str, raw_type: str, raw_issuer: str) -> tuple[DocumentCode, list[str]]:
    flags: list[str] = []
    kind, how = lookup(raw_type, PARTY_TYPES)
    if kind is None:
        raise ValueError(f"unknown Party type {raw_type!r}")
    if how != "exact":
        flags.append(f"type_{how}")
    parts = [part.strip() for part in raw_issuer.split("-")]  # ("TWĐTN-\nBTC" over a line)
    committee = _NUMBERED_COMMITTEE.fullmatch(parts[0])
    body: str | None
    if committee:  # "BCĐ57", "BCD57", "BCĐ 35": a numbered steering committee
        body, body_how = f"BCĐ{committee.group(2)}", "exact"
        if committee.group(1) != "Đ":
            flags.append("issuer_debarred")
    else:
        body, body_how = lookup(parts[0], PARTY_ISSUERS)
    if body is None and parts[0].endswith("TWW"):
        # "153-HD/BTGTWW" (a central institute's Party office), "27-HD/BTCTWW" (Nghệ An's
        # English page): a central board's "TW" with its W doubled, as BTGTW, BTCTW
        body, body_how = lookup(parts[0][:-1], PARTY_ISSUERS)
        if body is not None:
            flags.append("issuer_doubled_w")
    if body is None and (central := _centre_body(parts[0])) is not None:
        # "105-KH/TƯH" (Trung ương Hội), "12-HD/TƯĐTN": as the Centre's own "48-CT/TƯ"
        body, body_how = lookup(central, PARTY_ISSUERS)
        if body is None:
            body, body_how = central, "unknown"
            flags.append("unknown_issuer")
        flags.append("issuer_centre_horn")
    if body is None:
        body = parts[0]
        flags.append("unknown_issuer")
    elif body_how != "exact":
        flags.append(f"issuer_{body_how}")
    if "Ư" in parts[0] and "Ư" not in body:
        flags.append("ocr_horn")  # "445-KL/TƯ": OCR turned U into Ư
    issuer = "-".join([body, *parts[1:]])
    return DocumentCode(number, kind, issuer, Family.PARTY), flags


def centre_of_horn(
    code: DocumentCode, flags: list[str] | tuple[str, ...]
) -> tuple[DocumentCode, list[str]] | None:
    """The Centre's reading of a Party code printed with "TƯ" ("48-CT/TƯ": T.Ư, "Trung ương",
    48-CT/TW), where the code reading gave a provincial committee's TU; None for any other code.
    What the text says around it may keep the TU (`stages.references._horn_read`); without a
    text (a code typed to the API) the Centre's reading stands."""
    if "ocr_horn" not in flags or code.family is not Family.PARTY or code.main_issuer != "TU":
        return None
    units = code.issuer.split("-")[1:]
    central = replace(code, issuer="-".join(["TW", *units]))
    return central, [f for f in flags if f != "ocr_horn"] + ["horn_central"]


# Party committees whose codes are sometimes printed in State order ("257/KH-TU" for
# 257-KH/TU, "22/CT-TW" for 22-CT/TW). None of them is a State issuer; steering committees
# (BCĐ) and Party affairs committees (BCSĐ) are left out: State bodies have those too.
# Local committees and their departments ("24/KH-BTGTU" of a provincial Propaganda Board) too.
_STATE_ORDER_PARTY_ISSUERS = (
    (CENTRAL_PARTY_ISSUERS - STATE_ISSUERS)
    | {"TU", "HU", "QU", "ĐU", "ĐUK"}  # "107/KH-ĐUK": a bloc committee's plan
    # a town committee's (Thị ủy): "Nghị quyết 09/ NQ – ThU ngày 21/4/2009 của Ban chấp hành
    # Đảng bộ thị xã" (cualo.vn)
    | {"ThU"}
    | {"CB"}  # a Party cell's: "Số: 01/KH-CB" of a school's cell under a commune committee
    | {issuer for issuer in LOCAL_PARTY_ISSUERS if issuer.endswith(("TU", "HU"))}
    # every department of a provincial or district committee: "168/CV-BNCTU" (Ban Nội chính)
    | {f"{department}{committee}" for department in PARTY_DEPARTMENTS for committee in ("TU", "HU")}
)


def _party_in_state_order(number: str, parts: list[str]) -> DocumentCode | None:
    """ "257/KH-TU" → 257-KH/TU: a Party type and a Party committee written State-style."""
    kind, how = lookup(parts[0], PARTY_TYPES)
    body, body_how = lookup(parts[1], _STATE_ORDER_PARTY_ISSUERS)
    if kind is None or how not in ("exact", "case") or body is None:
        return None
    if body_how not in ("exact", "case") and parts[1] != "TƯ":
        return None
    units = [u.upper() for u in parts[2:]]
    return DocumentCode(number, kind, "-".join([body, *units]), Family.PARTY)


# Local State bodies whose codes are sometimes printed in Party order ("88-NQ/HĐND").
_STATE_COUNCILS = frozenset({"HĐND", "UBND"})
# What stands before a letter written with its issuer only: "Công văn số 3517/UBND"; or before
# a submission's or a guidance's number printed so, its type left out: "Theo đề nghị của Sở Kế
# hoạch và Đầu tư tại Tờ trình số 126/SKHĐT ngày 23/01/2007" (Ninh Thuận 55/2007/CT-UBND,
# luatminhkhue.vn), "Căn cứ Hướng dẫn số 4488/BCĐ ngày14/11/2013 của Ban Chỉ đạo" (Thái Bình
# 40/QĐ-BCĐ of 2014, luatminhkhue.vn): any type word and "số" (bench/code_net_audit.py).
# An English translation's lead before a letter's number (shadow text, before the number):
# "in its Official Dispatch No.2189-UB/NLN of July 5, 1995" (asianlii.org's 507-TTg).
_ENGLISH_LETTER_LEAD = re.compile(
    r"(?<![a-z])(?:official\s+(?:dispatch|letter)|document)\s+no\.?\s*$"
)
_REV_LETTER_LEAD = re.compile(
    rf"\s*(?::\s*)?os\s+(?:nav\s+gnoc|nab\s+nav|{_REV_TYPE_WORD_ALT})(?![a-z])"
)


def _glued_type_issuer(token: str) -> tuple[str, str] | None:
    """A State symbol whose hyphen a PDF's text lost, split where a known type meets a known
    issuer ("QĐUBND" → QĐ, UBND; "NĐCP" → NĐ, CP; "TTVPCP" → TT, VPCP); None when no such
    split exists ("UBND", "STTTT": a letter's issuer)."""
    for cut in range(len(token) - 1, 0, -1):
        if token[:cut] in STATE_TYPES and token[cut:] in STATE_ISSUERS:
            return token[:cut], token[cut:]
    return None


# The units of a People's Committee's office that draft its letters, as the labelled pages
# print them after "UBND-" ("4912/UBND-NC", "UBND-KGVX", "UBND-YT").
_COMMITTEE_UNITS = frozenset({
    "VP", "KGVX", "VX", "NN", "TH", "KT", "NC", "YT", "VXNV", "KTTH", "KTN", "ĐTXD", "VHXH",
    "XDCB", "VHTT", "TN", "THKH", "NNTN", "CNN", "VH", "TM", "NV", "NCPC", "XD", "ĐT", "GD",
})  # fmt: skip


def _glued_unit(token: str) -> tuple[str, str] | None:
    """A People's Committee's letter symbol whose hyphen before its drafting unit was lost
    ("Công văn số 1161/UBNDYT ngày 17/8/2023 … của UBND quận Cầu Giấy": UBND, YT); None for
    any other token ("UBNDT" names no unit)."""
    if token.startswith("UBND") and token[4:] in _COMMITTEE_UNITS:
        return "UBND", token[4:]
    return None


# The Front's central bodies in a joint State symbol, "TƯ" (Trung ương) printed with its
# horn: "UBTƯMTTQVN" (Ủy ban Trung ương MTTQ Việt Nam), "BTTUBTƯMTTQVN" (its Standing Board):
# "Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN" (thuvienphapluat.vn), "Thông tư liên
# tịch số 03/2000/TTLT/BTP - BVHTT - BTTUBTƯMTTQVN" (Nghệ An's 47/2007/QĐ-UBND; also Bắc
# Kạn's 17/2002/NQ-HĐND). The Centre's, so TW (FORMAT.md: TW for TƯ where the Centre issued
# it); a symbol printed with "TU" stays as printed, a State body's "BCĐTƯATTP" too.
_FRONT_CENTRE_HORN = "TƯMTTQ"


def _front_centre(token: str) -> str | None:
    """The Front's central body of a joint symbol in canonical "TW", if `token` prints it
    with "TƯ" ("UBTƯMTTQVN" → "UBTWMTTQVN"); None for any other token."""
    if _FRONT_CENTRE_HORN not in token or not token.isupper():
        return None
    return token.replace(_FRONT_CENTRE_HORN, "TWMTTQ")


def _state_code(number: str, year: int | None, tail: str) -> tuple[DocumentCode, list[str]]:
    flags: list[str] = []
    if "/" in tail:  # "19/2008/NQLT/CP-UBTUMTTQVN" (DOMAIN §10.4 irregular_joint)
        tail = tail.replace("/", "-")
        flags.append("irregular_joint")
    parts = [p.replace(" .", ".") for p in re.split(r"\s*-\s*", tail) if p]
    if year is None and len(parts) >= 2:
        party = _party_in_state_order(number, parts)
        if party is not None:
            return party, ["state_order"]
    if len(parts) == 1 and (glued := _glued_type_issuer(parts[0])) is not None:
        parts = list(glued)  # "1961/QĐUBND", "61/2018/NĐCP": the hyphen lost
        flags.append("missing_hyphen")
    elif len(parts) == 1 and year is None and (unit := _glued_unit(parts[0])) is not None:
        parts = list(unit)  # "1161/UBNDYT": a letter's hyphen before its unit lost
        flags.append("missing_hyphen")
    if len(parts) == 1:  # QH14, UBTVQH15; a letter's lone issuer "UBND", "STTTT"
        if not is_legislature(parts[0]):
            if year is not None:
                raise ValueError("a State code with a year needs a type")
            return DocumentCode(number, "", parts[0], Family.STATE, None), ["letter"]
        if year is None:  # "Nghị quyết số …/2017/QH14": a draft's blank number
            raise ValueError("a legislature's law or resolution code carries its year")
        return DocumentCode(number, "", parts[0], Family.STATE, year), flags
    kind, how = lookup(parts[0], STATE_TYPES)
    if kind is not None and how in ("exact", "case", "debarred"):
        if how != "exact":
            flags.append(f"type_{how}")
        issuers = parts[1:]
    else:
        if year is not None:
            raise ValueError("a State code with a year needs a type")
        if not parts[0].isupper() and lookup(parts[0], STATE_ISSUERS)[0] is None:
            raise ValueError(f"not a letter code: {tail!r}")  # "73/TTg-CN" is one
        kind, issuers = "", parts
        flags.append("letter")
    fixed = []
    for token in issuers:
        if (front := _front_centre(token)) is not None:
            fixed.append(front)  # "01/2014/NQLT/CP-UBTƯMTTQVN": the Front's Centre, TW
            flags.append("issuer_centre_horn")
            continue
        canonical, token_how = lookup(token, STATE_ISSUERS)
        if canonical is not None and token_how in ("exact", "case", "debarred"):
            fixed.append(canonical)
            if token_how != "exact":
                flags.append(f"issuer_{token_how}")
        elif token.isupper() and (central := _centre_body(token)) is not None:
            # "48/HD-TƯHCTĐ", "60/KH-TƯHCTĐ" (Trung ương Hội Chữ thập đỏ)
            fixed.append(central)
            flags.append("issuer_centre_horn")
        elif fixed and (field := field_unit(token)) is not None:
            fixed.append(field)  # "2165/BQP-KHDT": a unit named for a field, its bar lost
            flags.append("unit_debarred")
        elif is_known_state_issuer(token) or token.isupper() or token[:1].isupper():
            fixed.append(token)
        else:
            raise ValueError(f"not an issuer: {token!r}")
    if not (is_known_state_issuer(fixed[0]) or fixed[0].isupper()
            or _DIGRAPH_ABBREV.fullmatch(fixed[0])):  # fmt: skip
        raise ValueError(f"not an issuer: {fixed[0]!r}")
    if any("Ư" in token for token in issuers) and not any("Ư" in token for token in fixed) and (
        "issuer_centre_horn" not in flags
    ):
        flags.append("ocr_horn")
    return DocumentCode(number, kind, "-".join(fixed), Family.STATE, year), flags


# An abbreviation that keeps a Vietnamese digraph's second letter small, as "TTg" (Thủ tướng)
# and "GDTrH" (Giáo dục Trung học) do: "495/TTr-SNgV" (Sở Ngoại vụ). Capitals and such pairs
# only, so a word ("Ngày", "Thanh") is none.
_DIGRAPH_ABBREV = re.compile(rf"(?:[{_UP}]|Ng|Tr|Th|Ch|Nh|Ph|Kh|Gi){{2,}}")


def _code_from_match(m: re.Match[str], *, this_year: int) -> CodeMatch | None:
    """The code a `CODE_PATTERN` match spells, or None where the match is not a code."""
    parsed = _code_of_groups(m.groups(), this_year)
    return None if parsed is None else CodeMatch(m.start(), m.end(), *parsed)


class _Groups:
    """A `CODE_PATTERN` match's groups by name, from the tuple `Match.groups()` gives."""

    __slots__ = ("_groups",)
    _INDEX = {name: i - 1 for name, i in CODE_PATTERN.groupindex.items()}

    def __init__(self, groups: tuple[str | None, ...]) -> None:
        self._groups = groups

    def group(self, name: str) -> Any:  # as `re.Match.group` is typed: `str | Any`
        return self._groups[self._INDEX[name]]


# Codes repeat within a document and across a folder (a law cites the same decrees hundreds of
# times): the parse depends on the match's groups alone, so it is made once per spelling.
@functools.lru_cache(maxsize=1 << 16)
def _code_of_groups(
    groups: tuple[str | None, ...], this_year: int
) -> tuple[DocumentCode, tuple[str, ...]] | None:
    m = _Groups(groups)
    raw_number = m.group("num")
    if int(raw_number.rstrip("abcdefghijklmnopqrstuvwxyzđ").split(".")[0]) == 0:
        return None
    number = canonical_number(raw_number)
    try:
        if m.group("council") is not None:  # "38-LCT/HĐNN", "10-LCT/HĐNN7"
            code = DocumentCode(number, COUNCIL_ORDER, m.group("council"), Family.STATE)
            flags = []
        elif m.group("dissuer") is not None:
            code = DocumentCode(number, "", m.group("dissuer"), Family.STATE, dashed=True)
            flags = ["dashed_state"]
        elif m.group("ptype") is not None:
            if (m.group("slashed") is None and m.group("hyphened") is None
                    and m.group("nohyphen") is None and m.group("nb") is None
                    and lookup(m.group("ptype"), PARTY_TYPES)[0] is None
                    and lookup(m.group("ptype"), STATE_ISSUERS)[1] == "exact"
                    and lookup(m.group("pissuer"), STATE_TYPES)[0] is None):  # fmt: skip
                # a ministry's letter of the 1990s in the Party's order, its own symbol first
                # and its department after the slash: "in its Official Dispatch
                # No.1158-BXD/CSXD of August 10, 1995" (asianlii.org, 507-TTg): 1158/BXD-CSXD.
                # Not a type after the slash (the Ministry of Finance's "Số: 15-BTC/TT" of 1991,
                # a circular: a letter's code would type it CV)
                code, flags = _state_code(number, None, f"{m.group('ptype')}-{m.group('pissuer')}")
                return code, (*flags, "party_order")
            if (m.group("slashed") is None and m.group("hyphened") is None
                    and m.group("nohyphen") is None and m.group("nb") is None
                    and _unknown_symbol(m.group("ptype")) and _unknown_symbol(m.group("pissuer"))):
                # a body's letter in the Party's order whose own symbol no table knows, its
                # department after the slash: "đã ký văn bản số 436-HKK/BPT về việc …" (Hội
                # Khuyến học Việt Nam), "Official Dispatch No.2189-UB/NLN of July 5, 1995"
                # (the State Planning Committee), "Official Dispatch No.828-BKH/NN" (the
                # Ministry of Planning and Investment). A code only after a letter's lead
                # (`scan_codes`): "unknown_symbol"
                code, flags = _state_code(number, None, f"{m.group('ptype')}-{m.group('pissuer')}")
                return code, (*flags, "party_order", "unknown_symbol")
            issuer = "TW" if m.group("pissuer") == "T.Ư" else m.group("pissuer")
            code, flags = _party_code(number, m.group("ptype"), issuer)
            council, _ = lookup(code.issuer.split("-")[0], STATE_ISSUERS)
            if "unknown_issuer" in flags and council in _STATE_COUNCILS:
                # "88-NQ/HĐND": a people's council or committee has no Party code
                code, flags = _state_code(number, None, f"{m.group('ptype')}-{code.issuer}")
                flags.append("party_order")
            if m.group("slashed") is not None and (
                code.kind not in PARTY_TYPES or not set(flags) <= {"issuer_debarred"}
            ):
                # "646/QĐ/QUTW" only with a Party type and a known Party body; else a State
                # code with a slash for its hyphen: "4110/QĐ/BNN-KHCN"
                return _slashed_state_code(number, None, f"{m.group('ptype')}/{m.group('pissuer')}")
            if m.group("slashed") is not None:
                flags.append("slashed")
            if m.group("hyphened") is not None:
                if m.group("ptype") not in PARTY_TYPES or m.group("nohyphen") is not None:
                    return None  # "107-KH-ĐUK" only with an exact Party type after a hyphen
                flags.append("hyphen_for_slash")
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
            if m.group("stype") is not None:
                return _slashed_state_code(number, year, m.group("stail"))
            if m.group("oldgov") is not None:
                if year is not None:
                    return None  # "…/2005/CP" names no type: no code of that shape has a year
                code = DocumentCode(number, "", m.group("oldgov"), Family.STATE)
                return code, ("old_government",)
            if m.group("dtype") is not None:
                return _dotted_state_code(number, year, m.group("dtype"), m.group("dotted"))
            code, flags = _state_code(number, year, m.group("stail"))
            if m.group("sunit") is not None:
                if not code.kind or "-" not in m.group("stail"):
                    return None  # a unit only after a type and an issuer: not "12/UBND/ABC"
                code, flags = _state_code(number, year, f"{m.group('stail')}-{m.group('sunit')}")
                flags.append("slashed_unit")
    except ValueError:
        return None
    return code, tuple(flags)


def _unknown_symbol(token: str) -> bool:
    """A symbol in capitals that is no type and no issuer any table knows (in any spelling)."""
    return token.isupper() and token.isalpha() and all(
        lookup(token, table)[1] == "unknown"
        for table in (PARTY_TYPES, STATE_TYPES, PARTY_ISSUERS, STATE_ISSUERS)
    )


# … or a council or board named by its initials after an exact type: "Thực hiện thông bạch số
# 049/TB.HĐTS của Hội đồng Trị sự GHPGVN" (the Buddhist Sangha's executive council, quoted by a
# provincial board's letter, phatgiaobariavungtau.org.vn, retired blind batch w).
_COUNCIL_BODY = re.compile(r"(?:HĐ|BCĐ|BTV|BCH|BTS)[A-ZĐ]{1,6}")


def _dotted_state_code(
    number: str, year: int | None, kind: str, issuer: str
) -> tuple[DocumentCode, tuple[str, ...]] | None:
    """A State code printed with a dot for the hyphen after its type ("12/CĐ.UBND"; in an
    English copy without the bar, "Official Dispatch No. 10/CD.UBND", baonghean.vn/en): read
    only when the type is a State type as written or with its bar lost and the issuer a known
    State issuer, so an abbreviation with a dot ("TP.HCM") stays out."""
    found, how = lookup(kind, STATE_TYPES)
    body, body_how = lookup(issuer, STATE_ISSUERS)
    if found is None or how not in ("exact", "debarred"):
        return None
    if (body is None or body_how != "exact") and (how != "exact" or not _COUNCIL_BODY.fullmatch(
        issuer
    )):
        return None
    code, flags = _state_code(number, year, f"{found}-{issuer}")
    return code, (*flags, "dot_separator")


def _slashed_state_code(
    number: str, year: int | None, tail: str
) -> tuple[DocumentCode, tuple[str, ...]] | None:
    """A State code printed with a slash for the hyphen after its type ("QĐ/BNN-KHCN"): read
    only when that type is a State type as written, so a slash between other words stays out."""
    kind, rest = tail.split("/", 1)
    found, how = lookup(kind, STATE_TYPES)
    # (or a letter's "CV", which the State's types leave out but its codes print, as
    # "154/CV-BTS": "Số: 154/CV/BTS", a provincial Buddhist Sangha board's letter on its site,
    # phatgiaobariavungtau.org.vn, retired blind batch w)
    if kind != "CV" and (found is None or how not in ("exact", "case")):
        return None
    try:
        code, flags = _state_code(number, year, f"{kind}-{rest}")
    except ValueError:
        return None
    return code, (*flags, "slashed")


_RUN_START = re.compile(b"x0")


def _digit_runs(norm: NormalizedText) -> list[int]:
    """Starts of the maximal runs of decimal digits (what `\\d` matches) in `norm.shadow`.

    From the mask of "0" (a digit) and "x" that normalizing made (`NormalizedText.digit_mask`,
    one byte a character): a run starts after each "x0" in it, which one regex over the bytes
    finds in C.
    """
    mask = norm.digit_mask
    if len(mask) != len(norm.shadow):
        raise ValueError("a NormalizedText comes from normalize_text, which makes its digit mask")
    return [m.start() for m in _RUN_START.finditer(b"x" + mask)]


@dataclass(frozen=True, slots=True)
class TextScan:
    """What the finders share for one document, computed once.

    Every code and every short form holds a number, and each starts its number at the start
    of a digit run, so the finders try their patterns only there instead of scanning the
    whole text. Look-backs (the type word before a number or a code) match forward on the
    reversed shadow.
    """

    norm: NormalizedText
    reversed_shadow: str
    digit_starts: list[int]

    @classmethod
    def of(cls, norm: NormalizedText) -> TextScan:
        return cls(norm, norm.shadow[::-1], _digit_runs(norm))

    def leftmost_before(self, pattern: re.Pattern[str], end: int) -> int | None:
        """Where a match of `pattern` (a reversed pattern) ending at `end` starts, or None."""
        m = pattern.match(self.reversed_shadow, len(self.reversed_shadow) - end)
        return None if m is None else len(self.reversed_shadow) - m.end()


def find_codes(norm: NormalizedText, *, this_year: int | None = None) -> list[CodeMatch]:
    """Return every document code in `norm`, in text order.

    Numbers that share one symbol ("217 và 218-QĐ/TW") give one match each.

    Args:
        norm: the normalized document text.
        this_year: the latest plausible year in a code (default: the current year).

    Returns:
        The matches, ordered by start offset, never overlapping.
    """
    return scan_codes(TextScan.of(norm), this_year=this_year)


# What follows the number of every match of `CODE_PATTERN` and `_LOWER_STATE_CODE`: its letter
# suffix or a type whose hyphen was lost ("30c/NQ-CP", "09KH/ĐTN"), a slash, a hyphen before a
# type or an issuer, a dotted number's dot, or a type on after a space ("84 QĐ/TWĐTN"). A tail
# never starts with a digit, so a code's number ends where its digit run does: `scan_codes`
# tries its patterns only where this matches from the run on (most numbers are dates and
# amounts: "ngày 12 tháng", "1.250.000", "2016-2020", "khoản 1 Điều 2").
_GOES_ON_AS_CODE = re.compile(
    rf"\d*+(?:[/a-zđ{_UP}]|\s*-\s*[{_L}]|\.\d{{1,3}}\s*/|\s+(?:/|[{_UP}][{_L}]{{1,3}}\s*/))"
)


def scan_codes(scan: TextScan, *, this_year: int | None = None) -> list[CodeMatch]:
    """`find_codes` on a prepared scan.

    Same as `CODE_PATTERN.finditer(text)`: a match starts with an ASCII digit that follows no
    word character, hence at the start of a digit run; runs inside an earlier match (kept or
    rejected) are skipped, as finditer resumes at the end of each match.
    """
    year_limit = this_year or date.today().year
    text, shadow = scan.norm.text, scan.norm.shadow
    found: list[CodeMatch] = []
    resume = 0
    form_end = -1  # the end of the last form number passed over
    for start in scan.digit_starts:
        if start < resume or not "0" <= text[start] <= "9":
            continue
        if text[start - 1 : start] == "%" and text.startswith("20", start):
            # a link's percent-encoded space before the number: vbpl.vn's keyword
            # "S%E1%BB%91%2006/2018/TT-BL%C4%90TBXH" is "Số 06/2018/TT-BLĐTBXH", not 2006/2018
            start += 2
        if _GOES_ON_AS_CODE.match(text, start) is None:
            continue
        if (spaced := _spaced_symbol(text, start, year_limit)) is not None:
            found.append(spaced)  # "03/CT UBND": a space for the symbol's hyphen
            resume = spaced.end
            continue
        m = CODE_PATTERN.match(text, start)
        if m is None:
            lower = _lower_case_code(text, start, year_limit)  # "116/2013/nđ-cp"
            if lower is None:
                lower = _file_name_code(text, start, year_limit)  # "06-NQ-HDND_2020….pdf"
            if lower is None:
                lower = _type_split_before_dd(text, start, year_limit)  # "63/2015/N\nĐ-CP"
            if lower is not None:
                found.append(lower)
                resume = lower.end
            continue
        resume = m.end()
        lone = m.group("lone")
        if (lone is not None and scan.leftmost_before(_REV_LETTER_LEAD, start) is None
                and _glued_type_issuer(lone) is None):  # fmt: skip
            continue  # "12/ABC" is a code only as "Công văn số 12/ABC" (or "12/QĐUBND")
        if _FORM_LEAD.search(shadow, max(0, start - 16), start) or (
            form_end >= 0 and _FORM_LIST_GAP.fullmatch(shadow, form_end, start)
        ):
            form_end = m.end()
            continue
        match = _code_from_match(m, this_year=year_limit)
        if text.startswith(_GLUED_LABEL, m.end() - len(_GLUED_LABEL)) and (
            cut := CODE_PATTERN.match(text, start, m.end() - len(_GLUED_LABEL))
        ) is not None and (uncut := _code_from_match(cut, this_year=year_limit)) is not None:
            # (also where the whole reads as a letter's code, the label taken for its unit:
            # "Official number:151/SYT-NVYSigner:Tang Chi Thuong", english.luatvietnam.vn,
            # retired blind batch w)
            match = uncut
        if match is None:
            continue
        if "unknown_symbol" in match.flags and (
            scan.leftmost_before(_REV_LETTER_LEAD, start) is None
            and _ENGLISH_LETTER_LEAD.search(shadow, max(0, start - 40), start) is None
        ):
            continue  # "436-HKK/BPT" a code only as "văn bản số 436-HKK/BPT"
        if (joined := _issuer_split_before_dd(text, match, year_limit)) is not None:
            match, resume = joined, joined.end
        if match.code.issuer == "CT" and not match.code.kind and (
            _CHAIRMAN_LEAD.search(scan.norm.shadow, max(0, start - 30), start) is None
        ):
            continue
        found.extend(_shared_before(text, match))
        found.append(match)
    return found


# A State code whose symbol prints a space for its hyphen, between a type and an issuer both
# known exactly: "Chỉ thị số 03/CT UBND ngày 3/2/2021 của Chủ tịch UBND TP Hà Nội"
# (phapluatmoitruong.vn), "theo Nghị quyết (NQ) 1675/NQ UBTVQH14" (a Huế ward council's page,
# dev). One space on one line, and nothing after the issuer that goes on as a word or a code:
# "03/CT của UBND" names the issuer in words, "156/CT NGÀY 23" is no issuer.
_SPACED_SYMBOL = re.compile(
    rf"(?P<num>\d{{1,5}})/(?:(?P<year>(?:19|20)\d{{2}})/)?(?P<type>[{_L}]{{2,4}}) "
    rf"(?P<issuer>[{_UP}][{_L}]{{1,9}}\d{{0,2}})(?![\w/\-])"
)


def _spaced_symbol(text: str, start: int, this_year: int) -> CodeMatch | None:
    """The State code at `start` whose symbol a space splits (`_SPACED_SYMBOL`), or None."""
    m = _SPACED_SYMBOL.match(text, start)
    if m is None or lookup(m.group("type"), STATE_TYPES)[1] != "exact":
        return None
    if not is_known_state_issuer(m.group("issuer")):
        return None
    year = f"{m.group('year')}/" if m.group("year") else ""
    parsed = _code_of_spelling(f"{m.group('num')}/{year}{m.group('type')}-{m.group('issuer')}",
                               this_year)
    if parsed is None or parsed[0].family is not Family.STATE:
        return None
    return CodeMatch(m.start(), m.end(), parsed[0], (*parsed[1], "spaced_symbol"))


# A legal act's code printed all in lower case, as a legal site's search view or a link's
# words give it: "Nghị định 116/2013/nđ-cp ngày 04 tháng 10 năm 2013 …" (vietlaw.biz),
# "thông tư 40/2016/tt-bct", "thông tư liên tịch 17/2015/ttlt-btp-bqp" (hoatieu.vn's searches).
# Read only with its year, and a type and issuers that are known State ones once in capitals.
_LOWER_STATE_CODE = re.compile(
    rf"{_BOUNDARY_BEFORE}(?P<num>\d{{1,5}})/(?P<year>(?:19|20)\d{{2}})/"
    r"(?P<tail>[a-zđĐ]{2,5}(?:-[a-zđĐ]{2,12}){1,4})(?![\w/\-])"
)


def _lower_case_code(text: str, start: int, this_year: int) -> CodeMatch | None:
    """The all lower-case State code at `start` (`_LOWER_STATE_CODE`), or None."""
    m = _LOWER_STATE_CODE.match(text, start)
    if m is None:
        return None
    kind, *issuers = m.group("tail").upper().split("-")
    found, how = lookup(kind, STATE_TYPES)
    if found is None or how not in ("exact", "case") or not all(
        is_known_state_issuer(lookup(token, STATE_ISSUERS)[0] or token) for token in issuers
    ):
        return None
    parsed = _code_of_spelling(f"{m.group('num')}/{m.group('year')}/{m.group('tail').upper()}",
                               this_year)
    if parsed is None:
        return None
    return CodeMatch(m.start(), m.end(), parsed[0], (*parsed[1], "lower_case"))


# A State code in an attached file's name, its slash a hyphen as file names have it: "Tài liệu
# đính kèm: 06-NQ-HDND_20200721085400539530.pdf", "103-UBND-TNMT(CD)signed_2020….pdf",
# "02-PA-UBND phương án luân chuyển kế toán_0001.pdf" (easywebhub/daksong_website's van-ban
# entries), "Tải về: 61-KH-UBND.pdf". Read only as a file's name: the line goes on to the file's
# extension, and the name is no link's ("https://…/06-NQ-HDND.pdf" is a URL).
_FILE_NAME_CODE = re.compile(
    rf"(?P<num>\d{{1,5}})-(?P<tail>[{_UP}]{{1,6}}(?:-[{_UP}]{{2,12}}){{1,3}})(?![{_UP}\d\-/])"
)
_FILE_EXTENSION_AHEAD = re.compile(
    r"[^\n]{0,150}?\.(?:pdf|docx?|xlsx?|rar|zip)(?![A-Za-z])", re.IGNORECASE
)
_FILE_NAME_LEAD = re.compile(r"(?:^|[\s:/|])$")


def _file_name_code(text: str, start: int, this_year: int) -> CodeMatch | None:
    """The State code a file's name spells with hyphens at `start` (`_FILE_NAME_CODE`), or
    None."""
    m = _FILE_NAME_CODE.match(text, start)
    if m is None or not _FILE_NAME_LEAD.search(text, max(0, start - 1), start):
        return None
    if _FILE_EXTENSION_AHEAD.match(text, m.end()) is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    token_start = max(text.rfind(" ", line_start, start), text.rfind("\t", line_start, start)) + 1
    token_start = max(token_start, line_start)
    if "://" in text[token_start:start] or "www." in text[token_start:start].lower():
        return None
    parsed = _code_of_spelling(f"{m.group('num')}/{m.group('tail')}", this_year)
    if parsed is None or parsed[0].family is not Family.STATE:
        return None
    code, flags = parsed
    # a known issuer ("103-UBND-TNMT", "06-NQ-HDND") and, but for a letter, a known type:
    # "2020-BC-TONG-KET.pdf" names no document
    known = is_known_state_issuer(code.issuer.split("-", 1)[0]) and (
        "letter" in flags or lookup(code.kind, STATE_TYPES)[1] in ("exact", "case")
    )
    return CodeMatch(m.start(), m.end(), code, (*flags, "file_name")) if known else None


# A ministry's symbol broken before its "Đ" by a PDF's table cell or line, or by a link's
# percent-encoding: "27/2019/TT-BL\nĐTBXH", "22/2022/TT-BKH ĐT" (the Ministry of Labour's lists of
# texts in force, cb-cong_doan-quyet-dinh-so-135-qd-bldtbxh and -1478-; 1205/QĐ-BKHĐT),
# "12/2018/TT-BL%C4%90TBXH" (a vbpl.vn link's keyword); a joint circular's other issuers follow
# ("35/2015/TTLT-BL ĐTBXH-BNV", 135/QĐ-BLĐTBXH's table).
_SPLIT_BEFORE_DD = re.compile(
    rf"(?:[ \t]*\n?[ \t]*Đ|%C4%90)([{_UP}]{{1,8}})((?:-[{_UP}]{{1,10}})*)(?![\w\-/%])"
)


def _issuer_split_before_dd(text: str, match: CodeMatch, this_year: int) -> CodeMatch | None:
    """`match` run on over the rest of its last issuer, where a break before "Đ" cut it and
    the two pieces make one known issuer ("BL" + "ĐTBXH"; a letter's "CV-PGD" + "ĐT"), or
    None."""
    code = match.code
    if code.family is not Family.STATE or not (code.kind or "letter" in match.flags):
        return None
    last = code.issuer.rsplit("-", 1)[-1]
    rest = _SPLIT_BEFORE_DD.match(text, match.end)
    if rest is None or is_known_state_issuer(last) or not is_known_state_issuer(
        f"{last}Đ{rest.group(1)}"
    ):
        return None
    parsed = _code_of_spelling(
        f"{text[match.start : match.end]}Đ{rest.group(1)}{rest.group(2)}", this_year
    )
    return None if parsed is None else CodeMatch(match.start, rest.end(), *parsed)


# A legal act's type broken before its "Đ" by a PDF's text layer that starts a new line at
# every "Đ" (and "ủ", "ế" …): "Nghị định s\nố 63/2015/N\nĐ-CP ngày 22/7/2015", "Quy\nết định
# c\nủa TTCP 166/2008/Q\nĐ-TTg" (the Ministries' lists of texts in force, read from their PDFs:
# 1205/QĐ-BKHĐT, 135/QĐ-BLĐTBXH, 225/QĐ-BLĐTBXH in hrmaster1982-dev/phapluat-8chude-data's
# docs/); the code audit's loose net found 227 such spans in 7 PDFs (bench/code_net_audit.py). Read
# only with its year, as a type that is a State one once joined (NĐ, QĐ).
_TYPE_SPLIT_BEFORE_DD = re.compile(
    rf"(?P<num>\d{{1,5}})/(?P<year>(?:19|20)\d{{2}})/[ \t]*\n?[ \t]*(?P<head>[NQ])[ \t]*\n[ \t]*"
    rf"(?P<tail>Đ-[{_UP}][{_L}0-9&]{{0,14}}(?:-[{_UP}][{_L}0-9&]{{0,14}})*)(?![\w/\-])"
)


def _type_split_before_dd(text: str, start: int, this_year: int) -> CodeMatch | None:
    """The State code at `start` whose type a line break splits before its "Đ"
    (`_TYPE_SPLIT_BEFORE_DD`), or None."""
    m = _TYPE_SPLIT_BEFORE_DD.match(text, start)
    if m is None:
        return None
    spelling = f"{m.group('num')}/{m.group('year')}/{m.group('head')}{m.group('tail')}"
    end = m.end()
    # the issuer broken before its "Đ" too: "12/2019/Q\nĐ-BL\nĐTBXH" (see `_SPLIT_BEFORE_DD`)
    last = spelling.rsplit("-", 1)[-1]
    rest = _SPLIT_BEFORE_DD.match(text, end)
    if rest is not None and not is_known_state_issuer(last) and is_known_state_issuer(
        f"{last}Đ{rest.group(1)}"
    ):
        spelling, end = f"{spelling}Đ{rest.group(1)}{rest.group(2)}", rest.end()
    parsed = _code_of_spelling(spelling, this_year)
    if parsed is None or parsed[0].family is not Family.STATE:
        return None
    if lookup(parsed[0].kind, STATE_TYPES)[1] != "exact":
        return None
    return CodeMatch(m.start(), end, parsed[0], (*parsed[1], "split_type"))


def _code_of_spelling(
    spelling: str, this_year: int
) -> tuple[DocumentCode, tuple[str, ...]] | None:
    """The code and flags of a code spelled whole (`CODE_PATTERN` from end to end), a code
    rebuilt from pieces the text printed apart; None where it spells none."""
    whole = CODE_PATTERN.fullmatch(spelling)
    return None if whole is None else _code_of_groups(whole.groups(), this_year)


def _shared_before(text: str, match: CodeMatch) -> list[CodeMatch]:
    window_start = max(0, match.start - 60)
    # `_SHARED_NUMBERS` ends in ",", "&" or "và" and then whitespace: check that first.
    j = match.start
    while j > window_start and text[j - 1].isspace():
        j -= 1
    if not (text[j - 1 : j] in (",", "&") or (j - 2 >= window_start and text[j - 2 : j] == "và")):
        return []
    head = _SHARED_NUMBERS.search(text, window_start, match.start)
    if head is None:
        return []
    code = match.code
    shared = []
    for part in _SHARED_ONE.finditer(text, head.start(), match.start):
        number = canonical_number(part.group(1))
        if int(number.rstrip("abcdefghijklmnopqrstuvwxyzđ")) == 0:
            continue
        twin = replace(code, number=number)
        shared.append(CodeMatch(part.start(1), part.end(1), twin, (*match.flags, "shared_symbol")))
    return shared


def type_word_before(norm: NormalizedText, start: int) -> tuple[str, int] | None:
    """Return (type word in shadow form, its start) written right before offset `start`."""
    return scan_type_word_before(TextScan.of(norm), start)


def scan_type_word_before(scan: TextScan, start: int) -> tuple[str, int] | None:
    """`type_word_before` on a prepared scan.

    The result is that of `_TYPE_WORD_BEFORE.search(shadow, window, start)`: the leftmost
    match in the window. The reversed pattern gives the leftmost start of any match; when
    it lies in the window, the forward pattern matched there is the search's match.
    """
    norm = scan.norm
    window = max(0, start - 48)
    lead = scan.leftmost_before(_REV_TYPE_WORD_BEFORE, start)
    if lead is not None:
        m = _TYPE_WORD_BEFORE.match(norm.shadow, lead, start) if lead >= window else None
        if m is None:  # it starts before the window (long whitespace): search as written
            m = _TYPE_WORD_BEFORE.search(norm.shadow, window, start)
        if m is not None:
            return re.sub(r"\s+", " ", m.group("word")), m.start()
    # `_ABBREV_BEFORE` ends in an abbreviation, then whitespace and "số": check that first.
    text = norm.text
    j = start
    while j > window and text[j - 1].isspace():
        j -= 1
    if text[j - 2 : j] == "số":
        j -= 2
        while j > window and text[j - 1].isspace():
            j -= 1
    if j > window and text[j - 1] in _ABBREV_LAST:
        m = _ABBREV_BEFORE.search(text, window, start)
        if m is not None:
            return ABBREVIATED_TYPE_WORDS[m.group("word")], m.start()
    return None


def find_short_refs(norm: NormalizedText, taken: list[tuple[int, int]]) -> list[ShortMatch]:
    """Return short references and self references that do not overlap `taken` spans."""
    return scan_short_refs(TextScan.of(norm), taken)


def scan_short_refs(scan: TextScan, taken: list[tuple[int, int]]) -> list[ShortMatch]:
    """`find_short_refs` on a prepared scan.

    `SHORT_REF` and `SHORT_ABBREV_REF` put whitespace before their number, so a match's
    number starts a digit run after whitespace. For each such run the reversed lead-in
    pattern finds the leftmost start a match could have; the forward pattern, matched there,
    decides (and must put its number at this run). Matches of one pattern never overlap (a
    type word cannot start inside "so", the number or the character after it), so these are
    the finditer matches, in the same order.
    """
    norm = scan.norm
    text, shadow = norm.text, norm.shadow
    short: list[ShortMatch] = []
    abbreviated: list[ShortMatch] = []
    for digits in scan.digit_starts:
        if not digits or not shadow[digits - 1].isspace():
            continue
        # The word before the number must end as a type word, "số" or an abbreviation does:
        # most numbers follow "ngày", "tháng", "năm" (dates), which none of them ends like.
        j = digits - 1
        while j >= 0 and shadow[j].isspace():
            j -= 1
        if j >= 0 and shadow[j] in _SHORT_FINALS:
            m = _match_before(scan, _REV_SHORT_LEAD, SHORT_REF, shadow, digits)
            if m is not None and (found := _short_ref(norm, m)) is not None:
                short.append(found)
        if j >= 0 and text[j] in _ABBREV_FINALS:
            m = _match_before(scan, _REV_ABBREV_LEAD, SHORT_ABBREV_REF, text, digits)
            if m is not None and (found := _abbreviated_ref(m)) is not None:
                abbreviated.append(found)
    found_all = short + abbreviated
    for m in _self_refs(norm):
        word = re.sub(r"\s+", " ", m.group("word"))
        found_all.append(ShortMatch(m.start(), m.end(), word, None))
    kept = [s for s in found_all if not _overlaps(s.start, s.end, taken)]
    kept.sort(key=lambda s: s.start)
    return kept


def _match_before(scan: TextScan, lead_in: re.Pattern[str], pattern: re.Pattern[str],
                  subject: str, digits: int) -> re.Match[str] | None:  # fmt: skip
    """The match of `pattern` on `subject` whose number starts at `digits`, if any: matched
    at the leftmost start the reversed `lead_in` allows."""
    lead = scan.leftmost_before(lead_in, digits)
    if lead is None:
        return None
    m = pattern.match(subject, lead)
    return m if m is not None and m.start("num") == digits else None


def _is_year(number: str) -> bool:
    return number.isdigit() and len(number) == 4 and _MIN_YEAR <= int(number) <= 2099


def _short_ref(norm: NormalizedText, m: re.Match[str]) -> ShortMatch | None:
    """A `SHORT_REF` match as a short form, or None where it is not one."""
    number = m.group("num")
    # A bare four-digit year after a type word ("Kế hoạch 2021") is not a number.
    if not m.group("so") and _is_year(number):
        return None
    if not norm.text[m.start()].isupper():
        return None  # "quyết định 5 nội dung" is prose; references are capitalised
    if _heading_then_item(norm.text, m):
        return None
    word = re.sub(r"\s+", " ", m.group("word"))
    return ShortMatch(m.start(), m.end(), word, canonical_number(number))


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _heading_then_item(text: str, m: re.Match[str]) -> bool:
    """Whether a `SHORT_REF` match is a heading and the number of the item under it, not a
    short form: its number is a blank line away ("LUẬT\n \n \n1\nLuật Trồng trọt số …" in
    a table of laws), or on the next line under a type word in capitals without "số"
    ("KẾ HOẠCH\n1. Mục đích"), or opens the next line as a numbered item does ("Điều 9. Bãi
    bỏ một số Thông tư\n1. Bãi bỏ Thông tư số 01/2021/TT-BNNPTNT …", a ministry's circular)."""
    gap = text[m.end("word") : m.start("num")]
    if "\n" not in gap:
        return False
    if _BLANK_LINE.search(gap):
        return True
    word = text[m.start("word") : m.end("word")]
    item = _ITEM_MARK.match(text, m.end("num")) is not None
    return not m.group("so") and (word.isupper() or item)


# What follows the number of a numbered item: "1. ", "2) ".
_ITEM_MARK = re.compile(r"[.)][ \t]")


def _abbreviated_ref(m: re.Match[str]) -> ShortMatch | None:
    """A `SHORT_ABBREV_REF` match as a short form, or None for a year ("QĐ 2019")."""
    number = m.group("num")
    if _is_year(number):
        return None
    word = ABBREVIATED_TYPE_WORDS[m.group("word")]
    return ShortMatch(m.start(), m.end(), word, canonical_number(number))


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
    i = bisect_right(spans, (start, 10**18)) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            return True
    return False

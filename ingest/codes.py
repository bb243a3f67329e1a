"""Dictionaries of document types and issuers, and the canonical form of a document code.

Party codes are NUMBER-TYPE/ISSUER (62-KL/TW); State codes are NUMBER/[YEAR/]TYPE-ISSUER
(30/2020/NĐ-CP, 16/CT-TTg) or NUMBER/ISSUER-UNIT for letters (4912/UBND-NC). See
DOMAIN.md §2-§5 and §10.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar

from ingest.text import shadow_of
from ingest.values import quick_init


class Family(StrEnum):
    PARTY = "party"  # also the Youth Union, which writes Party-style codes
    STATE = "state"  # also the Fatherland Front


class Level(StrEnum):
    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    UNKNOWN = "unknown"


# Administrative depth of each known level (central 0 … commune 3).
LEVEL_RANK: dict[Level, int] = {
    Level.CENTRAL: 0, Level.PROVINCE: 1, Level.DISTRICT: 2, Level.COMMUNE: 3,
}  # fmt: skip
# The levels below the Centre (DOMAIN.md §6.1).
LOCAL_LEVELS = frozenset({Level.PROVINCE, Level.DISTRICT, Level.COMMUNE})


# Party document types (36-HD/VPTW; DOMAIN §3.4). Value: the Vietnamese type word.
PARTY_TYPES: dict[str, str] = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QĐi": "Quy định", "QyĐ": "Quy định",
    "CT": "Chỉ thị", "KL": "Kết luận", "QC": "Quy chế", "TT": "Thông tri",
    "HD": "Hướng dẫn", "TB": "Thông báo", "TC": "Thông cáo", "BC": "Báo cáo",
    "KH": "Kế hoạch", "CTr": "Chương trình", "TTr": "Tờ trình", "ĐA": "Đề án",
    "PA": "Phương án", "DA": "Dự án", "CV": "Công văn", "BB": "Biên bản", "QTr": "Quy trình",
    "CĐ": "Công điện",  # "Công điện khẩn số 07-CĐ/TU" of a provincial Standing Committee
    "CTHĐ": "Chương trình hành động",  # "Chương trình hành động số 147-CTHĐ/TU" (Quảng Trị)
    # "Chương trình hành động số 15-CTrHĐ/QU … của Quận ủy Quận 5" (Hồ Chí Minh City's
    # committees)
    "CTrHĐ": "Chương trình hành động",
    "QĐNS": "Quyết định nhân sự",  # personnel decisions: "Quyết định số 335-QĐNS/TW"
}  # fmt: skip

# A Party type that is a variant of another, as its type word says: a personnel decision
# ("quyết định số 79-QĐNS/TW về việc điều động, chỉ định ông …", tuoitre.vn) is a Quyết định.
KIND_OF_VARIANT: dict[str, str] = {"QĐNS": "QĐ"}

# State document types (Decree 30/2020/NĐ-CP Annex III; Law 80/2015; DOMAIN §5.3).
STATE_TYPES: dict[str, str] = {
    "NĐ": "Nghị định", "QĐ": "Quyết định", "CT": "Chỉ thị", "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch", "NQ": "Nghị quyết", "NQLT": "Nghị quyết liên tịch",
    "L": "Lệnh", "PL": "Pháp lệnh", "QC": "Quy chế", "QyĐ": "Quy định", "TC": "Thông cáo",
    "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch",
    "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản",
    "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển", "PB": "Phiếu báo", "VBHN": "Văn bản hợp nhất", "KL": "Kết luận",
    # a People's Committee's and the Front's (or a council's) joint rules of coordination:
    # "01/QCPH/UBND-UBMTTQ", "69/QCPH-HĐND-UBND-MTTQ" (DOMAIN §4.2)
    "QCPH": "Quy chế phối hợp",
    # central bodies' joint plans: "411/KHLN/TE-MT-…-BXH" (interagency), "176KHLT/BVCSTE-…"
    "KHLN": "Kế hoạch liên ngành", "KHLT": "Kế hoạch liên tịch",
}  # fmt: skip

# Party issuers whose codes are unique nationally (DOMAIN §3.5, §4.1).
CENTRAL_PARTY_ISSUERS = frozenset({
    "TW", "VPTW", "BTCTW", "UBKTTW", "BTGTW", "BDVTW", "BTGDVTW", "BNCTW", "BKTTW",
    "BĐNTW", "BCSĐTW", "TWĐTN", "QUTW", "ĐUCA", "ĐUKTW", "BCĐTW",
    # the Farmers' Union's Central Committee numbers its texts as the Party does ("Công văn số
    # 1126-CV/HNDTW", "Nghị quyết 19-NQ/HNDTW": tests/realworld), and once only in the country
    "HNDTW",
})  # fmt: skip
# Party issuers naming a kind of local body (unique only within one committee).
LOCAL_PARTY_ISSUERS = frozenset({
    "TU", "HU", "QU", "ĐU", "ĐUK", "CB", "BCĐ", "BCSĐ", "TĐTN", "ĐTN", "ĐH",
    "VPTU", "BTGTU", "BDVTU", "BTCTU", "UBKTTU", "BTGDVTU", "VPHU", "BTGHU", "BDVHU",
    "BTCHU", "UBKTHU",
    # a town committee (Thị ủy), its digraph's h kept small: "Chỉ thị số 19-CT/ThU ngày
    # 27/6/2018 của Ban Thường vụ Thị ủy" (badontv.vn); a thị xã is of district level
    "ThU",
})  # fmt: skip
PARTY_ISSUERS = CENTRAL_PARTY_ISSUERS | LOCAL_PARTY_ISSUERS

# State issuers unique nationally (DOMAIN §5.4); QHnn / UBTVQHnn are matched by pattern.
CENTRAL_STATE_ISSUERS = frozenset({
    "CP", "TTg", "CTN", "VPCP", "NHNN", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "MTTW",
    "UBTUMTTQVN", "BNV", "BTC", "BCA", "BQP", "BYT", "BTP", "BNG", "BCT", "BXD", "BGDĐT",
    "BKHCN", "BVHTTDL", "BNNMT", "BDTTG", "BKHĐT", "BNNPTNT", "BTNMT", "BTTTT", "BGTVT",
    "BLĐTBXH", "UBDT",
    # the short symbols two ministries number their letters, directives and decisions with,
    # a drafting unit after them: "557/CT-BNN-TCLN", "4653/QĐ-BNN-KHCN", "2191/BNN-TCTL"
    # (Agriculture and Rural Development), "375/LĐTBXH-TE", "555/LĐTBXH-BTXH" (Labour, Invalids
    # and Social Affairs)
    "BNN", "LĐTBXH",
    "HĐBT",  # Hội đồng Bộ trưởng, the Government of 1981–1992 ("Quyết định 217-HĐBT")
})  # fmt: skip
# State types only central bodies issue, whatever the issuer's symbol, when numbered with their
# year: a circular (a minister, the Supreme Court's or Procuracy's head, the State Auditor;
# jointly with a central body) and a decree (the Government). "01/2007/TT-BKH" (the Ministry of
# Planning and Investment's older symbol) is central though the table of symbols lacks "BKH".
CENTRAL_STATE_TYPES = frozenset({"TT", "TTLT", "NĐ"})
# The Government's symbols of 1981–96, whose codes print no type ("8/HĐBT", "28/CP", "101-CP",
# and the Chairman of the Council of Ministers' "264/CT", "369-CT"): such a code is a decree, a
# decision or a directive, never a letter; and the Prime Minister's of the 1990s ("355/TTg",
# "507-TTg").
OLD_GOVERNMENT_ISSUERS = frozenset({"HĐBT", "CP", "CT", "TTg"})
# (PGDĐT: a district's education office, Phòng Giáo dục và Đào tạo: "Công văn số 514/CV-PGD ĐT
# ngày 27/8/2021", its symbol known so that a break before its "Đ" is joined)
LOCAL_STATE_ISSUERS = frozenset({"UBND", "HĐND", "VPUB", "MT", "SNV", "SGDĐT", "PGDĐT", "STC"})
STATE_ISSUERS = CENTRAL_STATE_ISSUERS | LOCAL_STATE_ISSUERS
# (the legislature's number is sometimes left off: "Luật … số 72/2025/QH")
_LEGISLATURE = re.compile(r"^(?:UBTVQH|QH)\d{0,2}$")
# An order of the Council of State's chairman (Lệnh của Chủ tịch Hội đồng Nhà nước, 1981–92),
# which promulgated a law or an ordinance and gave it its number, printed in the Party's order
# with the legislature after the council when printed: "ban hành theo lệnh số 38-LCT/HĐNN",
# "Pháp lệnh số 10-LCT/HĐNN7" (FORMAT, settled 2026-12-06).
COUNCIL_ORDER = "LCT"
_COUNCIL_OF_STATE = re.compile(r"^HĐNN\d{0,2}$")

# The level a local issuer code names, when the code alone tells it.
ISSUER_LEVEL: dict[str, Level] = {
    "TW": Level.CENTRAL, "TU": Level.PROVINCE, "HU": Level.DISTRICT, "QU": Level.DISTRICT,
    "ĐU": Level.COMMUNE, "CB": Level.COMMUNE, "TĐTN": Level.PROVINCE, "ĐTN": Level.COMMUNE,
    "ThU": Level.DISTRICT,
}  # fmt: skip

# A committee's departments write their abbreviation before the committee's ("BTGTU", "VPHU",
# "UBKTTU"): office, organisation, inspection, propaganda, mass mobilisation (and their 2025
# merger), internal affairs, economic and external relations commissions.
PARTY_DEPARTMENTS = frozenset({
    "VP", "BTC", "UBKT", "BTG", "BDV", "BTGDV", "BNC", "BKT", "BĐN",
    "DV",  # the Ban Dân vận printed without its B: "700/CV-DVTU", "12-CV/DVTU"
})  # fmt: skip
_DEPARTMENT_COMMITTEES = ("TU", "HU", "QU", "ThU")


def kind_code_of(kind: str | None) -> str:
    """The short kind code of a document's kind, given as a code ("KL") or as the type word of
    a document without one ("Kế hoạch" → "KH"); "" when unknown. One vocabulary for counts
    and labels: "KH" and "Kế hoạch" are one kind."""
    if not kind:
        return ""
    if kind in PARTY_TYPES or kind in STATE_TYPES:
        return kind
    return _WORD_TO_KIND.get(shadow_of(" ".join(kind.split())).lower(), "")


def letter_kind(*words: str | None) -> str:
    """The kind of a document whose code has a letter's shape and prints no type
    ("1510/UBND-GDĐT"): the first of `words` (the type words the text names it by, a kind code
    or a word) that names a type ("Hướng dẫn số 1510/UBND-GDĐT": HD, FORMAT's ruling of
    2026-12-06), else CV, the code's own reading; the generic "Văn bản" names none."""
    for word in words:
        kind = kind_code_of(word)
        if kind and kind not in RARE_KINDS:
            return kind
    return "CV"


def kind_word(code: str, family: str | None = None) -> str | None:
    """The type word of kind `code` ("TT" → "Thông tư" for a State text, "Thông tri" for a
    Party one), None for an unknown code. Without a family, a code whose words differ
    between the two tables gives both ("Thông tư / Thông tri")."""
    state, party = STATE_TYPES.get(code), PARTY_TYPES.get(code)
    if family == Family.STATE.value:
        return state or party
    if family == Family.PARTY.value:
        return party or state
    if state and party and state != party:
        return f"{state} / {party}"
    return party or state


# Kinds a type word never stands for on its own: one province's variant ("Chương trình hành
# động" is CTr; Quảng Trị writes CTHĐ, Hồ Chí Minh City's committees CTrHĐ).
RARE_KINDS = frozenset({"CTHĐ", "CTrHĐ"})
# Type word (its shadow) → kind code, the usual code where two share a word.
_WORD_TO_KIND = {
    shadow_of(word).lower(): code
    for table in (STATE_TYPES, PARTY_TYPES)
    for code, word in table.items()
    if code not in RARE_KINDS
}

# Kinds a count takes as one, and the words it names them by: "Chương trình (hành động)" is
# CTr (DOMAIN §3.4), which Quảng Trị writes CTHĐ ("Chương trình hành động số 147-CTHĐ/TU")
# and Hồ Chí Minh City's committees CTrHĐ ("Chương trình hành động số 15-CTrHĐ/QU … của
# Quận ủy Quận 5"); a document without a code says only the words. `stats` listed the one kind
# in four rows (a user trial on 5,690 real documents).
COUNTED_AS: dict[str, str] = {"CTHĐ": "CTr", "CTrHĐ": "CTr"}
_COUNTED_WORDS: dict[str, str] = {"chuong trinh hanh dong": "CTr"}
COUNTED_KIND_WORDS: dict[str, str] = {"CTr": "Chương trình, chương trình hành động"}


def counted_kind(kind: str | None) -> str:
    """The kind code a count puts a document of kind `kind` (a code or a type word) under:
    `kind_code_of`, with the variants of one kind taken as one (`COUNTED_AS`); "" when
    unknown."""
    code = kind_code_of(kind)
    if not code and kind:
        code = _COUNTED_WORDS.get(shadow_of(" ".join(kind.split())).lower(), "")
    return COUNTED_AS.get(code, code)


# Type words in prose and the code types they call for (DOMAIN §10.3 agreement table).
TYPE_WORD_KINDS: dict[str, frozenset[str]] = {
    "nghi quyet": frozenset({"NQ", "NQLT"}), "quyet dinh": frozenset({"QĐ"}),
    "quy dinh": frozenset({"QĐi", "QĐ", "QyĐ"}), "chi thi": frozenset({"CT"}),
    "ket luan": frozenset({"KL"}), "thong bao ket luan": frozenset({"TB"}),
    "thong bao": frozenset({"TB"}), "huong dan": frozenset({"HD"}),
    "ke hoach": frozenset({"KH", "CTr", "KHLN", "KHLT"}),
    "chuong trinh hanh dong": frozenset({"CTr", "CTHĐ", "CTrHĐ"}),
    "chuong trinh": frozenset({"CTr", "CTHĐ", "CTrHĐ"}), "thong tu lien tich": frozenset({"TTLT"}),
    "nghi quyet lien tich": frozenset({"NQLT"}),
    "thong tu": frozenset({"TT"}), "thong tri": frozenset({"TT"}),
    "cong van": frozenset({"CV", ""}), "nghi dinh": frozenset({"NĐ"}),
    "quy che": frozenset({"QC", "QCPH"}), "bao cao": frozenset({"BC"}),
    "to trinh": frozenset({"TTr"}),
    "de an": frozenset({"ĐA"}), "du an": frozenset({"DA"}), "phuong an": frozenset({"PA"}),
    "cong dien": frozenset({"CĐ"}), "van ban hop nhat": frozenset({"VBHN"}),
    "luat": frozenset({""}), "phap lenh": frozenset({"PL", ""}),
    "bien ban": frozenset({"BB"}),
}  # fmt: skip
# Abbreviated type words that may stand before a number ("NQ 57", "QĐ 988").
ABBREVIATED_TYPE_WORDS: dict[str, str] = {
    "NQ": "nghi quyet", "QĐ": "quyet dinh", "KL": "ket luan", "CT": "chi thi",
    "NĐ": "nghi dinh", "TB": "thong bao", "KH": "ke hoach", "CV": "cong van",
}  # fmt: skip
# Type word (shadow form) → the type word as Vietnamese readers write it.
TYPE_WORD_DISPLAY: dict[str, str] = {
    "nghi quyet": "Nghị quyết", "quyet dinh": "Quyết định", "quy dinh": "Quy định",
    "chi thi": "Chỉ thị", "ket luan": "Kết luận", "thong bao ket luan": "Thông báo kết luận",
    "thong bao": "Thông báo", "huong dan": "Hướng dẫn", "ke hoach": "Kế hoạch",
    "chuong trinh hanh dong": "Chương trình hành động", "chuong trinh": "Chương trình",
    "thong tu lien tich": "Thông tư liên tịch", "thong tu": "Thông tư",
    "nghi quyet lien tich": "Nghị quyết liên tịch",
    "thong tri": "Thông tri", "cong van": "Công văn", "nghi dinh": "Nghị định",
    "quy che": "Quy chế", "bao cao": "Báo cáo", "to trinh": "Tờ trình", "de an": "Đề án",
    "du an": "Dự án", "phuong an": "Phương án", "cong dien": "Công điện",
    "van ban hop nhat": "Văn bản hợp nhất", "luat": "Luật", "phap lenh": "Pháp lệnh",
    "van ban": "Văn bản",
    # (a cooperation record two bodies sign: "Hội LHPN tỉnh Hà Tĩnh ký kết Biên bản hợp tác
    # với Hội LHPN tỉnh Bolykhămxay, Lào", hoilhpn.org.vn; "Phụ nữ hai tỉnh ký kết biên bản hợp
    # tác", baothuathienhue.vn: BB, as the labels read it)
    "bien ban": "Biên bản",
}  # fmt: skip


def _fold(token: str) -> str:
    return token.upper().replace("Đ", "D").replace("Ư", "U")


def lookup(token: str, table: Mapping[str, object] | frozenset[str]) -> tuple[str | None, str]:
    """Find the dictionary spelling of a type or issuer token (DOMAIN §10.3).

    Args:
        token: the token as written ("TTG", "Ctr", "QD").
        table: the dictionary to look in.

    Returns:
        (canonical, how), how being "exact", "case", "debarred", "ambiguous" or "unknown".
        Exact matches win, so "HD" stays Hướng dẫn and "DA" stays Dự án; a bar is only
        restored ("QD" → "QĐ") when exactly one entry folds to the token.
    """
    if token in table:
        return token, "exact"
    by_upper, by_fold = _spellings(table)
    by_case = by_upper.get(token.upper(), ())
    if len(by_case) == 1:
        return by_case[0], "case"
    hits = by_fold.get(_fold(token), ())
    if len(hits) == 1:
        return hits[0], "debarred"
    return None, "ambiguous" if hits or by_case else "unknown"


_Spellings = tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]
# The dictionaries' entries by upper case and by folded spelling, built once per dictionary
# (the dictionaries are constants; a document's codes ask thousands of times): by id(), with
# the dictionary kept beside its index so that an id reused by a later one is never mistaken.
_SPELLINGS: dict[int, tuple[Mapping[str, object] | frozenset[str], _Spellings]] = {}


def _spellings(table: Mapping[str, object] | frozenset[str]) -> _Spellings:
    known = _SPELLINGS.get(id(table))
    if known is not None and known[0] is table:
        return known[1]
    by_upper: dict[str, list[str]] = {}
    by_fold: dict[str, list[str]] = {}
    for k in table:
        by_upper.setdefault(k.upper(), []).append(k)
        if k not in by_fold.setdefault(_fold(k), []):
            by_fold[_fold(k)].append(k)
    spellings = (
        {u: tuple(ks) for u, ks in by_upper.items()},
        {f: tuple(ks) for f, ks in by_fold.items()},
    )
    if len(_SPELLINGS) < 64:  # the modules' few constant dictionaries
        _SPELLINGS[id(table)] = (table, spellings)
    return spellings


def canonical_number(raw: str) -> str:
    """Render a document number: integer zero-padded to two digits, letter suffix kept, a
    dotted part as written without its padding.

    >>> canonical_number("5"), canonical_number("030c"), canonical_number("66.07")
    ('05', '30c', '66.7')
    """
    digits = raw.rstrip("abcdefghijklmnopqrstuvwxyzđ")
    suffix = raw[len(digits) :]
    whole, dot, part = digits.partition(".")
    return f"{int(whole):02d}{dot}{int(part) if dot else ''}{suffix}"


_Value = TypeVar("_Value", bound=type)


def pickled_by_fields(cls: _Value) -> _Value:
    """Pickle instances of the dataclass `cls` as a call with its field values.

    A frozen dataclass with slots otherwise pickles through `__getstate__`/`__setstate__`,
    which list its fields in Python for every instance; worker processes hand every
    reference, relation and code of a document to the writer this way. Three times faster
    to pickle, half again as fast to unpickle. Fields not given to `__init__` are left out
    (`__post_init__` computes them again).
    """
    names = [f.name for f in fields(cls) if f.init]
    if len(names) < 2:
        raise TypeError(f"{cls.__name__}: needs two or more fields given to __init__")
    values: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment]
    return cls


@quick_init
@dataclass(frozen=True, slots=True)
class DocumentCode:
    """A parsed document code with one canonical spelling.

    `kind` is the type abbreviation ("KL", "NĐ"); empty for State letters and laws.
    `issuer` is the issuer part with any units ("TW", "TWĐTN-BTC", "TTg", "UBND-NC").
    """

    number: str
    kind: str
    issuer: str
    family: Family
    year: int | None = None
    internal: bool = False  # Party "/nb" suffix (internal circulation)
    dashed: bool = False  # a State code of the 1980s–90s: "101-CP", "217-HĐBT", "59-TTg"
    # The spelling, made once (read many times over as a key by extraction and the writer).
    canonical: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "canonical", self._spelling())

    def _spelling(self) -> str:
        if self.family is Family.PARTY:
            tail = "/nb" if self.internal else ""
            return f"{self.number}-{self.kind}/{self.issuer}{tail}"
        if self.dashed:
            return f"{self.number}-{self.issuer}"
        if self.kind == COUNCIL_ORDER:  # "38-LCT/HĐNN8": a State code in the Party's order
            return f"{self.number}-{self.kind}/{self.issuer}"
        year = f"{self.year}/" if self.year else ""
        symbol = f"{self.kind}-{self.issuer}" if self.kind else self.issuer
        return f"{self.number}/{year}{symbol}"

    @property
    def document_type(self) -> str | None:
        """The type abbreviation, with `CV` for a State letter (công văn), whose code prints
        no type ("4912/UBND-NC"); None for a law or an ordinance ("77/2015/QH13")."""
        if self.kind:
            return KIND_OF_VARIANT.get(self.kind, self.kind)
        if self.dashed or self.issuer in OLD_GOVERNMENT_ISSUERS:
            return None  # "101-CP", "8/HĐBT" name no type: a decree, a decision or a directive
        return "CV" if self.family is Family.STATE and self.year is None else None

    @property
    def letter_shaped(self) -> bool:
        """True for a code that prints no type and reads as a State letter's ("4912/UBND-NC"):
        its kind is the type word the text names it by, CV where none (letter_kind)."""
        return not self.kind and self.document_type == "CV"

    @property
    def main_issuer(self) -> str:
        """The issuing body's code without drafting-unit suffixes ("TWĐTN-BTC" → "TWĐTN")."""
        return self.issuer.split("-")[0]

    @property
    def is_central(self) -> bool:
        """True when the code alone identifies the document nationally (DOMAIN §10.5)."""
        issuer = self.main_issuer
        if self.family is Family.PARTY:
            return issuer in CENTRAL_PARTY_ISSUERS
        return (issuer in CENTRAL_STATE_ISSUERS or is_legislature(issuer)
                or _COUNCIL_OF_STATE.match(issuer) is not None)  # fmt: skip

    @property
    def _central_type(self) -> bool:
        """A circular or a decree numbered with its year: only central bodies issue them (a
        local "1044/TT-STC", with no year, is a department's submission, tờ trình)."""
        return self.family is Family.STATE and self.kind in CENTRAL_STATE_TYPES and bool(self.year)

    @property
    def issuer_level(self) -> Level:
        """The level the issuer code names, when the code alone tells it: a committee
        ("HU"), or one of its departments ("BTGHU": Ban Tuyên giáo Huyện ủy, DOMAIN.md §2)."""
        if self.is_central or self._central_type:
            return Level.CENTRAL
        issuer = self.main_issuer
        level = ISSUER_LEVEL.get(issuer)
        if level is None and self.family is Family.PARTY:
            for committee in _DEPARTMENT_COMMITTEES:
                if issuer.endswith(committee) and issuer[: -len(committee)] in PARTY_DEPARTMENTS:
                    return ISSUER_LEVEL[committee]
            if issuer.endswith("TW"):  # a central Party body the table lacks: "05-HD/ĐUCQĐTW"
                return Level.CENTRAL  # (Đảng ủy các cơ quan Đảng Trung ương, 2025)
        return level or Level.UNKNOWN


_CODE_FIELDS = operator.attrgetter(*(f.name for f in fields(DocumentCode) if f.init))


@functools.lru_cache(maxsize=1 << 16)
def _unpickled_code(*values: Any) -> DocumentCode:
    """A code from its pickled field values, made once per spelling in a process: the writer
    of `vbgraph ingest --jobs N` receives the same codes from its workers thousands of times,
    and making each anew (its canonical spelling with it) was half its unpickling."""
    return DocumentCode(*values)


def _reduce_code(code: DocumentCode) -> tuple[Callable[..., DocumentCode], tuple[Any, ...]]:
    return _unpickled_code, _CODE_FIELDS(code)


DocumentCode.__reduce__ = _reduce_code  # type: ignore[assignment,method-assign]


def is_legislature(token: str) -> bool:
    """Whether `token` is the National Assembly or its Standing Committee of one legislature
    ("QH14", "UBTVQH15", or without its number): the issuer of laws, ordinances and their
    resolutions."""
    return bool(_LEGISLATURE.match(token))


def is_known_state_issuer(token: str) -> bool:
    return token in STATE_ISSUERS or is_legislature(token)


# The fields the ministries, departments and offices are named for, as their symbols spell them
# after the body's letter (Bộ, Sở, Phòng): "BKHĐT" Kế hoạch và Đầu tư, "SGDĐT" Giáo dục và Đào
# tạo, "BLĐTBXH". Only those with a bar: `field_unit` restores it. Not Giáo dục và Đào tạo's:
# "GDDT" with a Latin D is a unit's own symbol inside the Ministry of Education (Vụ Giáo dục
# Dân tộc, ethnic minority education) [I], so "GDDT" cannot be read as "GDĐT".
_FIELDS = frozenset(
    issuer[1:] for issuer in STATE_ISSUERS if issuer[:1] in "BSP" and "Đ" in issuer[1:]
) - {"GDĐT"}


def field_unit(token: str) -> str | None:
    """A drafting unit named for one of the fields, its bar lost: "KHDT" → "KHĐT".

    A ministry's or a province's unit for planning and investment, for education or for labour
    writes the field's abbreviation as the body of that field does ("2165/BQP-KHĐT", the
    Ministry of Defence's Cục Kế hoạch và Đầu tư); an English or bar-less page prints "D" for
    "Đ" ("Document No. 2165/BQP-KHDT", dulieuphapluat.vn's translation of 1276/QĐ-TTg). The bar
    is restored only through the issuers' table, and only where one field folds to the token
    (DOMAIN pitfalls 11 and 25); None otherwise ("TD", "GSDT", "UBDT" stay as printed)."""
    found, how = lookup(token, _FIELDS)
    return found if how == "debarred" else None

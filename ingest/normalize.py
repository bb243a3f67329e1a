"""Turn a code as people type it ("62 KL TW", "62-kl/tw", "30/2020/nđ-cp") into its
canonical spelling, and parse canonical codes back into `DocumentCode`.
"""

from __future__ import annotations

import re

from ingest.codes import (
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
from ingest.errors import VbgraphError
from ingest.find import CODE_PATTERN
from ingest.text import normalize_text, shadow_of


class UnparseableCode(VbgraphError):
    """Text that cannot be read as a document code."""

    status = 422


_NUMBER = re.compile(r"^\d{1,5}(?:\.\d{1,3})?[a-zđ]?$")  # ("66.7/2025/NQ-CP": dotted)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_MAX_INPUT = 120


def parse_code(text: str) -> DocumentCode | None:
    """Parse a code written in full (as in a document); None if it is not one."""
    norm = normalize_text(text.strip())
    m = CODE_PATTERN.fullmatch(norm.text.strip())
    if m is None:
        return None
    from ingest.find import _code_from_match, centre_of_horn

    found = _code_from_match(m, this_year=2100)
    if found is None:
        return None
    central = centre_of_horn(found.code, found.flags)  # "48-CT/TƯ" typed: the Centre's
    return central[0] if central else found.code


def _lenient(tokens: list[str], party_first: bool) -> DocumentCode | None:
    if len(tokens) < 2 or not _NUMBER.match(tokens[0].lower()):
        return None
    number = canonical_number(tokens[0].lower())
    rest = tokens[1:]
    year = None
    if rest and _YEAR.match(rest[0]):
        year, rest = int(rest[0]), rest[1:]
    if not rest:
        return None
    if year is None and len(rest) >= 2:
        kind, how = lookup(rest[0], PARTY_TYPES)
        issuer, issuer_how = lookup(rest[1], PARTY_ISSUERS)
        party_ok = kind is not None and issuer is not None and how != "ambiguous"
        s_kind, _ = lookup(rest[0], STATE_TYPES)
        s_issuer, _ = lookup(rest[1], STATE_ISSUERS)
        state_ok = s_kind is not None and (s_issuer is not None or rest[1].isupper())
        if party_ok and (party_first or not state_ok) and kind and issuer:
            units = [u.upper() for u in rest[2:]]
            return DocumentCode(number, kind, "-".join([issuer, *units]), Family.PARTY)
    s_kind, _ = lookup(rest[0], STATE_TYPES)
    if len(rest) == 1:
        token = rest[0].upper()
        if is_legislature(token):
            return DocumentCode(number, "", token, Family.STATE, year)
        return None
    issuers = rest[1:] if s_kind else rest
    fixed: list[str] = []
    for token in issuers:
        canonical, _ = lookup(token, STATE_ISSUERS)
        field = field_unit(token.upper()) if fixed and canonical is None else None
        fixed.append(canonical or field or token.upper())  # "2165 BQP KHDT": KHĐT
    if not s_kind and not is_known_state_issuer(fixed[0]):
        return None
    return DocumentCode(number, s_kind or "", "-".join(fixed), Family.STATE, year)


def normalize_code(raw: str) -> str:
    """Return the canonical spelling of a code typed by a user or found in text.

    Accepts "62-KL/TW", "62 KL TW", "62-kl/tw", "217 -QĐ/TW", "16/CT-TTG", "30/2020/ND-CP".
    Idempotent: ``normalize_code(normalize_code(x)) == normalize_code(x)``.

    Raises:
        UnparseableCode: if `raw` cannot be read as a code.
    """
    if len(raw) > _MAX_INPUT:
        raise UnparseableCode(
            f"không phải số hiệu văn bản (dài quá {_MAX_INPUT} ký tự)",
            f"not a document code (longer than {_MAX_INPUT} characters)",
        )
    strict = parse_code(raw)
    if strict is not None:
        return strict.canonical
    text = normalize_text(raw).text.strip()
    tokens = [t for t in re.split(r"[\s\-/]+", text) if t]
    dash, slash = text.find("-"), text.find("/")
    party_first = dash >= 0 and (slash < 0 or dash < slash) or (dash < 0 and slash < 0)
    code = _lenient(tokens, party_first)
    if code is None:
        shown = raw if len(raw) <= 40 else raw[:40] + "…"
        raise UnparseableCode(
            "không phải số hiệu văn bản; hãy viết như 62-KL/TW, 16/CT-TTg hay 30/2020/NĐ-CP",
            "not a document code; write it like 62-KL/TW, 16/CT-TTg or 30/2020/NĐ-CP",
            subject=f"'{shown}'",
        )
    # the lenient reading, spelled canonically, read again as the text finder reads codes:
    # "1A/QĐ/TU" gives 01a/QĐ-TU, which the finder reads as the Party's 01a-QĐ/TU (idempotent)
    return (parse_code(code.canonical) or code).canonical


# Issuers whose every document of a kind carries one code shape, so that a number, a type word
# and the issuer fix the code (tests/realworld/FORMAT.md, "completed" main codes):
# - the Party Centre (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương all sign "/TW"):
#   "Kết luận số 60 của Bộ Chính trị" is 60-KL/TW. Not a "Quyết định" (personnel decisions
#   are QĐNS/TW), nor any kind whose suffix depends on the department that drafts it. A
#   Quy định is QĐ, as printed since 2021 (a few of 2018–20 were printed QĐi);
# - the Prime Minister's telegrams: "Công điện số 173 của Thủ tướng" is 173/CĐ-TTg (never a
#   year). Not his decisions or directives (normative ones carry the year), nor a decree or a
#   Government resolution (N/YYYY/NĐ-CP; NQ-CP or N/YYYY/NQ-CP).
# Local bodies never fix a code: "TU", "UBND" name a kind of body, and their kinds vary.
_PARTY_CENTRE_KINDS = {
    "nghi quyet": "NQ", "ket luan": "KL", "chi thi": "CT", "quy dinh": "QĐ",
    "thong bao": "TB", "ke hoach": "KH",
}  # fmt: skip
_PRIME_MINISTER_KINDS = {"cong dien": "CĐ"}
# The Party Centre as a page names it, as the issuer ("của Bộ Chính trị", "Bộ Chính trị,
# Ban Bí thư") or as the one who signs for it ("Tổng Bí thư Tô Lâm", "Thường trực Ban Bí thư
# Trần Cẩm Tú"); shadow text. Not "Ban Bí thư Trung ương Đoàn", "Ủy viên Bộ Chính trị, Bí
# thư Thành ủy …": the whole name must be the Centre's.
_CENTRE_BODY = (
    r"(?:bo\s+chinh\s+tri|ban\s+bi\s+thu(?:\s+trung\s+uong(?:\s+dang)?)?"
    r"|ban\s+chap\s+hanh\s+trung\s+uong(?:\s+dang)?|trung\s+uong\s+dang)"
    r"(?:\s+khoa\s+[ivxl]+)?"
)
_PARTY_CENTRE = re.compile(
    rf"(?:thay\s+mat\s+)?{_CENTRE_BODY}(?:\s*(?:,|va)\s*{_CENTRE_BODY})*"
    r"|(?P<title>tong\s+bi\s+thu|thuong\s+truc\s+ban\s+bi\s+thu)"
)
_PRIME_MINISTER = re.compile(r"(?P<title>(?:pho\s+)?thu\s+tuong)(?:\s+chinh\s+phu)?")
# A person's name after a title: up to four capitalised words ("Tô Lâm", "Trần Cẩm Tú",
# "Ông Văn Ánh": a capital may carry a diacritic).
_PERSON_NAME = re.compile(r"(?:[ \t]+[^\W\d_][^\W\d_]*){1,4}")


def _is_person_name(rest: str) -> bool:
    return _PERSON_NAME.fullmatch(rest) is not None and all(w[0].isupper() for w in rest.split())


def code_fixed_by_issuer(number: str, type_word: str, body: str) -> DocumentCode | None:
    """The code a document named by number, type word and issuer alone must have, where the
    issuer fixes the whole code ("Kết luận số 60 của Bộ Chính trị" → 60-KL/TW, "Công điện
    số 173 của Thủ tướng Chính phủ" → 173/CĐ-TTg); None wherever it does not.

    Args:
        number: the document's number as printed ("60", "01").
        type_word: its type word in shadow form ("ket luan").
        body: the issuing body, or the person who signs for it, as the text names it.
    """
    body = body.strip(" \t,.;")
    shadow = shadow_of(body)
    for table, pattern, shape in (
        (_PARTY_CENTRE_KINDS, _PARTY_CENTRE, "{number}-{kind}/TW"),
        (_PRIME_MINISTER_KINDS, _PRIME_MINISTER, "{number}/{kind}-TTg"),
    ):
        kind = table.get(type_word)
        m = pattern.match(shadow) if kind else None
        if m is None or kind is None:
            continue
        rest = body[m.end() :]
        # a title is followed by the person's name only; a body by nothing more
        if rest.strip() and not (m.group("title") and _is_person_name(rest)):
            continue
        return parse_code(shape.format(number=number, kind=kind))
    return None

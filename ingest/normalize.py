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
    is_known_state_issuer,
    is_legislature,
    lookup,
)
from ingest.errors import VbgraphError
from ingest.find import CODE_PATTERN
from ingest.text import normalize_text


class UnparseableCode(VbgraphError):
    """Text that cannot be read as a document code."""

    status = 422


_NUMBER = re.compile(r"^\d{1,5}[a-zđ]?$")
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
    fixed = []
    for token in issuers:
        canonical, _ = lookup(token, STATE_ISSUERS)
        fixed.append(canonical or token.upper())
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
        raise UnparseableCode(f"not a document code (longer than {_MAX_INPUT} characters)")
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
            f"'{shown}' is not a document code; write it like 62-KL/TW, 16/CT-TTg or 30/2020/NĐ-CP"
        )
    # the lenient reading, spelled canonically, read again as the text finder reads codes:
    # "1A/QĐ/TU" gives 01a/QĐ-TU, which the finder reads as the Party's 01a-QĐ/TU (idempotent)
    return (parse_code(code.canonical) or code).canonical
